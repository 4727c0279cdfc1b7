//! CPython 3.12's bytecode formats: the opcode table, code objects and constants (with how
//! CPython hashes and compares them), the location and exception tables, marshal, the .pyc
//! header, and the disassembler.

pub mod code;
pub mod dis;
pub mod exctable;
pub mod linetable;
pub mod marshal;
pub mod opcode;
pub mod pyc;
pub mod pyhash;
pub mod pystr;
