//! The flow graph and the assembler against CPython 3.12: the raw instruction sequence of a
//! module's code unit, as `_testinternalcapi.compiler_codegen` returns it, is assembled by
//! pyrs and compared field by field with the code object `compile()` makes of the same source.
//! Records are written by tests/data/flowgraph/dump_units.py: the hand-written cases are
//! committed (tests/data/flowgraph/cases.txt, from cases.py); the standard library corpus is
//! dumped by CPython at test time.
//!
//! `FG_FILTER=text` restricts the comparison to units whose name contains `text`;
//! `FG_SHOW=n` prints the details of the first n differing units (`FG_FULL=1`: all the code);
//! `FG_DATA=file` compares the records of a file written by dump_units.py instead of the
//! standard library's.

mod support;

use std::collections::BTreeMap;
use std::sync::Arc;

use num_bigint::BigInt;
use pyrs::bytecode::code::{CodeObject, Constant};
use pyrs::bytecode::linetable::Location;
use pyrs::bytecode::opcode::Op;
use pyrs::bytecode::pystr::PyStr;
use pyrs::frontend::assemble::{assemble_code_unit, assemble_unoptimized};
use pyrs::frontend::flowgraph::{Cfg, optimize_code_unit};
use pyrs::frontend::ir::{CodeUnitMetadata, IndexSet, InstrSequence};

struct Expected {
    stacksize: u32,
    code: Vec<u8>,
    consts: Vec<Constant>,
    names: Vec<Arc<str>>,
    localsplusnames: Vec<Arc<str>>,
    localspluskinds: Vec<u8>,
    linetable: Vec<u8>,
    exceptiontable: Vec<u8>,
}

/// How a record's expected result was made.
#[derive(PartialEq)]
enum Kind {
    /// compile() of a module: the whole pipeline.
    Module,
    /// `_testinternalcapi.assemble_code_object`: no optimization, no exception table.
    Assemble,
}

struct Unit {
    kind: Kind,
    label: String,
    flags: u32,
    firstlineno: i32,
    name: Arc<str>,
    qualname: Arc<str>,
    args: [u32; 3],
    consts: Vec<Constant>,
    names: Vec<Arc<str>>,
    varnames: Vec<Arc<str>>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    fasthidden: Vec<Arc<str>>,
    instrs: Vec<[i64; 6]>,
    expect: Expected,
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect()
}

fn text(tok: &str) -> Arc<str> {
    let bytes = unhex(tok.strip_prefix('x').expect("string token"));
    Arc::from(String::from_utf8(bytes).expect("utf-8 name").as_str())
}

fn float(tok: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(tok, 16).unwrap())
}

/// A stand-in for a code object, named by its fingerprint.
fn placeholder(k: &str) -> Constant {
    Constant::Code(Arc::new(CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: 0,
        code: Vec::new(),
        consts: Vec::new(),
        names: Vec::new(),
        localsplusnames: Vec::new(),
        localspluskinds: Vec::new(),
        filename: Arc::from(""),
        name: Arc::from(format!("C{k}").as_str()),
        qualname: Arc::from(""),
        firstlineno: 0,
        linetable: Vec::new(),
        exceptiontable: Vec::new(),
    }))
}

fn parse_const<'a>(toks: &mut impl Iterator<Item = &'a str>) -> Constant {
    let tok = toks.next().expect("constant token");
    let (tag, rest) = tok.split_at(1);
    match tag {
        "N" => Constant::None,
        "T" => Constant::Bool(true),
        "F" => Constant::Bool(false),
        "E" => Constant::Ellipsis,
        "i" => Constant::Int(rest.parse::<BigInt>().unwrap()),
        "f" => Constant::Float(float(rest)),
        "j" => {
            let (re, im) = rest.split_once(',').unwrap();
            Constant::Complex { re: float(re), im: float(im) }
        }
        "s" => Constant::Str(PyStr::from_wtf8(&unhex(rest)).unwrap()),
        "b" => Constant::Bytes(Arc::from(unhex(rest))),
        "t" | "z" => {
            let n: usize = rest.parse().unwrap();
            let items: Vec<Constant> = (0..n).map(|_| parse_const(toks)).collect();
            if tag == "t" {
                Constant::Tuple(Arc::from(items))
            } else {
                Constant::FrozenSet(Arc::from(items))
            }
        }
        "C" => placeholder(rest),
        _ => panic!("bad constant token {tok}"),
    }
}

struct Lines<'a> {
    it: std::str::Lines<'a>,
}

impl<'a> Lines<'a> {
    fn next(&mut self) -> Option<&'a str> {
        self.it.next()
    }

    fn field(&mut self, key: &str) -> Vec<&'a str> {
        let line = self.next().expect("truncated record");
        let mut toks = line.split(' ');
        assert_eq!(toks.next(), Some(key), "record field");
        toks.collect()
    }

    fn num<T: std::str::FromStr>(&mut self, key: &str) -> T
    where
        T::Err: std::fmt::Debug,
    {
        self.field(key)[0].parse().unwrap()
    }

    fn strs(&mut self, key: &str) -> Vec<Arc<str>> {
        self.field(key)[1..].iter().map(|t| text(t)).collect()
    }

    fn consts(&mut self) -> Vec<Constant> {
        let n: usize = self.num("consts");
        (0..n)
            .map(|_| {
                let mut toks = self.next().unwrap().split(' ');
                parse_const(&mut toks)
            })
            .collect()
    }

    fn hex(&mut self, key: &str) -> Vec<u8> {
        self.field(key).first().map(|t| unhex(t)).unwrap_or_default()
    }
}

/// An optimization case: a sequence and what `_testinternalcapi.optimize_cfg` made of it.
struct OptCase {
    label: String,
    nlocals: usize,
    consts: Vec<Constant>,
    instrs: Vec<[i64; 6]>,
    expect_consts: Vec<Constant>,
    expect_instrs: Vec<[i64; 6]>,
}

fn parse_instrs(lines: &mut Lines) -> Vec<[i64; 6]> {
    let n: usize = lines.num("instrs");
    (0..n)
        .map(|_| {
            let v: Vec<i64> =
                lines.next().unwrap().split(' ').map(|t| t.parse().unwrap()).collect();
            [v[0], v[1], v[2], v[3], v[4], v[5]]
        })
        .collect()
}

fn parse_units(data: &str) -> (Vec<Unit>, Vec<OptCase>) {
    let mut lines = Lines { it: data.lines() };
    let mut out = Vec::new();
    let mut opt = Vec::new();
    while let Some(line) = lines.next() {
        let (head, hex) = line.split_once(' ').expect("record header");
        let label = String::from_utf8(unhex(hex)).unwrap();
        let kind = match head {
            "unit" => Kind::Module,
            "asm" => Kind::Assemble,
            "optcfg" => {
                let nlocals = lines.num("nlocals");
                let consts = lines.consts();
                let instrs = parse_instrs(&mut lines);
                assert_eq!(lines.next(), Some("expect"));
                let expect_consts = lines.consts();
                let expect_instrs = parse_instrs(&mut lines);
                assert_eq!(lines.next(), Some("end"));
                opt.push(OptCase { label, nlocals, consts, instrs, expect_consts, expect_instrs });
                continue;
            }
            _ => panic!("unknown record {head}"),
        };
        let flags = lines.num("flags");
        let firstlineno = lines.num("firstlineno");
        let name = text(lines.field("name")[0]);
        let qualname = text(lines.field("qualname")[0]);
        let a = lines.field("args");
        let args = [a[0].parse().unwrap(), a[1].parse().unwrap(), a[2].parse().unwrap()];
        let consts = lines.consts();
        let names = lines.strs("names");
        let varnames = lines.strs("varnames");
        let cellvars = lines.strs("cellvars");
        let freevars = lines.strs("freevars");
        let fasthidden = lines.strs("fasthidden");
        let instrs = parse_instrs(&mut lines);
        assert_eq!(lines.next(), Some("expect"));
        let stacksize = lines.num("stacksize");
        let code = lines.hex("code");
        let econsts = lines.consts();
        let enames = lines.strs("names");
        let localsplusnames = lines.strs("localsplusnames");
        let localspluskinds = lines.hex("localspluskinds");
        let linetable = lines.hex("linetable");
        let exceptiontable = lines.hex("exceptiontable");
        assert_eq!(lines.next(), Some("end"));
        out.push(Unit {
            kind,
            label,
            flags,
            firstlineno,
            name,
            qualname,
            args,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            fasthidden,
            instrs,
            expect: Expected {
                stacksize,
                code,
                consts: econsts,
                names: enames,
                localsplusnames,
                localspluskinds,
                linetable,
                exceptiontable,
            },
        });
    }
    (out, opt)
}

fn index_set<K: Eq + std::hash::Hash + Clone>(items: &[K]) -> IndexSet<K> {
    let mut s = IndexSet::new();
    for k in items {
        s.insert(k.clone());
    }
    s
}

/// The sequence and metadata CPython's code generator produced, with a label at every jump
/// target (as `_testinternalcapi` rebuilds them: other labels are not exported).
fn input(u: &Unit) -> (InstrSequence, CodeUnitMetadata) {
    input_with_labels(u, &[])
}

/// The input with labels added before the given instructions.
fn input_with_labels(u: &Unit, extra: &[usize]) -> (InstrSequence, CodeUnitMetadata) {
    let mut seq = InstrSequence { instrs: Vec::new(), label_map: vec![u32::MAX; u.instrs.len()] };
    for ins in &u.instrs {
        let op = Op::from_number(ins[0] as u32).expect("known opcode");
        if op.has_target() {
            seq.label_map[ins[1] as usize] = ins[1] as u32;
        }
        let loc = Location::new(ins[2] as i32, ins[3] as i32, ins[4] as i32, ins[5] as i32);
        seq.addop(op, ins[1] as u32, loc);
    }
    for &i in extra {
        seq.label_map[i] = i as u32;
    }
    let mut consts = IndexSet::new();
    for c in &u.consts {
        consts.insert(c.clone());
    }
    assert_eq!(consts.len(), u.consts.len(), "{}: duplicate constants", u.label);
    let meta = CodeUnitMetadata {
        name: u.name.clone(),
        qualname: u.qualname.clone(),
        consts,
        names: index_set(&u.names),
        varnames: index_set(&u.varnames),
        cellvars: index_set(&u.cellvars),
        freevars: index_set(&u.freevars),
        fasthidden: u.fasthidden.iter().cloned().collect(),
        argcount: u.args[0],
        posonlyargcount: u.args[1],
        kwonlyargcount: u.args[2],
        firstlineno: u.firstlineno,
    };
    (seq, meta)
}

/// Constant equality in which frozensets compare as sets (their iteration order depends on how
/// each object was built, not on the compiler) and code placeholders by position.
fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_const(p, q)))
        }
        _ => a.same_as(b),
    }
}

fn differences(u: &Unit, got: &CodeObject) -> Vec<&'static str> {
    let e = &u.expect;
    let mut d = Vec::new();
    if got.code != e.code {
        d.push("code");
    }
    if got.consts.len() != e.consts.len()
        || !got.consts.iter().zip(&e.consts).all(|(a, b)| same_const(a, b))
    {
        d.push("consts");
    }
    if got.names != e.names {
        d.push("names");
    }
    if got.stacksize != e.stacksize {
        d.push("stacksize");
    }
    if got.linetable != e.linetable {
        d.push("linetable");
    }
    if got.exceptiontable != e.exceptiontable {
        d.push("exceptiontable");
    }
    if got.localsplusnames != e.localsplusnames || got.localspluskinds != e.localspluskinds {
        d.push("localsplus");
    }
    if got.flags != u.flags || got.firstlineno != u.firstlineno {
        d.push("header");
    }
    d
}

fn disassemble(code: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut skip = 0;
    for (k, unit) in code.chunks(2).enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let name = Op::from_byte(unit[0]).map(|o| o.name()).unwrap_or("?");
        skip = Op::from_byte(unit[0]).map(|o| o.caches()).unwrap_or(0);
        out.push(format!("{:5} {} {}", k, name, unit[1]));
    }
    out
}

fn show(u: &Unit, got: &CodeObject, diffs: &[&str]) {
    eprintln!("=== {}: {:?}", u.label, diffs);
    if diffs.contains(&"code") {
        let a = disassemble(&u.expect.code);
        let b = disassemble(&got.code);
        let first = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
        let lo = first.saturating_sub(6);
        let hi = if std::env::var("FG_FULL").is_ok() { usize::MAX } else { first + 10 };
        eprintln!("  expected (from {lo})                     got");
        for k in lo..hi.min(a.len().max(b.len())) {
            eprintln!(
                "  {:40} {}",
                a.get(k).map(String::as_str).unwrap_or(""),
                b.get(k).map(String::as_str).unwrap_or("")
            );
        }
    }
    if diffs.contains(&"consts") {
        for (k, (a, b)) in u.expect.consts.iter().zip(&got.consts).enumerate() {
            if !same_const(a, b) {
                eprintln!("  const {k}: expected {a:?} got {b:?}");
            }
        }
        eprintln!("  {} constants expected, {} got", u.expect.consts.len(), got.consts.len());
    }
    if diffs.contains(&"stacksize") {
        eprintln!("  stacksize expected {} got {}", u.expect.stacksize, got.stacksize);
    }
    if diffs.contains(&"exceptiontable") {
        eprintln!(
            "  exc expected {:?}",
            pyrs::bytecode::exctable::decode(&u.expect.exceptiontable)
        );
        eprintln!("  exc got      {:?}", pyrs::bytecode::exctable::decode(&got.exceptiontable));
    }
    if diffs.contains(&"linetable") {
        let n = got.code.len() / 2;
        let a = pyrs::bytecode::linetable::decode(
            &u.expect.linetable,
            u.firstlineno,
            u.expect.code.len() / 2,
        );
        let b = pyrs::bytecode::linetable::decode(&got.linetable, u.firstlineno, n);
        if let Some(k) = a.iter().zip(&b).position(|(x, y)| x != y) {
            eprintln!(
                "  first position difference at unit {k}: expected {:?} got {:?}",
                a[k], b[k]
            );
        }
    }
}

/// Where the result first departs from the expected code object, in code units (`usize::MAX`
/// when identical): the first differing code unit, position, exception table entry start, or
/// 0 for a difference elsewhere.
fn first_mismatch(u: &Unit, got: &CodeObject) -> usize {
    let d = differences(u, got);
    if d.is_empty() {
        return usize::MAX;
    }
    if d.iter().any(|k| !matches!(*k, "code" | "linetable" | "exceptiontable")) {
        return 0;
    }
    let e = &u.expect;
    let units = e.code.len().min(got.code.len()) / 2;
    let mut first = (0..units)
        .find(|&k| e.code[2 * k..2 * k + 2] != got.code[2 * k..2 * k + 2])
        .unwrap_or(units);
    let a = pyrs::bytecode::linetable::decode(&e.linetable, u.firstlineno, e.code.len() / 2);
    let b = pyrs::bytecode::linetable::decode(&got.linetable, u.firstlineno, got.code.len() / 2);
    if let Some(k) = a.iter().zip(&b).position(|(x, y)| x != y) {
        first = first.min(k);
    }
    let x = pyrs::bytecode::exctable::decode(&e.exceptiontable).unwrap_or_default();
    let y = pyrs::bytecode::exctable::decode(&got.exceptiontable).unwrap_or_default();
    if let Some(k) = x.iter().zip(&y).position(|(p, q)| p != q) {
        first = first.min(x[k].start.min(y[k].start) as usize);
    } else if x.len() != y.len() {
        let extra = if x.len() > y.len() { &x[y.len()] } else { &y[x.len()] };
        first = first.min(extra.start as usize);
    }
    first
}

/// CPython's code generator places labels that no jump targets; they split blocks, which some
/// passes see, but `compiler_codegen` does not export them. Looks for such labels that explain
/// a difference: adds, one at a time, a label before an instruction that moves the first
/// mismatch further, until the result is identical. Returns the instructions so labelled.
fn explained_by_lost_labels(u: &Unit, filename: &Arc<str>) -> Option<Vec<usize>> {
    let (seq, _) = input(u);
    let labelled: std::collections::HashSet<u32> = seq.label_map.iter().copied().collect();
    let score = |extra: &[usize]| {
        let (seq, meta) = input_with_labels(u, extra);
        assemble_code_unit(seq, meta, u.flags, filename).map_or(0, |got| first_mismatch(u, &got))
    };
    let mut extra: Vec<usize> = Vec::new();
    let mut current = score(&extra);
    for _ in 0..8 {
        let mut improved = false;
        for i in 1..u.instrs.len() {
            if labelled.contains(&(i as u32)) || extra.contains(&i) {
                continue;
            }
            extra.push(i);
            let s = score(&extra);
            if s > current {
                current = s;
                improved = true;
                break;
            }
            extra.pop();
        }
        if current == usize::MAX {
            return Some(extra);
        }
        if !improved {
            return None;
        }
    }
    None
}

/// Assembles every unit; returns (compared, identical, counts of differing fields).
fn run(units: &[Unit]) -> (usize, usize, BTreeMap<String, usize>) {
    let filter = std::env::var("FG_FILTER").ok();
    let mut show_left: usize =
        std::env::var("FG_SHOW").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let filename: Arc<str> = Arc::from("<case>");
    let mut compared = 0;
    let mut identical = 0;
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut lost_labels = Vec::new();
    let mut elapsed = std::time::Duration::ZERO;
    for u in units {
        if filter.as_ref().is_some_and(|f| !u.label.contains(f.as_str())) {
            continue;
        }
        compared += 1;
        let (seq, meta) = input(u);
        let t0 = std::time::Instant::now();
        let res = match u.kind {
            Kind::Module => assemble_code_unit(seq, meta, u.flags, &filename),
            Kind::Assemble => assemble_unoptimized(&seq, &meta, &filename),
        };
        elapsed += t0.elapsed();
        match res {
            Ok(got) => {
                let diffs = differences(u, &got);
                if diffs.is_empty() {
                    identical += 1;
                } else if let Some(l) =
                    explained_by_lost_labels(u, &filename).filter(|_| u.kind == Kind::Module)
                {
                    lost_labels.push(format!("{} (labels before instructions {l:?})", u.label));
                } else {
                    *kinds.entry(diffs.join("+")).or_default() += 1;
                    if show_left > 0 {
                        show_left -= 1;
                        show(u, &got, &diffs);
                    }
                }
            }
            Err(e) => {
                *kinds.entry(format!("error: {e}")).or_default() += 1;
                if show_left > 0 {
                    show_left -= 1;
                    eprintln!("=== {}: error {e}", u.label);
                }
            }
        }
    }
    eprintln!("assembling took {:.3} s", elapsed.as_secs_f64());
    if !lost_labels.is_empty() {
        eprintln!(
            "{} units identical once a label the code generator placed but did not export is restored:",
            lost_labels.len()
        );
        for l in &lost_labels {
            eprintln!("  {l}");
        }
    }
    (compared, identical + lost_labels.len(), kinds)
}

fn sequence(instrs: &[[i64; 6]]) -> InstrSequence {
    let mut seq = InstrSequence { instrs: Vec::new(), label_map: vec![u32::MAX; instrs.len()] };
    for ins in instrs {
        let op = Op::from_number(ins[0] as u32).expect("known opcode");
        if op.has_target() {
            seq.label_map[ins[1] as usize] = ins[1] as u32;
        }
        let loc = Location::new(ins[2] as i32, ins[3] as i32, ins[4] as i32, ins[5] as i32);
        seq.addop(op, ins[1] as u32, loc);
    }
    seq
}

/// Optimizes each case's graph as `_testinternalcapi.optimize_cfg` does (no parameters, first
/// line 1) and compares the instructions and constants; returns the labels that differ.
fn run_opt(cases: &[OptCase]) -> Vec<String> {
    let mut failed = Vec::new();
    for c in cases {
        let mut g = Cfg::from_sequence(&sequence(&c.instrs)).expect("graph");
        let mut consts = c.consts.clone();
        optimize_code_unit(&mut g, &mut consts, c.nlocals, 0, 1).expect("optimize");
        let got: Vec<[i64; 6]> = g
            .linearize()
            .into_iter()
            .map(|(op, arg, l)| {
                let loc = [l.lineno, l.end_lineno, l.col_offset, l.end_col_offset].map(i64::from);
                [i64::from(op as u16), i64::from(arg), loc[0], loc[1], loc[2], loc[3]]
            })
            .collect();
        let same_consts = consts.len() == c.expect_consts.len()
            && consts.iter().zip(&c.expect_consts).all(|(a, b)| same_const(a, b));
        if got != c.expect_instrs || !same_consts {
            eprintln!("=== optimize {}: consts same: {same_consts}", c.label);
            for k in 0..got.len().max(c.expect_instrs.len()) {
                let show = |v: Option<&[i64; 6]>| {
                    v.map(|i| {
                        let name = Op::from_number(i[0] as u32).map_or("?", |o| o.name());
                        format!("{name} {} {:?}", i[1], &i[2..])
                    })
                    .unwrap_or_default()
                };
                let (a, b) = (show(c.expect_instrs.get(k)), show(got.get(k)));
                eprintln!("  {}{k:4} {a:40} {b}", if a == b { " " } else { "*" });
            }
            failed.push(c.label.clone());
        }
    }
    failed
}

#[test]
fn hand_written_cases() {
    let data = include_str!("data/flowgraph/cases.txt");
    let (units, opt) = parse_units(data);
    let (compared, identical, kinds) = run(&units);
    eprintln!("cases: {compared} compared, {identical} identical, differences {kinds:?}");
    let opt_failed = run_opt(&opt);
    eprintln!("optimization cases: {} compared, {} differ", opt.len(), opt_failed.len());
    assert_eq!(compared, identical, "differences: {kinds:?}");
    assert!(opt_failed.is_empty(), "optimization cases differ: {opt_failed:?}");
}

#[test]
fn stdlib_module_code() {
    let Some(_) = support::cpython_or_skip("stdlib_module_code") else { return };
    let Some(stdlib) = support::stdlib_dir() else {
        eprintln!("skipping stdlib_module_code: standard library not found");
        return;
    };
    if let Ok(path) = std::env::var("FG_DATA") {
        let (units, _) = parse_units(&std::fs::read_to_string(path).unwrap());
        let (compared, identical, kinds) = run(&units);
        eprintln!("FG_DATA: {compared} compared, {identical} identical, differences {kinds:?}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("pyrs-flowgraph-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("stdlib.txt");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/flowgraph/dump_units.py");
    let res = support::run_cpython(&[
        script,
        out.to_str().unwrap(),
        "--stdlib",
        stdlib.to_str().unwrap(),
    ])
    .expect("run CPython");
    assert!(res.status.success(), "dump failed: {}", String::from_utf8_lossy(&res.stderr));
    let data = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let (units, _) = parse_units(&data);
    let (compared, identical, kinds) = run(&units);
    eprintln!("stdlib: {compared} compared, {identical} identical");
    for (k, n) in &kinds {
        eprintln!("  {n:5} {k}");
    }
    assert_eq!(compared, identical, "differences: {kinds:?}");
}

/// The assembler's share of compiling the whole standard library (run it in release:
/// `cargo test --release --test flowgraph_cpython -- --ignored --nocapture`).
#[test]
#[ignore]
fn stdlib_assembly_time() {
    use pyrs::frontend::{CompileOptions, Mode, codegen, decode, fold, future, parse, symtable};
    let files = support::stdlib_sources();
    let opts = CompileOptions::default();
    let (mut total, mut assembling) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    let (mut units, mut failed) = (0usize, 0usize);
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else { continue };
        let name = path.display().to_string();
        let t0 = std::time::Instant::now();
        let result = (|| -> Option<()> {
            let text = decode::decode_source(&bytes, &name).ok()?;
            let source = pyrs::frontend::source::SourceFile::new(&name, &text, true);
            let mut warnings = Vec::new();
            let mut module = parse::parse(&source, Mode::Exec, &mut warnings).ok()?;
            let ff = future::check(&module, &source).ok()?;
            fold::fold_module(&mut module, 0, ff, &mut warnings).ok()?;
            let table = symtable::build(&module, &source, ff).ok()?;
            let filename: Arc<str> = Arc::from(name.as_str());
            let mut asm = |seq: InstrSequence, meta: CodeUnitMetadata, flags: u32| {
                let t = std::time::Instant::now();
                let r = assemble_code_unit(seq, meta, flags, &filename);
                assembling += t.elapsed();
                units += 1;
                r
            };
            let unit =
                codegen::generate(&module, &table, &source, &opts, ff, &mut warnings, &mut asm)
                    .ok()?;
            asm(unit.seq, unit.meta, unit.flags).ok()?;
            Some(())
        })();
        total += t0.elapsed();
        failed += usize::from(result.is_none());
    }
    eprintln!(
        "{} files ({failed} not compiled), {units} code units: compiling {:.2} s, of which \
         flow graph and assembly {:.2} s",
        files.len(),
        total.as_secs_f64(),
        assembling.as_secs_f64()
    );
}

/// Deep equality of code objects, every field, with frozensets compared as sets.
fn same_code(a: &CodeObject, b: &CodeObject) -> Option<&'static str> {
    let fields: [(&'static str, bool); 13] = [
        ("co_code", a.code == b.code),
        ("co_names", a.names == b.names),
        ("localsplus names", a.localsplusnames == b.localsplusnames),
        ("localsplus kinds", a.localspluskinds == b.localspluskinds),
        ("co_linetable", a.linetable == b.linetable),
        ("co_exceptiontable", a.exceptiontable == b.exceptiontable),
        ("co_stacksize", a.stacksize == b.stacksize),
        ("co_flags", a.flags == b.flags),
        (
            "argument counts",
            (a.argcount, a.posonlyargcount, a.kwonlyargcount)
                == (b.argcount, b.posonlyargcount, b.kwonlyargcount),
        ),
        ("names", (&a.name, &a.qualname, &a.filename) == (&b.name, &b.qualname, &b.filename)),
        ("co_firstlineno", a.firstlineno == b.firstlineno),
        ("co_consts length", a.consts.len() == b.consts.len()),
        ("", true),
    ];
    if let Some((what, _)) = fields.iter().find(|(_, same)| !same) {
        return Some(what);
    }
    for (x, y) in a.consts.iter().zip(&b.consts) {
        match (x, y) {
            (Constant::Code(p), Constant::Code(q)) => {
                if let Some(d) = same_code(p, q) {
                    return Some(d);
                }
            }
            _ if !same_const(x, y) => return Some("co_consts"),
            _ => {}
        }
    }
    None
}

/// The whole front end against CPython on every standard-library module: the code objects
/// pyrs compiles against `compile()`'s, read back from marshal data, field by field including
/// the localsplus kinds; nested code objects included.
#[test]
fn stdlib_whole_code_objects() {
    use pyrs::frontend::{CompileOptions, compile_bytes};
    if support::cpython_or_skip("stdlib_whole_code_objects").is_none() {
        return;
    }
    let Some(stdlib) = support::stdlib_dir() else { return };
    let out = std::env::temp_dir().join(format!("pyrs-flowgraph-marshal-{}", std::process::id()));
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/flowgraph/dump_marshal.py");
    let res = support::run_cpython(&[script, out.to_str().unwrap(), stdlib.to_str().unwrap()])
        .expect("run CPython");
    assert!(res.status.success(), "dump failed: {}", String::from_utf8_lossy(&res.stderr));
    let data = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let filter = std::env::var("FG_FILTER").ok();
    let (mut files, mut identical) = (0, 0);
    let mut kinds: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut rest = &data[..];
    while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
        let header = std::str::from_utf8(&rest[..nl]).unwrap();
        let (path, len) = header.rsplit_once(' ').unwrap();
        let len: usize = len.parse().unwrap();
        let body = &rest[nl + 1..nl + 1 + len];
        rest = &rest[nl + 2 + len..];
        if filter.as_ref().is_some_and(|f| !path.contains(f.as_str())) {
            continue;
        }
        files += 1;
        let want = pyrs::bytecode::marshal::loads_code(body).expect("CPython's marshal data");
        let source = std::fs::read(path).unwrap();
        let verdict = match compile_bytes(&source, path, &CompileOptions::default()) {
            Ok(c) => same_code(&want, &c.code).map(str::to_owned),
            Err(e) => Some(format!("error: {}", e.exc_type())),
        };
        match verdict {
            None => identical += 1,
            Some(kind) => kinds.entry(kind).or_insert((0, path.to_owned())).0 += 1,
        }
    }
    eprintln!("whole modules vs CPython 3.12: {files} compared, {identical} identical");
    for (kind, (n, example)) in &kinds {
        eprintln!("  {n:5} {kind} (e.g. {example})");
    }
    assert_eq!(files, identical, "modules differing from CPython 3.12: {kinds:?}");
}
