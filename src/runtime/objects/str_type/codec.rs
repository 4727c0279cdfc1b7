//! The codecs str needs before a shared codec registry exists: UTF-8, ASCII and latin-1,
//! encoding (`str.encode`) and decoding (`str(b, encoding, errors)`), with the standard error
//! handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
//! surrogateescape, surrogatepass) and CPython's UnicodeEncodeError / UnicodeDecodeError.
//! TODO: move behind the shared codec module when bytes brings it (other encodings raise
//! LookupError until then).

use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// The encodings known here.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython reports in codec errors.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the encoding holds directly.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x10FFFF,
            Codec::Ascii => 0x7F,
            Codec::Latin1 => 0xFF,
        }
    }
}

/// Python's encoding-name normalization (lower case, other punctuation than `.` to `_`), then
/// the aliases of the three codecs.
pub fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(encoding.len());
    let mut punct = false;
    for c in encoding.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            punct = false;
            norm.extend(c.to_lowercase());
        } else {
            punct = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "iso8859_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" => Codec::Latin1,
        _ => return Err(vm.new_error(&vm.types.exc.lookup_error, format!("unknown encoding: {encoding}"))),
    };
    Ok(codec)
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(&vm.types.exc.lookup_error, format!("unknown error handler name '{errors}'"))
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)`.
fn encode_error(vm: &Vm, codec: Codec, s: &PyString, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        vm.new_str(codec.name()),
        vm.str_value(s.slice(0, s.len())),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    vm.new_exception(&vm.types.exc.unicode_encode_error, args)
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    crate::bytecode::pystr::push_code_point(out, c);
}

fn push_backslash(out: &mut Vec<u8>, c: u32) {
    let text = if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &PyString, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(a) = s.as_ascii() {
        return Ok(a.as_bytes().to_vec());
    }
    if codec == Codec::Latin1
        && let Some(b) = s.as_latin1()
    {
        return Ok(b.to_vec());
    }
    let limit = codec.limit();
    let reason = if codec == Codec::Utf8 {
        "surrogates not allowed"
    } else if codec == Codec::Ascii {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let bad = |c: u32| c > limit || (codec == Codec::Utf8 && (0xD800..0xE000).contains(&c));
    let mut out = Vec::with_capacity(s.len());
    let n = s.len();
    let mut i = 0;
    while i < n {
        let c = s.get(i);
        if !bad(c) {
            match codec {
                Codec::Utf8 => push_utf8(&mut out, c),
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && bad(s.get(end)) {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(vm, codec, s, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => (i..end).for_each(|k| push_backslash(&mut out, s.get(k))),
            "xmlcharrefreplace" => (i..end).for_each(|k| out.extend_from_slice(format!("&#{};", s.get(k)).as_bytes())),
            "namereplace" => {
                for k in i..end {
                    let c = s.get(k);
                    match char::from_u32(c).and_then(unicode_names2::name) {
                        Some(name) => out.extend_from_slice(format!("\\N{{{name}}}").as_bytes()),
                        None => push_backslash(&mut out, c),
                    }
                }
            }
            "surrogateescape" => {
                for k in i..end {
                    let c = s.get(k);
                    if (0xDC80..0xDD00).contains(&c) {
                        out.push((c - 0xDC00) as u8);
                    } else {
                        return Err(encode_error(vm, codec, s, k, k + 1, reason));
                    }
                }
            }
            "surrogatepass" if codec == Codec::Utf8 => (i..end).for_each(|k| push_utf8(&mut out, s.get(k))),
            "surrogatepass" => return Err(encode_error(vm, codec, s, i, end, reason)),
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`.
fn decode_error(vm: &Vm, codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let obj = vm.new_object(vm.types.bytes.clone(), crate::runtime::object::Payload::Bytes(b.into()));
    let args = vec![vm.new_str(codec.name()), obj, Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
    vm.new_exception(&vm.types.exc.unicode_decode_error, args)
}

/// The next bad UTF-8 sequence at or after `from`: (start, end, reason).
fn utf8_error(b: &[u8], from: usize) -> Option<(usize, usize, &'static str)> {
    let e = std::str::from_utf8(&b[from..]).err()?;
    let start = from + e.valid_up_to();
    let lead = b[start];
    let (end, reason) = match e.error_len() {
        _ if !matches!(lead, 0xC2..=0xF4) => (start + 1, "invalid start byte"),
        Some(n) => (start + n, "invalid continuation byte"),
        None => (b.len(), "unexpected end of data"),
    };
    Some((start, end, reason))
}

/// Bytes decoded to a str.
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<PyString> {
    if b.is_ascii() {
        return Ok(PyString::from_latin1_bytes(b));
    }
    match codec {
        Codec::Latin1 => Ok(PyString::from_latin1_bytes(b)),
        Codec::Ascii => {
            let mut out = StrBuilder::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                if b[i] < 0x80 {
                    out.push(u32::from(b[i]));
                    i += 1;
                    continue;
                }
                decode_handler(vm, codec, b, i, i + 1, "ordinal not in range(128)", errors, &mut out)?;
                i += 1;
            }
            Ok(out.finish())
        }
        Codec::Utf8 => {
            let mut out = StrBuilder::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                let Some((start, end, reason)) = utf8_error(b, i) else {
                    out.push_str(std::str::from_utf8(&b[i..]).unwrap_or(""));
                    break;
                };
                out.push_str(std::str::from_utf8(&b[i..start]).unwrap_or(""));
                if errors == "surrogatepass" && end - start == 1 && start + 3 <= b.len() && b[start] == 0xED && (0xA0..0xC0).contains(&b[start + 1]) && (0x80..0xC0).contains(&b[start + 2]) {
                    let c = (u32::from(b[start] & 0x0F) << 12) | (u32::from(b[start + 1] & 0x3F) << 6) | u32::from(b[start + 2] & 0x3F);
                    out.push(c);
                    i = start + 3;
                    continue;
                }
                decode_handler(vm, codec, b, start, end, reason, errors, &mut out)?;
                i = end;
            }
            Ok(out.finish())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn decode_handler(vm: &Vm, codec: Codec, b: &[u8], start: usize, end: usize, reason: &str, errors: &str, out: &mut StrBuilder) -> PyResult<()> {
    match errors {
        "strict" | "surrogatepass" => return Err(decode_error(vm, codec, b, start, end, reason)),
        "ignore" => {}
        "replace" => out.push(0xFFFD),
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
        }
        "surrogateescape" => {
            for &x in &b[start..end] {
                if x < 0x80 {
                    return Err(decode_error(vm, codec, b, start, end, reason));
                }
                out.push(0xDC00 + u32::from(x));
            }
        }
        _ => return Err(unknown_handler(vm, errors)),
    }
    Ok(())
}
