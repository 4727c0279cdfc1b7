//! `PyString`: the storage of a Python str, PEP 393 style (latin-1, UCS-2 or UCS-4 code units,
//! the narrowest that fits), so that indexing is O(1) for every string, lone surrogates
//! included. The hash is computed once, as CPython computes it (SipHash-1-3 over the code units
//! of the canonical width). Building (`builder`) and searching (`search`) live beside it.

use std::cell::Cell;

pub mod builder;
pub mod search;

pub use builder::StrBuilder;

/// The code units of a str, in the narrowest width that holds its largest code point (a view
/// of the storage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrData<'a> {
    Latin1(&'a [u8]),
    Ucs2(&'a [u16]),
    Ucs4(&'a [u32]),
}

/// Latin-1 strs up to this many code points are stored inside the object (no second allocation).
const INLINE: usize = 22;

/// The storage of the code units.
enum Store {
    Inline { len: u8, buf: [u8; INLINE] },
    Latin1(Box<[u8]>),
    Ucs2(Box<[u16]>),
    Ucs4(Box<[u32]>),
}

/// The hash cache's mark for "not computed yet" (no str hashes to -1).
const NO_HASH: i64 = -1;

/// A Python str.
pub struct PyString {
    store: Store,
    hash: Cell<i64>,
    ascii: bool,
    /// Whether this object is the interpreter's interned copy.
    pub interned: Cell<bool>,
}

impl PyString {
    /// A str from Rust text.
    pub fn new(s: &str) -> PyString {
        if s.is_ascii() {
            return PyString::from_latin1_slice(s.as_bytes(), true);
        }
        PyString::from_code_points(s.chars().map(u32::from))
    }

    /// A latin-1 str copied from `bytes`, stored inline when short.
    fn from_latin1_slice(bytes: &[u8], ascii: bool) -> PyString {
        let store = if bytes.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..bytes.len()].copy_from_slice(bytes);
            Store::Inline { len: bytes.len() as u8, buf }
        } else {
            Store::Latin1(bytes.into())
        };
        PyString::from_store(store, ascii)
    }

    fn from_latin1(bytes: Box<[u8]>, ascii: bool) -> PyString {
        if bytes.len() <= INLINE {
            return PyString::from_latin1_slice(&bytes, ascii);
        }
        PyString::from_store(Store::Latin1(bytes), ascii)
    }

    fn from_store(store: Store, ascii: bool) -> PyString {
        PyString { store, ascii, hash: Cell::new(NO_HASH), interned: Cell::new(false) }
    }

    /// A str from Rust text, taking its buffer when it is ASCII.
    pub fn from_string(s: String) -> PyString {
        if s.is_ascii() {
            return PyString::from_latin1_vec(s.into_bytes(), true);
        }
        PyString::new(&s)
    }

    /// A str from latin-1 bytes; `ascii` must say whether they all are below 0x80.
    pub(crate) fn from_latin1_vec(v: Vec<u8>, ascii: bool) -> PyString {
        if v.len() <= INLINE {
            return PyString::from_latin1_slice(&v, ascii);
        }
        PyString::from_store(Store::Latin1(v.into_boxed_slice()), ascii)
    }

    /// A str from UCS-2 units of which at least one is 0x100 or more.
    pub(crate) fn from_ucs2_vec(v: Vec<u16>) -> PyString {
        PyString::from_store(Store::Ucs2(v.into_boxed_slice()), false)
    }

    /// A str from code points of which at least one is 0x10000 or more.
    pub(crate) fn from_ucs4_vec(v: Vec<u32>) -> PyString {
        PyString::from_store(Store::Ucs4(v.into_boxed_slice()), false)
    }

    /// A str from UCS-2 units, narrowed when they all fit latin-1.
    pub fn from_ucs2(units: &[u16]) -> PyString {
        let max = units.iter().copied().max().unwrap_or(0);
        if max < 0x100 {
            PyString::from_latin1(units.iter().map(|&c| c as u8).collect(), max < 0x80)
        } else {
            PyString::from_store(Store::Ucs2(units.into()), false)
        }
    }

    /// A str from code points, narrowed to the width that fits.
    pub fn from_ucs4(units: &[u32]) -> PyString {
        let max = units.iter().copied().max().unwrap_or(0);
        if max < 0x100 {
            PyString::from_latin1(units.iter().map(|&c| c as u8).collect(), max < 0x80)
        } else if max < 0x10000 {
            PyString::from_store(Store::Ucs2(units.iter().map(|&c| c as u16).collect()), false)
        } else {
            PyString::from_store(Store::Ucs4(units.into()), false)
        }
    }

    /// The width of the code units: 1, 2 or 4 bytes.
    #[inline]
    pub fn kind(&self) -> u8 {
        match self.data() {
            StrData::Latin1(_) => 1,
            StrData::Ucs2(_) => 2,
            StrData::Ucs4(_) => 4,
        }
    }

    /// The largest code point the storage width admits (0x7F for ASCII).
    #[inline]
    pub fn width_max(&self) -> u32 {
        match self.data() {
            StrData::Latin1(_) if self.ascii => 0x7F,
            StrData::Latin1(_) => 0xFF,
            StrData::Ucs2(_) => 0xFFFF,
            StrData::Ucs4(_) => 0x10FFFF,
        }
    }

    /// The latin-1 bytes, when the str is stored one byte per code point.
    #[inline]
    pub fn as_latin1(&self) -> Option<&[u8]> {
        match self.data() {
            StrData::Latin1(b) => Some(b),
            _ => None,
        }
    }

    /// A str from code points (surrogates allowed; each must be at most 0x10FFFF).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> PyString {
        let cps: Vec<u32> = cps.into_iter().collect();
        PyString::from_vec(cps)
    }

    /// A str from a vector of code points, stored in the narrowest width.
    pub fn from_vec(cps: Vec<u32>) -> PyString {
        let max = cps.iter().copied().max().unwrap_or(0);
        if max < 0x100 {
            PyString::from_latin1(cps.iter().map(|&c| c as u8).collect(), max < 0x80)
        } else if max < 0x10000 {
            PyString::from_store(Store::Ucs2(cps.iter().map(|&c| c as u16).collect()), false)
        } else {
            PyString::from_store(Store::Ucs4(cps.into_boxed_slice()), false)
        }
    }

    /// A str from latin-1 bytes (every byte one code point).
    pub fn from_latin1_bytes(bytes: &[u8]) -> PyString {
        PyString::from_latin1_slice(bytes, bytes.is_ascii())
    }

    /// The code units.
    #[inline]
    pub fn data(&self) -> StrData<'_> {
        match &self.store {
            Store::Inline { len, buf } => StrData::Latin1(&buf[..usize::from(*len)]),
            Store::Latin1(b) => StrData::Latin1(b),
            Store::Ucs2(b) => StrData::Ucs2(b),
            Store::Ucs4(b) => StrData::Ucs4(b),
        }
    }

    /// Length in code points.
    #[inline]
    pub fn len(&self) -> usize {
        match self.data() {
            StrData::Latin1(b) => b.len(),
            StrData::Ucs2(b) => b.len(),
            StrData::Ucs4(b) => b.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The text, when the str is ASCII (no copy).
    #[inline]
    pub fn as_ascii(&self) -> Option<&str> {
        match self.data() {
            // ASCII bytes are valid UTF-8.
            StrData::Latin1(b) if self.ascii => std::str::from_utf8(b).ok(),
            _ => None,
        }
    }

    /// The code point at index `i` (which must be in range).
    #[inline]
    pub fn get(&self, i: usize) -> u32 {
        match self.data() {
            StrData::Latin1(b) => u32::from(b[i]),
            StrData::Ucs2(b) => u32::from(b[i]),
            StrData::Ucs4(b) => b[i],
        }
    }

    /// The code points in order.
    pub fn chars(&self) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + '_ {
        let n = self.len();
        (0..n).map(move |i| self.get(i))
    }

    /// The largest code point (0 for the empty string).
    pub fn max_char(&self) -> u32 {
        match self.data() {
            StrData::Latin1(_) if self.ascii => self.chars_max_ascii(),
            StrData::Latin1(b) => b.iter().copied().max().map_or(0, u32::from),
            StrData::Ucs2(b) => b.iter().copied().max().map_or(0, u32::from),
            StrData::Ucs4(b) => b.iter().copied().max().unwrap_or(0),
        }
    }

    fn chars_max_ascii(&self) -> u32 {
        match self.data() {
            StrData::Latin1(b) => b.iter().copied().max().map_or(0, u32::from),
            _ => 0,
        }
    }

    /// The text as Rust sees it, lone surrogates replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        if let Some(s) = self.as_ascii() {
            return s.to_owned();
        }
        self.chars().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
    }

    /// The text, if it holds no lone surrogate.
    pub fn to_str(&self) -> Option<String> {
        if let Some(s) = self.as_ascii() {
            return Some(s.to_owned());
        }
        self.chars().map(char::from_u32).collect()
    }

    /// UTF-8 with each surrogate encoded on its own (CPython's "surrogatepass").
    pub fn to_wtf8(&self) -> Vec<u8> {
        if let Some(s) = self.as_ascii() {
            return s.as_bytes().to_vec();
        }
        let mut out = Vec::with_capacity(self.len());
        for c in self.chars() {
            crate::bytecode::pystr::push_code_point(&mut out, c);
        }
        out
    }

    /// The substring of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> PyString {
        let end = end.max(start);
        match self.data() {
            StrData::Latin1(b) if self.ascii => PyString::from_latin1_slice(&b[start..end], true),
            StrData::Latin1(b) => PyString::from_latin1_bytes(&b[start..end]),
            StrData::Ucs2(b) => PyString::from_ucs2(&b[start..end]),
            StrData::Ucs4(b) => PyString::from_ucs4(&b[start..end]),
        }
    }

    /// The str repeated `n` times.
    pub fn repeat(&self, n: usize) -> PyString {
        match self.data() {
            StrData::Latin1(b) => PyString::from_latin1(b.repeat(n).into_boxed_slice(), self.ascii),
            StrData::Ucs2(b) => PyString::from_store(Store::Ucs2(b.repeat(n).into_boxed_slice()), false),
            StrData::Ucs4(b) => PyString::from_store(Store::Ucs4(b.repeat(n).into_boxed_slice()), false),
        }
    }

    /// Code-point equality.
    pub fn equals(&self, other: &PyString) -> bool {
        if self.len() != other.len() {
            return false;
        }
        match (self.data(), other.data()) {
            (StrData::Latin1(a), StrData::Latin1(b)) => a == b,
            (StrData::Ucs2(a), StrData::Ucs2(b)) => a == b,
            (StrData::Ucs4(a), StrData::Ucs4(b)) => a == b,
            // Strings are stored in their narrowest width, so different widths differ.
            _ => false,
        }
    }

    /// Equality with Rust text.
    pub fn eq_str(&self, s: &str) -> bool {
        match self.as_ascii() {
            Some(a) => a == s,
            None => !s.is_ascii() && self.chars().eq(s.chars().map(u32::from)),
        }
    }

    /// Lexicographic comparison by code points.
    pub fn compare(&self, other: &PyString) -> std::cmp::Ordering {
        match (self.data(), other.data()) {
            (StrData::Latin1(a), StrData::Latin1(b)) => a.cmp(b),
            _ => self.chars().cmp(other.chars()),
        }
    }

    /// The cached hash, if computed.
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        if h == NO_HASH { None } else { Some(h) }
    }

    /// The hash under the interpreter's key (`(k0, k1)` of SipHash-1-3), cached.
    #[inline]
    pub fn hash(&self, key: (u64, u64)) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = hash_units(self.data(), key);
        self.hash.set(h);
        h
    }

    /// Concatenation.
    pub fn concat(&self, other: &PyString) -> PyString {
        if let (StrData::Latin1(a), StrData::Latin1(b)) = (self.data(), other.data()) {
            let ascii = self.ascii && other.ascii;
            let n = a.len() + b.len();
            if n <= INLINE {
                let mut buf = [0u8; INLINE];
                buf[..a.len()].copy_from_slice(a);
                buf[a.len()..n].copy_from_slice(b);
                return PyString::from_store(Store::Inline { len: n as u8, buf }, ascii);
            }
            let mut v = Vec::with_capacity(n);
            v.extend_from_slice(a);
            v.extend_from_slice(b);
            return PyString::from_store(Store::Latin1(v.into_boxed_slice()), ascii);
        }
        let mut b = StrBuilder::with_capacity(self.len() + other.len());
        b.push_pystr(self);
        b.push_pystr(other);
        b.finish()
    }
}

/// CPython's str hash: SipHash-1-3 over the code units in their canonical width (1, 2 or 4
/// bytes each, little-endian), 0 for the empty string, -1 mapped to -2.
fn hash_units(data: StrData<'_>, key: (u64, u64)) -> i64 {
    use siphasher::sip::SipHasher13;
    use std::hash::Hasher;
    let mut h = SipHasher13::new_with_keys(key.0, key.1);
    let empty = match data {
        StrData::Latin1(b) => {
            h.write(b);
            b.is_empty()
        }
        StrData::Ucs2(b) => {
            for u in b.iter() {
                h.write(&u.to_le_bytes());
            }
            b.is_empty()
        }
        StrData::Ucs4(b) => {
            for u in b.iter() {
                h.write(&u.to_le_bytes());
            }
            b.is_empty()
        }
    };
    if empty {
        return 0;
    }
    let v = h.finish() as i64;
    if v == -1 { -2 } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_and_indexing() {
        let a = PyString::new("abc");
        assert!(a.is_ascii());
        assert_eq!(a.get(1), 'b' as u32);
        let e = PyString::new("é€😀");
        assert_eq!(e.len(), 3);
        assert_eq!(e.get(2), 0x1F600);
        assert!(matches!(e.data(), StrData::Ucs4(_)));
        let s = PyString::from_code_points([0x61, 0xD800]);
        assert!(s.to_str().is_none());
        assert!(PyString::new("é").equals(&PyString::from_code_points([0xE9])));
    }

    #[test]
    fn hash_with_zero_key_matches_cpython() {
        // PYTHONHASHSEED=0 python3.12 -c "print(hash('abc'), hash('é'), hash('€'))"
        let key = (0, 0);
        assert_eq!(PyString::new("").hash(key), 0);
        assert_eq!(PyString::new("abc").hash(key), -4594863902769663758);
        assert_eq!(PyString::new("é").hash(key), 6047309291227476195);
        assert_eq!(PyString::new("€").hash(key), -5529981157763016009);
        assert_eq!(PyString::new("😀").hash(key), -3536540696076613844);
    }
}

impl crate::text::strings::CodePoints for PyString {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.chars()
    }
}
