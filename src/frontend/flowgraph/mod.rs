//! The control-flow graph of one code unit and CPython 3.12's passes over it (flowgraph.c):
//! building it from an instruction sequence, labelling exception handlers, optimizing,
//! LOAD_FAST_CHECK insertion, cold-block placement, line numbers, stack depth, pseudo-op
//! conversion and jump offsets.
//!
//! Blocks live in one vector and are named by index; `next` links them in layout order, as
//! CPython's `b_next`. Blocks dropped from the chain stay in the vector, unused.

/// Runs `$body` for every block of the layout chain in order, as CPython's
/// `for (b = entryblock; b != NULL; b = b->b_next)` (the body must not relink the chain).
macro_rules! each_block {
    ($g:expr, $b:ident, $body:block) => {{
        let mut cursor = $g.entry;
        while cursor != $crate::frontend::flowgraph::NO_BLOCK {
            let $b = cursor;
            cursor = $g.next_of($b);
            $body
        }
    }};
}
pub(crate) use each_block;

mod build;
mod except;
mod layout;
mod lines;
mod locals;
mod optimize;

use crate::bytecode::code::Constant;
use crate::bytecode::linetable::Location;
use crate::bytecode::opcode::Op;

use super::error::CompileError;

/// The null block index (CPython's NULL block pointer).
pub const NO_BLOCK: u32 = u32::MAX;

/// One instruction of the graph. `target` is set for jumps and block pushes; `except` is the
/// handler block active at the instruction (set by exception labelling).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CfgInstr {
    pub op: Op,
    pub arg: u32,
    pub loc: Location,
    pub target: u32,
    pub except: u32,
}

impl CfgInstr {
    pub fn new(op: Op, arg: u32, loc: Location) -> CfgInstr {
        CfgInstr { op, arg, loc, target: NO_BLOCK, except: NO_BLOCK }
    }

    /// Turns the instruction into an argument-less one (CPython's `INSTR_SET_OP0`).
    fn set_op0(&mut self, op: Op) {
        self.op = op;
        self.arg = 0;
    }
}

/// Whether the instruction ends a block when the graph is built: any jump or scope exit.
pub(crate) fn is_terminator(op: Op) -> bool {
    op.is_jump() || op.is_scope_exit()
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<CfgInstr>,
    /// The next block in layout order (fall-through successor), or `NO_BLOCK`.
    pub next: u32,
    /// The label this block was started with, if it is a jump target in the sequence.
    pub label: Option<u32>,
    pub predecessors: u32,
    /// Stack depth on entry, `i32::MIN` while unknown.
    pub startdepth: i32,
    /// Offset in code units, once jumps are resolved.
    pub offset: u32,
    /// Locals possibly unbound on entry (first 64 locals).
    pub unsafe_locals_mask: u64,
    pub visited: bool,
    pub except_handler: bool,
    pub preserve_lasti: bool,
    pub cold: bool,
    pub warm: bool,
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: Vec::new(),
            next: NO_BLOCK,
            label: None,
            predecessors: 0,
            startdepth: 0,
            offset: 0,
            unsafe_locals_mask: 0,
            visited: false,
            except_handler: false,
            preserve_lasti: false,
            cold: false,
            warm: false,
        }
    }

    pub fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// Whether control never falls off the end (CPython's `BB_NO_FALLTHROUGH`).
    pub fn no_fallthrough(&self) -> bool {
        self.last().is_some_and(|l| l.op.is_scope_exit() || l.op.is_unconditional_jump())
    }

    pub fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    pub fn exits_scope(&self) -> bool {
        self.last().is_some_and(|l| l.op.is_scope_exit())
    }
}

/// The flow graph of one code unit.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: u32,
}

pub(crate) fn sys_err(msg: &str) -> CompileError {
    CompileError::system(msg.to_string())
}

impl Cfg {
    pub(crate) fn new_block(&mut self) -> u32 {
        self.blocks.push(Block::new());
        (self.blocks.len() - 1) as u32
    }

    #[inline]
    pub(crate) fn b(&self, b: u32) -> &Block {
        &self.blocks[b as usize]
    }

    #[inline]
    pub(crate) fn bm(&mut self, b: u32) -> &mut Block {
        &mut self.blocks[b as usize]
    }

    #[inline]
    pub(crate) fn next_of(&self, b: u32) -> u32 {
        self.blocks[b as usize].next
    }

    /// The blocks in layout order.
    pub fn order(&self) -> Vec<u32> {
        let mut out = Vec::new();
        let mut b = self.entry;
        while b != NO_BLOCK {
            out.push(b);
            b = self.next_of(b);
        }
        out
    }

    /// Clears the visited marks of the chained blocks and returns their count (CPython's
    /// `make_cfg_traversal_stack`).
    pub(crate) fn reset_visited(&mut self) -> usize {
        let mut n = 0;
        let mut b = self.entry;
        while b != NO_BLOCK {
            self.bm(b).visited = false;
            n += 1;
            b = self.next_of(b);
        }
        n
    }

    /// The first non-empty block from `b` on in layout order.
    pub(crate) fn next_nonempty(&self, mut b: u32) -> u32 {
        while b != NO_BLOCK && self.b(b).instrs.is_empty() {
            b = self.next_of(b);
        }
        b
    }

    /// The instructions in layout order with jump targets as instruction indices, as
    /// CPython's `cfg_to_instructions` (what `_testinternalcapi.optimize_cfg` returns).
    pub fn linearize(&self) -> Vec<(Op, u32, Location)> {
        let order = self.order();
        let mut start = vec![0u32; self.blocks.len()];
        let mut n = 0;
        for &b in &order {
            start[b as usize] = n;
            n += self.b(b).instrs.len() as u32;
        }
        let mut out = Vec::with_capacity(n as usize);
        for &b in &order {
            for i in &self.b(b).instrs {
                let arg = if i.op.has_target() && i.target != NO_BLOCK {
                    start[i.target as usize]
                } else {
                    i.arg
                };
                out.push((i.op, arg, i.loc));
            }
        }
        out
    }
}

/// Runs CPython 3.12's `_PyCfg_OptimizeCodeUnit`: label resolution, exception handler
/// labelling, `optimize_cfg`, removal of unused constants, LOAD_FAST_CHECK insertion, cold
/// block placement and line-number resolution. `consts` may grow (folded tuples) and is
/// compacted to the constants still used.
pub fn optimize_code_unit(
    g: &mut Cfg,
    consts: &mut Vec<Constant>,
    nlocals: usize,
    nparams: usize,
    firstlineno: i32,
) -> Result<(), CompileError> {
    g.translate_jump_labels_to_targets()?;
    g.mark_except_handlers();
    g.label_exception_targets()?;
    g.optimize_cfg(consts)?;
    g.remove_unused_consts(consts);
    g.add_checks_for_loads_of_uninitialized_variables(nlocals, nparams);
    g.push_cold_blocks_to_end()?;
    g.resolve_line_numbers(firstlineno)?;
    Ok(())
}
