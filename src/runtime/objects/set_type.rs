//! The `set` and `frozenset` types: construction, the algebra (union, intersection,
//! difference, symmetric difference, their in-place forms and operators) following
//! setobject.c step for step so that result orders are CPython's, subset tests, comparisons,
//! the frozenset hash, `pop`/`add`/`remove`/`discard`, and the repr.

use std::cell::RefCell;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::objects::set::{SetRef, SetTable};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::types::{Layout, TypeRef};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn recv_any<'a>(vm: &Vm, args: &CallArgs<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    sa::receiver(vm, args, owner, name, |p| matches!(p, Payload::Set(_) | Payload::FrozenSet(_)))
}

fn recv_set<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a RefCell<SetTable>)> {
    let this = sa::receiver(vm, args, "set", name, |p| matches!(p, Payload::Set(_)))?;
    match this.payload() {
        Some(Payload::Set(c)) => Ok((this, c)),
        _ => Err(vm.type_error("set expected")),
    }
}

fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Whether a set value is frozen (by its layout, so subclasses count).
fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// A set or frozenset value of class `cls` with the given table.
fn make(vm: &Vm, cls: &TypeRef, t: SetTable) -> Value {
    let payload = if cls.layout == Layout::FrozenSet { Payload::FrozenSet(t) } else { Payload::Set(RefCell::new(t)) };
    if cls.ptr_eq(&vm.types.set) || cls.ptr_eq(&vm.types.frozenset) {
        return vm.new_object(cls.clone(), payload);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), payload, cls.nslots.get()))
}

/// The builtin base (set or frozenset) of a set value's class.
fn basetype(vm: &Vm, v: &Value) -> TypeRef {
    if is_frozen(v) { vm.types.frozenset.clone() } else { vm.types.set.clone() }
}

/// `make_new_set_basetype(type(so), iterable)`.
fn new_like(vm: &mut Vm, so: &Value, iterable: Option<&Value>) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    if let Some(it) = iterable {
        SetTable::update(&cell, vm, it)?;
    }
    let t = basetype(vm, so);
    Ok(make(vm, &t, cell.into_inner()))
}

/// A new plain set of an iterable's items.
fn new_plain_set(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    SetTable::update(&cell, vm, iterable)?;
    Ok(make(vm, &vm.types.set.clone(), cell.into_inner()))
}

fn table_of(v: &Value) -> Option<SetRef<'_>> {
    SetRef::of(v)
}

/// Runs `f` on the table of a result set built here (always a mutable cell while building).
fn cell_of(v: &Value) -> Option<&RefCell<SetTable>> {
    match v.payload() {
        Some(Payload::Set(c)) => Some(c),
        _ => None,
    }
}

/// Builds a set of the base type of `so` through a temporary cell.
fn build(vm: &mut Vm, so: &Value, f: impl FnOnce(&mut Vm, &RefCell<SetTable>) -> PyResult<()>) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    f(vm, &cell)?;
    let t = basetype(vm, so);
    Ok(make(vm, &t, cell.into_inner()))
}

/// `set_copy`: the items of `so` in a new set of its base type (`set_merge` order).
fn copy(vm: &mut Vm, so: &Value) -> PyResult<Value> {
    new_like(vm, so, Some(so))
}

fn hash_of(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    ops::hash(vm, key)
}

/// `set_intersection(so, other)`.
fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return copy(vm, so);
    }
    if let (Some(a), Some(b)) = (table_of(so), table_of(other)) {
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        return build(vm, so, |vm, cell| {
            SetTable::each_entry(
                cell,
                small,
                vm,
                |t, h, k| match big.with(|b| b.contains_native(k, h)) {
                    Some(true) => t.add_native(k.clone(), h).is_ok(),
                    Some(false) => true,
                    None => false,
                },
                |vm, h, k| {
                    if SetTable::contains_hashed(big, vm, &k, h)? {
                        SetTable::add_hashed(cell, vm, k, h)?;
                    }
                    Ok(())
                },
            )
        });
    }
    let it = ops::iter(vm, other)?;
    let so2 = so.clone();
    build(vm, so, |vm, cell| {
        while let Some(k) = ops::next(vm, &it)? {
            let h = hash_of(vm, &k)?;
            let Some(t) = table_of(&so2) else { break };
            if SetTable::contains_hashed(t, vm, &k, h)? {
                SetTable::add_hashed(cell, vm, k, h)?;
            }
        }
        Ok(())
    })
}

/// `set_difference_update_internal(so, other)` on a mutable set.
fn difference_update(vm: &mut Vm, so: &Value, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if so.is(other) {
        let old = cell.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    if let Some(ot) = table_of(other) {
        let inter;
        let src = if (ot.len() >> 3) > cell.borrow().len() {
            inter = intersection(vm, so, other)?;
            table_of(&inter).unwrap_or(ot)
        } else {
            ot
        };
        SetTable::each_entry(cell, src, vm, |t, h, k| t.discard_native(k, h, false), |vm, h, k| {
            SetTable::discard_hashed(cell, vm, &k, h).map(drop)
        })?;
    } else {
        let it = ops::iter(vm, other)?;
        while let Some(k) = ops::next(vm, &it)? {
            let h = hash_of(vm, &k)?;
            SetTable::discard_hashed(cell, vm, &k, h)?;
        }
    }
    cell.borrow_mut().shrink_dummies();
    Ok(())
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let other_size = match other.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => table_of(other).map(|t| t.len()),
        Some(Payload::Dict(d)) if ops::is_exact(vm, other, &vm.types.dict.clone()) => Some(d.borrow().len()),
        _ => None,
    };
    let so_len = table_of(so).map_or(0, |t| t.len());
    let copy_and_difference = match other_size {
        None => true,
        Some(n) => (so_len >> 2) > n,
    };
    if copy_and_difference {
        let result = new_plain_like(vm, so)?;
        if let Some(c) = cell_of(&result) {
            difference_update(vm, &result, c, other)?;
        }
        return finish_like(vm, so, result);
    }
    let Some(src) = table_of(so) else { return build(vm, so, |_, _| Ok(())) };
    let other_set = table_of(other);
    build(vm, so, |vm, cell| {
        SetTable::each_entry(
            cell,
            src,
            vm,
            |t, h, k| match other_set.and_then(|o| o.with(|o| o.contains_native(k, h))) {
                Some(false) => t.add_native(k.clone(), h).is_ok(),
                Some(true) => true,
                None => false,
            },
            |vm, h, k| {
                let found = match other.payload() {
                    Some(Payload::Dict(d)) => crate::runtime::objects::dict::Dict::get_item_hashed(d, vm, &k, h)?.is_some(),
                    _ => match other_set {
                        Some(t) => SetTable::contains_hashed(t, vm, &k, h)?,
                        None => false,
                    },
                };
                if !found {
                    SetTable::add_hashed(cell, vm, k, h)?;
                }
                Ok(())
            },
        )
    })
}

/// A mutable copy of `so` (a plain set) to work on before giving it `so`'s base type.
fn new_plain_like(vm: &mut Vm, so: &Value) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    SetTable::update(&cell, vm, so)?;
    Ok(make(vm, &vm.types.set.clone(), cell.into_inner()))
}

/// Gives a working set the base type of `so` (a frozenset when `so` is frozen).
fn finish_like(vm: &mut Vm, so: &Value, work: Value) -> PyResult<Value> {
    if !is_frozen(so) {
        return Ok(work);
    }
    let t = cell_of(&work).map(|c| c.borrow().clone()).unwrap_or_default();
    Ok(make(vm, &vm.types.frozenset.clone(), t))
}

/// `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update(vm: &mut Vm, so: &Value, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if so.is(other) {
        let old = cell.borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    let toggle = |vm: &mut Vm, h: i64, k: Value| {
        if !SetTable::discard_hashed(cell, vm, &k, h)? {
            SetTable::add_hashed(cell, vm, k, h)?;
        }
        Ok(())
    };
    if let Some(Payload::Dict(d)) = other.payload()
        && ops::is_exact(vm, other, &vm.types.dict.clone())
    {
        let entries: Vec<(i64, Value)> = d.borrow().hashed_items().map(|(h, k, _)| (h, k.clone())).collect();
        for (h, k) in entries {
            toggle(vm, h, k)?;
        }
        return Ok(());
    }
    let tmp;
    let src = match table_of(other) {
        Some(t) => t,
        None => {
            tmp = new_like(vm, so, Some(other))?;
            match table_of(&tmp) {
                Some(t) => t,
                None => return Ok(()),
            }
        }
    };
    SetTable::each_entry(cell, src, vm, |t, h, k| t.discard_native(k, h, true), toggle)
}

/// `set_symmetric_difference(so, other)`: a set of `other`'s items, updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let work = new_plain_set(vm, other)?;
    if let Some(c) = cell_of(&work) {
        symmetric_difference_update(vm, &work, c, so)?;
    }
    finish_like(vm, so, work)
}

/// `set_issubset(so, other)`.
fn issubset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = new_plain_set(vm, other)?;
        return issubset(vm, so, &tmp);
    }
    let (Some(a), Some(b)) = (table_of(so), table_of(other)) else { return Ok(false) };
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        let Some(b) = table_of(other) else { return Ok(false) };
        if !SetTable::contains_hashed(b, vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset(so, other)`.
fn issuperset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, so);
    }
    let it = ops::iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        let h = hash_of(vm, &k)?;
        let Some(t) = table_of(so) else { return Ok(false) };
        if !SetTable::contains_hashed(t, vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `key in s`, with a set key looked up as a frozenset.
fn contains_key(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = match hash_of(vm, key) {
        Ok(h) => h,
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, &vm.types.exc.type_error.clone()) => {
            let frozen = frozen_copy(vm, key)?;
            return contains_key(vm, s, &frozen);
        }
        Err(e) => return Err(e),
    };
    match table_of(s) {
        Some(t) => SetTable::contains_hashed(t, vm, key, h),
        None => Ok(false),
    }
}

fn frozen_copy(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let cell = RefCell::new(SetTable::default());
    SetTable::update(&cell, vm, v)?;
    Ok(make(vm, &vm.types.frozenset.clone(), cell.into_inner()))
}

/// Discards `key` (a set key as a frozenset); whether it was there.
fn discard_key(vm: &mut Vm, cell: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let h = match hash_of(vm, key) {
        Ok(h) => h,
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, &vm.types.exc.type_error.clone()) => {
            let frozen = frozen_copy(vm, key)?;
            return discard_key(vm, cell, &frozen);
        }
        Err(e) => return Err(e),
    };
    SetTable::discard_hashed(cell, vm, key, h)
}

// ---- constructors ----

fn type_arg(vm: &Vm, args: &CallArgs, what: &str) -> PyResult<TypeRef> {
    args.pos()
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("{what}.__new__(X): X is not a type object")))
}

fn set_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "set")?;
    if !cls.is_subtype(&vm.types.set) {
        return Err(vm.type_error(format!("set.__new__({}): {} is not a subtype of set", cls.name(), cls.name())));
    }
    if args.has_kwargs() && cls.ptr_eq(&vm.types.set) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    Ok(make(vm, &cls, SetTable::default()))
}

fn set_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, cell) = recv_set(vm, &args, "__init__")?;
    if args.has_kwargs() && ops::is_exact(vm, this, &vm.types.set.clone()) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "set", 0, 1)?;
    let old = cell.borrow_mut().clear();
    drop(old);
    if let Some(it) = r.first() {
        SetTable::update(cell, vm, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "frozenset")?;
    if !cls.is_subtype(&vm.types.frozenset) {
        return Err(vm.type_error(format!("frozenset.__new__({}): {} is not a subtype of frozenset", cls.name(), cls.name())));
    }
    let exact = cls.ptr_eq(&vm.types.frozenset);
    if args.has_kwargs() && exact {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "frozenset", 0, 1)?;
    if let Some(it) = r.first()
        && exact
        && ops::is_exact(vm, it, &vm.types.frozenset.clone())
    {
        return Ok(it.clone());
    }
    let cell = RefCell::new(SetTable::default());
    if let Some(it) = r.first() {
        SetTable::update(&cell, vm, it)?;
    }
    Ok(make(vm, &cls, cell.into_inner()))
}

// ---- slots ----

fn owner_of(v: &Value) -> &'static str {
    if is_frozen(v) { "frozenset" } else { "set" }
}

fn set_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__repr__")?;
    let name = ops::type_name(vm, this);
    let Some(t) = table_of(this) else { return Ok(vm.new_str("set()")) };
    if t.is_empty() {
        return Ok(vm.new_str(&format!("{name}()")));
    }
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("")) };
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str(&format!("{name}(...)")));
    }
    let items: Vec<Value> = t.entries().into_iter().map(|(_, v)| v).collect();
    let l = vm.new_list(items);
    let r = ops::repr(vm, &l);
    ops::repr::repr_leave(vm, &o);
    let mut lr = String::new();
    sa::push_text(&mut lr, &r?);
    let inner = &lr[1..lr.len().saturating_sub(1).max(1)];
    let plain = ops::is_exact(vm, this, &vm.types.set.clone());
    Ok(vm.new_str(&if plain { format!("{{{inner}}}") } else { format!("{name}({{{inner}}})") }))
}

fn set_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(table_of(this).map_or(0, |t| t.len()) as i64))
}

fn set_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__contains__")?;
    let x = sa::one_arg(vm, &args, "set.__contains__").or_else(|_| sa::slot_one_arg(vm, &args))?;
    Ok(Value::Bool(contains_key(vm, this, x)?))
}

fn set_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(ops::iter::set_iter(vm, this))
}

fn set_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "frozenset", "__hash__")?;
    match this.payload() {
        Some(Payload::FrozenSet(t)) => Ok(Value::Int(t.frozen_hash())),
        _ => Err(vm.type_error(format!("unhashable type: '{}'", ops::type_name(vm, this)))),
    }
}

/// The operands of a binary operator slot; None (NotImplemented) unless both are sets.
fn bin_operands<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<Option<(&'a Value, &'a Value)>> {
    let this = recv_any(vm, args, "set", name)?;
    let other = sa::slot_one_arg(vm, args)?;
    Ok(if is_anyset(other) { Some((this, other)) } else { None })
}

fn set_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__or__")? else { return Ok(vm.not_implemented()) };
    union(vm, a, std::slice::from_ref(b))
}
fn set_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__ror__")? else { return Ok(vm.not_implemented()) };
    union(vm, b, std::slice::from_ref(a))
}
fn set_and(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__and__")? else { return Ok(vm.not_implemented()) };
    intersection(vm, a, b)
}
fn set_rand(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__rand__")? else { return Ok(vm.not_implemented()) };
    intersection(vm, b, a)
}
fn set_sub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__sub__")? else { return Ok(vm.not_implemented()) };
    difference(vm, a, b)
}
fn set_rsub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__rsub__")? else { return Ok(vm.not_implemented()) };
    difference(vm, b, a)
}
fn set_xor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__xor__")? else { return Ok(vm.not_implemented()) };
    symmetric_difference(vm, a, b)
}
fn set_rxor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((a, b)) = bin_operands(vm, &args, "__rxor__")? else { return Ok(vm.not_implemented()) };
    symmetric_difference(vm, b, a)
}

fn inplace<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<Option<(&'a Value, &'a RefCell<SetTable>, &'a Value)>> {
    let (this, cell) = recv_set(vm, args, name)?;
    let other = sa::slot_one_arg(vm, args)?;
    Ok(if is_anyset(other) { Some((this, cell, other)) } else { None })
}

fn set_ior(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, cell, other)) = inplace(vm, &args, "__ior__")? else { return Ok(vm.not_implemented()) };
    SetTable::update(cell, vm, other)?;
    Ok(this.clone())
}
fn set_iand(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, cell, other)) = inplace(vm, &args, "__iand__")? else { return Ok(vm.not_implemented()) };
    let tmp = intersection(vm, this, other)?;
    swap_bodies(cell, &tmp);
    Ok(this.clone())
}
fn set_isub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, cell, other)) = inplace(vm, &args, "__isub__")? else { return Ok(vm.not_implemented()) };
    difference_update(vm, this, cell, other)?;
    Ok(this.clone())
}
fn set_ixor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, cell, other)) = inplace(vm, &args, "__ixor__")? else { return Ok(vm.not_implemented()) };
    symmetric_difference_update(vm, this, cell, other)?;
    Ok(this.clone())
}

/// `set_swap_bodies`: `cell` takes the table of `tmp`.
fn swap_bodies(cell: &RefCell<SetTable>, tmp: &Value) {
    let t = match tmp.payload() {
        Some(Payload::Set(c)) => std::mem::take(&mut *c.borrow_mut()),
        Some(Payload::FrozenSet(t)) => t.clone(),
        _ => return,
    };
    let old = std::mem::replace(&mut *cell.borrow_mut(), t);
    drop(old);
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if !is_anyset(other) {
        return Ok(vm.not_implemented());
    }
    let la = table_of(this).map_or(0, |t| t.len());
    let lb = table_of(other).map_or(0, |t| t.len());
    let r = match op {
        CompareOp::Eq => la == lb && issubset(vm, this, other)?,
        CompareOp::Ne => !(la == lb && issubset(vm, this, other)?),
        CompareOp::Le => issubset(vm, this, other)?,
        CompareOp::Ge => issuperset(vm, this, other)?,
        CompareOp::Lt => la < lb && issubset(vm, this, other)?,
        CompareOp::Gt => la > lb && issuperset(vm, this, other)?,
    };
    Ok(Value::Bool(r))
}

fn set_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn set_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn set_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn set_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn set_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn set_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

fn set_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__reduce__")?;
    let items: Vec<Value> = table_of(this).map(|t| t.entries().into_iter().map(|(_, v)| v).collect()).unwrap_or_default();
    let l = vm.new_list(items);
    let cls = this.class(vm).to_value();
    let state = match this.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(d) => Value::Obj(d),
        None => Value::None,
    };
    let inner = vm.new_tuple(vec![l]);
    Ok(vm.new_tuple(vec![cls, inner, state]))
}

fn set_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "__sizeof__")?;
    // CPython's object with its small table of 8 entries inline; a larger table is separate.
    let size = table_of(this).map_or(0, |t| t.with(|t| t.slots()));
    Ok(Value::Int(200 + if size > 8 { 16 * size as i64 } else { 0 }))
}

// ---- methods ----

/// `set.union(*others)` (also `|`).
fn union(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    let result = new_plain_like(vm, so)?;
    if let Some(c) = cell_of(&result) {
        for o in others {
            if o.is(so) {
                continue;
            }
            SetTable::update(c, vm, o)?;
        }
    }
    finish_like(vm, so, result)
}

fn m_union(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "union")?;
    sa::no_kwargs(vm, &args, &format!("{}.union", owner_of(this)))?;
    union(vm, this, rest(&args))
}

fn m_intersection(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "intersection")?;
    sa::no_kwargs(vm, &args, &format!("{}.intersection", owner_of(this)))?;
    let others = rest(&args);
    if others.is_empty() {
        return copy(vm, this);
    }
    let mut result = this.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

fn m_difference(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "difference")?;
    sa::no_kwargs(vm, &args, &format!("{}.difference", owner_of(this)))?;
    let others = rest(&args);
    let Some((first, more)) = others.split_first() else { return copy(vm, this) };
    let result = difference(vm, this, first)?;
    if more.is_empty() {
        return Ok(result);
    }
    let work = new_plain_like(vm, &result)?;
    if let Some(c) = cell_of(&work) {
        for o in more {
            difference_update(vm, &work, c, o)?;
        }
    }
    finish_like(vm, this, work)
}

fn m_symmetric_difference(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "symmetric_difference")?;
    let other = sa::one_arg(vm, &args, &format!("{}.symmetric_difference", owner_of(this)))?;
    symmetric_difference(vm, this, other)
}

fn m_issubset(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "issubset")?;
    let other = sa::one_arg(vm, &args, &format!("{}.issubset", owner_of(this)))?;
    Ok(Value::Bool(issubset(vm, this, other)?))
}

fn m_issuperset(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "issuperset")?;
    let other = sa::one_arg(vm, &args, &format!("{}.issuperset", owner_of(this)))?;
    Ok(Value::Bool(issuperset(vm, this, other)?))
}

fn m_isdisjoint(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "isdisjoint")?;
    let other = sa::one_arg(vm, &args, &format!("{}.isdisjoint", owner_of(this)))?;
    if this.is(other) {
        return Ok(Value::Bool(table_of(this).map_or(0, |t| t.len()) == 0));
    }
    let exact_set = ops::is_exact(vm, other, &vm.types.set.clone()) || ops::is_exact(vm, other, &vm.types.frozenset.clone());
    if exact_set {
        let (mut a, mut b) = (this.clone(), other.clone());
        if table_of(&b).map_or(0, |t| t.len()) > table_of(&a).map_or(0, |t| t.len()) {
            std::mem::swap(&mut a, &mut b);
        }
        for (h, k) in table_of(&b).map(|t| t.entries()).unwrap_or_default() {
            let Some(t) = table_of(&a) else { break };
            if SetTable::contains_hashed(t, vm, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = ops::iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        let h = hash_of(vm, &k)?;
        let Some(t) = table_of(this) else { break };
        if SetTable::contains_hashed(t, vm, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = recv_any(vm, &args, "set", "copy")?;
    sa::no_args(vm, &args, &format!("{}.copy", owner_of(this)))?;
    if ops::is_exact(vm, this, &vm.types.frozenset.clone()) {
        return Ok(this.clone());
    }
    copy(vm, this)
}

fn m_add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "add")?;
    let x = sa::one_arg(vm, &args, "set.add")?;
    SetTable::add(cell, vm, x.clone())?;
    Ok(Value::None)
}

fn m_clear(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "clear")?;
    sa::no_args(vm, &args, "set.clear")?;
    let old = cell.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn m_discard(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "discard")?;
    let x = sa::one_arg(vm, &args, "set.discard")?;
    discard_key(vm, cell, x)?;
    Ok(Value::None)
}

fn m_remove(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "remove")?;
    let x = sa::one_arg(vm, &args, "set.remove")?;
    if !discard_key(vm, cell, x)? {
        return Err(vm.key_error(x.clone()));
    }
    Ok(Value::None)
}

fn m_pop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "pop")?;
    sa::no_args(vm, &args, "set.pop")?;
    let v = cell.borrow_mut().pop();
    match v {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn m_update(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, cell) = recv_set(vm, &args, "update")?;
    sa::no_kwargs(vm, &args, "set.update")?;
    for o in rest(&args) {
        SetTable::update(cell, vm, o)?;
    }
    Ok(Value::None)
}

fn m_intersection_update(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, cell) = recv_set(vm, &args, "intersection_update")?;
    sa::no_kwargs(vm, &args, "set.intersection_update")?;
    let others = rest(&args);
    let mut result = copy(vm, this)?;
    if !others.is_empty() {
        result = this.clone();
        for o in others {
            result = intersection(vm, &result, o)?;
        }
    }
    swap_bodies(cell, &result);
    Ok(Value::None)
}

fn m_difference_update(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, cell) = recv_set(vm, &args, "difference_update")?;
    sa::no_kwargs(vm, &args, "set.difference_update")?;
    for o in rest(&args) {
        difference_update(vm, this, cell, o)?;
    }
    Ok(Value::None)
}

fn m_symmetric_difference_update(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, cell) = recv_set(vm, &args, "symmetric_difference_update")?;
    let other = sa::one_arg(vm, &args, "set.symmetric_difference_update")?;
    symmetric_difference_update(vm, this, cell, other)?;
    Ok(Value::None)
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::generic_alias::class_getitem(vm, args)
}

static COMMON: &[MethodDef] = &[
    MethodDef::slot("__repr__", set_repr),
    MethodDef::slot("__len__", set_len),
    MethodDef::method("__contains__", set_contains),
    MethodDef::slot("__iter__", set_iter),
    MethodDef::slot("__eq__", set_eq),
    MethodDef::slot("__ne__", set_ne),
    MethodDef::slot("__lt__", set_lt),
    MethodDef::slot("__le__", set_le),
    MethodDef::slot("__gt__", set_gt),
    MethodDef::slot("__ge__", set_ge),
    MethodDef::slot("__or__", set_or),
    MethodDef::slot("__ror__", set_ror),
    MethodDef::slot("__and__", set_and),
    MethodDef::slot("__rand__", set_rand),
    MethodDef::slot("__sub__", set_sub),
    MethodDef::slot("__rsub__", set_rsub),
    MethodDef::slot("__xor__", set_xor),
    MethodDef::slot("__rxor__", set_rxor),
    MethodDef::method("__reduce__", set_reduce),
    MethodDef::method("__sizeof__", set_sizeof),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::method("copy", m_copy),
    MethodDef::method("difference", m_difference),
    MethodDef::method("intersection", m_intersection),
    MethodDef::method("isdisjoint", m_isdisjoint),
    MethodDef::method("issubset", m_issubset),
    MethodDef::method("issuperset", m_issuperset),
    MethodDef::method("symmetric_difference", m_symmetric_difference),
    MethodDef::method("union", m_union),
];

static SET_ONLY: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", set_new),
    MethodDef::slot("__init__", set_init),
    MethodDef::slot("__ior__", set_ior),
    MethodDef::slot("__iand__", set_iand),
    MethodDef::slot("__isub__", set_isub),
    MethodDef::slot("__ixor__", set_ixor),
    MethodDef::method("add", m_add),
    MethodDef::method("clear", m_clear),
    MethodDef::method("difference_update", m_difference_update),
    MethodDef::method("discard", m_discard),
    MethodDef::method("intersection_update", m_intersection_update),
    MethodDef::method("pop", m_pop),
    MethodDef::method("remove", m_remove),
    MethodDef::method("symmetric_difference_update", m_symmetric_difference_update),
    MethodDef::method("update", m_update),
];

static FROZEN_ONLY: &[MethodDef] = &[MethodDef::staticmethod("__new__", frozenset_new), MethodDef::slot("__hash__", set_hash)];

pub fn init(vm: &mut Vm) {
    let s = vm.types.set.clone();
    add_methods(vm, &s, COMMON);
    add_methods(vm, &s, SET_ONLY);
    add_attr(vm, &s, "__hash__", Value::None);
    let f = vm.types.frozenset.clone();
    add_methods(vm, &f, COMMON);
    add_methods(vm, &f, FROZEN_ONLY);
}
