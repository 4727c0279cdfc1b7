//! Decoding co_code into the instructions `dis` shows, as CPython 3.12's `dis.get_instructions`
//! does: EXTENDED_ARG folding (as a signed 32-bit value), skipped inline caches, the meaning of
//! each oparg (`argrepr`), jump targets and line starts.

use std::collections::{BTreeMap, HashSet};

use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::exctable::{self, ExceptionEntry};
use crate::bytecode::linetable;
use crate::bytecode::opcode::{self, Op, Operand};
use crate::text::constant_repr;

/// One line of a disassembly: an instruction, or with `show_caches` one of its CACHE units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// The opcode's name; `<N>` for a byte that is no opcode of CPython 3.12.
    pub opname: String,
    /// The opcode byte.
    pub opcode: u8,
    /// The oparg with its EXTENDED_ARG prefixes folded in, for opcodes that take one.
    pub arg: Option<i64>,
    /// What the oparg means, as `dis` prints it in parentheses (empty for none).
    pub argrepr: String,
    /// The jump target in bytes, for jumps.
    pub jump_target: Option<i64>,
    /// Byte offset in co_code.
    pub offset: usize,
    /// The source line that starts here, if one does.
    pub starts_line: Option<i32>,
    /// Whether a jump or an exception handler leads here.
    pub is_jump_target: bool,
}

/// What an opcode byte decodes to for dis: its name, whether it takes an oparg, its cache units
/// and its table entry.
struct OpInfo {
    name: String,
    has_arg: bool,
    caches: usize,
    op: Option<Op>,
}

fn op_info(byte: u8) -> OpInfo {
    let op = Op::from_byte(byte).or_else(|| {
        Op::from_number(u32::from(byte)).filter(|op| op.class() == opcode::OpClass::Instrumented)
    });
    if op.is_none()
        && let Some((name, base)) = opcode::specialized(byte)
    {
        // A specialized instruction decodes as its family's base opcode (`dis._deoptop`).
        return OpInfo {
            name: name.to_owned(),
            has_arg: base.has_arg(),
            caches: base.caches() as usize,
            op: Some(base),
        };
    }
    match op {
        Some(op) => OpInfo {
            name: op.name().to_owned(),
            has_arg: op.has_arg(),
            caches: op.caches() as usize,
            op: Some(op),
        },
        None => OpInfo {
            name: format!("<{byte}>"),
            has_arg: false,
            caches: 0,
            op: None,
        },
    }
}

/// The table opcode an opcode byte decodes as: real and instrumented opcodes as themselves,
/// specialized instructions as their base opcode (`dis._deoptop`); None for unknown bytes.
pub fn decoded_op(byte: u8) -> Option<Op> {
    op_info(byte).op
}

/// The cache entries of an opcode as `dis` names them (`opcode._cache_format`): field names and
/// their sizes in code units, adding up to the opcode's cache count in the opcode table.
pub fn cache_format(op: Op) -> &'static [(&'static str, usize)] {
    match op {
        Op::LOAD_GLOBAL => &[
            ("counter", 1),
            ("index", 1),
            ("module_keys_version", 1),
            ("builtin_keys_version", 1),
        ],
        Op::BINARY_OP
        | Op::UNPACK_SEQUENCE
        | Op::COMPARE_OP
        | Op::BINARY_SUBSCR
        | Op::FOR_ITER
        | Op::LOAD_SUPER_ATTR
        | Op::STORE_SUBSCR
        | Op::SEND => &[("counter", 1)],
        Op::LOAD_ATTR => &[
            ("counter", 1),
            ("version", 2),
            ("keys_version", 2),
            ("descr", 4),
        ],
        Op::STORE_ATTR => &[("counter", 1), ("version", 2), ("index", 1)],
        Op::CALL => &[("counter", 1), ("func_version", 2)],
        _ => &[],
    }
}

/// What dis prints for a lookup that is out of range (where CPython's dis would raise).
const OUT_OF_RANGE: &str = "<index out of range>";

/// Python's sequence indexing: negative indices count from the end.
fn py_index<T>(items: &[T], i: i64) -> Option<&T> {
    let n = items.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if (0..n).contains(&i) {
        items.get(i as usize)
    } else {
        None
    }
}

/// The exception table as dis reads it: CPython's decoding, or where the table is malformed,
/// dis's own lenient reading (four varints per entry until the data runs out).
pub fn exception_entries(code: &CodeObject) -> Vec<ExceptionEntry> {
    if let Ok(entries) = exctable::decode(&code.exceptiontable) {
        return entries;
    }
    let table = &code.exceptiontable;
    let mut out = Vec::new();
    let mut i = 0;
    let read = |i: &mut usize| -> Option<u32> {
        let mut b = *table.get(*i)?;
        *i += 1;
        let mut v = u32::from(b & 63);
        while b & 64 != 0 {
            b = *table.get(*i)?;
            *i += 1;
            v = (v << 6) | u32::from(b & 63);
        }
        Some(v)
    };
    while i < table.len() {
        let (Some(start), Some(size), Some(target), Some(dl)) =
            (read(&mut i), read(&mut i), read(&mut i), read(&mut i))
        else {
            break;
        };
        out.push(ExceptionEntry {
            start,
            end: start.wrapping_add(size),
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    out
}

/// The offsets where a source line starts and the line (`dis.findlinestarts`), from the
/// location table.
pub fn line_starts(code: &CodeObject) -> BTreeMap<usize, i32> {
    let positions = linetable::decode(&code.linetable, code.firstlineno, code.code_units());
    let mut out = BTreeMap::new();
    let mut last = None;
    for (unit, pos) in positions.iter().enumerate() {
        // CPython shows a computed line of -1 as no line, like the no-location entries.
        if let Some(line) = pos.lineno.filter(|&l| l != -1)
            && last != Some(line)
        {
            out.insert(unit * 2, line);
            last = Some(line);
        }
    }
    out
}

/// Decodes co_code into instructions: (offset, opcode byte, oparg) as `dis._unpack_opargs`.
pub fn unpack_opargs(code: &[u8]) -> Vec<(usize, u8, Option<i64>)> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended: i64 = 0;
    let mut skip = 0;
    for offset in (0..code.len()).step_by(2) {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let byte = code[offset];
        let info = op_info(byte);
        skip = info.caches;
        let arg = if info.has_arg {
            let arg = i64::from(code.get(offset + 1).copied().unwrap_or(0)) | extended;
            extended = if info.op == Some(Op::EXTENDED_ARG) {
                arg.wrapping_shl(8)
            } else {
                0
            };
            if extended >= 1 << 31 {
                extended -= 1 << 32;
            }
            Some(arg)
        } else {
            extended = 0;
            None
        };
        out.push((offset, byte, arg));
    }
    out
}

/// Where a jump instruction at `offset` goes, in bytes.
fn jump_target(op: Op, offset: usize, arg: i64) -> i64 {
    let signed = if op.is_backward_jump() {
        arg.wrapping_neg()
    } else {
        arg
    };
    (offset as i64)
        .wrapping_add(2)
        .wrapping_add(signed.wrapping_mul(2))
        .wrapping_add(2 * i64::from(op.caches()))
}

/// The name of localsplus slot `arg` (`code._varname_from_oparg`).
fn varname(code: &CodeObject, arg: i64) -> String {
    usize::try_from(arg)
        .ok()
        .and_then(|i| code.localsplusnames.get(i))
        .map_or_else(|| OUT_OF_RANGE.to_owned(), |n| n.to_string())
}

fn name(code: &CodeObject, i: i64) -> String {
    py_index(&code.names, i).map_or_else(|| OUT_OF_RANGE.to_owned(), |n| n.to_string())
}

fn const_repr(consts: &[Constant], i: i64) -> String {
    py_index(consts, i).map_or_else(|| OUT_OF_RANGE.to_owned(), constant_repr)
}

fn table_entry(table: &[&str], i: i64) -> String {
    py_index(table, i).map_or_else(|| OUT_OF_RANGE.to_owned(), |s| (*s).to_owned())
}

/// The meaning of an oparg (`argrepr`) and, for jumps, the target.
fn describe(code: &CodeObject, op: Op, offset: usize, arg: i64) -> (String, Option<i64>) {
    let with_prefix = |prefix: &str, name: String| {
        if arg & 1 != 0 && !name.is_empty() {
            format!("{prefix}{name}")
        } else {
            name
        }
    };
    let text = match op.operand() {
        Operand::Const => const_repr(&code.consts, arg),
        Operand::Name => match op {
            Op::LOAD_GLOBAL => with_prefix("NULL + ", name(code, arg >> 1)),
            Op::LOAD_ATTR => with_prefix("NULL|self + ", name(code, arg >> 1)),
            Op::LOAD_SUPER_ATTR => with_prefix("NULL|self + ", name(code, arg >> 2)),
            _ => name(code, arg),
        },
        Operand::Jump => {
            let target = jump_target(op, offset, arg);
            return (format!("to {target}"), Some(target));
        }
        Operand::Local | Operand::Free => varname(code, arg),
        Operand::Compare => table_entry(&opcode::CMP_OPS, arg >> 4),
        Operand::None | Operand::Arg | Operand::BlockPush => match op {
            Op::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                match (conv, arg & 4 != 0) {
                    ("", true) => "with format".to_owned(),
                    (c, true) => format!("{c}, with format"),
                    (c, false) => c.to_owned(),
                }
            }
            Op::MAKE_FUNCTION => ["defaults", "kwdefaults", "annotations", "closure"]
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
            Op::BINARY_OP => {
                let ops: Vec<&str> = opcode::NB_OPS.iter().map(|(_, sym)| *sym).collect();
                table_entry(&ops, arg)
            }
            Op::CALL_INTRINSIC_1 => table_entry(&opcode::INTRINSIC_1, arg),
            Op::CALL_INTRINSIC_2 => table_entry(&opcode::INTRINSIC_2, arg),
            _ => String::new(),
        },
    };
    (text, None)
}

/// What the adaptive interpreter of CPython 3.12 makes of co_code before the code first runs
/// (`_PyCode_Quicken`, what `_co_code_adaptive` shows of code that never ran): the first cache
/// unit of each instruction holds the warm-up counter, and some pairs of instructions become
/// superinstructions (the first of the pair is renamed).
pub fn quicken(code: &[u8]) -> Vec<u8> {
    /// `adaptive_counter_warmup()`: value 1, backoff 1.
    const WARMUP: u8 = 17;
    let mut out = code.to_vec();
    let units = code.len() / 2;
    let base = |i: usize| -> (u16, usize) {
        let info = op_info(code[2 * i]);
        match info.op {
            Some(op) => (op.number(), info.caches),
            None => (u16::from(code[2 * i]), 0),
        }
    };
    let number = |op: Op| op.number();
    let mut opcode: u16 = 0;
    let mut i = 0;
    while i < units {
        let previous = opcode;
        let (op, caches) = base(i);
        opcode = op;
        if caches > 0 {
            if let Some(c) = out.get_mut(2 * (i + 1)..2 * (i + 1) + 2) {
                c.copy_from_slice(&[WARMUP, 0]);
            }
            i += caches + 1;
            continue;
        }
        let pair = |a: Op, b: Op| previous == number(a) && op == number(b);
        let superinstruction = if pair(Op::LOAD_CONST, Op::LOAD_FAST) {
            Some("LOAD_CONST__LOAD_FAST")
        } else if pair(Op::LOAD_FAST, Op::LOAD_CONST) {
            Some("LOAD_FAST__LOAD_CONST")
        } else if pair(Op::LOAD_FAST, Op::LOAD_FAST) {
            Some("LOAD_FAST__LOAD_FAST")
        } else if pair(Op::STORE_FAST, Op::LOAD_FAST) {
            Some("STORE_FAST__LOAD_FAST")
        } else if pair(Op::STORE_FAST, Op::STORE_FAST) {
            Some("STORE_FAST__STORE_FAST")
        } else {
            None
        };
        if let Some(n) = superinstruction.and_then(opcode::specialized_number)
            && i > 0
        {
            out[2 * (i - 1)] = n;
        }
        i += 1;
    }
    out
}

/// The instructions of a code object as `dis` lists them; with `show_caches`, each inline
/// cache unit follows its instruction as a CACHE line.
pub fn instructions(code: &CodeObject, show_caches: bool) -> Vec<Instruction> {
    let raw = unpack_opargs(&code.code);
    let mut labels: HashSet<i64> = HashSet::new();
    for &(offset, byte, arg) in &raw {
        if let (Some(op), Some(arg)) = (op_info(byte).op, arg)
            && op.is_jump()
        {
            labels.insert(jump_target(op, offset, arg));
        }
    }
    for e in exception_entries(code) {
        if e.start < e.end {
            labels.insert(2 * i64::from(e.target));
        }
    }
    let starts = line_starts(code);
    let mut out = Vec::with_capacity(raw.len());
    for (offset, byte, arg) in raw {
        let info = op_info(byte);
        let (argrepr, target) = match (info.op, arg) {
            (Some(op), Some(arg)) => describe(code, op, offset, arg),
            _ => (String::new(), None),
        };
        out.push(Instruction {
            opname: info.name,
            opcode: byte,
            arg,
            argrepr,
            jump_target: target,
            offset,
            starts_line: starts.get(&offset).copied(),
            is_jump_target: labels.contains(&(offset as i64)),
        });
        let Some(op) = info.op.filter(|_| show_caches) else {
            continue;
        };
        let mut unit = offset;
        for &(field, size) in cache_format(op) {
            for i in 0..size {
                unit += 2;
                let argrepr = if i == 0 {
                    let end = (unit + 2 * size).min(code.code.len());
                    let data = code.code.get(unit..end).unwrap_or(&[]);
                    let value = data
                        .iter()
                        .rev()
                        .fold(0u64, |v, &b| (v << 8) | u64::from(b));
                    format!("{field}: {value}")
                } else {
                    String::new()
                };
                out.push(Instruction {
                    opname: "CACHE".to_owned(),
                    opcode: 0,
                    arg: Some(0),
                    argrepr,
                    jump_target: None,
                    offset: unit,
                    starts_line: None,
                    is_jump_target: false,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::opcode::ALL;

    #[test]
    fn cache_formats_add_up_to_the_opcode_table() {
        for &op in ALL {
            if op.class() != opcode::OpClass::Real {
                continue;
            }
            let total: usize = cache_format(op).iter().map(|(_, n)| n).sum();
            assert_eq!(total, op.caches() as usize, "{}", op.name());
        }
    }

    #[test]
    fn specialized_instructions_take_cpythons_numbers() {
        assert_eq!(opcode::specialized_number("BINARY_OP_ADD_FLOAT"), Some(6));
        assert_eq!(opcode::specialized_number("LOAD_CONST__LOAD_FAST"), Some(84));
        assert_eq!(opcode::specialized_number("LOAD_FAST__LOAD_FAST"), Some(88));
        assert_eq!(opcode::specialized_number("STORE_FAST__LOAD_FAST"), Some(154));
        assert_eq!(opcode::specialized_number("SEND_GEN"), Some(168));
        assert_eq!(decoded_op(88), Some(Op::LOAD_FAST));
        assert_eq!(op_info(88).name, "LOAD_FAST__LOAD_FAST");
    }

    #[test]
    fn quickening_makes_superinstructions_and_warms_counters() {
        // RESUME 0; LOAD_FAST 0; STORE_FAST 2; LOAD_FAST 1; RETURN_VALUE
        let code = [0x97, 0, 0x7c, 0, 0x7d, 2, 0x7c, 1, 0x53, 0];
        assert_eq!(quicken(&code), [0x97, 0, 0x7c, 0, 0x9a, 2, 0x7c, 1, 0x53, 0]);
        // LOAD_FAST; LOAD_FAST; BINARY_OP (+ its counter); LOAD_FAST
        let code = [0x7c, 0, 0x7c, 1, 0x7a, 0, 0, 0, 0x7c, 0];
        assert_eq!(quicken(&code), [88, 0, 0x7c, 1, 0x7a, 0, 17, 0, 0x7c, 0]);
        // A truncated cache does not panic.
        assert_eq!(quicken(&[0x7a, 0]), [0x7a, 0]);
    }

    #[test]
    fn extended_args_fold_as_signed_32_bit() {
        // EXTENDED_ARG 1; JUMP_BACKWARD 53 -> oparg 309.
        let code = [144, 1, 140, 53];
        let raw = unpack_opargs(&code);
        assert_eq!(raw, vec![(0, 144, Some(1)), (2, 140, Some(309))]);
        // Four prefixes of 0xff wrap to a negative oparg, as in dis.
        let code = [144, 0xff, 144, 0xff, 144, 0xff, 100, 0xff];
        let raw = unpack_opargs(&code);
        assert_eq!(raw[3].2, Some(-1));
    }
}
