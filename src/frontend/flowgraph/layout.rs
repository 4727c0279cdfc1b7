//! Block layout after optimization: moving cold blocks (reachable only through exception
//! handlers) to the end, turning pseudo-ops into real ones, making jumps directional and
//! computing jump offsets (growing EXTENDED_ARG prefixes until they settle).

use super::{Cfg, CfgInstr, NO_BLOCK, sys_err};
use crate::bytecode::linetable::Location;
use crate::bytecode::opcode::{Op, instr_size};
use crate::frontend::error::CompileError;

impl Cfg {
    fn mark_warm(&mut self) {
        self.reset_visited();
        let entry = self.entry;
        let mut stack = vec![entry];
        self.bm(entry).visited = true;
        while let Some(b) = stack.pop() {
            self.bm(b).warm = true;
            let next = self.next_of(b);
            if next != NO_BLOCK && self.b(b).has_fallthrough() && !self.b(next).visited {
                stack.push(next);
                self.bm(next).visited = true;
            }
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                if instr.op.is_jump() && !self.b(instr.target).visited {
                    stack.push(instr.target);
                    self.bm(instr.target).visited = true;
                }
            }
        }
    }

    fn mark_cold(&mut self) {
        self.mark_warm();
        self.reset_visited();
        let mut stack = Vec::new();
        each_block!(self, b, {
            if self.b(b).except_handler {
                stack.push(b);
                self.bm(b).visited = true;
            }
        });
        while let Some(b) = stack.pop() {
            self.bm(b).cold = true;
            let next = self.next_of(b);
            if next != NO_BLOCK
                && self.b(b).has_fallthrough()
                && !self.b(next).warm
                && !self.b(next).visited
            {
                stack.push(next);
                self.bm(next).visited = true;
            }
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                if instr.op.is_jump() {
                    let t = instr.target;
                    if !self.b(t).warm && !self.b(t).visited {
                        stack.push(t);
                        self.bm(t).visited = true;
                    }
                }
            }
        }
    }

    /// Moves the cold blocks after the warm ones, adding explicit jumps where a cold block fell
    /// through into a warm one.
    pub(crate) fn push_cold_blocks_to_end(&mut self) -> Result<(), CompileError> {
        let entry = self.entry;
        if self.next_of(entry) == NO_BLOCK {
            return Ok(());
        }
        self.mark_cold();

        let mut b = entry;
        while b != NO_BLOCK {
            let next = self.next_of(b);
            if self.b(b).cold
                && self.b(b).has_fallthrough()
                && next != NO_BLOCK
                && self.b(next).warm
            {
                let jump = self.new_block();
                let mut instr = CfgInstr::new(Op::JUMP, 0, Location::NONE);
                instr.target = next;
                let jb = self.bm(jump);
                jb.instrs.push(instr);
                jb.cold = true;
                jb.next = next;
                self.bm(b).next = jump;
            }
            b = self.next_of(b);
        }

        if self.b(entry).cold {
            return Err(sys_err("the entry block of a code unit is cold"));
        }
        let mut cold_head = NO_BLOCK;
        let mut cold_tail = NO_BLOCK;
        let mut b = entry;
        while self.next_of(b) != NO_BLOCK {
            while self.next_of(b) != NO_BLOCK && !self.b(self.next_of(b)).cold {
                b = self.next_of(b);
            }
            if self.next_of(b) == NO_BLOCK {
                break;
            }
            let start = self.next_of(b);
            let mut end = start;
            while self.next_of(end) != NO_BLOCK && self.b(self.next_of(end)).cold {
                end = self.next_of(end);
            }
            if cold_head == NO_BLOCK {
                cold_head = start;
            } else {
                self.bm(cold_tail).next = start;
            }
            cold_tail = end;
            let after = self.next_of(end);
            self.bm(b).next = after;
            self.bm(end).next = NO_BLOCK;
        }
        self.bm(b).next = cold_head;
        if cold_head != NO_BLOCK {
            self.remove_redundant_jumps()?;
        }
        Ok(())
    }

    /// Block pushes and POP_BLOCK become NOPs (then removed where redundant);
    /// STORE_FAST_MAYBE_NULL becomes STORE_FAST.
    pub fn convert_pseudo_ops(&mut self) {
        each_block!(self, b, {
            for instr in &mut self.bm(b).instrs {
                if instr.op.is_block_push() || instr.op == Op::POP_BLOCK {
                    instr.set_op0(Op::NOP);
                } else if instr.op == Op::STORE_FAST_MAYBE_NULL {
                    instr.op = Op::STORE_FAST;
                }
            }
        });
        each_block!(self, b, {
            self.remove_redundant_nops(b);
        });
    }

    /// Gives every jump its direction: JUMP and JUMP_NO_INTERRUPT become forward or backward
    /// jumps; a backward conditional jump becomes the reversed condition over a new block
    /// holding a backward jump.
    fn normalize_jumps(&mut self) {
        let mut b = self.entry;
        while b != NO_BLOCK {
            self.bm(b).visited = false;
            b = self.next_of(b);
        }
        let mut b = self.entry;
        while b != NO_BLOCK {
            self.bm(b).visited = true;
            self.normalize_jumps_in_block(b);
            b = self.next_of(b);
        }
    }

    fn normalize_jumps_in_block(&mut self, b: u32) {
        let Some(last) = self.b(b).last().copied() else { return };
        if !last.op.is_jump() {
            return;
        }
        let is_forward = !self.b(last.target).visited;
        let set = |g: &mut Cfg, op: Op| {
            if let Some(l) = g.bm(b).instrs.last_mut() {
                l.op = op;
            }
        };
        match last.op {
            Op::JUMP => {
                set(self, if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD });
                return;
            }
            Op::JUMP_NO_INTERRUPT => {
                let op = if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD_NO_INTERRUPT };
                set(self, op);
                return;
            }
            _ => {}
        }
        let reversed = match last.op {
            Op::POP_JUMP_IF_NOT_NONE => Op::POP_JUMP_IF_NONE,
            Op::POP_JUMP_IF_NONE => Op::POP_JUMP_IF_NOT_NONE,
            Op::POP_JUMP_IF_FALSE => Op::POP_JUMP_IF_TRUE,
            Op::POP_JUMP_IF_TRUE => Op::POP_JUMP_IF_FALSE,
            _ => return,
        };
        if is_forward {
            return;
        }
        let next = self.next_of(b);
        let jump = self.new_block();
        let mut instr = CfgInstr::new(Op::JUMP, 0, last.loc);
        instr.target = last.target;
        let cold = self.b(b).cold;
        let jb = self.bm(jump);
        jb.instrs.push(instr);
        jb.cold = cold;
        jb.next = next;
        if let Some(l) = self.bm(b).instrs.last_mut() {
            l.op = reversed;
            l.target = next;
        }
        self.bm(b).next = jump;
    }

    /// Makes jumps directional and sets every jump's oparg to its relative offset in code
    /// units, and every block's offset.
    pub fn resolve_jumps(&mut self) -> Result<(), CompileError> {
        self.normalize_jumps();
        each_block!(self, b, {
            if self.b(b).instrs.iter().any(|i| i.op.is_jump() && i.target == NO_BLOCK) {
                return Err(sys_err("jump with NULL target"));
            }
        });
        self.resolve_jump_offsets()
    }

    fn resolve_jump_offsets(&mut self) -> Result<(), CompileError> {
        let order = self.order();
        loop {
            let mut totsize: u32 = 0;
            for &b in &order {
                let size: u32 = self.b(b).instrs.iter().map(|i| instr_size(i.op, i.arg)).sum();
                self.bm(b).offset = totsize;
                totsize += size;
            }
            let mut extended_arg_recompile = false;
            for &b in &order {
                let mut bsize = self.b(b).offset;
                for k in 0..self.b(b).instrs.len() {
                    let instr = self.b(b).instrs[k];
                    let isize = instr_size(instr.op, instr.arg);
                    bsize += isize;
                    if instr.op.is_jump() {
                        let target = i64::from(self.b(instr.target).offset);
                        let here = i64::from(bsize);
                        let arg = if target < here {
                            if !instr.op.is_backward_jump() {
                                return Err(sys_err(
                                    "forward jump instruction with a backward target",
                                ));
                            }
                            here - target
                        } else {
                            if instr.op.is_backward_jump() {
                                return Err(sys_err(
                                    "backward jump instruction with a forward target",
                                ));
                            }
                            target - here
                        };
                        let arg = arg as u32;
                        self.bm(b).instrs[k].arg = arg;
                        if instr_size(instr.op, arg) != isize {
                            extended_arg_recompile = true;
                        }
                    }
                }
            }
            if !extended_arg_recompile {
                return Ok(());
            }
        }
    }
}
