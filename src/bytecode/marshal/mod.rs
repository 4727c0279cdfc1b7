//! marshal format 4: reading and writing code objects and constants as CPython 3.12 does.
//!
//! Reading accepts every type code CPython 3.12's `marshal.loads` accepts, with its FLAG_REF
//! reference table, and fails with the exception CPython raises (`EOFError: marshal data too
//! short`, `ValueError: bad marshal data (...)`, ...). It never panics and never allocates more
//! than the input can justify: lengths are bounded by the remaining bytes, nesting by CPython's
//! limit of 2000, and objects reached through references count their full height against that
//! limit too, so that everything downstream can recurse over a loaded value safely.
//!
//! Code objects are validated as CPython's `_PyCode_Validate` and `_PyCode_New` do. Where pyrs
//! is stricter than CPython, it says so with a `ValueError` of its own:
//! - a name (`co_names`, `co_localsplusnames`, `co_name`, `co_qualname`) or `co_filename` that
//!   holds a lone surrogate is rejected, because pyrs keeps these as Rust strings; CPython's own
//!   compiler never produces such names, and a file name only carries surrogates when it was not
//!   valid UTF-8 on disk;
//! - a container that contains itself (possible in CPython through a reference to a tuple,
//!   list, dict or set that is still being read) is rejected, because pyrs constants are trees;
//! - comparing the elements of a set or the keys of a dict has a work budget, so that shared
//!   references cannot make deduplication exponential.
//!
//! Writing produces version 4 data that CPython 3.12 loads as an equal object. It uses the
//! interned string codes for names and identifier-like constants, and FLAG_REF references for
//! repeated strings, where they make the output smaller.

mod keys;
mod object;
mod read;
mod utf8;
mod write;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;

use super::code::{CodeObject, Constant};

pub use object::{Container, ObjectWriter};

/// The marshal format version this module writes.
pub const VERSION: u32 = 4;

/// CPython's nesting limit for reading and writing (`MAX_MARSHAL_STACK_DEPTH`).
pub const MAX_DEPTH: u32 = 2000;

/// The type codes (the low 7 bits of a type byte).
pub mod type_code {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const UNKNOWN: u8 = b'?';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    /// Bit 7 of a type byte: store the object in the reference table.
    pub const FLAG_REF: u8 = 0x80;
}

/// A marshal failure, with the exception CPython raises for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    /// `ValueError`, `EOFError`, `TypeError`, `SystemError` or `UnicodeDecodeError`.
    pub exc_type: &'static str,
    pub msg: String,
}

impl MarshalError {
    pub fn new(exc_type: &'static str, msg: impl Into<String>) -> MarshalError {
        MarshalError {
            exc_type,
            msg: msg.into(),
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> MarshalError {
        MarshalError::new("ValueError", msg)
    }

    /// `ValueError: bad marshal data (WHAT)`.
    pub(crate) fn bad(what: &str) -> MarshalError {
        MarshalError::value(format!("bad marshal data ({what})"))
    }

    pub(crate) fn too_short() -> MarshalError {
        MarshalError::new("EOFError", "marshal data too short")
    }
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exc_type, self.msg)
    }
}

impl std::error::Error for MarshalError {}

/// `marshal.dumps(value)` (version 4). Values nested more than `MAX_DEPTH` levels deep, which
/// neither the compiler nor the reader produce, are written anyway (CPython refuses them; see
/// `try_dumps`).
pub fn dumps(value: &Constant) -> Vec<u8> {
    let mut w = write::Writer::new(None);
    w.write_constant(value);
    w.finish()
}

/// `marshal.dumps(value)`, failing as CPython does on values nested too deeply
/// (`ValueError: object too deeply nested to marshal`) or too large for the format
/// (`ValueError: unmarshallable object`).
pub fn try_dumps(value: &Constant) -> Result<Vec<u8>, MarshalError> {
    let mut w = write::Writer::new(Some(MAX_DEPTH));
    w.write_constant(value);
    w.finish_checked()
}

/// `marshal.dumps(code)` for a code object that is not wrapped in a `Constant`.
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    dump_code_into(code, &mut out);
    out
}

/// Appends `marshal.dumps(code)` to `out` (used to build a .pyc after its header).
pub fn dump_code_into(code: &CodeObject, out: &mut Vec<u8>) {
    let mut w = write::Writer::with_buffer(std::mem::take(out), None);
    w.write_code(code);
    *out = w.finish();
}

/// `marshal.loads(data)`: the first object of `data` (trailing bytes are ignored, as in
/// CPython).
pub fn loads(data: &[u8]) -> Result<Constant, MarshalError> {
    read::Reader::new(data).read_top()
}

/// `marshal.load(file)`: the first object of `data` and how many bytes it took.
pub fn loads_prefix(data: &[u8]) -> Result<(Constant, usize), MarshalError> {
    let mut r = read::Reader::new(data);
    let c = r.read_top()?;
    Ok((c, r.position()))
}

/// Loads an object that must be a code object (the body of a .pyc).
pub fn loads_code(data: &[u8]) -> Result<Arc<CodeObject>, MarshalError> {
    match loads(data)? {
        Constant::Code(c) => Ok(c),
        other => Err(MarshalError::new(
            "TypeError",
            format!("expected a code object, not {}", other.type_name()),
        )),
    }
}
