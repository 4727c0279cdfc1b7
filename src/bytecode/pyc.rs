//! The .pyc file: CPython 3.12's 16-byte header (magic 3531, flags, timestamp or SipHash-1-3
//! source hash) followed by a marshalled code object. (Placeholder while being written.)

/// The magic number of CPython 3.12 pycs.
pub const MAGIC_NUMBER: u16 = 3531;
/// The magic as it appears in the file.
pub const MAGIC: [u8; 4] = [0xcb, 0x0d, 0x0d, 0x0a];
