//! The builtin iterator types: the iterators of lists, tuples, ranges, sets, dicts and their
//! views, the sequence and callable iterators (`__next__`, `__length_hint__`, `__reduce__`,
//! `__setstate__`), and the iterator builtins `reversed`, `enumerate`, `zip`, `map`, `filter`.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::{DictIterKind, IterState};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn is_iter(p: &Payload) -> bool {
    matches!(p, Payload::Iter(_))
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a RefCell<IterState>)> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    match this.payload() {
        Some(Payload::Iter(s)) => Ok((this, s)),
        _ => {
            let _ = is_iter;
            Err(vm.type_error(format!("descriptor '{name}' doesn't apply to a '{}' object", ops::type_name(vm, this))))
        }
    }
}

fn iter_self(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(this.clone())
}

fn iter_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, st) = recv(vm, &args, "__next__")?;
    sa::slot_no_args(vm, &args)?;
    match ops::iter::next_builtin(vm, st)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn seq_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Str(s)) => s.len(),
        _ => 0,
    }
}

fn length_hint(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, st) = recv(vm, &args, "__length_hint__")?;
    let (seq, index, kind) = {
        let s = st.borrow();
        match &*s {
            IterState::Seq { seq, index } => return Ok(Value::Int(seq_len(seq).saturating_sub(*index) as i64)),
            IterState::Str { s, index } => return Ok(Value::Int(seq_len(s).saturating_sub(*index) as i64)),
            IterState::SeqRev { seq, index } => {
                let n = *index + 1;
                return Ok(Value::Int(if (seq_len(seq) as i64) < n { 0 } else { n.max(0) }));
            }
            IterState::Range { remaining, .. } => return Ok(Value::Int(*remaining as i64)),
            IterState::LongRange(r) => return Ok(Value::from_bigint(vm, r.remaining.clone())),
            IterState::Dict { dict, len, remaining, .. } | IterState::DictRev { dict, len, remaining, .. } => {
                let now = match dict.payload() {
                    Some(Payload::Dict(d)) => d.borrow().len(),
                    _ => usize::MAX,
                };
                return Ok(Value::Int(if now == *len { *remaining as i64 } else { 0 }));
            }
            IterState::Set { set, len, remaining, .. } => {
                let now = match set.payload() {
                    Some(Payload::Set(s)) => s.borrow().len(),
                    Some(Payload::FrozenSet(s)) => s.len(),
                    _ => usize::MAX,
                };
                return Ok(Value::Int(if now == *len { *remaining as i64 } else { 0 }));
            }
            IterState::GetItem { obj, index } => (obj.clone(), *index, 0),
            IterState::Reversed { seq, index } => (seq.clone(), *index, 1),
            _ => return Ok(Value::Int(0)),
        }
    };
    if kind == 0 {
        let cls = seq.class(vm);
        if cls.lookup(vm, &vm.names.__len__).is_none() {
            return Ok(vm.not_implemented());
        }
        let n = ops::len(vm, &seq)? as i64;
        return Ok(Value::Int((n - index).max(0)));
    }
    let n = ops::len(vm, &seq)? as i64;
    let pos = index + 1;
    Ok(Value::Int(if n < pos { 0 } else { pos }))
}

fn builtin(vm: &Vm, name: &str) -> Value {
    dict_get_str(vm, &vm.builtins_dict, &vm.intern(name)).unwrap_or(Value::None)
}

/// `(iter, (empty,))`: what an exhausted iterator reduces to.
fn exhausted(vm: &Vm, empty: Value) -> Value {
    let inner = vm.new_tuple(vec![empty]);
    vm.new_tuple(vec![builtin(vm, "iter"), inner])
}

fn reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, st) = recv(vm, &args, "__reduce__")?;
    let cls = this.class(vm);
    let t = &vm.types;
    let is_list_kind = cls.ptr_eq(&t.list_iterator) || cls.ptr_eq(&t.list_reverseiterator);
    let snapshot = {
        let s = st.borrow();
        match &*s {
            IterState::Seq { seq, index } => Snap::Indexed(builtin(vm, "iter"), seq.clone(), Value::Int(*index as i64)),
            IterState::Str { s, index } => Snap::Indexed(builtin(vm, "iter"), s.clone(), Value::Int(*index as i64)),
            IterState::SeqRev { seq, index } if *index >= 0 => {
                Snap::Indexed(builtin(vm, "reversed"), seq.clone(), Value::Int(*index))
            }
            IterState::SeqRev { .. } => Snap::Exhausted,
            IterState::Range { next, step, remaining } => {
                let start = BigInt::from(*next);
                let stop = &start + BigInt::from(*step) * BigInt::from(*remaining);
                Snap::Range(start, stop, BigInt::from(*step))
            }
            IterState::LongRange(r) => {
                let stop = &r.next + &r.step * &r.remaining;
                Snap::Range(r.next.clone(), stop, r.step.clone())
            }
            IterState::Dict { .. } | IterState::DictRev { .. } | IterState::Set { .. } => Snap::Rest,
            IterState::GetItem { obj, index } => Snap::Indexed(builtin(vm, "iter"), obj.clone(), Value::Int(*index)),
            IterState::Reversed { seq, index } if *index >= 0 => {
                Snap::Indexed(builtin(vm, "reversed"), seq.clone(), Value::Int(*index))
            }
            IterState::Reversed { .. } => Snap::Exhausted,
            IterState::Callable { func, sentinel } => Snap::Args(builtin(vm, "iter"), vec![func.clone(), sentinel.clone()], None),
            IterState::Enumerate { iter, count, big } => {
                let n = match big {
                    Some(b) => Value::from_bigint(vm, (**b).clone()),
                    None => Value::Int(*count),
                };
                Snap::Args(cls.to_value(), vec![iter.clone(), n], None)
            }
            IterState::Zip { iters, strict } => {
                Snap::Args(cls.to_value(), iters.to_vec(), if *strict { Some(Value::Bool(true)) } else { None })
            }
            IterState::Map { func, iters } => {
                let mut a = vec![func.clone()];
                a.extend(iters.iter().cloned());
                Snap::Args(cls.to_value(), a, None)
            }
            IterState::Filter { func, iter } => Snap::Args(cls.to_value(), vec![func.clone(), iter.clone()], None),
            IterState::Done => Snap::Exhausted,
        }
    };
    let empty = || if is_list_kind { vm.new_list(Vec::new()) } else { vm.new_tuple(Vec::new()) };
    Ok(match snapshot {
        Snap::Exhausted => exhausted(vm, empty()),
        Snap::Indexed(f, seq, index) => {
            let inner = vm.new_tuple(vec![seq]);
            vm.new_tuple(vec![f, inner, index])
        }
        Snap::Range(start, stop, step) => {
            let r = crate::runtime::objects::range_type::new_range(vm, start, stop, step);
            let inner = vm.new_tuple(vec![r]);
            vm.new_tuple(vec![builtin(vm, "iter"), inner, Value::None])
        }
        Snap::Rest => {
            let items = remaining_items(vm, st);
            exhausted(vm, vm.new_list(items))
        }
        Snap::Args(f, a, extra) => {
            let inner = vm.new_tuple(a);
            let mut parts = vec![f, inner];
            parts.extend(extra);
            vm.new_tuple(parts)
        }
    })
}

/// What `__reduce__` needs from a state, read under the borrow.
enum Snap {
    Exhausted,
    Indexed(Value, Value, Value),
    Range(BigInt, BigInt, BigInt),
    Rest,
    Args(Value, Vec<Value>, Option<Value>),
}

/// The items a dict or set iterator has yet to give, without advancing it.
fn remaining_items(vm: &Vm, st: &RefCell<IterState>) -> Vec<Value> {
    let s = st.borrow();
    let mut out = Vec::new();
    match &*s {
        IterState::Dict { dict, pos, len, remaining, kind } => {
            if let Some(Payload::Dict(d)) = dict.payload() {
                let d = d.borrow();
                if d.len() == *len {
                    let mut p = *pos;
                    while out.len() < *remaining {
                        let Some((np, k, v)) = d.next_entry(p) else { break };
                        p = np;
                        out.push(view_item(vm, *kind, k, v));
                    }
                }
            }
        }
        IterState::DictRev { dict, pos, len, remaining, kind } => {
            if let Some(Payload::Dict(d)) = dict.payload() {
                let d = d.borrow();
                if d.len() == *len {
                    let mut p = *pos;
                    while out.len() < *remaining {
                        let Some((np, k, v)) = d.prev_entry(p) else { break };
                        p = np;
                        out.push(view_item(vm, *kind, k, v));
                    }
                }
            }
        }
        IterState::Set { set, pos, len, .. } => {
            let collect = |t: &crate::runtime::objects::set::SetTable, out: &mut Vec<Value>| {
                if t.len() == *len {
                    let mut p = *pos;
                    while let Some((np, v)) = t.next_entry(p) {
                        p = np;
                        out.push(v);
                    }
                }
            };
            match set.payload() {
                Some(Payload::Set(t)) => collect(&t.borrow(), &mut out),
                Some(Payload::FrozenSet(t)) => collect(t, &mut out),
                _ => {}
            }
        }
        _ => {}
    }
    out
}

fn view_item(vm: &Vm, kind: DictIterKind, k: Value, v: Value) -> Value {
    match kind {
        DictIterKind::Keys => k,
        DictIterKind::Values => v,
        DictIterKind::Items => vm.new_tuple(vec![k, v]),
    }
}

fn setstate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, st) = recv(vm, &args, "__setstate__")?;
    let state = sa::slot_one_arg(vm, &args).or_else(|_| sa::one_arg(vm, &args, "__setstate__"))?;
    let is_zip = matches!(&*st.borrow(), IterState::Zip { .. });
    if is_zip {
        let strict_now = ops::is_true(vm, state)?;
        if let IterState::Zip { strict, .. } = &mut *st.borrow_mut() {
            *strict = strict_now;
        }
        return Ok(Value::None);
    }
    let i = sa::index_i64(vm, state)?;
    let seq_for_len = match &*st.borrow() {
        IterState::Reversed { seq, .. } | IterState::GetItem { obj: seq, .. } => Some(seq.clone()),
        _ => None,
    };
    let reversed_len = match &seq_for_len {
        Some(seq) if matches!(&*st.borrow(), IterState::Reversed { .. }) => Some(ops::len(vm, seq)? as i64),
        _ => None,
    };
    let mut s = st.borrow_mut();
    match &mut *s {
        IterState::Seq { seq, index } | IterState::Str { s: seq, index } => {
            *index = i.clamp(0, seq_len(seq) as i64) as usize;
        }
        IterState::SeqRev { seq, index } => {
            *index = i.max(-1).min(seq_len(seq) as i64 - 1);
        }
        IterState::Range { next, step, remaining } => {
            let k = i.clamp(0, (*remaining).min(i64::MAX as u64) as i64) as u64;
            *next = next.wrapping_add(step.wrapping_mul(k as i64));
            *remaining -= k;
        }
        IterState::LongRange(r) => {
            let mut k = BigInt::from(i.max(0));
            if k > r.remaining {
                k = r.remaining.clone();
            }
            r.next += &r.step * &k;
            r.remaining -= k;
        }
        IterState::GetItem { index, .. } => *index = i.max(0),
        IterState::Reversed { index, .. } => {
            let n = reversed_len.unwrap_or(0);
            *index = i.max(-1).min(n - 1);
        }
        _ => {}
    }
    Ok(Value::None)
}

static SEQ_ITER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__length_hint__", length_hint),
    MethodDef::method("__reduce__", reduce),
    MethodDef::method("__setstate__", setstate),
];

static HINT_ITER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__length_hint__", length_hint),
    MethodDef::method("__reduce__", reduce),
];

static PLAIN_ITER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__reduce__", reduce),
];

// ---- the iterator builtins ----

fn type_arg(vm: &Vm, args: &CallArgs, what: &str) -> PyResult<TypeRef> {
    args.pos()
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("{what}.__new__(X): X is not a type object")))
}

/// A builtin iterator object of class `cls` (the builtin type or a subclass).
fn make(cls: &TypeRef, state: IterState) -> Value {
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::Iter(RefCell::new(state)), cls.nslots.get()))
}

fn is_exact_type(vm: &Vm, cls: &TypeRef, t: &TypeRef) -> bool {
    let _ = vm;
    cls.ptr_eq(t)
}

fn reversed_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "reversed")?;
    if args.has_kwargs() && is_exact_type(vm, &cls, &vm.types.reversed) {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "reversed", 1, 1)?;
    let seq = &r[0];
    let scls = seq.class(vm);
    match scls.lookup(vm, &vm.names.__reversed__) {
        Some(Value::None) => {
            return Err(vm.type_error(format!("'{}' object is not reversible", scls.name())));
        }
        Some(f) => return ops::call_method(vm, &f, seq, &[]),
        None => {}
    }
    let is_seq = scls.lookup(vm, &vm.names.__getitem__).is_some() && !matches!(seq.payload(), Some(Payload::Dict(_)));
    if !is_seq {
        return Err(vm.type_error(format!("'{}' object is not reversible", scls.name())));
    }
    let n = ops::len(vm, seq)? as i64;
    Ok(make(&cls, IterState::Reversed { seq: seq.clone(), index: n - 1 }))
}

fn enumerate_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "enumerate")?;
    let r = rest(&args);
    let total = r.len() + args.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({total} given)")));
    }
    let mut iterable = r.first().cloned();
    let mut start = r.get(1).cloned();
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("iterable") if iterable.is_none() => iterable = Some(v.clone()),
            Some("start") if start.is_none() => start = Some(v.clone()),
            Some("iterable") | Some("start") => {
                let k = ops::repr::text_of(k).unwrap_or_default();
                return Err(vm.type_error(format!("argument for enumerate() given by name ('{k}') and position (1)")));
            }
            Some(other) => return Err(vm.type_error(format!("enumerate() got an unexpected keyword argument '{other}'"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = ops::iter(vm, &iterable)?;
    let (count, big) = match start {
        None => (0, None),
        Some(s) => {
            let b = sa::index_big(vm, &s)?;
            match b.to_i64() {
                Some(i) if i < i64::MAX => (i, None),
                _ => (0, Some(Box::new(b))),
            }
        }
    };
    Ok(make(&cls, IterState::Enumerate { iter: it, count, big }))
}

fn zip_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "zip")?;
    let mut strict = false;
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("strict") => strict = ops::is_true(vm, v)?,
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for zip()"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let mut iters = Vec::with_capacity(rest(&args).len());
    for x in rest(&args) {
        iters.push(ops::iter(vm, x)?);
    }
    Ok(make(&cls, IterState::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "map")?;
    if args.has_kwargs() && is_exact_type(vm, &cls, &vm.types.map) {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let r = rest(&args);
    if r.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(r.len() - 1);
    for x in &r[1..] {
        iters.push(ops::iter(vm, x)?);
    }
    Ok(make(&cls, IterState::Map { func: r[0].clone(), iters }))
}

fn filter_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "filter")?;
    if args.has_kwargs() && is_exact_type(vm, &cls, &vm.types.filter) {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "filter", 2, 2)?;
    let it = ops::iter(vm, &r[1])?;
    Ok(make(&cls, IterState::Filter { func: r[0].clone(), iter: it }))
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &Vm, func: Value, sentinel: Value) -> Value {
    ops::iter::new_iter(vm, &vm.types.callable_iterator, IterState::Callable { func, sentinel })
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::generic_alias::class_getitem(vm, args)
}

static REVERSED_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", reversed_new),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__length_hint__", length_hint),
    MethodDef::method("__reduce__", reduce),
    MethodDef::method("__setstate__", setstate),
];

static ENUMERATE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", enumerate_new),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__reduce__", reduce),
    MethodDef::classmethod("__class_getitem__", class_getitem),
];

static ZIP_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", zip_new),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__reduce__", reduce),
    MethodDef::method("__setstate__", setstate),
];

static MAP_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", map_new),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__reduce__", reduce),
];

static FILTER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", filter_new),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__reduce__", reduce),
];

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let seq = [
        t.list_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.tuple_iterator.clone(),
        t.range_iterator.clone(),
        t.longrange_iterator.clone(),
        t.iterator.clone(),
    ];
    let hint = [
        t.set_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
    ];
    let plain = [t.callable_iterator.clone()];
    let named = [
        (t.reversed.clone(), REVERSED_METHODS),
        (t.enumerate.clone(), ENUMERATE_METHODS),
        (t.zip.clone(), ZIP_METHODS),
        (t.map.clone(), MAP_METHODS),
        (t.filter.clone(), FILTER_METHODS),
    ];
    for ty in seq {
        add_methods(vm, &ty, SEQ_ITER_METHODS);
    }
    for ty in hint {
        add_methods(vm, &ty, HINT_ITER_METHODS);
    }
    for ty in plain {
        add_methods(vm, &ty, PLAIN_ITER_METHODS);
    }
    for (ty, defs) in named {
        add_methods(vm, &ty, defs);
    }
    let _ = BigInt::zero;
}
