//! `types.UnionType` (`int | str`): its arguments and parameters, repr, equality and hashing,
//! substitution of type variables, and `isinstance`/`issubclass` against a union.

use std::cell::RefCell;

use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::typing::{self as ty, TypingObj};
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn other(vm: &Vm, args: &CallArgs) -> PyResult<Value> {
    match args.pos() {
        [_, o] => Ok(o.clone()),
        _ => Err(vm.type_error("expected 1 argument")),
    }
}

/// The parameters of some arguments (`_Py_make_parameters`), computed once.
fn parameters(vm: &mut Vm, cell: &RefCell<Value>, args: &Value) -> PyResult<Value> {
    let cached = cell.borrow().clone();
    if !cached.is_null() {
        return Ok(cached);
    }
    let p = ty::collect_parameters(vm, &ty::tuple_items(args))?;
    let p = vm.new_tuple(p);
    *cell.borrow_mut() = p.clone();
    Ok(p)
}

fn union_parts(v: &Value) -> Option<(&Value, &RefCell<Value>)> {
    match ty::typing_obj(v)? {
        TypingObj::Union { args, params } => Some((args, params)),
        _ => None,
    }
}

/// Whether `int | x` may make a `types.UnionType` with `x`.
fn is_unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || ty::is_type(v)
        || matches!(ty::typing_obj(v), Some(TypingObj::Union { .. } | TypingObj::TypeAlias(_)))
        || ty::is_generic_alias(vm, v)
}

/// `a | b` for classes, generic aliases, unions and type aliases (`_Py_union_type_or`):
/// NotImplemented for anything else.
pub fn union_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented());
    }
    let mut flat = Vec::new();
    for x in [a, b] {
        match union_parts(x) {
            Some((args, _)) => flat.extend(ty::tuple_items(args)),
            None => flat.push(x.clone()),
        }
    }
    make_union_type(vm, flat)
}

/// A `types.UnionType` of these arguments (None as NoneType), duplicates removed; a single
/// argument is returned as it is.
pub fn make_union_type(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    for x in items {
        let x = if x.is_none() { vm.types.none_type.to_value() } else { x };
        let mut dup = false;
        for y in &out {
            if y.is(&x) || (ty::is_generic_alias(vm, y) && ty::is_generic_alias(vm, &x) && ops::eq_bool(vm, y, &x)?) {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(x);
        }
    }
    if out.len() == 1 {
        return Ok(out.remove(0));
    }
    let args = vm.new_tuple(out);
    Ok(ty::new_typing(vm, &vm.types.union_type, TypingObj::Union { args, params: RefCell::new(Value::Null) }))
}

fn union_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((a, _)) = union_parts(&me) else { return ops::repr(vm, &me) };
    let items = ty::tuple_items(a);
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        if x.is(&vm.types.none_type.to_value()) {
            parts.push("None".to_string());
        } else {
            parts.push(ty::ga_repr_item(vm, x)?);
        }
    }
    Ok(vm.new_str(&parts.join(" | ")))
}

fn union_get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    union_parts(v).map(|p| p.0.clone()).ok_or_else(|| vm.type_error("expected a union"))
}

fn union_get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((a, cell)) = union_parts(v) else { return Err(vm.type_error("expected a union")) };
    parameters(vm, cell, a)
}

fn union_or_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &this(&args), &o)
}

fn union_ror_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &o, &this(&args))
}

/// The members of a union as a set-like list (order ignored for equality).
fn same_members(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (x, ys) in [(a, b), (b, a)] {
        for i in x {
            let mut found = false;
            for j in ys {
                if i.is(j) || ops::eq_bool(vm, i, j)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn union_richcompare(vm: &mut Vm, args: CallArgs, negate: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let (Some((a, _)), Some((b, _))) = (union_parts(&me), union_parts(&o)) else { return Ok(vm.not_implemented()) };
    let (a, b) = (ty::tuple_items(a), ty::tuple_items(b));
    let eq = same_members(vm, &a, &b)?;
    Ok(Value::Bool(eq != negate))
}

fn union_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_richcompare(vm, args, false)
}

fn union_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_richcompare(vm, args, true)
}

fn union_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((a, _)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    let mut h: i64 = 0x345678;
    for x in ty::tuple_items(a) {
        h ^= ops::hash::hash(vm, &x)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn union_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let item = other(vm, &args)?;
    let Some((a, cell)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    let a = a.clone();
    let params = ty::tuple_items(&parameters(vm, cell, &a)?);
    if params.is_empty() {
        let r = ops::repr(vm, &me)?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let values = ty::prepare_arguments(vm, &me, &params, &item)?;
    let new_args = ty::substitute(vm, &ty::tuple_items(&a), &params, &values)?;
    // The result is the `|` of the substituted arguments.
    let mut it = new_args.into_iter();
    let Some(mut acc) = it.next() else { return Ok(me) };
    for x in it {
        acc = ops::binary_op(vm, &acc, &x, ops::arith::BinOp::Or, false)?;
    }
    Ok(acc)
}

/// `isinstance(obj, int | str)` and `issubclass`: any member matches.
fn union_check(vm: &mut Vm, args: CallArgs, sub: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let Some((a, _)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    for x in ty::tuple_items(a) {
        if ty::is_generic_alias(vm, &x) {
            let what = if sub { "issubclass" } else { "isinstance" };
            return Err(vm.type_error(format!("{what}() argument 2 cannot be a parameterized generic")));
        }
        let Some(t) = x.as_obj().and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone())) else { continue };
        let hit = if sub {
            o.as_obj().and_then(|c| crate::runtime::types::TypeRef::from_obj(c.clone())).is_some_and(|c| c.is_subtype(&t))
        } else {
            ops::is_instance(vm, &o, &t)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_instancecheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_check(vm, args, false)
}

fn union_subclasscheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_check(vm, args, true)
}

static UNION_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", union_repr),
    MethodDef::slot("__hash__", union_hash),
    MethodDef::slot("__eq__", union_eq),
    MethodDef::slot("__ne__", union_ne),
    MethodDef::slot("__getitem__", union_getitem),
    MethodDef::slot("__or__", union_or_slot),
    MethodDef::slot("__ror__", union_ror_slot),
    MethodDef::method("__instancecheck__", union_instancecheck),
    MethodDef::method("__subclasscheck__", union_subclasscheck),
];

static UNION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__args__", get: union_get_args, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: union_get_parameters, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.union_type.clone();
    add_methods(vm, &t, UNION_METHODS);
    add_getsets(vm, &t, UNION_GETSETS);
    let m = vm.new_str("types");
    add_attr(vm, &t, "__module__", m);
}
