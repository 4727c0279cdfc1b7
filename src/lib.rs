//! pyrs: a Python 3.12 interpreter in which one shared front end (source to CPython 3.12 code
//! objects and .pyc files) feeds three execution engines.

pub mod bytecode;
pub mod cli;
pub mod frontend;
pub mod import;
pub mod machine;
pub mod modules;
pub mod runtime;
pub mod text;
pub mod tools;
#[path = "../variants/mod.rs"]
pub mod variants;
