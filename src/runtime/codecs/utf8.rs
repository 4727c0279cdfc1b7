//! UTF-8 (and utf-8-sig) encoding and decoding, with CPython's error positions and reasons.

use super::errors::{DecodeErrors, EncodeErrors, Layout, Replacement};
use crate::bytecode::pystr::push_code_point;
use crate::runtime::vm::{PyResult, Vm};

const START: &str = "invalid start byte";
const CONT: &str = "invalid continuation byte";
const EOD: &str = "unexpected end of data";

fn is_surrogate(c: u32) -> bool {
    (0xD800..=0xDFFF).contains(&c)
}

/// Encodes the text of `ctx` (after a BOM when `bom`); surrogates are errors.
pub fn encode(vm: &mut Vm, ctx: &mut EncodeErrors, bom: bool) -> PyResult<Vec<u8>> {
    let s = ctx.s;
    let n = s.len();
    let mut out = Vec::with_capacity(n + 3);
    if bom {
        out.extend_from_slice(b"\xef\xbb\xbf");
    }
    if s.max_char() < 0xD800 || !s.chars().any(is_surrogate) {
        out.extend_from_slice(&s.to_wtf8());
        return Ok(out);
    }
    let mut i = 0;
    while i < n {
        let c = s.get(i);
        if !is_surrogate(c) {
            push_code_point(&mut out, c);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && is_surrogate(s.get(end)) {
            end += 1;
        }
        let (rep, next) = ctx.handle(vm, "utf-8", i, end, "surrogates not allowed", true, Some(Layout::Utf8))?;
        match rep {
            Replacement::Text(t) | Replacement::Bytes(t) => out.extend_from_slice(&t),
        }
        i = next;
    }
    Ok(out)
}

/// The code point of the sequence at `data[i..]` and its length, or where the bad sequence
/// ends and why, as CPython's decoder reports it.
fn decode_one(data: &[u8], i: usize) -> Result<(u32, usize), (usize, &'static str)> {
    let n = data.len();
    let b = data[i];
    let (len, lo, hi) = match b {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return Err((i + 1, START)),
    };
    let Some(&c1) = data.get(i + 1) else { return Err((n, EOD)) };
    if !(lo..=hi).contains(&c1) {
        return Err((i + 1, CONT));
    }
    let mut cp = (u32::from(b) & (0x7F >> len)) << 6 | u32::from(c1 & 0x3F);
    for k in 2..len {
        match data.get(i + k) {
            None => return Err((n, EOD)),
            Some(&c) if c & 0xC0 != 0x80 => return Err((i + k, CONT)),
            Some(&c) => cp = cp << 6 | u32::from(c & 0x3F),
        }
    }
    Ok((cp, len))
}

/// Decodes the input of `ctx` as UTF-8.
pub fn decode(vm: &mut Vm, ctx: &mut DecodeErrors) -> PyResult<Vec<u32>> {
    let data = ctx.data;
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = data[i];
        if b < 0x80 {
            out.push(u32::from(b));
            i += 1;
            continue;
        }
        match decode_one(data, i) {
            Ok((cp, len)) => {
                out.push(cp);
                i += len;
            }
            Err((end, reason)) => i = ctx.handle(vm, "utf-8", i, end, reason, Some(Layout::Utf8), &mut out)?,
        }
    }
    Ok(out)
}
