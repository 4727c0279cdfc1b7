//! repr() and ascii() of str and bytes, as CPython 3.12 writes them: the quote choice, the
//! backslash escapes, and which code points are printable (Unicode 15.0.0).

use crate::bytecode::pystr::PyStr;

use super::printable_table::PRINTABLE_RANGES;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether CPython prints the code point as it is in repr() (`str.isprintable` of one character):
/// false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
pub fn is_printable(cp: u32) -> bool {
    PRINTABLE_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn push_hex(out: &mut String, prefix: &str, v: u32, digits: u32) {
    out.push_str(prefix);
    for k in (0..digits).rev() {
        out.push(char::from(HEX[((v >> (4 * k)) & 15) as usize]));
    }
}

/// Escapes a code point that is not shown as it is: `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
fn push_escaped(out: &mut String, cp: u32) {
    if cp <= 0xFF {
        push_hex(out, "\\x", cp, 2);
    } else if cp <= 0xFFFF {
        push_hex(out, "\\u", cp, 4);
    } else {
        push_hex(out, "\\U", cp, 8);
    }
}

/// The quote repr() uses: a single quote unless the text holds single quotes and no double ones.
fn choose_quote(cps: impl Iterator<Item = u32>) -> u32 {
    let (mut squote, mut dquote) = (false, false);
    for cp in cps {
        squote |= cp == u32::from(b'\'');
        dquote |= cp == u32::from(b'"');
    }
    if squote && !dquote {
        u32::from(b'"')
    } else {
        u32::from(b'\'')
    }
}

/// Text as Python's str sees it, a sequence of code points: a str constant ([`PyStr`], lone
/// surrogates allowed), Rust text, or code points.
pub trait CodePoints {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_;
}

impl CodePoints for PyStr {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.code_points()
    }
}

impl CodePoints for str {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.chars().map(u32::from)
    }
}

impl CodePoints for String {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.as_str().iter_code_points()
    }
}

impl CodePoints for [u32] {
    fn iter_code_points(&self) -> impl Iterator<Item = u32> + '_ {
        self.iter().copied()
    }
}

fn repr_code_points<S: CodePoints + ?Sized>(s: &S, ascii_only: bool) -> String {
    let quote = choose_quote(s.iter_code_points());
    let cps = s.iter_code_points();
    let mut out = String::with_capacity(cps.size_hint().0 + 2);
    let q = char::from(quote as u8);
    out.push(q);
    for cp in cps {
        match cp {
            _ if cp == quote || cp == u32::from(b'\\') => {
                out.push('\\');
                out.push(char::from(cp as u8));
            }
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0..=0x1F | 0x7F => push_hex(&mut out, "\\x", cp, 2),
            0x20..=0x7E => out.push(char::from(cp as u8)),
            _ => match char::from_u32(cp) {
                Some(c) if !ascii_only && is_printable(cp) => out.push(c),
                _ => push_escaped(&mut out, cp),
            },
        }
    }
    out.push(q);
    out
}

/// `repr(s)` of a str.
pub fn str_repr<S: CodePoints + ?Sized>(s: &S) -> String {
    repr_code_points(s, false)
}

/// `ascii(s)`: repr() with every non-ASCII code point escaped.
pub fn str_ascii<S: CodePoints + ?Sized>(s: &S) -> String {
    repr_code_points(s, true)
}

/// `repr(b)` of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
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
            _ => push_hex(&mut out, "\\x", u32::from(c), 2),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(cps: &[u32]) -> String {
        str_repr(&PyStr::from_code_points(cps.iter().copied()))
    }

    fn rs(s: &str) -> String {
        str_repr(&PyStr::new(s))
    }

    // Expected values are CPython 3.12's repr().
    #[test]
    fn quotes() {
        assert_eq!(rs(""), "''");
        assert_eq!(rs("abc"), "'abc'");
        assert_eq!(rs("it's"), "\"it's\"");
        assert_eq!(rs("say \"hi\""), "'say \"hi\"'");
        assert_eq!(rs("both ' and \""), "'both \\' and \"'");
        assert_eq!(rs("back\\slash"), "'back\\\\slash'");
        assert_eq!(rs("'\\"), "\"'\\\\\"");
    }

    #[test]
    fn control_characters() {
        assert_eq!(rs("\t\n\r"), "'\\t\\n\\r'");
        assert_eq!(rs("\0\x01\x1b\x1f\x7f"), "'\\x00\\x01\\x1b\\x1f\\x7f'");
        assert_eq!(
            rs("\u{80}\u{9f}\u{a0}\u{a1}\u{ad}\u{ff}"),
            "'\\x80\\x9f\\xa0¡\\xadÿ'"
        );
        assert_eq!(rs("\x0b\x0c"), "'\\x0b\\x0c'");
    }

    #[test]
    fn non_ascii() {
        assert_eq!(rs("héllo wörld"), "'héllo wörld'");
        assert_eq!(rs("日本語"), "'日本語'");
        assert_eq!(
            rs("\u{2028}\u{2029}\u{200b}\u{feff}\u{3000}"),
            "'\\u2028\\u2029\\u200b\\ufeff\\u3000'"
        );
        assert_eq!(rs("\u{e000}\u{fffe}\u{ffff}"), "'\\ue000\\ufffe\\uffff'");
        assert_eq!(
            rs("😀\u{1f9ff}\u{e0001}\u{10ffff}"),
            "'😀🧿\\U000e0001\\U0010ffff'"
        );
        assert_eq!(rs("\u{0378}\u{0377}"), "'\\u0378ͷ'");
        // Unicode 15.0 additions are printable; 15.1 ones are not yet.
        assert_eq!(rs("\u{1e030}\u{2ebf0}"), "'𞀰\\U0002ebf0'");
    }

    #[test]
    fn surrogates() {
        assert_eq!(r(&[0xD800]), "'\\ud800'");
        assert_eq!(r(&[0x61, 0xDFFF, 0x27]), "\"a\\udfff'\"");
        assert_eq!(r(&[0xDBFF, 0xDC00]), "'\\udbff\\udc00'");
    }

    #[test]
    fn rust_text_and_code_points() {
        assert_eq!(str_repr("a.py"), "'a.py'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("a\tb\n\x01\x7fé\u{a0}\u{2028}"),
            "'a\\tb\\n\\x01\\x7fé\\xa0\\u2028'"
        );
        assert_eq!(str_repr("\u{a0}"), "'\\xa0'");
        assert_eq!(
            str_repr("\n\t\x00\x7f\u{1234}"),
            "'\\n\\t\\x00\\x7f\u{1234}'"
        );
        assert_eq!(
            str_repr(&[0x61, 0x27, 0xA0, 0xD800, 0xE9, 0x1F600][..]),
            "\"a'\\xa0\\ud800é😀\""
        );
    }

    #[test]
    fn ascii_escapes_everything_non_ascii() {
        assert_eq!(
            str_ascii(&PyStr::new("é😀\u{2028}a")),
            "'\\xe9\\U0001f600\\u2028a'"
        );
    }

    #[test]
    fn bytes() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\xcc\r\r\n"), "b'\\xcc\\r\\r\\n'");
        assert_eq!(bytes_repr(b"a'\x80"), "b\"a'\\x80\"");
        assert_eq!(
            bytes_repr(b"\t\n\r\x00\x7f\x80\xff\\"),
            "b'\\t\\n\\r\\x00\\x7f\\x80\\xff\\\\'"
        );
    }

    #[test]
    fn printable_table_edges() {
        assert!(is_printable(0x20));
        assert!(!is_printable(0x1F));
        assert!(!is_printable(0x7F));
        assert!(is_printable(0x7E));
        assert!(!is_printable(0xA0));
        assert!(!is_printable(0x10FFFF));
        assert!(!is_printable(0x110000));
        assert!(!is_printable(u32::MAX));
    }
}
