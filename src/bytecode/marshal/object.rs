//! The output side of `marshal.dumps` for runtime values, at any format version (0 to 4).
//!
//! The caller walks its objects as CPython's `w_object` does and tells this writer, object by
//! object, what to write: the type codes depend on the version (text floats before version 2,
//! no references before version 3, no short string and small tuple codes before version 4),
//! and the caller decides which objects get FLAG_REF (CPython flags an object whose reference
//! count is above one) and when an object already written is written again as a reference.
//! The caller writes a code object's fields as objects, after `code_header`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::type_code as tc;
use super::write::write_long_digits;
use super::{MAX_DEPTH, MarshalError};

/// A sequence or set header.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Container {
    Tuple,
    List,
    Set,
    FrozenSet,
}

pub struct ObjectWriter {
    out: Vec<u8>,
    version: i64,
    next_ref: u32,
    depth: u32,
    error: Option<MarshalError>,
}

impl ObjectWriter {
    pub fn new(version: i64) -> ObjectWriter {
        ObjectWriter {
            out: Vec::new(),
            version,
            next_ref: 0,
            depth: 0,
            error: None,
        }
    }

    /// The bytes written, or the first error (`ValueError: unmarshallable object`, `object
    /// too deeply nested to marshal`).
    pub fn finish(self) -> Result<Vec<u8>, MarshalError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }

    pub fn failed(&self) -> bool {
        self.error.is_some()
    }

    pub fn version(&self) -> i64 {
        self.version
    }

    /// Records an error (the first one stays).
    pub fn set_error(&mut self, e: MarshalError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    fn fail(&mut self, msg: &str) {
        if self.error.is_none() {
            self.error = Some(MarshalError::value(msg));
        }
    }

    /// Marks the value being written as unmarshallable (TYPE_UNKNOWN, as CPython leaves it).
    pub fn unmarshallable(&mut self, flag: u8) {
        self.out.push(tc::UNKNOWN | flag);
        self.fail("unmarshallable object");
    }

    /// Enters an object; false (and the nesting error) past CPython's limit.
    pub fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.fail("object too deeply nested to marshal");
            return false;
        }
        true
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A number for a new reference, if this version writes references (the caller then
    /// passes FLAG_REF with the object's type byte).
    pub fn new_ref(&mut self) -> Option<u32> {
        if self.version < 3 || self.next_ref >= i32::MAX as u32 {
            return None;
        }
        self.next_ref += 1;
        Some(self.next_ref - 1)
    }

    /// A reference to an object written before.
    pub fn reference(&mut self, index: u32) {
        self.out.push(tc::REF);
        self.out.extend_from_slice(&(index as i32).to_le_bytes());
    }

    /// A one-byte object: None, True, False, Ellipsis, StopIteration, or the NULL that ends
    /// a dict.
    pub fn code_byte(&mut self, code: u8) {
        self.out.push(code);
    }

    fn size(&mut self, n: usize) {
        let v = match i32::try_from(n) {
            Ok(v) => v,
            Err(_) => {
                self.fail("unmarshallable object");
                i32::MAX
            }
        };
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    pub fn int(&mut self, i: &BigInt, flag: u8) {
        if let Some(v) = i.to_i32() {
            self.out.push(tc::INT | flag);
            self.out.extend_from_slice(&v.to_le_bytes());
            return;
        }
        self.out.push(tc::LONG | flag);
        if write_long_digits(&mut self.out, i).is_err() {
            self.fail("unmarshallable object");
        }
    }

    fn float_text(&mut self, f: f64) {
        let s = format_g17(f);
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }

    pub fn float(&mut self, f: f64, flag: u8) {
        if self.version > 1 {
            self.out.push(tc::BINARY_FLOAT | flag);
            self.out.extend_from_slice(&f.to_le_bytes());
        } else {
            self.out.push(tc::FLOAT | flag);
            self.float_text(f);
        }
    }

    pub fn complex(&mut self, re: f64, im: f64, flag: u8) {
        if self.version > 1 {
            self.out.push(tc::BINARY_COMPLEX | flag);
            self.out.extend_from_slice(&re.to_le_bytes());
            self.out.extend_from_slice(&im.to_le_bytes());
        } else {
            self.out.push(tc::COMPLEX | flag);
            self.float_text(re);
            self.float_text(im);
        }
    }

    pub fn bytes(&mut self, b: &[u8], flag: u8) {
        self.out.push(tc::STRING | flag);
        self.size(b.len());
        self.out.extend_from_slice(b);
    }

    /// A str, as its UTF-8 bytes with surrogates passed through.
    pub fn str(&mut self, wtf8: &[u8], interned: bool, flag: u8) {
        if self.version >= 4 && wtf8.is_ascii() {
            if wtf8.len() < 256 {
                let code = if interned {
                    tc::SHORT_ASCII_INTERNED
                } else {
                    tc::SHORT_ASCII
                };
                self.out.push(code | flag);
                self.out.push(wtf8.len() as u8);
            } else {
                let code = if interned {
                    tc::ASCII_INTERNED
                } else {
                    tc::ASCII
                };
                self.out.push(code | flag);
                self.size(wtf8.len());
            }
        } else {
            let code = if self.version >= 3 && interned {
                tc::INTERNED
            } else {
                tc::UNICODE
            };
            self.out.push(code | flag);
            self.size(wtf8.len());
        }
        self.out.extend_from_slice(wtf8);
    }

    /// The header of a container of `n` items, which the caller writes next.
    pub fn container(&mut self, kind: Container, n: usize, flag: u8) {
        match kind {
            Container::Tuple if self.version >= 4 && n < 256 => {
                self.out.push(tc::SMALL_TUPLE | flag);
                self.out.push(n as u8);
            }
            _ => {
                let code = match kind {
                    Container::Tuple => tc::TUPLE,
                    Container::List => tc::LIST,
                    Container::Set => tc::SET,
                    Container::FrozenSet => tc::FROZENSET,
                };
                self.out.push(code | flag);
                self.size(n);
            }
        }
    }

    /// The start of a dict: the caller writes keys and values, then `code_byte(NULL)`.
    pub fn dict(&mut self, flag: u8) {
        self.out.push(tc::DICT | flag);
    }

    /// The start of a code object: its type byte and five int fields (argcount,
    /// posonlyargcount, kwonlyargcount, stacksize, flags); the caller writes the rest.
    pub fn code_header(&mut self, flag: u8, fields: [i32; 5]) {
        self.out.push(tc::CODE | flag);
        for f in fields {
            self.raw_i32(f);
        }
    }

    /// A bare 4-byte int inside an object (a code object's first line number).
    pub fn raw_i32(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
}

/// C's `%.17g`, as CPython writes floats in marshal versions 0 and 1.
pub fn format_g17(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // 17 significant digits in scientific form give the exponent.
    let sci = format!("{:.16e}", f);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..17).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", strip(mant), sign, exp.unsigned_abs())
    } else {
        let decimals = (16 - exp).max(0) as usize;
        strip(&format!("{:.*}", decimals, f))
    }
}
