//! Finding a module on a search path (`sys.path`, or a package's `__path__`), as CPython's
//! `PathFinder` with its `FileFinder` does: in each folder in turn, a package (`name/__init__.py`,
//! or `__init__.pyc`), then a source module (`name.py`), then a sourceless one (`name.pyc`);
//! folders named `name` without an `__init__` are remembered as portions of a namespace package,
//! which is the result only when no folder holds the module itself.

use std::path::{Path, PathBuf};

use super::library;

/// Where a module was found.
#[derive(Clone, Debug)]
pub enum Found {
    /// `m.py`, or a package's `__init__.py` (`package` holds the package folder).
    Source { path: PathBuf, package: Option<PathBuf> },
    /// `m.pyc`, or a package's `__init__.pyc`, with no source beside it.
    Sourceless { path: PathBuf, package: Option<PathBuf> },
    /// A namespace package: its portions.
    Namespace(Vec<PathBuf>),
}

/// Searches `entries` (the folders to look in; "" is the current folder) for the module whose
/// last name part is `tail`.
pub fn find(entries: &[String], tail: &str) -> Option<Found> {
    let mut portions = Vec::new();
    for entry in entries {
        let dir: PathBuf = if entry.is_empty() { std::env::current_dir().ok()? } else { PathBuf::from(entry) };
        if !library::is_dir(&dir) {
            continue;
        }
        let pkg = dir.join(tail);
        if library::is_dir(&pkg) {
            let init = pkg.join("__init__.py");
            if library::is_file(&init) {
                return Some(Found::Source { path: shown(entry, &init), package: Some(shown(entry, &pkg)) });
            }
            let init_c = pkg.join("__init__.pyc");
            if library::is_file(&init_c) {
                return Some(Found::Sourceless { path: shown(entry, &init_c), package: Some(shown(entry, &pkg)) });
            }
        }
        let source = dir.join(format!("{tail}.py"));
        if library::is_file(&source) {
            return Some(Found::Source { path: shown(entry, &source), package: None });
        }
        let compiled = dir.join(format!("{tail}.pyc"));
        if library::is_file(&compiled) {
            return Some(Found::Sourceless { path: shown(entry, &compiled), package: None });
        }
        if library::is_dir(&pkg) {
            portions.push(shown(entry, &pkg));
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

/// The path as the module will show it: absolute, as CPython 3.12's `FileFinder` makes every
/// entry (the current folder for "").
fn shown(_entry: &str, p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}
