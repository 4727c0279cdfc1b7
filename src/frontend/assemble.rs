//! The assembler: from one code unit's instruction sequence to its code object, as CPython
//! 3.12's `optimize_and_assemble_code_unit` (compile.c) and assemble.c do it: flow-graph
//! optimization, localsplus layout with the MAKE_CELL/COPY_FREE_VARS/RETURN_GENERATOR
//! prefix, stack depth, jump offsets, then wordcode, the location and exception tables and
//! the code object.

use std::sync::Arc;

use super::error::CompileError;
use super::flowgraph::{Cfg, CfgInstr, NO_BLOCK, each_block, optimize_code_unit};
use super::ir::{CodeUnitMetadata, InstrSequence};
use crate::bytecode::code::{CodeObject, Constant, flags, kinds};
use crate::bytecode::exctable::{self, ExceptionEntry};
use crate::bytecode::linetable::{LineTableWriter, Location};
use crate::bytecode::opcode::{Op, Operand, instr_size};

/// Optimizes one code unit's flow graph and assembles it into a code object.
///
/// `seq` is the unit's code as generated, ending with the implicit return CPython's
/// `add_return_at_end` appends (`LOAD_CONST None; RETURN_VALUE` without location, or
/// `RETURN_VALUE` alone). `code_flags` are the unit's final co_flags (CPython's
/// `compute_code_flags`).
pub fn assemble_code_unit(
    seq: InstrSequence,
    meta: CodeUnitMetadata,
    code_flags: u32,
    filename: &Arc<str>,
) -> Result<CodeObject, CompileError> {
    if meta.firstlineno <= 0 {
        return Err(CompileError::system("code unit without a first line number"));
    }
    let mut g = Cfg::from_sequence(&seq)?;
    drop(seq);
    let mut meta = meta;
    let mut consts = std::mem::take(&mut meta.consts).into_items();
    let nlocals = meta.varnames.len();
    optimize_code_unit(&mut g, &mut consts, nlocals, nparams(&meta, code_flags), meta.firstlineno)?;
    finish(g, consts, &meta, code_flags, filename)
}

/// Assembles a sequence without optimizing it and without exception handling, as CPython's
/// `_PyCompile_Assemble` (`_testinternalcapi.assemble_code_object`) does: for checking the
/// localsplus layout, stack depth, jump offsets and tables on their own.
pub fn assemble_unoptimized(
    seq: &InstrSequence,
    meta: &CodeUnitMetadata,
    filename: &Arc<str>,
) -> Result<CodeObject, CompileError> {
    let mut g = Cfg::from_sequence(seq)?;
    g.translate_jump_labels_to_targets()?;
    let consts = meta.consts.items().to_vec();
    finish(g, consts, meta, 0, filename)
}

/// The number of parameters (CPython's `len(ste_varnames)`): positional, keyword-only, and the
/// `*args` and `**kwargs` slots.
fn nparams(meta: &CodeUnitMetadata, code_flags: u32) -> usize {
    (meta.posonlyargcount + meta.argcount + meta.kwonlyargcount) as usize
        + usize::from(code_flags & flags::VARARGS != 0)
        + usize::from(code_flags & flags::VARKEYWORDS != 0)
}

fn finish(
    mut g: Cfg,
    consts: Vec<Constant>,
    meta: &CodeUnitMetadata,
    code_flags: u32,
    filename: &Arc<str>,
) -> Result<CodeObject, CompileError> {
    let layout = prepare_localsplus(meta, &mut g, code_flags)?;
    let maxdepth = g.stackdepth(code_flags)?;
    g.convert_pseudo_ops();
    g.resolve_jumps()?;
    let last = g.order().into_iter().rev().find(|&b| !g.blocks[b as usize].instrs.is_empty());
    if last.is_none_or(|b| g.blocks[b as usize].has_fallthrough()) {
        return Err(CompileError::system("code unit does not end with a return, raise or jump"));
    }
    check_opargs(&g, consts.len(), meta.names.len(), meta.varnames.len(), layout.nlocalsplus)?;
    let Emitted { code, linetable, exceptiontable } = emit(&g, meta.firstlineno)?;
    let (localsplusnames, localspluskinds) = localsplus_info(meta, &layout);

    let nplain = meta.varnames.len() as i64
        - i64::from(meta.posonlyargcount + meta.argcount + meta.kwonlyargcount)
        - i64::from(code_flags & flags::VARARGS != 0)
        - i64::from(code_flags & flags::VARKEYWORDS != 0);
    if nplain < 0 {
        return Err(CompileError::Other {
            exc_type: "ValueError",
            msg: "code: co_varnames is too small".into(),
        });
    }
    let qualname = if meta.qualname.is_empty() { meta.name.clone() } else { meta.qualname.clone() };
    Ok(CodeObject {
        argcount: meta.posonlyargcount + meta.argcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        stacksize: maxdepth,
        flags: code_flags,
        code,
        consts,
        names: meta.names.items().to_vec(),
        localsplusnames,
        localspluskinds,
        filename: filename.clone(),
        name: meta.name.clone(),
        qualname,
        firstlineno: meta.firstlineno,
        linetable,
        exceptiontable,
    })
}

/// Checks that every constant, name, local and cell index is in range, so that no code object
/// refers outside its tables.
fn check_opargs(
    g: &Cfg,
    nconsts: usize,
    nnames: usize,
    nlocals: usize,
    nlocalsplus: usize,
) -> Result<(), CompileError> {
    each_block!(g, b, {
        for i in &g.blocks[b as usize].instrs {
            let arg = i.arg as usize;
            let ok = match i.op.operand() {
                Operand::Const => arg < nconsts,
                Operand::Name => {
                    let index = match i.op {
                        Op::LOAD_GLOBAL | Op::LOAD_ATTR => arg >> 1,
                        Op::LOAD_SUPER_ATTR => arg >> 2,
                        _ => arg,
                    };
                    index < nnames
                }
                Operand::Local => arg < nlocals,
                Operand::Free => arg < nlocalsplus,
                _ => true,
            };
            if !ok {
                return Err(CompileError::system(format!(
                    "{} oparg {} out of range",
                    i.op.name(),
                    i.arg
                )));
            }
        }
    });
    Ok(())
}

/// Where the cell and free variables went in localsplus.
struct LocalsLayout {
    nlocalsplus: usize,
}

/// CPython's `prepare_localsplus`: maps cell and free variables to localsplus slots (a cell
/// that is also a parameter or local shares its slot), inserts the prefix instructions and
/// renumbers the cell and free opargs.
fn prepare_localsplus(
    meta: &CodeUnitMetadata,
    g: &mut Cfg,
    code_flags: u32,
) -> Result<LocalsLayout, CompileError> {
    let nlocals = meta.varnames.len();
    let ncellvars = meta.cellvars.len();
    let nfreevars = meta.freevars.len();
    let noffsets = ncellvars + nfreevars;

    let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
    for (cellindex, name) in meta.cellvars.items().iter().enumerate() {
        if let Some(varindex) = meta.varnames.get(name) {
            fixed[cellindex] = varindex as usize;
        }
    }

    insert_prefix_instructions(meta, g, &fixed, nfreevars, code_flags);

    let mut numdropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    each_block!(g, b, {
        for instr in &mut g.blocks[b as usize].instrs {
            if instr.op.operand() == Operand::Free {
                let new = fixed.get(instr.arg as usize).ok_or_else(|| {
                    CompileError::system("cell or free variable index out of range")
                })?;
                instr.arg = *new as u32;
            }
        }
    });
    Ok(LocalsLayout { nlocalsplus: nlocals + noffsets - numdropped })
}

fn insert_prefix_instructions(
    meta: &CodeUnitMetadata,
    g: &mut Cfg,
    fixed: &[usize],
    nfreevars: usize,
    code_flags: u32,
) {
    let entry = g.entry as usize;
    let mut prefix: Vec<CfgInstr> = Vec::new();
    if nfreevars > 0 {
        prefix.push(CfgInstr::new(Op::COPY_FREE_VARS, nfreevars as u32, Location::NONE));
    }
    let ncellvars = meta.cellvars.len();
    if ncellvars > 0 {
        // MAKE_CELLs in slot order: cells of parameters and locals first.
        let nvars = ncellvars + meta.varnames.len();
        let mut sorted = vec![0usize; nvars];
        for (i, &f) in fixed.iter().take(ncellvars).enumerate() {
            if f < nvars {
                sorted[f] = i + 1;
            }
        }
        for &s in &sorted {
            if s != 0 {
                prefix.push(CfgInstr::new(Op::MAKE_CELL, (s - 1) as u32, Location::NONE));
            }
        }
    }
    if code_flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        let line = meta.firstlineno;
        prefix.push(CfgInstr::new(Op::RETURN_GENERATOR, 0, Location::new(line, line, -1, -1)));
        prefix.push(CfgInstr::new(Op::POP_TOP, 0, Location::NONE));
    }
    if !prefix.is_empty() {
        let instrs = &mut g.blocks[entry].instrs;
        prefix.extend_from_slice(instrs);
        *instrs = prefix;
    }
}

/// localsplus names and kinds (CPython's `compute_localsplus_info`).
fn localsplus_info(meta: &CodeUnitMetadata, layout: &LocalsLayout) -> (Vec<Arc<str>>, Vec<u8>) {
    let n = layout.nlocalsplus;
    let mut names: Vec<Arc<str>> = vec![Arc::from(""); n];
    let mut kinds_out = vec![0u8; n];
    let mut set = |offset: usize, name: &Arc<str>, kind: u8| {
        if offset < n {
            names[offset] = name.clone();
            kinds_out[offset] = kind;
        }
    };
    for (offset, name) in meta.varnames.items().iter().enumerate() {
        let mut kind = kinds::LOCAL;
        if meta.fasthidden.contains(name) {
            kind |= kinds::HIDDEN;
        }
        if meta.cellvars.contains(name) {
            kind |= kinds::CELL;
        }
        set(offset, name, kind);
    }
    let nlocals = meta.varnames.len();
    let mut numdropped = 0;
    for (ci, name) in meta.cellvars.items().iter().enumerate() {
        if meta.varnames.contains(name) {
            numdropped += 1;
            continue;
        }
        set(ci + nlocals - numdropped, name, kinds::CELL);
    }
    let ncellvars = meta.cellvars.len();
    for (fi, name) in meta.freevars.items().iter().enumerate() {
        set(ncellvars + fi + nlocals - numdropped, name, kinds::FREE);
    }
    (names, kinds_out)
}

/// Writes the wordcode (EXTENDED_ARG prefixes, zeroed caches), the location table and the
/// exception table of the laid-out graph.
/// The assembled tables of a code unit.
struct Emitted {
    code: Vec<u8>,
    linetable: Vec<u8>,
    exceptiontable: Vec<u8>,
}

fn emit(g: &Cfg, firstlineno: i32) -> Result<Emitted, CompileError> {
    let mut code = Vec::new();
    let mut lines = LineTableWriter::new(firstlineno);
    let mut entries: Vec<ExceptionEntry> = Vec::new();
    // The current handler: (offset, entry depth, preserves lasti), offset -1 for none.
    let mut handler: (i64, i32, bool) = (-1, -1, false);
    let mut start = 0u32;
    let mut ioffset = 0u32;
    let flush = |entries: &mut Vec<ExceptionEntry>, h: (i64, i32, bool), start: u32, end: u32| {
        if h.0 < 0 {
            return Ok(());
        }
        let depth = i64::from(h.1) - 1 - i64::from(h.2);
        if depth < 0 || end <= start {
            return Err(CompileError::system("bad exception handler depth"));
        }
        entries.push(ExceptionEntry {
            start,
            end,
            target: h.0 as u32,
            depth: depth as u32,
            lasti: h.2,
        });
        Ok(())
    };
    each_block!(g, b, {
        for instr in &g.blocks[b as usize].instrs {
            let size = instr_size(instr.op, instr.arg);
            write_instr(&mut code, instr.op, instr.arg)?;
            lines.push(instr.loc, size);
            let h = if instr.except != NO_BLOCK {
                let hb = &g.blocks[instr.except as usize];
                (i64::from(hb.offset), hb.startdepth, hb.preserve_lasti)
            } else {
                (-1, -1, false)
            };
            if h.0 != handler.0 {
                flush(&mut entries, handler, start, ioffset)?;
                start = ioffset;
                handler = h;
            }
            ioffset += size;
        }
    });
    flush(&mut entries, handler, start, ioffset)?;
    Ok(Emitted { code, linetable: lines.finish(), exceptiontable: exctable::encode(&entries) })
}

fn write_instr(code: &mut Vec<u8>, op: Op, arg: u32) -> Result<(), CompileError> {
    if op.is_pseudo() {
        return Err(CompileError::system(format!("pseudo-op {} left at assembly", op.name())));
    }
    for shift in [24u32, 16, 8] {
        if arg >= 1 << shift {
            code.push(Op::EXTENDED_ARG as u8);
            code.push((arg >> shift) as u8);
        }
    }
    code.push(op as u8);
    code.push(arg as u8);
    for _ in 0..op.caches() {
        code.push(0);
        code.push(0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontend::ir::IndexSet;

    fn meta() -> CodeUnitMetadata {
        let mut consts = IndexSet::new();
        consts.insert(Constant::None);
        CodeUnitMetadata {
            name: Arc::from("<module>"),
            qualname: Arc::from("<module>"),
            consts,
            firstlineno: 1,
            ..CodeUnitMetadata::default()
        }
    }

    fn assemble(seq: InstrSequence) -> Result<CodeObject, CompileError> {
        assemble_code_unit(seq, meta(), 0, &Arc::from("<test>"))
    }

    fn loc() -> Location {
        Location::new(1, 1, 0, 1)
    }

    #[test]
    fn minimal_module() {
        let mut seq = InstrSequence::default();
        seq.addop(Op::RESUME, 0, Location::new(0, 1, 0, 0));
        seq.addop(Op::LOAD_CONST, 0, Location::NONE);
        seq.addop(Op::RETURN_VALUE, 0, Location::NONE);
        let code = assemble(seq).unwrap();
        assert_eq!(code.code, vec![151, 0, 121, 0]);
        assert_eq!(code.stacksize, 0);
    }

    #[test]
    fn name_pseudo_ops_are_packed() {
        let mut seq = InstrSequence::default();
        for (op, arg) in [
            (Op::LOAD_METHOD, 1),
            (Op::LOAD_ZERO_SUPER_METHOD, 1),
            (Op::LOAD_ZERO_SUPER_ATTR, 1),
            (Op::LOAD_SUPER_METHOD, 1),
        ] {
            seq.addop(Op::LOAD_CONST, 0, loc());
            seq.addop(Op::LOAD_CONST, 0, loc());
            seq.addop(Op::LOAD_CONST, 0, loc());
            seq.addop(op, arg, loc());
        }
        seq.addop(Op::RETURN_VALUE, 0, loc());
        let mut m = meta();
        m.names.insert(Arc::from("a"));
        m.names.insert(Arc::from("b"));
        let code = assemble_code_unit(seq, m, 0, &Arc::from("<test>")).unwrap();
        let ops: Vec<(u8, u8)> = code
            .code
            .chunks(2)
            .map(|u| (u[0], u[1]))
            .filter(|(op, _)| *op == Op::LOAD_ATTR as u8 || *op == Op::LOAD_SUPER_ATTR as u8)
            .collect();
        let attr = Op::LOAD_ATTR as u8;
        let sup = Op::LOAD_SUPER_ATTR as u8;
        assert_eq!(ops, vec![(attr, 3), (sup, 5), (sup, 4), (sup, 7)]);
    }

    #[test]
    fn malformed_sequences_are_errors() {
        let cases: Vec<Vec<(Op, u32)>> = vec![
            vec![],
            vec![(Op::POP_TOP, 0), (Op::RETURN_CONST, 0)],
            vec![(Op::POP_BLOCK, 0), (Op::RETURN_CONST, 0)],
            vec![(Op::LOAD_CONST, 0), (Op::POP_TOP, 0)],
            vec![(Op::LOAD_CONST, 7), (Op::RETURN_VALUE, 0)],
            vec![(Op::LOAD_NAME, 3), (Op::RETURN_VALUE, 0)],
            vec![(Op::LOAD_FAST, 0), (Op::RETURN_VALUE, 0)],
            vec![(Op::LOAD_DEREF, 2), (Op::RETURN_VALUE, 0)],
            vec![(Op::BUILD_TUPLE, u32::MAX), (Op::RETURN_VALUE, 0)],
            vec![(Op::LOAD_CONST, 0), (Op::POP_JUMP_IF_TRUE, 5), (Op::RETURN_CONST, 0)],
        ];
        for case in cases {
            let mut seq = InstrSequence::default();
            for (op, arg) in &case {
                seq.addop(*op, *arg, loc());
            }
            assert!(assemble(seq).is_err(), "{case:?} assembled");
        }
        // Nonsense that CPython's assembler accepts too must not panic either.
        let mut seq = InstrSequence::default();
        for (op, arg) in [(Op::SWAP, 0), (Op::SWAP, 2), (Op::SWAP, 9), (Op::RETURN_CONST, 0)] {
            seq.addop(op, arg, loc());
        }
        assert!(assemble(seq).is_ok());
    }

    #[test]
    fn labels_at_the_end_or_unplaced() {
        let mut seq = InstrSequence::default();
        let end = seq.new_label();
        seq.addop(Op::LOAD_CONST, 0, loc());
        seq.addop(Op::POP_JUMP_IF_TRUE, end.0, loc());
        seq.addop(Op::RETURN_CONST, 0, loc());
        seq.use_label(end);
        assert!(assemble(seq).is_err());

        let mut seq = InstrSequence::default();
        let nowhere = seq.new_label();
        seq.addop(Op::JUMP, nowhere.0, loc());
        assert!(assemble(seq).is_err());

        let mut seq = InstrSequence::default();
        let unused = seq.new_label();
        seq.addop(Op::RETURN_CONST, 0, loc());
        seq.use_label(unused);
        assert!(assemble(seq).is_ok());
    }

    #[test]
    fn extended_arg_jumps_settle() {
        let mut seq = InstrSequence::default();
        let target = seq.new_label();
        seq.addop(Op::LOAD_CONST, 0, loc());
        seq.addop(Op::POP_JUMP_IF_NOT_NONE, target.0, loc());
        for _ in 0..300 {
            seq.addop(Op::NOP, 0, Location::new(2, 2, 0, 1));
            seq.addop(Op::NOP, 0, Location::new(3, 3, 0, 1));
        }
        seq.use_label(target);
        seq.addop(Op::RETURN_CONST, 0, loc());
        let code = assemble(seq).unwrap();
        assert_eq!(code.code[2], Op::EXTENDED_ARG as u8);
        assert_eq!(code.code[4], Op::POP_JUMP_IF_NOT_NONE as u8);
        let arg = u32::from(code.code[3]) << 8 | u32::from(code.code[5]);
        assert_eq!(arg as usize, code.code.len() / 2 - 4);
    }

    /// Random sequences, however meaningless, give a code object or an error, never a panic.
    #[test]
    fn random_sequences_do_not_panic() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut rand = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let ops = crate::bytecode::opcode::ALL;
        let common = [
            Op::LOAD_CONST,
            Op::LOAD_CONST,
            Op::LOAD_CONST,
            Op::POP_TOP,
            Op::NOP,
            Op::JUMP,
            Op::POP_JUMP_IF_FALSE,
            Op::POP_JUMP_IF_NONE,
            Op::SETUP_FINALLY,
            Op::SETUP_CLEANUP,
            Op::POP_BLOCK,
            Op::SWAP,
            Op::COPY,
            Op::BUILD_TUPLE,
            Op::UNPACK_SEQUENCE,
            Op::LOAD_FAST,
            Op::STORE_FAST,
            Op::DELETE_FAST,
            Op::RETURN_VALUE,
            Op::YIELD_VALUE,
            Op::IS_OP,
            Op::PUSH_NULL,
            Op::LOAD_GLOBAL,
            Op::LOAD_DEREF,
        ];
        let mut ok = 0;
        let mut errors = std::collections::BTreeMap::new();
        for _ in 0..20000 {
            let mut seq = InstrSequence::default();
            let labels: Vec<_> = (0..4).map(|_| seq.new_label()).collect();
            let len = 1 + rand(30);
            for _ in 0..len {
                if rand(5) == 0 {
                    seq.use_label(labels[rand(4) as usize]);
                }
                let op = if rand(3) == 0 {
                    ops[rand(ops.len() as u64) as usize]
                } else {
                    common[rand(common.len() as u64) as usize]
                };
                let arg = if op.has_target() { rand(4) as u32 } else { rand(3) as u32 };
                let line = rand(4) as i32 - 1;
                seq.addop(op, arg, Location::new(line, line, 0, 1));
            }
            if rand(2) == 0 {
                seq.addop(Op::RETURN_CONST, 0, loc());
            }
            let mut m = meta();
            m.varnames.insert(Arc::from("a"));
            m.cellvars.insert(Arc::from("a"));
            m.freevars.insert(Arc::from("b"));
            m.names.insert(Arc::from("n"));
            let flags = if rand(2) == 0 { flags::GENERATOR } else { 0 };
            for l in &labels {
                if seq.label_map[l.0 as usize] == u32::MAX {
                    seq.label_map[l.0 as usize] = rand(seq.instrs.len() as u64) as u32;
                }
            }
            match assemble_code_unit(seq, m, flags, &Arc::from("<test>")) {
                Ok(_) => ok += 1,
                Err(e) => *errors.entry(e.message().to_string()).or_insert(0) += 1,
            }
        }
        eprintln!("{ok} assembled; errors: {errors:?}");
        assert!(ok > 100);
    }
}
