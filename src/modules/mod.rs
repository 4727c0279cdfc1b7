//! Built-in modules implemented in Rust.

pub mod importlib;
pub mod sys;

use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The names of the built-in modules.
pub const BUILTIN_NAMES: &[&str] = &["sys", "builtins", "warnings", "io", "_io", "importlib", "importlib.util"];

/// Whether `name` is a built-in module.
pub fn is_builtin(name: &str) -> bool {
    BUILTIN_NAMES.contains(&name)
}

/// Creates the built-in module `name` (not yet in `sys.modules`); None if there is no such
/// built-in module.
pub fn create_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(Value::Obj(vm.sys.clone())),
        "builtins" => Some(Value::Obj(vm.builtins.clone())),
        "warnings" => Some(crate::runtime::warnings::create(vm)),
        "io" => Some(crate::runtime::io::make_module(vm)?),
        "_io" => Some(crate::runtime::import::import_module(vm, "io")?),
        "importlib" => Some(importlib::create_importlib(vm)),
        "importlib.util" => Some(importlib::create_util(vm)?),
        _ => None,
    })
}
