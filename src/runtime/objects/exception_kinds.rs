//! The builtin exception classes that add fields or their own str to BaseException's:
//! StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError, OSError (with the
//! subclass chosen by errno), SyntaxError and the UnicodeError family.

use crate::runtime::object::Payload;
use crate::runtime::objects::exception::{exc_data, field, field_raw, set_field};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// StopIteration.value, SystemExit.code.
pub const VALUE: usize = 0;
/// ImportError's fields.
pub const IMPORT_MSG: usize = 0;
pub const IMPORT_NAME: usize = 1;
pub const IMPORT_PATH: usize = 2;
pub const IMPORT_NAME_FROM: usize = 3;
/// NameError.name.
pub const NAME_NAME: usize = 0;
/// AttributeError's fields.
pub const ATTR_NAME: usize = 0;
pub const ATTR_OBJ: usize = 1;
/// OSError's fields.
const OS_ERRNO: usize = 0;
const OS_STRERROR: usize = 1;
const OS_FILENAME: usize = 2;
const OS_FILENAME2: usize = 3;
const OS_WRITTEN: usize = 4;
/// SyntaxError's fields, in the order of its `(filename, lineno, offset, text, end_lineno,
/// end_offset)` details after `msg`.
const SYN_MSG: usize = 0;
const SYN_FILENAME: usize = 1;
const SYN_LINENO: usize = 2;
const SYN_PRINT: usize = 7;
/// UnicodeError's fields.
const UNI_ENCODING: usize = 0;
const UNI_OBJECT: usize = 1;
const UNI_START: usize = 2;
const UNI_END: usize = 3;
const UNI_REASON: usize = 4;

/// A getter and setter pair for field `$i`.
macro_rules! field_accessors {
    ($($get:ident, $set:ident, $i:expr;)*) => {
        $(
            fn $get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
                Ok(field(v, $i))
            }
            fn $set(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
                set_field(v, $i, if value.is_null() { Value::None } else { value });
                Ok(())
            }
        )*
    };
}

field_accessors! {
    get_f0, set_f0, 0;
    get_f1, set_f1, 1;
    get_f2, set_f2, 2;
    get_f3, set_f3, 3;
    get_f4, set_f4, 4;
    get_f5, set_f5, 5;
    get_f6, set_f6, 6;
    get_f7, set_f7, 7;
}

const fn member(name: &'static str, get: fn(&mut Vm, &Value) -> PyResult<Value>, set: fn(&mut Vm, &Value, Value) -> PyResult<()>) -> GetSetDef {
    GetSetDef { name, get, set: Some(set), doc: None }
}

fn args_of(v: &Value) -> Vec<Value> {
    match exc_data(v).map(|d| d.args.borrow().clone()) {
        Some(a) => match a.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

fn set_args(vm: &Vm, this: &Value, items: &[Value]) {
    if let Some(d) = exc_data(this) {
        *d.args.borrow_mut() = vm.new_tuple(items.to_vec());
    }
}

fn text(v: &Value) -> String {
    ops::repr::text_of(v).unwrap_or_default()
}

fn str_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::str_of(vm, v)?;
    Ok(text(&s))
}

fn repr_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::repr(vm, v)?;
    Ok(text(&s))
}

/// `BaseException.__str__` of an exception's args.
fn base_str(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let a = args_of(this);
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => ops::str_of(vm, &a[0]),
        _ => {
            let t = vm.new_tuple(a);
            ops::str_of(vm, &t)
        }
    }
}

/// The receiver and positional arguments of an `__init__`.
fn init_args<'a>(vm: &Vm, args: &CallArgs<'a>) -> PyResult<(Value, &'a [Value])> {
    match args.pos().split_first() {
        Some((this, rest)) => Ok((this.clone(), rest)),
        None => Err(vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument")),
    }
}

/// The keyword arguments an `__init__` accepts, by name; TypeError for another.
fn keywords(vm: &Vm, args: &CallArgs, allowed: &[&str], tname: &str) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in args.kwargs() {
        let k = text(k);
        match allowed.iter().position(|a| *a == k) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {tname}()"))),
        }
    }
    Ok(out)
}

fn no_keywords(vm: &Vm, args: &CallArgs, this: &Value) -> PyResult<()> {
    if args.has_kwargs() {
        let t = ops::type_name(vm, this);
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    }
    Ok(())
}

fn stop_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    no_keywords(vm, &args, &this)?;
    set_args(vm, &this, rest);
    set_field(&this, VALUE, rest.first().cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

fn exit_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    no_keywords(vm, &args, &this)?;
    set_args(vm, &this, rest);
    let code = match rest.len() {
        0 => Value::None,
        1 => rest[0].clone(),
        _ => vm.new_tuple(rest.to_vec()),
    };
    set_field(&this, VALUE, code);
    Ok(Value::None)
}

/// `StopIteration.value` (from the args of one the runtime made without `__init__`).
fn get_stop_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match field_raw(v, VALUE) {
        Value::Null => args_of(v).first().cloned().unwrap_or(Value::None),
        f => f,
    })
}

/// `SystemExit.code` (from the args of one the runtime made without `__init__`).
fn get_exit_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match field_raw(v, VALUE) {
        Value::Null => {
            let a = args_of(v);
            match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => vm.new_tuple(a),
            }
        }
        f => f,
    })
}

fn key_error_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let a = args_of(&this);
    if a.len() == 1 {
        return ops::repr(vm, &a[0]);
    }
    base_str(vm, &this)
}

fn import_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    let kw = keywords(vm, &args, &["name", "path", "name_from"], "ImportError")?;
    set_args(vm, &this, rest);
    set_field(&this, IMPORT_MSG, if rest.len() == 1 { rest[0].clone() } else { Value::None });
    set_field(&this, IMPORT_NAME, kw[0].clone().unwrap_or(Value::None));
    set_field(&this, IMPORT_PATH, kw[1].clone().unwrap_or(Value::None));
    set_field(&this, IMPORT_NAME_FROM, kw[2].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

fn import_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let msg = field(&this, IMPORT_MSG);
    if msg.as_obj().is_some_and(ops::is_exact_str_obj) {
        return Ok(msg);
    }
    base_str(vm, &this)
}

fn name_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    let kw = keywords(vm, &args, &["name"], "NameError")?;
    set_args(vm, &this, rest);
    set_field(&this, NAME_NAME, kw[0].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

fn attr_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    let kw = keywords(vm, &args, &["name", "obj"], "AttributeError")?;
    set_args(vm, &this, rest);
    set_field(&this, ATTR_NAME, kw[0].clone().unwrap_or(Value::None));
    set_field(&this, ATTR_OBJ, kw[1].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

/// The OSError subclass CPython picks for an errno (Linux values).
/// The OSError subclass for an errno (None for plain OSError); the table is the io module's.
fn errno_class(vm: &Vm, errno: i64) -> Option<TypeRef> {
    let t = crate::runtime::io::errno_class(vm, i32::try_from(errno).ok()?);
    (!t.ptr_eq(&vm.types.exc.os_error)).then_some(t)
}

fn os_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(mut cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
    };
    if args.has_kwargs() && !cls.has_flag(crate::runtime::types::flags::HEAPTYPE) {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name())));
    }
    let rest = &pos[1..];
    if cls.ptr_eq(&vm.types.exc.os_error)
        && (2..=5).contains(&rest.len())
        && let Value::Int(n) = rest[0]
        && let Some(sub) = errno_class(vm, n)
    {
        cls = sub;
    }
    let inst = crate::runtime::objects::object_type::new_instance(vm, &cls);
    os_fill(vm, &inst, &cls, rest)?;
    Ok(inst)
}

/// Parses OSError's arguments into its fields (and args).
fn os_fill(vm: &mut Vm, this: &Value, cls: &TypeRef, rest: &[Value]) -> PyResult<()> {
    set_args(vm, this, rest);
    for i in [OS_ERRNO, OS_STRERROR, OS_FILENAME, OS_FILENAME2] {
        set_field(this, i, Value::None);
    }
    if !(2..=5).contains(&rest.len()) {
        return Ok(());
    }
    set_field(this, OS_ERRNO, rest[0].clone());
    set_field(this, OS_STRERROR, rest[1].clone());
    let filename = rest.get(2).cloned().unwrap_or(Value::None);
    if filename.is_none() {
        return Ok(());
    }
    if cls.ptr_eq(&vm.types.exc.blocking_io_error) && matches!(filename, Value::Int(_) | Value::Bool(_)) {
        if let Value::Int(n) = filename {
            set_field(this, OS_WRITTEN, Value::Int(n));
        } else if let Value::Bool(b) = filename {
            set_field(this, OS_WRITTEN, Value::Int(b as i64));
        }
        return Ok(());
    }
    set_field(this, OS_FILENAME, filename);
    if let Some(f2) = rest.get(4) {
        set_field(this, OS_FILENAME2, f2.clone());
    }
    set_args(vm, this, &rest[..2]);
    Ok(())
}

fn os_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = init_args(vm, &args)?;
    no_keywords(vm, &args, &this)?;
    Ok(Value::None)
}

fn os_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let errno = field(&this, OS_ERRNO);
    let strerror = field(&this, OS_STRERROR);
    let filename = field(&this, OS_FILENAME);
    let filename2 = field(&this, OS_FILENAME2);
    if !filename.is_none() {
        let (e, s, f) = (str_text(vm, &errno)?, str_text(vm, &strerror)?, repr_text(vm, &filename)?);
        if !filename2.is_none() {
            let f2 = repr_text(vm, &filename2)?;
            return Ok(vm.new_str(&format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(vm.new_str(&format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let (e, s) = (str_text(vm, &errno)?, str_text(vm, &strerror)?);
        return Ok(vm.new_str(&format!("[Errno {e}] {s}")));
    }
    base_str(vm, &this)
}

fn get_written(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match field_raw(v, OS_WRITTEN) {
        Value::Null => Err(vm.attribute_error("characters_written")),
        w => Ok(w),
    }
}

fn set_written(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        if field_raw(v, OS_WRITTEN).is_null() {
            return Err(vm.attribute_error("characters_written"));
        }
        set_field(v, OS_WRITTEN, Value::Null);
        return Ok(());
    }
    match value {
        Value::Int(_) => {
            set_field(v, OS_WRITTEN, value);
            Ok(())
        }
        other => {
            let t = ops::type_name(vm, &other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn syntax_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    no_keywords(vm, &args, &this)?;
    set_args(vm, &this, rest);
    for i in SYN_MSG..=SYN_PRINT {
        set_field(&this, i, Value::None);
    }
    if let Some(m) = rest.first() {
        set_field(&this, SYN_MSG, m.clone());
    }
    if rest.len() == 2 {
        let info = crate::runtime::eval::collect_items(vm, &rest[1])?;
        if !(4..=6).contains(&info.len()) {
            let n = info.len();
            let msg = if n < 4 {
                format!("function takes at least 4 arguments ({n} given)")
            } else {
                format!("function takes at most 6 arguments ({n} given)")
            };
            return Err(vm.type_error(msg));
        }
        for (k, v) in info.into_iter().enumerate() {
            set_field(&this, SYN_FILENAME + k, v);
        }
    }
    Ok(Value::None)
}

fn syntax_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let msg = field(&this, SYN_MSG);
    let filename = field(&this, SYN_FILENAME);
    let filename = ops::repr::text_of(&filename).filter(|_| matches!(filename.payload(), Some(Payload::Str(_))));
    let lineno = match field(&this, SYN_LINENO) {
        Value::Int(n) => Some(n),
        _ => None,
    };
    let m = str_text(vm, &msg)?;
    let base = |f: &str| f.rsplit('/').next().unwrap_or(f).to_string();
    let s = match (filename, lineno) {
        (None, None) => return ops::str_of(vm, &msg),
        (Some(f), Some(n)) => format!("{m} ({}, line {n})", base(&f)),
        (Some(f), None) => format!("{m} ({})", base(&f)),
        (None, Some(n)) => format!("{m} (line {n})"),
    };
    Ok(vm.new_str(&s))
}

/// The `(object, start, end, reason)` tail of a Unicode error's arguments, checked.
fn unicode_fill(vm: &mut Vm, this: &Value, rest: &[Value], encoding: Option<&Value>) -> PyResult<()> {
    let want_obj_bytes = encoding.is_some() && exc_is(vm, this, |e| &e.unicode_decode_error);
    let [object, start, end, reason] = rest else { return Ok(()) };
    let obj_ok = if want_obj_bytes {
        matches!(object.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
    } else {
        matches!(object.payload(), Some(Payload::Str(_)))
    };
    let n = if encoding.is_some() { 2 } else { 1 };
    if !obj_ok {
        let want = if want_obj_bytes { "a bytes-like object" } else { "str" };
        let t = ops::type_name(vm, object);
        let msg = if want_obj_bytes {
            format!("argument {n} must be {want}, not {t}")
        } else {
            format!("argument {n} must be str, not {t}")
        };
        return Err(vm.type_error(msg));
    }
    for (k, v) in [start, end].into_iter().enumerate() {
        if !matches!(v, Value::Int(_) | Value::Bool(_)) {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer (argument {})", n + 1 + k)));
        }
    }
    if !matches!(reason.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, reason);
        return Err(vm.type_error(format!("argument {} must be str, not {t}", n + 3)));
    }
    if let Some(e) = encoding {
        set_field(this, UNI_ENCODING, e.clone());
    }
    set_field(this, UNI_OBJECT, object.clone());
    set_field(this, UNI_START, start.clone());
    set_field(this, UNI_END, end.clone());
    set_field(this, UNI_REASON, reason.clone());
    Ok(())
}

fn exc_is(vm: &Vm, v: &Value, t: impl Fn(&crate::runtime::types::builtin::ExcTypes) -> &TypeRef) -> bool {
    v.class(vm).is_subtype(t(&vm.types.exc))
}

fn unicode_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, rest) = init_args(vm, &args)?;
    no_keywords(vm, &args, &this)?;
    set_args(vm, &this, rest);
    let translate = exc_is(vm, &this, |e| &e.unicode_translate_error);
    let codec = exc_is(vm, &this, |e| &e.unicode_encode_error) || exc_is(vm, &this, |e| &e.unicode_decode_error);
    if !translate && !codec {
        return Ok(Value::None);
    }
    let want = if translate { 4 } else { 5 };
    if rest.len() != want {
        return Err(vm.type_error(format!("function takes exactly {want} arguments ({} given)", rest.len())));
    }
    if translate {
        unicode_fill(vm, &this, rest, None)?;
    } else {
        if !matches!(rest[0].payload(), Some(Payload::Str(_))) {
            let t = ops::type_name(vm, &rest[0]);
            return Err(vm.type_error(format!("argument 1 must be str, not {t}")));
        }
        unicode_fill(vm, &this, &rest[1..], Some(&rest[0]))?;
    }
    Ok(Value::None)
}

fn int_field(v: &Value, i: usize) -> i64 {
    match field(v, i) {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => 0,
    }
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn unicode_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let e = &vm.types.exc;
    let kinds = [&e.unicode_encode_error, &e.unicode_decode_error, &e.unicode_translate_error];
    if !kinds.iter().any(|k| this.class(vm).is_subtype(k)) {
        return base_str(vm, &this);
    }
    let object = field(&this, UNI_OBJECT);
    if object.is_none() {
        return Ok(vm.new_str(""));
    }
    let reason = str_text(vm, &field(&this, UNI_REASON))?;
    let encoding = str_text(vm, &field(&this, UNI_ENCODING))?;
    let (start, end) = (int_field(&this, UNI_START), int_field(&this, UNI_END));
    let s = if let Some(Payload::Bytes(b)) = object.payload() {
        let len = b.len() as i64;
        let start = start.clamp(0, (len - 1).max(0));
        let end = end.clamp(1, len.max(1));
        if start < len && end == start + 1 {
            format!("'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start as usize])
        } else {
            format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
        }
    } else {
        let chars: Vec<char> = text(&object).chars().collect();
        let len = chars.len() as i64;
        let start = start.clamp(0, (len - 1).max(0));
        let end = end.clamp(1, len.max(1));
        let translate = exc_is(vm, &this, |e| &e.unicode_translate_error);
        let prefix = if translate { "can't translate".to_string() } else { format!("'{encoding}' codec can't encode") };
        if start < len && end == start + 1 {
            format!("{prefix} character '{}' in position {start}: {reason}", char_escape(chars[start as usize]))
        } else {
            format!("{prefix} characters in position {start}-{}: {reason}", end - 1)
        }
    };
    Ok(vm.new_str(&s))
}

static STOP_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", stop_init)];
static STOP_GETSETS: &[GetSetDef] = &[member("value", get_stop_value, set_f0)];
static EXIT_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", exit_init)];
static EXIT_GETSETS: &[GetSetDef] = &[member("code", get_exit_code, set_f0)];
static KEY_METHODS: &[MethodDef] = &[MethodDef::slot("__str__", key_error_str)];
static IMPORT_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", import_init), MethodDef::slot("__str__", import_str)];
static IMPORT_GETSETS: &[GetSetDef] = &[member("msg", get_f0, set_f0), member("name", get_f1, set_f1), member("path", get_f2, set_f2), member("name_from", get_f3, set_f3)];
static NAME_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", name_init)];
static NAME_GETSETS: &[GetSetDef] = &[member("name", get_f0, set_f0)];
static ATTR_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", attr_init)];
static ATTR_GETSETS: &[GetSetDef] = &[member("name", get_f0, set_f0), member("obj", get_f1, set_f1)];
static OS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", os_new),
    MethodDef::slot("__init__", os_init),
    MethodDef::slot("__str__", os_str),
];
static OS_GETSETS: &[GetSetDef] = &[
    member("errno", get_f0, set_f0),
    member("strerror", get_f1, set_f1),
    member("filename", get_f2, set_f2),
    member("filename2", get_f3, set_f3),
    GetSetDef { name: "characters_written", get: get_written, set: Some(set_written), doc: None },
];
static SYNTAX_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", syntax_init), MethodDef::slot("__str__", syntax_str)];
static SYNTAX_GETSETS: &[GetSetDef] = &[
    member("msg", get_f0, set_f0),
    member("filename", get_f1, set_f1),
    member("lineno", get_f2, set_f2),
    member("offset", get_f3, set_f3),
    member("text", get_f4, set_f4),
    member("end_lineno", get_f5, set_f5),
    member("end_offset", get_f6, set_f6),
    member("print_file_and_line", get_f7, set_f7),
];
static UNICODE_METHODS: &[MethodDef] = &[MethodDef::slot("__init__", unicode_init), MethodDef::slot("__str__", unicode_str)];
static UNICODE_GETSETS: &[GetSetDef] = &[
    member("encoding", get_f0, set_f0),
    member("object", get_f1, set_f1),
    member("start", get_f2, set_f2),
    member("end", get_f3, set_f3),
    member("reason", get_f4, set_f4),
];

pub fn init(vm: &mut Vm) {
    let e = &vm.types.exc;
    let table: Vec<(TypeRef, &'static [MethodDef], &'static [GetSetDef])> = vec![
        (e.stop_iteration.clone(), STOP_METHODS, STOP_GETSETS),
        (e.system_exit.clone(), EXIT_METHODS, EXIT_GETSETS),
        (e.key_error.clone(), KEY_METHODS, &[]),
        (e.import_error.clone(), IMPORT_METHODS, IMPORT_GETSETS),
        (e.name_error.clone(), NAME_METHODS, NAME_GETSETS),
        (e.attribute_error.clone(), ATTR_METHODS, ATTR_GETSETS),
        (e.os_error.clone(), OS_METHODS, OS_GETSETS),
        (e.syntax_error.clone(), SYNTAX_METHODS, SYNTAX_GETSETS),
        (e.unicode_error.clone(), UNICODE_METHODS, &[]),
        (e.unicode_encode_error.clone(), &[], UNICODE_GETSETS),
        (e.unicode_decode_error.clone(), &[], UNICODE_GETSETS),
        (e.unicode_translate_error.clone(), &[], UNICODE_GETSETS),
    ];
    for (t, methods, getsets) in table {
        add_methods(vm, &t, methods);
        add_getsets(vm, &t, getsets);
    }
}

/// Sets the `path` attribute of an ImportError the runtime raises.
pub fn set_path(vm: &Vm, e: &PyErr, path: &str) {
    set_field(&Value::Obj(e.0.clone()), IMPORT_PATH, vm.new_str(path));
}

/// Sets the `name` attribute of a NameError or ImportError the runtime raises.
pub fn set_name(vm: &Vm, e: &PyErr, name: &str) {
    let v = Value::Obj(e.0.clone());
    if vm.err_is(e, &vm.types.exc.import_error) {
        let a = args_of(&v);
        set_field(&v, IMPORT_MSG, if a.len() == 1 { a[0].clone() } else { Value::None });
        set_field(&v, IMPORT_NAME, vm.new_str(name));
    } else {
        set_field(&v, NAME_NAME, vm.new_str(name));
    }
}
