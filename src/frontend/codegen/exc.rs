//! Exception handling and the frame-block stack: try/except/else/finally, `except*`, `with`
//! and `async with`, and the unwinding that `return`, `break` and `continue` do through
//! loops, handlers, `finally` bodies and context managers.

use super::{CResult, Compiler};
use crate::bytecode::opcode::{Op, intrinsic};
use crate::frontend::ast::{ExceptHandler, ExprContext, Ident, Loc, Stmt, WithItem};
use crate::frontend::ir::Label;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// What a frame block needs to unwind.
#[derive(Clone, Debug)]
pub(crate) enum Datum<'a> {
    None,
    /// The `finally` body to run.
    Finally(&'a [Stmt]),
    /// The location of the `with` statement.
    With(Loc),
    /// The `except ... as name` variable to clear.
    Name(Option<Ident>),
}

/// One frame block (CPython's `struct fblockinfo`).
#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub datum: Datum<'a>,
}

impl<'a> Compiler<'a, '_> {
    pub(crate) fn push_fblock(
        &mut self,
        loc: Loc,
        kind: FBlockKind,
        block: Option<Label>,
        exit: Option<Label>,
        datum: Datum<'a>,
    ) -> CResult {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(loc, "too many statically nested blocks"));
        }
        self.um().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.um().fblocks.pop();
    }

    fn call_exit_with_nones(&mut self, loc: Loc) {
        self.load_none(loc);
        self.load_none(loc);
        self.load_none(loc);
        self.addop_i(Op::CALL, 2, loc);
    }

    fn pop_except_and_reraise(&mut self, loc: Loc) {
        self.addop_i(Op::COPY, 3, loc);
        self.addop(Op::POP_EXCEPT, loc);
        self.addop_i(Op::RERAISE, 1, loc);
    }

    /// `compiler_unwind_fblock`: the code leaving one frame block early. With `preserve_tos`,
    /// the value on top of the stack (a return value) is kept above what is popped.
    pub(crate) fn unwind_fblock(
        &mut self,
        loc: &mut Loc,
        info: &FBlock<'a>,
        preserve_tos: bool,
    ) -> CResult {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.addop(Op::POP_TOP, *loc);
            }
            FBlockKind::TryExcept => self.addop(Op::POP_BLOCK, *loc),
            FBlockKind::FinallyTry => {
                self.addop(Op::POP_BLOCK, *loc);
                if preserve_tos {
                    self.push_fblock(*loc, FBlockKind::PopValue, None, None, Datum::None)?;
                }
                if let Datum::Finally(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                *loc = Loc::NONE;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.addop(Op::POP_TOP, *loc);
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.addop(Op::POP_BLOCK, *loc);
                self.addop(Op::POP_EXCEPT, *loc);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let Datum::With(l) = info.datum {
                    *loc = l;
                }
                self.addop(Op::POP_BLOCK, *loc);
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if info.kind == FBlockKind::AsyncWith {
                    self.addop_i(Op::GET_AWAITABLE, 2, *loc);
                    self.load_none(*loc);
                    self.add_yield_from(*loc, true);
                }
                self.addop(Op::POP_TOP, *loc);
                *loc = Loc::NONE;
            }
            FBlockKind::HandlerCleanup => {
                let name = match &info.datum {
                    Datum::Name(n) => n.clone(),
                    _ => None,
                };
                if name.is_some() {
                    self.addop(Op::POP_BLOCK, *loc);
                }
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.addop(Op::POP_BLOCK, *loc);
                self.addop(Op::POP_EXCEPT, *loc);
                if let Some(name) = name {
                    self.load_none(*loc);
                    self.nameop(*loc, &name, ExprContext::Store)?;
                    self.nameop(*loc, &name, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop_i(Op::SWAP, 2, *loc);
                }
                self.addop(Op::POP_TOP, *loc);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds every frame block (or, with `to_loop`, up to the
    /// innermost loop, which is returned).
    pub(crate) fn unwind_fblock_stack(
        &mut self,
        loc: &mut Loc,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.u().fblocks.last().cloned() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(self.error(
                *loc,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            ));
        }
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.um().fblocks.pop();
        self.unwind_fblock(loc, &top, preserve_tos)?;
        let r = self.unwind_fblock_stack(loc, preserve_tos, to_loop)?;
        self.um().fblocks.push(top);
        Ok(r)
    }

    /// `compiler_try_finally` (with `try_star_finally` when `is_star`).
    fn try_finally_common(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let loc = s.loc;
        let body_label = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.addop_j(Op::SETUP_FINALLY, end, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockKind::FinallyTry,
            Some(body_label),
            Some(end),
            Datum::Finally(finalbody),
        )?;
        if !handlers.is_empty() {
            if is_star {
                self.try_star_except(s, body, handlers, orelse)?;
            } else {
                self.try_except(s, body, handlers, orelse)?;
            }
        } else {
            self.visit_stmts(body)?;
        }
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.addop_j(Op::JUMP, exit, Loc::NONE);
        self.use_label(end);
        self.addop_j(Op::SETUP_CLEANUP, cleanup, Loc::NONE);
        self.addop(Op::PUSH_EXC_INFO, Loc::NONE);
        self.push_fblock(
            Loc::NONE,
            FBlockKind::FinallyEnd,
            Some(end),
            None,
            Datum::None,
        )?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.addop_i(Op::RERAISE, 0, Loc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Loc::NONE);
        self.use_label(exit);
        Ok(())
    }

    pub(crate) fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        self.try_finally_common(s, body, handlers, orelse, finalbody, false)
    }

    pub(crate) fn try_star_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        self.try_finally_common(s, body, handlers, orelse, finalbody, true)
    }

    /// `compiler_try_except`.
    pub(crate) fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loc = s.loc;
        let body_label = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.addop_j(Op::SETUP_FINALLY, except, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockKind::TryExcept,
            Some(body_label),
            None,
            Datum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.visit_stmts(orelse)?;
        self.addop_j(Op::JUMP, end, Loc::NONE);
        let n = handlers.len();
        self.use_label(except);
        self.addop_j(Op::SETUP_CLEANUP, cleanup, Loc::NONE);
        self.addop(Op::PUSH_EXC_INFO, Loc::NONE);
        self.push_fblock(loc, FBlockKind::ExceptionHandler, None, None, Datum::None)?;
        for (i, handler) in handlers.iter().enumerate() {
            let hloc = handler.loc;
            if handler.type_.is_none() && i + 1 < n {
                return Err(self.error(hloc, "default 'except:' must be last"));
            }
            except = self.new_label();
            if let Some(ty) = &handler.type_ {
                self.visit_expr(ty)?;
                self.addop(Op::CHECK_EXC_MATCH, hloc);
                self.addop_j(Op::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(hloc, name, ExprContext::Store)?;
                self.addop_j(Op::SETUP_CLEANUP, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    Datum::Name(Some(name.clone())),
                )?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock();
                self.addop(Op::POP_BLOCK, Loc::NONE);
                self.addop(Op::POP_BLOCK, Loc::NONE);
                self.addop(Op::POP_EXCEPT, Loc::NONE);
                self.load_none(Loc::NONE);
                self.nameop(Loc::NONE, name, ExprContext::Store)?;
                self.nameop(Loc::NONE, name, ExprContext::Del)?;
                self.addop_j(Op::JUMP, end, Loc::NONE);
                self.use_label(cleanup_end);
                self.load_none(Loc::NONE);
                self.nameop(Loc::NONE, name, ExprContext::Store)?;
                self.nameop(Loc::NONE, name, ExprContext::Del)?;
                self.addop_i(Op::RERAISE, 1, Loc::NONE);
            } else {
                let cleanup_body = self.new_label();
                self.addop(Op::POP_TOP, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    Datum::Name(None),
                )?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock();
                self.addop(Op::POP_BLOCK, Loc::NONE);
                self.addop(Op::POP_EXCEPT, Loc::NONE);
                self.addop_j(Op::JUMP, end, Loc::NONE);
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.addop_i(Op::RERAISE, 0, Loc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Loc::NONE);
        self.use_label(end);
        Ok(())
    }

    /// `compiler_try_star_except`.
    pub(crate) fn try_star_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loc = s.loc;
        let body_label = self.new_label();
        let mut except = self.new_label();
        let orelse_label = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.addop_j(Op::SETUP_FINALLY, except, loc);
        self.use_label(body_label);
        self.push_fblock(
            loc,
            FBlockKind::TryExcept,
            Some(body_label),
            None,
            Datum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.addop_j(Op::JUMP, orelse_label, Loc::NONE);
        let n = handlers.len();
        self.use_label(except);
        self.addop_j(Op::SETUP_CLEANUP, cleanup, Loc::NONE);
        self.addop(Op::PUSH_EXC_INFO, Loc::NONE);
        self.push_fblock(
            loc,
            FBlockKind::ExceptionGroupHandler,
            None,
            None,
            Datum::None,
        )?;
        for (i, handler) in handlers.iter().enumerate() {
            let hloc = handler.loc;
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.addop_i(Op::BUILD_LIST, 0, hloc);
                self.addop_i(Op::COPY, 2, hloc);
            }
            if let Some(ty) = &handler.type_ {
                self.visit_expr(ty)?;
                self.addop(Op::CHECK_EG_MATCH, hloc);
                self.addop_i(Op::COPY, 1, hloc);
                self.addop_j(Op::POP_JUMP_IF_NONE, no_match, hloc);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &handler.name {
                Some(name) => self.nameop(hloc, name, ExprContext::Store)?,
                None => self.addop(Op::POP_TOP, hloc),
            }
            self.addop_j(Op::SETUP_CLEANUP, cleanup_end, hloc);
            self.use_label(cleanup_body);
            self.push_fblock(
                hloc,
                FBlockKind::HandlerCleanup,
                Some(cleanup_body),
                None,
                Datum::Name(handler.name.clone()),
            )?;
            self.visit_stmts(&handler.body)?;
            self.pop_fblock();
            self.addop(Op::POP_BLOCK, Loc::NONE);
            if let Some(name) = &handler.name {
                self.load_none(Loc::NONE);
                self.nameop(Loc::NONE, name, ExprContext::Store)?;
                self.nameop(Loc::NONE, name, ExprContext::Del)?;
            }
            self.addop_j(Op::JUMP, except, Loc::NONE);
            self.use_label(cleanup_end);
            if let Some(name) = &handler.name {
                self.load_none(Loc::NONE);
                self.nameop(Loc::NONE, name, ExprContext::Store)?;
                self.nameop(Loc::NONE, name, ExprContext::Del)?;
            }
            self.addop_i(Op::LIST_APPEND, 3, Loc::NONE);
            self.addop(Op::POP_TOP, Loc::NONE);
            self.addop_j(Op::JUMP, except_with_error, Loc::NONE);
            self.use_label(except);
            self.addop(Op::NOP, Loc::NONE);
            self.addop_j(Op::JUMP, except_with_error, Loc::NONE);
            self.use_label(no_match);
            self.addop(Op::POP_TOP, hloc);
            self.use_label(except_with_error);
            if i + 1 == n {
                self.addop_i(Op::LIST_APPEND, 1, Loc::NONE);
                self.addop_j(Op::JUMP, reraise_star, Loc::NONE);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.addop_i(
            Op::CALL_INTRINSIC_2,
            intrinsic::PREP_RERAISE_STAR,
            Loc::NONE,
        );
        self.addop_i(Op::COPY, 1, Loc::NONE);
        self.addop_j(Op::POP_JUMP_IF_NOT_NONE, reraise, Loc::NONE);
        self.addop(Op::POP_TOP, Loc::NONE);
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.addop(Op::POP_EXCEPT, Loc::NONE);
        self.addop_j(Op::JUMP, end, Loc::NONE);
        self.use_label(reraise);
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.addop_i(Op::SWAP, 2, Loc::NONE);
        self.addop(Op::POP_EXCEPT, Loc::NONE);
        self.addop_i(Op::RERAISE, 0, Loc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Loc::NONE);
        self.use_label(orelse_label);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: Label) {
        let suppress = self.new_label();
        self.addop_j(Op::POP_JUMP_IF_TRUE, suppress, Loc::NONE);
        self.addop_i(Op::RERAISE, 2, Loc::NONE);
        self.use_label(suppress);
        self.addop(Op::POP_TOP, Loc::NONE);
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.addop(Op::POP_EXCEPT, Loc::NONE);
        self.addop(Op::POP_TOP, Loc::NONE);
        self.addop(Op::POP_TOP, Loc::NONE);
        let exit = self.new_label();
        self.addop_j(Op::JUMP, exit, Loc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Loc::NONE);
        self.use_label(exit);
    }

    /// `compiler_async_with`, for the item at `pos` and the rest nested inside it.
    pub(crate) fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let loc = s.loc;
        if self.is_top_level_await() {
            self.um().coroutine = true;
        } else if self.u().scope_type != super::unit::ScopeType::AsyncFunction {
            return Err(self.error(loc, "'async with' outside async function"));
        }
        let Some(item) = items.get(pos) else {
            return Ok(());
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.addop(Op::BEFORE_ASYNC_WITH, loc);
        self.addop_i(Op::GET_AWAITABLE, 1, loc);
        self.load_none(loc);
        self.add_yield_from(loc, true);
        self.addop_j(Op::SETUP_WITH, final_, loc);
        self.use_label(block);
        self.push_fblock(
            loc,
            FBlockKind::AsyncWith,
            Some(block),
            Some(final_),
            Datum::With(loc),
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Op::POP_TOP, loc),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.addop(Op::POP_BLOCK, loc);
        self.call_exit_with_nones(loc);
        self.addop_i(Op::GET_AWAITABLE, 2, loc);
        self.load_none(loc);
        self.add_yield_from(loc, true);
        self.addop(Op::POP_TOP, loc);
        self.addop_j(Op::JUMP, exit, loc);
        self.use_label(final_);
        self.addop_j(Op::SETUP_CLEANUP, cleanup, loc);
        self.addop(Op::PUSH_EXC_INFO, loc);
        self.addop(Op::WITH_EXCEPT_START, loc);
        self.addop_i(Op::GET_AWAITABLE, 2, loc);
        self.load_none(loc);
        self.add_yield_from(loc, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `compiler_with`, for the item at `pos` and the rest nested inside it.
    pub(crate) fn with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return Ok(());
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = s.loc;
        self.addop(Op::BEFORE_WITH, loc);
        self.addop_j(Op::SETUP_WITH, final_, loc);
        self.use_label(block);
        self.push_fblock(
            loc,
            FBlockKind::With,
            Some(block),
            Some(final_),
            Datum::With(loc),
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Op::POP_TOP, loc),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with(s, items, body, pos + 1)?;
        }
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.pop_fblock();
        self.call_exit_with_nones(loc);
        self.addop(Op::POP_TOP, loc);
        self.addop_j(Op::JUMP, exit, loc);
        self.use_label(final_);
        self.addop_j(Op::SETUP_CLEANUP, cleanup, loc);
        self.addop(Op::PUSH_EXC_INFO, loc);
        self.addop(Op::WITH_EXCEPT_START, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }
}
