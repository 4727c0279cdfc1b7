//! Python's `repr()` of str and bytes, as the messages of importlib, py_compile and compileall
//! show file names, and the conversion of file-system paths to Python strings
//! (UTF-8 with "surrogateescape", as `os.fsdecode`).
//!
//! Printability of non-ASCII characters follows `str.isprintable` for the separators, format
//! and control characters, surrogates and private-use ranges; unassigned code points, which
//! Python also escapes, are shown as they are (that needs the Unicode tables).

use std::path::Path;

/// Whether Python considers a non-ASCII code point printable (see the module note).
fn printable(cp: u32) -> bool {
    !matches!(cp,
        0x80..=0xA0
        | 0xAD
        | 0x600..=0x605
        | 0x61C
        | 0x6DD
        | 0x70F
        | 0x1680
        | 0x180E
        | 0x2000..=0x200F
        | 0x2028..=0x202F
        | 0x205F..=0x2064
        | 0x2066..=0x206F
        | 0x3000
        | 0xD800..=0xF8FF
        | 0xFEFF
        | 0xFFF9..=0xFFFB
        | 0xFFFE..=0xFFFF
        | 0x110BD
        | 0x1D173..=0x1D17A
        | 0xE0001..=0xE007F
        | 0xF0000..)
}

/// `repr(s)` for a string given as code points.
pub fn code_points_repr(cps: &[u32]) -> String {
    let has_single = cps.contains(&u32::from(b'\''));
    let has_double = cps.contains(&u32::from(b'"'));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            _ if cp < 0x20 || cp == 0x7F => out.push_str(&format!("\\x{cp:02x}")),
            Some(c) if cp < 0x7F || printable(cp) => out.push(c),
            _ if cp <= 0xFF => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp <= 0xFFFF => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`.
pub fn str_repr(s: &str) -> String {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    code_points_repr(&cps)
}

/// `repr(b)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = if has_single && !has_double {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(char::from(c));
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(char::from(c)),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

/// The raw bytes of a path (on Unix; elsewhere its UTF-8 form).
pub fn path_bytes(p: &Path) -> std::borrow::Cow<'_, [u8]> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::borrow::Cow::Borrowed(p.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        match p.to_string_lossy() {
            std::borrow::Cow::Borrowed(s) => std::borrow::Cow::Borrowed(s.as_bytes()),
            std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s.into_bytes()),
        }
    }
}

/// A path from raw bytes (on Unix; elsewhere the bytes are read as UTF-8, lossily).
pub fn path_from_bytes(b: &[u8]) -> std::path::PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::path::PathBuf::from(std::ffi::OsStr::from_bytes(b))
    }
    #[cfg(not(unix))]
    {
        std::path::PathBuf::from(String::from_utf8_lossy(b).into_owned())
    }
}

/// `os.fsdecode(bytes)` as code points: UTF-8, each undecodable byte becoming U+DC80+byte.
pub fn fs_code_points(bytes: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.extend(s.chars().map(u32::from));
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // The prefix is valid UTF-8 by the error's own account.
                if let Ok(s) = std::str::from_utf8(&rest[..good]) {
                    out.extend(s.chars().map(u32::from));
                }
                let bad = e.error_len().unwrap_or(rest.len() - good);
                out.extend(
                    rest[good..good + bad]
                        .iter()
                        .map(|&b| 0xDC00 + u32::from(b)),
                );
                rest = &rest[good + bad..];
            }
        }
    }
    out
}

/// `repr(path)` of a path as Python sees it (a str decoded with surrogateescape).
pub fn path_repr(p: &Path) -> String {
    code_points_repr(&fs_code_points(&path_bytes(p)))
}

/// The text Python prints for a path (`str(path)`), with undecodable bytes shown as
/// backslash escapes, as printing to a UTF-8 stream with "backslashreplace" does.
pub fn path_display(p: &Path) -> String {
    let mut out = String::new();
    for cp in fs_code_points(&path_bytes(p)) {
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => out.push_str(&format!("\\u{cp:04x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(str_repr("a.py"), "'a.py'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("a\tb\n\x01\x7fé\u{a0}\u{2028}"),
            "'a\\tb\\n\\x01\\x7fé\\xa0\\u2028'"
        );
        assert_eq!(bytes_repr(b"\xcc\r\r\n"), "b'\\xcc\\r\\r\\n'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(code_points_repr(&fs_code_points(b"a\xffb")), "'a\\udcffb'");
    }
}
