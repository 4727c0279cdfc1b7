//! Constant folding on the syntax tree, as CPython 3.12's ast_opt.c does it: operators on
//! constants evaluated (within its size limits), tuples of constants made constants, constant
//! subscripts taken, `not` pushed into a single `is`/`in` comparison, the lists and sets that
//! are only iterated (`for` and comprehension iterables, the right of `in`) made tuples and
//! frozensets, `'...' % (...)` made an f-string, `__debug__` replaced by its value — and nothing
//! else: docstrings, f-string parts and match patterns keep the form CPython gives them.
//!
//! Where the result can differ from CPython's:
//! - the order of a frozenset holding strings or bytes is CPython's under `PYTHONHASHSEED=0`,
//!   and that of one holding an Ellipsis or a NaN is not reproducible (see `frozenset`);
//! - a NaN's sign and payload follow x86-64 arithmetic with operands in the order CPython's
//!   compiled code uses them (checked where the data showed it to matter);
//! - `~` on a bool warns (DeprecationWarning) and folds; CPython does not fold it when that
//!   warning is made an error (`-W error`), which the folder cannot know;
//! - the depth at which RecursionError is raised is CPython's for a script run directly; under
//!   `import` or `py_compile` CPython starts the count a little higher.

pub(crate) mod float;
mod format;
mod frozenset;
mod ops;

use std::sync::Arc;

pub use frozenset::frozenset_order;
pub use ops::{MAX_COLLECTION_SIZE, MAX_INT_SIZE, MAX_STR_SIZE, MAX_TOTAL_ITEMS};

use super::ast::{
    Arguments, CmpOp, Comprehension, Expr, ExprContext, ExprKind, MatchCase, Mod, Operator,
    Pattern, PatternKind, Stmt, StmtKind, TypeParam, TypeParamKind, UnaryOp,
};
use super::error::{CompileError, CompileWarning};
use crate::bytecode::code::{Constant, flags};

/// How deep the folder may recurse into statements, expressions and patterns: CPython 3.12's
/// C recursion limit (1500) times its compiler stack-frame scale (2).
pub const RECURSION_LIMIT: usize = 3000;

/// The error past that depth.
pub const RECURSION_MESSAGE: &str = "maximum recursion depth exceeded during compilation";

/// Folds constants in a module, as CPython does when compiling a script: the count of nested
/// nodes starts at 0 (CPython starts it at twice the C recursion depth of its caller, 0 for a
/// script run directly and a dozen or so under `import` or `py_compile`; see
/// [`fold_module_from_depth`]).
///
/// `optimize` is the `-O` level (`__debug__` is true only at 0); `future_flags` the module's
/// `from __future__` flags (with `annotations`, annotations are left as written). Warnings
/// emitted while folding (`~` on a bool) are added to `warnings` with no file name and line:
/// CPython attributes them to the Python code that called the compiler (`sys:1` for a script).
pub fn fold_module(
    module: &mut Mod,
    optimize: u8,
    future_flags: u32,
    warnings: &mut Vec<CompileWarning>,
) -> Result<(), CompileError> {
    fold_module_from_depth(module, optimize, future_flags, 0, warnings)
}

/// [`fold_module`] with the count of nested nodes starting at `starting_depth`.
pub fn fold_module_from_depth(
    module: &mut Mod,
    optimize: u8,
    future_flags: u32,
    starting_depth: usize,
    warnings: &mut Vec<CompileWarning>,
) -> Result<(), CompileError> {
    let mut folder = Folder {
        debug: optimize == 0,
        fold_annotations: future_flags & flags::FUTURE_ANNOTATIONS == 0,
        depth: starting_depth,
        warnings,
    };
    folder
        .fold_mod(module)
        .map_err(|TooDeep| CompileError::Other {
            exc_type: "RecursionError",
            msg: RECURSION_MESSAGE.to_owned(),
        })
}

/// The walk went deeper than RECURSION_LIMIT. (A unit error keeps the recursive frames small.)
struct TooDeep;

/// Whether a body starts with a docstring (an expression statement that is a str constant).
fn has_docstring(body: &[Stmt]) -> bool {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => {
            matches!(
                value.kind,
                ExprKind::Constant {
                    value: Constant::Str(_),
                    ..
                }
            )
        }
        _ => false,
    }
}

fn constant(value: Constant) -> ExprKind {
    ExprKind::Constant {
        value,
        u_prefix: false,
    }
}

/// The tuple of the expressions' values, if all are constants.
fn constant_tuple(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter().map(|e| e.as_constant().cloned()).collect()
}

struct Folder<'w> {
    debug: bool,
    fold_annotations: bool,
    depth: usize,
    warnings: &'w mut Vec<CompileWarning>,
}

impl Folder<'_> {
    fn enter(&mut self) -> Result<(), TooDeep> {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            return Err(TooDeep);
        }
        Ok(())
    }

    fn fold_mod(&mut self, module: &mut Mod) -> Result<(), TooDeep> {
        match module {
            Mod::Module(body) => self.fold_body(body),
            Mod::Interactive(body) => self.fold_stmts(body),
            Mod::Expression(e) => self.fold_expr(e),
        }
    }

    /// A module, class or function body: a first statement that folding turns into a string
    /// is wrapped in a JoinedStr so that it does not become a docstring.
    fn fold_body(&mut self, body: &mut [Stmt]) -> Result<(), TooDeep> {
        let had_docstring = has_docstring(body);
        self.fold_stmts(body)?;
        if !had_docstring && has_docstring(body) {
            let stmt = &mut body[0];
            if let StmtKind::Expr { value } = &mut stmt.kind {
                let inner =
                    std::mem::replace(&mut **value, Expr::new(constant(Constant::None), stmt.loc));
                **value = Expr::new(
                    ExprKind::JoinedStr {
                        values: vec![inner],
                    },
                    stmt.loc,
                );
            }
        }
        Ok(())
    }

    fn fold_stmts(&mut self, stmts: &mut [Stmt]) -> Result<(), TooDeep> {
        stmts.iter_mut().try_for_each(|s| self.fold_stmt(s))
    }

    fn fold_exprs(&mut self, exprs: &mut [Expr]) -> Result<(), TooDeep> {
        exprs.iter_mut().try_for_each(|e| self.fold_expr(e))
    }

    fn fold_opt(&mut self, e: &mut Option<Box<Expr>>) -> Result<(), TooDeep> {
        match e {
            Some(e) => self.fold_expr(e),
            None => Ok(()),
        }
    }

    fn fold_annotation(&mut self, e: &mut Option<Box<Expr>>) -> Result<(), TooDeep> {
        if self.fold_annotations {
            self.fold_opt(e)
        } else {
            Ok(())
        }
    }

    fn fold_stmt(&mut self, s: &mut Stmt) -> Result<(), TooDeep> {
        self.enter()?;
        match &mut s.kind {
            StmtKind::FunctionDef(f) => {
                self.fold_type_params(&mut f.type_params)?;
                self.fold_arguments(&mut f.args)?;
                self.fold_body(&mut f.body)?;
                self.fold_exprs(&mut f.decorator_list)?;
                self.fold_annotation(&mut f.returns)?;
            }
            StmtKind::ClassDef(c) => {
                self.fold_type_params(&mut c.type_params)?;
                self.fold_exprs(&mut c.bases)?;
                c.keywords
                    .iter_mut()
                    .try_for_each(|k| self.fold_expr(&mut k.value))?;
                self.fold_body(&mut c.body)?;
                self.fold_exprs(&mut c.decorator_list)?;
            }
            StmtKind::Return { value } => self.fold_opt(value)?,
            StmtKind::Delete { targets } => self.fold_exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.fold_exprs(targets)?;
                self.fold_expr(value)?;
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.fold_expr(name)?;
                self.fold_type_params(type_params)?;
                self.fold_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.fold_expr(target)?;
                self.fold_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.fold_expr(target)?;
                if self.fold_annotations {
                    self.fold_expr(annotation)?;
                }
                self.fold_opt(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.fold_expr(target)?;
                self.fold_expr(iter)?;
                self.fold_stmts(body)?;
                self.fold_stmts(orelse)?;
                // `async for` iterables are left alone.
                if !*is_async {
                    fold_iter(iter);
                }
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.fold_expr(test)?;
                self.fold_stmts(body)?;
                self.fold_stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items.iter_mut() {
                    self.fold_expr(&mut item.context_expr)?;
                    self.fold_opt(&mut item.optional_vars)?;
                }
                self.fold_stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.fold_expr(subject)?;
                cases.iter_mut().try_for_each(|c| self.fold_match_case(c))?;
            }
            StmtKind::Raise { exc, cause } => {
                self.fold_opt(exc)?;
                self.fold_opt(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.fold_stmts(body)?;
                for h in handlers.iter_mut() {
                    self.fold_opt(&mut h.type_)?;
                    self.fold_stmts(&mut h.body)?;
                }
                self.fold_stmts(orelse)?;
                self.fold_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.fold_expr(test)?;
                self.fold_opt(msg)?;
            }
            StmtKind::Expr { value } => self.fold_expr(value)?,
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
        self.depth -= 1;
        Ok(())
    }

    fn fold_type_params(&mut self, params: &mut [TypeParam]) -> Result<(), TooDeep> {
        for p in params.iter_mut() {
            if let TypeParamKind::TypeVar { bound, .. } = &mut p.kind {
                self.fold_opt(bound)?;
            }
        }
        Ok(())
    }

    fn fold_arguments(&mut self, a: &mut Arguments) -> Result<(), TooDeep> {
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()) {
            self.fold_annotation(&mut arg.annotation)?;
        }
        if let Some(arg) = &mut a.vararg {
            self.fold_annotation(&mut arg.annotation)?;
        }
        for arg in a.kwonlyargs.iter_mut() {
            self.fold_annotation(&mut arg.annotation)?;
        }
        for d in a.kw_defaults.iter_mut().flatten() {
            self.fold_expr(d)?;
        }
        if let Some(arg) = &mut a.kwarg {
            self.fold_annotation(&mut arg.annotation)?;
        }
        self.fold_exprs(&mut a.defaults)
    }

    fn fold_match_case(&mut self, c: &mut MatchCase) -> Result<(), TooDeep> {
        self.fold_pattern(&mut c.pattern)?;
        self.fold_opt(&mut c.guard)?;
        self.fold_stmts(&mut c.body)
    }

    fn fold_pattern(&mut self, p: &mut Pattern) -> Result<(), TooDeep> {
        self.enter()?;
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.fold_expr(value)?,
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter_mut().try_for_each(|p| self.fold_pattern(p))?;
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.fold_exprs(keys)?;
                patterns.iter_mut().try_for_each(|p| self.fold_pattern(p))?;
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.fold_expr(cls)?;
                patterns.iter_mut().try_for_each(|p| self.fold_pattern(p))?;
                kwd_patterns
                    .iter_mut()
                    .try_for_each(|p| self.fold_pattern(p))?;
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(p) = pattern {
                    self.fold_pattern(p)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn fold_comprehensions(&mut self, gens: &mut [Comprehension]) -> Result<(), TooDeep> {
        for g in gens.iter_mut() {
            self.fold_expr(&mut g.target)?;
            self.fold_expr(&mut g.iter)?;
            self.fold_exprs(&mut g.ifs)?;
            fold_iter(&mut g.iter);
        }
        Ok(())
    }

    fn fold_expr(&mut self, e: &mut Expr) -> Result<(), TooDeep> {
        self.enter()?;
        match &mut e.kind {
            ExprKind::BoolOp { values, .. } => self.fold_exprs(values)?,
            ExprKind::NamedExpr { value, .. } => self.fold_expr(value)?,
            ExprKind::BinOp { left, right, .. } => {
                self.fold_expr(left)?;
                self.fold_expr(right)?;
                fold_binop(e);
            }
            ExprKind::UnaryOp { operand, .. } => {
                self.fold_expr(operand)?;
                self.fold_unaryop(e);
            }
            ExprKind::Lambda { args, body } => {
                self.fold_arguments(args)?;
                self.fold_expr(body)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.fold_expr(test)?;
                self.fold_expr(body)?;
                self.fold_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                keys.iter_mut()
                    .flatten()
                    .try_for_each(|k| self.fold_expr(k))?;
                self.fold_exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } => self.fold_exprs(elts)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.fold_expr(elt)?;
                self.fold_comprehensions(generators)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.fold_expr(key)?;
                self.fold_expr(value)?;
                self.fold_comprehensions(generators)?;
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.fold_expr(value)?,
            ExprKind::Yield { value } => self.fold_opt(value)?,
            ExprKind::Compare {
                left,
                comparators,
                ops,
            } => {
                self.fold_expr(left)?;
                self.fold_exprs(comparators)?;
                // The right of a final `in` or `not in` is only iterated.
                if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn))
                    && let Some(last) = comparators.last_mut()
                {
                    fold_iter(last);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.fold_expr(func)?;
                self.fold_exprs(args)?;
                keywords
                    .iter_mut()
                    .try_for_each(|k| self.fold_expr(&mut k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.fold_expr(value)?;
                self.fold_opt(format_spec)?;
            }
            ExprKind::JoinedStr { values } => self.fold_exprs(values)?,
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.fold_expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.fold_expr(value)?;
                self.fold_expr(slice)?;
                fold_subscript(e);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.fold_opt(lower)?;
                self.fold_opt(upper)?;
                self.fold_opt(step)?;
            }
            ExprKind::Tuple { elts, .. } => {
                self.fold_exprs(elts)?;
                fold_tuple(e);
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && &**id == "__debug__" {
                    e.kind = constant(Constant::Bool(self.debug));
                }
            }
            ExprKind::Constant { .. } => {}
        }
        self.depth -= 1;
        Ok(())
    }

    /// A unary operator on a constant is evaluated; `not` over a single `is`, `is not`, `in`
    /// or `not in` comparison becomes the opposite comparison (which takes the place, location
    /// included, of the `not`).
    #[inline(never)]
    fn fold_unaryop(&mut self, e: &mut Expr) {
        let ExprKind::UnaryOp { op, operand } = &mut e.kind else {
            return;
        };
        if let Some(v) = operand.as_constant() {
            let warnings = &mut *self.warnings;
            let mut warn = |msg: &'static str| {
                warnings.push(CompileWarning {
                    category: "DeprecationWarning",
                    msg: msg.to_owned(),
                    filename: String::new(),
                    lineno: 0,
                });
            };
            if let Some(v) = ops::unary(*op, v, &mut warn) {
                e.kind = constant(v);
            }
            return;
        }
        if *op != UnaryOp::Not {
            return;
        }
        let ExprKind::Compare { ops, .. } = &mut operand.kind else {
            return;
        };
        if ops.len() != 1 {
            return;
        }
        ops[0] = match ops[0] {
            CmpOp::Is => CmpOp::IsNot,
            CmpOp::IsNot => CmpOp::Is,
            CmpOp::In => CmpOp::NotIn,
            CmpOp::NotIn => CmpOp::In,
            _ => return,
        };
        let compare = std::mem::replace(&mut **operand, Expr::new(constant(Constant::None), e.loc));
        *e = compare;
    }
}

/// A binary operator on constants is evaluated; `str % tuple` (a tuple that is not constant)
/// may become an f-string.
#[inline(never)]
fn fold_binop(e: &mut Expr) {
    let ExprKind::BinOp { left, op, right } = &mut e.kind else {
        return;
    };
    let Some(lv) = left.as_constant() else { return };
    if let (Operator::Mod, Constant::Str(fmt), ExprKind::Tuple { elts, .. }) =
        (*op, lv, &mut right.kind)
    {
        let fmt = fmt.clone();
        match format::optimize_format(&fmt, std::mem::take(elts)) {
            Ok(values) => e.kind = ExprKind::JoinedStr { values },
            Err(items) => *elts = items,
        }
        return;
    }
    let Some(rv) = right.as_constant() else {
        return;
    };
    if let Some(v) = ops::binary(*op, lv, rv) {
        e.kind = constant(v);
    }
}

/// A loaded tuple of constants becomes a constant.
#[inline(never)]
fn fold_tuple(e: &mut Expr) {
    let ExprKind::Tuple {
        elts,
        ctx: ExprContext::Load,
    } = &e.kind
    else {
        return;
    };
    if let Some(items) = constant_tuple(elts) {
        e.kind = constant(Constant::Tuple(Arc::from(items)));
    }
}

/// A constant subscripted by a constant is evaluated.
#[inline(never)]
fn fold_subscript(e: &mut Expr) {
    let ExprKind::Subscript {
        value,
        slice,
        ctx: ExprContext::Load,
    } = &e.kind
    else {
        return;
    };
    let (Some(v), Some(i)) = (value.as_constant(), slice.as_constant()) else {
        return;
    };
    if let Some(r) = ops::subscript(v, i) {
        e.kind = constant(r);
    }
}

/// An iterable that is only iterated: a list without starred items becomes a tuple (a
/// constant one if its items are constants), a set of constants a constant frozenset.
#[inline(never)]
fn fold_iter(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::List { elts, ctx } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return;
            }
            let (elts, ctx) = (std::mem::take(elts), *ctx);
            e.kind = match constant_tuple(&elts) {
                Some(items) => constant(Constant::Tuple(Arc::from(items))),
                None => ExprKind::Tuple { elts, ctx },
            };
        }
        ExprKind::Set { elts } => {
            if let Some(items) = constant_tuple(elts) {
                e.kind = constant(Constant::FrozenSet(Arc::from(frozenset_order(&items))));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
