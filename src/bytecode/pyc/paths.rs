//! PEP 3147/488 file names: `cache_from_source` and `source_from_cache` with importlib's exact
//! string rules (POSIX separators), including `sys.pycache_prefix`.

use std::path::{Path, PathBuf};

use super::PycError;
use super::fspath::{fs_code_points, path_bytes, path_from_bytes, path_repr};
use crate::text::str_repr;

const PYCACHE: &[u8] = b"__pycache__";
const OPT: &[u8] = b"opt-";

fn value_error(msg: String) -> PycError {
    PycError {
        exc_type: "ValueError",
        msg,
    }
}

/// importlib's `_path_split`: at the last separator; no separator gives an empty head.
fn split(p: &[u8]) -> (&[u8], &[u8]) {
    match p.iter().rposition(|&b| b == b'/') {
        Some(i) => (&p[..i], &p[i + 1..]),
        None => (&[], p),
    }
}

/// importlib's POSIX `_path_join`: empty parts are dropped, trailing separators stripped.
fn join(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(b'/');
        }
        let end = part.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
        out.extend_from_slice(&part[..end]);
    }
    out
}

/// `str.isalnum()` of a non-empty string.
fn is_alnum(s: &[u8]) -> bool {
    match std::str::from_utf8(s) {
        Ok(t) => !t.is_empty() && t.chars().all(char::is_alphanumeric),
        Err(_) => false,
    }
}

/// `importlib.util.cache_from_source(path, optimization=...)` with cache tag `tag`:
/// `optimization` is "" for none, or the level ("1", "2"), which must be alphanumeric.
pub fn cache_from_source(path: &Path, tag: &str, optimization: &str) -> Result<PathBuf, PycError> {
    cache_from_source_with_prefix(path, tag, optimization, None)
}

/// `cache_from_source` under `sys.pycache_prefix` (`-X pycache_prefix`, `PYTHONPYCACHEPREFIX`).
pub fn cache_from_source_with_prefix(
    path: &Path,
    tag: &str,
    optimization: &str,
    pycache_prefix: Option<&Path>,
) -> Result<PathBuf, PycError> {
    let bytes = path_bytes(path);
    let (head, tail) = split(&bytes);
    let (base, sep, rest) = match tail.iter().rposition(|&b| b == b'.') {
        Some(i) => (&tail[..i], &tail[i..=i], &tail[i + 1..]),
        None => (&[][..], &[][..], tail),
    };
    let mut filename = Vec::with_capacity(tail.len() + tag.len() + 12);
    filename.extend_from_slice(if base.is_empty() { rest } else { base });
    filename.extend_from_slice(sep);
    filename.extend_from_slice(tag.as_bytes());
    if !optimization.is_empty() {
        if !is_alnum(optimization.as_bytes()) {
            return Err(value_error(format!(
                "{} is not alphanumeric",
                str_repr(optimization)
            )));
        }
        filename.push(b'.');
        filename.extend_from_slice(OPT);
        filename.extend_from_slice(optimization.as_bytes());
    }
    filename.extend_from_slice(b".pyc");
    let out = match pycache_prefix {
        Some(prefix) => {
            let head = abspath(head);
            let start = head.iter().position(|&b| b != b'/').unwrap_or(head.len());
            join(&[&path_bytes(prefix), &head[start..], &filename])
        }
        None => join(&[head, PYCACHE, &filename]),
    };
    Ok(path_from_bytes(&out))
}

/// importlib's `_path_abspath`: relative paths are joined to the current directory after
/// dropping a leading "./".
fn abspath(p: &[u8]) -> Vec<u8> {
    if p.first() == Some(&b'/') {
        return p.to_vec();
    }
    let p = p.strip_prefix(b"./").unwrap_or(p);
    let cwd = std::env::current_dir().unwrap_or_default();
    join(&[&path_bytes(&cwd), p])
}

/// `importlib.util.source_from_cache(path)`.
pub fn source_from_cache(path: &Path, pycache_prefix: Option<&Path>) -> Result<PathBuf, PycError> {
    let bytes = path_bytes(path);
    let (mut head, pycache_filename) = split(&bytes);
    let mut found_in_prefix = false;
    if let Some(prefix) = pycache_prefix {
        let pb = path_bytes(prefix);
        let end = pb.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
        let stripped = &pb[..end];
        if head.len() > stripped.len() && head.starts_with(stripped) && head[stripped.len()] == b'/'
        {
            head = &head[stripped.len()..];
            found_in_prefix = true;
        }
    }
    if !found_in_prefix {
        let (h, pycache) = split(head);
        if pycache != PYCACHE {
            return Err(value_error(format!(
                "__pycache__ not bottom-level directory in {}",
                path_repr(path)
            )));
        }
        head = h;
    }
    let dots = pycache_filename.iter().filter(|&&b| b == b'.').count();
    if dots != 2 && dots != 3 {
        return Err(value_error(format!(
            "expected only 2 or 3 dots in {}",
            str_repr(&fs_code_points(pycache_filename)[..])
        )));
    }
    if dots == 3 {
        // The part between the second-to-last and the last dot.
        let last = pycache_filename
            .iter()
            .rposition(|&b| b == b'.')
            .unwrap_or(0);
        let prev = pycache_filename[..last]
            .iter()
            .rposition(|&b| b == b'.')
            .unwrap_or(0);
        let optimization = &pycache_filename[prev + 1..last];
        if !optimization.starts_with(OPT) {
            return Err(value_error(
                "optimization portion of filename does not start with 'opt-'".to_owned(),
            ));
        }
        if !is_alnum(&optimization[OPT.len()..]) {
            return Err(value_error(format!(
                "optimization level {} is not an alphanumeric value",
                str_repr(&fs_code_points(optimization)[..])
            )));
        }
    }
    let base = pycache_filename.split(|&b| b == b'.').next().unwrap_or(&[]);
    let mut name = base.to_vec();
    name.extend_from_slice(b".py");
    Ok(path_from_bytes(&join(&[head, &name])))
}
