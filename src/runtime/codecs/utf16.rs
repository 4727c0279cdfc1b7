//! UTF-16 and UTF-32, with a BOM (`None`: written when encoding, detected when decoding,
//! little-endian otherwise) or in a fixed byte order (`Some(big_endian)`).

use super::errors::{DecodeErrors, EncodeErrors, Layout, Replacement};
use crate::runtime::vm::{PyResult, Vm};

fn is_surrogate(c: u32) -> bool {
    (0xD800..=0xDFFF).contains(&c)
}

fn push16(out: &mut Vec<u8>, u: u16, big: bool) {
    out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
}

fn push32(out: &mut Vec<u8>, u: u32, big: bool) {
    out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
}

fn encode_name(order: Option<bool>, base: &'static [&'static str; 3]) -> &'static str {
    match order {
        None => base[0],
        Some(false) => base[1],
        Some(true) => base[2],
    }
}

const NAMES16: [&str; 3] = ["utf-16", "utf-16-le", "utf-16-be"];
const NAMES32: [&str; 3] = ["utf-32", "utf-32-le", "utf-32-be"];
const SURROGATES: &str = "surrogates not allowed";

pub fn encode_utf16(vm: &mut Vm, ctx: &mut EncodeErrors, order: Option<bool>) -> PyResult<Vec<u8>> {
    let name = encode_name(order, &NAMES16);
    let big = order.unwrap_or(false);
    let s = ctx.s;
    let mut out = Vec::with_capacity(2 * s.len() + 2);
    if order.is_none() {
        push16(&mut out, 0xFEFF, big);
    }
    let mut i = 0;
    while i < s.len() {
        let c = s.get(i);
        if !is_surrogate(c) {
            if c >= 0x10000 {
                let v = c - 0x10000;
                push16(&mut out, 0xD800 | (v >> 10) as u16, big);
                push16(&mut out, 0xDC00 | (v & 0x3FF) as u16, big);
            } else {
                push16(&mut out, c as u16, big);
            }
            i += 1;
            continue;
        }
        let (rep, next) = ctx.handle(vm, name, i, i + 1, SURROGATES, false, Some(Layout::Utf16 { big }))?;
        match rep {
            Replacement::Bytes(b) => {
                if b.len() % 2 != 0 {
                    return Err(ctx.error(vm, name, i, i + 1, SURROGATES));
                }
                out.extend_from_slice(&b);
            }
            Replacement::Text(t) => {
                for &c in &t {
                    push16(&mut out, u16::from(c), big);
                }
            }
        }
        i = next;
    }
    Ok(out)
}

pub fn encode_utf32(vm: &mut Vm, ctx: &mut EncodeErrors, order: Option<bool>) -> PyResult<Vec<u8>> {
    let name = encode_name(order, &NAMES32);
    let big = order.unwrap_or(false);
    let s = ctx.s;
    let mut out = Vec::with_capacity(4 * s.len() + 4);
    if order.is_none() {
        push32(&mut out, 0xFEFF, big);
    }
    let mut i = 0;
    while i < s.len() {
        let c = s.get(i);
        if !is_surrogate(c) {
            push32(&mut out, c, big);
            i += 1;
            continue;
        }
        let (rep, next) = ctx.handle(vm, name, i, i + 1, SURROGATES, false, Some(Layout::Utf32 { big }))?;
        match rep {
            Replacement::Bytes(b) => {
                if b.len() % 4 != 0 {
                    return Err(ctx.error(vm, name, i, i + 1, SURROGATES));
                }
                out.extend_from_slice(&b);
            }
            Replacement::Text(t) => {
                for &c in &t {
                    push32(&mut out, u32::from(c), big);
                }
            }
        }
        i = next;
    }
    Ok(out)
}

/// The byte order and the offset past the BOM, for `order` and the start of the data.
fn byte_order(data: &[u8], order: Option<bool>, le_bom: &[u8], be_bom: &[u8]) -> (bool, usize) {
    match order {
        Some(big) => (big, 0),
        None if data.starts_with(le_bom) => (false, le_bom.len()),
        None if data.starts_with(be_bom) => (true, be_bom.len()),
        None => (false, 0),
    }
}

pub fn decode_utf16(vm: &mut Vm, ctx: &mut DecodeErrors, order: Option<bool>) -> PyResult<Vec<u32>> {
    let data = ctx.data;
    let n = data.len();
    let (big, mut i) = byte_order(data, order, b"\xff\xfe", b"\xfe\xff");
    let name = if big { "utf-16-be" } else { "utf-16-le" };
    let pass = Some(Layout::Utf16 { big });
    let unit = |i: usize| -> u32 {
        let u = [data[i], data[i + 1]];
        u32::from(if big { u16::from_be_bytes(u) } else { u16::from_le_bytes(u) })
    };
    let mut out = Vec::with_capacity(n / 2);
    while i < n {
        if n - i < 2 {
            i = ctx.handle(vm, name, i, n, "truncated data", pass, &mut out)?;
            continue;
        }
        let c = unit(i);
        if !is_surrogate(c) {
            out.push(c);
            i += 2;
        } else if c >= 0xDC00 {
            i = ctx.handle(vm, name, i, i + 2, "illegal encoding", pass, &mut out)?;
        } else if n - i < 4 {
            i = ctx.handle(vm, name, i, n, "unexpected end of data", pass, &mut out)?;
        } else {
            let c2 = unit(i + 2);
            if (0xDC00..=0xDFFF).contains(&c2) {
                out.push(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
                i += 4;
            } else {
                i = ctx.handle(vm, name, i, i + 2, "illegal UTF-16 surrogate", pass, &mut out)?;
            }
        }
    }
    Ok(out)
}

pub fn decode_utf32(vm: &mut Vm, ctx: &mut DecodeErrors, order: Option<bool>) -> PyResult<Vec<u32>> {
    let data = ctx.data;
    let n = data.len();
    let (big, mut i) = byte_order(data, order, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff");
    let name = if big { "utf-32-be" } else { "utf-32-le" };
    let pass = Some(Layout::Utf32 { big });
    let mut out = Vec::with_capacity(n / 4);
    while i < n {
        if n - i < 4 {
            i = ctx.handle(vm, name, i, n, "truncated data", pass, &mut out)?;
            continue;
        }
        let u = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if big { u32::from_be_bytes(u) } else { u32::from_le_bytes(u) };
        if is_surrogate(c) {
            let reason = "code point in surrogate code point range(0xd800, 0xe000)";
            i = ctx.handle(vm, name, i, i + 4, reason, pass, &mut out)?;
        } else if c > 0x10FFFF {
            i = ctx.handle(vm, name, i, i + 4, "code point not in range(0x110000)", pass, &mut out)?;
        } else {
            out.push(c);
            i += 4;
        }
    }
    Ok(out)
}
