//! The reprs of this module against CPython 3.12's, over the cases of tests/data/repr312.txt
//! (written by tests/data/gen_repr_cases.py).

use std::sync::Arc;

use num_bigint::BigInt;

use super::*;
use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;

fn parse_hex_int(hex: &str) -> BigInt {
    match hex.strip_prefix('-') {
        Some(h) => -BigInt::parse_bytes(h.as_bytes(), 16).unwrap(),
        None => BigInt::parse_bytes(hex.as_bytes(), 16).unwrap(),
    }
}

fn parse_hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// Splits on `sep` outside brackets.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// An item token of a `Z` case (see gen_repr_cases.py).
fn parse_item(t: &str) -> Constant {
    let (tag, rest) = t.split_at(1);
    match tag {
        "N" => Constant::None,
        "T" => Constant::Bool(true),
        "F" => Constant::Bool(false),
        "i" => Constant::Int(parse_hex_int(rest)),
        "f" => Constant::Float(hex_u64(rest)),
        "b" => Constant::Bytes(Arc::from(parse_hex_bytes(rest))),
        "s" if rest.is_empty() => Constant::str(""),
        "s" => Constant::Str(PyStr::from_code_points(
            rest.split('.').map(|c| u32::from_str_radix(c, 16).unwrap()),
        )),
        "t" => {
            let inner = &rest[1..rest.len() - 1];
            if inner.is_empty() {
                Constant::tuple(vec![])
            } else {
                Constant::tuple(split_top(inner, ',').into_iter().map(parse_item).collect())
            }
        }
        _ => panic!("bad item {t}"),
    }
}

fn hex_u64(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("bad float bits in repr312.txt"))
}

#[test]
fn reprs_match_cpython() {
    let data = include_str!("../../tests/data/repr312.txt");
    let mut failures = Vec::new();
    let mut counts = [0usize; 6];
    for line in data.lines() {
        let (kind, rest) = line.split_once(' ').expect("bad line in repr312.txt");
        let (got, want) = match kind {
            "F" => {
                counts[0] += 1;
                let (b, want) = rest.split_once(' ').unwrap();
                (float_repr(hex_u64(b)), want)
            }
            "C" => {
                counts[1] += 1;
                let (re, rest) = rest.split_once(' ').unwrap();
                let (im, want) = rest.split_once(' ').unwrap();
                (complex_repr(hex_u64(re), hex_u64(im)), want)
            }
            "S" => {
                counts[2] += 1;
                let (cps, want) = rest.split_once(' ').unwrap();
                let cps: Vec<u32> = if cps == "-" {
                    vec![]
                } else {
                    cps.split(',')
                        .map(|c| u32::from_str_radix(c, 16).unwrap())
                        .collect()
                };
                (str_repr(&PyStr::from_code_points(cps)), want)
            }
            "B" => {
                counts[3] += 1;
                let (hex, want) = rest.split_once(' ').unwrap();
                let bytes: Vec<u8> = if hex == "-" {
                    vec![]
                } else {
                    (0..hex.len() / 2)
                        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
                        .collect()
                };
                (bytes_repr(&bytes), want)
            }
            "I" => {
                counts[4] += 1;
                let (hex, want) = rest.split_once(' ').unwrap();
                (int_repr(&parse_hex_int(hex)), want)
            }
            "Z" => {
                counts[5] += 1;
                let (items, want) = rest.split_once(' ').unwrap();
                let items: Vec<Constant> = if items == "-" {
                    vec![]
                } else {
                    split_top(items, ';').into_iter().map(parse_item).collect()
                };
                (constant_repr(&Constant::FrozenSet(Arc::from(items))), want)
            }
            _ => panic!("unknown case kind {kind}"),
        };
        if got != want {
            failures.push(format!("{line}\n    got {got}"));
        }
    }
    assert!(counts.iter().all(|&n| n > 0), "cases per kind: {counts:?}");
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        data.lines().count(),
        failures[..failures.len().min(20)].join("\n")
    );
}
