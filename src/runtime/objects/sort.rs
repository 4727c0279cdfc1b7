//! The sort of `list.sort` and `sorted`: CPython's timsort (natural runs, binary insertion up to
//! the minimum run length, powersort's merge policy, galloping merges), comparing with `<` only,
//! so that the comparisons made, and the result for any comparison function, are CPython's.
//! When a comparison fails, the slice is left a permutation of its items, as in CPython.

use crate::runtime::vm::PyResult;

const MIN_GALLOP: usize = 7;

/// The less-than of the sort.
pub type Lt<'a, T> = dyn FnMut(&T, &T) -> PyResult<bool> + 'a;

/// A pending run: where it starts, its length, and its powersort power.
#[derive(Copy, Clone)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, 'b, T> {
    v: &'a mut [T],
    lt: &'a mut Lt<'b, T>,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
}

/// Sorts `v` stably in place.
pub fn timsort<T: Clone>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    let mut ms = MergeState { v, lt, min_gallop: MIN_GALLOP, pending: Vec::new(), tmp: Vec::new() };
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + remaining)?;
        if descending {
            ms.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse()
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's power of the boundary between two adjacent runs `[s1, s1+n1)` and
/// `[s1+n1, s1+n1+n2)` of a list of `n` items.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Clone> MergeState<'_, '_, T> {
    #[inline]
    fn less(&mut self, a: &T, b: &T) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    /// The length of the run starting at `lo`, and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        let (a, b) = (self.v[i].clone(), self.v[i - 1].clone());
        if self.less(&a, &b)? {
            i += 1;
            while i < hi {
                let (a, b) = (self.v[i].clone(), self.v[i - 1].clone());
                if !self.less(&a, &b)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                let (a, b) = (self.v[i].clone(), self.v[i - 1].clone());
                if self.less(&a, &b)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of `v[start..hi]` into the sorted `v[lo..start]`.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.v[start].clone();
            let mut l = lo;
            let mut r = start;
            loop {
                let p = l + ((r - l) >> 1);
                let x = self.v[p].clone();
                if self.less(&pivot, &x)? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.v[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, n2: usize, n: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last().copied() {
            let power = powerloop(last.base, last.len, n2, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            let k = self.pending.len() - 1;
            self.pending[k].power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        let key = self.v[b.base].clone();
        let k = self.gallop_right(&key, a.base, a.len, 0)?;
        let base_a = a.base + k;
        let na = a.len - k;
        if na == 0 {
            return Ok(());
        }
        let key = self.v[base_a + na - 1].clone();
        let nb = self.gallop_left(&key, b.base, b.len, b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb { self.merge_lo(base_a, na, b.base, nb) } else { self.merge_hi(base_a, na, b.base, nb) }
    }

    /// Where `key` goes in the sorted `v[a..a+n]`, leftmost among equals, galloping from `hint`.
    fn gallop_left(&mut self, key: &T, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        self.gallop_left_in(key, None, a, n, hint)
    }

    fn gallop_right(&mut self, key: &T, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        self.gallop_right_in(key, None, a, n, hint)
    }

    fn at(&self, tmp: Option<()>, i: usize) -> T {
        match tmp {
            Some(()) => self.tmp[i].clone(),
            None => self.v[i].clone(),
        }
    }

    /// `gallop_left` over `v` (tmp None) or the temporary array.
    fn gallop_left_in(&mut self, key: &T, tmp: Option<()>, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        let mut lastofs = 0usize;
        let mut ofs = 1usize;
        let x = self.at(tmp, a + hint);
        let (mut lo, mut hi);
        if self.less(&x, key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                let x = self.at(tmp, a + hint + ofs);
                if self.less(&x, key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lo = (lastofs + hint) as isize;
            hi = (ofs + hint) as isize;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                let x = self.at(tmp, a + hint - ofs);
                if self.less(&x, key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = (hint - lastofs) as isize;
        }
        lo += 1;
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            let x = self.at(tmp, a + m as usize);
            if self.less(&x, key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi as usize)
    }

    /// Where `key` goes in the sorted run, rightmost among equals.
    fn gallop_right_in(&mut self, key: &T, tmp: Option<()>, a: usize, n: usize, hint: usize) -> PyResult<usize> {
        let mut lastofs = 0usize;
        let mut ofs = 1usize;
        let x = self.at(tmp, a + hint);
        let (mut lo, mut hi);
        if self.less(key, &x)? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                let x = self.at(tmp, a + hint - ofs);
                if self.less(key, &x)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = (hint - lastofs) as isize;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                let x = self.at(tmp, a + hint + ofs);
                if self.less(key, &x)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = (lastofs + hint) as isize;
            hi = (ofs + hint) as isize;
        }
        lo += 1;
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            let x = self.at(tmp, a + m as usize);
            if self.less(key, &x)? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi as usize)
    }

    /// Merges the adjacent runs `v[pa..pa+na]` and `v[pb..pb+nb]` with `na <= nb`, the first
    /// run copied out.
    fn merge_lo(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa..pa + na]);
        let mut na = na;
        let mut nb = nb;
        let mut dest = pa;
        let mut a = 0usize;
        let mut b = pb;
        self.v[dest] = self.v[b].clone();
        dest += 1;
        b += 1;
        nb -= 1;
        let r = self.merge_lo_body(&mut na, &mut nb, &mut dest, &mut a, &mut b);
        match r {
            Ok(true) => {
                // CopyB: the rest of b, then the last of a.
                for k in 0..nb {
                    self.v[dest + k] = self.v[b + k].clone();
                }
                self.v[dest + nb] = self.tmp[a].clone();
                Ok(())
            }
            other => {
                for k in 0..na {
                    self.v[dest + k] = self.tmp[a + k].clone();
                }
                other.map(|_| ())
            }
        }
    }

    /// The loop of merge_lo; Ok(true) to finish with CopyB, Ok(false) when done.
    fn merge_lo_body(&mut self, na: &mut usize, nb: &mut usize, dest: &mut usize, a: &mut usize, b: &mut usize) -> PyResult<bool> {
        if *nb == 0 {
            return Ok(false);
        }
        if *na == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                let (x, y) = (self.v[*b].clone(), self.tmp[*a].clone());
                if self.less(&x, &y)? {
                    self.v[*dest] = x;
                    *dest += 1;
                    *b += 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 0 {
                        return Ok(false);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    self.v[*dest] = y;
                    *dest += 1;
                    *a += 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let key = self.v[*b].clone();
                let k = self.gallop_right_in(&key, Some(()), *a, *na, 0)?;
                acount = k;
                if k > 0 {
                    for j in 0..k {
                        self.v[*dest + j] = self.tmp[*a + j].clone();
                    }
                    *dest += k;
                    *a += k;
                    *na -= k;
                    if *na == 1 {
                        return Ok(true);
                    }
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest] = self.v[*b].clone();
                *dest += 1;
                *b += 1;
                *nb -= 1;
                if *nb == 0 {
                    return Ok(false);
                }
                let key = self.tmp[*a].clone();
                let k = self.gallop_left(&key, *b, *nb, 0)?;
                bcount = k;
                if k > 0 {
                    for j in 0..k {
                        self.v[*dest + j] = self.v[*b + j].clone();
                    }
                    *dest += k;
                    *b += k;
                    *nb -= k;
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest] = self.tmp[*a].clone();
                *dest += 1;
                *a += 1;
                *na -= 1;
                if *na == 1 {
                    return Ok(true);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges the adjacent runs with `na > nb`, the second run copied out, from the right.
    fn merge_hi(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pb..pb + nb]);
        let mut na = na;
        let mut nb = nb;
        // Indices of the current last items (isize: they may pass below the start).
        let mut dest = (pb + nb - 1) as isize;
        let mut a = (pa + na - 1) as isize;
        let mut b = nb as isize - 1;
        self.v[dest as usize] = self.v[a as usize].clone();
        dest -= 1;
        a -= 1;
        na -= 1;
        let r = self.merge_hi_body(pa, &mut na, &mut nb, &mut dest, &mut a, &mut b);
        match r {
            Ok(true) => {
                // CopyA: the rest of a moves right, then the first of b goes in front.
                for k in 0..na {
                    let from = (a - k as isize) as usize;
                    let to = (dest - k as isize) as usize;
                    self.v[to] = self.v[from].clone();
                }
                let to = (dest - na as isize) as usize;
                self.v[to] = self.tmp[b as usize].clone();
                Ok(())
            }
            other => {
                if nb > 0 {
                    let start = (dest - (nb as isize - 1)) as usize;
                    for k in 0..nb {
                        self.v[start + k] = self.tmp[k].clone();
                    }
                }
                other.map(|_| ())
            }
        }
    }

    /// The loop of merge_hi; Ok(true) to finish with CopyA.
    fn merge_hi_body(&mut self, pa: usize, na: &mut usize, nb: &mut usize, dest: &mut isize, a: &mut isize, b: &mut isize) -> PyResult<bool> {
        if *na == 0 {
            return Ok(false);
        }
        if *nb == 1 {
            return Ok(true);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                let (x, y) = (self.tmp[*b as usize].clone(), self.v[*a as usize].clone());
                if self.less(&x, &y)? {
                    self.v[*dest as usize] = y;
                    *dest -= 1;
                    *a -= 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 0 {
                        return Ok(false);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    self.v[*dest as usize] = x;
                    *dest -= 1;
                    *b -= 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let key = self.tmp[*b as usize].clone();
                let k = self.gallop_right(&key, pa, *na, *na - 1)?;
                let k = *na - k;
                acount = k;
                if k > 0 {
                    *dest -= k as isize;
                    *a -= k as isize;
                    for j in (1..=k).rev() {
                        self.v[(*dest + j as isize) as usize] = self.v[(*a + j as isize) as usize].clone();
                    }
                    *na -= k;
                    if *na == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest as usize] = self.tmp[*b as usize].clone();
                *dest -= 1;
                *b -= 1;
                *nb -= 1;
                if *nb == 1 {
                    return Ok(true);
                }
                let key = self.v[*a as usize].clone();
                let k = self.gallop_left_in(&key, Some(()), 0, *nb, *nb - 1)?;
                let k = *nb - k;
                bcount = k;
                if k > 0 {
                    *dest -= k as isize;
                    *b -= k as isize;
                    for j in 1..=k {
                        self.v[(*dest + j as isize) as usize] = self.tmp[(*b + j as isize) as usize].clone();
                    }
                    *nb -= k;
                    if *nb == 1 {
                        return Ok(true);
                    }
                    if *nb == 0 {
                        return Ok(false);
                    }
                }
                self.v[*dest as usize] = self.v[*a as usize].clone();
                *dest -= 1;
                *a -= 1;
                *na -= 1;
                if *na == 0 {
                    return Ok(false);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably() {
        let mut seed = 7;
        for n in [0usize, 1, 2, 5, 31, 64, 65, 200, 1000, 5000] {
            for modulus in [3u64, 50, 1 << 30] {
                let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                // Some presorted stretches to exercise runs and galloping.
                if n > 100 {
                    v[10..60].sort();
                    v[70..100].sort_by(|a, b| b.cmp(a));
                }
                let mut expected = v.clone();
                expected.sort_by_key(|x| x.0);
                timsort(&mut v, &mut |a: &(u64, usize), b: &(u64, usize)| Ok(a.0 < b.0)).ok();
                assert_eq!(v, expected, "n={n} modulus={modulus}");
            }
        }
    }
}
