//! `'...' % (a, b)` rewritten as an f-string, as CPython 3.12's `optimize_format` does it: when
//! the format holds only literal text and `%s`, `%r` and `%a` units (with an optional `-` flag,
//! width and precision of at most two digits each) and the tuple has exactly one item per unit
//! and no starred item, the BinOp becomes a JoinedStr of the literal pieces and
//! `FormattedValue(item, conversion, spec)` nodes.

use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;
use crate::frontend::ast::{Expr, ExprKind, Loc};

/// One piece of the rewritten string.
enum Piece {
    Literal(PyStr),
    /// A `%` unit: its conversion character and its format spec, if any.
    Unit {
        conversion: u32,
        spec: Option<String>,
    },
}

/// The flag of `%-...`: left-justify.
const LJUST: u8 = 1;
/// The most digits a width or precision may have.
const MAX_DIGITS: usize = 2;

/// The literal text from `pos` up to the next single `%`, with each `%%` made `%`.
fn parse_literal(fmt: &[u32], pos: &mut usize) -> Option<PyStr> {
    let start = *pos;
    let mut out = Vec::new();
    while *pos < fmt.len() {
        if fmt[*pos] != u32::from(b'%') {
            out.push(fmt[*pos]);
            *pos += 1;
        } else if *pos + 1 < fmt.len() && fmt[*pos + 1] == u32::from(b'%') {
            out.push(u32::from(b'%'));
            *pos += 2;
        } else {
            break;
        }
    }
    (*pos != start).then(|| PyStr::from_code_points(out))
}

/// Flags, width, precision and conversion of a `%` unit (`pos` just past the `%`); `None` for
/// what the optimization does not handle.
fn parse_unit(fmt: &[u32], pos: &mut usize) -> Option<Piece> {
    let mut next = || {
        let c = *fmt.get(*pos)?;
        *pos += 1;
        char::from_u32(c).or(Some('\u{FFFD}'))
    };
    let mut flags = 0u8;
    let mut ch;
    loop {
        ch = next()?;
        match ch {
            '-' => flags |= LJUST,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
            width = width * 10 + d as i32;
            ch = next()?;
            digits += 1;
            if digits > MAX_DIGITS {
                return None;
            }
        }
    }
    let mut prec: i32 = -1;
    if ch == '.' {
        ch = next()?;
        prec = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
            prec = prec * 10 + d as i32;
            ch = next()?;
            digits += 1;
            if digits > MAX_DIGITS {
                return None;
            }
        }
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if flags & LJUST == 0 && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push('.');
        spec.push_str(&prec.to_string());
    }
    Some(Piece::Unit {
        conversion: ch as u32,
        spec: (!spec.is_empty()).then_some(spec),
    })
}

/// The pieces of the rewritten string for a format with `items` values, or `None` when it is
/// left as it is.
fn plan(fmt: &PyStr, items: usize) -> Option<Vec<Piece>> {
    let fmt: Vec<u32> = fmt.code_points().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut used = 0;
    loop {
        if let Some(lit) = parse_literal(&fmt, &mut pos) {
            pieces.push(Piece::Literal(lit));
        }
        if pos >= fmt.len() {
            break;
        }
        if used >= items {
            return None;
        }
        pos += 1;
        pieces.push(parse_unit(&fmt, &mut pos)?);
        used += 1;
    }
    (used == items).then_some(pieces)
}

fn constant_at_no_location(value: Constant) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value,
            u_prefix: false,
        },
        Loc::NONE,
    )
}

/// The JoinedStr's values for `fmt % (items...)`, or the items given back when the format is
/// not rewritten. Literal pieces and format specs have no location; each FormattedValue has
/// its item's.
pub fn optimize_format(fmt: &PyStr, items: Vec<Expr>) -> Result<Vec<Expr>, Vec<Expr>> {
    if items
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return Err(items);
    }
    let Some(pieces) = plan(fmt, items.len()) else {
        return Err(items);
    };
    let mut items = items.into_iter();
    let mut values = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match piece {
            Piece::Literal(s) => values.push(constant_at_no_location(Constant::Str(s))),
            Piece::Unit { conversion, spec } => {
                let Some(value) = items.next() else { break };
                let loc = value.loc;
                let format_spec =
                    spec.map(|s| Box::new(constant_at_no_location(Constant::str(&s))));
                values.push(Expr::new(
                    ExprKind::FormattedValue {
                        value: Box::new(value),
                        conversion: conversion as i32,
                        format_spec,
                    },
                    loc,
                ));
            }
        }
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(fmt: &str, n: usize) -> Option<String> {
        let pieces = plan(&PyStr::new(fmt), n)?;
        Some(
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Literal(s) => format!("L{}", s.to_string_lossy()),
                    Piece::Unit { conversion, spec } => format!(
                        "U{}{}",
                        char::from_u32(*conversion).unwrap_or('?'),
                        spec.as_deref().map(|s| format!(":{s}")).unwrap_or_default()
                    ),
                })
                .collect::<Vec<_>>()
                .join("|"),
        )
    }

    #[test]
    fn plans() {
        assert_eq!(
            describe("%s+%-5s|%.3r", 3).as_deref(),
            Some("Us|L+|Us:5|L||Ur:.3")
        );
        assert_eq!(describe("a%%b%5s", 1).as_deref(), Some("La%b|Us:>5"));
        assert_eq!(describe("%99s%.99a", 2).as_deref(), Some("Us:>99|Ua:.99"));
        assert_eq!(describe("%100s", 1), None);
        assert_eq!(describe("%d", 1), None);
        assert_eq!(describe("%s %s", 1), None);
        assert_eq!(describe("%s", 2), None);
        assert_eq!(describe("%", 1), None);
        assert_eq!(describe("%.s", 1).as_deref(), Some("Us:.0"));
        assert_eq!(describe("%+05s", 1).as_deref(), Some("Us:>5"));
        assert_eq!(describe("abc", 0).as_deref(), Some("Labc"));
    }
}
