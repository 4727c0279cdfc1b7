//! The text of UnicodeEncodeError and UnicodeDecodeError (their `__str__`), built from the
//! `encoding`, `object`, `start`, `end` and `reason` attributes as CPython builds it.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn attr(vm: &mut Vm, exc: &Value, name: &str) -> PyResult<Value> {
    let name = vm.intern(name);
    ops::getattr(vm, exc, &name)
}

fn text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::str_of(vm, v)?;
    Ok(ops::repr::text_of(&s).unwrap_or_default())
}

fn index(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// The message, or None when the attributes are not those of a raised codec error (the
/// message is then the one of the arguments, as for other exceptions).
fn message(vm: &mut Vm, exc: &Value, encode: bool) -> PyResult<Option<String>> {
    let object = attr(vm, exc, "object");
    let (Ok(object), Ok(start), Ok(end)) = (object, attr(vm, exc, "start"), attr(vm, exc, "end"))
    else {
        return Ok(None);
    };
    let (Some(start), Some(end)) = (index(&start), index(&end)) else {
        return Ok(None);
    };
    let encoding = attr(vm, exc, "encoding")?;
    let encoding = text(vm, &encoding)?;
    let reason = attr(vm, exc, "reason")?;
    let reason = text(vm, &reason)?;
    let single = end == start + 1 && start >= 0;
    if encode {
        let Some(Payload::Str(s)) = object.payload() else {
            return Ok(None);
        };
        if single && (start as usize) < s.len() {
            let c = s.get(start as usize);
            let shown = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(Some(format!(
                "'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}"
            )));
        }
        return Ok(Some(format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let data = crate::runtime::objects::bytes_type::buffer(vm, &object)?.map(|b| b.to_vec());
    let Some(data) = data else { return Ok(None) };
    if single && (start as usize) < data.len() {
        let b = data[start as usize];
        return Ok(Some(format!(
            "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
        )));
    }
    Ok(Some(format!(
        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

fn str_impl(vm: &mut Vm, a: CallArgs, encode: bool) -> PyResult<Value> {
    let Some(exc) = a.pos().first().cloned() else {
        return Err(vm.type_error("expected 0 arguments"));
    };
    if let Some(m) = message(vm, &exc, encode)? {
        return Ok(vm.new_str(&m));
    }
    let base = vm.types.exc.base_exception.clone();
    match dict_get_str(vm, &base.dict, &vm.names.__str__) {
        Some(f) => ops::call_method(vm, &f, &exc, &[]),
        None => Ok(vm.new_str("")),
    }
}

static ENCODE_ERROR: &[MethodDef] = &[MethodDef::slot("__str__", |vm, a| str_impl(vm, a, true))];
static DECODE_ERROR: &[MethodDef] = &[MethodDef::slot("__str__", |vm, a| str_impl(vm, a, false))];

/// Gives the two codec error classes their `__str__`.
pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.unicode_encode_error.clone();
    add_methods(vm, &t, ENCODE_ERROR);
    let t = vm.types.exc.unicode_decode_error.clone();
    add_methods(vm, &t, DECODE_ERROR);
}
