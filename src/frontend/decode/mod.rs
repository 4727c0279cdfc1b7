//! Source decoding as CPython 3.12 does it: the UTF-8 byte order mark, the PEP 263 coding
//! cookie on line 1 or 2, the codecs real source files declare, and the SyntaxErrors raised
//! when the bytes cannot be decoded.

mod tables;

use super::error::{SyntaxError, SyntaxErrorKind};
use crate::bytecode::pystr::decode_error_message;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes source bytes as `compile(bytes, filename, 'exec')` does, which is also what the
/// import system and `py_compile` use.
pub fn decode_source(source: &[u8], filename: &str) -> Result<String, SyntaxError> {
    if source.contains(&0) {
        return Err(unlocated_error(
            filename,
            "source code string cannot contain null bytes",
        ));
    }
    let (body, had_bom) = match source.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (source, false),
    };
    let cookie = find_cookie(body);
    match cookie {
        Some(cs) if had_bom && cs != "utf-8" => Err(bare_error(
            filename,
            &format!("encoding problem: {cs} with BOM"),
        )),
        Some(cs) if cs != "utf-8" => {
            let codec = lookup_codec(&cs)
                .ok_or_else(|| bare_error(filename, &format!("unknown encoding: {cs}")))?;
            codec.decode(body).map_err(|msg| bare_error(filename, &msg))
        }
        _ => decode_utf8_in_tokens(body, filename),
    }
}

/// Decodes a script file as `python3.12 file.py` does: the same rules, with the messages of
/// CPython's file tokenizer (a missing declaration for non-UTF-8 bytes, `encoding problem`
/// for a codec that fails, null bytes reported on their line).
pub fn decode_script(source: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (body, had_bom) = match source.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (source, false),
    };
    let cookie = find_cookie(body);
    let text = match cookie {
        Some(cs) if had_bom && cs != "utf-8" => {
            return Err(unlocated_error(
                filename,
                &format!("encoding problem: {cs} with BOM"),
            ));
        }
        Some(cs) if cs != "utf-8" => {
            let codec = lookup_codec(&cs)
                .ok_or_else(|| unlocated_error(filename, &format!("encoding problem: {cs}")))?;
            codec
                .decode(body)
                .map_err(|_| unlocated_error(filename, &format!("encoding problem: {cs}")))?
        }
        _ => match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(e) => {
                let at = e.valid_up_to();
                let line = 1 + body[..at].iter().filter(|&&b| b == b'\n').count();
                let msg = format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    body[at]
                );
                return Err(unlocated_error(filename, &msg));
            }
        },
    };
    if let Some(pos) = text.find('\0') {
        let lineno = 1 + text[..pos].matches('\n').count();
        let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line: String = text[start..end].split('\0').next().unwrap_or("").to_owned();
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            located: true,
            msg: "source code cannot contain null bytes".to_owned(),
            filename: filename.to_owned(),
            lineno: lineno as u32,
            offset: 0,
            end_lineno: lineno as u32,
            end_offset: 0,
            text: Some(line),
        });
    }
    Ok(text)
}

/// A SyntaxError raised with a message only: no file, no line.
fn unlocated_error(filename: &str, msg: &str) -> SyntaxError {
    SyntaxError { located: false, ..bare_error(filename, msg) }
}

/// A SyntaxError without a location (CPython's lineno 0 and offset -1).
fn bare_error(filename: &str, msg: &str) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        located: true,
        msg: msg.to_owned(),
        filename: filename.to_owned(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    }
}

/// The coding cookie of the first two lines, normalized as CPython's tokenizer normalizes it.
/// A cookie on line 2 counts only if line 1 holds nothing but a comment or blanks.
fn find_cookie(body: &[u8]) -> Option<String> {
    let mut rest = body;
    for _ in 0..2 {
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        if let Some(cs) = coding_spec(line) {
            return Some(cs);
        }
        let only_comment = line
            .iter()
            .take_while(|&&b| b != b'#' && b != b'\n' && b != b'\r')
            .all(|&b| b == b' ' || b == b'\t' || b == b'\x0c');
        if !only_comment || end == rest.len() {
            return None;
        }
        rest = &rest[end..];
    }
    None
}

/// The encoding named by a `coding[:=]` declaration in a line that is only a comment.
fn coding_spec(line: &[u8]) -> Option<String> {
    let size = line.len();
    if size < 7 {
        return None;
    }
    let limit = size - 6;
    let mut i = 0;
    while i < limit {
        match line[i] {
            b'#' => break,
            b' ' | b'\t' | b'\x0c' => i += 1,
            _ => return None,
        }
    }
    while i < limit {
        if &line[i..i + 6] == b"coding" {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line
                    .get(t)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
                {
                    t += 1;
                }
                if begin < t {
                    let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
                    return Some(normal_name(name));
                }
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 become `utf-8` and
/// `iso-8859-1`; any other name is kept as written.
fn normal_name(name: String) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        return "utf-8".to_owned();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| buf == *l || (buf.starts_with(l) && buf.as_bytes().get(l.len()) == Some(&b'-')))
    {
        return "iso-8859-1".to_owned();
    }
    name
}

/// A codec pyrs can decode source with.
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Table(&'static [u16; 128]),
}

/// Finds a codec by name as Python's codec registry does (`encodings.normalize_encoding`,
/// then the alias table).
fn lookup_codec(name: &str) -> Option<Codec> {
    let mut norm = String::new();
    let mut pending_sep = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !norm.is_empty() {
                norm.push('_');
            }
            pending_sep = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    let key = norm.replace('.', "_");
    let module = tables::ALIASES
        .iter()
        .find(|(alias, _)| *alias == norm || *alias == key)
        .map_or(key.as_str(), |(_, m)| *m);
    match module {
        "utf_8" | "utf_8_sig" => Some(Codec::Utf8),
        "ascii" => Some(Codec::Ascii),
        "latin_1" | "iso8859_1" => Some(Codec::Latin1),
        m => tables::CODECS
            .iter()
            .find(|(n, _)| *n == m)
            .map(|(_, t)| Codec::Table(t)),
    }
}

impl Codec {
    /// Decodes a whole buffer; the error is the codec's UnicodeDecodeError message.
    fn decode(&self, bytes: &[u8]) -> Result<String, String> {
        match self {
            Codec::Utf8 => std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
                let (start, end, reason) = utf8_error(bytes, e);
                decode_error_message("utf-8", bytes, start, end, reason)
            }),
            Codec::Ascii => match bytes.iter().position(|&b| b >= 0x80) {
                None => Ok(String::from_utf8_lossy(bytes).into_owned()),
                Some(p) => Err(decode_error_message(
                    "ascii",
                    bytes,
                    p,
                    p + 1,
                    "ordinal not in range(128)",
                )),
            },
            Codec::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Codec::Table(table) => {
                let mut out = String::with_capacity(bytes.len());
                for (i, &b) in bytes.iter().enumerate() {
                    if b < 0x80 {
                        out.push(char::from(b));
                        continue;
                    }
                    let cp = table[usize::from(b - 0x80)];
                    match char::from_u32(u32::from(cp)).filter(|_| cp != tables::UNDEF) {
                        Some(c) => out.push(c),
                        None => {
                            return Err(decode_error_message(
                                "charmap",
                                bytes,
                                i,
                                i + 1,
                                "character maps to <undefined>",
                            ));
                        }
                    }
                }
                Ok(out)
            }
        }
    }
}

/// The start, end and reason of a UTF-8 decoding error, as CPython's decoder reports them.
fn utf8_error(bytes: &[u8], e: std::str::Utf8Error) -> (usize, usize, &'static str) {
    let start = e.valid_up_to();
    match e.error_len() {
        None => (start, bytes.len(), "unexpected end of data"),
        Some(n) => {
            let b = bytes[start];
            let reason = if !(0xC2..=0xF4).contains(&b) {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (start, start + n, reason)
        }
    }
}

/// Source without a declared encoding is read as UTF-8 bytes, and CPython only notices bytes
/// that are not UTF-8 when it decodes a token holding them: in a comment they pass unseen, in
/// a string literal they raise `(unicode error)` at the literal. This reproduces that.
fn decode_utf8_in_tokens(body: &[u8], filename: &str) -> Result<String, SyntaxError> {
    if let Ok(s) = std::str::from_utf8(body) {
        return Ok(s.to_owned());
    }
    let mut out = String::with_capacity(body.len());
    let mut scan = TokenScan::default();
    let mut pos = 0;
    while pos < body.len() {
        match std::str::from_utf8(&body[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let bad_at = pos + good;
                scan.advance(body, pos, bad_at);
                if scan.in_comment {
                    out.push_str(std::str::from_utf8(&body[pos..bad_at]).unwrap_or(""));
                    out.push('\u{FFFD}');
                    let skip = e.error_len().unwrap_or(body.len() - bad_at);
                    scan.advance(body, bad_at, bad_at + skip);
                    pos = bad_at + skip;
                    continue;
                }
                return Err(token_decode_error(body, bad_at, &scan, filename));
            }
        }
    }
    Ok(out)
}

/// Where a light scan of the source bytes stands: in a comment, or in a string literal.
#[derive(Default)]
struct TokenScan {
    pos: usize,
    in_comment: bool,
    /// The open string literal: start of the token, the quote, whether triple-quoted, bytes,
    /// raw; and where the current run of plain characters began (escapes split the runs that
    /// CPython decodes).
    string: Option<OpenString>,
}

struct OpenString {
    token_start: usize,
    quote: u8,
    triple: bool,
    bytes: bool,
    raw: bool,
    run_start: usize,
}

impl TokenScan {
    /// Scans `body[from..to]` (from must be where the last scan stopped).
    fn advance(&mut self, body: &[u8], from: usize, to: usize) {
        let mut i = from.max(self.pos);
        while i < to {
            let b = body[i];
            if self.in_comment {
                if b == b'\n' || b == b'\r' {
                    self.in_comment = false;
                }
                i += 1;
                continue;
            }
            if let Some(s) = &mut self.string {
                if b == b'\\' && !s.raw {
                    i += 2;
                    s.run_start = i;
                    continue;
                }
                if b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == s.quote {
                    if !s.triple {
                        self.string = None;
                        i += 1;
                        continue;
                    }
                    if body.get(i + 1) == Some(&s.quote) && body.get(i + 2) == Some(&s.quote) {
                        self.string = None;
                        i += 3;
                        continue;
                    }
                }
                if (b == b'\n' || b == b'\r') && !s.triple {
                    self.string = None;
                }
                i += 1;
                continue;
            }
            match b {
                b'#' => self.in_comment = true,
                b'\'' | b'"' => {
                    let mut p = i;
                    while p > 0 && body[p - 1].is_ascii_alphabetic() {
                        p -= 1;
                    }
                    let prefix = body[p..i].to_ascii_lowercase();
                    let triple = body.get(i + 1) == Some(&b) && body.get(i + 2) == Some(&b);
                    let open = if triple { i + 3 } else { i + 1 };
                    self.string = Some(OpenString {
                        token_start: p,
                        quote: b,
                        triple,
                        bytes: prefix.contains(&b'b'),
                        raw: prefix.contains(&b'r'),
                        run_start: open,
                    });
                    i = open;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        self.pos = i.max(to);
    }
}

/// The SyntaxError for bytes that are not UTF-8 outside a comment.
fn token_decode_error(body: &[u8], bad_at: usize, scan: &TokenScan, filename: &str) -> SyntaxError {
    let line_start = body[..bad_at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let lineno = 1 + body[..bad_at].iter().filter(|&&b| b == b'\n').count() as u32;
    let line_end = body[bad_at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(body.len(), |i| bad_at + i + 1);
    let line_text = String::from_utf8_lossy(&body[line_start..line_end]).into_owned();
    let chars_to = |p: usize| {
        String::from_utf8_lossy(&body[line_start..p.max(line_start)])
            .chars()
            .count() as u32
    };
    let (msg, offset, end_offset) = match &scan.string {
        Some(s) => {
            let mut end = s.run_start;
            let close = if s.triple { 3 } else { 1 };
            let mut token_end = bad_at;
            let mut escaped = false;
            while token_end < body.len() {
                let b = body[token_end];
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                    if !s.raw && end == s.run_start && token_end > bad_at {
                        end = token_end;
                    }
                } else if b == s.quote
                    && (!s.triple
                        || (body.get(token_end + 1) == Some(&b)
                            && body.get(token_end + 2) == Some(&b)))
                {
                    token_end += close;
                    break;
                } else if (b == b'\n' || b == b'\r') && !s.triple {
                    break;
                }
                token_end += 1;
            }
            if end == s.run_start {
                end = token_end.saturating_sub(close).max(bad_at + 1);
            }
            let start = s.token_start.max(line_start);
            let token_end_on_line = token_end.min(line_end);
            if s.bytes {
                (
                    "bytes can only contain ASCII literal characters".to_owned(),
                    chars_to(start) + 1,
                    chars_to(token_end_on_line) + 1,
                )
            } else {
                let run = &body[s.run_start..end.min(body.len())];
                let msg = match std::str::from_utf8(run) {
                    Ok(_) => "(unicode error) 'utf-8' codec can't decode".to_owned(),
                    Err(e) => {
                        let (a, b, reason) = utf8_error(run, e);
                        format!(
                            "(unicode error) {}",
                            decode_error_message("utf-8", run, a, b, reason)
                        )
                    }
                };
                (msg, chars_to(start) + 1, chars_to(token_end_on_line) + 1)
            }
        }
        None => {
            let rest = &body[bad_at..line_end];
            let msg = match std::str::from_utf8(rest) {
                Ok(_) => "(unicode error) 'utf-8' codec can't decode".to_owned(),
                Err(e) => {
                    let (a, b, reason) = utf8_error(rest, e);
                    format!(
                        "(unicode error) {}",
                        decode_error_message("utf-8", rest, a, b, reason)
                    )
                }
            };
            (msg, chars_to(bad_at) + 2, 0)
        }
    };
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        located: true,
        msg,
        filename: filename.to_owned(),
        lineno,
        offset,
        end_lineno: lineno,
        end_offset,
        text: Some(line_text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &[u8]) -> (String, u32, u32, u32) {
        let e = decode_source(src, "f").unwrap_err();
        (e.msg, e.lineno, e.offset, e.end_offset)
    }

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# coding: latin-1\nx = '\xe4'\n", "f").unwrap(),
            "# coding: latin-1\nx = '\u{e4}'\n"
        );
        assert!(
            decode_source(b"#!python\n# -*- coding: cp1252 -*-\nx = '\x80'\n", "f")
                .unwrap()
                .contains('\u{20ac}')
        );
        assert!(
            decode_source(b"# coding: koi8-r\nx = '\xc1'\n", "f")
                .unwrap()
                .contains('\u{430}')
        );
        assert!(decode_source(b"x=1\n# coding: latin-1\nx = '\xe4'\n", "f").is_err());
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: utf-8\nx=1\n", "f").unwrap(),
            "# coding: utf-8\nx=1\n"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: utf-8-sig\nx=1\n", "f").unwrap(),
            "# coding: utf-8-sig\nx=1\n"
        );
        assert_eq!(
            decode_source(b"x=1 # coding: latin-1\n", "f").unwrap(),
            "x=1 # coding: latin-1\n"
        );
        assert_eq!(
            decode_source(b"# \xf6\nx=1\n", "f").unwrap(),
            "# \u{FFFD}\nx=1\n"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            err(b"# coding: foobar\nx=1\n").0,
            "unknown encoding: foobar"
        );
        assert_eq!(
            err(b"\xef\xbb\xbf# coding: latin-1\n").0,
            "encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            err(b"\xef\xbb\xbf# coding: UTF8\n").0,
            "encoding problem: UTF8 with BOM"
        );
        assert_eq!(
            err(b"x = 1\0\n").0,
            "source code string cannot contain null bytes"
        );
        assert_eq!(
            err(b"x = \"a\xf6\"\n"),
            ("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte".into(), 1, 5, 9)
        );
        assert_eq!(
            err(b"x = \"ab\\n\xf6\"\n"),
            ("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte".into(), 1, 5, 12)
        );
        assert_eq!(
            err(b"# coding: ascii\nx = \"\xc1\"\n").0,
            "'ascii' codec can't decode byte 0xc1 in position 21: ordinal not in range(128)"
        );
        assert_eq!(
            err(b"# coding: cp1252\nx = \"\x81\"\n").0,
            "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"
        );
        let e = decode_script(b"x = 1\ny=2\0\n", "f").unwrap_err();
        assert_eq!(
            (e.msg.as_str(), e.lineno, e.text.as_deref()),
            ("source code cannot contain null bytes", 2, Some("y=2"))
        );
    }
}
