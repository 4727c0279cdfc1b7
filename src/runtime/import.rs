//! Imports: `__import__` and the import instructions' helpers, over `sys.modules` and the
//! built-in modules.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};
use crate::text::str_repr;

/// The module `name` (absolute), from `sys.modules` or imported.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    crate::import::gcd_import(vm, name)
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

/// IMPORT_FROM: `from module import name`: the attribute, or the submodule of that name
/// already in `sys.modules`; else ImportError with CPython's message (naming a partly
/// initialised module, most likely a circular import).
pub fn import_from(vm: &mut Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    let pkgname = ops::getattr_opt(vm, module, &vm.names.__name__.clone())?.and_then(|v| ops::repr::text_of(&v));
    if let Some(pkg) = &pkgname {
        let full = vm.intern(&format!("{pkg}.{n}"));
        if let Some(m) = dict_get_str(vm, &vm.modules.clone(), &full) {
            return Ok(m);
        }
    }
    let shown = pkgname.clone().unwrap_or_else(|| "<unknown module name>".into());
    let file = ops::getattr_opt(vm, module, &vm.names.__file__.clone())?.and_then(|v| ops::repr::text_of(&v));
    let msg = match &file {
        None => format!("cannot import name {} from {} (unknown location)", str_repr(&n), str_repr(&shown)),
        Some(path) => {
            let spec = ops::getattr_opt(vm, module, &vm.names.__spec__.clone())?;
            let initializing = match spec {
                Some(s) if !s.is_none() => match ops::getattr_opt(vm, &s, &vm.intern("_initializing"))? {
                    Some(v) => ops::is_true(vm, &v)?,
                    None => false,
                },
                _ => false,
            };
            if initializing {
                format!(
                    "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({path})",
                    str_repr(&n),
                    str_repr(&shown)
                )
            } else {
                format!("cannot import name {} from {} ({path})", str_repr(&n), str_repr(&shown))
            }
        }
    };
    let e = vm.new_error(&vm.types.exc.import_error.clone(), msg);
    crate::runtime::objects::exception_kinds::set_name(vm, &e, &shown);
    if let Some(path) = &file {
        crate::runtime::objects::exception_kinds::set_path(vm, &e, path);
    }
    Err(e)
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

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let mut a = IMPORT_SIG.bind(vm, &args)?;
    let name_v = a[0].take().unwrap_or(Value::None);
    let Some(name) = ops::repr::text_of(&name_v).filter(|_| crate::runtime::eval::is_str(&name_v)) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match &a[4] {
        None => 0,
        Some(v) => crate::runtime::objects::int_type::index_isize(vm, v)?,
    };
    let fromlist = a[3].take().unwrap_or(Value::None);
    crate::import::import_level(vm, &name, a[1].as_ref(), &fromlist, level)
}

static IMPORT_SIG: crate::runtime::builtins::args::Signature = crate::runtime::builtins::args::Signature {
    name: "__import__",
    params: &["name", "globals", "locals", "fromlist", "level"],
    required: 1,
    positional_only: 0,
    keyword_only: 5,
};
