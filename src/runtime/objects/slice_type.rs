//! The `slice` type: construction, `start`/`stop`/`step`, `indices()` over lengths of any size,
//! comparisons as `(start, stop, step)` tuples, the 3.12 hash, and the repr.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn parts(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v.payload() {
        Some(Payload::Slice { start, stop, step }) => Some((start, stop, step)),
        _ => None,
    }
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    sa::receiver(vm, args, "slice", name, |p| matches!(p, Payload::Slice { .. }))
}

fn slice_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("slice.__new__(X): X is not a type object"));
    };
    if !cls.ptr_eq(&vm.types.slice) {
        return Err(vm.type_error(format!("slice.__new__({}): {} is not a subtype of slice", cls.name(), cls.name())));
    }
    if args.has_kwargs() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "slice", 1, 3)?;
    let (start, stop, step) = match r {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(vm.new_object(vm.types.slice.clone(), Payload::Slice { start, stop, step }))
}

fn slice_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv(vm, &args, "__repr__")?;
    let Some((a, b, c)) = parts(this) else { return Ok(vm.new_str("slice()")) };
    let mut out = String::from("slice(");
    for (i, v) in [a, b, c].into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let r = ops::repr(vm, v)?;
        sa::push_text(&mut out, &r);
    }
    out.push(')');
    Ok(vm.new_str(&out))
}

fn as_tuple(vm: &Vm, v: &Value) -> Value {
    match parts(v) {
        Some((a, b, c)) => vm.new_tuple(vec![a.clone(), b.clone(), c.clone()]),
        None => vm.new_tuple(Vec::new()),
    }
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let this = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if parts(other).is_none() {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (as_tuple(vm, this), as_tuple(vm, other));
    ops::rich_compare(vm, &a, &b, op)
}

fn slice_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn slice_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn slice_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn slice_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn slice_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn slice_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

/// `hash(slice)`: the tuple hash's xxHash rounds over the three parts, without the length
/// mixed in at the end (CPython 3.12's `slice_hash`).
fn slice_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let this = recv(vm, &args, "__hash__")?;
    let Some((a, b, c)) = parts(this) else { return Ok(Value::Int(0)) };
    let mut acc = PRIME_5;
    for v in [a, b, c] {
        let lane = ops::hash(vm, v)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    Ok(Value::Int(if acc == u64::MAX { 1_546_275_796 } else { acc as i64 }))
}

fn slice_indices(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv(vm, &args, "indices")?;
    let n = sa::one_arg(vm, &args, "slice.indices")?;
    let len: BigInt = sa::index_big(vm, n)?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = crate::runtime::objects::range_type::slice_indices_big(vm, this, &len)?;
    let items = vec![Value::from_bigint(vm, a), Value::from_bigint(vm, b), Value::from_bigint(vm, c)];
    Ok(vm.new_tuple(items))
}

fn slice_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv(vm, &args, "__reduce__")?;
    let t = as_tuple(vm, this);
    Ok(vm.new_tuple(vec![vm.types.slice.to_value(), t]))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|p| p.0.clone()).unwrap_or(Value::None))
}
fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|p| p.1.clone()).unwrap_or(Value::None))
}
fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|p| p.2.clone()).unwrap_or(Value::None))
}

static SLICE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", slice_new),
    MethodDef::slot("__repr__", slice_repr),
    MethodDef::slot("__eq__", slice_eq),
    MethodDef::slot("__ne__", slice_ne),
    MethodDef::slot("__lt__", slice_lt),
    MethodDef::slot("__le__", slice_le),
    MethodDef::slot("__gt__", slice_gt),
    MethodDef::slot("__ge__", slice_ge),
    MethodDef::slot("__hash__", slice_hash),
    MethodDef::method("indices", slice_indices),
    MethodDef::method("__reduce__", slice_reduce),
];

static SLICE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "start", get: get_start, set: None, doc: None },
    GetSetDef { name: "stop", get: get_stop, set: None, doc: None },
    GetSetDef { name: "step", get: get_step, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    add_methods(vm, &t, SLICE_METHODS);
    add_getsets(vm, &t, SLICE_GETSETS);
}
