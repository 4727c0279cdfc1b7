//! The `dict` type: construction and `update` from mappings, pairs and keywords, item access
//! (with `__missing__` for subclasses), the methods (`get`, `setdefault`, `pop`, `popitem`,
//! `fromkeys`, `copy`, `clear`, the views), `|` and `|=`, equality, and the repr.

use std::cell::RefCell;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::DictIterKind;
use crate::runtime::objects::seq_args::{self as sa, receiver, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub type DictCell = RefCell<Dict>;

fn is_dict(p: &Payload) -> bool {
    matches!(p, Payload::Dict(_))
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a DictCell)> {
    let this = receiver(vm, args, "dict", name, is_dict)?;
    match this.payload() {
        Some(Payload::Dict(d)) => Ok((this, d)),
        _ => Err(vm.type_error("dict expected")),
    }
}

/// An empty dict of class `cls` (dict or a subclass).
pub fn new_dict_of(vm: &Vm, cls: &TypeRef) -> Value {
    if cls.ptr_eq(&vm.types.dict) {
        return Value::Obj(vm.new_dict());
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::Dict(RefCell::new(Dict::new())), cls.nslots.get()))
}

/// A copy of a dict's table as an exact dict.
pub fn copy_of(vm: &Vm, d: &DictCell) -> Value {
    let table = d.borrow().clone();
    Value::Obj(vm.new_dict_from(table))
}

/// `dict.update(arg)`'s positional part: a dict or an object with `keys()` merged as a
/// mapping, otherwise an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &DictCell, arg: &Value) -> PyResult<()> {
    let has_keys = if let Some(Payload::Dict(_)) = arg.payload() {
        true
    } else {
        let keys = vm.names.keys.clone();
        ops::getattr_opt(vm, arg, &keys)?.is_some()
    };
    if has_keys {
        let items = crate::runtime::objects::dictops::mapping_items(vm, arg)?;
        for (k, v) in items {
            Dict::set_item(d, vm, k, v)?;
        }
        return Ok(());
    }
    merge_pairs(vm, d, arg)
}

/// `PyDict_MergeFromSeq2`: every item of the iterable must be a pair.
fn merge_pairs(vm: &mut Vm, d: &DictCell, arg: &Value) -> PyResult<()> {
    let it = ops::iter(vm, arg)?;
    let mut i = 0usize;
    while let Some(item) = ops::next(vm, &it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => {
                match ops::iter(vm, &item) {
                    Ok(_) => crate::runtime::objects::seq_args::collect(vm, &item)?,
                    Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => {
                        return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
        Dict::set_item(d, vm, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `update(*args, **kwargs)` for `__init__` and `update`, with `name` in the count message.
fn update_common(vm: &mut Vm, d: &DictCell, args: &CallArgs, name: &str) -> PyResult<()> {
    let r = rest(args);
    sa::count_range(vm, r.len(), name, 0, 1)?;
    if let Some(arg) = r.first() {
        update_from(vm, d, arg)?;
    }
    for (k, v) in args.kwargs() {
        Dict::set_item(d, vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("dict.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.types.dict) {
        return Err(vm.type_error(format!("dict.__new__({}): {} is not a subtype of dict", cls.name(), cls.name())));
    }
    Ok(new_dict_of(vm, &cls))
}

fn dict_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__init__")?;
    update_common(vm, d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "update")?;
    update_common(vm, d, &args, "update")?;
    Ok(Value::None)
}

fn dict_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__repr__")?;
    if d.borrow().is_empty() {
        return Ok(vm.new_str("{}"));
    }
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("{}")) };
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str("{...}"));
    }
    let mut out = String::from("{");
    let r = (|| -> PyResult<()> {
        let mut pos = 0;
        let mut first = true;
        loop {
            let Some((p, k, v)) = d.borrow().next_entry(pos) else { break };
            pos = p;
            if !first {
                out.push_str(", ");
            }
            first = false;
            let kr = ops::repr(vm, &k)?;
            sa::push_text(&mut out, &kr);
            out.push_str(": ");
            let vr = ops::repr(vm, &v)?;
            sa::push_text(&mut out, &vr);
        }
        Ok(())
    })();
    ops::repr::repr_leave(vm, &o);
    r?;
    out.push('}');
    Ok(vm.new_str(&out))
}

fn dict_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(d.borrow().len() as i64))
}

/// `d[key]` with `__missing__` for subclasses.
pub fn getitem(vm: &mut Vm, this: &Value, d: &DictCell, key: &Value) -> PyResult<Value> {
    if let Some(v) = Dict::get_item(d, vm, key)? {
        return Ok(v);
    }
    if !ops::is_exact(vm, this, &vm.types.dict.clone()) {
        let name = vm.names.__missing__.clone();
        if let Some(r) = ops::call_special(vm, this, &name, std::slice::from_ref(key))? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__getitem__")?;
    let key = sa::one_arg(vm, &args, "dict.__getitem__")?;
    getitem(vm, this, d, key)
}

fn dict_setitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__setitem__")?;
    let [key, value] = rest(&args) else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", rest(&args).len())));
    };
    Dict::set_item(d, vm, key.clone(), value.clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__delitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    match Dict::del_item(d, vm, key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key.clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__contains__")?;
    let key = sa::one_arg(vm, &args, "dict.__contains__")?;
    Ok(Value::Bool(Dict::get_item(d, vm, key)?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(ops::iter::dict_iter(vm, this, DictIterKind::Keys, false))
}

fn dict_reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__reversed__")?;
    sa::no_args(vm, &args, "dict.__reversed__")?;
    Ok(ops::iter::dict_iter(vm, this, DictIterKind::Keys, true))
}

/// Whether two dicts hold equal items (`dict_equal`).
pub fn dicts_equal(vm: &mut Vm, a: &DictCell, b: &DictCell) -> PyResult<bool> {
    if a.borrow().len() != b.borrow().len() {
        return Ok(false);
    }
    let items: Vec<(i64, Value, Value)> = a.borrow().hashed_items().map(|(h, k, v)| (h, k.clone(), v.clone())).collect();
    for (h, k, av) in items {
        let Some(bv) = Dict::get_item_hashed(b, vm, &k, h)? else { return Ok(false) };
        if !ops::eq_bool(vm, &av, &bv)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(Payload::Dict(o)) = other.payload() else { return Ok(vm.not_implemented()) };
    match op {
        CompareOp::Eq => Ok(Value::Bool(dicts_equal(vm, d, o)?)),
        CompareOp::Ne => Ok(Value::Bool(!dicts_equal(vm, d, o)?)),
        _ => Ok(vm.not_implemented()),
    }
}

fn dict_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn dict_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn dict_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn dict_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn dict_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn dict_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

fn dict_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__or__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    if !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    let new = copy_of(vm, d);
    if let Some(Payload::Dict(nd)) = new.payload() {
        update_from(vm, nd, other)?;
    }
    Ok(new)
}

fn dict_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__ror__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(Payload::Dict(o)) = other.payload() else { return Ok(vm.not_implemented()) };
    let new = copy_of(vm, o);
    if let Some(Payload::Dict(nd)) = new.payload() {
        update_from(vm, nd, this)?;
    }
    Ok(new)
}

fn dict_ior(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__ior__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    update_from(vm, d, other)?;
    Ok(this.clone())
}

fn dict_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__sizeof__")?;
    sa::no_args(vm, &args, "dict.__sizeof__")?;
    let n = d.borrow().entries_len() as i64;
    Ok(Value::Int(if n == 0 { 48 } else { 48 + 8 + 24 * n.max(5) + 8 * n.max(8) }))
}

fn dict_clear(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "clear")?;
    sa::no_args(vm, &args, "dict.clear")?;
    let old = d.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "copy")?;
    sa::no_args(vm, &args, "dict.copy")?;
    Ok(copy_of(vm, d))
}

fn dict_get(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "get")?;
    let r = sa::pos_args(vm, &args, "get", 1, 2)?;
    Ok(Dict::get_item(d, vm, &r[0])?.unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "setdefault")?;
    let r = sa::pos_args(vm, &args, "setdefault", 1, 2)?;
    let hash = ops::hash(vm, &r[0])?;
    if let Some(v) = Dict::get_item_hashed(d, vm, &r[0], hash)? {
        return Ok(v);
    }
    let default = r.get(1).cloned().unwrap_or(Value::None);
    Dict::set_item_hashed(d, vm, r[0].clone(), hash, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "pop")?;
    let r = sa::pos_args(vm, &args, "pop", 1, 2)?;
    match Dict::del_item(d, vm, &r[0])? {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(r[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "popitem")?;
    sa::no_args(vm, &args, "dict.popitem")?;
    let item = d.borrow_mut().pop_last();
    match item {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn dict_fromkeys(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else { return Err(vm.type_error("fromkeys needs a class")) };
    let r = sa::pos_args(vm, &args, "fromkeys", 1, 2)?;
    let value = r.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[], &[])?;
    let exact = ops::is_exact(vm, &d, &vm.types.dict.clone());
    if let (true, Some(Payload::Dict(dd))) = (exact, d.payload()) {
        let keys: Option<Vec<(i64, Value)>> = match r[0].payload() {
            Some(Payload::Dict(src)) if ops::is_exact(vm, &r[0], &vm.types.dict.clone()) => {
                Some(src.borrow().hashed_items().map(|(h, k, _)| (h, k.clone())).collect())
            }
            Some(Payload::Set(s)) => Some(s.borrow().hashed().map(|(h, k)| (h, k.clone())).collect()),
            Some(Payload::FrozenSet(s)) => Some(s.hashed().map(|(h, k)| (h, k.clone())).collect()),
            _ => None,
        };
        if let Some(keys) = keys {
            for (h, k) in keys {
                Dict::set_item_hashed(dd, vm, k, h, value.clone())?;
            }
            return Ok(d);
        }
        let it = ops::iter(vm, &r[0])?;
        while let Some(k) = ops::next(vm, &it)? {
            Dict::set_item(dd, vm, k, value.clone())?;
        }
        return Ok(d);
    }
    let it = ops::iter(vm, &r[0])?;
    while let Some(k) = ops::next(vm, &it)? {
        ops::setitem(vm, &d, &k, value.clone())?;
    }
    Ok(d)
}

fn view(vm: &mut Vm, args: CallArgs, name: &str, kind: DictIterKind) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, name)?;
    sa::no_args(vm, &args, &format!("dict.{name}"))?;
    let t = match kind {
        DictIterKind::Keys => vm.types.dict_keys.clone(),
        DictIterKind::Values => vm.types.dict_values.clone(),
        DictIterKind::Items => vm.types.dict_items.clone(),
    };
    Ok(vm.new_object(t, Payload::DictView { dict: this.clone(), kind }))
}

fn dict_keys(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    view(vm, args, "keys", DictIterKind::Keys)
}
fn dict_values(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    view(vm, args, "values", DictIterKind::Values)
}
fn dict_items(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    view(vm, args, "items", DictIterKind::Items)
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::generic_alias::class_getitem(vm, args)
}

static DICT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", dict_new),
    MethodDef::slot("__init__", dict_init),
    MethodDef::slot("__repr__", dict_repr),
    MethodDef::slot("__len__", dict_len),
    MethodDef::method("__getitem__", dict_getitem),
    MethodDef::slot("__setitem__", dict_setitem),
    MethodDef::slot("__delitem__", dict_delitem),
    MethodDef::method("__contains__", dict_contains),
    MethodDef::slot("__iter__", dict_iter),
    MethodDef::method("__reversed__", dict_reversed),
    MethodDef::slot("__eq__", dict_eq),
    MethodDef::slot("__ne__", dict_ne),
    MethodDef::slot("__lt__", dict_lt),
    MethodDef::slot("__le__", dict_le),
    MethodDef::slot("__gt__", dict_gt),
    MethodDef::slot("__ge__", dict_ge),
    MethodDef::slot("__or__", dict_or),
    MethodDef::slot("__ror__", dict_ror),
    MethodDef::slot("__ior__", dict_ior),
    MethodDef::method("__sizeof__", dict_sizeof),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::method("clear", dict_clear),
    MethodDef::method("copy", dict_copy),
    MethodDef::classmethod("fromkeys", dict_fromkeys),
    MethodDef::method("get", dict_get),
    MethodDef::method("items", dict_items),
    MethodDef::method("keys", dict_keys),
    MethodDef::method("pop", dict_pop),
    MethodDef::method("popitem", dict_popitem),
    MethodDef::method("setdefault", dict_setdefault),
    MethodDef::method("update", dict_update),
    MethodDef::method("values", dict_values),
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    add_methods(vm, &t, DICT_METHODS);
    add_attr(vm, &t, "__hash__", Value::None);
}
