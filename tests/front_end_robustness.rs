//! Robustness of the whole front end, and differential testing against CPython 3.12 on the way.
//!
//! Strange but mostly legal programs go through `frontend::compile_bytes` (all the stages:
//! decoding, parsing, folding, the symbol table, code generation, the flow graph, assembly):
//! mutants of real programs, random programs from the grammar, and programs at the front end's
//! limits. Nothing may panic, and every rejection must be a clear error (SyntaxError and its
//! subclasses, RecursionError, or another exception with a message, never SystemError). Where
//! CPython 3.12 is present it compiles the same sources: what it compiles, pyrs must compile to
//! the same code object; what it rejects, pyrs must reject.
//!
//! Random text and bytes go through every compile mode, and the `pyrs` command runs on garbage
//! sources and garbage .pyc files: a clear message, a sensible exit status, no panic.
//!
//! Everything is driven by a small deterministic generator from fixed seeds.

mod support;

#[path = "front_end_robustness/generate.rs"]
mod generate;
#[path = "front_end_robustness/known.rs"]
mod known;
#[path = "front_end_robustness/mutate.rs"]
mod mutate;
#[path = "front_end_robustness/oracle.rs"]
mod oracle;
#[path = "front_end_robustness/synthetic.rs"]
mod synthetic;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use pyrs::bytecode::code::CodeObject;
use pyrs::bytecode::pyc;
use pyrs::frontend::{CompileError, CompileOptions, Mode, compile_bytes};

use oracle::{Cpython, FILENAME, Scratch, cpython_compile, dis_diff, same_code};

/// A small deterministic generator (xorshift64*), so that failures reproduce.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            Some(&items[self.below(items.len())])
        }
    }
}

/// The exceptions a rejection may raise: all say what is wrong with the source.
const CLEAR_ERRORS: &[&str] = &[
    "SyntaxError",
    "IndentationError",
    "TabError",
    "RecursionError",
    "MemoryError",
    "OverflowError",
    "ValueError",
];

/// What pyrs made of one source.
enum Pyrs {
    Compiled(Arc<CodeObject>),
    Rejected(CompileError),
    /// A panic (caught here, or turned into a SystemError by the front end), or an unclear error.
    Broken(String),
}

fn pyrs_compile(source: &[u8], mode: Mode) -> Pyrs {
    let opts = CompileOptions {
        mode,
        ..CompileOptions::default()
    };
    match catch_unwind(AssertUnwindSafe(|| compile_bytes(source, FILENAME, &opts))) {
        Err(_) => Pyrs::Broken("panicked".into()),
        Ok(Ok(c)) => Pyrs::Compiled(c.code),
        Ok(Err(e)) if !CLEAR_ERRORS.contains(&e.exc_type()) || e.message().is_empty() => {
            Pyrs::Broken(format!("unclear error {e}"))
        }
        Ok(Err(e)) => Pyrs::Rejected(e),
    }
}

fn line_of(e: &CompileError) -> u32 {
    match e {
        CompileError::Syntax(s) => s.lineno,
        CompileError::Other { .. } => 0,
    }
}

/// Tallies of a differential run.
#[derive(Default)]
struct Tally {
    total: usize,
    both_compiled_same: usize,
    both_rejected: usize,
    same_class: usize,
    same_class_line_message: usize,
    cpython_crashed: usize,
    /// CPython's messages for what both reject, and how often.
    messages: BTreeMap<String, usize>,
    /// Compiled by CPython, but too deep for its marshal.
    unmarshallable: usize,
    /// Known differences met, by name, with one example each.
    known: BTreeMap<&'static str, (usize, String)>,
    failures: Vec<String>,
    kinds: BTreeMap<&'static str, usize>,
}

impl Tally {
    fn fail(&mut self, kind: &'static str, what: String) {
        *self.kinds.entry(kind).or_default() += 1;
        self.failures.push(what);
    }

    fn report(&self, label: &str, time: std::time::Duration) {
        eprintln!(
            "{label}: {} sources in {time:.1?}; compiled to identical code by both: {}; rejected by both: {} \
             (same class {}, same class, line and message {}); CPython crashed on {}; too deep for marshal {}; known differences {}; \
             failures {} {:?}",
            self.total,
            self.both_compiled_same,
            self.both_rejected,
            self.same_class,
            self.same_class_line_message,
            self.cpython_crashed,
            self.unmarshallable,
            self.known.values().map(|(n, _)| n).sum::<usize>(),
            self.failures.len(),
            self.kinds
        );
        let mut common: Vec<(&String, &usize)> = self.messages.iter().collect();
        common.sort_by(|a, b| b.1.cmp(a.1));
        let common: Vec<String> = common
            .iter()
            .take(6)
            .map(|(m, n)| format!("{n} x {m}"))
            .collect();
        eprintln!("  most common rejections: {}", common.join("; "));
        for (name, (n, example)) in &self.known {
            let why = known::COMPILE
                .iter()
                .find(|k| k.name == *name)
                .map_or("", |k| k.why);
            eprintln!("  known difference {name:?} x {n}: {why}\n    e.g. {example}");
        }
    }

    fn assert_clean(&self, label: &str) {
        let shown: Vec<&String> = self
            .failures
            .iter()
            .take(
                std::env::var("PYRS_SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(8),
            )
            .collect();
        assert!(
            self.failures.is_empty(),
            "{label}: {} failures {:?}; the first ones:\n{}",
            self.failures.len(),
            self.kinds,
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n---\n")
        );
    }
}

fn excerpt(source: &[u8]) -> String {
    let text = String::from_utf8_lossy(source);
    let cut: String = text.chars().take(1200).collect();
    if cut.len() < text.len() {
        format!("{cut}\n[... {} bytes]", source.len())
    } else {
        cut
    }
}

/// Compiles every named source with pyrs (in exec mode) and, if CPython is present, with
/// CPython, and compares. The known differences named in `expected` must be met.
fn differential(label: &str, cases: &[(String, Vec<u8>)], expected: &[&str]) -> Tally {
    let t = Instant::now();
    let ours: Vec<Pyrs> = cases
        .iter()
        .map(|(_, s)| pyrs_compile(s, Mode::Exec))
        .collect();
    let py = support::cpython_or_skip(label);
    let sources: Vec<Vec<u8>> = cases.iter().map(|(_, s)| s.clone()).collect();
    let theirs: Vec<Option<Cpython>> = match py {
        Some(py) => cpython_compile(py, &sources, label)
            .into_iter()
            .map(Some)
            .collect(),
        None => cases.iter().map(|_| None).collect(),
    };
    let mut tally = Tally {
        total: cases.len(),
        ..Tally::default()
    };
    for (((name, source), ours), theirs) in cases.iter().zip(&ours).zip(&theirs) {
        let case = || format!("case {name:?}:\n{}", excerpt(source));
        let disagreement = match (ours, theirs) {
            (Pyrs::Broken(what), _) => {
                tally.fail("pyrs broke", format!("{what}: {}", case()));
                continue;
            }
            (_, None) => continue,
            (_, Some(Cpython::Crashed(how))) => {
                tally.cpython_crashed += 1;
                eprintln!("  CPython crashed ({how}) on {name:?}");
                continue;
            }
            (Pyrs::Compiled(a), Some(Cpython::Compiled(b))) => match same_code(a, b) {
                Ok(()) => {
                    tally.both_compiled_same += 1;
                    None
                }
                Err(e) => Some(("different code", format!("{e}\n{}", dis_diff(a, b)))),
            },
            (Pyrs::Rejected(e), Some(Cpython::Rejected(class, line, msg))) => {
                tally.both_rejected += 1;
                *tally
                    .messages
                    .entry(format!(
                        "{class}: {}",
                        msg.chars().take(60).collect::<String>()
                    ))
                    .or_default() += 1;
                if e.exc_type() == class {
                    tally.same_class += 1;
                    if line_of(e) == *line && e.message().replace('\n', "\\n") == *msg {
                        tally.same_class_line_message += 1;
                    }
                }
                None
            }
            (Pyrs::Rejected(e), Some(Cpython::Compiled(_))) => {
                Some(("pyrs rejects what CPython compiles", format!("pyrs: {e}")))
            }
            (Pyrs::Compiled(_), Some(Cpython::Rejected(class, line, msg))) => Some((
                "pyrs compiles what CPython rejects",
                format!("CPython: {class}: {msg} (line {line})"),
            )),
            (Pyrs::Compiled(a), Some(Cpython::Unmarshallable(class, msg))) => {
                tally.unmarshallable += 1;
                match pyrs::bytecode::marshal::try_dumps(&pyrs::bytecode::code::Constant::Code(
                    a.clone(),
                )) {
                    Err(e) if e.to_string() == format!("{class}: {msg}") => None,
                    Err(e) => Some((
                        "marshal fails differently",
                        format!("pyrs: {e}; CPython: {class}: {msg}"),
                    )),
                    Ok(_) => Some((
                        "pyrs marshals what CPython cannot",
                        format!("CPython: {class}: {msg}"),
                    )),
                }
            }
            (Pyrs::Rejected(e), Some(Cpython::Unmarshallable(..))) => {
                Some(("pyrs rejects what CPython compiles", format!("pyrs: {e}")))
            }
        };
        let Some((kind, what)) = disagreement else {
            continue;
        };
        match known::COMPILE.iter().find(|k| (k.matches)(kind, &what)) {
            Some(k) => {
                let entry = tally
                    .known
                    .entry(k.name)
                    .or_insert((0, format!("{name}: {}", first_line(&what))));
                entry.0 += 1;
            }
            None => tally.fail(kind, format!("{kind}: {what}\n{}", case())),
        }
    }
    tally.report(label, t.elapsed());
    if py.is_some() {
        for name in expected {
            if !tally.known.contains_key(name) {
                tally.fail(
                    "known difference gone",
                    format!("the known difference {name:?} did not occur: update known.rs"),
                );
            }
        }
    }
    tally
}

fn first_line(s: &str) -> &str {
    let l = s.lines().next().unwrap_or("");
    &l[..l.floor_char_boundary(200)]
}

fn walk_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The programs mutants are made from: every program under tests/programs, and an even sample
/// of the standard library's smaller modules.
fn corpus() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    walk_py(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs"),
        &mut paths,
    );
    paths.sort();
    let stdlib: Vec<PathBuf> = support::stdlib_sources()
        .into_iter()
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() < 12_000))
        .collect();
    paths.extend(stdlib.iter().step_by((stdlib.len() / 60).max(1)).cloned());
    paths
        .into_iter()
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).ok()?,
            ))
        })
        .collect()
}

#[test]
fn mutated_programs() {
    let mut rng = Rng::new(20_260_101);
    let mut cases = Vec::new();
    for (name, text) in corpus() {
        for k in 0..4 {
            cases.push((
                format!("{name} mutant {k}"),
                mutate::mutate(&mut rng, &text).into_bytes(),
            ));
        }
    }
    let tally = differential(
        "mutated_programs",
        &cases,
        &["int literal over 4,300 digits"],
    );
    tally.assert_clean("mutated_programs");
}

#[test]
fn generated_programs() {
    let mut rng = Rng::new(7_777);
    let cases: Vec<(String, Vec<u8>)> = (0..1200)
        .map(|i| {
            let size = 5 + rng.below(60);
            (
                format!("generated {i}"),
                generate::Gen::program(&mut rng, size).into_bytes(),
            )
        })
        .collect();
    let tally = differential("generated_programs", &cases, &[]);
    assert!(
        tally.both_compiled_same * 2 > tally.total || support::cpython().is_none(),
        "most generated programs should be valid: only {} of {} compiled",
        tally.both_compiled_same,
        tally.total
    );
    tally.assert_clean("generated_programs");
}

#[test]
fn programs_at_the_limits() {
    let cases: Vec<(String, Vec<u8>)> = synthetic::programs()
        .into_iter()
        .map(|(n, t)| (n, t.into_bytes()))
        .collect();
    let tally = differential(
        "programs_at_the_limits",
        &cases,
        &[
            "int literal over 4,300 digits",
            "flat operator chain over 6,000",
            "f-string debug text with escapes",
        ],
    );
    tally.assert_clean("programs_at_the_limits");
}

/// Random token soup and random bytes through every compile mode: no panic, clear errors.
#[test]
fn random_text_and_bytes() {
    let tokens = [
        "x",
        "y",
        "def",
        "class",
        "lambda",
        "if",
        "else",
        "elif",
        "for",
        "in",
        "while",
        "try",
        "except",
        "except*",
        "finally",
        "with",
        "as",
        "return",
        "yield",
        "await",
        "async",
        "global",
        "nonlocal",
        "del",
        "import",
        "from",
        "match",
        "case",
        "type",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        ".",
        "=",
        ":=",
        "+",
        "-",
        "*",
        "**",
        "/",
        "@",
        "->",
        "...",
        "1",
        "1.5",
        "2j",
        "'s'",
        "b'b'",
        "f'{x}'",
        "f'{",
        "}'",
        "\n",
        "\n    ",
        "\n        ",
        "\\\n",
        "#c\n",
        "\t",
        " ",
        "\r\n",
        "\u{feff}",
        "é",
        "\0",
        "'''",
        "not",
        "and",
        "or",
        "is",
        "pass",
        "break",
        "continue",
        "*x",
        "**k",
        "_",
    ];
    let mut rng = Rng::new(4_242);
    let modes = [Mode::Exec, Mode::Eval, Mode::Single];
    let mut failures = Vec::new();
    let (mut compiled, mut total) = (0, 0);
    let t = Instant::now();
    for i in 0..6_000 {
        let source: Vec<u8> = if i % 3 == 0 {
            (0..rng.below(200)).map(|_| rng.next_u64() as u8).collect()
        } else {
            (0..1 + rng.below(40))
                .map(|_| *rng.pick(&tokens).unwrap())
                .collect::<String>()
                .into_bytes()
        };
        let mode = modes[i % 3];
        total += 1;
        match pyrs_compile(&source, mode) {
            Pyrs::Broken(what) => failures.push(format!(
                "{what} ({mode:?}): {:?}",
                String::from_utf8_lossy(&source)
            )),
            Pyrs::Compiled(_) => compiled += 1,
            Pyrs::Rejected(_) => {}
        }
    }
    eprintln!(
        "{total} random sources in {:.1?}: {compiled} compiled, the rest rejected cleanly",
        t.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Runs the `pyrs` binary; returns exit status, stdout and stderr.
fn run_pyrs(args: &[&std::ffi::OsStr], cwd: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(support::pyrs_bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .expect("run pyrs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether the source has a carriage return not followed by a line feed.
fn has_lone_cr(s: &[u8]) -> bool {
    s.iter()
        .enumerate()
        .any(|(i, &b)| b == b'\r' && s.get(i + 1) != Some(&b'\n'))
}

/// Whether the last line of an error output names an exception and says something.
fn clear_last_line(stderr: &str) -> bool {
    let last = stderr.trim_end().lines().last().unwrap_or("");
    let last = last.strip_prefix("Sorry: ").unwrap_or(last);
    last.split_once(": ").is_some_and(|(class, msg)| {
        !msg.trim().is_empty()
            && class.ends_with("Error")
            && class.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Garbage sources for the command line: random bytes, broken encodings and BOMs, null bytes,
/// deep nesting, bad indentation, an empty file.
fn garbage_sources(rng: &mut Rng) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n".to_vec(),
        b"# -*- coding: rot13 -*-\nk = 1\n".to_vec(),
        b"# coding: nonsense\n".to_vec(),
        b"x = '\xff'\n".to_vec(),
        b"x = 1\0\n".to_vec(),
        b"x = 1\r\x9a = 2\n".to_vec(),
        b"\xfe\xff\0x\0=\x001".to_vec(),
        b"if x:\n\ty = 1\n        z = 2\n".to_vec(),
        b"  x = 1\n".to_vec(),
        b"def f(:\n".to_vec(),
        format!("x = {}1\n", "(".repeat(300)).into_bytes(),
        format!("x = {}1\n", "-".repeat(100_000)).into_bytes(),
        b"x = '''unterminated\n".to_vec(),
        b"\\".to_vec(),
        b"f'{'\n".to_vec(),
        b"return\n".to_vec(),
        b"nonlocal x\n".to_vec(),
        b"x = yield\n".to_vec(),
    ];
    for _ in 0..14 {
        out.push((0..rng.below(400)).map(|_| rng.next_u64() as u8).collect());
    }
    out
}

/// A valid pyc of a small program, compiled by pyrs.
fn sample_pyc() -> Vec<u8> {
    let src = b"def f(a, *b, **c):\n    try:\n        return [x for x in b if x]\n    finally:\n        print(f'{a!r}')\nclass C: pass\n";
    let code = compile_bytes(src, "sample.py", &CompileOptions::default())
        .expect("compile the sample")
        .code;
    pyc::timestamp_pyc(&code, 1_700_000_000, src.len() as u64)
}

fn garbage_pycs(rng: &mut Rng) -> Vec<Vec<u8>> {
    let good = sample_pyc();
    let mut out = vec![
        Vec::new(),
        good[..4].to_vec(),
        good[..16].to_vec(),
        good[..good.len() / 2].to_vec(),
    ];
    let mut wrong_magic = good.clone();
    wrong_magic[0] ^= 1;
    out.push(wrong_magic);
    let mut bad_flags = good.clone();
    bad_flags[4] = 7;
    out.push(bad_flags);
    let mut not_code = good[..16].to_vec();
    not_code.extend_from_slice(b"i\x01\x00\x00\x00");
    out.push(not_code);
    for _ in 0..25 {
        let mut m = good.clone();
        for _ in 0..1 + rng.below(6) {
            let i = 16 + rng.below(m.len() - 16);
            match rng.below(3) {
                0 => m[i] ^= 1 << rng.below(8),
                1 => m[i] = rng.next_u64() as u8,
                _ => m.truncate(i),
            }
        }
        out.push(m);
    }
    for _ in 0..5 {
        let mut m = good[..16].to_vec();
        m.extend((0..rng.below(300)).map(|_| rng.next_u64() as u8));
        out.push(m);
    }
    out
}

/// The `pyrs` command on garbage: `pyrs FILE.py`, `pyrs -m py_compile FILE.py` (both compared
/// with CPython's exit status and error output where it is present), `pyrs -m dis FILE.py`,
/// `pyrs -m dis FILE.pyc` and `pyrs FILE.pyc` on broken pycs, and `pyrs -m compileall` over them
/// all: a clear last line, exit status 1, no panic.
#[test]
fn command_line_on_garbage() {
    let scratch = Scratch::new("cli");
    let dir = &scratch.0;
    let mut rng = Rng::new(99);
    let py = support::cpython_or_skip("command_line_on_garbage (the comparison with CPython)");
    let mut failures = Vec::new();
    let mut compared = 0;
    let mut known_met: BTreeMap<&str, usize> = BTreeMap::new();
    let check = |failures: &mut Vec<String>, what: String, status: Option<i32>, stderr: &str| {
        if stderr.contains("panicked") || status != Some(1) || !clear_last_line(stderr) {
            failures.push(format!("{what}: exit status {status:?}, stderr:\n{stderr}"));
        }
    };
    let sources = garbage_sources(&mut rng);
    for (i, s) in sources.iter().enumerate() {
        let name = format!("g{i}.py");
        std::fs::write(dir.join(&name), s).unwrap();
        let file = std::ffi::OsStr::new(&name);
        let direct = run_pyrs(&[file], dir);
        let via_py_compile = run_pyrs(&["-m".as_ref(), "py_compile".as_ref(), file], dir);
        let via_dis = run_pyrs(&["-m".as_ref(), "dis".as_ref(), file], dir);
        // Some of these compile: only their failures are judged.
        for (how, run) in [
            ("pyrs", &direct),
            ("pyrs -m py_compile", &via_py_compile),
            ("pyrs -m dis", &via_dis),
        ] {
            let (status, stderr) = (run.0, run.2.as_str());
            // `pyrs FILE` runs what compiles; its compile errors are compared with CPython's
            // below.
            if how == "pyrs" {
                if stderr.contains("panicked") {
                    failures.push(format!("{how} {name}: panicked:\n{stderr}"));
                }
                continue;
            }
            if status != Some(0) || stderr.contains("panicked") {
                check(&mut failures, format!("{how} {name}"), status, stderr);
            }
        }
        if let Some(py) = py {
            for (args, ours) in [
                (vec![file], &direct),
                (
                    vec!["-m".as_ref(), "py_compile".as_ref(), file],
                    &via_py_compile,
                ),
            ] {
                let theirs = Command::new(py)
                    .args(&args)
                    .current_dir(dir)
                    .output()
                    .expect("run CPython");
                let theirs_err = String::from_utf8_lossy(&theirs.stderr);
                // Only compile errors are compared (what compiles may fail later, at run time).
                let compile_error = |err: &str| {
                    let last = err.lines().last().unwrap_or("");
                    ["SyntaxError", "IndentationError", "TabError", "MemoryError: Parser", "ValueError: source code"]
                        .iter()
                        .any(|p| last.starts_with(p))
                };
                if theirs.status.code() != Some(1) || !compile_error(&theirs_err) {
                    continue;
                }
                compared += 1;
                if ours.0 == theirs.status.code() && ours.2 == theirs_err {
                    continue;
                }
                let absolute = format!("{}/", dir.display());
                let kind = if ours.0 == theirs.status.code()
                    && theirs_err.replace(&absolute, "") == ours.2
                {
                    "script path"
                } else if has_lone_cr(s) {
                    "lone CR"
                } else {
                    "differs"
                };
                let what = format!(
                    "{args:?} on {:?}: CPython ({:?}):\n{theirs_err}pyrs ({:?}):\n{}",
                    String::from_utf8_lossy(s),
                    theirs.status.code(),
                    ours.0,
                    ours.2
                );
                match known::COMMAND_LINE
                    .iter()
                    .find(|k| (k.matches)(kind, &what))
                {
                    Some(k) => *known_met.entry(k.name).or_default() += 1,
                    None => failures.push(what),
                }
            }
        }
    }
    let pycs = garbage_pycs(&mut rng);
    let (mut loaded, mut refused) = (0, 0);
    for (i, p) in pycs.iter().enumerate() {
        let name = format!("b{i}.pyc");
        std::fs::write(dir.join(&name), p).unwrap();
        let file = std::ffi::OsStr::new(&name);
        let (status, _, stderr) = run_pyrs(&["-m".as_ref(), "dis".as_ref(), file], dir);
        if status == Some(0) && !stderr.contains("panicked") {
            loaded += 1;
        } else {
            refused += 1;
            check(
                &mut failures,
                format!("pyrs -m dis {name}"),
                status,
                &stderr,
            );
        }
        // Running it: a pyc that loads may run or raise (status 0 or 1); one that does not
        // load is refused with a clear error.
        let dis_loaded = status == Some(0);
        let (status, _, stderr) = run_pyrs(&[file], dir);
        let ran = dis_loaded && matches!(status, Some(0) | Some(1));
        if !ran || stderr.contains("panicked") {
            check(&mut failures, format!("pyrs {name}"), status, &stderr);
        }
    }
    let (status, stdout, stderr) = run_pyrs(
        &[
            "-m".as_ref(),
            "compileall".as_ref(),
            "-q".as_ref(),
            dir.as_os_str(),
        ],
        dir,
    );
    if stderr.contains("panicked") || status != Some(1) || !stdout.contains("*** Error compiling") {
        failures.push(format!("pyrs -m compileall: {status:?}\n{stdout}{stderr}"));
    }
    eprintln!(
        "{} garbage sources (errors compared with CPython's {compared} times), {} garbage pycs ({loaded} still \
         load, {refused} refused)",
        sources.len(),
        pycs.len()
    );
    for k in known::COMMAND_LINE {
        match known_met.get(k.name) {
            Some(n) => eprintln!("  known difference {:?} x {n}: {}", k.name, k.why),
            None if py.is_some() => failures.push(format!(
                "the known difference {:?} did not occur: update known.rs",
                k.name
            )),
            None => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n---\n")
    );
}
