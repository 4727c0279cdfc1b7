//! The .pyc file: CPython 3.12's 16-byte header (magic 3531, flags, timestamp or SipHash-1-3
//! source hash) followed by a marshalled code object; building and checking headers as
//! importlib does, the `__pycache__` naming rules, and the atomic writer.

pub mod fspath;
mod paths;
mod write;

use std::fmt;
use std::sync::Arc;

use siphasher::sip::SipHasher13;

use super::code::CodeObject;
use super::marshal::{self, MarshalError};
use crate::text::{bytes_repr, str_repr};
pub use paths::{cache_from_source, cache_from_source_with_prefix, source_from_cache};
pub use write::{OsError, calc_mode, create_parent_dirs, set_data, source_mtime, write_atomic};

/// The magic number of CPython 3.12 pycs.
pub const MAGIC_NUMBER: u16 = 3531;
/// The magic as it appears in the file.
pub const MAGIC: [u8; 4] = [0xcb, 0x0d, 0x0d, 0x0a];
/// The magic read as a little-endian u32 (importlib's `_RAW_MAGIC_NUMBER`), the SipHash key.
pub const RAW_MAGIC_NUMBER: u32 = u32::from_le_bytes(MAGIC);
/// Length of the header.
pub const HEADER_LEN: usize = 16;
/// Flags bit 0: the pyc is validated by a source hash rather than a timestamp.
pub const FLAG_HASH_BASED: u32 = 0b01;
/// Flags bit 1 (with bit 0): importlib checks the hash against the source.
pub const FLAG_CHECK_SOURCE: u32 = 0b10;

/// `importlib.util.source_hash(source)`: SipHash-1-3 keyed with the magic, over the raw source
/// bytes, little-endian.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    SipHasher13::new_with_keys(u64::from(RAW_MAGIC_NUMBER), 0)
        .hash(source)
        .to_le_bytes()
}

/// How a pyc is checked against its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// Flags 0: the source's mtime and size (each truncated to 32 bits).
    Timestamp { mtime: u32, source_size: u32 },
    /// Flags 1 (unchecked) or 3 (checked): the source hash.
    Hash { hash: [u8; 8], check_source: bool },
}

/// A parsed header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PycHeader {
    /// The raw flags word.
    pub flags: u32,
    pub validation: Validation,
}

impl PycHeader {
    /// A timestamp header; `mtime` and `size` are truncated to 32 bits as importlib does.
    pub fn timestamp(mtime: i64, size: u64) -> PycHeader {
        PycHeader {
            flags: 0,
            validation: Validation::Timestamp {
                mtime: mtime as u32,
                source_size: size as u32,
            },
        }
    }

    /// A hash-based header for `source`.
    pub fn hash_of(source: &[u8], check_source: bool) -> PycHeader {
        PycHeader::hash(source_hash(source), check_source)
    }

    pub fn hash(hash: [u8; 8], check_source: bool) -> PycHeader {
        let flags = FLAG_HASH_BASED | if check_source { FLAG_CHECK_SOURCE } else { 0 };
        PycHeader {
            flags,
            validation: Validation::Hash { hash, check_source },
        }
    }

    /// The 16 header bytes.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[..4].copy_from_slice(&MAGIC);
        out[4..8].copy_from_slice(&self.flags.to_le_bytes());
        match self.validation {
            Validation::Timestamp { mtime, source_size } => {
                out[8..12].copy_from_slice(&mtime.to_le_bytes());
                out[12..16].copy_from_slice(&source_size.to_le_bytes());
            }
            Validation::Hash { hash, .. } => out[8..16].copy_from_slice(&hash),
        }
        out
    }
}

/// A failure reading a pyc: the exception importlib or marshal raises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PycError {
    /// `ImportError`, `EOFError`, or a marshal error's type.
    pub exc_type: &'static str,
    pub msg: String,
}

impl PycError {
    fn import(msg: String) -> PycError {
        PycError {
            exc_type: "ImportError",
            msg,
        }
    }
}

impl fmt::Display for PycError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exc_type, self.msg)
    }
}

impl std::error::Error for PycError {}

impl From<MarshalError> for PycError {
    fn from(e: MarshalError) -> PycError {
        PycError {
            exc_type: e.exc_type,
            msg: e.msg,
        }
    }
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&data[at..at + 4]);
    u32::from_le_bytes(b)
}

/// importlib's `_classify_pyc`: checks the magic and the flags of a pyc's first 16 bytes.
/// `name` is the module name used in the messages.
pub fn classify_pyc(data: &[u8], name: &str) -> Result<PycHeader, PycError> {
    let magic = &data[..data.len().min(4)];
    if magic != MAGIC {
        return Err(PycError::import(format!(
            "bad magic number in {}: {}",
            str_repr(name),
            bytes_repr(magic)
        )));
    }
    if data.len() < HEADER_LEN {
        return Err(PycError {
            exc_type: "EOFError",
            msg: format!(
                "reached EOF while reading pyc header of {}",
                str_repr(name)
            ),
        });
    }
    let flags = u32_at(data, 4);
    if flags & !0b11 != 0 {
        return Err(PycError::import(format!(
            "invalid flags {flags} in {}",
            str_repr(name)
        )));
    }
    let validation = if flags & FLAG_HASH_BASED != 0 {
        let mut hash = [0u8; 8];
        hash.copy_from_slice(&data[8..16]);
        Validation::Hash {
            hash,
            check_source: flags & FLAG_CHECK_SOURCE != 0,
        }
    } else {
        Validation::Timestamp {
            mtime: u32_at(data, 8),
            source_size: u32_at(data, 12),
        }
    };
    Ok(PycHeader { flags, validation })
}

/// importlib's `_validate_timestamp_pyc`: the pyc is stale unless its mtime and size match
/// the source's (`source_size` None skips the size check).
pub fn validate_timestamp(
    header: &PycHeader,
    source_mtime: i64,
    source_size: Option<u64>,
    name: &str,
) -> Result<(), PycError> {
    let stale = || PycError::import(format!("bytecode is stale for {}", str_repr(name)));
    match header.validation {
        Validation::Timestamp {
            mtime,
            source_size: size,
        } => {
            if mtime != source_mtime as u32 {
                return Err(stale());
            }
            if source_size.is_some_and(|s| size != s as u32) {
                return Err(stale());
            }
            Ok(())
        }
        Validation::Hash { .. } => Err(stale()),
    }
}

/// importlib's `_validate_hash_pyc`.
pub fn validate_hash(
    header: &PycHeader,
    source_hash: &[u8; 8],
    name: &str,
) -> Result<(), PycError> {
    match header.validation {
        Validation::Hash { hash, .. } if &hash == source_hash => Ok(()),
        _ => Err(PycError::import(format!(
            "hash in bytecode doesn't match hash of source {}",
            str_repr(name)
        ))),
    }
}

/// Reads a whole pyc: the header (checked as `classify_pyc` does) and the code object.
/// `name` is the module name for header messages, `path` the file for "Non-code object in".
pub fn read_pyc(
    data: &[u8],
    name: &str,
    path: &str,
) -> Result<(PycHeader, Arc<CodeObject>), PycError> {
    let header = classify_pyc(data, name)?;
    match marshal::loads(&data[HEADER_LEN..])? {
        super::code::Constant::Code(code) => Ok((header, code)),
        _ => Err(PycError::import(format!(
            "Non-code object in {}",
            str_repr(path)
        ))),
    }
}

/// The bytes of a pyc: header and marshalled code.
pub fn build_pyc(code: &CodeObject, header: &PycHeader) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + 64 + code.code.len() * 4);
    out.extend_from_slice(&header.to_bytes());
    marshal::dump_code_into(code, &mut out);
    out
}

/// importlib's `_code_to_timestamp_pyc`.
pub fn timestamp_pyc(code: &CodeObject, mtime: i64, source_size: u64) -> Vec<u8> {
    build_pyc(code, &PycHeader::timestamp(mtime, source_size))
}

/// importlib's `_code_to_hash_pyc`.
pub fn hash_pyc(code: &CodeObject, hash: [u8; 8], checked: bool) -> Vec<u8> {
    build_pyc(code, &PycHeader::hash(hash, checked))
}

#[cfg(test)]
mod tests;
