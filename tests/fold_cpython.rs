//! Constant folding and `from __future__` handling against CPython 3.12, on data it produced
//! (tests/data/fold/, written by the generator scripts beside it).
//!
//! Folding: each case is an expression as CPython parses it and the instructions CPython's code
//! generator emits for it after constant folding (a single LOAD_CONST when it folded). The
//! expression is folded by pyrs in the same statement, then compiled by a small code generator
//! below that covers the node kinds the cases use, with CPython 3.12's rules for them; the
//! instructions, their constants (compared bit for bit, frozensets in order) and their source
//! locations must be the same.
//!
//! Future imports: each case is a module's statements and what compiling it gives in CPython:
//! its future flags or the SyntaxError future.c or the code generator raises.
//!
//! The standard library: every file CPython compiles must get the same future flags, and fold
//! without error (this one needs CPython and pyrs's parser, and skips without them).

mod support;

use std::sync::Arc;

use num_bigint::BigInt;
use pyrs::bytecode::code::Constant;
use pyrs::bytecode::pystr::PyStr;
use pyrs::frontend::Mode;
use pyrs::frontend::ast::{
    Alias, CmpOp, Comprehension, Expr, ExprContext, ExprKind, Loc, Mod, Operator, Stmt, StmtKind,
    UnaryOp,
};
use pyrs::frontend::decode::decode_source;
use pyrs::frontend::fold::{fold_module, frozenset_order};
use pyrs::frontend::future;
use pyrs::frontend::parse::parse;
use pyrs::frontend::source::SourceFile;

struct Tokens<'a> {
    toks: Vec<&'a str>,
    pos: usize,
}

impl<'a> Tokens<'a> {
    fn new(s: &'a str) -> Self {
        Tokens {
            toks: s.split(' ').filter(|t| !t.is_empty()).collect(),
            pos: 0,
        }
    }

    fn next(&mut self) -> &'a str {
        let t = self
            .toks
            .get(self.pos)
            .copied()
            .unwrap_or_else(|| panic!("out of tokens"));
        self.pos += 1;
        t
    }

    fn peek(&self) -> Option<&'a str> {
        self.toks.get(self.pos).copied()
    }

    fn expect(&mut self, t: &str) {
        let got = self.next();
        assert_eq!(got, t, "token {}", self.pos - 1);
    }

    fn done(&self) -> bool {
        self.pos >= self.toks.len()
    }
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn float(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

fn parse_value(t: &mut Tokens) -> Constant {
    let tok = t.next();
    let (kind, rest) = tok.split_at(1);
    match kind {
        "N" => Constant::None,
        "E" => Constant::Ellipsis,
        "T" => Constant::Bool(true),
        "F" => Constant::Bool(false),
        "i" => Constant::Int(rest.parse::<BigInt>().unwrap()),
        "f" => Constant::Float(float(rest)),
        "c" => {
            let (re, im) = rest.split_once(',').unwrap();
            Constant::Complex {
                re: float(re),
                im: float(im),
            }
        }
        "s" => Constant::Str(PyStr::from_wtf8(&hex(rest)).unwrap()),
        "b" => Constant::Bytes(hex(rest).into()),
        "t" | "z" => {
            assert_eq!(rest, "[");
            let mut items = Vec::new();
            while t.peek() != Some("]") {
                items.push(parse_value(t));
            }
            t.next();
            if kind == "t" {
                Constant::Tuple(items.into())
            } else {
                Constant::FrozenSet(items.into())
            }
        }
        _ => panic!("bad value token {tok}"),
    }
}

fn parse_loc(s: &str) -> Loc {
    let v: Vec<i32> = s.split(',').map(|x| x.parse().unwrap()).collect();
    Loc::new(v[0], v[1], v[2], v[3])
}

fn ctx(s: &str) -> ExprContext {
    match s {
        "Load" => ExprContext::Load,
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        _ => panic!("bad context {s}"),
    }
}

fn operator(s: &str) -> Operator {
    match s {
        "Add" => Operator::Add,
        "Sub" => Operator::Sub,
        "Mult" => Operator::Mult,
        "MatMult" => Operator::MatMult,
        "Div" => Operator::Div,
        "Mod" => Operator::Mod,
        "Pow" => Operator::Pow,
        "LShift" => Operator::LShift,
        "RShift" => Operator::RShift,
        "BitOr" => Operator::BitOr,
        "BitXor" => Operator::BitXor,
        "BitAnd" => Operator::BitAnd,
        "FloorDiv" => Operator::FloorDiv,
        _ => panic!("bad operator {s}"),
    }
}

fn cmpop(s: &str) -> CmpOp {
    match s {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        _ => panic!("bad comparison {s}"),
    }
}

fn parse_exprs_until_close(t: &mut Tokens) -> Vec<Expr> {
    let mut out = Vec::new();
    while t.peek() != Some(")") {
        out.push(parse_expr(t));
    }
    out
}

fn parse_expr(t: &mut Tokens) -> Expr {
    t.expect("(");
    let kind = t.next();
    let loc = parse_loc(t.next());
    let b = |e: Expr| Box::new(e);
    let k = match kind {
        "Constant" => {
            let u_prefix = t.next() == "u";
            ExprKind::Constant {
                value: parse_value(t),
                u_prefix,
            }
        }
        "Name" => {
            let c = ctx(t.next());
            ExprKind::Name {
                id: Arc::from(t.next()),
                ctx: c,
            }
        }
        "BinOp" => {
            let op = operator(t.next());
            let left = b(parse_expr(t));
            ExprKind::BinOp {
                left,
                op,
                right: b(parse_expr(t)),
            }
        }
        "UnaryOp" => {
            let op = match t.next() {
                "USub" => UnaryOp::USub,
                "UAdd" => UnaryOp::UAdd,
                "Not" => UnaryOp::Not,
                "Invert" => UnaryOp::Invert,
                other => panic!("bad unary {other}"),
            };
            ExprKind::UnaryOp {
                op,
                operand: b(parse_expr(t)),
            }
        }
        "Compare" => {
            let left = b(parse_expr(t));
            let (mut ops, mut comparators) = (Vec::new(), Vec::new());
            while t.peek() != Some(")") {
                ops.push(cmpop(t.next()));
                comparators.push(parse_expr(t));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            }
        }
        "Tuple" | "List" => {
            let c = ctx(t.next());
            let elts = parse_exprs_until_close(t);
            if kind == "Tuple" {
                ExprKind::Tuple { elts, ctx: c }
            } else {
                ExprKind::List { elts, ctx: c }
            }
        }
        "Set" => ExprKind::Set {
            elts: parse_exprs_until_close(t),
        },
        "Starred" => {
            let c = ctx(t.next());
            ExprKind::Starred {
                value: b(parse_expr(t)),
                ctx: c,
            }
        }
        "Subscript" => {
            let c = ctx(t.next());
            let value = b(parse_expr(t));
            ExprKind::Subscript {
                value,
                slice: b(parse_expr(t)),
                ctx: c,
            }
        }
        "JoinedStr" => ExprKind::JoinedStr {
            values: parse_exprs_until_close(t),
        },
        "FormattedValue" => {
            let conversion: i32 = t.next().parse().unwrap();
            let value = b(parse_expr(t));
            let format_spec = if t.peek() == Some("_") {
                t.next();
                None
            } else {
                Some(b(parse_expr(t)))
            };
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            }
        }
        _ => panic!("bad node {kind}"),
    };
    t.expect(")");
    Expr::new(k, loc)
}

#[derive(Debug, PartialEq)]
enum Arg {
    Const(Constant),
    Name(String),
    Int(i64),
}

#[derive(Debug, PartialEq)]
struct Instr {
    op: String,
    arg: Arg,
    loc: Loc,
}

fn parse_instrs(s: &str) -> Vec<Instr> {
    let mut t = Tokens::new(s);
    let mut out = Vec::new();
    while !t.done() {
        let op = t.next().to_owned();
        let arg = match op.as_str() {
            "LOAD_CONST" => Arg::Const(parse_value(&mut t)),
            "LOAD_NAME" | "STORE_NAME" => Arg::Name(t.next().to_owned()),
            _ => Arg::Int(t.next().parse().unwrap()),
        };
        out.push(Instr {
            op,
            arg,
            loc: parse_loc(t.next()),
        });
    }
    out
}

/// CPython 3.12's code generation for the expressions the cases use (compile.c), enough to
/// show what folding left: module-level names, constants, operators, comparisons, displays,
/// subscripts and f-strings.
struct Gen {
    out: Vec<Instr>,
}

/// compile.c's STACK_USE_GUIDELINE.
const STACK_USE_GUIDELINE: usize = 30;

impl Gen {
    fn emit(&mut self, op: &str, arg: Arg, loc: Loc) {
        self.out.push(Instr {
            op: op.to_owned(),
            arg,
            loc,
        });
    }

    /// LOAD_CONST, with the constant as the compiler's constant table stores it: a frozenset is
    /// made anew from its own iteration order (`merge_consts_recursive`), which may reorder it.
    fn load_const(&mut self, value: Constant, loc: Loc) {
        let value = match value {
            Constant::FrozenSet(items) => Constant::FrozenSet(frozenset_order(&items).into()),
            other => other,
        };
        self.emit("LOAD_CONST", Arg::Const(value), loc);
    }

    fn int(&mut self, op: &str, arg: i64, loc: Loc) {
        self.emit(op, Arg::Int(arg), loc);
    }

    fn expr(&mut self, e: &Expr) -> Result<(), String> {
        let loc = e.loc;
        match &e.kind {
            ExprKind::Constant { value, .. } => self.load_const(value.clone(), loc),
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } => self.emit("LOAD_NAME", Arg::Name(id.to_string()), loc),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                let arg = match op {
                    Operator::Add => 0,
                    Operator::BitAnd => 1,
                    Operator::FloorDiv => 2,
                    Operator::LShift => 3,
                    Operator::MatMult => 4,
                    Operator::Mult => 5,
                    Operator::Mod => 6,
                    Operator::BitOr => 7,
                    Operator::Pow => 8,
                    Operator::RShift => 9,
                    Operator::Sub => 10,
                    Operator::Div => 11,
                    Operator::BitXor => 12,
                };
                self.int("BINARY_OP", arg, loc);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOp::USub => self.int("UNARY_NEGATIVE", 0, loc),
                    UnaryOp::Invert => self.int("UNARY_INVERT", 0, loc),
                    UnaryOp::Not => self.int("UNARY_NOT", 0, loc),
                    UnaryOp::UAdd => self.int("CALL_INTRINSIC_1", 5, loc),
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 => {
                self.expr(left)?;
                self.expr(&comparators[0])?;
                let (op, arg) = match ops[0] {
                    CmpOp::Is => ("IS_OP", 0),
                    CmpOp::IsNot => ("IS_OP", 1),
                    CmpOp::In => ("CONTAINS_OP", 0),
                    CmpOp::NotIn => ("CONTAINS_OP", 1),
                    // (comparison << 4) | the mask of outcomes that make it true.
                    CmpOp::Lt => ("COMPARE_OP", 2),
                    CmpOp::LtE => ("COMPARE_OP", (1 << 4) | 10),
                    CmpOp::Eq => ("COMPARE_OP", (2 << 4) | 8),
                    CmpOp::NotEq => ("COMPARE_OP", (3 << 4) | 7),
                    CmpOp::Gt => ("COMPARE_OP", (4 << 4) | 4),
                    CmpOp::GtE => ("COMPARE_OP", (5 << 4) | 12),
                };
                self.int(op, arg, loc);
            }
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            } => self.starunpack(elts, loc, "BUILD_LIST", "LIST_APPEND", "LIST_EXTEND", true)?,
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } => self.starunpack(elts, loc, "BUILD_LIST", "LIST_APPEND", "LIST_EXTEND", false)?,
            ExprKind::Set { elts } => {
                self.starunpack(elts, loc, "BUILD_SET", "SET_ADD", "SET_UPDATE", false)?
            }
            ExprKind::Subscript {
                value,
                slice,
                ctx: ExprContext::Load,
            } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.int("BINARY_SUBSCR", 0, loc);
            }
            ExprKind::JoinedStr { values } if values.len() <= STACK_USE_GUIDELINE => {
                for v in values {
                    self.expr(v)?;
                }
                if values.len() != 1 {
                    self.int("BUILD_STRING", values.len() as i64, loc);
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match *conversion {
                    -1 => 0,
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    other => return Err(format!("conversion {other}")),
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.int("FORMAT_VALUE", arg, loc);
            }
            other => return Err(format!("no code generation here for {other:?}")),
        }
        Ok(())
    }

    /// compile.c's `starunpack_helper`.
    fn starunpack(
        &mut self,
        elts: &[Expr],
        loc: Loc,
        build: &str,
        add: &str,
        extend: &str,
        tuple: bool,
    ) -> Result<(), String> {
        let n = elts.len();
        let consts: Option<Vec<Constant>> = elts.iter().map(|e| e.as_constant().cloned()).collect();
        if let (true, Some(items)) = (n > 2, consts) {
            if tuple {
                self.load_const(Constant::Tuple(items.into()), loc);
            } else {
                let folded = if add == "SET_ADD" {
                    Constant::FrozenSet(frozenset_order(&items).into())
                } else {
                    Constant::Tuple(items.into())
                };
                self.int(build, 0, loc);
                self.load_const(folded, loc);
                self.int(extend, 1, loc);
            }
            return Ok(());
        }
        let big = n > STACK_USE_GUIDELINE;
        let starred = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !starred && !big {
            for e in elts {
                self.expr(e)?;
            }
            self.int(if tuple { "BUILD_TUPLE" } else { build }, n as i64, loc);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.int(build, 0, loc);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.int(build, i as i64, loc);
                    built = true;
                }
                self.expr(value)?;
                self.int(extend, 1, loc);
            } else {
                self.expr(e)?;
                if built {
                    self.int(add, 1, loc);
                }
            }
        }
        if tuple {
            self.int("CALL_INTRINSIC_1", 6, loc);
        }
        Ok(())
    }
}

/// A value in the data's token notation.
fn value_tokens(v: &Constant) -> String {
    let fb = |x: f64| format!("{:016x}", x.to_bits());
    match v {
        Constant::None => "N".into(),
        Constant::Ellipsis => "E".into(),
        Constant::Bool(true) => "T".into(),
        Constant::Bool(false) => "F".into(),
        Constant::Int(i) => format!("i{i}"),
        Constant::Float(f) => format!("f{}", fb(*f)),
        Constant::Complex { re, im } => format!("c{},{}", fb(*re), fb(*im)),
        Constant::Str(s) => format!("s{}", hex_string(s.as_wtf8())),
        Constant::Bytes(b) => format!("b{}", hex_string(b)),
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            let open = if matches!(v, Constant::Tuple(_)) {
                "t["
            } else {
                "z["
            };
            let mut out = vec![open.to_owned()];
            out.extend(items.iter().map(value_tokens));
            out.push("]".into());
            out.join(" ")
        }
        other => format!("{other:?}"),
    }
}

fn instr_tokens(instrs: &[Instr]) -> String {
    instrs
        .iter()
        .map(|i| {
            let arg = match &i.arg {
                Arg::Const(c) => value_tokens(c),
                Arg::Name(n) => n.clone(),
                Arg::Int(n) => n.to_string(),
            };
            let l = i.loc;
            format!(
                "{} {arg} {},{},{},{}",
                i.op, l.lineno, l.end_lineno, l.col_offset, l.end_col_offset
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn store(id: &str) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: Arc::from(id),
            ctx: ExprContext::Store,
        },
        Loc::new(1, 1, 0, 1),
    )
}

fn stmt(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        loc: Loc::new(1, 1, 0, 1),
    }
}

/// The module of a case: `x = E`, `for x in E: pass` or `[y for y in E]`.
fn module_for(context: &str, e: Expr) -> Mod {
    let s = match context {
        "assign" => StmtKind::Assign {
            targets: vec![store("x")],
            value: Box::new(e),
        },
        "for" => StmtKind::For {
            target: Box::new(store("x")),
            iter: Box::new(e),
            body: vec![stmt(StmtKind::Pass)],
            orelse: vec![],
            is_async: false,
        },
        "comp" => {
            let elt = Expr::new(
                ExprKind::Name {
                    id: Arc::from("y"),
                    ctx: ExprContext::Load,
                },
                Loc::new(1, 1, 1, 2),
            );
            let generators = vec![Comprehension {
                target: store("y"),
                iter: e,
                ifs: vec![],
                is_async: false,
            }];
            let comp = Expr::new(
                ExprKind::ListComp {
                    elt: Box::new(elt),
                    generators,
                },
                Loc::new(1, 1, 0, 1),
            );
            StmtKind::Expr {
                value: Box::new(comp),
            }
        }
        _ => panic!("bad context {context}"),
    };
    Mod::Module(vec![stmt(s)])
}

/// The expression of a case's module, after folding.
fn expression_of(m: &Mod) -> &Expr {
    let Mod::Module(body) = m else { panic!() };
    match &body[0].kind {
        StmtKind::Assign { value, .. } => value,
        StmtKind::For { iter, .. } => iter,
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::ListComp { generators, .. } => &generators[0].iter,
            _ => panic!(),
        },
        _ => panic!(),
    }
}

#[test]
fn folding_matches_cpython() {
    let data = include_str!("data/fold/cases.txt");
    let (mut total, mut folded, mut failures) = (0, 0, Vec::new());
    for (lineno, line) in data.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "line {}", lineno + 1);
        let (context, optimize, src) = (f[0], f[1].parse::<u8>().unwrap(), f[2]);
        let mut t = Tokens::new(f[3]);
        let e = parse_expr(&mut t);
        assert!(t.done(), "line {}: trailing tokens", lineno + 1);
        let expected = parse_instrs(f[4]);
        total += 1;
        if expected.len() == 1 && expected[0].op == "LOAD_CONST" {
            folded += 1;
        }
        let mut m = module_for(context, e);
        let mut warnings = Vec::new();
        if let Err(err) = fold_module(&mut m, optimize, 0, &mut warnings) {
            failures.push(format!("line {}: {src}: {err}", lineno + 1));
            continue;
        }
        let mut g = Gen { out: Vec::new() };
        let got = g.expr(expression_of(&m)).map(|_| g.out);
        match got {
            Ok(got) if got == expected => {}
            Ok(got) => failures.push(format!(
                "line {} ({context}, -O{optimize}): {src}\n  expected {}\n  got      {}",
                lineno + 1,
                f[4],
                instr_tokens(&got)
            )),
            Err(why) => failures.push(format!("line {}: {src}: {why}", lineno + 1)),
        }
    }
    println!(
        "{total} expressions, {folded} folded to a constant by CPython; {} differ",
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from CPython",
        failures.len()
    );
}

fn parse_stmts_until_close(t: &mut Tokens) -> Vec<Stmt> {
    let mut out = Vec::new();
    while t.peek() == Some("(") {
        out.push(parse_stmt(t));
    }
    out
}

fn parse_stmt(t: &mut Tokens) -> Stmt {
    t.expect("(");
    let kind = t.next();
    let loc = parse_loc(t.next());
    let k = match kind {
        "ImportFrom" => {
            let module = match t.next() {
                "_" => None,
                m => Some(Arc::from(m)),
            };
            let level: u32 = t.next().parse().unwrap();
            let mut names = Vec::new();
            while t.peek() != Some(")") {
                names.push(Alias {
                    name: Arc::from(t.next()),
                    asname: None,
                    loc,
                });
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            }
        }
        "Doc" => {
            let value = Expr::new(
                ExprKind::Constant {
                    value: Constant::str("doc"),
                    u_prefix: false,
                },
                loc,
            );
            StmtKind::Expr {
                value: Box::new(value),
            }
        }
        "Other" => {
            let body = parse_stmts_until_close(t);
            let test = Expr::new(
                ExprKind::Name {
                    id: Arc::from("c"),
                    ctx: ExprContext::Load,
                },
                loc,
            );
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse: vec![],
            }
        }
        _ => panic!("bad statement {kind}"),
    };
    t.expect(")");
    Stmt { kind: k, loc }
}

/// The from-imports of a body in the order code generation meets them.
fn import_froms<'a>(body: &'a [Stmt], out: &mut Vec<&'a Stmt>) {
    for s in body {
        match &s.kind {
            StmtKind::ImportFrom { .. } => out.push(s),
            StmtKind::If { body, .. } => import_froms(body, out),
            _ => {}
        }
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn future_imports_match_cpython() {
    let data = include_str!("data/fold/future_cases.txt");
    let mut failures = Vec::new();
    let mut total = 0;
    for (lineno, line) in data.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 3, "line {}", lineno + 1);
        let text = unescape(f[0]);
        let mut t = Tokens::new(f[1]);
        let body = parse_stmts_until_close(&mut t);
        assert!(t.done());
        let module = Mod::Module(body);
        let source = SourceFile::new("m.py", &text, true);
        let got = future::parse(&module, &source).and_then(|features| {
            let Mod::Module(body) = &module else {
                unreachable!()
            };
            let mut imports = Vec::new();
            import_froms(body, &mut imports);
            for s in imports {
                features.check_import_from(s, &source)?;
            }
            Ok(features.flags)
        });
        let got = match got {
            Ok(flags) => format!("ok {flags}"),
            Err(e) => {
                let text = e
                    .text
                    .as_deref()
                    .map(|t| hex_string(t.as_bytes()))
                    .unwrap_or_else(|| "_".into());
                format!(
                    "err {} {} {} {} {} {}",
                    e.lineno,
                    e.offset,
                    e.end_lineno,
                    e.end_offset,
                    hex_string(e.msg.as_bytes()),
                    text
                )
            }
        };
        total += 1;
        if got != f[2] {
            failures.push(format!(
                "line {}: {:?}\n  expected {}\n  got      {got}",
                lineno + 1,
                text,
                f[2]
            ));
        }
    }
    println!("{total} modules; {} differ", failures.len());
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty());
}

fn hex_string(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Reads file names from stdin and prints, per file, `OK <future flags>` or
/// `ERR <exception type>|<lineno>|<offset>|<message>`.
const STDLIB_ORACLE: &str = r#"
import sys
out = sys.stdout
for path in sys.stdin.read().splitlines():
    try:
        with open(path, 'rb') as f:
            src = f.read()
        code = compile(src, path, 'exec', dont_inherit=True)
        line = 'OK %d' % (code.co_flags & 0x1FE0000)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        line = 'ERR %s|%s|%s|%s' % (type(e).__name__, getattr(e, 'lineno', ''),
                                   getattr(e, 'offset', ''), getattr(e, 'msg', str(e)))
    out.write(line.replace('\n', ' ').encode('utf-8', 'backslashreplace').decode('utf-8') + '\n')
"#;

/// What pyrs makes of one file: None if it does not parse, else its future flags or the
/// error (`type|lineno|offset|message`) future handling or folding raises.
fn future_and_fold(path: &std::path::Path, spent: &mut std::time::Duration) -> Option<Result<u32, String>> {
    let bytes = std::fs::read(path).ok()?;
    let name = path.display().to_string();
    let text = decode_source(&bytes, &name).ok()?;
    let source = SourceFile::new(&name, &text, true);
    let mut module = parse(&source, Mode::Exec, &mut Vec::new()).ok()?;
    let syntax =
        |e: pyrs::frontend::SyntaxError| format!("SyntaxError|{}|{}|{}", e.lineno, e.offset, e.msg);
    let start = std::time::Instant::now();
    let features = match future::parse(&module, &source) {
        Ok(f) => f,
        Err(e) => return Some(Err(syntax(e))),
    };
    let Mod::Module(body) = &module else {
        return None;
    };
    let mut late = Vec::new();
    all_import_froms(body, &mut late);
    for s in late {
        if let Err(e) = features.check_import_from(s, &source) {
            return Some(Err(syntax(e)));
        }
    }
    let folded = fold_module(&mut module, 0, features.flags, &mut Vec::new());
    *spent += start.elapsed();
    match folded {
        Ok(()) => Some(Ok(features.flags)),
        Err(e) => Some(Err(format!("{}|||{}", e.exc_type(), e.message()))),
    }
}

/// Every from-import in a body, nested ones included, in source order.
fn all_import_froms<'a>(body: &'a [Stmt], out: &mut Vec<&'a Stmt>) {
    for s in body {
        match &s.kind {
            StmtKind::ImportFrom { .. } => out.push(s),
            StmtKind::FunctionDef(f) => all_import_froms(&f.body, out),
            StmtKind::ClassDef(c) => all_import_froms(&c.body, out),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                all_import_froms(body, out);
                all_import_froms(orelse, out);
            }
            StmtKind::With { body, .. } => all_import_froms(body, out),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                all_import_froms(body, out);
                for h in handlers {
                    all_import_froms(&h.body, out);
                }
                all_import_froms(orelse, out);
                all_import_froms(finalbody, out);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    all_import_froms(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

#[test]
fn stdlib_future_flags_and_folding() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};

    let Some(py) = support::cpython_or_skip("stdlib_future_flags_and_folding") else {
        return;
    };
    let files = support::stdlib_sources();
    let probe = SourceFile::new("probe.py", "x = 1\n", true);
    if parse(&probe, Mode::Exec, &mut Vec::new()).is_err() {
        eprintln!("skipping stdlib_future_flags_and_folding: the parser is not available");
        return;
    }
    let mut child = Command::new(py)
        .args(["-W", "ignore", "-c", STDLIB_ORACLE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run CPython");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    // pyrs works while CPython compiles.
    let mut elapsed = std::time::Duration::ZERO;
    let ours: Vec<Option<Result<u32, String>>> =
        files.iter().map(|p| future_and_fold(p, &mut elapsed)).collect();
    writer.join().expect("writer").expect("write file list");
    let text = reader.join().expect("reader").expect("utf-8 output");
    child.wait().expect("CPython exit");
    let expected: Vec<&str> = text.lines().collect();
    assert_eq!(
        expected.len(),
        files.len(),
        "CPython printed one line per file"
    );

    let (mut checked, mut with_flags, mut failures) = (0, 0, Vec::new());
    for ((path, want), got) in files.iter().zip(&expected).zip(ours) {
        let Some(got) = got else { continue };
        let future_error = |m: &str| {
            m.contains("not a chance")
                || m.contains("future feature")
                || m.contains("from __future__ imports")
        };
        match (want.strip_prefix("OK "), want.strip_prefix("ERR "), &got) {
            (Some(flags), _, Ok(ours)) if flags == ours.to_string() => {
                checked += 1;
                with_flags += usize::from(*ours != 0);
            }
            // CPython rejected the file for a reason of its own (symbol table, code generation).
            (_, Some(err), Ok(_)) if !future_error(err) => {}
            (_, Some(err), Err(ours)) if err == ours => checked += 1,
            _ => failures.push(format!("{}: CPython {want}; pyrs {got:?}", path.display())),
        }
    }
    println!(
        "{} files: {checked} checked ({with_flags} with future flags), {} differ; future handling and folding took {elapsed:?}",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(20) {
        println!("{f}");
    }
    assert!(failures.is_empty());
}
