//! The folder's walk over hand-built trees: what it rewrites, where the results are placed,
//! and what it leaves alone.

use std::sync::Arc;

use super::*;
use crate::frontend::ast::{Alias, Arg, Loc};

fn at(col: i32, end: i32) -> Loc {
    Loc::new(1, 1, col, end)
}

fn c(v: Constant, col: i32) -> Expr {
    Expr::new(constant(v), at(col, col + 1))
}

fn int(v: i64, col: i32) -> Expr {
    c(Constant::int(v), col)
}

fn name(id: &str, col: i32) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: Arc::from(id),
            ctx: ExprContext::Load,
        },
        at(col, col + 1),
    )
}

fn binop(l: Expr, op: Operator, r: Expr) -> Expr {
    let loc = Loc::new(1, 1, l.loc.col_offset, r.loc.end_col_offset);
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(l),
            op,
            right: Box::new(r),
        },
        loc,
    )
}

fn unary(op: UnaryOp, operand: Expr, col: i32) -> Expr {
    let loc = Loc::new(1, 1, col, operand.loc.end_col_offset);
    Expr::new(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        loc,
    )
}

fn compare(l: Expr, op: CmpOp, r: Expr) -> Expr {
    let loc = Loc::new(1, 1, l.loc.col_offset, r.loc.end_col_offset);
    Expr::new(
        ExprKind::Compare {
            left: Box::new(l),
            ops: vec![op],
            comparators: vec![r],
        },
        loc,
    )
}

fn list(elts: Vec<Expr>, col: i32) -> Expr {
    Expr::new(
        ExprKind::List {
            elts,
            ctx: ExprContext::Load,
        },
        at(col, col + 9),
    )
}

fn set(elts: Vec<Expr>, col: i32) -> Expr {
    Expr::new(ExprKind::Set { elts }, at(col, col + 9))
}

fn tuple(elts: Vec<Expr>, col: i32) -> Expr {
    Expr::new(
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
        at(col, col + 9),
    )
}

fn stmt(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        loc: at(0, 20),
    }
}

fn expr_stmt(e: Expr) -> Stmt {
    stmt(StmtKind::Expr { value: Box::new(e) })
}

fn fold_with(body: Vec<Stmt>, optimize: u8, future: u32) -> Vec<Stmt> {
    let mut m = Mod::Module(body);
    let mut warnings = Vec::new();
    fold_module(&mut m, optimize, future, &mut warnings).unwrap();
    let Mod::Module(body) = m else { unreachable!() };
    body
}

/// Folds `x = e` in a module (so that `e` is no docstring) and gives back `e`.
fn fold_value(e: Expr) -> Expr {
    let target = Expr::new(
        ExprKind::Name {
            id: Arc::from("x"),
            ctx: ExprContext::Store,
        },
        at(0, 1),
    );
    let body = fold_with(
        vec![stmt(StmtKind::Assign {
            targets: vec![target],
            value: Box::new(e),
        })],
        0,
        0,
    );
    match body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Assign { value, .. }) => *value,
        _ => unreachable!(),
    }
}

fn value_of(e: &Expr) -> Option<&Constant> {
    e.as_constant()
}

#[test]
fn folds_keep_the_node_location() {
    let e = fold_value(binop(
        int(1, 4),
        Operator::Add,
        binop(int(2, 8), Operator::Mult, int(3, 12)),
    ));
    assert_eq!(value_of(&e), Some(&Constant::int(7)));
    assert_eq!(e.loc, at(4, 13));
    let e = fold_value(binop(int(1, 4), Operator::Div, int(0, 8)));
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
    let e = fold_value(unary(
        UnaryOp::USub,
        c(Constant::Complex { re: 0.0, im: 0.0 }, 5),
        4,
    ));
    assert_eq!(
        value_of(&e),
        Some(&Constant::Complex { re: -0.0, im: -0.0 })
    );
}

#[test]
fn not_is_pushed_into_membership_and_identity_tests() {
    let cmp = compare(name("a", 9), CmpOp::In, name("b", 14));
    let cmp_loc = cmp.loc;
    let e = fold_value(unary(UnaryOp::Not, cmp, 4));
    match &e.kind {
        ExprKind::Compare { ops, .. } => assert_eq!(ops, &[CmpOp::NotIn]),
        other => panic!("{other:?}"),
    }
    assert_eq!(e.loc, cmp_loc);
    let e = fold_value(unary(
        UnaryOp::Not,
        compare(name("a", 9), CmpOp::Eq, name("b", 14)),
        4,
    ));
    assert!(matches!(
        e.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ));
    let e = fold_value(unary(
        UnaryOp::Not,
        compare(name("a", 9), CmpOp::IsNot, name("b", 14)),
        4,
    ));
    assert!(matches!(&e.kind, ExprKind::Compare { ops, .. } if ops == &[CmpOp::Is]));
}

#[test]
fn tuples_and_subscripts() {
    let e = fold_value(tuple(
        vec![int(1, 5), binop(int(2, 8), Operator::Sub, int(3, 10))],
        4,
    ));
    assert_eq!(
        value_of(&e),
        Some(&Constant::tuple(vec![Constant::int(1), Constant::int(-1)]))
    );
    let e = fold_value(tuple(vec![int(1, 5), name("a", 8)], 4));
    assert!(matches!(e.kind, ExprKind::Tuple { .. }));
    let sub = Expr::new(
        ExprKind::Subscript {
            value: Box::new(c(Constant::str("abc"), 4)),
            slice: Box::new(unary(UnaryOp::USub, int(1, 11), 10)),
            ctx: ExprContext::Load,
        },
        at(4, 13),
    );
    assert_eq!(value_of(&fold_value(sub)), Some(&Constant::str("c")));
}

#[test]
fn percent_format_becomes_an_fstring() {
    let fmt = c(Constant::str("%s-%5r"), 4);
    let e = fold_value(binop(
        fmt,
        Operator::Mod,
        tuple(vec![name("a", 15), name("b", 18)], 14),
    ));
    assert_eq!(e.loc, at(4, 23));
    let ExprKind::JoinedStr { values } = &e.kind else {
        panic!("{e:?}")
    };
    assert_eq!(values.len(), 3);
    match &values[0].kind {
        ExprKind::FormattedValue {
            conversion,
            format_spec: None,
            ..
        } => {
            assert_eq!(*conversion, 's' as i32)
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(values[0].loc, at(15, 16));
    assert_eq!(value_of(&values[1]), Some(&Constant::str("-")));
    assert_eq!(values[1].loc, Loc::NONE);
    match &values[2].kind {
        ExprKind::FormattedValue {
            conversion,
            format_spec: Some(spec),
            ..
        } => {
            assert_eq!(*conversion, 'r' as i32);
            assert_eq!(value_of(spec), Some(&Constant::str(">5")));
            assert_eq!(spec.loc, Loc::NONE);
        }
        other => panic!("{other:?}"),
    }
    // Not rewritten: the tuple keeps its items.
    let fmt = c(Constant::str("%d"), 4);
    let e = fold_value(binop(fmt, Operator::Mod, tuple(vec![name("a", 15)], 14)));
    let ExprKind::BinOp { right, .. } = &e.kind else {
        panic!()
    };
    assert!(matches!(&right.kind, ExprKind::Tuple { elts, .. } if elts.len() == 1));
    // A constant tuple is no candidate, and str % is never evaluated.
    let fmt = c(Constant::str("%s"), 4);
    let e = fold_value(binop(fmt, Operator::Mod, tuple(vec![int(1, 15)], 14)));
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
}

fn for_loop(iter: Expr, is_async: bool) -> Stmt {
    let target = Expr::new(
        ExprKind::Name {
            id: Arc::from("x"),
            ctx: ExprContext::Store,
        },
        at(4, 5),
    );
    stmt(StmtKind::For {
        target: Box::new(target),
        iter: Box::new(iter),
        body: vec![stmt(StmtKind::Pass)],
        orelse: vec![],
        is_async,
    })
}

fn loop_iter(s: &Stmt) -> &Expr {
    match &s.kind {
        StmtKind::For { iter, .. } => iter,
        _ => unreachable!(),
    }
}

#[test]
fn iterated_lists_and_sets() {
    let body = fold_with(
        vec![
            for_loop(list(vec![name("a", 10), int(1, 13)], 9), false),
            for_loop(list(vec![int(3, 10), int(1, 13)], 9), false),
            for_loop(
                set(vec![int(3, 10), int(1, 13), int(2, 16), int(1, 19)], 9),
                false,
            ),
            for_loop(set(vec![int(3, 10), name("a", 13)], 9), false),
            for_loop(list(vec![int(3, 10)], 9), true),
            for_loop(
                list(
                    vec![Expr::new(
                        ExprKind::Starred {
                            value: Box::new(name("a", 11)),
                            ctx: ExprContext::Load,
                        },
                        at(10, 12),
                    )],
                    9,
                ),
                false,
            ),
        ],
        0,
        0,
    );
    assert!(matches!(&loop_iter(&body[0]).kind, ExprKind::Tuple { elts, .. } if elts.len() == 2));
    assert_eq!(loop_iter(&body[1]).loc, at(9, 18));
    assert_eq!(
        value_of(loop_iter(&body[1])),
        Some(&Constant::tuple(vec![Constant::int(3), Constant::int(1)]))
    );
    let ints = |v: &[i64]| Constant::FrozenSet(v.iter().map(|&i| Constant::int(i)).collect());
    assert_eq!(value_of(loop_iter(&body[2])), Some(&ints(&[1, 2, 3])));
    assert!(matches!(loop_iter(&body[3]).kind, ExprKind::Set { .. }));
    assert!(matches!(loop_iter(&body[4]).kind, ExprKind::List { .. }));
    assert!(matches!(loop_iter(&body[5]).kind, ExprKind::List { .. }));

    let e = fold_value(compare(
        name("a", 4),
        CmpOp::NotIn,
        list(vec![int(1, 14)], 13),
    ));
    let ExprKind::Compare { comparators, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(
        value_of(&comparators[0]),
        Some(&Constant::tuple(vec![Constant::int(1)]))
    );
    let e = fold_value(compare(name("a", 4), CmpOp::Eq, list(vec![int(1, 14)], 13)));
    let ExprKind::Compare { comparators, .. } = &e.kind else {
        panic!()
    };
    assert!(matches!(comparators[0].kind, ExprKind::List { .. }));

    let comp = Expr::new(
        ExprKind::ListComp {
            elt: Box::new(name("y", 1)),
            generators: vec![Comprehension {
                target: Expr::new(
                    ExprKind::Name {
                        id: Arc::from("y"),
                        ctx: ExprContext::Store,
                    },
                    at(7, 8),
                ),
                iter: set(
                    vec![c(Constant::str("b"), 13), c(Constant::str("a"), 17)],
                    12,
                ),
                ifs: vec![],
                is_async: true,
            }],
        },
        at(0, 20),
    );
    let e = fold_value(comp);
    let ExprKind::ListComp { generators, .. } = &e.kind else {
        panic!()
    };
    assert!(
        matches!(value_of(&generators[0].iter), Some(Constant::FrozenSet(items)) if items.len() == 2)
    );
}

#[test]
fn debug_constant() {
    assert_eq!(
        value_of(&fold_value(name("__debug__", 4))),
        Some(&Constant::Bool(true))
    );
    let target = Expr::new(
        ExprKind::Name {
            id: Arc::from("x"),
            ctx: ExprContext::Store,
        },
        at(0, 1),
    );
    let body = fold_with(
        vec![stmt(StmtKind::Assign {
            targets: vec![target],
            value: Box::new(name("__debug__", 4)),
        })],
        1,
        0,
    );
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(value_of(value), Some(&Constant::Bool(false)));
}

#[test]
fn a_folded_first_string_is_no_docstring() {
    let first = expr_stmt(binop(
        c(Constant::str("a"), 0),
        Operator::Add,
        c(Constant::str("b"), 6),
    ));
    let body = fold_with(vec![first], 0, 0);
    let StmtKind::Expr { value } = &body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr { values } = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(value.loc, body[0].loc);
    assert_eq!(value_of(&values[0]), Some(&Constant::str("ab")));
    assert_eq!(values[0].loc, at(0, 7));
    // A real docstring stays a plain constant.
    let body = fold_with(vec![expr_stmt(c(Constant::str("doc"), 0))], 0, 0);
    let StmtKind::Expr { value } = &body[0].kind else {
        panic!()
    };
    assert!(matches!(value.kind, ExprKind::Constant { .. }));
}

#[test]
fn annotations_under_future_annotations_are_left_alone() {
    let ann = |col| binop(int(1, col), Operator::Add, int(2, col + 4));
    let mk = || {
        let target = Expr::new(
            ExprKind::Name {
                id: Arc::from("y"),
                ctx: ExprContext::Store,
            },
            at(0, 1),
        );
        let func = crate::frontend::ast::FunctionDef {
            name: Arc::from("f"),
            args: Box::new(Arguments {
                args: vec![Arg {
                    arg: Arc::from("a"),
                    annotation: Some(Box::new(ann(8))),
                    loc: at(6, 7),
                }],
                defaults: vec![ann(20)],
                ..Arguments::default()
            }),
            body: vec![stmt(StmtKind::Pass)],
            decorator_list: vec![],
            returns: Some(Box::new(ann(30))),
            type_params: vec![],
            is_async: false,
        };
        vec![
            stmt(StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(ann(3)),
                value: Some(Box::new(ann(10))),
                simple: true,
            }),
            stmt(StmtKind::FunctionDef(func)),
        ]
    };
    let folded = |body: &[Stmt]| -> Vec<bool> {
        let StmtKind::AnnAssign {
            annotation, value, ..
        } = &body[0].kind
        else {
            panic!()
        };
        let StmtKind::FunctionDef(f) = &body[1].kind else {
            panic!()
        };
        let arg_ann = f.args.args[0]
            .annotation
            .as_ref()
            .map(|a| a.as_constant().is_some());
        vec![
            annotation.as_constant().is_some(),
            value.as_ref().is_some_and(|v| v.as_constant().is_some()),
            arg_ann == Some(true),
            f.args.defaults[0].as_constant().is_some(),
            f.returns
                .as_ref()
                .is_some_and(|r| r.as_constant().is_some()),
        ]
    };
    assert_eq!(folded(&fold_with(mk(), 0, 0)), vec![true; 5]);
    assert_eq!(
        folded(&fold_with(mk(), 0, flags::FUTURE_ANNOTATIONS)),
        vec![false, true, false, true, false]
    );
}

#[test]
fn match_values_fold_but_not_singletons() {
    let value = binop(
        unary(UnaryOp::USub, int(1, 11), 10),
        Operator::Add,
        c(Constant::Complex { re: 0.0, im: 2.0 }, 13),
    );
    let case = MatchCase {
        pattern: Pattern {
            kind: PatternKind::MatchValue {
                value: Box::new(value),
            },
            loc: at(10, 15),
        },
        guard: None,
        body: vec![stmt(StmtKind::Pass)],
    };
    let body = fold_with(
        vec![stmt(StmtKind::Match {
            subject: Box::new(name("x", 6)),
            cases: vec![case],
        })],
        0,
        0,
    );
    let StmtKind::Match { cases, .. } = &body[0].kind else {
        panic!()
    };
    let PatternKind::MatchValue { value } = &cases[0].pattern.kind else {
        panic!()
    };
    assert_eq!(
        value_of(value),
        Some(&Constant::Complex { re: -1.0, im: 2.0 })
    );
}

#[test]
fn inverting_a_bool_warns() {
    let mut m = Mod::Expression(Box::new(unary(
        UnaryOp::Invert,
        c(Constant::Bool(true), 1),
        0,
    )));
    let mut warnings = Vec::new();
    fold_module(&mut m, 0, 0, &mut warnings).unwrap();
    let Mod::Expression(e) = &m else {
        unreachable!()
    };
    assert_eq!(value_of(e), Some(&Constant::int(-2)));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].category, "DeprecationWarning");
}

/// `x = ----...1` with `n` minus signs, as a module.
fn deep_unary(n: usize) -> Mod {
    let mut e = int(1, n as i32);
    for i in (0..n).rev() {
        e = unary(UnaryOp::USub, e, i as i32);
    }
    let target = Expr::new(
        ExprKind::Name {
            id: Arc::from("x"),
            ctx: ExprContext::Store,
        },
        at(0, 1),
    );
    Mod::Module(vec![stmt(StmtKind::Assign {
        targets: vec![target],
        value: Box::new(e),
    })])
}

#[test]
fn recursion_limit() {
    // As measured on CPython 3.12 running a script: 2998 nested minus signs compile, 2999 do
    // not (the statement, the operators and the innermost constant each count one).
    let run = || {
        let mut ok = deep_unary(2998);
        let mut warnings = Vec::new();
        assert!(fold_module(&mut ok, 0, 0, &mut warnings).is_ok());
        let Mod::Module(body) = &ok else {
            unreachable!()
        };
        let StmtKind::Assign { value, .. } = &body[0].kind else {
            panic!()
        };
        assert_eq!(value_of(value), Some(&Constant::int(1)));
        let mut deep = deep_unary(2999);
        let err = fold_module(&mut deep, 0, 0, &mut warnings).unwrap_err();
        assert_eq!(err.exc_type(), "RecursionError");
        assert_eq!(err.message(), RECURSION_MESSAGE);
        let mut ok = deep_unary(2990);
        assert!(fold_module_from_depth(&mut ok, 0, 0, 8, &mut warnings).is_ok());
        let mut deep = deep_unary(2991);
        assert!(fold_module_from_depth(&mut deep, 0, 0, 8, &mut warnings).is_err());
    };
    run();
}

#[test]
fn imports_and_other_statements_pass_through() {
    let alias = Alias {
        name: Arc::from("os"),
        asname: None,
        loc: at(7, 9),
    };
    let body = fold_with(
        vec![
            stmt(StmtKind::Import { names: vec![alias] }),
            stmt(StmtKind::Pass),
        ],
        0,
        0,
    );
    assert_eq!(body.len(), 2);
}

#[test]
fn only_the_last_comparison_of_a_chain_is_iterated() {
    let chain = Expr::new(
        ExprKind::Compare {
            left: Box::new(name("a", 4)),
            ops: vec![CmpOp::In, CmpOp::In],
            comparators: vec![list(vec![int(1, 10)], 9), list(vec![int(2, 20)], 19)],
        },
        at(4, 28),
    );
    let e = fold_value(chain);
    let ExprKind::Compare { comparators, .. } = &e.kind else {
        panic!()
    };
    assert!(matches!(comparators[0].kind, ExprKind::List { .. }));
    assert_eq!(
        value_of(&comparators[1]),
        Some(&Constant::tuple(vec![Constant::int(2)]))
    );
    // A chain is not inverted by `not`.
    let chain = Expr::new(
        ExprKind::Compare {
            left: Box::new(name("a", 9)),
            ops: vec![CmpOp::Is, CmpOp::Is],
            comparators: vec![name("b", 14), name("c", 19)],
        },
        at(9, 20),
    );
    let e = fold_value(unary(UnaryOp::Not, chain, 4));
    assert!(matches!(
        e.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ));
}

#[test]
fn interactive_input_has_no_docstring() {
    let first = expr_stmt(binop(
        c(Constant::str("a"), 0),
        Operator::Add,
        c(Constant::str("b"), 6),
    ));
    let mut m = Mod::Interactive(vec![first]);
    fold_module(&mut m, 0, 0, &mut Vec::new()).unwrap();
    let Mod::Interactive(body) = &m else {
        unreachable!()
    };
    let StmtKind::Expr { value } = &body[0].kind else {
        panic!()
    };
    assert_eq!(value_of(value), Some(&Constant::str("ab")));
}
