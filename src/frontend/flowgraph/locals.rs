//! LOAD_FAST_CHECK insertion (CPython's `add_checks_for_loads_of_uninitialized_variables`): a
//! LOAD_FAST becomes LOAD_FAST_CHECK wherever its local may be unbound. The first 64 locals
//! are tracked across blocks with bit masks; the others only within one block.

use super::{Cfg, NO_BLOCK};
use crate::bytecode::opcode::Op;

impl Cfg {
    /// Pushes `b` if `mask` adds possibly-unbound locals to it (`visited` means "on the stack").
    fn maybe_push(&mut self, b: u32, mask: u64, stack: &mut Vec<u32>) {
        let blk = self.bm(b);
        let both = blk.unsafe_locals_mask | mask;
        if blk.unsafe_locals_mask != both {
            blk.unsafe_locals_mask = both;
            if !blk.visited {
                stack.push(b);
                blk.visited = true;
            }
        }
    }

    fn scan_block_for_locals(&mut self, b: u32, stack: &mut Vec<u32>) {
        let mut unsafe_mask = self.b(b).unsafe_locals_mask;
        for i in 0..self.b(b).instrs.len() {
            let instr = self.b(b).instrs[i];
            if instr.except != NO_BLOCK {
                self.maybe_push(instr.except, unsafe_mask, stack);
            }
            if instr.arg >= 64 {
                continue;
            }
            let bit = 1u64 << instr.arg;
            match instr.op {
                Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => {
                    unsafe_mask |= bit;
                }
                Op::STORE_FAST | Op::LOAD_FAST_CHECK => unsafe_mask &= !bit,
                Op::LOAD_FAST => {
                    if unsafe_mask & bit != 0 {
                        self.bm(b).instrs[i].op = Op::LOAD_FAST_CHECK;
                    }
                    unsafe_mask &= !bit;
                }
                _ => {}
            }
        }
        let next = self.next_of(b);
        if next != NO_BLOCK && self.b(b).has_fallthrough() {
            self.maybe_push(next, unsafe_mask, stack);
        }
        if let Some(last) = self.b(b).last().copied()
            && last.op.is_jump()
        {
            self.maybe_push(last.target, unsafe_mask, stack);
        }
    }

    /// Locals 64 and up: a load is safe only after a store or load earlier in the same block.
    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let mut states = vec![0usize; nlocals - 64];
        let mut blocknum = 0usize;
        let mut b = self.entry;
        while b != NO_BLOCK {
            blocknum += 1;
            for instr in &mut self.blocks[b as usize].instrs {
                let arg = instr.arg as usize;
                if arg < 64 {
                    continue;
                }
                let Some(state) = states.get_mut(arg - 64) else { continue };
                match instr.op {
                    Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => {
                        *state = blocknum - 1;
                    }
                    Op::STORE_FAST => *state = blocknum,
                    Op::LOAD_FAST => {
                        if *state != blocknum {
                            instr.op = Op::LOAD_FAST_CHECK;
                        }
                        *state = blocknum;
                    }
                    _ => {}
                }
            }
            b = self.next_of(b);
        }
    }

    pub(crate) fn add_checks_for_loads_of_uninitialized_variables(
        &mut self,
        nlocals: usize,
        nparams: usize,
    ) {
        if nlocals == 0 {
            return;
        }
        let mut nlocals = nlocals;
        if nlocals > 64 {
            self.fast_scan_many_locals(nlocals);
            nlocals = 64;
        }
        self.reset_visited();
        let mut stack = Vec::new();
        let mut start_mask = 0u64;
        for i in nparams..nlocals {
            start_mask |= 1u64 << i;
        }
        self.maybe_push(self.entry, start_mask, &mut stack);
        let mut b = self.entry;
        while b != NO_BLOCK {
            self.scan_block_for_locals(b, &mut stack);
            b = self.next_of(b);
        }
        while let Some(b) = stack.pop() {
            self.bm(b).visited = false;
            self.scan_block_for_locals(b, &mut stack);
        }
    }
}
