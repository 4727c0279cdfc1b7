//! CPython 3.12's set table (setobject.c) emulated slot for slot, for the order in which a set
//! iterates over its elements: open addressing from 8 slots, runs of 9 linear probes between
//! perturbed jumps, growth to four times the number of elements (twice past 50,000) when three
//! fifths full, the old slots then placed anew in their table order. Iterating the table gives
//! the order of repr(), of co_consts and of what marshal writes.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Slots holding (item index, hash).
struct Table {
    slots: Vec<Option<(usize, i64)>>,
    used: usize,
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` (no deletions ever happen, so there are no dummy slots): the item goes to
    /// the first free slot of its probe sequence unless a slot on the way holds an equal one.
    fn add(&mut self, item: usize, hash: i64, same: &mut impl FnMut(usize, usize) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
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
                        self.slots[j] = Some((item, hash));
                        self.used += 1;
                        if self.used * 5 >= mask * 3 {
                            self.resize();
                        }
                        return;
                    }
                    Some((other, h)) if h == hash && same(other, item) => return,
                    Some(_) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above the wanted size, refilled in the old
    /// table's slot order.
    fn resize(&mut self) {
        let used = self.used;
        let min_used = if used > 50_000 { used * 2 } else { used * 4 };
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for (item, hash) in old.into_iter().flatten() {
            self.insert_clean(item, hash);
        }
    }

    /// `set_insert_clean`: placement of an element known to be absent.
    fn insert_clean(&mut self, item: usize, hash: i64) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(slot) = self.slots[i..=i + probes].iter_mut().find(|s| s.is_none()) {
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
}

/// The order in which a CPython set iterates over items added one by one with the given hashes,
/// as indices into `hashes`. An item is dropped when `same(earlier, item)` says an earlier item
/// with the same hash is equal to it (as `set.add` keeps the first of equal elements).
pub fn set_order(hashes: &[i64], mut same: impl FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut table = Table {
        slots: vec![None; MIN_SIZE],
        used: 0,
    };
    for (item, &hash) in hashes.iter().enumerate() {
        table.add(item, hash, &mut same);
    }
    table
        .slots
        .into_iter()
        .flatten()
        .map(|(item, _)| item)
        .collect()
}
