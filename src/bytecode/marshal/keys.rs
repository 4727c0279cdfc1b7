//! Python's equality and hashability for the elements of sets and frozensets and the keys of
//! dicts that marshal builds: `1`, `1.0`, `True` and `1+0j` are one key, lists, sets and dicts
//! are unhashable, and duplicates keep their first position (as `set.add` and `dict[k] = v`
//! do). All work is counted against a budget so that inputs with many shared references
//! cannot make comparisons exponential.

use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use rustc_hash::{FxHashMap, FxHasher};

use super::MarshalError;
use crate::bytecode::code::{CodeObject, Constant};

/// Comparison steps allowed for one `loads` call: far above what real data needs.
const BUDGET: u64 = 4_000_000;

pub(super) struct Keys {
    budget: u64,
}

fn unhashable(c: &Constant) -> MarshalError {
    MarshalError::new("TypeError", format!("unhashable type: '{}'", c.type_name()))
}

impl Keys {
    pub(super) fn new() -> Keys {
        Keys { budget: BUDGET }
    }

    fn spend(&mut self) -> Result<(), MarshalError> {
        if self.budget == 0 {
            return Err(MarshalError::bad("set or dict keys too costly to compare"));
        }
        self.budget -= 1;
        Ok(())
    }

    /// A hash consistent with `eq`, or `TypeError: unhashable type` as Python's `hash()`.
    pub(super) fn hash(&mut self, c: &Constant) -> Result<u64, MarshalError> {
        self.spend()?;
        let mut h = FxHasher::default();
        match c {
            Constant::None => 0u8.hash(&mut h),
            Constant::Ellipsis => 1u8.hash(&mut h),
            Constant::StopIteration => 2u8.hash(&mut h),
            Constant::Bool(b) => hash_int(&mut h, i64::from(*b)),
            Constant::Int(i) => match i.to_i64() {
                Some(v) => hash_int(&mut h, v),
                None => {
                    3u8.hash(&mut h);
                    i.hash(&mut h);
                }
            },
            Constant::Float(f) => hash_float(&mut h, *f),
            Constant::Complex { re, im } => {
                if *im == 0.0 {
                    hash_float(&mut h, *re);
                } else {
                    4u8.hash(&mut h);
                    re.to_bits().hash(&mut h);
                    im.to_bits().hash(&mut h);
                }
            }
            Constant::Str(s) => {
                5u8.hash(&mut h);
                s.as_wtf8().hash(&mut h);
            }
            Constant::Bytes(b) => {
                6u8.hash(&mut h);
                b.hash(&mut h);
            }
            Constant::Tuple(items) => {
                7u8.hash(&mut h);
                for item in items.iter() {
                    self.hash(item)?.hash(&mut h);
                }
            }
            Constant::FrozenSet(items) => {
                // Order-independent, as frozenset equality is.
                let mut acc = 0u64;
                for item in items.iter() {
                    acc = acc.wrapping_add(self.hash(item)?);
                }
                8u8.hash(&mut h);
                acc.hash(&mut h);
            }
            Constant::Code(code) => {
                // Hashing a code object hashes its constants, which may be unhashable.
                self.hash(&Constant::Tuple(Arc::from(code.consts.as_slice())))?;
                9u8.hash(&mut h);
                code.name.hash(&mut h);
                code.firstlineno.hash(&mut h);
                code.code.hash(&mut h);
            }
            Constant::List(_) | Constant::Set(_) | Constant::Dict(_) => return Err(unhashable(c)),
        }
        Ok(h.finish())
    }

    /// Python's `==` between two hashable values.
    pub(super) fn eq(&mut self, a: &Constant, b: &Constant) -> Result<bool, MarshalError> {
        self.spend()?;
        use Constant::*;
        Ok(match (a, b) {
            (None, None) | (Ellipsis, Ellipsis) | (StopIteration, StopIteration) => true,
            (Str(x), Str(y)) => x == y,
            (Bytes(x), Bytes(y)) => x == y,
            (Tuple(x), Tuple(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (FrozenSet(x), FrozenSet(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                for p in x.iter() {
                    let mut found = false;
                    for q in y.iter() {
                        if self.eq(p, q)? {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        return Ok(false);
                    }
                }
                true
            }
            (Code(x), Code(y)) => Arc::ptr_eq(x, y) || self.code_eq(x, y)?,
            _ => match (Num::of(a), Num::of(b)) {
                (Some(x), Some(y)) => x.eq(&y),
                _ => false,
            },
        })
    }

    /// `code.__eq__`: the fields, with constants compared as constant keys (by type and value).
    fn code_eq(&mut self, a: &CodeObject, b: &CodeObject) -> Result<bool, MarshalError> {
        if !(a.argcount == b.argcount
            && a.posonlyargcount == b.posonlyargcount
            && a.kwonlyargcount == b.kwonlyargcount
            && a.stacksize == b.stacksize
            && a.flags == b.flags
            && a.firstlineno == b.firstlineno
            && a.name == b.name
            && a.qualname == b.qualname
            && a.code == b.code
            && a.names == b.names
            && a.localsplusnames == b.localsplusnames
            && a.localspluskinds == b.localspluskinds
            && a.linetable == b.linetable
            && a.exceptiontable == b.exceptiontable
            && a.consts.len() == b.consts.len())
        {
            return Ok(false);
        }
        for (p, q) in a.consts.iter().zip(&b.consts) {
            if !self.const_key_eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Equality of constant keys: types must match, floats compare by bits.
    fn const_key_eq(&mut self, a: &Constant, b: &Constant) -> Result<bool, MarshalError> {
        self.spend()?;
        use Constant::*;
        Ok(match (a, b) {
            (Tuple(x), Tuple(y))
            | (FrozenSet(x), FrozenSet(y))
            | (List(x), List(y))
            | (Set(x), Set(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.const_key_eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for ((k1, v1), (k2, v2)) in x.iter().zip(y.iter()) {
                    if !self.const_key_eq(k1, k2)? || !self.const_key_eq(v1, v2)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Code(x), Code(y)) => Arc::ptr_eq(x, y) || self.code_eq(x, y)?,
            _ => a == b,
        })
    }

    /// Adds `item` to a set under construction unless an equal element is already there.
    pub(super) fn set_add(
        &mut self,
        set: &mut KeyedItems<()>,
        item: Constant,
    ) -> Result<(), MarshalError> {
        self.insert(set, item, ())
    }

    /// `dict[key] = value`: a new key is appended, an existing one keeps its place and its
    /// first key object and takes the new value.
    pub(super) fn insert<V>(
        &mut self,
        map: &mut KeyedItems<V>,
        key: Constant,
        value: V,
    ) -> Result<(), MarshalError> {
        let h = self.hash(&key)?;
        match map.index.entry(h) {
            Entry::Occupied(mut e) => {
                for &i in e.get().iter() {
                    if self.eq(&map.items[i].0, &key)? {
                        map.items[i].1 = value;
                        return Ok(());
                    }
                }
                e.get_mut().push(map.items.len());
            }
            Entry::Vacant(e) => {
                e.insert(vec![map.items.len()]);
            }
        }
        map.items.push((key, value));
        Ok(())
    }
}

/// Elements (or key/value pairs) in insertion order, with an index by hash.
pub(super) struct KeyedItems<V> {
    pub(super) items: Vec<(Constant, V)>,
    index: FxHashMap<u64, Vec<usize>>,
}

impl<V> KeyedItems<V> {
    pub(super) fn with_capacity(n: usize) -> KeyedItems<V> {
        KeyedItems {
            items: Vec::with_capacity(n),
            index: FxHashMap::default(),
        }
    }
}

fn hash_int(h: &mut FxHasher, v: i64) {
    10u8.hash(h);
    v.hash(h);
}

fn hash_float(h: &mut FxHasher, f: f64) {
    if f.is_finite() && f.fract() == 0.0 {
        if f.abs() < 9.0e18 {
            hash_int(h, f as i64);
        } else if let Some(big) = BigInt::from_f64(f) {
            match big.to_i64() {
                Some(v) => hash_int(h, v),
                None => {
                    3u8.hash(h);
                    big.hash(h);
                }
            }
        }
    } else {
        11u8.hash(h);
        f.to_bits().hash(h);
    }
}

/// A number for Python's cross-type numeric equality.
enum Num<'a> {
    Int(std::borrow::Cow<'a, BigInt>),
    Float(f64),
    Complex(f64, f64),
}

impl<'a> Num<'a> {
    fn of(c: &'a Constant) -> Option<Num<'a>> {
        match c {
            Constant::Bool(b) => Some(Num::Int(std::borrow::Cow::Owned(BigInt::from(u8::from(
                *b,
            ))))),
            Constant::Int(i) => Some(Num::Int(std::borrow::Cow::Borrowed(i))),
            Constant::Float(f) => Some(Num::Float(*f)),
            Constant::Complex { re, im } => Some(Num::Complex(*re, *im)),
            _ => None,
        }
    }

    fn eq(&self, other: &Num<'_>) -> bool {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Complex(re, im), x) | (x, Num::Complex(re, im)) => match x {
                Num::Complex(re2, im2) => re == re2 && im == im2,
                Num::Float(f) => *im == 0.0 && re == f,
                Num::Int(i) => *im == 0.0 && int_eq_float(i, *re),
            },
        }
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|v| &v == i)
}
