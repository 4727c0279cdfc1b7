//! Built-in modules implemented in Rust.

pub mod cmath;
pub mod decimal_core;
pub mod importlib;
pub mod math;
pub mod random;
pub mod sha512;
pub mod sys;
pub mod time;

use std::rc::Rc;

use crate::runtime::object::{ModuleData, Object, Payload};
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::MethodDef;
use crate::runtime::types::init::native_function;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A new module object named `name` holding the native functions `defs` (a built-in module's
/// start; the caller adds its other attributes to its `__dict__`).
pub fn new_module(vm: &mut Vm, name: &str, defs: &[MethodDef]) -> Value {
    let d = vm.new_dict();
    let m = Object::new_rc(vm.types.module.clone(), Payload::Module(ModuleData { name: Rc::from(name) }));
    *m.dict.borrow_mut() = Some(d.clone());
    dict_set_str(vm, &d, vm.intern("__name__"), vm.new_str(name));
    dict_set_str(vm, &d, vm.intern("__doc__"), Value::None);
    dict_set_str(vm, &d, vm.intern("__package__"), vm.new_str(name.rsplit_once('.').map_or("", |p| p.0)));
    for def in defs {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    Value::Obj(m)
}

/// Sets `name` in a module made by `new_module`.
pub fn set_attr(vm: &mut Vm, module: &Value, name: &str, value: Value) {
    if let Some(d) = module.as_obj().and_then(|o| o.dict.borrow().clone()) {
        dict_set_str(vm, &d, vm.intern(name), value);
    }
}

/// The names of the built-in modules.
pub const BUILTIN_NAMES: &[&str] = &["sys", "builtins", "warnings", "io", "_io", "importlib", "importlib.util", "math", "cmath", "_random", "_sha512", "time", "_decimal_core"];

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
        "math" => Some(math::create(vm)?),
        "cmath" => Some(cmath::create(vm)),
        "_random" => Some(random::create(vm)?),
        "_sha512" => Some(sha512::create(vm)),
        "time" => Some(time::create(vm)?),
        "_decimal_core" => Some(decimal_core::create(vm)),
        _ => None,
    })
}
