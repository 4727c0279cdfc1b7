//! The builtin object layouts and their operations, one module per type family.

pub mod basic_types;
pub mod cell_type;
pub mod code_type;
pub mod descr;
pub mod dict;
pub mod dictops;
pub mod exception;
pub mod exception_type;
pub mod float;
pub mod frame_type;
pub mod func_type;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod mappingproxy;
pub mod module_type;
pub mod object_type;
pub mod pattern;
pub mod property;
pub mod range;
pub mod set;
pub mod str;
pub mod strops;
pub mod super_;
pub mod typing;
