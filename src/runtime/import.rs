//! Imports: `__import__` and the import instructions' helpers, over `sys.modules` and the
//! built-in modules.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_get_str};
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The module `name` from `sys.modules`, importing a built-in module on first use.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(m) = dict_get_str(vm, &vm.modules.clone(), &key) {
        return Ok(m);
    }
    if let Some(m) = crate::modules::create_builtin(vm, name)? {
        let modules = vm.modules.clone();
        if let Payload::Dict(d) = &modules.payload {
            Dict::set_item(d, vm, Value::Obj(key), m.clone())?;
        }
        return Ok(m);
    }
    let e = vm.new_error(&vm.types.exc.module_not_found_error.clone(), format!("No module named '{name}'"));
    crate::runtime::objects::exception_kinds::set_name(vm, &e, name);
    Err(e)
}

/// IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)` through the builtins'
/// `__import__`.
pub fn import_name(vm: &mut Vm, name: &ObjRef, globals: &ObjRef, locals: Option<Value>, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let imp_name = vm.names.__import__.clone();
    let Some(imp) = dict_get_str(vm, &vm.builtins_dict.clone(), &imp_name) else {
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), "__import__ not found"));
    };
    let args = [Value::Obj(name.clone()), Value::Obj(globals.clone()), locals.unwrap_or(Value::None), fromlist.clone(), level.clone()];
    vm.call(&imp, &args, &[])
}

/// IMPORT_FROM: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let mname = ops::getattr_opt(vm, module, &vm.names.__name__.clone())?
        .and_then(|v| ops::repr::text_of(&v))
        .unwrap_or_else(|| "<unknown module name>".into());
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    let full = format!("{mname}.{n}");
    if let Ok(m) = import_module(vm, &full) {
        return Ok(m);
    }
    Err(vm.new_error(&vm.types.exc.import_error.clone(), format!("cannot import name '{n}' from '{mname}' (unknown location)")))
}

/// `from module import *` into a namespace.
pub fn import_star(vm: &mut Vm, module: &Value, locals: Option<Value>) -> PyResult<()> {
    let Some(locals) = locals else {
        return Err(vm.system_error("no locals found during 'import *'"));
    };
    let all_name = vm.names.__all__.clone();
    let names: Vec<Value> = match ops::getattr_opt(vm, module, &all_name)? {
        Some(all) => crate::runtime::eval::collect_items(vm, &all)?,
        None => {
            let d = module.as_obj().and_then(|o| o.dict.borrow().clone());
            match d.as_ref().map(|d| &d.payload) {
                Some(Payload::Dict(d)) => d
                    .borrow()
                    .keys()
                    .filter(|k| !ops::repr::text_of(k).is_some_and(|s| s.starts_with('_')))
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            }
        }
    };
    for n in names {
        let Some(o) = n.as_obj() else { continue };
        let key = vm.intern_obj(o);
        let v = ops::getattr(vm, module, &key)?;
        ops::setitem(vm, &locals, &Value::Obj(key), v)?;
    }
    Ok(())
}

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)` for absolute
/// imports of modules known to the interpreter.
pub fn builtin_import(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(name) = pos.first().and_then(ops::repr::text_of) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let level = match pos.get(4) {
        Some(Value::Int(l)) => *l,
        _ => 0,
    };
    if level > 0 {
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), "attempted relative import with no known parent package"));
    }
    let top = name.split('.').next().unwrap_or("").to_string();
    let mut last = import_module(vm, &top)?;
    let mut path = top.clone();
    for part in name.split('.').skip(1) {
        path = format!("{path}.{part}");
        last = import_module(vm, &path)?;
    }
    let fromlist_empty = match pos.get(3) {
        None | Some(Value::None) => true,
        Some(v) => !ops::is_true(vm, v)?,
    };
    if fromlist_empty { import_module(vm, &top) } else { Ok(last) }
}
