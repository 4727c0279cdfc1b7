//! CPython 3.12's `hash()` of constants (64-bit builds), and Python equality between them: what
//! a set needs to place its elements. Numbers hash modulo 2**61 - 1 so that equal numbers of
//! different types hash alike; tuples combine their items' hashes with xxHash's primes; str and
//! bytes use SipHash-1-3 under the key CPython uses when `PYTHONHASHSEED=0` (with any other
//! seed CPython's string hashes, and so its set orders, change from run to run).

use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};
use siphasher::sip::SipHasher13;

use super::float::int_to_f64;
use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;

const MODULUS_BITS: u32 = 61;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const INF: i64 = 314_159;
const IMAG: u64 = 1_000_003;
/// `hash(None)` in 3.12 (a constant since 3.12; before, the object's address).
const NONE: i64 = 0xFCA8_6420;
/// `hash(...)` is the object's address in CPython, different in every process: any value is
/// as good (and as wrong) as another.
const ELLIPSIS: i64 = 0x1_0000_0000;

/// `hash(v)`.
pub fn hash(v: &Constant) -> i64 {
    match v {
        Constant::None => NONE,
        Constant::Ellipsis | Constant::StopIteration | Constant::Code(_) => ELLIPSIS,
        Constant::Bool(b) => i64::from(*b),
        Constant::Int(i) => hash_int(i),
        Constant::Float(f) => hash_float(*f),
        Constant::Complex { re, im } => {
            let combined =
                (hash_float(*re) as u64).wrapping_add(IMAG.wrapping_mul(hash_float(*im) as u64));
            fix_minus_one(combined as i64)
        }
        Constant::Str(s) => hash_str(s),
        Constant::Bytes(b) => hash_bytes(b),
        Constant::Tuple(items) => hash_tuple(items),
        // Sets, dicts and lists are unhashable; frozensets never end up inside a constant that
        // is hashed during folding. Give them a fixed value.
        Constant::FrozenSet(_) | Constant::List(_) | Constant::Set(_) | Constant::Dict(_) => 0,
    }
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `long_hash`: |n| modulo 2**61 - 1, with n's sign.
pub fn hash_int(n: &BigInt) -> i64 {
    let m = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if n.sign() == Sign::Minus { -m } else { m })
}

/// `_Py_HashDouble`: the hash of the rational value of x modulo 2**61 - 1 (so integral floats
/// hash as the equal int); NaN hashes by identity in CPython, here as 0.
pub fn hash_float(x: f64) -> i64 {
    if !x.is_finite() {
        return if x.is_nan() {
            0
        } else if x > 0.0 {
            INF
        } else {
            -INF
        };
    }
    let (mut m, mut e) = frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (MODULUS_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let bits = i64::from(MODULUS_BITS);
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    };
    let e = e as u32;
    h = ((h << e) & MODULUS) | (h >> (MODULUS_BITS - e));
    fix_minus_one((h as i64).wrapping_mul(sign))
}

/// C's `frexp` for finite x: x = m * 2^e with 0.5 <= |m| < 1 (m = 0 for x = 0).
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn siphash13(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(0, 0);
    h.write(data);
    fix_minus_one(h.finish() as i64)
}

/// str hashes cover the string's compact representation: one, two or four bytes a code point
/// (the narrowest that holds its largest one), little-endian.
pub fn hash_str(s: &PyStr) -> i64 {
    if s.is_ascii() {
        return siphash13(s.as_wtf8());
    }
    let width = match s.max_code_point() {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let mut data = Vec::with_capacity(s.as_wtf8().len() * width);
    for cp in s.code_points() {
        data.extend_from_slice(&cp.to_le_bytes()[..width]);
    }
    siphash13(&data)
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    siphash13(b)
}

/// `tuplehash` (the xxHash-based one of 3.8 and later).
fn hash_tuple(items: &[Constant]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for item in items {
        let lane = hash(item) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// A number as Python compares it across int, float and complex.
enum Num<'a> {
    Int(std::borrow::Cow<'a, BigInt>),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Constant) -> Option<Num<'_>> {
    Some(match v {
        Constant::Bool(b) => Num::Int(std::borrow::Cow::Owned(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Num::Int(std::borrow::Cow::Borrowed(i)),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { re, im } => Num::Complex(*re, *im),
        _ => return None,
    })
}

/// Exact comparison of an int with a float (as `float_richcompare` makes it).
fn int_eq_float(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if i.is_zero() {
        return f == 0.0;
    }
    // An integral double converts exactly; compare through the float when the int converts
    // exactly too, else through a big int built from the double.
    match int_to_f64(i) {
        Some(g) if g != f => false,
        None => false,
        _ => float_to_int(f) == *i,
    }
}

/// The exact integer value of an integral finite double.
fn float_to_int(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let shift = exp - 1075;
    let mag = if shift >= 0 {
        BigInt::from(mant) << (shift as u64)
    } else {
        BigInt::from(mant >> ((-shift) as u64))
    };
    if f < 0.0 { -mag } else { mag }
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(x), Num::Float(f)) | (Num::Float(f), Num::Int(x)) => int_eq_float(x, *f),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => match other {
            Num::Complex(re2, im2) => re == re2 && im == im2,
            real => *im == 0.0 && num_eq(&Num::Float(*re), real),
        },
    }
}

/// Python's `a == b` between constants (NaN equal to nothing, not even itself: CPython would
/// find a NaN equal to the very same object, which folding never presents twice to a set).
pub fn py_eq(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_alike() {
        assert_eq!(hash(&Constant::int(-1)), -2);
        assert_eq!(hash(&Constant::Float(1.5)), (1 << 60) + 1);
        assert_eq!(hash(&Constant::Float(-2.0)), -2);
        assert_eq!(hash(&Constant::Float(0.1)), 230_584_300_921_369_408);
        assert_eq!(hash(&Constant::Float(1e300)), 1_224_995_262_755_759_164);
        assert_eq!(
            hash(&Constant::Float(1e300)),
            hash_int(&float_to_int(1e300))
        );
        assert_eq!(hash(&Constant::Float(5e-324)), 16_777_216);
        assert_eq!(hash(&Constant::Float(-0.5)), -1_152_921_504_606_846_976);
        assert_eq!(hash(&Constant::Complex { re: 3.0, im: 0.0 }), 3);
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(hash_int(&big), 248_789_772_095_949_448);
        assert_eq!(hash(&Constant::tuple(vec![])), 5_740_354_900_026_072_187);
        assert_eq!(
            hash(&Constant::tuple(vec![Constant::int(1), Constant::int(2)])),
            -3_550_055_125_485_641_917
        );
    }

    #[test]
    fn strings_hash_as_with_seed_zero() {
        assert_eq!(hash(&Constant::str("a")), 4_644_417_185_603_328_019);
        assert_eq!(
            hash(&Constant::Bytes(b"a"[..].into())),
            4_644_417_185_603_328_019
        );
        assert_eq!(hash(&Constant::str("\u{e9}")), 6_047_309_291_227_476_195);
        assert_eq!(hash(&Constant::str("\u{20ac}")), -5_529_981_157_763_016_009);
        assert_eq!(
            hash(&Constant::str("\u{1F600}")),
            -3_536_540_696_076_613_844
        );
        assert_eq!(hash(&Constant::Bytes(b""[..].into())), 0);
    }

    #[test]
    fn equality_across_types() {
        assert!(py_eq(&Constant::int(1), &Constant::Float(1.0)));
        assert!(py_eq(
            &Constant::Bool(true),
            &Constant::Complex { re: 1.0, im: 0.0 }
        ));
        assert!(!py_eq(
            &Constant::Float(f64::NAN),
            &Constant::Float(f64::NAN)
        ));
        let big: BigInt = BigInt::from(2u8).pow(53) + 1;
        assert!(!py_eq(
            &Constant::Int(big),
            &Constant::Float(9007199254740992.0)
        ));
        assert!(!py_eq(
            &Constant::str("a"),
            &Constant::Bytes(b"a"[..].into())
        ));
    }
}
