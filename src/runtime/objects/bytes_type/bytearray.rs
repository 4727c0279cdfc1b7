//! The methods of bytearray alone: mutation (append, extend, insert, pop, remove, reverse,
//! clear, item and slice assignment and deletion, `+=`, `*=`) under the rule that a bytearray
//! with live buffer exports cannot be resized, and its pickling and size methods.

use super::args;
use super::methods::{repeat, repeat_count};
use super::{ByteArrayData, Kind, buffer, data_of, receiver, slot_args};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

type R = PyResult<Value>;

/// BufferError when the bytearray has live exports (its size must not change).
pub fn check_resizable(vm: &Vm, cell: &ByteArrayData) -> PyResult<()> {
    if cell.exports.get() > 0 {
        return Err(vm.new_error(
            &vm.types.exc.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn cell_of(v: &Value) -> &ByteArrayData {
    match v.payload() {
        Some(Payload::ByteArray(c)) => c,
        // Receivers are checked to be bytearrays before this is reached.
        _ => unreachable!("a bytearray receiver"),
    }
}

/// A byte value argument (`__index__` in range(0, 256)).
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::iter::index_value(vm, v)? {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
            None => {
                let t = ops::type_name(vm, v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn append(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "append")?;
    let item = args::one(vm, &a, "bytearray.append")?;
    let b = byte_arg(vm, item)?;
    let cell = cell_of(this);
    check_resizable(vm, cell)?;
    cell.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes `extend` adds: a bytes-like object's, or an iterable's ints.
fn extension(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(vm, v)? {
        return Ok(b.to_vec());
    }
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("can't extend bytearray with {t}")));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(byte_arg(vm, &x)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "extend")?;
    let arg = args::one(vm, &a, "bytearray.extend")?;
    let more = extension(vm, arg)?;
    let cell = cell_of(this);
    if !more.is_empty() {
        check_resizable(vm, cell)?;
        cell.borrow_mut().extend_from_slice(&more);
    }
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "insert")?;
    let r = args::positional(vm, &a, "bytearray.insert", "insert", 2, 2)?;
    let index = args::to_isize(vm, &r[0])?;
    let b = byte_arg(vm, &r[1])?;
    let cell = cell_of(this);
    check_resizable(vm, cell)?;
    let n = cell.borrow().len() as i64;
    let i = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    cell.borrow_mut().insert(i as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "pop")?;
    let r = args::positional(vm, &a, "bytearray.pop", "pop", 0, 1)?;
    let index = match r.first() {
        Some(v) => args::to_isize(vm, v)?,
        None => -1,
    };
    let cell = cell_of(this);
    let n = cell.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, cell)?;
    let b = cell.borrow_mut().remove(i as usize);
    Ok(Value::Int(i64::from(b)))
}

fn remove(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "remove")?;
    let item = args::one(vm, &a, "bytearray.remove")?;
    let b = byte_arg(vm, item)?;
    let cell = cell_of(this);
    let Some(i) = cell.borrow().iter().position(|&x| x == b) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    check_resizable(vm, cell)?;
    cell.borrow_mut().remove(i);
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "reverse")?;
    args::none(vm, &a, "bytearray.reverse")?;
    cell_of(this).borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "clear")?;
    args::none(vm, &a, "bytearray.clear")?;
    let cell = cell_of(this);
    if !cell.borrow().is_empty() {
        check_resizable(vm, cell)?;
        cell.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "copy")?;
    args::none(vm, &a, "bytearray.copy")?;
    let data = data_of(this).to_vec();
    Ok(super::new_bytearray(vm, data))
}

/// Whether `v` is a number (`PyNumber_Check`): slice assignment refuses those.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::BigInt(_) | Payload::Float(_) | Payload::Complex { .. }
            ) || {
                let t = o.class();
                let n = &vm.names;
                t.lookup(vm, &n.__index__).is_some()
                    || t.lookup(vm, &vm.intern("__int__")).is_some()
                    || t.lookup(vm, &n.__float__).is_some()
            }
        }
        _ => false,
    }
}

/// The bytes assigned to a slice: a bytearray's contents, or `bytearray(value)`'s.
fn slice_values(vm: &mut Vm, this: &Value, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::ByteArray(c)) = value.payload() {
        return Ok(c.borrow().clone());
    }
    if is_number(vm, value) || matches!(value.payload(), Some(Payload::Str(_))) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let _ = this;
    let made = crate::runtime::vm::Vm::call(
        vm,
        &vm.types.bytearray.to_value(),
        std::slice::from_ref(value),
        &[],
    )?;
    Ok(data_of(&made).to_vec())
}

/// `self[key] = value`, or `del self[key]` when `value` is None.
fn set_item(vm: &mut Vm, this: &Value, key: &Value, value: Option<&Value>) -> PyResult<()> {
    let cell = cell_of(this);
    if let Some(Payload::Slice { .. }) = key.payload() {
        let values = match value {
            Some(v) => Some(slice_values(vm, this, v)?),
            None => None,
        };
        let (start, step, count) = super::slice_indices_with(vm, key, || cell.borrow().len())?;
        let len = cell.borrow().len();
        if step == 1 {
            let s = start as usize;
            let new = values.unwrap_or_default();
            if new.len() != count {
                check_resizable(vm, cell)?;
            }
            cell.borrow_mut().splice(s..s + count, new);
            return Ok(());
        }
        let indices: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        match values {
            None => {
                if count == 0 {
                    return Ok(());
                }
                check_resizable(vm, cell)?;
                let mut drop = vec![false; len];
                for &i in &indices {
                    drop[i] = true;
                }
                let mut k = 0;
                cell.borrow_mut().retain(|_| {
                    k += 1;
                    !drop[k - 1]
                });
            }
            Some(new) => {
                if new.len() != count {
                    return Err(vm.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {count}",
                        new.len()
                    )));
                }
                let mut data = cell.borrow_mut();
                for (&i, b) in indices.iter().zip(new) {
                    data[i] = b;
                }
            }
        }
        return Ok(());
    }
    let index = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::iter::index_value(vm, key)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => i,
                None => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
            },
            None => {
                let t = ops::type_name(vm, key);
                return Err(vm.type_error(format!(
                    "bytearray indices must be integers or slices, not {t}"
                )));
            }
        },
    };
    let byte = match value {
        Some(v) => Some(byte_arg(vm, v)?),
        None => None,
    };
    let n = cell.borrow().len() as i64;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    match byte {
        Some(b) => cell.borrow_mut()[i as usize] = b,
        None => {
            check_resizable(vm, cell)?;
            cell.borrow_mut().remove(i as usize);
        }
    }
    Ok(())
}

fn setitem(vm: &mut Vm, a: CallArgs) -> R {
    let (this, r) = slot_args(vm, &a, Kind::ByteArray, "__setitem__", 2)?;
    set_item(vm, this, &r[0], Some(&r[1]))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: CallArgs) -> R {
    let (this, r) = slot_args(vm, &a, Kind::ByteArray, "__delitem__", 1)?;
    set_item(vm, this, &r[0], None)?;
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, a: CallArgs) -> R {
    let (this, r) = slot_args(vm, &a, Kind::ByteArray, "__iadd__", 1)?;
    let Some(more) = buffer(vm, &r[0])?.map(|b| b.to_vec()) else {
        return Ok(vm.not_implemented());
    };
    let cell = cell_of(this);
    if !more.is_empty() {
        check_resizable(vm, cell)?;
        cell.borrow_mut().extend_from_slice(&more);
    }
    Ok(this.clone())
}

fn imul(vm: &mut Vm, a: CallArgs) -> R {
    let (this, r) = slot_args(vm, &a, Kind::ByteArray, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &r[0])? else {
        return Ok(vm.not_implemented());
    };
    let cell = cell_of(this);
    let data = cell.borrow().clone();
    let out = repeat(vm, &data, n, Kind::ByteArray)?;
    if out.len() != data.len() {
        check_resizable(vm, cell)?;
    }
    *cell.borrow_mut() = out;
    Ok(this.clone())
}

/// CPython's allocation for the contents (one more byte than the length, none when empty).
fn allocated(this: &Value) -> usize {
    let n = data_of(this).len();
    if n == 0 { 0 } else { n + 1 }
}

fn alloc(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "__alloc__")?;
    args::none(vm, &a, "bytearray.__alloc__")?;
    Ok(Value::Int(allocated(this) as i64))
}

fn sizeof(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "__sizeof__")?;
    args::none(vm, &a, "bytearray.__sizeof__")?;
    Ok(Value::Int(56 + allocated(this) as i64))
}

/// `(type(self), args, state)` for pickling at `proto`.
fn reduce(vm: &mut Vm, this: &Value, proto: i64) -> R {
    let cls = this.class(vm).to_value();
    let data = data_of(this).to_vec();
    let args = if data.is_empty() {
        vm.new_tuple(Vec::new())
    } else if proto < 3 {
        let s = vm.str_value(crate::runtime::objects::str::PyString::from_latin1_bytes(
            &data,
        ));
        let enc = vm.new_str("latin-1");
        vm.new_tuple(vec![s, enc])
    } else {
        let b = super::new_bytes(vm, data);
        vm.new_tuple(vec![b])
    };
    let state = match this.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(d) => Value::Obj(d),
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![cls, args, state]))
}

fn reduce_method(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "__reduce__")?;
    args::none(vm, &a, "bytearray.__reduce__")?;
    reduce(vm, this, 0)
}

fn reduce_ex(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::ByteArray, "__reduce_ex__")?;
    let r = args::positional(vm, &a, "bytearray.__reduce_ex__", "__reduce_ex__", 0, 1)?;
    let proto = match r.first() {
        Some(v) => match ops::iter::index_value(vm, v)? {
            Some(b) => match num_traits::ToPrimitive::to_i32(&b) {
                Some(n) => i64::from(n),
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            },
            None => args::to_isize(vm, v)?,
        },
        None => 0,
    };
    reduce(vm, this, proto)
}

fn release_buffer(vm: &mut Vm, a: CallArgs) -> R {
    let (_, r) = slot_args(vm, &a, Kind::ByteArray, "__release_buffer__", 1)?;
    super::memoryview::release_view(vm, &r[0])?;
    Ok(Value::None)
}

static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", super::construct::bytearray_new_slot),
    MethodDef::slot("__init__", super::construct::bytearray_init_slot),
    MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
    MethodDef::slot("__setitem__", setitem),
    MethodDef::slot("__delitem__", delitem),
    MethodDef::slot("__iadd__", iadd),
    MethodDef::slot("__imul__", imul),
    MethodDef::slot("__release_buffer__", release_buffer),
    MethodDef::method("__alloc__", alloc),
    MethodDef::method("__sizeof__", sizeof),
    MethodDef::method("__reduce__", reduce_method),
    MethodDef::method("__reduce_ex__", reduce_ex),
    MethodDef::method("append", append),
    MethodDef::method("extend", extend),
    MethodDef::method("insert", insert),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("reverse", reverse),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
];

const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytearray.clone();
    add_methods(vm, &t, BYTEARRAY_METHODS);
    add_attr(vm, &t, "__hash__", Value::None);
    let doc = vm.new_str(BYTEARRAY_DOC);
    add_attr(vm, &t, "__doc__", doc);
}
