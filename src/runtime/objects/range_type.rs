//! The `range` type: construction from `__index__` values of any size, length (OverflowError
//! past the index range), indexing and slicing, membership with its int fast path, `count`,
//! `index`, equality and hash by the sequence produced, reversal, and the repr.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::iter::{IterState, LongRange};
use crate::runtime::objects::range::{RangeRepr, range_len};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A range's bounds as big ints (what the methods other than iteration work on).
struct R {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

fn parts(v: &Value) -> Option<R> {
    match v.payload() {
        Some(Payload::Range(r)) => {
            let (start, stop, step) = r.bounds();
            Some(R { start, stop, step })
        }
        _ => None,
    }
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, R)> {
    let this = sa::receiver(vm, args, "range", name, |p| matches!(p, Payload::Range(_)))?;
    match parts(this) {
        Some(r) => Ok((this, r)),
        None => Err(vm.type_error("range expected")),
    }
}

/// A new range object.
pub fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    range_object(vm, RangeRepr::new(start, stop, step))
}

fn range_object(vm: &Vm, r: RangeRepr) -> Value {
    vm.new_object(vm.types.range.clone(), Payload::Range(r))
}

fn range_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("range.__new__(X): X is not a type object"));
    };
    if !cls.ptr_eq(&vm.types.range) {
        return Err(vm.type_error(format!("range.__new__({}): {} is not a subtype of range", cls.name(), cls.name())));
    }
    if args.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    construct(vm, rest(&args))
}

/// `range(*args)` (positional arguments only): what `type.__call__` of range does.
pub fn construct(vm: &mut Vm, r: &[Value]) -> PyResult<Value> {
    let small = match *r {
        [Value::Int(stop)] => Some((0, stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((start, stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if step != 0 => Some((start, stop, step)),
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        return Ok(range_object(vm, RangeRepr::Small { start, stop, step }));
    }
    sa::count_range(vm, r.len(), "range", 1, 3)?;
    let (start, stop, step) = match r {
        [stop] => (BigInt::zero(), sa::index_big(vm, stop)?, BigInt::one()),
        [start, stop] => (sa::index_big(vm, start)?, sa::index_big(vm, stop)?, BigInt::one()),
        [start, stop, step] => {
            let a = sa::index_big(vm, start)?;
            let b = sa::index_big(vm, stop)?;
            let s = sa::index_big(vm, step)?;
            if s.is_zero() {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (a, b, s)
        }
        _ => return Err(vm.type_error("range expected at least 1 argument, got 0")),
    };
    Ok(new_range(vm, start, stop, step))
}

fn range_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, "__repr__")?;
    let s = if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(vm.new_str(&s))
}

fn len_of(r: &R) -> BigInt {
    range_len(&r.start, &r.stop, &r.step)
}

/// `len(range)`, OverflowError past the index range.
pub fn length(vm: &Vm, v: &Value) -> PyResult<usize> {
    let Some(r) = parts(v) else { return Ok(0) };
    let n = len_of(&r);
    n.to_i64().map(|n| n as usize).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_len_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(length(vm, this)? as i64))
}

fn range_bool(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, "__bool__")?;
    Ok(Value::Bool(!len_of(&r).is_zero()))
}

/// The bounds of a slice against a length of any size (`_PySlice_GetLongIndices`).
pub fn slice_indices_big(vm: &mut Vm, slice: &Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let step = if step.is_none() {
        BigInt::one()
    } else {
        let s = slice_bound(vm, &step)?;
        if s.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        s
    };
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1u32) } else { (BigInt::zero(), len.clone()) };
    let fix = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut x = slice_bound(vm, v)?;
        if x.is_negative() {
            x += len;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = fix(vm, &start, if neg { &upper } else { &lower })?;
    let stop = fix(vm, &stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match ops::iter::index_value(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

fn range_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, r) = recv(vm, &args, "__getitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    let len = len_of(&r);
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (s, e, st) = slice_indices_big(vm, key, &len)?;
        let start = &r.start + &s * &r.step;
        let stop = &r.start + &e * &r.step;
        let step = &r.step * &st;
        let _ = this;
        return Ok(new_range(vm, start, stop, step));
    }
    let Some(mut i) = ops::iter::index_value(vm, key)? else {
        let t = ops::type_name(vm, key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {t}")));
    };
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    let v = &r.start + i * &r.step;
    Ok(Value::from_bigint(vm, v))
}

/// Whether an int is one of the range's values.
fn contains_int(r: &R, x: &BigInt) -> bool {
    let in_bounds = if r.step.is_positive() { x >= &r.start && x < &r.stop } else { x <= &r.start && x > &r.stop };
    in_bounds && (x - &r.start).mod_floor(&r.step).is_zero()
}

fn exact_int(vm: &Vm, v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) if ops::is_exact(vm, v, &vm.types.int) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `x in range` (the int fast path, else iteration with `==`).
pub fn contains(vm: &mut Vm, this: &Value, x: &Value) -> PyResult<bool> {
    let Some(r) = parts(this) else { return Ok(false) };
    if let Some(i) = exact_int(vm, x) {
        return Ok(contains_int(&r, &i));
    }
    let it = ops::iter(vm, this)?;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    Ok(Value::Bool(contains(vm, this, x)?))
}

fn range_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    match this.payload() {
        Some(Payload::Range(r)) => Ok(ops::iter::range_repr_iter(vm, r)),
        _ => Err(vm.type_error("range expected")),
    }
}

fn range_reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, "__reversed__")?;
    sa::no_args(vm, &args, "range.__reversed__")?;
    let len = len_of(&r);
    let last = &r.start + (&len - 1u32) * &r.step;
    let step = -r.step.clone();
    if len.is_zero() {
        return Ok(ops::iter::new_iter(vm, &vm.types.range_iterator, IterState::Range { next: 0, step: 1, remaining: 0 }));
    }
    let stop = &last + &step * &len;
    match ops::iter::range_state(&last, &stop, &step) {
        Some(state) => Ok(ops::iter::new_iter(vm, &vm.types.range_iterator, state)),
        None => Ok(ops::iter::new_iter(
            vm,
            &vm.types.longrange_iterator,
            IterState::LongRange(Box::new(LongRange { next: last, step, remaining: len })),
        )),
    }
}

/// Whether two ranges produce the same values.
fn ranges_equal(a: &R, b: &R) -> bool {
    let la = len_of(a);
    if la != len_of(b) {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    la.is_one() || a.step == b.step
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(o) = parts(other) else { return Ok(vm.not_implemented()) };
    match op {
        CompareOp::Eq => Ok(Value::Bool(ranges_equal(&r, &o))),
        CompareOp::Ne => Ok(Value::Bool(!ranges_equal(&r, &o))),
        _ => Ok(vm.not_implemented()),
    }
}

fn range_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn range_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn range_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn range_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn range_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn range_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

fn range_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, "__hash__")?;
    let len = len_of(&r);
    let hl = crate::runtime::ops::hash::hash_bigint(&len);
    let none = crate::bytecode::pyhash::HASH_NONE;
    let (a, b) = if len.is_zero() {
        (none, none)
    } else if len.is_one() {
        (crate::runtime::ops::hash::hash_bigint(&r.start), none)
    } else {
        (crate::runtime::ops::hash::hash_bigint(&r.start), crate::runtime::ops::hash::hash_bigint(&r.step))
    };
    Ok(Value::Int(crate::bytecode::pyhash::hash_tuple(&[hl, a, b])))
}

fn range_count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, r) = recv(vm, &args, "count")?;
    let x = sa::one_arg(vm, &args, "range.count")?;
    if let Some(i) = exact_int(vm, x) {
        return Ok(Value::Int(contains_int(&r, &i) as i64));
    }
    let it = ops::iter(vm, this)?;
    let mut n = 0;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, r) = recv(vm, &args, "index")?;
    let x = sa::one_arg(vm, &args, "range.index")?;
    if let Some(i) = exact_int(vm, x) {
        if contains_int(&r, &i) {
            let idx = (i - &r.start) / &r.step;
            return Ok(Value::from_bigint(vm, idx));
        }
        let rp = ops::repr(vm, x)?;
        let mut msg = String::new();
        sa::push_text(&mut msg, &rp);
        return Err(vm.value_error(format!("{msg} is not in range")));
    }
    let it = ops::iter(vm, this)?;
    let mut n = 0i64;
    while let Some(v) = ops::next(vm, &it)? {
        if ops::eq_bool(vm, &v, x)? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, r) = recv(vm, &args, "__reduce__")?;
    let (a, b, c) = (Value::from_bigint(vm, r.start), Value::from_bigint(vm, r.stop), Value::from_bigint(vm, r.step));
    let inner = vm.new_tuple(vec![a, b, c]);
    Ok(vm.new_tuple(vec![vm.types.range.to_value(), inner]))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|r| Value::from_bigint(vm, r.start)).unwrap_or(Value::None))
}
fn get_stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|r| Value::from_bigint(vm, r.stop)).unwrap_or(Value::None))
}
fn get_step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|r| Value::from_bigint(vm, r.step)).unwrap_or(Value::None))
}

static RANGE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", range_new),
    MethodDef::slot("__repr__", range_repr),
    MethodDef::slot("__len__", range_len_slot),
    MethodDef::slot("__bool__", range_bool),
    MethodDef::slot("__getitem__", range_getitem),
    MethodDef::slot("__contains__", range_contains),
    MethodDef::slot("__iter__", range_iter),
    MethodDef::method("__reversed__", range_reversed),
    MethodDef::slot("__eq__", range_eq),
    MethodDef::slot("__ne__", range_ne),
    MethodDef::slot("__lt__", range_lt),
    MethodDef::slot("__le__", range_le),
    MethodDef::slot("__gt__", range_gt),
    MethodDef::slot("__ge__", range_ge),
    MethodDef::slot("__hash__", range_hash),
    MethodDef::method("__reduce__", range_reduce),
    MethodDef::method("count", range_count),
    MethodDef::method("index", range_index),
];

static RANGE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: None, doc: None },
    GetSetDef { name: "stop", get: get_stop, set: None, doc: None },
    GetSetDef { name: "step", get: get_step, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    add_methods(vm, &t, RANGE_METHODS);
    add_getsets(vm, &t, RANGE_GETSETS);
}
