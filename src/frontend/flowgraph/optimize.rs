//! CPython 3.12's `optimize_cfg`: inlining of small exit blocks, the per-block peephole pass
//! (constant conditions, `is None` tests, RETURN_CONST, tuple folding, jump threading, SWAP
//! elimination and static swaps, PUSH_NULL folding), removal of redundant NOPs, constant/POP_TOP
//! pairs, unreachable blocks and jumps to the next block.

use rustc_hash::FxHashMap;

use super::{Cfg, CfgInstr, NO_BLOCK, sys_err};
use crate::bytecode::code::Constant;
use crate::bytecode::linetable::Location;
use crate::bytecode::opcode::{Op, Operand};
use crate::frontend::error::CompileError;

/// Largest exit block that is copied into a block jumping to it.
const MAX_COPY_SIZE: usize = 4;

/// The constants list while it may grow, with an index built on the first lookup.
pub(crate) struct ConstTable<'a> {
    list: &'a mut Vec<Constant>,
    index: Option<FxHashMap<Constant, u32>>,
}

impl<'a> ConstTable<'a> {
    pub(crate) fn new(list: &'a mut Vec<Constant>) -> Self {
        ConstTable { list, index: None }
    }

    fn get(&self, i: u32) -> Option<&Constant> {
        self.list.get(i as usize)
    }

    /// The index of a constant equal to `c` (first occurrence), appending it if absent.
    fn find_or_add(&mut self, c: Constant) -> u32 {
        let list = &mut *self.list;
        let index = self.index.get_or_insert_with(|| {
            let mut m = FxHashMap::default();
            for (i, k) in list.iter().enumerate() {
                m.entry(k.clone()).or_insert(i as u32);
            }
            m
        });
        if let Some(&i) = index.get(&c) {
            return i;
        }
        let i = list.len() as u32;
        index.insert(c.clone(), i);
        list.push(c);
        i
    }
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL | Op::POP_TOP)
}

fn stores_to(i: &CfgInstr) -> i64 {
    if matches!(i.op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL) { i64::from(i.arg) } else { -1 }
}

fn const_value<'c>(consts: &'c ConstTable, op: Op, arg: u32) -> Result<&'c Constant, CompileError> {
    if op == Op::LOAD_CONST
        && let Some(c) = consts.get(arg)
    {
        return Ok(c);
    }
    Err(sys_err("Internal error: failed to get value of a constant"))
}

impl Cfg {
    pub(crate) fn optimize_cfg(&mut self, consts: &mut Vec<Constant>) -> Result<(), CompileError> {
        let mut consts = ConstTable::new(consts);
        self.check_cfg()?;
        self.eliminate_empty_basic_blocks()?;
        each_block!(self, b, {
            self.inline_small_exit_blocks(b);
        });
        each_block!(self, b, {
            self.optimize_basic_block(b, &mut consts)?;
        });
        self.remove_redundant_nops_and_pairs();
        each_block!(self, b, {
            self.inline_small_exit_blocks(b);
        });
        self.mark_reachable();
        each_block!(self, b, {
            if self.b(b).predecessors == 0 {
                self.bm(b).instrs.clear();
            }
        });
        each_block!(self, b, {
            self.remove_redundant_nops(b);
        });
        self.eliminate_empty_basic_blocks()?;
        self.remove_redundant_jumps()?;
        Ok(())
    }

    pub(crate) fn eliminate_empty_basic_blocks(&mut self) -> Result<(), CompileError> {
        let mut b = self.entry;
        while b != NO_BLOCK {
            let next = self.next_nonempty(self.next_of(b));
            self.bm(b).next = next;
            b = next;
        }
        self.entry = self.next_nonempty(self.entry);
        if self.entry == NO_BLOCK {
            return Err(sys_err("empty code unit"));
        }
        let mut b = self.entry;
        while b != NO_BLOCK {
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                if instr.op.has_target() {
                    let t = self.next_nonempty(instr.target);
                    if t == NO_BLOCK {
                        return Err(sys_err("jump to the end of the code"));
                    }
                    self.bm(b).instrs[i].target = t;
                }
            }
            b = self.next_of(b);
        }
        Ok(())
    }

    /// If the block ends with an unconditional jump to a small exit block, replaces the jump
    /// with a copy of that block.
    pub(crate) fn inline_small_exit_blocks(&mut self, bb: u32) -> bool {
        let Some(last) = self.b(bb).last().copied() else { return false };
        if !last.op.is_unconditional_jump() {
            return false;
        }
        let target = last.target;
        if self.b(target).exits_scope() && self.b(target).instrs.len() <= MAX_COPY_SIZE {
            let copied = self.b(target).instrs.clone();
            let blk = self.bm(bb);
            if let Some(l) = blk.instrs.last_mut() {
                l.set_op0(Op::NOP);
            }
            blk.instrs.extend_from_slice(&copied);
            return true;
        }
        false
    }

    /// Threads a jump to a jump: `inst` takes the target's target, with opcode `op`.
    fn jump_thread(&mut self, bb: u32, i: usize, target: &CfgInstr, op: Op) -> bool {
        let inst = &mut self.bm(bb).instrs[i];
        if (inst.loc.lineno == target.loc.lineno || target.loc.lineno == -1)
            && inst.target != target.target
        {
            inst.target = target.target;
            inst.op = op;
            return true;
        }
        false
    }

    fn optimize_basic_block(
        &mut self,
        bb: u32,
        consts: &mut ConstTable,
    ) -> Result<(), CompileError> {
        let nop = CfgInstr::new(Op::NOP, 0, Location::NONE);
        let mut target = nop;
        let mut opcode = Op::CACHE;
        let mut oparg = 0u32;
        let len = self.b(bb).instrs.len();
        let mut i: isize = 0;
        // Threading a jump re-examines it; a cycle of jumps (which CPython's code generator
        // never makes) would thread forever, so re-examinations of one jump are bounded.
        let mut rethreads = 0usize;
        let max_rethreads = self.blocks.len() + 1;
        while (i as usize) < len {
            let iu = i as usize;
            let inst = self.b(bb).instrs[iu];
            let is_copy_of_load_const =
                opcode == Op::LOAD_CONST && inst.op == Op::COPY && inst.arg == 1;
            if !is_copy_of_load_const {
                opcode = inst.op;
                oparg = inst.arg;
                target = if opcode.has_target() {
                    self.b(inst.target).instrs.first().copied().unwrap_or(nop)
                } else {
                    nop
                };
            }
            let op_at = |g: &Cfg, k: usize| if k < len { g.b(bb).instrs[k].op } else { Op::CACHE };
            let nextop = op_at(self, iu + 1);
            match opcode {
                Op::LOAD_CONST => match nextop {
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                        let is_true = const_value(consts, opcode, oparg)?.is_true();
                        let instrs = &mut self.bm(bb).instrs;
                        instrs[iu].set_op0(Op::NOP);
                        let jump_if_true = nextop == Op::POP_JUMP_IF_TRUE;
                        if is_true == jump_if_true {
                            instrs[iu + 1].op = Op::JUMP;
                        } else {
                            instrs[iu + 1].set_op0(Op::NOP);
                        }
                    }
                    Op::IS_OP => {
                        let is_none = matches!(const_value(consts, opcode, oparg)?, Constant::None);
                        let jump_op = op_at(self, iu + 2);
                        if is_none
                            && matches!(jump_op, Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE)
                        {
                            let instrs = &mut self.bm(bb).instrs;
                            let nextarg = instrs[iu + 1].arg as u8;
                            instrs[iu].set_op0(Op::NOP);
                            instrs[iu + 1].set_op0(Op::NOP);
                            let flip = nextarg ^ u8::from(jump_op == Op::POP_JUMP_IF_FALSE);
                            instrs[iu + 2].op = if flip != 0 {
                                Op::POP_JUMP_IF_NOT_NONE
                            } else {
                                Op::POP_JUMP_IF_NONE
                            };
                        }
                    }
                    Op::RETURN_VALUE => {
                        let instrs = &mut self.bm(bb).instrs;
                        instrs[iu].set_op0(Op::NOP);
                        i += 1;
                        let r = &mut instrs[i as usize];
                        r.op = Op::RETURN_CONST;
                        r.arg = oparg;
                    }
                    _ => {}
                },
                Op::BUILD_TUPLE => {
                    if nextop == Op::UNPACK_SEQUENCE && oparg == self.b(bb).instrs[iu + 1].arg {
                        match oparg {
                            1 => {
                                let instrs = &mut self.bm(bb).instrs;
                                instrs[iu].set_op0(Op::NOP);
                                instrs[iu + 1].set_op0(Op::NOP);
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                let instrs = &mut self.bm(bb).instrs;
                                instrs[iu].set_op0(Op::NOP);
                                instrs[iu + 1].op = Op::SWAP;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if iu >= oparg as usize {
                        self.fold_tuple_on_constants(
                            bb,
                            iu - oparg as usize,
                            oparg as usize,
                            consts,
                        )?;
                    }
                }
                Op::POP_JUMP_IF_NOT_NONE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::JUMP => {
                    if target.op == Op::JUMP
                        && rethreads < max_rethreads
                        && self.jump_thread(bb, iu, &target, opcode)
                    {
                        rethreads += 1;
                        i -= 1;
                    } else {
                        rethreads = 0;
                    }
                }
                Op::SWAP => {
                    if oparg == 1 {
                        self.bm(bb).instrs[iu].set_op0(Op::NOP);
                    } else {
                        let mut ix = iu;
                        swaptimize(&mut self.bm(bb).instrs, &mut ix);
                        i = ix as isize;
                        apply_static_swaps(&mut self.bm(bb).instrs, ix as isize);
                    }
                }
                Op::PUSH_NULL if nextop == Op::LOAD_GLOBAL => {
                    let instrs = &mut self.bm(bb).instrs;
                    instrs[iu].set_op0(Op::NOP);
                    instrs[iu + 1].arg |= 1;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    /// Replaces `LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n` (starting at `start`) with
    /// NOPs and `LOAD_CONST (c1, ..., cn)`.
    fn fold_tuple_on_constants(
        &mut self,
        bb: u32,
        start: usize,
        n: usize,
        consts: &mut ConstTable,
    ) -> Result<(), CompileError> {
        let instrs = &self.b(bb).instrs;
        if instrs[start..start + n].iter().any(|i| i.op.operand() != Operand::Const) {
            return Ok(());
        }
        let mut items = Vec::with_capacity(n);
        for i in &instrs[start..start + n] {
            items.push(const_value(consts, i.op, i.arg)?.clone());
        }
        let index = consts.find_or_add(Constant::tuple(items));
        let instrs = &mut self.bm(bb).instrs;
        for i in &mut instrs[start..start + n] {
            i.set_op0(Op::NOP);
        }
        instrs[start + n].op = Op::LOAD_CONST;
        instrs[start + n].arg = index;
        Ok(())
    }

    /// Removes the NOPs that carry no needed line number; returns how many were removed.
    pub(crate) fn remove_redundant_nops(&mut self, bb: u32) -> usize {
        let next_lineno = {
            let next = self.next_nonempty(self.next_of(bb));
            if next != NO_BLOCK { Some(self.b(next).instrs[0].loc.lineno) } else { None }
        };
        let instrs = &mut self.bm(bb).instrs;
        let n = instrs.len();
        let mut dest = 0;
        let mut prev_lineno = -1;
        for src in 0..n {
            let lineno = instrs[src].loc.lineno;
            if instrs[src].op == Op::NOP {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src < n - 1 {
                    let nl = instrs[src + 1].loc.lineno;
                    if nl == lineno {
                        continue;
                    }
                    if nl < 0 {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if next_lineno == Some(lineno) {
                    continue;
                }
            }
            if dest != src {
                instrs[dest] = instrs[src];
            }
            dest += 1;
            prev_lineno = lineno;
        }
        instrs.truncate(dest);
        n - dest
    }

    /// Removes redundant NOPs and turns `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP` pairs into
    /// NOPs, until nothing changes.
    fn remove_redundant_nops_and_pairs(&mut self) {
        let mut done = false;
        while !done {
            done = true;
            let mut instr: Option<(u32, usize)> = None;
            let mut b = self.entry;
            while b != NO_BLOCK {
                self.remove_redundant_nops(b);
                if self.b(b).label.is_some() {
                    instr = None;
                }
                for i in 0..self.b(b).instrs.len() {
                    let prev = instr;
                    instr = Some((b, i));
                    let (prev_op, prev_arg) = match prev {
                        Some((pb, pi)) => {
                            let p = &self.b(pb).instrs[pi];
                            (p.op, p.arg)
                        }
                        None => (Op::CACHE, 0),
                    };
                    if self.b(b).instrs[i].op == Op::POP_TOP
                        && (prev_op == Op::LOAD_CONST || (prev_op == Op::COPY && prev_arg == 1))
                    {
                        if let Some((pb, pi)) = prev {
                            self.bm(pb).instrs[pi].set_op0(Op::NOP);
                        }
                        self.bm(b).instrs[i].set_op0(Op::NOP);
                        done = false;
                    }
                }
                let ends_in_jump = instr.is_some_and(|(ib, ii)| self.b(ib).instrs[ii].op.is_jump());
                if ends_in_jump || !self.b(b).has_fallthrough() {
                    instr = None;
                }
                b = self.next_of(b);
            }
        }
    }

    /// Replaces an unconditional jump to the next block with a NOP.
    pub(crate) fn remove_redundant_jumps(&mut self) -> Result<(), CompileError> {
        let mut b = self.entry;
        while b != NO_BLOCK {
            let next = self.next_of(b);
            if let Some(last) = self.bm(b).instrs.last_mut()
                && last.op.is_unconditional_jump()
            {
                if last.target == NO_BLOCK {
                    return Err(sys_err("jump with NULL target"));
                }
                if last.target == next {
                    last.set_op0(Op::NOP);
                }
            }
            b = next;
        }
        Ok(())
    }

    /// Counts every block's predecessors along the edges reachable from the entry.
    fn mark_reachable(&mut self) {
        self.reset_visited();
        let mut stack = vec![self.entry];
        let entry = self.entry;
        self.bm(entry).predecessors = 1;
        while let Some(b) = stack.pop() {
            self.bm(b).visited = true;
            let next = self.next_of(b);
            if next != NO_BLOCK && self.b(b).has_fallthrough() {
                if !self.b(next).visited {
                    stack.push(next);
                }
                self.bm(next).predecessors += 1;
            }
            for i in 0..self.b(b).instrs.len() {
                let instr = self.b(b).instrs[i];
                if instr.op.is_jump() || instr.op.is_block_push() {
                    let t = instr.target;
                    if !self.b(t).visited {
                        stack.push(t);
                    }
                    self.bm(t).predecessors += 1;
                }
            }
        }
    }

    /// Drops the constants no instruction uses (the first is always kept: it may be the
    /// docstring) and renumbers the rest.
    pub(crate) fn remove_unused_consts(&mut self, consts: &mut Vec<Constant>) {
        let n = consts.len();
        if n == 0 {
            return;
        }
        let mut used = vec![false; n];
        used[0] = true;
        let order = self.order();
        for &b in &order {
            for i in &self.b(b).instrs {
                if i.op.operand() == Operand::Const && (i.arg as usize) < n {
                    used[i.arg as usize] = true;
                }
            }
        }
        if used.iter().all(|&u| u) {
            return;
        }
        let mut reverse = vec![u32::MAX; n];
        let mut kept = 0usize;
        for k in 0..n {
            if used[k] {
                reverse[k] = kept as u32;
                consts.swap(kept, k);
                kept += 1;
            }
        }
        consts.truncate(kept);
        for &b in &order {
            for i in &mut self.bm(b).instrs {
                if i.op.operand() == Operand::Const && (i.arg as usize) < n {
                    i.arg = reverse[i.arg as usize];
                }
            }
        }
    }
}

/// Replaces a run of SWAPs and NOPs starting at `*ix` with an equivalent shortest one, and
/// moves `*ix` to the run's last instruction.
fn swaptimize(instrs: &mut [CfgInstr], ix: &mut usize) {
    let run = &mut instrs[*ix..];
    let mut depth = run[0].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = run.len();
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        let op = run[len].op;
        if op == Op::SWAP {
            depth = depth.max(run[len].arg as usize);
            more = true;
        } else if op != Op::NOP {
            break;
        }
    }
    if !more {
        return;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for instr in &run[..len] {
        if instr.op == Op::SWAP {
            let oparg = instr.arg as usize;
            if oparg == 0 || oparg > depth {
                return;
            }
            stack.swap(0, oparg - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                if current < 0 {
                    return;
                }
                let c = &mut run[current as usize];
                c.op = Op::SWAP;
                c.arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        run[current as usize].set_op0(Op::NOP);
        current -= 1;
    }
    *ix += len - 1;
}

fn next_swappable_instruction(instrs: &[CfgInstr], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let instr = &instrs[i];
        if lineno >= 0 && instr.loc.lineno != lineno {
            return None;
        }
        if instr.op == Op::NOP {
            continue;
        }
        return if swappable(instr.op) { Some(i) } else { None };
    }
}

/// Applies SWAPs (ending at `i`) statically by reordering the swappable instructions after
/// them instead of the stack items.
fn apply_static_swaps(instrs: &mut [CfgInstr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        i -= 1;
        if swap.op != Op::SWAP {
            if swap.op == Op::NOP || swappable(swap.op) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else { return };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        let mut count = swap.arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(next) => k = next,
                None => return,
            }
            count -= 1;
        }
        let store_j = stores_to(&instrs[j]);
        let store_k = stores_to(&instrs[k]);
        if store_j >= 0 || store_k >= 0 {
            if store_j == store_k {
                return;
            }
            let conflict = instrs[j + 1..k].iter().any(|i| {
                let s = stores_to(i);
                s >= 0 && (s == store_j || s == store_k)
            });
            if conflict {
                return;
            }
        }
        instrs[iu].set_op0(Op::NOP);
        instrs.swap(j, k);
    }
}
