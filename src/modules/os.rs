//! `_os`: the system calls under `os` (lib/os.py): paths and folders, file status, descriptors,
//! the environment, process ids, and the `O_*`/`F_OK` constants, through libc. Paths are str
//! (UTF-8, surrogateescape) or bytes; results follow the argument's kind. A failed call raises
//! the `OSError` subclass of its errno, naming the path(s) as CPython does.

use std::ffi::CString;

use crate::runtime::builtins::args::index_arg;
use crate::runtime::io::codec::{self, Codec};
use crate::runtime::object::Payload;
use crate::runtime::objects::bytes_type::{need_buffer, new_bytes};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// A path argument: its bytes and whether it was given as bytes.
struct PathArg {
    bytes: Vec<u8>,
    is_bytes: bool,
    original: Value,
}

impl PathArg {
    fn c(&self, vm: &Vm) -> PyResult<CString> {
        CString::new(self.bytes.clone()).map_err(|_| vm.value_error("embedded null byte"))
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn os_err(vm: &mut Vm, path: Option<&PathArg>) -> PyErr {
    let e = errno();
    crate::runtime::io::os_error(vm, e, path.map(|p| p.original.clone()))
}

fn os_err2(vm: &mut Vm, a: &PathArg, b: &PathArg) -> PyErr {
    let e = errno();
    let t = crate::runtime::io::errno_class(vm, e);
    let args = [Value::Int(e as i64), vm.new_str(&crate::runtime::io::strerror(e)), a.original.clone(), Value::None, b.original.clone()];
    match vm.call(&t.to_value(), &args, &[]) {
        Ok(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
        Ok(_) => vm.new_error(&t, crate::runtime::io::strerror(e)),
        Err(err) => err,
    }
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<PathArg> {
    let got = match v.payload() {
        Some(Payload::Str(s)) => Some((s.to_wtf8(), false)),
        Some(Payload::Bytes(b)) => Some((b.to_vec(), true)),
        _ => None,
    };
    let (bytes, is_bytes) = match got {
        Some(g) => g,
        None => {
            let name = vm.intern("__fspath__");
            let r = match v {
                Value::Obj(_) if !matches!(v.payload(), Some(Payload::Type(_))) => ops::call_special(vm, v, &name, &[])?,
                _ => None,
            };
            match r.as_ref().and_then(|r| r.payload()) {
                Some(Payload::Str(s)) => (s.to_wtf8(), false),
                Some(Payload::Bytes(b)) => (b.to_vec(), true),
                _ => {
                    let t = ops::type_name(vm, v);
                    return Err(vm.type_error(format!("{func}: path should be string, bytes or os.PathLike, not {t}")));
                }
            }
        }
    };
    if bytes.contains(&0) {
        return Err(vm.value_error(format!("{func}: embedded null character in path")));
    }
    Ok(PathArg { bytes, is_bytes, original: v.clone() })
}

/// Text from OS bytes (UTF-8, undecodable bytes as lone surrogates).
pub fn decode_os(vm: &Vm, b: &[u8]) -> Value {
    match codec::decode(Codec::Utf8, b, "surrogateescape", true) {
        Ok((cps, _)) => vm.str_value(PyString::from_vec(cps)),
        Err(_) => vm.new_str(&String::from_utf8_lossy(b)),
    }
}

fn name_value(vm: &Vm, b: &[u8], as_bytes: bool) -> Value {
    if as_bytes { new_bytes(vm, b.to_vec()) } else { decode_os(vm, b) }
}

fn int_arg(vm: &mut Vm, args: &CallArgs, i: usize, name: &str) -> PyResult<i64> {
    match args.pos().get(i) {
        Some(v) => index_arg(vm, v),
        None => Err(vm.type_error(format!("{name}() missing required argument (pos {})", i + 1))),
    }
}

fn path_at(vm: &mut Vm, args: &CallArgs, i: usize, name: &str) -> PyResult<PathArg> {
    let v = args.pos().get(i).cloned().ok_or_else(|| vm.type_error(format!("{name}() missing required argument 'path' (pos {})", i + 1)))?;
    path_arg(vm, name, &v)
}

fn check(vm: &mut Vm, r: libc::c_int, path: Option<&PathArg>) -> PyResult<Value> {
    if r < 0 { Err(os_err(vm, path)) } else { Ok(Value::None) }
}

fn getcwd(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(decode_os(vm, p.as_os_str().as_encoded_bytes())),
        Err(e) => Err(crate::runtime::io::os_error(vm, e.raw_os_error().unwrap_or(libc::ENOENT), None)),
    }
}

fn getcwdb(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_bytes(vm, p.as_os_str().as_encoded_bytes().to_vec())),
        Err(e) => Err(crate::runtime::io::os_error(vm, e.raw_os_error().unwrap_or(libc::ENOENT), None)),
    }
}

fn chdir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "chdir")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::chdir(c.as_ptr()) };
    check(vm, r, Some(&p))
}

fn listdir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = match args.pos().first() {
        None | Some(Value::None) => PathArg { bytes: b".".to_vec(), is_bytes: false, original: vm.new_str(".") },
        Some(v) => path_arg(vm, "listdir", &v.clone())?,
    };
    let path = std::path::PathBuf::from(std::ffi::OsString::from_vec_compat(p.bytes.clone()));
    let rd = match std::fs::read_dir(&path) {
        Ok(rd) => rd,
        Err(e) => return Err(crate::runtime::io::os_error(vm, e.raw_os_error().unwrap_or(libc::EIO), Some(p.original.clone()))),
    };
    let mut out = Vec::new();
    for entry in rd {
        match entry {
            Ok(e) => out.push(name_value(vm, e.file_name().as_encoded_bytes(), p.is_bytes)),
            Err(e) => return Err(crate::runtime::io::os_error(vm, e.raw_os_error().unwrap_or(libc::EIO), Some(p.original.clone()))),
        }
    }
    Ok(vm.new_list(out))
}

/// Building an `OsString` from raw bytes (Unix).
trait FromVecCompat {
    fn from_vec_compat(v: Vec<u8>) -> Self;
}

impl FromVecCompat for std::ffi::OsString {
    fn from_vec_compat(v: Vec<u8>) -> Self {
        std::os::unix::ffi::OsStringExt::from_vec(v)
    }
}

fn mkdir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "mkdir")?;
    let mode = if args.pos().len() > 1 { int_arg(vm, &args, 1, "mkdir")? } else { 0o777 };
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, Some(&p))
}

fn rmdir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "rmdir")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::rmdir(c.as_ptr()) };
    check(vm, r, Some(&p))
}

fn unlink(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "unlink")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::unlink(c.as_ptr()) };
    check(vm, r, Some(&p))
}

fn two_paths(vm: &mut Vm, args: &CallArgs, name: &str) -> PyResult<(PathArg, PathArg, CString, CString)> {
    let a = path_at(vm, args, 0, name)?;
    let b = path_at(vm, args, 1, name)?;
    let ca = a.c(vm)?;
    let cb = b.c(vm)?;
    Ok((a, b, ca, cb))
}

fn rename(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (a, b, ca, cb) = two_paths(vm, &args, "rename")?;
    // SAFETY: valid C strings.
    let r = unsafe { libc::rename(ca.as_ptr(), cb.as_ptr()) };
    if r < 0 { Err(os_err2(vm, &a, &b)) } else { Ok(Value::None) }
}

fn link(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (a, b, ca, cb) = two_paths(vm, &args, "link")?;
    // SAFETY: valid C strings.
    let r = unsafe { libc::link(ca.as_ptr(), cb.as_ptr()) };
    if r < 0 { Err(os_err2(vm, &a, &b)) } else { Ok(Value::None) }
}

fn symlink(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (a, b, ca, cb) = two_paths(vm, &args, "symlink")?;
    // SAFETY: valid C strings.
    let r = unsafe { libc::symlink(ca.as_ptr(), cb.as_ptr()) };
    if r < 0 { Err(os_err2(vm, &a, &b)) } else { Ok(Value::None) }
}

fn readlink(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "readlink")?;
    let c = p.c(vm)?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: a valid C string and a buffer of the given size.
    let n = unsafe { libc::readlink(c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(os_err(vm, Some(&p)));
    }
    buf.truncate(n as usize);
    Ok(name_value(vm, &buf, p.is_bytes))
}

/// The 19 values of a `stat_result`: the ten sequence fields, then the float times, the
/// nanosecond times, `st_blksize`, `st_blocks`, `st_rdev`.
fn stat_values(vm: &Vm, st: &libc::stat) -> Value {
    let ns = |s: i64, n: i64| -> Value {
        let v = (s as i128) * 1_000_000_000 + n as i128;
        match i64::try_from(v) {
            Ok(x) => Value::Int(x),
            Err(_) => Value::from_bigint(vm, num_bigint::BigInt::from(v)),
        }
    };
    let f = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    let items = vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
        f(st.st_atime, st.st_atime_nsec),
        f(st.st_mtime, st.st_mtime_nsec),
        f(st.st_ctime, st.st_ctime_nsec),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ];
    vm.new_tuple(items)
}

/// `stat(path, follow_symlinks)`: the values of a `stat_result`.
fn stat(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "stat")?;
    let follow = match args.pos().get(1) {
        Some(v) => ops::is_true(vm, v)?,
        None => true,
    };
    let c = p.c(vm)?;
    // SAFETY: a zeroed stat buffer is valid; `c` is a valid C string.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe { if follow { libc::stat(c.as_ptr(), &mut st) } else { libc::lstat(c.as_ptr(), &mut st) } };
    if r < 0 {
        return Err(os_err(vm, Some(&p)));
    }
    Ok(stat_values(vm, &st))
}

fn fstat(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fstat")?;
    // SAFETY: a zeroed stat buffer is valid.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::fstat(fd as i32, &mut st) };
    if r < 0 {
        return Err(os_err(vm, None));
    }
    Ok(stat_values(vm, &st))
}

/// `utime(path, atime_ns, mtime_ns, follow_symlinks)`; None times mean now.
fn utime(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "utime")?;
    let mut ts = [libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }, libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }];
    for (i, t) in ts.iter_mut().enumerate() {
        if let Some(v) = args.pos().get(1 + i).filter(|v| !v.is_none()) {
            let n = crate::runtime::builtins::args::index_bigint(vm, v)?;
            let n = num_traits::ToPrimitive::to_i128(&n).unwrap_or(0);
            t.tv_sec = n.div_euclid(1_000_000_000) as libc::time_t;
            t.tv_nsec = n.rem_euclid(1_000_000_000) as libc::c_long;
        }
    }
    let follow = match args.pos().get(3) {
        Some(v) => ops::is_true(vm, v)?,
        None => true,
    };
    let c = p.c(vm)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: a valid C string and two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) };
    check(vm, r, Some(&p))
}

fn access(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "access")?;
    let mode = int_arg(vm, &args, 1, "access")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::access(c.as_ptr(), mode as i32) };
    Ok(Value::Bool(r == 0))
}

fn chmod(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "chmod")?;
    let mode = int_arg(vm, &args, 1, "chmod")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, Some(&p))
}

fn truncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "truncate")?;
    let n = int_arg(vm, &args, 1, "truncate")?;
    let c = p.c(vm)?;
    // SAFETY: a valid C string.
    let r = unsafe { libc::truncate(c.as_ptr(), n as libc::off_t) };
    check(vm, r, Some(&p))
}

fn umask(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = int_arg(vm, &args, 0, "umask")?;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

macro_rules! id_fn {
    ($name:ident, $call:ident) => {
        fn $name(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
            // SAFETY: these calls cannot fail.
            Ok(Value::Int(unsafe { libc::$call() } as i64))
        }
    };
}
id_fn!(getpid, getpid);
id_fn!(getppid, getppid);
id_fn!(getuid, getuid);
id_fn!(geteuid, geteuid);
id_fn!(getgid, getgid);
id_fn!(getegid, getegid);

fn urandom(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0, "urandom")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut got = 0;
    while got < buf.len() {
        // SAFETY: the rest of the buffer is writable.
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr().cast(), buf.len() - got, 0) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(os_err(vm, None));
        }
        got += r as usize;
    }
    Ok(new_bytes(vm, buf))
}

fn cpu_count(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n as i64) })
}

fn open(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = path_at(vm, &args, 0, "open")?;
    let flags = int_arg(vm, &args, 1, "open")?;
    let mode = if args.pos().len() > 2 { int_arg(vm, &args, 2, "open")? } else { 0o777 };
    let c = p.c(vm)?;
    loop {
        // SAFETY: a valid C string.
        let fd = unsafe { libc::open(c.as_ptr(), flags as i32 | libc::O_CLOEXEC, mode as libc::c_uint) };
        if fd >= 0 {
            return Ok(Value::Int(fd as i64));
        }
        if errno() != libc::EINTR {
            return Err(os_err(vm, Some(&p)));
        }
    }
}

fn close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "close")?;
    // SAFETY: closing a descriptor number has no memory effects.
    let r = unsafe { libc::close(fd as i32) };
    check(vm, r, None)
}

fn read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "read")?;
    let n = int_arg(vm, &args, 1, "read")?;
    if n < 0 {
        // SAFETY: only sets errno.
        unsafe { *libc::__errno_location() = libc::EINVAL };
        return Err(os_err(vm, None));
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: a buffer of `n` bytes.
        let r = unsafe { libc::read(fd as i32, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(new_bytes(vm, buf));
        }
        if errno() != libc::EINTR {
            return Err(os_err(vm, None));
        }
    }
}

fn write(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "write")?;
    let data = match args.pos().get(1) {
        Some(v) => need_buffer(vm, v)?.to_vec(),
        None => return Err(vm.type_error("write expected 2 arguments, got 1")),
    };
    loop {
        // SAFETY: a buffer of `data.len()` bytes.
        let r = unsafe { libc::write(fd as i32, data.as_ptr().cast(), data.len()) };
        if r >= 0 {
            return Ok(Value::Int(r as i64));
        }
        if errno() != libc::EINTR {
            return Err(os_err(vm, None));
        }
    }
}

fn lseek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "lseek")?;
    let pos = int_arg(vm, &args, 1, "lseek")?;
    let how = int_arg(vm, &args, 2, "lseek")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::lseek(fd as i32, pos as libc::off_t, how as i32) };
    if r < 0 { Err(os_err(vm, None)) } else { Ok(Value::Int(r)) }
}

fn dup(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "dup")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 { Err(os_err(vm, None)) } else { Ok(Value::Int(r as i64)) }
}

fn dup2(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "dup2")?;
    let fd2 = int_arg(vm, &args, 1, "dup2")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::dup2(fd as i32, fd2 as i32) };
    if r < 0 { Err(os_err(vm, None)) } else { Ok(Value::Int(r as i64)) }
}

fn pipe(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: an array of two descriptors.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if r < 0 {
        return Err(os_err(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn isatty(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "isatty")?;
    // SAFETY: no memory effects.
    Ok(Value::Bool(unsafe { libc::isatty(fd as i32) } == 1))
}

fn fsync(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "fsync")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::fsync(fd as i32) };
    check(vm, r, None)
}

fn ftruncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = int_arg(vm, &args, 0, "ftruncate")?;
    let n = int_arg(vm, &args, 1, "ftruncate")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::ftruncate(fd as i32, n as libc::off_t) };
    check(vm, r, None)
}

fn strerror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let code = int_arg(vm, &args, 0, "strerror")?;
    Ok(vm.new_str(&crate::runtime::io::strerror(code as i32)))
}

/// `get_terminal_size(fd)`: (columns, lines).
fn get_terminal_size(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let fd = if args.pos().is_empty() { 1 } else { int_arg(vm, &args, 0, "get_terminal_size")? };
    // SAFETY: a zeroed winsize is valid and TIOCGWINSZ fills it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(fd as i32, libc::TIOCGWINSZ, &mut ws) };
    if r < 0 {
        return Err(os_err(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)]))
}

fn env_bytes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.to_wtf8()),
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("{what}: expected str, bytes or os.PathLike object, not {t}")))
        }
    }
}

fn putenv(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (Some(k), Some(v)) = (args.pos().first(), args.pos().get(1)) else {
        return Err(vm.type_error(format!("putenv expected 2 arguments, got {}", args.pos().len())));
    };
    let k = env_bytes(vm, k, "putenv")?;
    let v = env_bytes(vm, v, "putenv")?;
    if k.is_empty() || k.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.contains(&0) || v.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    let (Ok(kc), Ok(vc)) = (CString::new(k), CString::new(v)) else { return Err(vm.value_error("embedded null byte")) };
    // SAFETY: valid C strings; the interpreter runs Python on one thread.
    let r = unsafe { libc::setenv(kc.as_ptr(), vc.as_ptr(), 1) };
    check(vm, r, None)
}

fn unsetenv(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(k) = args.pos().first() else { return Err(vm.type_error("unsetenv expected 1 argument, got 0")) };
    let k = env_bytes(vm, k, "unsetenv")?;
    if k.is_empty() || k.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let Ok(kc) = CString::new(k) else { return Err(vm.value_error("embedded null byte")) };
    // SAFETY: a valid C string; the interpreter runs Python on one thread.
    let r = unsafe { libc::unsetenv(kc.as_ptr()) };
    check(vm, r, None)
}

/// The environment at this moment: a list of (name, value) str pairs.
fn environ_items(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        let kv = decode_os(vm, k.as_encoded_bytes());
        let vv = decode_os(vm, v.as_encoded_bytes());
        out.push(vm.new_tuple(vec![kv, vv]));
    }
    Ok(vm.new_list(out))
}

/// `system(command)`: the wait status of `/bin/sh -c command`.
fn system(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cmd) = args.pos().first() else { return Err(vm.type_error("system() missing required argument 'command' (pos 1)")) };
    let cmd = env_bytes(vm, cmd, "system")?;
    let Ok(c) = CString::new(cmd) else { return Err(vm.value_error("embedded null byte")) };
    crate::runtime::stdio::flush_std_streams(vm);
    // SAFETY: a valid C string.
    let r = unsafe { libc::system(c.as_ptr()) };
    Ok(Value::Int(r as i64))
}

fn kill(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pid = int_arg(vm, &args, 0, "kill")?;
    let sig = int_arg(vm, &args, 1, "kill")?;
    // SAFETY: no memory effects.
    let r = unsafe { libc::kill(pid as libc::pid_t, sig as i32) };
    check(vm, r, None)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("getcwd", getcwd),
    MethodDef::function("getcwdb", getcwdb),
    MethodDef::function("chdir", chdir),
    MethodDef::function("listdir", listdir),
    MethodDef::function("mkdir", mkdir),
    MethodDef::function("rmdir", rmdir),
    MethodDef::function("unlink", unlink),
    MethodDef::function("rename", rename),
    MethodDef::function("link", link),
    MethodDef::function("symlink", symlink),
    MethodDef::function("readlink", readlink),
    MethodDef::function("stat", stat),
    MethodDef::function("fstat", fstat),
    MethodDef::function("utime", utime),
    MethodDef::function("access", access),
    MethodDef::function("chmod", chmod),
    MethodDef::function("truncate", truncate),
    MethodDef::function("umask", umask),
    MethodDef::function("getpid", getpid),
    MethodDef::function("getppid", getppid),
    MethodDef::function("getuid", getuid),
    MethodDef::function("geteuid", geteuid),
    MethodDef::function("getgid", getgid),
    MethodDef::function("getegid", getegid),
    MethodDef::function("urandom", urandom),
    MethodDef::function("cpu_count", cpu_count),
    MethodDef::function("open", open),
    MethodDef::function("close", close),
    MethodDef::function("read", read),
    MethodDef::function("write", write),
    MethodDef::function("lseek", lseek),
    MethodDef::function("dup", dup),
    MethodDef::function("dup2", dup2),
    MethodDef::function("pipe", pipe),
    MethodDef::function("isatty", isatty),
    MethodDef::function("fsync", fsync),
    MethodDef::function("ftruncate", ftruncate),
    MethodDef::function("strerror", strerror),
    MethodDef::function("get_terminal_size", get_terminal_size),
    MethodDef::function("putenv", putenv),
    MethodDef::function("unsetenv", unsetenv),
    MethodDef::function("environ_items", environ_items),
    MethodDef::function("system", system),
    MethodDef::function("kill", kill),
];

const CONSTANTS: &[(&str, i32)] = &[
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_APPEND", libc::O_APPEND),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_SYNC", libc::O_SYNC),
    ("O_DSYNC", libc::O_DSYNC),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("F_OK", libc::F_OK),
    ("R_OK", libc::R_OK),
    ("W_OK", libc::W_OK),
    ("X_OK", libc::X_OK),
    ("SEEK_SET", libc::SEEK_SET),
    ("SEEK_CUR", libc::SEEK_CUR),
    ("SEEK_END", libc::SEEK_END),
    ("EX_OK", 0),
];

/// The `_os` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_os", FUNCTIONS);
    for (name, v) in CONSTANTS {
        super::set_attr(vm, &m, name, Value::Int(*v as i64));
    }
    Ok(m)
}
