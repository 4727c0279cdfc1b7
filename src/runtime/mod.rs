//! The runtime: values, objects and types, the operations of the data model, exceptions,
//! builtins, and the instruction semantics every engine shares (`eval`).

pub mod bootstrap;
pub mod builtins;
pub mod call;
pub mod code;
pub mod codecs;
pub mod errors;
pub mod eval;
pub mod format;
pub mod finalize;
pub mod frame;
pub mod import;
pub mod io;
pub mod names;
pub mod object;
pub mod objects;
pub mod ops;
pub mod recursion;
pub mod run;
pub mod signals;
pub mod stdio;
pub mod traceback;
pub mod traceback_anchors;
pub mod traceback_suggest;
pub mod traceback_objects;
pub mod warnings;
pub mod weakref;
pub mod types;
pub mod unicode;
pub mod value;
pub mod vm;

pub use value::{ObjRef, Value};
pub use vm::{PyErr, PyResult, Vm};
