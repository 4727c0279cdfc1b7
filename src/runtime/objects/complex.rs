//! The `complex` type: arithmetic with ints, floats and complexes (division and powers with
//! CPython's algorithms and errors), equality with exact int comparison, hash, repr, `abs`,
//! `conjugate`, the `real`/`imag` members, and `complex.__new__` (numbers, `__complex__`,
//! strings such as `"1+2j"` and `"(1-2j)"`).


use crate::frontend::fold::float::{self as numeric, Complex};
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::float_type::{self, as_double, float_of};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::int::is_int;
use crate::runtime::objects::int_type::{self, new_cls};
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::objects::numparse;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The value of a complex (exact or a subclass instance).
#[inline]
pub fn complex_of(v: &Value) -> Option<Complex> {
    match v.payload() {
        Some(Payload::Complex { re, im }) => Some((*re, *im)),
        _ => None,
    }
}

/// An instance of `cls` (complex or a subclass) with value `z`.
pub fn new_complex(vm: &Vm, cls: &TypeRef, z: Complex) -> Value {
    let payload = Payload::Complex { re: z.0, im: z.1 };
    if cls.ptr_eq(&vm.types.complex) {
        return vm.new_object(cls.clone(), payload);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), payload, cls.nslots.get()))
}

/// A new exact complex.
pub fn complex_value(vm: &Vm, z: Complex) -> Value {
    vm.new_object(vm.types.complex.clone(), Payload::Complex { re: z.0, im: z.1 })
}

/// An operand of complex arithmetic: a complex, float or int (OverflowError for ints too
/// large); None for other values.
pub fn as_complex(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    if let Some(z) = complex_of(v) {
        return Ok(Some(z));
    }
    Ok(as_double(vm, v)?.map(|x| (x, 0.0)))
}

/// Why a complex power failed.
enum PowError {
    /// Zero to a negative or complex power (EDOM).
    Domain,
    /// An infinite part (ERANGE).
    Range,
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = numeric::c_mul(r, p);
        }
        mask <<= 1;
        p = numeric::c_mul(p, p);
    }
    r
}

fn c_pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = numeric::mul(b.0, at);
    if b.1 != 0.0 {
        len = numeric::div(len, numeric::mul(at, b.1).exp());
        phase = numeric::add(phase, numeric::mul(vabs.ln(), b.1));
    }
    if phase.is_infinite() {
        return Err(PowError::Domain);
    }
    Ok((numeric::mul(len, phase.cos()), numeric::mul(len, phase.sin())))
}

fn complex_pow_checked(a: Complex, b: Complex) -> Result<Complex, PowError> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 { c_powu(a, n) } else { numeric::c_div((1.0, 0.0), c_powu(a, -n)).ok_or(PowError::Domain)? }
    } else {
        c_pow(a, b)?
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(p)
}

/// `a ** b` for complex values.
pub fn complex_power(vm: &Vm, a: Complex, b: Complex) -> PyResult<Value> {
    match complex_pow_checked(a, b) {
        Ok(p) => Ok(complex_value(vm, p)),
        Err(PowError::Domain) => Err(vm.zero_division_error("0.0 to a negative or complex power")),
        Err(PowError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// A binary operator on two complex values; `Value::Null` for the operators complex lacks.
pub fn complex_binary(vm: &Vm, a: Complex, b: Complex, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => numeric::c_add(a, b),
        BinOp::Sub => numeric::c_sub(a, b),
        BinOp::Mul => numeric::c_mul(a, b),
        BinOp::TrueDiv => match numeric::c_div(a, b) {
            Some(q) => q,
            None => return Err(vm.zero_division_error("complex division by zero")),
        },
        BinOp::Pow => return complex_power(vm, a, b),
        _ => return Ok(Value::Null),
    };
    Ok(complex_value(vm, r))
}

/// `abs(z)`: OverflowError when the magnitude of finite parts overflows.
pub fn complex_abs(vm: &Vm, z: Complex) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `hash(z)`; a NaN part hashes by identity as in CPython.
pub fn complex_hash_value(v: &Value) -> i64 {
    let (re, im) = complex_of(v).unwrap_or((0.0, 0.0));
    match crate::bytecode::pyhash::hash_complex(re, im) {
        Some(h) => h,
        None => ops::hash::hash_pointer(v.id()),
    }
}

/// `z == other` for a complex z: None (NotImplemented) when other is not a number.
pub fn complex_eq(z: Complex, other: &Value) -> Option<bool> {
    if let Some(w) = complex_of(other) {
        return Some(z.0 == w.0 && z.1 == w.1);
    }
    if let Some(f) = float_of(other) {
        return Some(z.0 == f && z.1 == 0.0);
    }
    if is_int(other) {
        if z.1 != 0.0 {
            return Some(false);
        }
        return Some(matches!(float_type::float_compare(z.0, other), Some(Some(std::cmp::Ordering::Equal))));
    }
    None
}

// ---- complex() ----

/// A complex from ASCII text as `complex()` reads it; None when malformed.
pub fn parse_complex(text: &[u8]) -> Option<Complex> {
    let owned;
    let text = if text.contains(&b'_') {
        owned = numparse::remove_underscores(text)?;
        &owned[..]
    } else {
        text
    };
    let s = text;
    let mut i = numparse::skip_space(s, 0);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = numparse::skip_space(s, i + 1);
    }
    let is_j = |i: usize| matches!(s.get(i), Some(b'j' | b'J'));
    let (re, im);
    match numparse::scan_float(&s[i..]) {
        Some((x, n)) => {
            i += n;
            if matches!(s.get(i), Some(b'+' | b'-')) {
                re = x;
                match numparse::scan_float(&s[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = if s[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            } else if is_j(i) {
                re = 0.0;
                im = x;
                i += 1;
            } else {
                re = x;
                im = 0.0;
            }
        }
        None => {
            im = match s.get(i) {
                Some(b'+') => {
                    i += 1;
                    1.0
                }
                Some(b'-') => {
                    i += 1;
                    -1.0
                }
                _ => 1.0,
            };
            re = 0.0;
            if !is_j(i) {
                return None;
            }
            i += 1;
        }
    }
    i = numparse::skip_space(s, i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i = numparse::skip_space(s, i + 1);
    }
    (i == s.len()).then_some((re, im))
}

/// `__complex__` of `v`, if its type has one (the result checked to be a complex).
fn try_complex_special(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    let cls = v.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__complex__) else { return Ok(None) };
    let r = ops::call_method(vm, &f, v, &[])?;
    match complex_of(&r) {
        Some(z) => Ok(Some(z)),
        None => {
            let t = ops::type_name(vm, &r);
            Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")))
        }
    }
}

/// Whether a value counts as a number for `complex()`: a complex, or a type with `__float__`
/// or `__index__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    if complex_of(v).is_some() || float_of(v).is_some() || is_int(v) {
        return true;
    }
    let cls = v.class(vm);
    cls.lookup(vm, &vm.names.__float__).is_some() || cls.lookup(vm, &vm.names.__index__).is_some()
}

static COMPLEX_NEW_SIG: Signature =
    Signature { name: "complex", params: &["real", "imag"], required: 0, max_pos: 2, posonly: 0 };

fn complex_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = new_cls(vm, args.pos().first(), &vm.types.complex.clone())?;
    let [r, i] = numargs::parse::<2>(vm, &args, 1, &COMPLEX_NEW_SIG)?;
    let r = if r.is_null() { Value::Int(0) } else { r };
    let exact = cls.ptr_eq(&vm.types.complex);
    if exact && i.is_null() && matches!(&r, Value::Obj(o) if o.class_ref().ptr_eq(&vm.types.complex)) {
        return Ok(r);
    }
    if let Some(Payload::Str(s)) = r.payload() {
        if !i.is_null() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let text = match s.as_ascii() {
            Some(a) => a.as_bytes().to_vec(),
            None => numparse::to_ascii(s.chars()),
        };
        return match parse_complex(&text) {
            Some(z) => Ok(new_complex(vm, &cls, z)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if matches!(i.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let special = try_complex_special(vm, &r)?;
    if special.is_none() && !is_number(vm, &r) {
        let t = ops::type_name(vm, &r);
        return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    }
    if !i.is_null() && !is_number(vm, &i) {
        let t = ops::type_name(vm, &i);
        return Err(vm.type_error(format!("complex() second argument must be a number, not '{t}'")));
    }
    let (mut cr, cr_is_complex) = match special.or_else(|| complex_of(&r)) {
        Some(z) => (z, true),
        None => ((float_type::number_float(vm, &r)?, 0.0), false),
    };
    let (mut ci, ci_is_complex) = if i.is_null() {
        ((cr.1, 0.0), false)
    } else {
        match complex_of(&i) {
            Some(z) => (z, true),
            None => ((float_type::number_float(vm, &i)?, 0.0), false),
        }
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && !i.is_null() {
        ci.0 += cr.1;
    }
    Ok(new_complex(vm, &cls, (cr.0, ci.0)))
}

// ---- slot wrappers ----

fn this(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<Complex> {
    let v = numargs::receiver(vm, args, name, &vm.types.complex)?;
    Ok(complex_of(v).unwrap_or((0.0, 0.0)))
}

fn binary_slot(vm: &mut Vm, args: CallArgs, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    let Some(b) = as_complex(vm, b)? else { return Ok(vm.not_implemented()) };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    complex_binary(vm, x, y, op)
}

macro_rules! binary_slots {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                binary_slot(vm, args, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                binary_slot(vm, args, $rname, BinOp::$op, true)
            }
        )*
    };
}

binary_slots! {
    complex_add, complex_radd, "__add__", "__radd__", Add;
    complex_sub, complex_rsub, "__sub__", "__rsub__", Sub;
    complex_mul, complex_rmul, "__mul__", "__rmul__", Mul;
    complex_truediv, complex_rtruediv, "__truediv__", "__rtruediv__", TrueDiv;
}

/// `pow(a, b, m)` where one of a, b is a complex.
pub fn complex_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_complex(vm, a)?, as_complex(vm, b)?) else { return Ok(vm.not_implemented()) };
    if !m.is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    complex_power(vm, x, y)
}

fn complex_pow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__pow__")?;
    let a = args.pos()[0].clone();
    let (b, m) = int_type::pow_slot_args(vm, &args, "__pow__")?;
    complex_pow3(vm, &a, &b, &m)
}

fn complex_rpow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__rpow__")?;
    let a = args.pos()[0].clone();
    let (b, m) = int_type::pow_slot_args(vm, &args, "__rpow__")?;
    complex_pow3(vm, &b, &a, &m)
}

fn unary_this(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<Complex> {
    let z = this(vm, args, name)?;
    numargs::slot_args(vm, args, name, 0)?;
    Ok(z)
}

fn complex_neg(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = unary_this(vm, &args, "__neg__")?;
    Ok(complex_value(vm, (-z.0, -z.1)))
}

fn complex_pos(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = unary_this(vm, &args, "__pos__")?;
    Ok(complex_value(vm, z))
}

fn complex_abs_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = unary_this(vm, &args, "__abs__")?;
    Ok(Value::Float(complex_abs(vm, z)?))
}

fn complex_bool(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = unary_this(vm, &args, "__bool__")?;
    Ok(Value::Bool(z.0 != 0.0 || z.1 != 0.0))
}

fn complex_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = unary_this(vm, &args, "__repr__")?;
    Ok(vm.new_str(&crate::text::numbers::complex_repr(z.0, z.1)))
}

fn complex_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unary_this(vm, &args, "__hash__")?;
    Ok(Value::Int(complex_hash_value(&args.pos()[0])))
}

fn eq_slot(vm: &mut Vm, args: CallArgs, name: &str, ne: bool) -> PyResult<Value> {
    let z = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    match complex_eq(z, b) {
        Some(eq) => Ok(Value::Bool(eq != ne)),
        None => Ok(vm.not_implemented()),
    }
}

fn complex_eq_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    eq_slot(vm, args, "__eq__", false)
}

fn complex_ne_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    eq_slot(vm, args, "__ne__", true)
}

fn order_slot(vm: &mut Vm, args: CallArgs, name: &str) -> PyResult<Value> {
    this(vm, &args, name)?;
    numargs::slot_args(vm, &args, name, 1)?;
    Ok(vm.not_implemented())
}

fn complex_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    order_slot(vm, args, "__lt__")
}

fn complex_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    order_slot(vm, args, "__le__")
}

fn complex_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    order_slot(vm, args, "__gt__")
}

fn complex_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    order_slot(vm, args, "__ge__")
}

// ---- methods ----

fn noargs(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<Complex> {
    let z = this(vm, args, name)?;
    numargs::no_args(vm, args, &format!("complex.{name}"))?;
    Ok(z)
}

fn complex_conjugate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = noargs(vm, &args, "conjugate")?;
    Ok(complex_value(vm, (z.0, -z.1)))
}

fn complex_complex(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = noargs(vm, &args, "__complex__")?;
    let v = &args.pos()[0];
    if matches!(v, Value::Obj(o) if o.class_ref().ptr_eq(&vm.types.complex)) {
        return Ok(v.clone());
    }
    Ok(complex_value(vm, z))
}

fn complex_getnewargs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let z = noargs(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(z.0), Value::Float(z.1)]))
}

fn complex_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs(vm, &args, "__sizeof__")?;
    Ok(Value::Int(32))
}

fn complex_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__format__")?;
    let v = args.pos()[0].clone();
    let spec = numargs::one_arg(vm, &args, "__format__")?.clone();
    int_type::format_number(vm, &v, &spec, "complex")
}

// ---- members ----

fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_of(v).map_or(0.0, |z| z.0)))
}

fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_of(v).map_or(0.0, |z| z.1)))
}

static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", complex_new),
    MethodDef::slot("__repr__", complex_repr),
    MethodDef::slot("__hash__", complex_hash),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__lt__", complex_lt),
    MethodDef::slot("__le__", complex_le),
    MethodDef::slot("__eq__", complex_eq_slot),
    MethodDef::slot("__ne__", complex_ne_slot),
    MethodDef::slot("__gt__", complex_gt),
    MethodDef::slot("__ge__", complex_ge),
    MethodDef::slot("__add__", complex_add),
    MethodDef::slot("__radd__", complex_radd),
    MethodDef::slot("__sub__", complex_sub),
    MethodDef::slot("__rsub__", complex_rsub),
    MethodDef::slot("__mul__", complex_mul),
    MethodDef::slot("__rmul__", complex_rmul),
    MethodDef::slot("__pow__", complex_pow),
    MethodDef::slot("__rpow__", complex_rpow),
    MethodDef::slot("__neg__", complex_neg),
    MethodDef::slot("__pos__", complex_pos),
    MethodDef::slot("__abs__", complex_abs_slot),
    MethodDef::slot("__bool__", complex_bool),
    MethodDef::slot("__truediv__", complex_truediv),
    MethodDef::slot("__rtruediv__", complex_rtruediv),
    MethodDef::method("conjugate", complex_conjugate),
    MethodDef::method("__complex__", complex_complex),
    MethodDef::method("__format__", complex_format),
    MethodDef::method("__getnewargs__", complex_getnewargs),
    MethodDef::method("__sizeof__", complex_sizeof),
];

static COMPLEX_MEMBERS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_real, set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: get_imag, set: None, doc: Some("the imaginary part of a complex number") },
];

const COMPLEX_DOC: &str = "Create a complex number from a real part and an optional imaginary part.\n\
\n\
This is equivalent to (real + imag*1j) where imag defaults to 0.";

pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    add_methods(vm, &t, COMPLEX_METHODS);
    add_getsets(vm, &t, COMPLEX_MEMBERS);
    let doc = vm.new_str(COMPLEX_DOC);
    add_attr(vm, &t, "__doc__", doc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(parse_complex(b"1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(b" ( -1.5e3-2J ) "), Some((-1500.0, -2.0)));
        assert_eq!(parse_complex(b"j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex(b"-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex(b"1+j"), Some((1.0, 1.0)));
        assert_eq!(parse_complex(b"2"), Some((2.0, 0.0)));
        assert_eq!(parse_complex(b"1_0j"), Some((0.0, 10.0)));
        assert_eq!(parse_complex(b"1+ 2j"), None);
        assert_eq!(parse_complex(b"(1+2j"), None);
        assert_eq!(parse_complex(b""), None);
        assert_eq!(parse_complex(b"1e"), None);
    }
}
