//! `dump`: the text CPython 3.12's `ast.dump(tree, include_attributes=True)` prints for a
//! tree (constants and names written with the reprs of `text`), so that pyrs's parser can be
//! compared with CPython's node for node.

use std::fmt::Write;

use crate::frontend::ast::*;
use crate::text::{constant_repr, str_repr};

/// `ast.dump(tree, include_attributes=True)` as CPython 3.12 prints it.
pub fn dump(m: &Mod) -> String {
    let mut d = Dumper {
        out: String::with_capacity(4096),
    };
    match m {
        Mod::Module(body) => {
            d.out.push_str("Module(body=");
            d.stmts(body);
            d.out.push_str(", type_ignores=[])");
        }
        Mod::Interactive(body) => {
            d.out.push_str("Interactive(body=");
            d.stmts(body);
            d.out.push(')');
        }
        Mod::Expression(e) => {
            d.out.push_str("Expression(body=");
            d.expr(e);
            d.out.push(')');
        }
    }
    d.out
}

struct Dumper {
    out: String,
}

impl Dumper {
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            f(self, it);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, s: &[Stmt]) {
        self.list(s, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, e: &[Expr]) {
        self.list(e, |d, e| d.expr(e));
    }

    /// `, name=` before a field.
    fn field(&mut self, name: &str) {
        self.out.push_str(", ");
        self.out.push_str(name);
        self.out.push('=');
    }

    fn opt_expr(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field(name);
            self.expr(e);
        }
    }

    fn ident(&mut self, s: &str) {
        self.out.push_str(&str_repr(s));
    }

    fn opt_ident(&mut self, name: &str, s: &Option<Ident>) {
        if let Some(s) = s {
            self.field(name);
            self.ident(s);
        }
    }

    fn idents(&mut self, names: &[Ident]) {
        self.list(names, |d, n| d.ident(n));
    }

    fn attrs(&mut self, loc: &Loc) {
        let _ = write!(
            self.out,
            ", lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
            loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
        );
    }

    fn ctx(&mut self, c: ExprContext) {
        self.out.push_str(match c {
            ExprContext::Load => ", ctx=Load()",
            ExprContext::Store => ", ctx=Store()",
            ExprContext::Del => ", ctx=Del()",
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        use StmtKind as K;
        match &s.kind {
            K::FunctionDef(f) => {
                self.out.push_str(if f.is_async {
                    "AsyncFunctionDef(name="
                } else {
                    "FunctionDef(name="
                });
                self.ident(&f.name);
                self.field("args");
                self.arguments(&f.args);
                self.field("body");
                self.stmts(&f.body);
                self.field("decorator_list");
                self.exprs(&f.decorator_list);
                self.opt_expr("returns", &f.returns);
                self.field("type_params");
                self.type_params(&f.type_params);
            }
            K::ClassDef(c) => {
                self.out.push_str("ClassDef(name=");
                self.ident(&c.name);
                self.field("bases");
                self.exprs(&c.bases);
                self.field("keywords");
                self.keywords(&c.keywords);
                self.field("body");
                self.stmts(&c.body);
                self.field("decorator_list");
                self.exprs(&c.decorator_list);
                self.field("type_params");
                self.type_params(&c.type_params);
            }
            K::Return { value } => {
                self.out.push_str("Return(");
                if let Some(v) = value {
                    self.out.push_str("value=");
                    self.expr(v);
                    self.attrs(&s.loc);
                } else {
                    self.attrs_first(&s.loc);
                }
                return;
            }
            K::Delete { targets } => {
                self.out.push_str("Delete(targets=");
                self.exprs(targets);
            }
            K::Assign { targets, value } => {
                self.out.push_str("Assign(targets=");
                self.exprs(targets);
                self.field("value");
                self.expr(value);
            }
            K::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.out.push_str("TypeAlias(name=");
                self.expr(name);
                self.field("type_params");
                self.type_params(type_params);
                self.field("value");
                self.expr(value);
            }
            K::AugAssign { target, op, value } => {
                self.out.push_str("AugAssign(target=");
                self.expr(target);
                self.field("op");
                self.out.push_str(operator_name(*op));
                self.out.push_str("()");
                self.field("value");
                self.expr(value);
            }
            K::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.out.push_str("AnnAssign(target=");
                self.expr(target);
                self.field("annotation");
                self.expr(annotation);
                self.opt_expr("value", value);
                self.field("simple");
                self.out.push_str(if *simple { "1" } else { "0" });
            }
            K::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.out.push_str(if *is_async {
                    "AsyncFor(target="
                } else {
                    "For(target="
                });
                self.expr(target);
                self.field("iter");
                self.expr(iter);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
            }
            K::While { test, body, orelse } | K::If { test, body, orelse } => {
                self.out.push_str(if matches!(s.kind, K::While { .. }) {
                    "While(test="
                } else {
                    "If(test="
                });
                self.expr(test);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
            }
            K::With {
                items,
                body,
                is_async,
            } => {
                self.out.push_str(if *is_async {
                    "AsyncWith(items="
                } else {
                    "With(items="
                });
                self.list(items, |d, it| {
                    d.out.push_str("withitem(context_expr=");
                    d.expr(&it.context_expr);
                    d.opt_expr("optional_vars", &it.optional_vars);
                    d.out.push(')');
                });
                self.field("body");
                self.stmts(body);
            }
            K::Match { subject, cases } => {
                self.out.push_str("Match(subject=");
                self.expr(subject);
                self.field("cases");
                self.list(cases, |d, c| {
                    d.out.push_str("match_case(pattern=");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", &c.guard);
                    d.field("body");
                    d.stmts(&c.body);
                    d.out.push(')');
                });
            }
            K::Raise { exc, cause } => {
                self.out.push_str("Raise(");
                let mut first = true;
                for (name, e) in [("exc", exc), ("cause", cause)] {
                    if let Some(e) = e {
                        if !first {
                            self.out.push_str(", ");
                        }
                        first = false;
                        self.out.push_str(name);
                        self.out.push('=');
                        self.expr(e);
                    }
                }
                if first {
                    self.attrs_first(&s.loc);
                } else {
                    self.attrs(&s.loc);
                }
                return;
            }
            K::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.out.push_str(if *is_star {
                    "TryStar(body="
                } else {
                    "Try(body="
                });
                self.stmts(body);
                self.field("handlers");
                self.list(handlers, |d, h| {
                    d.out.push_str("ExceptHandler(");
                    let mut first = true;
                    if let Some(t) = &h.type_ {
                        d.out.push_str("type=");
                        d.expr(t);
                        first = false;
                    }
                    if let Some(n) = &h.name {
                        if !first {
                            d.out.push_str(", ");
                        }
                        d.out.push_str("name=");
                        d.ident(n);
                        first = false;
                    }
                    if !first {
                        d.out.push_str(", ");
                    }
                    d.out.push_str("body=");
                    d.stmts(&h.body);
                    d.attrs(&h.loc);
                });
                self.field("orelse");
                self.stmts(orelse);
                self.field("finalbody");
                self.stmts(finalbody);
            }
            K::Assert { test, msg } => {
                self.out.push_str("Assert(test=");
                self.expr(test);
                self.opt_expr("msg", msg);
            }
            K::Import { names } => {
                self.out.push_str("Import(names=");
                self.aliases(names);
            }
            K::ImportFrom {
                module,
                names,
                level,
            } => {
                self.out.push_str("ImportFrom(");
                if let Some(m) = module {
                    self.out.push_str("module=");
                    self.ident(m);
                    self.out.push_str(", ");
                }
                self.out.push_str("names=");
                self.aliases(names);
                let _ = write!(self.out, ", level={level}");
            }
            K::Global { names } => {
                self.out.push_str("Global(names=");
                self.idents(names);
            }
            K::Nonlocal { names } => {
                self.out.push_str("Nonlocal(names=");
                self.idents(names);
            }
            K::Expr { value } => {
                self.out.push_str("Expr(value=");
                self.expr(value);
            }
            K::Pass | K::Break | K::Continue => {
                self.out.push_str(match s.kind {
                    K::Pass => "Pass(",
                    K::Break => "Break(",
                    _ => "Continue(",
                });
                self.attrs_first(&s.loc);
                return;
            }
        }
        self.attrs(&s.loc);
    }

    /// Attributes of a node that printed no field.
    fn attrs_first(&mut self, loc: &Loc) {
        let _ = write!(
            self.out,
            "lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
            loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset
        );
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.list(names, |d, a| {
            d.out.push_str("alias(name=");
            d.ident(&a.name);
            d.opt_ident("asname", &a.asname);
            d.attrs(&a.loc);
        });
    }

    fn keywords(&mut self, ks: &[Keyword]) {
        self.list(ks, |d, k| {
            d.out.push_str("keyword(");
            if let Some(a) = &k.arg {
                d.out.push_str("arg=");
                d.ident(a);
                d.out.push_str(", ");
            }
            d.out.push_str("value=");
            d.expr(&k.value);
            d.attrs(&k.loc);
        });
    }

    fn arg(&mut self, a: &Arg) {
        self.out.push_str("arg(arg=");
        self.ident(&a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.attrs(&a.loc);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.out.push_str("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, a| d.arg(a));
        self.field("args");
        self.list(&a.args, |d, a| d.arg(a));
        if let Some(v) = &a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.field("kwonlyargs");
        self.list(&a.kwonlyargs, |d, a| d.arg(a));
        self.field("kw_defaults");
        self.list(&a.kw_defaults, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
        if let Some(k) = &a.kwarg {
            self.field("kwarg");
            self.arg(k);
        }
        self.field("defaults");
        self.exprs(&a.defaults);
        self.out.push(')');
    }

    fn type_params(&mut self, tps: &[TypeParam]) {
        self.list(tps, |d, t| {
            match &t.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    d.out.push_str("TypeVar(name=");
                    d.ident(name);
                    d.opt_expr("bound", bound);
                }
                TypeParamKind::ParamSpec { name } => {
                    d.out.push_str("ParamSpec(name=");
                    d.ident(name);
                }
                TypeParamKind::TypeVarTuple { name } => {
                    d.out.push_str("TypeVarTuple(name=");
                    d.ident(name);
                }
            }
            d.attrs(&t.loc);
        });
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.out.push_str("comprehension(target=");
            d.expr(&g.target);
            d.field("iter");
            d.expr(&g.iter);
            d.field("ifs");
            d.exprs(&g.ifs);
            d.out.push_str(if g.is_async {
                ", is_async=1)"
            } else {
                ", is_async=0)"
            });
        });
    }

    fn expr(&mut self, e: &Expr) {
        use ExprKind as K;
        match &e.kind {
            K::BoolOp { op, values } => {
                self.out.push_str(match op {
                    BoolOp::And => "BoolOp(op=And(), values=",
                    BoolOp::Or => "BoolOp(op=Or(), values=",
                });
                self.exprs(values);
            }
            K::NamedExpr { target, value } => {
                self.out.push_str("NamedExpr(target=");
                self.expr(target);
                self.field("value");
                self.expr(value);
            }
            K::BinOp { left, op, right } => {
                self.out.push_str("BinOp(left=");
                self.expr(left);
                self.field("op");
                self.out.push_str(operator_name(*op));
                self.out.push_str("()");
                self.field("right");
                self.expr(right);
            }
            K::UnaryOp { op, operand } => {
                self.out.push_str(match op {
                    UnaryOp::Invert => "UnaryOp(op=Invert(), operand=",
                    UnaryOp::Not => "UnaryOp(op=Not(), operand=",
                    UnaryOp::UAdd => "UnaryOp(op=UAdd(), operand=",
                    UnaryOp::USub => "UnaryOp(op=USub(), operand=",
                });
                self.expr(operand);
            }
            K::Lambda { args, body } => {
                self.out.push_str("Lambda(args=");
                self.arguments(args);
                self.field("body");
                self.expr(body);
            }
            K::IfExp { test, body, orelse } => {
                self.out.push_str("IfExp(test=");
                self.expr(test);
                self.field("body");
                self.expr(body);
                self.field("orelse");
                self.expr(orelse);
            }
            K::Dict { keys, values } => {
                self.out.push_str("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.field("values");
                self.exprs(values);
            }
            K::Set { elts } => {
                self.out.push_str("Set(elts=");
                self.exprs(elts);
            }
            K::ListComp { elt, generators }
            | K::SetComp { elt, generators }
            | K::GeneratorExp { elt, generators } => {
                self.out.push_str(match e.kind {
                    K::ListComp { .. } => "ListComp(elt=",
                    K::SetComp { .. } => "SetComp(elt=",
                    _ => "GeneratorExp(elt=",
                });
                self.expr(elt);
                self.field("generators");
                self.comprehensions(generators);
            }
            K::DictComp {
                key,
                value,
                generators,
            } => {
                self.out.push_str("DictComp(key=");
                self.expr(key);
                self.field("value");
                self.expr(value);
                self.field("generators");
                self.comprehensions(generators);
            }
            K::Await { value } => {
                self.out.push_str("Await(value=");
                self.expr(value);
            }
            K::Yield { value } => {
                self.out.push_str("Yield(");
                match value {
                    Some(v) => {
                        self.out.push_str("value=");
                        self.expr(v);
                    }
                    None => {
                        self.attrs_first(&e.loc);
                        return;
                    }
                }
            }
            K::YieldFrom { value } => {
                self.out.push_str("YieldFrom(value=");
                self.expr(value);
            }
            K::Compare {
                left,
                ops,
                comparators,
            } => {
                self.out.push_str("Compare(left=");
                self.expr(left);
                self.field("ops");
                self.list(ops, |d, op| {
                    d.out.push_str(cmpop_name(*op));
                    d.out.push_str("()");
                });
                self.field("comparators");
                self.exprs(comparators);
            }
            K::Call {
                func,
                args,
                keywords,
            } => {
                self.out.push_str("Call(func=");
                self.expr(func);
                self.field("args");
                self.exprs(args);
                self.field("keywords");
                self.keywords(keywords);
            }
            K::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.out.push_str("FormattedValue(value=");
                self.expr(value);
                let _ = write!(self.out, ", conversion={conversion}");
                self.opt_expr("format_spec", format_spec);
            }
            K::JoinedStr { values } => {
                self.out.push_str("JoinedStr(values=");
                self.exprs(values);
            }
            K::Constant { value, u_prefix } => {
                self.out.push_str("Constant(value=");
                self.out.push_str(&constant_repr(value));
                if *u_prefix {
                    self.out.push_str(", kind='u'");
                }
            }
            K::Attribute { value, attr, ctx } => {
                self.out.push_str("Attribute(value=");
                self.expr(value);
                self.field("attr");
                self.ident(attr);
                self.ctx(*ctx);
            }
            K::Subscript { value, slice, ctx } => {
                self.out.push_str("Subscript(value=");
                self.expr(value);
                self.field("slice");
                self.expr(slice);
                self.ctx(*ctx);
            }
            K::Starred { value, ctx } => {
                self.out.push_str("Starred(value=");
                self.expr(value);
                self.ctx(*ctx);
            }
            K::Name { id, ctx } => {
                self.out.push_str("Name(id=");
                self.ident(id);
                self.ctx(*ctx);
            }
            K::List { elts, ctx } | K::Tuple { elts, ctx } => {
                self.out.push_str(if matches!(e.kind, K::List { .. }) {
                    "List(elts="
                } else {
                    "Tuple(elts="
                });
                self.exprs(elts);
                self.ctx(*ctx);
            }
            K::Slice { lower, upper, step } => {
                self.out.push_str("Slice(");
                let mut first = true;
                for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(v) = v {
                        if !first {
                            self.out.push_str(", ");
                        }
                        first = false;
                        self.out.push_str(name);
                        self.out.push('=');
                        self.expr(v);
                    }
                }
                if first {
                    self.attrs_first(&e.loc);
                    return;
                }
            }
        }
        self.attrs(&e.loc);
    }

    fn pattern(&mut self, p: &Pattern) {
        use PatternKind as P;
        match &p.kind {
            P::MatchValue { value } => {
                self.out.push_str("MatchValue(value=");
                self.expr(value);
            }
            P::MatchSingleton { value } => {
                self.out.push_str("MatchSingleton(value=");
                self.out.push_str(&constant_repr(value));
            }
            P::MatchSequence { patterns } => {
                self.out.push_str("MatchSequence(patterns=");
                self.list(patterns, |d, p| d.pattern(p));
            }
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.out.push_str("MatchMapping(keys=");
                self.exprs(keys);
                self.field("patterns");
                self.list(patterns, |d, p| d.pattern(p));
                self.opt_ident("rest", rest);
            }
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.out.push_str("MatchClass(cls=");
                self.expr(cls);
                self.field("patterns");
                self.list(patterns, |d, p| d.pattern(p));
                self.field("kwd_attrs");
                self.idents(kwd_attrs);
                self.field("kwd_patterns");
                self.list(kwd_patterns, |d, p| d.pattern(p));
            }
            P::MatchStar { name } => {
                self.out.push_str("MatchStar(");
                match name {
                    Some(n) => {
                        self.out.push_str("name=");
                        self.ident(n);
                    }
                    None => {
                        self.attrs_first(&p.loc);
                        return;
                    }
                }
            }
            P::MatchAs { pattern, name } => {
                self.out.push_str("MatchAs(");
                let mut first = true;
                if let Some(pat) = pattern {
                    self.out.push_str("pattern=");
                    self.pattern(pat);
                    first = false;
                }
                if let Some(n) = name {
                    if !first {
                        self.out.push_str(", ");
                    }
                    self.out.push_str("name=");
                    self.ident(n);
                    first = false;
                }
                if first {
                    self.attrs_first(&p.loc);
                    return;
                }
            }
            P::MatchOr { patterns } => {
                self.out.push_str("MatchOr(patterns=");
                self.list(patterns, |d, p| d.pattern(p));
            }
        }
        self.attrs(&p.loc);
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
