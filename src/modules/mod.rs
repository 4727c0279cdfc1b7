//! Built-in modules implemented in Rust.

pub mod _bisect;
pub mod _collections;
pub mod _heapq;
pub mod array;
pub mod cmath;
pub mod decimal_core;
pub mod dis;
pub mod gc;
pub mod importlib;
pub mod json;
pub mod marshal;
pub mod math;
pub mod native_type;
pub mod os;
pub mod random;
pub mod sha512;
pub mod sre;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod unicodedata;
pub mod weakref;

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
pub const BUILTIN_NAMES: &[&str] = &["sys", "builtins", "_io", "importlib", "importlib.util", "importlib.machinery", "_heapq", "_bisect", "_os", "_struct", "math", "cmath", "_random", "_sha512", "_sre", "_json", "time", "_weakref", "_traceback", "unicodedata", "_collections", "array", "gc", "_opcode", "_dis", "_warnings", "marshal", "_decimal_core"];

/// Whether `name` is a built-in module (of every engine, or of the running one).
pub fn is_builtin(vm: &Vm, name: &str) -> bool {
    BUILTIN_NAMES.contains(&name) || crate::machine::Engine::builtin_modules(&vm.engine).contains(&name)
}

/// Creates the built-in module `name` (not yet in `sys.modules`); None if there is no such
/// built-in module.
pub fn create_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(Value::Obj(vm.sys.clone())),
        "builtins" => Some(Value::Obj(vm.builtins.clone())),
        "_warnings" => Some(crate::runtime::warnings::create(vm)),
        "_io" => Some(crate::runtime::io::make_module(vm)?),
        "importlib" => Some(importlib::create_importlib(vm)),
        "importlib.util" => Some(importlib::create_util(vm)?),
        "importlib.machinery" => Some(importlib::create_machinery(vm)?),
        "_heapq" => Some(_heapq::create(vm)),
        "_bisect" => Some(_bisect::create(vm)),
        "_os" => Some(os::create(vm)?),
        "_struct" => Some(struct_::create(vm)?),
        "math" => Some(math::create(vm)?),
        "cmath" => Some(cmath::create(vm)),
        "_random" => Some(random::create(vm)?),
        "_sha512" => Some(sha512::create(vm)),
        "_sre" => Some(sre::create(vm)?),
        "_json" => Some(json::create(vm)),
        "time" => Some(time::create(vm)?),
        "_weakref" => Some(weakref::create(vm)?),
        "_traceback" => Some(traceback::create(vm)?),
        "unicodedata" => Some(unicodedata::create(vm)?),
        "_collections" => Some(_collections::create(vm)?),
        "array" => Some(array::create(vm)?),
        "gc" => Some(gc::create(vm)),
        "_opcode" => Some(dis::create_opcode(vm)),
        "_dis" => Some(dis::create_dis(vm)),
        "marshal" => Some(marshal::create(vm)?),
        "_decimal_core" => Some(decimal_core::create(vm)),
        _ => {
            let engine = vm.engine;
            return crate::machine::Engine::create_builtin(&engine, vm, name);
        }
    })
}
