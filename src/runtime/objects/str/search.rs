//! Substring search over str storage: find, rfind, count and the match positions split and
//! replace need, by code-point index. A needle wider than the haystack's storage cannot occur
//! in it; otherwise it is brought to the haystack's width and searched there (memchr's SIMD
//! searcher for one-byte storage, a first-unit scan for the wider ones).

use memchr::memmem;

use super::{PyString, StrData};

/// A code unit of str storage.
pub trait Unit: Copy + Eq + Into<u32> {
    fn from_u32(c: u32) -> Self;
}

impl Unit for u8 {
    #[inline]
    fn from_u32(c: u32) -> Self {
        c as u8
    }
}

impl Unit for u16 {
    #[inline]
    fn from_u32(c: u32) -> Self {
        c as u16
    }
}

impl Unit for u32 {
    #[inline]
    fn from_u32(c: u32) -> Self {
        c
    }
}

/// The needle in the haystack's unit type, or None when it holds a code point the haystack's
/// width cannot hold (so it never occurs).
fn convert<T: Unit>(needle: &PyString, hay_max: u32) -> Option<Vec<T>> {
    if needle.width_max() > hay_max && needle.max_char() > hay_max {
        return None;
    }
    Some(needle.chars().map(T::from_u32).collect())
}

/// The first position of `needle` in `hay` (both non-empty or not), generic units.
fn find_units<T: Unit>(hay: &[T], needle: &[T]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    if n > hay.len() {
        return None;
    }
    let first = needle[0];
    if n == 1 {
        return hay.iter().position(|&c| c == first);
    }
    let last = needle[n - 1];
    let mut i = 0;
    let limit = hay.len() - n;
    while i <= limit {
        if hay[i] == first && hay[i + n - 1] == last && hay[i..i + n] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_units<T: Unit>(hay: &[T], needle: &[T]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(hay.len());
    }
    if n > hay.len() {
        return None;
    }
    let mut i = hay.len() - n;
    loop {
        if hay[i..i + n] == *needle {
            return Some(i);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
    }
}

/// Runs `f` on the haystack range and the needle at the haystack's width.
#[allow(clippy::too_many_arguments)]
fn with_units<R>(
    hay: &PyString,
    needle: &PyString,
    start: usize,
    end: usize,
    none: R,
    f8: impl FnOnce(&[u8], &[u8]) -> R,
    f16: impl FnOnce(&[u16], &[u16]) -> R,
    f32: impl FnOnce(&[u32], &[u32]) -> R,
) -> R {
    let end = end.min(hay.len());
    if start > end {
        return none;
    }
    let max = hay.width_max();
    match hay.data() {
        StrData::Latin1(h) => match needle.data() {
            // A latin-1 needle that is not ASCII cannot occur in an ASCII haystack.
            StrData::Latin1(n) if needle.is_ascii() || !hay.is_ascii() => f8(&h[start..end], n),
            _ => none,
        },
        StrData::Ucs2(h) => match convert::<u16>(needle, max) {
            Some(n) => f16(&h[start..end], &n),
            None => none,
        },
        StrData::Ucs4(h) => match convert::<u32>(needle, max) {
            Some(n) => f32(&h[start..end], &n),
            None => none,
        },
    }
}

/// The first index of `needle` in `hay[start..end]` (an absolute index).
pub fn find(hay: &PyString, needle: &PyString, start: usize, end: usize) -> Option<usize> {
    with_units(
        hay,
        needle,
        start,
        end,
        None,
        memmem::find,
        find_units,
        find_units,
    )
    .map(|i| i + start)
}

/// The last index of `needle` in `hay[start..end]`.
pub fn rfind(hay: &PyString, needle: &PyString, start: usize, end: usize) -> Option<usize> {
    with_units(
        hay,
        needle,
        start,
        end,
        None,
        memmem::rfind,
        rfind_units,
        rfind_units,
    )
    .map(|i| i + start)
}

/// Non-overlapping occurrences, left to right, at most `max`: their absolute indices.
pub fn find_all(hay: &PyString, needle: &PyString, start: usize, end: usize, max: usize) -> Vec<usize> {
    fn generic<T: Unit>(h: &[T], n: &[T], max: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pos = 0;
        while out.len() < max {
            match find_units(&h[pos..], n) {
                Some(i) => {
                    out.push(pos + i);
                    pos += i + n.len();
                }
                None => break,
            }
        }
        out
    }
    let mut v = with_units(
        hay,
        needle,
        start,
        end,
        Vec::new(),
        |h, n| {
            if n.len() == 1 {
                memchr::memchr_iter(n[0], h).take(max).collect()
            } else {
                memmem::find_iter(h, n).take(max).collect()
            }
        },
        |h, n| generic(h, n, max),
        |h, n| generic(h, n, max),
    );
    if start > 0 {
        for i in &mut v {
            *i += start;
        }
    }
    v
}

/// Non-overlapping occurrences found from the right, at most `max`: absolute indices, rightmost
/// first.
pub fn rfind_all(hay: &PyString, needle: &PyString, max: usize) -> Vec<usize> {
    fn generic<T: Unit>(h: &[T], n: &[T], max: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut end = h.len();
        while out.len() < max {
            match rfind_units(&h[..end], n) {
                Some(i) => {
                    out.push(i);
                    end = i;
                }
                None => break,
            }
        }
        out
    }
    with_units(
        hay,
        needle,
        0,
        hay.len(),
        Vec::new(),
        |h, n| memmem::rfind_iter(h, n).take(max).collect(),
        |h, n| generic(h, n, max),
        |h, n| generic(h, n, max),
    )
}

/// The number of non-overlapping occurrences of a non-empty `needle` in `hay[start..end]`.
pub fn count(hay: &PyString, needle: &PyString, start: usize, end: usize) -> usize {
    fn generic<T: Unit>(h: &[T], n: &[T]) -> usize {
        if n.len() == 1 {
            return h.iter().filter(|&&c| c == n[0]).count();
        }
        let mut count = 0;
        let mut pos = 0;
        while let Some(i) = find_units(&h[pos..], n) {
            count += 1;
            pos += i + n.len();
        }
        count
    }
    with_units(
        hay,
        needle,
        start,
        end,
        0,
        |h, n| {
            if n.len() == 1 {
                memchr::memchr_iter(n[0], h).count()
            } else {
                memmem::find_iter(h, n).count()
            }
        },
        generic,
        generic,
    )
}

/// The first index of code point `c` in `hay[start..end]`.
pub fn find_char(hay: &PyString, c: u32, start: usize, end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if start >= end {
        return None;
    }
    let r = match hay.data() {
        StrData::Latin1(h) if c < 0x100 => memchr::memchr(c as u8, &h[start..end]),
        StrData::Ucs2(h) if c < 0x10000 => h[start..end].iter().position(|&u| u32::from(u) == c),
        StrData::Ucs4(h) => h[start..end].iter().position(|&u| u == c),
        _ => None,
    };
    r.map(|i| i + start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_across_widths() {
        let h = PyString::new("abcabcé€abc");
        let n = PyString::new("abc");
        assert_eq!(find(&h, &n, 0, h.len()), Some(0));
        assert_eq!(find(&h, &n, 1, h.len()), Some(3));
        assert_eq!(rfind(&h, &n, 0, h.len()), Some(8));
        assert_eq!(count(&h, &n, 0, h.len()), 3);
        assert_eq!(find_all(&h, &n, 0, h.len(), usize::MAX), vec![0, 3, 8]);
        assert_eq!(rfind_all(&h, &n, 2), vec![8, 3]);
        assert_eq!(find(&h, &PyString::new("é€"), 0, h.len()), Some(6));
        assert_eq!(find(&PyString::new("abc"), &PyString::new("€"), 0, 3), None);
        assert_eq!(find(&PyString::new("aé"), &PyString::new("é"), 0, 2), Some(1));
        assert_eq!(find(&PyString::new("ab"), &PyString::new("é"), 0, 2), None);
        assert_eq!(count(&PyString::new("aaaa"), &PyString::new("aa"), 0, 4), 2);
        assert_eq!(find_char(&PyString::new("x😀y"), 'y' as u32, 0, 3), Some(2));
    }
}
