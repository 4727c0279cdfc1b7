//! Helpers shared by the integration tests: finding CPython 3.12 (the oracle), its standard
//! library, and running it.

#![allow(dead_code)]

pub mod programs;
pub mod tree;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The CPython 3.12 executable, if this machine has one: `python3.12` run with
/// `PYENV_VERSION=3.12.1` (so a pyenv shim resolves to 3.12.1), resolved once to its real path.
pub fn cpython() -> Option<&'static Path> {
    static PY: OnceLock<Option<PathBuf>> = OnceLock::new();
    PY.get_or_init(|| {
        let out = Command::new("python3.12")
            .env("PYENV_VERSION", "3.12.1")
            .args([
                "-c",
                "import sys; print(sys.executable); print(sys.version_info[:2] == (3, 12))",
            ])
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        let mut lines = text.lines();
        let exe = PathBuf::from(lines.next()?);
        (lines.next()? == "True").then_some(exe)
    })
    .as_deref()
}

/// CPython 3.12, or None after printing why a test that needs it is skipped.
pub fn cpython_or_skip(test: &str) -> Option<&'static Path> {
    let py = cpython();
    if py.is_none() {
        eprintln!(
            "skipping {test}: CPython 3.12 (python3.12 with PYENV_VERSION=3.12.1) is not available"
        );
    }
    py
}

/// The directory of CPython 3.12's standard library.
pub fn stdlib_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = run_cpython(&[
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])?;
        let text = String::from_utf8(out.stdout).ok()?;
        Some(PathBuf::from(text.trim()))
    })
    .as_deref()
}

/// Every `.py` file of the standard library outside site-packages, sorted.
pub fn stdlib_sources() -> Vec<PathBuf> {
    let Some(dir) = stdlib_dir() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name();
            if p.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Runs CPython 3.12 with arguments; None if it is not available.
pub fn run_cpython(args: &[&str]) -> Option<Output> {
    let py = cpython()?;
    Command::new(py)
        .args(args)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .ok()
}

/// The pyrs binary built for this test run.
pub fn pyrs_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyrs"))
}
