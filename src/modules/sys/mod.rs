//! The `sys` module (CPython 3.12's names and semantics): the standard streams, exit,
//! recursion limit, exception state, frames, hooks, sizes and reference counts; the constants
//! and struct sequences are in `attrs`.

pub(crate) mod attrs;
pub mod stdlib_names;

use std::rc::Rc;

use crate::runtime::builtins::args::{index_arg, one_arg, unpack};
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::native_function;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn sys_dict(vm: &Vm) -> ObjRef {
    vm.sys.dict.borrow().clone().unwrap_or_else(|| vm.new_dict())
}

/// `sys.NAME`, if set.
pub fn get(vm: &Vm, name: &str) -> Option<Value> {
    dict_get_str(vm, &sys_dict(vm), &vm.intern(name))
}

/// `sys.stdout` (None when unset).
pub fn stdout(vm: &Vm) -> Value {
    get(vm, "stdout").unwrap_or(Value::None)
}

/// `sys.stderr` (None when unset).
pub fn stderr(vm: &Vm) -> Value {
    get(vm, "stderr").unwrap_or(Value::None)
}

/// `sys.stdin` (None when unset).
pub fn stdin(vm: &Vm) -> Value {
    get(vm, "stdin").unwrap_or(Value::None)
}

fn exit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "exit", 0, 1)?;
    Err(vm.new_exception(&vm.types.exc.system_exit.clone(), pos.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "setrecursionlimit")?;
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = index_arg(vm, v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))? as usize;
    if n <= vm.depth {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            vm.depth
        )));
    }
    vm.recursion_limit = n;
    Ok(Value::None)
}

fn exception(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "exception", 0, 0)?;
    Ok(vm.handled.clone())
}

fn exc_info(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "exc_info", 0, 0)?;
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = e.class(vm).to_value();
    let tb = crate::runtime::objects::exception::traceback_of(vm, &e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

/// The frame object of the frame `depth` levels out, with `f_back` linked to the frames
/// outside it.
pub fn frame_at(vm: &mut Vm, depth: usize) -> Option<Value> {
    let n = vm.frames.len();
    let i = n.checked_sub(depth + 1)?;
    let mut result = None;
    let mut inner: Option<Value> = None;
    for k in (0..=i).rev() {
        let raw = vm.frames[k].as_ptr();
        let fo = crate::runtime::objects::exception::frame_object(vm, raw);
        if let Some(prev) = &inner
            && let Some(Payload::FrameObj(p)) = prev.payload()
        {
            *p.back.borrow_mut() = fo.clone();
        }
        if result.is_none() {
            result = Some(fo.clone());
        }
        inner = Some(fo);
    }
    result
}

fn getframe(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "_getframe", 0, 1)?;
    let depth = match pos.first() {
        Some(d) => index_arg(vm, d)?,
        None => 0,
    };
    let depth = usize::try_from(depth).unwrap_or(0);
    match frame_at(vm, depth) {
        Some(f) => Ok(f),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

fn getframemodulename(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "_getframemodulename", 0, 1)?;
    let depth = match pos.first() {
        Some(d) => index_arg(vm, d)?,
        None => 0,
    };
    let Some(f) = vm.frame_at(usize::try_from(depth).unwrap_or(0)) else { return Ok(Value::None) };
    let g = f.globals.clone();
    Ok(dict_get_str(vm, &g, &vm.names.__name__.clone()).unwrap_or(Value::None))
}

fn displayhook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "displayhook")?;
    crate::runtime::builtins::default_displayhook(vm, v)?;
    Ok(Value::None)
}

fn excepthook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "excepthook", 3, 3)?;
    let value = pos[1].clone();
    if crate::runtime::objects::exception::exc_data(&value).is_none() {
        let t = ops::type_name(vm, &value);
        let msg = format!("TypeError: print_exception(): Exception expected for value, {t} found\n");
        crate::runtime::stdio::write_stderr(vm, &msg);
        return Ok(Value::None);
    }
    crate::runtime::traceback::print_exception(vm, &value);
    Ok(Value::None)
}

/// `sys.getrefcount(obj)`: the reference count as CPython counts it (the argument's own
/// reference included); the unboxed values stand for CPython's immortal objects.
fn getrefcount(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "getrefcount")?;
    Ok(Value::Int(match v {
        Value::Obj(o) => Rc::strong_count(o) as i64,
        Value::None | Value::Bool(_) | Value::Null => 4294967295,
        Value::Int(i) if (-5..=256).contains(i) => 4294967295,
        _ => 2,
    }))
}

/// `sys.getsizeof(obj[, default])`: `__sizeof__()` plus the collector's header for the objects
/// CPython tracks.
fn getsizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let obj = pos.first().ok_or_else(|| vm.type_error("getsizeof() missing required argument 'object' (pos 1)"))?.clone();
    let default = pos.get(1).cloned().or_else(|| args.kwargs().find(|(k, _)| ops::repr::text_of(k).as_deref() == Some("default")).map(|(_, v)| v.clone()));
    let name = vm.intern("__sizeof__");
    let r = match ops::lookup_special(vm, &obj, &name) {
        Ok(Some(f)) => vm.call(&f, &[], &[]),
        Ok(None) => {
            let t = ops::type_name(vm, &obj);
            Err(vm.type_error(format!("Type {t} doesn't define __sizeof__")))
        }
        Err(e) => Err(e),
    };
    let r = match (r, default) {
        (Ok(r), _) => r,
        (Err(e), Some(d)) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => return Ok(d),
        (Err(e), _) => return Err(e),
    };
    let size = match r {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return Err(vm.type_error("an integer is required")),
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let gc_tracked = matches!(
        obj.payload(),
        Some(
            Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Instance
                | Payload::Function(_)
                | Payload::Type(_)
                | Payload::Generator(_)
                | Payload::Cell(_)
                | Payload::BoundMethod { .. }
                | Payload::Module(_)
        )
    ) || matches!(obj.payload(), Some(Payload::Tuple(t)) if !t.is_empty());
    Ok(Value::Int(size + if gc_tracked { 16 } else { 0 }))
}

fn intern(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "intern")?;
    match v {
        Value::Obj(o) if ops::is_exact_str_obj(o) => Ok(Value::Obj(vm.intern_obj(o))),
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Err(vm.type_error("can't intern str")),
        other => {
            let t = ops::type_name(vm, other);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

fn get_int_max_str_digits(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = match (args.pos(), args.kwargs().next()) {
        ([_, ..], Some(_)) | ([_, _, ..], None) => return Err(vm.type_error("set_int_max_str_digits() takes exactly one argument")),
        ([v], None) => v.clone(),
        ([], Some((k, v))) if ops::repr::text_of(k).as_deref() == Some("maxdigits") => v.clone(),
        ([], Some((k, _))) => {
            let k = ops::repr::text_of(k).unwrap_or_default();
            return Err(vm.type_error(format!("set_int_max_str_digits() got an unexpected keyword argument '{k}'")));
        }
        ([], None) => return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
    };
    let n = index_arg(vm, &v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn text_result(vm: &mut Vm, args: CallArgs, name: &str, value: &str) -> PyResult<Value> {
    unpack(vm, &args, name, 0, 0)?;
    Ok(vm.new_str(value))
}

fn getdefaultencoding(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    text_result(vm, args, "getdefaultencoding", "utf-8")
}

fn getfilesystemencoding(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    text_result(vm, args, "getfilesystemencoding", "utf-8")
}

fn getfilesystemencodeerrors(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    text_result(vm, args, "getfilesystemencodeerrors", "surrogateescape")
}

fn getswitchinterval(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "getswitchinterval", 0, 0)?;
    Ok(attrs::switch_interval(vm))
}

fn setswitchinterval(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "setswitchinterval")?;
    let f = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        other => {
            let t = ops::type_name(vm, other);
            return Err(vm.type_error(format!("must be real number, not {t}")));
        }
    };
    if f <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    dict_set_str(vm, &sys_dict(vm), vm.intern("_switch_interval"), Value::Float(f));
    Ok(Value::None)
}

/// `sys.gettrace()`/`getprofile()`: no tracing is supported, so always None.
fn get_none(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "gettrace", 0, 0)?;
    Ok(Value::None)
}

/// `sys.settrace(f)`/`setprofile(f)`: only None (turning tracing off) is accepted.
fn set_trace(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "settrace")?;
    if v.is_none() {
        return Ok(Value::None);
    }
    Err(vm.new_error(&vm.types.exc.not_implemented_error.clone(), "tracing and profiling functions are not supported by pyrs"))
}

fn is_finalizing(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "is_finalizing", 0, 0)?;
    Ok(Value::Bool(false))
}

fn audit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    }
    if !matches!(args.pos()[0].payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &args.pos()[0]);
        return Err(vm.type_error(format!("expected str for argument 'event', not {t}")));
    }
    Ok(Value::None)
}

fn addaudithook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    one_arg(vm, &args, "addaudithook")?;
    Ok(Value::None)
}

fn call_tracing(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "call_tracing", 2, 2)?;
    let Some(Payload::Tuple(items)) = pos[1].payload() else {
        let t = ops::type_name(vm, &pos[1]);
        return Err(vm.type_error(format!("call_tracing() argument 2 must be tuple, not {t}")));
    };
    let items = items.to_vec();
    vm.call(&pos[0], &items, &[])
}

fn getallocatedblocks(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "getallocatedblocks", 0, 0)?;
    Ok(Value::Int(0))
}

fn clear_type_cache(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "_clear_type_cache", 0, 0)?;
    Ok(Value::None)
}

fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "get_coroutine_origin_tracking_depth", 0, 0)?;
    Ok(Value::Int(0))
}

fn set_coroutine_origin_tracking_depth(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let depth = args.pos().first().cloned().or_else(|| args.kwargs().next().map(|(_, v)| v.clone()));
    let Some(d) = depth else {
        return Err(vm.type_error("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)"));
    };
    if index_arg(vm, &d)? < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    Ok(Value::None)
}

static SYS_FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("exit", exit),
    MethodDef::function("getrecursionlimit", getrecursionlimit),
    MethodDef::function("setrecursionlimit", setrecursionlimit),
    MethodDef::function("exception", exception),
    MethodDef::function("exc_info", exc_info),
    MethodDef::function("_getframe", getframe),
    MethodDef::function("_getframemodulename", getframemodulename),
    MethodDef::function("displayhook", displayhook),
    MethodDef::function("excepthook", excepthook),
    MethodDef::function("unraisablehook", unraisablehook),
    MethodDef::function("getrefcount", getrefcount),
    MethodDef::function("getsizeof", getsizeof),
    MethodDef::function("intern", intern),
    MethodDef::function("get_int_max_str_digits", get_int_max_str_digits),
    MethodDef::function("set_int_max_str_digits", set_int_max_str_digits),
    MethodDef::function("getdefaultencoding", getdefaultencoding),
    MethodDef::function("getfilesystemencoding", getfilesystemencoding),
    MethodDef::function("getfilesystemencodeerrors", getfilesystemencodeerrors),
    MethodDef::function("getswitchinterval", getswitchinterval),
    MethodDef::function("setswitchinterval", setswitchinterval),
    MethodDef::function("gettrace", get_none),
    MethodDef::function("getprofile", get_none),
    MethodDef::function("settrace", set_trace),
    MethodDef::function("setprofile", set_trace),
    MethodDef::function("is_finalizing", is_finalizing),
    MethodDef::function("audit", audit),
    MethodDef::function("addaudithook", addaudithook),
    MethodDef::function("call_tracing", call_tracing),
    MethodDef::function("getallocatedblocks", getallocatedblocks),
    MethodDef::function("_clear_type_cache", clear_type_cache),
    MethodDef::function("get_coroutine_origin_tracking_depth", get_coroutine_origin_tracking_depth),
    MethodDef::function("set_coroutine_origin_tracking_depth", set_coroutine_origin_tracking_depth),
    MethodDef::function("breakpointhook", crate::runtime::builtins::site::default_breakpointhook),
    MethodDef::function("getdlopenflags", getdlopenflags),
    MethodDef::function("setdlopenflags", setdlopenflags),
    MethodDef::function("getunicodeinternedsize", getunicodeinternedsize),
    MethodDef::function("is_stack_trampoline_active", is_stack_trampoline_active),
    MethodDef::function("activate_stack_trampoline", activate_stack_trampoline),
    MethodDef::function("deactivate_stack_trampoline", deactivate_stack_trampoline),
    MethodDef::function("__interactivehook__", interactivehook),
];

/// `sys.getdlopenflags()`: RTLD_NOW, CPython's default (pyrs loads no extension modules).
fn getdlopenflags(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "getdlopenflags", 0, 0)?;
    Ok(Value::Int(2))
}

/// `sys.setdlopenflags(flags)`: accepted and ignored (pyrs loads no extension modules).
fn setdlopenflags(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.pos().len() != 1 || args.has_kwargs() {
        return Err(vm.type_error(format!("sys.setdlopenflags() takes exactly one argument ({} given)", args.pos().len())));
    }
    crate::runtime::builtins::args::index_arg(vm, &args.pos()[0])?;
    Ok(Value::None)
}

/// `sys.getunicodeinternedsize()`: how many strings are interned.
fn getunicodeinternedsize(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "getunicodeinternedsize", 0, 0)?;
    Ok(Value::Int(vm.interned_count() as i64))
}

fn is_stack_trampoline_active(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "is_stack_trampoline_active", 0, 0)?;
    Ok(Value::Bool(false))
}

/// `sys.activate_stack_trampoline(backend)`: pyrs knows no perf backend.
fn activate_stack_trampoline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = unpack(vm, &args, "activate_stack_trampoline", 1, 1)?;
    let backend = crate::runtime::builtins::args::str_arg(vm, &pos[0], "activate_stack_trampoline", "argument")?;
    Err(vm.value_error(format!("invalid backend: {backend}")))
}

fn deactivate_stack_trampoline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "deactivate_stack_trampoline", 0, 0)?;
    Ok(Value::None)
}

/// `sys.__interactivehook__()`: what the site module installs for the interactive prompt; pyrs's
/// prompt has its own line editing, so there is nothing to set up.
fn interactivehook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unpack(vm, &args, "__interactivehook__", 0, 0)?;
    Ok(Value::None)
}

/// Whether `f` is the native `sys.NAME` function (the hooks' defaults).
pub fn is_native(vm: &Vm, f: &Value, name: &str) -> bool {
    match f.payload() {
        Some(Payload::BuiltinFunction(b)) => {
            b.name == name && SYS_FUNCTIONS.iter().any(|d| d.name == name && std::ptr::fn_addr_eq(d.func, b.func)) && {
                let _ = vm;
                true
            }
        }
        _ => false,
    }
}

thread_local! {
    /// The type of the argument of `sys.unraisablehook` (made on first use).
    static UNRAISABLE_ARGS: std::cell::RefCell<Option<crate::runtime::types::TypeRef>> = const { std::cell::RefCell::new(None) };
}

const UNRAISABLE_FIELDS: &[&str] = &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];

fn unraisable_args_type(vm: &mut Vm) -> PyResult<crate::runtime::types::TypeRef> {
    if let Some(t) = UNRAISABLE_ARGS.with(|c| c.borrow().clone()) {
        return Ok(t);
    }
    let t = crate::runtime::objects::structseq::new_type(vm, "builtins", "UnraisableHookArgs", UNRAISABLE_FIELDS, false)?;
    UNRAISABLE_ARGS.with(|c| *c.borrow_mut() = Some(t.clone()));
    Ok(t)
}

/// `sys.unraisablehook(unraisable)` (also `sys.__unraisablehook__`): the report of an exception
/// that could not be raised, on stderr.
fn unraisablehook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let arg = one_arg(vm, &args, "unraisablehook")?.clone();
    let t = unraisable_args_type(vm)?;
    let fields = match arg.payload() {
        Some(Payload::Tuple(items)) if arg.class(vm).is_subtype(&t) && items.len() >= 5 => items.to_vec(),
        _ => return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs")),
    };
    let [exc_type, exc_value, _tb, err_msg, obj] = &fields[..5] else { return Ok(Value::None) };
    let mut out = String::new();
    let msg = ops::repr::text_of(err_msg).filter(|_| !err_msg.is_none());
    if !obj.is_none() {
        let shown = match ops::repr(vm, obj) {
            Ok(r) => ops::repr::text_of(&r).unwrap_or_default(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        out.push_str(&format!("{}: {shown}\n", msg.as_deref().unwrap_or("Exception ignored in")));
    } else if let Some(m) = &msg {
        out.push_str(&format!("{m}:\n"));
    }
    if !exc_type.is_none() {
        if matches!(exc_value.payload(), Some(Payload::Exception(_))) {
            out.push_str(&crate::runtime::traceback::format_exception(vm, exc_value));
        } else {
            let name = exc_type.as_obj().and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone())).map(|t| t.name().to_string()).unwrap_or_default();
            let text = ops::str_of(vm, exc_value).ok().and_then(|s| ops::repr::text_of(&s)).unwrap_or_default();
            if text.is_empty() || exc_value.is_none() {
                out.push_str(&format!("{name}\n"));
            } else {
                out.push_str(&format!("{name}: {text}\n"));
            }
        }
    }
    crate::runtime::stdio::write_stderr(vm, &out);
    Ok(Value::None)
}

/// Hands an exception that cannot be raised to a `sys.unraisablehook` the program set (true),
/// or says that the default report applies (false). A hook that fails is reported as
/// "Exception ignored in sys.unraisablehook".
pub fn custom_unraisablehook(vm: &mut Vm, err: &crate::runtime::vm::PyErr, obj: Option<&Value>) -> bool {
    let Some(hook) = get(vm, "unraisablehook") else { return false };
    if hook.is_none() || get(vm, "__unraisablehook__").is_some_and(|d| d.is(&hook)) {
        return false;
    }
    let Ok(t) = unraisable_args_type(vm) else { return false };
    let exc = Value::Obj(err.0.clone());
    let tb = crate::runtime::objects::exception::traceback_of(vm, &exc);
    let values = vec![exc.class(vm).to_value(), exc, tb, Value::None, obj.cloned().unwrap_or(Value::None)];
    let args = crate::runtime::objects::structseq::new_instance(vm, &t, values);
    if let Err(e) = vm.call(&hook, &[args], &[]) {
        let shown = match ops::repr(vm, &hook) {
            Ok(r) => ops::repr::text_of(&r).unwrap_or_default(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        let exc = Value::Obj(e.0.clone());
        let mut out = format!("Exception ignored in sys.unraisablehook: {shown}\n");
        out.push_str(&crate::runtime::traceback::format_exception(vm, &exc));
        crate::runtime::stdio::write_stderr(vm, &out);
    }
    true
}

/// Fills `sys` and registers `sys` and `builtins` in `sys.modules`.
pub fn init(vm: &mut Vm) {
    let d = sys_dict(vm);
    for def in SYS_FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    for (alias, name) in [("__displayhook__", "displayhook"), ("__excepthook__", "excepthook"), ("__breakpointhook__", "breakpointhook"), ("__unraisablehook__", "unraisablehook")] {
        if let Some(f) = dict_get_str(vm, &d, &vm.intern(name)) {
            dict_set_str(vm, &d, vm.intern(alias), f);
        }
    }
    let [stdin, stdout, stderr] = crate::runtime::io::std_streams(vm);
    for (k, v) in [
        ("stdin", &stdin),
        ("__stdin__", &stdin),
        ("stdout", &stdout),
        ("__stdout__", &stdout),
        ("stderr", &stderr),
        ("__stderr__", &stderr),
    ] {
        dict_set_str(vm, &d, vm.intern(k), v.clone());
    }
    attrs::init(vm, &d);
    let modules = vm.modules.clone();
    dict_set_str(vm, &modules, vm.intern("sys"), Value::Obj(vm.sys.clone()));
    dict_set_str(vm, &modules, vm.intern("builtins"), Value::Obj(vm.builtins.clone()));
}
