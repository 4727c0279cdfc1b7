//! Exception handlers and stack depth: marking handler blocks, giving every instruction the
//! handler active at it (CPython's `label_exception_targets`, which also sets YIELD_VALUE's
//! depth oparg), and the maximum stack depth with every block's entry depth.

use super::{Cfg, NO_BLOCK, sys_err};
use crate::bytecode::code::flags;
use crate::bytecode::opcode::Op;
use crate::frontend::error::CompileError;

/// The handler stack at a point of the code: `handlers[0]` is "no handler".
type ExceptStack = Vec<u32>;

impl Cfg {
    pub(crate) fn mark_except_handlers(&mut self) {
        each_block!(self, b, {
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                if instr.op.is_block_push() {
                    self.bm(instr.target).except_handler = true;
                }
            }
        });
    }

    fn push_except_block(&mut self, stack: &mut ExceptStack, op: Op, target: u32) -> u32 {
        if op == Op::SETUP_WITH || op == Op::SETUP_CLEANUP {
            self.bm(target).preserve_lasti = true;
        }
        stack.push(target);
        target
    }

    pub(crate) fn label_exception_targets(&mut self) -> Result<(), CompileError> {
        let nblocks = self.blocks.len();
        self.reset_visited();
        let mut stacks: Vec<Option<ExceptStack>> = vec![None; nblocks];
        let mut todo: Vec<u32> = Vec::new();
        let entry = self.entry;
        todo.push(entry);
        self.bm(entry).visited = true;
        stacks[entry as usize] = Some(vec![NO_BLOCK]);
        while let Some(b) = todo.pop() {
            let mut except_stack = stacks[b as usize].take();
            let mut handler =
                except_stack.as_ref().and_then(|s| s.last().copied()).unwrap_or(NO_BLOCK);
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                let Some(stack) = except_stack.as_mut() else {
                    return Err(sys_err("malformed control flow graph."));
                };
                if instr.op.is_block_push() {
                    let t = instr.target;
                    if !self.b(t).visited {
                        stacks[t as usize] = Some(stack.clone());
                        todo.push(t);
                        self.bm(t).visited = true;
                    }
                    handler = self.push_except_block(stack, instr.op, t);
                } else if instr.op == Op::POP_BLOCK {
                    if stack.len() < 2 {
                        return Err(sys_err("POP_BLOCK without a block to pop"));
                    }
                    stack.pop();
                    handler = *stack.last().unwrap_or(&NO_BLOCK);
                } else if instr.op.is_jump() {
                    self.bm(b).instrs[i].except = handler;
                    let t = instr.target;
                    if !self.b(t).visited {
                        if self.b(b).has_fallthrough() {
                            stacks[t as usize] = Some(stack.clone());
                        } else {
                            stacks[t as usize] = except_stack.take();
                        }
                        todo.push(t);
                        self.bm(t).visited = true;
                    }
                } else {
                    if instr.op == Op::YIELD_VALUE {
                        self.bm(b).instrs[i].arg = (stack.len() - 1) as u32;
                    }
                    self.bm(b).instrs[i].except = handler;
                }
            }
            let next = self.next_of(b);
            if self.b(b).has_fallthrough() && next != NO_BLOCK && !self.b(next).visited {
                if except_stack.is_none() {
                    return Err(sys_err("malformed control flow graph."));
                }
                stacks[next as usize] = except_stack;
                todo.push(next);
                self.bm(next).visited = true;
            }
        }
        Ok(())
    }

    /// The largest stack depth any path needs; sets every reachable block's entry depth.
    pub fn stackdepth(&mut self, code_flags: u32) -> Result<u32, CompileError> {
        let mut b = self.entry;
        while b != NO_BLOCK {
            self.bm(b).startdepth = i32::MIN;
            b = self.next_of(b);
        }
        let invalid = || sys_err("invalid stack depth: bad code");
        let mut stack: Vec<u32> = Vec::new();
        let mut maxdepth: i64 = 0;
        let start = i64::from(
            code_flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0,
        );
        self.stackdepth_push(&mut stack, self.entry, start);
        while let Some(b) = stack.pop() {
            let mut depth = i64::from(self.b(b).startdepth);
            let mut next = self.next_of(b);
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                let effect = instr.op.stack_effect(instr.arg, false).ok_or_else(|| {
                    sys_err(&format!(
                        "compiler PyCompile_OpcodeStackEffectWithJump(opcode={}, arg={}) failed",
                        instr.op as u16, instr.arg
                    ))
                })?;
                let new_depth = depth + i64::from(effect);
                if !(0..=i64::from(i32::MAX)).contains(&new_depth) {
                    return Err(invalid());
                }
                maxdepth = maxdepth.max(new_depth);
                if instr.op.has_target() {
                    let effect = instr.op.stack_effect(instr.arg, true).unwrap_or(0);
                    let target_depth = depth + i64::from(effect);
                    if !(0..=i64::from(i32::MAX)).contains(&target_depth) {
                        return Err(invalid());
                    }
                    maxdepth = maxdepth.max(target_depth);
                    self.stackdepth_push(&mut stack, instr.target, target_depth);
                }
                depth = new_depth;
                if instr.op.is_unconditional_jump() || instr.op.is_scope_exit() {
                    next = NO_BLOCK;
                    break;
                }
            }
            if next != NO_BLOCK {
                self.stackdepth_push(&mut stack, next, depth);
            }
        }
        Ok(maxdepth as u32)
    }

    /// Records a block's entry depth and queues it, the first time it is reached.
    fn stackdepth_push(&mut self, stack: &mut Vec<u32>, b: u32, depth: i64) {
        let blk = self.bm(b);
        let depth = depth as i32;
        if blk.startdepth < depth && blk.startdepth < 100 {
            blk.startdepth = depth;
            stack.push(b);
        }
    }
}
