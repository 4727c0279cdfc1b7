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
    /// False for the errors CPython raises with a message only, no file or line (null bytes in a
    /// `compile()` string, a script's undecodable bytes): they print as the message alone.
    pub located: bool,
}

impl SyntaxError {
    /// Renders the error as CPython 3.12's top-level printer does (`print_exception` and
    /// `print_error_text` in pythonrun.c): the `File` line, the source line stripped of its
    /// indentation, a caret line, and the message. The caret arithmetic is CPython's, done on the
    /// line's UTF-8 bytes with character offsets, misalignments on non-ASCII lines included.
    pub fn render(&self) -> String {
        if !self.located {
            return format!("{}: {}\n", self.kind.name(), self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            let line_size = text.len() as i64;
            let offset = i64::from(self.offset);
            let mut end_offset = if self.kind == SyntaxErrorKind::SyntaxError {
                i64::from(self.end_offset)
            } else {
                -1
            };
            if self.kind == SyntaxErrorKind::SyntaxError && self.end_lineno > self.lineno {
                end_offset = line_size;
            }
            end_offset = end_offset.min(line_size + 1);
            out.push_str(&error_text_lines(text, offset, end_offset));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

/// CPython's `print_error_text`: the source line and, unless the offset points into the
/// stripped indentation, the caret line.
fn error_text_lines(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let mut bytes = text.as_bytes();
    let mut offset = offset - 1;
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = bytes {
        bytes = rest;
        offset -= 1;
    }
    let mut len = bytes.len() as i64;
    if bytes.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = bytes.iter().position(|&b| b == b'\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        bytes = &bytes[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    let mut out = String::from("    ");
    out.push_str(&String::from_utf8_lossy(bytes));
    if bytes.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets.max(0) as usize));
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

/// The categories the default warning filters ignore outside `__main__`. Compile-time warnings
/// are attributed to the code that called the compiler (never `__main__` for a script, a module
/// being imported or compileall), so these are not shown.
const IGNORED_BY_DEFAULT: [&str; 4] =
    ["DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"];

/// Renders compile warnings as CPython's `warnings` module prints them under its default
/// filters: the categories ignored by default are dropped. Compile-time warnings carry no
/// registry, so a repeated warning prints again. `line_of` gives the text of a source line.
pub fn render_warnings(list: &[CompileWarning], line_of: impl Fn(u32) -> Option<String>) -> String {
    list.iter()
        .filter(|w| !IGNORED_BY_DEFAULT.contains(&w.category))
        .map(|w| w.render(line_of(w.lineno).as_deref()))
        .collect()
}
