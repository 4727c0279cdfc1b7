//! `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
//! opener=None)`: checks the mode and arguments as CPython's `io.open` does, opens the
//! descriptor, and stacks the layers the mode asks for.

use crate::runtime::builtins::args::index_arg;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::binary::OPEN_SIG;
use super::codec::Codec;
use super::core::{FileCore, OpenFlags, open_path};
use super::{FileKind, TextState, os_error};

/// The parsed mode string.
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        create: false,
        read: false,
        write: false,
        append: false,
        plus: false,
        binary: false,
    };
    let mut text = false;
    let mut seen = String::new();
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    for c in mode.chars() {
        if !"xrwabt+".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
        match c {
            'x' => m.create = true,
            'r' => m.read = true,
            'w' => m.write = true,
            'a' => m.append = true,
            '+' => m.plus = true,
            'b' => m.binary = true,
            _ => text = true,
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.create, m.read, m.write, m.append]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

fn opt_str(vm: &Vm, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match ops::repr::text_of(v) {
            Some(s) => Ok(Some(s)),
            None => {
                let t = ops::type_name(vm, v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {t}"
                )))
            }
        },
    }
}

/// The path bytes of a file argument (str, bytes or `os.PathLike`), or None for a descriptor.
fn path_of(vm: &mut Vm, file: &Value) -> PyResult<Option<Vec<u8>>> {
    match file.payload() {
        Some(Payload::Str(s)) => Ok(Some(s.to_wtf8())),
        Some(Payload::Bytes(b)) => Ok(Some(b.to_vec())),
        _ if matches!(file, Value::Int(_) | Value::Bool(_)) || file.to_bigint().is_some() => {
            Ok(None)
        }
        _ => {
            let name = vm.intern("__fspath__");
            if let Some(r) = ops::call_special(vm, file, &name, &[])? {
                return match r.payload() {
                    Some(Payload::Str(s)) => Ok(Some(s.to_wtf8())),
                    Some(Payload::Bytes(b)) => Ok(Some(b.to_vec())),
                    _ => {
                        let t = ops::type_name(vm, file);
                        let rt = ops::type_name(vm, &r);
                        Err(vm.type_error(format!(
                            "expected {t}.__fspath__() to return str or bytes, not {rt}"
                        )))
                    }
                };
            }
            let t = ops::type_name(vm, file);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )))
        }
    }
}

/// The builtin `open`.
pub fn open(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = OPEN_SIG.bind(vm, &args)?;
    let file = a[0].clone().unwrap_or_default();
    let mode_s = match &a[1] {
        None => "r".to_string(),
        Some(m) => match ops::repr::text_of(m) {
            Some(s) => s,
            None => {
                let t = ops::type_name(vm, m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let buffering = match &a[2] {
        None => -1,
        Some(b) => index_arg(vm, b)?,
    };
    let encoding = opt_str(vm, &a[3], "encoding")?;
    let errors = opt_str(vm, &a[4], "errors")?;
    let newline = opt_str(vm, &a[5], "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => ops::is_true(vm, v)?,
    };
    let opener = a[7].clone().filter(|o| !o.is_none());
    let path = path_of(vm, &file)?;
    let m = parse_mode(vm, &mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if m.binary && buffering == 1 {
        let msg = "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used";
        crate::runtime::stdio::warn(vm, "RuntimeWarning", msg);
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    let codec = match &encoding {
        None => Codec::Utf8,
        Some(e) => match Codec::lookup(e) {
            Some(c) => c,
            None if !m.binary => {
                // CPython looks the encoding up after opening; the file is opened (and closed) first.
                return match open_fd(vm, &file, &path, &m, closefd, &opener) {
                    Ok(fd) => {
                        drop(FileCore::new(fd, closefd, false, false));
                        Err(vm.new_error(
                            &vm.types.exc.lookup_error.clone(),
                            format!("unknown encoding: {e}"),
                        ))
                    }
                    Err(err) => Err(err),
                };
            }
            None => Codec::Utf8,
        },
    };
    let fd = open_fd(vm, &file, &path, &m, closefd, &opener)?;
    let mut core = FileCore::new(
        fd,
        closefd,
        m.read || m.plus,
        m.write || m.append || m.create || m.plus,
    );
    core.appending = m.append;
    core.created = m.create;
    if m.append {
        // SAFETY: plain system call on the descriptor just opened.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    let tty = core.isatty();
    if buffering > 1 {
        core.buffer_size = buffering as usize;
    } else if buffering < 0 || buffering == 1 {
        core.buffer_size = super::core::block_size(fd);
    }
    let name = file.clone();
    if buffering == 0 {
        if !m.binary {
            drop(core);
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        return Ok(super::build_layers(vm, core, name, None, None));
    }
    let kind = if m.plus {
        FileKind::BufferedRandom
    } else if m.read {
        FileKind::BufferedReader
    } else {
        FileKind::BufferedWriter
    };
    if m.binary {
        return Ok(super::build_layers(vm, core, name, Some(kind), None));
    }
    let at_start = !m.append;
    let state = TextState {
        codec,
        encoding: encoding.unwrap_or_else(|| "utf-8".to_string()),
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        line_buffering: buffering == 1 || buffering < 0 && tty,
        write_through: false,
        seen: 0,
        at_start,
    };
    Ok(super::build_layers(
        vm,
        core,
        name,
        Some(kind),
        Some((state, &mode_s)),
    ))
}

/// Opens the descriptor for `file`: the path (through `opener` if given) or the given number.
fn open_fd(
    vm: &mut Vm,
    file: &Value,
    path: &Option<Vec<u8>>,
    m: &Mode,
    closefd: bool,
    opener: &Option<Value>,
) -> PyResult<i32> {
    let flags = OpenFlags {
        readable: m.read || m.plus,
        writable: m.write || m.append || m.create || m.plus,
        appending: m.append,
        created: m.create,
        truncate: m.write,
    };
    let Some(p) = path else {
        let fd = index_arg(vm, file)?;
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        let fd = i32::try_from(fd)
            .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
        if !super::core::fd_is_valid(fd) {
            return Err(os_error(vm, libc::EBADF, None));
        }
        return Ok(fd);
    };
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    if p.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    if let Some(op) = opener {
        let mut f = libc::O_CLOEXEC;
        f |= match (flags.readable, flags.writable) {
            (true, true) => libc::O_RDWR,
            (false, true) => libc::O_WRONLY,
            _ => libc::O_RDONLY,
        };
        if flags.appending {
            f |= libc::O_APPEND | libc::O_CREAT;
        }
        if flags.created {
            f |= libc::O_EXCL | libc::O_CREAT;
        }
        if flags.truncate {
            f |= libc::O_TRUNC | libc::O_CREAT;
        }
        let r = vm.call(op, &[file.clone(), Value::Int(f as i64)], &[])?;
        let fd = index_arg(vm, &r)?;
        if fd < 0 {
            return Err(vm.value_error(format!("opener returned {fd}")));
        }
        return Ok(fd as i32);
    }
    match open_path(p, &flags) {
        Ok(fd) => Ok(fd),
        Err(errno) => Err(os_error(vm, errno, Some(file.clone()))),
    }
}
