//! The first methods of the builtin scalar types: their reprs.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

/// The repr of a builtin scalar (int, float, bool, None, str).
fn scalar_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let s = match &v {
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => crate::text::int_repr(b),
            Payload::Float(f) => crate::text::float_repr(*f),
            Payload::Str(s) => ops::repr::str_repr(s),
            _ => return ops::repr(vm, &v),
        },
        other => return ops::repr(vm, other),
    };
    Ok(vm.new_str(&s))
}

static SCALAR_METHODS: &[MethodDef] = &[MethodDef::slot("__repr__", scalar_repr)];

/// The name of a singleton (`Ellipsis`, `NotImplemented`): its repr and its pickled form.
fn singleton_name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    match v.payload() {
        Some(Payload::Singleton(name)) => Ok(vm.new_str(name)),
        _ => ops::repr(vm, &v),
    }
}

/// `type(Ellipsis)()` and `type(NotImplemented)()`: the one instance; no arguments.
fn singleton_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let is_ellipsis = args
        .pos()
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone()))
        .is_some_and(|t| t.ptr_eq(&vm.types.ellipsis_type));
    if args.pos().len() > 1 || args.has_kwargs() {
        let name = if is_ellipsis { "EllipsisType" } else { "NotImplementedType" };
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(if is_ellipsis { Value::Obj(vm.ellipsis.clone()) } else { vm.not_implemented() })
}

static SINGLETON_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", singleton_new),
    MethodDef::slot("__repr__", singleton_name),
    MethodDef::method("__reduce__", singleton_name),
];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.int.clone(), vm.types.float.clone(), vm.types.bool.clone(), vm.types.none_type.clone(), vm.types.str.clone()] {
        add_methods(vm, &t, SCALAR_METHODS);
    }
    for t in [vm.types.ellipsis_type.clone(), vm.types.not_implemented_type.clone()] {
        add_methods(vm, &t, SINGLETON_METHODS);
    }
}
