//! `repr(v)` and `str(v)`: fast paths for the builtin scalars, `__repr__`/`__str__` otherwise
//! (which must return a str), and the recursion guard that makes a container containing itself
//! print as `[...]`.

use crate::runtime::object::Payload;
use crate::runtime::objects::str::PyString;
use crate::runtime::types::flags;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The text of a str value (lossy for surrogates), for Rust-side formatting.
pub fn text_of(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.to_string_lossy()),
        _ => None,
    }
}

/// `repr(v)` as a str value.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fast = match v {
        Value::None => Some("None".to_string()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(crate::text::float_repr(*f)),
        Value::Null => Some("<NULL>".to_string()),
        Value::Obj(o) if !o.class_ref().has_flag(flags::HEAPTYPE) => match &o.payload {
            Payload::Str(s) => Some(str_repr(s)),
            Payload::BigInt(b) => Some(crate::runtime::objects::int::int_to_decimal(vm, b)?),
            Payload::Singleton(name) => Some(name.to_string()),
            _ => None,
        },
        _ => None,
    };
    if let Some(s) = fast {
        return Ok(vm.new_str(&s));
    }
    let cls = v.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__repr__) else {
        return Err(vm.type_error("object has no __repr__"));
    };
    crate::runtime::recursion::enter(vm, " while getting the repr of an object")?;
    let r = super::call_method(vm, &f, v, &[]);
    crate::runtime::recursion::leave(vm);
    let r = r?;
    if matches!(r.payload(), Some(Payload::Str(_))) {
        Ok(r)
    } else {
        let t = super::type_name(vm, &r);
        Err(vm.type_error(format!("__repr__ returned non-string (type {t})")))
    }
}

/// `str(v)` as a str value.
pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Str(_) = &o.payload {
            if super::is_exact_str_obj(o) {
                return Ok(v.clone());
            }
        }
    }
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => return repr(vm, v),
        _ => {}
    }
    let cls = v.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__str__) else {
        return repr(vm, v);
    };
    let r = super::call_method(vm, &f, v, &[])?;
    if matches!(r.payload(), Some(Payload::Str(_))) {
        Ok(r)
    } else {
        let t = super::type_name(vm, &r);
        Err(vm.type_error(format!("__str__ returned non-string (type {t})")))
    }
}

/// The repr of a str's storage: Python's quoting and escaping.
pub fn str_repr(s: &PyString) -> String {
    crate::text::strings::str_repr(s)
}

/// Marks `o` as being repr'd (for self-containing containers): false if it already is.
pub fn repr_enter(vm: &mut Vm, o: &ObjRef) -> bool {
    let p = std::rc::Rc::as_ptr(o) as usize;
    if vm.repr_stack.contains(&p) {
        return false;
    }
    vm.repr_stack.push(p);
    true
}

pub fn repr_leave(vm: &mut Vm, o: &ObjRef) {
    let p = std::rc::Rc::as_ptr(o) as usize;
    if let Some(i) = vm.repr_stack.iter().rposition(|&q| q == p) {
        vm.repr_stack.remove(i);
    }
}
