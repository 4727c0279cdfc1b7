//! The data-driven program tests: every `tests/programs/<area>/<case>.py` is one test, checked
//! against what CPython 3.12 printed for it (`<case>.stdout`, and `<case>.stderr` / `<case>.exit`
//! when not empty / not 0), written by tests/data/gen_program_outputs.py.
//!
//! - A program of `syntax_errors/` is given to the `pyrs` binary, which must refuse it as
//!   CPython does: the same stderr and exit status.
//! - Any other program is compiled by pyrs's front end into a .pyc (in a temporary folder),
//!   which CPython 3.12 then runs: the same stdout, stderr and exit status show that pyrs
//!   compiled it right. Skipped with a printed reason where CPython 3.12 is absent. A run of a
//!   .pyc prints no compile-time warnings, so the ones pyrs's compiler reports are put before its
//!   stderr, as CPython prints them when it runs a source file (programs of `warnings/` have some).
//! - Each program also runs under every engine listed in `ENGINES`, and must print what
//!   CPython printed, or `<case>.<engine>.stdout` (`.stderr`, `.exit`) where that engine
//!   differs by design (the cpython engine's RecursionError on a recursion the others run on
//!   the heap).
//! - The programs of `stackless/` use the `stackless` module, which only the stackless engine
//!   has: they run under it alone, against outputs that follow Stackless Python's documented
//!   behaviour (tests/programs/stackless/README.md), not CPython's.
//!
//! Programs run in their own folder with no PYTHON* variables in the environment. Tracebacks
//! name a program by its absolute path; the folder's absolute path plus "/" is removed from the
//! output before comparing, as the generator did.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use pyrs::bytecode::code::Constant;
use pyrs::bytecode::{marshal, pyc};
use pyrs::frontend::{self, CompileError, CompileOptions};
use rstest::rstest;
use support::programs::{compare, expected_for_engine, expected_outcome, run_in, xfail, Outcome};

/// The engines every program also runs under, as `pyrs --impl NAME <case>.py`.
/// TODO(issue 7): add "pypy" when that engine starts running programs.
const ENGINES: &[&str] = &["cpython", "stackless"];

/// With PYRS_XFAIL_RECORD=FILE, engine results are appended to FILE (`pass|fail ENGINE CASE`)
/// instead of being checked against the xfail list.
fn record_engine_result(engine: &str, case: &str, passed: bool) -> bool {
    let Ok(file) = std::env::var("PYRS_XFAIL_RECORD") else { return false };
    use std::io::Write as _;
    let line = format!("{} {engine} {case}\n", if passed { "pass" } else { "fail" });
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(file) {
        let _ = f.write_all(line.as_bytes());
    }
    true
}

/// How long one run of a program may take (they take well under a second).
const TIMEOUT: Duration = Duration::from_secs(30);

/// The area whose programs CPython refuses to compile.
const SYNTAX_ERRORS: &str = "syntax_errors";

/// The area of the `stackless` module's programs (see the module documentation).
const STACKLESS: &str = "stackless";

#[rstest]
fn program(#[files("tests/programs/**/*.py")] path: PathBuf) {
    let case = Case::new(path);
    let expected = case.expected();
    let mut failures = String::new();
    if case.area() == SYNTAX_ERRORS {
        let got = case.run(&support::pyrs_bin(), &[case.path.as_os_str()]);
        failures += &compare("pyrs refusing it", &expected, &got);
    } else if case.area() != STACKLESS
        && let Some(python) = support::cpython_or_skip(&case.name())
    {
        failures += &case.check_pyc_under_cpython(python, &expected);
    }
    // Syntax errors were checked above (pyrs refusing them is the same under every engine).
    let engines: &[&str] = match case.area().as_str() {
        SYNTAX_ERRORS => &[],
        STACKLESS => &["stackless"],
        _ => ENGINES,
    };
    for engine in engines {
        let got = case.run(
            &support::pyrs_bin(),
            &["--impl".as_ref(), engine.as_ref(), case.path.as_os_str()],
        );
        let expected = expected_for_engine(&case.path, engine);
        let diff = compare(&format!("pyrs --impl {engine}"), &expected, &got);
        let name = case.name();
        if record_engine_result(engine, &name, diff.is_empty()) {
            continue;
        }
        let listed = xfail().contains(&format!("{engine} {name}"));
        match (listed, diff.is_empty()) {
            (false, _) => failures += &diff,
            (true, true) => {
                failures += &format!("now passes under --impl {engine}: remove \"{engine} {name}\" from tests/programs/xfail.txt\n");
            }
            (true, false) => {}
        }
    }
    assert!(failures.is_empty(), "{}:\n{failures}", case.name());
}

/// One program.
struct Case {
    /// Its absolute path.
    path: PathBuf,
    /// Its folder, where it runs.
    dir: PathBuf,
}

impl Case {
    fn new(path: PathBuf) -> Case {
        let dir = path
            .parent()
            .expect("a program lives in a folder")
            .to_path_buf();
        Case { path, dir }
    }

    /// `area/case.py`.
    fn name(&self) -> String {
        let file = self.path.file_name().unwrap_or_default().to_string_lossy();
        format!("{}/{file}", self.area())
    }

    fn area(&self) -> String {
        self.dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    }

    fn sibling(&self, ext: &str) -> PathBuf {
        self.path.with_extension(ext)
    }

    fn expected(&self) -> Outcome {
        expected_outcome(&self.path)
    }

    /// Compiles the program with pyrs into a .pyc and runs that under CPython; returns the
    /// failures found (empty when it behaves as expected).
    fn check_pyc_under_cpython(&self, python: &Path, expected: &Outcome) -> String {
        let source = match std::fs::read(&self.path) {
            Ok(s) => s,
            Err(e) => return format!("cannot read the program: {e}\n"),
        };
        let filename = self.path.to_string_lossy();
        let compiled = match frontend::compile_bytes(&source, &filename, &CompileOptions::default())
        {
            Ok(c) => c,
            Err(CompileError::Syntax(e)) => {
                return format!("pyrs failed to compile it:\n{}", e.render());
            }
            Err(CompileError::Other { exc_type, msg }) => {
                return format!("pyrs failed to compile it: {exc_type}: {msg}\n");
            }
        };
        let warnings = frontend::render_warnings(&compiled.warnings, &source, &filename);
        let mut data = pyc_header(&self.path, source.len());
        data.extend(marshal::dumps(&Constant::Code(compiled.code)));
        let scratch = match Scratch::new(&self.name()) {
            Ok(s) => s,
            Err(e) => return format!("cannot make a temporary folder: {e}\n"),
        };
        let pyc_path = scratch
            .0
            .join(self.sibling("pyc").file_name().unwrap_or_default());
        if let Err(e) = std::fs::write(&pyc_path, &data) {
            return format!("cannot write {}: {e}\n", pyc_path.display());
        }
        let mut got = self.run(
            python,
            &["-X".as_ref(), "utf8".as_ref(), pyc_path.as_os_str()],
        );
        let prefix = format!("{}/", self.dir.display());
        got.stderr = warnings.replace(&prefix, "") + &got.stderr;
        compare("CPython 3.12 running pyrs's .pyc", expected, &got)
    }

    /// Runs a command in the program's folder (see `support::programs::run_in`).
    fn run(&self, exe: &Path, args: &[&std::ffi::OsStr]) -> Outcome {
        run_in(&self.dir, exe, args, TIMEOUT)
    }
}

/// The 16-byte header of a timestamp-based .pyc for a source file: magic, flags 0, the source's
/// modification time and size (CPython ignores both when running a .pyc named on its command line).
fn pyc_header(source: &Path, size: usize) -> Vec<u8> {
    let mtime = std::fs::metadata(source)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    let mut h = Vec::with_capacity(16);
    h.extend_from_slice(&pyc::MAGIC);
    h.extend_from_slice(&0u32.to_le_bytes());
    h.extend_from_slice(&mtime.to_le_bytes());
    h.extend_from_slice(&(size as u32).to_le_bytes());
    h
}

/// A temporary folder of one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(case: &str) -> std::io::Result<Scratch> {
        let tag: String = case
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let dir = std::env::temp_dir().join(format!("pyrs-program-{}-{tag}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

