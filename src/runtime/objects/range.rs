//! range objects: length, indexing and iteration over arbitrary-size bounds.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// A range object's bounds: i64 when all three fit (no allocation, the common case), else
/// boxed big ints.
pub enum RangeRepr {
    Small { start: i64, stop: i64, step: i64 },
    Big(Box<[BigInt; 3]>),
}

impl RangeRepr {
    /// The representation of `range(start, stop, step)`.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeRepr {
        use num_traits::ToPrimitive;
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => RangeRepr::Small { start, stop, step },
            _ => RangeRepr::Big(Box::new([start, stop, step])),
        }
    }

    /// The bounds as big ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            RangeRepr::Small { start, stop, step } => (BigInt::from(*start), BigInt::from(*stop), BigInt::from(*step)),
            RangeRepr::Big(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
        }
    }
}

/// The number of items of `range(start, stop, step)` with i64 bounds (step non-zero); None if
/// it does not fit u64.
pub fn range_len_i64(start: i64, stop: i64, step: i64) -> Option<u64> {
    if step > 0 {
        if start >= stop {
            return Some(0);
        }
        let span = (stop as i128 - start as i128 - 1) / step as i128 + 1;
        u64::try_from(span).ok()
    } else if step < 0 {
        if start <= stop {
            return Some(0);
        }
        let span = (start as i128 - stop as i128 - 1) / (-(step as i128)) + 1;
        u64::try_from(span).ok()
    } else {
        None
    }
}

/// The number of items of a range with any bounds.
pub fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_zero() {
        return BigInt::zero();
    }
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32).div_floor(&st) + 1u32
}
