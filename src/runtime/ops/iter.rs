//! Iteration: `iter(x)` (builtin iterators for the builtin containers, `__iter__`, or the
//! `__getitem__` sequence protocol) and `next(it)` (with exhaustion as `None` instead of a
//! StopIteration), one step of every builtin iterator, and `__index__`.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{One, Zero};

use crate::runtime::object::Payload;
use crate::runtime::objects::iter::{DictIterKind, IterState, LongRange};
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A new builtin iterator object.
pub fn new_iter(vm: &Vm, class: &TypeRef, state: IterState) -> Value {
    vm.new_object(class.clone(), Payload::Iter(RefCell::new(state)))
}

/// The iterator over a dict (or one of its views) of the given kind.
pub fn dict_iter(vm: &Vm, dict: &Value, kind: DictIterKind, reverse: bool) -> Value {
    let (len, end) = match dict.payload() {
        Some(Payload::Dict(d)) => {
            let d = d.borrow();
            (d.len(), d.entries_len())
        }
        _ => (0, 0),
    };
    let t = &vm.types;
    let class = match (kind, reverse) {
        (DictIterKind::Keys, false) => &t.dict_keyiterator,
        (DictIterKind::Values, false) => &t.dict_valueiterator,
        (DictIterKind::Items, false) => &t.dict_itemiterator,
        (DictIterKind::Keys, true) => &t.dict_reversekeyiterator,
        (DictIterKind::Values, true) => &t.dict_reversevalueiterator,
        (DictIterKind::Items, true) => &t.dict_reverseitemiterator,
    };
    let state = if reverse {
        IterState::DictRev { dict: dict.clone(), pos: end, len, remaining: len, kind }
    } else {
        IterState::Dict { dict: dict.clone(), pos: 0, len, remaining: len, kind }
    };
    new_iter(vm, class, state)
}

/// The iterator over a set or frozenset.
pub fn set_iter(vm: &Vm, set: &Value) -> Value {
    let len = match set.payload() {
        Some(Payload::Set(s)) => s.borrow().len(),
        Some(Payload::FrozenSet(s)) => s.len(),
        _ => 0,
    };
    new_iter(vm, &vm.types.set_iterator, IterState::Set { set: set.clone(), pos: 0, len, remaining: len })
}

/// The iterator over a range.
pub fn range_iter(vm: &Vm, start: &BigInt, stop: &BigInt, step: &BigInt) -> Value {
    match range_state(start, stop, step) {
        Some(state) => new_iter(vm, &vm.types.range_iterator, state),
        None => {
            let remaining = crate::runtime::objects::range::range_len(start, stop, step);
            let state = IterState::LongRange(Box::new(LongRange { next: start.clone(), step: step.clone(), remaining }));
            new_iter(vm, &vm.types.longrange_iterator, state)
        }
    }
}

/// `iter(range)`.
#[inline]
pub fn range_repr_iter(vm: &Vm, r: &crate::runtime::objects::range::RangeRepr) -> Value {
    use crate::runtime::objects::range::RangeRepr;
    match r {
        RangeRepr::Small { start, stop, step } => match range_state_i64(*start, *stop, *step) {
            Some(state) => new_iter(vm, &vm.types.range_iterator, state),
            None => range_iter(vm, &BigInt::from(*start), &BigInt::from(*stop), &BigInt::from(*step)),
        },
        RangeRepr::Big(b) => range_iter(vm, &b[0], &b[1], &b[2]),
    }
}

/// `iter(v)`.
pub fn iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if !o.class_ref().has_flag(flags::HEAPTYPE) {
            match &o.payload {
                Payload::List(_) => return Ok(new_iter(vm, &vm.types.list_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::Tuple(_) => return Ok(new_iter(vm, &vm.types.tuple_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::Str(s) => {
                    let t = if s.is_ascii() { &vm.types.str_iterator } else { &vm.types.str_uni_iterator };
                    return Ok(new_iter(vm, t, IterState::Str { s: v.clone(), index: 0 }));
                }
                Payload::Bytes(_) => return Ok(new_iter(vm, &vm.types.bytes_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::ByteArray(_) => return Ok(new_iter(vm, &vm.types.bytearray_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::Dict(_) => return Ok(dict_iter(vm, v, DictIterKind::Keys, false)),
                Payload::DictView { dict, kind } => return Ok(dict_iter(vm, dict, *kind, false)),
                Payload::Set(_) | Payload::FrozenSet(_) => return Ok(set_iter(vm, v)),
                Payload::Range(r) => return Ok(range_repr_iter(vm, r)),
                Payload::Iter(_) => return Ok(v.clone()),
                Payload::Generator(g) if g.kind == crate::runtime::objects::generator::GenKind::Generator => return Ok(v.clone()),
                _ => {}
            }
        }
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__iter__) {
        if f.is_none() {
            return Err(vm.type_error(format!("'{}' object is not iterable", cls.name())));
        }
        let it = super::call_method(vm, &f, v, &[])?;
        return check_iterator(vm, it);
    }
    if cls.lookup(vm, &vm.names.__getitem__).is_some() && !matches!(v.payload(), Some(Payload::Dict(_))) {
        return Ok(new_iter(vm, &vm.types.iterator, IterState::GetItem { obj: v.clone(), index: 0 }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", cls.name())))
}

/// What `__iter__` returned, which must be an iterator.
fn check_iterator(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let it_cls = it.class(vm);
    if it_cls.lookup(vm, &vm.names.__next__).is_none() {
        return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", it_cls.name())));
    }
    Ok(it)
}

/// `iter(v)` as a `Step`: a Python `__iter__` of a class is left to the loop, what it returns
/// then checked.
pub fn iter_step(vm: &mut Vm, v: Value) -> super::Step {
    let method = match &v {
        Value::Obj(o) if o.class_ref().has_flag(flags::HEAPTYPE) => super::python_method(vm, &v.class(vm), &vm.names.__iter__),
        _ => None,
    };
    match method {
        Some(f) => super::Step::Call(f, vec![v], crate::runtime::frame::OnReturn::Then(Box::new(check_iterator))),
        None => super::Step::Value(iter(vm, &v)),
    }
}

/// The iteration state of a range with i64 bounds (None for huge ranges).
pub fn range_state(start: &BigInt, stop: &BigInt, step: &BigInt) -> Option<IterState> {
    use num_traits::ToPrimitive;
    range_state_i64(start.to_i64()?, stop.to_i64()?, step.to_i64()?)
}

/// `range_state` for i64 bounds.
#[inline]
pub fn range_state_i64(a: i64, b: i64, s: i64) -> Option<IterState> {
    let n = crate::runtime::objects::range::range_len_i64(a, b, s)?;
    // Every value produced must fit i64.
    if n > 0 {
        let last = a as i128 + (n as i128 - 1) * s as i128;
        i64::try_from(last).ok()?;
    }
    Some(IterState::Range { next: a, step: s, remaining: n })
}

/// `next(it)`: Some(value), or None once exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        if !o.class_ref().has_flag(flags::HEAPTYPE) {
            match &o.payload {
                Payload::Iter(state) => return next_builtin(vm, state),
                Payload::Generator(_) => return crate::runtime::objects::generator::next(vm, o),
                _ => {}
            }
        }
    }
    let cls = it.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__next__) else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", cls.name())));
    };
    match super::call_method(vm, &f, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// One step of a builtin iterator over a range, list or tuple, which runs no code: None for
/// the other kinds (and when the state is borrowed), else what `next_builtin` would return.
#[inline(always)]
pub fn next_simple(state: &RefCell<IterState>) -> Option<Option<Value>> {
    let mut st = state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Some(Some(Value::Int(v)))
        }
        IterState::Seq { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) => l.try_borrow().ok()?.get(*index).cloned(),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                _ => return None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Done;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

/// One step of a builtin iterator.
pub fn next_builtin(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => crate::runtime::objects::bytes_type::iter::byte_at(seq, *index),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::SeqRev { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) if *index >= 0 => l.borrow().get(*index as usize).cloned(),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index -= 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::LongRange(r) => {
            if r.remaining.is_zero() {
                return Ok(None);
            }
            let v = r.next.clone();
            r.remaining -= BigInt::one();
            r.next += &r.step;
            drop(st);
            Ok(Some(Value::from_bigint(vm, v)))
        }
        IterState::Str { s, index } => {
            let c = match s.payload() {
                Some(Payload::Str(ps)) if *index < ps.len() => Some(ps.get(*index)),
                _ => None,
            };
            match c {
                Some(c) => {
                    *index += 1;
                    drop(st);
                    Ok(Some(crate::runtime::objects::strops::char_value(vm, c)))
                }
                None => {
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Dict { dict, pos, len, remaining, kind } => {
            let Some(Payload::Dict(d)) = dict.payload() else { return Ok(None) };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                drop(d);
                *st = IterState::Done;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match d.next_entry(*pos) {
                Some((p, k, v)) => {
                    if *remaining == 0 {
                        drop(d);
                        *st = IterState::Done;
                        return Err(vm.runtime_error("dictionary keys changed during iteration"));
                    }
                    *pos = p;
                    *remaining -= 1;
                    let kind = *kind;
                    drop(d);
                    drop(st);
                    Ok(Some(dict_item(vm, kind, k, v)))
                }
                None => {
                    drop(d);
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::DictRev { dict, pos, len, remaining, kind } => {
            let Some(Payload::Dict(d)) = dict.payload() else { return Ok(None) };
            let d = d.borrow();
            if d.len() != *len {
                drop(d);
                *st = IterState::Done;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match d.prev_entry(*pos) {
                Some((p, k, v)) if *remaining > 0 => {
                    *pos = p;
                    *remaining -= 1;
                    let kind = *kind;
                    drop(d);
                    drop(st);
                    Ok(Some(dict_item(vm, kind, k, v)))
                }
                _ => {
                    drop(d);
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Set { set, pos, len, remaining } => {
            let step = match set.payload() {
                Some(Payload::Set(s)) => {
                    let s = s.borrow();
                    if s.len() != *len {
                        None
                    } else {
                        Some(s.next_entry(*pos))
                    }
                }
                Some(Payload::FrozenSet(s)) => Some(s.next_entry(*pos)),
                _ => Some(None),
            };
            match step {
                None => {
                    *len = usize::MAX;
                    *st = IterState::Done;
                    Err(vm.runtime_error("Set changed size during iteration"))
                }
                Some(Some((p, v))) => {
                    *pos = p;
                    *remaining = remaining.saturating_sub(1);
                    Ok(Some(v))
                }
                Some(None) => {
                    *st = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::GetItem { obj, index } => {
            let obj = obj.clone();
            let i = *index;
            drop(st);
            match super::getitem(vm, &obj, &Value::Int(i)) {
                Ok(v) => {
                    if let IterState::GetItem { index, .. } = &mut *state.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if vm.err_is(&e, &vm.types.exc.index_error.clone()) || vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
                    *state.borrow_mut() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                *st = IterState::Done;
                return Ok(None);
            }
            let (seq, i) = (seq.clone(), *index);
            drop(st);
            match super::getitem(vm, &seq, &Value::Int(i)) {
                Ok(v) => {
                    if let IterState::Reversed { index, .. } = &mut *state.borrow_mut() {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if vm.err_is(&e, &vm.types.exc.index_error.clone()) || vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
                    *state.borrow_mut() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = match vm.call(&func, &[], &[]) {
                Ok(v) => v,
                Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
                    *state.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if super::eq_bool(vm, &v, &sentinel)? {
                *state.borrow_mut() = IterState::Done;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { iter, .. } => {
            let it = iter.clone();
            drop(st);
            let Some(x) = next(vm, &it)? else { return Ok(None) };
            let n = match &mut *state.borrow_mut() {
                IterState::Enumerate { count, big, .. } => match big {
                    Some(b) => {
                        let v = (**b).clone();
                        **b += 1;
                        Err(v)
                    }
                    None => {
                        let v = *count;
                        match count.checked_add(1) {
                            Some(c) => *count = c,
                            None => *big = Some(Box::new(BigInt::from(v) + 1)),
                        }
                        Ok(v)
                    }
                },
                _ => Ok(0),
            };
            let n = match n {
                Ok(i) => Value::Int(i),
                Err(b) => Value::from_bigint(vm, b),
            };
            Ok(Some(vm.new_tuple(vec![n, x])))
        }
        IterState::Zip { iters, strict } => {
            let (iters, strict) = (iters.clone(), *strict);
            drop(st);
            zip_next(vm, &iters, strict)
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match next(vm, it)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        IterState::Filter { func, iter } => {
            let (func, it) = (func.clone(), iter.clone());
            drop(st);
            loop {
                let Some(x) = next(vm, &it)? else { return Ok(None) };
                let keep = if func.is_none() || func.is(&Value::Obj(vm.types.bool.obj().clone())) {
                    super::is_true(vm, &x)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&x), &[])?;
                    super::is_true(vm, &r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Done => Ok(None),
    }
}

fn dict_item(vm: &Vm, kind: DictIterKind, k: Value, v: Value) -> Value {
    match kind {
        DictIterKind::Keys => k,
        DictIterKind::Values => v,
        DictIterKind::Items => vm.new_tuple(vec![k, v]),
    }
}

/// One step of `zip`, with `strict=True`'s length checks.
fn zip_next(vm: &mut Vm, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match next(vm, it)? {
            Some(x) => items.push(x),
            None => {
                if !strict {
                    return Ok(None);
                }
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(vm.value_error(format!("zip() argument {} is shorter than argument{plural}{i}", i + 1)));
                }
                for (j, other) in iters.iter().enumerate().skip(1) {
                    if next(vm, other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!("zip() argument {} is longer than argument{plural}{j}", j + 1)));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(vm.new_tuple(items)))
}

/// `operator.index(v)` as a BigInt: ints directly, else `__index__`; None if `v` has none.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = v.to_bigint() {
        return Ok(Some(b));
    }
    let cls = v.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__index__) else { return Ok(None) };
    let r = super::call_method(vm, &f, v, &[])?;
    match r.to_bigint() {
        Some(b) => Ok(Some(b)),
        None => {
            let t = super::type_name(vm, &r);
            Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
        }
    }
}
