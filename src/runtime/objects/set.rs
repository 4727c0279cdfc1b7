//! The table of set and frozenset: CPython's open addressing (linear probes, then perturbed
//! probing), dummies for deleted entries, its resize policy and its merge shortcuts, so that
//! iteration order, and so printed output, equals CPython's. Keys compare with Python equality;
//! the table is never borrowed across a call into Python, and a lookup restarts if the table
//! changed meanwhile.

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// A set's contents.
#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Active plus dummy entries.
    fill: usize,
    /// Active entries.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
    /// Bumped on every change, for lookups that called into Python.
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { table: empty_slots(MINSIZE), fill: 0, used: 0, finger: 0, version: 0 }
    }
}

/// A table of `n` empty slots (a plain loop of stores: `vec![Slot::Empty; n]` clones each).
fn empty_slots(n: usize) -> Vec<Slot> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

/// Where a probe for `hash` found something.
enum Probe {
    /// An empty slot (with the last dummy seen on the way, where an insertion would go).
    Empty { at: usize, freeslot: Option<usize> },
    /// An active entry whose key is (natively) equal.
    Found(usize),
    /// An active entry with the same hash whose equality needs Python's `==`.
    Ask(usize),
}

fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) if ops::is_exact_str_obj(x) && ops::is_exact_str_obj(y) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.equals(t)),
            _ => None,
        },
        _ => None,
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots of the table (CPython's `mask + 1`).
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The items in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, v) => Some(v),
            _ => None,
        })
    }

    /// The (hash, item) pairs in table order.
    pub fn hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    /// The active entry at table position `pos` or later: (next position, item).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.table.len() {
            let p = pos;
            pos += 1;
            if let Slot::Active(_, v) = &self.table[p] {
                return Some((pos, v.clone()));
            }
        }
        None
    }

    /// Probes for `key` from position `start` of the probe sequence, skipping the candidates
    /// already rejected by Python's `==` (`skip`).
    fn probe(&self, key: &Value, hash: i64, skip: &[usize]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Probe::Empty { at: j, freeslot },
                    Slot::Active(h, k) if *h == hash && !skip.contains(&j) => match native_eq(k, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None => return Probe::Ask(j),
                    },
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Inserts a key known to be absent, in a table without dummies (resizing, merging).
    fn insert_clean(table: &mut [Slot], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = table[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, empty_slots(newsize));
        for s in old {
            if let Slot::Active(h, v) = s {
                SetTable::insert_clean(&mut self.table, v, h);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Puts a key at the place a probe found for it.
    fn put(&mut self, at: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        self.version += 1;
        match freeslot {
            Some(f) => {
                self.table[f] = Slot::Active(hash, key);
                self.used += 1;
            }
            None => {
                self.table[at] = Slot::Active(hash, key);
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                    self.resize(minused);
                }
            }
        }
    }

    /// The position of `key`, comparing with Python's `==` where needed.
    fn find(cell: &RefCell<SetTable>, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<usize, (usize, Option<usize>)>> {
        SetTable::find_in(SetRef::Cell(cell), vm, key, hash)
    }

    fn find_in(set: SetRef, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<usize, (usize, Option<usize>)>> {
        let mut rejected: Vec<usize> = Vec::new();
        loop {
            let (probe, version) = set.with(|t| (t.probe(key, hash, &rejected), t.version));
            match probe {
                Probe::Found(i) => return Ok(Ok(i)),
                Probe::Empty { at, freeslot } => return Ok(Err((at, freeslot))),
                Probe::Ask(i) => {
                    let stored = match set.with(|t| t.table[i].clone()) {
                        Slot::Active(_, k) => k,
                        _ => continue,
                    };
                    let eq = ops::eq_bool(vm, &stored, key)?;
                    let unchanged = set.with(|t| t.version == version && matches!(&t.table[i], Slot::Active(_, k) if k.is(&stored)));
                    if !unchanged {
                        rejected.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Ok(i));
                    }
                    rejected.push(i);
                }
            }
        }
    }

    /// Whether `key` (with its hash) is in the set.
    pub fn contains_hashed(set: SetRef, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(SetTable::find_in(set, vm, key, hash)?.is_ok())
    }

    /// Removes `key` (with its hash); whether it was there.
    pub fn discard_hashed(cell: &RefCell<SetTable>, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match SetTable::find(cell, vm, key, hash)? {
            Ok(i) => {
                cell.borrow_mut().remove_at(i);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// The resize `difference_update` ends with when more than a quarter of the table is
    /// dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(minused);
    }

    /// `hash(frozenset)` from the stored hashes.
    pub fn frozen_hash(&self) -> i64 {
        let hs: Vec<i64> = self.hashed().map(|(h, _)| h).collect();
        crate::bytecode::pyhash::hash_frozenset(&hs)
    }

    /// `s.add(key)` with a known hash.
    pub fn add_hashed(cell: &RefCell<SetTable>, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        match SetTable::find(cell, vm, &key, hash)? {
            Ok(_) => Ok(()),
            Err((at, freeslot)) => {
                cell.borrow_mut().put(at, freeslot, key, hash);
                Ok(())
            }
        }
    }

    pub fn add(cell: &RefCell<SetTable>, vm: &mut Vm, key: Value) -> PyResult<()> {
        let h = ops::hash(vm, &key)?;
        SetTable::add_hashed(cell, vm, key, h)
    }

    /// `key in s`.
    pub fn contains(cell: &RefCell<SetTable>, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = ops::hash(vm, key)?;
        Ok(SetTable::find(cell, vm, key, h)?.is_ok())
    }

    /// Removes `key`; whether it was there.
    pub fn discard(cell: &RefCell<SetTable>, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = ops::hash(vm, key)?;
        match SetTable::find(cell, vm, key, h)? {
            Ok(i) => {
                cell.borrow_mut().remove_at(i);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// `s.pop()`: an arbitrary item (CPython's finger scan), None when empty.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & (n - 1);
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) % n;
        }
        let s = std::mem::replace(&mut self.table[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        self.version += 1;
        match s {
            Slot::Active(_, v) => Some(v),
            _ => None,
        }
    }

    /// Empties the table.
    pub fn clear(&mut self) -> Vec<Value> {
        let old = std::mem::replace(&mut self.table, empty_slots(MINSIZE));
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        old.into_iter()
            .filter_map(|s| match s {
                Slot::Active(_, v) => Some(v),
                _ => None,
            })
            .collect()
    }

    /// Adds every item of another set or frozenset (CPython's `set_merge`, with its shortcuts
    /// for an empty target that decide the resulting order).
    pub fn merge(cell: &RefCell<SetTable>, vm: &mut Vm, other: SetRef) -> PyResult<()> {
        if other.is_cell(cell) {
            return Ok(());
        }
        let done = other.with(|o| {
            if o.used == 0 {
                return true;
            }
            let mut t = cell.borrow_mut();
            if (t.fill + o.used) * 5 >= t.mask() * 3 {
                let minused = (t.used + o.used) * 2;
                t.resize(minused);
            }
            if t.fill == 0 && t.mask() == o.mask() && o.fill == o.used {
                t.table = o.table.clone();
                t.fill = o.fill;
                t.used = o.used;
                t.version += 1;
                return true;
            }
            if t.fill == 0 {
                t.fill = o.used;
                t.used = o.used;
                t.version += 1;
                for s in &o.table {
                    if let Slot::Active(h, v) = s {
                        SetTable::insert_clean(&mut t.table, v.clone(), *h);
                    }
                }
                return true;
            }
            false
        });
        if done {
            return Ok(());
        }
        SetTable::each_entry(cell, other, vm, |t, h, k| t.add_native(k.clone(), h).is_ok(), |vm, h, k| {
            SetTable::add_hashed(cell, vm, k, h)
        })
    }

    /// Runs `native` on each entry of `src` in table order with `dst` borrowed mutably; an
    /// entry it cannot handle without Python's `==` (it returns false) goes to `slow` with
    /// both tables released, and the walk goes on at the next position, as CPython's walk by
    /// index does. `src` must not be `dst`.
    pub fn each_entry(
        dst: &RefCell<SetTable>,
        src: SetRef,
        vm: &mut Vm,
        mut native: impl FnMut(&mut SetTable, i64, &Value) -> bool,
        mut slow: impl FnMut(&mut Vm, i64, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        let mut pos = 0;
        loop {
            let pending = src.with(|s| {
                let mut d = dst.borrow_mut();
                while let Some(slot) = s.table.get(pos) {
                    pos += 1;
                    if let Slot::Active(h, k) = slot
                        && !native(&mut d, *h, k)
                    {
                        return Some((*h, k.clone()));
                    }
                }
                None
            });
            match pending {
                Some((h, k)) => slow(vm, h, k)?,
                None => return Ok(()),
            }
        }
    }

    /// Whether `key` is in the table, when that needs no Python `==` (None otherwise).
    pub fn contains_native(&self, key: &Value, hash: i64) -> Option<bool> {
        match self.probe(key, hash, &[]) {
            Probe::Found(_) => Some(true),
            Probe::Empty { .. } => Some(false),
            Probe::Ask(_) => None,
        }
    }

    /// Removes `key` if present (`set_discard_entry`); with `add_missing`, adds it when absent
    /// (a step of the symmetric difference). False, with nothing done, when that needs
    /// Python's `==`.
    pub fn discard_native(&mut self, key: &Value, hash: i64, add_missing: bool) -> bool {
        match self.probe(key, hash, &[]) {
            Probe::Found(i) => self.remove_at(i),
            Probe::Empty { at, freeslot } if add_missing => self.put(at, freeslot, key.clone(), hash),
            Probe::Empty { .. } => {}
            Probe::Ask(_) => return false,
        }
        true
    }

    /// Adds a key when no stored candidate needs Python's `==` to compare with it; otherwise
    /// gives it back.
    pub fn add_native(&mut self, key: Value, hash: i64) -> Result<(), Value> {
        match self.probe(&key, hash, &[]) {
            Probe::Found(_) => Ok(()),
            Probe::Empty { at, freeslot } => {
                self.put(at, freeslot, key, hash);
                Ok(())
            }
            Probe::Ask(_) => Err(key),
        }
    }

    /// Turns the active entry at `i` into a dummy. (Its key is dropped here: freeing an object
    /// only queues its finalizer, so no Python code runs under the borrow.)
    fn remove_at(&mut self, i: usize) {
        self.table[i] = Slot::Dummy;
        self.used -= 1;
        self.version += 1;
    }

    /// Adds the items of any iterable (CPython's `set_update_internal`).
    pub fn update(cell: &RefCell<SetTable>, vm: &mut Vm, iterable: &Value) -> PyResult<()> {
        match iterable.payload() {
            Some(Payload::Set(other)) => return SetTable::merge(cell, vm, SetRef::Cell(other)),
            Some(Payload::FrozenSet(other)) => return SetTable::merge(cell, vm, SetRef::Frozen(other)),
            Some(Payload::Dict(d)) if ops::is_exact(vm, iterable, &vm.types.dict.clone()) => {
                let items: Vec<(i64, Value)> = d.borrow().hashed_items().map(|(h, k, _)| (h, k.clone())).collect();
                {
                    let mut t = cell.borrow_mut();
                    if (t.fill + items.len()) * 5 >= t.mask() * 3 {
                        let minused = (t.used + items.len()) * 2;
                        t.resize(minused);
                    }
                }
                for (h, k) in items {
                    SetTable::add_hashed(cell, vm, k, h)?;
                }
                return Ok(());
            }
            _ => {}
        }
        let it = ops::iter(vm, iterable)?;
        while let Some(x) = ops::next(vm, &it)? {
            SetTable::add(cell, vm, x)?;
        }
        Ok(())
    }
}

/// A set table borrowed for reading: a set's cell or a frozenset's table.
#[derive(Copy, Clone)]
pub enum SetRef<'a> {
    Cell(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
}

impl SetRef<'_> {
    /// Runs `f` on the table (borrowed only for the call).
    pub fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            SetRef::Cell(c) => f(&c.borrow()),
            SetRef::Frozen(t) => f(t),
        }
    }

    /// The set or frozenset table of a value.
    pub fn of(v: &Value) -> Option<SetRef<'_>> {
        match v.payload() {
            Some(Payload::Set(c)) => Some(SetRef::Cell(c)),
            Some(Payload::FrozenSet(t)) => Some(SetRef::Frozen(t)),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.with(|t| t.len())
    }

    /// Whether this is the table of `cell`.
    pub fn is_cell(&self, cell: &RefCell<SetTable>) -> bool {
        matches!(self, SetRef::Cell(c) if std::ptr::eq(*c, cell))
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the (hash, item) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.with(|t| t.hashed().map(|(h, v)| (h, v.clone())).collect())
    }
}

/// A new set holding `items` (added in order, as BUILD_SET does).
pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    for i in items {
        SetTable::add(&cell, vm, i)?;
    }
    Ok(vm.new_object(vm.types.set.clone(), Payload::Set(cell)))
}

/// A new frozenset holding `items`.
pub fn new_frozenset(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    for i in items {
        SetTable::add(&cell, vm, i)?;
    }
    Ok(vm.new_object(vm.types.frozenset.clone(), Payload::FrozenSet(cell.into_inner())))
}

/// SET_ADD: adds to a set value.
pub fn set_add(vm: &mut Vm, s: &Value, item: Value) -> PyResult<()> {
    match s.payload() {
        Some(Payload::Set(t)) => SetTable::add(t, vm, item),
        _ => Err(vm.system_error("SET_ADD on a non-set")),
    }
}
