//! The assembler: from one code unit's instruction sequence to its code object, as CPython
//! 3.12's `optimize_and_assemble_code_unit` (compile.c) and assemble.c do it: flow-graph
//! optimization, localsplus layout with the MAKE_CELL/COPY_FREE_VARS/RETURN_GENERATOR
//! prefix, stack depth, jump offsets, then wordcode, the location and exception tables and
//! the code object.

use std::rc::Rc;

use super::error::CompileError;
use super::flowgraph::{Cfg, CfgInstr, NO_BLOCK, optimize_code_unit};
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
    filename: &Rc<str>,
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
    filename: &Rc<str>,
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
    filename: &Rc<str>,
) -> Result<CodeObject, CompileError> {
    let layout = prepare_localsplus(meta, &mut g, code_flags)?;
    let maxdepth = g.stackdepth(code_flags)?;
    g.convert_pseudo_ops();
    g.resolve_jumps()?;
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
    for b in g.order() {
        for instr in &mut g.blocks[b as usize].instrs {
            if instr.op.operand() == Operand::Free {
                let new = fixed.get(instr.arg as usize).ok_or_else(|| {
                    CompileError::system("cell or free variable index out of range")
                })?;
                instr.arg = *new as u32;
            }
        }
    }
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
fn localsplus_info(meta: &CodeUnitMetadata, layout: &LocalsLayout) -> (Vec<Rc<str>>, Vec<u8>) {
    let n = layout.nlocalsplus;
    let mut names: Vec<Rc<str>> = vec![Rc::from(""); n];
    let mut kinds_out = vec![0u8; n];
    let mut set = |offset: usize, name: &Rc<str>, kind: u8| {
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
        let depth = h.1 - 1 - i32::from(h.2);
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
    for b in g.order() {
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
    }
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
