//! Random programs from Python 3.12's grammar: every kind of statement and expression, nested
//! at random, with the context rules (`return` in functions, `break` in loops, `await` in async
//! functions, ...) mostly respected, so that most programs compile and reach code generation
//! and the flow graph in combinations no hand-written test has.

use super::Rng;

const NAMES: &[&str] = &["a", "b", "c", "x", "y", "n", "i", "self", "print", "len"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Func {
    None,
    Sync,
    Async,
}

/// Where the code being generated sits.
#[derive(Clone, Copy)]
struct Ctx {
    func: Func,
    in_loop: bool,
    in_class: bool,
    /// Inside an `except*` block, where `break`, `continue` and `return` are refused.
    in_except_star: bool,
    /// Allows `yield` (false in comprehensions and lambdas).
    may_yield: bool,
    /// Allows `(n := e)` (false in comprehension iterables and class-level comprehensions).
    may_walrus: bool,
    module: bool,
}

pub struct Gen<'r> {
    rng: &'r mut Rng,
    out: String,
    /// Statements left to generate.
    budget: usize,
    /// Counter for fresh names (parameters, comprehension and pattern variables).
    fresh: usize,
}

impl<'r> Gen<'r> {
    /// A random module of roughly `size` statements.
    pub fn program(rng: &'r mut Rng, size: usize) -> String {
        let mut g = Gen {
            rng,
            out: String::new(),
            budget: size,
            fresh: 0,
        };
        if g.rng.chance(8) {
            g.out.push_str("from __future__ import annotations\n");
        }
        let ctx = Ctx {
            func: Func::None,
            in_loop: false,
            in_class: false,
            in_except_star: false,
            may_yield: false,
            may_walrus: true,
            module: true,
        };
        while g.budget > 0 {
            g.stmt(ctx, 0);
        }
        g.out
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    fn name(&mut self) -> String {
        self.rng.pick(NAMES).unwrap().to_string()
    }

    fn line(&mut self, indent: usize, text: &str) {
        for l in text.split('\n') {
            self.out.push_str(&"    ".repeat(indent));
            self.out.push_str(l);
            self.out.push('\n');
        }
    }

    fn body(&mut self, ctx: Ctx, indent: usize) {
        let n = 1 + self.rng.below(3);
        for _ in 0..n {
            self.stmt(ctx, indent);
        }
    }

    fn constant(&mut self) -> String {
        let r = self.rng.below(20);
        match r {
            0 => "None".into(),
            1 => "True".into(),
            2 => "False".into(),
            3 => "...".into(),
            4 => "1.5".into(),
            5 => "1e300".into(),
            6 => "2j".into(),
            7 => "0.0".into(),
            8 => "'abc'".into(),
            9 => "b'\\x00b'".into(),
            10 => "''".into(),
            11 => "12345678901234567890123".into(),
            12 => "'é\\u20ac'".into(),
            13 => "1_000".into(),
            14 => "0xff".into(),
            _ => format!("{}", self.rng.below(300)),
        }
    }

    fn atom(&mut self, ctx: Ctx) -> String {
        if self.rng.chance(2) {
            self.name()
        } else {
            self.constant_or_name(ctx)
        }
    }

    fn constant_or_name(&mut self, _ctx: Ctx) -> String {
        if self.rng.chance(4) {
            self.name()
        } else {
            self.constant()
        }
    }

    /// An expression nested at most `depth` deep.
    fn expr(&mut self, ctx: Ctx, depth: usize) -> String {
        if depth == 0 {
            return self.atom(ctx);
        }
        let d = depth - 1;
        match self.rng.below(30) {
            0..=3 => {
                let ops = [
                    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
                ];
                let op = self.rng.pick(&ops).unwrap();
                format!("({} {op} {})", self.expr(ctx, d), self.expr(ctx, d))
            }
            4 => {
                let ops = ["-", "+", "~", "not "];
                let op = self.rng.pick(&ops).unwrap();
                format!("({op}{})", self.expr(ctx, d))
            }
            5 | 6 => {
                let ops = [
                    "<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not",
                ];
                let mut s = self.expr(ctx, d);
                for _ in 0..1 + self.rng.below(3) {
                    let op = self.rng.pick(&ops).unwrap();
                    s = format!("{s} {op} {}", self.expr(ctx, d));
                }
                format!("({s})")
            }
            7 => {
                let op = if self.rng.chance(2) { "and" } else { "or" };
                let n = 2 + self.rng.below(3);
                let parts: Vec<String> = (0..n).map(|_| self.expr(ctx, d)).collect();
                format!("({})", parts.join(&format!(" {op} ")))
            }
            8 => format!(
                "({} if {} else {})",
                self.expr(ctx, d),
                self.expr(ctx, d),
                self.expr(ctx, d)
            ),
            9 | 10 => self.call(ctx, d),
            11 => format!("{}.{}", self.primary(ctx, d), self.name()),
            12 => {
                let index = match self.rng.below(4) {
                    0 => format!("{}:{}", self.expr(ctx, d), self.expr(ctx, d)),
                    1 => format!("::{}", self.expr(ctx, d)),
                    2 => format!("{}, {}:", self.expr(ctx, d), self.expr(ctx, d)),
                    _ => self.expr(ctx, d),
                };
                format!("{}[{index}]", self.primary(ctx, d))
            }
            13 | 14 => self.display(ctx, d),
            15 | 16 => self.comprehension(ctx, d),
            17 => {
                let params = self.params(ctx, d, true);
                let inner = Ctx {
                    may_yield: false,
                    func: Func::Sync,
                    in_loop: false,
                    ..ctx
                };
                format!("(lambda {params}: {})", self.expr(inner, d))
            }
            18 if ctx.may_walrus => format!("({} := {})", self.name(), self.expr(ctx, d)),
            19 if ctx.func == Func::Async => format!("(await {})", self.expr(ctx, d)),
            20 if ctx.may_yield && ctx.func != Func::None => match self.rng.below(3) {
                0 => "(yield)".into(),
                1 if ctx.func == Func::Sync => format!("(yield from {})", self.expr(ctx, d)),
                _ => format!("(yield {})", self.expr(ctx, d)),
            },
            21 => {
                let a = self.atom(ctx);
                let b = self.atom(ctx);
                let conv = ["", "!r", "!s", "!a"];
                let c = self.rng.pick(&conv).unwrap();
                match self.rng.below(3) {
                    0 => format!("f'{{{a}{c}}} and {{{b}:>{{{a}}}}}'"),
                    // Names only: CPython 3.12.1 applies escapes to the text of a debug
                    // expression, which pyrs does not (a known difference, tested apart).
                    1 => format!("f'{{{}=}}'", self.name()),
                    _ => format!("(f'x{{{a}}}' 'y' f'{{{b}{c}:{{{a}}}.{{{b}}}}}')"),
                }
            }
            22 => format!(
                "({} {} {})",
                self.constant(),
                self.rng.pick(&["+", "*", "-", "**", "%", "<<"]).unwrap(),
                self.constant()
            ),
            _ => self.atom(ctx),
        }
    }

    /// An expression that can be called, subscripted or have an attribute taken.
    fn primary(&mut self, ctx: Ctx, depth: usize) -> String {
        match self.rng.below(4) {
            0 if depth > 0 => self.call(ctx, depth - 1),
            1 => format!("({})", self.expr(ctx, depth)),
            _ => self.name(),
        }
    }

    fn call(&mut self, ctx: Ctx, d: usize) -> String {
        let f = self.primary(ctx, d);
        let mut args = Vec::new();
        for _ in 0..self.rng.below(4) {
            args.push(self.expr(ctx, d));
        }
        if self.rng.chance(5) {
            args.push(format!("*{}", self.expr(ctx, d)));
        }
        for k in 0..self.rng.below(3) {
            args.push(format!("k{k}={}", self.expr(ctx, d)));
        }
        if self.rng.chance(6) {
            args.push(format!("**{}", self.expr(ctx, d)));
        }
        if args.len() == 1 && self.rng.chance(8) {
            let c = self.fresh("g");
            let it = self.expr(ctx, d);
            return format!("{f}({} for {c} in {it})", self.expr(ctx, d));
        }
        format!("{f}({})", args.join(", "))
    }

    fn display(&mut self, ctx: Ctx, d: usize) -> String {
        let n = self.rng.below(5);
        let mut items: Vec<String> = (0..n).map(|_| self.expr(ctx, d)).collect();
        match self.rng.below(4) {
            0 => {
                if self.rng.chance(4) {
                    items.push(format!("*{}", self.expr(ctx, d)));
                }
                format!(
                    "({}{})",
                    items.join(", "),
                    if items.len() == 1 { "," } else { "" }
                )
            }
            1 => {
                if self.rng.chance(4) {
                    items.push(format!("*{}", self.expr(ctx, d)));
                }
                format!("[{}]", items.join(", "))
            }
            2 if !items.is_empty() => format!("{{{}}}", items.join(", ")),
            _ => {
                let mut pairs: Vec<String> = items
                    .iter()
                    .map(|k| format!("{k}: {}", self.atom(ctx)))
                    .collect();
                if self.rng.chance(4) {
                    pairs.push(format!("**{}", self.expr(ctx, d)));
                }
                format!("{{{}}}", pairs.join(", "))
            }
        }
    }

    fn comprehension(&mut self, ctx: Ctx, d: usize) -> String {
        let inner = Ctx {
            may_yield: false,
            may_walrus: !ctx.in_class,
            ..ctx
        };
        let iter_ctx = Ctx {
            may_walrus: false,
            ..inner
        };
        let mut clauses = String::new();
        let mut vars = Vec::new();
        for _ in 0..1 + self.rng.below(3) {
            let v = self.fresh("c");
            let target = if self.rng.chance(4) {
                format!("({v}, _{v})")
            } else {
                v.clone()
            };
            let is_async = ctx.func == Func::Async && self.rng.chance(4);
            let it = self.expr(iter_ctx, d);
            clauses.push_str(&format!(
                " {}for {target} in {it}",
                if is_async { "async " } else { "" }
            ));
            vars.push(v);
            if self.rng.chance(3) {
                clauses.push_str(&format!(" if {}", self.expr(inner, d)));
            }
        }
        let v = self.rng.pick(&vars).unwrap().clone();
        let elt = format!("({v}, {})", self.expr(inner, d));
        match self.rng.below(4) {
            0 => format!("[{elt}{clauses}]"),
            1 => format!("{{{elt}{clauses}}}"),
            2 => format!("{{{v}: {}{clauses}}}", self.expr(inner, d)),
            _ => format!("({elt}{clauses})"),
        }
    }

    /// A parameter list: positional-only, defaults, `*args`, keyword-only, `**kwargs`.
    fn params(&mut self, ctx: Ctx, d: usize, lambda: bool) -> String {
        let mut out = Vec::new();
        let mut defaults = false;
        for _ in 0..self.rng.below(3) {
            let p = self.fresh("p");
            if defaults || self.rng.chance(3) {
                defaults = true;
                out.push(format!("{p}={}", self.expr(ctx, d.min(1))));
            } else if !lambda && self.rng.chance(3) {
                out.push(format!("{p}: {}", self.atom(ctx)));
            } else {
                out.push(p);
            }
        }
        if !out.is_empty() && self.rng.chance(4) {
            out.push("/".into());
        }
        let star = self.rng.below(3);
        if star == 1 {
            out.push(format!("*{}", self.fresh("p")));
        } else if star == 2 {
            out.push("*".into());
        }
        if star > 0 {
            for _ in 0..1 + self.rng.below(2) {
                let p = self.fresh("p");
                out.push(if self.rng.chance(2) {
                    format!("{p}={}", self.atom(ctx))
                } else {
                    p
                });
            }
        }
        if self.rng.chance(4) {
            out.push(format!("**{}", self.fresh("p")));
        }
        out.join(", ")
    }

    fn target(&mut self, ctx: Ctx) -> String {
        match self.rng.below(8) {
            0 => format!("{}.{}", self.name(), self.name()),
            1 => format!("{}[{}]", self.name(), self.expr(ctx, 1)),
            2 => format!("({}, *{}, {})", self.name(), self.name(), self.name()),
            3 => format!("[{}, ({}, {})]", self.name(), self.name(), self.name()),
            _ => self.name(),
        }
    }

    fn pattern(&mut self, depth: usize) -> String {
        let d = depth.saturating_sub(1);
        match self.rng.below(if depth == 0 { 3 } else { 9 }) {
            0 => self.constant_pattern(),
            1 => self.fresh("m"),
            2 => "a.b".into(),
            3 => format!("[{}, *{}]", self.pattern(d), self.fresh("m")),
            4 => format!("({}, {})", self.pattern(d), self.pattern(d)),
            5 => format!(
                "{{'k': {}, 1: {}, **{}}}",
                self.pattern(d),
                self.pattern(d),
                self.fresh("m")
            ),
            6 => format!("C({}, k={})", self.pattern(d), self.pattern(d)),
            7 => format!("({} as {})", self.pattern(d), self.fresh("m")),
            _ => format!(
                "{} | {} | {}",
                self.constant_pattern(),
                self.constant_pattern(),
                self.constant_pattern()
            ),
        }
    }

    fn constant_pattern(&mut self) -> String {
        let lits = [
            "1", "-1", "'s'", "b'b'", "None", "True", "1.5", "1+2j", "-0.0",
        ];
        self.rng.pick(&lits).unwrap().to_string()
    }

    fn stmt(&mut self, ctx: Ctx, indent: usize) {
        self.budget = self.budget.saturating_sub(1);
        let deep = indent >= 5 || self.budget == 0;
        let e = 2 + self.rng.below(2);
        let r = self.rng.below(if deep { 12 } else { 32 });
        match r {
            0 | 1 => {
                let (t, v) = (self.target(ctx), self.expr(ctx, e));
                self.line(indent, &format!("{t} = {v}"));
            }
            2 => {
                let ops = [
                    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
                    "@=",
                ];
                let op = self.rng.pick(&ops).unwrap();
                let t = if self.rng.chance(2) {
                    self.name()
                } else {
                    format!("{}.{}", self.name(), self.name())
                };
                let v = self.expr(ctx, e);
                self.line(indent, &format!("{t} {op} {v}"));
            }
            3 => {
                let (t, a) = (self.name(), self.expr(ctx, 1));
                if self.rng.chance(2) {
                    let v = self.expr(ctx, e);
                    self.line(indent, &format!("{t}: {a} = {v}"));
                } else {
                    self.line(indent, &format!("{t}: {a}"));
                }
            }
            4 | 5 => {
                let v = self.expr(ctx, e);
                self.line(indent, &v);
            }
            6 if ctx.func != Func::None && !ctx.in_except_star => {
                if ctx.func == Func::Async || self.rng.chance(3) {
                    self.line(indent, "return");
                } else {
                    let v = self.expr(ctx, e);
                    self.line(indent, &format!("return {v}"));
                }
            }
            7 if ctx.in_loop && !ctx.in_except_star => {
                let w = if self.rng.chance(2) {
                    "break"
                } else {
                    "continue"
                };
                self.line(indent, w);
            }
            8 => {
                let v = match self.rng.below(4) {
                    0 => "raise".to_string(),
                    1 => format!("raise {} from {}", self.expr(ctx, 1), self.expr(ctx, 1)),
                    _ => format!("raise {}", self.expr(ctx, 1)),
                };
                self.line(indent, &v);
            }
            9 => {
                let v = format!("assert {}, {}", self.expr(ctx, e), self.expr(ctx, 1));
                self.line(indent, &v);
            }
            10 => {
                let t = match self.rng.below(3) {
                    0 => format!("{}.{}", self.name(), self.name()),
                    1 => format!("{}[{}]", self.name(), self.expr(ctx, 1)),
                    _ => format!("({}, [{}])", self.name(), self.name()),
                };
                let v = format!("del {}, {t}", self.name());
                self.line(indent, &v);
            }
            11 => {
                let v = match self.rng.below(4) {
                    0 => "import os.path as p, sys".to_string(),
                    1 => format!(
                        "from m import {} as {}, {}",
                        self.name(),
                        self.name(),
                        self.name()
                    ),
                    2 => "from .. import q".to_string(),
                    _ if ctx.module => "from os import *".to_string(),
                    _ => "pass".to_string(),
                };
                self.line(indent, &v);
            }
            12..=14 => {
                let c = self.expr(ctx, e);
                self.line(indent, &format!("if {c}:"));
                self.body(ctx, indent + 1);
                for _ in 0..self.rng.below(3) {
                    let c = self.expr(ctx, e);
                    self.line(indent, &format!("elif {c}:"));
                    self.body(ctx, indent + 1);
                }
                if self.rng.chance(2) {
                    self.line(indent, "else:");
                    self.body(ctx, indent + 1);
                }
            }
            15 | 16 => {
                let looped = Ctx {
                    in_loop: true,
                    in_except_star: false,
                    ..ctx
                };
                if self.rng.chance(2) {
                    let c = self.expr(ctx, e);
                    self.line(indent, &format!("while {c}:"));
                } else {
                    let t = self.target(ctx);
                    let it = self.expr(ctx, e);
                    let a = if ctx.func == Func::Async && self.rng.chance(3) {
                        "async "
                    } else {
                        ""
                    };
                    self.line(indent, &format!("{a}for {t} in {it}:"));
                }
                self.body(looped, indent + 1);
                if self.rng.chance(3) {
                    self.line(indent, "else:");
                    self.body(ctx, indent + 1);
                }
            }
            17 | 18 => self.try_stmt(ctx, indent),
            19 => {
                let a = if ctx.func == Func::Async && self.rng.chance(2) {
                    "async "
                } else {
                    ""
                };
                let mut items = Vec::new();
                for _ in 0..1 + self.rng.below(2) {
                    let v = self.expr(ctx, 2);
                    items.push(if self.rng.chance(2) {
                        format!("{v} as {}", self.target(ctx))
                    } else {
                        v
                    });
                }
                self.line(indent, &format!("{a}with {}:", items.join(", ")));
                self.body(ctx, indent + 1);
            }
            20..=23 => self.def(ctx, indent),
            24 | 25 => self.class(ctx, indent),
            26 => {
                let subject = self.expr(ctx, 2);
                self.line(indent, &format!("match {subject}:"));
                for _ in 0..1 + self.rng.below(3) {
                    let p = self.pattern(2);
                    let guard = if self.rng.chance(3) {
                        format!(" if {}", self.expr(ctx, 1))
                    } else {
                        String::new()
                    };
                    self.line(indent + 1, &format!("case {p}{guard}:"));
                    self.body(ctx, indent + 2);
                }
                if self.rng.chance(2) {
                    self.line(indent + 1, "case _:");
                    self.body(ctx, indent + 2);
                }
            }
            27 => {
                let v = format!(
                    "type {}[T, *Ts, **P] = {}",
                    self.fresh("T"),
                    self.expr(ctx, 1)
                );
                self.line(indent, &v);
            }
            28 if ctx.func != Func::None && ctx.may_yield => {
                let v = if ctx.func == Func::Sync && self.rng.chance(2) {
                    format!("yield from {}", self.expr(ctx, 1))
                } else {
                    format!("x = yield {}", self.expr(ctx, 1))
                };
                self.line(indent, &v);
            }
            _ => self.line(indent, "pass"),
        }
    }

    fn try_stmt(&mut self, ctx: Ctx, indent: usize) {
        self.line(indent, "try:");
        self.body(ctx, indent + 1);
        let star = self.rng.chance(4);
        let handlers = self.rng.below(3);
        for h in 0..handlers {
            let kw = if star { "except*" } else { "except" };
            let head = match self.rng.below(3) {
                0 => format!("{kw} {} as {}:", self.name(), self.name()),
                1 => format!("{kw} ({}, {}):", self.name(), self.name()),
                _ if !star && h == handlers - 1 => "except:".to_string(),
                _ => format!("{kw} {}:", self.name()),
            };
            self.line(indent, &head);
            let inner = if star {
                Ctx {
                    in_except_star: true,
                    in_loop: false,
                    ..ctx
                }
            } else {
                ctx
            };
            self.body(inner, indent + 1);
        }
        if handlers > 0 && self.rng.chance(3) {
            self.line(indent, "else:");
            self.body(ctx, indent + 1);
        }
        if handlers == 0 || self.rng.chance(3) {
            self.line(indent, "finally:");
            self.body(ctx, indent + 1);
        }
    }

    fn def(&mut self, ctx: Ctx, indent: usize) {
        for _ in 0..self.rng.below(3) {
            let d = self.expr(ctx, 1);
            self.line(indent, &format!("@{d}"));
        }
        let is_async = self.rng.chance(3);
        let name = self.fresh("f");
        let tparams = if self.rng.chance(6) {
            "[T, U: int]"
        } else {
            ""
        };
        let params = self.params(ctx, 1, false);
        let ret = if self.rng.chance(4) {
            format!(" -> {}", self.atom(ctx))
        } else {
            String::new()
        };
        self.line(
            indent,
            &format!(
                "{}def {name}{tparams}({params}){ret}:",
                if is_async { "async " } else { "" }
            ),
        );
        let inner = Ctx {
            func: if is_async { Func::Async } else { Func::Sync },
            in_loop: false,
            in_class: false,
            in_except_star: false,
            may_yield: true,
            may_walrus: true,
            module: false,
        };
        if self.rng.chance(4) {
            self.line(indent + 1, "\"\"\"Docstring.\"\"\"");
        }
        // `a` is made local to every function (unless declared nonlocal, when the enclosing
        // function has it), so that a nested `nonlocal a` always finds a binding.
        if ctx.func != Func::None && self.rng.chance(3) {
            self.line(indent + 1, "nonlocal a");
        } else {
            if self.rng.chance(5) {
                self.line(indent + 1, "global b");
            }
            self.line(indent + 1, "a = 0");
        }
        self.body(inner, indent + 1);
    }

    fn class(&mut self, ctx: Ctx, indent: usize) {
        let name = self.fresh("C");
        let tparams = if self.rng.chance(6) { "[T]" } else { "" };
        let bases = match self.rng.below(4) {
            0 => String::new(),
            1 => format!("({})", self.expr(ctx, 1)),
            2 => format!(
                "({}, metaclass={}, **{})",
                self.name(),
                self.name(),
                self.name()
            ),
            _ => "()".to_string(),
        };
        self.line(indent, &format!("class {name}{tparams}{bases}:"));
        let inner = Ctx {
            func: Func::None,
            in_loop: false,
            in_class: true,
            in_except_star: false,
            may_yield: false,
            may_walrus: true,
            module: false,
        };
        if self.rng.chance(3) {
            self.line(indent + 1, "'''Docstring.'''");
        }
        if self.rng.chance(4) {
            self.line(
                indent + 1,
                "def m(self):\n    return __class__, super().m()",
            );
        }
        self.body(inner, indent + 1);
    }
}
