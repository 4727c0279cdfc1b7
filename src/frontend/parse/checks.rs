//! Checks CPython's tokenizer and parser make that ruff does not: consistent use of tabs and
//! spaces in indentation, and one statement in `single` mode.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

use super::super::ast::{Loc, Mod, Stmt, StmtKind};
use super::super::error::{CompileWarning, SyntaxError, SyntaxErrorKind};
use super::super::source::SourceFile;
use super::tokenizer::{IndentError, Indents};

/// CPython's TabError: the indentation of each logical line must compare the same way with
/// tabs counted to the next multiple of 8 and with tabs counted as one column.
pub(super) fn check_indentation(source: &SourceFile, tokens: &[Token]) -> Result<(), SyntaxError> {
    let text = source.text;
    if !text.contains('\t') {
        return Ok(());
    }
    let mut indents = Indents::new();
    let mut line_start = true;
    for t in tokens {
        match t.kind() {
            TokenKind::Newline => {
                line_start = true;
                continue;
            }
            TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::NonLogicalNewline
            | TokenKind::Comment => continue,
            _ if !line_start => continue,
            _ => {}
        }
        line_start = false;
        let (lineno, _) = source.line_col(t.start().to_usize());
        let start = source.line_start(lineno).unwrap_or(0);
        let line = text
            .as_bytes()
            .get(start..t.start().to_usize())
            .unwrap_or(&[]);
        let (col, alt, _) = Indents::measure(line);
        // Ruff reports the other indentation errors.
        let bad = matches!(indents.line(col, alt), Err(IndentError::Tab));
        if bad {
            let mut e = source.parse_error(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Loc::new(lineno as i32, lineno as i32, 0, 0),
            );
            e.end_offset = 0;
            return Err(e);
        }
    }
    Ok(())
}

/// CPython's tokenizer refuses more than 200 nested brackets.
pub(super) fn check_nesting(source: &SourceFile, tokens: &[Token]) -> Result<(), SyntaxError> {
    let mut depth = 0usize;
    for t in tokens {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if depth >= 200 {
                    let (line, col) = source.line_col(t.end().to_usize());
                    let offset = source.char_col(line, col);
                    let mut e = source.parse_error(
                        SyntaxErrorKind::SyntaxError,
                        "too many nested parentheses",
                        Loc::new(line as i32, line as i32, 0, 0),
                    );
                    e.offset = offset;
                    e.end_offset = offset;
                    return Err(e);
                }
                depth += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    Ok(())
}

/// CPython's tokenizer warns when a keyword follows a number with no space (`1if x else y`).
pub(super) fn number_warnings(
    source: &SourceFile,
    tokens: &[Token],
    warnings: &mut Vec<CompileWarning>,
) {
    for pair in tokens.windows(2) {
        let (num, next) = (&pair[0], &pair[1]);
        if !matches!(
            num.kind(),
            TokenKind::Int | TokenKind::Float | TokenKind::Complex
        ) || num.end() != next.start()
        {
            continue;
        }
        if !matches!(
            next.kind(),
            TokenKind::And
                | TokenKind::Else
                | TokenKind::For
                | TokenKind::If
                | TokenKind::In
                | TokenKind::Is
                | TokenKind::Or
                | TokenKind::Not
        ) {
            continue;
        }
        let text = &source.text[num.start().to_usize()..num.end().to_usize()];
        let lower = text.get(..2).map(str::to_ascii_lowercase);
        let kind = match (num.kind(), lower.as_deref()) {
            (TokenKind::Complex, _) => "imaginary",
            (_, Some("0x")) => "hexadecimal",
            (_, Some("0o")) => "octal",
            (_, Some("0b")) => "binary",
            _ => "decimal",
        };
        warnings.push(CompileWarning {
            category: "SyntaxWarning",
            msg: format!("invalid {kind} literal"),
            filename: source.filename.to_owned(),
            lineno: source.line_col(num.start().to_usize()).0,
        });
    }
}

/// What `single` and `eval` modes require beyond the grammar ruff parses.
pub(super) fn check_mode(
    source: &SourceFile,
    m: &Mod,
    tokens: &[Token],
) -> Result<(), SyntaxError> {
    match m {
        Mod::Interactive(body) => check_single(source, body, tokens),
        Mod::Expression(_) => check_eval(source, tokens),
        Mod::Module(_) => Ok(()),
    }
}

fn offset_of(source: &SourceFile, line: i32, col: i32) -> usize {
    source.line_start(line.max(1) as u32).unwrap_or(0) + col.max(0) as usize
}

/// `single` mode takes one statement: a compound statement, or simple statements on one line.
fn check_single(source: &SourceFile, body: &[Stmt], tokens: &[Token]) -> Result<(), SyntaxError> {
    let Some(first) = body.first() else {
        let lines = source.text.matches('\n').count() as u32;
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            located: true,
            msg: "invalid syntax".into(),
            filename: source.filename.to_owned(),
            lineno: lines,
            offset: 0,
            end_lineno: lines,
            end_offset: 0,
            text: source.line_text(lines),
        });
    };
    if body.len() == 1 {
        return Ok(());
    }
    let compound = matches!(
        first.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::If { .. }
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::Match { .. }
    );
    if compound {
        let at = offset_of(source, body[1].loc.lineno, body[1].loc.col_offset);
        let end = tokens
            .iter()
            .find(|t| t.start().to_usize() >= at && !t.range().is_empty())
            .map_or(at + 1, |t| t.end().to_usize());
        let (l2, c2) = source.line_col(end);
        let loc = Loc::new(
            body[1].loc.lineno,
            l2 as i32,
            body[1].loc.col_offset,
            c2 as i32,
        );
        return Err(source.parse_error(SyntaxErrorKind::SyntaxError, "invalid syntax", loc));
    }
    // Simple statements: all must share the first logical line.
    let mut last = first;
    for s in &body[1..] {
        if s.loc.lineno != last.loc.end_lineno {
            let at = offset_of(source, last.loc.end_lineno, last.loc.end_col_offset);
            let newline = tokens
                .iter()
                .find(|t| t.start().to_usize() >= at && t.kind() == TokenKind::Newline)
                .map_or(at, |t| t.start().to_usize());
            let (line, col) = source.line_col(newline);
            let loc = Loc::new(line as i32, line as i32, col as i32, col as i32 + 1);
            return Err(source.parse_error(
                SyntaxErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                loc,
            ));
        }
        last = s;
    }
    Ok(())
}

/// `eval` mode: the expression may not be indented.
fn check_eval(source: &SourceFile, tokens: &[Token]) -> Result<(), SyntaxError> {
    let Some(first) = tokens.iter().find(|t| {
        !matches!(
            t.kind(),
            TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::Newline
        )
    }) else {
        return Ok(());
    };
    let (line, col) = source.line_col(first.start().to_usize());
    if col > 0 {
        let mut e = source.parse_error(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            Loc::new(line as i32, line as i32, 0, 0),
        );
        e.offset = source.char_col(line, col);
        e.end_offset = 0;
        return Err(e);
    }
    Ok(())
}
