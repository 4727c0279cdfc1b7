//! float arithmetic with CPython's semantics and error messages (the numeric rules are shared
//! with the constant folder), conversion to int, exact rounding, integer ratios, and the
//! hexadecimal form (`hex`, `fromhex`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::frontend::fold::float::{self as numeric, PowResult};
use crate::runtime::object::Payload;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `a ** b` for floats: a float, or a complex for a negative base and fractional exponent.
pub fn power(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    match numeric::float_pow(a, b) {
        Some(PowResult::Float(f)) => Ok(Value::Float(f)),
        Some(PowResult::Complex((re, im))) => {
            Ok(vm.new_object(vm.types.complex.clone(), Payload::Complex { re, im }))
        }
        None if a == 0.0 && b < 0.0 => Err(vm.zero_division_error("0.0 cannot be raised to a negative power")),
        None => Err(vm.overflow_error("(34, 'Numerical result out of range')")),
    }
}

/// A binary operator on two floats. `Value::Null` means "not supported".
pub fn float_binary(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            numeric::float_floor_div(x, y).ok_or_else(|| vm.zero_division_error("float floor division by zero"))?
        }
        BinOp::Mod => numeric::float_mod(x, y).ok_or_else(|| vm.zero_division_error("float modulo"))?,
        BinOp::Pow => return power(vm, x, y),
        _ => return Ok(Value::Null),
    };
    Ok(Value::Float(r))
}

/// `int(x)` of a float: truncated toward zero; OverflowError for infinities, ValueError for
/// NaN.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(vm, super::int::float_to_bigint(t)))
}

/// `divmod(x, y)` for floats.
pub fn float_divmod(vm: &Vm, x: f64, y: f64) -> PyResult<(f64, f64)> {
    match (numeric::float_floor_div(x, y), numeric::float_mod(x, y)) {
        (Some(q), Some(r)) => Ok((q, r)),
        _ => Err(vm.zero_division_error("float divmod()")),
    }
}

/// The exact value of a finite float as `mantissa * 2**exponent` with an odd mantissa (zero
/// for zero).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// `x.as_integer_ratio()` of a finite float: numerator and a power-of-two denominator in
/// lowest terms.
pub fn as_integer_ratio(x: f64) -> (BigInt, BigInt) {
    let (m, e) = decompose(x);
    if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    }
}

/// `round(x, ndigits)` for a float: the float nearest to x rounded to ndigits decimal places
/// (ties to even on x's exact value); None when the result overflows.
pub fn round_float(x: f64, ndigits: i64) -> Option<f64> {
    // Beyond these, the digits are all kept (or all dropped) anyway.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    let (m, e) = decompose(x);
    let pow10 = num_traits::pow(BigInt::from(10u32), ndigits.unsigned_abs() as usize);
    // x * 10**ndigits as a fraction num / den.
    let (mut num, mut den) = (m, BigInt::one());
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if ndigits >= 0 {
        num *= &pow10;
    } else {
        den *= &pow10;
    }
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r << 1usize;
    let q = if twice > den || (twice == den && q.is_odd()) { q + 1u32 } else { q };
    let v = if ndigits >= 0 { numeric::int_true_div(&q, &pow10)? } else { numeric::int_to_f64(&(q * pow10))? };
    Some(if v == 0.0 { 0.0f64.copysign(x) } else { v })
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals), `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::text::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{}{}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Why `float.fromhex` refused a string.
pub enum FromHexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(s)`, correctly rounded.
pub fn float_fromhex(s: &[u8]) -> Result<f64, FromHexError> {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let start = s.iter().position(|b| !is_space(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|b| !is_space(b)).map_or(start, |e| e + 1);
    let s = &s[start..end];
    // inf, infinity and nan, signed.
    if let Some((v, n)) = super::numparse::scan_float(s)
        && n == s.len()
        && !v.is_finite()
    {
        return Ok(v);
    }
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    if s.len() >= i + 2 && s[i] == b'0' && (s[i + 1] == b'x' || s[i + 1] == b'X') {
        i += 2;
    }
    let mut mant = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits = 0i64;
    let mut seen_point = false;
    while i < s.len() {
        let c = s[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4usize) + d;
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < s.len() && (s[i] == b'p' || s[i] == b'P') {
        i += 1;
        let neg_exp = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let digits_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add(i64::from(s[i] - b'0'));
            i += 1;
        }
        if i == digits_start {
            return Err(FromHexError::Invalid);
        }
        if neg_exp {
            exp = -exp;
        }
    }
    if i != s.len() {
        return Err(FromHexError::Invalid);
    }
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let v = if mant.is_zero() {
        0.0
    } else {
        let top = mant.bits() as i64 + e;
        if top > 1025 {
            return Err(FromHexError::Overflow);
        }
        if top < -1076 {
            0.0
        } else if e >= 0 {
            numeric::int_to_f64(&(mant << e as usize)).ok_or(FromHexError::Overflow)?
        } else {
            numeric::int_true_div(&mant, &(BigInt::one() << (-e) as usize)).ok_or(FromHexError::Overflow)?
        }
    };
    Ok(if negative { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for x in [1.5, 0.1, -2.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e-310] {
            let h = float_hex(x);
            assert_eq!(float_fromhex(h.as_bytes()).ok(), Some(x), "{h}");
        }
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_fromhex(b"0x1p-1075").ok(), Some(0.0));
        assert_eq!(float_fromhex(b"0x3p-1075").ok(), Some(1e-323));
        assert!(matches!(float_fromhex(b"0x1p1024"), Err(FromHexError::Overflow)));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(0.125, 2), Some(0.12));
        assert_eq!(round_float(2.675, 2), Some(2.67));
        assert_eq!(round_float(12345.0, -2), Some(12300.0));
        assert_eq!(round_float(1.7976931348623157e308, -308), None);
        assert_eq!(round_float(-0.4, 0).map(f64::to_bits), Some((-0.0f64).to_bits()));
    }
}
