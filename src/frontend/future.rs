//! `from __future__` imports. (Placeholder.)

use super::ast::Mod;
use super::error::SyntaxError;
use super::source::SourceFile;

pub fn check(_module: &Mod, _source: &SourceFile) -> Result<u32, SyntaxError> {
    Ok(0)
}
