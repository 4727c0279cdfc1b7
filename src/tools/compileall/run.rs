//! compileall's `compile_dir` and `compile_file`: walking a tree, deciding which files need
//! compiling, naming their pycs and reporting as CPython's module does, in worker threads
//! when asked.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::bytecode::pyc::{self, fspath};
use crate::cli::InterpreterOptions;
use crate::tools::py_compile::{self, Compiler, Failure, InvalidationMode, Request};

/// The options of one run, as compileall's functions take them.
pub struct Settings {
    pub ddir: Option<PathBuf>,
    pub force: bool,
    pub rx: Option<regex::Regex>,
    /// 0: everything; 1: errors only; 2: nothing.
    pub quiet: usize,
    pub legacy: bool,
    /// The optimization levels (-1: the interpreter's).
    pub optimize: Vec<i64>,
    pub invalidation_mode: InvalidationMode,
    pub stripdir: Option<PathBuf>,
    pub prependdir: Option<PathBuf>,
    pub limit_sl_dest: Option<PathBuf>,
    pub hardlink_dupes: bool,
    /// The front end (`frontend::compile_bytes`; tests may stand in another).
    pub compiler: Compiler,
}

/// Where output goes: straight to stdout and stderr, or kept to be printed later in order.
pub struct Report {
    direct: bool,
    items: Vec<(bool, String)>,
}

impl Report {
    pub fn direct() -> Report {
        Report {
            direct: true,
            items: Vec::new(),
        }
    }

    /// Output kept in order, to be printed later or read with `text`.
    pub fn buffered() -> Report {
        Report {
            direct: false,
            items: Vec::new(),
        }
    }

    fn emit(&mut self, to_stderr: bool, text: String) {
        if self.direct {
            if to_stderr {
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            } else {
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
        } else {
            self.items.push((to_stderr, text));
        }
    }

    /// `print(text)`.
    fn line(&mut self, text: String) {
        self.emit(false, text + "\n");
    }

    fn replay(self, out: &mut Report) {
        for (to_stderr, text) in self.items {
            out.emit(to_stderr, text);
        }
    }

    /// What was kept for stdout (false) or stderr (true).
    pub fn text(&self, stderr: bool) -> String {
        self.items
            .iter()
            .filter(|(e, _)| *e == stderr)
            .map(|(_, t)| t.as_str())
            .collect()
    }
}

/// Compile warnings, which go to stderr.
struct Warnings<'a>(&'a mut Report);

impl Write for Warnings<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.emit(true, String::from_utf8_lossy(buf).into_owned());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `os.path.join(a, b)`.
fn join(a: &Path, b: &Path) -> PathBuf {
    let (ab, bb) = (fspath::path_bytes(a), fspath::path_bytes(b));
    if bb.first() == Some(&b'/') || ab.is_empty() {
        return b.to_path_buf();
    }
    let mut out = ab.to_vec();
    if out.last() != Some(&b'/') {
        out.push(b'/');
    }
    out.extend_from_slice(&bb);
    fspath::path_from_bytes(&out)
}

/// `os.path.join(*parts)` of path components.
fn join_parts(parts: &[&[u8]]) -> PathBuf {
    let mut out: Vec<u8> = Vec::new();
    for part in parts {
        if part.first() == Some(&b'/') {
            out = part.to_vec();
        } else if out.is_empty() || out.last() == Some(&b'/') {
            out.extend_from_slice(part);
        } else {
            out.push(b'/');
            out.extend_from_slice(part);
        }
    }
    fspath::path_from_bytes(&out)
}

/// The name compiled into the code object (`dfile`) for `fullname`.
fn destination_name(fullname: &Path, s: &Settings) -> Option<PathBuf> {
    let name = fullname.file_name().map(PathBuf::from).unwrap_or_default();
    let mut dfile = s.ddir.as_ref().map(|d| join(d, &name));
    if let Some(strip) = &s.stripdir {
        let full = fspath::path_bytes(fullname).into_owned();
        let strip = fspath::path_bytes(strip).into_owned();
        let full_parts: Vec<&[u8]> = full.split(|&b| b == b'/').collect();
        let strip_parts: Vec<&[u8]> = strip.split(|&b| b == b'/').collect();
        let mut parts = full_parts.clone();
        // As compileall does: each matching component is removed where it first occurs.
        for (s, o) in strip_parts.iter().zip(&full_parts) {
            if s == o
                && let Some(i) = parts.iter().position(|p| p == s)
            {
                parts.remove(i);
            }
        }
        dfile = Some(join_parts(&parts));
    }
    if let Some(prepend) = &s.prependdir {
        dfile = Some(join(prepend, dfile.as_deref().unwrap_or(fullname)));
    }
    dfile
}

/// The 12 bytes an up-to-date timestamp pyc starts with.
fn expected_header(fullname: &Path) -> Option<[u8; 12]> {
    let meta = std::fs::metadata(fullname).ok()?;
    let mut h = [0u8; 12];
    h[..4].copy_from_slice(&pyc::MAGIC);
    h[8..].copy_from_slice(&(pyc::source_mtime(&meta) as u32).to_le_bytes());
    Some(h)
}

fn starts_with_header(cfile: &Path, expect: &[u8; 12]) -> bool {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(cfile) else {
        return false;
    };
    let mut got = Vec::with_capacity(12);
    Read::by_ref(&mut f).take(12).read_to_end(&mut got).is_ok() && got == expect
}

/// compileall's `compile_file`: true unless compiling failed.
pub fn compile_file(
    fullname: &Path,
    s: &Settings,
    options: &InterpreterOptions,
    out: &mut Report,
) -> bool {
    let dfile = destination_name(fullname, s);
    let mut levels = s.optimize.clone();
    levels.sort_unstable();
    levels.dedup();
    if s.hardlink_dupes && levels.len() < 2 {
        out.emit(
            true,
            "ValueError: Hardlinking of duplicated bytecode makes sense only for more than one optimization level\n"
                .into(),
        );
        return false;
    }
    let full_str = fspath::path_display(fullname);
    if s.rx.as_ref().is_some_and(|rx| rx.is_match(&full_str)) {
        return true;
    }
    if let Some(limit) = &s.limit_sl_dest
        && fullname.is_symlink()
    {
        let resolve = |p: &Path| {
            std::fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .unwrap_or_default()
        };
        let limit = resolve(limit);
        if !resolve(fullname).ancestors().skip(1).any(|a| a == limit) {
            return true;
        }
    }
    if !fullname.is_file() {
        return true;
    }
    let mut cfiles = Vec::with_capacity(levels.len());
    for &level in &levels {
        let cfile = if s.legacy {
            let mut c = fullname.as_os_str().to_owned();
            c.push("c");
            Ok(PathBuf::from(c))
        } else {
            py_compile::cache_path(fullname, level, options)
        };
        match cfile {
            Ok(c) => cfiles.push(c),
            Err(Failure::Compile(msg) | Failure::Os(pyc::OsError { text: msg, .. })) => {
                out.emit(true, format!("{msg}\n"));
                return false;
            }
        }
    }
    if !full_str.ends_with(".py") {
        return true;
    }
    if !s.force
        && let Some(expect) = expected_header(fullname)
        && cfiles.iter().all(|c| starts_with_header(c, &expect))
    {
        return true;
    }
    let shown = fspath::path_repr(fullname);
    if s.quiet == 0 {
        out.line(format!("Compiling {shown}..."));
    }
    let mut failure = None;
    for (index, (&level, cfile)) in levels.iter().zip(&cfiles).enumerate() {
        let req = Request {
            file: fullname.to_path_buf(),
            cfile: Some(cfile.clone()),
            dfile: dfile.clone(),
            optimize: level,
            invalidation_mode: s.invalidation_mode,
        };
        if let Err(f) = py_compile::compile_with(&req, options, &mut Warnings(out), s.compiler) {
            failure = Some(f);
            break;
        }
        if index > 0
            && s.hardlink_dupes
            && let Err(e) = hardlink_if_same(&cfiles[index - 1], cfile)
        {
            failure = Some(Failure::Os(e));
            break;
        }
    }
    let Some(failure) = failure else { return true };
    if s.quiet >= 2 {
        return false;
    }
    if s.quiet == 1 {
        out.line(format!("*** Error compiling {shown}..."));
    } else {
        out.emit(false, "*** ".into());
    }
    match failure {
        Failure::Compile(msg) => out.line(msg),
        Failure::Os(e) => out.line(format!("{}: {}", e.exc_type, e.text)),
    }
    false
}

/// `--hardlink-dupes`: replaces `cfile` by a hard link to `previous` when their bytes are equal.
fn hardlink_if_same(previous: &Path, cfile: &Path) -> Result<(), pyc::OsError> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| pyc::OsError::from_io(&e, p));
    if read(previous)? != read(cfile)? {
        return Ok(());
    }
    std::fs::remove_file(cfile).map_err(|e| pyc::OsError::from_io(&e, cfile))?;
    std::fs::hard_link(previous, cfile).map_err(|e| pyc::OsError::from_io2(&e, previous, cfile))
}

/// compileall's `_walk_dir`: the files under `dir` in sorted order (directories recursed into
/// up to `maxlevels` deep, symbolic links to directories not followed), printing "Listing".
fn walk_dir(
    dir: &Path,
    maxlevels: i64,
    quiet: usize,
    out: &mut Report,
    files: &mut dyn FnMut(PathBuf, &mut Report),
) {
    if quiet == 0 {
        out.line(format!("Listing {}...", fspath::path_repr(dir)));
    }
    let listing = if dir.as_os_str().is_empty() {
        Err(())
    } else {
        std::fs::read_dir(dir).map_err(|_| ())
    };
    let mut names: Vec<(Vec<u32>, std::ffi::OsString)> = match listing {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| {
                (
                    fspath::fs_code_points(&fspath::path_bytes(Path::new(&e.file_name()))),
                    e.file_name(),
                )
            })
            .collect(),
        Err(()) => {
            if quiet < 2 {
                out.line(format!("Can't list {}", fspath::path_repr(dir)));
            }
            Vec::new()
        }
    };
    names.sort();
    for (_, name) in names {
        if name == "__pycache__" {
            continue;
        }
        let fullname = join(dir, Path::new(&name));
        if !fullname.is_dir() {
            files(fullname, out);
        } else if maxlevels > 0 && name != "." && name != ".." && !fullname.is_symlink() {
            walk_dir(&fullname, maxlevels - 1, quiet, out, files);
        }
    }
}

/// compileall's `compile_dir`. `maxlevels` None means the recursion limit (1000); `workers`
/// other than 1 compiles in that many threads (0: one per core). Err is the message of the
/// exception CPython raises for a negative worker count.
pub fn compile_dir(
    dir: &Path,
    maxlevels: Option<i64>,
    workers: i64,
    settings: &Settings,
    options: &InterpreterOptions,
) -> Result<bool, String> {
    compile_dir_to(
        dir,
        maxlevels,
        workers,
        settings,
        options,
        &mut Report::direct(),
    )
}

/// `compile_dir`, with its output sent to `out`.
pub fn compile_dir_to(
    dir: &Path,
    maxlevels: Option<i64>,
    workers: i64,
    settings: &Settings,
    options: &InterpreterOptions,
    out: &mut Report,
) -> Result<bool, String> {
    // With a destination directory, names are made by stripping `dir` and prepending it.
    let moved;
    let s = match &settings.ddir {
        Some(ddir) => {
            moved = Settings {
                ddir: None,
                stripdir: Some(dir.to_path_buf()),
                prependdir: Some(ddir.clone()),
                rx: settings.rx.clone(),
                optimize: settings.optimize.clone(),
                limit_sl_dest: settings.limit_sl_dest.clone(),
                ..*settings
            };
            &moved
        }
        None => settings,
    };
    if workers < 0 {
        return Err("ValueError: workers must be greater or equal to 0".into());
    }
    let maxlevels = maxlevels.unwrap_or(1000);
    if workers == 1 {
        let mut success = true;
        walk_dir(dir, maxlevels, s.quiet, out, &mut |file, out| {
            success &= compile_file(&file, s, options, out);
        });
        return Ok(success);
    }
    let mut files = Vec::new();
    walk_dir(dir, maxlevels, s.quiet, out, &mut |file, _| {
        files.push(file)
    });
    let threads = if workers == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        workers as usize
    };
    Ok(compile_parallel(
        out,
        &files,
        threads.min(files.len()).max(1),
        s,
        options,
    ))
}

/// Compiles `files` in `threads` worker threads; each file's output is printed in the order of
/// the files, as soon as the files before it are done.
fn compile_parallel(
    report: &mut Report,
    files: &[PathBuf],
    threads: usize,
    s: &Settings,
    options: &InterpreterOptions,
) -> bool {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, bool, Report)>();
    let mut success = true;
    let work = |tx: mpsc::Sender<(usize, bool, Report)>| {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(file) = files.get(i) else { break };
            let mut out = Report::buffered();
            let ok = compile_file(file, s, options, &mut out);
            if tx.send((i, ok, out)).is_err() {
                break;
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx_thread = tx.clone();
            let spawned = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn_scoped(scope, move || work(tx_thread));
            if spawned.is_err() {
                // No thread could be made: this one does the work.
                work(tx.clone());
            }
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut printed = 0;
        for (i, ok, out) in rx {
            success &= ok;
            pending.insert(i, out);
            while let Some(out) = pending.remove(&printed) {
                out.replay(report);
                printed += 1;
            }
        }
    });
    success
}
