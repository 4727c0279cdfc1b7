//! Expressions: operators, comparisons and conditional jumps, containers (with starred items
//! and the paths for more than 30 elements), attributes, subscripts and slices, f-strings,
//! yield and await, and the compile-time SyntaxWarnings about literals.

use std::borrow::Borrow;

use super::stmt::is_two_element_slice;
use super::unit::ScopeType;
use super::{CResult, Compiler};
use crate::bytecode::code::Constant;
use crate::bytecode::opcode::{Op, intrinsic, nb};
use crate::frontend::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Loc, Operator, UnaryOp};
use crate::frontend::error::CompileError;
use crate::frontend::ir::Label;

/// The identity of a syntax-tree node (its address), for constants compared by identity.
pub(crate) fn node_id(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// CPython's `STACK_USE_GUIDELINE`.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// The Python type an expression is known to produce (`infer_type`), by name.
pub(crate) fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => value.type_name(),
        _ => return None,
    })
}

/// `check_is_arg`: false for constants other than None, True, False and Ellipsis.
fn check_is_arg(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value, .. } => {
            matches!(
                value,
                Constant::None | Constant::Bool(_) | Constant::Ellipsis
            )
        }
        _ => true,
    }
}

/// BINARY_OP's oparg for an operator.
fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => nb::ADD,
        Operator::Sub => nb::SUBTRACT,
        Operator::Mult => nb::MULTIPLY,
        Operator::MatMult => nb::MATRIX_MULTIPLY,
        Operator::Div => nb::TRUE_DIVIDE,
        Operator::Mod => nb::REMAINDER,
        Operator::Pow => nb::POWER,
        Operator::LShift => nb::LSHIFT,
        Operator::RShift => nb::RSHIFT,
        Operator::BitOr => nb::OR,
        Operator::BitXor => nb::XOR,
        Operator::BitAnd => nb::AND,
        Operator::FloorDiv => nb::FLOOR_DIVIDE,
    };
    if inplace { base + nb::INPLACE } else { base }
}

impl Compiler<'_, '_> {
    /// `compiler_visit_expr`.
    pub(crate) fn visit_expr(&mut self, e: &Expr) -> CResult {
        self.enter_depth()?;
        let r = self.visit_expr_inner(e);
        self.leave_depth();
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult {
        let loc = e.loc;
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop_i(Op::COPY, 1, loc);
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { op, values } => self.boolop(e, *op, values)?,
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop_binary(loc, *op, false);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                match op {
                    UnaryOp::UAdd => {
                        self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::UNARY_POSITIVE, loc)
                    }
                    UnaryOp::Invert => self.addop(Op::UNARY_INVERT, loc),
                    UnaryOp::Not => self.addop(Op::UNARY_NOT, loc),
                    UnaryOp::USub => self.addop(Op::UNARY_NEGATIVE, loc),
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.addop_j(Op::JUMP, end, Loc::NONE);
                self.use_label(next);
                self.visit_expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(e, keys, values)?,
            ExprKind::Set { elts } => self.starunpack_helper(
                loc,
                elts,
                0,
                Op::BUILD_SET,
                Op::SET_ADD,
                Op::SET_UPDATE,
                false,
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                super::comp::CompKind::GenExp,
                "<genexpr>",
                generators,
                elt,
                None,
            )?,
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e,
                super::comp::CompKind::List,
                "<listcomp>",
                generators,
                elt,
                None,
            )?,
            ExprKind::SetComp { elt, generators } => self.comprehension(
                e,
                super::comp::CompKind::Set,
                "<setcomp>",
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                super::comp::CompKind::Dict,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if !self.u().ste.is_function_like() {
                    return Err(self.error(loc, "'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_none(loc),
                }
                self.addop_yield(loc);
            }
            ExprKind::YieldFrom { value } => {
                if !self.u().ste.is_function_like() {
                    return Err(self.error(loc, "'yield' outside function"));
                }
                if self.u().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error(loc, "'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.addop(Op::GET_YIELD_FROM_ITER, loc);
                self.load_none(loc);
                self.add_yield_from(loc, false);
            }
            ExprKind::Await { value } => {
                if !self.is_top_level_await() {
                    if !self.u().ste.is_function_like() {
                        return Err(self.error(loc, "'await' outside function"));
                    }
                    if !matches!(
                        self.u().scope_type,
                        ScopeType::AsyncFunction | ScopeType::Comprehension
                    ) {
                        return Err(self.error(loc, "'await' outside async function"));
                    }
                }
                self.visit_expr(value)?;
                self.addop_i(Op::GET_AWAITABLE, 0, loc);
                self.load_none(loc);
                self.add_yield_from(loc, true);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Constant { value, .. } => {
                self.load_const_from(value.clone(), vec![node_id(e)], loc)
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::str(""), loc);
                    self.addop_name(Op::LOAD_METHOD, &std::sync::Arc::from("join"), loc);
                    self.addop_i(Op::BUILD_LIST, 0, loc);
                    for v in values {
                        self.visit_expr(v)?;
                        self.addop_i(Op::LIST_APPEND, 1, loc);
                    }
                    self.addop_i(Op::CALL, 1, loc);
                } else {
                    for v in values {
                        self.visit_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.addop_i(Op::BUILD_STRING, values.len() as u32, loc);
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                let mut oparg = match *conversion {
                    c if c == 's' as i32 => 1,
                    c if c == 'r' as i32 => 2,
                    c if c == 'a' as i32 => 3,
                    -1 => 0,
                    c => {
                        return Err(CompileError::system(format!(
                            "Unrecognized conversion character {c}"
                        )));
                    }
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                    oparg |= 4;
                }
                self.addop_i(Op::FORMAT_VALUE, oparg, loc);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == ExprContext::Load
                    && let Some(nargs) = self.can_optimize_super_call(e)
                {
                    self.load_args_for_super(value)?;
                    let op = if nargs == 0 {
                        Op::LOAD_ZERO_SUPER_ATTR
                    } else {
                        Op::LOAD_SUPER_ATTR
                    };
                    self.addop_name(op, attr, loc);
                    let loc = self.attr_start_loc(loc, e);
                    self.addop(Op::NOP, loc);
                    return Ok(());
                }
                self.visit_expr(value)?;
                let loc = self.attr_start_loc(e.loc, e);
                match ctx {
                    ExprContext::Load => self.addop_name(Op::LOAD_ATTR, attr, loc),
                    ExprContext::Store => {
                        self.check_forbidden(loc, attr, ExprContext::Store)?;
                        self.addop_name(Op::STORE_ATTR, attr, loc);
                    }
                    ExprContext::Del => self.addop_name(Op::DELETE_ATTR, attr, loc),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => self.subscript(e, value, slice, *ctx)?,
            ExprKind::Starred { ctx, .. } => {
                return Err(match ctx {
                    ExprContext::Store => {
                        self.error(loc, "starred assignment target must be in a list or tuple")
                    }
                    _ => self.error(loc, "can't use starred expression here"),
                });
            }
            ExprKind::Slice { .. } => {
                let n = self.slice(e)?;
                self.addop_i(Op::BUILD_SLICE, n, loc);
            }
            ExprKind::Name { id, ctx } => self.nameop(loc, id, *ctx)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(loc, elts)?,
                ExprContext::Load => self.starunpack_helper(
                    loc,
                    elts,
                    0,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    false,
                )?,
                ExprContext::Del => {
                    for elt in elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(loc, elts)?,
                ExprContext::Load => self.starunpack_helper(
                    loc,
                    elts,
                    0,
                    Op::BUILD_LIST,
                    Op::LIST_APPEND,
                    Op::LIST_EXTEND,
                    true,
                )?,
                ExprContext::Del => {
                    for elt in elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
        }
        Ok(())
    }

    pub(crate) fn addop_binary(&mut self, loc: Loc, op: Operator, inplace: bool) {
        self.addop_i(Op::BINARY_OP, binop_arg(op, inplace), loc);
    }

    /// `addop_yield`.
    pub(crate) fn addop_yield(&mut self, loc: Loc) {
        if self.u().ste.generator && self.u().coroutine {
            self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::ASYNC_GEN_WRAP, loc);
        }
        self.addop_i(Op::YIELD_VALUE, 0, loc);
        self.addop_i(Op::RESUME, 1, loc);
    }

    /// `compiler_add_yield_from`: the SEND loop of `yield from` and `await`.
    pub(crate) fn add_yield_from(&mut self, loc: Loc, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.addop_j(Op::SEND, exit, loc);
        self.addop_j(Op::SETUP_FINALLY, fail, loc);
        self.addop_i(Op::YIELD_VALUE, 0, loc);
        self.addop(Op::POP_BLOCK, Loc::NONE);
        self.addop_i(Op::RESUME, if is_await { 3 } else { 2 }, loc);
        self.addop_j(Op::JUMP_NO_INTERRUPT, send, loc);
        self.use_label(fail);
        self.addop(Op::CLEANUP_THROW, loc);
        self.use_label(exit);
        self.addop(Op::END_SEND, loc);
    }

    /// `update_start_location_to_match_attr`: for an attribute spanning lines, the location
    /// starts at the attribute name.
    pub(crate) fn attr_start_loc(&self, mut loc: Loc, attr: &Expr) -> Loc {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return loc;
        };
        if loc.lineno != attr.loc.end_lineno {
            loc.lineno = attr.loc.end_lineno;
            let len = name.chars().count() as i32;
            if len <= attr.loc.end_col_offset {
                loc.col_offset = attr.loc.end_col_offset - len;
            } else {
                loc.col_offset = -1;
                loc.end_col_offset = -1;
            }
            loc.end_lineno = loc.lineno.max(loc.end_lineno);
            if loc.lineno == loc.end_lineno {
                loc.end_col_offset = loc.col_offset.max(loc.end_col_offset);
            }
        }
        loc
    }

    /// `compiler_jump_if`: jumps to `next` when `e` is `cond`, without materializing booleans
    /// for `not`, `and`/`or`, conditional expressions and chained comparisons.
    pub(crate) fn jump_if(&mut self, e: &Expr, next: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let n = values.len() - 1;
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_j(Op::JUMP, end, Loc::NONE);
                self.use_label(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                self.check_compare(e, left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop_i(Op::SWAP, 2, e.loc);
                    self.addop_i(Op::COPY, 2, e.loc);
                    self.addcompare(e.loc, ops[i]);
                    self.addop_j(Op::POP_JUMP_IF_FALSE, cleanup, e.loc);
                }
                self.visit_expr(&comparators[n])?;
                self.addcompare(e.loc, ops[n]);
                let op = if cond {
                    Op::POP_JUMP_IF_TRUE
                } else {
                    Op::POP_JUMP_IF_FALSE
                };
                self.addop_j(op, next, e.loc);
                let end = self.new_label();
                self.addop_j(Op::JUMP, end, Loc::NONE);
                self.use_label(cleanup);
                self.addop(Op::POP_TOP, e.loc);
                if !cond {
                    self.addop_j(Op::JUMP, next, Loc::NONE);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let op = if cond {
            Op::POP_JUMP_IF_TRUE
        } else {
            Op::POP_JUMP_IF_FALSE
        };
        self.addop_j(op, next, e.loc);
        Ok(())
    }

    fn boolop(&mut self, e: &Expr, op: BoolOp, values: &[Expr]) -> CResult {
        let loc = e.loc;
        let jump = if op == BoolOp::And {
            Op::POP_JUMP_IF_FALSE
        } else {
            Op::POP_JUMP_IF_TRUE
        };
        let end = self.new_label();
        let Some((last, rest)) = values.split_last() else {
            return Err(CompileError::system("BoolOp with no values"));
        };
        for v in rest {
            self.visit_expr(v)?;
            self.addop_i(Op::COPY, 1, loc);
            self.addop_j(jump, end, loc);
            self.addop(Op::POP_TOP, loc);
        }
        self.visit_expr(last)?;
        self.use_label(end);
        Ok(())
    }

    /// `check_compare`: the SyntaxWarning for `is` with a literal.
    fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut left_ok = check_is_arg(left);
        let mut left_expr = left;
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = check_is_arg(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!right_ok || !left_ok) {
                let literal = if !left_ok { left_expr } else { right };
                let ty = infer_type(literal).unwrap_or("object");
                let msg = if *op == CmpOp::Is {
                    format!("\"is\" with '{ty}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{ty}' literal. Did you mean \"!=\"?")
                };
                self.warn(e.loc, msg);
                return;
            }
            left_ok = right_ok;
            left_expr = right;
        }
    }

    /// `compiler_addcompare`.
    pub(crate) fn addcompare(&mut self, loc: Loc, op: CmpOp) {
        // Py_LT=0, Py_LE=1, Py_EQ=2, Py_NE=3, Py_GT=4, Py_GE=5 and the comparison masks
        // (LESS_THAN=2, GREATER_THAN=4, EQUALS=8, NOT_EQUALS=16 with the 16 folded in).
        let (cmp, mask) = match op {
            CmpOp::Lt => (0, 2),
            CmpOp::LtE => (1, 2 | 8),
            CmpOp::Eq => (2, 8),
            CmpOp::NotEq => (3, 1 | 2 | 4),
            CmpOp::Gt => (4, 4),
            CmpOp::GtE => (5, 4 | 8),
            CmpOp::Is => return self.addop_i(Op::IS_OP, 0, loc),
            CmpOp::IsNot => return self.addop_i(Op::IS_OP, 1, loc),
            CmpOp::In => return self.addop_i(Op::CONTAINS_OP, 0, loc),
            CmpOp::NotIn => return self.addop_i(Op::CONTAINS_OP, 1, loc),
        };
        self.addop_i(Op::COMPARE_OP, (cmp << 4) | mask, loc);
    }

    fn compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
        let loc = e.loc;
        self.check_compare(e, left, ops, comparators);
        self.visit_expr(left)?;
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(CompileError::system("Compare with mismatched operators"));
        }
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_expr(&comparators[0])?;
            self.addcompare(loc, ops[0]);
        } else {
            let cleanup = self.new_label();
            for i in 0..n {
                self.visit_expr(&comparators[i])?;
                self.addop_i(Op::SWAP, 2, loc);
                self.addop_i(Op::COPY, 2, loc);
                self.addcompare(loc, ops[i]);
                self.addop_i(Op::COPY, 1, loc);
                self.addop_j(Op::POP_JUMP_IF_FALSE, cleanup, loc);
                self.addop(Op::POP_TOP, loc);
            }
            self.visit_expr(&comparators[n])?;
            self.addcompare(loc, ops[n]);
            let end = self.new_label();
            self.addop_j(Op::JUMP, end, Loc::NONE);
            self.use_label(cleanup);
            self.addop_i(Op::SWAP, 2, loc);
            self.addop(Op::POP_TOP, loc);
            self.use_label(end);
        }
        Ok(())
    }

    /// `starunpack_helper`: builds a list, tuple or set from items, some of which may be
    /// starred, folding all-constant displays and growing big ones one item at a time.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn starunpack_helper<E: Borrow<Expr>>(
        &mut self,
        loc: Loc,
        elts: &[E],
        pushed: usize,
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2
            && elts
                .iter()
                .all(|e| matches!(e.borrow().kind, ExprKind::Constant { .. }))
        {
            let values: Vec<Constant> = elts
                .iter()
                .filter_map(|e| e.borrow().as_constant().cloned())
                .collect();
            let nodes: Vec<usize> = elts.iter().map(|e| node_id(e.borrow())).collect();
            if tuple && pushed == 0 {
                self.load_const_from(Constant::tuple(values), nodes, loc);
            } else {
                let folded = if add == Op::SET_ADD {
                    // CPython's constant is the frozenset rebuilt from the iteration order
                    // of `frozenset(values)`: the runtime builds it from this order.
                    Constant::FrozenSet(crate::frontend::fold::frozenset_order(&values).into())
                } else {
                    Constant::tuple(values)
                };
                self.addop_i(build, pushed as u32, loc);
                self.load_const_from(folded, nodes, loc);
                self.addop_i(extend, 1, loc);
                if tuple {
                    self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::LIST_TO_TUPLE, loc);
                }
            }
            return Ok(());
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.borrow().kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for elt in elts {
                self.visit_expr(elt.borrow())?;
            }
            let op = if tuple { Op::BUILD_TUPLE } else { build };
            self.addop_i(op, (n + pushed) as u32, loc);
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop_i(build, pushed as u32, loc);
            sequence_built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            let elt = elt.borrow();
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !sequence_built {
                    self.addop_i(build, (i + pushed) as u32, loc);
                    sequence_built = true;
                }
                self.visit_expr(value)?;
                self.addop_i(extend, 1, loc);
            } else {
                self.visit_expr(elt)?;
                if sequence_built {
                    self.addop_i(add, 1, loc);
                }
            }
        }
        if tuple {
            self.addop_i(Op::CALL_INTRINSIC_1, intrinsic::LIST_TO_TUPLE, loc);
        }
        Ok(())
    }

    /// `unpack_helper`: UNPACK_SEQUENCE or UNPACK_EX for an assignment target.
    fn unpack_helper(&mut self, loc: Loc, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error(loc, "multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(
                        self.error(loc, "too many expressions in star-unpacking assignment")
                    );
                }
                self.addop_i(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop_i(Op::UNPACK_SEQUENCE, n as u32, loc);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, loc: Loc, elts: &[Expr]) -> CResult {
        self.unpack_helper(loc, elts)?;
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }

    /// `compiler_subdict`: the keys `begin..end` of a dict display, none of them `**`.
    fn subdict(
        &mut self,
        e: &Expr,
        keys: &[Option<Expr>],
        values: &[Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let loc = e.loc;
        let all_const = keys[begin..end].iter().all(|k| {
            matches!(
                k,
                Some(Expr {
                    kind: ExprKind::Constant { .. },
                    ..
                })
            )
        });
        if n > 1 && !big && all_const {
            for v in &values[begin..end] {
                self.visit_expr(v)?;
            }
            let ks: Vec<Constant> = keys[begin..end]
                .iter()
                .filter_map(|k| k.as_ref().and_then(|k| k.as_constant().cloned()))
                .collect();
            let nodes: Vec<usize> = keys[begin..end].iter().flatten().map(node_id).collect();
            self.load_const_from(Constant::tuple(ks), nodes, loc);
            self.addop_i(Op::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.addop_i(Op::BUILD_MAP, 0, loc);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.addop_i(Op::MAP_ADD, 1, loc);
            }
        }
        if !big {
            self.addop_i(Op::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn dict(&mut self, e: &Expr, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let loc = e.loc;
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(e, keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(Op::DICT_UPDATE, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(Op::BUILD_MAP, 0, loc);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_i(Op::DICT_UPDATE, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(e, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(Op::DICT_UPDATE, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(e, keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(Op::DICT_UPDATE, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(Op::BUILD_MAP, 0, loc);
        }
        Ok(())
    }

    /// `check_subscripter`: the SyntaxWarning for subscripting a literal that cannot be.
    fn check_subscripter(&mut self, e: &Expr) {
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(_)
                    | Constant::Bool(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if warn {
            let ty = infer_type(e).unwrap_or("object");
            self.warn(
                e.loc,
                format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
            );
        }
    }

    /// `check_index`: the SyntaxWarning for indexing a sequence literal with a non-integer.
    fn check_index(&mut self, e: &Expr, s: &Expr) {
        let Some(index_type) = infer_type(s) else {
            return;
        };
        if index_type == "int" || index_type == "bool" {
            return;
        }
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => {
                matches!(
                    value,
                    Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
                )
            }
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if warn {
            let ty = infer_type(e).unwrap_or("object");
            self.warn(
                e.loc,
                format!("{ty} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"),
            );
        }
    }

    /// `compiler_subscript`.
    fn subscript(&mut self, e: &Expr, value: &Expr, slice: &Expr, ctx: ExprContext) -> CResult {
        let loc = e.loc;
        if ctx == ExprContext::Load {
            self.check_subscripter(value);
            self.check_index(value, slice);
        }
        self.visit_expr(value)?;
        if is_two_element_slice(slice) && ctx != ExprContext::Del {
            self.slice(slice)?;
            if ctx == ExprContext::Load {
                self.addop(Op::BINARY_SLICE, loc);
            } else {
                self.addop(Op::STORE_SLICE, loc);
            }
        } else {
            self.visit_expr(slice)?;
            let op = match ctx {
                ExprContext::Load => Op::BINARY_SUBSCR,
                ExprContext::Store => Op::STORE_SUBSCR,
                ExprContext::Del => Op::DELETE_SUBSCR,
            };
            self.addop(op, loc);
        }
        Ok(())
    }

    /// `compiler_slice`: pushes the bounds of a slice and returns how many.
    pub(crate) fn slice(&mut self, s: &Expr) -> CResult<u32> {
        let ExprKind::Slice { lower, upper, step } = &s.kind else {
            return Err(CompileError::system("slice expected"));
        };
        let mut n = 2;
        match lower {
            Some(l) => self.visit_expr(l)?,
            None => self.load_none(s.loc),
        }
        match upper {
            Some(u) => self.visit_expr(u)?,
            None => self.load_none(s.loc),
        }
        if let Some(st) = step {
            n += 1;
            self.visit_expr(st)?;
        }
        Ok(n)
    }
}
