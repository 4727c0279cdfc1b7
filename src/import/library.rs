//! pyrs's own Python library (the `lib/` folder of the source tree), embedded in the binary at
//! build time. It is reached through one `sys.path` entry, as CPython reaches its standard
//! library through the path (so a program's own `json.py` beside it shadows the library's, as in
//! CPython): the entry is the executable's path followed by `/lib`, a folder that cannot exist on
//! disk, under which the import system's file questions (`is_dir`, `is_file`, `read`) are
//! answered from the embedded table. Library modules are compiled when imported and never
//! cached in a `__pycache__`.
//!
//! With the environment variable `PYRSLIB` naming a folder, that folder is the entry instead and
//! its files are read from disk, so the library can be worked on without rebuilding pyrs.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod files {
    include!(concat!(env!("OUT_DIR"), "/library_files.rs"));
}

/// The library's `sys.path` entry and whether it is the embedded copy.
fn root() -> &'static (PathBuf, bool) {
    static ROOT: OnceLock<(PathBuf, bool)> = OnceLock::new();
    ROOT.get_or_init(|| match std::env::var_os("PYRSLIB").filter(|v| !v.is_empty()) {
        Some(dir) => (std::path::absolute(PathBuf::from(&dir)).unwrap_or_else(|_| PathBuf::from(dir)), false),
        None => {
            let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("pyrs"));
            (exe.join("lib"), true)
        }
    })
}

/// The `sys.path` entry of the library.
pub fn entry() -> String {
    root().0.display().to_string()
}

/// The path of `p` inside the embedded library ('/'-separated, "" for the library's root), or
/// None when `p` is not under it (or the library is read from disk).
fn inner(p: &Path) -> Option<String> {
    let (base, embedded) = root();
    if !embedded {
        return None;
    }
    let rest = p.strip_prefix(base).ok()?;
    let parts: Vec<String> = rest.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    Some(parts.join("/"))
}

/// Whether `p` is a path inside the embedded library.
pub fn is_embedded(p: &Path) -> bool {
    inner(p).is_some()
}

/// The bytes of the embedded library file at `p` (None: not an embedded file).
pub fn read(p: &Path) -> Option<&'static [u8]> {
    let rel = inner(p)?;
    let i = files::FILES.binary_search_by(|(name, _)| (*name).cmp(rel.as_str())).ok()?;
    Some(files::FILES[i].1)
}

/// `p.is_file()`, answered by the embedded library for paths inside it.
pub fn is_file(p: &Path) -> bool {
    match inner(p) {
        Some(_) => read(p).is_some(),
        None => p.is_file(),
    }
}

/// `p.is_dir()`, answered by the embedded library for paths inside it (a folder there is a
/// prefix of some file's path).
pub fn is_dir(p: &Path) -> bool {
    match inner(p) {
        Some(rel) if rel.is_empty() => true,
        Some(rel) => {
            let prefix = format!("{rel}/");
            let i = files::FILES.partition_point(|(name, _)| *name < prefix.as_str());
            files::FILES.get(i).is_some_and(|(name, _)| name.starts_with(&prefix))
        }
        None => p.is_dir(),
    }
}

/// The bytes of a file, from the embedded library or from disk.
pub fn read_file(p: &Path) -> std::io::Result<Vec<u8>> {
    match inner(p) {
        Some(_) => read(p).map(<[u8]>::to_vec).ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound)),
        None => std::fs::read(p),
    }
}
