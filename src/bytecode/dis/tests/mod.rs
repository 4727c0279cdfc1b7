//! Tests of the disassembler: code objects compiled by CPython 3.12 (rebuilt in fixtures.rs)
//! against its `dis` output, and malformed code objects that must print without panicking.

mod fixtures;

use std::sync::Arc;

use super::*;
use crate::bytecode::code::CodeObject;

/// Replaces every ` at 0x<hex>` (code-object addresses) by ` at 0x`.
fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[test]
fn matches_cpython_dis_on_its_own_code_objects() {
    for (name, show_caches, code, expected) in fixtures::fixtures() {
        let got = normalize_addresses(&disassemble_with(&code, DisOptions { show_caches }));
        for (i, (g, e)) in got.lines().zip(expected.lines()).enumerate() {
            assert_eq!(g, e, "{name} (show_caches {show_caches}), line {}", i + 1);
        }
        assert_eq!(
            got.lines().count(),
            expected.lines().count(),
            "{name}: line count"
        );
        assert_eq!(got, expected, "{name}");
    }
}

fn bare(code: Vec<u8>) -> CodeObject {
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: 0,
        code,
        consts: vec![],
        names: vec![],
        localsplusnames: vec![],
        localspluskinds: vec![],
        filename: Arc::from("m.py"),
        name: Arc::from("<module>"),
        qualname: Arc::from("<module>"),
        firstlineno: 1,
        linetable: vec![],
        exceptiontable: vec![],
    }
}

#[test]
fn no_line_table_means_no_line_column() {
    // RESUME 0; LOAD_CONST 0; RETURN_VALUE with an empty location table.
    let mut code = bare(vec![151, 0, 100, 0, 83, 0]);
    code.consts = vec![Constant::None];
    assert_eq!(
        disassemble(&code),
        "          0 RESUME                   0\n          2 LOAD_CONST               0 (None)\n          \
         4 RETURN_VALUE\n"
    );
}

#[test]
fn malformed_code_prints_without_panicking() {
    // Out-of-range consts, names, locals, compare and binary ops, intrinsics; unknown opcodes; an
    // instrumented opcode; a jump far outside the code; four EXTENDED_ARGs; an odd length.
    let raw = vec![
        100, 9, 101, 3, 116, 7, 106, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 124, 200, 137, 1, 107, 255,
        0, 0, 122, 99, 0, 0, 173, 77, 174, 0, 6, 3, 255, 0, 240, 1, 110, 250, 144, 255, 144, 255,
        144, 255, 144, 255, 100, 1, 141, 13, 0, 0, 100,
    ];
    let mut code = bare(raw);
    code.linetable = vec![0x01, 0xff, 0x80];
    code.exceptiontable = vec![0x01, 0x7f, 0xc1];
    let text = disassemble_with(&code, DisOptions { show_caches: true });
    assert!(
        text.contains("LOAD_CONST               9 (<index out of range>)"),
        "{text}"
    );
    // Byte 6 is no opcode of the table but a specialized instruction, named as dis names it.
    assert!(text.contains("BINARY_OP_ADD_FLOAT      3 (<<)"), "{text}");
    assert!(text.contains("INSTRUMENTED_RESUME"), "{text}");
    assert!(
        text.contains("JUMP_FORWARD           250 (to 542)"),
        "{text}"
    );
    // Empty tables, a truncated code, zero units.
    for code_bytes in [vec![], vec![100], vec![0, 0, 0], vec![116, 1]] {
        let mut code = bare(code_bytes);
        code.linetable = vec![0xf8, 0x40];
        code.exceptiontable = vec![0x80, 0x40];
        let _ = disassemble_with(&code, DisOptions { show_caches: true });
        let _ = disassemble(&code);
    }
}

#[test]
fn wide_line_numbers_and_offsets() {
    // 5001 NOPs on line 1234 (a no-columns entry per 8 units), then RETURN_CONST.
    let mut raw = [9, 0].repeat(5001);
    raw.extend([121, 0]);
    let mut code = bare(raw);
    code.consts = vec![Constant::None];
    code.firstlineno = 1234;
    let units: usize = 5002;
    for k in 0..units.div_ceil(8) {
        let n = (units - 8 * k).min(8);
        code.linetable.extend([0x80 | (13 << 3) | (n as u8 - 1), 0]);
    }
    let text = disassemble(&code);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("1234            0 NOP"));
    assert_eq!(
        text.lines().last(),
        Some("            10002 RETURN_CONST             0 (None)")
    );
}

#[test]
fn random_code_objects_never_panic() {
    // A small linear congruential generator keeps the test deterministic and dependency-free.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as u32
    };
    for round in 0..2000 {
        let len = (next() % 64) as usize;
        // Bias towards real opcodes so that opargs, caches and tables get exercised.
        let raw: Vec<u8> = (0..len)
            .map(|k| {
                let r = next();
                if k % 2 == 0 && r % 4 != 0 {
                    [100, 116, 106, 107, 122, 140, 144, 93, 124, 171][(r % 10) as usize]
                } else {
                    r as u8
                }
            })
            .collect();
        let mut code = bare(raw);
        code.firstlineno = match round % 4 {
            0 => i32::MAX,
            1 => i32::MIN,
            _ => next() as i32 % 5000,
        };
        code.linetable = (0..next() % 24).map(|_| next() as u8).collect();
        code.exceptiontable = (0..next() % 24).map(|_| next() as u8).collect();
        code.consts = (0..next() % 3)
            .map(|i| Constant::int(i64::from(i)))
            .collect();
        code.names = (0..next() % 3).map(|i| Arc::from(format!("n{i}"))).collect();
        code.localsplusnames = (0..next() % 3).map(|i| Arc::from(format!("v{i}"))).collect();
        code.localspluskinds = vec![0x20; code.localsplusnames.len()];
        let _ = disassemble_with(
            &code,
            DisOptions {
                show_caches: round % 2 == 0,
            },
        );
    }
}
