//! The builtins that convert between values and text or codes: `chr`, `ord`, `ascii`, `format`,
//! `bin`, `oct`, `hex`, and the identity builtins `hash`, `id`, `callable`.

use num_bigint::Sign;
use num_traits::ToPrimitive;

use super::args::{index_bigint, one_arg, unpack};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `chr(i)`.
pub fn chr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "chr")?;
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(_) => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        other => {
            let b = index_bigint(vm, other)?;
            match b.to_i32() {
                Some(i) => i as i64,
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    };
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(vm.str_value(PyString::from_code_points([i as u32])))
}

/// `ord(c)`: the code of a one-character str, bytes or bytearray.
pub fn ord(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ord")?;
    let (len, code) = match v.payload() {
        Some(Payload::Str(s)) => (s.len(), if s.len() == 1 { s.get(0) } else { 0 }),
        Some(Payload::Bytes(b)) => (b.len(), b.first().copied().unwrap_or(0) as u32),
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            (b.len(), b.first().copied().unwrap_or(0) as u32)
        }
        _ => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")));
        }
    };
    if len != 1 {
        return Err(vm.type_error(format!("ord() expected a character, but string of length {len} found")));
    }
    Ok(Value::Int(code as i64))
}

/// `ascii(obj)`.
pub fn ascii(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ascii")?;
    super::ascii_of(vm, v)
}

/// `format(value, format_spec='')`.
pub fn format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "format", 1, 2)?;
    let spec = match pos.get(1) {
        None => vm.new_str(""),
        Some(s) if matches!(s.payload(), Some(Payload::Str(_))) => s.clone(),
        Some(other) => {
            let t = ops::type_name(vm, other);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
        }
    };
    super::format_value(vm, &pos[0], &spec)
}

/// `bin`, `oct`, `hex`: the integer (through `__index__`) in base 2, 8 or 16 with its prefix.
fn radix(vm: &mut Vm, args: CallArgs, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let v = one_arg(vm, &args, name)?;
    let b = index_bigint(vm, v)?;
    let digits = b.magnitude().to_str_radix(base);
    let sign = if b.sign() == Sign::Minus { "-" } else { "" };
    Ok(vm.new_str(&format!("{sign}{prefix}{digits}")))
}

pub fn bin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

pub fn oct(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

pub fn hex(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

/// `hash(obj)`.
pub fn hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hash")?;
    Ok(Value::Int(ops::hash(vm, v)?))
}

/// `id(obj)`.
pub fn id(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    let id = v.id();
    Ok(match i64::try_from(id) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(vm, num_bigint::BigInt::from(id)),
    })
}

/// Whether a value can be called: its type has `__call__` (functions, types, bound methods and
/// builtins included).
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::BuiltinFunction(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        Some(_) => v.class(vm).lookup(vm, &vm.names.__call__).is_some(),
        None => false,
    }
}

/// `callable(obj)`.
pub fn callable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::Bool(is_callable(vm, v)))
}
