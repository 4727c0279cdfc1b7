//! int arithmetic: the binary operators on ints with CPython's semantics (floor division and
//! modulo rounding toward negative infinity, true division correctly rounded, negative powers
//! giving floats, shifts, bitwise operators on two's complement), unboxed while results fit i64.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use crate::frontend::fold::float as numeric;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

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
