//! int arithmetic: the binary operators on ints with CPython's semantics (floor division and
//! modulo rounding toward negative infinity, true division correctly rounded, negative powers
//! giving floats, modular powers, shifts, bitwise operators on two's complement), unboxed while
//! results fit i64; rounding, text in bases 2 to 36 under the digit limit, and bytes.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::frontend::fold::float as numeric;
use crate::runtime::object::Payload;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Largest magnitude whose conversion to a double is exact.
const EXACT_F64: u64 = 1 << 53;

/// Whether a value is an int (bool and instances of int subclasses included).
#[inline]
pub fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    }
}

/// The value of an int as i64, when it is an int that fits.
#[inline]
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// A binary operator on two int values (bools and subclass instances included); the result is
/// an exact int (or a float for `/` and negative powers). `Value::Null` for `@`.
pub fn int_values_binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
        return int_binary(vm, x, y, op);
    }
    match (a.to_bigint(), b.to_bigint()) {
        (Some(x), Some(y)) => big_binary(vm, &x, &y, op),
        _ => Ok(Value::Null),
    }
}

/// The int value of `v` as an exact int (a copy of a bool's or subclass instance's value).
pub fn exact_copy(vm: &Vm, v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.class_ref().ptr_eq(&vm.types.int) => v.clone(),
            Payload::BigInt(b) => Value::from_bigint(vm, b.clone()),
            _ => v.clone(),
        },
        other => other.clone(),
    }
}

/// `pow(a, b, m)` for ints: b may be negative when a is invertible modulo m; the result has the
/// sign of m.
pub fn pow_mod(vm: &Vm, a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    if modulus.is_one() {
        return Ok(BigInt::zero());
    }
    let (base, exp) = if b.sign() == Sign::Minus {
        let inv = a.mod_floor(&modulus).modinv(&modulus);
        match inv {
            Some(i) => (i, -b),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        (a.mod_floor(&modulus), b.clone())
    };
    let r = base.modpow(&exp, &modulus);
    Ok(if m.sign() == Sign::Minus && !r.is_zero() { r - modulus } else { r })
}

/// `round(v, ndigits)` for an int and a negative ndigits: the nearest multiple of
/// 10**-ndigits, ties to even.
pub fn round_int(v: &BigInt, ndigits: &BigInt) -> BigInt {
    if ndigits.sign() != Sign::Minus || v.is_zero() {
        return v.clone();
    }
    // 10**k > 2|v| makes the result 0: |v| < 2**bits <= 10**(bits * 0.30103 + 1).
    let k = match (-ndigits).to_u64() {
        Some(k) if k <= v.bits() / 3 + 2 => k,
        _ => return BigInt::zero(),
    };
    let pow10 = num_traits::pow(BigInt::from(10u32), k as usize);
    let (q, r) = v.div_mod_floor(&pow10);
    let twice: BigInt = r << 1usize;
    let q = if twice > pow10 || (twice == pow10 && q.is_odd()) { q + 1u32 } else { q };
    q * pow10
}

/// `str(i)` under the default limit on decimal digits (ValueError beyond it).
pub fn int_to_decimal(vm: &Vm, v: &BigInt) -> PyResult<String> {
    crate::text::numbers::int_repr_limited(v, crate::text::numbers::DEFAULT_MAX_STR_DIGITS).map_err(|m| vm.value_error(m))
}

/// `str(v)` of any int value, under the digit limit.
pub fn int_value_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match small_int(v) {
        Some(i) => Ok(i.to_string()),
        None => int_to_decimal(vm, &v.to_bigint().unwrap_or_default()),
    }
}

/// `bin(i)`, `oct(i)`, `hex(i)`: sign, prefix, digits in base 2, 8 or 16.
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(base))
}

/// `int.bit_length()`.
pub fn bit_length(v: &Value) -> u64 {
    match small_int(v) {
        Some(i) => 64 - u64::from(i.unsigned_abs().leading_zeros()),
        None => v.to_bigint().map(|b| b.bits()).unwrap_or(0),
    }
}

/// `int.bit_count()`.
pub fn bit_count(v: &Value) -> u64 {
    match small_int(v) {
        Some(i) => u64::from(i.unsigned_abs().count_ones()),
        None => v.to_bigint().map(|b| b.magnitude().count_ones()).unwrap_or(0),
    }
}

/// `int.__sizeof__()`: CPython's header and 30-bit digits (at least one).
pub fn int_sizeof(v: &Value) -> i64 {
    let digits = bit_length(v).div_ceil(30).max(1);
    24 + 4 * digits as i64
}

/// `int.to_bytes(length, byteorder, signed)`; Err carries the OverflowError message.
pub fn to_bytes(v: &BigInt, length: usize, little: bool, signed: bool) -> Result<Vec<u8>, &'static str> {
    if !signed && v.sign() == Sign::Minus {
        return Err("can't convert negative int to unsigned");
    }
    let mut be: Vec<u8> = if v.is_zero() {
        Vec::new()
    } else if signed {
        v.to_signed_bytes_be()
    } else {
        v.to_bytes_be().1
    };
    if be.len() > length {
        return Err("int too big to convert");
    }
    let fill = if v.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; length - be.len()];
    out.append(&mut be);
    if little {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder, signed)`.
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    match (little, signed) {
        (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        (false, true) => BigInt::from_signed_bytes_be(bytes),
        (true, true) => BigInt::from_signed_bytes_le(bytes),
    }
}

/// The exact integer value of a finite float with no fractional part.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.007_199_254_740_992e15 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 { -v } else { v }
}

/// An int as f64, correctly rounded, with OverflowError when too large (`float(i)`).
pub fn bigint_to_f64(vm: &Vm, i: &BigInt) -> PyResult<f64> {
    numeric::int_to_f64(i).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

/// `a / b` for ints, correctly rounded.
pub fn true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    numeric::int_true_div(a, b)
        .ok_or_else(|| vm.overflow_error("integer division result too large for a float"))
}

/// Floor division and modulo with Python's signs.
pub fn divmod_big(vm: &Vm, a: &BigInt, b: &BigInt, what: &str) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(vm.zero_division_error(what));
    }
    Ok(a.div_mod_floor(b))
}

/// `a ** b` for ints (b may be negative: a float result).
pub fn power(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.sign() == Sign::Minus {
        if a.is_zero() {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        let fa = bigint_to_f64(vm, a)?;
        let fb = bigint_to_f64(vm, b)?;
        return crate::runtime::objects::float::power(vm, fa, fb);
    }
    let Some(e) = b.to_u64() else {
        // Only 0, 1 and -1 can be raised to such powers.
        if a.is_zero() || a.is_one() {
            return Ok(Value::from_bigint(vm, a.clone()));
        }
        if *a == BigInt::from(-1) {
            return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
        }
        return Err(vm.memory_error());
    };
    if e > u32::MAX as u64 && a.bits() > 1 {
        return Err(vm.memory_error());
    }
    Ok(Value::from_bigint(vm, num_traits::pow(a.clone(), e as usize)))
}

/// A binary operator on two ints (given as i64 when both fit; the BigInt path otherwise).
pub fn int_binary(vm: &Vm, x: i64, y: i64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division_error("division by zero"));
            }
            if x.unsigned_abs() <= EXACT_F64 && y.unsigned_abs() <= EXACT_F64 {
                return Ok(Value::Float(x as f64 / y as f64));
            }
            return true_divide(vm, &BigInt::from(x), &BigInt::from(y)).map(Value::Float);
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) { Some(x << y) } else { None }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        BinOp::Pow => {
            if y >= 0 && y <= u32::MAX as i64 {
                x.checked_pow(y as u32)
            } else {
                None
            }
        }
        BinOp::MatMul => return Ok(Value::Null),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_binary(vm, &BigInt::from(x), &BigInt::from(y), op),
    }
}

/// A binary operator on two ints of any size. `Value::Null` means "not supported" (`@`).
pub fn big_binary(vm: &Vm, a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    let v = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => divmod_big(vm, a, b, "integer division or modulo by zero")?.0,
        BinOp::Mod => divmod_big(vm, a, b, "integer modulo by zero")?.1,
        BinOp::TrueDiv => return true_divide(vm, a, b).map(Value::Float),
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b.sign() == Sign::Minus {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let Some(s) = b.to_usize().filter(|s| *s < (1 << 40)) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            a << s
        }
        BinOp::RShift => {
            if b.sign() == Sign::Minus {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => a >> s,
                None => BigInt::from(if a.sign() == Sign::Minus { -1 } else { 0 }),
            }
        }
        BinOp::Pow => return power(vm, a, b),
        BinOp::MatMul => return Ok(Value::Null),
    };
    Ok(Value::from_bigint(vm, v))
}
