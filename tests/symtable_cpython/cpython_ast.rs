//! Reads the syntax trees that tests/data/symtable/symdump.py writes from CPython's `ast`
//! into pyrs's own tree, so that the symbol table can be checked on CPython's exact trees.

use std::sync::Arc;

use pyrs::bytecode::code::Constant;
use pyrs::frontend::ast::*;

/// One value of the dump: a node, a list, None, a string, an int, or an omitted constant.
#[derive(Debug)]
pub enum G {
    Node(GNode),
    List(Vec<G>),
    None,
    Str(Arc<str>),
    Int(i64),
    Const,
}

#[derive(Debug)]
pub struct GNode {
    pub kind: String,
    pub loc: Loc,
    pub fields: Vec<G>,
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn skip_spaces(&mut self) {
        while self.i < self.b.len() && self.b[self.i] == b' ' {
            self.i += 1;
        }
    }

    fn word(&mut self) -> &str {
        let start = self.i;
        while self.i < self.b.len() && !matches!(self.b[self.i], b' ' | b')' | b']') {
            self.i += 1;
        }
        std::str::from_utf8(&self.b[start..self.i]).expect("utf-8 word")
    }

    fn int(&mut self) -> i64 {
        self.word().parse().expect("integer")
    }

    fn value(&mut self) -> G {
        self.skip_spaces();
        let c = self.b[self.i];
        match c {
            b'(' => {
                self.i += 1;
                let kind = self.word().to_string();
                self.skip_spaces();
                let mut loc = Loc::NONE;
                if self.b[self.i].is_ascii_digit() || self.b[self.i] == b'-' {
                    let l = self.int() as i32;
                    self.skip_spaces();
                    let c = self.int() as i32;
                    self.skip_spaces();
                    let el = self.int() as i32;
                    self.skip_spaces();
                    let ec = self.int() as i32;
                    loc = Loc::new(l, el, c, ec);
                }
                let mut fields = Vec::new();
                loop {
                    self.skip_spaces();
                    if self.b[self.i] == b')' {
                        self.i += 1;
                        break;
                    }
                    fields.push(self.value());
                }
                G::Node(GNode { kind, loc, fields })
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_spaces();
                    if self.b[self.i] == b']' {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value());
                }
                G::List(items)
            }
            b'~' => {
                self.i += 1;
                G::None
            }
            b'c' => {
                self.i += 1;
                G::Const
            }
            b'i' => {
                self.i += 1;
                G::Int(self.int())
            }
            b's' => {
                self.i += 1;
                let colon = self.b[self.i..]
                    .iter()
                    .position(|&x| x == b':')
                    .expect("string length")
                    + self.i;
                let n: usize = std::str::from_utf8(&self.b[self.i..colon])
                    .unwrap()
                    .parse()
                    .unwrap();
                let s =
                    std::str::from_utf8(&self.b[colon + 1..colon + 1 + n]).expect("utf-8 string");
                self.i = colon + 1 + n;
                G::Str(Arc::from(s))
            }
            other => panic!("unexpected byte {:?} at {}", other as char, self.i),
        }
    }
}

/// Reads a dumped tree.
pub fn read(text: &[u8]) -> Mod {
    let mut r = Reader { b: text, i: 0 };
    to_mod(&r.value())
}

fn node(g: &G) -> &GNode {
    match g {
        G::Node(n) => n,
        other => panic!("expected a node, got {other:?}"),
    }
}

fn list(g: &G) -> &[G] {
    match g {
        G::List(v) => v,
        other => panic!("expected a list, got {other:?}"),
    }
}

fn ident(g: &G) -> Ident {
    match g {
        G::Str(s) => s.clone(),
        other => panic!("expected a string, got {other:?}"),
    }
}

fn opt_ident(g: &G) -> Option<Ident> {
    match g {
        G::None => None,
        g => Some(ident(g)),
    }
}

fn int(g: &G) -> i64 {
    match g {
        G::Int(i) => *i,
        other => panic!("expected an int, got {other:?}"),
    }
}

fn stmts(g: &G) -> Vec<Stmt> {
    list(g).iter().map(stmt).collect()
}

fn exprs(g: &G) -> Vec<Expr> {
    list(g).iter().map(expr).collect()
}

fn bexpr(g: &G) -> Box<Expr> {
    Box::new(expr(g))
}

fn opt_expr(g: &G) -> Option<Box<Expr>> {
    match g {
        G::None => None,
        g => Some(bexpr(g)),
    }
}

fn idents(g: &G) -> Vec<Ident> {
    list(g).iter().map(ident).collect()
}

fn to_mod(g: &G) -> Mod {
    let n = node(g);
    match n.kind.as_str() {
        "Module" => Mod::Module(stmts(&n.fields[0])),
        "Interactive" => Mod::Interactive(stmts(&n.fields[0])),
        "Expression" => Mod::Expression(bexpr(&n.fields[0])),
        k => panic!("unexpected module kind {k}"),
    }
}

fn type_params(g: &G) -> Vec<TypeParam> {
    list(g)
        .iter()
        .map(|g| {
            let n = node(g);
            let name = ident(&n.fields[0]);
            let kind = match n.kind.as_str() {
                "TypeVar" => TypeParamKind::TypeVar {
                    name,
                    bound: opt_expr(&n.fields[1]),
                },
                "ParamSpec" => TypeParamKind::ParamSpec { name },
                "TypeVarTuple" => TypeParamKind::TypeVarTuple { name },
                k => panic!("unexpected type parameter {k}"),
            };
            TypeParam { kind, loc: n.loc }
        })
        .collect()
}

fn arg(g: &G) -> Arg {
    let n = node(g);
    Arg {
        arg: ident(&n.fields[0]),
        annotation: opt_expr(&n.fields[1]),
        loc: n.loc,
    }
}

fn opt_arg(g: &G) -> Option<Box<Arg>> {
    match g {
        G::None => None,
        g => Some(Box::new(arg(g))),
    }
}

fn arguments(g: &G) -> Box<Arguments> {
    let n = node(g);
    let f = &n.fields;
    Box::new(Arguments {
        posonlyargs: list(&f[0]).iter().map(arg).collect(),
        args: list(&f[1]).iter().map(arg).collect(),
        vararg: opt_arg(&f[2]),
        kwonlyargs: list(&f[3]).iter().map(arg).collect(),
        kw_defaults: list(&f[4])
            .iter()
            .map(|g| opt_expr(g).map(|b| *b))
            .collect(),
        kwarg: opt_arg(&f[5]),
        defaults: exprs(&f[6]),
    })
}

fn keywords(g: &G) -> Vec<Keyword> {
    list(g)
        .iter()
        .map(|g| {
            let n = node(g);
            Keyword {
                arg: opt_ident(&n.fields[0]),
                value: expr(&n.fields[1]),
                loc: n.loc,
            }
        })
        .collect()
}

fn aliases(g: &G) -> Vec<Alias> {
    list(g)
        .iter()
        .map(|g| {
            let n = node(g);
            Alias {
                name: ident(&n.fields[0]),
                asname: opt_ident(&n.fields[1]),
                loc: n.loc,
            }
        })
        .collect()
}

fn stmt(g: &G) -> Stmt {
    let n = node(g);
    let f = &n.fields;
    let kind = match n.kind.as_str() {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(FunctionDef {
            name: ident(&f[0]),
            args: arguments(&f[1]),
            body: stmts(&f[2]),
            decorator_list: exprs(&f[3]),
            returns: opt_expr(&f[4]),
            type_params: type_params(&f[6]),
            is_async: n.kind == "AsyncFunctionDef",
        }),
        "ClassDef" => StmtKind::ClassDef(ClassDef {
            name: ident(&f[0]),
            bases: exprs(&f[1]),
            keywords: keywords(&f[2]),
            body: stmts(&f[3]),
            decorator_list: exprs(&f[4]),
            type_params: type_params(&f[5]),
        }),
        "Return" => StmtKind::Return {
            value: opt_expr(&f[0]),
        },
        "Delete" => StmtKind::Delete {
            targets: exprs(&f[0]),
        },
        "Assign" => StmtKind::Assign {
            targets: exprs(&f[0]),
            value: bexpr(&f[1]),
        },
        "TypeAlias" => StmtKind::TypeAlias {
            name: bexpr(&f[0]),
            type_params: type_params(&f[1]),
            value: bexpr(&f[2]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: bexpr(&f[0]),
            op: operator(&f[1]),
            value: bexpr(&f[2]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: bexpr(&f[0]),
            annotation: bexpr(&f[1]),
            value: opt_expr(&f[2]),
            simple: int(&f[3]) != 0,
        },
        "For" | "AsyncFor" => StmtKind::For {
            target: bexpr(&f[0]),
            iter: bexpr(&f[1]),
            body: stmts(&f[2]),
            orelse: stmts(&f[3]),
            is_async: n.kind == "AsyncFor",
        },
        "While" => StmtKind::While {
            test: bexpr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "If" => StmtKind::If {
            test: bexpr(&f[0]),
            body: stmts(&f[1]),
            orelse: stmts(&f[2]),
        },
        "With" | "AsyncWith" => StmtKind::With {
            items: list(&f[0])
                .iter()
                .map(|g| {
                    let w = node(g);
                    WithItem {
                        context_expr: expr(&w.fields[0]),
                        optional_vars: opt_expr(&w.fields[1]),
                    }
                })
                .collect(),
            body: stmts(&f[1]),
            is_async: n.kind == "AsyncWith",
        },
        "Match" => StmtKind::Match {
            subject: bexpr(&f[0]),
            cases: list(&f[1])
                .iter()
                .map(|g| {
                    let c = node(g);
                    MatchCase {
                        pattern: pattern(&c.fields[0]),
                        guard: opt_expr(&c.fields[1]),
                        body: stmts(&c.fields[2]),
                    }
                })
                .collect(),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&f[0]),
            cause: opt_expr(&f[1]),
        },
        "Try" | "TryStar" => StmtKind::Try {
            body: stmts(&f[0]),
            handlers: list(&f[1])
                .iter()
                .map(|g| {
                    let h = node(g);
                    ExceptHandler {
                        type_: opt_expr(&h.fields[0]),
                        name: opt_ident(&h.fields[1]),
                        body: stmts(&h.fields[2]),
                        loc: h.loc,
                    }
                })
                .collect(),
            orelse: stmts(&f[2]),
            finalbody: stmts(&f[3]),
            is_star: n.kind == "TryStar",
        },
        "Assert" => StmtKind::Assert {
            test: bexpr(&f[0]),
            msg: opt_expr(&f[1]),
        },
        "Import" => StmtKind::Import {
            names: aliases(&f[0]),
        },
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_ident(&f[0]),
            names: aliases(&f[1]),
            level: match &f[2] {
                G::None => 0,
                g => int(g) as u32,
            },
        },
        "Global" => StmtKind::Global {
            names: idents(&f[0]),
        },
        "Nonlocal" => StmtKind::Nonlocal {
            names: idents(&f[0]),
        },
        "Expr" => StmtKind::Expr {
            value: bexpr(&f[0]),
        },
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        k => panic!("unexpected statement {k}"),
    };
    Stmt { kind, loc: n.loc }
}

fn ctx(g: &G) -> ExprContext {
    match node(g).kind.as_str() {
        "Load" => ExprContext::Load,
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        k => panic!("unexpected context {k}"),
    }
}

fn operator(g: &G) -> Operator {
    match node(g).kind.as_str() {
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
        k => panic!("unexpected operator {k}"),
    }
}

fn cmpop(g: &G) -> CmpOp {
    match node(g).kind.as_str() {
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
        k => panic!("unexpected comparison {k}"),
    }
}

fn generators(g: &G) -> Vec<Comprehension> {
    list(g)
        .iter()
        .map(|g| {
            let c = node(g);
            Comprehension {
                target: expr(&c.fields[0]),
                iter: expr(&c.fields[1]),
                ifs: exprs(&c.fields[2]),
                is_async: int(&c.fields[3]) != 0,
            }
        })
        .collect()
}

fn expr(g: &G) -> Expr {
    let n = node(g);
    let f = &n.fields;
    let kind = match n.kind.as_str() {
        "BoolOp" => ExprKind::BoolOp {
            op: if node(&f[0]).kind == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(&f[1]),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bexpr(&f[0]),
            value: bexpr(&f[1]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bexpr(&f[0]),
            op: operator(&f[1]),
            right: bexpr(&f[2]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match node(&f[0]).kind.as_str() {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bexpr(&f[1]),
        },
        "Lambda" => ExprKind::Lambda {
            args: arguments(&f[0]),
            body: bexpr(&f[1]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bexpr(&f[0]),
            body: bexpr(&f[1]),
            orelse: bexpr(&f[2]),
        },
        "Dict" => ExprKind::Dict {
            keys: list(&f[0])
                .iter()
                .map(|g| opt_expr(g).map(|b| *b))
                .collect(),
            values: exprs(&f[1]),
        },
        "Set" => ExprKind::Set { elts: exprs(&f[0]) },
        "ListComp" => ExprKind::ListComp {
            elt: bexpr(&f[0]),
            generators: generators(&f[1]),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bexpr(&f[0]),
            generators: generators(&f[1]),
        },
        "DictComp" => ExprKind::DictComp {
            key: bexpr(&f[0]),
            value: bexpr(&f[1]),
            generators: generators(&f[2]),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bexpr(&f[0]),
            generators: generators(&f[1]),
        },
        "Await" => ExprKind::Await {
            value: bexpr(&f[0]),
        },
        "Yield" => ExprKind::Yield {
            value: opt_expr(&f[0]),
        },
        "YieldFrom" => ExprKind::YieldFrom {
            value: bexpr(&f[0]),
        },
        "Compare" => ExprKind::Compare {
            left: bexpr(&f[0]),
            ops: list(&f[1]).iter().map(cmpop).collect(),
            comparators: exprs(&f[2]),
        },
        "Call" => ExprKind::Call {
            func: bexpr(&f[0]),
            args: exprs(&f[1]),
            keywords: keywords(&f[2]),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bexpr(&f[0]),
            conversion: int(&f[1]) as i32,
            format_spec: opt_expr(&f[2]),
        },
        "JoinedStr" => ExprKind::JoinedStr {
            values: exprs(&f[0]),
        },
        "Constant" => ExprKind::Constant {
            value: Constant::None,
            u_prefix: matches!(&f[1], G::Str(_)),
        },
        "Attribute" => ExprKind::Attribute {
            value: bexpr(&f[0]),
            attr: ident(&f[1]),
            ctx: ctx(&f[2]),
        },
        "Subscript" => ExprKind::Subscript {
            value: bexpr(&f[0]),
            slice: bexpr(&f[1]),
            ctx: ctx(&f[2]),
        },
        "Starred" => ExprKind::Starred {
            value: bexpr(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Name" => ExprKind::Name {
            id: ident(&f[0]),
            ctx: ctx(&f[1]),
        },
        "List" => ExprKind::List {
            elts: exprs(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Tuple" => ExprKind::Tuple {
            elts: exprs(&f[0]),
            ctx: ctx(&f[1]),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(&f[0]),
            upper: opt_expr(&f[1]),
            step: opt_expr(&f[2]),
        },
        k => panic!("unexpected expression {k}"),
    };
    Expr { kind, loc: n.loc }
}

fn patterns(g: &G) -> Vec<Pattern> {
    list(g).iter().map(pattern).collect()
}

fn pattern(g: &G) -> Pattern {
    let n = node(g);
    let f = &n.fields;
    let kind = match n.kind.as_str() {
        "MatchValue" => PatternKind::MatchValue {
            value: bexpr(&f[0]),
        },
        "MatchSingleton" => PatternKind::MatchSingleton {
            value: Constant::None,
        },
        "MatchSequence" => PatternKind::MatchSequence {
            patterns: patterns(&f[0]),
        },
        "MatchMapping" => PatternKind::MatchMapping {
            keys: exprs(&f[0]),
            patterns: patterns(&f[1]),
            rest: opt_ident(&f[2]),
        },
        "MatchClass" => PatternKind::MatchClass {
            cls: bexpr(&f[0]),
            patterns: patterns(&f[1]),
            kwd_attrs: idents(&f[2]),
            kwd_patterns: patterns(&f[3]),
        },
        "MatchStar" => PatternKind::MatchStar {
            name: opt_ident(&f[0]),
        },
        "MatchAs" => PatternKind::MatchAs {
            pattern: match &f[0] {
                G::None => None,
                g => Some(Box::new(pattern(g))),
            },
            name: opt_ident(&f[1]),
        },
        "MatchOr" => PatternKind::MatchOr {
            patterns: patterns(&f[0]),
        },
        k => panic!("unexpected pattern {k}"),
    };
    Pattern { kind, loc: n.loc }
}
