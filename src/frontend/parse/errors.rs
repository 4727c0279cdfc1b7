//! ruff's parse errors turned into the SyntaxErrors CPython 3.12 raises for the same source:
//! message, class and location. CPython's tokenizer errors come first (it tokenizes the whole
//! file after a parser error, and a tokenizer error wins), then brackets left open, then the
//! message of the grammar's `invalid_*` rule that matches ruff's error.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{self as ra};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::super::ast::Loc;
use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::source::SourceFile;
use super::tokenizer;
use super::tree_search::{
    ExprFinder, RangeFinder, RunOn, StmtFinder, StmtStart, TryFinder, expr_name, is_augassign,
    is_bitwise_or, starts_expression,
};

/// Whether a ruff error is one that conversion reproduces exactly (bad escapes in literals),
/// so that the tree should be converted to raise it.
pub(super) fn left_to_conversion(e: &ParseError) -> bool {
    matches!(
        e.error,
        ParseErrorType::Lexical(
            LexicalErrorType::UnicodeError
                | LexicalErrorType::InvalidByteLiteral
                | LexicalErrorType::MissingUnicodeLbrace
                | LexicalErrorType::MissingUnicodeRbrace
        )
    )
}

/// Whether an error of ruff's is one CPython's grammar does not make: ruff takes the soft
/// keyword `match` after a `;` for the start of a compound statement even where it reads on as
/// a name (`x = 1; match.append(2)`), and reports statements on the same line; its tree holds
/// the right statement. The error stands when a `match` statement does start there.
pub(super) fn spurious(parsed: &Parsed<ra::Mod>, text: &str, e: &ParseError) -> bool {
    if !matches!(e.error, ParseErrorType::SimpleAndCompoundStatementOnSameLine) {
        return false;
    }
    let at = e.location.start();
    if text.get(e.location.start().to_usize()..e.location.end().to_usize()) != Some("match") {
        return false;
    }
    !super::tree_search::match_statement_at(parsed.syntax(), at)
}

/// ruff's errors less the spurious ones.
pub(super) fn real_errors<'a>(parsed: &'a Parsed<ra::Mod>, text: &'a str) -> impl Iterator<Item = &'a ParseError> + 'a {
    parsed.errors().iter().filter(move |e| !spurious(parsed, text, e))
}

/// The SyntaxError CPython raises for a source ruff rejects.
pub(super) fn convert(source: &SourceFile, parsed: &Parsed<ra::Mod>, eval: bool) -> SyntaxError {
    let scan = tokenizer::scan(source);
    // The line of the first token at or after ruff's errors: where CPython's parser stops
    // asking its tokenizer for more.
    let tokens = parsed.tokens();
    let first_line = real_errors(parsed, source.text)
        .filter(|e| !left_to_conversion(e))
        .map(|e| {
            let i = tokens.partition_point(|t| t.start() < e.location.start());
            let at = tokens[i..]
                .iter()
                .find(|t| {
                    !matches!(
                        t.kind(),
                        TokenKind::Newline
                            | TokenKind::NonLogicalNewline
                            | TokenKind::Comment
                            | TokenKind::Indent
                            | TokenKind::Dedent
                    )
                })
                .map_or(e.location.start(), |t| t.start());
            source.line_col(at.to_usize()).0
        })
        .min()
        .unwrap_or(u32::MAX);
    if let Some(e) = scan.error {
        // An indentation error stops CPython's tokenizer without raising, so one found after
        // the parser's error does not replace it; the other tokenizer errors do.
        let indentation = e.kind != SyntaxErrorKind::SyntaxError;
        if !indentation || e.lineno <= first_line {
            return e;
        }
    }
    let m = Mapper {
        source,
        parsed,
        tokens: parsed.tokens(),
    };
    // Characters CPython's tokenizer rejects, wherever they are.
    for e in real_errors(parsed, source.text) {
        if let ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) = &e.error
            && (!tok.is_ascii() || tok.is_ascii_control())
        {
            return m.invalid_character(*tok, e.location.start());
        }
    }
    if eval {
        let indent = source.text.len() - source.text.trim_start_matches([' ', '\t', '\x0c']).len();
        if indent > 0 {
            return m.unexpected_indent(1);
        }
    }
    let Some(first) = real_errors(parsed, source.text).find(|e| !left_to_conversion(e)) else {
        return m.at_token(TextSize::new(0), "invalid syntax");
    };
    let err = m.map(first);
    if let Some((bracket, line, col)) = scan.unclosed {
        let text_end = source.text.trim_end().len();
        let at_eof = first.location.start().to_usize() >= text_end;
        // CPython compares the bracket's line with the last token its parser read: the one
        // after the token where it failed when that token starts an expression (its rules
        // for a missing comma read it), else that token.
        let failed_on = {
            let i = m.token_index(first.location.start());
            m.tokens[i..].iter().find(|t| {
                !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment)
                    && !t.range().is_empty()
            })
        };
        let next = match failed_on {
            Some(t) if starts_expression(t.kind()) => m.token_after(t.end()),
            // ruff ends the line of an unclosed bracket; CPython reads on.
            Some(t) if t.kind() == TokenKind::Newline => m.token_after(t.end()),
            other => other,
        };
        let read_to = next.map_or(text_end, |t| {
            if t.kind() == TokenKind::EndOfFile {
                text_end
            } else {
                t.start().to_usize()
            }
        });
        let (err_line, _) = source.line_col(read_to);
        let next_at_eof = read_to >= text_end;
        // Failing on the bracket itself, CPython's parser reads into it, to the end.
        let on_bracket = m.token_at(first.location.start()).is_some_and(|t| {
            let (l, c) = source.line_col(t.start().to_usize());
            l == line && c == col && m.expression_before(t.start())
        });
        if at_eof || next_at_eof || on_bracket || err_line > line || err.lineno > line {
            let offset = source.char_col(line, col) + 1;
            return SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                located: true,
                msg: format!("'{}' was never closed", bracket as char),
                filename: source.filename.to_owned(),
                lineno: line,
                offset,
                end_lineno: line,
                end_offset: 0,
                text: source.line_text(line),
            };
        }
    }
    err
}

/// The SyntaxError for syntax newer than Python 3.12.
pub(super) fn unsupported(
    source: &SourceFile,
    parsed: &Parsed<ra::Mod>,
    e: &UnsupportedSyntaxError,
) -> SyntaxError {
    let m = Mapper {
        source,
        parsed,
        tokens: parsed.tokens(),
    };
    match e.kind {
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
            if m.text_after(e.range.start().to_usize()).starts_with("**") {
                let start = e.range.start();
                m.at(
                    TextRange::new(start, start + TextSize::new(2)),
                    "dict unpacking cannot be used in dict comprehension",
                )
            } else {
                m.at(
                    e.range,
                    "iterable unpacking cannot be used in comprehension",
                )
            }
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            m.at(e.range, "multiple exception types must be parenthesized")
        }
        _ => m.at_token(e.range.start(), "invalid syntax"),
    }
}

struct Mapper<'a, 'b> {
    source: &'a SourceFile<'b>,
    parsed: &'a Parsed<ra::Mod>,
    tokens: &'a [Token],
}

impl Mapper<'_, '_> {
    /// The source before a byte offset (never panics on a bad offset).
    fn text_before(&self, at: usize) -> &str {
        let t = self.source.text;
        let mut at = at.min(t.len());
        while !t.is_char_boundary(at) {
            at -= 1;
        }
        &t[..at]
    }

    /// The source from a byte offset on.
    fn text_after(&self, at: usize) -> &str {
        let t = self.source.text;
        let mut at = at.min(t.len());
        while !t.is_char_boundary(at) {
            at -= 1;
        }
        &t[at..]
    }

    /// The source between two byte offsets.
    fn text_range(&self, a: usize, b: usize) -> &str {
        let after = self.text_after(a);
        let len = b.saturating_sub(self.source.text.len() - after.len());
        let mut len = len.min(after.len());
        while !after.is_char_boundary(len) {
            len -= 1;
        }
        &after[..len]
    }

    fn loc(&self, start: TextSize, end: TextSize) -> Loc {
        let (l1, c1) = self.source.line_col(start.to_usize());
        let e = end.to_usize();
        let bytes = self.source.text.as_bytes();
        // A range ending after a newline ends on the newline's line, one past it.
        let (l2, c2) =
            if e > start.to_usize() && e > 0 && matches!(bytes.get(e - 1), Some(b'\n' | b'\r')) {
                let (l, c) = self.source.line_col(e - 1);
                (l, c + 1)
            } else {
                self.source.line_col(e)
            };
        Loc::new(l1 as i32, l2 as i32, c1 as i32, c2 as i32)
    }

    fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: TextSize,
        end: TextSize,
    ) -> SyntaxError {
        self.source.parse_error(kind, msg, self.loc(start, end))
    }

    fn at(&self, r: TextRange, msg: impl Into<String>) -> SyntaxError {
        self.error(SyntaxErrorKind::SyntaxError, msg, r.start(), r.end())
    }

    /// The index of the first token starting at or after `off`.
    fn token_index(&self, off: TextSize) -> usize {
        self.tokens.partition_point(|t| t.start() < off)
    }

    /// Where CPython puts a token: a newline token is one character wide.
    fn token_range(&self, t: &Token) -> TextRange {
        match t.kind() {
            TokenKind::Newline | TokenKind::NonLogicalNewline => {
                // CPython's NEWLINE token starts at a comment before it.
                let i = self.token_index(t.start());
                let start = match i.checked_sub(1).and_then(|k| self.tokens.get(k)) {
                    Some(c) if c.kind() == TokenKind::Comment => c.start(),
                    _ => t.start(),
                };
                TextRange::new(start, t.start() + TextSize::new(1))
            }
            TokenKind::EndOfFile | TokenKind::Dedent => {
                TextRange::new(t.start(), t.start() + TextSize::new(1))
            }
            _ => t.range(),
        }
    }

    /// The token at `off` (the next one if `off` is between tokens), skipping ruff's
    /// zero-width tokens.
    fn token_at(&self, off: TextSize) -> Option<&Token> {
        let i = self.token_index(off);
        self.tokens[i..].iter().find(|t| {
            !matches!(t.kind(), TokenKind::Indent | TokenKind::Dedent) || !t.range().is_empty()
        })
    }

    /// Whether an expression ends just before `off` in a statement made of expressions, where
    /// CPython's parser tries the next tokens as a further expression.
    fn expression_before(&self, off: TextSize) -> bool {
        let i = self.token_index(off);
        let Some(prev) = i.checked_sub(1).and_then(|k| self.tokens.get(k)) else {
            return false;
        };
        let ends_expression = matches!(
            prev.kind(),
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringEnd
                | TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
                | TokenKind::True
                | TokenKind::False
                | TokenKind::None
        );
        let stmt_start = self.tokens[..i]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                )
            })
            .map_or(0, |k| k + 1);
        let first = self.tokens[stmt_start..i]
            .iter()
            .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment));
        let keyword_stmt = first.is_some_and(|t| {
            matches!(
                t.kind(),
                TokenKind::Import
                    | TokenKind::From
                    | TokenKind::Class
                    | TokenKind::Def
                    | TokenKind::Async
                    | TokenKind::Global
                    | TokenKind::Nonlocal
            )
        });
        ends_expression && !keyword_stmt
    }

    /// The token after the one that ends at or covers `end`.
    fn token_after(&self, end: TextSize) -> Option<&Token> {
        let i = self.token_index(end);
        self.tokens[i..].iter().find(|t| {
            !matches!(
                t.kind(),
                TokenKind::Indent
                    | TokenKind::Dedent
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Comment
            )
        })
    }

    /// An error placed on the token at `off`; a newline token or the end of input get an
    /// unknown end when `open_end` is set.
    fn at_token(&self, off: TextSize, msg: &str) -> SyntaxError {
        let o = off.to_usize();
        if o > 0 && self.source.text.get(o - 1..o + 1) == Some("<>") {
            let start = off - TextSize::new(1);
            return self.at(TextRange::new(start, start + TextSize::new(2)), msg);
        }
        match self.token_at(off) {
            Some(t) if t.kind() == TokenKind::EndOfFile => self.at_end_of_input(msg),
            Some(t) => self.at(self.token_range(t), msg),
            None => self.at_end_of_input(msg),
        }
    }

    /// An error at the end of the last line of code.
    fn at_end_of_input(&self, msg: &str) -> SyntaxError {
        let end = TextSize::new(self.source.text.trim_end().len() as u32);
        self.at(TextRange::new(end, end + TextSize::new(1)), msg)
    }

    fn invalid_character(&self, c: char, off: TextSize) -> SyntaxError {
        let end = off + TextSize::new(c.len_utf8() as u32);
        let (line, _) = self.source.line_col(end.to_usize());
        let mut e = self.error(SyntaxErrorKind::SyntaxError, "", end, end);
        e.offset = e.offset.saturating_sub(1);
        e.end_offset = e.offset;
        e.lineno = line;
        e.msg = if crate::text::is_printable(c as u32) && !c.is_ascii_control() {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        e
    }

    /// IndentationError "unexpected indent" on a line: the offset counts the indentation.
    fn unexpected_indent(&self, lineno: u32) -> SyntaxError {
        let start = self.source.line_start(lineno).unwrap_or(0);
        let rest = &self.text_after(start);
        let indent = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
        let mut e = self.at(
            TextRange::new(TextSize::new(start as u32), TextSize::new(start as u32)),
            "unexpected indent",
        );
        e.kind = SyntaxErrorKind::IndentationError;
        e.offset = self.source.char_col(lineno, indent as u32);
        e.end_offset = 0;
        e
    }

    fn map(&self, e: &ParseError) -> SyntaxError {
        let r = e.location;
        use ParseErrorType as P;
        let i = self.token_index(r.start());
        if self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Indent && !t.range().is_empty())
        {
            let (line, _) = self.source.line_col(r.start().to_usize());
            return self.unexpected_indent(line);
        }
        match &e.error {
            P::InvalidAssignmentTarget => self.invalid_assignment(r),
            P::InvalidNamedAssignmentTarget => match self.find_expr(r) {
                Some(x) => self.at(
                    r,
                    format!("cannot use assignment expressions with {}", expr_name(x)),
                ),
                None => self.at_token(r.start(), "invalid syntax"),
            },
            P::InvalidAnnotatedAssignmentTarget => {
                // `f(x):` with nothing after the colon is no annotation to CPython.
                let colon = self
                    .token_after(r.end())
                    .filter(|t| t.kind() == TokenKind::Colon);
                let after = colon.and_then(|c| self.token_after(c.end()));
                match (colon, after) {
                    (Some(c), Some(t))
                        if matches!(t.kind(), TokenKind::Newline | TokenKind::EndOfFile) =>
                    {
                        self.at(c.range(), "invalid syntax")
                    }
                    _ => self.at(r, "illegal target for annotation"),
                }
            }
            P::InvalidAugmentedAssignmentTarget => {
                let name = self.find_expr(r).map_or("expression", expr_name);
                self.at(
                    r,
                    format!("'{name}' is an illegal expression for augmented assignment"),
                )
            }
            P::InvalidDeleteTarget => {
                let name = self.find_expr(r).map_or("expression", expr_name);
                self.at(r, format!("cannot delete {name}"))
            }
            P::ExpectedToken { expected, found } => self.expected_token(*expected, *found, r),
            P::SimpleStatementsOnSameLine => self
                .legacy_print(r)
                .unwrap_or_else(|| self.at_token(r.start(), "invalid syntax")),
            P::ExpectedExpression => self.expected_expression(r),
            P::UnexpectedIndentation => {
                let mut e = self.at_token(r.start(), "unexpected indent");
                e.kind = SyntaxErrorKind::IndentationError;
                let start = self.source.line_start(e.lineno).unwrap_or(0);
                let indent = self.text_after(start).len()
                    - self
                        .text_after(start)
                        .trim_start_matches([' ', '\t', '\x0c'])
                        .len();
                e.offset = self.source.char_col(e.lineno, indent as u32);
                e.end_offset = 0;
                e
            }
            P::NonDefaultParamAfterDefaultParam => self.at(
                r,
                "parameter without a default follows parameter with a default",
            ),
            P::VarParameterWithDefault => {
                let before = self
                    .text_before(r.start().to_usize())
                    .trim_end_matches(|c: char| {
                        c.is_alphanumeric() || c == '_' || c.is_whitespace() || c == '='
                    });
                let msg = if before.ends_with("**") {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                self.at_token(r.start(), msg)
            }
            P::ParamAfterVarKeywordParam => {
                self.at_token(r.start(), "arguments cannot follow var-keyword argument")
            }
            P::ExpectedKeywordParam => {
                let i = self.token_index(r.start() + TextSize::new(1));
                let star = self.tokens[..i]
                    .iter()
                    .rposition(|t| t.kind() == TokenKind::Star);
                let msg = "named arguments must follow bare *";
                match star.map(|s| (s, self.tokens.get(s + 1))) {
                    // In a lambda CPython reports the token after the star, in a def the star.
                    Some((_, Some(t))) if t.kind() == TokenKind::Colon => {
                        self.at(self.token_range(t), msg)
                    }
                    Some((s, _)) => self.at(self.tokens[s].range(), msg),
                    None => self.at_token(r.start(), msg),
                }
            }
            P::PositionalAfterKeywordArgument => {
                self.after(r, "positional argument follows keyword argument")
            }
            P::PositionalAfterKeywordUnpacking => {
                self.after(r, "positional argument follows keyword argument unpacking")
            }
            P::InvalidArgumentUnpackingOrder => self.at_token(
                r.start(),
                "iterable argument unpacking follows keyword argument unpacking",
            ),
            P::UnparenthesizedGeneratorExpression => {
                let in_class = self
                    .text_before(r.start().to_usize())
                    .trim_end()
                    .ends_with('(')
                    && self.enclosing_class_bases(r);
                if in_class {
                    let i = self.token_index(r.start());
                    match self.tokens[i..]
                        .iter()
                        .take_while(|t| t.start() < r.end())
                        .find(|t| t.kind() == TokenKind::For)
                    {
                        Some(t) => self.at(t.range(), "invalid syntax"),
                        None => self.at_token(r.start(), "invalid syntax"),
                    }
                } else {
                    self.at(r, "Generator expression must be parenthesized")
                }
            }
            P::InvalidStarredExpressionUsage => match self.token_after(r.end()) {
                Some(t) if t.kind() == TokenKind::Colon => self.at(t.range(), "invalid syntax"),
                _ => self.at_token(r.start(), "invalid syntax"),
            },
            P::InvalidStarPatternUsage => match self.token_after(r.end()) {
                Some(t) => self.at(self.token_range(t), "invalid syntax"),
                None => self.at_end_of_input("invalid syntax"),
            },
            P::FStringError(kind) | P::Lexical(LexicalErrorType::FStringError(kind)) => {
                self.fstring_error(kind, r)
            }
            P::OtherError(msg) => self.other(msg, r),
            P::Lexical(LexicalErrorType::UnrecognizedToken { tok })
                if !tok.is_ascii() || tok.is_ascii_control() =>
            {
                self.invalid_character(*tok, r.start())
            }
            P::EmptyTypeParams => {
                let before = self
                    .text_before(r.start().to_usize())
                    .trim_end_matches([' ', '\t', '[']);
                let name_start = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
                if name_start.trim_end().ends_with("def") {
                    let bracket = TextSize::new(
                        self.text_before(r.start().to_usize())
                            .rfind('[')
                            .unwrap_or(0) as u32,
                    );
                    self.at_token(bracket, "expected '('")
                } else {
                    self.at_token(r.start(), "invalid syntax")
                }
            }
            _ => self.at_token(r.start(), "invalid syntax"),
        }
    }

    /// An error on the token after a range (CPython's error without a location lands on the
    /// last token it read).
    fn after(&self, r: TextRange, msg: &str) -> SyntaxError {
        match self.token_after(r.end()) {
            Some(t) if t.kind() != TokenKind::EndOfFile => self.at(self.token_range(t), msg),
            _ => self.at_end_of_input(msg),
        }
    }

    fn enclosing_class_bases(&self, r: TextRange) -> bool {
        let line_start = self
            .text_before(r.start().to_usize())
            .rfind('\n')
            .map_or(0, |i| i + 1);
        self.text_range(line_start, r.start().to_usize())
            .trim_start()
            .starts_with("class ")
    }

    fn expected_token(&self, expected: TokenKind, found: TokenKind, r: TextRange) -> SyntaxError {
        match (expected, found) {
            (TokenKind::Colon, TokenKind::Newline) => self.at_token(r.start(), "expected ':'"),
            (_, TokenKind::Equal) => self.assignment_in_condition(r),
            (TokenKind::In, _) if self.in_brackets(r.start()) => self.forgot_comma(r),
            (TokenKind::Colon, TokenKind::Rbrace | TokenKind::Comma)
                if self.in_dict_display(r.start()) =>
            {
                let i = self.token_index(r.start());
                let prev_end = self.tokens[..i].last().map_or(r.start(), |t| t.end());
                let mut finder = RangeFinder {
                    want_end: Some(prev_end),
                    ..Default::default()
                };
                finder.run(self.parsed.syntax());
                let start = finder.first_start.unwrap_or(r.start());
                let mut e = self.at(
                    TextRange::new(start, prev_end),
                    "':' expected after dictionary key",
                );
                e.end_offset = 0;
                e
            }
            (TokenKind::Lpar, _) => self.at_token(r.start(), "expected '('"),
            (TokenKind::Else, _) => match self.find_if_exp(r) {
                Some((body, test)) => self.at(
                    TextRange::new(body.start(), test.end()),
                    "expected 'else' after 'if' expression",
                ),
                None => self.at_token(r.start(), "invalid syntax"),
            },
            (TokenKind::Comma, _) if self.in_brackets(r.start()) => self.forgot_comma(r),
            (TokenKind::Comma, op) if is_augassign(op) => {
                // `a, b += 1`: the target is the tuple from the statement's start.
                let i = self.token_index(r.start());
                let stmt_start = self.tokens[..i]
                    .iter()
                    .rposition(|t| {
                        matches!(
                            t.kind(),
                            TokenKind::Newline
                                | TokenKind::Indent
                                | TokenKind::Dedent
                                | TokenKind::Semi
                        )
                    })
                    .map_or(0, |k| k + 1);
                let start = self.tokens[stmt_start..i]
                    .iter()
                    .find(|t| {
                        !matches!(
                            t.kind(),
                            TokenKind::NonLogicalNewline
                                | TokenKind::Comment
                                | TokenKind::Indent
                                | TokenKind::Dedent
                        )
                    })
                    .map_or(r.start(), |t| t.start());
                let end = self.tokens[..i].last().map_or(r.start(), |t| t.end());
                self.at(
                    TextRange::new(start, end),
                    "'tuple' is an illegal expression for augmented assignment",
                )
            }
            _ => self.at_token(r.start(), "invalid syntax"),
        }
    }

    /// `if x = 1:`: CPython's invalid_named_expression.
    fn assignment_in_condition(&self, r: TextRange) -> SyntaxError {
        let i = self.token_index(r.start());
        let (Some(prev), Some(next)) = (
            i.checked_sub(1).and_then(|k| self.tokens.get(k)),
            self.tokens.get(i + 1),
        ) else {
            return self.at_token(r.start(), "invalid syntax");
        };
        let mut finder = RangeFinder {
            want_end: Some(prev.end()),
            want_start: Some(next.start()),
            ..Default::default()
        };
        finder.run(self.parsed.syntax());
        let value_end = finder.last_end.unwrap_or(next.end());
        if prev.kind() == TokenKind::Name && finder.first_start == Some(prev.start()) {
            return self.at(
                TextRange::new(prev.start(), value_end),
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
        }
        match finder.first_start {
            Some(start) => {
                let target = TextRange::new(start, prev.end());
                match self.find_expr(target) {
                    Some(x)
                        if !matches!(
                            x,
                            ra::Expr::List(_) | ra::Expr::Tuple(_) | ra::Expr::Generator(_)
                        ) =>
                    {
                        self.at(
                            target,
                            format!(
                                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                expr_name(x)
                            ),
                        )
                    }
                    _ => self.at_token(r.start(), "invalid syntax"),
                }
            }
            None => self.at_token(r.start(), "invalid syntax"),
        }
    }

    fn in_brackets(&self, off: TextSize) -> bool {
        let mut depth = 0i32;
        for t in &self.tokens[..self.token_index(off)] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// CPython's "Perhaps you forgot a comma?": from the expression before the error to the one
    /// at it.
    fn forgot_comma(&self, r: TextRange) -> SyntaxError {
        let i = self.token_index(r.start());
        let prev_end = self.tokens[..i]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))
            .map(|t| t.end());
        let (Some(prev_end), Some(next)) = (prev_end, self.tokens.get(i)) else {
            return self.at_token(r.start(), "invalid syntax");
        };
        if matches!(
            next.kind(),
            TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
                | TokenKind::FStringEnd
                | TokenKind::Colon
                | TokenKind::Equal
        ) {
            return self.at_token(r.start(), "invalid syntax");
        }
        let mut finder = RangeFinder {
            want_end: Some(prev_end),
            want_start: Some(next.start()),
            min_start: self.innermost_bracket(r.start()),
            ..Default::default()
        };
        finder.run(self.parsed.syntax());
        match (finder.first_start, finder.last_end) {
            (Some(a), Some(b)) if a < b => self.at(
                TextRange::new(a, b),
                "invalid syntax. Perhaps you forgot a comma?",
            ),
            _ => self.at_token(r.start(), "invalid syntax"),
        }
    }

    /// The end of the innermost bracket (or replacement field brace) open at `off`.
    fn innermost_bracket(&self, off: TextSize) -> Option<TextSize> {
        let mut stack = Vec::new();
        for t in &self.tokens[..self.token_index(off)] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => stack.push(t.end()),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.last().copied()
    }

    fn expected_expression(&self, r: TextRange) -> SyntaxError {
        let at = r.start().to_usize();
        let before = self.text_before(at).trim_end_matches([' ', '\t']);
        let c = self.text_after(at).chars().next().unwrap_or('\n');
        if before.ends_with('{') && matches!(c, '}' | '!' | ':' | '=') && self.in_fstring(r.start())
        {
            return self.at(
                TextRange::new(r.start(), r.start() + TextSize::new(1)),
                format!("f-string: valid expression required before '{c}'"),
            );
        }
        if before.ends_with(':') && matches!(c, '}' | ',') && self.in_dict_display(r.start()) {
            let colon = TextSize::new(before.len() as u32 - 1);
            return self.at(
                TextRange::new(colon, colon + TextSize::new(1)),
                "expression expected after dictionary key and ':'",
            );
        }
        if let Some(lambda) = self.fstring_lambda(r.start()) {
            return lambda;
        }
        self.at_token(r.start(), "invalid syntax")
    }

    fn in_fstring(&self, off: TextSize) -> bool {
        let mut depth = 0i32;
        for t in &self.tokens[..self.token_index(off)] {
            match t.kind() {
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// Whether the innermost open bracket before `off` is a `{` of a dict display.
    fn in_dict_display(&self, off: TextSize) -> bool {
        let mut stack = Vec::new();
        for t in &self.tokens[..self.token_index(off)] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => stack.push(t.kind()),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.last() == Some(&TokenKind::Lbrace) && !self.in_fstring(off)
    }

    /// `f'{lambda x: 1}'`: CPython's message from `lambda` through its colon.
    fn fstring_lambda(&self, off: TextSize) -> Option<SyntaxError> {
        if !self.in_fstring(off) {
            return None;
        }
        let i = self.token_index(off);
        let lambda = self.tokens[..i]
            .iter()
            .rposition(|t| t.kind() == TokenKind::Lambda)?;
        let lbrace = self.tokens.get(lambda.checked_sub(1)?)?;
        if lbrace.kind() != TokenKind::Lbrace {
            return None;
        }
        let colon = self.tokens[lambda..]
            .iter()
            .find(|t| t.kind() == TokenKind::Colon)?;
        Some(self.at(
            TextRange::new(self.tokens[lambda].start(), colon.end()),
            "f-string: lambda expressions are not allowed without parentheses",
        ))
    }

    fn fstring_error(&self, kind: &InterpolatedStringErrorType, r: TextRange) -> SyntaxError {
        use InterpolatedStringErrorType as F;
        let text = self.source.text;
        match kind {
            F::InvalidConversionFlag => {
                let name: String = self
                    .text_after(r.start().to_usize())
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name.is_empty() {
                    return self.at_token(r.start(), "f-string: missing conversion character");
                }
                let end = r.start() + TextSize::new(name.len() as u32);
                self.at(
                    TextRange::new(r.start(), end),
                    format!(
                        "f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'"
                    ),
                )
            }
            F::ConversionFlagNotImmediatelyAfterExclamation => {
                let bang = self
                    .text_before(r.start().to_usize())
                    .rfind('!')
                    .unwrap_or(r.start().to_usize());
                let rest = self.text_after(r.start().to_usize()).trim_start();
                let name_start = text.len() - rest.len();
                let name_len = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum::<usize>();
                self.at(
                    TextRange::new(
                        TextSize::new(bang as u32),
                        TextSize::new((name_start + name_len) as u32),
                    ),
                    "f-string: conversion type must come right after the exclamanation mark",
                )
            }
            F::UnclosedLbrace => {
                let c = self
                    .text_after(r.start().to_usize())
                    .chars()
                    .next()
                    .unwrap_or('\n');
                if c == '\'' || c == '"' {
                    let mut e = self.at(
                        TextRange::new(r.start(), r.start()),
                        "f-string: expecting '}'",
                    );
                    e.offset += 1;
                    e.end_offset = e.offset;
                    e
                } else {
                    self.forgot_comma(r)
                }
            }
            F::SingleRbrace => {
                let end = r.start() + TextSize::new(1);
                let mut e = self.at(
                    TextRange::new(end, end),
                    "f-string: single '}' is not allowed",
                );
                e.offset = e.offset.saturating_sub(1);
                e.end_offset = e.offset;
                e
            }
            F::LambdaWithoutParentheses => self.fstring_lambda(r.end()).unwrap_or_else(|| {
                self.at(
                    r,
                    "f-string: lambda expressions are not allowed without parentheses",
                )
            }),
            _ => self.at_token(r.start(), "invalid syntax"),
        }
    }

    fn other(&self, msg: &str, r: TextRange) -> SyntaxError {
        if let Some(kind) = msg.strip_prefix("Expected an indented block after ") {
            return self.expected_indented_block(kind, r);
        }
        let first_token_msg = [
            (
                "Only one '*' parameter allowed",
                "* argument may appear only once",
            ),
            (
                "'/' parameter must appear before '*' parameter",
                "/ must be ahead of *",
            ),
            (
                "Position-only parameter separator not allowed as first parameter",
                "at least one argument must precede /",
            ),
            ("Only one '/' separator allowed", "/ may appear only once"),
            (
                "Positional patterns cannot follow keyword patterns",
                "positional patterns follow keyword patterns",
            ),
            (
                "Expected one or more exception types",
                "expected one or more exception types",
            ),
        ];
        for (ruff, cpython) in first_token_msg {
            if msg == ruff {
                return self.at_token(r.start(), cpython);
            }
        }
        match msg {
            "Expected a parameter name" => {
                let eq = self
                    .token_after(r.end())
                    .filter(|t| t.kind() == TokenKind::Equal);
                let end = eq.map_or(r.end(), |t| t.end());
                let word = self.text_range(r.start().to_usize(), r.end().to_usize());
                if matches!(word, "True" | "False" | "None") {
                    self.at(
                        TextRange::new(r.start(), end),
                        format!("cannot assign to {word}"),
                    )
                } else {
                    self.at(
                        TextRange::new(r.start(), end),
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    )
                }
            }
            "Only single target (not list) can be annotated" => {
                self.at(r, "only single target (not list) can be annotated")
            }
            "Only single target (not tuple) can be annotated" => {
                let first = match self.find_expr(r) {
                    Some(ra::Expr::Tuple(t)) => t.elts.first().map_or(r, |e| e.range()),
                    _ => r,
                };
                self.at(first, "only single target (not tuple) can be annotated")
            }
            "Trailing comma not allowed" => self.after(
                r,
                "trailing comma not allowed without surrounding parentheses",
            ),
            "Bytes literal cannot be mixed with non-bytes literals" => {
                let mut end = r.end();
                if let Some(
                    ra::Expr::StringLiteral(_) | ra::Expr::BytesLiteral(_) | ra::Expr::FString(_),
                ) = self.find_expr_containing(r)
                    && let Some(x) = self.find_expr_containing(r)
                {
                    end = x.end();
                }
                self.after(
                    TextRange::new(r.start(), end),
                    "cannot mix bytes and nonbytes literals",
                )
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => {
                let i = self.token_index(r.start());
                let i = self.tokens[i..]
                    .iter()
                    .position(|t| t.kind() == TokenKind::Except)
                    .map_or(i, |k| i + k);
                let start = self.tokens.get(i).map_or(r.start(), |t| t.start());
                let mut end = self.tokens.get(i).map_or(r.end(), |t| t.end());
                if let Some(t) = self
                    .tokens
                    .get(i + 1)
                    .filter(|t| t.kind() == TokenKind::Star)
                {
                    end = t.end();
                }
                self.at(
                    TextRange::new(start, end),
                    "cannot have both 'except' and 'except*' on the same 'try'",
                )
            }
            "Expected `except` or `finally` after `try` block" => {
                let mut finder = TryFinder {
                    before: r.start(),
                    body_end: None,
                };
                finder.run(self.parsed.syntax());
                let after = finder.body_end.and_then(|end| {
                    let i = self.token_index(end);
                    self.tokens[i..].iter().find(|t| {
                        !matches!(
                            t.kind(),
                            TokenKind::Newline
                                | TokenKind::NonLogicalNewline
                                | TokenKind::Comment
                                | TokenKind::Dedent
                                | TokenKind::Indent
                        )
                    })
                });
                if let Some(t) =
                    after.filter(|t| t.kind() != TokenKind::EndOfFile && t.start() < r.start())
                {
                    return self.at(t.range(), "expected 'except' or 'finally' block");
                }
                if r.start().to_usize() >= self.source.text.trim_end().len() {
                    let mut e = self.at_end_of_input("expected 'except' or 'finally' block");
                    e.end_offset = 0;
                    e
                } else {
                    self.at_token(r.start(), "expected 'except' or 'finally' block")
                }
            }
            "Star import cannot be parenthesized" => {
                let i = self.token_index(r.start());
                match self.tokens[i..]
                    .iter()
                    .take_while(|t| t.start() < r.end())
                    .find(|t| t.kind() == TokenKind::Star)
                {
                    Some(t) => self.at(t.range(), "invalid syntax"),
                    None => self.at_token(r.start(), "invalid syntax"),
                }
            }
            _ => self.at_token(r.start(), "invalid syntax"),
        }
    }

    /// IndentationError "expected an indented block after ... on line N".
    fn expected_indented_block(&self, ruff_kind: &str, r: TextRange) -> SyntaxError {
        let what = if ruff_kind.starts_with("function") {
            "function definition".to_owned()
        } else if ruff_kind.starts_with("`class`") {
            "class definition".to_owned()
        } else {
            let kw = ruff_kind.split('`').nth(1).unwrap_or("if");
            format!("'{kw}' statement")
        };
        let keyword = match what.as_str() {
            "function definition" => "def",
            "class definition" => "class",
            other => other
                .trim_start_matches('\'')
                .split('\'')
                .next()
                .unwrap_or("if"),
        };
        let keyword = keyword.trim_end_matches('*');
        // The header: the last line before the error starting with the keyword.
        let before = &self.text_before(r.start().to_usize());
        let mut header_line = self.source.line_col(r.start().to_usize()).0;
        for (idx, line) in before
            .split('\n')
            .enumerate()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let t = line.trim_start();
            let t = t.strip_prefix("async").map_or(t, str::trim_start);
            if t.starts_with(keyword)
                && !t[keyword.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            {
                header_line = idx as u32 + 1;
                break;
            }
        }
        let what = if what == "'except' statement" && self.is_except_star(header_line) {
            "'except*' statement".to_owned()
        } else {
            what
        };
        let msg = format!("expected an indented block after {what} on line {header_line}");
        let mut e = match self.token_at(r.start()) {
            Some(t)
                if !matches!(
                    t.kind(),
                    TokenKind::Newline
                        | TokenKind::EndOfFile
                        | TokenKind::Dedent
                        | TokenKind::NonLogicalNewline
                ) =>
            {
                self.at(t.range(), msg)
            }
            _ => {
                let mut e = self.at_end_of_input(&msg);
                e.end_offset = 0;
                e
            }
        };
        e.kind = SyntaxErrorKind::IndentationError;
        e
    }

    fn is_except_star(&self, line: u32) -> bool {
        self.source.line_text(line).is_some_and(|l| {
            l.trim_start()
                .trim_start_matches("except")
                .trim_start()
                .starts_with('*')
        })
    }

    /// `print x`: CPython's "Missing parentheses in call to 'print'".
    fn legacy_print(&self, r: TextRange) -> Option<SyntaxError> {
        let i = self.token_index(r.start());
        let name = self.tokens.get(i.checked_sub(1)?)?;
        if name.kind() != TokenKind::Name {
            return None;
        }
        let word = self.text_range(
            name.range().start().to_usize(),
            name.range().end().to_usize(),
        );
        if word != "print" && word != "exec" {
            return None;
        }
        // The statement must start with the name.
        let line_start = self
            .text_before(name.start().to_usize())
            .rfind('\n')
            .map_or(0, |k| k + 1);
        if !self
            .text_range(line_start, name.start().to_usize())
            .trim()
            .is_empty()
        {
            return None;
        }
        let mut finder = StmtStart {
            at: r.start(),
            end: None,
        };
        finder.run(self.parsed.syntax());
        let end = finder.end.unwrap_or(r.end());
        Some(self.at(
            TextRange::new(name.start(), end),
            format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
        ))
    }

    fn invalid_assignment(&self, r: TextRange) -> SyntaxError {
        let Some(target) = self.find_expr(r) else {
            return self.at(r, "invalid syntax");
        };
        let parenthesized = self.is_parenthesized(r);
        if let ra::Expr::Yield(_) | ra::Expr::YieldFrom(_) = target
            && !parenthesized
            && self.assign_target_is_top(r).is_some()
        {
            return self.at(r, "assignment to yield expression not possible");
        }
        let name = expr_name(target);
        if let Some(value) = self.assign_target_is_top(r) {
            let always_excluded = matches!(
                target,
                ra::Expr::List(_) | ra::Expr::Tuple(_) | ra::Expr::Generator(_)
            ) || (!parenthesized
                && matches!(
                    target,
                    ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_)
                ));
            let excluded = always_excluded
                || !parenthesized
                    && matches!(
                        target,
                        ra::Expr::List(_)
                            | ra::Expr::Tuple(_)
                            | ra::Expr::Generator(_)
                            | ra::Expr::BooleanLiteral(_)
                            | ra::Expr::NoneLiteral(_)
                            | ra::Expr::Compare(_)
                            | ra::Expr::Lambda(_)
                            | ra::Expr::If(_)
                            | ra::Expr::Named(_)
                            | ra::Expr::Starred(_)
                            | ra::Expr::Yield(_)
                            | ra::Expr::YieldFrom(_)
                    )
                || matches!(target, ra::Expr::BoolOp(_))
                || matches!(target, ra::Expr::UnaryOp(u) if u.op == ra::UnaryOp::Not);
            let value_ok = is_bitwise_or(value);
            if !excluded && value_ok {
                return self.at(
                    r,
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                );
            }
        }
        self.at(r, format!("cannot assign to {name}"))
    }

    /// Whether the expression at `r` is wrapped in parentheses.
    fn is_parenthesized(&self, r: TextRange) -> bool {
        let i = self.token_index(r.start());
        let before = i
            .checked_sub(1)
            .and_then(|k| self.tokens.get(k))
            .is_some_and(|t| t.kind() == TokenKind::Lpar);
        let after = self
            .token_after(r.end())
            .is_some_and(|t| t.kind() == TokenKind::Rpar);
        before && after
    }

    /// The value of the assignment whose last target is exactly at `r`.
    fn assign_target_is_top(&self, r: TextRange) -> Option<&ra::Expr> {
        let mut f = StmtFinder { at: r, found: None };
        f.run(self.parsed.syntax());
        f.found
    }

    fn find_expr(&self, r: TextRange) -> Option<&ra::Expr> {
        let mut f = ExprFinder {
            at: r,
            found: None,
            containing: false,
        };
        f.run(self.parsed.syntax());
        f.found
    }

    fn find_expr_containing(&self, r: TextRange) -> Option<&ra::Expr> {
        let mut f = ExprFinder {
            at: r,
            found: None,
            containing: true,
        };
        f.run(self.parsed.syntax());
        f.found
    }

    /// The body and test of the conditional expression missing its `else` at `r`.
    fn find_if_exp(&self, r: TextRange) -> Option<(TextRange, TextRange)> {
        let i = self.token_index(r.start());
        let if_tok = self.tokens[..i]
            .iter()
            .rposition(|t| t.kind() == TokenKind::If)?;
        let body_end = self.tokens.get(if_tok.checked_sub(1)?)?.end();
        let test_end = self.tokens[..i]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment))?
            .end();
        let mut finder = RangeFinder {
            want_end: Some(body_end),
            ..Default::default()
        };
        finder.run(self.parsed.syntax());
        let body_start = finder.first_start?;
        Some((
            TextRange::new(body_start, body_end),
            TextRange::new(self.tokens[if_tok + 1].start(), test_end),
        ))
    }
}
