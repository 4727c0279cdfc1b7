//! `typing.TypeAliasType`: what `type X[...] = value` makes (and its constructor): the name,
//! the lazily evaluated `__value__`, `__type_params__`, `__parameters__`, `__module__`, the
//! repr (the name), subscription of generic aliases, and `|`.

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::typing::{self as ty, TypeAliasData, TypingObj};
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A type alias (`type_params` None or an empty tuple for a non-generic one).
pub fn make_typealias(vm: &Vm, name: Value, type_params: Value, compute_value: Value, value: Value, module: Value) -> Value {
    let type_params = match type_params.payload() {
        Some(Payload::Tuple(t)) if !t.is_empty() => type_params,
        _ => Value::Null,
    };
    // `__module__`: the given one, else the module of the function computing the value; kept
    // in the instance dict, under the type's own "typing".
    let module = if !module.is_null() {
        module
    } else {
        match compute_value.payload() {
            Some(Payload::Function(f)) => f.module.borrow().clone(),
            _ => Value::None,
        }
    };
    let v = ty::new_typing(
        vm,
        &vm.types.typealias,
        TypingObj::TypeAlias(TypeAliasData { name, type_params, compute_value, value: RefCell::new(value), module: module.clone() }),
    );
    if let Some(o) = v.as_obj() {
        let d = vm.new_dict();
        crate::runtime::objects::dict::dict_set_str(vm, &d, vm.names.__module__.clone(), module);
        *o.dict.borrow_mut() = Some(d);
    }
    v
}

fn alias_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeAliasData> {
    match ty::typing_obj(v) {
        Some(TypingObj::TypeAlias(d)) => Ok(d),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("descriptor requires a 'typing.TypeAliasType' object but received a '{t}'")))
        }
    }
}

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

/// `TypeAliasType(name, value, *, type_params=())`.
fn typealias_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = &args.pos()[1.min(args.pos().len())..];
    let mut name = pos.first().cloned().unwrap_or(Value::Null);
    let mut value = pos.get(1).cloned().unwrap_or(Value::Null);
    if pos.len() > 2 {
        return Err(vm.type_error(format!("typealias() takes at most 2 positional arguments ({} given)", pos.len())));
    }
    let mut type_params = Value::Null;
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("name") if name.is_null() => name = v.clone(),
            Some("value") if value.is_null() => value = v.clone(),
            Some("type_params") => type_params = v.clone(),
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for typealias()"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if name.is_null() {
        return Err(vm.type_error("typealias() missing required argument 'name' (pos 1)"));
    }
    if value.is_null() {
        return Err(vm.type_error("typealias() missing required argument 'value' (pos 2)"));
    }
    if !matches!(name.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &name);
        return Err(vm.type_error(format!("typealias() argument 'name' must be str, not {t}")));
    }
    if !type_params.is_null() && !matches!(type_params.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("type_params must be a tuple"));
    }
    let module = vm
        .current_frame()
        .and_then(|f| crate::runtime::objects::dict::dict_get_str(vm, &f.globals, &vm.names.__name__))
        .unwrap_or(Value::None);
    Ok(make_typealias(vm, name, type_params, Value::Null, value, module))
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_data(vm, v)?.name.clone())
}

fn get_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = alias_data(vm, v)?;
    let cached = d.value.borrow().clone();
    if !cached.is_null() {
        return Ok(cached);
    }
    let r = vm.call(&d.compute_value, &[], &[])?;
    *d.value.borrow_mut() = r.clone();
    Ok(r)
}

fn get_type_params(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = alias_data(vm, v)?;
    if d.type_params.is_null() {
        return Ok(Value::Obj(vm.empty_tuple.clone()));
    }
    Ok(d.type_params.clone())
}

fn get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = alias_data(vm, v)?;
    if d.type_params.is_null() {
        return Ok(Value::Obj(vm.empty_tuple.clone()));
    }
    let items = ty::unpack_typevartuples(vm, &ty::tuple_items(&d.type_params));
    Ok(vm.new_tuple(items))
}

fn typealias_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    get_name(vm, &this(&args))
}

fn typealias_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    get_name(vm, &this(&args))
}

fn typealias_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let d = alias_data(vm, &me)?;
    let [_, item] = args.pos() else { return Err(vm.type_error("__getitem__() takes exactly one argument")) };
    if d.type_params.is_null() {
        return Err(vm.type_error("Only generic type aliases are subscriptable"));
    }
    let item = item.clone();
    ty::generic_alias(vm, &me, &item)
}

fn typealias_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("__or__() takes exactly one argument")) };
    super::union_type::union_or(vm, a, b)
}

fn typealias_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("__ror__() takes exactly one argument")) };
    super::union_type::union_or(vm, b, a)
}

static METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", typealias_new),
    MethodDef::slot("__repr__", typealias_repr),
    MethodDef::slot("__getitem__", typealias_getitem),
    MethodDef::slot("__or__", typealias_or),
    MethodDef::slot("__ror__", typealias_ror),
    MethodDef::method("__reduce__", typealias_reduce),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: None, doc: None },
    GetSetDef { name: "__value__", get: get_value, set: None, doc: None },
    GetSetDef { name: "__type_params__", get: get_type_params, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: get_parameters, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.typealias.clone();
    add_methods(vm, &t, METHODS);
    add_getsets(vm, &t, GETSETS);
    let m = vm.new_str("typing");
    add_attr(vm, &t, "__module__", m);
}
