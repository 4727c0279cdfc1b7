//! The builtin object layouts and their operations, one module per type family.

pub mod basic_types;
pub mod dict;
pub mod dictops;
pub mod exception;
pub mod exception_type;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod object_type;
pub mod pattern;
pub mod range;
pub mod set;
pub mod str;
pub mod str_type;
pub mod strops;
pub mod super_;
pub mod typing;
