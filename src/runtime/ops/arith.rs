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

/// The operation on two numbers without running Python code: exact ints, floats, bools and
/// complexes. `Ok(Value::Null)` when the operands are not such numbers (or the operator does
/// not apply).
#[inline]
pub fn fast_binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int::int_binary(vm, *x, *y, op),
        (Value::Float(x), Value::Float(y)) => float::float_binary(vm, *x, *y, op),
        (Value::Float(x), Value::Int(y)) if op.is_float_op() => float::float_binary(vm, *x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) if op.is_float_op() => float::float_binary(vm, *x as f64, *y, op),
        _ => fast_binary_mixed(vm, a, b, op),
    }
}

impl BinOp {
    /// Whether floats support the operator.
    #[inline]
    fn is_float_op(self) -> bool {
        matches!(self, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
    }

    /// Whether complexes support the operator.
    fn is_complex_op(self) -> bool {
        matches!(self, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow)
    }
}

/// A number operand of the fast paths.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// The value of an exact builtin number (bools as ints); None for other values and for
/// instances of subclasses.
fn exact_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) if !o.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE) => match &o.payload {
            Payload::BigInt(b) => Some(Num::Big(b)),
            Payload::Complex { re, im } => Some(Num::Complex(*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// The fast paths for the less common pairs: bools, big ints, mixed int and float, complexes.
fn fast_binary_mixed(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (exact_num(a), exact_num(b)) else { return Ok(Value::Null) };
    let as_f64 = |n: &Num| -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Big(b) => int::bigint_to_f64(vm, b),
            Num::Float(f) => Ok(*f),
            Num::Complex(re, _) => Ok(*re),
        }
    };
    match (&x, &y) {
        (Num::Int(i), Num::Int(j)) => int::int_binary(vm, *i, *j, op),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => {
            fn big<'a>(n: &Num<'a>) -> std::borrow::Cow<'a, BigInt> {
                match n {
                    Num::Int(i) => std::borrow::Cow::Owned(BigInt::from(*i)),
                    Num::Big(b) => std::borrow::Cow::Borrowed(*b),
                    _ => std::borrow::Cow::Owned(BigInt::default()),
                }
            }
            int::big_binary(vm, &big(&x), &big(&y), op)
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            if !op.is_complex_op() {
                return Ok(Value::Null);
            }
            let c = |n: &Num| -> PyResult<(f64, f64)> {
                match n {
                    Num::Complex(re, im) => Ok((*re, *im)),
                    other => Ok((as_f64(other)?, 0.0)),
                }
            };
            crate::runtime::objects::complex::complex_binary(vm, c(&x)?, c(&y)?, op)
        }
        _ => {
            if !op.is_float_op() {
                return Ok(Value::Null);
            }
            float::float_binary(vm, as_f64(&x)?, as_f64(&y)?, op)
        }
    }
}

/// `a <op> b`, or `a <op>= b` when `inplace`.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let r = fast_binary(vm, a, b, op)?;
    if !r.is_null() {
        return Ok(r);
    }
    let (name, rname, iname) = op.dunders(vm);
    if inplace && let Some(f) = a.class(vm).lookup(vm, &iname) {
        let r = super::call_method(vm, &f, a, std::slice::from_ref(b))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_dispatch(vm, a, b, &name, &rname)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    sequence_fallback(vm, a, b, op, inplace)
}

/// `a op b` as a `Step`: when the method tried first is `a`'s own (`__iop__`, else `__op__`)
/// and a Python function, it is left to the loop, the rest of the operation following if it
/// returns NotImplemented.
pub fn binary_step(vm: &mut Vm, a: Value, b: Value, op: BinOp, inplace: bool) -> super::Step {
    use super::Step;
    match fast_binary(vm, &a, &b, op) {
        Ok(r) if r.is_null() => {}
        r => return Step::Value(r),
    }
    let (name, rname, iname) = op.dunders(vm);
    let ta = a.class(vm);
    let then = |f: ObjRef, a: Value, b: Value, rest: Box<dyn FnOnce(&mut Vm, &Value, &Value) -> PyResult<Value>>| {
        let args = vec![a.clone(), b.clone()];
        let finish = move |vm: &mut Vm, r: Value| if vm.is_not_implemented(&r) { rest(vm, &a, &b) } else { Ok(r) };
        Step::Call(f, args, crate::runtime::frame::OnReturn::Then(Box::new(finish)))
    };
    if inplace && ta.lookup(vm, &iname).is_some() {
        let Some(f) = super::python_method(vm, &ta, &iname) else {
            return Step::Value(binary_op(vm, &a, &b, op, inplace));
        };
        let rest = move |vm: &mut Vm, a: &Value, b: &Value| {
            let r = binary_dispatch(vm, a, b, &name, &rname)?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
            sequence_fallback(vm, a, b, op, true)
        };
        return then(f, a, b, Box::new(rest));
    }
    let tb = b.class(vm);
    let fb = if ta.ptr_eq(&tb) { None } else { tb.lookup(vm, &rname) };
    // The right operand's reflected method goes first when its type is a subclass of the
    // left's that overrides it: that order is left to `binary_op`.
    let reflected_first = fb.as_ref().is_some_and(|fbv| tb.is_subtype(&ta) && !ta.lookup(vm, &rname).is_some_and(|r| r.is(fbv)));
    let method = if reflected_first { None } else { super::python_method(vm, &ta, &name) };
    let Some(f) = method else {
        return Step::Value(binary_op(vm, &a, &b, op, inplace));
    };
    let rest = move |vm: &mut Vm, a: &Value, b: &Value| {
        if let Some(fbv) = &fb {
            let r = super::call_method(vm, fbv, b, std::slice::from_ref(a))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        sequence_fallback(vm, a, b, op, inplace)
    };
    then(f, a, b, Box::new(rest))
}

/// `__op__` and `__rop__` with CPython's ordering; NotImplemented when neither applies.
pub fn binary_dispatch(vm: &mut Vm, a: &Value, b: &Value, name: &ObjRef, rname: &ObjRef) -> PyResult<Value> {
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
    if op == BinOp::Add
        && let Some(kind) = is_sequence(a)
    {
        let what = if kind == "bytes" || kind == "bytearray" {
            format!("can't concat {tb} to {ta}")
        } else {
            format!("can only concatenate {ta} (not \"{tb}\") to {ta}")
        };
        return Err(vm.type_error(what));
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
        (Value::Bool(b), UnaryOp::Neg) => return Ok(Value::Int(-(*b as i64))),
        (Value::Bool(b), UnaryOp::Pos) => return Ok(Value::Int(*b as i64)),
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

/// `op a` as a `Step`: a Python special method is left to the loop.
pub fn unary_step(vm: &mut Vm, a: Value, op: UnaryOp) -> super::Step {
    let name = match op {
        UnaryOp::Neg => &vm.names.__neg__,
        UnaryOp::Pos => &vm.names.__pos__,
        UnaryOp::Invert => &vm.names.__invert__,
    };
    let method = match &a {
        Value::Obj(_) => super::python_method(vm, &a.class(vm), name),
        _ => None,
    };
    match method {
        Some(f) => super::Step::Call(f, vec![a], crate::runtime::frame::OnReturn::Push),
        None => super::Step::Value(unary_op(vm, &a, op)),
    }
}

/// `divmod(a, b)`: the fast paths for exact ints and floats, then `__divmod__`/`__rdivmod__`.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(_), Value::Int(_)) => return crate::runtime::objects::int_type::int_divmod(vm, a, b),
        (Value::Float(x), Value::Float(y)) => {
            let (q, r) = float::float_divmod(vm, *x, *y)?;
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        _ => {}
    }
    let (name, rname) = (vm.names.__divmod__.clone(), vm.names.__rdivmod__.clone());
    let r = binary_dispatch(vm, a, b, &name, &rname)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    let (ta, tb) = (super::type_name(vm, a), super::type_name(vm, b));
    Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")))
}

/// `pow(a, b, m)`: two-argument power when m is None; otherwise `type(a).__pow__(a, b, m)`,
/// then the reflected power of a builtin numeric type of b, as CPython's ternary dispatch does.
pub fn power(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if m.is_none() {
        return binary_op(vm, a, b, BinOp::Pow, false);
    }
    let ta = a.class(vm);
    let tb = b.class(vm);
    let pow_name = vm.names.__pow__.clone();
    if let Some(f) = ta.lookup(vm, &pow_name) {
        let r = super::call_method(vm, &f, a, &[b.clone(), m.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !ta.ptr_eq(&tb) && !tb.has_flag(crate::runtime::types::flags::HEAPTYPE) {
        let rpow_name = vm.names.__rpow__.clone();
        if let Some(f) = tb.lookup(vm, &rpow_name) {
            let r = super::call_method(vm, &f, b, &[a.clone(), m.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    // Last, the power slot of the modulus's type, when it is a builtin float or complex (the
    // operands as they are: it answers with its own error or NotImplemented).
    let tm = m.class(vm);
    if !tm.ptr_eq(&ta) && !tm.ptr_eq(&tb) {
        let r = if tm.ptr_eq(&vm.types.float) {
            crate::runtime::objects::float_type::float_pow3(vm, a, b, m)?
        } else if tm.ptr_eq(&vm.types.complex) {
            crate::runtime::objects::complex::complex_pow3(vm, a, b, m)?
        } else {
            vm.not_implemented()
        };
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let (na, nb, nm) = (super::type_name(vm, a), super::type_name(vm, b), super::type_name(vm, m));
    Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{na}', '{nb}', '{nm}'")))
}
