//! The dict table: entries in insertion order plus a hash table of entry indices (CPython's
//! compact dict). Keys compare with Python equality, which may run Python code: the table is
//! never borrowed across such a call, and a lookup restarts if the dict changed meanwhile.

use std::cell::RefCell;

use hashbrown::HashTable;

use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

#[derive(Clone)]
struct Entry {
    hash: i64,
    /// Null for a deleted entry.
    key: Value,
    value: Value,
}

/// A dict's contents.
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    table: HashTable<usize>,
    used: usize,
    /// Changed on every insertion of a new key and every deletion (for lookups that called into
    /// Python to notice a change, and for iteration to detect a size change).
    pub version: u64,
    /// Bit `hash % 64` is set for the hash of every key inserted since the dict was last
    /// emptied: a clear bit proves a key absent without a probe (an attribute load checks
    /// that the instance dict does not shadow a method).
    hash_bits: u64,
}

/// Outcome of the identity-or-native comparison of a stored key with the key looked up.
enum Match {
    Yes,
    No,
    /// Needs Python's `==`.
    Ask,
}

/// Equality that needs no Python code: identity, then exact str/int/float/bool/None.
fn native_match(a: &Value, b: &Value) -> Match {
    if a.is(b) {
        return Match::Yes;
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => bool_match(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            bool_match(ops::compare::cmp_i64_float(*x, *y) == Some(std::cmp::Ordering::Equal))
        }
        (Value::Float(x), Value::Float(y)) => bool_match(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => bool_match(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => bool_match(*x as i64 as f64 == *y),
        (Value::Bool(x), Value::Bool(y)) => bool_match(x == y),
        (Value::None, _) | (_, Value::None) => Match::No,
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if ops::is_exact_str_obj(x) && ops::is_exact_str_obj(y) => {
                bool_match(s.equals(t))
            }
            _ => Match::Ask,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) if ops::is_exact_str_obj(x) => Match::No,
            _ => Match::Ask,
        },
        _ => Match::No,
    }
}

/// The table's hash of a Python hash. Python hashes of small ints are the ints themselves, whose
/// high bits are all alike; the index table tells candidates apart by the high bits, so they are
/// spread by a multiplication (which keeps the low bits' differences in the low bits).
#[inline]
fn spread(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The bit of `Dict::hash_bits` for a hash.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

fn bool_match(b: bool) -> Match {
    if b { Match::Yes } else { Match::No }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), table: HashTable::with_capacity(n), used: 0, version: 0, hash_bits: 0 }
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The index of the entry holding `key`, found without running Python code, or Err(the
    /// candidate indices that need Python's `==`).
    fn find_native(&self, hash: i64, key: &Value) -> Result<Option<usize>, Vec<usize>> {
        let mut ask = Vec::new();
        for &i in self.table.iter_hash(spread(hash)) {
            let e = &self.entries[i];
            if e.hash != hash || e.key.is_null() {
                continue;
            }
            match native_match(&e.key, key) {
                Match::Yes => return Ok(Some(i)),
                Match::No => {}
                Match::Ask => ask.push(i),
            }
        }
        if ask.is_empty() { Ok(None) } else { Err(ask) }
    }

    /// The index of the entry holding the str `key`, found natively: the same object, or an
    /// exact str with the same text when `key` is an exact str. A stored key whose equality
    /// would need Python code counts as different (attribute dicts, globals).
    #[inline]
    fn find_str(&self, hash: i64, key: &ObjRef) -> Option<usize> {
        let mut exact: Option<bool> = None;
        for &i in self.table.iter_hash(spread(hash)) {
            let e = &self.entries[i];
            if e.hash != hash {
                continue;
            }
            let Value::Obj(k) = &e.key else { continue };
            if std::rc::Rc::ptr_eq(k, key) {
                return Some(i);
            }
            if let (Payload::Str(a), Payload::Str(b)) = (&k.payload, &key.payload)
                && *exact.get_or_insert_with(|| ops::is_exact_str_obj(key))
                && ops::is_exact_str_obj(k)
                && a.equals(b)
            {
                return Some(i);
            }
        }
        None
    }

    /// The index of the entry holding `key`, comparing with Python's `==` where needed.
    pub fn find(cell: &RefCell<Dict>, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        loop {
            let (candidates, version) = {
                let d = cell.borrow();
                match d.find_native(hash, key) {
                    Ok(found) => return Ok(found),
                    Err(c) => (c, d.version),
                }
            };
            let mut changed = false;
            for i in candidates {
                let stored = {
                    let d = cell.borrow();
                    if d.version != version {
                        changed = true;
                        break;
                    }
                    d.entries[i].key.clone()
                };
                let eq = ops::eq_bool(vm, &stored, key)?;
                let d = cell.borrow();
                if d.version != version || !d.entries[i].key.is(&stored) {
                    changed = true;
                    break;
                }
                if eq {
                    return Ok(Some(i));
                }
            }
            if !changed {
                return Ok(None);
            }
        }
    }

    /// `d[key]`, None if absent.
    pub fn get_item(cell: &RefCell<Dict>, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        Dict::get_item_hashed(cell, vm, key, hash)
    }

    pub fn get_item_hashed(cell: &RefCell<Dict>, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(Dict::find(cell, vm, hash, key)?.map(|i| cell.borrow().entries[i].value.clone()))
    }

    /// `d[key] = value`.
    pub fn set_item(cell: &RefCell<Dict>, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        Dict::set_item_hashed(cell, vm, key, hash, value)
    }

    pub fn set_item_hashed(cell: &RefCell<Dict>, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match Dict::find(cell, vm, hash, &key)? {
            Some(i) => {
                let old = std::mem::replace(&mut cell.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => cell.borrow_mut().insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Appends a key known to be absent.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= 16 && self.entries.len() >= 2 * self.used {
            self.compact();
        }
        let idx = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.table.insert_unique(spread(hash), idx, |&i| spread(entries[i].hash));
        self.hash_bits |= hash_bit(hash);
        self.used += 1;
        self.bump_version();
    }

    /// Removes deleted entries (keeping order) and rebuilds the index table.
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        self.table.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.table.insert_unique(spread(e.hash), i, |&j| spread(entries[j].hash));
        }
    }

    /// `del d[key]`; the removed value, None if the key was absent.
    pub fn del_item(cell: &RefCell<Dict>, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        let Some(i) = Dict::find(cell, vm, hash, key)? else { return Ok(None) };
        let (k, v) = cell.borrow_mut().remove_at(i);
        drop(k);
        Ok(Some(v))
    }

    /// Removes the entry at index `i` (found by `find`): its key and value.
    pub fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        if let Ok(entry) = self.table.find_entry(spread(hash), |&j| j == i) {
            entry.remove();
        }
        let key = std::mem::take(&mut self.entries[i].key);
        let value = std::mem::take(&mut self.entries[i].value);
        self.used -= 1;
        self.bump_version();
        (key, value)
    }

    /// Looks up a str key by identity or native equality only (attribute dicts, globals).
    /// Returns None when the key is absent or only a Python `==` could find it.
    pub fn get_str(&self, key: &ObjRef, hash: i64) -> Option<Value> {
        self.find_str(hash, key).map(|i| self.entries[i].value.clone())
    }

    /// Marks a change of the key set. Versions come from one counter for all dicts, so that a
    /// (dict address, version) pair never names two different key sets (LOAD_GLOBAL's cache).
    fn bump_version(&mut self) {
        thread_local! {
            static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
        }
        self.version = NEXT.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
    }

    /// The value at entry `index` (None for a deleted entry).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.entries.get(index).filter(|e| !e.key.is_null()).map(|e| e.value.clone())
    }

    /// Whether the dict surely has no str key equal to `key` without asking Python code:
    /// empty, or no entry with its hash.
    #[inline(always)]
    pub fn lacks_str(&self, key: &ObjRef) -> bool {
        if self.used == 0 {
            return true;
        }
        let Payload::Str(s) = &key.payload else { return false };
        let Some(h) = s.cached_hash() else { return false };
        if self.hash_bits & hash_bit(h) == 0 {
            return true;
        }
        self.lacks_hash(h)
    }

    /// Whether no entry has hash `h` (a probe of the table).
    #[inline(never)]
    fn lacks_hash(&self, h: i64) -> bool {
        self.table.iter_hash(spread(h)).all(|&i| self.entries[i].hash != h)
    }

    /// The entry index of a str key, found as `get_str` finds it (for LOAD_GLOBAL's cache).
    pub fn index_of_str(&self, key: &ObjRef, hash: i64) -> Option<usize> {
        self.find_str(hash, key)
    }

    /// The value at entry `index` if that entry still holds `key` itself (the same object).
    #[inline(always)]
    pub fn str_at(&self, index: usize, key: &ObjRef) -> Option<Value> {
        self.str_ref_at(index, key).cloned()
    }

    /// As `str_at`, the value borrowed.
    #[inline]
    pub fn str_ref_at(&self, index: usize, key: &ObjRef) -> Option<&Value> {
        let e = self.entries.get(index)?;
        match &e.key {
            Value::Obj(k) if std::rc::Rc::ptr_eq(k, key) => Some(&e.value),
            _ => None,
        }
    }

    /// Replaces the value at entry `index` if that entry holds `key` itself, returning the old
    /// value; otherwise gives `value` back.
    #[inline]
    pub fn replace_str_at(&mut self, index: usize, key: &ObjRef, value: Value) -> Result<Value, Value> {
        match self.str_value_at(index, key) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
    }

    /// The value of entry `index` if that entry holds `key` itself (an interned name).
    #[inline(always)]
    pub fn str_value_at(&mut self, index: usize, key: &ObjRef) -> Option<&mut Value> {
        match self.entries.get_mut(index) {
            Some(e) if matches!(&e.key, Value::Obj(k) if std::rc::Rc::ptr_eq(k, key)) => Some(&mut e.value),
            _ => None,
        }
    }

    /// The (key, value) pairs in order.
    pub fn items(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (&e.key, &e.value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.items().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.items().map(|(_, v)| v)
    }

    /// The item at entry position `pos` or later, for iteration: (next position, key, value).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        while pos < self.entries.len() {
            let e = &self.entries[pos];
            pos += 1;
            if !e.key.is_null() {
                return Some((pos, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// The item at entry position `pos - 1` or earlier, for reverse iteration: (its position,
    /// key, value).
    pub fn prev_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        pos = pos.min(self.entries.len());
        while pos > 0 {
            pos -= 1;
            let e = &self.entries[pos];
            if !e.key.is_null() {
                return Some((pos, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// The number of entry positions (live and deleted), where reverse iteration starts.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The key and value of entry `i` (None if deleted or past the end).
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.entries.get(i).filter(|e| !e.key.is_null()).map(|e| (e.key.clone(), e.value.clone()))
    }

    /// Replaces the value of entry `i`; the old value.
    pub fn replace_value_at(&mut self, i: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[i].value, value)
    }

    /// Removes everything.
    pub fn clear(&mut self) -> Vec<(Value, Value)> {
        self.table.clear();
        self.used = 0;
        self.hash_bits = 0;
        self.bump_version();
        std::mem::take(&mut self.entries).into_iter().filter(|e| !e.key.is_null()).map(|e| (e.key, e.value)).collect()
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let item = self.remove_at(i);
        self.entries.truncate(i);
        Some(item)
    }

    /// The hash stored for each key, in order (for copying a dict without rehashing).
    pub fn hashed_items(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.hash, &e.key, &e.value))
    }

    /// Inserts a key with a known hash that is known not to be present (building a new dict
    /// from another's items).
    pub fn push_unique(&mut self, hash: i64, key: Value, value: Value) {
        self.insert_new(hash, key, value);
    }
}

/// Looks up an interned-or-not str key in a dict object without running Python code (type
/// namespaces, module globals). None if absent.
pub fn dict_get_str(vm: &Vm, dict: &ObjRef, key: &ObjRef) -> Option<Value> {
    let Payload::Dict(d) = &dict.payload else { return None };
    let Payload::Str(s) = &key.payload else { return None };
    let hash = s.hash(vm.hash_key);
    d.borrow().get_str(key, hash)
}

/// Sets a str key in a dict object (attribute dicts, globals). Keys are compared natively: a
/// stored key whose equality would need Python code (a str subclass overriding `__eq__`) is
/// treated as different.
pub fn dict_set_str(vm: &Vm, dict: &ObjRef, key: ObjRef, value: Value) {
    let Payload::Dict(d) = &dict.payload else { return };
    let Payload::Str(s) = &key.payload else { return };
    let hash = s.hash(vm.hash_key);
    let found = d.borrow().find_str(hash, &key);
    match found {
        Some(i) => {
            let old = std::mem::replace(&mut d.borrow_mut().entries[i].value, value);
            drop(old);
        }
        None => d.borrow_mut().insert_new(hash, Value::Obj(key), value),
    }
}
