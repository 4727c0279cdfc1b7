//! Line numbers after optimization (PEP 626): exit blocks without a line number are copied so
//! that each has one predecessor to inherit a line from, line numbers are propagated forward
//! within blocks and into single-predecessor successors, and every RETURN_VALUE gets a line.

use super::{Block, Cfg, NO_BLOCK};
use crate::bytecode::linetable::Location;
use crate::bytecode::opcode::Op;
use crate::frontend::error::CompileError;

impl Cfg {
    fn is_exit_without_lineno(&self, b: u32) -> bool {
        let blk = self.b(b);
        blk.exits_scope() && blk.instrs.iter().all(|i| i.loc.lineno < 0)
    }

    fn duplicate_exits_without_lineno(&mut self) -> Result<(), CompileError> {
        let mut b = self.entry;
        while b != NO_BLOCK {
            if let Some(last) = self.b(b).last().copied()
                && last.op.is_jump()
            {
                let target = last.target;
                if self.is_exit_without_lineno(target) && self.b(target).predecessors > 1 {
                    let mut copy = Block::new();
                    copy.instrs = self.b(target).instrs.clone();
                    copy.instrs[0].loc = last.loc;
                    copy.predecessors = 1;
                    copy.next = self.next_of(target);
                    self.blocks.push(copy);
                    let new_target = (self.blocks.len() - 1) as u32;
                    if let Some(l) = self.bm(b).instrs.last_mut() {
                        l.target = new_target;
                    }
                    let t = self.bm(target);
                    t.predecessors -= 1;
                    t.next = new_target;
                }
            }
            b = self.next_of(b);
        }
        let mut b = self.entry;
        while b != NO_BLOCK {
            let next = self.next_of(b);
            if self.b(b).has_fallthrough()
                && next != NO_BLOCK
                && !self.b(b).instrs.is_empty()
                && self.is_exit_without_lineno(next)
            {
                let loc = self.b(b).instrs[self.b(b).instrs.len() - 1].loc;
                self.bm(next).instrs[0].loc = loc;
            }
            b = next;
        }
        Ok(())
    }

    fn propagate_line_numbers(&mut self) {
        let mut b = self.entry;
        while b != NO_BLOCK {
            let next = self.next_of(b);
            let Some(last) = self.b(b).last().copied() else {
                b = next;
                continue;
            };
            let mut prev_location = Location::NONE;
            for instr in &mut self.bm(b).instrs {
                if instr.loc.lineno < 0 {
                    instr.loc = prev_location;
                } else {
                    prev_location = instr.loc;
                }
            }
            if self.b(b).has_fallthrough()
                && next != NO_BLOCK
                && self.b(next).predecessors == 1
                && let Some(first) = self.bm(next).instrs.first_mut()
                && first.loc.lineno < 0
            {
                first.loc = prev_location;
            }
            if last.op.is_jump() {
                let target = last.target;
                if self.b(target).predecessors == 1
                    && let Some(first) = self.bm(target).instrs.first_mut()
                    && first.loc.lineno < 0
                {
                    first.loc = prev_location;
                }
            }
            b = next;
        }
    }

    /// Gives a line number to every RETURN_VALUE block still without one: the line of the last
    /// instruction of the closest preceding block that has one.
    fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        let mut b = self.entry;
        while b != NO_BLOCK {
            if let Some(last) = self.b(b).last().copied() {
                if last.loc.lineno < 0 {
                    if last.op == Op::RETURN_VALUE {
                        for instr in &mut self.bm(b).instrs {
                            instr.loc.lineno = lineno;
                        }
                    }
                } else {
                    lineno = last.loc.lineno;
                }
            }
            b = self.next_of(b);
        }
    }

    pub(crate) fn resolve_line_numbers(&mut self, firstlineno: i32) -> Result<(), CompileError> {
        self.duplicate_exits_without_lineno()?;
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(firstlineno);
        Ok(())
    }
}
