//! `frozenset(items)` with CPython 3.12's element order: its set table (setobject.c) emulated
//! slot for slot — open addressing from 8 slots, runs of 9 linear probes between perturbed
//! jumps, growth to four times the size when three fifths full — so that iterating the table
//! gives the order CPython stores in co_consts and marshals.
//!
//! CPython builds such a frozenset up to three times, and each build may reorder it:
//! 1. constant folding makes `frozenset(items)` (what this module's [`frozenset_order`] gives);
//! 2. the compiler's constant table (`merge_consts_recursive`) remakes every frozenset constant
//!    from its own iteration order. A code generator must do the same: apply
//!    [`frozenset_order`] again to each frozenset it adds to a constant table (the small code
//!    generator in tests/fold_cpython.rs does, and matches CPython's);
//! 3. creating the code object (`intern_constants`) remakes it once more, from the order of
//!    step 2, when interning replaced one of its strings by an equal string interned earlier:
//!    a string made only of name characters that is a name or constant of a code object created
//!    before (the code object's own names are interned first), or that the interpreter had
//!    interned at startup. In the standard library this happens to sets like
//!    `{'True', 'False', 'None'}`. Whoever builds code objects can emulate it by tracking
//!    interned strings; the strings CPython interns at startup are not reproducible exactly.
//!
//! The order is CPython's exactly when every element's hash is reproducible: ints, bools,
//! floats, complex numbers, None, and tuples of those; str and bytes hash as under
//! `PYTHONHASHSEED=0` (CPython's default random seed changes their order from run to run). An
//! Ellipsis or a NaN hashes by address in CPython, so a set holding one has no reproducible
//! order there either.

use super::hash::{hash, py_eq};
use crate::bytecode::code::Constant;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    /// Index into the inserted items.
    item: usize,
}

struct Table<'a> {
    items: &'a [Constant],
    slots: Vec<Option<Slot>>,
    fill: usize,
}

impl<'a> Table<'a> {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` (no deletions ever happen, so there are no dummy slots).
    fn add(&mut self, item: usize) {
        let hash = hash(&self.items[item]);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j] {
                    None => {
                        self.slots[j] = Some(Slot { hash, item });
                        self.fill += 1;
                        if self.fill * 5 >= mask * 3 {
                            let used = self.fill;
                            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
                        }
                        return;
                    }
                    Some(s) if s.hash == hash && py_eq(&self.items[s.item], &self.items[item]) => {
                        return;
                    }
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `min_used`, refilled in the old
    /// table's slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for slot in old.into_iter().flatten() {
            self.insert_clean(slot);
        }
    }

    /// `set_insert_clean`: placement of an element known to be absent.
    fn insert_clean(&mut self, slot: Slot) {
        let mask = self.mask();
        let mut perturb = slot.hash as u64 as usize;
        let mut i = (slot.hash as u64 as usize) & mask;
        loop {
            if self.slots[i].is_none() {
                self.slots[i] = Some(slot);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.slots[j].is_none() {
                        self.slots[j] = Some(slot);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }
}

/// The elements of `frozenset(items)` in CPython's iteration order: duplicates (by Python
/// equality) dropped, the first of equal elements kept.
pub fn frozenset_order(items: &[Constant]) -> Vec<Constant> {
    let mut table = Table {
        items,
        slots: vec![None; MIN_SIZE],
        fill: 0,
    };
    for i in 0..items.len() {
        table.add(i);
    }
    table
        .slots
        .iter()
        .flatten()
        .map(|s| items[s.item].clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Vec<Constant> {
        v.iter().map(|&i| Constant::int(i)).collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        assert_eq!(frozenset_order(&ints(&[3, 1, 2])), ints(&[1, 2, 3]));
        assert_eq!(frozenset_order(&ints(&[9, 1])), ints(&[9, 1]));
        assert_eq!(frozenset_order(&ints(&[1, 1, 1])), ints(&[1]));
    }

    #[test]
    fn equal_numbers_collapse_to_the_first() {
        let items = vec![Constant::Float(1.0), Constant::int(1), Constant::Bool(true)];
        assert_eq!(frozenset_order(&items), vec![Constant::Float(1.0)]);
    }

    #[test]
    fn growth_reorders() {
        // Checked against CPython 3.12: list(frozenset([10, 20, 30, 40, 50, 60]))
        assert_eq!(
            frozenset_order(&ints(&[10, 20, 30, 40, 50, 60])),
            ints(&[40, 10, 50, 20, 60, 30])
        );
    }
}
