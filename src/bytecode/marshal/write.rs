//! The marshal writer (version 4): interned string codes for names and identifier-like
//! constants, as CPython's compiler leaves them interned, and FLAG_REF references for strings
//! that occur again, where a reference is shorter than the string, and for shared containers
//! and code objects (an `Arc` held more than once, as CPython flags objects whose reference
//! count is above one), so that shared structure is written once.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use rustc_hash::FxHashMap;

use super::MarshalError;
use super::type_code as tc;
use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::pystr::PyStr;

pub(super) struct Writer<'v> {
    out: Vec<u8>,
    /// Strings already written with FLAG_REF, by content, and their reference index.
    strings: FxHashMap<&'v [u8], u32>,
    /// Shared objects already written with FLAG_REF, by address, and their reference index.
    shared: FxHashMap<*const u8, u32>,
    next_ref: u32,
    depth: u32,
    limit: Option<u32>,
    error: Option<MarshalError>,
}

/// How a string is to be written.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Interned {
    Yes,
    No,
}

/// `[A-Za-z0-9_]*`: the constants CPython's code constructor interns.
fn all_name_chars(s: &[u8]) -> bool {
    s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

/// An identifier (ASCII or not): the names CPython's parser interns.
fn identifier_like(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl<'v> Writer<'v> {
    pub(super) fn new(limit: Option<u32>) -> Writer<'v> {
        Writer::with_buffer(Vec::new(), limit)
    }

    pub(super) fn with_buffer(out: Vec<u8>, limit: Option<u32>) -> Writer<'v> {
        Writer {
            out,
            strings: FxHashMap::default(),
            shared: FxHashMap::default(),
            next_ref: 0,
            depth: 0,
            limit,
            error: None,
        }
    }

    pub(super) fn finish(self) -> Vec<u8> {
        self.out
    }

    pub(super) fn finish_checked(self) -> Result<Vec<u8>, MarshalError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }

    fn fail(&mut self, msg: &str) {
        if self.error.is_none() {
            self.error = Some(MarshalError::value(msg));
        }
    }

    fn u8(&mut self, b: u8) {
        self.out.push(b);
    }

    fn i32(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn size(&mut self, n: usize) {
        match i32::try_from(n) {
            Ok(v) => self.i32(v),
            Err(_) => {
                self.fail("unmarshallable object");
                self.i32(i32::MAX);
            }
        }
    }

    fn bytes(&mut self, b: &[u8]) {
        self.u8(tc::STRING);
        self.size(b.len());
        self.out.extend_from_slice(b);
    }

    /// Enters one nesting level; false (and an error) past the limit.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.limit.is_some_and(|l| self.depth > l) {
            self.fail("object too deeply nested to marshal");
            self.depth -= 1;
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A str given as generalized UTF-8 bytes.
    fn string(&mut self, s: &'v [u8], interned: Interned) {
        if !self.enter() {
            return;
        }
        let ascii = s.is_ascii();
        let short = ascii && s.len() < 256;
        if let Some(&idx) = self.strings.get(s) {
            self.u8(tc::REF);
            self.i32(idx as i32);
            self.leave();
            return;
        }
        // A reference costs 5 bytes: worth it when the string costs more to repeat.
        let worth_ref = if short { s.len() > 3 } else { true };
        let mut flag = 0;
        if worth_ref && self.next_ref < i32::MAX as u32 {
            self.strings.insert(s, self.next_ref);
            self.next_ref += 1;
            flag = tc::FLAG_REF;
        }
        let code = match (ascii, short, interned) {
            (true, true, Interned::Yes) => tc::SHORT_ASCII_INTERNED,
            (true, true, Interned::No) => tc::SHORT_ASCII,
            (true, false, Interned::Yes) => tc::ASCII_INTERNED,
            (true, false, Interned::No) => tc::ASCII,
            (false, _, Interned::Yes) => tc::INTERNED,
            (false, _, Interned::No) => tc::UNICODE,
        };
        self.u8(code | flag);
        if short {
            self.u8(s.len() as u8);
        } else {
            self.size(s.len());
        }
        self.out.extend_from_slice(s);
        self.leave();
    }

    fn pystr(&mut self, s: &'v PyStr) {
        let b = s.as_wtf8();
        let interned = if all_name_chars(b) {
            Interned::Yes
        } else {
            Interned::No
        };
        self.string(b, interned);
    }

    fn name(&mut self, s: &'v str, interned: Interned) {
        self.string(s.as_bytes(), interned);
    }

    fn int(&mut self, i: &BigInt) {
        if let Some(v) = i.to_i32() {
            self.u8(tc::INT);
            self.i32(v);
            return;
        }
        self.u8(tc::LONG);
        if write_long_digits(&mut self.out, i).is_err() {
            self.fail("unmarshallable object");
        }
    }

    fn items(&mut self, items: &'v [Constant]) {
        for item in items {
            self.write_constant(item);
        }
    }

    /// For an object held more than once: a reference if it was written before (true), or
    /// else the FLAG_REF bit to set on its type byte.
    fn shared_ref(&mut self, ptr: *const u8, count: usize) -> Result<u8, ()> {
        if count < 2 {
            return Ok(0);
        }
        if let Some(&idx) = self.shared.get(&ptr) {
            self.u8(tc::REF);
            self.i32(idx as i32);
            return Err(());
        }
        if self.next_ref >= i32::MAX as u32 {
            return Ok(0);
        }
        self.shared.insert(ptr, self.next_ref);
        self.next_ref += 1;
        Ok(tc::FLAG_REF)
    }

    pub(super) fn write_constant(&mut self, c: &'v Constant) {
        if let Constant::Str(s) = c {
            self.pystr(s);
            return;
        }
        if !self.enter() {
            return;
        }
        let identity = match c {
            Constant::Tuple(r) | Constant::List(r) | Constant::Set(r) | Constant::FrozenSet(r) => {
                Some((Arc::as_ptr(r) as *const u8, Arc::strong_count(r)))
            }
            Constant::Dict(r) => Some((Arc::as_ptr(r) as *const u8, Arc::strong_count(r))),
            Constant::Bytes(r) => Some((Arc::as_ptr(r) as *const u8, Arc::strong_count(r))),
            Constant::Code(r) => Some((Arc::as_ptr(r) as *const u8, Arc::strong_count(r))),
            _ => None,
        };
        let flag = match identity {
            Some((ptr, count)) => match self.shared_ref(ptr, count) {
                Ok(flag) => flag,
                Err(()) => {
                    self.leave();
                    return;
                }
            },
            None => 0,
        };
        let start = self.out.len();
        self.write_body(c);
        if let Some(b) = self.out.get_mut(start).filter(|_| flag != 0) {
            *b |= flag;
        }
        self.leave();
    }

    fn write_body(&mut self, c: &'v Constant) {
        match c {
            Constant::None => self.u8(tc::NONE),
            Constant::Bool(true) => self.u8(tc::TRUE),
            Constant::Bool(false) => self.u8(tc::FALSE),
            Constant::Ellipsis => self.u8(tc::ELLIPSIS),
            Constant::StopIteration => self.u8(tc::STOPITER),
            Constant::Int(i) => self.int(i),
            Constant::Float(f) => {
                self.u8(tc::BINARY_FLOAT);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Constant::Complex { re, im } => {
                self.u8(tc::BINARY_COMPLEX);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
            }
            Constant::Str(_) => {}
            Constant::Bytes(b) => self.bytes(b),
            Constant::Tuple(items) => {
                if items.len() < 256 {
                    self.u8(tc::SMALL_TUPLE);
                    self.u8(items.len() as u8);
                } else {
                    self.u8(tc::TUPLE);
                    self.size(items.len());
                }
                self.items(items);
            }
            Constant::List(items) => {
                self.u8(tc::LIST);
                self.size(items.len());
                self.items(items);
            }
            Constant::FrozenSet(items) => {
                self.u8(tc::FROZENSET);
                self.size(items.len());
                self.items(items);
            }
            Constant::Set(items) => {
                self.u8(tc::SET);
                self.size(items.len());
                self.items(items);
            }
            Constant::Dict(pairs) => {
                self.u8(tc::DICT);
                for (k, v) in pairs.iter() {
                    self.write_constant(k);
                    self.write_constant(v);
                }
                self.u8(tc::NULL);
            }
            Constant::Code(code) => self.code_body(code),
        }
    }

    /// A code object at the top level.
    pub(super) fn write_code(&mut self, code: &'v CodeObject) {
        if self.enter() {
            self.code_body(code);
            self.leave();
        }
    }

    fn name_tuple(&mut self, names: &'v [Arc<str>]) {
        if !self.enter() {
            return;
        }
        if names.len() < 256 {
            self.u8(tc::SMALL_TUPLE);
            self.u8(names.len() as u8);
        } else {
            self.u8(tc::TUPLE);
            self.size(names.len());
        }
        for n in names {
            self.name(n, Interned::Yes);
        }
        self.leave();
    }

    fn nested_bytes(&mut self, b: &[u8]) {
        if self.enter() {
            self.bytes(b);
            self.leave();
        }
    }

    fn code_body(&mut self, code: &'v CodeObject) {
        let int = |v: u32| v.min(i32::MAX as u32) as i32;
        self.u8(tc::CODE);
        self.i32(int(code.argcount));
        self.i32(int(code.posonlyargcount));
        self.i32(int(code.kwonlyargcount));
        self.i32(int(code.stacksize));
        self.i32(int(code.flags));
        self.nested_bytes(&code.code);
        if self.enter() {
            let n = code.consts.len();
            if n < 256 {
                self.u8(tc::SMALL_TUPLE);
                self.u8(n as u8);
            } else {
                self.u8(tc::TUPLE);
                self.size(n);
            }
            self.items(&code.consts);
            self.leave();
        }
        self.name_tuple(&code.names);
        self.name_tuple(&code.localsplusnames);
        self.nested_bytes(&code.localspluskinds);
        self.name(&code.filename, Interned::No);
        let name_interned = if identifier_like(&code.name) {
            Interned::Yes
        } else {
            Interned::No
        };
        self.name(&code.name, name_interned);
        let qual_interned = if identifier_like(&code.qualname) {
            Interned::Yes
        } else {
            Interned::No
        };
        self.name(&code.qualname, qual_interned);
        self.i32(code.firstlineno);
        self.nested_bytes(&code.linetable);
        self.nested_bytes(&code.exceptiontable);
    }
}

/// The body of TYPE_LONG: a signed count of 15-bit digits, least significant first (Err when
/// the count does not fit the format; a maximal count is written then).
pub(super) fn write_long_digits(out: &mut Vec<u8>, i: &BigInt) -> Result<(), ()> {
    let (sign, digits) = i.to_u32_digits();
    let mut d15: Vec<u16> = Vec::with_capacity(digits.len() * 32 / 15 + 1);
    let mut acc: u64 = 0;
    let mut bits = 0;
    for d in digits {
        acc |= u64::from(d) << bits;
        bits += 32;
        while bits >= 15 {
            d15.push((acc & 0x7FFF) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if bits > 0 {
        d15.push((acc & 0x7FFF) as u16);
    }
    while d15.last() == Some(&0) {
        d15.pop();
    }
    let (n, ok) = match i32::try_from(d15.len()) {
        Ok(n) => (n, true),
        Err(_) => (i32::MAX, false),
    };
    out.extend_from_slice(&(if sign == Sign::Minus { -n } else { n }).to_le_bytes());
    for d in d15 {
        out.extend_from_slice(&d.to_le_bytes());
    }
    if ok { Ok(()) } else { Err(()) }
}
