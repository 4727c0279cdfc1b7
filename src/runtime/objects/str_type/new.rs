//! `str(object='')`, `str(bytes, encoding='utf-8', errors='strict')` and `str.encode`; and the
//! instances of str subclasses (a str payload with the subclass as class). The codecs are
//! `runtime::codecs`.


use crate::runtime::codecs;
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::bytes_type;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args;

/// A str argument of `str()` or `encode()` given by name: `NAME() argument 'ARG' must be str,
/// not T`.
fn text_arg(vm: &Vm, v: Option<&Value>, func: &str, arg: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(Some(s.to_string_lossy())),
            _ => {
                let t = ops::type_name(vm, v);
                Err(vm.type_error(format!("{func}() argument '{arg}' must be str, not {t}")))
            }
        },
    }
}

/// A str instance of `cls` (a subclass of str) holding `s`.
pub fn new_subclass_instance(cls: &TypeRef, s: PyString) -> Value {
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::Str(s), cls.nslots.get()))
}

/// The text of a bytes-like object, for decoding.
fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_type::buffer(vm, v)? {
        return Ok(b.to_vec());
    }
    if matches!(v.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("decoding str is not supported"));
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("decoding to str: need a bytes-like object, {t} found")))
}

/// `str.__new__(cls, object='', encoding=..., errors=...)`.
pub fn str_new(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let pos = a.pos();
    let Some((cls, rest)) = pos.split_first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let Some(cls) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let t = ops::type_name(vm, cls);
        return Err(vm.type_error(format!("str.__new__(X): X is not a type object ({t})")));
    };
    if !cls.is_subtype(&vm.types.str) {
        let n = cls.name();
        return Err(vm.type_error(format!("str.__new__({n}): {n} is not a subtype of str")));
    }
    let given = rest.len() + a.kwnames.len();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    let mut slots: [Option<&Value>; 3] = [None; 3];
    for (i, v) in rest.iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in a.kwargs() {
        let key = ops::repr::text_of(k).unwrap_or_default();
        let i = match key.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for str()"))),
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!("argument for str() given by name ('{key}') and position ({})", i + 1)));
        }
        slots[i] = Some(v);
    }
    let encoding = text_arg(vm, slots[1], "str", "encoding")?;
    let errors = text_arg(vm, slots[2], "str", "errors")?;
    let result = match slots[0] {
        None => vm.new_str(""),
        Some(obj) if encoding.is_none() && errors.is_none() => ops::str_of(vm, obj)?,
        Some(obj) => {
            let b = bytes_of(vm, obj)?;
            codecs::decode(vm, &b, encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict"))?
        }
    };
    if cls.ptr_eq(&vm.types.str) {
        return Ok(result);
    }
    let s = match result.payload() {
        Some(Payload::Str(s)) => s.slice(0, s.len()),
        _ => PyString::new(""),
    };
    Ok(new_subclass_instance(&cls, s))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, [encoding, errors]) = args::keywords(vm, &a, "encode", ["encoding", "errors"])?;
    let encoding = text_arg(vm, encoding, "encode", "encoding")?;
    let errors = text_arg(vm, errors, "encode", "errors")?;
    codecs::encode(vm, r.s, encoding.as_deref().unwrap_or("utf-8"), errors.as_deref().unwrap_or("strict"))
}
