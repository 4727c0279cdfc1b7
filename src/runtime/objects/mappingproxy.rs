//! The `mappingproxy` type: a read-only view of a mapping (what a class's `__dict__` gives),
//! delegating reads to the mapping and refusing writes.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn inner(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::MappingProxy(m)) => Some(m.clone()),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{t}'"))
}

fn mapping_of(vm: &Vm, args: &CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    inner(&v).ok_or_else(|| wrong(vm, &v))
}

/// A proxy of `mapping`.
pub fn new_proxy(vm: &Vm, mapping: Value) -> Value {
    vm.new_object(vm.types.mappingproxy.clone(), Payload::MappingProxy(mapping))
}

/// `mappingproxy(mapping)`: anything with `__getitem__` except lists and tuples.
fn proxy_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let mut mapping = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if ops::repr::text_of(k).as_deref() == Some("mapping") && mapping.is_none() {
            mapping = Some(v.clone());
        } else {
            let key = ops::repr::text_of(k).unwrap_or_default();
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for mappingproxy()")));
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("mappingproxy() takes at most 1 argument ({} given)", pos.len() - 1)));
    }
    let Some(mapping) = mapping else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    let is_mapping = !matches!(mapping.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        && mapping.class(vm).lookup(vm, &vm.names.__getitem__).is_some();
    if !is_mapping {
        let t = ops::type_name(vm, &mapping);
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {t}")));
    }
    Ok(new_proxy(vm, mapping))
}

fn proxy_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    let Some(k) = args.pos().get(1) else { return Err(vm.type_error("expected 1 argument")) };
    ops::getitem(vm, &m, k)
}

fn proxy_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    let Some(k) = args.pos().get(1) else { return Err(vm.type_error("expected 1 argument")) };
    Ok(Value::Bool(ops::item::contains(vm, &m, k)?))
}

fn proxy_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    Ok(Value::Int(ops::len(vm, &m)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    ops::iter(vm, &m)
}

fn proxy_reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    let name = vm.names.__reversed__.clone();
    match ops::call_special(vm, &m, &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let t = ops::type_name(vm, &m);
            Err(vm.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

fn delegate(vm: &mut Vm, args: CallArgs, name: &str) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    vm.call_method_name(&m, name, &args.pos()[1..])
}

fn proxy_get(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if args.has_kwargs() {
        return Err(vm.type_error("get() takes no keyword arguments"));
    }
    if n == 0 {
        return Err(vm.type_error("get expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(vm.type_error(format!("get expected at most 2 arguments, got {n}")));
    }
    delegate(vm, args, "get")
}

fn proxy_keys(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    delegate(vm, args, "keys")
}

fn proxy_values(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    delegate(vm, args, "values")
}

fn proxy_items(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    delegate(vm, args, "items")
}

fn proxy_copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    delegate(vm, args, "copy")
}

fn proxy_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    let r = ops::repr(vm, &m)?;
    Ok(vm.new_str(&format!("mappingproxy({})", ops::repr::text_of(&r).unwrap_or_default())))
}

fn proxy_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    ops::str_of(vm, &m)
}

fn proxy_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    Ok(Value::Int(ops::hash(vm, &m)?))
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp) -> PyResult<Value> {
    let m = mapping_of(vm, &args)?;
    let Some(other) = args.pos().get(1) else { return Err(vm.type_error("expected 1 argument")) };
    ops::rich_compare(vm, &m, other, op)
}

fn proxy_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}
fn proxy_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}
fn proxy_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}
fn proxy_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}
fn proxy_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}
fn proxy_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

/// `proxy | other` and `other | proxy`: the union of the underlying mappings.
fn proxy_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let a = inner(a).unwrap_or_else(|| a.clone());
    let b = inner(b).unwrap_or_else(|| b.clone());
    ops::binary_op(vm, &a, &b, ops::arith::BinOp::Or, false)
}

fn proxy_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let a = inner(a).unwrap_or_else(|| a.clone());
    let b = inner(b).unwrap_or_else(|| b.clone());
    ops::binary_op(vm, &b, &a, ops::arith::BinOp::Or, false)
}

fn proxy_ior(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

/// `mappingproxy[...]` (PEP 585): the class itself stands for the parameterized type.
fn proxy_class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let _ = vm;
    Ok(args.pos().first().cloned().unwrap_or_default())
}

static PROXY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", proxy_new),
    MethodDef::slot("__repr__", proxy_repr),
    MethodDef::slot("__hash__", proxy_hash),
    MethodDef::slot("__str__", proxy_str),
    MethodDef::slot("__getattribute__", crate::runtime::ops::attr::object_getattribute),
    MethodDef::slot("__lt__", proxy_lt),
    MethodDef::slot("__le__", proxy_le),
    MethodDef::slot("__eq__", proxy_eq),
    MethodDef::slot("__ne__", proxy_ne),
    MethodDef::slot("__gt__", proxy_gt),
    MethodDef::slot("__ge__", proxy_ge),
    MethodDef::slot("__iter__", proxy_iter),
    MethodDef::slot("__or__", proxy_or),
    MethodDef::slot("__ror__", proxy_ror),
    MethodDef::slot("__ior__", proxy_ior),
    MethodDef::slot("__len__", proxy_len),
    MethodDef::slot("__getitem__", proxy_getitem),
    MethodDef::slot("__contains__", proxy_contains),
    MethodDef::method("get", proxy_get),
    MethodDef::method("keys", proxy_keys),
    MethodDef::method("values", proxy_values),
    MethodDef::method("items", proxy_items),
    MethodDef::method("copy", proxy_copy),
    MethodDef::classmethod("__class_getitem__", proxy_class_getitem),
    MethodDef::method("__reversed__", proxy_reversed),
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    add_methods(vm, &t, PROXY_METHODS);
    t.flags.set(t.flags.get() | crate::runtime::types::flags::MAPPING);
}
