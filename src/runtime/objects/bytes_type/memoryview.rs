//! memoryview: one-dimensional views of the buffer of a bytes or bytearray (item access in the
//! native single-character struct formats, slicing, casting, tobytes/tolist/hex, release and
//! the context manager), and the export count that keeps a viewed bytearray from resizing.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use super::BufRef;
use super::args::{self, Clinic};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::iter::IterState;
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

type R = PyResult<Value>;

/// The exporter of a buffer while at least one view of it lives: a viewed bytearray counts
/// one export until the last view of it is released or freed.
pub struct ManagedBuffer {
    obj: Value,
}

impl ManagedBuffer {
    fn new(obj: Value) -> ManagedBuffer {
        if let Some(c) = writable_cell(&obj) {
            c.exports.set(c.exports.get() + 1);
        }
        ManagedBuffer { obj }
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        if let Some(c) = writable_cell(&self.obj) {
            c.exports.set(c.exports.get().saturating_sub(1));
        }
    }
}

/// The storage of a writable exporter (a bytearray or an `array.array`).
fn writable_cell(obj: &Value) -> Option<&super::ByteArrayData> {
    match obj.payload() {
        Some(Payload::ByteArray(c)) => Some(c),
        Some(Payload::Array(_)) => crate::modules::array::data(obj).map(|a| &a.buf),
        _ => None,
    }
}

/// A memoryview's state: its buffer (None once released) and the geometry of its items.
pub struct MemoryViewData {
    mbuf: RefCell<Option<Rc<ManagedBuffer>>>,
    /// Byte offset of the first item.
    start: usize,
    /// Distance in bytes between items (negative for reversed slices).
    stride: isize,
    /// Number of items.
    len: usize,
    format: &'static str,
    itemsize: usize,
    readonly: bool,
    hash: Cell<Option<i64>>,
}

/// The native single-character struct formats: (format, item size).
const FORMATS: &[(&str, usize)] = &[
    ("B", 1),
    ("b", 1),
    ("c", 1),
    ("?", 1),
    ("h", 2),
    ("H", 2),
    ("i", 4),
    ("I", 4),
    ("l", 8),
    ("L", 8),
    ("q", 8),
    ("Q", 8),
    ("n", 8),
    ("N", 8),
    ("e", 2),
    ("f", 4),
    ("d", 8),
    ("P", 8),
];

fn released_error(vm: &Vm) -> crate::runtime::vm::PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The view of `v`, if it is a memoryview.
fn view_of(v: &Value) -> Option<&MemoryViewData> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => Some(m),
        _ => None,
    }
}

/// The exporter of a live view (ValueError once released).
fn exporter(vm: &Vm, m: &MemoryViewData) -> PyResult<Rc<ManagedBuffer>> {
    m.mbuf.borrow().clone().ok_or_else(|| released_error(vm))
}

/// The raw bytes of the whole exported object.
fn raw(obj: &Value) -> BufRef<'_> {
    match obj.payload() {
        Some(Payload::Bytes(b)) => BufRef::Slice(b),
        Some(Payload::ByteArray(b)) => BufRef::Cell(Ref::map(b.borrow(), |v| v.as_slice())),
        Some(Payload::Array(_)) => match crate::modules::array::data(obj) {
            Some(a) => BufRef::Cell(Ref::map(a.buf.borrow(), |v| v.as_slice())),
            None => BufRef::Slice(&[]),
        },
        _ => BufRef::Slice(&[]),
    }
}

impl MemoryViewData {
    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }

    /// The byte offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// The bytes of the view's items, in order.
    fn bytes_of(&self, obj: &Value) -> Vec<u8> {
        let data = raw(obj);
        if self.contiguous() {
            let n = self.len * self.itemsize;
            return data
                .get(self.start..self.start + n)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
        }
        let mut out = Vec::with_capacity(self.len * self.itemsize);
        for i in 0..self.len {
            let o = self.offset(i);
            out.extend_from_slice(data.get(o..o + self.itemsize).unwrap_or(&[]));
        }
        out
    }
}

/// The contents of a memoryview as bytes (ValueError once released).
pub fn contents<'a>(vm: &Vm, m: &'a MemoryViewData) -> PyResult<BufRef<'a>> {
    let mbuf = exporter(vm, m)?;
    Ok(BufRef::Owned(m.bytes_of(&mbuf.obj)))
}

/// A new view of `mbuf`: its items' placement `(start, stride, len)` and their
/// `(format, itemsize, readonly)`.
fn new_view(vm: &Vm, mbuf: Rc<ManagedBuffer>, place: (usize, isize, usize), kind: (&'static str, usize, bool)) -> Value {
    let ((start, stride, len), (format, itemsize, readonly)) = (place, kind);
    let data = MemoryViewData {
        mbuf: RefCell::new(Some(mbuf)),
        start,
        stride,
        len,
        format,
        itemsize,
        readonly,
        hash: Cell::new(None),
    };
    vm.new_object(
        vm.types.memoryview.clone(),
        Payload::MemoryView(Box::new(data)),
    )
}

/// `memoryview(v)`.
pub fn from_object(vm: &mut Vm, v: &Value) -> R {
    match v.payload() {
        Some(Payload::MemoryView(m)) => {
            let mbuf = exporter(vm, m)?;
            Ok(new_view(vm, mbuf, (m.start, m.stride, m.len), (m.format, m.itemsize, m.readonly)))
        }
        Some(Payload::Bytes(b)) => {
            let n = b.len();
            Ok(new_view(vm, Rc::new(ManagedBuffer::new(v.clone())), (0, 1, n), ("B", 1, true)))
        }
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len();
            Ok(new_view(vm, Rc::new(ManagedBuffer::new(v.clone())), (0, 1, n), ("B", 1, false)))
        }
        Some(Payload::Array(_)) if crate::modules::array::data(v).is_some() => {
            let Some(a) = crate::modules::array::data(v) else { return Err(vm.type_error("array expected")) };
            if a.code == b'u' {
                return Err(vm.error_named("NotImplementedError", "memoryview: format w not supported"));
            }
            let size = crate::modules::array::itemsize(a.code);
            let n = a.buf.borrow().len() / size;
            let format = crate::modules::array::format_of(a.code);
            Ok(new_view(vm, Rc::new(ManagedBuffer::new(v.clone())), (0, size as isize, n), (format, size, false)))
        }
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{t}'"
            )))
        }
    }
}

/// Releases a view (`bytearray.__release_buffer__(view)`).
pub fn release_view(vm: &mut Vm, v: &Value) -> PyResult<()> {
    match view_of(v) {
        Some(m) => {
            m.mbuf.borrow_mut().take();
            Ok(())
        }
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("a memoryview object is required, not '{t}'")))
        }
    }
}

/// One item of a view, unpacked.
#[derive(Clone, Copy, Debug)]
enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

impl PartialEq for Item {
    fn eq(&self, other: &Item) -> bool {
        use Item::*;
        let num = |i: &Item| match *i {
            Int(n) => Some(n as f64),
            Float(f) => Some(f),
            Bool(b) => Some(f64::from(u8::from(b))),
            Char(_) => None,
        };
        match (self, other) {
            (Char(a), Char(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Char(_), _) | (_, Char(_)) => false,
            _ => num(self) == num(other),
        }
    }
}

fn unpack(format: &str, b: &[u8]) -> Item {
    let format = format.trim_start_matches('@');
    let mut a8 = [0u8; 8];
    let n = b.len().min(8);
    a8[..n].copy_from_slice(&b[..n]);
    match format {
        "B" => Item::Int(i128::from(b[0])),
        "b" => Item::Int(i128::from(b[0] as i8)),
        "c" => Item::Char(b[0]),
        "?" => Item::Bool(b[0] != 0),
        "h" => Item::Int(i128::from(i16::from_ne_bytes([a8[0], a8[1]]))),
        "H" => Item::Int(i128::from(u16::from_ne_bytes([a8[0], a8[1]]))),
        "i" => Item::Int(i128::from(i32::from_ne_bytes([a8[0], a8[1], a8[2], a8[3]]))),
        "I" => Item::Int(i128::from(u32::from_ne_bytes([a8[0], a8[1], a8[2], a8[3]]))),
        "e" => Item::Float(half_to_f64(u16::from_ne_bytes([a8[0], a8[1]]))),
        "f" => Item::Float(f64::from(f32::from_ne_bytes([a8[0], a8[1], a8[2], a8[3]]))),
        "d" => Item::Float(f64::from_ne_bytes(a8)),
        "l" | "q" | "n" => Item::Int(i128::from(i64::from_ne_bytes(a8))),
        _ => Item::Int(i128::from(u64::from_ne_bytes(a8))),
    }
}

fn item_value(vm: &Vm, item: Item) -> Value {
    match item {
        Item::Int(n) => match i64::try_from(n) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(vm, num_bigint::BigInt::from(n)),
        },
        Item::Float(f) => Value::Float(f),
        Item::Bool(b) => Value::Bool(b),
        Item::Char(c) => super::new_bytes(vm, vec![c]),
    }
}

/// An IEEE 754 half-precision value.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    match exp {
        0 => sign * frac * 2f64.powi(-24),
        31 if frac == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        _ => sign * (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// `x` rounded to half precision (to nearest, ties to even); None when it is too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Work in units of the smallest subnormal (2**-24): exact for every representable half.
    let (mut e, mut m) = if a < 2f64.powi(-14) {
        (0i32, a / 2f64.powi(-24))
    } else {
        let e = a.log2().floor() as i32;
        let e = if a >= 2f64.powi(e + 1) { e + 1 } else if a < 2f64.powi(e) { e - 1 } else { e };
        (e + 15, (a / 2f64.powi(e) - 1.0) * 1024.0)
    };
    let fl = m.floor();
    m = match (m - fl).partial_cmp(&0.5) {
        Some(std::cmp::Ordering::Less) => fl,
        Some(std::cmp::Ordering::Greater) => fl + 1.0,
        _ if fl % 2.0 == 0.0 => fl,
        _ => fl + 1.0,
    };
    if e == 0 {
        if m >= 1024.0 {
            return Some(sign | 0x0400);
        }
        return Some(sign | m as u16);
    }
    if m >= 1024.0 {
        m -= 1024.0;
        e += 1;
    }
    if e >= 31 {
        return None;
    }
    Some(sign | ((e as u16) << 10) | m as u16)
}

/// The bytes of `value` packed in `format`, with the errors of CPython's memoryview.
fn pack(vm: &mut Vm, format: &'static str, itemsize: usize, value: &Value) -> PyResult<Vec<u8>> {
    let format = format.trim_start_matches('@');
    let invalid_type =
        |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{format}'"));
    let invalid_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{format}'"));
    match format.trim_start_matches('@') {
        "c" => match value.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(vec![b[0]]),
            Some(Payload::Bytes(_)) => Err(invalid_value(vm)),
            _ => Err(invalid_type(vm)),
        },
        "?" => Ok(vec![u8::from(ops::is_true(vm, value)?)]),
        "e" | "f" | "d" => {
            let f = match value {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => f64::from(u8::from(*b)),
                _ => match value.payload() {
                    Some(Payload::Float(f)) => *f,
                    _ => match ops::iter::index_value(vm, value)? {
                        Some(b) => crate::runtime::objects::int::bigint_to_f64(vm, &b)?,
                        None => return Err(invalid_type(vm)),
                    },
                },
            };
            if format == "e" {
                return match f64_to_half(f) {
                    Some(h) => Ok(h.to_ne_bytes().to_vec()),
                    None => Err(invalid_value(vm)),
                };
            }
            Ok(if format == "f" {
                (f as f32).to_ne_bytes().to_vec()
            } else {
                f.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let n = match value {
                Value::Int(i) => i128::from(*i),
                Value::Bool(b) => i128::from(*b),
                _ => match ops::iter::index_value(vm, value)? {
                    Some(b) => {
                        num_traits::ToPrimitive::to_i128(&b).ok_or_else(|| invalid_value(vm))?
                    }
                    None => return Err(invalid_type(vm)),
                },
            };
            let signed = matches!(format.trim_start_matches('@'), "b" | "h" | "i" | "l" | "q" | "n");
            let bits = itemsize as u32 * 8;
            let (lo, hi) = if format == "P" {
                // Pointers take any value of a C long long or unsigned long long.
                (i128::from(i64::MIN), i128::from(u64::MAX))
            } else if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if n < lo || n > hi {
                return Err(invalid_value(vm));
            }
            Ok((n as u64).to_ne_bytes()[..itemsize].to_vec())
        }
    }
}

/// The `@`-prefixed spellings of the formats, in the order of `FORMATS`.
const AT_FORMATS: &[&str] = &["@B", "@b", "@c", "@?", "@h", "@H", "@i", "@I", "@l", "@L", "@q", "@Q", "@n", "@N", "@e", "@f", "@d", "@P"];

fn memiter_next(vm: &mut Vm, a: CallArgs) -> R {
    let it = memiter_this(vm, &a, "__next__")?;
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.types.exc.stop_iteration.clone(), Vec::new())),
    }
}

fn memiter_iter(vm: &mut Vm, a: CallArgs) -> R {
    Ok(memiter_this(vm, &a, "__iter__")?.clone())
}

fn memiter_this<'a>(vm: &Vm, a: &CallArgs<'a>, meth: &str) -> PyResult<&'a Value> {
    match a.pos().first() {
        Some(v) if matches!(v.payload(), Some(Payload::Iter(_))) && &*ops::type_name(vm, v) == "memory_iterator" => Ok(v),
        Some(v) => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("descriptor '{meth}' for 'memory_iterator' objects doesn't apply to a '{t}' object")))
        }
        None => Err(vm.type_error(format!("unbound method memory_iterator.{meth}() needs an argument"))),
    }
}

static MEMITER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__next__", memiter_next),
    MethodDef::slot("__iter__", memiter_iter),
    MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
];

/// The receiver of a memoryview method.
fn this_view<'a>(
    vm: &Vm,
    a: &CallArgs<'a>,
    meth: &str,
) -> PyResult<(&'a Value, &'a MemoryViewData)> {
    match a.pos().first() {
        Some(v) => {
            match view_of(v) {
                Some(m) => Ok((v, m)),
                None => {
                    let t = ops::type_name(vm, v);
                    Err(vm.type_error(format!("descriptor '{meth}' for 'memoryview' objects doesn't apply to a '{t}' object")))
                }
            }
        }
        None => Err(vm.type_error(format!(
            "unbound method memoryview.{meth}() needs an argument"
        ))),
    }
}

/// The receiver of a live view, with its exporter.
fn live<'a>(
    vm: &Vm,
    a: &CallArgs<'a>,
    meth: &str,
) -> PyResult<(&'a Value, &'a MemoryViewData, Rc<ManagedBuffer>)> {
    let (v, m) = this_view(vm, a, meth)?;
    let mbuf = exporter(vm, m)?;
    Ok((v, m, mbuf))
}

fn items(m: &MemoryViewData, obj: &Value) -> Vec<Item> {
    let data = raw(obj);
    (0..m.len)
        .map(|i| {
            let o = m.offset(i);
            unpack(
                m.format,
                data.get(o..o + m.itemsize).unwrap_or(&[0; 8][..m.itemsize]),
            )
        })
        .collect()
}

fn new_slot(vm: &mut Vm, a: CallArgs) -> R {
    let spec = Clinic {
        fname: "memoryview",
        names: &["object"],
        posonly: 0,
        required: 1,
        maxpos: 1,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let obj = p[0].clone().unwrap_or_default();
    from_object(vm, &obj)
}

/// The argument count and keyword checks of a memoryview slot wrapper taking `n` arguments.
fn slot_check(vm: &Vm, a: &CallArgs, name: &str, n: usize) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = a.pos().len().saturating_sub(1);
    if got != n {
        let s = if n == 1 { "" } else { "s" };
        let lead = if matches!(name, "__setitem__" | "__buffer__") { " " } else { "" };
        return Err(vm.type_error(format!("{lead}expected {n} argument{s}, got {got}")));
    }
    Ok(())
}

fn len_slot(vm: &mut Vm, a: CallArgs) -> R {
    slot_check(vm, &a, "__len__", 0)?;
    let (_, m, _) = live(vm, &a, "__len__")?;
    Ok(Value::Int(m.len as i64))
}

/// The index of item `key` (an int-like) in a view of `len` items.
fn item_index(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => match ops::iter::index_value(vm, key)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => i,
                None => {
                    let t = ops::type_name(vm, key);
                    return Err(
                        vm.index_error(format!("cannot fit '{t}' into an index-sized integer"))
                    );
                }
            },
            None => return Err(vm.type_error("memoryview: invalid slice key")),
        },
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn check_key(vm: &Vm, key: &Value) -> PyResult<()> {
    if let Some(Payload::Tuple(t)) = key.payload() {
        let is_index = |v: &Value| v.to_bigint().is_some() || v.class(vm).lookup(vm, &vm.names.__index__).is_some();
        if t.iter().all(is_index) {
            return Err(vm.type_error(format!("cannot index 1-dimension view with {}-element tuple", t.len())));
        }
        if !t.is_empty() && t.iter().all(|v| matches!(v.payload(), Some(Payload::Slice { .. }))) {
            return Err(vm.new_error(&vm.types.exc.not_implemented_error.clone(), "multi-dimensional slicing is not implemented"));
        }
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    Ok(())
}

fn getitem(vm: &mut Vm, a: CallArgs) -> R {
    slot_check(vm, &a, "__getitem__", 1)?;
    let (_, m, mbuf) = live(vm, &a, "__getitem__")?;
    let Some(key) = a.pos().get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, step, count) = super::slice_indices(vm, key, m.len)?;
        let first = if count == 0 {
            m.start
        } else {
            m.offset(start as usize)
        };
        return Ok(new_view(vm, mbuf, (first, m.stride * step as isize, count), (m.format, m.itemsize, m.readonly)));
    }
    check_key(vm, key)?;
    let i = item_index(vm, key, m.len)?;
    exporter(vm, m)?;
    let o = m.offset(i);
    let item = unpack(
        m.format,
        raw(&mbuf.obj)
            .get(o..o + m.itemsize)
            .unwrap_or(&[0; 8][..m.itemsize]),
    );
    Ok(item_value(vm, item))
}

fn setitem(vm: &mut Vm, a: CallArgs) -> R {
    slot_check(vm, &a, "__setitem__", 2)?;
    let (_, m, mbuf) = live(vm, &a, "__setitem__")?;
    let [_, key, value] = a.pos() else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(cell) = writable_cell(&mbuf.obj) else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, step, count) = super::slice_indices(vm, key, m.len)?;
        let src = match value.payload() {
            Some(Payload::MemoryView(v)) => {
                let vb = exporter(vm, v)?;
                if (v.format != m.format && !(v.format == "B" && m.format == "B") || v.len != count)
                    && (v.len != count || v.itemsize != m.itemsize) {
                        return Err(vm.value_error(
                            "memoryview assignment: lvalue and rvalue have different structures",
                        ));
                    }
                v.bytes_of(&vb.obj)
            }
            _ => {
                match super::buffer(vm, value)? {
                    Some(b) => {
                        if b.len() != count * m.itemsize {
                            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
                        }
                        b.to_vec()
                    }
                    None => {
                        let t = ops::type_name(vm, value);
                        return Err(
                            vm.type_error(format!("a bytes-like object is required, not '{t}'"))
                        );
                    }
                }
            }
        };
        let mut data = cell.borrow_mut();
        for k in 0..count {
            let o = m.offset((start + k as i64 * step) as usize);
            if let Some(dst) = data.get_mut(o..o + m.itemsize) {
                dst.copy_from_slice(&src[k * m.itemsize..(k + 1) * m.itemsize]);
            }
        }
        return Ok(Value::None);
    }
    check_key(vm, key)?;
    let i = item_index(vm, key, m.len)?;
    exporter(vm, m)?;
    let bytes = pack(vm, m.format, m.itemsize, value)?;
    let o = m.offset(i);
    if let Some(dst) = cell.borrow_mut().get_mut(o..o + m.itemsize) {
        dst.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: CallArgs) -> R {
    slot_check(vm, &a, "__delitem__", 1)?;
    let (_, m, _) = live(vm, &a, "__delitem__")?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn iter_slot(vm: &mut Vm, a: CallArgs) -> R {
    let (this, _, _) = live(vm, &a, "__iter__")?;
    Ok(ops::iter::new_iter(
        vm,
        &vm.types.memory_iterator,
        IterState::GetItem {
            obj: this.clone(),
            index: 0,
        },
    ))
}

/// The items of a bytes-like `other` for comparison with a view (None: not comparable).
fn other_items(vm: &Vm, other: &Value) -> PyResult<Option<Vec<Item>>> {
    match other.payload() {
        Some(Payload::MemoryView(o)) => {
            let ob = exporter(vm, o)?;
            Ok(Some(items(o, &ob.obj)))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => Ok(Some(
            raw(other)
                .iter()
                .map(|&b| Item::Int(i128::from(b)))
                .collect(),
        )),
        Some(Payload::Array(_)) => Ok(crate::modules::array::data(other).and_then(|a| {
            let size = crate::modules::array::itemsize(a.code);
            let format = crate::modules::array::format_of(a.code);
            (a.code != b'u').then(|| a.buf.borrow().chunks_exact(size).map(|c| unpack(format, c)).collect())
        })),
        _ => Ok(None),
    }
}

fn compare(vm: &mut Vm, a: CallArgs, eq: bool) -> R {
    let name = if eq { "__eq__" } else { "__ne__" };
    slot_check(vm, &a, name, 1)?;
    let (this, m) = this_view(vm, &a, name)?;
    let Some(other) = a.pos().get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let same = other
        .as_obj()
        .zip(this.as_obj())
        .is_some_and(|(x, y)| Rc::ptr_eq(x, y));
    let result = if same {
        true
    } else {
        let Some(mbuf) = m.mbuf.borrow().clone() else {
            return Ok(Value::Bool(!eq));
        };
        if matches!(other.payload(), Some(Payload::MemoryView(o)) if o.mbuf.borrow().is_none()) {
            false
        } else {
            match other_items(vm, other)? {
                Some(theirs) => items(m, &mbuf.obj) == theirs,
                None => return Ok(vm.not_implemented()),
            }
        }
    };
    Ok(Value::Bool(result == eq))
}

fn hash_slot(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m) = this_view(vm, &a, "__hash__")?;
    if let Some(h) = m.hash.get() {
        return Ok(Value::Int(h));
    }
    let mbuf = exporter(vm, m)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format.trim_start_matches('@'), "B" | "b" | "c") {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = crate::bytecode::pyhash::hash_bytes(&m.bytes_of(&mbuf.obj), vm.hash_key);
    m.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn repr_slot(vm: &mut Vm, a: CallArgs) -> R {
    let (this, m) = this_view(vm, &a, "__repr__")?;
    let addr = this.as_obj().map_or(0, |o| Rc::as_ptr(o) as usize);
    let released = if m.mbuf.borrow().is_none() {
        "released "
    } else {
        ""
    };
    Ok(vm.new_str(&format!("<{released}memory at {addr:#x}>")))
}

fn release(vm: &mut Vm, a: CallArgs) -> R {
    let (this, _) = this_view(vm, &a, "release")?;
    args::none(vm, &a, "memoryview.release")?;
    release_view(vm, this)?;
    Ok(Value::None)
}

fn enter(vm: &mut Vm, a: CallArgs) -> R {
    args::none(vm, &a, "memoryview.__enter__")?;
    let (this, _, _) = live(vm, &a, "__enter__")?;
    Ok(this.clone())
}

fn exit(vm: &mut Vm, a: CallArgs) -> R {
    let (this, _) = this_view(vm, &a, "__exit__")?;
    if a.has_kwargs() {
        return Err(vm.type_error("memoryview.__exit__() takes no keyword arguments"));
    }
    release_view(vm, this)?;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m, mbuf) = live(vm, &a, "tobytes")?;
    let spec = Clinic {
        fname: "tobytes",
        names: &["order"],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    if let Some(order) = p[0].as_ref().filter(|v| !v.is_none()) {
        if !matches!(order.payload(), Some(Payload::Str(_))) {
            let t = ops::type_name(vm, order);
            return Err(vm.type_error(format!("tobytes() argument 'order' must be str or None, not {t}")));
        }
        let ok = matches!(order.payload(), Some(Payload::Str(s)) if matches!(ops::repr::text_of(order).as_deref(), Some("C" | "F" | "A")) && s.len() == 1);
        if !ok {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(super::new_bytes(vm, m.bytes_of(&mbuf.obj)))
}

fn tolist(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m, mbuf) = live(vm, &a, "tolist")?;
    args::none(vm, &a, "memoryview.tolist")?;
    let out = items(m, &mbuf.obj)
        .into_iter()
        .map(|i| item_value(vm, i))
        .collect();
    Ok(vm.new_list(out))
}

fn hex(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m, mbuf) = live(vm, &a, "hex")?;
    let spec = Clinic {
        fname: "hex",
        names: &["sep", "bytes_per_sep"],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let (sep, per) = super::methods::hex_args(vm, p[0].as_ref(), p[1].as_ref())?;
    let out = super::common::hex(&m.bytes_of(&mbuf.obj), sep, per);
    Ok(
        vm.str_value(crate::runtime::objects::str::PyString::from_latin1_bytes(
            &out,
        )),
    )
}

fn toreadonly(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m, mbuf) = live(vm, &a, "toreadonly")?;
    args::none(vm, &a, "memoryview.toreadonly")?;
    Ok(new_view(vm, mbuf, (m.start, m.stride, m.len), (m.format, m.itemsize, true)))
}

fn cast(vm: &mut Vm, a: CallArgs) -> R {
    let (_, m, mbuf) = live(vm, &a, "cast")?;
    let spec = Clinic {
        fname: "cast",
        names: &["format", "shape"],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let fmt_v = p[0].clone().unwrap_or_default();
    let Some(fmt) =
        ops::repr::text_of(&fmt_v).filter(|_| matches!(fmt_v.payload(), Some(Payload::Str(_))))
    else {
        let t = args::arg_type_name(vm, &fmt_v);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    let name = fmt.strip_prefix('@').unwrap_or(&fmt);
    let Some(k) = FORMATS.iter().position(|(f, _)| *f == name) else {
        return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let (mut format, itemsize) = FORMATS[k];
    if fmt.starts_with('@') {
        format = AT_FORMATS[k];
    }
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if m.itemsize != 1 && itemsize != 1 {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let len = nbytes / itemsize;
    if let Some(shape) = p[1].as_ref() {
        let dims = match shape.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        };
        if dims.len() != 1 {
            return Err(vm.new_error(
                &vm.types.exc.not_implemented_error.clone(),
                "memoryview: multi-dimensional views are not supported by this interpreter",
            ));
        }
        let n = args::to_isize(vm, &dims[0])?;
        if n <= 0 {
            return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        if n as usize * itemsize != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    Ok(new_view(vm, mbuf, (m.start, itemsize as isize, len), (format, itemsize, m.readonly)))
}

fn buffer_slot(vm: &mut Vm, a: CallArgs) -> R {
    slot_check(vm, &a, "__buffer__", 1)?;
    let (this, _, _) = live(vm, &a, "__buffer__")?;
    if let Some(flags) = a.pos().get(1) {
        buffer_flags(vm, flags)?;
    }
    from_object(vm, this)
}

/// The flags argument of `__buffer__` (an index-sized int).
pub fn buffer_flags(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match ops::iter::index_value(vm, v)? {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn release_buffer(vm: &mut Vm, a: CallArgs) -> R {
    this_view(vm, &a, "__release_buffer__")?;
    match a.pos().get(1) {
        Some(v) => release_view(vm, v).map(|_| Value::None),
        None => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

fn from_flags(vm: &mut Vm, a: CallArgs) -> R {
    let [_, obj, flags] = a.pos() else {
        return Err(vm.type_error("_from_flags expected 2 arguments"));
    };
    args::to_isize(vm, flags)?;
    from_object(vm, obj)
}

static METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", new_slot),
    MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
    MethodDef::slot("__repr__", repr_slot),
    MethodDef::slot("__hash__", hash_slot),
    MethodDef::slot("__len__", len_slot),
    MethodDef::slot("__getitem__", getitem),
    MethodDef::slot("__setitem__", setitem),
    MethodDef::slot("__delitem__", delitem),
    MethodDef::slot("__iter__", iter_slot),
    MethodDef::slot("__eq__", |vm, a| compare(vm, a, true)),
    MethodDef::slot("__ne__", |vm, a| compare(vm, a, false)),
    MethodDef::slot("__buffer__", buffer_slot),
    MethodDef::slot("__release_buffer__", release_buffer),
    MethodDef::method("__enter__", enter),
    MethodDef::method("__exit__", exit),
    MethodDef::method("release", release),
    MethodDef::method("tobytes", tobytes),
    MethodDef::method("tolist", tolist),
    MethodDef::method("hex", hex),
    MethodDef::method("toreadonly", toreadonly),
    MethodDef::method("cast", cast),
    MethodDef::classmethod("_from_flags", from_flags),
];

fn live_view<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a MemoryViewData, Rc<ManagedBuffer>)> {
    let Some(m) = view_of(v) else {
        return Err(vm.type_error("a memoryview is required"));
    };
    Ok((m, exporter(vm, m)?))
}

fn get_obj(vm: &mut Vm, v: &Value) -> R {
    Ok(live_view(vm, v)?.1.obj.clone())
}
fn get_nbytes(vm: &mut Vm, v: &Value) -> R {
    let (m, _) = live_view(vm, v)?;
    Ok(Value::Int((m.len * m.itemsize) as i64))
}
fn get_readonly(vm: &mut Vm, v: &Value) -> R {
    Ok(Value::Bool(live_view(vm, v)?.0.readonly))
}
fn get_itemsize(vm: &mut Vm, v: &Value) -> R {
    Ok(Value::Int(live_view(vm, v)?.0.itemsize as i64))
}
fn get_format(vm: &mut Vm, v: &Value) -> R {
    let f = live_view(vm, v)?.0.format;
    Ok(vm.new_str(f))
}
fn get_ndim(vm: &mut Vm, v: &Value) -> R {
    live_view(vm, v)?;
    Ok(Value::Int(1))
}
fn get_shape(vm: &mut Vm, v: &Value) -> R {
    let n = live_view(vm, v)?.0.len;
    Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
}
fn get_strides(vm: &mut Vm, v: &Value) -> R {
    let s = live_view(vm, v)?.0.stride;
    Ok(vm.new_tuple(vec![Value::Int(s as i64)]))
}
fn get_suboffsets(vm: &mut Vm, v: &Value) -> R {
    live_view(vm, v)?;
    Ok(vm.new_tuple(Vec::new()))
}
fn get_contiguous(vm: &mut Vm, v: &Value) -> R {
    Ok(Value::Bool(live_view(vm, v)?.0.contiguous()))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "obj",
        get: get_obj,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "nbytes",
        get: get_nbytes,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "readonly",
        get: get_readonly,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "itemsize",
        get: get_itemsize,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "format",
        get: get_format,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "ndim",
        get: get_ndim,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "shape",
        get: get_shape,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "strides",
        get: get_strides,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "suboffsets",
        get: get_suboffsets,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "c_contiguous",
        get: get_contiguous,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "f_contiguous",
        get: get_contiguous,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "contiguous",
        get: get_contiguous,
        set: None,
        doc: None,
    },
];

const DOC: &str = "Create a new memoryview object which references the given object.";

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    add_methods(vm, &t, METHODS);
    add_getsets(vm, &t, GETSETS);
    let it = vm.types.memory_iterator.clone();
    add_methods(vm, &it, MEMITER_METHODS);
    let doc = vm.new_str(DOC);
    add_attr(vm, &t, "__doc__", doc);
}
