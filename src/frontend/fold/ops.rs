//! The operators the folder applies to constants, with Python 3.12's semantics and ast_opt.c's
//! safety limits: a result is `Some` exactly where CPython folds, `None` where the operation
//! would raise (division by zero, overflow, a negative shift, a type error...) or where a limit
//! keeps CPython from folding (ints over 128 bits from `*`, `**` and `<<`, sequences over 256
//! items or 4096 characters from `*`, `%` on str and bytes).

use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::float::{self, Complex, PowResult};
use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;
use crate::frontend::ast::{Operator, UnaryOp};

/// Bits an int made by `*`, `**` or `<<` may have.
pub const MAX_INT_SIZE: u64 = 128;
/// Items a tuple made by `*` may have.
pub const MAX_COLLECTION_SIZE: i64 = 256;
/// Characters (or bytes) a str (or bytes) made by `*` may have.
pub const MAX_STR_SIZE: i64 = 4096;
/// Items, nested ones included, a tuple made by `*` may hold.
pub const MAX_TOTAL_ITEMS: i64 = 1024;

/// The message of the DeprecationWarning `~` on a bool emits (3.12).
pub const INVERT_BOOL_WARNING: &str = "Bitwise inversion '~' on bool is deprecated. This \
returns the bitwise inversion of the underlying int object and is usually not what you expect \
from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want \
the bitwise inversion of the underlying int.";

/// A number operand: bools act as the ints 0 and 1.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(Complex),
}

fn as_int(v: &Constant) -> Option<BigInt> {
    match v {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

fn is_int(v: &Constant) -> bool {
    matches!(v, Constant::Int(_) | Constant::Bool(_))
}

fn as_num(v: &Constant) -> Option<Num> {
    Some(match v {
        Constant::Int(_) | Constant::Bool(_) => Num::Int(as_int(v)?),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { re, im } => Num::Complex((*re, *im)),
        _ => return None,
    })
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => float::int_to_f64(i),
        Num::Float(f) => Some(*f),
        Num::Complex(_) => None,
    }
}

fn to_complex(n: &Num) -> Option<Complex> {
    match n {
        Num::Complex(c) => Some(*c),
        other => Some((to_f64(other)?, 0.0)),
    }
}

fn complex(c: Complex) -> Constant {
    Constant::Complex { re: c.0, im: c.1 }
}

/// The unary operator applied to a constant. `warn` receives the message of a
/// DeprecationWarning the operation emits.
pub fn unary(op: UnaryOp, v: &Constant, warn: &mut dyn FnMut(&'static str)) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!v.is_true()));
    }
    match (op, v) {
        (UnaryOp::Invert, Constant::Bool(b)) => {
            warn(INVERT_BOOL_WARNING);
            Some(Constant::int(-1 - i64::from(*b)))
        }
        (UnaryOp::Invert, Constant::Int(i)) => Some(Constant::Int(-i - 1)),
        (UnaryOp::USub, Constant::Bool(b)) => Some(Constant::int(-i64::from(*b))),
        (UnaryOp::USub, Constant::Int(i)) => Some(Constant::Int(-i)),
        (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::USub, Constant::Complex { re, im }) => Some(complex((-re, -im))),
        (UnaryOp::UAdd, Constant::Bool(b)) => Some(Constant::int(i64::from(*b))),
        (UnaryOp::UAdd, Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. }) => {
            Some(v.clone())
        }
        _ => None,
    }
}

/// The binary operator applied to two constants, as ast_opt.c's `fold_binop` does it.
pub fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    match op {
        Operator::Add => add(l, r),
        Operator::Mult => safe_multiply(l, r),
        Operator::Mod if matches!(l, Constant::Str(_) | Constant::Bytes(_)) => None,
        Operator::Pow => safe_power(l, r),
        Operator::LShift => safe_lshift(l, r),
        Operator::RShift => rshift(&as_int(l)?, &as_int(r)?).map(Constant::Int),
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => bitwise(op, l, r),
        Operator::MatMult => None,
        Operator::Sub | Operator::Div | Operator::FloorDiv | Operator::Mod => {
            arith(op, as_num(l)?, as_num(r)?)
        }
    }
}

fn add(l: &Constant, r: &Constant) -> Option<Constant> {
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(a.concat(b))),
        (Constant::Bytes(a), Constant::Bytes(b)) => {
            Some(Constant::Bytes([&a[..], &b[..]].concat().into()))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple(
            a.iter().chain(b.iter()).cloned().collect::<Vec<_>>().into(),
        )),
        _ => arith(Operator::Add, as_num(l)?, as_num(r)?),
    }
}

/// Arithmetic between numbers: int with int stays exact (but `/` and a negative `**` give
/// floats), a float makes it float, a complex makes it complex.
fn arith(op: Operator, a: Num, b: Num) -> Option<Constant> {
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => int_arith(op, x, y),
        (Num::Complex(_), _) | (_, Num::Complex(_)) => {
            complex_arith(op, to_complex(&a)?, to_complex(&b)?)
        }
        _ => float_arith(op, to_f64(&a)?, to_f64(&b)?),
    }
}

fn int_arith(op: Operator, x: &BigInt, y: &BigInt) -> Option<Constant> {
    Some(match op {
        Operator::Add => Constant::Int(x + y),
        Operator::Sub => Constant::Int(x - y),
        Operator::Mult => Constant::Int(x * y),
        Operator::Div => Constant::Float(float::int_true_div(x, y)?),
        Operator::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            Constant::Int(x.div_floor(y))
        }
        Operator::Mod => {
            if y.is_zero() {
                return None;
            }
            Constant::Int(x.mod_floor(y))
        }
        Operator::Pow => {
            if y.is_negative() {
                return pow_result(float::float_pow(
                    float::int_to_f64(x)?,
                    float::int_to_f64(y)?,
                )?);
            }
            if x.is_zero() {
                return Some(Constant::int(i64::from(y.is_zero())));
            }
            if x.magnitude().bits() == 1 {
                // 1 and -1 (only reached by small exponents, but cheap whatever the size).
                let odd = y.is_odd();
                return Some(Constant::int(if x.is_negative() && odd { -1 } else { 1 }));
            }
            Constant::Int(x.pow(y.to_u32()?))
        }
        _ => return None,
    })
}

fn pow_result(r: PowResult) -> Option<Constant> {
    Some(match r {
        PowResult::Float(f) => Constant::Float(f),
        PowResult::Complex(c) => complex(c),
    })
}

fn float_arith(op: Operator, x: f64, y: f64) -> Option<Constant> {
    Some(Constant::Float(match op {
        Operator::Add => float::add(x, y),
        Operator::Sub => float::sub(x, y),
        Operator::Mult => float::mul(x, y),
        Operator::Div => {
            if y == 0.0 {
                return None;
            }
            float::div(x, y)
        }
        Operator::FloorDiv => float::float_floor_div(x, y)?,
        Operator::Mod => float::float_mod(x, y)?,
        Operator::Pow => return pow_result(float::float_pow(x, y)?),
        _ => return None,
    }))
}

fn complex_arith(op: Operator, x: Complex, y: Complex) -> Option<Constant> {
    Some(complex(match op {
        Operator::Add => float::c_add(x, y),
        Operator::Sub => float::c_sub(x, y),
        Operator::Mult => float::c_mul(x, y),
        Operator::Div => float::c_div(x, y)?,
        Operator::Pow => float::complex_pow(x, y)?,
        _ => return None,
    }))
}

/// `PyLong_AsLong` as `safe_multiply` uses it: a count that does not fit reads as negative.
fn as_count(n: &BigInt) -> i64 {
    n.to_i64().unwrap_or(-1)
}

/// Items in a constant, nested tuples' and frozensets' included, against a budget: what is
/// left of `limit`, negative once it is exceeded (ast_opt.c's `check_complexity`).
fn check_complexity(v: &Constant, mut limit: i64) -> i64 {
    match v {
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            limit -= items.len() as i64;
            for item in items.iter() {
                if limit < 0 {
                    break;
                }
                limit = check_complexity(item, limit);
            }
            limit
        }
        _ => limit,
    }
}

/// ast_opt.c's `safe_multiply`: `*` unless the result would be too big.
fn safe_multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    match (v, w) {
        (_, _) if is_int(v) && is_int(w) => {
            let (a, b) = (as_int(v)?, as_int(w)?);
            if !a.is_zero()
                && !b.is_zero()
                && a.magnitude().bits() + b.magnitude().bits() > MAX_INT_SIZE
            {
                return None;
            }
            int_arith(Operator::Mult, &a, &b)
        }
        (_, Constant::Tuple(items) | Constant::FrozenSet(items)) if is_int(v) => {
            let size = items.len() as i64;
            if size != 0 {
                let n = as_count(&as_int(v)?);
                if n < 0 || n > MAX_COLLECTION_SIZE / size {
                    return None;
                }
                if n != 0 && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0 {
                    return None;
                }
            }
            repeat(w, &as_int(v)?)
        }
        (_, Constant::Str(_) | Constant::Bytes(_)) if is_int(v) => {
            let size = match w {
                Constant::Str(s) => s.char_len(),
                Constant::Bytes(b) => b.len(),
                _ => 0,
            } as i64;
            if size != 0 {
                let n = as_count(&as_int(v)?);
                if n < 0 || n > MAX_STR_SIZE / size {
                    return None;
                }
            }
            repeat(w, &as_int(v)?)
        }
        (
            Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Str(_) | Constant::Bytes(_),
            _,
        ) if is_int(w) => safe_multiply(w, v),
        _ => arith(Operator::Mult, as_num(v)?, as_num(w)?),
    }
}

/// `seq * n`: the count must fit a Py_ssize_t (else OverflowError); a negative count gives an
/// empty sequence.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let n = n.to_i64()?.max(0) as usize;
    Some(match seq {
        Constant::Str(s) => {
            if s.is_empty() || n == 0 {
                Constant::str("")
            } else {
                Constant::Str(PyStr::from_wtf8(&s.as_wtf8().repeat(n)).ok()?)
            }
        }
        Constant::Bytes(b) => Constant::Bytes(if b.is_empty() {
            Arc::from(&[][..])
        } else {
            b.repeat(n).into()
        }),
        Constant::Tuple(items) => {
            if items.is_empty() || n == 0 {
                Constant::Tuple(Arc::from(Vec::new()))
            } else {
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Constant::Tuple(out.into())
            }
        }
        // frozenset * n is a TypeError.
        _ => return None,
    })
}

/// ast_opt.c's `safe_power`: `**` unless the int result would exceed MAX_INT_SIZE bits.
fn safe_power(v: &Constant, w: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(v), as_int(w))
        && !a.is_zero()
        && b.is_positive()
    {
        let vbits = a.magnitude().bits();
        let wbits = b.to_u64()?;
        if vbits > MAX_INT_SIZE / wbits {
            return None;
        }
    }
    arith(Operator::Pow, as_num(v)?, as_num(w)?)
}

/// ast_opt.c's `safe_lshift`: `<<` unless the result would exceed MAX_INT_SIZE bits.
fn safe_lshift(v: &Constant, w: &Constant) -> Option<Constant> {
    let (a, b) = (as_int(v)?, as_int(w)?);
    if !a.is_zero() && !b.is_zero() {
        let vbits = a.magnitude().bits();
        let wbits = b.to_u64()?;
        if wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits {
            return None;
        }
    }
    if b.is_negative() {
        return None;
    }
    if a.is_zero() {
        return Some(Constant::int(0));
    }
    Some(Constant::Int(a << b.to_u64()?))
}

/// `a >> b` for ints: a negative count is a ValueError; a huge one shifts everything out.
fn rshift(a: &BigInt, b: &BigInt) -> Option<BigInt> {
    if b.is_negative() {
        return None;
    }
    match b.to_u64() {
        Some(n) if n < a.bits() + 1 => Some(a >> n),
        _ => Some(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `&`, `|` and `^`: on two bools a bool, on ints (two's complement) an int.
fn bitwise(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        return Some(Constant::Bool(match op {
            Operator::BitAnd => a & b,
            Operator::BitOr => a | b,
            _ => a ^ b,
        }));
    }
    let (a, b) = (as_int(l)?, as_int(r)?);
    Some(Constant::Int(match op {
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        _ => a ^ b,
    }))
}

/// `v[i]` for a constant sequence and an int index.
pub fn subscript(v: &Constant, idx: &Constant) -> Option<Constant> {
    let i = as_int(idx)?;
    let len = match v {
        Constant::Str(s) => s.char_len(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    } as i64;
    let mut i = i.to_i64()?;
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    Some(match v {
        Constant::Str(s) => Constant::Str(PyStr::from_code_points(s.code_points().nth(i))),
        Constant::Bytes(b) => Constant::int(i64::from(b[i])),
        Constant::Tuple(t) => t[i].clone(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Constant {
        Constant::int(v)
    }

    fn bin(op: Operator, l: Constant, r: Constant) -> Option<Constant> {
        binary(op, &l, &r)
    }

    #[test]
    fn int_semantics() {
        assert_eq!(bin(Operator::FloorDiv, int(-7), int(2)), Some(int(-4)));
        assert_eq!(bin(Operator::Mod, int(-7), int(2)), Some(int(1)));
        assert_eq!(bin(Operator::Mod, int(7), int(-2)), Some(int(-1)));
        assert_eq!(
            bin(Operator::Div, int(1), int(4)),
            Some(Constant::Float(0.25))
        );
        assert_eq!(
            bin(Operator::Pow, int(2), int(-1)),
            Some(Constant::Float(0.5))
        );
        assert_eq!(bin(Operator::Pow, int(0), int(-1)), None);
        assert_eq!(bin(Operator::FloorDiv, int(1), int(0)), None);
        assert_eq!(bin(Operator::RShift, int(-5), int(1000)), Some(int(-1)));
        assert_eq!(bin(Operator::LShift, int(1), int(-1)), None);
        assert_eq!(
            bin(
                Operator::BitAnd,
                Constant::Bool(true),
                Constant::Bool(false)
            ),
            Some(Constant::Bool(false))
        );
        assert_eq!(
            bin(Operator::BitAnd, Constant::Bool(true), int(3)),
            Some(int(1))
        );
        assert_eq!(bin(Operator::BitXor, int(-6), int(3)), Some(int(-7)));
    }

    #[test]
    fn limits() {
        assert!(bin(Operator::Pow, int(2), int(64)).is_some());
        assert_eq!(bin(Operator::Pow, int(2), int(65)), None);
        assert!(bin(Operator::Pow, int(1), int(128)).is_some());
        assert_eq!(bin(Operator::Pow, int(1), int(129)), None);
        assert!(bin(Operator::LShift, int(1), int(127)).is_some());
        assert_eq!(bin(Operator::LShift, int(1), int(128)), None);
        assert!(bin(Operator::Mult, Constant::str("ab"), int(2048)).is_some());
        assert_eq!(bin(Operator::Mult, Constant::str("ab"), int(2049)), None);
        assert_eq!(bin(Operator::Mult, Constant::str("ab"), int(-1)), None);
        assert_eq!(
            bin(Operator::Mult, Constant::str(""), int(-1)),
            Some(Constant::str(""))
        );
        assert_eq!(bin(Operator::Mod, Constant::str("%s"), int(1)), None);
    }

    #[test]
    fn unary_ops() {
        let mut warned = Vec::new();
        let mut warn = |m: &'static str| warned.push(m);
        assert_eq!(
            unary(UnaryOp::Invert, &Constant::Bool(true), &mut warn),
            Some(int(-2))
        );
        assert_eq!(
            unary(UnaryOp::USub, &Constant::Bool(true), &mut warn),
            Some(int(-1))
        );
        assert_eq!(
            unary(UnaryOp::Not, &Constant::str(""), &mut warn),
            Some(Constant::Bool(true))
        );
        assert_eq!(unary(UnaryOp::USub, &Constant::str("a"), &mut warn), None);
        assert_eq!(warned.len(), 1);
    }

    #[test]
    fn subscripts() {
        let s = Constant::str("h\u{e9}llo");
        assert_eq!(subscript(&s, &int(1)), Some(Constant::str("\u{e9}")));
        assert_eq!(subscript(&s, &int(-1)), Some(Constant::str("o")));
        assert_eq!(subscript(&s, &int(5)), None);
        assert_eq!(
            subscript(&Constant::Bytes(b"ab"[..].into()), &Constant::Bool(true)),
            Some(int(98))
        );
        assert_eq!(subscript(&s, &Constant::Float(0.0)), None);
    }
}
