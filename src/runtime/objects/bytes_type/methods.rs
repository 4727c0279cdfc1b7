//! The methods bytes and bytearray share (searching, splitting, padding, case mapping,
//! decode, hex, join, translate, the sequence and comparison slots) and the slots of bytes
//! alone; each is written once and registered for both types with the receiver's kind.

use super::args::{self, Clinic};
use super::common;
use super::{BufRef, Kind, data_of, is_buffer, need_buffer, receiver, slot_args};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::ops::compare::CompareOp;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

type R = PyResult<Value>;

fn qual(kind: Kind, name: &str) -> String {
    format!("{}.{name}", kind.name())
}

/// A piece `start..end` of the receiver: the receiver itself when it is an exact bytes and the
/// piece is all of it (as CPython returns it), else a new object of `kind`.
fn piece(vm: &Vm, this: &Value, kind: Kind, data: &[u8], start: usize, end: usize) -> Value {
    if kind == Kind::Bytes
        && start == 0
        && end == data.len()
        && ops::is_exact(vm, this, &vm.types.bytes)
    {
        return this.clone();
    }
    kind.make(vm, data[start..end].to_vec())
}

fn pieces(vm: &Vm, this: &Value, kind: Kind, data: &[u8], ranges: Vec<(usize, usize)>) -> Value {
    let items = ranges
        .into_iter()
        .map(|(s, e)| piece(vm, this, kind, data, s, e))
        .collect();
    vm.new_list(items)
}

// ---- no-argument methods ----

fn map_method(
    vm: &mut Vm,
    args: CallArgs,
    kind: Kind,
    name: &'static str,
    f: fn(&[u8]) -> Vec<u8>,
) -> R {
    let this = receiver(vm, &args, kind, name)?;
    args::none(vm, &args, &qual(kind, name))?;
    let out = f(&data_of(this));
    Ok(kind.make(vm, out))
}

fn test_method(
    vm: &mut Vm,
    args: CallArgs,
    kind: Kind,
    name: &'static str,
    f: fn(&[u8]) -> bool,
) -> R {
    let this = receiver(vm, &args, kind, name)?;
    args::none(vm, &args, &qual(kind, name))?;
    Ok(Value::Bool(f(&data_of(this))))
}

fn lower(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    map_method(vm, a, k, n, |d| d.to_ascii_lowercase())
}
fn upper(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    map_method(vm, a, k, n, |d| d.to_ascii_uppercase())
}
fn swapcase(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    map_method(vm, a, k, n, common::swapcase)
}
fn title(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    map_method(vm, a, k, n, common::title)
}
fn capitalize(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    map_method(vm, a, k, n, common::capitalize)
}
fn isalnum(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn isalpha(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}
fn isdigit(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}
fn isspace(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| {
        !d.is_empty() && d.iter().all(|&b| common::is_space(b))
    })
}
fn isascii(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| d.is_ascii())
}
fn islower(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| common::is_case(d, false))
}
fn isupper(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, |d| common::is_case(d, true))
}
fn istitle(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    test_method(vm, a, k, n, common::istitle)
}

// ---- searching ----

/// What `find` and friends look for: one byte value, or a bytes-like object.
enum Sub<'a> {
    Byte(u8),
    Buf(&'a Value),
}

/// `(receiver, sub, start, end)` of `find(sub[, start[, end]])` and friends.
fn find_args<'a>(
    vm: &mut Vm,
    args: &CallArgs<'a>,
    kind: Kind,
    name: &str,
) -> PyResult<(&'a Value, Sub<'a>, i64, i64)> {
    let this = receiver(vm, args, kind, name)?;
    let r = args::tuple(vm, args, &qual(kind, name), name, 1, 3)?;
    let start = args::slice_bound(vm, r.get(1), 0)?;
    let end = args::slice_bound(vm, r.get(2), i64::MAX)?;
    let sub = if is_buffer(&r[0]) {
        Sub::Buf(&r[0])
    } else {
        match ops::iter::index_value(vm, &r[0])? {
            Some(b) => match num_traits::ToPrimitive::to_u8(&b) {
                Some(v) => Sub::Byte(v),
                None => return Err(vm.value_error("byte must be in range(0, 256)")),
            },
            None => {
                let t = ops::type_name(vm, &r[0]);
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{t}'"
                )));
            }
        }
    };
    Ok((this, sub, start, end))
}

/// Runs `f(haystack, needle, start, end)` for a find-like method.
fn with_sub<T>(
    vm: &mut Vm,
    args: &CallArgs,
    kind: Kind,
    name: &str,
    f: impl FnOnce(&[u8], &[u8], i64, i64) -> T,
) -> PyResult<T> {
    let (this, sub, start, end) = find_args(vm, args, kind, name)?;
    let data = data_of(this);
    let (start, end) = args::adjust_window(start, end, data.len());
    let byte;
    let needle: BufRef = match sub {
        Sub::Byte(b) => {
            byte = [b];
            BufRef::Slice(&byte)
        }
        Sub::Buf(v) => need_buffer(vm, v)?,
    };
    Ok(f(&data, &needle, start, end))
}

fn find(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    let r = with_sub(vm, &a, k, n, common::find)?;
    Ok(Value::Int(r.map_or(-1, |p| p as i64)))
}

fn rfind(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    let r = with_sub(vm, &a, k, n, common::rfind)?;
    Ok(Value::Int(r.map_or(-1, |p| p as i64)))
}

fn index(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    match with_sub(vm, &a, k, n, common::find)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    match with_sub(vm, &a, k, n, common::rfind)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    let r = with_sub(vm, &a, k, n, common::count)?;
    Ok(Value::Int(r as i64))
}

/// Whether `sub` is at the start (or end) of `data[start..end]`, as CPython's tailmatch.
fn tailmatch(data: &[u8], sub: &[u8], start: i64, end: i64, at_end: bool) -> bool {
    let (mut start, end) = args::adjust_window(start, end, data.len());
    let len = data.len() as i64;
    let slen = sub.len() as i64;
    if at_end {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    } else if start > len - slen {
        return false;
    }
    if end - start < slen {
        return false;
    }
    let s = start as usize;
    &data[s..s + sub.len()] == sub
}

fn startswith_impl(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, at_end: bool) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let r = args::tuple(vm, &a, &qual(kind, name), name, 1, 3)?;
    let start = args::slice_bound(vm, r.get(1), 0)?;
    let end = args::slice_bound(vm, r.get(2), i64::MAX)?;
    let data = data_of(this);
    if let Some(Payload::Tuple(items)) = r[0].payload() {
        for item in items.iter() {
            let sub = need_buffer(vm, item)?;
            if tailmatch(&data, &sub, start, end, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match super::buffer(vm, &r[0])? {
        Some(sub) => Ok(Value::Bool(tailmatch(&data, &sub, start, end, at_end))),
        None => {
            let t = ops::type_name(vm, &r[0]);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    startswith_impl(vm, a, k, n, false)
}

fn endswith(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    startswith_impl(vm, a, k, n, true)
}

// ---- splitting and joining ----

/// `(receiver, sep, maxsplit)` of split and rsplit.
fn split_args<'a>(
    vm: &mut Vm,
    a: &CallArgs<'a>,
    kind: Kind,
    name: &str,
) -> PyResult<(&'a Value, Option<Value>, i64)> {
    let this = receiver(vm, a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["sep", "maxsplit"],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let p = args::clinic(vm, a, &spec, true)?;
    let maxsplit = match &p[1] {
        Some(v) => args::to_isize(vm, v)?,
        None => -1,
    };
    let sep = p[0].clone().filter(|v| !v.is_none());
    Ok((this, sep, maxsplit))
}

fn split_impl(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, right: bool) -> R {
    let (this, sep, maxsplit) = split_args(vm, &a, kind, name)?;
    let data = data_of(this);
    let ranges = match &sep {
        None if right => common::rsplit_whitespace(&data, maxsplit),
        None => common::split_whitespace(&data, maxsplit),
        Some(s) => {
            let sep = need_buffer(vm, s)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                common::rsplit(&data, &sep, maxsplit)
            } else {
                common::split(&data, &sep, maxsplit)
            }
        }
    };
    Ok(pieces(vm, this, kind, &data, ranges))
}

fn split(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    split_impl(vm, a, k, n, false)
}

fn rsplit(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    split_impl(vm, a, k, n, true)
}

fn splitlines(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["keepends"],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let keepends = match &p[0] {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    let data = data_of(this);
    let ranges = common::splitlines(&data, keepends);
    Ok(pieces(vm, this, kind, &data, ranges))
}

fn partition_impl(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, right: bool) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let sep_v = args::one(vm, &a, &qual(kind, name))?;
    let data = data_of(this);
    let sep = need_buffer(vm, sep_v)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let n = data.len();
    let found = if right {
        common::rfind(&data, &sep, 0, n as i64)
    } else {
        common::find(&data, &sep, 0, n as i64)
    };
    let items = match found {
        Some(p) => vec![
            piece(vm, this, kind, &data, 0, p),
            // bytes gives back the separator object itself; bytearray a bytearray copy.
            if kind == Kind::Bytes { sep_v.clone() } else { kind.make(vm, sep.to_vec()) },
            piece(vm, this, kind, &data, p + sep.len(), n),
        ],
        None if right => vec![
            kind.make(vm, Vec::new()),
            kind.make(vm, Vec::new()),
            piece(vm, this, kind, &data, 0, n),
        ],
        None => vec![
            piece(vm, this, kind, &data, 0, n),
            kind.make(vm, Vec::new()),
            kind.make(vm, Vec::new()),
        ],
    };
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    partition_impl(vm, a, k, n, false)
}

fn rpartition(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    partition_impl(vm, a, k, n, true)
}

/// The items of an iterable, for `join`: lists and tuples directly, else by iteration (a
/// TypeError from `iter()` becomes "can only join an iterable").
pub fn iterable_items(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => return Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        items.push(x);
    }
    Ok(items)
}

fn join(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let iterable = args::one(vm, &a, &qual(kind, name))?;
    let items = iterable_items(vm, iterable, "can only join an iterable")?;
    let sep = data_of(this);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = super::buffer(vm, item)? else {
            let t = ops::type_name(vm, item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(kind.make(vm, out))
}

// ---- stripping and padding ----

fn strip_impl(
    vm: &mut Vm,
    a: CallArgs,
    kind: Kind,
    name: &'static str,
    left: bool,
    right: bool,
) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let r = args::positional(vm, &a, &qual(kind, name), name, 0, 1)?;
    let data = data_of(this);
    let chars = match r.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_buffer(vm, v)?),
    };
    let (s, e) = common::strip(&data, chars.as_deref(), left, right);
    Ok(piece(vm, this, kind, &data, s, e))
}

fn strip(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    strip_impl(vm, a, k, n, true, true)
}
fn lstrip(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    strip_impl(vm, a, k, n, true, false)
}
fn rstrip(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    strip_impl(vm, a, k, n, false, true)
}

fn affix_impl(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, suffix: bool) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let arg = args::one(vm, &a, &qual(kind, name))?;
    let data = data_of(this);
    let fix = need_buffer(vm, arg)?;
    let n = data.len();
    let (s, e) = if suffix {
        if !fix.is_empty() && data.ends_with(&fix) {
            (0, n - fix.len())
        } else {
            (0, n)
        }
    } else if !fix.is_empty() && data.starts_with(&fix) {
        (fix.len(), n)
    } else {
        (0, n)
    };
    Ok(piece(vm, this, kind, &data, s, e))
}

fn removeprefix(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    affix_impl(vm, a, k, n, false)
}
fn removesuffix(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    affix_impl(vm, a, k, n, true)
}

/// How `center`, `ljust` and `rjust` place the text.
#[derive(Copy, Clone)]
enum Align {
    Center,
    Left,
    Right,
}

fn justify(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, align: Align) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let r = args::positional(vm, &a, &qual(kind, name), name, 1, 2)?;
    let width = args::to_isize(vm, &r[0])?;
    let fill = match r.get(1) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b[0],
            Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
            _ => {
                let t = ops::type_name(vm, v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    let data = data_of(this);
    let n = data.len();
    if width <= n as i64 {
        return Ok(piece(vm, this, kind, &data, 0, n));
    }
    let width = width as usize;
    let marg = width - n;
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        Align::Center => common::center_left(marg, width),
    };
    let out = alloc_checked(vm, width, |out| {
        out.resize(left, fill);
        out.extend_from_slice(&data);
        out.resize(width, fill);
    })?;
    Ok(kind.make(vm, out))
}

/// A buffer of `size` bytes filled by `f`, or MemoryError when it cannot be allocated.
pub fn alloc_checked(vm: &Vm, size: usize, f: impl FnOnce(&mut Vec<u8>)) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if out.try_reserve_exact(size).is_err() {
        return Err(vm.memory_error());
    }
    f(&mut out);
    Ok(out)
}

fn center(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    justify(vm, a, k, n, Align::Center)
}
fn ljust(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    justify(vm, a, k, n, Align::Left)
}
fn rjust(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    justify(vm, a, k, n, Align::Right)
}

fn zfill(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let w = args::one(vm, &a, &qual(kind, name))?;
    let width = args::to_isize(vm, w)?;
    let data = data_of(this);
    if width <= data.len() as i64 {
        return Ok(piece(vm, this, kind, &data, 0, data.len()));
    }
    if alloc_checked(vm, width as usize, |_| {}).is_err() {
        return Err(vm.memory_error());
    }
    Ok(kind.make(vm, common::zfill(&data, width as usize)))
}

fn expandtabs(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["tabsize"],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let tabsize = match &p[0] {
        Some(v) => match ops::iter::index_value(vm, v)? {
            Some(b) => match num_traits::ToPrimitive::to_i32(&b) {
                Some(n) => i64::from(n),
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            },
            None => args::to_isize(vm, v)?,
        },
        None => 8,
    };
    let Some(size) = common::expandtabs_len(&data_of(this), tabsize) else {
        return Err(vm.overflow_error("result too long"));
    };
    let mut out: Vec<u8> = Vec::new();
    if out.try_reserve(size).is_err() {
        return Err(vm.memory_error());
    }
    drop(out);
    let out = common::expandtabs(&data_of(this), tabsize);
    Ok(kind.make(vm, out))
}

fn replace(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let r = args::positional(vm, &a, &qual(kind, name), name, 2, 3)?;
    let count = match r.get(2) {
        Some(v) => args::to_isize(vm, v)?,
        None => -1,
    };
    let data = data_of(this);
    let old = need_buffer(vm, &r[0])?;
    let new = need_buffer(vm, &r[1])?;
    let out = common::replace(&data, &old, &new, count);
    Ok(kind.make(vm, out))
}

// ---- translation, hex, decoding ----

fn translate(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["table", "delete"],
        posonly: 1,
        required: 1,
        maxpos: 2,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let table_v = p[0].clone().unwrap_or(Value::None);
    let delete_v = p[1].clone();
    let data = data_of(this);
    let table = if table_v.is_none() {
        None
    } else {
        let t = need_buffer(vm, &table_v)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match &delete_v {
        Some(d) => Some(need_buffer(vm, d)?),
        None => None,
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| delete.as_ref().is_none_or(|d| !d.contains(b)))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(kind.make(vm, out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to `to`'s.
fn maketrans(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual(kind, name))));
    }
    let r = a.pos();
    if r.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", r.len())));
    }
    let frm = need_buffer(vm, &r[0])?;
    let to = need_buffer(vm, &r[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[usize::from(f)] = t;
    }
    Ok(super::new_bytes(vm, table))
}

/// The separator and group size of `hex(sep, bytes_per_sep)` (shared with memoryview).
pub fn hex_args(
    vm: &mut Vm,
    sep: Option<&Value>,
    per_sep: Option<&Value>,
) -> PyResult<(Option<u8>, i64)> {
    let per = match per_sep {
        Some(v) => {
            let n = args::to_isize(vm, v)?;
            if i32::try_from(n).is_err() {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(v) => {
            let unit = match v.payload() {
                Some(Payload::Str(s)) => (s.len() == 1).then(|| s.get(0)),
                Some(Payload::Bytes(b)) => (b.len() == 1).then(|| u32::from(b[0])),
                _ => {
                    if ops::len(vm, v)? != 1 {
                        return Err(vm.value_error("sep must be length 1."));
                    }
                    return Err(vm.type_error("sep must be str or bytes."));
                }
            };
            match unit {
                None => return Err(vm.value_error("sep must be length 1.")),
                Some(c) if c > 127 => return Err(vm.value_error("sep must be ASCII.")),
                Some(c) => Some(c as u8),
            }
        }
    };
    Ok((sep, per))
}

fn hex(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["sep", "bytes_per_sep"],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let (sep, per) = hex_args(vm, p[0].as_ref(), p[1].as_ref())?;
    let out = common::hex(&data_of(this), sep, per);
    Ok(
        vm.str_value(crate::runtime::objects::str::PyString::from_latin1_bytes(
            &out,
        )),
    )
}

fn decode(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let this = receiver(vm, &a, kind, name)?;
    let spec = Clinic {
        fname: name,
        names: &["encoding", "errors"],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let p = args::clinic(vm, &a, &spec, true)?;
    let encoding = match &p[0] {
        Some(v) => args::str_arg(vm, v, name, "encoding")?,
        None => "utf-8".to_string(),
    };
    let errors = match &p[1] {
        Some(v) => args::str_arg(vm, v, name, "errors")?,
        None => "strict".to_string(),
    };
    let data = data_of(this).to_vec();
    crate::runtime::codecs::decode(vm, &data, &encoding, &errors)
}

// ---- slots ----

fn len_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, _) = slot_args(vm, &a, kind, name, 0)?;
    Ok(Value::Int(data_of(this).len() as i64))
}

fn getitem(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    let key = &r[0];
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, step, count) = super::slice_indices_with(vm, key, || data_of(this).len())?;
        let data = data_of(this);
        if kind == Kind::Bytes
            && step == 1
            && count == data.len()
            && ops::is_exact(vm, this, &vm.types.bytes)
        {
            return Ok(this.clone());
        }
        let count = count.min(data.len());
        return Ok(kind.make(vm, super::slice_bytes(&data, start, step, count)));
    }
    let what = if kind == Kind::Bytes {
        "byte"
    } else {
        "bytearray"
    };
    let len = data_of(this).len();
    let i = ops::item::seq_index(vm, key, len, what)?;
    let data = data_of(this);
    match i.and_then(|i| data.get(i)) {
        Some(&b) => Ok(Value::Int(i64::from(b))),
        None if kind == Kind::Bytes => Err(vm.index_error("index out of range")),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn contains(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    Ok(Value::Bool(bytes_contains(vm, this, &r[0])?))
}

/// `item in b` for a bytes or bytearray `b`: a byte value or a bytes-like substring.
pub fn bytes_contains(vm: &mut Vm, this: &Value, item: &Value) -> PyResult<bool> {
    if !is_buffer(item)
        && let Some(b) = ops::iter::index_value(vm, item)? {
            let Some(v) = num_traits::ToPrimitive::to_u8(&b) else {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            };
            return Ok(data_of(this).contains(&v));
        }
    let data = data_of(this);
    let sub = need_buffer(vm, item)?;
    Ok(common::find(&data, &sub, 0, data.len() as i64).is_some())
}

fn hash_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, _) = slot_args(vm, &a, kind, name, 0)?;
    let h = crate::bytecode::pyhash::hash_bytes(&data_of(this), vm.hash_key);
    Ok(Value::Int(h))
}

fn repr_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, _) = slot_args(vm, &a, kind, name, 0)?;
    let text = bytes_repr(vm, this);
    Ok(vm.new_str(&text))
}

/// `repr(b)`: `b'...'` for bytes, `bytearray(b'...')` (with the subclass's name) for bytearray.
pub fn bytes_repr(vm: &Vm, this: &Value) -> String {
    let inner = crate::text::strings::bytes_repr(&data_of(this));
    match this.payload() {
        Some(Payload::ByteArray(_)) => format!("{}({inner})", ops::type_name(vm, this)),
        _ => inner,
    }
}

fn add_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    let Some(other) = super::buffer(vm, &r[0])? else {
        return Ok(vm.not_implemented());
    };
    let data = data_of(this);
    let out = alloc_checked(vm, data.len() + other.len(), |out| {
        out.extend_from_slice(&data);
        out.extend_from_slice(&other);
    })?;
    Ok(kind.make(vm, out))
}

/// `data * n` (n negative: empty), with CPython's overflow error.
pub fn repeat(vm: &Vm, data: &[u8], n: i64, kind: Kind) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let Some(size) = data
        .len()
        .checked_mul(n as usize)
        .filter(|&s| s <= isize::MAX as usize)
    else {
        return Err(match kind {
            Kind::Bytes => vm.overflow_error("repeated bytes are too long"),
            Kind::ByteArray => vm.memory_error(),
        });
    };
    alloc_checked(vm, size, |out| {
        for _ in 0..n {
            out.extend_from_slice(data);
        }
    })
}

/// The repeat count of `*`: NotImplemented (None) for objects without `__index__`.
pub fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match ops::iter::index_value(vm, v)? {
        Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
            Some(n) => Ok(Some(n)),
            None if b.sign() == num_bigint::Sign::Minus => Ok(Some(0)),
            None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        },
        None => Ok(None),
    }
}

fn mul_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    let Some(n) = repeat_count(vm, &r[0])? else {
        return Ok(vm.not_implemented());
    };
    if n == 1 && kind == Kind::Bytes && ops::is_exact(vm, this, &vm.types.bytes) {
        return Ok(this.clone());
    }
    let out = repeat(vm, &data_of(this), n, kind)?;
    Ok(kind.make(vm, out))
}

fn mod_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    let fmt = data_of(this).to_vec();
    let out = super::format::format(vm, &fmt, &r[0])?;
    Ok(kind.make(vm, out))
}

fn rmod_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    // The reflected slot formats with the other operand when it is of the same kind.
    if !kind.holds(&r[0]) {
        return Ok(vm.not_implemented());
    }
    let fmt = data_of(&r[0]).to_vec();
    let out = super::format::format(vm, &fmt, this)?;
    Ok(kind.make(vm, out))
}

fn iter_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, _) = slot_args(vm, &a, kind, name, 0)?;
    Ok(super::iter::new_iter(vm, this, kind))
}

fn compare(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str, op: CompareOp) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    let other = &r[0];
    // bytes compares only with bytes; bytearray with any bytes-like object.
    let ok = match kind {
        Kind::Bytes => matches!(other.payload(), Some(Payload::Bytes(_))),
        Kind::ByteArray => is_buffer(other),
    };
    if !ok {
        return Ok(vm.not_implemented());
    }
    let x = data_of(this);
    let Some(y) = super::buffer(vm, other)? else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(op.test((*x).cmp(&*y))))
}

fn eq(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Eq)
}
fn ne(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Ne)
}
fn lt(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Lt)
}
fn le(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Le)
}
fn gt(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Gt)
}
fn ge(vm: &mut Vm, a: CallArgs, k: Kind, n: &'static str) -> R {
    compare(vm, a, k, n, CompareOp::Ge)
}

fn buffer_slot(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let (this, r) = slot_args(vm, &a, kind, name, 1)?;
    super::memoryview::buffer_flags(vm, &r[0])?;
    super::memoryview::from_object(vm, this)
}

// ---- bytes alone ----

fn bytes_bytes(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::Bytes, "__bytes__")?;
    args::none(vm, &a, "bytes.__bytes__")?;
    if ops::is_exact(vm, this, &vm.types.bytes) {
        return Ok(this.clone());
    }
    Ok(super::new_bytes(vm, data_of(this).to_vec()))
}

fn bytes_getnewargs(vm: &mut Vm, a: CallArgs) -> R {
    let this = receiver(vm, &a, Kind::Bytes, "__getnewargs__")?;
    args::none(vm, &a, "bytes.__getnewargs__")?;
    let copy = super::new_bytes(vm, data_of(this).to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

/// Declares the methods shared by bytes and bytearray once, as two tables bound to each kind.
macro_rules! shared_methods {
    ($($kind:ident $name:literal => $f:ident,)*) => {
        static BYTES_SHARED: &[MethodDef] = &[
            $(MethodDef::$kind($name, |vm, a| $f(vm, a, Kind::Bytes, $name)),)*
        ];
        static BYTEARRAY_SHARED: &[MethodDef] = &[
            $(MethodDef::$kind($name, |vm, a| $f(vm, a, Kind::ByteArray, $name)),)*
        ];
    };
}

shared_methods! {
    slot "__repr__" => repr_slot,
    slot "__str__" => repr_slot,
    slot "__len__" => len_slot,
    slot "__getitem__" => getitem,
    slot "__contains__" => contains,
    slot "__iter__" => iter_slot,
    slot "__add__" => add_slot,
    slot "__mul__" => mul_slot,
    slot "__rmul__" => mul_slot,
    slot "__mod__" => mod_slot,
    slot "__rmod__" => rmod_slot,
    slot "__eq__" => eq,
    slot "__ne__" => ne,
    slot "__lt__" => lt,
    slot "__le__" => le,
    slot "__gt__" => gt,
    slot "__ge__" => ge,
    slot "__buffer__" => buffer_slot,
    method "capitalize" => capitalize,
    method "center" => center,
    method "count" => count,
    method "decode" => decode,
    method "endswith" => endswith,
    method "expandtabs" => expandtabs,
    method "find" => find,
    method "hex" => hex,
    method "index" => index,
    method "isalnum" => isalnum,
    method "isalpha" => isalpha,
    method "isascii" => isascii,
    method "isdigit" => isdigit,
    method "islower" => islower,
    method "isspace" => isspace,
    method "istitle" => istitle,
    method "isupper" => isupper,
    method "join" => join,
    method "ljust" => ljust,
    method "lower" => lower,
    method "lstrip" => lstrip,
    staticmethod "maketrans" => maketrans,
    method "partition" => partition,
    method "removeprefix" => removeprefix,
    method "removesuffix" => removesuffix,
    method "replace" => replace,
    method "rfind" => rfind,
    method "rindex" => rindex,
    method "rjust" => rjust,
    method "rpartition" => rpartition,
    method "rsplit" => rsplit,
    method "rstrip" => rstrip,
    method "split" => split,
    method "splitlines" => splitlines,
    method "startswith" => startswith,
    method "strip" => strip,
    method "swapcase" => swapcase,
    method "title" => title,
    method "translate" => translate,
    method "upper" => upper,
    method "zfill" => zfill,
    classmethod "fromhex" => fromhex,
}

fn fromhex(vm: &mut Vm, a: CallArgs, kind: Kind, name: &'static str) -> R {
    let cls = a.pos().first().cloned().unwrap_or_default();
    let arg = args::one(vm, &a, &qual(kind, name))?;
    let Some(Payload::Str(s)) = arg.payload() else {
        let t = args::arg_type_name(vm, arg);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let out = super::construct::parse_hex(vm, s)?;
    let made = kind.make(vm, out);
    let exact = match kind {
        Kind::Bytes => &vm.types.bytes,
        Kind::ByteArray => &vm.types.bytearray,
    };
    if cls
        .as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o, exact.obj()))
    {
        return Ok(made);
    }
    vm.call(&cls, &[made], &[])
}

static BYTES_ONLY: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", super::construct::bytes_new_slot),
    MethodDef::slot("__hash__", |vm, a| {
        hash_slot(vm, a, Kind::Bytes, "__hash__")
    }),
    MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
    MethodDef::method("__bytes__", bytes_bytes),
    MethodDef::method("__getnewargs__", bytes_getnewargs),
];

const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer";

pub fn init(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    add_methods(vm, &b, BYTES_SHARED);
    add_methods(vm, &b, BYTES_ONLY);
    let doc = vm.new_str(BYTES_DOC);
    add_attr(vm, &b, "__doc__", doc);
    let ba = vm.types.bytearray.clone();
    add_methods(vm, &ba, BYTEARRAY_SHARED);
}
