//! CPython 3.12's hash values for the constants a code object can hold, and the iteration order
//! of a CPython set built by adding items one by one (what a frozenset constant shows in repr()).
//! Strings and bytes hash with SipHash-1-3 under a key; CPython's key is random per process
//! unless PYTHONHASHSEED is set, and PYTHONHASHSEED=0 gives the zero key.

use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;

use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;

/// The key of the str and bytes hash: CPython's under PYTHONHASHSEED=0.
pub const ZERO_KEY: (u64, u64) = (0, 0);

const HASH_BITS: u32 = 61;
const MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;
const HASH_IMAG: u64 = 1000003;
/// `hash(None)` (a constant since 3.12).
const HASH_NONE: i64 = 0xFCA86420;

fn not_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(i)` for an int.
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

/// `hash(x)` for a float; None for NaN, whose hash is its address in CPython.
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
        m *= 268435456.0;
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

/// `hash(z)` for a complex; None if a part is NaN.
pub fn hash_complex(re: f64, im: f64) -> Option<i64> {
    let r = hash_float(re)? as u64;
    let i = hash_float(im)? as u64;
    Some(not_minus_one(
        r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64
    ))
}

/// `hash(b)` for bytes: SipHash-1-3 of the bytes (0 for empty).
pub fn hash_bytes(b: &[u8], key: (u64, u64)) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(key.0, key.1);
    h.write(b);
    not_minus_one(h.finish() as i64)
}

/// `hash(s)` for a str: SipHash-1-3 of CPython's in-memory form (one, two or four bytes per
/// code point, little-endian, by the largest code point).
pub fn hash_str(s: &PyStr, key: (u64, u64)) -> i64 {
    let width = match s.max_code_point() {
        0..=0xFF => 1,
        0x100..=0xFFFF => 2,
        _ => 4,
    };
    let data: Vec<u8> = s
        .code_points()
        .flat_map(|cp| cp.to_le_bytes().into_iter().take(width))
        .collect();
    hash_bytes(&data, key)
}

/// `hash(t)` for a tuple from the hashes of its items (CPython's xxHash-based mix).
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc = PRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(len ^ (PRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// `hash(c)` of a constant, where CPython's is reproducible: None for values hashed by address
/// (Ellipsis, NaN, code objects, the StopIteration class) and for unhashable ones.
pub fn hash_constant(c: &Constant, key: (u64, u64)) -> Option<i64> {
    match c {
        Constant::None => Some(HASH_NONE),
        Constant::Bool(b) => Some(i64::from(*b)),
        Constant::Int(i) => Some(hash_int(i)),
        Constant::Float(f) => hash_float(*f),
        Constant::Complex { re, im } => hash_complex(*re, *im),
        Constant::Str(s) => Some(hash_str(s, key)),
        Constant::Bytes(b) => Some(hash_bytes(b, key)),
        Constant::Tuple(items) => {
            let hashes: Option<Vec<i64>> = items.iter().map(|c| hash_constant(c, key)).collect();
            Some(hash_tuple(hashes?.into_iter()))
        }
        Constant::FrozenSet(items) => Some(hash_frozenset(items, key)?),
        Constant::Ellipsis
        | Constant::StopIteration
        | Constant::Code(_)
        | Constant::List(_)
        | Constant::Set(_)
        | Constant::Dict(_) => None,
    }
}

/// `hash(frozenset)`: CPython's shuffle-and-xor of the item hashes.
fn hash_frozenset(items: &[Constant], key: (u64, u64)) -> Option<i64> {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for item in items {
        hash ^= shuffle(hash_constant(item, key)? as u64);
    }
    hash ^= ((items.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Some(hash as i64)
}

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Places `hash` in the first free slot of CPython's probe sequence.
fn insert_clean(table: &mut [Option<(usize, i64)>], item: usize, hash: i64) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.is_none()) {
            *slot = Some((item, hash));
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// The order in which a CPython set iterates over items added one by one in the given order, as
/// indices into `hashes`. Items are taken to be distinct.
pub fn set_iteration_order(hashes: &[i64]) -> Vec<usize> {
    let mut table: Vec<Option<(usize, i64)>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (item, &hash) in hashes.iter().enumerate() {
        insert_clean(&mut table, item, hash);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let min_used = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for (item, hash) in old.into_iter().flatten() {
                insert_clean(&mut table, item, hash);
            }
        }
    }
    table.into_iter().flatten().map(|(item, _)| item).collect()
}

/// The items of a frozenset constant in the order CPython iterates over them when it builds the
/// set by adding them in stored order, with the str and bytes hash under `key`. Items whose hash
/// CPython takes from their address keep their stored order (after the others).
pub fn frozenset_order(items: &[Constant], key: (u64, u64)) -> Vec<&Constant> {
    let hashes: Option<Vec<i64>> = items.iter().map(|c| hash_constant(c, key)).collect();
    match hashes {
        Some(h) => set_iteration_order(&h)
            .into_iter()
            .map(|i| &items[i])
            .collect(),
        None => items.iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: CPython 3.12 with PYTHONHASHSEED=0.
    #[test]
    fn hashes() {
        let s = |t: &str| hash_str(&PyStr::new(t), ZERO_KEY);
        assert_eq!(s("a"), 4644417185603328019);
        assert_eq!(s("abc"), -4594863902769663758);
        assert_eq!(s(""), 0);
        assert_eq!(s("é"), 6047309291227476195);
        assert_eq!(s("日本"), 6243316497235261705);
        assert_eq!(s("😀"), -3536540696076613844);
        assert_eq!(hash_bytes(b"abc", ZERO_KEY), -4594863902769663758);
        assert_eq!(hash_float(1.5), Some(1152921504606846977));
        assert_eq!(hash_float(-2.75), Some(-1729382256910270466));
        assert_eq!(hash_float(1e300), Some(1224995262755759164));
        assert_eq!(hash_float(0.1), Some(230584300921369408));
        assert_eq!(hash_float(f64::INFINITY), Some(314159));
        assert_eq!(hash_int(&(BigInt::from(1) << 61u32)), 1);
        assert_eq!(hash_int(&-(BigInt::from(1) << 70u32)), -512);
        assert_eq!(hash_int(&BigInt::from(-1)), -2);
        let t = |items: &[Constant]| hash_constant(&Constant::tuple(items.to_vec()), ZERO_KEY);
        assert_eq!(
            t(&[Constant::int(1), Constant::int(2)]),
            Some(-3550055125485641917)
        );
        assert_eq!(t(&[]), Some(5740354900026072187));
        assert_eq!(t(&[Constant::str("a")]), Some(7319529274390396360));
        assert_eq!(hash_complex(3.0, 4.0), Some(4000015));
        assert_eq!(hash_constant(&Constant::None, ZERO_KEY), Some(4238894112));
    }
}
