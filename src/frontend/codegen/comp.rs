//! Comprehensions: list, set and dict comprehensions inlined into their scope as PEP 709 does
//! (isolating their variables with LOAD_FAST_AND_CLEAR / SWAP / STORE_FAST_MAYBE_NULL, hidden
//! fast locals in module and class scopes), generator expressions and the comprehensions the
//! symbol table did not inline as their own units, and the async forms.

use std::sync::Arc;

use rustc_hash::FxHashSet;

use super::exc::{Datum, FBlockKind};
use super::unit::{SCOPE_CELL, SCOPE_FREE, ScopeType};
use super::{CResult, Compiler};
use crate::bytecode::opcode::Op;
use crate::frontend::ast::{Comprehension, Expr, ExprKind, Ident, Loc};
use crate::frontend::ir::Label;
use crate::frontend::symtable::{Scope, ScopeKey, ScopeKind, Symbol, def, mangle};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

/// What inlining a comprehension changed, to undo afterwards (`inlined_comprehension_state`).
#[derive(Default)]
struct InlineState {
    pushed_locals: Vec<Ident>,
    temp_symbols: Vec<(Ident, Symbol)>,
    fast_hidden: FxHashSet<Ident>,
    cleanup: Option<Label>,
    end: Option<Label>,
}

impl Compiler<'_, '_> {
    /// `compiler_comprehension`.
    pub(crate) fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        val: Option<&Expr>,
    ) -> CResult {
        let scope_type = self.u().scope_type;
        let is_top_level_await = self.is_top_level_await();
        let Some(entry_id) = self.table.lookup_key(ScopeKey::of(e)) else {
            return Err(crate::frontend::error::CompileError::system(
                "no symtable entry for comprehension",
            ));
        };
        let entry = self.table.scope(entry_id);
        let is_inlined = entry.comp_inlined;
        let is_async_generator = entry.coroutine;
        let loc = e.loc;
        let Some(outermost) = generators.first() else {
            return Err(crate::frontend::error::CompileError::system(
                "comprehension without generators",
            ));
        };
        let mut state = InlineState::default();
        if is_inlined {
            self.comprehension_iter(loc, outermost)?;
            self.push_inlined_comprehension_state(loc, entry, &mut state)?;
        } else {
            self.enter_scope_id(
                Arc::from(name),
                ScopeType::Comprehension,
                entry_id,
                e.loc.lineno,
            )?;
        }
        let r = self.comprehension_body(
            e,
            kind,
            generators,
            elt,
            val,
            is_inlined,
            is_async_generator,
            scope_type,
            is_top_level_await,
        );
        if let Err(err) = r {
            if !is_inlined {
                self.exit_scope();
            }
            return Err(err);
        }
        if is_inlined {
            return self.pop_inlined_comprehension_state(loc, state);
        }
        if kind != CompKind::GenExp {
            self.addop(Op::RETURN_VALUE, e.loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let child = self.finish_scope(true)?;
        if is_top_level_await && is_async_generator {
            self.um().coroutine = true;
        }
        self.make_closure(loc, child, 0)?;
        self.comprehension_iter(loc, outermost)?;
        self.addop_i(Op::CALL, 0, loc);
        if is_async_generator && kind != CompKind::GenExp {
            self.addop_i(Op::GET_AWAITABLE, 0, loc);
            self.load_none(loc);
            self.add_yield_from(loc, true);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_body(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        val: Option<&Expr>,
        is_inlined: bool,
        is_async_generator: bool,
        scope_type: ScopeType,
        is_top_level_await: bool,
    ) -> CResult {
        let loc = e.loc;
        if is_async_generator
            && kind != CompKind::GenExp
            && scope_type != ScopeType::AsyncFunction
            && scope_type != ScopeType::Comprehension
            && !is_top_level_await
        {
            return Err(self.error(
                loc,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        if kind != CompKind::GenExp {
            let op = match kind {
                CompKind::List => Op::BUILD_LIST,
                CompKind::Set => Op::BUILD_SET,
                _ => Op::BUILD_MAP,
            };
            self.addop_i(op, 0, loc);
            if is_inlined {
                self.addop_i(Op::SWAP, 2, loc);
            }
        }
        self.comprehension_generator(loc, generators, 0, 0, elt, val, kind, is_inlined)
    }

    fn comprehension_iter(&mut self, loc: Loc, comp: &Comprehension) -> CResult {
        self.visit_expr(&comp.iter)?;
        self.addop(
            if comp.is_async {
                Op::GET_AITER
            } else {
                Op::GET_ITER
            },
            loc,
        );
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        loc: Loc,
        generators: &[Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CResult {
        if generators[gen_index].is_async {
            self.async_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                kind,
                iter_on_stack,
            )
        } else {
            self.sync_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                kind,
                iter_on_stack,
            )
        }
    }

    /// The element code of the innermost loop; returns the element's location.
    fn comprehension_element(
        &mut self,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        depth: u32,
    ) -> CResult<Loc> {
        let mut elt_loc = elt.loc;
        match kind {
            CompKind::GenExp => {
                self.visit_expr(elt)?;
                self.addop_yield(elt_loc);
                self.addop(Op::POP_TOP, elt_loc);
            }
            CompKind::List => {
                self.visit_expr(elt)?;
                self.addop_i(Op::LIST_APPEND, depth + 1, elt_loc);
            }
            CompKind::Set => {
                self.visit_expr(elt)?;
                self.addop_i(Op::SET_ADD, depth + 1, elt_loc);
            }
            CompKind::Dict => {
                self.visit_expr(elt)?;
                if let Some(val) = val {
                    self.visit_expr(val)?;
                    elt_loc = Loc::new(
                        elt.loc.lineno,
                        val.loc.end_lineno,
                        elt.loc.col_offset,
                        val.loc.end_col_offset,
                    );
                }
                self.addop_i(Op::MAP_ADD, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_comprehension_generator(
        &mut self,
        loc: Loc,
        generators: &[Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CResult {
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let comp = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.um().meta.argcount = 1;
                self.addop_i(Op::LOAD_FAST, 0, loc);
            } else {
                let elts = match &comp.iter.kind {
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                    _ => None,
                };
                if let Some([only]) = elts.map(|v| v.as_slice())
                    && !matches!(only.kind, ExprKind::Starred { .. })
                {
                    self.visit_expr(only)?;
                    start = None;
                }
                if start.is_some() {
                    self.visit_expr(&comp.iter)?;
                    self.addop(Op::GET_ITER, loc);
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_label(start);
            self.addop_j(Op::FOR_ITER, anchor, loc);
        }
        self.visit_expr(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let mut elt_loc = elt.loc;
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_label(if_cleanup);
        if let Some(start) = start {
            self.addop_j(Op::JUMP, start, elt_loc);
            self.use_label(anchor);
            self.addop(Op::END_FOR, Loc::NONE);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        loc: Loc,
        generators: &[Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let comp = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.um().meta.argcount = 1;
                self.addop_i(Op::LOAD_FAST, 0, loc);
            } else {
                self.visit_expr(&comp.iter)?;
                self.addop(Op::GET_AITER, loc);
            }
        }
        self.use_label(start);
        self.push_fblock(
            loc,
            FBlockKind::AsyncComprehensionGenerator,
            Some(start),
            None,
            Datum::None,
        )?;
        self.addop_j(Op::SETUP_FINALLY, except, loc);
        self.addop(Op::GET_ANEXT, loc);
        self.load_none(loc);
        self.add_yield_from(loc, true);
        self.addop(Op::POP_BLOCK, loc);
        self.visit_expr(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let mut elt_loc = elt.loc;
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_label(if_cleanup);
        self.addop_j(Op::JUMP, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.addop(Op::END_ASYNC_FOR, loc);
        Ok(())
    }

    /// `push_inlined_comprehension_state`: isolates the comprehension's variables from the
    /// enclosing scope's.
    fn push_inlined_comprehension_state(
        &mut self,
        loc: Loc,
        entry: &Scope,
        state: &mut InlineState,
    ) -> CResult {
        let in_class_block = self.u().ste.kind == ScopeKind::Class && self.u().in_inlined_comp == 0;
        self.um().in_inlined_comp += 1;
        for (k, v) in entry.symbols.iter() {
            let symbol = v.0;
            let bound_here = symbol & def::LOCAL != 0 && symbol & def::NONLOCAL == 0;
            if !(bound_here || in_class_block) {
                continue;
            }
            if !self.u().ste.is_function_like() && self.u().fasthidden.get(k) != Some(&true) {
                self.um().fasthidden.insert(k.clone(), true);
                state.fast_hidden.insert(k.clone());
            }
            let scope = (symbol >> def::SCOPE_OFFSET) & def::SCOPE_MASK;
            let outv = self.u().symbol(k);
            let outsc = (outv.0 >> def::SCOPE_OFFSET) & def::SCOPE_MASK;
            if scope != outsc && !(scope == SCOPE_CELL && outsc == SCOPE_FREE) {
                if let Some(slot) = state.temp_symbols.iter_mut().find(|(n, _)| n == k) {
                    slot.1 = outv;
                } else {
                    state.temp_symbols.push((k.clone(), outv));
                }
                self.um().overrides.insert(k.clone(), v);
            }
            let mangled = mangle(self.u().private.as_deref(), k);
            self.addop_varname(Op::LOAD_FAST_AND_CLEAR, mangled.clone(), loc);
            if scope == SCOPE_CELL {
                let i = if outsc == SCOPE_FREE {
                    self.free_index(mangled)
                } else {
                    self.cell_index(mangled)
                };
                self.addop_i(Op::MAKE_CELL, i, loc);
            }
            state.pushed_locals.push(k.clone());
        }
        if !state.pushed_locals.is_empty() {
            self.addop_i(Op::SWAP, state.pushed_locals.len() as u32 + 1, loc);
            let cleanup = self.new_label();
            let end = self.new_label();
            state.cleanup = Some(cleanup);
            state.end = Some(end);
            self.addop_j(Op::SETUP_FINALLY, cleanup, loc);
        }
        Ok(())
    }

    fn restore_inlined_comprehension_locals(&mut self, loc: Loc, pushed: &[Ident]) {
        self.addop_i(Op::SWAP, pushed.len() as u32 + 1, loc);
        for k in pushed.iter().rev() {
            let mangled = mangle(self.u().private.as_deref(), k);
            self.addop_varname(Op::STORE_FAST_MAYBE_NULL, mangled, loc);
        }
    }

    /// `pop_inlined_comprehension_state`.
    fn pop_inlined_comprehension_state(&mut self, loc: Loc, state: InlineState) -> CResult {
        self.um().in_inlined_comp -= 1;
        for (k, v) in state.temp_symbols {
            self.um().overrides.insert(k, v);
        }
        if let (Some(cleanup), Some(end)) = (state.cleanup, state.end) {
            self.addop(Op::POP_BLOCK, Loc::NONE);
            self.addop_j(Op::JUMP, end, Loc::NONE);
            self.use_label(cleanup);
            self.addop_i(Op::SWAP, 2, Loc::NONE);
            self.addop(Op::POP_TOP, Loc::NONE);
            self.restore_inlined_comprehension_locals(loc, &state.pushed_locals);
            self.addop_i(Op::RERAISE, 0, Loc::NONE);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(loc, &state.pushed_locals);
        }
        for k in state.fast_hidden {
            self.um().fasthidden.insert(k, false);
        }
        Ok(())
    }
}
