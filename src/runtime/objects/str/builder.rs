//! `StrBuilder`: builds a `PyString` piece by piece in the narrowest code-unit width seen so far,
//! widening (latin-1 to UCS-2 to UCS-4) only when a wider code point arrives, so that ASCII and
//! latin-1 text is built byte by byte with no per-character allocation.

use super::{PyString, StrData};

enum Units {
    Latin1(Vec<u8>),
    Ucs2(Vec<u16>),
    Ucs4(Vec<u32>),
}

/// A str under construction.
pub struct StrBuilder {
    units: Units,
    /// Whether every code point so far is below 0x80.
    ascii: bool,
}

impl Default for StrBuilder {
    fn default() -> Self {
        StrBuilder::new()
    }
}

impl StrBuilder {
    pub fn new() -> StrBuilder {
        StrBuilder { units: Units::Latin1(Vec::new()), ascii: true }
    }

    pub fn with_capacity(n: usize) -> StrBuilder {
        StrBuilder { units: Units::Latin1(Vec::with_capacity(n)), ascii: true }
    }

    /// Length so far, in code points.
    pub fn len(&self) -> usize {
        match &self.units {
            Units::Latin1(v) => v.len(),
            Units::Ucs2(v) => v.len(),
            Units::Ucs4(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Makes room for code points up to `max` (widening the storage if needed).
    fn widen_for(&mut self, max: u32) {
        if max >= 0x80 {
            self.ascii = false;
        }
        match &mut self.units {
            Units::Latin1(v) if max >= 0x100 => {
                self.units = if max >= 0x10000 {
                    Units::Ucs4(v.iter().map(|&b| u32::from(b)).collect())
                } else {
                    Units::Ucs2(v.iter().map(|&b| u16::from(b)).collect())
                };
            }
            Units::Ucs2(v) if max >= 0x10000 => {
                self.units = Units::Ucs4(v.iter().map(|&b| u32::from(b)).collect());
            }
            _ => {}
        }
    }

    /// Appends one code point.
    #[inline]
    pub fn push(&mut self, c: u32) {
        if let Units::Latin1(v) = &mut self.units
            && c < 0x80
        {
            v.push(c as u8);
            return;
        }
        self.widen_for(c);
        match &mut self.units {
            Units::Latin1(v) => v.push(c as u8),
            Units::Ucs2(v) => v.push(c as u16),
            Units::Ucs4(v) => v.push(c),
        }
    }

    /// Appends `n` copies of a code point.
    pub fn push_repeat(&mut self, c: u32, n: usize) {
        if n == 0 {
            return;
        }
        self.widen_for(c);
        match &mut self.units {
            Units::Latin1(v) => v.resize(v.len() + n, c as u8),
            Units::Ucs2(v) => v.resize(v.len() + n, c as u16),
            Units::Ucs4(v) => v.resize(v.len() + n, c),
        }
    }

    /// Appends ASCII bytes (the caller guarantees they are ASCII).
    pub fn push_ascii(&mut self, s: &[u8]) {
        debug_assert!(s.is_ascii());
        match &mut self.units {
            Units::Latin1(v) => v.extend_from_slice(s),
            Units::Ucs2(v) => v.extend(s.iter().map(|&b| u16::from(b))),
            Units::Ucs4(v) => v.extend(s.iter().map(|&b| u32::from(b))),
        }
    }

    /// Appends Rust text.
    pub fn push_str(&mut self, s: &str) {
        if s.is_ascii() {
            self.push_ascii(s.as_bytes());
        } else {
            for c in s.chars() {
                self.push(u32::from(c));
            }
        }
    }

    /// Appends latin-1 bytes (each byte one code point).
    pub fn push_latin1(&mut self, s: &[u8]) {
        if !s.is_ascii() {
            self.widen_for(0xFF);
        }
        match &mut self.units {
            Units::Latin1(v) => v.extend_from_slice(s),
            Units::Ucs2(v) => v.extend(s.iter().map(|&b| u16::from(b))),
            Units::Ucs4(v) => v.extend(s.iter().map(|&b| u32::from(b))),
        }
    }

    /// Appends UCS-2 code units whose largest value is `max`.
    fn push_ucs2(&mut self, s: &[u16], max: u32) {
        self.widen_for(max);
        match &mut self.units {
            Units::Latin1(v) => v.extend(s.iter().map(|&c| c as u8)),
            Units::Ucs2(v) => v.extend_from_slice(s),
            Units::Ucs4(v) => v.extend(s.iter().map(|&c| u32::from(c))),
        }
    }

    fn push_ucs4(&mut self, s: &[u32], max: u32) {
        self.widen_for(max);
        match &mut self.units {
            Units::Latin1(v) => v.extend(s.iter().map(|&c| c as u8)),
            Units::Ucs2(v) => v.extend(s.iter().map(|&c| c as u16)),
            Units::Ucs4(v) => v.extend_from_slice(s),
        }
    }

    /// Appends the code points `start..end` of a str.
    pub fn push_slice(&mut self, s: &PyString, start: usize, end: usize) {
        if start >= end {
            return;
        }
        match s.data() {
            StrData::Latin1(b) => {
                let part = &b[start..end];
                if s.is_ascii() {
                    self.push_ascii(part);
                } else {
                    self.push_latin1(part);
                }
            }
            StrData::Ucs2(b) => {
                let part = &b[start..end];
                let max = part.iter().copied().max().map_or(0, u32::from);
                self.push_ucs2(part, max);
            }
            StrData::Ucs4(b) => {
                let part = &b[start..end];
                let max = part.iter().copied().max().unwrap_or(0);
                self.push_ucs4(part, max);
            }
        }
    }

    /// Appends a whole str.
    pub fn push_pystr(&mut self, s: &PyString) {
        match s.data() {
            StrData::Latin1(b) if s.is_ascii() => self.push_ascii(b),
            StrData::Latin1(b) => self.push_latin1(b),
            // A stored str's width tells its largest code point's range without a scan.
            StrData::Ucs2(b) => self.push_ucs2(b, 0xFF_FF),
            StrData::Ucs4(b) => self.push_ucs4(b, 0x10_FFFF),
        }
    }

    /// The finished str, in its canonical (narrowest) width.
    pub fn finish(self) -> PyString {
        match self.units {
            Units::Latin1(v) => PyString::from_latin1_vec(v, self.ascii),
            Units::Ucs2(v) => PyString::from_ucs2_vec(v),
            Units::Ucs4(v) => PyString::from_ucs4_vec(v),
        }
    }
}
