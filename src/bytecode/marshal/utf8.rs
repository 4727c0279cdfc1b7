//! Decoding marshal's UTF-8 strings (`u`, `t`) with CPython's "surrogatepass" rules, and the
//! exact `UnicodeDecodeError` CPython raises for malformed data.

use super::MarshalError;
use crate::bytecode::pystr::PyStr;

/// Decodes UTF-8 in which encoded surrogates are allowed.
pub(super) fn decode_surrogatepass(bytes: &[u8]) -> Result<PyStr, MarshalError> {
    if let Ok(s) = PyStr::from_wtf8(bytes) {
        return Ok(s);
    }
    let (start, end, reason) = first_error(bytes);
    let msg = if end - start <= 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    Err(MarshalError::new("UnicodeDecodeError", msg))
}

fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Where CPython's UTF-8 decoder (with the surrogatepass handler) reports the first error:
/// start, end and reason.
fn first_error(bytes: &[u8]) -> (usize, usize, &'static str) {
    const START: &str = "invalid start byte";
    const CONT: &str = "invalid continuation byte";
    const EOD: &str = "unexpected end of data";
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
            _ => return (i, i + 1, START),
        };
        let Some(&c1) = bytes.get(i + 1) else {
            return (i, n, EOD);
        };
        if !(lo..=hi).contains(&c1) {
            // An encoded surrogate: the surrogatepass handler accepts ED A0..BF 80..BF.
            if b == 0xED
                && (0xA0..=0xBF).contains(&c1)
                && bytes.get(i + 2).is_some_and(|&c| is_cont(c))
            {
                i += 3;
                continue;
            }
            return (i, i + 1, CONT);
        }
        for k in 2..len {
            match bytes.get(i + k) {
                None => return (i, n, EOD),
                Some(&c) if !is_cont(c) => return (i, i + k, CONT),
                Some(_) => {}
            }
        }
        i += len;
    }
    // Unreachable for data PyStr rejected; report the whole string rather than panic.
    (0, n.max(1), CONT)
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
