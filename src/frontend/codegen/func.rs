//! Functions, lambdas, classes and type aliases: decorators, defaults and keyword-only
//! defaults, annotations (evaluated or postponed), docstrings, the class body protocol
//! (`__build_class__`, `__module__`, `__qualname__`, `__classcell__`, `__classdict__`), and
//! PEP 695 type parameters with their hidden generic-parameter units.

use std::sync::Arc;

use super::call::name_expr;
use super::unit::ScopeType;
use super::{CResult, Compiler};
use crate::bytecode::code::Constant;
use crate::bytecode::opcode::{Op, intrinsic, make_function};
use crate::frontend::ast::{
    Arg, Arguments, ClassDef, Expr, ExprContext, ExprKind, FunctionDef, Ident, Loc, Stmt,
    TypeParam, TypeParamKind,
};
use crate::frontend::symtable::{ScopeKey, mangle};

impl<'a> Compiler<'a, '_> {
    fn decorators(&mut self, decos: &[Expr]) -> CResult {
        for d in decos {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &[Expr]) {
        for d in decos.iter().rev() {
            self.addop_i(Op::CALL, 0, d.loc);
        }
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    fn check_debug_args(&self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for a in all {
            self.check_forbidden(a.loc, &a.arg, ExprContext::Store)?;
        }
        Ok(())
    }

    /// `compiler_visit_kwonlydefaults`: pushes a dict of keyword-only defaults; returns
    /// whether one was pushed.
    fn kwonlydefaults(&mut self, loc: Loc, args: &Arguments) -> CResult<bool> {
        let mut keys: Vec<Constant> = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let mangled = mangle(self.u().private.as_deref(), &arg.arg);
                keys.push(Constant::str(&mangled));
                self.visit_expr(d)?;
            }
        }
        if keys.is_empty() {
            return Ok(false);
        }
        let n = keys.len() as u32;
        self.load_const(Constant::tuple(keys), loc);
        self.addop_i(Op::BUILD_CONST_KEY_MAP, n, loc);
        Ok(true)
    }

    /// `compiler_default_arguments`: pushes defaults and keyword-only defaults; returns the
    /// MAKE_FUNCTION flags for them.
    fn default_arguments(&mut self, loc: Loc, args: &Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.addop_i(Op::BUILD_TUPLE, args.defaults.len() as u32, loc);
            flags |= make_function::DEFAULTS;
        }
        if !args.kwonlyargs.is_empty() && self.kwonlydefaults(loc, args)? {
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `compiler_visit_argannotation`.
    fn argannotation(
        &mut self,
        id: &str,
        annotation: Option<&Expr>,
        len: &mut u32,
        loc: Loc,
    ) -> CResult {
        let Some(annotation) = annotation else {
            return Ok(());
        };
        let mangled = mangle(self.u().private.as_deref(), &Arc::from(id));
        self.load_const(Constant::str(&mangled), loc);
        if self.future_annotations() {
            self.visit_annexpr(annotation);
        } else if let ExprKind::Starred { value, .. } = &annotation.kind {
            self.visit_expr(value)?;
            self.addop_i(Op::UNPACK_SEQUENCE, 1, loc);
        } else {
            self.visit_expr(annotation)?;
        }
        *len += 2;
        Ok(())
    }

    fn argannotations(&mut self, args: &[Arg], len: &mut u32, loc: Loc) -> CResult {
        for a in args {
            self.argannotation(&a.arg, a.annotation.as_deref(), len, loc)?;
        }
        Ok(())
    }

    /// `compiler_visit_annotations`: pushes the annotations tuple; returns whether one was
    /// pushed.
    fn annotations(&mut self, loc: Loc, args: &Arguments, returns: Option<&Expr>) -> CResult<bool> {
        let mut len = 0;
        self.argannotations(&args.args, &mut len, loc)?;
        self.argannotations(&args.posonlyargs, &mut len, loc)?;
        if let Some(v) = &args.vararg {
            self.argannotation(&v.arg, v.annotation.as_deref(), &mut len, loc)?;
        }
        self.argannotations(&args.kwonlyargs, &mut len, loc)?;
        if let Some(k) = &args.kwarg {
            self.argannotation(&k.arg, k.annotation.as_deref(), &mut len, loc)?;
        }
        self.argannotation("return", returns, &mut len, loc)?;
        if len > 0 {
            self.addop_i(Op::BUILD_TUPLE, len, loc);
            return Ok(true);
        }
        Ok(false)
    }

    /// `wrap_in_stopiteration_handler`: generators turn a StopIteration escaping their body
    /// into RuntimeError.
    pub(crate) fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let instr = crate::frontend::ir::Instr {
            op: Op::SETUP_CLEANUP,
            arg: handler.0,
            loc: Loc::NONE,
        };
        self.um().seq.insert(0, instr);
        self.load_none(Loc::NONE);
        self.addop(Op::RETURN_VALUE, Loc::NONE);
        self.use_label(handler);
        self.addop_i(
            Op::CALL_INTRINSIC_1,
            intrinsic::STOPITERATION_ERROR,
            Loc::NONE,
        );
        self.addop_i(Op::RERAISE, 1, Loc::NONE);
    }

    /// `compiler_type_params`: creates the type parameters, stores each under its name and
    /// leaves a tuple of them.
    fn type_params(&mut self, type_params: &[TypeParam]) -> CResult {
        for tp in type_params {
            let loc = tp.loc;
            match &tp.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    self.load_const(Constant::str(name), loc);
                    if let Some(bound) = bound {
                        self.enter_scope(
                            name.clone(),
                            ScopeType::TypeParams,
                            ScopeKey::of(tp),
                            bound.loc.lineno,
                        )?;
                        if let Err(e) = self.visit_expr(bound) {
                            self.exit_scope();
                            return Err(e);
                        }
                        self.addop(Op::RETURN_VALUE, loc);
                        let child = self.finish_scope(true)?;
                        self.make_closure(loc, child, 0)?;
                        let which = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                            intrinsic::TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            intrinsic::TYPEVAR_WITH_BOUND
                        };
                        self.addop_i(Op::CALL_INTRINSIC_2, which, loc);
                    } else {
                        self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::TYPEVAR, loc);
                    }
                    self.addop_i(Op::COPY, 1, loc);
                    self.nameop(loc, name, ExprContext::Store)?;
                }
                TypeParamKind::TypeVarTuple { name } => {
                    self.load_const(Constant::str(name), loc);
                    self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::TYPEVARTUPLE, loc);
                    self.addop_i(Op::COPY, 1, loc);
                    self.nameop(loc, name, ExprContext::Store)?;
                }
                TypeParamKind::ParamSpec { name } => {
                    self.load_const(Constant::str(name), loc);
                    self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::PARAMSPEC, loc);
                    self.addop_i(Op::COPY, 1, loc);
                    self.nameop(loc, name, ExprContext::Store)?;
                }
            }
        }
        if let Some(first) = type_params.first() {
            self.addop_i(Op::BUILD_TUPLE, type_params.len() as u32, first.loc);
        }
        Ok(())
    }

    /// `compiler_function_body`: the function's own unit and the MAKE_FUNCTION for it.
    fn function_body(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        funcflags: u32,
        firstlineno: i32,
    ) -> CResult {
        let scope_type = if f.is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_scope(f.name.clone(), scope_type, ScopeKey::of(s), firstlineno)?;
        let r = self.function_body_inner(f);
        if let Err(e) = r {
            self.exit_scope();
            return Err(e);
        }
        let child = self.finish_scope(true)?;
        self.make_closure(s.loc, child, funcflags)
    }

    fn function_body_inner(&mut self, f: &'a FunctionDef) -> CResult {
        let docstring = if self.optimize < 2 {
            super::stmt::docstring(&f.body).cloned()
        } else {
            None
        };
        let has_doc = docstring.is_some();
        self.add_const(docstring.unwrap_or(Constant::None));
        let args = &f.args;
        let meta = &mut self.um().meta;
        meta.argcount = args.args.len() as u32;
        meta.posonlyargcount = args.posonlyargs.len() as u32;
        meta.kwonlyargcount = args.kwonlyargs.len() as u32;
        let start = usize::from(has_doc);
        for s in f.body.iter().skip(start) {
            self.visit_stmt(s)?;
        }
        if self.u().coroutine || self.u().ste.generator {
            self.wrap_in_stopiteration_handler();
        }
        Ok(())
    }

    /// `compiler_function`.
    pub(crate) fn function(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        self.check_debug_args(&f.args)?;
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let loc = s.loc;
        let is_generic = !f.type_params.is_empty();
        if is_generic {
            self.addop(Op::PUSH_NULL, loc);
        }
        let mut funcflags = self.default_arguments(loc, &f.args)?;
        let mut num_typeparam_args = 0;
        if is_generic {
            if funcflags & make_function::DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if funcflags & make_function::KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if num_typeparam_args == 2 {
                self.addop_i(Op::SWAP, 2, loc);
            }
            let name: Ident = Arc::from(format!("<generic parameters of {}>", f.name));
            self.enter_scope(
                name,
                ScopeType::TypeParams,
                ScopeKey::of(&f.type_params),
                firstlineno,
            )?;
            if let Err(e) = self.type_params(&f.type_params) {
                self.exit_scope();
                return Err(e);
            }
            if num_typeparam_args >= 1 {
                self.addop_i(Op::LOAD_FAST, 0, loc);
            }
            if num_typeparam_args == 2 {
                self.addop_i(Op::LOAD_FAST, 1, loc);
            }
        }
        let annotations = match self.annotations(loc, &f.args, f.returns.as_deref()) {
            Ok(a) => a,
            Err(e) => {
                if is_generic {
                    self.exit_scope();
                }
                return Err(e);
            }
        };
        if annotations {
            funcflags |= make_function::ANNOTATIONS;
        }
        if let Err(e) = self.function_body(s, f, funcflags, firstlineno) {
            if is_generic {
                self.exit_scope();
            }
            return Err(e);
        }
        if is_generic {
            self.addop_i(Op::SWAP, 2, loc);
            self.addop_i(
                Op::CALL_INTRINSIC_2,
                intrinsic::SET_FUNCTION_TYPE_PARAMS,
                loc,
            );
            self.um().meta.argcount = num_typeparam_args;
            let child = self.finish_scope(false)?;
            self.make_closure(loc, child, 0)?;
            if num_typeparam_args > 0 {
                self.addop_i(Op::SWAP, num_typeparam_args + 1, loc);
            }
            self.addop_i(Op::CALL, num_typeparam_args, loc);
        }
        self.apply_decorators(&f.decorator_list);
        self.nameop(loc, &f.name, ExprContext::Store)
    }

    /// `compiler_class_body`: the class body's unit, then `__build_class__`, the function made
    /// from the body, and the class name pushed for the call.
    fn class_body(&mut self, s: &'a Stmt, cd: &'a ClassDef, firstlineno: i32) -> CResult {
        self.enter_scope(
            cd.name.clone(),
            ScopeType::Class,
            ScopeKey::of(s),
            firstlineno,
        )?;
        if let Err(e) = self.class_body_inner(cd, firstlineno) {
            self.exit_scope();
            return Err(e);
        }
        let child = self.finish_scope(true)?;
        let loc = s.loc;
        self.addop(Op::PUSH_NULL, loc);
        self.addop(Op::LOAD_BUILD_CLASS, loc);
        self.make_closure(loc, child, 0)?;
        self.load_const(Constant::str(&cd.name), loc);
        Ok(())
    }

    fn class_body_inner(&mut self, cd: &'a ClassDef, firstlineno: i32) -> CResult {
        let loc = Loc::new(firstlineno, firstlineno, 0, 0);
        self.um().private = Some(cd.name.clone());
        self.nameop_str(loc, "__name__", ExprContext::Load)?;
        self.nameop_str(loc, "__module__", ExprContext::Store)?;
        let qualname = self.u().meta.qualname.clone();
        self.load_const(Constant::str(&qualname), loc);
        self.nameop_str(loc, "__qualname__", ExprContext::Store)?;
        if !cd.type_params.is_empty() {
            self.nameop_str(loc, ".type_params", ExprContext::Load)?;
            self.nameop_str(loc, "__type_params__", ExprContext::Store)?;
        }
        let ste = self.u().ste;
        if ste.needs_classdict {
            self.addop(Op::LOAD_LOCALS, loc);
            let i = self.cell_index(Arc::from("__classdict__"));
            self.addop_i(Op::STORE_DEREF, i, loc);
        }
        self.body(loc, &cd.body)?;
        if ste.needs_classdict {
            let i = self.cell_index(Arc::from("__classdict__"));
            self.addop_i(Op::LOAD_CLOSURE, i, Loc::NONE);
            self.nameop_str(Loc::NONE, "__classdictcell__", ExprContext::Store)?;
        }
        if ste.needs_class_closure {
            let i = self.cell_index(Arc::from("__class__"));
            self.addop_i(Op::LOAD_CLOSURE, i, Loc::NONE);
            self.addop_i(Op::COPY, 1, Loc::NONE);
            self.nameop_str(Loc::NONE, "__classcell__", ExprContext::Store)?;
        } else {
            self.load_none(Loc::NONE);
        }
        self.addop(Op::RETURN_VALUE, Loc::NONE);
        Ok(())
    }

    /// `compiler_class`.
    pub(crate) fn class(&mut self, s: &'a Stmt, cd: &'a ClassDef) -> CResult {
        self.decorators(&cd.decorator_list)?;
        let firstlineno = cd
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let loc = s.loc;
        let is_generic = !cd.type_params.is_empty();
        if is_generic {
            self.um().private = Some(cd.name.clone());
            self.addop(Op::PUSH_NULL, loc);
            let name: Ident = Arc::from(format!("<generic parameters of {}>", cd.name));
            self.enter_scope(
                name,
                ScopeType::TypeParams,
                ScopeKey::of(&cd.type_params),
                firstlineno,
            )?;
            let r = self
                .type_params(&cd.type_params)
                .and_then(|_| self.nameop_str(loc, ".type_params", ExprContext::Store));
            if let Err(e) = r {
                self.exit_scope();
                return Err(e);
            }
        }
        if let Err(e) = self.class_body(s, cd, firstlineno) {
            if is_generic {
                self.exit_scope();
            }
            return Err(e);
        }
        if is_generic {
            let r = self.generic_class_call(loc, cd);
            if let Err(e) = r {
                self.exit_scope();
                return Err(e);
            }
            let child = self.finish_scope(false)?;
            self.make_closure(loc, child, 0)?;
            self.addop_i(Op::CALL, 0, loc);
        } else {
            let bases: Vec<&Expr> = cd.bases.iter().collect();
            self.call_helper(loc, 2, &bases, &cd.keywords)?;
        }
        self.apply_decorators(&cd.decorator_list);
        self.nameop(loc, &cd.name, ExprContext::Store)
    }

    /// The `__build_class__` call of a generic class, with `Generic[...]` appended to the bases.
    fn generic_class_call(&mut self, loc: Loc, cd: &'a ClassDef) -> CResult {
        self.nameop_str(loc, ".type_params", ExprContext::Load)?;
        self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::SUBSCRIPT_GENERIC, loc);
        self.nameop_str(loc, ".generic_base", ExprContext::Store)?;
        let generic_base = name_expr(".generic_base", loc);
        let mut bases: Vec<&Expr> = cd.bases.iter().collect();
        bases.push(&generic_base);
        self.call_helper(loc, 2, &bases, &cd.keywords)
    }

    /// `compiler_typealias_body`: the unit that evaluates the alias's value lazily.
    fn typealias_body(&mut self, s: &'a Stmt, name: &Ident, value: &'a Expr) -> CResult {
        let loc = s.loc;
        self.enter_scope(
            name.clone(),
            ScopeType::Function,
            ScopeKey::of(s),
            loc.lineno,
        )?;
        self.add_const(Constant::None);
        if let Err(e) = self.visit_expr(value) {
            self.exit_scope();
            return Err(e);
        }
        self.addop(Op::RETURN_VALUE, loc);
        let child = self.finish_scope(false)?;
        self.make_closure(loc, child, 0)?;
        self.addop_i(Op::BUILD_TUPLE, 3, loc);
        self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::TYPEALIAS, loc);
        Ok(())
    }

    /// `compiler_typealias`. The type-parameter list is taken as the `Vec` itself: its address
    /// keys the generic scope in the symbol table.
    #[allow(clippy::ptr_arg)]
    pub(crate) fn typealias(
        &mut self,
        s: &'a Stmt,
        name: &'a Expr,
        type_params: &'a Vec<TypeParam>,
        value: &'a Expr,
    ) -> CResult {
        let loc = s.loc;
        let ExprKind::Name { id, .. } = &name.kind else {
            return Err(crate::frontend::error::CompileError::system(
                "type alias name must be a Name",
            ));
        };
        let is_generic = !type_params.is_empty();
        if is_generic {
            self.addop(Op::PUSH_NULL, loc);
            let tp_name: Ident = Arc::from(format!("<generic parameters of {id}>"));
            self.enter_scope(
                tp_name,
                ScopeType::TypeParams,
                ScopeKey::of(type_params),
                loc.lineno,
            )?;
            self.load_const(Constant::str(id), loc);
            if let Err(e) = self.type_params(type_params) {
                self.exit_scope();
                return Err(e);
            }
        } else {
            self.load_const(Constant::str(id), loc);
            self.load_none(loc);
        }
        if let Err(e) = self.typealias_body(s, id, value) {
            if is_generic {
                self.exit_scope();
            }
            return Err(e);
        }
        if is_generic {
            let child = self.finish_scope(false)?;
            self.make_closure(loc, child, 0)?;
            self.addop_i(Op::CALL, 0, loc);
        }
        self.nameop(loc, id, ExprContext::Store)
    }

    /// `compiler_lambda`.
    pub(crate) fn lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> CResult {
        self.check_debug_args(args)?;
        let loc = e.loc;
        let funcflags = self.default_arguments(loc, args)?;
        self.enter_scope(
            Arc::from("<lambda>"),
            ScopeType::Lambda,
            ScopeKey::of(e),
            e.loc.lineno,
        )?;
        self.add_const(Constant::None);
        let meta = &mut self.um().meta;
        meta.argcount = args.args.len() as u32;
        meta.posonlyargcount = args.posonlyargs.len() as u32;
        meta.kwonlyargcount = args.kwonlyargs.len() as u32;
        if let Err(err) = self.visit_expr(body) {
            self.exit_scope();
            return Err(err);
        }
        let child = if self.u().ste.generator {
            self.finish_scope(false)?
        } else {
            self.addop(Op::RETURN_VALUE, Loc::new(e.loc.lineno, e.loc.lineno, 0, 0));
            self.finish_scope(true)?
        };
        self.make_closure(loc, child, funcflags)
    }
}
