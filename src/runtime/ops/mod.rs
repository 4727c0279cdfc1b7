//! The operations of Python's data model: what `a + b`, `a[i]`, `a.x`, `hash(a)`, `a == b`,
//! `iter(a)`, `repr(a)` mean. Each tries fast paths on unboxed and builtin values, then looks up
//! the special method on the type and calls it, with CPython's rules and error messages.

pub mod arith;
pub mod attr;
pub mod compare;
pub mod hash;
pub mod item;
pub mod iter;
pub mod repr;

use std::rc::Rc;

use super::object::Payload;
use super::types::TypeRef;
use super::value::{ObjRef, Value};
use super::vm::{PyResult, Vm};

/// An operation for a loop that runs Python methods in its own frames (INLINE_CALLS): done
/// here, or a Python function for the loop to call, whose value becomes the result as `how`
/// says (`OnReturn::Then` finishing the operation, say with the reflected method after
/// NotImplemented).
pub enum Step {
    /// The result, for the instruction to push.
    Value(PyResult<Value>),
    /// Done; the instruction pushes nothing.
    Effect(PyResult<()>),
    /// Call this Python function with these arguments.
    Call(ObjRef, Vec<Value>, super::frame::OnReturn),
}

/// `name` on `cls` when it is a Python function (which a `Step` may hand to the loop).
pub fn python_method(vm: &Vm, cls: &TypeRef, name: &ObjRef) -> Option<ObjRef> {
    match cls.lookup(vm, name)? {
        Value::Obj(f) if matches!(f.payload, Payload::Function(_)) => Some(f),
        _ => None,
    }
}

pub use arith::{binary_op, unary_op};
pub use attr::{delattr, getattr, getattr_opt, lookup_special, setattr};
pub use compare::{eq_bool, rich_compare, CompareOp};
pub use hash::hash;
pub use item::{delitem, getitem, setitem};
pub use iter::{iter, next};
pub use repr::{repr, str_of};

/// Whether `o` is an exact str (not a subclass instance).
#[inline]
pub fn is_exact_str_obj(o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Str(_)) && o.class_ref().layout == super::types::Layout::Str && !o.class_ref().has_flag(super::types::flags::HEAPTYPE)
}

/// Whether a value's type is exactly `t`.
#[inline]
pub fn is_exact(vm: &Vm, v: &Value, t: &TypeRef) -> bool {
    match v {
        Value::Obj(o) => o.class_ref().ptr_eq(t),
        _ => v.class(vm).ptr_eq(t),
    }
}

/// `isinstance(v, t)` by MRO (no `__instancecheck__`).
pub fn is_instance(vm: &Vm, v: &Value, t: &TypeRef) -> bool {
    match v {
        Value::Obj(o) => o.class_ref().is_subtype(t),
        _ => v.class(vm).is_subtype(t),
    }
}

/// The `__name__` of a value's type, for messages.
pub fn type_name(vm: &Vm, v: &Value) -> Rc<str> {
    v.class(vm).name()
}

/// Python truth value (`bool(v)`): `__bool__`, then `__len__`, else true.
/// The Python `__bool__` of an instance of a class, for a loop that runs it in its own frame
/// (its value then goes through `bool_result`).
pub fn python_bool(vm: &Vm, v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o) if o.class_ref().has_flag(super::types::flags::HEAPTYPE) => python_method(vm, &v.class(vm), &vm.names.__bool__),
        _ => None,
    }
}

/// What `__bool__` returned, which must be a bool.
pub fn bool_result(vm: &mut Vm, r: Value) -> PyResult<bool> {
    match r {
        Value::Bool(b) => Ok(b),
        other => Err(vm.type_error(format!("__bool__ should return bool, returned {}", type_name(vm, &other)))),
    }
}

pub fn is_true(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => return Ok(*b),
        Value::None => return Ok(false),
        Value::Int(i) => return Ok(*i != 0),
        Value::Float(f) => return Ok(*f != 0.0),
        Value::Null => return Ok(false),
        Value::Obj(o) => {
            if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) {
                match &o.payload {
                    Payload::Str(s) => return Ok(!s.is_empty()),
                    Payload::List(l) => return Ok(!l.borrow().is_empty()),
                    Payload::Tuple(t) => return Ok(!t.is_empty()),
                    Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                    Payload::BigInt(_) => return Ok(true),
                    _ => {}
                }
            }
        }
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__bool__.clone()) {
        let r = call_method(vm, &f, v, &[])?;
        return bool_result(vm, r);
    }
    if let Some(f) = cls.lookup(vm, &vm.names.__len__.clone()) {
        let r = call_method(vm, &f, v, &[])?;
        return Ok(len_result(vm, r)? != 0);
    }
    Ok(true)
}

/// Checks what `__len__` returned, as `len()` does.
pub fn len_result(vm: &mut Vm, r: Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
            let big = r.to_bigint().unwrap_or_default();
            if big.sign() == num_bigint::Sign::Minus {
                Err(vm.value_error("__len__() should return >= 0"))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, &other)
        ))),
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) => return Ok(s.len()),
            Payload::List(l) if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) => return Ok(l.borrow().len()),
            Payload::Tuple(t) if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) => return Ok(t.len()),
            Payload::Dict(d) if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) => return Ok(d.borrow().len()),
            _ => {}
        }
    }
    let cls = v.class(vm);
    match cls.lookup(vm, &vm.names.__len__.clone()) {
        Some(f) => {
            let r = call_method(vm, &f, v, &[])?;
            len_result(vm, r)
        }
        None => Err(vm.type_error(format!("object of type '{}' has no len()", cls.name()))),
    }
}

/// Calls a method found on a type with `receiver` as its first argument (binding it through
/// the descriptor protocol when it is not a plain function).
pub fn call_method(vm: &mut Vm, method: &Value, receiver: &Value, args: &[Value]) -> PyResult<Value> {
    if super::call::is_plain_method(method) {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args);
        return vm.call(method, &all, &[]);
    }
    let bound = attr::bind(vm, method, receiver)?;
    vm.call(&bound, args, &[])
}

/// Looks up a special method on `v`'s type and calls it; None if the type has no such method.
pub fn call_special(vm: &mut Vm, v: &Value, name: &ObjRef, args: &[Value]) -> PyResult<Option<Value>> {
    let cls = v.class(vm);
    match cls.lookup(vm, name) {
        Some(f) => call_method(vm, &f, v, args).map(Some),
        None => Ok(None),
    }
}
