//! `types.SimpleNamespace`: an object whose attributes are its keyword arguments, with the
//! repr `namespace(a=1, b=2)` and equality by attributes (`sys.implementation` is one).

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::flags;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn dict_of(vm: &Vm, v: &Value) -> Option<ObjRef> {
    v.as_obj().and_then(|o| ops::attr::instance_dict(vm, o))
}

fn init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    if args.pos().len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let Some(d) = dict_of(vm, &this) else { return Ok(Value::None) };
    for (k, v) in args.kwargs() {
        if let Payload::Dict(dd) = &d.payload {
            Dict::set_item(dd, vm, k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let cls = this.class(vm);
    let name = if cls.ptr_eq(&vm.types.simple_namespace) { "namespace".to_string() } else { cls.name().to_string() };
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str(&format!("{name}()"))) };
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str(&format!("{name}(...)")));
    }
    let items: Vec<(Value, Value)> = match dict_of(vm, &this) {
        Some(d) => match &d.payload {
            Payload::Dict(dd) => dd.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    let mut parts = Vec::new();
    let mut result = Ok(());
    for (k, v) in items {
        let Some(key) = ops::repr::text_of(&k) else { continue };
        match ops::repr(vm, &v) {
            Ok(r) => parts.push(format!("{key}={}", ops::repr::text_of(&r).unwrap_or_default())),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    ops::repr::repr_leave(vm, &o);
    result?;
    Ok(vm.new_str(&format!("{name}({})", parts.join(", "))))
}

fn eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Ok(vm.not_implemented()) };
    let t = vm.types.simple_namespace.clone();
    if !ops::is_instance(vm, a, &t) || !ops::is_instance(vm, b, &t) {
        return Ok(vm.not_implemented());
    }
    let (Some(da), Some(db)) = (dict_of(vm, a), dict_of(vm, b)) else { return Ok(Value::Bool(false)) };
    ops::rich_compare(vm, &Value::Obj(da), &Value::Obj(db), ops::CompareOp::Eq)
}

fn reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let cls = this.class(vm).to_value();
    let d = dict_of(vm, &this).map(Value::Obj).unwrap_or(Value::None);
    let empty = Value::Obj(vm.empty_tuple.clone());
    Ok(vm.new_tuple(vec![cls, empty, d]))
}

static METHODS: &[MethodDef] = &[
    MethodDef::slot("__init__", init),
    MethodDef::slot("__repr__", repr),
    MethodDef::slot("__eq__", eq),
    MethodDef::method("__reduce__", reduce),
];

/// A new `SimpleNamespace` with the given attributes.
pub fn new_namespace(vm: &Vm, attrs: Vec<(&str, Value)>) -> Value {
    let o = ops::attr::new_with_dict(vm, vm.types.simple_namespace.clone(), Payload::Instance);
    if let Some(d) = o.dict.borrow().as_ref() {
        for (k, v) in attrs {
            dict_set_str(vm, d, vm.intern(k), v);
        }
    }
    Value::Obj(o)
}

pub fn init_type(vm: &mut Vm) {
    let t = vm.types.simple_namespace.clone();
    t.flags.set(t.flags.get() | flags::HAS_DICT);
    add_methods(vm, &t, METHODS);
    add_getsets(vm, &t, std::slice::from_ref(&crate::runtime::objects::object_type::DICT_GETSET));
    add_attr(vm, &t, "__hash__", Value::None);
    t.flags.set(t.flags.get() | flags::UNHASHABLE);
    add_attr(vm, &t, "__module__", vm.new_str("types"));
}
