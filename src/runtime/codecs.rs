//! The text codecs behind `str.encode` and `bytes.decode`: utf-8, utf-8-sig, ascii, latin-1,
//! utf-16 and utf-32 (with a BOM, or little- or big-endian) and cp1252, found under every name
//! CPython's `encodings` package accepts, with the standard error handlers and
//! UnicodeEncodeError / UnicodeDecodeError raised as CPython raises them.

mod charmap;
mod errors;
mod messages;
mod utf16;
mod utf8;

use crate::runtime::object::Payload;
use crate::runtime::objects::str::PyString;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub use errors::Handler;
pub use messages::init;

/// A codec this interpreter implements.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 with a BOM (written when encoding, honoured when decoding; little-endian otherwise).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Cp1252,
}

/// Every normalized name (module names and aliases of the `encodings` package) of each codec.
const NAMES: &[(&str, Codec)] = &[
    ("utf_8", Codec::Utf8),
    ("u8", Codec::Utf8),
    ("utf", Codec::Utf8),
    ("utf8", Codec::Utf8),
    ("utf8_ucs2", Codec::Utf8),
    ("utf8_ucs4", Codec::Utf8),
    ("cp65001", Codec::Utf8),
    ("utf_8_sig", Codec::Utf8Sig),
    ("ascii", Codec::Ascii),
    ("646", Codec::Ascii),
    ("ansi_x3.4_1968", Codec::Ascii),
    ("ansi_x3_4_1968", Codec::Ascii),
    ("ansi_x3.4_1986", Codec::Ascii),
    ("cp367", Codec::Ascii),
    ("csascii", Codec::Ascii),
    ("ibm367", Codec::Ascii),
    ("iso646_us", Codec::Ascii),
    ("iso_646.irv_1991", Codec::Ascii),
    ("iso_ir_6", Codec::Ascii),
    ("us", Codec::Ascii),
    ("us_ascii", Codec::Ascii),
    ("latin_1", Codec::Latin1),
    ("8859", Codec::Latin1),
    ("cp819", Codec::Latin1),
    ("csisolatin1", Codec::Latin1),
    ("ibm819", Codec::Latin1),
    ("iso8859", Codec::Latin1),
    ("iso8859_1", Codec::Latin1),
    ("iso_8859_1", Codec::Latin1),
    ("iso_8859_1_1987", Codec::Latin1),
    ("iso_ir_100", Codec::Latin1),
    ("l1", Codec::Latin1),
    ("latin", Codec::Latin1),
    ("latin1", Codec::Latin1),
    ("utf_16", Codec::Utf16),
    ("u16", Codec::Utf16),
    ("utf16", Codec::Utf16),
    ("utf_16_le", Codec::Utf16Le),
    ("utf_16le", Codec::Utf16Le),
    ("unicodelittleunmarked", Codec::Utf16Le),
    ("utf_16_be", Codec::Utf16Be),
    ("utf_16be", Codec::Utf16Be),
    ("unicodebigunmarked", Codec::Utf16Be),
    ("utf_32", Codec::Utf32),
    ("u32", Codec::Utf32),
    ("utf32", Codec::Utf32),
    ("utf_32_le", Codec::Utf32Le),
    ("utf_32le", Codec::Utf32Le),
    ("utf_32_be", Codec::Utf32Be),
    ("utf_32be", Codec::Utf32Be),
    ("cp1252", Codec::Cp1252),
    ("1252", Codec::Cp1252),
    ("windows_1252", Codec::Cp1252),
];

/// Whether a name of `NAMES` is an alias rather than the name of an `encodings` module.
fn is_alias_only(name: &str) -> bool {
    !matches!(
        name,
        "utf_8" | "utf_8_sig" | "ascii" | "latin_1" | "utf_16" | "utf_16_le" | "utf_16_be" | "utf_32" | "utf_32_le" | "utf_32_be" | "cp1252"
    )
}

/// An encoding name as `encodings.normalize_encoding` sees it after the C layer lowercased it:
/// each run of characters other than ASCII letters, digits and '.' becomes one '_' (none at
/// the ends).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

impl Codec {
    /// The codec for an encoding name, as `codecs.lookup` finds it; None if unknown.
    pub fn lookup(name: &str) -> Option<Codec> {
        // The common spellings first.
        match name {
            "utf-8" | "utf8" | "UTF-8" => return Some(Codec::Utf8),
            "ascii" => return Some(Codec::Ascii),
            "latin-1" | "latin1" => return Some(Codec::Latin1),
            _ => {}
        }
        let norm = normalize(name);
        let find = |key: &str| NAMES.iter().find(|(n, _)| *n == key).map(|&(n, c)| (n, c));
        if let Some((_, c)) = find(&norm) {
            return Some(c);
        }
        // Aliases are also tried with '.' read as '_' (module names are not).
        let dotless = norm.replace('.', "_");
        match find(&dotless) {
            Some((n, c)) if is_alias_only(n) => Some(c),
            _ => None,
        }
    }

    /// The codec for `name`, or CPython's LookupError.
    pub fn lookup_or_raise(vm: &Vm, name: &str) -> PyResult<Codec> {
        Codec::lookup(name).ok_or_else(|| vm.new_error(&vm.types.exc.lookup_error, format!("unknown encoding: {name}")))
    }

    /// The codec's name as `codecs.lookup(name).name` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Cp1252 => "cp1252",
        }
    }
}

/// `s.encode(encoding, errors)`: a bytes object.
pub fn encode(vm: &mut Vm, s: &PyString, encoding: &str, errors: &str) -> PyResult<Value> {
    let data = encode_to_vec(vm, s, encoding, errors)?;
    Ok(vm.new_object(vm.types.bytes.clone(), Payload::Bytes(data.into_boxed_slice())))
}

/// `s.encode(encoding, errors)` as the encoded bytes.
pub fn encode_to_vec(vm: &mut Vm, s: &PyString, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup_or_raise(vm, encoding)?;
    encode_with(vm, s, codec, errors)
}

/// Encodes `s` with a known codec.
pub fn encode_with(vm: &mut Vm, s: &PyString, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(text) = s.as_ascii() {
        match codec {
            Codec::Utf8 | Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => return Ok(text.as_bytes().to_vec()),
            _ => {}
        }
    }
    let mut ctx = errors::EncodeErrors::new(s, errors);
    match codec {
        Codec::Utf8 => utf8::encode(vm, &mut ctx, false),
        Codec::Utf8Sig => utf8::encode(vm, &mut ctx, true),
        Codec::Ascii => charmap::encode_ucs1(vm, &mut ctx, 0x80),
        Codec::Latin1 => charmap::encode_ucs1(vm, &mut ctx, 0x100),
        Codec::Cp1252 => charmap::encode_cp1252(vm, &mut ctx),
        Codec::Utf16 => utf16::encode_utf16(vm, &mut ctx, None),
        Codec::Utf16Le => utf16::encode_utf16(vm, &mut ctx, Some(false)),
        Codec::Utf16Be => utf16::encode_utf16(vm, &mut ctx, Some(true)),
        Codec::Utf32 => utf16::encode_utf32(vm, &mut ctx, None),
        Codec::Utf32Le => utf16::encode_utf32(vm, &mut ctx, Some(false)),
        Codec::Utf32Be => utf16::encode_utf32(vm, &mut ctx, Some(true)),
    }
}

/// `b.decode(encoding, errors)`: a str object.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let s = decode_to_string(vm, data, encoding, errors)?;
    Ok(vm.str_value(s))
}

/// `b.decode(encoding, errors)` as str storage.
pub fn decode_to_string(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<PyString> {
    let codec = Codec::lookup_or_raise(vm, encoding)?;
    decode_with(vm, data, codec, errors)
}

/// Decodes `data` with a known codec.
pub fn decode_with(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<PyString> {
    match codec {
        Codec::Utf8 | Codec::Ascii | Codec::Cp1252 if data.is_ascii() => return Ok(PyString::from_latin1_bytes(data)),
        Codec::Latin1 => return Ok(PyString::from_latin1_bytes(data)),
        Codec::Utf8 => {
            if let Ok(text) = std::str::from_utf8(data) {
                return Ok(PyString::new(text));
            }
        }
        _ => {}
    }
    let (data, codec) = match codec {
        Codec::Utf8Sig => (data.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(data), Codec::Utf8),
        _ => (data, codec),
    };
    let mut ctx = errors::DecodeErrors::new(data, errors);
    let cps = match codec {
        Codec::Utf8 | Codec::Utf8Sig => utf8::decode(vm, &mut ctx)?,
        Codec::Ascii => charmap::decode_ascii(vm, &mut ctx)?,
        Codec::Latin1 => data.iter().map(|&b| u32::from(b)).collect(),
        Codec::Cp1252 => charmap::decode_cp1252(vm, &mut ctx)?,
        Codec::Utf16 => utf16::decode_utf16(vm, &mut ctx, None)?,
        Codec::Utf16Le => utf16::decode_utf16(vm, &mut ctx, Some(false))?,
        Codec::Utf16Be => utf16::decode_utf16(vm, &mut ctx, Some(true))?,
        Codec::Utf32 => utf16::decode_utf32(vm, &mut ctx, None)?,
        Codec::Utf32Le => utf16::decode_utf32(vm, &mut ctx, Some(false))?,
        Codec::Utf32Be => utf16::decode_utf32(vm, &mut ctx, Some(true))?,
    };
    Ok(PyString::from_vec(cps))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        // Checked against codecs.lookup(name).name in CPython 3.12.
        for (name, codec) in [
            ("UTF-8", Codec::Utf8),
            ("U8", Codec::Utf8),
            ("utf 8", Codec::Utf8),
            (" utf-8", Codec::Utf8),
            ("utf--8", Codec::Utf8),
            ("Latin1", Codec::Latin1),
            ("iso-8859-1", Codec::Latin1),
            ("8859", Codec::Latin1),
            ("US-ASCII", Codec::Ascii),
            ("646", Codec::Ascii),
            ("iso_646.irv_1991", Codec::Ascii),
            ("utf-16le", Codec::Utf16Le),
            ("UTF16", Codec::Utf16),
            ("windows-1252", Codec::Cp1252),
            ("utf-8-sig", Codec::Utf8Sig),
        ] {
            assert_eq!(Codec::lookup(name), Some(codec), "{name}");
        }
        for name in ["cp-1252", "utf.8", "UTF8-sig", "utf_8.sig", "", "hex"] {
            assert_eq!(Codec::lookup(name), None, "{name}");
        }
    }
}
