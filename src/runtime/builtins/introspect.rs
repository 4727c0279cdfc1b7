//! The namespace builtins: `globals`, `locals`, `vars`, `dir`, with CPython's frame rules
//! (`locals()` in a function is a new dict of the bound fast locals, cells and free variables;
//! at module and class level it is the namespace itself).

use super::args::unpack;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The globals of the innermost Python frame (the builtins' dict when none runs).
pub fn current_globals(vm: &Vm) -> Value {
    match vm.current_frame() {
        Some(f) => Value::Obj(f.globals.clone()),
        None => Value::Obj(vm.builtins_dict.clone()),
    }
}

/// The locals of a frame: its namespace at module and class level, else a snapshot dict of its
/// bound fast locals and cell contents.
pub fn frame_locals(vm: &Vm, f: &Frame) -> Value {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let d = vm.new_dict();
    let code = f.code.clone();
    for (i, v) in f.localsplus.iter().enumerate() {
        let kind = code.localspluskinds.get(i).copied().unwrap_or(0);
        let is_cell = kind & (crate::bytecode::code::kinds::CELL | crate::bytecode::code::kinds::FREE) != 0;
        let value = if is_cell {
            match v.payload() {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                // A cell variable that is also an argument is unboxed until MAKE_CELL runs.
                _ => v.clone(),
            }
        } else {
            v.clone()
        };
        if value.is_null() {
            continue;
        }
        dict_set_str(vm, &d, code.localsplusnames[i].clone(), value);
    }
    Value::Obj(d)
}

/// The locals of the innermost Python frame.
pub fn current_locals(vm: &Vm) -> Value {
    match vm.current_frame() {
        Some(f) => frame_locals(vm, f),
        None => Value::Obj(vm.builtins_dict.clone()),
    }
}

pub fn globals(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "globals", 0, 0).map_err(|_| vm.type_error(format!("globals() takes no arguments ({} given)", args.args.len())))?;
    Ok(current_globals(vm))
}

pub fn locals(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "locals", 0, 0).map_err(|_| vm.type_error(format!("locals() takes no arguments ({} given)", args.args.len())))?;
    Ok(current_locals(vm))
}

/// `vars([object])`.
pub fn vars(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "vars", 0, 1)?;
    let Some(obj) = pos.first() else { return Ok(current_locals(vm)) };
    let name = vm.names.__dict__.clone();
    match ops::getattr_opt(vm, obj, &name)? {
        Some(d) => Ok(d),
        None => match obj.as_obj().and_then(|o| o.dict.borrow().clone()) {
            // The instance dict itself, for types that keep one without a `__dict__` descriptor.
            Some(d) if !matches!(obj.payload(), Some(Payload::Type(_))) => Ok(Value::Obj(d)),
            _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// Sorts a list of names: by code point for strs, else by `<` as `sorted` does.
pub fn sort_names(vm: &mut Vm, list: &Value) -> PyResult<()> {
    let Some(Payload::List(l)) = list.payload() else { return Ok(()) };
    let all_str = l.borrow().iter().all(|v| matches!(v.payload(), Some(Payload::Str(_))));
    if all_str {
        l.borrow_mut().sort_by(|a, b| match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => x.compare(y),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    vm.call_method_name(list, "sort", &[])?;
    Ok(())
}

/// `dir([object])`: the sorted names of the current scope, or `type(obj).__dir__(obj)` sorted.
pub fn dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "dir", 0, 1)?;
    let names: Vec<Value> = match pos.first() {
        None => {
            let l = current_locals(vm);
            match l.payload() {
                Some(Payload::Dict(d)) => d.borrow().keys().cloned().collect(),
                _ => {
                    let keys = vm.call_method_name(&l, "keys", &[])?;
                    crate::runtime::eval::collect_items(vm, &keys)?
                }
            }
        }
        Some(obj) => {
            let name = vm.names.__dir__.clone();
            let r = match ops::lookup_special(vm, obj, &name)? {
                Some(f) => vm.call(&f, &[], &[])?,
                None => return Err(vm.type_error("object does not provide __dir__")),
            };
            crate::runtime::eval::collect_items(vm, &r)?
        }
    };
    let list = vm.new_list(names);
    sort_names(vm, &list)?;
    Ok(list)
}

/// `module.__dir__()`: the names in the module's namespace (or what its `__dict__['__dir__']`
/// returns).
fn module_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let d = this.as_obj().and_then(|o| o.dict.borrow().clone());
    let Some(d) = d else { return Ok(vm.new_list(Vec::new())) };
    let hook = crate::runtime::objects::dict::dict_get_str(vm, &d, &vm.names.__dir__.clone());
    if let Some(h) = hook {
        return vm.call(&h, &[], &[]);
    }
    let keys: Vec<Value> = match &d.payload {
        Payload::Dict(dd) => dd.borrow().keys().cloned().collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(keys))
}

static MODULE_METHODS: &[MethodDef] = &[MethodDef::method("__dir__", module_dir)];

/// Gives the module type its `__dir__`.
pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    if crate::runtime::objects::dict::dict_get_str(vm, &t.dict, &vm.names.__dir__.clone()).is_none() {
        crate::runtime::types::init::add_methods(vm, &t, MODULE_METHODS);
    }
}
