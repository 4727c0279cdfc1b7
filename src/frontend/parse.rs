//! The parser wrapper: the only module that names ruff types. (Placeholder.)

use super::Mode;
use super::ast::Mod;
use super::error::{CompileWarning, SyntaxError, SyntaxErrorKind};
use super::source::SourceFile;

pub fn parse(source: &SourceFile, _mode: Mode, _warnings: &mut Vec<CompileWarning>) -> Result<Mod, SyntaxError> {
    Err(source.parse_error(SyntaxErrorKind::SyntaxError, "parser not built yet", super::ast::Loc::new(1, 1, 0, 0)))
}
