//! str's special methods: indexing and slicing, `+`, `*`, `%`, comparisons, hash, len,
//! iteration, repr and str, `__getnewargs__`, `__sizeof__`, and `format` / `format_map`.

use crate::runtime::format::{self, template};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::iter::IterState;
use crate::runtime::objects::str::{PyString, StrBuilder, StrData};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args::{self, Recv};
use super::unchanged;

/// The one argument of a slot wrapper (`expected 1 argument, got N`).
fn slot_arg<'a>(vm: &Vm, a: &CallArgs<'a>, name: &str) -> PyResult<(Recv<'a>, &'a Value)> {
    let r = args::recv(vm, a, name)?;
    match r.rest {
        [x] if !a.has_kwargs() => Ok((Recv { this: r.this, s: r.s, rest: r.rest }, x)),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", r.rest.len() + a.kwnames.len()))),
    }
}

fn slot_noarg<'a>(vm: &Vm, a: &CallArgs<'a>, name: &str) -> PyResult<Recv<'a>> {
    let r = args::recv(vm, a, name)?;
    if !r.rest.is_empty() || a.has_kwargs() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", r.rest.len() + a.kwnames.len())));
    }
    Ok(r)
}

/// A slice's start, step and length over a sequence of `len` items (PySlice_Unpack and
/// PySlice_AdjustIndices).
pub fn slice_indices(vm: &mut Vm, start: &Value, stop: &Value, step: &Value, len: usize) -> PyResult<(i64, i64, usize)> {
    let step = match args::slice_index(vm, Some(step))? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let start = args::slice_index(vm, Some(start))?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = args::slice_index(vm, Some(stop))?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let n = len as i64;
    let adjust = |i: i64| -> i64 {
        if i < 0 {
            let j = i + n;
            if j < 0 { if step < 0 { -1 } else { 0 } } else { j }
        } else if i >= n {
            if step < 0 { n - 1 } else { n }
        } else {
            i
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let count = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

/// `s[start::step]` for `count` items.
pub fn slice_str(s: &PyString, start: i64, step: i64, count: usize) -> PyString {
    if step == 1 {
        return s.slice(start as usize, start as usize + count);
    }
    let mut out = StrBuilder::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(s.get(i as usize));
        i += step;
    }
    out.finish()
}

/// `s[key]`.
pub fn getitem_str(vm: &mut Vm, this: &Value, s: &PyString, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice { start, stop, step }) = key.payload() {
        let (start, step, count) = slice_indices(vm, start, stop, step, s.len())?;
        if count == s.len() && step == 1 {
            return Ok(unchanged(vm, this));
        }
        return Ok(vm.str_value(slice_str(s, start, step, count)));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::iter::index_value(vm, key)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => i,
                None => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
            },
            None => {
                let t = ops::type_name(vm, key);
                return Err(vm.type_error(format!("string indices must be integers, not '{t}'")));
            }
        },
    };
    let n = s.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    Ok(crate::runtime::objects::strops::char_value(vm, s.get(j as usize)))
}

pub fn getitem(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, key) = slot_arg(vm, &a, "__getitem__")?;
    getitem_str(vm, r.this, r.s, key)
}

pub fn add(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, other) = slot_arg(vm, &a, "__add__")?;
    match other.payload() {
        Some(Payload::Str(o)) => {
            if o.is_empty() {
                return Ok(unchanged(vm, r.this));
            }
            if r.s.is_empty() {
                return Ok(unchanged(vm, other));
            }
            Ok(vm.str_value(r.s.concat(o)))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// `s * n`.
pub fn repeat_str(vm: &mut Vm, this: &Value, s: &PyString, n: &Value) -> PyResult<Value> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match ops::iter::index_value(vm, n)? {
            Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => i,
                None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            None => return Ok(vm.not_implemented()),
        },
    };
    if count <= 0 || s.is_empty() {
        return Ok(vm.new_str(""));
    }
    if count == 1 {
        return Ok(unchanged(vm, this));
    }
    if (s.len() as u64).checked_mul(count as u64).is_none_or(|t| t > isize::MAX as u64 / 4) {
        return Err(vm.memory_error());
    }
    Ok(vm.str_value(s.repeat(count as usize)))
}

pub fn mul(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, n) = slot_arg(vm, &a, "__mul__")?;
    repeat_str(vm, r.this, r.s, n)
}

pub fn rmul(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, n) = slot_arg(vm, &a, "__rmul__")?;
    repeat_str(vm, r.this, r.s, n)
}

pub fn mod_(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, values) = slot_arg(vm, &a, "__mod__")?;
    let s = format::percent::format_str(vm, r.s, values)?;
    Ok(vm.str_value(s))
}

pub fn rmod(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, other) = slot_arg(vm, &a, "__rmod__")?;
    match other.payload() {
        Some(Payload::Str(fmt)) => {
            let s = format::percent::format_str(vm, fmt, r.this)?;
            Ok(vm.str_value(s))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn compare(vm: &mut Vm, a: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let (r, other) = slot_arg(vm, &a, name)?;
    match other.payload() {
        Some(Payload::Str(o)) => {
            let result = match op {
                CompareOp::Eq => r.s.equals(o),
                CompareOp::Ne => !r.s.equals(o),
                _ => op.test(r.s.compare(o)),
            };
            Ok(Value::Bool(result))
        }
        _ => Ok(vm.not_implemented()),
    }
}

pub fn lt(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__lt__", CompareOp::Lt)
}

pub fn le(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__le__", CompareOp::Le)
}

pub fn eq(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__eq__", CompareOp::Eq)
}

pub fn ne(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__ne__", CompareOp::Ne)
}

pub fn gt(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__gt__", CompareOp::Gt)
}

pub fn ge(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    compare(vm, a, "__ge__", CompareOp::Ge)
}

pub fn hash(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = slot_noarg(vm, &a, "__hash__")?;
    Ok(Value::Int(r.s.hash(vm.hash_key)))
}

pub fn len(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = slot_noarg(vm, &a, "__len__")?;
    Ok(Value::Int(r.s.len() as i64))
}

pub fn iter(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = slot_noarg(vm, &a, "__iter__")?;
    let t = if r.s.is_ascii() { vm.types.str_iterator.clone() } else { vm.types.str_uni_iterator.clone() };
    Ok(ops::iter::new_iter(vm, &t, IterState::Str { s: r.this.clone(), index: 0 }))
}

pub fn repr(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = slot_noarg(vm, &a, "__repr__")?;
    Ok(vm.new_str(&ops::repr::str_repr(r.s)))
}

pub fn str_(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = slot_noarg(vm, &a, "__str__")?;
    Ok(unchanged(vm, r.this))
}

pub fn getnewargs(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "__getnewargs__")?;
    let copy = vm.str_value(r.s.slice(0, r.s.len()));
    Ok(vm.new_tuple(vec![copy]))
}

pub fn sizeof(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "__sizeof__")?;
    let s = r.s;
    let size = if s.is_ascii() {
        40 + s.len() + 1
    } else {
        let kind = match s.data() {
            StrData::Latin1(_) => 1,
            StrData::Ucs2(_) => 2,
            StrData::Ucs4(_) => 4,
        };
        56 + (s.len() + 1) * kind
    };
    Ok(Value::Int(size as i64))
}

/// `str.format(*args, **kwargs)`.
pub fn format_method(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::recv(vm, &a, "format")?;
    let kw_start = a.args.len() - a.kwnames.len();
    let names = if a.has_kwargs() { template::Names::Keywords(a.kwnames, &a.args[kw_start..]) } else { template::Names::None };
    let targs = template::Args { positional: Some(r.rest), names };
    let s = template::format_template(vm, r.s, &targs)?;
    Ok(vm.str_value(s))
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, mapping) = args::one(vm, &a, "format_map")?;
    let targs = template::Args { positional: None, names: template::Names::Mapping(mapping) };
    let s = template::format_template(vm, r.s, &targs)?;
    Ok(vm.str_value(s))
}
