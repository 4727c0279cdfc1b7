//! Unit tests of the symbol table on hand-built trees: what the CPython comparisons in
//! tests/symtable_cpython.rs cannot reach (eval mode, nesting too deep).

use std::sync::Arc;

use super::{ScopeKind, build, def};
use crate::frontend::ast::*;
use crate::frontend::error::CompileError;
use crate::frontend::source::SourceFile;

fn loc() -> Loc {
    Loc::new(1, 1, 0, 1)
}

fn name(id: &str, ctx: ExprContext) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: Arc::from(id),
            ctx,
        },
        loc(),
    )
}

#[test]
fn expression_mode_has_one_module_scope() {
    let lambda = Expr::new(
        ExprKind::Lambda {
            args: Box::default(),
            body: Box::new(name("x", ExprContext::Load)),
        },
        loc(),
    );
    let module = Mod::Expression(Box::new(lambda));
    let source = SourceFile::new("<test>", "lambda: x", false);
    let table = build(&module, &source, 0).expect("table");
    let top = table.scope(table.top);
    assert_eq!(top.kind, ScopeKind::Module);
    assert_eq!(top.children.len(), 1);
    let l = table.scope(top.children[0]);
    assert_eq!(&*l.name, "lambda");
    assert_eq!(l.lookup("x").0, def::USE | (3 << def::SCOPE_OFFSET));
}

/// Runs `f` on a thread with room for a deep recursion in unoptimized builds.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("test thread");
}

#[test]
fn nesting_too_deep_is_a_recursion_error() {
    on_big_stack(nesting_too_deep);
}

fn nesting_too_deep() {
    let mut e = name("x", ExprContext::Load);
    for _ in 0..5000 {
        e = Expr::new(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(e),
            },
            loc(),
        );
    }
    let stmt = Stmt {
        kind: StmtKind::Expr { value: Box::new(e) },
        loc: loc(),
    };
    let module = Mod::Module(vec![stmt]);
    let source = SourceFile::new("<test>", "", false);
    let err = build(&module, &source, 0).expect_err("too deep");
    assert!(
        matches!(
            err,
            CompileError::Other {
                exc_type: "RecursionError",
                ..
            }
        ),
        "{err:?}"
    );
    // Dropping the tree recurses too; leak it rather than spend the stack on it.
    std::mem::forget(module);
}

#[test]
fn nesting_within_the_limit_is_accepted() {
    on_big_stack(nesting_within_the_limit);
}

fn nesting_within_the_limit() {
    let mut e = name("x", ExprContext::Load);
    for _ in 0..2990 {
        e = Expr::new(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(e),
            },
            loc(),
        );
    }
    let stmt = Stmt {
        kind: StmtKind::Expr { value: Box::new(e) },
        loc: loc(),
    };
    let module = Mod::Module(vec![stmt]);
    let source = SourceFile::new("<test>", "", false);
    assert!(build(&module, &source, 0).is_ok());
    std::mem::forget(module);
}
