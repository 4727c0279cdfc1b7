//! `pyrs -m compileall -q` over a copy of CPython 3.12's whole standard library (outside
//! site-packages): every file CPython 3.12 compiles, pyrs compiles; every file CPython rejects,
//! pyrs rejects with the same SyntaxError (class and message); and every .pyc pyrs writes loads
//! in CPython 3.12 as a code object equal to CPython's own compilation of the source.
//!
//! Frozenset constants are compared as sets: pyrs writes their elements in the order the
//! compiler added them, CPython in its set's iteration order, which for str and bytes elements
//! depends on the per-process hash seed. The order a loaded frozenset iterates in depends on the
//! order its elements were written (through hash collisions), so not even CPython's own pycs
//! keep it: the oracle runs with PYTHONHASHSEED=0 and reports how many frozensets loaded from
//! pyrs's pycs, and from a marshal round trip of CPython's code, iterate as CPython's do.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Reads the relative paths of every source on stdin (one a line) under the root `argv[1]`.
/// For each one, compiles its bytes as `py_compile` does and prints `REJECT <path> <class>
/// <message>` (tab-separated) when CPython raises; otherwise loads the .pyc pyrs wrote beside
/// it, checks its header against the source's mtime and size, and prints `SAME <path>` or
/// `NOPYC`/`HEADER`/`DIFF <path> <detail>`. Ends with `STATS` figures.
const ORACLE: &str = r#"
import importlib._bootstrap_external as ext, marshal, math, os, struct, sys, types, warnings
warnings.simplefilter('ignore')
root = sys.argv[1]
ATTRS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
         'co_flags', 'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars',
         'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
         'co_exceptiontable')
stats = dict(codes=0, frozensets=0, same_order_pyrs=0, same_order_cpython_round_trip=0,
             nan_files=0)
def same(a, b, path):
    if type(a) is not type(b):
        return f'{path}: {type(a).__name__} != {type(b).__name__}'
    if isinstance(a, types.CodeType):
        stats['codes'] += 1
        for attr in ATTRS:
            if getattr(a, attr) != getattr(b, attr):
                return f'{path}.{attr}: {getattr(a, attr)!r} != {getattr(b, attr)!r}'
        return same(a.co_consts, b.co_consts, f'{path}<{a.co_qualname}>.co_consts')
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f'{path}: {a!r} != {b!r}'
        for i, (x, y) in enumerate(zip(a, b)):
            r = same(x, y, f'{path}[{i}]')
            if r:
                return r
        return None
    if isinstance(a, frozenset):
        if a != b or sorted(map(repr, a)) != sorted(map(repr, b)):
            return f'{path}: {a!r} != {b!r}'
        return None
    if isinstance(a, float):
        ok = struct.pack('<d', a) == struct.pack('<d', b)
        return None if ok else f'{path}: {a!r} != {b!r}'
    if isinstance(a, complex):
        ok = struct.pack('<dd', a.real, a.imag) == struct.pack('<dd', b.real, b.imag)
        return None if ok else f'{path}: {a!r} != {b!r}'
    return None if a == b else f'{path}: {a!r} != {b!r}'
def has_nan(c):
    for k in c.co_consts:
        if isinstance(k, float) and math.isnan(k) or isinstance(k, complex) and (k != k):
            return True
        if isinstance(k, (tuple, frozenset)) and any(isinstance(x, (float, complex)) and x != x for x in k):
            return True
        if isinstance(k, types.CodeType) and has_nan(k):
            return True
    return False
def frozensets(c, out):
    for k in c.co_consts:
        if isinstance(k, frozenset):
            out.append(tuple(k))
        elif isinstance(k, types.CodeType):
            frozensets(k, out)
    return out
def count_orders(code, mine):
    ours, theirs = frozensets(code, []), frozensets(mine, [])
    again = frozensets(marshal.loads(marshal.dumps(code)), [])
    stats['frozensets'] += len(ours)
    stats['same_order_pyrs'] += sum(a == b for a, b in zip(ours, theirs))
    stats['same_order_cpython_round_trip'] += sum(a == b for a, b in zip(ours, again))
def one_line(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
for rel in sys.stdin.read().splitlines():
    path = os.path.join(root, rel)
    with open(path, 'rb') as f:
        source = f.read()
    try:
        code = compile(source, path, 'exec', dont_inherit=True)
    except Exception as e:
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        print(f'REJECT\t{rel}\t{type(e).__name__}\t{one_line(msg)}')
        continue
    head, name = os.path.split(path)
    try:
        with open(os.path.join(head, '__pycache__', name[:-3] + '.cpython-312.pyc'), 'rb') as f:
            data = f.read()
    except OSError:
        print(f'NOPYC\t{rel}')
        continue
    st = os.stat(path)
    header = ext.MAGIC_NUMBER + struct.pack('<III', 0, int(st.st_mtime) & 0xFFFFFFFF,
                                            st.st_size & 0xFFFFFFFF)
    if data[:16] != header:
        print(f'HEADER\t{rel}\t{data[:16].hex()} != {header.hex()}')
        continue
    try:
        mine = marshal.loads(data[16:])
    except Exception as e:
        print(f'DIFF\t{rel}\tmarshal.loads: {type(e).__name__}: {e}')
        continue
    r = same(code, mine, 'module')
    if r is None and code != mine:
        if has_nan(code):
            stats['nan_files'] += 1
        else:
            r = 'code objects are not ==, though every field compares equal'
    if r is None:
        count_orders(code, mine)
    print(f'SAME\t{rel}' if r is None else f'DIFF\t{rel}\t{one_line(r)}')
print('STATS', *(f'{k}={v}' for k, v in stats.items()))
"#;

/// What CPython or pyrs made of one source.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Compiled,
    /// The exception class and message.
    Rejected(String, String),
}

/// Copies a directory tree, leaving out site-packages and __pycache__ folders.
fn copy_stdlib(from: &Path, to: &Path) -> usize {
    fs::create_dir_all(to).unwrap();
    let mut files = 0;
    for e in fs::read_dir(from).unwrap().flatten() {
        let name = e.file_name();
        let (src, dst) = (e.path(), to.join(&name));
        let meta = fs::symlink_metadata(&src).unwrap();
        if meta.is_dir() {
            if name != "site-packages" && name != "__pycache__" {
                files += copy_stdlib(&src, &dst);
            }
        } else if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&src).unwrap(), &dst).unwrap();
        } else {
            fs::copy(&src, &dst).unwrap();
            files += 1;
        }
    }
    files
}

/// Every file under `root` as a path relative to it (with `/`), sorted.
fn walk(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if fs::symlink_metadata(&p).unwrap().is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(root).unwrap();
                out.push(
                    rel.to_str()
                        .expect("a non-UTF-8 path in the standard library")
                        .to_string(),
                );
            }
        }
    }
    out.sort();
    out
}

/// The source a `__pycache__/NAME.cpython-312.pyc` path belongs to, if it is one.
fn source_of_pyc(rel: &str) -> Option<String> {
    let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
    let stem = file.strip_suffix(".cpython-312.pyc")?;
    let parent = if dir == "__pycache__" {
        Some("")
    } else {
        dir.strip_suffix("/__pycache__")
    }?;
    Some(if parent.is_empty() {
        format!("{stem}.py")
    } else {
        format!("{parent}/{stem}.py")
    })
}

/// The files `compileall -q` reported errors for, from its stdout: each `*** Error compiling
/// 'PATH'...` line starts a block whose exception line is `Class: message` (`Sorry: Class:
/// message` for errors other than SyntaxError). Paths are made relative to `root`.
fn reported_errors(stdout: &str, root: &str) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    let mut blocks = stdout.split("*** Error compiling ");
    let before = blocks.next().unwrap_or("");
    assert!(
        before.trim().is_empty(),
        "unexpected output before the first error:\n{before}"
    );
    for block in blocks {
        let (head, body) = block.split_once('\n').unwrap_or((block, ""));
        let quoted = head
            .strip_suffix("...")
            .unwrap_or_else(|| panic!("odd error line {head:?}"));
        let path = &quoted[1..quoted.len() - 1];
        let rel = path
            .strip_prefix(root)
            .unwrap_or(path)
            .trim_start_matches('/')
            .to_string();
        let lines: Vec<&str> = body.lines().collect();
        let exc = lines
            .iter()
            .position(|l| {
                let l = l.strip_prefix("Sorry: ").unwrap_or(l);
                l.split_once(": ").is_some_and(|(c, _)| {
                    !c.is_empty() && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
                }) && !l.starts_with(' ')
            })
            .unwrap_or_else(|| panic!("no exception line for {rel}:\n{body}"));
        let first = lines[exc].strip_prefix("Sorry: ").unwrap_or(lines[exc]);
        let (class, msg) = first.split_once(": ").unwrap();
        let rest: Vec<&str> = lines[exc + 1..].to_vec();
        let mut msg = msg.to_string();
        let tail = rest.join("\n");
        if !tail.trim().is_empty() {
            msg.push('\n');
            msg.push_str(tail.trim_end());
        }
        let msg = msg
            .replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('\t', "\\t");
        out.insert(rel, (class.to_string(), msg));
    }
    out
}

fn run_oracle(py: &Path, root: &Path, sources: &[String]) -> String {
    let mut child = Command::new(py)
        .arg("-c")
        .arg(ORACLE)
        .arg(root)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run CPython");
    let list: String = sources.iter().map(|s| format!("{s}\n")).collect();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the CPython oracle failed");
    String::from_utf8(out.stdout).unwrap()
}

/// Classes that are SyntaxError or one of its subclasses.
fn is_syntax_error(class: &str) -> bool {
    matches!(class, "SyntaxError" | "IndentationError" | "TabError")
}

#[test]
fn stdlib_compileall_matches_cpython() {
    let Some(py) = support::cpython_or_skip("stdlib_compileall_matches_cpython") else {
        return;
    };
    let stdlib = support::stdlib_dir().expect("CPython's standard library directory");
    let scratch: PathBuf =
        std::env::temp_dir().join(format!("pyrs-stdlib-compileall-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    let root = scratch.join("lib");

    let t = Instant::now();
    let copied = copy_stdlib(stdlib, &root);
    let copy_time = t.elapsed();
    let sources: Vec<String> = walk(&root)
        .into_iter()
        .filter(|p| p.ends_with(".py"))
        .collect();
    assert!(
        sources.len() > 1000,
        "only {} sources found under {}",
        sources.len(),
        stdlib.display()
    );

    let t = Instant::now();
    let out = Command::new(support::pyrs_bin())
        .args(["-m", "compileall", "-q"])
        .arg(&root)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .expect("run pyrs");
    let pyrs_time = t.elapsed();
    let stdout = String::from_utf8(out.stdout).expect("pyrs's output is UTF-8");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "pyrs panicked:\n{stderr}");
    let errors = reported_errors(&stdout, root.to_str().unwrap());

    // What pyrs did to each source: a reported error, or a pyc written.
    let pycs: BTreeSet<String> = walk(&root)
        .iter()
        .filter(|p| p.contains("__pycache__/"))
        .map(|p| source_of_pyc(p).unwrap_or_else(|| panic!("unexpected cache file {p}")))
        .collect();
    let known: BTreeSet<&String> = sources.iter().collect();
    for p in &pycs {
        assert!(
            known.contains(p),
            "pyrs wrote a pyc for {p}, which is not a source"
        );
    }
    let mut pyrs: BTreeMap<&str, Outcome> = BTreeMap::new();
    for s in &sources {
        let outcome = match (errors.get(s), pycs.contains(s)) {
            (None, true) => Outcome::Compiled,
            (Some((c, m)), false) => Outcome::Rejected(c.clone(), m.clone()),
            (None, false) => panic!("pyrs neither compiled {s} nor reported an error for it"),
            (Some(e), true) => panic!("pyrs reported {e:?} for {s} but wrote its pyc"),
        };
        pyrs.insert(s, outcome);
    }
    let pyrs_rejected = errors.len();
    assert_eq!(
        out.status.code(),
        Some(if pyrs_rejected == 0 { 0 } else { 1 }),
        "exit status of pyrs -m compileall -q"
    );

    let t = Instant::now();
    let report = run_oracle(py, &root, &sources);
    let oracle_time = t.elapsed();

    let mut cpython: BTreeMap<&str, Outcome> = BTreeMap::new();
    let mut mismatches = Vec::new();
    let mut same = 0;
    let mut stats = "";
    for line in report.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields[..] {
            ["REJECT", rel, class, msg] => {
                cpython.insert(rel, Outcome::Rejected(class.into(), msg.into()));
            }
            ["SAME", rel] => {
                cpython.insert(rel, Outcome::Compiled);
                same += 1;
            }
            [kind @ ("NOPYC" | "HEADER" | "DIFF"), rel, ..] => {
                cpython.insert(rel, Outcome::Compiled);
                if kind != "NOPYC" {
                    mismatches.push(line.to_string());
                }
            }
            _ if line.starts_with("STATS ") => stats = &line[6..],
            _ => panic!("unexpected oracle output {line:?}"),
        }
    }
    assert_eq!(cpython.len(), sources.len(), "the oracle skipped sources");

    let mut disagree = Vec::new();
    let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
    for (rel, theirs) in &cpython {
        let ours = &pyrs[rel];
        if ours != theirs {
            disagree.push(format!("{rel}: CPython {theirs:?}, pyrs {ours:?}"));
        }
        if let Outcome::Rejected(class, _) = ours {
            *classes.entry(class.as_str()).or_default() += 1;
            if !is_syntax_error(class) {
                disagree.push(format!(
                    "{rel}: pyrs rejected it with {class}, not a SyntaxError"
                ));
            }
        }
    }
    let compiled = cpython
        .values()
        .filter(|o| **o == Outcome::Compiled)
        .count();

    eprintln!(
        "{} files copied in {copy_time:.1?}; {} sources; pyrs -m compileall -q took {pyrs_time:.1?}, \
         the CPython oracle {oracle_time:.1?}",
        copied,
        sources.len()
    );
    eprintln!(
        "CPython compiles {compiled} and rejects {}; pyrs rejects {pyrs_rejected} ({classes:?}); \
         {} disagreements",
        sources.len() - compiled,
        disagree.len()
    );
    eprintln!("pycs equal to CPython's compile(): {same} of {compiled}; {stats}");
    let ok = disagree.is_empty() && mismatches.is_empty() && same == compiled;
    if ok {
        let _ = fs::remove_dir_all(&scratch);
    }
    assert!(
        disagree.is_empty(),
        "pyrs and CPython disagree on which files compile:\n{}",
        disagree.join("\n")
    );
    assert!(
        mismatches.is_empty(),
        "{} pycs differ from CPython's compilation (kept in {}):\n{}",
        mismatches.len(),
        scratch.display(),
        mismatches
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(same, compiled);
}
