//! What Python sees of traceback entries and frames: `tb_frame`, `tb_lineno`, `tb_lasti`,
//! `tb_next`; `f_code`, `f_lineno`, `f_lasti`, `f_globals`, `f_builtins`, `f_locals`, `f_back`;
//! and the code attributes a traceback walk reads (`co_name`, `co_qualname`, `co_filename`).

use crate::runtime::object::Payload;
use crate::runtime::objects::function::GetSetDef;
use crate::runtime::types::init::add_getsets;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn tb_field(vm: &Vm, v: &Value, what: &str) -> PyResult<(Value, u32, Option<i32>, Value)> {
    match v.payload() {
        Some(Payload::Traceback { frame, lasti, lineno, next }) => Ok((frame.clone(), *lasti, *lineno, next.borrow().clone())),
        _ => Err(vm.type_error(format!("descriptor '{what}' for 'traceback' objects doesn't apply to this object"))),
    }
}

fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_field(vm, v, "tb_frame")?.0)
}

fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(i64::from(tb_field(vm, v, "tb_lasti")?.1) * 2))
}

fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match tb_field(vm, v, "tb_lineno")?.2 {
        Some(n) => Value::Int(i64::from(n)),
        None => Value::None,
    })
}

fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_field(vm, v, "tb_next")?.3)
}

fn set_tb_next(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("can't delete tb_next attribute"));
    }
    let Some(Payload::Traceback { next, .. }) = v.payload() else { return Err(vm.type_error("expected a traceback")) };
    if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback { .. })) {
        let t = crate::runtime::ops::type_name(vm, &value);
        return Err(vm.type_error(format!("expected traceback object or None, got '{t}'")));
    }
    // A loop would make the chain endless.
    let mut cur = value.clone();
    while let Some(Payload::Traceback { next: n, .. }) = cur.payload() {
        if cur.is(v) {
            return Err(vm.value_error("traceback loop detected"));
        }
        let following = n.borrow().clone();
        cur = following;
    }
    *next.borrow_mut() = value;
    Ok(())
}

fn frame_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::runtime::objects::exception::FrameObject> {
    match v.payload() {
        Some(Payload::FrameObj(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor for 'frame' objects doesn't apply to this object")),
    }
}

fn f_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let code = frame_of(vm, v)?.code.clone();
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(code)))
}

fn f_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = frame_of(vm, v)?;
    Ok(match f.code.line_of(f.lasti.get()) {
        Some(n) => Value::Int(i64::from(n)),
        None => Value::None,
    })
}

fn f_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(i64::from(frame_of(vm, v)?.lasti.get()) * 2))
}

fn f_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(frame_of(vm, v)?.globals.clone()))
}

fn f_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(frame_of(vm, v)?.builtins.clone()))
}

/// `f_locals`: the namespace of a module or class body.
/// TODO(frame locals): a function frame's fast locals as a dict, once frames keep them.
fn f_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match &frame_of(vm, v)?.locals {
        Some(l) => Ok(l.clone()),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

fn f_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(vm, v)?.back.borrow().clone())
}

fn code_of(vm: &Vm, v: &Value) -> PyResult<std::rc::Rc<crate::runtime::code::Code>> {
    match v.payload() {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor for 'code' objects doesn't apply to this object")),
    }
}

fn co_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_of(vm, v)?.name.clone()))
}

fn co_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_of(vm, v)?.qualname.clone()))
}

fn co_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_of(vm, v)?.filename.clone()))
}

const fn getter(name: &'static str, get: fn(&mut Vm, &Value) -> PyResult<Value>) -> GetSetDef {
    GetSetDef { name, get, set: None, doc: None }
}

static TB_GETSETS: &[GetSetDef] = &[
    getter("tb_frame", tb_frame),
    getter("tb_lasti", tb_lasti),
    getter("tb_lineno", tb_lineno),
    GetSetDef { name: "tb_next", get: tb_next, set: Some(set_tb_next), doc: None },
];

static FRAME_GETSETS: &[GetSetDef] = &[
    getter("f_code", f_code),
    getter("f_lineno", f_lineno),
    getter("f_lasti", f_lasti),
    getter("f_globals", f_globals),
    getter("f_builtins", f_builtins),
    getter("f_locals", f_locals),
    getter("f_back", f_back),
];

static CODE_GETSETS: &[GetSetDef] = &[getter("co_name", co_name), getter("co_qualname", co_qualname), getter("co_filename", co_filename)];

pub fn init(vm: &mut Vm) {
    let (tb, frame, code) = (vm.types.traceback.clone(), vm.types.frame.clone(), vm.types.code.clone());
    add_getsets(vm, &tb, TB_GETSETS);
    add_getsets(vm, &frame, FRAME_GETSETS);
    add_getsets(vm, &code, CODE_GETSETS);
}
