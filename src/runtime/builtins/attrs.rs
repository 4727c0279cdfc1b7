//! The attribute and class-relation builtins: `getattr`, `setattr`, `delattr`, `hasattr` and
//! `issubclass`.

use crate::runtime::builtins::args::unpack;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::recursion;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `getattr(object, name[, default])`: the default only replaces an AttributeError.
pub fn getattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "getattr", 2, 3)?;
    let name = ops::attr::attr_name(vm, &pos[1])?;
    match pos.get(2) {
        None => ops::getattr(vm, &pos[0], &name),
        Some(default) => {
            Ok(ops::getattr_opt(vm, &pos[0], &name)?.unwrap_or_else(|| default.clone()))
        }
    }
}

/// `setattr(object, name, value)`.
pub fn setattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "setattr", 3, 3)?;
    let name = ops::attr::attr_name(vm, &pos[1])?;
    ops::attr::setattr(vm, &pos[0], &name, pos[2].clone())?;
    Ok(Value::None)
}

/// `delattr(object, name)`.
pub fn delattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "delattr", 2, 2)?;
    let name = ops::attr::attr_name(vm, &pos[1])?;
    ops::attr::delattr(vm, &pos[0], &name)?;
    Ok(Value::None)
}

/// `hasattr(object, name)`: False only when the lookup raises AttributeError.
pub fn hasattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "hasattr", 2, 2)?;
    let name = ops::attr::attr_name(vm, &pos[1])?;
    Ok(Value::Bool(ops::getattr_opt(vm, &pos[0], &name)?.is_some()))
}

/// `issubclass(cls, class_or_tuple)`.
pub fn issubclass_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "issubclass", 2, 2)?;
    Ok(Value::Bool(issubclass(vm, &pos[0], &pos[1])?))
}

fn as_type(v: &Value) -> Option<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
}

/// Whether `derived` is a subclass of `cls` (a class, a tuple of them, or an object with
/// `__subclasscheck__`), as CPython's `PyObject_IsSubclass` decides.
pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (as_type(derived), as_type(cls))
        && cls.class(vm).ptr_eq(&vm.types.type_)
    {
        return Ok(d.is_subtype(&c));
    }
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.to_vec();
        recursion::enter(vm, " in __subclasscheck__")?;
        let mut result = Ok(false);
        for item in items {
            match issubclass(vm, derived, &item) {
                Ok(false) => {}
                other => {
                    result = other;
                    break;
                }
            }
        }
        recursion::leave(vm);
        return result;
    }
    let name = vm.names.__subclasscheck__.clone();
    if let Some(r) = ops::call_special(vm, cls, &name, std::slice::from_ref(derived))? {
        return ops::is_true(vm, &r);
    }
    if as_type(derived).is_none() && !has_bases(vm, derived)? {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if as_type(cls).is_none() && !has_bases(vm, cls)? {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    abstract_subclass(vm, derived, cls)
}

/// Whether `v.__bases__` is a tuple (what makes an object a class for `issubclass`).
fn has_bases(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let name = vm.intern("__bases__");
    Ok(matches!(
        ops::getattr_opt(vm, v, &name)?
            .as_ref()
            .and_then(|b| b.payload()),
        Some(Payload::Tuple(_))
    ))
}

/// `derived is cls` or reached from `derived` through `__bases__`.
fn abstract_subclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if derived.is(cls) {
        return Ok(true);
    }
    let name = vm.intern("__bases__");
    let bases = match ops::getattr_opt(vm, derived, &name)? {
        Some(b) => match b.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => return Ok(false),
        },
        None => return Ok(false),
    };
    recursion::enter(vm, " in __subclasscheck__")?;
    let mut result = Ok(false);
    for b in bases {
        match abstract_subclass(vm, &b, cls) {
            Ok(false) => {}
            other => {
                result = other;
                break;
            }
        }
    }
    recursion::leave(vm);
    result
}
