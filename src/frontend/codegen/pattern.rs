//! The match statement (PEP 634): every pattern kind compiled as compile.c does, consuming the
//! subject on top of the stack, keeping captured values on the stack until the whole pattern
//! has matched, and jumping on failure into a ladder of blocks that pop what is left.

use super::{CResult, Compiler};
use crate::bytecode::code::Constant;
use crate::bytecode::opcode::Op;
use crate::bytecode::pyhash::py_eq;
use crate::frontend::ast::{
    CmpOp, Expr, ExprContext, ExprKind, Ident, Loc, MatchCase, Operator, Pattern, PatternKind,
};
use crate::frontend::error::CompileError;
use crate::frontend::ir::Label;
use crate::text::{constant_repr, str_repr};

/// CPython's `pattern_context`.
#[derive(Clone, Default)]
struct PatternContext {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<Ident>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and then fails.
    fail_pop: Vec<Label>,
    /// Items on top of the stack that stay above the captures.
    on_top: isize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a, '_> {
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, loc: Loc, pc: &mut PatternContext, op: Op) {
        let pops = (pc.on_top + pc.stores.len() as isize).max(0) as usize;
        self.ensure_fail_pop(pc, pops);
        self.addop_j(op, pc.fail_pop[pops], loc);
    }

    fn emit_and_reset_fail_pop(&mut self, loc: Loc, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.addop(Op::POP_TOP, loc);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_rotate(&mut self, loc: Loc, mut count: usize) {
        while count > 1 {
            self.addop_i(Op::SWAP, count as u32, loc);
            count -= 1;
        }
    }

    fn duplicate_store(&self, loc: Loc, name: &str) -> CompileError {
        self.error(
            loc,
            format!("multiple assignments to name {} in pattern", str_repr(name)),
        )
    }

    fn pattern_store_name(
        &mut self,
        loc: Loc,
        name: Option<&Ident>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(name) = name else {
            self.addop(Op::POP_TOP, loc);
            return Ok(());
        };
        self.check_forbidden(loc, name, ExprContext::Store)?;
        if pc.stores.contains(name) {
            return Err(self.duplicate_store(loc, name));
        }
        let rotations = (pc.on_top + pc.stores.len() as isize + 1).max(0) as usize;
        self.pattern_rotate(loc, rotations);
        pc.stores.push(name.clone());
        Ok(())
    }

    fn pattern_unpack_helper(&mut self, loc: Loc, elts: &[Pattern]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, PatternKind::MatchStar { .. }) {
                if seen_star {
                    return Err(self.error(loc, "multiple starred expressions in sequence pattern"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error(
                        loc,
                        "too many expressions in star-unpacking sequence pattern",
                    ));
                }
                self.addop_i(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop_i(Op::UNPACK_SEQUENCE, n as u32, loc);
        }
        Ok(())
    }

    fn pattern_sequence_unpack(
        &mut self,
        loc: Loc,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        self.pattern_unpack_helper(loc, patterns)?;
        pc.on_top += patterns.len() as isize;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_sequence_subscr(
        &mut self,
        loc: Loc,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.addop_i(Op::COPY, 1, loc);
            if i < star {
                self.load_const(Constant::int(i as i64), loc);
            } else {
                self.addop(Op::GET_LEN, loc);
                self.load_const(Constant::int((size - i) as i64), loc);
                self.addop_binary(loc, Operator::Sub, false);
            }
            self.addop(Op::BINARY_SUBSCR, loc);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Op::POP_TOP, loc);
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.enter_depth()?;
        let r = self.pattern_inner(p, pc);
        self.leave_depth();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let loc = p.loc;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(
                    value.kind,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) {
                    return Err(self.error(
                        loc,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                self.visit_expr(value)?;
                self.addcompare(loc, CmpOp::Eq);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(value.clone(), loc);
                self.addcompare(loc, CmpOp::Is);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(p, patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_ref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar { name } => self.pattern_store_name(loc, name.as_ref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => self.error(
                                loc,
                                format!(
                                    "name capture {} makes remaining patterns unreachable",
                                    str_repr(&n[..])
                                ),
                            ),
                            None => {
                                self.error(loc, "wildcard makes remaining patterns unreachable")
                            }
                        });
                    }
                    self.pattern_store_name(loc, name.as_ref(), pc)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.addop_i(Op::COPY, 1, loc);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(loc, name.as_ref(), pc)
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc),
        }
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let loc = p.loc;
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(
                loc,
                format!(
                    "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                    kwd_patterns.len()
                ),
            ));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            self.check_forbidden(kwd_patterns[i].loc, attr, ExprContext::Store)?;
            for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                if attr == other {
                    return Err(self.error(
                        kwd_patterns[j].loc,
                        format!("attribute name repeated in class pattern: {attr}"),
                    ));
                }
            }
        }
        self.visit_expr(cls)?;
        let names = Constant::tuple(kwd_attrs.iter().map(|a| Constant::str(a)).collect());
        self.load_const(names, loc);
        self.addop_i(Op::MATCH_CLASS, nargs as u32, loc);
        self.addop_i(Op::COPY, 1, loc);
        self.load_none(loc);
        self.addop_i(Op::IS_OP, 1, loc);
        pc.on_top += 1;
        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
        self.addop_i(Op::UNPACK_SEQUENCE, (nargs + nattrs) as u32, loc);
        pc.on_top += (nargs + nattrs) as isize - 1;
        for pattern in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(pattern) {
                self.addop(Op::POP_TOP, loc);
                continue;
            }
            self.pattern_subpattern(pattern, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        star_target: Option<&'a Ident>,
        pc: &mut PatternContext,
    ) -> CResult {
        let loc = p.loc;
        let mut size = keys.len();
        if size != patterns.len() {
            return Err(self.error(
                loc,
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    patterns.len()
                ),
            ));
        }
        pc.on_top += 1;
        self.addop(Op::MATCH_MAPPING, loc);
        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
        if size == 0 && star_target.is_none() {
            pc.on_top -= 1;
            self.addop(Op::POP_TOP, loc);
            return Ok(());
        }
        if size > 0 {
            self.addop(Op::GET_LEN, loc);
            self.load_const(Constant::int(size as i64), loc);
            self.addcompare(loc, CmpOp::GtE);
            self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<&Constant> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant { value, .. } => {
                    if seen.iter().any(|s| py_eq(s, value)) {
                        return Err(self.error(
                            loc,
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                constant_repr(value)
                            ),
                        ));
                    }
                    seen.push(value);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        loc,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
            self.visit_expr(key)?;
        }
        self.addop_i(Op::BUILD_TUPLE, size as u32, loc);
        self.addop(Op::MATCH_KEYS, loc);
        pc.on_top += 2;
        self.addop_i(Op::COPY, 1, loc);
        self.load_none(loc);
        self.addop_i(Op::IS_OP, 1, loc);
        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
        self.addop_i(Op::UNPACK_SEQUENCE, size as u32, loc);
        pc.on_top += size as isize - 1;
        for pattern in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(pattern, pc)?;
        }
        pc.on_top -= 2;
        if let Some(star) = star_target {
            self.addop_i(Op::BUILD_MAP, 0, loc);
            self.addop_i(Op::SWAP, 3, loc);
            self.addop_i(Op::DICT_UPDATE, 2, loc);
            self.addop_i(Op::UNPACK_SEQUENCE, size as u32, loc);
            while size > 0 {
                self.addop_i(Op::COPY, 1 + size as u32, loc);
                size -= 1;
                self.addop_i(Op::SWAP, 2, loc);
                self.addop(Op::DELETE_SUBSCR, loc);
            }
            self.pattern_store_name(loc, Some(star), pc)?;
        } else {
            self.addop(Op::POP_TOP, loc);
            self.addop(Op::POP_TOP, loc);
        }
        Ok(())
    }

    fn pattern_or(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let loc = p.loc;
        let end = self.new_label();
        let size = alts.len();
        let old_pc = pc.clone();
        let mut control: Option<Vec<Ident>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_pc.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop_i(Op::COPY, 1, alt.loc);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error(loc, "alternative patterns bind different names"));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error(loc, "alternative patterns bind different names")
                            );
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Ident> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.pattern_rotate(alt.loc, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.addop_j(Op::JUMP, end, alt.loc);
            self.emit_and_reset_fail_pop(alt.loc, pc);
        }
        *pc = old_pc;
        self.addop(Op::POP_TOP, loc);
        self.jump_to_fail_pop(loc, pc, Op::JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = (nstores as isize + 1 + pc.on_top + pc.stores.len() as isize).max(0) as usize;
        for name in control {
            self.pattern_rotate(loc, nrots);
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store(loc, &name));
            }
            pc.stores.push(name);
        }
        self.addop(Op::POP_TOP, loc);
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let loc = p.loc;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, pattern) in patterns.iter().enumerate() {
            if matches!(pattern.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error(loc, "multiple starred names in sequence pattern"));
                }
                star_wildcard = is_wildcard_star(pattern);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(pattern);
        }
        pc.on_top += 1;
        self.addop(Op::MATCH_SEQUENCE, loc);
        self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.addop(Op::GET_LEN, loc);
                self.load_const(Constant::int(size as i64), loc);
                self.addcompare(loc, CmpOp::Eq);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.addop(Op::GET_LEN, loc);
                self.load_const(Constant::int(size as i64 - 1), loc);
                self.addcompare(loc, CmpOp::GtE);
                self.jump_to_fail_pop(loc, pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(Op::POP_TOP, loc);
        } else if let (true, Some(star)) = (star_wildcard, star) {
            self.pattern_sequence_subscr(loc, patterns, star, pc)?;
        } else {
            self.pattern_sequence_unpack(loc, patterns, pc)?;
        }
        Ok(())
    }

    /// `compiler_match`.
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_label();
        let ncases = cases.len();
        let Some(last) = cases.last() else {
            return Err(CompileError::system("match without cases"));
        };
        let has_default = is_wildcard(&last.pattern) && ncases > 1;
        let nloop = ncases - usize::from(has_default);
        let mut pc = PatternContext::default();
        for (i, m) in cases[..nloop].iter().enumerate() {
            let ploc = m.pattern.loc;
            if i + 1 != nloop {
                self.addop_i(Op::COPY, 1, ploc);
            }
            pc.stores = Vec::new();
            pc.allow_irrefutable = m.guard.is_some() || i + 1 == ncases;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(ploc, &name, ExprContext::Store)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            if i + 1 != nloop {
                self.addop(Op::POP_TOP, ploc);
            }
            self.visit_stmts(&m.body)?;
            self.addop_j(Op::JUMP, end, Loc::NONE);
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default {
            let ploc = last.pattern.loc;
            if ncases == 1 {
                self.addop(Op::POP_TOP, ploc);
            } else {
                self.addop(Op::NOP, ploc);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }
}
