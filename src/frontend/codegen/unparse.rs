//! Turning expressions back into source text as CPython 3.12's ast_unparse.c does, for
//! annotations postponed by `from __future__ import annotations` (constants written with the
//! reprs of `text`).

use crate::bytecode::code::Constant;
use crate::bytecode::pystr::PyStr;
use crate::frontend::ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Expr, ExprKind, Keyword, Operator, UnaryOp,
};
use crate::text::{constant_repr, str_repr};

// Priority levels (ast_unparse.c's PR_*).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`: the source text of an annotation.
pub fn expr_as_str(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn expr_at(e: &Expr, level: u8) -> String {
    let mut out = String::new();
    expr(&mut out, e, level);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = if *op == BoolOp::And {
                (" and ", PR_AND)
            } else {
                (" or ", PR_OR)
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr, rassoc) = match op {
                Operator::Add => (" + ", PR_ARITH, false),
                Operator::Sub => (" - ", PR_ARITH, false),
                Operator::Mult => (" * ", PR_TERM, false),
                Operator::MatMult => (" @ ", PR_TERM, false),
                Operator::Div => (" / ", PR_TERM, false),
                Operator::Mod => (" % ", PR_TERM, false),
                Operator::LShift => (" << ", PR_SHIFT, false),
                Operator::RShift => (" >> ", PR_SHIFT, false),
                Operator::BitOr => (" | ", PR_BOR, false),
                Operator::BitXor => (" ^ ", PR_BXOR, false),
                Operator::BitAnd => (" & ", PR_BAND, false),
                Operator::FloorDiv => (" // ", PR_TERM, false),
                Operator::Pow => (" ** ", PR_POWER, true),
            };
            open(out, level > pr);
            expr(out, left, pr + u8::from(rassoc));
            out.push_str(text);
            expr(out, right, pr + u8::from(!rassoc));
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr);
            out.push_str(text);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > PR_TEST);
            let npos = args.args.len() + args.posonlyargs.len();
            out.push_str(if npos > 0 { "lambda " } else { "lambda" });
            arguments(out, args);
            out.push_str(": ");
            expr(out, body, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > PR_TEST);
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            seq(out, elts);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => genexp(out, elt, generators),
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST);
            out.push_str(": ");
            expr(out, value, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::Yield { value } => match value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, PR_TEST);
            out.push(')');
        }
        ExprKind::Await { value } => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, value, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > PR_CMP);
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, c, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => call(out, func, args, keywords),
        ExprKind::Constant { value, .. } => {
            if matches!(value, Constant::Ellipsis) {
                out.push_str("...");
            } else {
                constant(out, value);
            }
        }
        ExprKind::JoinedStr { .. } => joinedstr(out, e, false),
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM);
            let int_const = matches!(
                value.kind,
                ExprKind::Constant {
                    value: Constant::Int(_),
                    ..
                }
            );
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            expr(out, slice, PR_TUPLE);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_EXPR);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            seq(out, elts);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > PR_TUPLE);
            expr(out, target, PR_ATOM);
            out.push_str(":=");
            expr(out, value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
    }
}

fn seq(out: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, PR_TEST);
    }
}

fn arg(out: &mut String, a: &Arg) {
    out.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, PR_TEST);
    }
}

fn arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let nposonly = args.posonlyargs.len();
    let nargs = args.args.len();
    let ndefaults = args.defaults.len();
    for i in 0..nposonly + nargs {
        sep(out);
        if i < nposonly {
            arg(out, &args.posonlyargs[i]);
        } else {
            arg(out, &args.args[i - nposonly]);
        }
        let di = i as isize - (nposonly + nargs) as isize + ndefaults as isize;
        if di >= 0 {
            out.push('=');
            expr(out, &args.defaults[di as usize], PR_TEST);
        }
        if nposonly > 0 && i + 1 == nposonly {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            arg(out, v);
        }
    }
    let nkw = args.kwonlyargs.len();
    let nkwdefaults = args.kw_defaults.len();
    for i in 0..nkw {
        sep(out);
        arg(out, &args.kwonlyargs[i]);
        let di = i as isize - nkw as isize + nkwdefaults as isize;
        if di >= 0
            && let Some(Some(d)) = args.kw_defaults.get(di as usize)
        {
            out.push('=');
            expr(out, d, PR_TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        arg(out, k);
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1);
        }
    }
}

fn genexp(out: &mut String, elt: &Expr, generators: &[Comprehension]) {
    out.push('(');
    expr(out, elt, PR_TEST);
    comprehensions(out, generators);
    out.push(')');
}

fn call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    expr(out, func, PR_ATOM);
    if let ([only], []) = (args, keywords)
        && let ExprKind::GeneratorExp { elt, generators } = &only.kind
    {
        genexp(out, elt, generators);
        return;
    }
    out.push('(');
    let mut first = true;
    for a in args {
        if !first {
            out.push_str(", ");
        }
        first = false;
        expr(out, a, PR_TEST);
    }
    for k in keywords {
        if !first {
            out.push_str(", ");
        }
        first = false;
        match &k.arg {
            None => out.push_str("**"),
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
        }
        expr(out, &k.value, PR_TEST);
    }
    out.push(')');
}

fn escape_braces(s: &str) -> String {
    s.replace('{', "{{").replace('}', "}}")
}

fn fstring_element(out: &mut String, e: &Expr, is_format_spec: bool) {
    match &e.kind {
        ExprKind::Constant {
            value: Constant::Str(s),
            ..
        } => out.push_str(&escape_braces(&str_text(s))),
        ExprKind::Constant { value, .. } => out.push_str(&escape_braces(&constant_repr(value))),
        ExprKind::JoinedStr { .. } => joinedstr(out, e, is_format_spec),
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        _ => out.push_str(&expr_at(e, PR_TEST)),
    }
}

fn joinedstr(out: &mut String, e: &Expr, is_format_spec: bool) {
    let ExprKind::JoinedStr { values } = &e.kind else {
        return;
    };
    let mut body = String::new();
    for v in values {
        fstring_element(&mut body, v, is_format_spec);
    }
    if is_format_spec {
        out.push_str(&body);
    } else {
        out.push('f');
        out.push_str(&str_repr(&body));
    }
}

fn formatted_value(out: &mut String, e: &Expr) {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return;
    };
    let text = expr_at(value, PR_TEST + 1);
    out.push_str(if text.starts_with('{') { "{ " } else { "{" });
    out.push_str(&text);
    match u8::try_from(*conversion).ok().map(char::from) {
        Some('a') => out.push_str("!a"),
        Some('r') => out.push_str("!r"),
        Some('s') => out.push_str("!s"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        out.push(':');
        fstring_element(out, spec, true);
    }
    out.push('}');
}

fn constant(out: &mut String, c: &Constant) {
    if let Constant::Tuple(items) = c {
        out.push('(');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&repr_inf(item));
        }
        if items.len() == 1 {
            out.push(',');
        }
        out.push(')');
        return;
    }
    out.push_str(&repr_inf(c));
}

/// `append_repr`: repr, with infinities written as `1e309` for floats and complex numbers.
fn repr_inf(c: &Constant) -> String {
    let r = constant_repr(c);
    if matches!(c, Constant::Float(_) | Constant::Complex { .. }) {
        r.replace("inf", "1e309")
    } else {
        r
    }
}

/// The text of a str constant with lone surrogates spelled as repr would escape them.
fn str_text(s: &PyStr) -> String {
    let mut out = String::new();
    for cp in s.code_points() {
        match char::from_u32(cp) {
            Some(ch) => out.push(ch),
            None => out.push_str(&format!("\\u{cp:04x}")),
        }
    }
    out
}
