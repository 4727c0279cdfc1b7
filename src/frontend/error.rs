//! Errors and warnings of compilation: SyntaxError and its subclasses with CPython's fields
//! (filename, line, offset, text, end line, end offset), the few other exceptions the compiler
//! raises, and the SyntaxWarnings it emits.

use std::fmt;

/// The exception class a syntax error is raised as.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A SyntaxError as CPython reports it. `offset` and `end_offset` are 1-based and count
/// characters (code points) of `text`, as in CPython's exception; 0 means unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, with its newline, when known.
    pub text: Option<String>,
}

impl SyntaxError {
    /// Renders the error as CPython's traceback printer does for a SyntaxError raised while
    /// compiling a file: the `File` line, the source line, the carets and the message.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("  File \"{}\", line {}\n", self.filename, self.lineno));
        if let Some(text) = &self.text {
            out.push_str(&render_caret_lines(text, self.offset, self.end_lineno, self.lineno, self.end_offset));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

/// The source line and caret line of CPython's `print_error_text`/`traceback` for a
/// SyntaxError: the line is stripped of leading whitespace, and carets run from offset to
/// end_offset (one caret at least).
fn render_caret_lines(text: &str, offset: u32, end_lineno: u32, lineno: u32, end_offset: u32) -> String {
    let line = text.trim_end_matches(['\n', '\r']);
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let removed = line.chars().count() - stripped.chars().count();
    let mut out = format!("    {stripped}\n");
    if offset >= 1 {
        let start = (offset as usize).saturating_sub(1).saturating_sub(removed);
        let start = start.min(stripped.chars().count());
        let mut end = if end_lineno == lineno && end_offset > offset {
            (end_offset as usize - 1).saturating_sub(removed)
        } else {
            start + 1
        };
        if end <= start {
            end = start + 1;
        }
        let end = end.min(stripped.chars().count().max(start + 1));
        out.push_str("    ");
        out.push_str(&" ".repeat(start));
        out.push_str(&"^".repeat(end - start));
        out.push('\n');
    }
    out
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

/// Anything compilation can raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    Syntax(SyntaxError),
    /// Another exception: its class name (`RecursionError`, `SystemError`, `ValueError`,
    /// `MemoryError`, `OverflowError`) and message.
    Other { exc_type: &'static str, msg: String },
}

impl CompileError {
    pub fn system(msg: impl Into<String>) -> CompileError {
        CompileError::Other { exc_type: "SystemError", msg: msg.into() }
    }

    pub fn exc_type(&self) -> &'static str {
        match self {
            CompileError::Syntax(e) => e.kind.name(),
            CompileError::Other { exc_type, .. } => exc_type,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            CompileError::Syntax(e) => &e.msg,
            CompileError::Other { msg, .. } => msg,
        }
    }
}

impl From<SyntaxError> for CompileError {
    fn from(e: SyntaxError) -> CompileError {
        CompileError::Syntax(e)
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Syntax(e) => write!(f, "{}: {}", e.kind.name(), e),
            CompileError::Other { exc_type, msg } => write!(f, "{exc_type}: {msg}"),
        }
    }
}

/// A warning emitted at compile time (`SyntaxWarning` or `DeprecationWarning`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
}

impl CompileWarning {
    /// The text `warnings.showwarning` prints for it, given the source line if known.
    pub fn render(&self, source_line: Option<&str>) -> String {
        let mut out =
            format!("{}:{}: {}: {}\n", self.filename, self.lineno, self.category, self.msg);
        if let Some(line) = source_line {
            let line = line.trim();
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}
