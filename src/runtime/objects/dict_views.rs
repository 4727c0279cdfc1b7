//! The dict views `dict_keys`, `dict_values` and `dict_items`: length, iteration (forwards and
//! reversed), membership, `mapping`, the repr, and for keys and items the set operations and
//! comparisons of CPython's dictviews.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::iter::DictIterKind;
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::objects::set::{self, SetTable};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn view_parts(v: &Value) -> Option<(&Value, DictIterKind)> {
    match v.payload() {
        Some(Payload::DictView { dict, kind }) => Some((dict, *kind)),
        _ => None,
    }
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a Value, DictIterKind)> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    match view_parts(this) {
        Some((d, k)) => Ok((this, d, k)),
        None => Err(vm.type_error(format!("descriptor '{name}' doesn't apply to a '{}' object", ops::type_name(vm, this)))),
    }
}

fn dict_len(d: &Value) -> usize {
    match d.payload() {
        Some(Payload::Dict(c)) => c.borrow().len(),
        _ => 0,
    }
}

/// Whether a value is a keys or items view (the set-like ones).
fn is_setlike_view(v: &Value) -> bool {
    matches!(view_parts(v), Some((_, DictIterKind::Keys | DictIterKind::Items)))
}

fn view_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d, _) = recv(vm, &args, "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(dict_len(d) as i64))
}

fn view_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d, kind) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(ops::iter::dict_iter(vm, d, kind, false))
}

fn view_reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d, kind) = recv(vm, &args, "__reversed__")?;
    Ok(ops::iter::dict_iter(vm, d, kind, true))
}

/// `x in view` for keys and items views.
fn contains(vm: &mut Vm, d: &Value, kind: DictIterKind, x: &Value) -> PyResult<bool> {
    let Some(Payload::Dict(c)) = d.payload() else { return Ok(false) };
    match kind {
        DictIterKind::Keys => Ok(Dict::get_item(c, vm, x)?.is_some()),
        DictIterKind::Items => {
            let Some(Payload::Tuple(t)) = x.payload() else { return Ok(false) };
            if t.len() != 2 {
                return Ok(false);
            }
            match Dict::get_item(c, vm, &t[0])? {
                Some(v) => ops::eq_bool(vm, &v, &t[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            let it = ops::iter::dict_iter(vm, d, kind, false);
            while let Some(v) = ops::next(vm, &it)? {
                if ops::eq_bool(vm, &v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d, kind) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    Ok(Value::Bool(contains(vm, d, kind, x)?))
}

fn view_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d, kind) = recv(vm, &args, "__repr__")?;
    let name = ops::type_name(vm, this);
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("")) };
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str("..."));
    }
    let r = (|| -> PyResult<String> {
        let it = ops::iter::dict_iter(vm, d, kind, false);
        let items = crate::runtime::objects::seq_args::collect(vm, &it)?;
        let l = vm.new_list(items);
        let lr = ops::repr(vm, &l)?;
        let mut out = format!("{name}(");
        sa::push_text(&mut out, &lr);
        out.push(')');
        Ok(out)
    })();
    ops::repr::repr_leave(vm, &o);
    let s = r?;
    Ok(vm.new_str(&s))
}

fn view_mapping(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let Some((d, _)) = view_parts(this) else { return Err(vm.type_error("expected a dict view")) };
    Ok(vm.new_object(vm.types.mappingproxy.clone(), Payload::MappingProxy(d.clone())))
}

/// `len()` of any object, for the set operations.
fn size(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    ops::len(vm, v)
}

/// A new set of the items of `v` (a keys view of an exact dict reads the dict directly).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let src = match view_parts(v) {
        Some((d, DictIterKind::Keys)) if ops::is_exact(vm, d, &vm.types.dict.clone()) => d.clone(),
        _ => v.clone(),
    };
    let s = set::new_set(vm, Vec::new())?;
    if let Some(Payload::Set(t)) = s.payload() {
        SetTable::update(t, vm, &src)?;
    }
    Ok(s)
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter(vm, a)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::item::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (this, d, _) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if !is_anyset(other) && !is_setlike_view(other) {
        return Ok(vm.not_implemented());
    }
    let ls = dict_len(d);
    let lo = size(vm, other)?;
    let ok = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = ls == lo && all_contained_in(vm, this, other)?;
            if op == CompareOp::Eq { eq } else { !eq }
        }
        CompareOp::Lt => ls < lo && all_contained_in(vm, this, other)?,
        CompareOp::Le => ls <= lo && all_contained_in(vm, this, other)?,
        CompareOp::Gt => ls > lo && all_contained_in(vm, other, this)?,
        CompareOp::Ge => ls >= lo && all_contained_in(vm, other, this)?,
    };
    Ok(Value::Bool(ok))
}

fn view_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn view_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn view_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn view_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn view_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn view_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

/// The two operands of a binary view operation in CPython's order (`reflected`: the view is
/// the right operand).
fn operands<'a>(vm: &Vm, args: &CallArgs<'a>, reflected: bool) -> PyResult<(Value, Value)> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let other = sa::slot_one_arg(vm, args)?.clone();
    Ok(if reflected { (other, this) } else { (this, other) })
}

fn sub_impl(vm: &mut Vm, args: CallArgs, reflected: bool) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, reflected)?;
    let r = to_set(vm, &a)?;
    vm.call_method_name(&r, "difference_update", &[b])?;
    Ok(r)
}

fn or_impl(vm: &mut Vm, args: CallArgs, reflected: bool) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, reflected)?;
    let r = to_set(vm, &a)?;
    if let Some(Payload::Set(t)) = r.payload() {
        SetTable::update(t, vm, &b)?;
    }
    Ok(r)
}

fn xor_impl(vm: &mut Vm, args: CallArgs, reflected: bool) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, reflected)?;
    let r = to_set(vm, &a)?;
    vm.call_method_name(&r, "symmetric_difference_update", &[b])?;
    Ok(r)
}

/// `_PyDictView_Intersect`.
fn and_impl(vm: &mut Vm, args: CallArgs, _reflected: bool) -> PyResult<Value> {
    let (mut a, mut b) = operands(vm, &args, false)?;
    let len_a = size(vm, &a)?;
    if ops::is_exact(vm, &b, &vm.types.set.clone()) && len_a <= size(vm, &b)? {
        return vm.call_method_name(&b, "intersection", &[a]);
    }
    if is_setlike_view(&b) && size(vm, &b)? > len_a {
        std::mem::swap(&mut a, &mut b);
    }
    let Some((d, kind)) = view_parts(&a).map(|(d, k)| (d.clone(), k)) else { return Ok(vm.not_implemented()) };
    let r = set::new_set(vm, Vec::new())?;
    let it = ops::iter(vm, &b)?;
    while let Some(x) = ops::next(vm, &it)? {
        if contains(vm, &d, kind, &x)? {
            set::set_add(vm, &r, x)?;
        }
    }
    Ok(r)
}

fn view_sub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sub_impl(vm, args, false)
}
fn view_rsub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sub_impl(vm, args, true)
}
fn view_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    or_impl(vm, args, false)
}
fn view_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    or_impl(vm, args, true)
}
fn view_xor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    xor_impl(vm, args, false)
}
fn view_rxor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    xor_impl(vm, args, true)
}
fn view_and(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    and_impl(vm, args, false)
}
fn view_rand(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    and_impl(vm, args, true)
}

fn view_isdisjoint(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d, _) = recv(vm, &args, "isdisjoint")?;
    let other = sa::one_arg(vm, &args, "isdisjoint")?;
    if this.is(other) {
        return Ok(Value::Bool(dict_len(d) == 0));
    }
    let (mut a, mut b) = (this.clone(), other.clone());
    if is_anyset(other) || is_setlike_view(other) {
        let lo = size(vm, other)?;
        if lo > dict_len(d) {
            std::mem::swap(&mut a, &mut b);
        }
    }
    let it = ops::iter(vm, &b)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::item::contains(vm, &a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    let _ = rest(&args);
    Ok(Value::Bool(true))
}

static VALUES_METHODS: &[MethodDef] = &[
    MethodDef::slot("__len__", view_len),
    MethodDef::slot("__iter__", view_iter),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::slot("__repr__", view_repr),
];

static SETLIKE_METHODS: &[MethodDef] = &[
    MethodDef::slot("__len__", view_len),
    MethodDef::slot("__iter__", view_iter),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::slot("__repr__", view_repr),
    MethodDef::slot("__contains__", view_contains),
    MethodDef::slot("__eq__", view_eq),
    MethodDef::slot("__ne__", view_ne),
    MethodDef::slot("__lt__", view_lt),
    MethodDef::slot("__le__", view_le),
    MethodDef::slot("__gt__", view_gt),
    MethodDef::slot("__ge__", view_ge),
    MethodDef::slot("__sub__", view_sub),
    MethodDef::slot("__rsub__", view_rsub),
    MethodDef::slot("__and__", view_and),
    MethodDef::slot("__rand__", view_rand),
    MethodDef::slot("__or__", view_or),
    MethodDef::slot("__ror__", view_ror),
    MethodDef::slot("__xor__", view_xor),
    MethodDef::slot("__rxor__", view_rxor),
    MethodDef::method("isdisjoint", view_isdisjoint),
];

static VIEW_GETSETS: &[GetSetDef] = &[GetSetDef { name: "mapping", get: view_mapping, set: None, doc: None }];

pub fn init(vm: &mut Vm) {
    let values = vm.types.dict_values.clone();
    add_methods(vm, &values, VALUES_METHODS);
    add_getsets(vm, &values, VIEW_GETSETS);
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        add_methods(vm, &t, SETLIKE_METHODS);
        add_getsets(vm, &t, VIEW_GETSETS);
        add_attr(vm, &t, "__hash__", Value::None);
    }
}
