//! A source text being compiled: its file name, its lines, and the conversion of AST locations
//! (UTF-8 byte columns) into SyntaxErrors placed as CPython places them.

use super::ast::Loc;
use super::error::{SyntaxError, SyntaxErrorKind};

pub struct SourceFile<'a> {
    pub filename: &'a str,
    pub text: &'a str,
    /// Byte offset of the start of each line (line 1 at index 0).
    line_starts: Vec<usize>,
    /// Whether errors raised after parsing (symbol table, code generation) show the source line.
    /// CPython rereads it from the file, so it has it for files but not for `-c` or `<stdin>`.
    pub text_in_compile_errors: bool,
}

impl<'a> SourceFile<'a> {
    pub fn new(filename: &'a str, text: &'a str, text_in_compile_errors: bool) -> Self {
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceFile { filename, text, line_starts, text_in_compile_errors }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        ((line + 1) as u32, (offset - self.line_starts[line]) as u32)
    }

    /// Byte offset of the start of a 1-based line.
    pub fn line_start(&self, lineno: u32) -> Option<usize> {
        self.line_starts.get((lineno as usize).checked_sub(1)?).copied()
    }

    /// The text of a 1-based line with its line ending normalized to `\n`, if it exists.
    pub fn line_text(&self, lineno: u32) -> Option<String> {
        let idx = (lineno as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        if start > self.text.len() || (start == self.text.len() && idx > 0) {
            return None;
        }
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        let line = self.text[start..end].trim_end_matches(['\n', '\r']);
        Some(format!("{line}\n"))
    }

    /// Characters (code points) in the first `byte_col` bytes of a line: CPython's
    /// byte-offset-to-character-offset conversion.
    pub fn char_col(&self, lineno: u32, byte_col: u32) -> u32 {
        let Some(start) = self.line_start(lineno) else { return byte_col };
        let end = (start + byte_col as usize).min(self.text.len());
        let mut end = end;
        while end > start && !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.text[start..end].chars().count() as u32
    }

    /// A SyntaxError from the parser: offsets converted to characters, the text taken from the
    /// source.
    pub fn parse_error(&self, kind: SyntaxErrorKind, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        let lineno = loc.lineno.max(1) as u32;
        let end_lineno = if loc.end_lineno < 0 { lineno } else { loc.end_lineno as u32 };
        let offset = if loc.col_offset < 0 { 0 } else { self.char_col(lineno, loc.col_offset as u32) + 1 };
        let end_offset = if loc.end_col_offset < 0 {
            0
        } else {
            self.char_col(end_lineno, loc.end_col_offset as u32) + 1
        };
        SyntaxError {
            kind,
            located: true,
            msg: msg.into(),
            filename: self.filename.to_owned(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: self.line_text(lineno),
        }
    }

    /// A SyntaxError raised after parsing (symbol table or code generation): CPython reports
    /// byte columns plus one, and the line only when it can reread it from the file.
    pub fn compile_error(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        let lineno = loc.lineno.max(1) as u32;
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            located: true,
            msg: msg.into(),
            filename: self.filename.to_owned(),
            lineno,
            offset: (loc.col_offset + 1).max(0) as u32,
            end_lineno: if loc.end_lineno < 0 { 0 } else { loc.end_lineno as u32 },
            end_offset: (loc.end_col_offset + 1).max(0) as u32,
            text: if self.text_in_compile_errors { self.line_text(lineno) } else { None },
        }
    }
}
