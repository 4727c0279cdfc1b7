//! The `math` module: the floating-point functions with CPython's special values and errors
//! ("math domain error", "math range error"), its own gamma, lgamma, remainder and accurate
//! hypot/dist, fsum, logarithms of ints of any size, and the constants. The integer functions
//! are in `integer`.

mod integer;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::builtins::args::{one_arg, unpack};
use crate::runtime::objects::float_type::{float_of, to_f64};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::int::is_int;
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

// The C library's versions, which CPython calls (Rust's own acosh, asinh and cbrt round
// differently).
unsafe extern "C" {
    safe fn erf(x: f64) -> f64;
    safe fn erfc(x: f64) -> f64;
    safe fn acosh(x: f64) -> f64;
    safe fn asinh(x: f64) -> f64;
    safe fn atanh(x: f64) -> f64;
    fn dlopen(name: *const std::ffi::c_char, flags: i32) -> *mut std::ffi::c_void;
    fn dlsym(handle: *mut std::ffi::c_void, name: *const std::ffi::c_char) -> *mut std::ffi::c_void;
}

/// The C library's `cbrt`: the runtime support library of Rust defines a `cbrt` of its own
/// that the linker prefers, so it is looked up in libm by name (Rust's if libm is not there).
fn cbrt(x: f64) -> f64 {
    static LIBM_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
    let f = LIBM_CBRT.get_or_init(|| {
        // SAFETY: dlopen and dlsym are given NUL-terminated names; a non-null symbol named
        // `cbrt` in libm is the C function `double cbrt(double)`.
        unsafe {
            let h = dlopen(c"libm.so.6".as_ptr(), 1);
            if h.is_null() {
                return None;
            }
            let sym = dlsym(h, c"cbrt".as_ptr());
            if sym.is_null() {
                return None;
            }
            Some(std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(sym))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

const PI: f64 = std::f64::consts::PI;

const DEFS: &[MethodDef] = &[
    MethodDef::function("acos", m_acos),
    MethodDef::function("acosh", m_acosh),
    MethodDef::function("asin", m_asin),
    MethodDef::function("asinh", m_asinh),
    MethodDef::function("atan", m_atan),
    MethodDef::function("atan2", m_atan2),
    MethodDef::function("atanh", m_atanh),
    MethodDef::function("cbrt", m_cbrt),
    MethodDef::function("ceil", m_ceil),
    MethodDef::function("comb", integer::comb),
    MethodDef::function("copysign", m_copysign),
    MethodDef::function("cos", m_cos),
    MethodDef::function("cosh", m_cosh),
    MethodDef::function("degrees", m_degrees),
    MethodDef::function("dist", m_dist),
    MethodDef::function("erf", m_erf),
    MethodDef::function("erfc", m_erfc),
    MethodDef::function("exp", m_exp),
    MethodDef::function("exp2", m_exp2),
    MethodDef::function("expm1", m_expm1),
    MethodDef::function("fabs", m_fabs),
    MethodDef::function("factorial", integer::factorial),
    MethodDef::function("floor", m_floor),
    MethodDef::function("fmod", m_fmod),
    MethodDef::function("frexp", m_frexp),
    MethodDef::function("fsum", m_fsum),
    MethodDef::function("gamma", m_gamma),
    MethodDef::function("gcd", integer::gcd),
    MethodDef::function("hypot", m_hypot),
    MethodDef::function("isclose", m_isclose),
    MethodDef::function("isfinite", m_isfinite),
    MethodDef::function("isinf", m_isinf),
    MethodDef::function("isnan", m_isnan),
    MethodDef::function("isqrt", integer::isqrt),
    MethodDef::function("lcm", integer::lcm),
    MethodDef::function("ldexp", m_ldexp),
    MethodDef::function("lgamma", m_lgamma),
    MethodDef::function("log", m_log),
    MethodDef::function("log10", m_log10),
    MethodDef::function("log1p", m_log1p),
    MethodDef::function("log2", m_log2),
    MethodDef::function("modf", m_modf),
    MethodDef::function("nextafter", m_nextafter),
    MethodDef::function("perm", integer::perm),
    MethodDef::function("pow", m_pow),
    MethodDef::function("prod", integer::prod),
    MethodDef::function("radians", m_radians),
    MethodDef::function("remainder", m_remainder),
    MethodDef::function("sin", m_sin),
    MethodDef::function("sinh", m_sinh),
    MethodDef::function("sqrt", m_sqrt),
    MethodDef::function("sumprod", integer::sumprod),
    MethodDef::function("tan", m_tan),
    MethodDef::function("tanh", m_tanh),
    MethodDef::function("trunc", m_trunc),
    MethodDef::function("ulp", m_ulp),
];

/// The `math` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "math", DEFS);
    super::set_attr(vm, &m, "pi", Value::Float(PI));
    super::set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    super::set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    super::set_attr(vm, &m, "inf", Value::Float(f64::INFINITY));
    super::set_attr(vm, &m, "nan", Value::Float(f64::NAN));
    Ok(m)
}

// ---- errors ----

pub(crate) fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// What a libm-style function reports beside its result (C's errno).
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

/// Turns an errno into the exception: ValueError for a domain error, OverflowError for a range
/// error unless the result is small (an underflow, not an error).
fn check_errno(vm: &Vm, r: f64, e: Errno) -> PyResult<Value> {
    match e {
        Errno::None => Ok(Value::Float(r)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(Value::Float(r)),
        Errno::Range => Err(range_error(vm)),
    }
}

/// The positional arguments of a function taking `min..=max` of them (keywords refused with
/// the module's name, counts with the function's, as CPython words them).
pub(crate) fn positional<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    unpack(vm, args, name, min, max)
}

/// A float argument (`PyFloat_AsDouble`).
pub(crate) fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    to_f64(vm, v)
}

/// A one-argument function of CPython's `math_1` kind: a NaN from a non-NaN is a domain error,
/// an infinity from a finite value a range error (when the function can overflow) or a domain
/// error.
fn math_1(vm: &mut Vm, args: &CallArgs, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let x = arg_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

/// A two-argument function of CPython's `math_2` kind.
fn math_2(vm: &mut Vm, args: &CallArgs, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let a = positional(vm, args, name, 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    let r = f(x, y);
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() { Errno::Dom } else { Errno::None }
    } else if r.is_infinite() {
        if x.is_finite() && y.is_finite() { Errno::Range } else { Errno::None }
    } else {
        Errno::None
    };
    check_errno(vm, r, e)
}

macro_rules! func1 {
    ($name:ident, $py:literal, $f:expr, $over:expr) => {
        fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
            math_1(vm, &args, concat!("math.", $py), $f, $over)
        }
    };
}

func1!(m_acos, "acos", f64::acos, false);
func1!(m_acosh, "acosh", |x| acosh(x), false);
func1!(m_asin, "asin", f64::asin, false);
func1!(m_asinh, "asinh", |x| asinh(x), false);
func1!(m_atan, "atan", f64::atan, false);
func1!(m_atanh, "atanh", |x| atanh(x), false);
func1!(m_cbrt, "cbrt", |x| cbrt(x), false);
func1!(m_cos, "cos", f64::cos, false);
func1!(m_cosh, "cosh", f64::cosh, true);
func1!(m_erf, "erf", |x| erf(x), false);
func1!(m_erfc, "erfc", |x| erfc(x), false);
func1!(m_exp, "exp", f64::exp, true);
func1!(m_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, "expm1", f64::exp_m1, true);
func1!(m_fabs, "fabs", f64::abs, false);
func1!(m_log1p, "log1p", log1p, false);
func1!(m_sin, "sin", f64::sin, false);
func1!(m_sinh, "sinh", f64::sinh, true);
func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_tan, "tan", f64::tan, false);
func1!(m_tanh, "tanh", f64::tanh, false);

/// `log1p`, keeping the sign of a zero.
fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

fn m_copysign(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}

/// `atan2(y, x)` with C99's special values handled here.
fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return q.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

fn m_atan2(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    math_2(vm, &args, "atan2", atan2)
}

/// IEEE 754 remainder: x minus the nearest multiple of y (ties to the even multiple).
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the even multiple; exact because m is a multiple of ay/2.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    math_2(vm, &args, "remainder", remainder)
}

fn m_fmod(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "fmod", 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "pow", 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    let mut e = Errno::None;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            e = Errno::Dom;
        } else if r.is_infinite() {
            e = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
        r
    };
    check_errno(vm, r, e)
}

fn m_degrees(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.degrees")?;
    let x = arg_f64(vm, v)?;
    Ok(Value::Float(x * (180.0 / PI)))
}

fn m_radians(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.radians")?;
    let x = arg_f64(vm, v)?;
    Ok(Value::Float(x * (PI / 180.0)))
}

fn bool_of(vm: &mut Vm, args: &CallArgs, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let x = arg_f64(vm, v)?;
    Ok(Value::Bool(f(x)))
}

fn m_isfinite(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bool_of(vm, &args, "math.isfinite", f64::is_finite)
}

fn m_isinf(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bool_of(vm, &args, "math.isinf", f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bool_of(vm, &args, "math.isnan", f64::is_nan)
}

static ISCLOSE_SIG: Signature =
    Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], required: 2, max_pos: 2, posonly: 0 };

fn m_isclose(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b, rel, abs] = numargs::parse::<4>(vm, &args, 0, &ISCLOSE_SIG)?;
    let a = arg_f64(vm, &a)?;
    let b = arg_f64(vm, &b)?;
    let rel_tol = if rel.is_null() { 1e-9 } else { arg_f64(vm, &rel)? };
    let abs_tol = if abs.is_null() { 0.0 } else { arg_f64(vm, &abs)? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

// ---- rounding ----

/// floor or ceil: the type's `__floor__`/`__ceil__` when it has one, else the float's.
fn round_with(vm: &mut Vm, args: &CallArgs, name: &str, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?.clone();
    let x = match float_of(&v) {
        Some(x) if matches!(v, Value::Float(_)) => x,
        _ => {
            let cls = v.class(vm);
            if let Some(m) = cls.lookup(vm, &vm.intern(special)) {
                return ops::call_method(vm, &m, &v, &[]);
            }
            arg_f64(vm, &v)?
        }
    };
    crate::runtime::objects::float::float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    round_with(vm, &args, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    round_with(vm, &args, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.trunc")?.clone();
    if let Value::Float(x) = v {
        return crate::runtime::objects::float::float_to_int(vm, x);
    }
    let cls = v.class(vm);
    match cls.lookup(vm, &vm.intern("__trunc__")) {
        Some(m) => ops::call_method(vm, &m, &v, &[]),
        None => Err(vm.type_error(format!("type {} doesn't define __trunc__ method", cls.name()))),
    }
}

// ---- decomposition ----

/// `frexp`: a mantissa in [0.5, 1) and an exponent (x finite and nonzero).
pub(crate) fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

/// `ldexp(x, e)`: x * 2**e with one rounding.
pub(crate) fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let total = i64::from(ex) + e.clamp(-4000, 4000);
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        // A normal result: (2m) * 2**(total - 1), both factors exact.
        let p = f64::from_bits(((total - 1 + 1023) as u64) << 52);
        return (m * 2.0) * p;
    }
    if total < -1075 {
        return 0.0f64.copysign(x);
    }
    // A subnormal result: m * 2**total counted in units of the least subnormal, rounded once.
    let units = m * 2f64.powi((total + 1074) as i32);
    units.round_ties_even() * f64::from_bits(1)
}

fn m_frexp(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.frexp")?;
    let x = arg_f64(vm, v)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 { (x, 0) } else { frexp(x) };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(i64::from(e))]))
}

fn m_ldexp(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "ldexp", 2, 2)?;
    let x = arg_f64(vm, &a[0])?;
    if !is_int(&a[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let big = a[1].to_bigint().unwrap_or_default();
    let e = big.to_i64().unwrap_or(if big.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.modf")?;
    let x = arg_f64(vm, v)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

/// The float after `x` in the direction of `y`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `nextafter(x, y)` moved by `steps` floats (stopping at y).
fn next_steps(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        // Opposite signs: through zero toward y.
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps { f64::from_bits(ux - steps) } else { y }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

static NEXTAFTER_SIG: Signature =
    Signature { name: "nextafter", params: &["x", "y", "steps"], required: 2, max_pos: 2, posonly: 2 };

fn m_nextafter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [x, y, steps] = numargs::parse::<3>(vm, &args, 0, &NEXTAFTER_SIG)?;
    let x = arg_f64(vm, &x)?;
    let y = arg_f64(vm, &y)?;
    if steps.is_null() || steps.is_none() {
        return Ok(Value::Float(next_toward(x, y)));
    }
    let n = crate::runtime::objects::int_type::index_bigint(vm, &steps)?;
    if n.is_negative() {
        return Err(vm.value_error("steps must be a non-negative integer"));
    }
    Ok(Value::Float(next_steps(x, y, n.to_u64().unwrap_or(u64::MAX))))
}

fn m_ulp(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.ulp")?;
    let x = arg_f64(vm, v)?;
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

// ---- gamma ----

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// The Lanczos sum as a rational function of x (x > 0), evaluated in 1/x for large x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as i64) {
                f *= k as f64;
            }
            return (f, Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::None });
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sin_pi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

fn m_gamma(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.gamma")?;
    let x = arg_f64(vm, v)?;
    let (r, e) = tgamma(x);
    check_errno(vm, r, e)
}

fn m_lgamma(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.lgamma")?;
    let x = arg_f64(vm, v)?;
    let (r, e) = lgamma(x);
    check_errno(vm, r, e)
}

// ---- logarithms ----

/// A positive int as m * 2**e with m in [0.5, 1), m correctly rounded to 53 bits.
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    if bits <= 53 {
        let (m, e) = frexp(n.to_f64().unwrap_or(0.0));
        return (m, i64::from(e));
    }
    let shift = bits - 53;
    let mag = n.magnitude();
    let mut q = (mag >> shift).to_u64().unwrap_or(0);
    let rem = mag - (num_bigint::BigUint::from(q) << shift);
    let half = num_bigint::BigUint::from(1u8) << (shift - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    let mut e = bits as i64;
    if q == 1 << 53 {
        q >>= 1;
        e += 1;
    }
    (q as f64 / 9_007_199_254_740_992.0, e)
}

fn ln(x: f64) -> f64 {
    log_special(x, f64::ln)
}

fn log2(x: f64) -> f64 {
    log_special(x, f64::log2)
}

fn log10(x: f64) -> f64 {
    log_special(x, f64::log10)
}

/// A logarithm with C99's special values: -inf at zero, NaN below it.
fn log_special(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// A logarithm of an int (any size, computed from its leading bits) or of a float.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let n = v.to_bigint().unwrap_or_default();
        if n.sign() != num_bigint::Sign::Plus {
            return Err(domain_error(vm));
        }
        return Ok(match n.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (m, e) = bigint_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = arg_f64(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

fn m_log(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "log", 1, 2)?;
    let num = log_helper(vm, &a[0], ln)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_helper(vm, &a[1], ln)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.log2")?;
    Ok(Value::Float(log_helper(vm, v, log2)?))
}

fn m_log10(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.log10")?;
    Ok(Value::Float(log_helper(vm, v, log10)?))
}

// ---- sums and norms ----

/// Full-precision summation (Shewchuk's partials, rounded half-even at the end).
fn m_fsum(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let seq = one_arg(vm, &args, "math.fsum")?.clone();
    let it = ops::iter::iter(vm, &seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::iter::next(vm, &it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// x * y as an unevaluated sum hi + lo, exactly.
pub(crate) fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// a + b exactly as hi + lo, when |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// The Euclidean norm of non-negative finite values whose largest is `max`: scaled, squared
/// exactly, summed with compensation, and the square root corrected once.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_hypot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    numargs::no_kwargs(vm, &args, "math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos() {
        let x = arg_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "dist", 2, 2)?;
    let p = crate::runtime::objects::list_type::collect(vm, &a[0])?;
    let q = crate::runtime::objects::list_type::collect(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(&q) {
        let px = arg_f64(vm, pv)?;
        let qx = arg_f64(vm, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}
