//! A scan of the source as CPython 3.12's tokenizer reads it, for its errors only: unterminated
//! strings, bad number literals, stray characters, unmatched or unclosed brackets, bad line
//! continuations and inconsistent indentation, with CPython's messages and positions. The
//! tokens themselves come from ruff; this runs when ruff reports an error (CPython lets a
//! tokenizer error anywhere in the file win over a parser error) and for the indentation
//! checks ruff does not make.

use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::source::SourceFile;

/// What the scan found.
pub(super) struct Scan {
    pub error: Option<SyntaxError>,
    /// The innermost bracket still open at the end: the bracket, its line and byte column.
    pub unclosed: Option<(u8, u32, u32)>,
}

enum Frame {
    /// The literal part of an f-string.
    FString {
        quote: u8,
        triple: bool,
        line: u32,
        col: u32,
    },
    /// A replacement field's expression; the bracket depth where it started.
    Expr { depth: usize },
    /// A format spec.
    Spec,
}

struct Tok<'a, 'b> {
    src: &'a SourceFile<'b>,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    parens: Vec<(u8, u32, u32)>,
    frames: Vec<Frame>,
    indents: Indents,
}

type Res = Result<(), SyntaxError>;

pub(super) fn scan(src: &SourceFile) -> Scan {
    let mut t = Tok {
        src,
        b: src.text.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
        parens: Vec::new(),
        frames: Vec::new(),
        indents: Indents::new(),
    };
    let error = t.run().err();
    let unclosed = t.parens.last().copied();
    Scan { error, unclosed }
}

/// Why a line's indentation is refused.
pub(super) enum IndentError {
    /// TabError: the line compares differently with the enclosing levels under the two measures.
    Tab,
    /// A 101st level.
    TooDeep,
    /// A dedent to no enclosing level.
    Unmatched,
}

/// CPython's stack of indentation levels, each measured twice: with tabs to the next multiple
/// of 8, and with tabs as one column. Both measures must order every line the same way.
pub(super) struct Indents {
    levels: Vec<(u32, u32)>,
}

impl Indents {
    pub(super) fn new() -> Indents {
        Indents {
            levels: vec![(0, 0)],
        }
    }

    /// The two measures of the blanks that start `text` (a form feed resets both), and how
    /// many bytes they take.
    pub(super) fn measure(text: &[u8]) -> (u32, u32, usize) {
        let (mut col, mut alt) = (0u32, 0u32);
        let mut len = 0;
        for &c in text {
            match c {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            len += 1;
        }
        (col, alt, len)
    }

    /// Takes the indentation of a logical line: the same level, a new level (kept even when
    /// it is one too many) or a return to an enclosing one.
    pub(super) fn line(&mut self, col: u32, alt: u32) -> Result<(), IndentError> {
        let &(top, alt_top) = self.levels.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != alt_top {
                return Err(IndentError::Tab);
            }
        } else if col > top {
            if alt <= alt_top {
                return Err(IndentError::Tab);
            }
            let too_deep = self.levels.len() >= 100;
            self.levels.push((col, alt));
            if too_deep {
                return Err(IndentError::TooDeep);
            }
        } else {
            while self.levels.len() > 1 && self.levels.last().is_some_and(|&(c, _)| col < c) {
                self.levels.pop();
            }
            let &(top, alt_top) = self.levels.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(IndentError::Unmatched);
            }
            if alt != alt_top {
                return Err(IndentError::Tab);
            }
        }
        Ok(())
    }
}

/// A byte that can start a name (any non-ASCII byte counts: names are checked elsewhere).
pub(super) fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

/// A byte that can continue a name.
pub(super) fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl Tok<'_, '_> {
    fn peek(&self, k: usize) -> u8 {
        self.b.get(self.pos + k).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }

    /// Lines the source has, counting a last line without a newline.
    fn last_line(&self) -> u32 {
        let n = self.b.iter().filter(|&&c| c == b'\n').count() as u32;
        if self.b.last().is_some_and(|&c| c != b'\n') {
            n + 1
        } else {
            n.max(1)
        }
    }

    /// Characters between the start of the current line and byte offset `at`.
    fn chars_to(&self, at: usize) -> u32 {
        self.src
            .char_col(self.line, (at - self.line_start.min(at)) as u32)
    }

    fn err(
        &self,
        kind: SyntaxErrorKind,
        msg: String,
        line: u32,
        offset: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            located: true,
            msg,
            filename: self.src.filename.to_owned(),
            lineno: line,
            offset,
            end_lineno: line,
            end_offset,
            text: self.src.line_text(line),
        }
    }

    /// An error whose offset is the cursor (`at`, a byte offset on the current line).
    fn err_at(&self, msg: impl Into<String>, at: usize) -> SyntaxError {
        let off = self.chars_to(at);
        self.err(
            SyntaxErrorKind::SyntaxError,
            msg.into(),
            self.line,
            off,
            off,
        )
    }

    fn newline(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Res {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.parens.is_empty() && self.frames.is_empty() {
                at_line_start = false;
                if !self.indentation()? {
                    continue;
                }
            }
            if let Some(Frame::FString { .. } | Frame::Spec) = self.frames.last() {
                self.fstring_literal()?;
                continue;
            }
            if self.at_end() {
                return Ok(());
            }
            let c = self.peek(0);
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while !self.at_end() && self.peek(0) != b'\n' && self.peek(0) != b'\r' {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    self.newline();
                    // Lines inside brackets have no indentation.
                    at_line_start = self.parens.is_empty() && self.frames.is_empty();
                }
                b'\\' => {
                    let line = self.line;
                    let line_len = self.line_len();
                    self.pos += 1;
                    match self.peek(0) {
                        b'\n' | b'\r' => {
                            self.newline();
                            if self.at_end() {
                                return Err(self.err(
                                    SyntaxErrorKind::SyntaxError,
                                    "unexpected EOF while parsing".into(),
                                    line,
                                    line_len + 1,
                                    0,
                                ));
                            }
                        }
                        0 if self.at_end() => {
                            return Err(self.err(
                                SyntaxErrorKind::SyntaxError,
                                "unexpected EOF while parsing".into(),
                                line,
                                line_len + 1,
                                0,
                            ));
                        }
                        _ => {
                            let off = self.chars_to(self.pos) + 1;
                            return Err(self.err(
                                SyntaxErrorKind::SyntaxError,
                                "unexpected character after line continuation character".into(),
                                line,
                                off,
                                0,
                            ));
                        }
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'\'' | b'"' => self.string(self.pos)?,
                _ if is_ident_start(c) => {
                    let start = self.pos;
                    while !self.at_end() && is_ident_char(self.peek(0)) {
                        self.pos += 1;
                    }
                    let word = &self.b[start..self.pos];
                    let q = self.peek(0);
                    if (q == b'\'' || q == b'"') && is_string_prefix(word) {
                        self.string(start)?;
                    }
                }
                b'(' | b'[' | b'{' => {
                    let col = (self.pos - self.line_start) as u32;
                    self.pos += 1;
                    if self.parens.len() >= 200 {
                        return Err(self.err_at("too many nested parentheses", self.pos));
                    }
                    self.parens.push((c, self.line, col));
                }
                b')' | b']' | b'}' => self.close_bracket(c)?,
                b':' | b'!' => {
                    let depth = self.parens.len();
                    let in_field =
                        matches!(self.frames.last(), Some(Frame::Expr { depth: d }) if *d == depth);
                    self.pos += 1;
                    if in_field && c == b':' {
                        self.frames.pop();
                        self.frames.push(Frame::Spec);
                    }
                }
                0x00..=0x1F | 0x7F => {
                    self.pos += 1;
                    return Err(self.err_at(
                        format!("invalid non-printable character U+{c:04X}"),
                        self.pos,
                    ));
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Bytes of the current line without its newline.
    fn line_len(&self) -> u32 {
        let end = self.b[self.line_start..]
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
            .map_or(self.b.len(), |i| self.line_start + i);
        self.src.char_col(self.line, (end - self.line_start) as u32)
    }

    /// Reads the indentation of a line; false for a blank or comment-only line.
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let (col, alt, len) = Indents::measure(&self.b[self.pos.min(self.b.len())..]);
        self.pos += len;
        let c = self.peek(0);
        if self.at_end()
            || c == b'#'
            || c == b'\n'
            || c == b'\r'
            || (c == b'\\' && matches!(self.peek(1), b'\n' | b'\r'))
        {
            return Ok(!(c == b'#' || c == b'\n' || c == b'\r') || self.at_end());
        }
        match self.indents.line(col, alt) {
            Ok(()) => Ok(true),
            Err(IndentError::Tab) => Err(self.tab_error()),
            Err(IndentError::TooDeep) => Err(self.err(
                SyntaxErrorKind::IndentationError,
                "too many levels of indentation".into(),
                self.line,
                1,
                0,
            )),
            Err(IndentError::Unmatched) => {
                let off = self.line_len() + 1;
                Err(self.err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level".into(),
                    self.line,
                    off,
                    0,
                ))
            }
        }
    }

    fn tab_error(&self) -> SyntaxError {
        self.err(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation".into(),
            self.line,
            1,
            0,
        )
    }

    fn close_bracket(&mut self, c: u8) -> Res {
        let depth = self.parens.len();
        if c == b'}' {
            match self.frames.last() {
                Some(Frame::Expr { depth: d }) if *d == depth => {
                    self.frames.pop();
                    self.pos += 1;
                    if let Some(Frame::Spec) = self.frames.last() {
                        // The end of a nested field in a spec; the spec goes on.
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        self.pos += 1;
        if let Some(Frame::Expr { depth: d }) = self.frames.last()
            && depth <= *d
        {
            return Err(self.err_at(format!("f-string: unmatched '{}'", c as char), self.pos));
        }
        let Some((open, line, _)) = self.parens.pop() else {
            return Err(self.err_at(format!("unmatched '{}'", c as char), self.pos));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let msg = if line != self.line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {line}",
                    c as char, open as char
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                )
            };
            return Err(self.err_at(msg, self.pos));
        }
        Ok(())
    }

    /// A string token starting at `start` (its prefix) with the quote at the cursor.
    fn string(&mut self, start: usize) -> Res {
        let prefix = &self.b[start..self.pos];
        let is_f = prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'f'));
        let raw = prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'r'));
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        let (line, col) = (self.line, self.chars_to(start) + 1);
        self.pos += if triple { 3 } else { 1 };
        if is_f {
            self.frames.push(Frame::FString {
                quote,
                triple,
                line,
                col,
            });
            return Ok(());
        }
        // Inside a replacement field, a string left open with the f-string's own quote is the
        // f-string's end: CPython reports the missing brace.
        let enclosing = self.frames.iter().rev().find_map(|f| match f {
            Frame::FString { quote, triple, .. } => Some((*quote, *triple)),
            _ => None,
        });
        let expecting_brace = enclosing == Some((quote, triple));
        loop {
            if self.at_end() {
                if expecting_brace {
                    return Err(self.err(
                        SyntaxErrorKind::SyntaxError,
                        "f-string: expecting '}'".into(),
                        line,
                        col,
                        col,
                    ));
                }
                return Err(self.unterminated(triple, false, line, col));
            }
            let c = self.peek(0);
            if c == b'\\' {
                self.pos += 1;
                if matches!(self.peek(0), b'\n' | b'\r') {
                    self.newline();
                } else if !self.at_end() {
                    self.pos += 1;
                }
                let _ = raw;
                continue;
            }
            if c == quote && (!triple || (self.peek(1) == quote && self.peek(2) == quote)) {
                self.pos += if triple { 3 } else { 1 };
                return Ok(());
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    if expecting_brace {
                        return Err(self.err(
                            SyntaxErrorKind::SyntaxError,
                            "f-string: expecting '}'".into(),
                            line,
                            col,
                            col,
                        ));
                    }
                    return Err(self.unterminated(false, false, line, col));
                }
                self.newline();
                continue;
            }
            self.pos += 1;
        }
    }

    fn unterminated(&self, triple: bool, f: bool, line: u32, col: u32) -> SyntaxError {
        let what = match (triple, f) {
            (true, true) => "triple-quoted f-string literal",
            (true, false) => "triple-quoted string literal",
            (false, true) => "f-string literal",
            (false, false) => "string literal",
        };
        let detected = if triple { self.last_line() } else { self.line };
        self.err(
            SyntaxErrorKind::SyntaxError,
            format!("unterminated {what} (detected at line {detected})"),
            line,
            col,
            col,
        )
    }

    /// The literal part of an f-string or of a format spec, up to a replacement field or the
    /// closing quote.
    fn fstring_literal(&mut self) -> Res {
        let in_spec = matches!(self.frames.last(), Some(Frame::Spec));
        let Some(&Frame::FString {
            quote,
            triple,
            line,
            col,
            ..
        }) = self
            .frames
            .iter()
            .rev()
            .find(|f| matches!(f, Frame::FString { .. }))
        else {
            self.frames.pop();
            return Ok(());
        };
        loop {
            if self.at_end() {
                return Err(self.unterminated(triple, true, line, col));
            }
            let c = self.peek(0);
            match c {
                b'\\' => {
                    self.pos += 1;
                    if matches!(self.peek(0), b'\n' | b'\r') {
                        self.newline();
                    } else if self.peek(0) == b'N' && self.peek(1) == b'{' {
                        while !self.at_end() && self.peek(0) != b'}' && self.peek(0) != quote {
                            self.pos += 1;
                        }
                        if self.peek(0) == b'}' {
                            self.pos += 1;
                        }
                    } else if !self.at_end() && self.peek(0) != b'{' && self.peek(0) != b'}' {
                        self.pos += 1;
                    }
                }
                b'{' if !in_spec && self.peek(1) == b'{' => self.pos += 2,
                b'}' if !in_spec && self.peek(1) == b'}' => self.pos += 2,
                b'{' => {
                    self.pos += 1;
                    self.frames.push(Frame::Expr {
                        depth: self.parens.len(),
                    });
                    return Ok(());
                }
                b'}' => {
                    self.pos += 1;
                    if in_spec {
                        self.frames.pop();
                        return Ok(());
                    }
                    return Err(self.err_at("f-string: single '}' is not allowed", self.pos));
                }
                b'\n' | b'\r' if !triple => {
                    return Err(self.unterminated(false, true, line, col));
                }
                b'\n' | b'\r' => self.newline(),
                _ if c == quote
                    && (!triple || (self.peek(1) == quote && self.peek(2) == quote)) =>
                {
                    self.pos += if triple { 3 } else { 1 };
                    while let Some(f) = self.frames.pop() {
                        if matches!(f, Frame::FString { .. }) {
                            break;
                        }
                    }
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn number(&mut self) -> Res {
        let start = self.pos;
        let mut c = self.peek(0);
        if c == b'.' {
            self.pos += 1;
            return self.fraction();
        }
        if c == b'0' {
            self.pos += 1;
            c = self.peek(0);
            let (radix, name): (u32, &str) = match c {
                b'x' | b'X' => (16, "hexadecimal"),
                b'o' | b'O' => (8, "octal"),
                b'b' | b'B' => (2, "binary"),
                _ => (0, ""),
            };
            if radix != 0 {
                self.pos += 1;
                loop {
                    if self.peek(0) == b'_' {
                        self.pos += 1;
                    }
                    let d = self.peek(0);
                    if !(d as char).is_digit(radix) {
                        if radix != 16 && d.is_ascii_digit() {
                            self.pos += 1;
                            return Err(self.err_at(
                                format!("invalid digit '{}' in {name} literal", d as char),
                                self.pos,
                            ));
                        }
                        return Err(self.err_at(format!("invalid {name} literal"), self.pos));
                    }
                    while (self.peek(0) as char).is_digit(radix) {
                        self.pos += 1;
                    }
                    if self.peek(0) != b'_' {
                        break;
                    }
                }
                let d = self.peek(0);
                if radix != 16 && d.is_ascii_digit() {
                    self.pos += 1;
                    return Err(self.err_at(
                        format!("invalid digit '{}' in {name} literal", d as char),
                        self.pos,
                    ));
                }
                return self.end_of_number(name);
            }
            // Leading zeros.
            loop {
                if self.peek(0) == b'_' {
                    self.pos += 1;
                    if !self.peek(0).is_ascii_digit() {
                        return Err(self.err_at("invalid decimal literal", self.pos));
                    }
                }
                if self.peek(0) != b'0' {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            let nonzero = self.peek(0).is_ascii_digit();
            if nonzero {
                self.decimal_tail()?;
            }
            match self.peek(0) {
                b'.' => {
                    self.pos += 1;
                    return self.fraction();
                }
                b'e' | b'E' => return self.exponent(),
                b'j' | b'J' => {
                    self.pos += 1;
                    return self.end_of_number("imaginary");
                }
                _ if nonzero => {
                    let (a, b) = (self.chars_to(start) + 1, self.chars_to(zeros_end) + 1);
                    return Err(self.err(
                        SyntaxErrorKind::SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                            .into(),
                        self.line,
                        a,
                        b,
                    ));
                }
                _ => return self.end_of_number("decimal"),
            }
        }
        self.decimal_tail()?;
        match self.peek(0) {
            b'.' => {
                self.pos += 1;
                self.fraction()
            }
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => {
                self.pos += 1;
                self.end_of_number("imaginary")
            }
            _ => self.end_of_number("decimal"),
        }
    }

    /// Digits with single underscores between them; the cursor is on the first digit.
    fn decimal_tail(&mut self) -> Res {
        loop {
            while self.peek(0).is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                return Err(self.err_at("invalid decimal literal", self.pos));
            }
        }
    }

    /// After the decimal point.
    fn fraction(&mut self) -> Res {
        if self.peek(0).is_ascii_digit() {
            self.decimal_tail()?;
        }
        match self.peek(0) {
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => {
                self.pos += 1;
                self.end_of_number("imaginary")
            }
            _ => self.end_of_number("decimal"),
        }
    }

    /// The cursor is on the `e`.
    fn exponent(&mut self) -> Res {
        self.pos += 1;
        let c = self.peek(0);
        if c == b'+' || c == b'-' {
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                return Err(self.err_at("invalid decimal literal", self.pos));
            }
        } else if !c.is_ascii_digit() {
            // `1e` followed by a name: the `e` starts the name, unless it is a keyword.
            self.pos -= 1;
            return self.end_of_number("decimal");
        }
        self.decimal_tail()?;
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            return self.end_of_number("imaginary");
        }
        self.end_of_number("decimal")
    }

    /// CPython's `verify_end_of_number`: a letter right after a number is an error unless a
    /// keyword that may follow a number starts there (that is only a warning).
    fn end_of_number(&mut self, kind: &str) -> Res {
        let rest = &self.b[self.pos..];
        let c = self.peek(0);
        let keyword = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k.as_bytes()));
        if keyword {
            return Ok(());
        }
        if c < 0x80 && is_ident_char(c) {
            return Err(self.err_at(format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }
}

fn is_string_prefix(word: &[u8]) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        &lower[..],
        b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}
