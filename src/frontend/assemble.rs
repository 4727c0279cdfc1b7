//! The assembler. (Placeholder.)

use std::rc::Rc;

use super::error::CompileError;
use super::ir::{CodeUnitMetadata, InstrSequence};
use crate::bytecode::code::CodeObject;

/// Optimizes one code unit's flow graph and assembles it into a code object.
pub fn assemble_code_unit(
    _seq: InstrSequence,
    _meta: CodeUnitMetadata,
    _code_flags: u32,
    _filename: &Rc<str>,
) -> Result<CodeObject, CompileError> {
    Err(CompileError::system("assembler not built yet"))
}
