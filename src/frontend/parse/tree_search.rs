//! Searches of ruff's (error-recovered) tree that the error messages need: the expression at
//! a range, the assignment a target belongs to, the outermost expressions ending or starting at
//! an offset; and CPython's names for expressions.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ra};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Whether a token can start an expression.
pub(super) fn starts_expression(k: TokenKind) -> bool {
    use TokenKind as T;
    matches!(
        k,
        T::Name
            | T::Int
            | T::Float
            | T::Complex
            | T::String
            | T::FStringStart
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::Star
            | T::True
            | T::False
            | T::None
            | T::Ellipsis
    )
}

pub(super) fn is_augassign(k: TokenKind) -> bool {
    use TokenKind as T;
    matches!(
        k,
        T::PlusEqual
            | T::MinusEqual
            | T::StarEqual
            | T::AtEqual
            | T::SlashEqual
            | T::PercentEqual
            | T::AmperEqual
            | T::VbarEqual
            | T::CircumflexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
            | T::DoubleSlashEqual
    )
}

/// The name CPython's `_PyPegen_get_expr_name` gives an expression.
pub(super) fn expr_name(e: &ra::Expr) -> &'static str {
    use ra::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::Generator(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::FString(_) | E::TString(_) => "f-string expression",
        E::NoneLiteral(_) => "None",
        E::BooleanLiteral(b) if b.value => "True",
        E::BooleanLiteral(_) => "False",
        E::EllipsisLiteral(_) => "ellipsis",
        E::StringLiteral(_) | E::BytesLiteral(_) | E::NumberLiteral(_) => "literal",
        E::Compare(_) => "comparison",
        E::If(_) => "conditional expression",
        E::Named(_) => "named expression",
        E::Slice(_) | E::IpyEscapeCommand(_) => "expression",
    }
}

/// Whether an expression is what CPython's `bitwise_or` rule parses (no comparison, boolean
/// operator, `not`, conditional, lambda, yield or unparenthesized tuple at its top).
pub(super) fn is_bitwise_or(e: &ra::Expr) -> bool {
    match e {
        ra::Expr::Tuple(t) if !t.parenthesized => t.elts.first().is_some_and(is_bitwise_or),
        ra::Expr::Compare(_)
        | ra::Expr::BoolOp(_)
        | ra::Expr::If(_)
        | ra::Expr::Lambda(_)
        | ra::Expr::Yield(_)
        | ra::Expr::YieldFrom(_)
        | ra::Expr::Starred(_)
        | ra::Expr::Named(_) => false,
        ra::Expr::UnaryOp(u) => u.op != ra::UnaryOp::Not,
        _ => true,
    }
}

pub(super) trait RunOn<'a>: Visitor<'a> + Sized {
    fn run(&mut self, m: &'a ra::Mod) {
        match m {
            ra::Mod::Module(m) => self.visit_body(&m.body),
            ra::Mod::Expression(e) => self.visit_expr(&e.body),
        }
    }
}

/// Finds the expression at a range (or the innermost one containing it).
pub(super) struct ExprFinder<'a> {
    pub(super) at: TextRange,
    pub(super) found: Option<&'a ra::Expr>,
    pub(super) containing: bool,
}

impl<'a> Visitor<'a> for ExprFinder<'a> {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if e.range() == self.at || (self.containing && e.range().contains_range(self.at)) {
            self.found = Some(e);
        }
        if e.range().contains_range(self.at) {
            visitor::walk_expr(self, e);
        }
    }
}

impl<'a> RunOn<'a> for ExprFinder<'a> {}

/// Finds the assignment whose last target is at a range, and gives its value.
pub(super) struct StmtFinder<'a> {
    pub(super) at: TextRange,
    pub(super) found: Option<&'a ra::Expr>,
}

impl<'a> Visitor<'a> for StmtFinder<'a> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::Assign(a) = s
            && a.targets.last().is_some_and(|t| t.range() == self.at)
        {
            self.found = Some(&a.value);
            return;
        }
        if s.range().contains_range(self.at) {
            visitor::walk_stmt(self, s);
        }
    }
}

impl<'a> RunOn<'a> for StmtFinder<'a> {}

/// Finds the last `try` without handlers before an offset, and where its body ends.
pub(super) struct TryFinder {
    pub(super) before: TextSize,
    pub(super) body_end: Option<TextSize>,
}

impl<'a> Visitor<'a> for TryFinder {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::Try(t) = s
            && t.handlers.is_empty()
            && t.finalbody.is_empty()
            && t.range.start() < self.before
        {
            self.body_end = t.body.last().map(|b| b.range().end());
        }
        visitor::walk_stmt(self, s);
    }
}

impl<'a> RunOn<'a> for TryFinder {}

/// Finds where the statement starting at an offset ends.
pub(super) struct StmtStart {
    pub(super) at: TextSize,
    pub(super) end: Option<TextSize>,
}

impl<'a> Visitor<'a> for StmtStart {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if s.range().start() == self.at && self.end.is_none() {
            self.end = Some(s.range().end());
        }
        if s.range().contains(self.at) {
            visitor::walk_stmt(self, s);
        }
    }
}

impl<'a> RunOn<'a> for StmtStart {}

/// Finds the outermost expression ending at `want_end` (its start) and the outermost one
/// starting at `want_start` (its end).
#[derive(Default)]
pub(super) struct RangeFinder {
    /// Expressions must start at or after this.
    pub(super) min_start: Option<TextSize>,
    pub(super) want_end: Option<TextSize>,
    pub(super) want_start: Option<TextSize>,
    pub(super) first_start: Option<TextSize>,
    pub(super) last_end: Option<TextSize>,
}

impl<'a> Visitor<'a> for RangeFinder {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        let r = e.range();
        let unparenthesized_tuple = matches!(e, ra::Expr::Tuple(t) if !t.parenthesized);
        let inside = self.min_start.is_none_or(|m| r.start() >= m);
        if inside
            && !unparenthesized_tuple
            && !matches!(
                e,
                ra::Expr::Named(_) | ra::Expr::Lambda(_) | ra::Expr::If(_)
            )
        {
            if Some(r.end()) == self.want_end && self.first_start.is_none_or(|s| r.start() < s) {
                self.first_start = Some(r.start());
            }
            if Some(r.start()) == self.want_start && self.last_end.is_none_or(|s| r.end() > s) {
                self.last_end = Some(r.end());
            }
        }
        visitor::walk_expr(self, e);
    }
}

impl<'a> RunOn<'a> for RangeFinder {}

/// Whether ruff's tree holds a `match` statement that starts at `at`.
pub(super) fn match_statement_at(m: &ra::Mod, at: TextSize) -> bool {
    struct Find {
        at: TextSize,
        found: bool,
    }
    impl<'a> Visitor<'a> for Find {
        fn visit_stmt(&mut self, s: &'a ra::Stmt) {
            if matches!(s, ra::Stmt::Match(x) if x.range.start() == self.at) {
                self.found = true;
            }
            if !self.found {
                visitor::walk_stmt(self, s);
            }
        }
    }
    let mut f = Find { at, found: false };
    if let ra::Mod::Module(m) = m {
        f.visit_body(&m.body);
    }
    f.found
}
