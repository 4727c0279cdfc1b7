//! Building the flow graph from an instruction sequence (CPython's `instr_sequence_to_cfg` and
//! the cfg builder): a block starts at every label and after every jump or scope exit; then
//! labels are resolved to target blocks.

use super::{Block, Cfg, CfgInstr, NO_BLOCK, is_terminator, sys_err};
use crate::bytecode::opcode::Op;
use crate::frontend::error::CompileError;
use crate::frontend::ir::InstrSequence;

struct Builder {
    g: Cfg,
    cur: u32,
    current_label: Option<u32>,
}

impl Builder {
    fn current_block_is_terminated(&mut self) -> bool {
        let cur = &mut self.g.blocks[self.cur as usize];
        if cur.last().is_some_and(|l| is_terminator(l.op)) {
            return true;
        }
        if self.current_label.is_some() {
            if !cur.instrs.is_empty() || cur.label.is_some() {
                return true;
            }
            cur.label = self.current_label.take();
        }
        false
    }

    fn maybe_start_new_block(&mut self) {
        if self.current_block_is_terminated() {
            let b = self.g.new_block();
            self.g.bm(b).label = self.current_label.take();
            self.g.bm(self.cur).next = b;
            self.cur = b;
        }
    }

    fn use_label(&mut self, label: u32) {
        self.current_label = Some(label);
        self.maybe_start_new_block();
    }

    fn addop(&mut self, instr: CfgInstr) {
        self.maybe_start_new_block();
        self.g.bm(self.cur).instrs.push(instr);
    }
}

/// The name pseudo-ops as compile.c's `compiler_addop_name` packs them into real ones.
fn pack_name_pseudo_op(op: Op, arg: u32) -> (Op, u32) {
    match op {
        Op::LOAD_METHOD => (Op::LOAD_ATTR, (arg << 1) | 1),
        Op::LOAD_SUPER_METHOD => (Op::LOAD_SUPER_ATTR, (arg << 2) | 3),
        Op::LOAD_ZERO_SUPER_METHOD => (Op::LOAD_SUPER_ATTR, (arg << 2) | 1),
        Op::LOAD_ZERO_SUPER_ATTR => (Op::LOAD_SUPER_ATTR, arg << 2),
        _ => (op, arg),
    }
}

impl Cfg {
    /// Builds the graph of a sequence. Jump and block-push instructions keep their label
    /// number in `arg` until `translate_jump_labels_to_targets`.
    pub fn from_sequence(seq: &InstrSequence) -> Result<Cfg, CompileError> {
        let n = seq.instrs.len();
        // When several labels share an offset, the last one stands for all of them.
        let mut offset2lbl = vec![u32::MAX; n];
        for (lbl, &off) in seq.label_map.iter().enumerate() {
            if (off as usize) < n {
                offset2lbl[off as usize] = lbl as u32;
            }
        }
        let mut g = Cfg { blocks: Vec::with_capacity(n / 4 + 1), entry: 0 };
        g.blocks.push(Block::new());
        let mut bld = Builder { g, cur: 0, current_label: None };
        for (i, instr) in seq.instrs.iter().enumerate() {
            if instr.arg >= 1 << 30 {
                return Err(sys_err("oparg out of range"));
            }
            if offset2lbl[i] != u32::MAX {
                bld.use_label(offset2lbl[i]);
            }
            let mut arg = instr.arg;
            if instr.op.has_target() {
                let off = seq
                    .label_map
                    .get(instr.arg as usize)
                    .copied()
                    .filter(|&o| (o as usize) < n)
                    .ok_or_else(|| {
                        sys_err("jump to a label that is not placed before an instruction")
                    })?;
                arg = offset2lbl[off as usize];
            }
            let (op, arg) = pack_name_pseudo_op(instr.op, arg);
            bld.addop(CfgInstr::new(op, arg, instr.loc));
        }
        Ok(bld.g)
    }

    /// Resolves the label numbers of jumps and block pushes to target blocks.
    pub(crate) fn translate_jump_labels_to_targets(&mut self) -> Result<(), CompileError> {
        let mut max_label: i64 = -1;
        each_block!(self, b, {
            if let Some(l) = self.b(b).label {
                max_label = max_label.max(i64::from(l));
            }
        });
        let mut label2block = vec![NO_BLOCK; (max_label + 1) as usize];
        each_block!(self, b, {
            if let Some(l) = self.b(b).label {
                label2block[l as usize] = b;
            }
        });
        each_block!(self, b, {
            for instr in &mut self.blocks[b as usize].instrs {
                if instr.op.has_target() {
                    let t = label2block.get(instr.arg as usize).copied().unwrap_or(NO_BLOCK);
                    if t == NO_BLOCK {
                        return Err(sys_err("jump to an unknown label"));
                    }
                    instr.target = t;
                }
            }
        });
        Ok(())
    }

    /// Raises SystemError if a jump or scope exit is not the last instruction of its block.
    pub(crate) fn check_cfg(&self) -> Result<(), CompileError> {
        each_block!(self, b, {
            let instrs = &self.b(b).instrs;
            for (i, instr) in instrs.iter().enumerate() {
                if is_terminator(instr.op) && i != instrs.len() - 1 {
                    return Err(sys_err("malformed control flow graph."));
                }
            }
        });
        Ok(())
    }
}
