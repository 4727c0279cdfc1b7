//! The `function` type (Python functions: their attributes, `__get__`, repr and
//! `types.FunctionType(...)`) and the `method` type (functions bound to an object: `__self__`,
//! `__func__`, equality, hashing, repr, attribute delegation to the function).

use std::cell::RefCell;

use crate::runtime::call::NativeParams;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, Function, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn func(v: &Value) -> Option<&Function> {
    match v.payload() {
        Some(Payload::Function(f)) => Some(f),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value, what: &str) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a '{what}' object but received a '{t}'"))
}

fn is_str(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_)))
}

/// `<function outer.<locals>.f at 0x...>`.
pub fn function_repr_text(v: &Value) -> String {
    let q = func(v).map(|f| f.qualname.borrow().clone()).and_then(|q| ops::repr::text_of(&q)).unwrap_or_default();
    format!("<function {q} at {:#x}>", v.id())
}

fn function_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    if func(&v).is_none() {
        return Err(wrong(vm, &v, "function"));
    }
    Ok(vm.new_str(&function_repr_text(&v)))
}

fn function_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((f, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'function' object needs an argument"));
    };
    if func(f).is_none() {
        return Err(wrong(vm, f, "function"));
    }
    let f = f.clone();
    vm.call(&f, rest, args.kwnames)
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn function_get(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, obj, _owner) = super::descr::get_args(vm, &args)?;
    if func(&f).is_none() {
        return Err(wrong(vm, &f, "function"));
    }
    if obj.is_none() {
        return Ok(f);
    }
    Ok(vm.new_object(vm.types.method.clone(), Payload::BoundMethod { func: f, receiver: obj }))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`.
fn function_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((_cls, rest)) = args.args.split_first() else {
        return Err(vm.type_error("function.__new__(X): not enough arguments"));
    };
    let rest = CallArgs { args: rest, kwnames: args.kwnames };
    let params = NativeParams {
        fname: "function",
        names: &["code", "globals", "name", "argdefs", "closure", "kwdefaults"],
        posonly: 0,
        required: 2,
        maxpos: 6,
    };
    let a = params.parse(vm, &rest)?;
    let Some(Payload::Code(code)) = a[0].payload() else {
        let t = ops::type_name(vm, &a[0]);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {t}")));
    };
    let code = code.clone();
    let Some(globals) = a[1].as_obj().filter(|o| matches!(o.payload, Payload::Dict(_))).cloned() else {
        let t = ops::type_name(vm, &a[1]);
        return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {t}")));
    };
    let name = &a[2];
    if !name.is_null() && !name.is_none() && !is_str(name) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = &a[3];
    if !defaults.is_null() && !defaults.is_none() && !matches!(defaults.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = &a[4];
    let cells: Option<Box<[Value]>> = match closure.payload() {
        Some(Payload::Tuple(t)) => Some(t.clone()),
        _ if closure.is_null() || closure.is_none() => None,
        _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    let nfree = code.nfrees;
    let given = cells.as_ref().map_or(0, |c| c.len());
    if nfree > 0 && cells.is_none() {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    if given != nfree {
        let n = code.name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
        return Err(vm.value_error(format!("{n} requires closure of length {nfree}, not {given}")));
    }
    if let Some(c) = &cells {
        for cell in c.iter() {
            if !matches!(cell.payload(), Some(Payload::Cell(_))) {
                let t = ops::type_name(vm, cell);
                return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {t}")));
            }
        }
    }
    let kwdefaults = &a[5];
    if !kwdefaults.is_null() && !kwdefaults.is_none() && !matches!(kwdefaults.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict"));
    }
    let builtins = match dict_get_str(vm, &globals, &vm.names.__builtins__) {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Module(_) => b.dict.borrow().clone().unwrap_or_else(|| vm.builtins_dict.clone()),
            Payload::Dict(_) => b,
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    };
    let name = if name.is_null() || name.is_none() { Value::Obj(code.name.clone()) } else { name.clone() };
    let qualname = Value::Obj(code.qualname.clone());
    let doc = match code.consts.first() {
        Some(v) if is_str(v) => v.clone(),
        _ => Value::None,
    };
    let module = dict_get_str(vm, &globals, &vm.names.__name__).unwrap_or(Value::None);
    let none_if_null = |v: &Value| if v.is_null() { Value::None } else { v.clone() };
    let f = Function {
        code,
        globals,
        builtins,
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(none_if_null(defaults)),
        kwdefaults: RefCell::new(none_if_null(kwdefaults)),
        closure: cells,
        annotations: RefCell::new(Value::None),
        module: RefCell::new(module),
        doc: RefCell::new(doc),
        type_params: RefCell::new(Value::Null),
    };
    Ok(vm.new_object(vm.types.function.clone(), Payload::Function(Box::new(f))))
}

// ---- attributes ----

macro_rules! func_or_err {
    ($vm:expr, $v:expr) => {
        match func($v) {
            Some(f) => f,
            None => return Err(wrong($vm, $v, "function")),
        }
    };
}

fn readonly(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).name.borrow().clone())
}

fn set_name(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    if !is_str(&value) {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *f.name.borrow_mut() = value;
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).qualname.borrow().clone())
}

fn set_qualname(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    if !is_str(&value) {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *f.qualname.borrow_mut() = value;
    Ok(())
}

fn get_defaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).defaults.borrow().clone())
}

fn set_defaults(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    let value = if value.is_null() { Value::None } else { value };
    if !value.is_none() && !matches!(value.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    }
    let old = std::mem::replace(&mut *f.defaults.borrow_mut(), value);
    drop(old);
    Ok(())
}

fn get_kwdefaults(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).kwdefaults.borrow().clone())
}

fn set_kwdefaults(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    let value = if value.is_null() { Value::None } else { value };
    if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    }
    let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), value);
    drop(old);
    Ok(())
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func_or_err!(vm, v);
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(f.code.clone())))
}

fn set_code(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    let Some(Payload::Code(new)) = value.payload() else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let nclosure = f.closure.as_ref().map_or(0, |c| c.len());
    if new.nfrees != nclosure {
        let n = ops::repr::text_of(&f.name.borrow().clone()).unwrap_or_default();
        return Err(vm.value_error(format!("{n}() requires a code object with {nclosure} free vars, not {}", new.nfrees)));
    }
    // TODO: assigning `__code__` waits for `Function::code` to become replaceable.
    if std::rc::Rc::ptr_eq(new, &f.code) {
        return Ok(());
    }
    Err(vm.new_error(&vm.types.exc.not_implemented_error.clone(), "assigning __code__ is not supported yet"))
}

fn get_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func_or_err!(vm, v).globals.clone()))
}

fn get_builtins(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func_or_err!(vm, v).builtins.clone()))
}

fn get_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func_or_err!(vm, v);
    Ok(match &f.closure {
        Some(c) => vm.new_tuple(c.to_vec()),
        None => Value::None,
    })
}

/// `__annotations__`: a dict, built on first use from the flat (name, value, ...) tuple
/// MAKE_FUNCTION leaves.
fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func_or_err!(vm, v);
    let cur = f.annotations.borrow().clone();
    let d = match cur.payload() {
        Some(Payload::Dict(_)) => return Ok(cur),
        Some(Payload::Tuple(items)) => {
            let items = items.to_vec();
            let d = vm.new_dict();
            for pair in items.chunks(2) {
                if let [k, val] = pair {
                    if let Payload::Dict(dd) = &d.payload {
                        crate::runtime::objects::dict::Dict::set_item(dd, vm, k.clone(), val.clone())?;
                    }
                }
            }
            d
        }
        _ => vm.new_dict(),
    };
    let dv = Value::Obj(d);
    *f.annotations.borrow_mut() = dv.clone();
    Ok(dv)
}

fn set_annotations(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    let value = if value.is_null() || value.is_none() { Value::None } else { value };
    if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    }
    *f.annotations.borrow_mut() = value;
    Ok(())
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    func_or_err!(vm, v);
    match v.as_obj().and_then(|o| attr::instance_dict(vm, o)) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.attribute_error("__dict__")),
    }
}

fn set_dict(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    func_or_err!(vm, v);
    if value.is_null() {
        return Err(vm.type_error("cannot delete __dict__"));
    }
    if !matches!(value.payload(), Some(Payload::Dict(_))) {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
    }
    if let Some(o) = v.as_obj() {
        *o.dict.borrow_mut() = value.as_obj().cloned();
    }
    Ok(())
}

fn get_type_params(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let tp = func_or_err!(vm, v).type_params.borrow().clone();
    Ok(if tp.is_null() || tp.is_none() { Value::Obj(vm.empty_tuple.clone()) } else { tp })
}

fn set_type_params(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    if !matches!(value.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("__type_params__ must be set to a tuple"));
    }
    *f.type_params.borrow_mut() = value;
    Ok(())
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).doc.borrow().clone())
}

fn set_doc(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    *f.doc.borrow_mut() = if value.is_null() { Value::None } else { value };
    Ok(())
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func_or_err!(vm, v).module.borrow().clone())
}

fn set_module(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let f = func_or_err!(vm, v);
    *f.module.borrow_mut() = if value.is_null() { Value::None } else { value };
    Ok(())
}

static FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", function_new),
    MethodDef::slot("__repr__", function_repr),
    MethodDef::slot("__call__", function_call),
    MethodDef::slot("__get__", function_get),
];

static FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__closure__", get: get_closure, set: Some(readonly), doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: None },
    GetSetDef { name: "__globals__", get: get_globals, set: Some(readonly), doc: None },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: None },
    GetSetDef { name: "__builtins__", get: get_builtins, set: Some(readonly), doc: None },
    GetSetDef { name: "__code__", get: get_code, set: Some(set_code), doc: None },
    GetSetDef { name: "__defaults__", get: get_defaults, set: Some(set_defaults), doc: None },
    GetSetDef { name: "__kwdefaults__", get: get_kwdefaults, set: Some(set_kwdefaults), doc: None },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: None },
    GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict), doc: None },
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: None },
    GetSetDef { name: "__type_params__", get: get_type_params, set: Some(set_type_params), doc: None },
];

// ---- bound methods ----

fn bound(v: &Value) -> Option<(&Value, &Value)> {
    match v.payload() {
        Some(Payload::BoundMethod { func, receiver }) => Some((func, receiver)),
        _ => None,
    }
}

/// `types.MethodType(func, instance)`.
fn method_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if pos.len() != 3 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", pos.len().saturating_sub(1))));
    }
    if !crate::runtime::types::introspect::is_callable(vm, &pos[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if pos[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_object(vm.types.method.clone(), Payload::BoundMethod { func: pos[1].clone(), receiver: pos[2].clone() }))
}

/// `<bound method C.f of <C object at 0x...>>`.
fn method_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some((f, recv)) = bound(&v) else { return Err(wrong(vm, &v, "method")) };
    let (f, recv) = (f.clone(), recv.clone());
    let mut name = attr::getattr_opt(vm, &f, &vm.names.__qualname__.clone())?;
    if name.is_none() {
        name = attr::getattr_opt(vm, &f, &vm.names.__name__.clone())?;
    }
    let name = name.and_then(|n| ops::repr::text_of(&n)).unwrap_or_else(|| "?".to_string());
    let r = ops::repr(vm, &recv)?;
    let r = ops::repr::text_of(&r).unwrap_or_default();
    Ok(vm.new_str(&format!("<bound method {name} of {r}>")))
}

fn method_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((m, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'method' object needs an argument"));
    };
    let m = m.clone();
    vm.call(&m, rest, args.kwnames)
}

fn method_eq_impl(vm: &mut Vm, args: CallArgs, eq: bool) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let (Some((fa, ra)), Some((fb, rb))) = (bound(a), bound(b)) else { return Ok(vm.not_implemented()) };
    let (fa, fb, same_self) = (fa.clone(), fb.clone(), ra.is(rb));
    let same = same_self && ops::eq_bool(vm, &fa, &fb)?;
    Ok(Value::Bool(same == eq))
}

fn method_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    method_eq_impl(vm, args, true)
}

fn method_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    method_eq_impl(vm, args, false)
}

fn not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn method_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some((f, r)) = bound(&v) else { return Err(wrong(vm, &v, "method")) };
    let (f, x) = (f.clone(), ops::hash::hash_pointer(r.id()));
    let y = ops::hash(vm, &f)?;
    let h = x ^ y;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// Attribute access on a bound method: the method type's own attributes, then the function's.
fn method_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [m, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let name = attr::attr_name(vm, name)?;
    let t = vm.types.method.clone();
    if let Some(d) = t.lookup(vm, &name) {
        return attr::descr_get(vm, &d, m, &t);
    }
    let Some((f, _)) = bound(m) else { return Err(wrong(vm, m, "method")) };
    let f = f.clone();
    attr::getattr(vm, &f, &name)
}

fn method_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some((f, r)) = bound(&v) else { return Err(wrong(vm, &v, "method")) };
    let (f, r) = (f.clone(), r.clone());
    let name = attr::getattr(vm, &f, &vm.names.__name__.clone())?;
    let getattr = dict_get_str(vm, &vm.builtins_dict, &vm.intern("getattr")).unwrap_or(Value::None);
    let inner = vm.new_tuple(vec![r, name]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

fn method_get_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bound(v).map(|(f, _)| f.clone()).ok_or_else(|| wrong(vm, v, "method"))
}

fn method_get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bound(v).map(|(_, r)| r.clone()).ok_or_else(|| wrong(vm, v, "method"))
}

fn method_get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((f, _)) = bound(v) else { return Err(wrong(vm, v, "method")) };
    let f = f.clone();
    attr::getattr(vm, &f, &vm.names.__doc__.clone())
}

static METHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", method_new),
    MethodDef::slot("__repr__", method_repr),
    MethodDef::slot("__hash__", method_hash),
    MethodDef::slot("__call__", method_call),
    MethodDef::slot("__getattribute__", method_getattribute),
    MethodDef::slot("__setattr__", attr::object_setattr),
    MethodDef::slot("__delattr__", attr::object_delattr),
    MethodDef::slot("__lt__", not_implemented),
    MethodDef::slot("__le__", not_implemented),
    MethodDef::slot("__eq__", method_eq),
    MethodDef::slot("__ne__", method_ne),
    MethodDef::slot("__gt__", not_implemented),
    MethodDef::slot("__ge__", not_implemented),
    MethodDef::method("__reduce__", method_reduce),
];

static METHOD_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: method_get_func, set: None, doc: None },
    GetSetDef { name: "__self__", get: method_get_self, set: None, doc: None },
    GetSetDef { name: "__doc__", get: method_get_doc, set: None, doc: None },
];

/// Whether a type's `__getattribute__` is the bound method's own (the generic lookup of
/// `ops::attr` must delegate to the function for such objects).
pub fn is_method_type(t: &TypeRef, vm: &Vm) -> bool {
    t.ptr_eq(&vm.types.method)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.function.clone();
    add_methods(vm, &t, FUNCTION_METHODS);
    add_getsets(vm, &t, FUNCTION_GETSETS);
    let t = vm.types.method.clone();
    add_methods(vm, &t, METHOD_METHODS);
    add_getsets(vm, &t, METHOD_GETSETS);
}
