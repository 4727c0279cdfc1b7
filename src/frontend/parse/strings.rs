//! Literals: string and bytes literals decoded from the source text (escapes, raw strings,
//! implicit concatenation, lone surrogates), f-strings built into JoinedStr and
//! FormattedValue nodes exactly as CPython 3.12 builds them, and number literals.

use num_bigint::BigInt;
use ruff_python_ast as ra;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{Conv, R};
use crate::bytecode::code::Constant;
use crate::bytecode::pystr::{PyStr, push_code_point};
use crate::frontend::ast::{Expr, ExprKind, Loc};

/// One string token split into its parts.
struct Token<'t> {
    body: &'t str,
    /// Offset of the body in the source.
    body_start: usize,
    raw: bool,
    u_prefix: bool,
}

/// What a literal body is decoded as.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Kind {
    Str,
    Bytes,
    /// A literal part of an f-string: `{{` and `}}` stand for one brace.
    FStringPart,
}

/// A piece of an f-string or string concatenation before constants are folded.
enum Piece {
    Const {
        value: Vec<u8>,
        u_prefix: bool,
        loc: Loc,
    },
    Value(Expr),
}

impl<'s> Conv<'_, 's> {
    fn token(&self, r: TextRange) -> Token<'s> {
        let text: &'s str = self
            .text
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("");
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let prefix = &b[..i];
        let quote = b.get(i).copied().unwrap_or(b'"');
        let triple = b.len() >= i + 6 && b[i + 1] == quote && b[i + 2] == quote;
        let q = if triple { 3 } else { 1 };
        let body = text.get(i + q..text.len().saturating_sub(q)).unwrap_or("");
        Token {
            body,
            body_start: r.start().to_usize() + i + q,
            raw: prefix.iter().any(|c| c.eq_ignore_ascii_case(&b'r')),
            u_prefix: prefix.first() == Some(&b'u'),
        }
    }

    /// A string literal, concatenated or not.
    pub(super) fn string_literal(&mut self, e: &ra::ExprStringLiteral) -> R<Expr> {
        let loc = self.loc(e.range);
        let mut value = Vec::new();
        let mut u_prefix = None;
        for part in e.value.iter() {
            let tok = self.token(part.range);
            u_prefix.get_or_insert(tok.u_prefix);
            let (body, start, raw) = (tok.body, tok.body_start, tok.raw);
            self.decode_into(&mut value, body, start, raw, Kind::Str, part.range)?;
        }
        let s = PyStr::from_wtf8(&value)
            .unwrap_or_else(|_| PyStr::from(String::from_utf8_lossy(&value).into_owned()));
        Ok(Expr::new(
            ExprKind::Constant {
                value: Constant::Str(s),
                u_prefix: u_prefix.unwrap_or(false),
            },
            loc,
        ))
    }

    pub(super) fn bytes_literal(&mut self, e: &ra::ExprBytesLiteral) -> R<Expr> {
        let loc = self.loc(e.range);
        let mut value = Vec::new();
        for part in e.value.iter() {
            let tok = self.token(part.range);
            let (body, start, raw) = (tok.body, tok.body_start, tok.raw);
            self.decode_into(&mut value, body, start, raw, Kind::Bytes, part.range)?;
        }
        Ok(Expr::new(
            ExprKind::Constant {
                value: Constant::Bytes(value.into()),
                u_prefix: false,
            },
            loc,
        ))
    }

    /// An f-string, possibly concatenated with plain strings: CPython's
    /// `_PyPegen_concatenate_strings`.
    pub(super) fn fstring(&mut self, e: &ra::ExprFString) -> R<Expr> {
        let loc = self.loc(e.range);
        let mut flat = Vec::new();
        for part in e.value.iter() {
            match part {
                ra::FStringPart::Literal(s) => {
                    let tok = self.token(s.range);
                    let (body, start, raw, u_prefix) =
                        (tok.body, tok.body_start, tok.raw, tok.u_prefix);
                    let mut value = Vec::new();
                    self.decode_into(&mut value, body, start, raw, Kind::Str, s.range)?;
                    let loc = self.loc(s.range);
                    flat.push(Piece::Const {
                        value,
                        u_prefix,
                        loc,
                    });
                }
                ra::FStringPart::FString(f) => {
                    let raw = self.token(f.range).raw;
                    for el in f.elements.iter() {
                        match el {
                            ra::InterpolatedStringElement::Literal(lit) => {
                                let value = self.fstring_literal(lit, raw)?;
                                if !value.is_empty() {
                                    let loc = self.loc(lit.range);
                                    flat.push(Piece::Const {
                                        value,
                                        u_prefix: false,
                                        loc,
                                    });
                                }
                            }
                            ra::InterpolatedStringElement::Interpolation(i) => {
                                self.interpolation(i, raw, &mut flat)?;
                            }
                        }
                    }
                }
            }
        }
        let mut values = Vec::with_capacity(flat.len());
        let mut it = flat.into_iter().peekable();
        while let Some(p) = it.next() {
            match p {
                Piece::Value(e) => values.push(e),
                Piece::Const {
                    mut value,
                    u_prefix,
                    mut loc,
                } => {
                    while let Some(Piece::Const { .. }) = it.peek() {
                        if let Some(Piece::Const {
                            value: v, loc: l, ..
                        }) = it.next()
                        {
                            value.extend_from_slice(&v);
                            loc.end_lineno = l.end_lineno;
                            loc.end_col_offset = l.end_col_offset;
                        }
                    }
                    if !value.is_empty() {
                        values.push(const_str(value, u_prefix, loc));
                    }
                }
            }
        }
        Ok(Expr::new(ExprKind::JoinedStr { values }, loc))
    }

    fn fstring_literal(
        &mut self,
        lit: &ra::InterpolatedStringLiteralElement,
        raw: bool,
    ) -> R<Vec<u8>> {
        let r = lit.range;
        let text = self.text;
        let body = text
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("");
        let mut value = Vec::with_capacity(body.len());
        self.decode_into(
            &mut value,
            body,
            r.start().to_usize(),
            raw,
            Kind::FStringPart,
            r,
        )?;
        Ok(value)
    }

    /// One replacement field: its debug text (for `{x=}`) and its FormattedValue.
    fn interpolation(
        &mut self,
        i: &ra::InterpolatedElement,
        raw: bool,
        out: &mut Vec<Piece>,
    ) -> R<()> {
        let loc = self.loc(i.range);
        if let Some(debug) = &i.debug_text {
            let start = i.range.start() + TextSize::new(1);
            let end = start + TextSize::new(debug.as_str().len() as u32);
            let dloc = self.loc2(start, end);
            let text = debug.as_str();
            let value = if text.contains('#') {
                strip_comments(text)
            } else {
                text.as_bytes().to_vec()
            };
            out.push(Piece::Const {
                value,
                u_prefix: false,
                loc: dloc,
            });
        }
        let value = Box::new(self.expr(&i.expression)?);
        let conversion = match i.conversion {
            ra::ConversionFlag::None if i.debug_text.is_some() && i.format_spec.is_none() => {
                i32::from(b'r')
            }
            ra::ConversionFlag::None => -1,
            ra::ConversionFlag::Str => i32::from(b's'),
            ra::ConversionFlag::Ascii => i32::from(b'a'),
            ra::ConversionFlag::Repr => i32::from(b'r'),
        };
        let format_spec = match &i.format_spec {
            Some(spec) => Some(Box::new(self.format_spec(spec, raw)?)),
            None => None,
        };
        out.push(Piece::Value(Expr::new(
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            },
            loc,
        )));
        Ok(())
    }

    /// A format spec: a JoinedStr whose pieces are neither folded nor dropped when empty, from
    /// the colon to the end of the spec. CPython 3.12's tokenizer adds an empty piece after a
    /// replacement field that ends the spec, and before one whose expression starts with `{`.
    fn format_spec(&mut self, spec: &ra::InterpolatedStringFormatSpec, raw: bool) -> R<Expr> {
        let colon = self.text[..spec.range.start().to_usize()]
            .rfind(':')
            .unwrap_or(0);
        let colon = TextSize::new(colon as u32);
        let mut pieces = Vec::new();
        for el in spec.elements.iter() {
            match el {
                ra::InterpolatedStringElement::Literal(lit) => {
                    let value = self.fstring_literal(lit, raw)?;
                    let loc = self.loc(lit.range);
                    pieces.push(Piece::Const {
                        value,
                        u_prefix: false,
                        loc,
                    });
                }
                ra::InterpolatedStringElement::Interpolation(i) => {
                    // CPython 3.12's tokenizer ends the spec's literal text at a `{{` even when
                    // that text is empty, so a field whose expression starts with `{` gets an
                    // empty piece before it unless literal text precedes it.
                    let start = i.range.start();
                    let brace_expr = self.text.as_bytes().get(start.to_usize() + 1) == Some(&b'{');
                    if brace_expr && !matches!(pieces.last(), Some(Piece::Const { .. })) {
                        let loc = self.loc2(start, start);
                        pieces.push(Piece::Const {
                            value: Vec::new(),
                            u_prefix: false,
                            loc,
                        });
                    }
                    self.interpolation(i, raw, &mut pieces)?
                }
            }
        }
        let end = match spec.elements.last() {
            Some(el) => el.range().end(),
            None => colon + TextSize::new(1),
        };
        if let Some(ra::InterpolatedStringElement::Interpolation(_)) = spec.elements.last() {
            let loc = self.loc2(end, end);
            pieces.push(Piece::Const {
                value: Vec::new(),
                u_prefix: false,
                loc,
            });
        }
        let values = pieces
            .into_iter()
            .map(|p| match p {
                Piece::Const {
                    value,
                    u_prefix,
                    loc,
                } => const_str(value, u_prefix, loc),
                Piece::Value(e) => e,
            })
            .collect();
        let loc = self.loc2(colon, end);
        Ok(Expr::new(ExprKind::JoinedStr { values }, loc))
    }

    /// Decodes a literal body (escapes, newlines) into `out`: generalized UTF-8 for str, raw
    /// bytes for bytes. `token` is where errors are reported.
    fn decode_into(
        &mut self,
        out: &mut Vec<u8>,
        body: &str,
        body_start: usize,
        raw: bool,
        kind: Kind,
        token: TextRange,
    ) -> R<()> {
        let b = body.as_bytes();
        if kind == Kind::Bytes && !b.is_ascii() {
            // CPython counts this error's end in bytes.
            let mut e = self.error_at("bytes can only contain ASCII literal characters", token);
            e.end_offset = self.pos(token.end()).1 as u32 + 1;
            return Err(e);
        }
        if (raw || !b.contains(&b'\\'))
            && !b.contains(&b'\r')
            && (kind != Kind::FStringPart || !(b.contains(&b'{') || b.contains(&b'}')))
        {
            out.extend_from_slice(b);
            return Ok(());
        }
        let mut warned = false;
        let mut i = 0;
        // Position in CPython's preprocessed buffer (each non-ASCII character takes ten bytes),
        // which its escape-decoding errors count in.
        let mut pre = 0usize;
        while i < b.len() {
            let c = b[i];
            if c == b'\r' {
                out.push(b'\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                pre += 1;
                continue;
            }
            if kind == Kind::FStringPart && (c == b'{' || c == b'}') && b.get(i + 1) == Some(&c) {
                out.push(c);
                i += 2;
                pre += 2;
                continue;
            }
            if c != b'\\' || raw {
                if c == b'\\'
                    && raw
                    && i + 1 < b.len()
                    && (b[i + 1] == b'\\' || b[i + 1] == b'\'' || b[i + 1] == b'"')
                {
                    out.extend_from_slice(&b[i..i + 2]);
                    i += 2;
                    pre += 2;
                    continue;
                }
                if c < 0x80 {
                    out.push(c);
                    pre += 1;
                    i += 1;
                } else {
                    let len = utf8_len(c);
                    out.extend_from_slice(&b[i..(i + len).min(b.len())]);
                    pre += 10;
                    i += len;
                }
                continue;
            }
            let esc_start = i;
            let pre_start = pre;
            i += 1;
            pre += 1;
            let Some(&n) = b.get(i) else {
                out.push(b'\\');
                break;
            };
            if n >= 0x80 {
                // A backslash before a non-ASCII character stays, without a warning (CPython
                // turns it into `\u005c` before decoding).
                out.push(b'\\');
                pre += 5;
                continue;
            }
            i += 1;
            pre += 1;
            let simple = match n {
                b'\n' => Some(None),
                b'\r' => {
                    if b.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    Some(None)
                }
                b'\\' => Some(Some(b'\\')),
                b'\'' => Some(Some(b'\'')),
                b'"' => Some(Some(b'"')),
                b'a' => Some(Some(7)),
                b'b' => Some(Some(8)),
                b'f' => Some(Some(12)),
                b'n' => Some(Some(10)),
                b'r' => Some(Some(13)),
                b't' => Some(Some(9)),
                b'v' => Some(Some(11)),
                _ => None,
            };
            if let Some(v) = simple {
                out.extend(v);
                continue;
            }
            match n {
                b'0'..=b'7' => {
                    let mut v = u32::from(n - b'0');
                    let mut digits = 1;
                    while digits < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + u32::from(b[i] - b'0');
                        i += 1;
                        pre += 1;
                        digits += 1;
                    }
                    if v > 0o377 && !warned {
                        warned = true;
                        let msg = format!(
                            "invalid octal escape sequence '\\{}'",
                            &body[esc_start + 1..i]
                        );
                        self.warn(msg, token.start());
                    }
                    if kind == Kind::Bytes {
                        out.push((v & 0xFF) as u8);
                    } else {
                        push_code_point(out, v);
                    }
                }
                b'x' | b'u' | b'U' if kind != Kind::Bytes || n == b'x' => {
                    let want = match n {
                        b'x' => 2,
                        b'u' => 4,
                        _ => 8,
                    };
                    let mut v: u32 = 0;
                    let mut got = 0;
                    while got < want && i < b.len() && b[i].is_ascii_hexdigit() {
                        v = v * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
                        i += 1;
                        pre += 1;
                        got += 1;
                    }
                    if got < want {
                        let msg = if kind == Kind::Bytes {
                            format!("(value error) invalid \\x escape at position {esc_start}")
                        } else {
                            let what = match n {
                                b'x' => "truncated \\xXX escape",
                                b'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            unicode_error(pre_start, pre - 1, what)
                        };
                        return Err(self.error_at(msg, token));
                    }
                    if kind == Kind::Bytes {
                        out.push(v as u8);
                    } else if v > 0x10FFFF {
                        return Err(self.error_at(
                            unicode_error(pre_start, pre - 1, "illegal Unicode character"),
                            token,
                        ));
                    } else {
                        push_code_point(out, v);
                    }
                }
                b'N' if kind != Kind::Bytes => {
                    let close = if b.get(i) == Some(&b'{') {
                        body[i..].find('}').map(|k| i + k)
                    } else {
                        None
                    };
                    let Some(close) = close.filter(|&k| k > i + 1) else {
                        return Err(self.error_at(
                            unicode_error(pre_start, pre - 1, "malformed \\N character escape"),
                            token,
                        ));
                    };
                    let name = &body[i + 1..close];
                    let pre_end = pre + (close + 1 - i);
                    i = close + 1;
                    pre = pre_end;
                    match crate::runtime::unicode::names::lookup(name.as_bytes(), false) {
                        Some(crate::runtime::unicode::names::Named::Char(c)) => push_code_point(out, c),
                        _ => {
                            return Err(self.error_at(
                                unicode_error(pre_start, pre - 1, "unknown Unicode character name"),
                                token,
                            ));
                        }
                    }
                }
                _ => {
                    if !warned {
                        warned = true;
                        let ch = body[esc_start + 1..].chars().next().unwrap_or('\\');
                        self.warn(format!("invalid escape sequence '\\{ch}'"), token.start());
                    }
                    out.push(b'\\');
                    i -= 1;
                    pre -= 1;
                }
            }
        }
        let _ = body_start;
        Ok(())
    }

    /// A number literal, read from the source text.
    pub(super) fn number(&mut self, e: &ra::ExprNumberLiteral) -> R<Expr> {
        let loc = self.loc(e.range);
        let text = self.slice(e.range);
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        let value = match &e.value {
            ra::Number::Int(_) => {
                let lower = clean.to_ascii_lowercase();
                let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
                    (d, 16)
                } else if let Some(d) = lower.strip_prefix("0o") {
                    (d, 8)
                } else if let Some(d) = lower.strip_prefix("0b") {
                    (d, 2)
                } else {
                    (lower.as_str(), 10)
                };
                match BigInt::parse_bytes(digits.as_bytes(), radix) {
                    Some(v) => Constant::Int(v),
                    None => return Err(self.error_at("invalid decimal literal", e.range)),
                }
            }
            ra::Number::Float(f) => Constant::Float(clean.parse::<f64>().unwrap_or(*f)),
            ra::Number::Complex { imag, .. } => {
                let im = clean[..clean.len().saturating_sub(1)]
                    .parse::<f64>()
                    .unwrap_or(*imag);
                Constant::Complex { re: 0.0, im }
            }
        };
        Ok(Expr::new(
            ExprKind::Constant {
                value,
                u_prefix: false,
            },
            loc,
        ))
    }
}

fn const_str(value: Vec<u8>, u_prefix: bool, loc: Loc) -> Expr {
    let s = PyStr::from_wtf8(&value)
        .unwrap_or_else(|_| PyStr::from(String::from_utf8_lossy(&value).into_owned()));
    Expr::new(
        ExprKind::Constant {
            value: Constant::Str(s),
            u_prefix,
        },
        loc,
    )
}

/// The message of a `unicodeescape` decoding error, positions as CPython counts them.
fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    if start == end {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}"
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"
        )
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// The debug text of `{expr=}` without the comments of a multi-line expression, as CPython's
/// tokenizer records it.
fn strip_comments(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                out.push(c);
                if c == b'\\' && i + 1 < b.len() {
                    out.push(b[i + 1]);
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            None => {
                if c == b'\'' || c == b'"' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
        i += 1;
    }
    out
}
