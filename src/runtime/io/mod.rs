//! File objects: what `open()` returns and what `sys.stdin`/`stdout`/`stderr` are. One
//! `FileCore` (descriptor and buffers) is shared by the layers of a file, each a Python object:
//! `FileIO` (raw), `BufferedReader`/`BufferedWriter`/`BufferedRandom`, and `TextIOWrapper`
//! (encoding, error handler, newline translation). The `io` module holds the classes and
//! `io.UnsupportedOperation`.

pub mod base;
pub mod binary;
pub mod codec;
pub mod core;
pub mod memory;
pub mod open;
pub mod text;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use self::codec::{Codec, CodecError};
use self::core::{FileCore, IoFail};
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// Which layer a file object is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    Raw,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    Text,
}

/// The text layer's settings.
pub struct TextState {
    pub codec: Codec,
    /// The encoding as given (what `.encoding` shows).
    pub encoding: String,
    pub errors: String,
    /// The `newline` argument: None (universal, translated), Some("") (universal, untranslated),
    /// or the one terminator.
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
    /// Terminators seen while reading (1: `\r`, 2: `\n`, 4: `\r\n`), for `.newlines`.
    pub seen: u8,
    /// Whether the next read may have to skip a UTF-8 signature.
    pub at_start: bool,
}

/// A file object's data.
pub struct FileObject {
    pub kind: FileKind,
    pub core: Rc<RefCell<FileCore>>,
    /// The file's name (a str, bytes or the descriptor number).
    pub name: RefCell<Value>,
    /// The layer below: the buffered object of a text file, the raw object of a buffered one.
    pub inner: RefCell<Value>,
    pub text: Option<RefCell<TextState>>,
    /// Set by `detach()`.
    pub detached: Cell<bool>,
}

/// The file object of a value, if it is one.
pub fn file_of(v: &Value) -> Option<&FileObject> {
    match v.payload()? {
        Payload::File(f) => Some(f),
        _ => None,
    }
}

/// The class of each layer.
pub fn class_for(vm: &Vm, kind: FileKind) -> TypeRef {
    match kind {
        FileKind::Raw => vm.types.file_io.clone(),
        FileKind::BufferedReader => vm.types.buffered_reader.clone(),
        FileKind::BufferedWriter => vm.types.buffered_writer.clone(),
        FileKind::BufferedRandom => vm.types.buffered_random.clone(),
        FileKind::Text => vm.types.text_io_wrapper.clone(),
    }
}

/// A new file object of `kind` over `core`.
pub fn new_file(vm: &Vm, kind: FileKind, core: Rc<RefCell<FileCore>>, name: Value, inner: Value, text: Option<TextState>) -> Value {
    let o = crate::runtime::ops::attr::new_with_dict(
        vm,
        class_for(vm, kind),
        Payload::File(Box::new(FileObject {
            kind,
            core,
            name: RefCell::new(name),
            inner: RefCell::new(inner),
            text: text.map(RefCell::new),
            detached: Cell::new(false),
        })),
    );
    Value::Obj(o)
}

/// The three layers of a file over `core`: (raw, buffered, text). `text` None stops at the
/// buffered layer.
pub fn build_layers(vm: &Vm, core: FileCore, name: Value, buffered: Option<FileKind>, text: Option<(TextState, &str)>) -> Value {
    let core = Rc::new(RefCell::new(core));
    let raw = new_file(vm, FileKind::Raw, core.clone(), name.clone(), Value::None, None);
    let Some(bkind) = buffered else { return raw };
    let buf = new_file(vm, bkind, core.clone(), name.clone(), raw, None);
    let Some((state, mode)) = text else { return buf };
    let t = new_file(vm, FileKind::Text, core, name, buf, Some(state));
    if let Some(o) = t.as_obj()
        && let Some(d) = o.dict.borrow().as_ref()
    {
        dict_set_str(vm, d, vm.intern("mode"), vm.new_str(mode));
    }
    t
}

/// The exception class for an errno (`OSError` subclasses as CPython picks them).
pub fn errno_class(vm: &Vm, errno: i32) -> TypeRef {
    let e = &vm.types.exc;
    match errno {
        libc::ENOENT => e.file_not_found_error.clone(),
        libc::EEXIST => e.file_exists_error.clone(),
        libc::EISDIR => e.is_a_directory_error.clone(),
        libc::ENOTDIR => e.not_a_directory_error.clone(),
        libc::EACCES | libc::EPERM => e.permission_error.clone(),
        libc::EINTR => e.interrupted_error.clone(),
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => e.blocking_io_error.clone(),
        libc::EPIPE | libc::ESHUTDOWN => e.broken_pipe_error.clone(),
        libc::ECHILD => e.child_process_error.clone(),
        libc::ECONNABORTED => e.connection_aborted_error.clone(),
        libc::ECONNREFUSED => e.connection_refused_error.clone(),
        libc::ECONNRESET => e.connection_reset_error.clone(),
        libc::ESRCH => e.process_lookup_error.clone(),
        libc::ETIMEDOUT => e.timeout_error.clone(),
        _ => e.os_error.clone(),
    }
}

/// The strerror text of an errno.
pub fn strerror(errno: i32) -> String {
    crate::cli::errno_text(&std::io::Error::from_raw_os_error(errno))
}

/// `OSError(errno, strerror[, filename])` of the right subclass.
pub fn os_error(vm: &mut Vm, errno: i32, filename: Option<Value>) -> PyErr {
    let t = errno_class(vm, errno);
    let mut args = vec![Value::Int(errno as i64), vm.new_str(&strerror(errno))];
    if let Some(f) = filename {
        args.push(f);
    }
    match vm.call(&t.to_value(), &args, &[]) {
        Ok(e) => match e {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
            _ => vm.new_error(&t, strerror(errno)),
        },
        Err(e) => e,
    }
}

/// The Python exception for a failed file operation.
pub fn io_fail(vm: &mut Vm, f: IoFail) -> PyErr {
    match f {
        IoFail::Os(errno) => os_error(vm, errno, None),
        IoFail::Interrupted => crate::runtime::signals::take_interrupt(vm),
    }
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = crate::runtime::import::import_module(vm, "_io")
        .ok()
        .and_then(|m| {
            let name = vm.intern("UnsupportedOperation");
            crate::runtime::ops::getattr(vm, &m, &name).ok()
        });
    match cls {
        Some(c) => {
            let m = vm.new_str(msg);
            match vm.call(&c, &[m], &[]) {
                Ok(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
                Ok(_) => vm.new_error(&vm.types.exc.os_error.clone(), msg),
                Err(e) => e,
            }
        }
        None => vm.new_error(&vm.types.exc.os_error.clone(), msg),
    }
}

/// ValueError("I/O operation on closed file.").
pub fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// The exception for a codec failure: UnicodeDecodeError/UnicodeEncodeError, or LookupError
/// for an unknown error handler.
pub fn codec_error(vm: &mut Vm, e: CodecError, codec: Codec, decoding: bool, input: Value) -> PyErr {
    match e {
        CodecError::UnknownHandler(h) => vm.new_error(&vm.types.exc.lookup_error.clone(), format!("unknown error handler name '{h}'")),
        CodecError::Failed { start, end, reason } => {
            let t = if decoding { vm.types.exc.unicode_decode_error.clone() } else { vm.types.exc.unicode_encode_error.clone() };
            let args = [vm.new_str(codec.name()), input, Value::Int(start as i64), Value::Int(end as i64), vm.new_str(reason)];
            match vm.call(&t.to_value(), &args, &[]) {
                Ok(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
                Ok(_) => vm.new_error(&t, reason),
                Err(e) => e,
            }
        }
    }
}

/// Creates `sys.stdin`, `sys.stdout` and `sys.stderr`: text files over descriptors 0, 1 and 2
/// (None for a descriptor that is not open), UTF-8, line buffered on a terminal (stderr
/// always).
pub fn std_streams(vm: &Vm) -> [Value; 3] {
    let make = |fd: i32, name: &str, reading: bool| -> Value {
        if !core::fd_is_valid(fd) {
            return Value::None;
        }
        let core = FileCore::new(fd, false, reading, !reading);
        let tty = core.isatty();
        let state = TextState {
            codec: Codec::Utf8,
            encoding: "utf-8".into(),
            errors: if fd == 2 { "backslashreplace".into() } else { "surrogateescape".into() },
            newline: None,
            line_buffering: !reading && (tty || fd == 2),
            write_through: false,
            seen: 0,
            at_start: false,
        };
        let kind = if reading { FileKind::BufferedReader } else { FileKind::BufferedWriter };
        build_layers(vm, core, vm.new_str(name), Some(kind), Some((state, if reading { "r" } else { "w" })))
    };
    [make(0, "<stdin>", true), make(1, "<stdout>", false), make(2, "<stderr>", false)]
}

/// Writes text through a native text file (the fast path of `print` and the traceback printer).
/// Returns the number of characters written.
pub fn write_text(vm: &mut Vm, f: &FileObject, s: &crate::runtime::objects::str::PyString, original: Option<&ObjRef>) -> PyResult<usize> {
    text::write_str(vm, f, s, original)
}

/// The `_io` module: the file classes, their bases `_IOBase` ... `_TextIOBase`, `open`,
/// `UnsupportedOperation` and the constants (`lib/io.py` adds the abstract classes over them).
pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::runtime::run::new_module(vm, "_io");
    let Some(d) = m.dict.borrow().clone() else { return Ok(Value::Obj(m)) };
    for t in [
        vm.types.file_io.clone(),
        vm.types.buffered_reader.clone(),
        vm.types.buffered_writer.clone(),
        vm.types.buffered_random.clone(),
        vm.types.text_io_wrapper.clone(),
        vm.types.string_io.clone(),
        vm.types.bytes_io.clone(),
        vm.types.io_base.clone(),
        vm.types.raw_io_base.clone(),
        vm.types.buffered_io_base.clone(),
        vm.types.text_io_base.clone(),
    ] {
        dict_set_str(vm, &d, vm.intern(&t.name()), t.to_value());
    }
    dict_set_str(vm, &d, vm.intern("BlockingIOError"), vm.types.exc.blocking_io_error.to_value());
    for def in MODULE_FUNCTIONS {
        let f = crate::runtime::types::init::native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    let open = crate::runtime::objects::dict::dict_get_str(vm, &vm.builtins_dict.clone(), &vm.intern("open"));
    if let Some(o) = open {
        dict_set_str(vm, &d, vm.intern("open"), o);
    }
    let ns = vm.new_dict();
    dict_set_str(vm, &ns, vm.names.__module__.clone(), vm.new_str("io"));
    let bases = vm.new_tuple(vec![vm.types.exc.os_error.to_value(), vm.types.exc.value_error.to_value()]);
    let name = vm.new_str("UnsupportedOperation");
    let type_ = vm.types.type_.clone();
    let cls = crate::runtime::types::class::new_class(vm, &type_, &name, &bases, &Value::Obj(ns))?;
    dict_set_str(vm, &d, vm.intern("UnsupportedOperation"), cls);
    dict_set_str(vm, &d, vm.intern("DEFAULT_BUFFER_SIZE"), Value::Int(core::DEFAULT_BUFFER_SIZE as i64));
    Ok(Value::Obj(m))
}

/// Registers the file classes' methods and their `__module__`.
pub fn init(vm: &mut Vm) {
    base::init(vm);
    binary::init(vm);
    text::init(vm);
    memory::init(vm);
    for t in [
        vm.types.file_io.clone(),
        vm.types.buffered_reader.clone(),
        vm.types.buffered_writer.clone(),
        vm.types.buffered_random.clone(),
        vm.types.text_io_wrapper.clone(),
    ] {
        crate::runtime::types::init::add_attr(vm, &t, "__module__", vm.new_str("_io"));
    }
}

static MODULE_FUNCTIONS: &[crate::runtime::objects::function::MethodDef] = &[
    crate::runtime::objects::function::MethodDef::function("text_encoding", text_encoding),
    crate::runtime::objects::function::MethodDef::function("open_code", open_code),
];

/// `io.text_encoding(encoding, stacklevel=2)`: the encoding a text file opened with
/// `encoding` uses ("locale" for None, as without UTF-8 mode).
fn text_encoding(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let a = crate::runtime::builtins::args::unpack(vm, &args, "text_encoding", 1, 2)?;
    if a[0].is_none() {
        return Ok(vm.new_str("locale"));
    }
    Ok(a[0].clone())
}

/// `io.open_code(path)`: the file at `path` opened for reading bytes.
fn open_code(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let path = crate::runtime::builtins::args::one_arg(vm, &args, "open_code")?.clone();
    if !crate::runtime::eval::is_str(&path) {
        let t = crate::runtime::ops::type_name(vm, &path);
        return Err(vm.type_error(format!("open_code() argument 'path' must be str, not {t}")));
    }
    let open = vm.intern("open");
    let f = crate::runtime::objects::dict::dict_get_str(vm, &vm.builtins_dict.clone(), &open).unwrap_or(Value::None);
    let mode = vm.new_str("rb");
    vm.call(&f, &[path, mode], &[])
}
