//! Writing pycs as importlib does: the mode from the source (`_calc_mode`), parent directories
//! created one at a time (`set_data`), and the atomic write through a temporary file created
//! with O_EXCL and then renamed (`_write_atomic`). Errors are OSErrors in Python's terms.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::fspath::path_repr;

/// An OSError as Python shows it: its class (`PermissionError`, ...) and its `str()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError {
    pub exc_type: &'static str,
    pub text: String,
}

impl fmt::Display for OsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for OsError {}

/// The OSError subclass Python raises for an errno.
fn class_of(errno: Option<i32>) -> &'static str {
    const EPERM: i32 = 1;
    const ENOENT: i32 = 2;
    const ESRCH: i32 = 3;
    const EINTR: i32 = 4;
    const ECHILD: i32 = 10;
    const EAGAIN: i32 = 11;
    const EACCES: i32 = 13;
    const EEXIST: i32 = 17;
    const ENOTDIR: i32 = 20;
    const EISDIR: i32 = 21;
    const EPIPE: i32 = 32;
    const ECONNABORTED: i32 = 103;
    const ECONNRESET: i32 = 104;
    const ESHUTDOWN: i32 = 108;
    const ETIMEDOUT: i32 = 110;
    const ECONNREFUSED: i32 = 111;
    const EALREADY: i32 = 114;
    const EINPROGRESS: i32 = 115;
    match errno {
        Some(EPERM | EACCES) => "PermissionError",
        Some(ENOENT) => "FileNotFoundError",
        Some(EEXIST) => "FileExistsError",
        Some(ENOTDIR) => "NotADirectoryError",
        Some(EISDIR) => "IsADirectoryError",
        Some(EINTR) => "InterruptedError",
        Some(ESRCH) => "ProcessLookupError",
        Some(ECHILD) => "ChildProcessError",
        Some(EAGAIN | EALREADY | EINPROGRESS) => "BlockingIOError",
        Some(EPIPE | ESHUTDOWN) => "BrokenPipeError",
        Some(ECONNABORTED) => "ConnectionAbortedError",
        Some(ECONNRESET) => "ConnectionResetError",
        Some(ECONNREFUSED) => "ConnectionRefusedError",
        Some(ETIMEDOUT) => "TimeoutError",
        _ => "OSError",
    }
}

/// The C library's text for an error, without Rust's " (os error N)".
fn strerror(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

impl OsError {
    /// An OSError with Python's own message (`FileExistsError("... is a symlink ...")`).
    pub fn custom(exc_type: &'static str, text: impl Into<String>) -> OsError {
        OsError {
            exc_type,
            text: text.into(),
        }
    }

    /// `[Errno N] strerror: 'filename'`.
    pub fn from_io(e: &io::Error, filename: &Path) -> OsError {
        let errno = e.raw_os_error();
        let text = match errno {
            Some(n) => format!("[Errno {n}] {}: {}", strerror(e), path_repr(filename)),
            None => format!("{}: {}", strerror(e), path_repr(filename)),
        };
        OsError {
            exc_type: class_of(errno),
            text,
        }
    }

    /// `[Errno N] strerror: 'src' -> 'dst'` (as `os.replace` reports).
    pub fn from_io2(e: &io::Error, src: &Path, dst: &Path) -> OsError {
        let mut err = OsError::from_io(e, src);
        err.text.push_str(&format!(" -> {}", path_repr(dst)));
        err
    }
}

/// importlib's `_calc_mode`: the source's mode with the owner-write bit, or 0o666.
pub fn calc_mode(source: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match fs::metadata(source) {
            Ok(m) => m.mode() | 0o200,
            Err(_) => 0o666 | 0o200,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = source;
        0o666
    }
}

/// `int(os.stat(path).st_mtime)`: seconds plus nanoseconds as a double (as CPython builds
/// st_mtime), truncated toward zero.
pub fn source_mtime(meta: &fs::Metadata) -> i64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let f = meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9;
        f.trunc() as i64
    }
    #[cfg(not(unix))]
    {
        match meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        {
            Some(d) => d.as_secs() as i64,
            None => 0,
        }
    }
}

/// A number for temporary file names, different for each call in this process and, through
/// the process id, between processes.
fn temp_number() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    (u64::from(std::process::id()) << 24) + n
}

/// importlib's `_write_atomic`: writes `data` to `<path>.<number>`, created with O_EXCL and
/// permissions `mode & 0o666`, then renames it over `path`. The temporary file is removed if
/// anything fails.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> Result<(), OsError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}", temp_number()));
    let tmp = PathBuf::from(tmp);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode & 0o666);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(&tmp).map_err(|e| OsError::from_io(&e, &tmp))?;
    let written = file.write_all(data).map_err(|e| OsError::from_io(&e, &tmp));
    drop(file);
    let result = written
        .and_then(|()| fs::rename(&tmp, path).map_err(|e| OsError::from_io2(&e, &tmp, path)));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// `os.makedirs(dir)` with an existing directory tolerated, as py_compile calls it: missing
/// ancestors are created first; the error names the directory that could not be made.
pub fn create_parent_dirs(dir: &Path) -> Result<(), OsError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        create_parent_dirs(parent)?;
    }
    match fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(OsError::from_io(&e, dir)),
    }
}

/// `SourceFileLoader.set_data`: creates the missing directories one at a time (tolerating a
/// directory created meanwhile) and writes atomically. importlib ignores the error this
/// returns; it is there for `-v`-style reporting.
pub fn set_data(path: &Path, data: &[u8], mode: u32) -> Result<(), OsError> {
    let mut missing = Vec::new();
    let mut parent = path.parent();
    while let Some(p) = parent {
        if p.as_os_str().is_empty() || p.is_dir() {
            break;
        }
        missing.push(p);
        parent = p.parent();
    }
    for dir in missing.into_iter().rev() {
        match fs::create_dir(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(OsError::from_io(&e, dir)),
        }
    }
    write_atomic(path, data, mode)
}
