//! The builtin object layouts and their operations, one module per type family.

pub mod basic_types;
pub mod bool_type;
pub mod complex;
pub mod dict;
pub mod dictops;
pub mod exception;
pub mod exception_type;
pub mod float;
pub mod float_type;
pub mod function;
pub mod generator;
pub mod int;
pub mod int_type;
pub mod iter;
pub mod numargs;
pub mod numparse;
pub mod object_type;
pub mod pattern;
pub mod range;
pub mod set;
pub mod str;
pub mod strops;
pub mod super_;
pub mod typing;
