//! The symbol table against CPython 3.12's: scopes, their order, names, lines, nested flags,
//! parameters and child counts, and every symbol's raw flags (scope bits included) in table
//! order, or the SyntaxError raised.
//!
//! The programs:
//! - tests/data/symtable/cases.txt, small programs exercising every rule and every error,
//!   with CPython's trees and tables committed in cases.expected (regenerate with
//!   tests/data/symtable/gen_cases.py); runs without CPython.
//! - every `.py` file of CPython 3.12's standard library and of tests/programs, and the code
//!   snippets in the strings of CPython's own tests, dumped by CPython at test time
//!   (tests/data/symtable/cpython_stdlib.py, cpython_snippets.py); skipped where CPython 3.12
//!   is absent.
//!
//! The tables are built from CPython's own trees (read back into pyrs's tree), so that they are
//! checked apart from the parser, and must equal CPython's. Where pyrs's parser is built, the
//! same programs are also parsed by it and the figures of that comparison are reported.

mod support;

#[path = "symtable_cpython/cpython_ast.rs"]
mod cpython_ast;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pyrs::bytecode::code::flags;
use pyrs::frontend::ast::Mod;
use pyrs::frontend::error::CompileError;
use pyrs::frontend::source::SourceFile;
use pyrs::frontend::symtable::{self, ComprehensionKind, ScopeKind, SymbolTable};
use pyrs::frontend::{Mode, decode, parse};

/// One program as dumped by tests/data/symtable/symdump.py.
struct Record {
    name: String,
    /// The serialized tree, None if CPython could not parse the program.
    ast: Option<Vec<u8>>,
    future: u32,
    /// CPython's table dump, or its `error ...` line.
    expected: String,
    /// `name line flags` of the code objects CPython compiles the program to.
    codes: String,
    /// The program, when it is not a file.
    source: Vec<u8>,
}

/// Reads the next record, None at the end of the stream.
fn read_record(r: &mut impl BufRead) -> Option<Record> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let name = line
        .strip_prefix("=== ")
        .expect("record header")
        .trim_end_matches('\n')
        .to_string();
    let ast = read_section(r, "ast");
    let mut line = String::new();
    r.read_line(&mut line).expect("future line");
    let future: u32 = line
        .strip_prefix("future ")
        .expect("future line")
        .trim()
        .parse()
        .expect("future flags");
    let expected = String::from_utf8(read_section(r, "sym")).expect("utf-8 table");
    let codes = String::from_utf8(read_section(r, "code")).expect("utf-8 code list");
    let source = read_section(r, "src");
    let ast = if ast == b"!" { None } else { Some(ast) };
    Some(Record {
        name,
        ast,
        future,
        expected,
        codes,
        source,
    })
}

fn read_section(r: &mut impl BufRead, tag: &str) -> Vec<u8> {
    let mut line = String::new();
    r.read_line(&mut line).expect("section header");
    let n: usize = line
        .strip_prefix(tag)
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| panic!("expected section {tag}, got {line:?}"));
    let mut buf = vec![0; n + 1];
    r.read_exact(&mut buf).expect("section body");
    buf.pop();
    buf
}

/// pyrs's dump of the table for a tree, in the form of symdump.py, and its code list.
fn pyrs_dump(module: &Mod, filename: &str, text: &str, future: u32) -> (String, Vec<String>) {
    let source = SourceFile::new(filename, text, false);
    match symtable::build(module, &source, future) {
        Ok(table) => {
            let mut dump = symtable::dump::dump(&table);
            // Every scope must be found by its own key (an annotation scope may share the node
            // of the lambda or comprehension it consists of).
            for (i, s) in table.scopes.iter().enumerate() {
                if s.kind != ScopeKind::Annotation
                    && table.lookup_key(s.key).map(|id| id.0 as usize) != Some(i)
                {
                    dump.push_str(&format!("scope {} is not found by its key\n", s.name));
                }
            }
            (dump, pyrs_codes(&table))
        }
        Err(CompileError::Syntax(e)) => (
            format!(
                "error {} at {} {} {} {}\n",
                e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            ),
            Vec::new(),
        ),
        Err(other) => (format!("error {other}\n"), Vec::new()),
    }
}

/// Whether pyrs's own parser is built (until it is, `parse` refuses every program).
fn pyrs_parser_available() -> bool {
    let source = SourceFile::new("<probe>", "pass\n", false);
    parse::parse(&source, Mode::Exec, &mut Vec::new()).is_ok()
}

/// The dump of the table built from pyrs's own parse of a file's bytes.
fn dump_via_pyrs_parser(filename: &str, bytes: &[u8], future: u32) -> String {
    let text = match decode::decode_source(bytes, filename) {
        Ok(text) => text,
        Err(e) => return format!("pyrs cannot decode it: {}\n", e.msg),
    };
    let source = SourceFile::new(filename, &text, false);
    match parse::parse(&source, Mode::Exec, &mut Vec::new()) {
        Ok(module) => pyrs_dump(&module, filename, &text, future).0,
        Err(e) => format!("pyrs cannot parse it: {} at {}\n", e.msg, e.lineno),
    }
}

/// Tallies the comparison of tables built from pyrs's own parser. Their differences belong to
/// the parser (tested on its own against CPython's trees); they are reported, not failed on,
/// since the tables built from CPython's trees are what these tests hold the table to.
#[derive(Default)]
struct ParserPath {
    compared: usize,
    equal: usize,
    differences: Vec<String>,
}

impl ParserPath {
    fn check(&mut self, name: &str, expected: &str, got: &str) {
        self.compared += 1;
        if got == expected {
            self.equal += 1;
        } else {
            self.differences
                .push(format!("{name}: {}", first_difference(expected, got)));
        }
    }

    fn report(&self, what: &str) {
        if self.compared == 0 {
            eprintln!("{what} through pyrs's parser: not compared (the parser is not built)");
            return;
        }
        eprintln!(
            "{what} through pyrs's parser: {} compared, {} equal",
            self.compared, self.equal
        );
        for d in self.differences.iter().take(20) {
            eprintln!("  differs: {d}");
        }
    }
}

/// Bits of symdump.py's code list for a class body with a `__class__` or `__classdict__` cell.
const CLASS_CELL: u32 = 1 << 20;
const CLASSDICT_CELL: u32 = 1 << 21;

/// `name line flags` for each scope that CPython compiles to a code object: the co_flags bits
/// the scope's flags decide (as CPython's `compute_code_flags`), or the class cells.
fn pyrs_codes(table: &SymbolTable) -> Vec<String> {
    let mut out = Vec::new();
    for s in &table.scopes {
        if matches!(s.kind, ScopeKind::Module | ScopeKind::Annotation) || s.comp_inlined {
            continue;
        }
        let name = match s.kind {
            ScopeKind::Function if s.comprehension == ComprehensionKind::Generator => {
                "<genexpr>".to_string()
            }
            ScopeKind::Function
                if &*s.name == "lambda" && s.comprehension == ComprehensionKind::None =>
            {
                "<lambda>".to_string()
            }
            ScopeKind::TypeParam => format!("<generic parameters of {}>", s.name),
            _ => s.name.to_string(),
        };
        let mut f = 0;
        if s.kind == ScopeKind::Class {
            if s.needs_class_closure {
                f |= CLASS_CELL;
            }
            if s.needs_classdict {
                f |= CLASSDICT_CELL;
            }
        } else {
            if s.nested {
                f |= flags::NESTED;
            }
            match (s.generator, s.coroutine) {
                (true, false) => f |= flags::GENERATOR,
                (false, true) => f |= flags::COROUTINE,
                (true, true) => f |= flags::ASYNC_GENERATOR,
                (false, false) => {}
            }
            if s.varargs {
                f |= flags::VARARGS;
            }
            if s.varkeywords {
                f |= flags::VARKEYWORDS;
            }
        }
        out.push(format!("{name} {} {f}", s.lineno));
    }
    out
}

/// Compares the code lists, key (name and line) by key; keys whose number of code objects
/// differs (dead code CPython dropped, a `def` inside a lambda's line...) are not compared.
/// Returns the number of keys compared and the first difference.
fn compare_codes(expected: &str, got: &[String]) -> (usize, Option<String>) {
    fn group<'a>(lines: impl Iterator<Item = &'a str>) -> BTreeMap<String, Vec<String>> {
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for l in lines {
            let (key, flags) = l.rsplit_once(' ').unwrap_or((l, ""));
            m.entry(key.to_string())
                .or_default()
                .push(flags.to_string());
        }
        m.values_mut().for_each(|v| v.sort());
        m
    }
    let e = group(expected.lines());
    let g = group(got.iter().map(String::as_str));
    let mut compared = 0;
    for (key, flags) in &e {
        match g.get(key) {
            Some(gf) if gf.len() == flags.len() => {
                compared += 1;
                if gf != flags {
                    return (
                        compared,
                        Some(format!(
                            "code {key}: CPython's flags {flags:?}, pyrs's {gf:?}"
                        )),
                    );
                }
            }
            _ => {}
        }
    }
    (compared, None)
}

/// The first differing line of two dumps, for the failure report.
fn first_difference(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (
            e.get(i).copied().unwrap_or("<end>"),
            g.get(i).copied().unwrap_or("<end>"),
        );
        if a != b {
            let scope = e[..i.min(e.len())]
                .iter()
                .rev()
                .find(|l| l.starts_with("scope "))
                .copied()
                .unwrap_or("");
            return format!("line {}: expected {a:?}, got {b:?} (in {scope:?})", i + 1);
        }
    }
    String::new()
}

/// Runs `f` on a thread with a large stack: deeply nested programs recurse deeply.
fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("test thread")
}

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/symtable"))
}

/// The programs of cases.txt, by name.
fn cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(data_dir().join("cases.txt")).expect("cases.txt");
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("### ") {
            let name = name.split_whitespace().next().unwrap_or("");
            out.push((name.to_string(), String::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push_str(line);
        }
    }
    out
}

#[test]
fn cases_match_cpython() {
    let failures = with_big_stack(|| {
        let cases = cases();
        let data = std::fs::read(data_dir().join("cases.expected")).expect("cases.expected");
        let mut r = &data[..];
        let mut failures = Vec::new();
        let (mut n, mut code_keys) = (0, 0);
        let with_parser = pyrs_parser_available();
        let mut parser_path = ParserPath::default();
        while let Some(rec) = read_record(&mut r) {
            let Some((_, text)) = cases.iter().find(|(name, _)| *name == rec.name) else {
                failures.push(format!(
                    "{}: not in cases.txt (regenerate cases.expected)",
                    rec.name
                ));
                continue;
            };
            let ast = rec
                .ast
                .as_ref()
                .unwrap_or_else(|| panic!("{}: CPython cannot parse it", rec.name));
            let module = cpython_ast::read(ast);
            let (got, codes) = pyrs_dump(&module, "<case>", text, rec.future);
            if with_parser {
                let via_parser = dump_via_pyrs_parser("<case>", text.as_bytes(), rec.future);
                parser_path.check(&rec.name, &rec.expected, &via_parser);
            }
            if got != rec.expected {
                failures.push(format!(
                    "{}: {}\n--- expected\n{}--- got\n{}",
                    rec.name,
                    first_difference(&rec.expected, &got),
                    rec.expected,
                    got
                ));
            } else if let (k, Some(diff)) = compare_codes(&rec.codes, &codes) {
                failures.push(format!("{}: {diff}", rec.name));
                code_keys += k;
            } else {
                code_keys += compare_codes(&rec.codes, &codes).0;
            }
            n += 1;
        }
        assert_eq!(
            n,
            cases.len(),
            "cases.expected is stale: regenerate it with gen_cases.py"
        );
        eprintln!(
            "symbol-table cases: {n} compared, {} equal; code objects: {code_keys} compared",
            n - failures.len()
        );
        parser_path.report("symbol-table cases");
        failures
    });
    assert!(
        failures.is_empty(),
        "{} case(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Compares pyrs's tables of `files` with those CPython dumps for them at test time with
/// `script` (cpython_stdlib.py for the files themselves, cpython_snippets.py for the code
/// snippets in their strings).
fn compare_files_with_cpython(test: &str, what: &str, script: &str, files: Vec<PathBuf>) {
    let Some(py) = support::cpython_or_skip(test) else {
        return;
    };
    if files.is_empty() {
        eprintln!("skipping {test}: no {what} found");
        return;
    }
    let script = data_dir().join(script);
    let mut child = Command::new(py)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run CPython");
    let mut stdin = child.stdin.take().expect("stdin");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let stdout = child.stdout.take().expect("stdout");
    let (compared, equal, unparsed, code_keys, errors, failures, parser_path) =
        with_big_stack(move || {
            let mut r = BufReader::with_capacity(1 << 20, stdout);
            let (mut compared, mut equal, mut unparsed, mut code_keys, mut errors) =
                (0, 0, 0, 0, 0);
            let with_parser = pyrs_parser_available();
            let mut parser_path = ParserPath::default();
            let mut failures = Vec::new();
            while let Some(rec) = read_record(&mut r) {
                let Some(ast) = &rec.ast else {
                    unparsed += 1;
                    continue;
                };
                let module = cpython_ast::read(ast);
                let bytes = if rec.source.is_empty() {
                    std::fs::read(&rec.name).unwrap_or_default()
                } else {
                    rec.source.clone()
                };
                let text = String::from_utf8_lossy(&bytes);
                let (got, codes) = pyrs_dump(&module, &rec.name, &text, rec.future);
                if with_parser {
                    let via_parser = dump_via_pyrs_parser(&rec.name, &bytes, rec.future);
                    parser_path.check(&rec.name, &rec.expected, &via_parser);
                }
                compared += 1;
                if rec.expected.starts_with("error ") {
                    errors += 1;
                }
                if got != rec.expected {
                    failures.push(format!(
                        "{}: {}",
                        rec.name,
                        first_difference(&rec.expected, &got)
                    ));
                    continue;
                }
                let (k, diff) = compare_codes(&rec.codes, &codes);
                code_keys += k;
                match diff {
                    Some(diff) => failures.push(format!("{}: {diff}", rec.name)),
                    None => equal += 1,
                }
            }
            (
                compared,
                equal,
                unparsed,
                code_keys,
                errors,
                failures,
                parser_path,
            )
        });
    writer.join().expect("writer");
    let status = child.wait().expect("CPython");
    assert!(status.success(), "the CPython dumper failed");
    eprintln!(
        "symbol tables of {what}: {} files read, {compared} programs compared ({errors} of them SyntaxErrors), {equal} equal, {unparsed} not compiled by CPython (syntax or __future__ errors); code objects: {code_keys} compared",
        files.len()
    );
    parser_path.report(&format!("symbol tables of {what}"));
    assert!(compared > 0, "no file compared");
    assert!(
        failures.is_empty(),
        "{} file(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn stdlib_matches_cpython() {
    compare_files_with_cpython(
        "stdlib_matches_cpython",
        "the standard library",
        "cpython_stdlib.py",
        support::stdlib_sources(),
    );
}

/// The code snippets in the strings of CPython's own tests (test_syntax, test_scope,
/// test_named_expressions, test_type_params, ...): many of them raise the symbol table's errors.
#[test]
fn cpython_test_snippets_match_cpython() {
    let files: Vec<PathBuf> = support::stdlib_sources()
        .into_iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "test"))
        .collect();
    compare_files_with_cpython(
        "cpython_test_snippets_match_cpython",
        "the code snippets of CPython's tests",
        "cpython_snippets.py",
        files,
    );
}

/// The programs of tests/programs, the engines' test corpus.
#[test]
fn test_programs_match_cpython() {
    let mut files = Vec::new();
    let mut stack =
        vec![Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs")).to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    compare_files_with_cpython(
        "test_programs_match_cpython",
        "tests/programs",
        "cpython_stdlib.py",
        files,
    );
}

/// The scope keys code generation looks scopes up by, as documented on `ScopeKey`.
#[test]
fn scope_keys_follow_the_documented_nodes() {
    use pyrs::frontend::ast::{ExprKind, StmtKind};
    use pyrs::frontend::symtable::ScopeKey;

    let data = std::fs::read(data_dir().join("cases.expected")).expect("cases.expected");
    let mut r = &data[..];
    let rec = std::iter::from_fn(|| read_record(&mut r))
        .find(|r| r.name == "keys_contract")
        .expect("case");
    let module = cpython_ast::read(rec.ast.as_ref().expect("tree"));
    let source = SourceFile::new("<case>", "", false);
    let table = symtable::build(&module, &source, rec.future).expect("table");
    let check = |key: ScopeKey, kind: ScopeKind, name: &str| {
        let id = table
            .lookup_key(key)
            .unwrap_or_else(|| panic!("no scope for {name}"));
        let s = table.scope(id);
        assert_eq!((s.kind, &*s.name), (kind, name));
        s
    };
    let Mod::Module(body) = &module else {
        panic!("module")
    };
    assert_eq!(table.lookup_key(ScopeKey::of(&module)), Some(table.top));
    let StmtKind::FunctionDef(f) = &body[1].kind else {
        panic!("def")
    };
    check(ScopeKey::of(&body[1]), ScopeKind::Function, "f");
    check(ScopeKey::of(&f.type_params), ScopeKind::TypeParam, "f");
    check(
        ScopeKey::of(&f.type_params[0]),
        ScopeKind::TypeVarBound,
        "T",
    );
    check(ScopeKey::of(&*f.args), ScopeKind::Annotation, "_annotation");
    check(
        ScopeKey::of(&**f.returns.as_ref().expect("returns")),
        ScopeKind::Annotation,
        "_annotation",
    );
    let StmtKind::AnnAssign {
        annotation, value, ..
    } = &f.body[0].kind
    else {
        panic!("annassign")
    };
    check(
        ScopeKey::of(&**annotation),
        ScopeKind::Annotation,
        "_annotation",
    );
    let lambda = value.as_ref().expect("value");
    check(ScopeKey::of(&**lambda), ScopeKind::Function, "lambda");
    let ExprKind::Lambda { body: comp, .. } = &lambda.kind else {
        panic!("lambda")
    };
    let s = check(ScopeKey::of(&**comp), ScopeKind::Function, "listcomp");
    assert!(s.comp_inlined);
    let StmtKind::ClassDef(c) = &body[2].kind else {
        panic!("class")
    };
    let s = check(ScopeKey::of(&body[2]), ScopeKind::Class, "C");
    assert!(!s.needs_classdict);
    check(ScopeKey::of(&c.type_params), ScopeKind::TypeParam, "C");
    let StmtKind::TypeAlias {
        type_params, value, ..
    } = &body[3].kind
    else {
        panic!("type")
    };
    check(ScopeKey::of(&body[3]), ScopeKind::TypeAlias, "Al");
    check(ScopeKey::of(type_params), ScopeKind::TypeParam, "Al");
    let s = check(ScopeKey::of(&**value), ScopeKind::Function, "genexpr");
    assert!(s.generator && !s.comp_inlined);
    // Every scope is found by its own key: no two scopes share one.
    for (i, s) in table
        .scopes
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind != ScopeKind::Annotation)
    {
        assert_eq!(
            table.lookup_key(s.key).map(|id| id.0 as usize),
            Some(i),
            "scope {} has a shared key",
            s.name
        );
    }
}
