//! Iteration: `iter(x)` (builtin iterators for the builtin containers, `__iter__`, or the
//! `__getitem__` sequence protocol) and `next(it)` (with exhaustion as `None` instead of a
//! StopIteration), and `__index__`.

use std::cell::RefCell;

use num_bigint::BigInt;

use crate::runtime::object::Payload;
use crate::runtime::objects::iter::{DictIterKind, IterState};
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A new builtin iterator object.
pub fn new_iter(vm: &Vm, class: &TypeRef, state: IterState) -> Value {
    vm.new_object(class.clone(), Payload::Iter(RefCell::new(state)))
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
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    return Ok(new_iter(
                        vm,
                        &vm.types.dict_keyiterator,
                        IterState::Dict { dict: v.clone(), pos: 0, len, kind: DictIterKind::Keys },
                    ));
                }
                Payload::Range { start, stop, step } => {
                    if let Some(state) = range_state(start, stop, step) {
                        return Ok(new_iter(vm, &vm.types.range_iterator, state));
                    }
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
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
        let it_cls = it.class(vm);
        if it_cls.lookup(vm, &vm.names.__next__).is_none() {
            return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", it_cls.name())));
        }
        return Ok(it);
    }
    if cls.lookup(vm, &vm.names.__getitem__).is_some() && !matches!(v.payload(), Some(Payload::Dict(_))) {
        return Ok(new_iter(vm, &vm.types.iterator, IterState::GetItem { obj: v.clone(), index: 0 }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", cls.name())))
}

/// The iteration state of a range with i64 bounds (None for huge ranges).
pub fn range_state(start: &BigInt, stop: &BigInt, step: &BigInt) -> Option<IterState> {
    use num_traits::ToPrimitive;
    let (a, b, s) = (start.to_i64()?, stop.to_i64()?, step.to_i64()?);
    let n = crate::runtime::objects::range::range_len_i64(a, b, s)?;
    Some(IterState::Range { next: a, step: s, remaining: n })
}

/// `next(it)`: Some(value), or None once exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Iter(state) => return next_builtin(vm, state),
            Payload::Generator(_) if !o.class_ref().has_flag(flags::HEAPTYPE) => {
                return crate::runtime::objects::generator::next(vm, o);
            }
            _ => {}
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

/// One step of a builtin iterator.
fn next_builtin(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, index } => {
            let item = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                Some(Payload::Tuple(t)) => t.get(*index).cloned(),
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
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
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
        IterState::Dict { dict, pos, len, kind } => {
            let Some(Payload::Dict(d)) = dict.payload() else { return Ok(None) };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                drop(d);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match d.next_entry(*pos) {
                Some((p, k, v)) => {
                    *pos = p;
                    let kind = *kind;
                    drop(d);
                    drop(st);
                    Ok(Some(match kind {
                        DictIterKind::Keys => k,
                        DictIterKind::Values => v,
                        DictIterKind::Items => vm.new_tuple(vec![k, v]),
                    }))
                }
                None => {
                    drop(d);
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
        IterState::Done => Ok(None),
    }
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
