//! The methods and attributes of `BaseException` (args, `__str__`, `__repr__`, `__traceback__`,
//! `__cause__`, `__context__`, `__suppress_context__`, `with_traceback`, `add_note`) and the
//! fields of the subclasses that add some (StopIteration.value, SystemExit.code, ...).

use crate::runtime::object::Payload;
use crate::runtime::objects::exception::exc_data;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn exc_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let inst = crate::runtime::objects::object_type::new_instance(vm, &cls);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = vm.new_tuple(pos[1..].to_vec());
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else { return Ok(Value::None) };
    if args.has_kwargs() {
        let t = ops::type_name(vm, this);
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    }
    if let Some(d) = exc_data(this) {
        *d.args.borrow_mut() = vm.new_tuple(pos[1..].to_vec());
    }
    Ok(Value::None)
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

fn exc_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
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

fn exc_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let name = this.class(vm).name();
    let a = args_of(&this);
    let inner = if a.len() == 1 {
        let r = ops::repr(vm, &a[0])?;
        ops::repr::text_of(&r).unwrap_or_default()
    } else {
        let t = vm.new_tuple(a.clone());
        let r = ops::repr(vm, &t)?;
        let s = ops::repr::text_of(&r).unwrap_or_default();
        if a.is_empty() { String::new() } else { s[1..s.len() - 1].trim_end_matches(',').to_string() }
    };
    Ok(vm.new_str(&format!("{name}({inner})")))
}

fn with_traceback(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, tb] = args.pos() else { return Err(vm.type_error("with_traceback() takes exactly one argument")) };
    set_traceback(vm, this, tb.clone())?;
    Ok(this.clone())
}

fn add_note(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, note] = args.pos() else { return Err(vm.type_error("add_note() takes exactly one argument")) };
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let name = vm.intern("__notes__");
    let notes = match ops::getattr_opt(vm, this, &name)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            ops::setattr(vm, this, &name, l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => {
            l.borrow_mut().push(note.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v).map(|d| d.args.borrow().clone()).unwrap_or_else(|| vm.new_tuple(vec![])))
}

fn set_args(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("args may not be deleted"));
    }
    let items = crate::runtime::eval::collect_items(vm, &value)?;
    if let Some(d) = exc_data(v) {
        *d.args.borrow_mut() = vm.new_tuple(items);
    }
    Ok(())
}

fn get_traceback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None))
}

fn set_traceback(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("__traceback__ may not be deleted"));
    }
    if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback { .. })) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = exc_data(v) {
        *d.traceback.borrow_mut() = value;
    }
    Ok(())
}

fn check_exc_or_none(vm: &Vm, value: &Value, what: &str) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error(format!("{what} may not be deleted")));
    }
    if value.is_none() || exc_data(value).is_some() {
        return Ok(());
    }
    Err(vm.type_error(format!("exception {} must be None or derive from BaseException", &what[2..what.len() - 2])))
}

fn get_cause(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v).map(|d| d.cause.borrow().clone()).unwrap_or(Value::None))
}

fn set_cause(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    check_exc_or_none(vm, &value, "__cause__")?;
    if let Some(d) = exc_data(v) {
        *d.cause.borrow_mut() = value;
        d.suppress_context.set(true);
    }
    Ok(())
}

fn get_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v).map(|d| d.context.borrow().clone()).unwrap_or(Value::None))
}

fn set_context(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    check_exc_or_none(vm, &value, "__context__")?;
    if let Some(d) = exc_data(v) {
        *d.context.borrow_mut() = value;
    }
    Ok(())
}

fn get_suppress(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc_data(v).is_some_and(|d| d.suppress_context.get())))
}

fn set_suppress(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let b = ops::is_true(vm, &value)?;
    if let Some(d) = exc_data(v) {
        d.suppress_context.set(b);
    }
    Ok(())
}

/// The instance dict of an exception (made on first use).
fn exc_dict(vm: &Vm, v: &Value) -> Option<crate::runtime::value::ObjRef> {
    let o = v.as_obj()?;
    if let Some(d) = o.dict.borrow().as_ref() {
        return Some(d.clone());
    }
    let d = vm.new_dict();
    *o.dict.borrow_mut() = Some(d.clone());
    Some(d)
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match exc_dict(vm, v) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error("__dict__")),
    }
}

fn set_dict(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("__dict__ may not be deleted"));
    }
    let Value::Obj(d) = &value else {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
    };
    if !matches!(d.payload, Payload::Dict(_)) {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
    }
    if let Some(o) = v.as_obj() {
        *o.dict.borrow_mut() = Some(d.clone());
    }
    Ok(())
}

/// `__reduce__`: `(type, args)`, with the instance dict when it has one.
fn exc_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let t = this.class(vm).to_value();
    let a = exc_data(&this).map(|d| d.args.borrow().clone()).unwrap_or_else(|| vm.new_tuple(vec![]));
    let dict = this.as_obj().and_then(|o| o.dict.borrow().clone());
    Ok(match dict {
        Some(d) => vm.new_tuple(vec![t, a, Value::Obj(d)]),
        None => vm.new_tuple(vec![t, a]),
    })
}

/// `__setstate__(state)`: sets each item of a dict as an attribute.
fn exc_setstate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, state] = args.pos() else { return Err(vm.type_error("__setstate__() takes exactly one argument")) };
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else { return Err(vm.type_error("state is not a dictionary")) };
    let items: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        let Some(name) = k.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))).cloned() else {
            let t = ops::type_name(vm, &k);
            return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
        };
        ops::setattr(vm, this, &name, v)?;
    }
    Ok(Value::None)
}

static EXC_METHODS: &[MethodDef] = &[
    MethodDef::method("__reduce__", exc_reduce),
    MethodDef::method("__setstate__", exc_setstate),
    MethodDef::staticmethod("__new__", exc_new),
    MethodDef::slot("__init__", exc_init),
    MethodDef::slot("__str__", exc_str),
    MethodDef::slot("__repr__", exc_repr),
    MethodDef::method("with_traceback", with_traceback),
    MethodDef::method("add_note", add_note),
];

static EXC_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict), doc: None },
    GetSetDef { name: "args", get: get_args, set: Some(set_args), doc: None },
    GetSetDef { name: "__traceback__", get: get_traceback, set: Some(set_traceback), doc: None },
    GetSetDef { name: "__cause__", get: get_cause, set: Some(set_cause), doc: None },
    GetSetDef { name: "__context__", get: get_context, set: Some(set_context), doc: None },
    GetSetDef { name: "__suppress_context__", get: get_suppress, set: Some(set_suppress), doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.base_exception.clone();
    add_methods(vm, &t, EXC_METHODS);
    add_getsets(vm, &t, EXC_GETSETS);
    crate::runtime::objects::exception_kinds::init(vm);
    crate::runtime::objects::exception_group::init(vm);
    crate::runtime::traceback_objects::init(vm);
}
