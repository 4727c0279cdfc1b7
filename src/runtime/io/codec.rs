//! The text encodings of file objects (UTF-8, UTF-8 with signature, ASCII, Latin-1) with the
//! standard error handlers (strict, ignore, replace, surrogateescape, surrogatepass,
//! backslashreplace, xmlcharrefreplace, namereplace), decoding to code points so that lone
//! surrogates survive.

/// A supported encoding.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name (as `codecs.lookup` normalizes it).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => {
                Codec::Latin1
            }
            _ => return None,
        })
    }

    /// The name error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// A failure to encode or decode under the `strict` handler (or an unknown handler).
#[derive(Debug)]
pub enum CodecError {
    /// (start, end, reason) of the offending range.
    Failed { start: usize, end: usize, reason: &'static str },
    UnknownHandler(String),
}

fn known_handler(h: &str) -> bool {
    matches!(
        h,
        "strict" | "ignore" | "replace" | "surrogateescape" | "surrogatepass" | "backslashreplace" | "xmlcharrefreplace" | "namereplace"
    )
}

/// Decodes bytes. With `last` false, an incomplete sequence at the end is left unconsumed.
/// Returns the code points and how many bytes were consumed.
pub fn decode(codec: Codec, data: &[u8], errors: &str, last: bool) -> Result<(Vec<u32>, usize), CodecError> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if codec == Codec::Utf8Sig && data.starts_with(b"\xef\xbb\xbf") {
        i = 3;
    }
    while i < data.len() {
        let b = data[i];
        let (cp, len, bad): (u32, usize, Option<(usize, &'static str)>) = match codec {
            Codec::Latin1 => (b as u32, 1, None),
            Codec::Ascii => {
                if b < 0x80 {
                    (b as u32, 1, None)
                } else {
                    (0, 1, Some((1, "ordinal not in range(128)")))
                }
            }
            Codec::Utf8 | Codec::Utf8Sig => {
                if b < 0x80 {
                    (b as u32, 1, None)
                } else {
                    match utf8_seq(&data[i..], errors == "surrogatepass") {
                        Utf8Step::Char(cp, len) => (cp, len, None),
                        Utf8Step::Incomplete if !last => break,
                        Utf8Step::Incomplete => (0, 0, Some((data.len() - i, "unexpected end of data"))),
                        Utf8Step::Invalid(n, reason) => (0, 0, Some((n, reason))),
                    }
                }
            }
        };
        match bad {
            None => {
                out.push(cp);
                i += len;
            }
            Some((n, reason)) => {
                let n = n.max(1);
                match errors {
                    "strict" => return Err(CodecError::Failed { start: i, end: i + n, reason }),
                    "ignore" => {}
                    "replace" => out.push(0xFFFD),
                    "surrogateescape" => {
                        for &x in &data[i..i + n] {
                            if x < 0x80 {
                                return Err(CodecError::Failed { start: i, end: i + n, reason });
                            }
                            out.push(0xDC00 + x as u32);
                        }
                    }
                    "backslashreplace" => {
                        for &x in &data[i..i + n] {
                            out.extend(format!("\\x{x:02x}").chars().map(|c| c as u32));
                        }
                    }
                    h if known_handler(h) => return Err(CodecError::Failed { start: i, end: i + n, reason }),
                    h => return Err(CodecError::UnknownHandler(h.to_string())),
                }
                i += n;
            }
        }
    }
    Ok((out, i))
}

enum Utf8Step {
    Char(u32, usize),
    Incomplete,
    /// Bytes to skip and why.
    Invalid(usize, &'static str),
}

/// One UTF-8 sequence at the start of `s` (whose first byte is not ASCII), with CPython's
/// error ranges.
fn utf8_seq(s: &[u8], allow_surrogates: bool) -> Utf8Step {
    let b0 = s[0];
    let (len, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED if !allow_surrogates => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return Utf8Step::Invalid(1, "invalid start byte"),
    };
    for k in 1..len {
        let Some(&b) = s.get(k) else { return Utf8Step::Incomplete };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        if b < l || b > h {
            return Utf8Step::Invalid(k, "invalid continuation byte");
        }
    }
    let cp = match len {
        2 => ((b0 as u32 & 0x1F) << 6) | (s[1] as u32 & 0x3F),
        3 => ((b0 as u32 & 0x0F) << 12) | ((s[1] as u32 & 0x3F) << 6) | (s[2] as u32 & 0x3F),
        _ => ((b0 as u32 & 0x07) << 18) | ((s[1] as u32 & 0x3F) << 12) | ((s[2] as u32 & 0x3F) << 6) | (s[3] as u32 & 0x3F),
    };
    Utf8Step::Char(cp, len)
}

/// Encodes code points.
pub fn encode(codec: Codec, text: &[u32], errors: &str) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(text.len());
    let limit = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf8 | Codec::Utf8Sig => 0x110000,
    };
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        let is_surrogate = (0xD800..0xE000).contains(&c);
        let encodable = c < limit && !(is_surrogate && matches!(codec, Codec::Utf8 | Codec::Utf8Sig));
        if encodable {
            push_code(codec, c, &mut out);
            i += 1;
            continue;
        }
        // The run of unencodable characters.
        let start = i;
        let mut end = i + 1;
        while end < text.len() {
            let d = text[end];
            let sur = (0xD800..0xE000).contains(&d);
            if d < limit && !(sur && matches!(codec, Codec::Utf8 | Codec::Utf8Sig)) {
                break;
            }
            end += 1;
        }
        let reason = match codec {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        };
        match errors {
            "strict" => return Err(CodecError::Failed { start, end, reason }),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - start)),
            "surrogateescape" => {
                for (k, &d) in text[start..end].iter().enumerate() {
                    if (0xDC80..0xDD00).contains(&d) {
                        out.push((d - 0xDC00) as u8);
                    } else {
                        return Err(CodecError::Failed { start: start + k, end: start + k + 1, reason });
                    }
                }
            }
            "surrogatepass" if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) => {
                for (k, &d) in text[start..end].iter().enumerate() {
                    if (0xD800..0xE000).contains(&d) {
                        out.extend_from_slice(&[0xE0 | (d >> 12) as u8, 0x80 | ((d >> 6) & 0x3F) as u8, 0x80 | (d & 0x3F) as u8]);
                    } else {
                        return Err(CodecError::Failed { start: start + k, end: start + k + 1, reason });
                    }
                }
            }
            "backslashreplace" => {
                for &d in &text[start..end] {
                    let s = if d < 0x100 {
                        format!("\\x{d:02x}")
                    } else if d < 0x10000 {
                        format!("\\u{d:04x}")
                    } else {
                        format!("\\U{d:08x}")
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &d in &text[start..end] {
                    out.extend_from_slice(format!("&#{d};").as_bytes());
                }
            }
            "namereplace" => {
                for &d in &text[start..end] {
                    let name = crate::runtime::unicode::names::name(d);
                    let s = match name {
                        Some(n) => format!("\\N{{{n}}}"),
                        None if d < 0x100 => format!("\\x{d:02x}"),
                        None if d < 0x10000 => format!("\\u{d:04x}"),
                        None => format!("\\U{d:08x}"),
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
            h if known_handler(h) => return Err(CodecError::Failed { start, end, reason }),
            h => return Err(CodecError::UnknownHandler(h.to_string())),
        }
        i = end;
    }
    Ok(out)
}

fn push_code(codec: Codec, c: u32, out: &mut Vec<u8>) {
    match codec {
        Codec::Ascii | Codec::Latin1 => out.push(c as u8),
        Codec::Utf8 | Codec::Utf8Sig => {
            if c < 0x80 {
                out.push(c as u8);
            } else if c < 0x800 {
                out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]);
            } else if c < 0x10000 {
                out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
            } else {
                out.extend_from_slice(&[
                    0xF0 | (c >> 18) as u8,
                    0x80 | ((c >> 12) & 0x3F) as u8,
                    0x80 | ((c >> 6) & 0x3F) as u8,
                    0x80 | (c & 0x3F) as u8,
                ]);
            }
        }
    }
}
