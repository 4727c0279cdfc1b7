//! The per-engine bytecode cache of source modules: `SourceLoader.get_code` of CPython's
//! importlib, with the running engine's cache tag. A valid pyc in `__pycache__` (or under
//! `sys.pycache_prefix`) is used as is; a missing, stale, truncated, wrong-magic or corrupt one
//! is ignored, the source compiled, and the pyc written again (atomically), unless
//! `sys.dont_write_bytecode` says not to; a folder that cannot be written is skipped silently.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bytecode::code::{CodeObject, Constant};
use crate::machine::Engine;
use crate::bytecode::pyc::{self, PycHeader, Validation};
use crate::frontend::{self, CompileOptions, Mode};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// How hash-based pycs are checked against their source (`--check-hash-based-pycs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CheckHashMode {
    /// Checked-hash pycs are checked, unchecked ones trusted.
    #[default]
    Default,
    Always,
    Never,
}

impl CheckHashMode {
    pub fn parse(s: &str) -> Option<CheckHashMode> {
        match s {
            "default" => Some(CheckHashMode::Default),
            "always" => Some(CheckHashMode::Always),
            "never" => Some(CheckHashMode::Never),
            _ => None,
        }
    }
}

/// What the import system reads from `sys` at each import.
pub struct CacheSettings {
    pub dont_write: bool,
    pub prefix: Option<PathBuf>,
}

/// The code of the source module `name` at `source`, and the pyc path it is cached at (None
/// when no cache path applies).
pub fn source_code(vm: &mut Vm, name: &str, source: &Path, settings: &CacheSettings) -> PyResult<(Arc<CodeObject>, Option<PathBuf>)> {
    if let Some(bytes) = super::library::read(source) {
        let code = compile(vm, bytes, source)?;
        return Ok((code, None));
    }
    let bytecode_path = cache_path(vm, source, settings.prefix.as_deref());
    let meta = std::fs::metadata(source).map_err(|e| os_error(vm, &e, source))?;
    let mtime = pyc::source_mtime(&meta);
    let size = meta.len();
    let mut source_bytes: Option<Vec<u8>> = None;
    // The kind of pyc to write back: that of the one found, if it was hash-based.
    let mut hash_based: Option<bool> = None;
    if let Some(bpath) = &bytecode_path
        && let Ok(data) = std::fs::read(bpath)
    {
        match cached_code(vm, name, source, &data, mtime, size, &mut source_bytes, &mut hash_based) {
            Some(code) => {
                verbose(vm, &format!("# {} matches {}", bpath.display(), source.display()));
                verbose(vm, &format!("# code object from '{}'", bpath.display()));
                return Ok((fix_filename(code, source), bytecode_path));
            }
            None => {}
        }
    }
    let bytes = match source_bytes {
        Some(b) => b,
        None => std::fs::read(source).map_err(|e| os_error(vm, &e, source))?,
    };
    let code = compile(vm, &bytes, source)?;
    verbose(vm, &format!("# code object from {}", source.display()));
    if let Some(bpath) = &bytecode_path
        && !settings.dont_write
    {
        let header = match hash_based {
            Some(check_source) => PycHeader::hash_of(&bytes, check_source),
            None => PycHeader::timestamp(mtime, size),
        };
        let data = pyc::build_pyc(&code, &header);
        let mode = pyc::calc_mode(source);
        match pyc::set_data(bpath, &data, mode) {
            Ok(()) => verbose(vm, &format!("# created '{}'", bpath.display())),
            Err(e) => verbose(vm, &format!("# could not create '{}': {}", bpath.display(), e.text)),
        }
    }
    Ok((code, bytecode_path))
}

/// Where the running engine caches the code of `source` (`cache_from_source` with the
/// engine's tag, the optimization level and the prefix); None when no cache path applies.
pub fn cache_path(vm: &Vm, source: &Path, prefix: Option<&Path>) -> Option<PathBuf> {
    pyc::cache_from_source_with_prefix(source, vm.engine.cache_tag(), &optimization_tag(vm), prefix).ok()
}

/// The optimization part of a cache file's name under `-O`/`-OO` ("" without).
pub fn optimization_tag(vm: &Vm) -> String {
    match vm.settings.optimize {
        0 => String::new(),
        n => n.to_string(),
    }
}

/// `sys.pycache_prefix` now (None when unset or not a str).
pub fn pycache_prefix(vm: &Vm) -> Option<PathBuf> {
    sys_attr(vm, "pycache_prefix").and_then(|v| crate::runtime::ops::repr::text_of(&v)).map(PathBuf::from)
}

/// The code of a valid cached pyc (None: stale or unreadable, compile the source).
#[allow(clippy::too_many_arguments)]
fn cached_code(
    vm: &mut Vm,
    name: &str,
    source: &Path,
    data: &[u8],
    mtime: i64,
    size: u64,
    source_bytes: &mut Option<Vec<u8>>,
    hash_based: &mut Option<bool>,
) -> Option<Arc<CodeObject>> {
    let header = match pyc::classify_pyc(data, name) {
        Ok(h) => h,
        Err(e) => {
            verbose(vm, &format!("# {}", e.msg));
            return None;
        }
    };
    match header.validation {
        Validation::Hash { check_source, .. } => {
            *hash_based = Some(check_source);
            let mode = vm.settings.check_hash_based_pycs;
            if mode != CheckHashMode::Never && (check_source || mode == CheckHashMode::Always) {
                let bytes = std::fs::read(source).ok()?;
                let ok = pyc::validate_hash(&header, &pyc::source_hash(&bytes), name);
                *source_bytes = Some(bytes);
                if let Err(e) = ok {
                    verbose(vm, &format!("# {}", e.msg));
                    return None;
                }
            }
        }
        Validation::Timestamp { .. } => {
            if let Err(e) = pyc::validate_timestamp(&header, mtime, Some(size), name) {
                verbose(vm, &format!("# {}", e.msg));
                return None;
            }
        }
    }
    match pyc::read_pyc(data, name, &source.display().to_string()) {
        Ok((_, code)) => Some(code),
        Err(e) => {
            verbose(vm, &format!("# {}", e.msg));
            None
        }
    }
}

/// Compiles a module's source, reporting its warnings.
fn compile(vm: &mut Vm, bytes: &[u8], source: &Path) -> PyResult<Arc<CodeObject>> {
    let opts = CompileOptions { mode: Mode::Exec, optimize: vm.settings.optimize, ..CompileOptions::default() };
    let filename = source.display().to_string();
    match frontend::compile_bytes(bytes, &filename, &opts) {
        Ok(c) => {
            if !c.warnings.is_empty() {
                crate::runtime::warnings::warn_compile(vm, &c.warnings)?;
            }
            Ok(c.code)
        }
        Err(e) => Err(crate::runtime::builtins::exec::compile_error_to_exception(vm, &e)),
    }
}

/// The code of a sourceless module (`m.pyc` where `m.py` would be): its header is checked
/// (magic and flags), not its validation fields; any problem is an ImportError.
pub fn sourceless_code(vm: &mut Vm, name: &str, path: &Path) -> PyResult<Arc<CodeObject>> {
    let data = std::fs::read(path).map_err(|e| os_error(vm, &e, path))?;
    match pyc::read_pyc(&data, name, &path.display().to_string()) {
        Ok((_, code)) => {
            verbose(vm, &format!("# code object from '{}'", path.display()));
            Ok(code)
        }
        Err(e) => {
            let err = vm.error_named(e.exc_type, e.msg);
            if vm.err_is(&err, &vm.types.exc.import_error.clone()) {
                crate::runtime::objects::exception_kinds::set_name(vm, &err, name);
                crate::runtime::objects::exception_kinds::set_path(vm, &err, &path.display().to_string());
            }
            Err(err)
        }
    }
}

/// importlib's `_fix_co_filename`: a cached code object compiled for another path (the
/// source was moved) takes the source's path, in all its nested code objects.
fn fix_filename(code: Arc<CodeObject>, source: &Path) -> Arc<CodeObject> {
    let path = source.display().to_string();
    if *code.filename == *path {
        return code;
    }
    let name: Arc<str> = Arc::from(path.as_str());
    rename(&code, &name)
}

fn rename(code: &CodeObject, name: &Arc<str>) -> Arc<CodeObject> {
    let mut c = code.clone();
    c.filename = name.clone();
    for k in c.consts.iter_mut() {
        if let Constant::Code(inner) = k {
            *inner = rename(inner, name);
        }
    }
    Arc::new(c)
}

/// The OSError of a failed read or stat of a module's file.
pub(super) fn os_error(vm: &mut Vm, e: &std::io::Error, path: &Path) -> crate::runtime::vm::PyErr {
    let name = vm.new_str(&path.display().to_string());
    crate::runtime::io::os_error(vm, e.raw_os_error().unwrap_or(0), Some(name))
}

/// A line of `-v` output (on stderr), when verbose.
pub fn verbose(vm: &Vm, line: &str) {
    if vm.settings.verbose > 0 {
        eprintln!("{line}");
    }
}

/// The value of `sys.<name>`, if set.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let d = vm.sys.dict.borrow().clone()?;
    crate::runtime::objects::dict::dict_get_str(vm, &d, &vm.intern(name))
}
