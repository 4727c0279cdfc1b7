//! The disassembler against CPython 3.12's own: for a corpus of sources (a sample across the
//! standard library, and every program under tests/programs), CPython compiles each to a .pyc
//! and prints `dis.dis` of the code (what `python3.12 -m dis X.py` prints); pyrs loads the .pyc
//! and disassembles it. Every line must be equal, code-object addresses aside. This checks the
//! printer independently of pyrs's compiler.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use pyrs::bytecode::dis::{DisOptions, disassemble, disassemble_with};
use pyrs::bytecode::marshal::loads_code;

/// How many standard-library sources to sample (evenly across the sorted list), unless the
/// environment variable PYRS_DIS_SAMPLE gives another number (0 for all of them).
const STDLIB_SAMPLE: usize = 300;

/// Compiles each source listed in `list` (one path a line) to `<i>.pyc` in the directory of the
/// list, and writes `<i>.dis` with `dis.dis` of the compiled code, as `python -m dis` prints it,
/// and `<i>.pyc.dis` with `dis.dis` of the code loaded back from the .pyc, and for one source in
/// ten `<i>.C.dis` with the inline caches shown (`show_caches=True`, what `-C` shows). A source
/// CPython cannot compile is listed in `skipped.txt`.
const ORACLE: &str = r#"
import dis, importlib._bootstrap_external as ext, io, marshal, os, sys
out_dir = os.path.dirname(sys.argv[1])
skipped = []
with open(sys.argv[1], encoding="utf-8") as f:
    paths = f.read().splitlines()
for i, path in enumerate(paths):
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError):
        skipped.append(path)
        continue
    data = bytes(ext._code_to_timestamp_pyc(code, 0, len(source)))
    with open(os.path.join(out_dir, f"{i}.pyc"), "wb") as f:
        f.write(data)
    loaded = marshal.loads(data[16:])
    outputs = [(f"{i}.dis", code, False), (f"{i}.pyc.dis", loaded, False)]
    if i % 10 == 0:
        outputs.append((f"{i}.C.dis", loaded, True))
    for name, c, show_caches in outputs:
        buf = io.StringIO()
        dis.dis(c, file=buf, show_caches=show_caches)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(buf.getvalue())
with open(os.path.join(out_dir, "skipped.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(skipped))
"#;

/// Replaces every ` at 0x<hex>` (code-object addresses) by ` at 0x`.
fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

fn programs_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn corpus() -> Vec<PathBuf> {
    let stdlib = support::stdlib_sources();
    let sample = std::env::var("PYRS_DIS_SAMPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(STDLIB_SAMPLE);
    let step = stdlib.len().checked_div(sample).unwrap_or(1).max(1);
    let mut out: Vec<PathBuf> = stdlib.into_iter().step_by(step).collect();
    out.extend(programs_sources());
    out
}

/// A scratch directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("pyrs-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("cannot create a temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the oracle over the corpus; returns the scratch directory and the corpus.
fn run_oracle(py: &Path, tag: &str, corpus: &[PathBuf]) -> TempDir {
    let tmp = TempDir::new(tag);
    let list = tmp.0.join("list.txt");
    let text: Vec<String> = corpus.iter().map(|p| p.display().to_string()).collect();
    std::fs::write(&list, text.join("\n")).unwrap();
    let script = tmp.0.join("oracle.py");
    std::fs::write(&script, ORACLE).unwrap();
    let out = Command::new(py)
        .arg(&script)
        .arg(&list)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .expect("cannot run CPython");
    assert!(
        out.status.success(),
        "the CPython oracle failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tmp
}

#[test]
fn dis_of_cpython_pycs_matches_cpython() {
    let Some(py) = support::cpython_or_skip("dis_of_cpython_pycs_matches_cpython") else {
        return;
    };
    let corpus = corpus();
    let tmp = run_oracle(py, "dis-cpython", &corpus);
    let (mut files, mut lines, mut equal_lines, mut frozenset_order_files) = (0, 0, 0, 0);
    let mut with_caches = 0;
    let mut failures = Vec::new();
    for (i, path) in corpus.iter().enumerate() {
        let Ok(pyc) = std::fs::read(tmp.0.join(format!("{i}.pyc"))) else {
            continue;
        };
        let read = |name: String| {
            String::from_utf8_lossy(&std::fs::read(tmp.0.join(name)).unwrap()).into_owned()
        };
        let expected = normalize_addresses(&read(format!("{i}.dis")));
        let expected_pyc = normalize_addresses(&read(format!("{i}.pyc.dis")));
        let code = match loads_code(&pyc[16..]) {
            Ok(code) => code,
            Err(e) => {
                failures.push(format!(
                    "{}: marshal: {}: {}",
                    path.display(),
                    e.exc_type,
                    e.msg
                ));
                continue;
            }
        };
        let got = normalize_addresses(&disassemble(&code));
        files += 1;
        if let Ok(want) = std::fs::read(tmp.0.join(format!("{i}.C.dis"))) {
            let want = normalize_addresses(&String::from_utf8_lossy(&want));
            let got =
                normalize_addresses(&disassemble_with(&code, DisOptions { show_caches: true }));
            with_caches += 1;
            if got != want {
                failures.push(format!("{}: differs with the caches shown", path.display()));
            }
        }
        // CPython itself prints a frozenset constant in another order once it is loaded back from
        // the .pyc (marshal sorts the items and the set is rebuilt in that order) where items
        // collide in the hash table; pyrs prints what CPython prints for the .pyc's code object.
        let want = if expected != expected_pyc {
            frozenset_order_files += 1;
            &expected_pyc
        } else {
            &expected
        };
        lines += want.lines().count();
        equal_lines += got
            .lines()
            .zip(want.lines())
            .filter(|(g, w)| g == w)
            .count();
        if got != *want {
            let first = got
                .lines()
                .zip(want.lines())
                .enumerate()
                .find(|(_, (g, w))| g != w)
                .map(|(n, (g, w))| format!("line {}:\n  pyrs:    {g}\n  CPython: {w}", n + 1))
                .unwrap_or_else(|| {
                    format!(
                        "{} lines against {}",
                        got.lines().count(),
                        want.lines().count()
                    )
                });
            failures.push(format!("{}: {first}", path.display()));
        }
    }
    let skipped = std::fs::read_to_string(tmp.0.join("skipped.txt")).unwrap_or_default();
    eprintln!(
        "dis: {files} files ({} not compilable by CPython skipped, {with_caches} also with caches shown), \
         {equal_lines} of {lines} lines equal, {} files differ; {frozenset_order_files} files where \
         CPython's own output for the .pyc differs from the .py's",
        skipped.lines().count(),
        failures.len()
    );
    assert!(files > 0, "no file was compared");
    assert!(
        failures.is_empty(),
        "{} files differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The command line end to end: `pyrs -m dis X.pyc` against `python3.12 -m dis X.py`.
#[test]
fn command_line_matches_python_m_dis() {
    let Some(py) = support::cpython_or_skip("command_line_matches_python_m_dis") else {
        return;
    };
    let corpus: Vec<PathBuf> = corpus().into_iter().step_by(50).collect();
    let tmp = run_oracle(py, "dis-cli", &corpus);
    let mut compared = 0;
    for (i, path) in corpus.iter().enumerate() {
        let pyc = tmp.0.join(format!("{i}.pyc"));
        if !pyc.exists() {
            continue;
        }
        let ours = Command::new(support::pyrs_bin())
            .args(["-m", "dis"])
            .arg(&pyc)
            .output()
            .unwrap();
        assert!(
            ours.status.success(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&ours.stderr)
        );
        let theirs = Command::new(py)
            .args(["-m", "dis"])
            .arg(path)
            .env("PYTHONHASHSEED", "0")
            .output()
            .unwrap();
        assert!(theirs.status.success());
        let ours = normalize_addresses(&String::from_utf8_lossy(&ours.stdout));
        let theirs = normalize_addresses(&String::from_utf8_lossy(&theirs.stdout));
        let want = normalize_addresses(
            &std::fs::read_to_string(tmp.0.join(format!("{i}.pyc.dis"))).unwrap(),
        );
        assert!(
            ours == theirs || ours == want,
            "{}: pyrs -m dis differs from python3.12 -m dis",
            path.display()
        );
        compared += 1;
    }
    assert!(compared > 0, "no file was compared");
}

/// Usage errors: the exit status and the error line of `python3.12 -m dis` (whose usage line
/// lacks `-C`).
#[test]
fn command_line_errors_match_python_m_dis() {
    let Some(py) = support::cpython_or_skip("command_line_errors_match_python_m_dis") else { return };
    let missing = std::env::temp_dir().join(format!("pyrs-no-such-file-{}.py", std::process::id()));
    let missing = missing.display().to_string();
    for args in [vec![missing.as_str()], vec!["a.py", "b.py"], vec!["--bogus"]] {
        let ours = Command::new(support::pyrs_bin()).args(["-m", "dis"]).args(&args).output().unwrap();
        let theirs = Command::new(py).args(["-m", "dis"]).args(&args).output().unwrap();
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        let last = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).lines().last().map(str::to_owned);
        assert_eq!(last(&ours), last(&theirs), "{args:?}");
    }
}

/// A .pyc read from standard input (`-`) is recognized by its magic number.
#[test]
fn pyc_from_standard_input() {
    let Some(py) = support::cpython_or_skip("pyc_from_standard_input") else { return };
    let tmp = TempDir::new("dis-stdin");
    let source = tmp.0.join("m.py");
    std::fs::write(&source, "def f(a):\n    return a in {'x', 'y'}\n").unwrap();
    let corpus = vec![source.clone()];
    let oracle = run_oracle(py, "dis-stdin-oracle", &corpus);
    let pyc = std::fs::File::open(oracle.0.join("0.pyc")).unwrap();
    let ours = Command::new(support::pyrs_bin())
        .args(["-m", "dis", "-"])
        .stdin(pyc)
        .output()
        .unwrap();
    assert!(ours.status.success(), "{}", String::from_utf8_lossy(&ours.stderr));
    let want = std::fs::read_to_string(oracle.0.join("0.pyc.dis")).unwrap();
    assert_eq!(
        normalize_addresses(&String::from_utf8_lossy(&ours.stdout)),
        normalize_addresses(&want)
    );
}
