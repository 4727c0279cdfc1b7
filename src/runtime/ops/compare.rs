//! Rich comparison (`<`, `<=`, `==`, `!=`, `>`, `>=`) with CPython's dispatch: the reflected
//! method of a right operand whose type is a subclass first, `NotImplemented` handling, identity
//! for `==`/`!=` as the last resort, and TypeError otherwise.

use std::cmp::Ordering;

use num_bigint::BigInt;

use crate::runtime::object::Payload;
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// From COMPARE_OP's oparg (`cmp << 4 | mask`).
    pub fn from_oparg(arg: u32) -> CompareOp {
        match arg >> 4 {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped.
    pub fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn test(self, o: Ordering) -> bool {
        match self {
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
        }
    }

    pub fn dunder(self, vm: &Vm) -> ObjRef {
        let n = &vm.names;
        match self {
            CompareOp::Lt => n.__lt__.clone(),
            CompareOp::Le => n.__le__.clone(),
            CompareOp::Eq => n.__eq__.clone(),
            CompareOp::Ne => n.__ne__.clone(),
            CompareOp::Gt => n.__gt__.clone(),
            CompareOp::Ge => n.__ge__.clone(),
        }
    }
}

/// An int and a float compared exactly (no rounding of the int).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = crate::runtime::objects::int::float_to_bigint(fl);
    match i.cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// An i64 and a float compared exactly.
#[inline]
pub fn cmp_i64_float(i: i64, f: f64) -> Option<Ordering> {
    if i.unsigned_abs() <= 1 << 53 {
        return (i as f64).partial_cmp(&f);
    }
    cmp_int_float(&BigInt::from(i), f)
}

/// Comparison without running Python code, when both operands are exact numbers or strs.
fn fast_compare(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => match x.partial_cmp(y) {
            Some(o) => o,
            None => return Some(op == CompareOp::Ne),
        },
        (Value::Int(x), Value::Float(y)) => match cmp_i64_float(*x, *y) {
            Some(o) => o,
            None => return Some(op == CompareOp::Ne),
        },
        (Value::Float(x), Value::Int(y)) => match cmp_i64_float(*y, *x) {
            Some(o) => o.reverse(),
            None => return Some(op == CompareOp::Ne),
        },
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Bool(x), Value::Int(y)) => (*x as i64).cmp(y),
        (Value::Int(x), Value::Bool(y)) => x.cmp(&(*y as i64)),
        (Value::None, Value::None) if matches!(op, CompareOp::Eq | CompareOp::Ne) => Ordering::Equal,
        (Value::Obj(x), Value::Obj(y)) => {
            if x.class_ref().has_flag(flags::HEAPTYPE) || y.class_ref().has_flag(flags::HEAPTYPE) {
                return None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => {
                    if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                        return Some(s.equals(t) == (op == CompareOp::Eq));
                    }
                    s.compare(t)
                }
                (Payload::BigInt(s), Payload::BigInt(t)) => s.cmp(t),
                (Payload::Bytes(s), Payload::Bytes(t)) => s.cmp(t),
                _ => return None,
            }
        }
        (Value::Int(x), Value::Obj(y)) | (Value::Obj(y), Value::Int(x)) => {
            let swapped = matches!(a, Value::Obj(_));
            match &y.payload {
                Payload::BigInt(t) if !y.class_ref().has_flag(flags::HEAPTYPE) => {
                    let o = BigInt::from(*x).cmp(t);
                    if swapped { o.reverse() } else { o }
                }
                _ => return None,
            }
        }
        _ => return fast_compare_mixed(a, b, op),
    };
    Some(op.test(ord))
}

/// A real number operand of the comparison fast paths.
enum Real<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// The value of an exact int, bool or float.
fn exact_real(v: &Value) -> Option<Real<'_>> {
    match v {
        Value::Int(i) => Some(Real::Int(*i)),
        Value::Bool(b) => Some(Real::Int(*b as i64)),
        Value::Float(f) => Some(Real::Float(*f)),
        Value::Obj(o) if !o.class_ref().has_flag(flags::HEAPTYPE) => match &o.payload {
            Payload::BigInt(b) => Some(Real::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// The rarer pairs of exact numbers: bools and big ints against floats and each other, and
/// equality of exact complexes.
fn fast_compare_mixed(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    if let (Some(Payload::Complex { re, im }), Some(Payload::Complex { re: re2, im: im2 })) = (a.payload(), b.payload()) {
        let exact = |v: &Value| v.as_obj().is_some_and(|o| !o.class_ref().has_flag(flags::HEAPTYPE));
        if exact(a) && exact(b) && matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Some((re == re2 && im == im2) == (op == CompareOp::Eq));
        }
        return None;
    }
    let (x, y) = (exact_real(a)?, exact_real(b)?);
    let ord = match (&x, &y) {
        (Real::Int(i), Real::Int(j)) => Some(i.cmp(j)),
        (Real::Int(i), Real::Big(j)) => Some(BigInt::from(*i).cmp(j)),
        (Real::Big(i), Real::Int(j)) => Some((*i).cmp(&BigInt::from(*j))),
        (Real::Big(i), Real::Big(j)) => Some(i.cmp(j)),
        (Real::Float(f), Real::Float(g)) => f.partial_cmp(g),
        (Real::Float(f), Real::Int(i)) => cmp_i64_float(*i, *f).map(Ordering::reverse),
        (Real::Float(f), Real::Big(i)) => cmp_int_float(i, *f).map(Ordering::reverse),
        (Real::Int(i), Real::Float(f)) => cmp_i64_float(*i, *f),
        (Real::Big(i), Real::Float(f)) => cmp_int_float(i, *f),
    };
    Some(match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    })
}

/// `a <op> b`, the full protocol.
pub fn rich_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(Value::Bool(r));
    }
    crate::runtime::recursion::enter(vm, " in comparison")?;
    let r = compare_slow(vm, a, b, op);
    crate::runtime::recursion::leave(vm);
    r
}

/// `a op b` as a `Step`: when `a`'s own method goes first and is a Python function, it is left
/// to the loop, the rest of the comparison following if it returns NotImplemented.
pub fn compare_step(vm: &mut Vm, a: Value, b: Value, op: CompareOp) -> super::Step {
    if let Some(r) = fast_compare(&a, &b, op) {
        return super::Step::Value(Ok(Value::Bool(r)));
    }
    let ta = a.class(vm);
    let tb = b.class(vm);
    let name = op.dunder(vm);
    let rname = op.reflected().dunder(vm);
    let reflected_first = !ta.ptr_eq(&tb) && tb.is_subtype(&ta) && tb.lookup(vm, &rname).is_some();
    let method = if reflected_first { None } else { super::python_method(vm, &ta, &name) };
    let Some(f) = method else {
        return super::Step::Value(rich_compare(vm, &a, &b, op));
    };
    let args = vec![a.clone(), b.clone()];
    let then = move |vm: &mut Vm, r: Value| {
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
        compare_rest(vm, &a, &b, op, &ta, &tb, false)
    };
    super::Step::Call(f, args, crate::runtime::frame::OnReturn::Then(Box::new(then)))
}

fn compare_slow(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = a.class(vm);
    let tb = b.class(vm);
    let name = op.dunder(vm);
    let rname = op.reflected().dunder(vm);
    let mut checked_reverse = false;
    if !ta.ptr_eq(&tb)
        && tb.is_subtype(&ta)
        && let Some(f) = tb.lookup(vm, &rname)
    {
        checked_reverse = true;
        let r = super::call_method(vm, &f, b, std::slice::from_ref(a))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = ta.lookup(vm, &name) {
        let r = super::call_method(vm, &f, a, std::slice::from_ref(b))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    compare_rest(vm, a, b, op, &ta, &tb, checked_reverse)
}

/// The end of a comparison whose left operand's method gave NotImplemented (or was missing):
/// the right operand's reflected method unless it was tried first, then identity for `==` and
/// `!=`, else TypeError.
fn compare_rest(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp, ta: &TypeRef, tb: &TypeRef, checked_reverse: bool) -> PyResult<Value> {
    let rname = op.reflected().dunder(vm);
    if !checked_reverse && let Some(f) = tb.lookup(vm, &rname) {
        let r = super::call_method(vm, &f, b, std::slice::from_ref(a))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::Bool(a.is(b))),
        CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// `a == b` as a bool, with the identity shortcut of containers (`PyObject_RichCompareBool`).
pub fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some(r) = fast_compare(a, b, CompareOp::Eq) {
        return Ok(r);
    }
    let r = rich_compare(vm, a, b, CompareOp::Eq)?;
    super::is_true(vm, &r)
}

/// `a <op> b` as a bool, with the identity shortcut for `==` and `!=`.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = rich_compare(vm, a, b, op)?;
    super::is_true(vm, &r)
}

/// Lexicographic comparison of two sequences (lists, tuples), as CPython's list_richcompare:
/// the first differing items decide; otherwise the lengths.
pub fn compare_sequences(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if !eq_bool(vm, &a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => rich_compare(vm, &a[i], &b[i], op),
            };
        }
    }
    Ok(Value::Bool(op.test(a.len().cmp(&b.len()))))
}
