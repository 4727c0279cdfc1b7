//! The runtime on CPython's own .pyc files: every program of tests/programs/ that CPython 3.12
//! compiles (and that tests/programs/xfail.txt does not list as failing under the engine; those of
//! stackless/ need a module only `--impl stackless` has and are left out) is
//! compiled by CPython (`py_compile`, one CPython process for all of them) into a temporary
//! folder, and `pyrs <case>.cpython-312.pyc` must print what CPython printed for the program:
//! the same stdout, stderr and exit status, output normalized as tests/programs.rs does.
//!
//! A run of a .pyc prints no compile-time warnings, so where the committed output cannot apply
//! to a run of the .pyc (the programs of `warnings/`), the reference is what CPython itself
//! prints running the same .pyc. Skipped with a printed reason where CPython 3.12 is absent.

mod support;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use support::programs::{compare, expected_for_engine, program_name, run_in, xfail};

/// How long one run of a program may take.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Compiles each `SOURCE\tPYC` line of stdin with py_compile; prints `ok` or `fail MESSAGE` for
/// each, on one line.
const COMPILE_ALL: &str = r#"
import py_compile, sys
for line in sys.stdin:
    src, cfile = line.rstrip("\n").split("\t")
    try:
        py_compile.compile(src, cfile=cfile, doraise=True)
        print("ok", flush=True)
    except Exception as e:
        print("fail", str(e).replace("\n", " "), flush=True)
"#;

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
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

/// A temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Has CPython compile every source into its .pyc; returns, for each, None or why it failed.
fn compile_with_cpython(python: &Path, jobs: &[(PathBuf, PathBuf)]) -> Vec<Option<String>> {
    let mut child = Command::new(python)
        .args(["-X", "utf8", "-W", "ignore", "-c", COMPILE_ALL])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("CPython starts");
    let mut input = String::new();
    for (src, pyc) in jobs {
        input += &format!("{}\t{}\n", src.display(), pyc.display());
    }
    let mut stdin = child.stdin.take().expect("a pipe to CPython");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("CPython runs");
    let _ = writer.join();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut results: Vec<Option<String>> = text
        .lines()
        .map(|l| (l != "ok").then(|| l.trim_start_matches("fail ").to_string()))
        .collect();
    results.resize(jobs.len(), Some("CPython gave no answer".into()));
    results
}

#[test]
fn cpython_pycs_run_under_pyrs() {
    let Some(python) = support::cpython_or_skip("cpython_pycs_run_under_pyrs") else {
        return;
    };
    let tmp =
        Scratch(std::env::temp_dir().join(format!("pyrs-cpython-pycs-{}", std::process::id())));
    let mut jobs = Vec::new();
    let mut listed = 0;
    for path in programs() {
        let name = program_name(&path);
        // stackless/ needs the `stackless` module, which only `--impl stackless` has
        // (tests/programs.rs runs those programs under it alone).
        if name.starts_with("syntax_errors/") || name.starts_with("stackless/") {
            continue;
        }
        if xfail().contains(&format!("cpython {name}")) {
            listed += 1;
            continue;
        }
        let folder = tmp.0.join(name.split('/').next().unwrap_or("top"));
        std::fs::create_dir_all(&folder).expect("a temporary folder");
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let pyc = folder.join(format!("{stem}.cpython-312.pyc"));
        jobs.push((path, pyc));
    }
    let compiled = compile_with_cpython(python, &jobs);

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let not_compiled = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((src, pyc)) = jobs.get(i) else { break };
                    let name = program_name(src);
                    if let Some(why) = &compiled[i] {
                        not_compiled.lock().unwrap().push(format!("{name}: {why}"));
                        continue;
                    }
                    let dir = src.parent().expect("a program lives in a folder");
                    let got = run_in(dir, &support::pyrs_bin(), &[pyc.as_os_str()], TIMEOUT);
                    // pyrs runs it under its default engine, the cpython one.
                    let expected = expected_for_engine(src, "cpython");
                    if got == expected {
                        continue;
                    }
                    // The committed output may not apply to a run of a .pyc: then CPython's own run
                    // of the same .pyc is the reference.
                    let args = ["-X".as_ref(), "utf8".as_ref(), pyc.as_os_str()];
                    let reference = run_in(dir, python, &args, TIMEOUT);
                    let diff = if reference != expected {
                        compare(
                            "pyrs running CPython's .pyc (reference: CPython running it)",
                            &reference,
                            &got,
                        )
                    } else {
                        compare("pyrs running CPython's .pyc", &expected, &got)
                    };
                    if !diff.is_empty() {
                        failures.lock().unwrap().push(format!("{name}:\n{diff}"));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    let not_compiled = not_compiled.into_inner().unwrap();
    failures.sort();
    for n in &not_compiled {
        eprintln!("not compiled by CPython, skipped: {n}");
    }
    eprintln!(
        "{} CPython .pyc files run ({} programs skipped as listed in tests/programs/xfail.txt, {} not compiled); {} failed",
        jobs.len() - not_compiled.len(),
        listed,
        not_compiled.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
