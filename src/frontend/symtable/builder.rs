//! The first pass of the symbol table (CPython 3.12's `symtable_visit_*`): walks the tree,
//! creates one scope per block, records how every name is bound and used (the DEF_* flags),
//! and raises the SyntaxErrors that can be seen locally.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{
    ComprehensionKind, Scope, ScopeId, ScopeKey, ScopeKind, Symbol, SymbolMap, SymbolTable, def,
    mangle,
};
use crate::bytecode::code::flags::FUTURE_ANNOTATIONS;
use crate::frontend::ast::*;
use crate::frontend::error::CompileError;
use crate::frontend::source::SourceFile;

/// How deep statements, expressions, patterns and type parameters may nest (CPython allows
/// twice its C recursion limit of 1500).
const MAX_DEPTH: u32 = 3000;

/// A `global` or `nonlocal` declaration (or the implicit one of an assignment expression in a
/// comprehension): the mangled name and where it was written, for errors found in analysis.
pub(super) type Directive = (Ident, Loc);

/// Names the symbol table introduces, made once per build.
struct Names {
    top: Ident,
    lambda: Ident,
    genexpr: Ident,
    listcomp: Ident,
    setcomp: Ident,
    dictcomp: Ident,
    annotation: Ident,
    dot0: Ident,
    class: Ident,
    classdict: Ident,
    type_params_attr: Ident,
    dot_type_params: Ident,
    dot_generic_base: Ident,
    dot_defaults: Ident,
    dot_kwdefaults: Ident,
}

impl Names {
    fn new() -> Names {
        let n = |s: &str| -> Ident { Arc::from(s) };
        Names {
            top: n("top"),
            lambda: n("lambda"),
            genexpr: n("genexpr"),
            listcomp: n("listcomp"),
            setcomp: n("setcomp"),
            dictcomp: n("dictcomp"),
            annotation: n("_annotation"),
            dot0: n(".0"),
            class: n("__class__"),
            classdict: n("__classdict__"),
            type_params_attr: n("__type_params__"),
            dot_type_params: n(".type_params"),
            dot_generic_base: n(".generic_base"),
            dot_defaults: n(".defaults"),
            dot_kwdefaults: n(".kwdefaults"),
        }
    }
}

/// The table as the first pass leaves it, with what the analysis pass needs besides.
pub(super) struct Built {
    pub table: SymbolTable,
    /// The declarations of each scope, by scope index.
    pub directives: Vec<Vec<Directive>>,
}

/// Errors are boxed while visiting: in unoptimized builds every `?` of a deep recursion keeps
/// its own copy of the result on the stack.
pub(super) type Res<T = ()> = Result<T, Box<CompileError>>;

struct Builder<'s, 'a> {
    source: &'s SourceFile<'a>,
    future_annotations: bool,
    scopes: Vec<Scope>,
    directives: Vec<Vec<Directive>>,
    /// Per scope: inside how many comprehension iterable expressions (CPython's
    /// `ste_comp_iter_expr`).
    comp_iter_expr: Vec<u32>,
    by_key: FxHashMap<ScopeKey, ScopeId>,
    stack: Vec<ScopeId>,
    /// The class whose private names are being mangled (CPython's `st_private`).
    private: Option<Ident>,
    depth: u32,
    names: Names,
}

pub(super) fn build(module: &Mod, source: &SourceFile, future_flags: u32) -> Res<Built> {
    let mut b = Builder {
        source,
        future_annotations: future_flags & FUTURE_ANNOTATIONS != 0,
        scopes: Vec::new(),
        directives: Vec::new(),
        comp_iter_expr: Vec::new(),
        by_key: FxHashMap::default(),
        stack: Vec::new(),
        private: None,
        depth: 0,
        names: Names::new(),
    };
    let top_name = b.names.top.clone();
    b.enter_block(
        top_name,
        ScopeKind::Module,
        ScopeKey::of(module),
        Loc::new(0, 0, 0, 0),
    );
    match module {
        Mod::Module(body) | Mod::Interactive(body) => b.visit_stmts(body)?,
        Mod::Expression(e) => b.visit_expr(e)?,
    }
    b.exit_block();
    let top = ScopeId(0);
    Ok(Built {
        table: SymbolTable {
            scopes: b.scopes,
            by_key: b.by_key,
            top,
            future_flags,
        },
        directives: b.directives,
    })
}

fn loc_of_scope(s: &Scope) -> Loc {
    Loc::new(s.lineno, s.end_lineno, s.col_offset, s.end_col_offset)
}

impl Builder<'_, '_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&ScopeId(0))
    }

    fn cur_scope(&self) -> &Scope {
        &self.scopes[self.cur().0 as usize]
    }

    fn cur_scope_mut(&mut self) -> &mut Scope {
        let id = self.cur().0 as usize;
        &mut self.scopes[id]
    }

    fn error(&self, msg: impl Into<String>, loc: Loc) -> Box<CompileError> {
        Box::new(CompileError::Syntax(self.source.compile_error(msg, loc)))
    }

    fn enter_depth(&mut self) -> Res {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Box::new(CompileError::Other {
                exc_type: "RecursionError",
                msg: "maximum recursion depth exceeded during compilation".into(),
            }));
        }
        Ok(())
    }

    /// Opens a new scope (CPython's `symtable_enter_block`).
    fn enter_block(&mut self, name: Ident, kind: ScopeKind, key: ScopeKey, loc: Loc) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        let prev = self.stack.last().copied();
        let (nested, iter_expr) = match prev {
            Some(p) => {
                let ps = &self.scopes[p.0 as usize];
                (
                    ps.nested || ps.is_function_like(),
                    self.comp_iter_expr[p.0 as usize],
                )
            }
            None => (false, 0),
        };
        self.scopes.push(Scope {
            name,
            kind,
            key,
            symbols: SymbolMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            parent: prev,
            nested,
            generator: false,
            coroutine: false,
            comprehension: ComprehensionKind::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            comp_iter_target: false,
            can_see_class_scope: false,
            lineno: loc.lineno,
            col_offset: loc.col_offset,
            end_lineno: loc.end_lineno,
            end_col_offset: loc.end_col_offset,
            mangled_names: None,
            has_free: false,
            child_free: false,
        });
        self.directives.push(Vec::new());
        self.comp_iter_expr.push(iter_expr);
        self.by_key.insert(key, id);
        self.stack.push(id);
        // Annotation scopes are never analyzed: they are nobody's child.
        if kind != ScopeKind::Annotation
            && let Some(p) = prev
        {
            self.scopes[p.0 as usize].children.push(id);
        }
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn mangled(&self, name: &Ident) -> Ident {
        mangle(self.private.as_deref(), name)
    }

    /// The flags of a name in the current scope, after mangling (`symtable_lookup`).
    fn lookup(&self, name: &Ident) -> u32 {
        self.cur_scope().lookup(&self.mangled(name)).0
    }

    fn add_def(&mut self, name: &Ident, flag: u32, loc: Loc) -> Res {
        self.add_def_in(name, flag, self.cur(), loc)
    }

    /// Records a binding or use of `name` in scope `id` (`symtable_add_def_helper`).
    fn add_def_in(&mut self, name: &Ident, flag: u32, id: ScopeId, loc: Loc) -> Res {
        let mangled = self.mangled(name);
        let scope = &self.scopes[id.0 as usize];
        let mut val = match scope.symbols.get(&mangled) {
            Some(Symbol(old)) => {
                if flag & def::PARAM != 0 && old & def::PARAM != 0 {
                    return Err(self.error(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                if flag & def::TYPE_PARAM != 0 && old & def::TYPE_PARAM != 0 {
                    return Err(self.error(format!("duplicate type parameter '{name}'"), loc));
                }
                old | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(self.error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= def::COMP_ITER;
        }
        let scope = &mut self.scopes[id.0 as usize];
        scope.symbols.set(&mangled, Symbol(val));
        if flag & def::PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & def::GLOBAL != 0 {
            let top = &mut self.scopes[0];
            let v = flag | top.symbols.get(&mangled).map_or(0, |s| s.0);
            top.symbols.set(&mangled, Symbol(v));
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &Ident, loc: Loc) {
        let mangled = self.mangled(name);
        let id = self.cur().0 as usize;
        self.directives[id].push((mangled, loc));
    }

    /// Opens the scope of a generic definition's type parameters
    /// (`symtable_enter_type_param_block`).
    fn enter_type_param_block(
        &mut self,
        name: &Ident,
        key: ScopeKey,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        loc: Loc,
    ) -> Res {
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        self.enter_block(name.clone(), ScopeKind::TypeParam, key, loc);
        if in_class {
            self.cur_scope_mut().can_see_class_scope = true;
            let n = self.names.classdict.clone();
            self.add_def(&n, def::USE, loc)?;
        }
        if is_class {
            let tp = self.names.dot_type_params.clone();
            self.add_def(&tp, def::LOCAL, loc)?;
            self.add_def(&tp, def::USE, loc)?;
            // CPython 3.12.1 sets the private name here and never restores it: names after a
            // generic class in the same scope stay mangled with its name.
            self.private = Some(name.clone());
            let gb = self.names.dot_generic_base.clone();
            self.add_def(&gb, def::LOCAL, loc)?;
            self.add_def(&gb, def::USE, loc)?;
        }
        if has_defaults {
            let d = self.names.dot_defaults.clone();
            self.add_def(&d, def::PARAM, loc)?;
        }
        if has_kwdefaults {
            let d = self.names.dot_kwdefaults.clone();
            self.add_def(&d, def::PARAM, loc)?;
        }
        Ok(())
    }

    fn visit_stmts(&mut self, stmts: &[Stmt]) -> Res {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Res {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt_expr(&mut self, e: &Option<Box<Expr>>) -> Res {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Res {
        self.enter_depth()?;
        self.visit_stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Res {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function_def(s, f)?,
            StmtKind::ClassDef(c) => self.visit_class_def(s, c)?,
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => self.visit_type_alias(s, name, type_params, ScopeKey::of(type_params), value)?,
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur_scope_mut().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(s, target, annotation, value, *simple)?,
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt_expr(&case.guard)?;
                    self.visit_stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    self.visit_opt_expr(cause)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                // CPython 3.12 visits the `else` block before the handlers.
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    self.visit_opt_expr(&h.type_)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, def::LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_opt_expr(msg)?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global { names } => self.visit_declaration(s, names, true)?,
            StmtKind::Nonlocal { names } => self.visit_declaration(s, names, false)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_opt_expr(&item.optional_vars)?;
                }
                self.visit_stmts(body)?;
            }
        }
        Ok(())
    }

    fn visit_function_def(&mut self, s: &Stmt, f: &FunctionDef) -> Res {
        self.add_def(&f.name, def::LOCAL, s.loc)?;
        self.visit_exprs(&f.args.defaults)?;
        self.visit_kw_defaults(&f.args.kw_defaults)?;
        self.visit_exprs(&f.decorator_list)?;
        let generic = !f.type_params.is_empty();
        if generic {
            // The parser always gives a function a (possibly empty) defaults list, so CPython
            // always adds `.defaults`.
            let has_kwdefaults = f.args.kw_defaults.iter().any(Option::is_some);
            self.enter_type_param_block(
                &f.name,
                ScopeKey::of(&f.type_params),
                true,
                has_kwdefaults,
                false,
                s.loc,
            )?;
            self.visit_type_params(&f.type_params)?;
        }
        self.visit_annotations(&f.args, &f.returns, s.loc)?;
        self.enter_block(f.name.clone(), ScopeKind::Function, ScopeKey::of(s), s.loc);
        if f.is_async {
            self.cur_scope_mut().coroutine = true;
        }
        self.visit_arguments(&f.args)?;
        self.visit_stmts(&f.body)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_class_def(&mut self, s: &Stmt, c: &ClassDef) -> Res {
        self.add_def(&c.name, def::LOCAL, s.loc)?;
        self.visit_exprs(&c.decorator_list)?;
        let generic = !c.type_params.is_empty();
        if generic {
            self.enter_type_param_block(
                &c.name,
                ScopeKey::of(&c.type_params),
                false,
                false,
                true,
                s.loc,
            )?;
            self.visit_type_params(&c.type_params)?;
        }
        self.visit_exprs(&c.bases)?;
        for k in &c.keywords {
            self.visit_expr(&k.value)?;
        }
        self.enter_block(c.name.clone(), ScopeKind::Class, ScopeKey::of(s), s.loc);
        let saved = self.private.replace(c.name.clone());
        if generic {
            let tpa = self.names.type_params_attr.clone();
            self.add_def(&tpa, def::LOCAL, s.loc)?;
            let tp = self.names.dot_type_params.clone();
            self.add_def(&tp, def::USE, s.loc)?;
        }
        self.visit_stmts(&c.body)?;
        self.private = saved;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_type_alias(
        &mut self,
        s: &Stmt,
        name: &Expr,
        type_params: &[TypeParam],
        type_params_key: ScopeKey,
        value: &Expr,
    ) -> Res {
        self.visit_expr(name)?;
        let ExprKind::Name { id, .. } = &name.kind else {
            return Err(Box::new(CompileError::system(
                "type alias name is not a Name",
            )));
        };
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        let generic = !type_params.is_empty();
        if generic {
            self.enter_type_param_block(id, type_params_key, false, false, false, s.loc)?;
            self.visit_type_params(type_params)?;
        }
        self.enter_block(id.clone(), ScopeKind::TypeAlias, ScopeKey::of(s), s.loc);
        self.cur_scope_mut().can_see_class_scope = in_class;
        if in_class {
            let n = self.names.classdict.clone();
            self.add_def(&n, def::USE, value.loc)?;
        }
        self.visit_expr(value)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_ann_assign(
        &mut self,
        s: &Stmt,
        target: &Expr,
        annotation: &Expr,
        value: &Option<Box<Expr>>,
        simple: bool,
    ) -> Res {
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur().0 != 0 && simple {
                let msg = if cur & def::GLOBAL != 0 {
                    format!("annotated name '{id}' can't be global")
                } else {
                    format!("annotated name '{id}' can't be nonlocal")
                };
                return Err(self.error(msg, s.loc));
            }
            if simple {
                self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
            }
            if value.is_some() {
                self.add_def(id, def::LOCAL, target.loc)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_annotation(annotation)?;
        self.visit_opt_expr(value)
    }

    /// `global` (is_global) or `nonlocal` names.
    fn visit_declaration(&mut self, s: &Stmt, names: &[Ident], is_global: bool) -> Res {
        for name in names {
            let cur = self.lookup(name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let what = if is_global { "global" } else { "nonlocal" };
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.error(msg, s.loc));
            }
            let flag = if is_global {
                def::GLOBAL
            } else {
                def::NONLOCAL
            };
            self.add_def(name, flag, s.loc)?;
            self.record_directive(name, s.loc);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> Res {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if &**name == "*" {
            if self.cur_scope().kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        let store: Ident = match name.find('.') {
            Some(dot) => Arc::from(&name[..dot]),
            None => name.clone(),
        };
        self.add_def(&store, def::IMPORT, a.loc)
    }

    fn visit_kw_defaults(&mut self, kw_defaults: &[Option<Expr>]) -> Res {
        kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.visit_expr(e))
    }

    fn visit_type_params(&mut self, tps: &[TypeParam]) -> Res {
        tps.iter().try_for_each(|tp| self.visit_type_param(tp))
    }

    fn visit_type_param(&mut self, tp: &TypeParam) -> Res {
        self.enter_depth()?;
        self.add_def(tp.name(), def::TYPE_PARAM | def::LOCAL, tp.loc)?;
        if let TypeParamKind::TypeVar {
            name,
            bound: Some(bound),
        } = &tp.kind
        {
            let in_class = self.cur_scope().can_see_class_scope;
            self.enter_block(
                name.clone(),
                ScopeKind::TypeVarBound,
                ScopeKey::of(tp),
                tp.loc,
            );
            self.cur_scope_mut().can_see_class_scope = in_class;
            if in_class {
                let n = self.names.classdict.clone();
                self.add_def(&n, def::USE, bound.loc)?;
            }
            self.visit_expr(bound)?;
            self.exit_block();
        }
        self.depth -= 1;
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Res {
        self.enter_depth()?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?
            }
            PatternKind::MatchStar { name } => {
                if let Some(name) = name {
                    self.add_def(name, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                if let Some(rest) = rest {
                    self.add_def(rest, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                kwd_patterns
                    .iter()
                    .try_for_each(|q| self.visit_pattern(q))?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(name) = name {
                    self.add_def(name, def::LOCAL, p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// A variable or return annotation: in its own scope under `from __future__ import
    /// annotations`.
    fn visit_annotation(&mut self, annotation: &Expr) -> Res {
        if self.future_annotations {
            let name = self.names.annotation.clone();
            self.enter_block(
                name,
                ScopeKind::Annotation,
                ScopeKey::of(annotation),
                annotation.loc,
            );
        }
        self.visit_expr(annotation)?;
        if self.future_annotations {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_arg_annotations(&mut self, args: &[Arg]) -> Res {
        args.iter()
            .filter_map(|a| a.annotation.as_deref())
            .try_for_each(|e| self.visit_expr(e))
    }

    /// The annotations of a function's parameters and return.
    fn visit_annotations(&mut self, a: &Arguments, returns: &Option<Box<Expr>>, loc: Loc) -> Res {
        if self.future_annotations {
            let name = self.names.annotation.clone();
            self.enter_block(name, ScopeKind::Annotation, ScopeKey::of(a), loc);
        }
        self.visit_arg_annotations(&a.posonlyargs)?;
        self.visit_arg_annotations(&a.args)?;
        if let Some(ann) = a.vararg.as_ref().and_then(|v| v.annotation.as_deref()) {
            self.visit_expr(ann)?;
        }
        if let Some(ann) = a.kwarg.as_ref().and_then(|v| v.annotation.as_deref()) {
            self.visit_expr(ann)?;
        }
        self.visit_arg_annotations(&a.kwonlyargs)?;
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// Parameters, in the order CPython numbers them.
    fn visit_arguments(&mut self, a: &Arguments) -> Res {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, def::PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, def::PARAM, v.loc)?;
            self.cur_scope_mut().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, def::PARAM, k.loc)?;
            self.cur_scope_mut().varkeywords = true;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Res {
        self.enter_depth()?;
        self.visit_expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.visit_named_expr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => self.visit_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.visit_exprs(elts)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.visit_comprehension(e, ComprehensionKind::Dict, generators, key, Some(value))?
            }
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_opt_expr(value)?;
                self.mark_yield(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_expr(value)?;
                self.mark_yield(e)?;
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                self.visit_expr(value)?;
                self.cur_scope_mut().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_opt_expr(format_spec)?;
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.visit_expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt_expr(lower)?;
                self.visit_opt_expr(upper)?;
                self.visit_opt_expr(step)?;
            }
            ExprKind::Name { id, ctx } => {
                let load = *ctx == ExprContext::Load;
                self.add_def(id, if load { def::USE } else { def::LOCAL }, e.loc)?;
                // `super` counts as a use of `__class__`.
                if load && self.cur_scope().is_function_like() && &**id == "super" {
                    let class = self.names.class.clone();
                    self.add_def(&class, def::USE, e.loc)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, e: &Expr) -> Res {
        let scope = self.cur_scope_mut();
        scope.generator = true;
        let what = match scope.comprehension {
            ComprehensionKind::None => return Ok(()),
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        };
        Err(self.error(format!("'yield' inside {what}"), e.loc))
    }

    fn raise_if_annotation_block(&self, what: &str, e: &Expr) -> Res {
        let place = match self.cur_scope().kind {
            ScopeKind::Annotation => "an annotation",
            ScopeKind::TypeVarBound => "a TypeVar bound",
            ScopeKind::TypeAlias => "a type alias",
            ScopeKind::TypeParam => "the definition of a generic",
            _ => return Ok(()),
        };
        Err(self.error(format!("{what} cannot be used within {place}"), e.loc))
    }

    fn visit_lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> Res {
        if self.cur_scope().can_see_class_scope {
            return Err(self.error(
                "Cannot use lambda in annotation scope within class scope",
                e.loc,
            ));
        }
        self.visit_exprs(&args.defaults)?;
        self.visit_kw_defaults(&args.kw_defaults)?;
        let name = self.names.lambda.clone();
        self.enter_block(name, ScopeKind::Function, ScopeKey::of(e), e.loc);
        self.visit_arguments(args)?;
        self.visit_expr(body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Res {
        let cur = self.cur();
        if self.comp_iter_expr[cur.0 as usize] > 0 {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.loc,
            ));
        }
        if self.cur_scope().comprehension != ComprehensionKind::None
            && let ExprKind::Name { id, .. } = &target.kind
        {
            self.extend_named_expr_scope(id, target.loc)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// Binds the target of an assignment expression in a comprehension in the nearest
    /// enclosing function or module (`symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, name: &Ident, loc: Loc) -> Res {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let ste = &self.scopes[id.0 as usize];
            let in_scope = ste.symbols.get(name).map_or(0, |s| s.0);
            if ste.comprehension != ComprehensionKind::None {
                if in_scope & def::COMP_ITER != 0 && in_scope & def::LOCAL != 0 {
                    return Err(self.error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        loc,
                    ));
                }
                continue;
            }
            match ste.kind {
                ScopeKind::Function => {
                    let flag = if in_scope & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(name, flag, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, def::LOCAL, id, loc);
                }
                ScopeKind::Module => {
                    self.add_def(name, def::GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(name, def::GLOBAL, id, loc);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
                ScopeKind::TypeParam => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        loc,
                    ));
                }
                ScopeKind::TypeAlias => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a type alias",
                        loc,
                    ));
                }
                ScopeKind::TypeVarBound => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                        loc,
                    ));
                }
                ScopeKind::Annotation => {}
            }
        }
        Err(Box::new(CompileError::system(
            "assignment expression found no enclosing scope",
        )))
    }

    fn visit_generator(&mut self, g: &Comprehension) -> Res {
        let cur = self.cur().0 as usize;
        self.scopes[cur].comp_iter_target = true;
        self.visit_expr(&g.target)?;
        self.scopes[cur].comp_iter_target = false;
        self.comp_iter_expr[cur] += 1;
        self.visit_expr(&g.iter)?;
        self.comp_iter_expr[cur] -= 1;
        self.visit_exprs(&g.ifs)?;
        if g.is_async {
            self.scopes[cur].coroutine = true;
        }
        Ok(())
    }

    /// A comprehension or generator expression (`symtable_handle_comprehension`): the
    /// outermost iterable is evaluated in the enclosing scope, the rest in a new one.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res {
        if self.cur_scope().can_see_class_scope {
            return Err(self.error(
                "Cannot use comprehension in annotation scope within class scope",
                e.loc,
            ));
        }
        let Some((outermost, rest)) = generators.split_first() else {
            return Err(Box::new(CompileError::system(
                "comprehension without generators",
            )));
        };
        let parent = self.cur().0 as usize;
        self.comp_iter_expr[parent] += 1;
        self.visit_expr(&outermost.iter)?;
        self.comp_iter_expr[parent] -= 1;
        let name = match kind {
            ComprehensionKind::List => self.names.listcomp.clone(),
            ComprehensionKind::Set => self.names.setcomp.clone(),
            ComprehensionKind::Dict => self.names.dictcomp.clone(),
            _ => self.names.genexpr.clone(),
        };
        let id = self
            .enter_block(name, ScopeKind::Function, ScopeKey::of(e), e.loc)
            .0 as usize;
        self.scopes[id].comprehension = kind;
        if outermost.is_async {
            self.scopes[id].coroutine = true;
        }
        let dot0 = self.names.dot0.clone();
        let here = loc_of_scope(&self.scopes[id]);
        self.add_def(&dot0, def::PARAM, here)?;
        self.scopes[id].comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.scopes[id].comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        rest.iter().try_for_each(|g| self.visit_generator(g))?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        self.scopes[id].generator = is_generator;
        let is_async = self.scopes[id].coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.scopes[parent].coroutine = true;
        }
        Ok(())
    }
}
