//! `PyStr`: an immutable Python str as the front end and marshal see it, a sequence of code
//! points in which lone surrogates are allowed (as in CPython), stored as generalized UTF-8:
//! every code point, surrogates included, encoded on its own (what CPython's "surrogatepass"
//! UTF-8 codec produces, and what marshal writes for non-ASCII strings).

use std::fmt;
use std::sync::Arc;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyStr(Arc<[u8]>);

impl PyStr {
    /// A str from Rust text (never contains surrogates).
    pub fn new(s: &str) -> PyStr {
        PyStr(Arc::from(s.as_bytes()))
    }

    /// A str from code points; surrogates (0xD800..=0xDFFF) are kept as they are. Code points
    /// above 0x10FFFF are not representable and must not be passed.
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> PyStr {
        let mut out = Vec::new();
        for cp in cps {
            push_code_point(&mut out, cp);
        }
        PyStr(Arc::from(out))
    }

    /// Generalized UTF-8 bytes to a str, checking that they are well formed (surrogates allowed).
    /// This is CPython's UTF-8 decoding with "surrogatepass".
    pub fn from_wtf8(bytes: &[u8]) -> Result<PyStr, Utf8Error> {
        validate_wtf8(bytes)?;
        Ok(PyStr(Arc::from(bytes)))
    }

    /// Latin-1 bytes (each byte one code point) to a str.
    pub fn from_latin1(bytes: &[u8]) -> PyStr {
        if bytes.is_ascii() {
            return PyStr(Arc::from(bytes));
        }
        PyStr::from_code_points(bytes.iter().map(|&b| u32::from(b)))
    }

    /// The generalized UTF-8 bytes (equal to plain UTF-8 when there is no surrogate).
    pub fn as_wtf8(&self) -> &[u8] {
        &self.0
    }

    /// The text, if it holds no surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }

    /// The text, with each surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_owned(),
            None => self
                .code_points()
                .map(|cp| char::from_u32(cp).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.0.is_ascii()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Length in code points, as Python's `len()`.
    pub fn char_len(&self) -> usize {
        self.0.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }

    /// The code points in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.0 }
    }

    /// The largest code point, 0 for the empty string.
    pub fn max_code_point(&self) -> u32 {
        self.code_points().max().unwrap_or(0)
    }

    /// Concatenation.
    pub fn concat(&self, other: &PyStr) -> PyStr {
        let mut v = Vec::with_capacity(self.0.len() + other.0.len());
        v.extend_from_slice(&self.0);
        v.extend_from_slice(&other.0);
        PyStr(Arc::from(v))
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::new(s)
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr(Arc::from(s.into_bytes()))
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

/// Appends one code point in generalized UTF-8.
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.push(0xC0 | (cp >> 6) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    } else if cp < 0x10000 {
        out.push(0xE0 | (cp >> 12) as u8);
        out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    } else {
        out.push(0xF0 | (cp >> 18) as u8);
        out.push(0x80 | ((cp >> 12) & 0x3F) as u8);
        out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    }
}

/// Where generalized UTF-8 decoding failed, as CPython's UTF-8 decoder with "surrogatepass"
/// reports it in UnicodeDecodeError: the byte range of the bad sequence and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utf8Error {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl Utf8Error {
    /// UnicodeDecodeError's message for this error in `bytes`.
    pub fn message(&self, bytes: &[u8]) -> String {
        decode_error_message("utf-8", bytes, self.start, self.end, self.reason)
    }
}

/// UnicodeDecodeError's message: `codec` cannot decode `bytes[start..end]`.
pub fn decode_error_message(
    codec: &str,
    bytes: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    if end.saturating_sub(start) <= 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Checks generalized UTF-8 (UTF-8 that also admits encoded surrogates), reporting the first
/// error where CPython's decoder with "surrogatepass" does: each lead byte admits a range for its
/// second byte (which excludes overlong forms, surrogates and values above U+10FFFF), and the
/// handler then takes an encoded surrogate (ED A0..BF) when its third byte is there.
pub fn validate_wtf8(bytes: &[u8]) -> Result<(), Utf8Error> {
    const START: &str = "invalid start byte";
    const CONT: &str = "invalid continuation byte";
    const EOD: &str = "unexpected end of data";
    let err =
        |start: usize, end: usize, reason: &'static str| Err(Utf8Error { start, end, reason });
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (len, lo, hi) = match b {
            0x00..=0x7F => {
                i += 1;
                continue;
            }
            0xC2..=0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xED => (3, 0x80, 0x9F),
            0xE1..=0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            0xF1..=0xF3 => (4, 0x80, 0xBF),
            _ => return err(i, i + 1, START),
        };
        let Some(&c1) = bytes.get(i + 1) else {
            return err(i, n, EOD);
        };
        if !(lo..=hi).contains(&c1) {
            // An encoded surrogate: "surrogatepass" accepts ED A0..BF 80..BF.
            if b == 0xED
                && (0xA0..=0xBF).contains(&c1)
                && bytes.get(i + 2).is_some_and(|&c| is_continuation(c))
            {
                i += 3;
                continue;
            }
            return err(i, i + 1, CONT);
        }
        for k in 2..len {
            match bytes.get(i + k) {
                None => return err(i, n, EOD),
                Some(&c) if !is_continuation(c) => return err(i, i + k, CONT),
                Some(_) => {}
            }
        }
        i += len;
    }
    Ok(())
}

/// Iterator over the code points of a `PyStr`.
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        let (&b, rest) = self.bytes.split_first()?;
        if b < 0x80 {
            self.bytes = rest;
            return Some(u32::from(b));
        }
        let len = if b >= 0xF0 {
            4
        } else if b >= 0xE0 {
            3
        } else {
            2
        };
        let len = len.min(self.bytes.len());
        let mut cp = u32::from(b) & (0x7F >> len);
        for &c in &self.bytes[1..len] {
            cp = (cp << 6) | u32::from(c & 0x3F);
        }
        self.bytes = &self.bytes[len..];
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let s = PyStr::from_code_points([0x61, 0xD800, 0x1F600, 0xDC00]);
        assert_eq!(s.char_len(), 4);
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0x61, 0xD800, 0x1F600, 0xDC00]);
        assert!(s.as_str().is_none());
        assert_eq!(PyStr::from_wtf8(s.as_wtf8()).unwrap(), s);
    }

    #[test]
    fn rejects_bad_utf8() {
        assert!(PyStr::from_wtf8(b"\xff").is_err());
        assert!(PyStr::from_wtf8(b"\xc0\x80").is_err());
        assert!(PyStr::from_wtf8(b"\xe2\x82").is_err());
        assert_eq!(PyStr::from_wtf8("é".as_bytes()).unwrap().as_str(), Some("é"));
    }
}
