//! Builds the symbol table. (Placeholder.)

use super::SymbolTable;
use crate::frontend::ast::Mod;
use crate::frontend::error::SyntaxError;
use crate::frontend::source::SourceFile;

pub fn build(_module: &Mod, source: &SourceFile, _future_flags: u32) -> Result<SymbolTable, SyntaxError> {
    Err(source.compile_error("symtable not built yet", crate::frontend::ast::Loc::new(1, 1, 0, 0)))
}
