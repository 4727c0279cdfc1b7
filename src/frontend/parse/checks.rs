//! Checks CPython's parser and tokenizer make that ruff does not.

use super::super::Mode;
use super::super::ast::{Mod, Stmt};
use super::super::error::SyntaxError;
use super::super::source::SourceFile;

/// Tokenizer-level checks run before parsing.
pub(super) fn check_tokens(_source: &SourceFile, _mode: Mode) -> Result<(), SyntaxError> {
    Ok(())
}

/// `single` mode takes one statement.
pub(super) fn check_single(_source: &SourceFile, _body: &[Stmt]) -> Result<(), SyntaxError> {
    Ok(())
}

/// Checks over the converted tree.
pub(super) fn check_tree(_source: &SourceFile, _m: &Mod) -> Result<(), SyntaxError> {
    Ok(())
}
