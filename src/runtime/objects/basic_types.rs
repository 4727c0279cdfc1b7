//! The first methods of the builtin scalar and container types: their reprs and the basic
//! container operations.

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

/// `[a, b]`, `(a,)`, `{k: v}`, with `[...]` for a container inside itself.
fn container_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some(o) = v.as_obj().cloned() else { return ops::repr(vm, &v) };
    let (open, close, items, pairs): (&str, &str, Vec<Value>, bool) = match &o.payload {
        Payload::List(l) => ("[", "]", l.borrow().clone(), false),
        Payload::Tuple(t) => ("(", ")", t.to_vec(), false),
        Payload::Dict(d) => ("{", "}", d.borrow().items().flat_map(|(k, v)| [k.clone(), v.clone()]).collect(), true),
        _ => return ops::repr(vm, &v),
    };
    if items.is_empty() {
        return Ok(vm.new_str(&format!("{open}{close}")));
    }
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str(&format!("{open}...{close}")));
    }
    let mut parts = Vec::new();
    let r = (|| -> PyResult<()> {
        if pairs {
            for kv in items.chunks(2) {
                let k = ops::repr(vm, &kv[0])?;
                let val = ops::repr(vm, &kv[1])?;
                parts.push(format!("{}: {}", ops::repr::text_of(&k).unwrap_or_default(), ops::repr::text_of(&val).unwrap_or_default()));
            }
        } else {
            for i in &items {
                let r = ops::repr(vm, i)?;
                parts.push(ops::repr::text_of(&r).unwrap_or_default());
            }
        }
        Ok(())
    })();
    ops::repr::repr_leave(vm, &o);
    r?;
    let trailing = if open == "(" && parts.len() == 1 { "," } else { "" };
    Ok(vm.new_str(&format!("{open}{}{trailing}{close}", parts.join(", "))))
}

fn list_append(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [l, x] = args.pos() else { return Err(vm.type_error("list.append() takes exactly one argument")) };
    match l.payload() {
        Some(Payload::List(items)) => {
            items.borrow_mut().push(x.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor 'append' for 'list' objects doesn't apply")),
    }
}

fn len_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let n = match v.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Dict(d)) => d.borrow().len(),
        Some(Payload::Str(s)) => s.len(),
        _ => return Err(vm.type_error("bad __len__ receiver")),
    };
    Ok(Value::Int(n as i64))
}

static SCALAR_METHODS: &[MethodDef] = &[MethodDef::slot("__repr__", scalar_repr)];
static CONTAINER_METHODS: &[MethodDef] = &[MethodDef::slot("__repr__", container_repr), MethodDef::slot("__len__", len_slot)];
static LIST_METHODS: &[MethodDef] = &[MethodDef::method("append", list_append)];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.int.clone(), vm.types.float.clone(), vm.types.bool.clone(), vm.types.none_type.clone(), vm.types.str.clone()] {
        add_methods(vm, &t, SCALAR_METHODS);
    }
    for t in [vm.types.list.clone(), vm.types.tuple.clone(), vm.types.dict.clone()] {
        add_methods(vm, &t, CONTAINER_METHODS);
    }
    let l = vm.types.list.clone();
    add_methods(vm, &l, LIST_METHODS);
}
