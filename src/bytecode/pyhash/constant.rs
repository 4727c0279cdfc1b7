//! `hash()` of a constant: the hashes of plain values applied through tuples, frozensets and
//! code objects, with what CPython hashes by address reported as such (or given a stand-in by
//! callers that must place such values somewhere) and lists, sets and dicts unhashable.

use super::{
    Budget, HASH_NONE, HashKey, OverBudget, hash_bytes, hash_float, hash_frozenset, hash_int,
    hash_str, hash_tuple, mix_complex,
};
use crate::bytecode::code::Constant;

/// `hash(c)` of a constant, as far as it can be reproduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstHash {
    Value(i64),
    /// CPython takes the hash of the value, or of a part of it, from an object's address: a NaN,
    /// Ellipsis, the StopIteration class, a code object.
    ByAddress,
    /// `TypeError: unhashable type: 'NAME'`: a list, set or dict, or a tuple holding one.
    Unhashable(&'static str),
}

impl ConstHash {
    pub fn value(self) -> Option<i64> {
        match self {
            ConstHash::Value(h) => Some(h),
            _ => None,
        }
    }
}

/// Hashes to take where CPython's comes from an address: `nan` for a NaN float (or part of a
/// complex), `object` for Ellipsis, the StopIteration class and code objects. Any value is as
/// good (and as wrong) as another.
#[derive(Clone, Copy, Debug)]
pub struct StandIns {
    pub nan: i64,
    pub object: i64,
}

struct Hashing<'a> {
    key: HashKey,
    stand_ins: Option<StandIns>,
    budget: &'a mut Budget,
}

impl Hashing<'_> {
    fn float(&self, f: f64) -> Option<i64> {
        hash_float(f).or(self.stand_ins.map(|s| s.nan))
    }

    fn by_address(&self) -> ConstHash {
        match self.stand_ins {
            Some(s) => ConstHash::Value(s.object),
            None => ConstHash::ByAddress,
        }
    }

    fn hash(&mut self, c: &Constant) -> Result<ConstHash, OverBudget> {
        self.budget.spend()?;
        Ok(match c {
            Constant::None => ConstHash::Value(HASH_NONE),
            Constant::Bool(b) => ConstHash::Value(i64::from(*b)),
            Constant::Int(i) => ConstHash::Value(hash_int(i)),
            Constant::Float(f) => self
                .float(*f)
                .map_or(ConstHash::ByAddress, ConstHash::Value),
            Constant::Complex { re, im } => match (self.float(*re), self.float(*im)) {
                (Some(r), Some(i)) => ConstHash::Value(mix_complex(r, i)),
                _ => ConstHash::ByAddress,
            },
            Constant::Str(s) => ConstHash::Value(hash_str(s, self.key)),
            Constant::Bytes(b) => ConstHash::Value(hash_bytes(b, self.key)),
            Constant::Tuple(items) => self.mix(items, hash_tuple)?,
            Constant::FrozenSet(items) => self.mix(items, hash_frozenset)?,
            Constant::Ellipsis | Constant::StopIteration => self.by_address(),
            // Hashing a code object hashes its constants, which may be unhashable.
            Constant::Code(code) => match self.mix(&code.consts, hash_tuple)? {
                ConstHash::Unhashable(t) => ConstHash::Unhashable(t),
                _ => self.by_address(),
            },
            Constant::List(_) | Constant::Set(_) | Constant::Dict(_) => {
                ConstHash::Unhashable(c.type_name())
            }
        })
    }

    /// The hash of a container from its items' hashes: unhashable if an item is (CPython goes
    /// on past items hashed by address, so it finds an unhashable one after them).
    fn mix(&mut self, items: &[Constant], mix: fn(&[i64]) -> i64) -> Result<ConstHash, OverBudget> {
        let mut hashes = Vec::with_capacity(items.len());
        let mut by_address = false;
        for item in items {
            match self.hash(item)? {
                ConstHash::Value(h) => hashes.push(h),
                ConstHash::ByAddress => by_address = true,
                unhashable @ ConstHash::Unhashable(_) => return Ok(unhashable),
            }
        }
        Ok(if by_address {
            ConstHash::ByAddress
        } else {
            ConstHash::Value(mix(&hashes))
        })
    }
}

/// `hash(c)` with str and bytes hashed under `key`; with `stand_ins`, values hashed by address
/// get those and the result is never [`ConstHash::ByAddress`].
pub fn hash_constant(c: &Constant, key: HashKey, stand_ins: Option<StandIns>) -> ConstHash {
    let mut budget = Budget::unlimited();
    let mut h = Hashing {
        key,
        stand_ins,
        budget: &mut budget,
    };
    h.hash(c).unwrap_or(ConstHash::ByAddress)
}

/// `hash(c)` with every value visited counted against `budget`.
pub fn hash_constant_within(
    c: &Constant,
    key: HashKey,
    budget: &mut Budget,
) -> Result<ConstHash, OverBudget> {
    Hashing {
        key,
        stand_ins: None,
        budget,
    }
    .hash(c)
}
