//! CPython 3.12's set table (setobject.c) emulated slot for slot, for the order in which a set
//! iterates over its elements: open addressing from 8 slots, runs of 9 linear probes between
//! perturbed jumps, growth to four times the number of elements (twice past 50,000) when three
//! fifths full, the old slots then placed anew in their table order. Iterating the table gives
//! the order of repr(), of co_consts and of what marshal writes.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The slots a hash visits, in order: runs of up to 10 consecutive slots (a single one where
/// the run would pass the end of the table), each followed by a jump perturbed by the hash's
/// higher bits. The sequence never ends; a table always has a free slot.
fn probes(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    std::iter::repeat_with(move || {
        let run = if i + LINEAR_PROBES <= mask {
            i..=i + LINEAR_PROBES
        } else {
            i..=i
        };
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
        run
    })
    .flatten()
}

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
        for j in probes(hash, mask) {
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
    }

    /// `set_table_resize`: the smallest power of two above the wanted size, refilled in the old
    /// table's slot order (`set_insert_clean`: each element to the first free slot it probes).
    fn resize(&mut self) {
        let used = self.used;
        let min_used = if used > 50_000 { used * 2 } else { used * 4 };
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for (item, hash) in old.into_iter().flatten() {
            if let Some(j) = probes(hash, size - 1).find(|&j| self.slots[j].is_none()) {
                self.slots[j] = Some((item, hash));
            }
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
