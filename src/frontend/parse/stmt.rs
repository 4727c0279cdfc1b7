//! Conversion of ruff's statements into pyrs's AST, with CPython's statement locations
//! (a decorated definition starts at `def`/`class`, an `elif` is a nested If).

use ruff_python_ast as ra;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::expr::operator;
use super::{Conv, R};
use crate::frontend::ast::*;

impl Conv<'_, '_> {
    pub(super) fn body(&mut self, stmts: &[ra::Stmt]) -> R<Vec<Stmt>> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            out.push(self.stmt(s)?);
        }
        Ok(out)
    }

    /// The range of a definition without its decorators.
    fn def_range(&self, range: TextRange, decorators: &[ra::Decorator]) -> TextRange {
        match decorators.last() {
            Some(d) => TextRange::new(self.skip_trivia(d.range.end()), range.end()),
            None => range,
        }
    }

    fn decorators(&mut self, ds: &[ra::Decorator]) -> R<Vec<Expr>> {
        let mut out = Vec::with_capacity(ds.len());
        for d in ds {
            out.push(self.expr(&d.expression)?);
        }
        Ok(out)
    }

    fn stmt(&mut self, s: &ra::Stmt) -> R<Stmt> {
        use StmtKind as K;
        let mut range = s.range();
        let kind = match s {
            ra::Stmt::FunctionDef(x) => {
                range = self.def_range(x.range, &x.decorator_list);
                let decorator_list = self.decorators(&x.decorator_list)?;
                let type_params = self.type_params(&x.type_params)?;
                let args = Box::new(self.parameters(&x.parameters)?);
                let returns = self.opt_expr(&x.returns)?;
                K::FunctionDef(FunctionDef {
                    name: self.ident(&x.name),
                    args,
                    body: self.body(&x.body)?,
                    decorator_list,
                    returns,
                    type_params,
                    is_async: x.is_async,
                })
            }
            ra::Stmt::ClassDef(x) => {
                range = self.def_range(x.range, &x.decorator_list);
                let decorator_list = self.decorators(&x.decorator_list)?;
                let type_params = self.type_params(&x.type_params)?;
                let (bases, keywords) = match &x.arguments {
                    Some(a) => (self.exprs(&a.args)?, self.keywords(&a.keywords)?),
                    None => (Vec::new(), Vec::new()),
                };
                K::ClassDef(ClassDef {
                    name: self.ident(&x.name),
                    bases,
                    keywords,
                    body: self.body(&x.body)?,
                    decorator_list,
                    type_params,
                })
            }
            ra::Stmt::Return(x) => K::Return {
                value: self.opt_expr(&x.value)?,
            },
            ra::Stmt::Delete(x) => K::Delete {
                targets: self.exprs(&x.targets)?,
            },
            ra::Stmt::TypeAlias(x) => K::TypeAlias {
                name: self.bexpr(&x.name)?,
                type_params: self.type_params(&x.type_params)?,
                value: self.bexpr(&x.value)?,
            },
            ra::Stmt::Assign(x) => K::Assign {
                targets: self.exprs(&x.targets)?,
                value: self.bexpr(&x.value)?,
            },
            ra::Stmt::AugAssign(x) => K::AugAssign {
                target: self.bexpr(&x.target)?,
                op: operator(x.op),
                value: self.bexpr(&x.value)?,
            },
            ra::Stmt::AnnAssign(x) => K::AnnAssign {
                target: self.bexpr(&x.target)?,
                annotation: self.bexpr(&x.annotation)?,
                value: self.opt_expr(&x.value)?,
                simple: x.simple,
            },
            ra::Stmt::For(x) => K::For {
                target: self.bexpr(&x.target)?,
                iter: self.bexpr(&x.iter)?,
                body: self.body(&x.body)?,
                orelse: self.body(&x.orelse)?,
                is_async: x.is_async,
            },
            ra::Stmt::While(x) => K::While {
                test: self.bexpr(&x.test)?,
                body: self.body(&x.body)?,
                orelse: self.body(&x.orelse)?,
            },
            ra::Stmt::If(x) => {
                let test = self.bexpr(&x.test)?;
                let body = self.body(&x.body)?;
                let end = self.past_semicolon(x.range.end());
                let mut orelse = Vec::new();
                let mut clauses = Vec::with_capacity(x.elif_else_clauses.len());
                for c in &x.elif_else_clauses {
                    let test = match &c.test {
                        Some(t) => Some(self.bexpr(t)?),
                        None => None,
                    };
                    clauses.push((test, self.body(&c.body)?, c.range.start()));
                }
                for (test, body, start) in clauses.into_iter().rev() {
                    match test {
                        Some(test) => {
                            let loc = self.loc2(start, end);
                            let node = Stmt {
                                kind: K::If { test, body, orelse },
                                loc,
                            };
                            orelse = vec![node];
                        }
                        None => orelse = body,
                    }
                }
                K::If { test, body, orelse }
            }
            ra::Stmt::With(x) => {
                let mut items = Vec::with_capacity(x.items.len());
                for it in &x.items {
                    items.push(WithItem {
                        context_expr: self.expr(&it.context_expr)?,
                        optional_vars: self.opt_expr(&it.optional_vars)?,
                    });
                }
                K::With {
                    items,
                    body: self.body(&x.body)?,
                    is_async: x.is_async,
                }
            }
            ra::Stmt::Match(x) => {
                let subject = self.bexpr(&x.subject)?;
                let mut cases = Vec::with_capacity(x.cases.len());
                for c in &x.cases {
                    cases.push(MatchCase {
                        pattern: self.pattern(&c.pattern)?,
                        guard: self.opt_expr(&c.guard)?,
                        body: self.body(&c.body)?,
                    });
                }
                K::Match { subject, cases }
            }
            ra::Stmt::Raise(x) => K::Raise {
                exc: self.opt_expr(&x.exc)?,
                cause: self.opt_expr(&x.cause)?,
            },
            ra::Stmt::Try(x) => {
                let body = self.body(&x.body)?;
                let mut handlers = Vec::with_capacity(x.handlers.len());
                for h in &x.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(ExceptHandler {
                        type_: self.opt_expr(&h.type_)?,
                        name: h.name.as_ref().map(|n| self.ident(n)),
                        body: self.body(&h.body)?,
                        loc: {
                            let end = self.past_semicolon(h.range.end());
                            self.loc2(h.range.start(), end)
                        },
                    });
                }
                K::Try {
                    body,
                    handlers,
                    orelse: self.body(&x.orelse)?,
                    finalbody: self.body(&x.finalbody)?,
                    is_star: x.is_star,
                }
            }
            ra::Stmt::Assert(x) => K::Assert {
                test: self.bexpr(&x.test)?,
                msg: self.opt_expr(&x.msg)?,
            },
            ra::Stmt::Import(x) => K::Import {
                names: self.aliases(&x.names),
            },
            ra::Stmt::ImportFrom(x) => K::ImportFrom {
                module: x.module.as_ref().map(|m| self.ident(m)),
                names: self.aliases(&x.names),
                level: x.level,
            },
            ra::Stmt::Global(x) => K::Global {
                names: x.names.iter().map(|n| self.ident(n)).collect(),
            },
            ra::Stmt::Nonlocal(x) => K::Nonlocal {
                names: x.names.iter().map(|n| self.ident(n)).collect(),
            },
            ra::Stmt::Expr(x) => K::Expr {
                value: self.bexpr(&x.value)?,
            },
            ra::Stmt::Pass(_) => K::Pass,
            ra::Stmt::Break(_) => K::Break,
            ra::Stmt::Continue(_) => K::Continue,
            ra::Stmt::IpyEscapeCommand(x) => return Err(self.error_at("invalid syntax", x.range)),
        };
        if is_compound(s) {
            range = TextRange::new(range.start(), self.past_semicolon(range.end()));
        }
        let loc = self.loc(range);
        Ok(Stmt { kind, loc })
    }

    /// CPython ends a block after the `;` that may close its last simple statement.
    fn past_semicolon(&self, end: TextSize) -> TextSize {
        let b = self.text.as_bytes();
        let mut i = end.to_usize();
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if b.get(i) == Some(&b';') {
            TextSize::new(i as u32 + 1)
        } else {
            end
        }
    }

    fn aliases(&mut self, names: &[ra::Alias]) -> Vec<Alias> {
        names
            .iter()
            .map(|a| Alias {
                name: self.ident(&a.name),
                asname: a.asname.as_ref().map(|n| self.ident(n)),
                loc: self.loc(a.range),
            })
            .collect()
    }
}

fn is_compound(s: &ra::Stmt) -> bool {
    matches!(
        s,
        ra::Stmt::FunctionDef(_)
            | ra::Stmt::ClassDef(_)
            | ra::Stmt::For(_)
            | ra::Stmt::While(_)
            | ra::Stmt::If(_)
            | ra::Stmt::With(_)
            | ra::Stmt::Match(_)
            | ra::Stmt::Try(_)
    )
}
