//! `math`'s integer functions (factorial, comb, perm, gcd, lcm, isqrt), exact on ints of any
//! size, and the products: `prod` and `sumprod` (floats accumulated in triple length, as
//! CPython does, so results agree to the last bit).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::builtins::args::one_arg;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::int_type::index_bigint;
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::ops;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{dl_mul, positional};

/// The product of the integers in [lo, hi), by halving (balanced operand sizes).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// The product of the ints n - k + 1 .. n (n of any size, k small enough to loop over).
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if let Some(nu) = n.to_u64() {
        return range_product(nu - k + 1, nu + 1);
    }
    fn rec(top: &BigInt, k: u64) -> BigInt {
        if k <= 16 {
            let mut acc = BigInt::one();
            for i in 0..k {
                acc *= top - i;
            }
            return acc;
        }
        let half = k / 2;
        rec(top, half) * rec(&(top - half), k - half)
    }
    rec(n, k)
}

fn factorial_of(n: u64) -> BigInt {
    range_product(1, n + 1)
}

/// MemoryError when a product of k factors of up to `bits` bits each could not be built.
fn check_size(vm: &Vm, k: u64, bits: u64) -> PyResult<()> {
    if k.saturating_mul(bits.max(1)) > crate::runtime::objects::int::MAX_BUILT_BITS {
        return Err(vm.memory_error());
    }
    Ok(())
}

pub fn factorial(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.factorial")?.clone();
    let n = index_bigint(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    let n = n as u64;
    check_size(vm, n, 64 - n.leading_zeros() as u64)?;
    Ok(Value::from_bigint(vm, factorial_of(n)))
}

/// n and k checked as comb and perm check them.
fn non_negative_pair(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_bigint(vm, n)?;
    let k = index_bigint(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub fn comb(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "comb", 2, 2)?;
    let (n, k) = non_negative_pair(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let rest = &n - &k;
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    check_size(vm, k, n.bits())?;
    let r = falling_product(&n, k) / factorial_of(k);
    Ok(Value::from_bigint(vm, r))
}

pub fn perm(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "perm", 1, 2)?;
    if a.len() == 1 || a[1].is_none() {
        let n = index_bigint(vm, &a[0])?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let Some(n) = n.to_i64() else {
            return Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
        };
        let n = n as u64;
        check_size(vm, n, 64 - n.leading_zeros() as u64)?;
        return Ok(Value::from_bigint(vm, factorial_of(n)));
    }
    let (n, k) = non_negative_pair(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(ki) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    check_size(vm, ki as u64, n.bits())?;
    Ok(Value::from_bigint(vm, falling_product(&n, ki as u64)))
}

pub fn gcd(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    numargs::no_kwargs(vm, &args, "math.gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos() {
        let n = index_bigint(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(vm, g))
}

pub fn lcm(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    numargs::no_kwargs(vm, &args, "math.lcm")?;
    let mut l = BigInt::one();
    for v in args.pos() {
        let n = index_bigint(vm, v)?;
        if l.is_zero() {
            continue;
        }
        l = if n.is_zero() { BigInt::zero() } else { l.lcm(&n) };
    }
    Ok(Value::from_bigint(vm, l.abs()))
}

pub fn isqrt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.isqrt")?.clone();
    let n = index_bigint(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(vm, num_integer::Roots::sqrt(&n)))
}

static PROD_SIG: Signature =
    Signature { name: "prod", params: &["iterable", "start"], required: 1, max_pos: 1, posonly: 1 };

pub fn prod(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [iterable, start] = numargs::parse::<2>(vm, &args, 0, &PROD_SIG)?;
    let it = ops::iter::iter(vm, &iterable)?;
    let mut acc = if start.is_null() { Value::Int(1) } else { start };
    while let Some(item) = ops::iter::next(vm, &it)? {
        acc = ops::arith::binary_op(vm, &acc, &item, BinOp::Mul, false)?;
    }
    Ok(acc)
}

/// a + b as hi + lo, exactly, for any magnitudes.
fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// A running sum held as three floats (hi, lo, tiny).
#[derive(Clone, Copy)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

impl Triple {
    const ZERO: Triple = Triple { hi: 0.0, lo: 0.0, tiny: 0.0 };

    /// self + x * y.
    fn fma(self, x: f64, y: f64) -> Triple {
        let (phi, plo) = dl_mul(x, y);
        let (shi, slo) = dl_sum(self.hi, phi);
        let (r1hi, r1lo) = dl_sum(self.lo, plo);
        let (r2hi, r2lo) = dl_sum(r1hi, slo);
        Triple { hi: shi, lo: r2hi, tiny: self.tiny + r1lo + r2lo }
    }

    fn value(self) -> f64 {
        let (hi, lo) = dl_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

/// An exact int's value as f64 for sumprod's float lane (None past the float range).
fn lane_float(vm: &Vm, v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Obj(o) if o.class_ref().ptr_eq(&vm.types.int) => {
            v.to_bigint().and_then(|b| b.to_f64()).filter(|f| f.is_finite())
        }
        _ => None,
    }
}

pub fn sumprod(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "sumprod", 2, 2)?;
    let p_it = ops::iter::iter(vm, &a[0])?;
    let q_it = ops::iter::iter(vm, &a[1])?;
    let mut total = Value::Int(0);
    let (mut int_on, mut int_used, mut int_total) = (true, false, 0i64);
    let (mut flt_on, mut flt_used, mut flt_total) = (true, false, Triple::ZERO);
    loop {
        let p = ops::iter::next(vm, &p_it)?;
        let q = ops::iter::next(vm, &q_it)?;
        if p.is_some() != q.is_some() {
            return Err(vm.value_error("Inputs are not the same length"));
        }
        let pair = p.zip(q);
        if int_on {
            if let Some((Value::Int(x), Value::Int(y))) = &pair
                && let Some(s) = x.checked_mul(*y).and_then(|m| int_total.checked_add(m))
            {
                int_total = s;
                int_used = true;
                continue;
            }
            int_on = false;
            if int_used {
                total = ops::arith::binary_op(vm, &total, &Value::Int(int_total), BinOp::Add, false)?;
                int_used = false;
            }
        }
        if flt_on {
            if let Some((x, y)) = &pair {
                let fx = if let Value::Float(f) = x { Some(*f) } else { None };
                let fy = if let Value::Float(f) = y { Some(*f) } else { None };
                let xy = match (fx, fy) {
                    (Some(a), Some(b)) => Some((a, b)),
                    (Some(a), None) => lane_float(vm, y).map(|b| (a, b)),
                    (None, Some(b)) => lane_float(vm, x).map(|a| (a, b)),
                    (None, None) => None,
                };
                if let Some((fx, fy)) = xy {
                    let next = flt_total.fma(fx, fy);
                    if next.hi.is_finite() {
                        flt_total = next;
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_on = false;
            if flt_used {
                let t = Value::Float(flt_total.value());
                total = ops::arith::binary_op(vm, &total, &t, BinOp::Add, false)?;
                flt_used = false;
            }
        }
        let Some((x, y)) = pair else { return Ok(total) };
        let term = ops::arith::binary_op(vm, &x, &y, BinOp::Mul, false)?;
        total = ops::arith::binary_op(vm, &total, &term, BinOp::Add, false)?;
    }
}
