//! `_bisect`: the native binary searches and sorted insertions that `bisect` uses
//! (bisect_left, bisect_right, insort_left, insort_right, with lo, hi and key).

use crate::runtime::builtins::args::{index_arg, Signature};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const DEFS: &[MethodDef] = &[
    MethodDef::function("bisect_left", bisect_left),
    MethodDef::function("bisect_right", bisect_right),
    MethodDef::function("insort_left", insort_left),
    MethodDef::function("insort_right", insort_right),
];

/// The `_bisect` module.
pub fn create(vm: &mut Vm) -> Value {
    super::new_module(vm, "_bisect", DEFS)
}

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];
static BISECT_LEFT: Signature = Signature { name: "bisect_left", params: PARAMS, required: 2, positional_only: 0, keyword_only: 4 };
static BISECT_RIGHT: Signature = Signature { name: "bisect_right", params: PARAMS, required: 2, positional_only: 0, keyword_only: 4 };
static INSORT_LEFT: Signature = Signature { name: "insort_left", params: PARAMS, required: 2, positional_only: 0, keyword_only: 4 };
static INSORT_RIGHT: Signature = Signature { name: "insort_right", params: PARAMS, required: 2, positional_only: 0, keyword_only: 4 };

/// `a[i]`, read directly from a list.
fn item_at(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    if let Value::Obj(o) = a {
        if let Payload::List(cell) = &o.payload {
            if let Some(v) = usize::try_from(i).ok().and_then(|i| cell.borrow().get(i).cloned()) {
                return Ok(v);
            }
        }
    }
    ops::getitem(vm, a, &Value::Int(i))
}

/// The insertion index of `x` in `a[lo:hi]` (`right`: after equal items); `key` applies to
/// the items of `a`.
fn search(vm: &mut Vm, a: &Value, x: &Value, lo: &Option<Value>, hi: &Option<Value>, key: &Option<Value>, right: bool) -> PyResult<i64> {
    let mut lo = match lo {
        Some(v) => index_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match hi {
        Some(v) if !v.is_none() => index_arg(vm, v)?,
        _ => ops::len(vm, a)? as i64,
    };
    let key = key.as_ref().filter(|k| !k.is_none());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = item_at(vm, a, mid)?;
        if let Some(k) = key {
            item = vm.call(k, &[item], &[])?;
        }
        let go_right = if right {
            !ops::compare::compare_bool(vm, x, &item, CompareOp::Lt)?
        } else {
            ops::compare::compare_bool(vm, &item, x, CompareOp::Lt)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: CallArgs, sig: &Signature, right: bool) -> PyResult<Value> {
    let b = sig.bind(vm, &args)?;
    let (a, x) = (b[0].clone().unwrap_or(Value::None), b[1].clone().unwrap_or(Value::None));
    Ok(Value::Int(search(vm, &a, &x, &b[2], &b[3], &b[4], right)?))
}

fn insort(vm: &mut Vm, args: CallArgs, sig: &Signature, right: bool) -> PyResult<Value> {
    let b = sig.bind(vm, &args)?;
    let (a, x) = (b[0].clone().unwrap_or(Value::None), b[1].clone().unwrap_or(Value::None));
    let key = b[4].clone().filter(|k| !k.is_none());
    let probe = match &key {
        Some(k) => vm.call(k, &[x.clone()], &[])?,
        None => x.clone(),
    };
    let i = search(vm, &a, &probe, &b[2], &b[3], &key, right)?;
    if let Value::Obj(o) = &a {
        if let Payload::List(cell) = &o.payload {
            if o.class_is(&vm.types.list) {
                let mut v = cell.borrow_mut();
                let at = (i.max(0) as usize).min(v.len());
                v.insert(at, x);
                return Ok(Value::None);
            }
        }
    }
    let insert = ops::getattr(vm, &a, &vm.intern("insert"))?;
    vm.call(&insert, &[Value::Int(i), x], &[])?;
    Ok(Value::None)
}

fn bisect_left(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bisect(vm, args, &BISECT_LEFT, false)
}

fn bisect_right(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bisect(vm, args, &BISECT_RIGHT, true)
}

fn insort_left(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    insort(vm, args, &INSORT_LEFT, false)
}

fn insort_right(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    insort(vm, args, &INSORT_RIGHT, true)
}
