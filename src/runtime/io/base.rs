//! The abstract layers of the io hierarchy: `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and
//! `_TextIOBase` (`io.IOBase`, `io.RawIOBase`, ...). Their methods work on any instance through
//! its own methods (`read`, `readline`, `write`, `flush`, `closed`), so Python subclasses get
//! line iteration, `readlines`, `writelines`, the context manager and closing for free; the
//! native file classes and `StringIO`/`BytesIO` override most of them.

use crate::runtime::builtins::args::index_arg;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::flags;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{closed_error, core::DEFAULT_BUFFER_SIZE, unsupported};

const CLOSED_ATTR: &str = "__IOBase_closed";

fn receiver<'a>(vm: &Vm, args: &CallArgs<'a>) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

/// The arguments after the receiver, with no keywords and at most `max` of them.
fn rest<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos().get(1..).unwrap_or(&[]);
    if pos.len() > max {
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, pos.len())));
    }
    Ok(pos)
}

/// Whether `self.__IOBase_closed` is set (the state `_IOBase.close` records).
fn iobase_is_closed(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let name = vm.intern(CLOSED_ATTR);
    match ops::getattr_opt(vm, v, &name)? {
        Some(x) => ops::is_true(vm, &x),
        None => Ok(false),
    }
}

/// ValueError if `self.closed` is true.
fn check_closed(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let name = vm.intern("closed");
    let c = ops::getattr(vm, v, &name)?;
    if ops::is_true(vm, &c)? { Err(closed_error(vm)) } else { Ok(()) }
}

fn closed_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(iobase_is_closed(vm, v)?))
}

fn close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    if iobase_is_closed(vm, v)? {
        return Ok(Value::None);
    }
    let r = vm.call_method_name(v, "flush", &[]);
    let name = vm.intern(CLOSED_ATTR);
    ops::setattr(vm, v, &name, Value::Bool(true))?;
    r.map(|_| Value::None)
}

fn flush(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    if iobase_is_closed(vm, v)? {
        return Err(closed_error(vm));
    }
    Ok(Value::None)
}

fn del(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let name = vm.intern("closed");
    let closed = match ops::getattr_opt(vm, v, &name) {
        Ok(Some(c)) => ops::is_true(vm, &c).unwrap_or(true),
        _ => true,
    };
    if !closed {
        vm.call_method_name(v, "close", &[])?;
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn truncate(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn fileno(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn tell(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    vm.call_method_name(v, "seek", &[Value::Int(0), Value::Int(1)])
}

fn no(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn isatty(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    check_closed(vm, v)?;
    Ok(Value::Bool(false))
}

fn check_capability(vm: &mut Vm, args: &CallArgs, method: &str, what: &str) -> PyResult<Value> {
    let v = receiver(vm, args)?;
    let r = vm.call_method_name(v, method, &[])?;
    if !ops::is_true(vm, &r)? {
        return Err(unsupported(vm, &format!("File or stream is not {what}.")));
    }
    Ok(Value::Bool(true))
}

fn check_readable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    check_capability(vm, &args, "readable", "readable")
}

fn check_writable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    check_capability(vm, &args, "writable", "writable")
}

fn check_seekable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    check_capability(vm, &args, "seekable", "seekable")
}

fn check_closed_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    check_closed(vm, v)?;
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    check_closed(vm, v)?;
    Ok(v.clone())
}

fn exit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    vm.call_method_name(v, "close", &[])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    check_closed(vm, v)?;
    Ok(v.clone())
}

fn next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let line = vm.call_method_name(v, "readline", &[])?;
    if ops::len(vm, &line)? == 0 { Err(vm.stop_iteration(Value::None)) } else { Ok(line) }
}

/// A size argument: None or a negative number means "no limit".
pub fn limit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => {
            let n = index_arg(vm, x)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn bytes_of(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(_)) | Some(Payload::MemoryView(_)) => Ok(crate::runtime::objects::bytes_type::need_buffer(vm, v)?.to_vec()),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.new_error(&vm.types.exc.os_error.clone(), format!("{what}() should have returned a bytes object, not '{t}'")))
        }
    }
}

/// `readline(size=-1)`: bytes up to a newline, read with `peek` when there is one, else one
/// byte at a time.
fn readline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let a = rest(vm, &args, "readline", 1)?;
    let limit = limit_arg(vm, a.first())?;
    let peek = ops::getattr_opt(vm, v, &vm.intern("peek"))?;
    let mut out: Vec<u8> = Vec::new();
    while limit.is_none_or(|l| out.len() < l) {
        let mut n = 1usize;
        if let Some(p) = &peek {
            let ahead = vm.call(p, &[Value::Int(1)], &[])?;
            let ahead = bytes_of(vm, &ahead, "peek")?;
            if ahead.is_empty() {
                break;
            }
            n = match ahead.iter().position(|&b| b == b'\n') {
                Some(i) => i + 1,
                None => ahead.len(),
            };
            if let Some(l) = limit {
                n = n.min(l - out.len());
            }
        }
        let got = vm.call_method_name(v, "read", &[Value::Int(n as i64)])?;
        let got = bytes_of(vm, &got, "read")?;
        if got.is_empty() {
            break;
        }
        out.extend_from_slice(&got);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(crate::runtime::objects::bytes_type::new_bytes(vm, out))
}

fn readlines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let a = rest(vm, &args, "readlines", 1)?;
    let hint = limit_arg(vm, a.first())?.filter(|h| *h > 0);
    let it = ops::iter(vm, v)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    while let Some(line) = ops::iter::next(vm, &it)? {
        total += ops::len(vm, &line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn writelines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let a = rest(vm, &args, "writelines", 1)?;
    let Some(lines) = a.first() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    check_closed(vm, v)?;
    let it = ops::iter(vm, lines)?;
    while let Some(line) = ops::iter::next(vm, &it)? {
        vm.call_method_name(v, "write", &[line])?;
    }
    Ok(Value::None)
}

// ---- _RawIOBase ----

fn raw_read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let a = rest(vm, &args, "read", 1)?;
    let Some(n) = limit_arg(vm, a.first())? else {
        return vm.call_method_name(v, "readall", &[]);
    };
    let b = crate::runtime::objects::bytes_type::new_bytearray(vm, vec![0; n]);
    let got = vm.call_method_name(v, "readinto", &[b.clone()])?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = index_arg(vm, &got)?;
    if got < 0 || got as usize > n {
        return Err(vm.value_error(format!("readinto returned {got} outside buffer size {n}")));
    }
    let data = crate::runtime::objects::bytes_type::need_buffer(vm, &b)?[..got as usize].to_vec();
    Ok(crate::runtime::objects::bytes_type::new_bytes(vm, data))
}

fn raw_readall(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = receiver(vm, &args)?;
    let mut out = Vec::new();
    loop {
        let got = vm.call_method_name(v, "read", &[Value::Int(DEFAULT_BUFFER_SIZE as i64)])?;
        if got.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let got = bytes_of(vm, &got, "read")?;
        if got.is_empty() {
            break;
        }
        out.extend_from_slice(&got);
    }
    Ok(crate::runtime::objects::bytes_type::new_bytes(vm, out))
}

fn not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.new_exception(&vm.types.exc.not_implemented_error.clone(), vec![]))
}

// ---- _BufferedIOBase ----

fn unsupported_read(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn unsupported_read1(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn unsupported_write(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn unsupported_detach(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn unsupported_readline(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

/// `readinto(b)` through `read(len(b))` (or `read1`).
fn readinto_with(vm: &mut Vm, args: &CallArgs, method: &str) -> PyResult<Value> {
    let v = receiver(vm, args)?;
    let a = rest(vm, args, "readinto", 1)?;
    let Some(buf) = a.first() else {
        return Err(vm.type_error("readinto() takes exactly one argument (0 given)"));
    };
    let n = ops::len(vm, buf)?;
    let data = vm.call_method_name(v, method, &[Value::Int(n as i64)])?;
    let data = bytes_of(vm, &data, method)?;
    let k = data.len().min(n);
    let slice = vm.new_object(vm.types.slice.clone(), Payload::Slice { start: Value::Int(0), stop: Value::Int(k as i64), step: Value::None });
    let chunk = crate::runtime::objects::bytes_type::new_bytes(vm, data[..k].to_vec());
    ops::setitem(vm, buf, &slice, chunk)?;
    Ok(Value::Int(k as i64))
}

fn buffered_readinto(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    readinto_with(vm, &args, "read")
}

fn buffered_readinto1(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    readinto_with(vm, &args, "read1")
}

fn none_get(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

static IOBASE_METHODS: &[MethodDef] = &[
    MethodDef::method("close", close),
    MethodDef::method("flush", flush),
    MethodDef::method("seek", seek),
    MethodDef::method("tell", tell),
    MethodDef::method("truncate", truncate),
    MethodDef::method("fileno", fileno),
    MethodDef::method("isatty", isatty),
    MethodDef::method("readable", no),
    MethodDef::method("writable", no),
    MethodDef::method("seekable", no),
    MethodDef::method("_checkClosed", check_closed_method),
    MethodDef::method("_checkReadable", check_readable),
    MethodDef::method("_checkWritable", check_writable),
    MethodDef::method("_checkSeekable", check_seekable),
    MethodDef::method("__enter__", enter),
    MethodDef::method("__exit__", exit),
    MethodDef::slot("__iter__", iter),
    MethodDef::slot("__next__", next),
    MethodDef::slot("__del__", del),
    MethodDef::method("readline", readline),
    MethodDef::method("readlines", readlines),
    MethodDef::method("writelines", writelines),
];

static IOBASE_GETSETS: &[GetSetDef] = &[GetSetDef { name: "closed", get: closed_get, set: None, doc: None }];

static RAW_METHODS: &[MethodDef] = &[
    MethodDef::method("read", raw_read),
    MethodDef::method("readall", raw_readall),
    MethodDef::method("readinto", not_implemented),
    MethodDef::method("write", not_implemented),
];

static BUFFERED_METHODS: &[MethodDef] = &[
    MethodDef::method("read", unsupported_read),
    MethodDef::method("read1", unsupported_read1),
    MethodDef::method("write", unsupported_write),
    MethodDef::method("detach", unsupported_detach),
    MethodDef::method("readinto", buffered_readinto),
    MethodDef::method("readinto1", buffered_readinto1),
];

static TEXT_METHODS: &[MethodDef] = &[
    MethodDef::method("read", unsupported_read),
    MethodDef::method("readline", unsupported_readline),
    MethodDef::method("write", unsupported_write),
    MethodDef::method("detach", unsupported_detach),
];

static TEXT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "encoding", get: none_get, set: None, doc: None },
    GetSetDef { name: "newlines", get: none_get, set: None, doc: None },
    GetSetDef { name: "errors", get: none_get, set: None, doc: None },
];

/// Fills the four abstract classes.
pub fn init(vm: &mut Vm) {
    let base = vm.types.io_base.clone();
    base.flags.set(base.flags.get() | flags::HAS_DICT);
    add_methods(vm, &base, IOBASE_METHODS);
    add_getsets(vm, &base, IOBASE_GETSETS);
    add_getsets(vm, &base, std::slice::from_ref(&crate::runtime::objects::object_type::DICT_GETSET));
    let raw = vm.types.raw_io_base.clone();
    add_methods(vm, &raw, RAW_METHODS);
    let buffered = vm.types.buffered_io_base.clone();
    add_methods(vm, &buffered, BUFFERED_METHODS);
    let text = vm.types.text_io_base.clone();
    add_methods(vm, &text, TEXT_METHODS);
    add_getsets(vm, &text, TEXT_GETSETS);
    for t in [base, raw, buffered, text] {
        t.flags.set(t.flags.get() | flags::HAS_DICT);
        add_attr(vm, &t, "__module__", vm.new_str("_io"));
    }
}
