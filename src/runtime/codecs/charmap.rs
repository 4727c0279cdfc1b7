//! The one-byte codecs: ascii, latin-1 and cp1252 (which CPython reports as 'charmap').

use super::errors::{DecodeErrors, EncodeErrors, Replacement};
use crate::runtime::vm::{PyResult, Vm};

/// cp1252's code points for bytes 0x80..=0x9F (0 where the byte is undefined); the other
/// bytes are their latin-1 code points.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

const UNDEFINED: &str = "character maps to <undefined>";

fn cp1252_byte(c: u32) -> Option<u8> {
    if c < 0x80 || (0xA0..=0xFF).contains(&c) {
        return Some(c as u8);
    }
    CP1252_HIGH.iter().position(|&u| u != 0 && u32::from(u) == c).map(|p| 0x80 + p as u8)
}

/// ascii (`limit` 0x80) or latin-1 (`limit` 0x100).
pub fn encode_ucs1(vm: &mut Vm, ctx: &mut EncodeErrors, limit: u32) -> PyResult<Vec<u8>> {
    let (encoding, reason) =
        if limit == 0x80 { ("ascii", "ordinal not in range(128)") } else { ("latin-1", "ordinal not in range(256)") };
    let s = ctx.s;
    let n = s.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = s.get(i);
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && s.get(end) >= limit {
            end += 1;
        }
        let (rep, next) = ctx.handle(vm, encoding, i, end, reason, true, None)?;
        match rep {
            Replacement::Text(t) | Replacement::Bytes(t) => out.extend_from_slice(&t),
        }
        i = next;
    }
    Ok(out)
}

pub fn encode_cp1252(vm: &mut Vm, ctx: &mut EncodeErrors) -> PyResult<Vec<u8>> {
    let s = ctx.s;
    let n = s.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if let Some(b) = cp1252_byte(s.get(i)) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < n && cp1252_byte(s.get(end)).is_none() {
            end += 1;
        }
        let (rep, next) = ctx.handle(vm, "charmap", i, end, UNDEFINED, false, None)?;
        match rep {
            Replacement::Text(t) => {
                for (k, &c) in t.iter().enumerate() {
                    match cp1252_byte(u32::from(c)) {
                        Some(b) => out.push(b),
                        None => return Err(ctx.error(vm, "charmap", i + k, i + k + 1, UNDEFINED)),
                    }
                }
            }
            Replacement::Bytes(b) => out.extend_from_slice(&b),
        }
        i = next;
    }
    Ok(out)
}

pub fn decode_ascii(vm: &mut Vm, ctx: &mut DecodeErrors) -> PyResult<Vec<u32>> {
    let data = ctx.data;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b < 0x80 {
            out.push(u32::from(b));
            i += 1;
        } else {
            i = ctx.handle(vm, "ascii", i, i + 1, "ordinal not in range(128)", None, &mut out)?;
        }
    }
    Ok(out)
}

pub fn decode_cp1252(vm: &mut Vm, ctx: &mut DecodeErrors) -> PyResult<Vec<u32>> {
    let data = ctx.data;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let c = if (0x80..0xA0).contains(&b) { u32::from(CP1252_HIGH[usize::from(b - 0x80)]) } else { u32::from(b) };
        if c != 0 || b == 0 {
            out.push(c);
            i += 1;
        } else {
            i = ctx.handle(vm, "charmap", i, i + 1, UNDEFINED, None, &mut out)?;
        }
    }
    Ok(out)
}
