//! The elements of sets and frozensets and the keys of dicts that marshal builds, placed by
//! Python's hash and equality (`bytecode::pyhash`): `1`, `1.0`, `True` and `1+0j` are one key,
//! lists, sets and dicts are unhashable, and duplicates keep their first position (as `set.add`
//! and `dict[k] = v` do). All work is counted against a budget so that inputs with many shared
//! references cannot make hashing and comparing exponential.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;

use super::MarshalError;
use crate::bytecode::code::Constant;
use crate::bytecode::pyhash::{
    Budget, ConstHash, OverBudget, ZERO_KEY, hash_constant_within, py_eq_within,
};

/// Hashing and comparison steps allowed for one `loads` call: far above what real data needs.
const BUDGET: u64 = 4_000_000;

pub(super) struct Keys {
    budget: Budget,
}

fn too_costly(_: OverBudget) -> MarshalError {
    MarshalError::bad("set or dict keys too costly to compare")
}

impl Keys {
    pub(super) fn new() -> Keys {
        Keys {
            budget: Budget::new(BUDGET),
        }
    }

    /// Python's `hash()` (under PYTHONHASHSEED=0), or `TypeError: unhashable type` as Python's
    /// `hash()` raises it. Values CPython hashes by address share one bucket, where equality
    /// tells them apart.
    fn hash(&mut self, c: &Constant) -> Result<i64, MarshalError> {
        match hash_constant_within(c, ZERO_KEY, &mut self.budget).map_err(too_costly)? {
            ConstHash::Value(h) => Ok(h),
            ConstHash::ByAddress => Ok(0),
            ConstHash::Unhashable(type_name) => Err(MarshalError::new(
                "TypeError",
                format!("unhashable type: '{type_name}'"),
            )),
        }
    }

    /// Python's `==` between two hashable values.
    fn eq(&mut self, a: &Constant, b: &Constant) -> Result<bool, MarshalError> {
        py_eq_within(a, b, &mut self.budget).map_err(too_costly)
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
    index: FxHashMap<i64, Vec<usize>>,
}

impl<V> KeyedItems<V> {
    pub(super) fn with_capacity(n: usize) -> KeyedItems<V> {
        KeyedItems {
            items: Vec::with_capacity(n),
            index: FxHashMap::default(),
        }
    }
}
