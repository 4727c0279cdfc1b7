//! Statements: bodies and docstrings, assignments (plain, augmented, annotated), control flow
//! (if, for, while, break, continue, return), raise, assert, imports, and expression statements
//! (including the interactive mode's printing).

use std::sync::Arc;

use super::unit::ScopeType;
use super::{CResult, Compiler};
use crate::bytecode::code::Constant;
use crate::bytecode::opcode::{Op, intrinsic};
use crate::frontend::ast::{Alias, Expr, ExprContext, ExprKind, Ident, Loc, Stmt, StmtKind};
use crate::frontend::error::CompileError;
use crate::frontend::symtable::mangle;

/// `_PyAST_GetDocString`: the docstring of a body, if its first statement is a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&Constant> {
    let first = body.first()?;
    let StmtKind::Expr { value } = &first.kind else {
        return None;
    };
    match &value.kind {
        ExprKind::Constant {
            value: c @ Constant::Str(_),
            ..
        } => Some(c),
        _ => None,
    }
}

/// `find_ann`: whether a body has variable annotations anywhere outside nested scopes.
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    for st in stmts {
        let res = match &st.kind {
            StmtKind::AnnAssign { .. } => return true,
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
            StmtKind::With { body, .. } => find_ann(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                if handlers.iter().any(|h| find_ann(&h.body)) {
                    return true;
                }
                find_ann(body) || find_ann(finalbody) || find_ann(orelse)
            }
            StmtKind::Match { cases, .. } => {
                if cases.iter().any(|m| find_ann(&m.body)) {
                    return true;
                }
                false
            }
            _ => false,
        };
        if res {
            return true;
        }
    }
    false
}

impl<'a> Compiler<'a, '_> {
    /// `compiler_body`: a module or class body, with its annotations set-up and docstring.
    pub(crate) fn body(&mut self, mut loc: Loc, stmts: &'a [Stmt]) -> CResult {
        if self.u().scope_type == ScopeType::Module && !stmts.is_empty() {
            loc = stmts[0].loc;
        }
        if find_ann(stmts) {
            self.addop(Op::SETUP_ANNOTATIONS, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut i = 0;
        if self.optimize < 2 && docstring(stmts).is_some() {
            i = 1;
            if let StmtKind::Expr { value } = &stmts[0].kind {
                self.visit_expr(value)?;
            }
            self.nameop_str(Loc::NONE, "__doc__", ExprContext::Store)?;
        }
        for s in &stmts[i..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// `compiler_visit_stmt`.
    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_depth()?;
        let r = self.visit_stmt_inner(s);
        self.leave_depth();
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        let loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function(s, f),
            StmtKind::ClassDef(cd) => self.class(s, cd),
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.typealias(s, name, type_params, value),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop_i(Op::COPY, 1, loc);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(s, target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(s, target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.addop_i(Op::RAISE_VARARGS, n, loc);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    if finalbody.is_empty() {
                        self.try_star_except(s, body, handlers, orelse)
                    } else {
                        self.try_star_finally(s, body, handlers, orelse, finalbody)
                    }
                } else if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(s, test, msg.as_deref()),
            StmtKind::Import { names } => self.import(s, names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_ref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.stmt_expr(loc, value),
            StmtKind::Pass => {
                self.addop(Op::NOP, loc);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(loc),
            StmtKind::Continue => self.continue_stmt(loc),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.async_with(s, items, body, 0)
                } else {
                    self.with(s, items, body, 0)
                }
            }
        }
    }

    /// `compiler_stmt_expr`.
    fn stmt_expr(&mut self, loc: Loc, value: &'a Expr) -> CResult {
        if self.interactive && self.nestlevel <= 1 {
            self.visit_expr(value)?;
            self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::PRINT, loc);
            self.addop(Op::POP_TOP, Loc::NONE);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            self.addop(Op::NOP, loc);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.addop(Op::POP_TOP, Loc::NONE);
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_j(Op::JUMP, end, Loc::NONE);
            self.use_label(next);
            self.visit_stmts(orelse)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loc = s.loc;
        let start = self.new_label();
        let body_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(
            loc,
            super::exc::FBlockKind::ForLoop,
            Some(start),
            Some(end),
            super::exc::Datum::None,
        )?;
        self.visit_expr(iter)?;
        self.addop(Op::GET_ITER, loc);
        self.use_label(start);
        self.addop_j(Op::FOR_ITER, cleanup, loc);
        self.use_label(body_label);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(Op::JUMP, start, Loc::NONE);
        self.use_label(cleanup);
        self.addop(Op::END_FOR, Loc::NONE);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let mut loc = s.loc;
        if self.is_top_level_await() {
            self.um().coroutine = true;
        } else if self.u().scope_type != ScopeType::AsyncFunction {
            return Err(self.error(loc, "'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.addop(Op::GET_AITER, loc);
        self.use_label(start);
        self.push_fblock(
            loc,
            super::exc::FBlockKind::ForLoop,
            Some(start),
            Some(end),
            super::exc::Datum::None,
        )?;
        self.addop_j(Op::SETUP_FINALLY, except, loc);
        self.addop(Op::GET_ANEXT, loc);
        self.load_none(loc);
        self.add_yield_from(loc, true);
        self.addop(Op::POP_BLOCK, loc);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(Op::JUMP, start, Loc::NONE);
        self.pop_fblock();
        self.use_label(except);
        loc = iter.loc;
        self.addop(Op::END_ASYNC_FOR, loc);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loop_label = self.new_label();
        let body_label = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(loop_label);
        self.push_fblock(
            s.loc,
            super::exc::FBlockKind::WhileLoop,
            Some(loop_label),
            Some(end),
            super::exc::Datum::None,
        )?;
        self.jump_if(test, anchor, false)?;
        self.use_label(body_label);
        self.visit_stmts(body)?;
        self.jump_if(test, body_label, true)?;
        self.pop_fblock();
        self.use_label(anchor);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let mut loc = s.loc;
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if !self.u().ste.is_function_like() {
            return Err(self.error(loc, "'return' outside function"));
        }
        if value.is_some() && self.u().coroutine && self.u().ste.generator {
            return Err(self.error(loc, "'return' with value in async generator"));
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            loc = v.loc;
            self.addop(Op::NOP, loc);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            loc = s.loc;
            self.addop(Op::NOP, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false)?;
        match value {
            None => self.load_none(loc),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value: c, .. } = &v.kind {
                    self.load_const_from(c.clone(), vec![super::expr::node_id(v)], loc);
                }
            }
            Some(_) => {}
        }
        self.addop(Op::RETURN_VALUE, loc);
        Ok(())
    }

    fn break_stmt(&mut self, mut loc: Loc) -> CResult {
        let origin = loc;
        self.addop(Op::NOP, loc);
        let lp = self.unwind_fblock_stack(&mut loc, false, true)?;
        let Some(lp) = lp else {
            return Err(self.error(origin, "'break' outside loop"));
        };
        self.unwind_fblock(&mut loc, &lp, false)?;
        if let Some(exit) = lp.exit {
            self.addop_j(Op::JUMP, exit, loc);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, mut loc: Loc) -> CResult {
        let origin = loc;
        self.addop(Op::NOP, loc);
        let lp = self.unwind_fblock_stack(&mut loc, false, true)?;
        let Some(lp) = lp else {
            return Err(self.error(origin, "'continue' not properly in loop"));
        };
        if let Some(block) = lp.block {
            self.addop_j(Op::JUMP, block, loc);
        }
        Ok(())
    }

    fn import(&mut self, s: &'a Stmt, names: &'a [Alias]) -> CResult {
        let loc = s.loc;
        for alias in names {
            self.load_const(Constant::int(0), loc);
            self.load_none(loc);
            self.addop_name(Op::IMPORT_NAME, &alias.name, loc);
            if let Some(asname) = &alias.asname {
                self.import_as(loc, &alias.name, asname)?;
            } else {
                let store: Ident = match alias.name.find('.') {
                    Some(dot) => Arc::from(&alias.name[..dot]),
                    None => alias.name.clone(),
                };
                self.nameop(loc, &store, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    /// `compiler_import_as`: binds `import a.b.c as d` to the innermost module.
    fn import_as(&mut self, loc: Loc, name: &Ident, asname: &Ident) -> CResult {
        if let Some(dot) = name.find('.') {
            let mut rest = &name[dot + 1..];
            loop {
                let (attr, more) = match rest.find('.') {
                    Some(d) => (&rest[..d], Some(&rest[d + 1..])),
                    None => (rest, None),
                };
                self.addop_name_raw(Op::IMPORT_FROM, Arc::from(attr), loc);
                let Some(more) = more else { break };
                self.addop_i(Op::SWAP, 2, loc);
                self.addop(Op::POP_TOP, loc);
                rest = more;
            }
            self.nameop(loc, asname, ExprContext::Store)?;
            self.addop(Op::POP_TOP, loc);
            return Ok(());
        }
        self.nameop(loc, asname, ExprContext::Store)
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a Ident>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        let loc = s.loc;
        self.load_const(Constant::int(i64::from(level)), loc);
        let tuple = Constant::tuple(names.iter().map(|a| Constant::str(&a.name)).collect());
        let after = {
            let f = self.future_location;
            loc.lineno > f.end_lineno
                || (loc.lineno == f.end_lineno && loc.col_offset > f.end_col_offset)
        };
        if after && module.is_some_and(|m| &**m == "__future__") {
            return Err(self.error(
                loc,
                "from __future__ imports must occur at the beginning of the file",
            ));
        }
        self.load_const(tuple, loc);
        match module {
            Some(m) => self.addop_name(Op::IMPORT_NAME, m, loc),
            None => self.addop_name(Op::IMPORT_NAME, &Arc::from(""), loc),
        }
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::IMPORT_STAR, loc);
                self.addop(Op::POP_TOP, Loc::NONE);
                return Ok(());
            }
            self.addop_name(Op::IMPORT_FROM, &alias.name, loc);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(loc, store, ExprContext::Store)?;
        }
        self.addop(Op::POP_TOP, loc);
        Ok(())
    }

    fn assert_stmt(&mut self, s: &'a Stmt, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant {
                value: Constant::Tuple(t),
                ..
            } => !t.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn(
                s.loc,
                "assertion is always true, perhaps remove parentheses?",
            );
        }
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.addop(Op::LOAD_ASSERTION_ERROR, s.loc);
        if let Some(msg) = msg {
            self.visit_expr(msg)?;
            self.addop_i(Op::CALL, 0, s.loc);
        }
        self.addop_i(Op::RAISE_VARARGS, 1, s.loc);
        self.use_label(end);
        Ok(())
    }

    /// `compiler_augassign`.
    fn augassign(
        &mut self,
        s: &'a Stmt,
        e: &'a Expr,
        op: crate::frontend::ast::Operator,
        value: &'a Expr,
    ) -> CResult {
        let mut loc = e.loc;
        match &e.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.addop_i(Op::COPY, 1, loc);
                loc = self.attr_start_loc(loc, e);
                self.addop_name(Op::LOAD_ATTR, attr, loc);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                if is_two_element_slice(slice) {
                    self.slice(slice)?;
                    self.addop_i(Op::COPY, 3, loc);
                    self.addop_i(Op::COPY, 3, loc);
                    self.addop_i(Op::COPY, 3, loc);
                    self.addop(Op::BINARY_SLICE, loc);
                } else {
                    self.visit_expr(slice)?;
                    self.addop_i(Op::COPY, 2, loc);
                    self.addop_i(Op::COPY, 2, loc);
                    self.addop(Op::BINARY_SUBSCR, loc);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(loc, id, ExprContext::Load)?,
            _ => {
                return Err(CompileError::system(
                    "invalid node type for augmented assignment",
                ));
            }
        }
        loc = s.loc;
        self.visit_expr(value)?;
        self.addop_binary(loc, op, true);
        loc = e.loc;
        match &e.kind {
            ExprKind::Attribute { attr, .. } => {
                loc = self.attr_start_loc(loc, e);
                self.addop_i(Op::SWAP, 2, loc);
                self.addop_name(Op::STORE_ATTR, attr, loc);
            }
            ExprKind::Subscript { slice, .. } => {
                if is_two_element_slice(slice) {
                    self.addop_i(Op::SWAP, 4, loc);
                    self.addop_i(Op::SWAP, 3, loc);
                    self.addop_i(Op::SWAP, 2, loc);
                    self.addop(Op::STORE_SLICE, loc);
                } else {
                    self.addop_i(Op::SWAP, 3, loc);
                    self.addop_i(Op::SWAP, 2, loc);
                    self.addop(Op::STORE_SUBSCR, loc);
                }
            }
            ExprKind::Name { id, .. } => return self.nameop(loc, id, ExprContext::Store),
            _ => {}
        }
        Ok(())
    }

    /// `check_ann_expr`: evaluates an expression for its side effects only.
    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(Op::POP_TOP, e.loc);
        Ok(())
    }

    /// `check_ann_subscr`.
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.check_ann_subscr(elt)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `compiler_annassign`.
    fn annassign(
        &mut self,
        s: &'a Stmt,
        targ: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        let loc = s.loc;
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(targ)?;
        }
        let module_or_class = matches!(self.u().scope_type, ScopeType::Module | ScopeType::Class);
        match &targ.kind {
            ExprKind::Name { id, .. } => {
                self.check_forbidden(loc, id, ExprContext::Store)?;
                if simple && module_or_class {
                    if self.future_annotations() {
                        self.visit_annexpr(annotation);
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.addop_name(Op::LOAD_NAME, &Arc::from("__annotations__"), loc);
                    let mangled = mangle(self.u().private.as_deref(), id);
                    self.load_const(Constant::str(&mangled), loc);
                    self.addop(Op::STORE_SUBSCR, loc);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.check_forbidden(loc, attr, ExprContext::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(CompileError::system(
                    "invalid node type for annotated assignment",
                ));
            }
        }
        if !simple && !self.future_annotations() && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    /// `compiler_visit_annexpr`: a postponed annotation, as its source text.
    pub(crate) fn visit_annexpr(&mut self, annotation: &Expr) {
        let text = super::unparse::expr_as_str(annotation);
        self.load_const(Constant::str(&text), annotation.loc);
    }
}

/// `is_two_element_slice`.
pub(crate) fn is_two_element_slice(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Slice { step: None, .. })
}
