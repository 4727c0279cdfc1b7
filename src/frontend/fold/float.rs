//! Float and complex arithmetic with CPython 3.12's exact results: correctly rounded int to
//! float conversion and int true division (longobject.c), float floor division, modulo and
//! power (floatobject.c), complex division and power (complexobject.c). `None` stands for the
//! exception CPython would raise (the folder then leaves the expression alone).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

/// A complex number as (real, imaginary).
pub type Complex = (f64, f64);

/// The NaN x86-64 arithmetic makes from operands that are not NaN (inf - inf, 0 * inf...).
const DEFAULT_NAN: u64 = 0xFFF8_0000_0000_0000;

/// The result of an arithmetic instruction on x86-64, where CPython's constants were made: a
/// NaN operand is passed on (quieted), the first one if both are NaN; a NaN made from other
/// operands is the negative default NaN. Rust leaves the choice of NaN open (and may swap the
/// operands of `+` and `*`), so it is made here, operands in the order CPython's compiled code
/// gives them.
fn ieee(a: f64, b: f64, r: f64) -> f64 {
    if a.is_nan() {
        f64::from_bits(a.to_bits() | (1 << 51))
    } else if b.is_nan() {
        f64::from_bits(b.to_bits() | (1 << 51))
    } else if r.is_nan() {
        f64::from_bits(DEFAULT_NAN)
    } else {
        r
    }
}

pub fn add(a: f64, b: f64) -> f64 {
    ieee(a, b, a + b)
}

pub fn sub(a: f64, b: f64) -> f64 {
    ieee(a, b, a - b)
}

pub fn mul(a: f64, b: f64) -> f64 {
    ieee(a, b, a * b)
}

pub fn div(a: f64, b: f64) -> f64 {
    ieee(a, b, a / b)
}

/// `float(n)`: the nearest double, ties to even; `None` (OverflowError) when it does not fit.
pub fn int_to_f64(n: &BigInt) -> Option<f64> {
    if let Some(small) = n.to_i64()
        && small.unsigned_abs() <= 1 << 53
    {
        return Some(small as f64);
    }
    let one = BigUint::from(1u32);
    let v = ratio_to_f64(n.magnitude(), &one)?;
    Some(if n.sign() == Sign::Minus { -v } else { v })
}

/// `a / b` for ints: the correctly rounded quotient; `None` for division by zero or a quotient
/// too large for a float.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let v = if a.is_zero() {
        0.0
    } else {
        ratio_to_f64(a.magnitude(), b.magnitude())?
    };
    Some(if negative { -v } else { v })
}

/// The double nearest to a / b (a > 0, b > 0), ties to even, subnormals included; `None` when
/// it rounds beyond the largest finite double.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    let (na, nb) = (a.bits() as i64, b.bits() as i64);
    // Scale so that the integer quotient has 55 or 56 significant bits: a / b lies in
    // [2^(na-nb-1), 2^(na-nb+1)), so q = a * 2^k / b lies in [2^(na-nb-1+k), 2^(na-nb+1+k)).
    let k = 56 - (na - nb);
    let (num, den) = if k >= 0 {
        (a << (k as u64), b.clone())
    } else {
        (a.clone(), b << ((-k) as u64))
    };
    let q = &num / &den;
    let sticky = &q * &den != num;
    let q = q.to_u64()?;
    let qbits = 64 - i64::from(q.leading_zeros());
    // value = (q + frac) * 2^-k; keep 53 bits, fewer when the value is subnormal (the lowest
    // kept bit may not weigh less than 2^-1074).
    let drop = (qbits - 53).max(-1074 + k);
    let e = drop - k;
    let m = if drop <= 0 {
        q << (-drop) as u32
    } else if drop >= 64 {
        0
    } else {
        let kept = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let round_up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        kept + u64::from(round_up)
    };
    let (m, e) = if m == 1 << 53 {
        (m >> 1, e + 1)
    } else {
        (m, e)
    };
    compose(m, e)
}

/// The double m * 2^e for m < 2^53, e >= -1074 (exact by construction); `None` on overflow.
fn compose(m: u64, e: i64) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    if m < 1 << 52 {
        // Subnormal: e is -1074 here.
        debug_assert_eq!(e, -1074);
        return Some(f64::from_bits(m));
    }
    let biased = e + 1075;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(
        ((biased as u64) << 52) | (m & ((1 << 52) - 1)),
    ))
}

/// Python's `a // b` for floats.
pub fn float_floor_div(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    Some(div_mod(a, b).0)
}

/// Python's `a % b` for floats: the remainder takes the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    Some(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { add(m, b) } else { m }
    } else {
        0.0f64.copysign(b)
    })
}

/// floatobject.c's `_float_div_mod`: the floored quotient, snapped to an integral value, and
/// the remainder with the divisor's sign.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut q = div(sub(a, m), b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m = add(m, b);
            q = sub(q, 1.0);
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if q != 0.0 {
        let mut f = q.floor();
        if sub(q, f) > 0.5 {
            f = add(f, 1.0);
        }
        f
    } else {
        0.0f64.copysign(div(a, b))
    };
    (floordiv, m)
}

/// What a float power gives: a float, or a complex for a negative base and fractional
/// exponent.
pub enum PowResult {
    Float(f64),
    Complex(Complex),
}

fn is_odd_integer(x: f64) -> bool {
    // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
    (x.abs() % 2.0) == 1.0
}

/// Python's `v ** w` for floats (float_pow), with its special cases ahead of the C library's
/// `pow`; `None` for ZeroDivisionError and OverflowError.
pub fn float_pow(v: f64, w: f64) -> Option<PowResult> {
    if w == 0.0 {
        return Some(PowResult::Float(1.0));
    }
    if v.is_nan() {
        return Some(PowResult::Float(v));
    }
    if w.is_nan() {
        return Some(PowResult::Float(if v == 1.0 { 1.0 } else { w }));
    }
    if w.is_infinite() {
        let av = v.abs();
        return Some(PowResult::Float(if av == 1.0 {
            1.0
        } else if (w > 0.0) == (av > 1.0) {
            w.abs()
        } else {
            0.0
        }));
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Some(PowResult::Float(if w > 0.0 {
            if odd { v } else { v.abs() }
        } else if odd {
            0.0f64.copysign(v)
        } else {
            0.0
        }));
    }
    if v == 0.0 {
        if w < 0.0 {
            return None;
        }
        return Some(PowResult::Float(if is_odd_integer(w) { v } else { 0.0 }));
    }
    let mut iv = v;
    let mut negate = false;
    if iv < 0.0 {
        if w != w.floor() {
            return complex_pow((v, 0.0), (w, 0.0)).map(PowResult::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(w);
    }
    if iv == 1.0 {
        return Some(PowResult::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = iv.powf(w);
    if r.is_infinite() {
        return None;
    }
    Some(PowResult::Float(if negate { -r } else { r }))
}

pub fn c_add(a: Complex, b: Complex) -> Complex {
    (add(a.0, b.0), add(a.1, b.1))
}

pub fn c_sub(a: Complex, b: Complex) -> Complex {
    (sub(a.0, b.0), sub(a.1, b.1))
}

pub fn c_mul(a: Complex, b: Complex) -> Complex {
    (
        sub(mul(a.0, b.0), mul(a.1, b.1)),
        add(mul(a.0, b.1), mul(a.1, b.0)),
    )
}

/// complexobject.c's `_Py_c_quot` (Smith's method); `None` for division by zero.
pub fn c_div(a: Complex, b: Complex) -> Option<Complex> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = div(b.1, b.0);
        let denom = add(b.0, mul(b.1, ratio));
        Some((
            div(add(a.0, mul(a.1, ratio)), denom),
            div(sub(a.1, mul(a.0, ratio)), denom),
        ))
    } else if abs_bi >= abs_br {
        let ratio = div(b.0, b.1);
        let denom = add(mul(b.0, ratio), b.1);
        Some((
            div(add(mul(a.0, ratio), a.1), denom),
            div(sub(mul(a.1, ratio), a.0), denom),
        ))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Python's `a ** b` for complex numbers (complex_pow): exact repeated squaring for small
/// integral exponents, the polar formula otherwise; `None` for ZeroDivisionError (zero to a
/// negative or complex power, or a math domain error) and OverflowError (an infinite part).
pub fn complex_pow(a: Complex, b: Complex) -> Option<Complex> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)?
    } else {
        c_pow(a, b)?
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return None;
    }
    Some(p)
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

fn c_powi(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_div((1.0, 0.0), c_powu(x, -n))
    }
}

/// `_Py_c_pow`; `None` where it (or the C library under it) reports a domain error.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    // Operand orders as in CPython's compiled `_Py_c_pow` (x86-64).
    let mut phase = mul(b.0, at);
    if b.1 != 0.0 {
        len = div(len, mul(at, b.1).exp());
        phase = add(phase, mul(vabs.ln(), b.1));
    }
    // cos and sin of an infinite angle set EDOM, which complex_pow reports.
    if phase.is_infinite() {
        return None;
    }
    Some((mul(len, phase.cos()), mul(len, phase.sin())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn int_conversion_rounds_to_even() {
        assert_eq!(
            int_to_f64(&big("9007199254740993")),
            Some(9007199254740992.0)
        );
        assert_eq!(
            int_to_f64(&big("9007199254740995")),
            Some(9007199254740996.0)
        );
        assert_eq!(
            int_to_f64(&big("-9007199254740993")),
            Some(-9007199254740992.0)
        );
        assert_eq!(
            int_to_f64(&BigInt::from(2u8).pow(1023)),
            Some(2f64.powi(1023))
        );
        assert!(int_to_f64(&(BigInt::from(2u8).pow(1024))).is_none());
        // Just below 2^1024: rounds up to 2^1024, which overflows.
        let near = BigInt::from(2u8).pow(1024) - BigInt::from(2u8).pow(969);
        assert!(int_to_f64(&near).is_none());
        // Halfway between the largest double and 2^1024: ties to even, which overflows.
        let half = BigInt::from(2u8).pow(1024) - BigInt::from(2u8).pow(970);
        assert!(int_to_f64(&half).is_none());
        let max = BigInt::from(2u8).pow(1024) - BigInt::from(2u8).pow(971);
        assert_eq!(int_to_f64(&max), Some(f64::MAX));
    }

    #[test]
    fn true_division() {
        assert_eq!(int_true_div(&big("1"), &big("3")), Some(1.0 / 3.0));
        assert_eq!(
            int_true_div(&big("0"), &big("-3")).map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(int_true_div(&big("1"), &big("0")), None);
        let tiny = int_true_div(&big("1"), &BigInt::from(2u8).pow(1074));
        assert_eq!(tiny, Some(f64::from_bits(1)));
        let half_tiny = int_true_div(&big("1"), &BigInt::from(2u8).pow(1075));
        assert_eq!(half_tiny, Some(0.0));
        let more = int_true_div(&big("3"), &BigInt::from(2u8).pow(1076));
        assert_eq!(more, Some(f64::from_bits(1)));
    }

    #[test]
    fn float_floor_and_mod() {
        assert_eq!(float_floor_div(7.0, -2.0), Some(-4.0));
        assert_eq!(float_mod(7.0, -2.0), Some(-1.0));
        assert_eq!(
            float_mod(-0.0, 5.0).map(f64::to_bits),
            Some(0.0f64.to_bits())
        );
        assert_eq!(float_floor_div(1.0, 0.0), None);
    }
}
