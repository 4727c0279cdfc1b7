//! Conversion of ruff's expressions, arguments, parameters, comprehensions, patterns and type
//! parameters into pyrs's AST.

use ruff_python_ast as ra;
use ruff_text_size::{Ranged, TextRange};

use super::{Conv, R};
use crate::bytecode::code::Constant;
use crate::frontend::ast::*;

impl Conv<'_, '_> {
    pub(super) fn exprs(&mut self, es: &[ra::Expr]) -> R<Vec<Expr>> {
        let mut out = Vec::with_capacity(es.len());
        for e in es {
            out.push(self.expr(e)?);
        }
        Ok(out)
    }

    pub(super) fn bexpr(&mut self, e: &ra::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    pub(super) fn opt_expr(&mut self, e: &Option<Box<ra::Expr>>) -> R<Option<Box<Expr>>> {
        match e {
            Some(e) => Ok(Some(self.bexpr(e)?)),
            None => Ok(None),
        }
    }

    pub(super) fn expr(&mut self, e: &ra::Expr) -> R<Expr> {
        use ExprKind as K;
        let kind = match e {
            ra::Expr::BoolOp(x) => {
                let op = match x.op {
                    ra::BoolOp::And => BoolOp::And,
                    ra::BoolOp::Or => BoolOp::Or,
                };
                K::BoolOp {
                    op,
                    values: self.exprs(&x.values)?,
                }
            }
            ra::Expr::Named(x) => K::NamedExpr {
                target: self.bexpr(&x.target)?,
                value: self.bexpr(&x.value)?,
            },
            ra::Expr::BinOp(x) => K::BinOp {
                left: self.bexpr(&x.left)?,
                op: operator(x.op),
                right: self.bexpr(&x.right)?,
            },
            ra::Expr::UnaryOp(x) => {
                let op = match x.op {
                    ra::UnaryOp::Invert => UnaryOp::Invert,
                    ra::UnaryOp::Not => UnaryOp::Not,
                    ra::UnaryOp::UAdd => UnaryOp::UAdd,
                    ra::UnaryOp::USub => UnaryOp::USub,
                };
                K::UnaryOp {
                    op,
                    operand: self.bexpr(&x.operand)?,
                }
            }
            ra::Expr::Lambda(x) => {
                let args = match &x.parameters {
                    Some(p) => self.parameters(p)?,
                    None => Arguments::default(),
                };
                K::Lambda {
                    args: Box::new(args),
                    body: self.bexpr(&x.body)?,
                }
            }
            ra::Expr::If(x) => K::IfExp {
                test: self.bexpr(&x.test)?,
                body: self.bexpr(&x.body)?,
                orelse: self.bexpr(&x.orelse)?,
            },
            ra::Expr::Dict(x) => {
                let mut keys = Vec::with_capacity(x.items.len());
                let mut values = Vec::with_capacity(x.items.len());
                for item in &x.items {
                    keys.push(match &item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    });
                    values.push(self.expr(&item.value)?);
                }
                K::Dict { keys, values }
            }
            ra::Expr::Set(x) => K::Set {
                elts: self.exprs(&x.elts)?,
            },
            ra::Expr::ListComp(x) => K::ListComp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            ra::Expr::SetComp(x) => K::SetComp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            ra::Expr::DictComp(x) => {
                let Some(key) = &x.key else {
                    return Err(self.error_at(
                        "dict unpacking cannot be used in dict comprehension",
                        x.range,
                    ));
                };
                K::DictComp {
                    key: self.bexpr(key)?,
                    value: self.bexpr(&x.value)?,
                    generators: self.comprehensions(&x.generators)?,
                }
            }
            ra::Expr::Generator(x) => K::GeneratorExp {
                elt: self.bexpr(&x.elt)?,
                generators: self.comprehensions(&x.generators)?,
            },
            ra::Expr::Await(x) => K::Await {
                value: self.bexpr(&x.value)?,
            },
            ra::Expr::Yield(x) => K::Yield {
                value: self.opt_expr(&x.value)?,
            },
            ra::Expr::YieldFrom(x) => K::YieldFrom {
                value: self.bexpr(&x.value)?,
            },
            ra::Expr::Compare(x) => {
                let ops = x.ops.iter().map(|o| cmpop(*o)).collect();
                K::Compare {
                    left: self.bexpr(&x.left)?,
                    ops,
                    comparators: self.exprs(&x.comparators)?,
                }
            }
            ra::Expr::Call(x) => return self.call(x),
            ra::Expr::FString(x) => return self.fstring(x),
            ra::Expr::StringLiteral(x) => return self.string_literal(x),
            ra::Expr::BytesLiteral(x) => return self.bytes_literal(x),
            ra::Expr::NumberLiteral(x) => return self.number(x),
            ra::Expr::BooleanLiteral(x) => K::Constant {
                value: Constant::Bool(x.value),
                u_prefix: false,
            },
            ra::Expr::NoneLiteral(_) => K::Constant {
                value: Constant::None,
                u_prefix: false,
            },
            ra::Expr::EllipsisLiteral(_) => K::Constant {
                value: Constant::Ellipsis,
                u_prefix: false,
            },
            ra::Expr::Attribute(x) => K::Attribute {
                value: self.bexpr(&x.value)?,
                attr: self.ident(&x.attr),
                ctx: ctx(x.ctx),
            },
            ra::Expr::Subscript(x) => K::Subscript {
                value: self.bexpr(&x.value)?,
                slice: self.bexpr(&x.slice)?,
                ctx: ctx(x.ctx),
            },
            ra::Expr::Starred(x) => K::Starred {
                value: self.bexpr(&x.value)?,
                ctx: ctx(x.ctx),
            },
            ra::Expr::Name(x) => K::Name {
                id: Ident::from(x.id.as_str()),
                ctx: ctx(x.ctx),
            },
            ra::Expr::List(x) => K::List {
                elts: self.exprs(&x.elts)?,
                ctx: ctx(x.ctx),
            },
            ra::Expr::Tuple(x) => K::Tuple {
                elts: self.exprs(&x.elts)?,
                ctx: ctx(x.ctx),
            },
            ra::Expr::Slice(x) => K::Slice {
                lower: self.opt_expr(&x.lower)?,
                upper: self.opt_expr(&x.upper)?,
                step: self.opt_expr(&x.step)?,
            },
            ra::Expr::TString(x) => return Err(self.error_at("invalid syntax", x.range)),
            ra::Expr::IpyEscapeCommand(x) => return Err(self.error_at("invalid syntax", x.range)),
        };
        let loc = self.loc(e.range());
        Ok(Expr::new(kind, loc))
    }

    fn call(&mut self, x: &ra::ExprCall) -> R<Expr> {
        let func = self.bexpr(&x.func)?;
        let a = &x.arguments;
        let mut args = Vec::with_capacity(a.args.len());
        for arg in a.args.iter() {
            let mut e = self.expr(arg)?;
            // A generator expression that is the sole argument takes the call's parentheses.
            if let ra::Expr::Generator(g) = arg
                && !g.parenthesized
                && a.args.len() == 1
                && a.keywords.is_empty()
            {
                e.loc = self.loc(a.range);
            }
            args.push(e);
        }
        let keywords = self.keywords(&a.keywords)?;
        let loc = self.loc(x.range());
        Ok(Expr::new(
            ExprKind::Call {
                func,
                args,
                keywords,
            },
            loc,
        ))
    }

    pub(super) fn keywords(&mut self, ks: &[ra::Keyword]) -> R<Vec<Keyword>> {
        let mut out = Vec::with_capacity(ks.len());
        for k in ks {
            out.push(Keyword {
                arg: k.arg.as_ref().map(|a| self.ident(a)),
                value: self.expr(&k.value)?,
                loc: self.loc(k.range),
            });
        }
        Ok(out)
    }

    fn comprehensions(&mut self, gens: &[ra::Comprehension]) -> R<Vec<Comprehension>> {
        let mut out = Vec::with_capacity(gens.len());
        for g in gens {
            out.push(Comprehension {
                target: self.expr(&g.target)?,
                iter: self.expr(&g.iter)?,
                ifs: self.exprs(&g.ifs)?,
                is_async: g.is_async,
            });
        }
        Ok(out)
    }

    fn arg(&mut self, p: &ra::Parameter) -> R<Arg> {
        // ruff's range of `*args` and `**kwargs` includes the stars; CPython's does not.
        let range = TextRange::new(p.name.range.start(), p.range.end());
        Ok(Arg {
            arg: self.ident(&p.name),
            annotation: self.opt_expr(&p.annotation)?,
            loc: self.loc(range),
        })
    }

    pub(super) fn parameters(&mut self, p: &ra::Parameters) -> R<Arguments> {
        let mut a = Arguments::default();
        for pd in p.posonlyargs.iter() {
            a.posonlyargs.push(self.arg(&pd.parameter)?);
            if let Some(d) = &pd.default {
                a.defaults.push(self.expr(d)?);
            }
        }
        for pd in p.args.iter() {
            a.args.push(self.arg(&pd.parameter)?);
            if let Some(d) = &pd.default {
                a.defaults.push(self.expr(d)?);
            }
        }
        if let Some(v) = &p.vararg {
            a.vararg = Some(Box::new(self.arg(v)?));
        }
        for pd in p.kwonlyargs.iter() {
            a.kwonlyargs.push(self.arg(&pd.parameter)?);
            a.kw_defaults.push(match &pd.default {
                Some(d) => Some(self.expr(d)?),
                None => None,
            });
        }
        if let Some(k) = &p.kwarg {
            a.kwarg = Some(Box::new(self.arg(k)?));
        }
        Ok(a)
    }

    pub(super) fn type_params(&mut self, tp: &Option<Box<ra::TypeParams>>) -> R<Vec<TypeParam>> {
        let Some(tp) = tp else { return Ok(Vec::new()) };
        let mut out = Vec::with_capacity(tp.type_params.len());
        for t in &tp.type_params {
            let (kind, range, default) = match t {
                ra::TypeParam::TypeVar(v) => (
                    TypeParamKind::TypeVar {
                        name: self.ident(&v.name),
                        bound: self.opt_expr(&v.bound)?,
                    },
                    v.range,
                    &v.default,
                ),
                ra::TypeParam::ParamSpec(v) => (
                    TypeParamKind::ParamSpec {
                        name: self.ident(&v.name),
                    },
                    v.range,
                    &v.default,
                ),
                ra::TypeParam::TypeVarTuple(v) => (
                    TypeParamKind::TypeVarTuple {
                        name: self.ident(&v.name),
                    },
                    v.range,
                    &v.default,
                ),
            };
            if let Some(d) = default {
                return Err(self.error_at("invalid syntax", d.range()));
            }
            out.push(TypeParam {
                kind,
                loc: self.loc(range),
            });
        }
        Ok(out)
    }

    pub(super) fn pattern(&mut self, p: &ra::Pattern) -> R<Pattern> {
        use PatternKind as P;
        let kind = match p {
            ra::Pattern::MatchValue(x) => P::MatchValue {
                value: self.bexpr(&x.value)?,
            },
            ra::Pattern::MatchSingleton(x) => P::MatchSingleton {
                value: match x.value {
                    ra::Singleton::None => Constant::None,
                    ra::Singleton::True => Constant::Bool(true),
                    ra::Singleton::False => Constant::Bool(false),
                },
            },
            ra::Pattern::MatchSequence(x) => P::MatchSequence {
                patterns: self.patterns(&x.patterns)?,
            },
            ra::Pattern::MatchMapping(x) => P::MatchMapping {
                keys: self.exprs(&x.keys)?,
                patterns: self.patterns(&x.patterns)?,
                rest: x.rest.as_ref().map(|r| self.ident(r)),
            },
            ra::Pattern::MatchClass(x) => {
                let mut kwd_attrs = Vec::with_capacity(x.arguments.keywords.len());
                let mut kwd_patterns = Vec::with_capacity(x.arguments.keywords.len());
                for k in &x.arguments.keywords {
                    kwd_attrs.push(self.ident(&k.attr));
                    kwd_patterns.push(self.pattern(&k.pattern)?);
                }
                P::MatchClass {
                    cls: self.bexpr(&x.cls)?,
                    patterns: self.patterns(&x.arguments.patterns)?,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            ra::Pattern::MatchStar(x) => P::MatchStar {
                name: x.name.as_ref().map(|n| self.ident(n)),
            },
            ra::Pattern::MatchAs(x) => P::MatchAs {
                pattern: match &x.pattern {
                    Some(p) => Some(Box::new(self.pattern(p)?)),
                    None => None,
                },
                name: x.name.as_ref().map(|n| self.ident(n)),
            },
            ra::Pattern::MatchOr(x) => P::MatchOr {
                patterns: self.patterns(&x.patterns)?,
            },
        };
        let loc = self.loc(p.range());
        Ok(Pattern { kind, loc })
    }

    fn patterns(&mut self, ps: &[ra::Pattern]) -> R<Vec<Pattern>> {
        let mut out = Vec::with_capacity(ps.len());
        for p in ps {
            out.push(self.pattern(p)?);
        }
        Ok(out)
    }
}

pub(super) fn operator(op: ra::Operator) -> Operator {
    match op {
        ra::Operator::Add => Operator::Add,
        ra::Operator::Sub => Operator::Sub,
        ra::Operator::Mult => Operator::Mult,
        ra::Operator::MatMult => Operator::MatMult,
        ra::Operator::Div => Operator::Div,
        ra::Operator::Mod => Operator::Mod,
        ra::Operator::Pow => Operator::Pow,
        ra::Operator::LShift => Operator::LShift,
        ra::Operator::RShift => Operator::RShift,
        ra::Operator::BitOr => Operator::BitOr,
        ra::Operator::BitXor => Operator::BitXor,
        ra::Operator::BitAnd => Operator::BitAnd,
        ra::Operator::FloorDiv => Operator::FloorDiv,
    }
}

fn cmpop(op: ra::CmpOp) -> CmpOp {
    match op {
        ra::CmpOp::Eq => CmpOp::Eq,
        ra::CmpOp::NotEq => CmpOp::NotEq,
        ra::CmpOp::Lt => CmpOp::Lt,
        ra::CmpOp::LtE => CmpOp::LtE,
        ra::CmpOp::Gt => CmpOp::Gt,
        ra::CmpOp::GtE => CmpOp::GtE,
        ra::CmpOp::Is => CmpOp::Is,
        ra::CmpOp::IsNot => CmpOp::IsNot,
        ra::CmpOp::In => CmpOp::In,
        ra::CmpOp::NotIn => CmpOp::NotIn,
    }
}

pub(super) fn ctx(c: ra::ExprContext) -> ExprContext {
    match c {
        ra::ExprContext::Store => ExprContext::Store,
        ra::ExprContext::Del => ExprContext::Del,
        ra::ExprContext::Load | ra::ExprContext::Invalid => ExprContext::Load,
    }
}
