//! str's searching methods: `find`, `rfind`, `index`, `rindex`, `count` (with start and end),
//! `startswith` / `endswith` (a str or a tuple of them), `replace`, `partition`,
//! `rpartition`, `removeprefix`, `removesuffix`, and `in`.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::search;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args;
use super::unchanged;

/// The needle and the adjusted range of find, index, count and their right-hand forms.
fn find_args<'a>(vm: &mut Vm, a: &CallArgs<'a>, name: &str) -> PyResult<(&'a PyString, &'a PyString, i64, i64)> {
    let r = args::varargs(vm, a, name, 1, 3)?;
    let sub = args::str_arg(vm, &r.rest[0])?;
    let start = args::slice_index(vm, r.rest.get(1))?;
    let end = args::slice_index(vm, r.rest.get(2))?;
    let (start, end) = args::adjust_indices(start, end, r.s.len());
    Ok((r.s, sub, start, end))
}

/// Where `sub` is in `s[start..end]` (from the left, or the right when `right`).
pub fn find_in(s: &PyString, sub: &PyString, start: i64, end: i64, right: bool) -> Option<usize> {
    if end - start < sub.len() as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    if sub.is_empty() {
        return Some(if right { end } else { start });
    }
    if right { search::rfind(s, sub, start, end) } else { search::find(s, sub, start, end) }
}

fn index_value(r: Option<usize>) -> Value {
    Value::Int(r.map_or(-1, |i| i as i64))
}

pub fn find(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &a, "find")?;
    Ok(index_value(find_in(s, sub, start, end, false)))
}

pub fn rfind(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &a, "rfind")?;
    Ok(index_value(find_in(s, sub, start, end, true)))
}

pub fn index(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &a, "index")?;
    match find_in(s, sub, start, end, false) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn rindex(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &a, "rindex")?;
    match find_in(s, sub, start, end, true) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn count(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &a, "count")?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    Ok(Value::Int(search::count(s, sub, start as usize, end as usize) as i64))
}

/// Whether `sub` is at the start (or end) of `s[start..end]`.
fn tailmatch(s: &PyString, sub: &PyString, start: i64, end: i64, at_end: bool) -> bool {
    let n = sub.len() as i64;
    if end - n < start {
        return false;
    }
    if n == 0 {
        return true;
    }
    let offset = if at_end { end - n } else { start } as usize;
    (0..sub.len()).all(|k| s.get(offset + k) == sub.get(k))
}

fn starts_or_ends(vm: &mut Vm, a: CallArgs, name: &str, at_end: bool) -> PyResult<Value> {
    let r = args::varargs(vm, &a, name, 1, 3)?;
    let start = args::slice_index(vm, r.rest.get(1))?;
    let end = args::slice_index(vm, r.rest.get(2))?;
    let (start, end) = args::adjust_indices(start, end, r.s.len());
    let what = &r.rest[0];
    match what.payload() {
        Some(Payload::Str(sub)) => Ok(Value::Bool(tailmatch(r.s, sub, start, end, at_end))),
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                match item.payload() {
                    Some(Payload::Str(sub)) => {
                        if tailmatch(r.s, sub, start, end, at_end) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        let t = ops::type_name(vm, item);
                        return Err(vm.type_error(format!("tuple for {name} must only contain str, not {t}")));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let t = ops::type_name(vm, what);
            Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {t}")))
        }
    }
}

pub fn startswith(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    starts_or_ends(vm, a, "startswith", false)
}

pub fn endswith(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    starts_or_ends(vm, a, "endswith", true)
}

/// `s.replace(old, new, count)` (count < 0: all).
pub fn replace_str(s: &PyString, old: &PyString, new: &PyString, count: i64) -> Option<PyString> {
    let max = if count < 0 { usize::MAX } else { count as usize };
    if max == 0 {
        return None;
    }
    if old.is_empty() {
        // The new text goes before every character and at the end, up to `max` times.
        let n = s.len();
        let times = max.min(n + 1);
        let mut out = StrBuilder::with_capacity(n + times * new.len());
        for i in 0..n {
            if i < times {
                out.push_pystr(new);
            }
            out.push(s.get(i));
        }
        if times > n {
            out.push_pystr(new);
        }
        return Some(out.finish());
    }
    let hits = search::find_all(s, old, 0, s.len(), max);
    if hits.is_empty() {
        return None;
    }
    let mut out = StrBuilder::with_capacity(s.len() + hits.len() * new.len());
    let mut i = 0;
    for h in hits {
        out.push_slice(s, i, h);
        out.push_pystr(new);
        i = h + old.len();
    }
    out.push_slice(s, i, s.len());
    Some(out.finish())
}

/// `str.replace(old, new, count=-1, /)`.
pub fn replace(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::clinic(vm, &a, "replace", 2, 3)?;
    let old = args::str_arg_named(vm, &r.rest[0], "replace", 1)?;
    let new = args::str_arg_named(vm, &r.rest[1], "replace", 2)?;
    let count = match r.rest.get(2) {
        Some(c) => args::ssize(vm, c)?,
        None => -1,
    };
    match replace_str(r.s, old, new, count) {
        Some(s) => Ok(vm.str_value(s)),
        None => Ok(unchanged(vm, r.this)),
    }
}

fn do_partition(vm: &mut Vm, a: CallArgs, name: &str, right: bool) -> PyResult<Value> {
    let (r, sep) = args::one(vm, &a, name)?;
    let sep = args::str_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = r.s;
    let hit = if right { search::rfind(s, sep, 0, s.len()) } else { search::find(s, sep, 0, s.len()) };
    let whole = unchanged(vm, r.this);
    let empty = || vm.new_str("");
    let items = match hit {
        None if right => vec![empty(), empty(), whole],
        None => vec![whole, empty(), empty()],
        Some(i) => vec![
            vm.str_value(s.slice(0, i)),
            if super::is_exact(&a.pos()[1]) { a.pos()[1].clone() } else { vm.str_value(sep.slice(0, sep.len())) },
            vm.str_value(s.slice(i + sep.len(), s.len())),
        ],
    };
    Ok(vm.new_tuple(items))
}

pub fn partition(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    do_partition(vm, a, "partition", false)
}

pub fn rpartition(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    do_partition(vm, a, "rpartition", true)
}

pub fn removeprefix(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, p) = args::one(vm, &a, "removeprefix")?;
    let p = args::str_arg_named(vm, p, "removeprefix", 0)?;
    let n = r.s.len() as i64;
    if !p.is_empty() && tailmatch(r.s, p, 0, n, false) {
        return Ok(vm.str_value(r.s.slice(p.len(), r.s.len())));
    }
    Ok(unchanged(vm, r.this))
}

pub fn removesuffix(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, p) = args::one(vm, &a, "removesuffix")?;
    let p = args::str_arg_named(vm, p, "removesuffix", 0)?;
    let n = r.s.len() as i64;
    if !p.is_empty() && tailmatch(r.s, p, 0, n, true) {
        return Ok(vm.str_value(r.s.slice(0, r.s.len() - p.len())));
    }
    Ok(unchanged(vm, r.this))
}

/// `sub in s`.
pub fn contains_str(s: &PyString, sub: &PyString) -> bool {
    if sub.len() == 1 {
        return search::find_char(s, sub.get(0), 0, s.len()).is_some();
    }
    sub.is_empty() || search::find(s, sub, 0, s.len()).is_some()
}

/// `str.__contains__`.
pub fn contains(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::recv(vm, &a, "__contains__")?;
    let [item] = r.rest else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", r.rest.len())));
    };
    match item.payload() {
        Some(Payload::Str(sub)) => Ok(Value::Bool(contains_str(r.s, sub))),
        _ => {
            let t = ops::type_name(vm, item);
            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {t}")))
        }
    }
}
