//! Binary and unary operators: the fast paths for unboxed ints and floats, then CPython's
//! dispatch (`__op__` of the left operand, `__rop__` of the right, the right first when its type
//! is a subclass that overrides it; `__iop__` first for augmented assignment), the sequence
//! fallbacks of `+` and `*`, and the TypeError messages.

use num_bigint::BigInt;

use crate::runtime::object::Payload;
use crate::runtime::objects::{float, int};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// A binary operator (BINARY_OP's oparg modulo 13).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::And,
    BinOp::FloorDiv,
    BinOp::LShift,
    BinOp::MatMul,
    BinOp::Mul,
    BinOp::Mod,
    BinOp::Or,
    BinOp::Pow,
    BinOp::RShift,
    BinOp::Sub,
    BinOp::TrueDiv,
    BinOp::Xor,
];

impl BinOp {
    /// The operator of BINARY_OP's oparg, and whether it is the in-place form.
    pub fn from_oparg(arg: u32) -> (BinOp, bool) {
        let i = (arg % 13) as usize;
        (BINOPS[i], arg >= 13)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    /// (`__op__`, `__rop__`, `__iop__`).
    pub fn dunders(self, vm: &Vm) -> (ObjRef, ObjRef, ObjRef) {
        let n = &vm.names;
        let (a, b, c) = match self {
            BinOp::Add => (&n.__add__, &n.__radd__, &n.__iadd__),
            BinOp::And => (&n.__and__, &n.__rand__, &n.__iand__),
            BinOp::FloorDiv => (&n.__floordiv__, &n.__rfloordiv__, &n.__ifloordiv__),
            BinOp::LShift => (&n.__lshift__, &n.__rlshift__, &n.__ilshift__),
            BinOp::MatMul => (&n.__matmul__, &n.__rmatmul__, &n.__imatmul__),
            BinOp::Mul => (&n.__mul__, &n.__rmul__, &n.__imul__),
            BinOp::Mod => (&n.__mod__, &n.__rmod__, &n.__imod__),
            BinOp::Or => (&n.__or__, &n.__ror__, &n.__ior__),
            BinOp::Pow => (&n.__pow__, &n.__rpow__, &n.__ipow__),
            BinOp::RShift => (&n.__rshift__, &n.__rrshift__, &n.__irshift__),
            BinOp::Sub => (&n.__sub__, &n.__rsub__, &n.__isub__),
            BinOp::TrueDiv => (&n.__truediv__, &n.__rtruediv__, &n.__itruediv__),
            BinOp::Xor => (&n.__xor__, &n.__rxor__, &n.__ixor__),
        };
        (a.clone(), b.clone(), c.clone())
    }
}

/// The operation on two numbers without running Python code: exact ints, floats and bools.
/// `Ok(Value::Null)` when the operands are not such numbers (or the operator does not apply).
#[inline]
pub fn fast_binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int::int_binary(vm, *x, *y, op),
        (Value::Float(x), Value::Float(y)) => float::float_binary(vm, *x, *y, op),
        (Value::Float(x), Value::Int(y)) => match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let fy = int::bigint_to_f64(vm, &BigInt::from(*y))?;
                float::float_binary(vm, *x, fy, op)
            }
            _ => Ok(Value::Null),
        },
        (Value::Int(x), Value::Float(y)) => match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let fx = int::bigint_to_f64(vm, &BigInt::from(*x))?;
                float::float_binary(vm, fx, *y, op)
            }
            _ => Ok(Value::Null),
        },
        _ => {
            // Exact ints of any size.
            if let (Some(x), Some(y)) = (exact_int(a), exact_int(b)) {
                return int::big_binary(vm, &x, &y, op);
            }
            Ok(Value::Null)
        }
    }
}

/// The value of an exact int or bool (not an int subclass instance).
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) if !o.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `a <op> b`, or `a <op>= b` when `inplace`.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let r = fast_binary(vm, a, b, op)?;
    if !r.is_null() {
        return Ok(r);
    }
    let (name, rname, iname) = op.dunders(vm);
    if inplace {
        if let Some(f) = a.class(vm).lookup(vm, &iname) {
            let r = super::call_method(vm, &f, a, std::slice::from_ref(b))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let r = binary_dispatch(vm, a, b, &name, &rname)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    sequence_fallback(vm, a, b, op, inplace)
}

/// `__op__` and `__rop__` with CPython's ordering; NotImplemented when neither applies.
fn binary_dispatch(vm: &mut Vm, a: &Value, b: &Value, name: &ObjRef, rname: &ObjRef) -> PyResult<Value> {
    let ta = a.class(vm);
    let tb = b.class(vm);
    let fa = ta.lookup(vm, name);
    let fb = if ta.ptr_eq(&tb) { None } else { tb.lookup(vm, rname) };
    if let Some(fbv) = &fb {
        // The right operand's reflected method goes first when its type is a subclass of the
        // left's that overrides that method.
        if tb.is_subtype(&ta) && !ta.lookup(vm, rname).is_some_and(|r| r.is(fbv)) {
            let r = super::call_method(vm, fbv, b, std::slice::from_ref(a))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
            return match &fa {
                Some(f) => super::call_method(vm, f, a, std::slice::from_ref(b)),
                None => Ok(vm.not_implemented()),
            };
        }
    }
    if let Some(f) = &fa {
        let r = super::call_method(vm, f, a, std::slice::from_ref(b))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = &fb {
        return super::call_method(vm, f, b, std::slice::from_ref(a));
    }
    Ok(vm.not_implemented())
}

/// Whether a value is a builtin sequence that `+` concatenates and `*` repeats.
fn is_sequence(v: &Value) -> Option<&'static str> {
    match v.payload()? {
        Payload::Str(_) => Some("str"),
        Payload::List(_) => Some("list"),
        Payload::Tuple(_) => Some("tuple"),
        Payload::Bytes(_) => Some("bytes"),
        Payload::ByteArray(_) => Some("bytearray"),
        _ => None,
    }
}

/// The errors of `+` and `*` on sequences, and the generic unsupported-operand error.
fn sequence_fallback(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let ta = super::type_name(vm, a);
    let tb = super::type_name(vm, b);
    if op == BinOp::Add {
        if let Some(kind) = is_sequence(a) {
            let what = if kind == "bytes" || kind == "bytearray" {
                format!("can't concat {tb} to {ta}")
            } else {
                format!("can only concatenate {ta} (not \"{tb}\") to {ta}")
            };
            return Err(vm.type_error(what));
        }
    }
    if op == BinOp::Mul {
        let seq_other = if is_sequence(a).is_some() { Some(b) } else if is_sequence(b).is_some() { Some(a) } else { None };
        if let Some(other) = seq_other {
            let on = super::type_name(vm, other);
            return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{on}'")));
        }
    }
    let sym = if op == BinOp::Pow && !inplace { "** or pow()".to_string() } else { format!("{}{}", op.symbol(), if inplace { "=" } else { "" }) };
    Err(vm.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'")))
}

/// A unary operator.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// `-a`, `+a`, `~a`.
pub fn unary_op(vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult<Value> {
    match (a, op) {
        (Value::Int(i), UnaryOp::Neg) => {
            return Ok(match i.checked_neg() {
                Some(v) => Value::Int(v),
                None => Value::from_bigint(vm, -BigInt::from(*i)),
            });
        }
        (Value::Int(i), UnaryOp::Pos) => return Ok(Value::Int(*i)),
        (Value::Int(i), UnaryOp::Invert) => return Ok(Value::Int(!*i)),
        (Value::Float(f), UnaryOp::Neg) => return Ok(Value::Float(-f)),
        (Value::Float(f), UnaryOp::Pos) => return Ok(Value::Float(*f)),
        _ => {}
    }
    let (name, sym) = match op {
        UnaryOp::Neg => (vm.names.__neg__.clone(), "unary -"),
        UnaryOp::Pos => (vm.names.__pos__.clone(), "unary +"),
        UnaryOp::Invert => (vm.names.__invert__.clone(), "unary ~"),
    };
    match super::call_special(vm, a, &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let t = super::type_name(vm, a);
            Err(vm.type_error(format!("bad operand type for {sym}: '{t}'")))
        }
    }
}
