//! The builtin object layouts and their operations, one module per type family.

pub mod async_gen;
pub mod basic_types;
pub mod dict;
pub mod dictops;
pub mod exception;
pub mod exception_type;
pub mod float;
pub mod function;
pub mod gen_finalize;
pub mod gen_types;
pub mod generator;
pub mod union_type;
pub mod int;
pub mod iter;
pub mod object_type;
pub mod pattern;
pub mod range;
pub mod set;
pub mod str;
pub mod strops;
pub mod super_;
pub mod typealias;
pub mod typevar;
pub mod typing;
pub mod typing_alias;
