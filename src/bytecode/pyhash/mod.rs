//! How CPython 3.12 keys a set or dict of values: `hash()` of plain values (int, float, complex,
//! str, bytes, and the mixes of tuples and frozensets) and of constants, Python's `==` between
//! constants, the equality of CPython's constant keys, and the iteration order of a set. Constant
//! folding (frozenset constants), the reprs of sets and frozensets and marshal (set elements and
//! dict keys) all take these rules from here; the runtime will take its hashes of plain values
//! from here too.
//!
//! Numbers hash modulo 2**61 - 1 (64-bit builds) so that equal numbers of different types hash
//! alike; tuples mix their items' hashes with xxHash's primes; str and bytes hash with
//! SipHash-1-3 under a key that CPython draws at random per process unless PYTHONHASHSEED is set
//! (PYTHONHASHSEED=0 gives [`ZERO_KEY`]), so their hashes, and the orders of sets holding them,
//! are CPython's only under that key. A NaN, Ellipsis, the StopIteration class and code objects
//! hash by their address in CPython, which nothing reproduces.

mod constant;
mod equality;
mod set;

use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;

use crate::bytecode::pystr::PyStr;

pub use constant::{ConstHash, StandIns, hash_constant, hash_constant_within};
pub use equality::{code_eq, const_key_eq, py_eq, py_eq_within};
pub use set::set_order;

/// The key of the str and bytes hash (SipHash-1-3's two halves).
pub type HashKey = (u64, u64);

/// CPython's key under PYTHONHASHSEED=0.
pub const ZERO_KEY: HashKey = (0, 0);

const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314_159;
const HASH_IMAG: u64 = 1_000_003;
/// `hash(None)` (a constant since 3.12; before, the object's address).
pub const HASH_NONE: i64 = 0xFCA8_6420;

/// A number of steps that hashing and comparing may take. The values marshal builds can share
/// parts through references, so that walking one as a tree can take exponential time; counting
/// steps bounds it.
#[derive(Debug)]
pub struct Budget {
    left: u64,
}

/// The steps of a [`Budget`] ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverBudget;

impl Budget {
    pub fn new(steps: u64) -> Budget {
        Budget { left: steps }
    }

    /// More steps than any walk can take.
    pub fn unlimited() -> Budget {
        Budget::new(u64::MAX)
    }

    pub fn spend(&mut self) -> Result<(), OverBudget> {
        if self.left == 0 {
            return Err(OverBudget);
        }
        self.left -= 1;
        Ok(())
    }
}

/// CPython never returns -1 from a hash function (it signals an error there).
fn not_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(i)` of an int (`long_hash`): |i| modulo 2**61 - 1, with i's sign.
pub fn hash_int(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    // Reduce the magnitude modulo 2**61 - 1, most significant digit first.
    let mut x: u128 = 0;
    for &d in digits.iter().rev() {
        x = ((x << 64) | u128::from(d)) % u128::from(MODULUS);
    }
    let x = x as i64;
    not_minus_one(if sign == Sign::Minus { -x } else { x })
}

/// `hash(x)` of a float (`_Py_HashDouble`): the hash of its rational value modulo 2**61 - 1, so
/// that an integral float hashes as the equal int; None for NaN, whose hash is its address in
/// CPython.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    Some(not_minus_one((x as i64).wrapping_mul(sign)))
}

/// The C library's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (m = v for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(z)` of a complex from the hashes of its parts.
fn mix_complex(re: i64, im: i64) -> i64 {
    not_minus_one((re as u64).wrapping_add(HASH_IMAG.wrapping_mul(im as u64)) as i64)
}

/// `hash(z)` of a complex; None if a part is NaN.
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    Some(mix_complex(hash_float(re)?, hash_float(im)?))
}

/// `hash(b)` of bytes: SipHash-1-3 of the bytes under `key` (0 for empty).
pub fn hash_bytes(b: &[u8], key: HashKey) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(key.0, key.1);
    h.write(b);
    not_minus_one(h.finish() as i64)
}

/// `hash(s)` of a str: SipHash-1-3 of CPython's in-memory form (one, two or four bytes per code
/// point, little-endian, by the largest code point) under `key`.
pub fn hash_str(s: &PyStr, key: HashKey) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_wtf8(), key);
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
    hash_bytes(&data, key)
}

/// `hash(t)` of a tuple from the hashes of its items (`tuplehash`, xxHash-based since 3.8).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `hash(s)` of a frozenset from the hashes of its elements (`frozenset_hash`: a shuffle and
/// xor of each, so that the order does not matter).
pub fn hash_frozenset(items: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for &item in items {
        hash ^= shuffle(item as u64);
    }
    hash ^= ((items.len() as u64).wrapping_add(1)).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

#[cfg(test)]
mod tests;
