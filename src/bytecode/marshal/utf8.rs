//! Decoding marshal's UTF-8 strings (`u`, `t`) with CPython's "surrogatepass" rules (those of
//! `PyStr::from_wtf8`), and the `UnicodeDecodeError` CPython raises for malformed data.

use super::MarshalError;
use crate::bytecode::pystr::PyStr;

/// Decodes UTF-8 in which encoded surrogates are allowed.
pub(super) fn decode_surrogatepass(bytes: &[u8]) -> Result<PyStr, MarshalError> {
    PyStr::from_wtf8(bytes).map_err(|e| MarshalError::new("UnicodeDecodeError", e.message(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(b: &[u8]) -> String {
        decode_surrogatepass(b).unwrap_err().msg
    }

    #[test]
    fn messages_match_cpython() {
        assert_eq!(
            err(b"\xff\xfe"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            err(b"\x80"),
            "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"
        );
        assert_eq!(
            err(b"\xc0\x80"),
            "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
        );
        assert_eq!(
            err(b"\xf4\x90\x80\x80"),
            "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"
        );
        assert_eq!(
            err(b"\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            err(b"ab\xe2\x82\x41"),
            "'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte"
        );
        assert_eq!(
            err(b"\xed\xa0"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
    }

    #[test]
    fn surrogates_pass() {
        let s = decode_surrogatepass(b"\xed\xa0\x80x").unwrap();
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0xD800, 0x78]);
    }
}
