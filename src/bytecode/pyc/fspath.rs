//! File-system paths as Python sees them: the raw bytes of a path, their decoding to a Python
//! str (UTF-8 with "surrogateescape", as `os.fsdecode`), and the `repr()` and printed form of
//! that str, as the messages of importlib, py_compile and compileall show file names.

use std::path::Path;

use crate::text::str_repr;

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
    str_repr(&fs_code_points(&path_bytes(p))[..])
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
    fn surrogate_escapes() {
        assert_eq!(str_repr(&fs_code_points(b"a\xffb")[..]), "'a\\udcffb'");
    }
}
