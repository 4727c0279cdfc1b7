//! `array`: typed arrays of numbers (or of characters, typecode 'u') stored as native machine
//! values in one byte buffer, which bytes(), bytearray(), memoryview() and the other
//! bytes-like consumers read.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::bytes_type::{self, ByteArrayData};
use crate::runtime::objects::float_type;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::objects::str::PyString;
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::{add_attr, add_getsets};
use crate::runtime::types::{flags, TypeRef};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The typecodes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array: its typecode and its items' bytes (native order), with the count of live buffer
/// exports (memoryviews) that forbid resizing it.
pub struct ArrayData {
    pub code: u8,
    pub buf: ByteArrayData,
}

/// An iterator over an array (the array is dropped once exhausted).
pub struct ArrayIterData {
    pub array: RefCell<Value>,
    pub index: std::cell::Cell<usize>,
}

/// The payload of the `array` module's objects.
pub enum ArrayObj {
    Array(ArrayData),
    Iter(ArrayIterData),
}

/// The size in bytes of one item of typecode `code`.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The struct-module format of a typecode (what a memoryview of the array reports).
pub fn format_of(code: u8) -> &'static str {
    match code {
        b'b' => "b",
        b'B' => "B",
        b'u' => "u",
        b'h' => "h",
        b'H' => "H",
        b'i' => "i",
        b'I' => "I",
        b'l' => "l",
        b'L' => "L",
        b'q' => "q",
        b'Q' => "Q",
        b'f' => "f",
        _ => "d",
    }
}

/// The item at byte offset `o` of `bytes`, as a Python value; ValueError for a 'u' item that
/// is no character.
fn decode(vm: &Vm, code: u8, b: &[u8]) -> PyResult<Value> {
    let mut raw = [0u8; 8];
    raw[..b.len()].copy_from_slice(b);
    Ok(match code {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'l' | b'q' => Value::Int(i64::from_ne_bytes(raw)),
        b'L' | b'Q' => {
            let u = u64::from_ne_bytes(raw);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(vm, BigInt::from(u)),
            }
        }
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(raw)),
        _ => {
            let c = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]);
            if c > 0x10FFFF {
                return Err(vm.value_error("chr() arg not in range(0x110000)"));
            }
            vm.str_value(PyString::from_vec(vec![c]))
        }
    })
}

/// A 'u' item's code point, ValueError past U+10FFFF.
fn char_point(vm: &Vm, c: u32) -> PyResult<u32> {
    if c > 0x10FFFF {
        return Err(vm.value_error(format!("character U+{c:x} is not in range [U+0000; U+10ffff]")));
    }
    Ok(c)
}

/// The int of an integer item (`__index__`), TypeError otherwise.
fn int_item(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Value::Int(i) = v {
        return Ok(BigInt::from(*i));
    }
    match ops::iter::index_value(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// Checks `n` against `[lo, hi]` with the messages "`what` is less than minimum" / "... greater
/// than maximum".
fn in_range(vm: &Vm, n: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if n < lo {
        return Err(vm.overflow_error(format!("{what} is less than minimum")));
    }
    if n > hi {
        return Err(vm.overflow_error(format!("{what} is greater than maximum")));
    }
    Ok(n)
}

/// `v` as an item of typecode `code`: its native bytes (the first itemsize of the eight), with
/// CPython's conversion errors.
fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' | b'd' => {
            let f = float_type::to_f64(vm, v)?;
            if code == b'f' {
                out[..4].copy_from_slice(&(f as f32).to_ne_bytes());
            } else {
                out.copy_from_slice(&f.to_ne_bytes());
            }
        }
        b'u' => {
            let c = match v.payload() {
                Some(Payload::Str(s)) if s.len() == 1 => s.get(0),
                _ => return Err(vm.type_error("array item must be unicode character")),
            };
            out[..4].copy_from_slice(&c.to_ne_bytes());
        }
        _ => {
            let n = int_item(vm, v)?;
            let long = || n.to_i64();
            let c_long = |vm: &Vm| vm.overflow_error("Python int too large to convert to C long");
            match code {
                b'b' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    in_range(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
                    let x = in_range(vm, x, i8::MIN as i64, i8::MAX as i64, "signed char")?;
                    out[0] = x as i8 as u8;
                }
                b'B' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    let x = in_range(vm, x, 0, u8::MAX as i64, "unsigned byte integer")?;
                    out[0] = x as u8;
                }
                b'h' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    let x = in_range(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
                    out[..2].copy_from_slice(&(x as i16).to_ne_bytes());
                }
                b'H' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    in_range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    let x = in_range(vm, x, 0, u16::MAX as i64, "unsigned short")?;
                    out[..2].copy_from_slice(&(x as u16).to_ne_bytes());
                }
                b'i' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    let x = in_range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    out[..4].copy_from_slice(&(x as i32).to_ne_bytes());
                }
                b'l' => {
                    let x = long().ok_or_else(|| c_long(vm))?;
                    out.copy_from_slice(&x.to_ne_bytes());
                }
                b'q' => {
                    let x = long().ok_or_else(|| vm.overflow_error("int too big to convert"))?;
                    out.copy_from_slice(&x.to_ne_bytes());
                }
                b'I' | b'L' => {
                    if n.is_negative() {
                        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
                    }
                    let Some(x) = n.to_u64() else {
                        return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
                    };
                    if code == b'I' {
                        if x > u32::MAX as u64 {
                            return Err(vm.overflow_error("unsigned int is greater than maximum"));
                        }
                        out[..4].copy_from_slice(&(x as u32).to_ne_bytes());
                    } else {
                        out.copy_from_slice(&x.to_ne_bytes());
                    }
                }
                _ => {
                    if n.is_negative() {
                        return Err(vm.overflow_error("can't convert negative int to unsigned"));
                    }
                    let Some(x) = n.to_u64() else { return Err(vm.overflow_error("int too big to convert")) };
                    out.copy_from_slice(&x.to_ne_bytes());
                }
            }
        }
    }
    Ok(out)
}

const MODULE_DEFS: &[MethodDef] = &[MethodDef::function("_array_reconstructor", reconstructor)];

const ARRAY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", array_new),
    MethodDef::method("append", append),
    MethodDef::method("buffer_info", buffer_info),
    MethodDef::method("byteswap", byteswap),
    MethodDef::method("count", count),
    MethodDef::method("extend", extend),
    MethodDef::method("frombytes", frombytes),
    MethodDef::method("fromfile", fromfile),
    MethodDef::method("fromlist", fromlist),
    MethodDef::method("fromunicode", fromunicode),
    MethodDef::method("index", index),
    MethodDef::method("insert", insert),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("reverse", reverse),
    MethodDef::method("tobytes", tobytes),
    MethodDef::method("tofile", tofile),
    MethodDef::method("tolist", tolist),
    MethodDef::method("tounicode", tounicode),
    MethodDef::method("__copy__", copy),
    MethodDef::method("__deepcopy__", deepcopy),
    MethodDef::method("__reduce_ex__", reduce_ex),
    MethodDef::slot("__len__", len),
    MethodDef::slot("__getitem__", getitem),
    MethodDef::slot("__setitem__", setitem),
    MethodDef::slot("__delitem__", delitem),
    MethodDef::slot("__contains__", contains),
    MethodDef::slot("__iter__", iter),
    MethodDef::slot("__repr__", repr),
    MethodDef::slot("__eq__", eq),
    MethodDef::slot("__ne__", ne),
    MethodDef::slot("__lt__", lt),
    MethodDef::slot("__le__", le),
    MethodDef::slot("__gt__", gt),
    MethodDef::slot("__ge__", ge),
    MethodDef::slot("__add__", add),
    MethodDef::slot("__iadd__", iadd),
    MethodDef::slot("__mul__", mul),
    MethodDef::slot("__rmul__", mul),
    MethodDef::slot("__imul__", imul),
    MethodDef::classmethod("__class_getitem__", crate::runtime::objects::generic_alias::class_getitem),
];

static ARRAY_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "typecode", get: get_typecode, set: None, doc: Some("the typecode character used to create the array") },
    GetSetDef { name: "itemsize", get: get_itemsize, set: None, doc: Some("the size, in bytes, of one array item") },
];

const ITER_METHODS: &[MethodDef] = &[MethodDef::slot("__iter__", iter_self), MethodDef::slot("__next__", iter_next)];

const ARRAY_DOC: &str = "array(typecode [, initializer]) -> array\n\nAn array of basic values (characters, integers, \
floating point numbers) of the kind the typecode names, stored compactly as machine values.";

/// The `array` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "array", MODULE_DEFS);
    let array = super::_collections::new_type(vm, "array", "array", ARRAY_METHODS, true)?;
    add_getsets(vm, &array, ARRAY_GETSETS);
    add_attr(vm, &array, "__hash__", Value::None);
    let doc = vm.new_str(ARRAY_DOC);
    add_attr(vm, &array, "__doc__", doc);
    array.flags.set(array.flags.get() | flags::UNHASHABLE);
    array.modified(vm);
    let it = super::_collections::new_type(vm, "array", "arrayiterator", ITER_METHODS, false)?;
    super::set_attr(vm, &m, "array", array.to_value());
    super::set_attr(vm, &m, "ArrayType", array.to_value());
    super::set_attr(vm, &m, "_arrayiterator", it.to_value());
    let codes = vm.new_str(TYPECODES);
    super::set_attr(vm, &m, "typecodes", codes);
    Ok(m)
}

fn module_type(vm: &mut Vm, name: &str) -> PyResult<TypeRef> {
    let module = crate::runtime::import::import_module(vm, "array")?;
    let t = ops::getattr(vm, &module, &vm.intern(name))?;
    t.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("array.{name} is not a type")))
}

/// The array data of `v`, if it is an array.
pub fn data(v: &Value) -> Option<&ArrayData> {
    match v.payload() {
        Some(Payload::Array(a)) => match &**a {
            ArrayObj::Array(d) => Some(d),
            ArrayObj::Iter(_) => None,
        },
        _ => None,
    }
}

fn is_array(p: &Payload) -> bool {
    matches!(p, Payload::Array(a) if matches!(**a, ArrayObj::Array(_)))
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a ArrayData)> {
    let this = sa::receiver(vm, args, "array.array", name, is_array)?;
    match data(this) {
        Some(d) => Ok((this, d)),
        None => Err(vm.type_error("array expected")),
    }
}

fn new_array_of(cls: &TypeRef, code: u8, bytes: Vec<u8>) -> Value {
    let payload = Payload::Array(Box::new(ArrayObj::Array(ArrayData { code, buf: ByteArrayData::new(bytes) })));
    Value::Obj(Object::with_slots_rc(cls.clone(), payload, cls.nslots.get()))
}

/// A new exact array.
fn new_array(vm: &mut Vm, code: u8, bytes: Vec<u8>) -> PyResult<Value> {
    let t = module_type(vm, "array")?;
    Ok(new_array_of(&t, code, bytes))
}

impl ArrayData {
    fn len(&self) -> usize {
        self.buf.borrow().len() / itemsize(self.code)
    }

    fn item(&self, vm: &Vm, i: usize) -> PyResult<Option<Value>> {
        let n = itemsize(self.code);
        let b = self.buf.borrow();
        match b.get(i * n..i * n + n) {
            Some(s) => decode(vm, self.code, s).map(Some),
            None => Ok(None),
        }
    }

    /// BufferError when a memoryview of the array lives (its size must not change).
    fn check_resize(&self, vm: &Vm) -> PyResult<()> {
        if self.buf.exports.get() > 0 {
            return Err(vm.error_named("BufferError", "cannot resize an array that is exporting buffers"));
        }
        Ok(())
    }

    fn push(&self, vm: &Vm, item: &[u8; 8]) -> PyResult<()> {
        self.check_resize(vm)?;
        self.buf.borrow_mut().extend_from_slice(&item[..itemsize(self.code)]);
        Ok(())
    }

    fn items(&self, vm: &Vm) -> PyResult<Vec<Value>> {
        let n = itemsize(self.code);
        let b = self.buf.borrow();
        b.chunks_exact(n).map(|c| decode(vm, self.code, c)).collect()
    }
}

static NEW_SIG_NAME: &str = "array";

fn array_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("array.__new__(X): X is not a type object"));
    };
    let base = module_type(vm, "array")?;
    if !cls.is_subtype(&base) {
        let n = cls.name();
        return Err(vm.type_error(format!("array.array.__new__({n}): {n} is not a subtype of array.array")));
    }
    if cls.ptr_eq(&base) && args.has_kwargs() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let r = &args.pos()[1..];
    if r.is_empty() {
        return Err(vm.type_error(format!("{NEW_SIG_NAME}() takes at least 1 argument (0 given)")));
    }
    if r.len() > 2 {
        return Err(vm.type_error(format!("{NEW_SIG_NAME}() takes at most 2 arguments ({} given)", r.len())));
    }
    let code = match r[0].payload() {
        Some(Payload::Str(s)) if s.len() == 1 => s.get(0),
        _ => {
            let t = ops::type_name(vm, &r[0]);
            return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {t}")));
        }
    };
    let Some(code) = u8::try_from(code).ok().filter(|c| TYPECODES.as_bytes().contains(c)) else {
        return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    };
    let result = new_array_of(&cls, code, Vec::new());
    let Some(init) = r.get(1) else { return Ok(result) };
    let Some(d) = data(&result) else { return Ok(result) };
    match init.payload() {
        Some(Payload::Str(s)) => {
            if code != b'u' {
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            let mut b = d.buf.borrow_mut();
            for c in s.chars() {
                b.extend_from_slice(&c.to_ne_bytes());
            }
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let bytes = bytes_type::need_buffer(vm, init)?.to_vec();
            from_bytes(vm, d, &bytes)?;
        }
        _ => {
            if let Some(src) = data(init) {
                if (src.code == b'u') != (code == b'u') {
                    let msg = if src.code == b'u' {
                        format!("cannot use a unicode array to initialize an array with typecode '{}'", code as char)
                    } else {
                        "array item must be unicode character".to_string()
                    };
                    return Err(vm.type_error(msg));
                }
            }
            if let Some(Payload::List(_)) = init.payload() {
                let items = sa::collect(vm, init)?;
                let mut bytes = Vec::with_capacity(items.len() * itemsize(code));
                for x in &items {
                    bytes.extend_from_slice(&encode(vm, code, x)?[..itemsize(code)]);
                }
                *d.buf.borrow_mut() = bytes;
            } else {
                let items = sa::collect(vm, init)?;
                for x in &items {
                    let e = encode(vm, code, x)?;
                    d.push(vm, &e)?;
                }
            }
        }
    }
    Ok(result)
}

fn from_bytes(vm: &Vm, d: &ArrayData, bytes: &[u8]) -> PyResult<()> {
    if bytes.len() % itemsize(d.code) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    if !bytes.is_empty() {
        d.check_resize(vm)?;
    }
    d.buf.borrow_mut().extend_from_slice(bytes);
    Ok(())
}

fn append(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "append")?;
    let x = sa::one_arg(vm, &args, "array.append")?;
    let e = encode(vm, d.code, x)?;
    d.push(vm, &e)?;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "buffer_info")?;
    sa::no_args(vm, &args, "array.buffer_info")?;
    let (addr, n) = {
        let b = d.buf.borrow();
        (b.as_ptr() as usize, b.len() / itemsize(d.code))
    };
    let addr = Value::from_bigint(vm, BigInt::from(addr));
    Ok(vm.new_tuple(vec![addr, Value::Int(n as i64)]))
}

fn byteswap(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "byteswap")?;
    sa::no_args(vm, &args, "array.byteswap")?;
    let n = itemsize(d.code);
    for c in d.buf.borrow_mut().chunks_exact_mut(n) {
        c.reverse();
    }
    Ok(Value::None)
}

/// Whether an array item equals `x` (floats compared by value: a NaN item equals nothing).
fn item_eq(vm: &mut Vm, item: &Value, x: &Value) -> PyResult<bool> {
    if let (Value::Float(a), Value::Float(b)) = (item, x) {
        return Ok(a == b);
    }
    if let Value::Float(a) = item {
        if a.is_nan() {
            return Ok(false);
        }
    }
    ops::eq_bool(vm, item, x)
}

fn count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "count")?;
    let x = sa::one_arg(vm, &args, "array.count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = d.item(vm, i)? {
        if item_eq(vm, &v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// Appends the items of an array of the same kind, or of any iterable (one at a time).
fn extend_from(vm: &mut Vm, d: &ArrayData, other: &Value) -> PyResult<()> {
    if let Some(src) = data(other) {
        if src.code != d.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let bytes = src.buf.borrow().clone();
        if !bytes.is_empty() {
            d.check_resize(vm)?;
        }
        d.buf.borrow_mut().extend_from_slice(&bytes);
        return Ok(());
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        let e = encode(vm, d.code, &x)?;
        d.push(vm, &e)?;
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "extend")?;
    let x = sa::one_arg(vm, &args, "array.extend")?;
    extend_from(vm, d, x)?;
    Ok(Value::None)
}

fn frombytes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "frombytes")?;
    let x = sa::one_arg(vm, &args, "array.frombytes")?;
    let bytes = bytes_type::need_buffer(vm, x)?.to_vec();
    from_bytes(vm, d, &bytes)?;
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "fromfile")?;
    sa::no_kwargs(vm, &args, "fromfile")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "fromfile", 2, 2)?;
    let n = sa::index_i64(vm, &r[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let Some(nbytes) = (n as u64).checked_mul(itemsize(d.code) as u64).filter(|b| *b <= i64::MAX as u64) else {
        return Err(vm.memory_error());
    };
    let got = vm.call_method_name(&r[0], "read", &[Value::Int(nbytes as i64)])?;
    let bytes = match got.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("read() didn't return bytes")),
    };
    let short = bytes.len() as u64 != nbytes;
    from_bytes(vm, d, &bytes)?;
    if short {
        return Err(vm.error_named("EOFError", "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn fromlist(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "fromlist")?;
    let x = sa::one_arg(vm, &args, "array.fromlist")?;
    if !matches!(x.payload(), Some(Payload::List(_))) {
        return Err(vm.type_error("arg must be list"));
    }
    let items = sa::collect(vm, x)?;
    let n = itemsize(d.code);
    let mut bytes = Vec::with_capacity(items.len() * n);
    for v in &items {
        bytes.extend_from_slice(&encode(vm, d.code, v)?[..n]);
    }
    from_bytes(vm, d, &bytes)?;
    Ok(Value::None)
}

fn fromunicode(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "fromunicode")?;
    let x = sa::one_arg(vm, &args, "array.fromunicode")?;
    let Some(Payload::Str(s)) = x.payload() else {
        let t = ops::type_name(vm, x);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {t}")));
    };
    if d.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let bytes: Vec<u8> = s.chars().flat_map(u32::to_ne_bytes).collect();
    from_bytes(vm, d, &bytes)?;
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "index")?;
    sa::no_kwargs(vm, &args, "index")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "index", 1, 3)?;
    let n = d.len();
    let start = sa::search_bound(vm, r.get(1), n, 0)?;
    let stop = sa::search_bound(vm, r.get(2), n, i64::MAX)?;
    let mut i = start;
    while i < stop {
        let Some(v) = d.item(vm, i)? else { break };
        if item_eq(vm, &v, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    Err(vm.value_error("array.index(x): x not in array"))
}

fn insert(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "insert")?;
    sa::no_kwargs(vm, &args, "insert")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "insert", 2, 2)?;
    let i = sa::index_i64(vm, &r[0])?;
    let e = encode(vm, d.code, &r[1])?;
    d.check_resize(vm)?;
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = itemsize(d.code);
    let mut b = d.buf.borrow_mut();
    let pos = at * size;
    b.splice(pos..pos, e[..size].iter().copied());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "pop")?;
    sa::no_kwargs(vm, &args, "pop")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "pop", 0, 1)?;
    let i = match r.first() {
        Some(v) => sa::index_i64(vm, v)?,
        None => -1,
    };
    let n = d.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = d.item(vm, j as usize)?.unwrap_or(Value::None);
    d.check_resize(vm)?;
    let size = itemsize(d.code);
    let pos = j as usize * size;
    d.buf.borrow_mut().drain(pos..pos + size);
    Ok(v)
}

fn remove(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "remove")?;
    let x = sa::one_arg(vm, &args, "array.remove")?;
    let mut i = 0;
    while let Some(v) = d.item(vm, i)? {
        if item_eq(vm, &v, x)? {
            d.check_resize(vm)?;
            let size = itemsize(d.code);
            let pos = i * size;
            let mut b = d.buf.borrow_mut();
            if pos + size <= b.len() {
                b.drain(pos..pos + size);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("array.remove(x): x not in array"))
}

fn reverse(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "reverse")?;
    sa::no_args(vm, &args, "array.reverse")?;
    let size = itemsize(d.code);
    let mut b = d.buf.borrow_mut();
    let items: Vec<u8> = b.chunks_exact(size).rev().flatten().copied().collect();
    *b = items;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "tobytes")?;
    sa::no_args(vm, &args, "array.tobytes")?;
    let b = d.buf.borrow().clone();
    Ok(bytes_type::new_bytes(vm, b))
}

fn tofile(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "tofile")?;
    let f = sa::one_arg(vm, &args, "array.tofile")?;
    const BLOCK: usize = 64 * 1024;
    let total = d.buf.borrow().len();
    let mut at = 0;
    while at < total {
        let chunk = {
            let b = d.buf.borrow();
            let end = (at + BLOCK).min(b.len());
            if at >= end {
                break;
            }
            b[at..end].to_vec()
        };
        at += chunk.len();
        let bytes = bytes_type::new_bytes(vm, chunk);
        vm.call_method_name(f, "write", &[bytes])?;
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "tolist")?;
    sa::no_args(vm, &args, "array.tolist")?;
    let items = d.items(vm)?;
    Ok(vm.new_list(items))
}

/// The characters of a 'u' array as a str.
fn unicode_of(vm: &Vm, d: &ArrayData) -> PyResult<Value> {
    let b = d.buf.borrow();
    let mut cps = Vec::with_capacity(b.len() / 4);
    for c in b.chunks_exact(4) {
        cps.push(char_point(vm, u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))?);
    }
    Ok(vm.str_value(PyString::from_vec(cps)))
}

fn tounicode(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "tounicode")?;
    sa::no_args(vm, &args, "array.tounicode")?;
    if d.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    unicode_of(vm, d)
}

fn copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__copy__")?;
    sa::no_args(vm, &args, "array.__copy__")?;
    let b = d.buf.borrow().clone();
    new_array(vm, d.code, b)
}

fn deepcopy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__deepcopy__")?;
    sa::one_arg(vm, &args, "array.__deepcopy__")?;
    let b = d.buf.borrow().clone();
    new_array(vm, d.code, b)
}

fn get_typecode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = data(v) else { return Err(vm.type_error("array expected")) };
    Ok(vm.new_str(format_of(d.code)))
}

fn get_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = data(v) else { return Err(vm.type_error("array expected")) };
    Ok(Value::Int(itemsize(d.code) as i64))
}

fn len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

enum Key {
    Index(i64),
    Slice(Value),
}

fn key_of(vm: &mut Vm, key: &Value) -> PyResult<Key> {
    match key {
        Value::Int(i) => Ok(Key::Index(*i)),
        Value::Bool(b) => Ok(Key::Index(*b as i64)),
        _ => {
            if let Some(Payload::Slice { .. }) = key.payload() {
                return Ok(Key::Slice(key.clone()));
            }
            match ops::iter::index_value(vm, key)? {
                None => Err(vm.type_error("array indices must be integers")),
                Some(b) => match b.to_i64() {
                    Some(i) => Ok(Key::Index(i)),
                    None => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
                },
            }
        }
    }
}

fn norm(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

fn getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__getitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    match key_of(vm, key)? {
        Key::Index(i) => match norm(i, d.len()) {
            Some(j) => d.item(vm, j)?.ok_or_else(|| vm.index_error("array index out of range")),
            None => Err(vm.index_error("array index out of range")),
        },
        Key::Slice(s) => {
            let (start, step, n) = sa::slice_for(vm, &s, d.len())?;
            let size = itemsize(d.code);
            let out = {
                let b = d.buf.borrow();
                let mut out = Vec::with_capacity(n * size);
                for k in 0..n {
                    let p = (start + k as i64 * step) as usize * size;
                    out.extend_from_slice(&b[p..p + size]);
                }
                out
            };
            new_array(vm, d.code, out)
        }
    }
}

/// Deletes the items a slice selects.
fn delete_slice(vm: &Vm, d: &ArrayData, start: i64, step: i64, n: usize) -> PyResult<()> {
    if n == 0 {
        return Ok(());
    }
    d.check_resize(vm)?;
    let size = itemsize(d.code);
    let len = d.len();
    let mut gone = vec![false; len];
    for k in 0..n {
        gone[(start + k as i64 * step) as usize] = true;
    }
    let mut b = d.buf.borrow_mut();
    let kept: Vec<u8> = b.chunks_exact(size).zip(gone).filter(|(_, g)| !g).flat_map(|(c, _)| c.iter().copied()).collect();
    *b = kept;
    Ok(())
}

fn setitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__setitem__")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "__setitem__", 2, 2)?;
    let value = &r[1];
    match key_of(vm, &r[0])? {
        Key::Index(i) => {
            let Some(j) = norm(i, d.len()) else {
                return Err(vm.index_error("array assignment index out of range"));
            };
            let e = encode(vm, d.code, value)?;
            let size = itemsize(d.code);
            let mut b = d.buf.borrow_mut();
            if let Some(slot) = b.get_mut(j * size..j * size + size) {
                slot.copy_from_slice(&e[..size]);
            }
            Ok(Value::None)
        }
        Key::Slice(s) => {
            let Some(src) = data(value) else {
                let t = ops::type_name(vm, value);
                return Err(vm.type_error(format!("can only assign array (not \"{t}\") to array slice")));
            };
            if src.code != d.code {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            let new = src.buf.borrow().clone();
            let size = itemsize(d.code);
            let m = new.len() / size;
            let (start, stop, step) = sa::slice_unpack(vm, &s)?;
            let (start, stop, n) = sa::adjust_indices(d.len(), start, stop, step);
            if m == 0 || m != n {
                d.check_resize(vm)?;
            }
            if step == 1 {
                let lo = start as usize * size;
                let hi = (stop.max(start) as usize) * size;
                d.buf.borrow_mut().splice(lo..hi, new);
                return Ok(Value::None);
            }
            if m == 0 {
                return delete_slice(vm, d, start, step, n).map(|_| Value::None);
            }
            if m != n {
                return Err(vm.value_error(format!("attempt to assign array of size {m} to extended slice of size {n}")));
            }
            let mut b = d.buf.borrow_mut();
            for k in 0..n {
                let p = (start + k as i64 * step) as usize * size;
                b[p..p + size].copy_from_slice(&new[k * size..k * size + size]);
            }
            Ok(Value::None)
        }
    }
}

fn delitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__delitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    match key_of(vm, key)? {
        Key::Index(i) => {
            let Some(j) = norm(i, d.len()) else {
                return Err(vm.index_error("array assignment index out of range"));
            };
            d.check_resize(vm)?;
            let size = itemsize(d.code);
            d.buf.borrow_mut().drain(j * size..j * size + size);
        }
        Key::Slice(s) => {
            let (start, step, n) = sa::slice_for(vm, &s, d.len())?;
            d.check_resize(vm)?;
            delete_slice(vm, d, start, step, n)?;
        }
    }
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    let mut i = 0;
    while let Some(v) = d.item(vm, i)? {
        if item_eq(vm, &v, x)? {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__repr__")?;
    let name = ops::type_name(vm, this);
    let code = d.code as char;
    if d.len() == 0 {
        return Ok(vm.new_str(&format!("{name}('{code}')")));
    }
    let inner = if d.code == b'u' {
        unicode_of(vm, d)?
    } else {
        let items = d.items(vm)?;
        vm.new_list(items)
    };
    let r = ops::repr(vm, &inner)?;
    let mut out = format!("{name}('{code}', ");
    sa::push_text(&mut out, &r);
    out.push(')');
    Ok(vm.new_str(&out))
}

fn compare(vm: &mut Vm, args: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let (_, a) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(b) = data(other) else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    let (na, nb) = (a.len(), b.len());
    if na != nb && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (a.item(vm, i)?, b.item(vm, i)?) else { break };
        let same = match (&x, &y) {
            (Value::Float(p), Value::Float(q)) => p == q,
            _ => ops::eq_bool(vm, &x, &y)?,
        };
        if !same {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => ops::rich_compare(vm, &x, &y, op),
            };
        }
        i += 1;
    }
    Ok(Value::Bool(op.test(na.cmp(&nb))))
}

crate::runtime::objects::function::compare_slots! {
    compare;
    eq, "__eq__", Eq;
    ne, "__ne__", Ne;
    lt, "__lt__", Lt;
    le, "__le__", Le;
    gt, "__gt__", Gt;
    ge, "__ge__", Ge;
}

fn add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__add__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(o) = data(other) else {
        let t = ops::type_name(vm, other);
        return Err(vm.type_error(format!("can only append array (not \"{t}\") to array")));
    };
    if o.code != d.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut b = d.buf.borrow().clone();
    b.extend_from_slice(&o.buf.borrow());
    new_array(vm, d.code, b)
}

fn iadd(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__iadd__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    if data(other).is_none() {
        let t = ops::type_name(vm, other);
        return Err(vm.type_error(format!("can only extend array with array (not \"{t}\")")));
    }
    extend_from(vm, d, other)?;
    Ok(this.clone())
}

/// The repetition count of `a * n`.
fn times(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    let Some(big) = ops::iter::index_value(vm, n)? else {
        let t = ops::type_name(vm, n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    };
    big.to_i64().ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

fn repeated(vm: &Vm, b: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    match (b.len() as u64).checked_mul(n as u64) {
        Some(total) if total <= (isize::MAX as u64) / 4 => Ok(b.repeat(n as usize)),
        _ => Err(vm.memory_error()),
    }
}

fn mul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__mul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let n = times(vm, n)?;
    let b = repeated(vm, &d.buf.borrow(), n)?;
    new_array(vm, d.code, b)
}

fn imul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__imul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let n = times(vm, n)?;
    let b = repeated(vm, &d.buf.borrow(), n)?;
    if b.len() != d.buf.borrow().len() {
        d.check_resize(vm)?;
    }
    *d.buf.borrow_mut() = b;
    Ok(this.clone())
}

fn iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    let t = module_type(vm, "_arrayiterator")?;
    let data = ArrayIterData { array: RefCell::new(this.clone()), index: std::cell::Cell::new(0) };
    Ok(Value::Obj(Object::new_rc(t, Payload::Array(Box::new(ArrayObj::Iter(data))))))
}

fn is_iter(p: &Payload) -> bool {
    matches!(p, Payload::Array(a) if matches!(**a, ArrayObj::Iter(_)))
}

fn iter_self(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "arrayiterator", "__iter__", is_iter)?;
    Ok(this.clone())
}

fn iter_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "arrayiterator", "__next__", is_iter)?;
    let Some(Payload::Array(a)) = this.payload() else { return Err(vm.type_error("arrayiterator expected")) };
    let ArrayObj::Iter(it) = &**a else { return Err(vm.type_error("arrayiterator expected")) };
    let array = it.array.borrow().clone();
    if let Some(d) = data(&array) {
        let i = it.index.get();
        if let Some(v) = d.item(vm, i)? {
            it.index.set(i + 1);
            return Ok(v);
        }
    }
    let old = std::mem::replace(&mut *it.array.borrow_mut(), Value::None);
    drop(old);
    Err(vm.stop_iteration(Value::None))
}

/// The machine format code of a typecode (how `__reduce_ex__` describes the bytes it saves):
/// the codes of CPython's pickles, for this little-endian 64-bit layout.
fn mformat_of(code: u8) -> i64 {
    let le = cfg!(target_endian = "little");
    let base = match code {
        b'B' => return 0,
        b'b' => return 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    };
    if le { base } else { base + 1 }
}

fn reduce_ex(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__reduce_ex__")?;
    let x = sa::one_arg(vm, &args, "array.__reduce_ex__")?;
    let Some(protocol) = x.to_bigint() else {
        return Err(vm.type_error("__reduce_ex__ argument should be an integer"));
    };
    let Some(protocol) = protocol.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    let cls = this.class(vm).to_value();
    let dict = match this.as_obj().and_then(|o| crate::runtime::ops::attr::instance_dict(vm, o)) {
        Some(dd) => Value::Obj(dd),
        None => Value::None,
    };
    let code = vm.new_str(format_of(d.code));
    if protocol < 3 {
        let items = d.items(vm)?;
        let list = vm.new_list(items);
        let ctor = vm.new_tuple(vec![code, list]);
        return Ok(vm.new_tuple(vec![cls, ctor, dict]));
    }
    let module = crate::runtime::import::import_module(vm, "array")?;
    let recon = ops::getattr(vm, &module, &vm.intern("_array_reconstructor"))?;
    let b = d.buf.borrow().clone();
    let bytes = bytes_type::new_bytes(vm, b);
    let ctor = vm.new_tuple(vec![cls, code, Value::Int(mformat_of(d.code)), bytes]);
    Ok(vm.new_tuple(vec![recon, ctor, dict]))
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: an array rebuilt from a
/// pickle's bytes in the machine format `mformat_code` (decoded when it is not this machine's).
fn reconstructor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, "_array_reconstructor")?;
    let a = args.pos();
    if a.len() != 4 {
        return Err(vm.type_error(format!("_array_reconstructor expected 4 arguments, got {}", a.len())));
    }
    let Some(cls) = a[0].as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let t = ops::type_name(vm, &a[0]);
        return Err(vm.type_error(format!("first argument must be a type object, not {t}")));
    };
    let base = module_type(vm, "array")?;
    if !cls.is_subtype(&base) {
        return Err(vm.type_error(format!("{} is not a subtype of array.array", cls.name())));
    }
    let code = match a[1].payload() {
        Some(Payload::Str(s)) if s.len() == 1 => s.get(0),
        _ => {
            let t = ops::type_name(vm, &a[1]);
            return Err(vm.type_error(format!("_array_reconstructor() argument 2 must be a unicode character, not {t}")));
        }
    };
    let Some(mut code) = u8::try_from(code).ok().filter(|c| TYPECODES.as_bytes().contains(c)) else {
        return Err(vm.value_error("second argument must be a valid type code"));
    };
    let mf = sa::index_i64(vm, &a[2])?;
    if !(0..=21).contains(&mf) {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    }
    let Some(Payload::Bytes(items)) = a[3].payload() else {
        let t = ops::type_name(vm, &a[3]);
        return Err(vm.type_error(format!("fourth argument should be bytes, not {t}")));
    };
    let cls_v = cls.to_value();
    let code_v = |vm: &Vm, c: u8| vm.new_str(format_of(c));
    if mf == mformat_of(code) {
        let c = code_v(vm, code);
        return vm.call(&cls_v, &[c, a[3].clone()], &[]);
    }
    // The sizes CPython's table gives each machine format (its UTF-16 and UTF-32 entries
    // count 4 and 8 bytes).
    let size = match mf {
        0 | 1 => 1,
        2..=5 => 2,
        6..=9 | 14 | 15 | 18 | 19 => 4,
        _ => 8,
    };
    if items.len() % size != 0 {
        return Err(vm.value_error("string length not a multiple of item size"));
    }
    let big = mf >= 2 && mf % 2 == 1;
    let converted = match mf {
        14 | 15 => {
            let v: Vec<Value> = items
                .chunks_exact(4)
                .map(|c| {
                    let raw = [c[0], c[1], c[2], c[3]];
                    Value::Float(f64::from(if mf == 15 { f32::from_be_bytes(raw) } else { f32::from_le_bytes(raw) }))
                })
                .collect();
            vm.new_list(v)
        }
        16 | 17 => {
            let v: Vec<Value> = items
                .chunks_exact(8)
                .map(|c| {
                    let mut raw = [0u8; 8];
                    raw.copy_from_slice(c);
                    Value::Float(if mf == 17 { f64::from_be_bytes(raw) } else { f64::from_le_bytes(raw) })
                })
                .collect();
            vm.new_list(v)
        }
        18..=21 => {
            let encoding = match mf {
                18 => "utf-16-le",
                19 => "utf-16-be",
                20 => "utf-32-le",
                _ => "utf-32-be",
            };
            let enc = vm.new_str(encoding);
            vm.call_method_name(&a[3], "decode", &[enc])?
        }
        _ => {
            let signed = mf == 1 || (mf >= 2 && (mf - 2) % 4 >= 2);
            let big = size > 1 && big;
            for (c, csize, csigned) in [
                (b'b', 1, true),
                (b'B', 1, false),
                (b'h', 2, true),
                (b'H', 2, false),
                (b'i', 4, true),
                (b'I', 4, false),
                (b'q', 8, true),
                (b'Q', 8, false),
            ] {
                if csize == size && csigned == signed {
                    code = c;
                }
            }
            let v: Vec<Value> = items
                .chunks_exact(size)
                .map(|c| {
                    let n = match (big, signed) {
                        (true, true) => BigInt::from_signed_bytes_be(c),
                        (true, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, c),
                        (false, true) => BigInt::from_signed_bytes_le(c),
                        (false, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, c),
                    };
                    Value::from_bigint(vm, n)
                })
                .collect();
            vm.new_list(v)
        }
    };
    let c = code_v(vm, code);
    vm.call(&cls_v, &[c, converted], &[])
}
