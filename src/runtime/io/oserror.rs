//! What `OSError` adds to `BaseException`: `OSError(errno, strerror)` picking the subclass for
//! the errno (`FileNotFoundError` for ENOENT, ...), the fields `errno`, `strerror`, `filename`
//! and `filename2` (read from the arguments, as CPython takes them when two to five are given),
//! and the message `[Errno 2] No such file or directory: 'x'`.
//!
//! TODO(exceptions area): CPython keeps only `(errno, strerror)` in `args` when a filename is
//! given and lets the fields be assigned; that needs storage in the exception data.

use crate::runtime::objects::exception::exc_data;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn args_of(v: &Value) -> Vec<Value> {
    match exc_data(v).map(|d| d.args.borrow().clone()) {
        Some(a) => match a.payload() {
            Some(crate::runtime::object::Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

/// `OSError.__new__(cls, *args)`: `OSError` itself becomes the subclass for an int errno.
fn oserror_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(mut cls) = pos
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|o| TypeRef::from_obj(o.clone()))
    else {
        return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
    };
    let rest = &pos[1..];
    if cls.ptr_eq(&vm.types.exc.os_error)
        && (2..=5).contains(&rest.len())
        && let Value::Int(errno) = rest[0]
        && let Ok(e) = i32::try_from(errno)
    {
        cls = super::errno_class(vm, e);
    }
    let inst = crate::runtime::objects::object_type::new_instance(vm, &cls);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = vm.new_tuple(rest.to_vec());
    }
    Ok(inst)
}

/// Argument `i` of an OSError built with two to five arguments (None otherwise or when absent).
fn field(v: &Value, i: usize) -> Value {
    let a = args_of(v);
    if (2..=5).contains(&a.len()) {
        a.get(i).cloned().unwrap_or(Value::None)
    } else {
        Value::None
    }
}

fn get_errno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, 0))
}

fn get_strerror(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, 1))
}

fn get_filename(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, 2))
}

fn get_filename2(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, 4))
}

fn text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::str_of(vm, v)?;
    Ok(ops::repr::text_of(&s).unwrap_or_default())
}

fn repr_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::repr(vm, v)?;
    Ok(ops::repr::text_of(&s).unwrap_or_default())
}

/// `str(OSError)`: `[Errno N] text: 'file' -> 'file2'` when the fields are set, else as
/// `BaseException` says.
fn oserror_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let (errno, strerror, filename, filename2) = (
        field(&this, 0),
        field(&this, 1),
        field(&this, 2),
        field(&this, 4),
    );
    if !filename.is_none() {
        let head = format!(
            "[Errno {}] {}: {}",
            text(vm, &errno)?,
            text(vm, &strerror)?,
            repr_text(vm, &filename)?
        );
        let out = if filename2.is_none() {
            head
        } else {
            format!("{head} -> {}", repr_text(vm, &filename2)?)
        };
        return Ok(vm.new_str(&out));
    }
    if !errno.is_none() && !strerror.is_none() {
        let out = format!("[Errno {}] {}", text(vm, &errno)?, text(vm, &strerror)?);
        return Ok(vm.new_str(&out));
    }
    let a = args_of(&this);
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => ops::str_of(vm, &a[0]),
        _ => {
            let t = vm.new_tuple(a);
            ops::str_of(vm, &t)
        }
    }
}

static METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", oserror_new),
    MethodDef::slot("__str__", oserror_str),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "errno",
        get: get_errno,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "strerror",
        get: get_strerror,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "filename",
        get: get_filename,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "filename2",
        get: get_filename2,
        set: None,
        doc: None,
    },
];

/// Gives `OSError` its constructor, fields and message.
pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.os_error.clone();
    add_methods(vm, &t, METHODS);
    add_getsets(vm, &t, GETSETS);
}
