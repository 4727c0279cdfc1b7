//! What the container methods share: the receiver check of builtin methods, CPython's
//! argument-count messages, index arguments (`__index__`, clamped or checked), slice
//! arithmetic (`PySlice_Unpack` and `PySlice_AdjustIndices`), and lexicographic comparison.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The receiver of a builtin method of `owner`, checked with `ok` (its payload kind).
pub fn receiver<'a>(vm: &Vm, args: &CallArgs<'a>, owner: &str, name: &str, ok: fn(&Payload) -> bool) -> PyResult<&'a Value> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    match this.payload() {
        Some(p) if ok(p) => Ok(this),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            ops::type_name(vm, this)
        ))),
    }
}

/// The arguments after the receiver.
#[inline]
pub fn rest<'a>(args: &CallArgs<'a>) -> &'a [Value] {
    let p = args.pos();
    if p.is_empty() { p } else { &p[1..] }
}

/// TypeError unless no keyword arguments were passed (`name() takes no keyword arguments`).
pub fn no_kwargs(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// The single argument of a METH_O method (`list.append() takes exactly one argument (N given)`).
pub fn one_arg<'a>(vm: &Vm, args: &CallArgs<'a>, qualname: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, qualname)?;
    match rest(args) {
        [x] => Ok(x),
        r => Err(vm.type_error(format!("{qualname}() takes exactly one argument ({} given)", r.len()))),
    }
}

/// No arguments beyond the receiver (`dict.keys() takes no arguments (N given)`).
pub fn no_args(vm: &Vm, args: &CallArgs, qualname: &str) -> PyResult<()> {
    no_kwargs(vm, args, qualname)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// No arguments for a slot wrapper (`expected 0 arguments, got N`).
pub fn slot_no_args(vm: &Vm, args: &CallArgs) -> PyResult<()> {
    let n = rest(args).len();
    if n != 0 || args.has_kwargs() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", n + args.kwnames.len())));
    }
    Ok(())
}

/// The one argument of a binary slot wrapper (`expected 1 argument, got N`).
pub fn slot_one_arg<'a>(vm: &Vm, args: &CallArgs<'a>) -> PyResult<&'a Value> {
    match rest(args) {
        [x] if !args.has_kwargs() => Ok(x),
        r => Err(vm.type_error(format!("expected 1 argument, got {}", r.len() + args.kwnames.len()))),
    }
}

/// Checks the positional count of an Argument Clinic function (`pop expected at most 1
/// argument, got 2`).
pub fn count_range(vm: &Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{name} expected {min} {}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} {}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} {}, got {n}", plural(max))
    };
    Err(vm.type_error(msg))
}

/// The arguments of a positional-only clinic method with `min..=max` of them.
pub fn pos_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, name)?;
    let r = rest(args);
    count_range(vm, r.len(), name, min, max)?;
    Ok(r)
}

/// `operator.index(v)` as an i64 (`'str' object cannot be interpreted as an integer`);
/// OverflowError past the index range.
pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match ops::iter::index_value(vm, v)? {
            Some(b) => b.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
            None => {
                let t = ops::type_name(vm, v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

/// `operator.index(v)` as a BigInt, TypeError otherwise.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match ops::iter::index_value(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// A slice bound (`_PyEval_SliceIndex`): `__index__`, clamped to the i64 range; TypeError
/// "slice indices must be integers or None or have an __index__ method" when `allow_none`.
pub fn slice_index(vm: &mut Vm, v: &Value, allow_none: bool) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match ops::iter::index_value(vm, v)? {
            Some(b) => Ok(clamp(&b)),
            None => Err(vm.type_error(if allow_none {
                "slice indices must be integers or None or have an __index__ method"
            } else {
                "slice indices must be integers or have an __index__ method"
            })),
        },
    }
}

fn clamp(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// `PySlice_Unpack`: (start, stop, step) with None filled in, bounds clamped; ValueError for a
/// zero step.
pub fn slice_unpack(vm: &mut Vm, slice: &Value) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = if step.is_none() {
        1
    } else {
        let s = slice_index(vm, &step, true)?;
        if s == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        s.max(-i64::MAX)
    };
    let start = if start.is_none() {
        if step < 0 { i64::MAX } else { 0 }
    } else {
        slice_index(vm, &start, true)?
    };
    let stop = if stop.is_none() {
        if step < 0 { i64::MIN } else { i64::MAX }
    } else {
        slice_index(vm, &stop, true)?
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: the bounds against a length, and the number of items.
pub fn adjust_indices(len: usize, mut start: i64, mut stop: i64, step: i64) -> (i64, i64, usize) {
    let len = len as i64;
    if start < 0 {
        start += len;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop += len;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, n as usize)
}

/// A slice applied to a sequence of `len` items: (start, step, count).
pub fn slice_for(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, usize)> {
    let (start, stop, step) = slice_unpack(vm, slice)?;
    let (start, _, n) = adjust_indices(len, start, stop, step);
    Ok((start, step, n))
}

/// The items a slice selects.
pub fn slice_items(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let s = start as usize;
        return items[s..s + n].to_vec();
    }
    (0..n).map(|k| items[(start + k as i64 * step) as usize].clone()).collect()
}

/// A sequence index for `__getitem__`-like methods: the key's `__index__` normalized against
/// `len`; None when out of range. IndexError "cannot fit 'int' into an index-sized integer" for
/// huge keys.
pub fn item_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    ops::item::seq_index(vm, key, len, what)
}

/// An `index()` bound argument (start or stop), normalized against `len` as `list.index` does.
pub fn search_bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: i64) -> PyResult<usize> {
    let i = match v {
        None => default,
        Some(v) => slice_index(vm, v, false)?,
    };
    let n = len as i64;
    let j = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    Ok(j as usize)
}

/// Lexicographic rich comparison of two sequences read through `get` (which re-reads the
/// current items, so a sequence changed by a comparison is seen as CPython sees it): the
/// identity-or-`==` scan, then the lengths or the first differing items.
pub fn seq_compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: CompareOp,
    get: fn(&Value, usize) -> Option<Value>,
    len: fn(&Value) -> usize,
) -> PyResult<Value> {
    if len(a) != len(b) && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (get(a, i), get(b, i)) else { break };
        if !ops::eq_bool(vm, &x, &y)? {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => ops::rich_compare(vm, &x, &y, op),
            };
        }
        i += 1;
    }
    Ok(Value::Bool(op.test(len(a).cmp(&len(b)))))
}

/// The repr of items between `open` and `close`, with the recursion guard (`[...]`).
pub fn items_repr(vm: &mut Vm, this: &Value, open: &str, close: &str, get: &dyn Fn(usize) -> Option<Value>) -> PyResult<Value> {
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("")) };
    if get(0).is_none() {
        return Ok(vm.new_str(&format!("{open}{close}")));
    }
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str(&format!("{open}...{close}")));
    }
    let mut out = String::from(open);
    let mut i = 0;
    let r = (|| -> PyResult<()> {
        while let Some(x) = get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            let r = ops::repr(vm, &x)?;
            push_text(&mut out, &r);
            i += 1;
        }
        Ok(())
    })();
    ops::repr::repr_leave(vm, &o);
    r?;
    out.push_str(close);
    Ok(vm.new_str(&out))
}

/// Appends a str value's text (surrogates kept as their escapes would not be: lossless via
/// the str's own storage where possible).
pub fn push_text(out: &mut String, s: &Value) {
    if let Some(Payload::Str(ps)) = s.payload() {
        out.push_str(&ps.to_string_lossy());
    }
}

/// The receiver's class name (`ops::type_name`), for messages.
pub fn tname(vm: &Vm, v: &Value) -> std::rc::Rc<str> {
    ops::type_name(vm, v)
}

/// The items of an iterable, as a vector (lists and tuples copied directly).
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if !o.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE) {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
    }
    let it = ops::iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}
