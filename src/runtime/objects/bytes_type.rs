//! bytes, bytearray and memoryview: their storage, the buffer protocol that lets every
//! bytes-like object be read the same way, value constructors, and the registration of the
//! three types (their methods live in the submodules).

mod args;
mod bytearray;
mod common;
mod construct;
mod format;
pub mod iter;
pub mod memoryview;
mod methods;

use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub use construct::{bytes_from_object, bytes_new};

/// A bytearray's storage: the bytes and the number of buffer exports (live memoryviews) that
/// forbid resizing it.
#[derive(Default)]
pub struct ByteArrayData {
    data: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl ByteArrayData {
    pub fn new(data: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }
}

impl Deref for ByteArrayData {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.data
    }
}

/// Which of the two byte-string types a method works on (and returns).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    /// A new exact bytes or bytearray.
    pub fn make(self, vm: &Vm, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_bytes(vm, data),
            Kind::ByteArray => new_bytearray(vm, data),
        }
    }

    /// Whether `v` carries this kind's payload (an instance of the type or a subclass).
    pub fn holds(self, v: &Value) -> bool {
        matches!(
            (self, v.payload()),
            (Kind::Bytes, Some(Payload::Bytes(_))) | (Kind::ByteArray, Some(Payload::ByteArray(_)))
        )
    }
}

/// A new exact bytes object.
pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> Value {
    vm.new_object(
        vm.types.bytes.clone(),
        Payload::Bytes(data.into_boxed_slice()),
    )
}

/// A new exact bytearray object.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    vm.new_object(
        vm.types.bytearray.clone(),
        Payload::ByteArray(ByteArrayData::new(data)),
    )
}

/// The bytes of a bytes-like object, borrowed where they can be.
pub enum BufRef<'a> {
    Slice(&'a [u8]),
    Cell(Ref<'a, [u8]>),
    Owned(Vec<u8>),
}

impl Deref for BufRef<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BufRef::Slice(s) => s,
            BufRef::Cell(r) => r,
            BufRef::Owned(v) => v,
        }
    }
}

/// The contents of a bytes-like object (bytes, bytearray, memoryview); None for other
/// objects. Never hold the result across a call that can run Python code.
pub fn buffer<'a>(vm: &Vm, v: &'a Value) -> PyResult<Option<BufRef<'a>>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(Some(BufRef::Slice(b))),
        Some(Payload::ByteArray(b)) => {
            Ok(Some(BufRef::Cell(Ref::map(b.borrow(), |v| v.as_slice()))))
        }
        Some(Payload::MemoryView(m)) => memoryview::contents(vm, m).map(Some),
        Some(Payload::Array(_)) => Ok(crate::modules::array::data(v).map(|a| BufRef::Cell(Ref::map(a.buf.borrow(), |v| v.as_slice())))),
        _ => Ok(None),
    }
}

/// The contents of a bytes-like object, or "a bytes-like object is required, not 'T'".
pub fn need_buffer<'a>(vm: &Vm, v: &'a Value) -> PyResult<BufRef<'a>> {
    match buffer(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// Whether `v` supports the buffer protocol.
pub fn is_buffer(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_))
    ) || crate::modules::array::data(v).is_some()
}

/// The bytes of a bytes or bytearray receiver (known to be one).
fn data_of(v: &Value) -> BufRef<'_> {
    match v.payload() {
        Some(Payload::Bytes(b)) => BufRef::Slice(b),
        Some(Payload::ByteArray(b)) => BufRef::Cell(Ref::map(b.borrow(), |v| v.as_slice())),
        _ => BufRef::Slice(&[]),
    }
}

/// The receiver of a method of `kind`, with CPython's errors for a missing or foreign one.
fn receiver<'a>(
    vm: &Vm,
    args: &crate::runtime::objects::function::CallArgs<'a>,
    kind: Kind,
    meth: &str,
) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) if kind.holds(v) => Ok(v),
        Some(v) => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!(
                "descriptor '{meth}' for '{}' objects doesn't apply to a '{t}' object",
                kind.name()
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method {}.{meth}() needs an argument",
            kind.name()
        ))),
    }
}

/// The receiver and arguments of a slot wrapper (`__len__`, `__add__`, ...) of `kind` taking
/// `n` arguments, with the errors of CPython's wrapper descriptors.
fn slot_args<'a>(
    vm: &Vm,
    args: &crate::runtime::objects::function::CallArgs<'a>,
    kind: Kind,
    name: &str,
    n: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            kind.name()
        )));
    };
    if !kind.holds(this) {
        let t = ops::type_name(vm, this);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{t}'",
            kind.name()
        )));
    }
    if args.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &pos[1..];
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        // The wrappers that unpack their arguments as a tuple name no function in the message.
        let lead = if matches!(name, "__setitem__" | "__mul__" | "__rmul__" | "__imul__" | "__buffer__") { " " } else { "" };
        return Err(vm.type_error(format!("{lead}expected {n} argument{s}, got {}", rest.len())));
    }
    Ok((this, rest))
}

/// Normalized `(start, step, slicelength)` of a slice over `len` items (PySlice_Unpack and
/// PySlice_AdjustIndices), with CPython's errors for bad bounds and a zero step.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, usize)> {
    slice_indices_with(vm, slice, || len)
}

/// `slice_indices` for a sequence whose length is read after the bounds are converted (their
/// `__index__` may resize it).
pub fn slice_indices_with(vm: &mut Vm, slice: &Value, len: impl Fn() -> usize) -> PyResult<(i64, i64, usize)> {
    let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = if step.is_none() {
        1
    } else {
        args::slice_bound(vm, Some(&step), 1)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (dstart, dstop) = if step < 0 {
        (i64::MAX, i64::MIN)
    } else {
        (0, i64::MAX)
    };
    let start = args::slice_bound(vm, Some(&start), dstart)?;
    let stop = args::slice_bound(vm, Some(&stop), dstop)?;
    let n = len() as i64;
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            let j = i.saturating_add(n);
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= n {
            if step < 0 { n - 1 } else { n }
        } else {
            i
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

/// The items of `data` selected by a normalized slice.
pub fn slice_bytes(data: &[u8], start: i64, step: i64, count: usize) -> Vec<u8> {
    if step == 1 {
        let s = start as usize;
        return data[s..s + count].to_vec();
    }
    (0..count)
        .map(|k| data[(start + k as i64 * step) as usize])
        .collect()
}

/// Registers the methods of bytes, bytearray, memoryview and their iterators.
pub fn init(vm: &mut Vm) {
    methods::init(vm);
    bytearray::init(vm);
    memoryview::init(vm);
    iter::init(vm);
    crate::runtime::codecs::init(vm);
}
