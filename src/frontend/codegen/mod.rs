//! Code generation. (Placeholder.)

use super::CompileOptions;
use super::ast::Mod;
use super::error::{CompileError, CompileWarning};
use super::source::SourceFile;
use super::symtable::SymbolTable;
use crate::bytecode::code::CodeObject;

pub fn compile_module(
    _module: &Mod,
    _table: &SymbolTable,
    _source: &SourceFile,
    _opts: &CompileOptions,
    _future_flags: u32,
    _warnings: &mut Vec<CompileWarning>,
) -> Result<CodeObject, CompileError> {
    Err(CompileError::system("codegen not built yet"))
}
