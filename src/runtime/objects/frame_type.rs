//! The `frame` and `traceback` types: what Python sees of an activation (`f_code`, `f_globals`,
//! `f_locals`, `f_lineno`, `f_back`, ...) and of a traceback entry (`tb_frame`, `tb_lineno`,
//! `tb_next`, ...), and the locals mapping of the running frame (`locals()`, `vars()`).
//!
//! A frame object is made once per activation (`exception::frame_object`). While its activation
//! runs, it is found in `vm.frames` (by its frame-object pointer), so that `f_locals`,
//! `f_lineno` and `f_back` read the live state; afterwards they answer from what the frame
//! object recorded.

use crate::bytecode::code::kinds;
use crate::runtime::call::NativeParams;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exception::FrameObject;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn frame_data(v: &Value) -> Option<&FrameObject> {
    match v.payload() {
        Some(Payload::FrameObj(f)) => Some(f),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value, what: &str) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a '{what}' object but received a '{t}'"))
}

/// The index in `vm.frames` of the running activation a frame object belongs to.
fn live_index(vm: &Vm, fo: &Value) -> Option<usize> {
    vm.frames.iter().rposition(|p| {
        // SAFETY: the pointers in `vm.frames` are running frames (see `Vm::current_frame`); the
        // reference does not outlive this closure.
        let f = unsafe { p.as_ref() };
        f.frame_object.as_ref().is_some_and(|o| o.is(fo))
    })
}

/// The locals of a frame as a dict: the locals mapping of a module or class body, else the
/// bound fast locals, cells and free variables (cells read through).
pub fn frame_locals(vm: &Vm, f: &Frame) -> Value {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let d = vm.new_dict();
    if let Payload::Dict(dd) = &d.payload {
        let mut dd = dd.borrow_mut();
        for (i, name) in f.code.localsplusnames.iter().enumerate() {
            let kind = f.code.localspluskinds.get(i).copied().unwrap_or(0);
            if kind & kinds::HIDDEN != 0 {
                continue;
            }
            let mut v = f.localsplus.get(i).cloned().unwrap_or_default();
            if kind & (kinds::CELL | kinds::FREE) != 0 {
                if let Some(Payload::Cell(c)) = v.payload() {
                    let inner = c.borrow().clone();
                    v = inner;
                }
            }
            if v.is_null() {
                continue;
            }
            let key = Value::Obj(name.clone());
            if let Some(h) = name.as_str().and_then(|s| s.cached_hash()) {
                dd.push_unique(h, key, v);
            } else {
                let h = name.as_str().map(|s| s.hash(vm.hash_key)).unwrap_or(0);
                dd.push_unique(h, key, v);
            }
        }
    }
    Value::Obj(d)
}

/// `locals()` of the running frame (what `vars()` and `dir()` without arguments read).
pub fn current_locals(vm: &mut Vm) -> PyResult<Value> {
    match vm.current_frame() {
        Some(f) => Ok(frame_locals(vm, f)),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

/// The frame object of the frame `depth` levels out from the innermost one (for
/// `sys._getframe`).
pub fn frame_at_depth(vm: &Vm, depth: usize) -> Option<Value> {
    let n = vm.frames.len();
    let i = n.checked_sub(depth + 1)?;
    Some(crate::runtime::objects::exception::frame_object(vm, vm.frames[i].as_ptr()))
}

macro_rules! frame_or_err {
    ($vm:expr, $v:expr) => {
        match frame_data($v) {
            Some(f) => f,
            None => return Err(wrong($vm, $v, "frame")),
        }
    };
}

fn frame_lineno(vm: &Vm, v: &Value) -> Option<i32> {
    let fd = frame_data(v)?;
    match live_index(vm, v) {
        // SAFETY: as in `live_index`.
        Some(i) => unsafe { vm.frames[i].as_ref() }.lineno(),
        None => fd.code.line_of(fd.lasti.get()),
    }
}

fn get_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_or_err!(vm, v);
    Ok(frame_lineno(vm, v).map_or(Value::None, |l| Value::Int(l as i64)))
}

fn set_lineno(vm: &mut Vm, v: &Value, _value: Value) -> PyResult<()> {
    frame_or_err!(vm, v);
    Err(vm.value_error("f_lineno can only be set in a trace function"))
}

fn get_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = frame_or_err!(vm, v);
    let lasti = match live_index(vm, v) {
        // SAFETY: as in `live_index`.
        Some(i) => unsafe { vm.frames[i].as_ref() }.lasti,
        None => fd.lasti.get(),
    };
    Ok(Value::Int(lasti as i64 * 2))
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = frame_or_err!(vm, v);
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(fd.code.clone())))
}

fn get_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(frame_or_err!(vm, v).globals.clone()))
}

fn get_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(frame_or_err!(vm, v).builtins.clone()))
}

fn get_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = frame_or_err!(vm, v);
    match live_index(vm, v) {
        // SAFETY: as in `live_index`.
        Some(i) => Ok(frame_locals(vm, unsafe { vm.frames[i].as_ref() })),
        None => Ok(fd.locals.clone().unwrap_or_else(|| Value::Obj(vm.new_dict()))),
    }
}

fn get_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = frame_or_err!(vm, v);
    if let Some(i) = live_index(vm, v) {
        let back = match i.checked_sub(1) {
            Some(j) => crate::runtime::objects::exception::frame_object(vm, vm.frames[j].as_ptr()),
            None => Value::None,
        };
        *fd.back.borrow_mut() = back.clone();
        return Ok(back);
    }
    Ok(fd.back.borrow().clone())
}

fn get_trace(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_or_err!(vm, v);
    let name = vm.intern("f_trace");
    Ok(v.as_obj().and_then(|o| o.dict.borrow().clone()).and_then(|d| crate::runtime::objects::dict::dict_get_str(vm, &d, &name)).unwrap_or(Value::None))
}

fn set_trace(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    frame_or_err!(vm, v);
    let name = vm.intern("f_trace");
    let Some(o) = v.as_obj() else { return Ok(()) };
    let d = {
        let mut slot = o.dict.borrow_mut();
        slot.get_or_insert_with(|| vm.new_dict()).clone()
    };
    let value = if value.is_null() { Value::None } else { value };
    crate::runtime::objects::dict::dict_set_str(vm, &d, name, value);
    Ok(())
}

fn get_true(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_or_err!(vm, v);
    Ok(Value::Bool(true))
}

fn get_false(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    frame_or_err!(vm, v);
    Ok(Value::Bool(false))
}

fn set_flag(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    frame_or_err!(vm, v);
    if !matches!(value, Value::Bool(_)) {
        return Err(vm.type_error("attribute value type must be bool"));
    }
    Ok(())
}

/// `<frame at 0x..., file 'x.py', line 3, code f>`.
fn frame_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let fd = frame_or_err!(vm, &v);
    let line = frame_lineno(vm, &v).unwrap_or(-1);
    let file = ops::repr(vm, &Value::Obj(fd.code.filename.clone()))?;
    let file = ops::repr::text_of(&file).unwrap_or_default();
    let name = fd.code.name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    Ok(vm.new_str(&format!("<frame at {:#x}, file {file}, line {line}, code {name}>", v.id())))
}

fn frame_clear(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    frame_or_err!(vm, &v);
    if live_index(vm, &v).is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    Ok(Value::None)
}

fn frame_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let fd = frame_or_err!(vm, &v);
    Ok(Value::Int((std::mem::size_of::<Frame>() + fd.code.nlocalsplus() * 16 + fd.code.stacksize * 16) as i64))
}

static FRAME_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", frame_repr),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__setattr__", attr::object_setattr),
    MethodDef::slot("__delattr__", attr::object_delattr),
    MethodDef::method("clear", frame_clear),
    MethodDef::method("__sizeof__", frame_sizeof),
];

static FRAME_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "f_trace_lines", get: get_true, set: Some(set_flag), doc: None },
    GetSetDef { name: "f_back", get: get_back, set: None, doc: None },
    GetSetDef { name: "f_locals", get: get_locals, set: None, doc: None },
    GetSetDef { name: "f_lineno", get: get_lineno, set: Some(set_lineno), doc: None },
    GetSetDef { name: "f_trace", get: get_trace, set: Some(set_trace), doc: None },
    GetSetDef { name: "f_lasti", get: get_lasti, set: None, doc: None },
    GetSetDef { name: "f_globals", get: get_globals, set: None, doc: None },
    GetSetDef { name: "f_builtins", get: get_builtins, set: None, doc: None },
    GetSetDef { name: "f_code", get: get_code, set: None, doc: None },
    GetSetDef { name: "f_trace_opcodes", get: get_false, set: Some(set_flag), doc: None },
];

// ---- tracebacks ----

fn tb_parts(v: &Value) -> Option<(&Value, u32, Option<i32>, &std::cell::RefCell<Value>)> {
    match v.payload() {
        Some(Payload::Traceback { frame, lasti, lineno, next }) => Some((frame, *lasti, *lineno, next)),
        _ => None,
    }
}

macro_rules! tb_or_err {
    ($vm:expr, $v:expr) => {
        match tb_parts($v) {
            Some(p) => p,
            None => return Err(wrong($vm, $v, "traceback")),
        }
    };
}

fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_or_err!(vm, v).0.clone())
}

fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(tb_or_err!(vm, v).1 as i64 * 2))
}

fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_or_err!(vm, v).2.map_or(Value::None, |l| Value::Int(l as i64)))
}

fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_or_err!(vm, v).3.borrow().clone())
}

fn tb_set_next(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let (_, _, _, next) = tb_or_err!(vm, v);
    if value.is_null() {
        return Err(vm.type_error("can't delete tb_next attribute"));
    }
    if !value.is_none() && tb_parts(&value).is_none() {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("expected traceback object or None, got '{t}'")));
    }
    // No loops.
    let mut cur = value.clone();
    while tb_parts(&cur).is_some() {
        if cur.is(v) {
            return Err(vm.value_error("traceback loop detected"));
        }
        let n = tb_parts(&cur).map(|p| p.3.borrow().clone()).unwrap_or(Value::None);
        cur = n;
    }
    *next.borrow_mut() = value;
    Ok(())
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((_cls, rest)) = args.args.split_first() else {
        return Err(vm.type_error("TracebackType.__new__(X): not enough arguments"));
    };
    let rest = CallArgs { args: rest, kwnames: args.kwnames };
    let params = NativeParams { fname: "TracebackType", names: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], posonly: 0, required: 4, maxpos: 4 };
    let a = params.parse(vm, &rest)?;
    if !a[0].is_none() && tb_parts(&a[0]).is_none() {
        let t = ops::type_name(vm, &a[0]);
        return Err(vm.type_error(format!("expected traceback object or None, got '{t}'")));
    }
    if frame_data(&a[1]).is_none() {
        let t = ops::type_name(vm, &a[1]);
        return Err(vm.type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {t}")));
    }
    let int = |vm: &Vm, v: &Value, what: &str| -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer ({what})", ops::type_name(vm, v)))),
        }
    };
    let lasti = int(vm, &a[2], "tb_lasti")?;
    let lineno = int(vm, &a[3], "tb_lineno")?;
    Ok(vm.new_object(
        vm.types.traceback.clone(),
        Payload::Traceback {
            frame: a[1].clone(),
            lasti: (lasti.max(0) / 2) as u32,
            lineno: Some(lineno as i32),
            next: std::cell::RefCell::new(a[0].clone()),
        },
    ))
}

fn tb_dir(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(names))
}

static TRACEBACK_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tb_new),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::method("__dir__", tb_dir),
];

static TRACEBACK_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "tb_frame", get: tb_frame, set: None, doc: None },
    GetSetDef { name: "tb_lasti", get: tb_lasti, set: None, doc: None },
    GetSetDef { name: "tb_next", get: tb_next, set: Some(tb_set_next), doc: None },
    GetSetDef { name: "tb_lineno", get: tb_lineno, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.frame.clone();
    add_methods(vm, &t, FRAME_METHODS);
    add_getsets(vm, &t, FRAME_GETSETS);
    let t = vm.types.traceback.clone();
    add_methods(vm, &t, TRACEBACK_METHODS);
    add_getsets(vm, &t, TRACEBACK_GETSETS);
}

/// Reads an entry of a dict object by str key (for callers holding a frame's namespaces).
pub fn namespace_get(vm: &mut Vm, ns: &Value, key: &Value) -> PyResult<Option<Value>> {
    match ns.payload() {
        Some(Payload::Dict(d)) => Dict::get_item(d, vm, key),
        _ => Ok(None),
    }
}
