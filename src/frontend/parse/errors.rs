//! ruff's parse errors turned into CPython's SyntaxErrors: message, class and location.

use ruff_python_ast as ra;
use ruff_python_parser::{ParseError, Parsed, UnsupportedSyntaxError};

use super::super::ast::Loc;
use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::source::SourceFile;

fn loc_of(source: &SourceFile, r: ruff_text_size::TextRange) -> Loc {
    let (l1, c1) = source.line_col(r.start().to_usize());
    let (l2, c2) = source.line_col(r.end().to_usize());
    Loc::new(l1 as i32, l2 as i32, c1 as i32, c2 as i32)
}

/// The SyntaxError for the first error ruff reported.
pub(super) fn convert(source: &SourceFile, parsed: &Parsed<ra::Mod>) -> SyntaxError {
    let e: &ParseError = &parsed.errors()[0];
    source.parse_error(SyntaxErrorKind::SyntaxError, "invalid syntax", loc_of(source, e.location))
}

/// The SyntaxError for syntax newer than Python 3.12.
pub(super) fn unsupported(source: &SourceFile, e: &UnsupportedSyntaxError) -> SyntaxError {
    source.parse_error(SyntaxErrorKind::SyntaxError, "invalid syntax", loc_of(source, e.range))
}
