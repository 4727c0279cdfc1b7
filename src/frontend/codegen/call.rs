//! Calls: plain calls with KW_NAMES, method calls (LOAD_ATTR with the method bit), the
//! `super()` forms (LOAD_SUPER_ATTR), `*args`/`**kwargs` calls through CALL_FUNCTION_EX, and the
//! keyword checks and SyntaxWarnings of calls.

use std::sync::Arc;

use super::expr::{STACK_USE_GUIDELINE, infer_type};
use super::unit::{SCOPE_FREE, SCOPE_GLOBAL_IMPLICIT};
use super::{CResult, Compiler};
use crate::bytecode::code::Constant;
use crate::bytecode::opcode::Op;
use crate::frontend::ast::{Expr, ExprContext, ExprKind, Keyword, Loc};
use crate::frontend::symtable::def;

impl Compiler<'_, '_> {
    /// `validate_keywords`: no `__debug__=`, no repeated keyword.
    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, key) in keywords.iter().enumerate() {
            let Some(arg) = &key.arg else { continue };
            self.check_forbidden(key.loc, arg, ExprContext::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_ref() == Some(arg) {
                    return Err(self.error(other.loc, format!("keyword argument repeated: {arg}")));
                }
            }
        }
        Ok(())
    }

    /// `check_caller`: the SyntaxWarning for calling a literal.
    fn check_caller(&mut self, e: &Expr) {
        let warn = matches!(
            e.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
        if warn {
            let ty = infer_type(e).unwrap_or("object");
            self.warn(
                e.loc,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// `is_import_originated`: whether a name is bound by an import at module level.
    fn is_import_originated(&self, e: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &e.kind else {
            return false;
        };
        self.table.scope(self.table.top).lookup(id).0 & def::IMPORT != 0
    }

    /// `can_optimize_super_call`: for `super().attr` or `super(C, self).attr` that can use
    /// LOAD_SUPER_ATTR, the number of arguments of the `super` call.
    pub(crate) fn can_optimize_super_call(&self, attr: &Expr) -> Option<usize> {
        let ExprKind::Attribute {
            value, attr: name, ..
        } = &attr.kind
        else {
            return None;
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return None;
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return None;
        };
        if &**id != "super" || &**name == "__class__" || !keywords.is_empty() {
            return None;
        }
        if self.u().scope_of(id) != SCOPE_GLOBAL_IMPLICIT {
            return None;
        }
        let top = self.table.scope(self.table.top).lookup(id);
        if (top.0 >> def::SCOPE_OFFSET) & def::SCOPE_MASK != 0 {
            return None;
        }
        if args.len() == 2 {
            if args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            {
                return None;
            }
            return Some(2);
        }
        if !args.is_empty() {
            return None;
        }
        let meta = &self.u().meta;
        if meta.argcount == 0 && meta.posonlyargcount == 0 {
            return None;
        }
        match self.get_ref_type("__class__") {
            Ok(SCOPE_FREE) => Some(0),
            _ => None,
        }
    }

    /// `load_args_for_super`: `super`, then the class and instance (given or implicit).
    pub(crate) fn load_args_for_super(&mut self, e: &Expr) -> CResult {
        let ExprKind::Call { func, args, .. } = &e.kind else {
            return Ok(());
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return Ok(());
        };
        self.nameop(func.loc, id, ExprContext::Load)?;
        if args.len() == 2 {
            self.visit_expr(&args[0])?;
            self.visit_expr(&args[1])?;
            return Ok(());
        }
        let loc = e.loc;
        self.nameop_str(loc, "__class__", ExprContext::Load)?;
        match self.first_varname() {
            Some(first) => self.nameop(loc, &first, ExprContext::Load),
            None => Err(crate::frontend::error::CompileError::system(
                "super() without arguments in a unit without locals",
            )),
        }
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as LOAD_ATTR (method) + CALL. Returns
    /// whether it applied.
    fn maybe_optimize_method_call(
        &mut self,
        e: &Expr,
        meth: &Expr,
        args: &[Expr],
        kwds: &[Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value: obj,
            attr,
            ctx: ExprContext::Load,
        } = &meth.kind
        else {
            return Ok(false);
        };
        if self.is_import_originated(obj) {
            return Ok(false);
        }
        let argsl = args.len();
        let kwdsl = kwds.len();
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return Ok(false);
        }
        if kwds.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let mut loc = meth.loc;
        if let Some(nargs) = self.can_optimize_super_call(meth) {
            self.load_args_for_super(obj)?;
            let op = if nargs == 0 {
                Op::LOAD_ZERO_SUPER_METHOD
            } else {
                Op::LOAD_SUPER_METHOD
            };
            self.addop_name(op, attr, loc);
            loc = self.attr_start_loc(loc, meth);
            self.addop(Op::NOP, loc);
        } else {
            self.visit_expr(obj)?;
            loc = self.attr_start_loc(loc, meth);
            self.addop_name(Op::LOAD_METHOD, attr, loc);
        }
        for a in args {
            self.visit_expr(a)?;
        }
        if kwdsl > 0 {
            for k in kwds {
                self.visit_expr(&k.value)?;
            }
            self.call_simple_kw_helper(loc, kwds);
        }
        let loc = self.attr_start_loc(e.loc, meth);
        self.addop_i(Op::CALL, (argsl + kwdsl) as u32, loc);
        Ok(true)
    }

    /// `compiler_call`.
    pub(crate) fn call(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.addop(Op::PUSH_NULL, func.loc);
        self.visit_expr(func)?;
        let args: Vec<&Expr> = args.iter().collect();
        self.call_helper(e.loc, 0, &args, keywords)
    }

    /// `compiler_subkwargs`: a dict of the keyword arguments `begin..end`.
    fn subkwargs(&mut self, loc: Loc, keywords: &[Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for kw in &keywords[begin..end] {
                self.visit_expr(&kw.value)?;
            }
            let keys: Vec<Constant> = keywords[begin..end]
                .iter()
                .map(|k| Constant::str(k.arg.as_deref().unwrap_or("")))
                .collect();
            self.load_const(Constant::tuple(keys), loc);
            self.addop_i(Op::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.addop_i(Op::BUILD_MAP, 0, Loc::NONE);
        }
        for kw in &keywords[begin..end] {
            self.load_const(Constant::str(kw.arg.as_deref().unwrap_or("")), loc);
            self.visit_expr(&kw.value)?;
            if big {
                self.addop_i(Op::MAP_ADD, 1, Loc::NONE);
            }
        }
        if !big {
            self.addop_i(Op::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    /// `compiler_call_simple_kw_helper`: KW_NAMES with the tuple of keyword names.
    fn call_simple_kw_helper(&mut self, loc: Loc, keywords: &[Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::str(k.arg.as_deref().unwrap_or("")))
            .collect();
        let arg = self.add_const(Constant::tuple(names));
        self.addop_i(Op::KW_NAMES, arg, loc);
    }

    /// `compiler_call_helper`: the arguments and the call, with `n` values already pushed.
    pub(crate) fn call_helper(
        &mut self,
        loc: Loc,
        n: usize,
        args: &[&Expr],
        keywords: &[Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkwelts = keywords.len();
        let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(loc, keywords);
            }
            self.addop_i(Op::CALL, (n + nelts + nkwelts) as u32, loc);
            return Ok(());
        }
        match args {
            [only] if n == 0 && matches!(only.kind, ExprKind::Starred { .. }) => {
                if let ExprKind::Starred { value, .. } = &only.kind {
                    self.visit_expr(value)?;
                }
            }
            _ => self.starunpack_helper(
                loc,
                args,
                n,
                Op::BUILD_LIST,
                Op::LIST_APPEND,
                Op::LIST_EXTEND,
                true,
            )?,
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(loc, keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop_i(Op::DICT_MERGE, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_i(Op::BUILD_MAP, 0, loc);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.addop_i(Op::DICT_MERGE, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(loc, keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.addop_i(Op::DICT_MERGE, 1, loc);
                }
            }
        }
        self.addop_i(Op::CALL_FUNCTION_EX, u32::from(nkwelts > 0), loc);
        Ok(())
    }
}

/// A synthesized `Name` load (the `.generic_base` of a generic class).
pub(crate) fn name_expr(id: &str, loc: Loc) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: Arc::from(id),
            ctx: ExprContext::Load,
        },
        loc,
    )
}
