//! The methods every file layer shares (close, flush, seek, tell, the context manager and
//! iteration protocols, ...) and those of the binary layers: `FileIO` (one system call per
//! operation) and the buffered readers and writers.

use crate::runtime::builtins::args::{Signature, index_arg};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{FileKind, FileObject, closed_error, file_of, io_fail, unsupported};

/// The receiver of a file method.
pub fn this<'a>(vm: &Vm, args: &CallArgs<'a>) -> PyResult<(&'a Value, &'a FileObject)> {
    let v = args.pos().first().ok_or_else(|| vm.type_error("file method needs an argument"))?;
    match file_of(v) {
        Some(f) => Ok((v, f)),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("descriptor requires a file object, not '{t}'")))
        }
    }
}

/// ValueError if the file is closed (or detached).
pub fn check_open(vm: &Vm, f: &FileObject) -> PyResult<()> {
    if f.detached.get() {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    if f.core.borrow().closed() { Err(closed_error(vm)) } else { Ok(()) }
}

fn check_readable(vm: &mut Vm, f: &FileObject, what: &str) -> PyResult<()> {
    check_open(vm, f)?;
    if !f.core.borrow().readable {
        return Err(unsupported(vm, what));
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, f: &FileObject, what: &str) -> PyResult<()> {
    check_open(vm, f)?;
    if !f.core.borrow().writable {
        return Err(unsupported(vm, what));
    }
    Ok(())
}

/// The `size` argument of the read methods: None or negative for "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = index_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Optional positional arguments of a method (after the receiver).
fn opt_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = &args.pos()[1..];
    if pos.len() > max {
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, pos.len())));
    }
    Ok(pos)
}

fn bytes_value(vm: &Vm, b: Vec<u8>) -> Value {
    vm.new_object(vm.types.bytes.clone(), Payload::Bytes(b.into_boxed_slice()))
}

/// The bytes of a bytes-like argument.
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

// ---- shared by every layer ----

pub fn close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    if f.detached.get() {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    let r = f.core.borrow_mut().close();
    r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::None)
}

fn closed_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_of(v) {
        Some(f) => Ok(Value::Bool(f.core.borrow().closed())),
        None => Err(vm.type_error("closed needs a file object")),
    }
}

fn name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_of(v) {
        Some(f) => Ok(f.name.borrow().clone()),
        None => Err(vm.type_error("name needs a file object")),
    }
}

/// The mode string of the raw layer (`rb`, `wb`, `rb+`, `ab`, `xb+`, ...).
pub fn raw_mode(f: &FileObject) -> &'static str {
    let c = f.core.borrow();
    match (c.created, c.appending, c.readable, c.writable) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

fn mode_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_of(v) {
        Some(f) => Ok(vm.new_str(raw_mode(f))),
        None => Err(vm.type_error("mode needs a file object")),
    }
}

pub fn flush(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    let r = f.core.borrow_mut().flush();
    r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::None)
}

pub fn fileno(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    if f.core.borrow().closed() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::Int(f.core.borrow().fd as i64))
}

pub fn isatty(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(Value::Bool(f.core.borrow().isatty()))
}

pub fn readable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(Value::Bool(f.core.borrow().readable))
}

pub fn writable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(Value::Bool(f.core.borrow().writable))
}

pub fn seekable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    if f.core.borrow().closed() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(Value::Bool(f.core.borrow_mut().is_seekable()))
}

/// `seek(offset, whence=0)` on a binary layer.
fn seek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "seek", 2)?;
    let Some(off) = pos.first() else { return Err(vm.type_error("seek expected at least 1 argument, got 0")) };
    if matches!(off, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let off = index_arg(vm, off)?;
    let whence = match pos.get(1) {
        Some(w) => index_arg(vm, w)?,
        None => 0,
    };
    check_open(vm, f)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    let r = f.core.borrow_mut().seek(off, whence as i32);
    let p = r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::Int(p as i64))
}

pub fn tell(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    let r = f.core.borrow_mut().tell();
    let p = r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::Int(p as i64))
}

/// `truncate(size=None)`: returns the new size.
pub fn truncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "truncate", 1)?;
    check_open(vm, f)?;
    if !f.core.borrow().writable {
        let msg = if f.kind == FileKind::Raw { "File not open for writing" } else { "truncate" };
        return Err(unsupported(vm, msg));
    }
    let size = match pos.first() {
        None | Some(Value::None) => {
            let r = f.core.borrow_mut().tell();
            r.map_err(|e| io_fail(vm, e))? as i64
        }
        Some(v) => index_arg(vm, v)?,
    };
    if size < 0 {
        return Err(vm.new_error(&vm.types.exc.os_error.clone(), "[Errno 22] Invalid argument"));
    }
    let r = f.core.borrow_mut().truncate(size as u64);
    r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::Int(size))
}

pub fn enter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(v.clone())
}

pub fn exit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this(vm, &args)?;
    vm.call_method_name(v, "close", &[])?;
    Ok(Value::None)
}

pub fn iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(v.clone())
}

/// `__next__`: the next line, StopIteration at the end.
pub fn next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this(vm, &args)?;
    let line = vm.call_method_name(v, "readline", &[])?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => false,
    };
    if empty { Err(vm.stop_iteration(Value::None)) } else { Ok(line) }
}

/// `readlines(hint=-1)`: lines until the total size passes `hint`.
pub fn readlines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "readlines", 1)?;
    let hint = match pos.first() {
        None | Some(Value::None) => -1,
        Some(h) => index_arg(vm, h)?,
    };
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = vm.call_method_name(v, "readline", &[])?;
        let n = match line.payload() {
            Some(Payload::Str(s)) => s.len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `writelines(lines)`: writes each item.
pub fn writelines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "writelines", 1)?;
    let Some(lines) = pos.first() else { return Err(vm.type_error("writelines() takes exactly one argument (0 given)")) };
    check_open(vm, f)?;
    let it = ops::iter(vm, lines)?;
    while let Some(line) = ops::next(vm, &it)? {
        vm.call_method_name(v, "write", &[line])?;
    }
    Ok(Value::None)
}

// ---- binary reading and writing ----

fn read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "read", 1)?;
    let n = size_arg(vm, pos.first())?;
    if f.core.borrow().closed() {
        let msg = if f.kind == FileKind::Raw { "I/O operation on closed file" } else { "read of closed file" };
        return Err(vm.value_error(msg));
    }
    check_readable(vm, f, if f.kind == FileKind::Raw { "File not open for reading" } else { "read" })?;
    let r = match (f.kind, n) {
        (FileKind::Raw, Some(n)) => f.core.borrow_mut().read_once(n),
        _ => f.core.borrow_mut().read(n),
    };
    let data = r.map_err(|e| io_fail(vm, e))?;
    Ok(bytes_value(vm, data))
}

fn readall(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_readable(vm, f, "File not open for reading")?;
    let r = f.core.borrow_mut().read(None);
    let data = r.map_err(|e| io_fail(vm, e))?;
    Ok(bytes_value(vm, data))
}

fn read1(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "read1", 1)?;
    let n = size_arg(vm, pos.first())?.unwrap_or(super::core::DEFAULT_BUFFER_SIZE);
    check_readable(vm, f, "read")?;
    let r = f.core.borrow_mut().read_once(n);
    let data = r.map_err(|e| io_fail(vm, e))?;
    Ok(bytes_value(vm, data))
}

fn peek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_readable(vm, f, "peek")?;
    let mut c = f.core.borrow_mut();
    if c.available().is_empty() {
        let r = c.fill();
        drop(c);
        r.map_err(|e| io_fail(vm, e))?;
        c = f.core.borrow_mut();
    }
    let data = c.available().to_vec();
    drop(c);
    Ok(bytes_value(vm, data))
}

fn readline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "readline", 1)?;
    let n = size_arg(vm, pos.first())?;
    check_readable(vm, f, if f.kind == FileKind::Raw { "File not open for reading" } else { "readline" })?;
    let r = f.core.borrow_mut().readline(n);
    let data = r.map_err(|e| io_fail(vm, e))?;
    Ok(bytes_value(vm, data))
}

fn readinto(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "readinto", 1)?;
    let Some(target) = pos.first() else { return Err(vm.type_error("readinto() takes exactly one argument (0 given)")) };
    let Some(Payload::ByteArray(buf)) = target.payload() else {
        let t = ops::type_name(vm, target);
        return Err(vm.type_error(format!("readinto() argument must be read-write bytes-like object, not {t}")));
    };
    check_readable(vm, f, "read")?;
    let n = buf.borrow().len();
    let r = f.core.borrow_mut().read(Some(n));
    let data = r.map_err(|e| io_fail(vm, e))?;
    buf.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn write(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = opt_args(vm, &args, "write", 1)?;
    let Some(b) = pos.first() else { return Err(vm.type_error("write() takes exactly one argument (0 given)")) };
    let data = bytes_like(vm, b)?;
    if f.core.borrow().closed() {
        let msg = if f.kind == FileKind::Raw { "I/O operation on closed file" } else { "write to closed file" };
        return Err(vm.value_error(msg));
    }
    check_writable(vm, f, if f.kind == FileKind::Raw { "File not open for writing" } else { "write" })?;
    if f.kind == FileKind::Raw {
        let r = f.core.borrow_mut().write_raw(&data);
        let n = r.map_err(|e| io_fail(vm, e))?;
        return Ok(Value::Int(n as i64));
    }
    let r = f.core.borrow_mut().write(&data);
    r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::Int(data.len() as i64))
}

fn raw_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_of(v) {
        Some(f) => Ok(f.inner.borrow().clone()),
        None => Err(vm.type_error("raw needs a file object")),
    }
}

fn closefd_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_of(v) {
        Some(f) => Ok(Value::Bool(f.core.borrow().closefd)),
        None => Err(vm.type_error("closefd needs a file object")),
    }
}

/// `detach()`: the layer below, this one unusable afterwards.
pub fn detach(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    let r = f.core.borrow_mut().flush();
    r.map_err(|e| io_fail(vm, e))?;
    f.detached.set(true);
    Ok(f.inner.borrow().clone())
}

/// `<_io.FileIO name='x' mode='rb' closefd=True>`, `<_io.BufferedReader name='x'>`.
fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let cls = super::class_for(vm, f.kind).name();
    if f.kind == FileKind::Raw {
        if f.core.borrow().closed() {
            return Ok(vm.new_str(&format!("<_io.{cls} [closed]>")));
        }
        let name = f.name.borrow().clone();
        let n = ops::repr(vm, &name)?;
        let n = ops::repr::text_of(&n).unwrap_or_default();
        let closefd = if f.core.borrow().closefd { "True" } else { "False" };
        return Ok(vm.new_str(&format!("<_io.{cls} name={n} mode='{}' closefd={closefd}>", raw_mode(f))));
    }
    let name = f.name.borrow().clone();
    let n = ops::repr(vm, &name)?;
    let n = ops::repr::text_of(&n).unwrap_or_default();
    Ok(vm.new_str(&format!("<_io.{cls} name={n}>")))
}

static COMMON: &[MethodDef] = &[
    MethodDef::method("close", close),
    MethodDef::method("flush", flush),
    MethodDef::method("fileno", fileno),
    MethodDef::method("isatty", isatty),
    MethodDef::method("readable", readable),
    MethodDef::method("writable", writable),
    MethodDef::method("seekable", seekable),
    MethodDef::method("tell", tell),
    MethodDef::method("truncate", truncate),
    MethodDef::method("__enter__", enter),
    MethodDef::method("__exit__", exit),
    MethodDef::slot("__iter__", iter),
    MethodDef::slot("__next__", next),
    MethodDef::method("readlines", readlines),
    MethodDef::method("writelines", writelines),
];

static BINARY: &[MethodDef] = &[
    MethodDef::method("seek", seek),
    MethodDef::method("read", read),
    MethodDef::method("readline", readline),
    MethodDef::method("readinto", readinto),
    MethodDef::method("write", write),
    MethodDef::slot("__repr__", repr),
];

static RAW_ONLY: &[MethodDef] = &[MethodDef::method("readall", readall)];

static BUFFERED_ONLY: &[MethodDef] = &[
    MethodDef::method("read1", read1),
    MethodDef::method("readinto1", readinto),
    MethodDef::method("detach", detach),
];

static READER_ONLY: &[MethodDef] = &[MethodDef::method("peek", peek)];

pub static CLOSED_NAME: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: closed_get, set: None, doc: None },
    GetSetDef { name: "name", get: name_get, set: None, doc: None },
];

static BINARY_MODE: &[GetSetDef] = &[GetSetDef { name: "mode", get: mode_get, set: None, doc: None }];
static RAW_GETSETS: &[GetSetDef] = &[GetSetDef { name: "closefd", get: closefd_get, set: None, doc: None }];
static BUFFERED_GETSETS: &[GetSetDef] = &[GetSetDef { name: "raw", get: raw_get, set: None, doc: None }];

pub fn init(vm: &mut Vm) {
    let raw = vm.types.file_io.clone();
    add_methods(vm, &raw, COMMON);
    add_methods(vm, &raw, BINARY);
    add_methods(vm, &raw, RAW_ONLY);
    add_getsets(vm, &raw, CLOSED_NAME);
    add_getsets(vm, &raw, BINARY_MODE);
    add_getsets(vm, &raw, RAW_GETSETS);
    for t in [vm.types.buffered_reader.clone(), vm.types.buffered_writer.clone(), vm.types.buffered_random.clone()] {
        add_methods(vm, &t, COMMON);
        add_methods(vm, &t, BINARY);
        add_methods(vm, &t, BUFFERED_ONLY);
        add_getsets(vm, &t, CLOSED_NAME);
        add_getsets(vm, &t, BINARY_MODE);
        add_getsets(vm, &t, BUFFERED_GETSETS);
    }
    for t in [vm.types.buffered_reader.clone(), vm.types.buffered_random.clone()] {
        add_methods(vm, &t, READER_ONLY);
    }
}

/// The signature of `open()` (shared with the text layer's argument checks).
pub static OPEN_SIG: Signature = Signature {
    name: "open",
    params: &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    required: 1,
    positional_only: 0,
    keyword_only: 8,
};
