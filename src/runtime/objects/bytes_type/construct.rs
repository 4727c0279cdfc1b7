//! Making bytes and bytearrays: `bytes(...)` and `bytearray(...)` from nothing, a size, a str
//! and an encoding, a bytes-like object, `__bytes__`, or an iterable of ints; and the hex
//! parser of `fromhex`.

use std::rc::Rc;

use super::args::{self, Clinic};
use super::{ByteArrayData, Kind, buffer};
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A byte value from an item of an iterable: `__index__` in range(0, 256).
fn byte_value(vm: &mut Vm, item: &Value, kind: Kind) -> PyResult<u8> {
    let v = match item {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => match ops::iter::index_value(vm, item)? {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).or(Some(-1)),
            None => {
                let t = ops::type_name(vm, item);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    match v {
        Some(v @ 0..=255) => Ok(v as u8),
        _ => Err(vm.value_error(match kind {
            Kind::Bytes => "bytes must be in range(0, 256)",
            Kind::ByteArray => "byte must be in range(0, 256)",
        })),
    }
}

/// The bytes of an iterable of ints; None when `v` is not iterable.
fn from_iterable(vm: &mut Vm, v: &Value, kind: Kind) -> PyResult<Option<Vec<u8>>> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let it = match ops::iter(vm, v) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => return Ok(None),
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = ops::next(vm, &it)? {
                out.push(byte_value(vm, &x, kind)?);
            }
            return Ok(Some(out));
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(byte_value(vm, x, kind)?);
    }
    Ok(Some(out))
}

/// `PyBytes_FromObject`: a bytes-like object's contents or an iterable's ints (str refused).
pub fn bytes_from_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(vm, v)? {
        return Ok(b.to_vec());
    }
    if !matches!(v.payload(), Some(Payload::Str(_)))
        && let Some(out) = from_iterable(vm, v, Kind::Bytes)? {
            return Ok(out);
        }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("cannot convert '{t}' object to bytes")))
}

/// A zero-filled buffer of the size an int argument gives; None when `v` has no `__index__`.
fn sized(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::iter::index_value(vm, v)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(n) => n,
                None => {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            },
            None => return Ok(None),
        },
    };
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    super::methods::alloc_checked(vm, n as usize, |out| out.resize(n as usize, 0)).map(Some)
}

/// The parameters of `bytes()` and `bytearray()`.
fn constructor_args(
    vm: &Vm,
    args: &CallArgs,
    fname: &str,
    skip: bool,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    let spec = Clinic {
        fname,
        names: &["source", "encoding", "errors"],
        posonly: 0,
        required: 0,
        maxpos: 3,
    };
    let p = args::clinic(vm, args, &spec, skip)?;
    let encoding = match &p[1] {
        Some(v) => Some(args::str_arg(vm, v, fname, "encoding")?),
        None => None,
    };
    let errors = match &p[2] {
        Some(v) => Some(args::str_arg(vm, v, fname, "errors")?),
        None => None,
    };
    Ok((p[0].clone(), encoding, errors))
}

/// `str.encode(encoding, errors)` for a constructor's str source.
fn encode_source(
    vm: &mut Vm,
    s: &Value,
    encoding: &str,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let Some(Payload::Str(ps)) = s.payload() else {
        return Ok(Vec::new());
    };
    crate::runtime::codecs::encode_to_vec(vm, ps, encoding, errors.unwrap_or("strict"))
}

fn without_string(vm: &Vm, encoding: &Option<String>) -> crate::runtime::vm::PyErr {
    vm.type_error(if encoding.is_some() {
        "encoding without a string argument"
    } else {
        "errors without a string argument"
    })
}

/// The contents `bytes(source, encoding, errors)` makes.
fn bytes_contents(
    vm: &mut Vm,
    source: Option<Value>,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult<Vec<u8>> {
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(without_string(vm, &encoding));
        }
        return Ok(Vec::new());
    };
    let is_str = matches!(x.payload(), Some(Payload::Str(_)));
    if let Some(enc) = &encoding {
        if !is_str {
            return Err(vm.type_error("encoding without a string argument"));
        }
        return encode_source(vm, &x, enc, errors.as_deref());
    }
    if errors.is_some() {
        return Err(vm.type_error(if is_str {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    let bytes_name = vm.intern("__bytes__");
    if let Some(f) = ops::attr::lookup_special(vm, &x, &bytes_name)? {
        let r = vm.call(&f, &[], &[])?;
        return match r.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => {
                let t = ops::type_name(vm, &r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
            }
        };
    }
    if is_str {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(out) = sized(vm, &x)? {
        return Ok(out);
    }
    bytes_from_object(vm, &x)
}

/// `bytes.__new__(cls, source, encoding, errors)`.
pub fn bytes_new(
    vm: &mut Vm,
    cls: &TypeRef,
    source: Option<Value>,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult<Value> {
    let exact = cls.ptr_eq(&vm.types.bytes);
    if exact && encoding.is_none() && errors.is_none()
        && let Some(v) = &source
            && ops::is_exact(vm, v, &vm.types.bytes) {
                return Ok(v.clone());
            }
    let data = bytes_contents(vm, source, encoding, errors)?;
    if exact {
        return Ok(super::new_bytes(vm, data));
    }
    let o = Object::with_slots(
        cls.clone(),
        Payload::Bytes(data.into_boxed_slice()),
        cls.nslots.get(),
    );
    Ok(Value::Obj(Rc::new(o)))
}

/// The `__new__` slot of bytes.
pub fn bytes_new_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = new_cls(vm, &args, &vm.types.bytes.clone())?;
    let (source, encoding, errors) = constructor_args(vm, &args, "bytes", true)?;
    bytes_new(vm, &cls, source, encoding, errors)
}

/// The class argument of a `__new__`, checked to be a subtype of `base`.
pub fn new_cls(vm: &Vm, args: &CallArgs, base: &TypeRef) -> PyResult<TypeRef> {
    let base_name = base.name();
    let Some(first) = args.pos().first() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    let Some(cls) = first.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let t = ops::type_name(vm, first);
        return Err(vm.type_error(format!(
            "{base_name}.__new__(X): X is not a type object ({t})"
        )));
    };
    if !cls.is_subtype(base) {
        return Err(vm.type_error(format!(
            "{base_name}.__new__({}): {} is not a subtype of {base_name}",
            cls.name(),
            cls.name()
        )));
    }
    Ok(cls)
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray (`__init__` fills it).
pub fn bytearray_new_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = new_cls(vm, &args, &vm.types.bytearray.clone())?;
    let o = Object::with_slots(
        cls.clone(),
        Payload::ByteArray(ByteArrayData::default()),
        cls.nslots.get(),
    );
    Ok(Value::Obj(Rc::new(o)))
}

/// The contents `bytearray(source, encoding, errors)` gives.
fn bytearray_contents(
    vm: &mut Vm,
    source: Option<Value>,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult<Vec<u8>> {
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(without_string(vm, &encoding));
        }
        return Ok(Vec::new());
    };
    if matches!(x.payload(), Some(Payload::Str(_))) {
        let Some(enc) = &encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return encode_source(vm, &x, enc, errors.as_deref());
    }
    if encoding.is_some() || errors.is_some() {
        return Err(without_string(vm, &encoding));
    }
    if let Some(out) = sized(vm, &x)? {
        return Ok(out);
    }
    if let Some(b) = buffer(vm, &x)? {
        return Ok(b.to_vec());
    }
    match from_iterable(vm, &x, Kind::ByteArray)? {
        Some(out) => Ok(out),
        None => {
            let t = ops::type_name(vm, &x);
            Err(vm.type_error(format!("cannot convert '{t}' object to bytearray")))
        }
    }
}

/// `bytearray.__init__(self, source, encoding, errors)`.
pub fn bytearray_init_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = match args.pos().first() {
        Some(v) if Kind::ByteArray.holds(v) => v.clone(),
        Some(v) => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!(
                "descriptor '__init__' requires a 'bytearray' object but received a '{t}'"
            )));
        }
        None => {
            return Err(
                vm.type_error("descriptor '__init__' of 'bytearray' object needs an argument")
            );
        }
    };
    let (source, encoding, errors) = constructor_args(vm, &args, "bytearray", true)?;
    let Some(Payload::ByteArray(cell)) = this.payload() else {
        return Ok(Value::None);
    };
    if !cell.borrow().is_empty() {
        super::bytearray::check_resizable(vm, cell)?;
        cell.borrow_mut().clear();
    }
    let data = bytearray_contents(vm, source, encoding, errors)?;
    if !data.is_empty() {
        super::bytearray::check_resizable(vm, cell)?;
    }
    *cell.borrow_mut() = data;
    Ok(Value::None)
}

/// The bytes of `fromhex(s)`: pairs of hex digits, with whitespace allowed before each pair.
pub fn parse_hex(vm: &Vm, s: &PyString) -> PyResult<Vec<u8>> {
    let bad = |pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let n = s.len();
    if !s.is_ascii() {
        let pos = s.chars().position(|c| c >= 128).unwrap_or(n);
        return Err(bad(pos));
    }
    let digit = |i: usize| -> Option<u8> {
        if i < n {
            char::from_u32(s.get(i))
                .and_then(|c| c.to_digit(16))
                .map(|d| d as u8)
        } else {
            None
        }
    };
    let mut out = Vec::with_capacity(n / 2);
    let mut i = 0;
    while i < n {
        let c = s.get(i);
        if c < 128 && super::common::is_space(c as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(i) else {
            return Err(bad(i));
        };
        let Some(lo) = digit(i + 1) else {
            return Err(bad(i + 1));
        };
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}
