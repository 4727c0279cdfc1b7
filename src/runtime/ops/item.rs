//! Subscription and membership: `a[k]`, `a[k] = v`, `del a[k]` (with `__class_getitem__` for
//! classes) and `x in a` (`__contains__`, else iteration), with fast paths for lists, tuples,
//! dicts and strs.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A sequence index: `__index__` of the key, normalized against `len` (negative from the end);
/// None when out of range.
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let Some(big) = super::iter::index_value(vm, key)? else {
                let t = super::type_name(vm, key);
                return Err(vm.type_error(format!("{what} indices must be integers or slices, not {t}")));
            };
            match num_traits::ToPrimitive::to_i64(&big) {
                Some(i) => i,
                None => {
                    return Err(vm.index_error(format!("cannot fit 'int' into an index-sized integer")));
                }
            }
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    Ok(if j < 0 || j >= n { None } else { Some(j as usize) })
}

fn is_builtin(o: &crate::runtime::value::ObjRef) -> bool {
    !o.class_ref().has_flag(flags::HEAPTYPE)
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = container {
        if is_builtin(o) {
            match &o.payload {
                Payload::List(l) => {
                    if let Value::Int(i) = key {
                        let b = l.borrow();
                        let j = if *i < 0 { *i + b.len() as i64 } else { *i };
                        if j >= 0 && (j as usize) < b.len() {
                            return Ok(b[j as usize].clone());
                        }
                    }
                    return crate::runtime::objects::list_type::getitem(vm, l, key);
                }
                Payload::Tuple(t) => {
                    return crate::runtime::objects::tuple_type::getitem(vm, container, t, key);
                }
                Payload::Bytes(b) => {
                    if let Value::Int(i) = key {
                        let j = if *i < 0 { *i + b.len() as i64 } else { *i };
                        if j >= 0 && (j as usize) < b.len() {
                            return Ok(Value::Int(i64::from(b[j as usize])));
                        }
                    }
                }
                Payload::Dict(d) => {
                    return match Dict::get_item(d, vm, key)? {
                        Some(v) => Ok(v),
                        None => Err(vm.key_error(key.clone())),
                    };
                }
                _ => {}
            }
        }
    }
    let cls = container.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__getitem__) {
        return super::call_method(vm, &f, container, std::slice::from_ref(key));
    }
    if let Some(Payload::Type(_)) = container.payload() {
        // `type[int]` is a generic alias without a `__class_getitem__`, as in CPython.
        if container.is(&vm.types.type_.to_value()) {
            return Ok(crate::runtime::objects::generic_alias::new_alias(vm, container.clone(), key.clone(), false));
        }
        let name = vm.names.__class_getitem__.clone();
        if let Some(f) = super::getattr_opt(vm, container, &name)? {
            return vm.call(&f, std::slice::from_ref(key), &[]);
        }
        let t = container.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).map(|t| t.name()).unwrap_or_default();
        return Err(vm.type_error(format!("type '{t}' is not subscriptable")));
    }
    Err(vm.type_error(format!("'{}' object is not subscriptable", cls.name())))
}

/// `container[key] = value`.
/// `container[key]` as a `Step`: a Python `__getitem__` is left to the loop.
pub fn getitem_step(vm: &mut Vm, container: Value, key: Value) -> super::Step {
    let cls = container.class(vm);
    match super::python_method(vm, &cls, &vm.names.__getitem__) {
        Some(f) if !is_builtin_obj(&container) => super::Step::Call(f, vec![container, key], crate::runtime::frame::OnReturn::Push),
        _ => super::Step::Value(getitem(vm, &container, &key)),
    }
}

/// `container[key] = value` as a `Step`: a Python `__setitem__` is left to the loop.
pub fn setitem_step(vm: &mut Vm, container: Value, key: Value, value: Value) -> super::Step {
    let cls = container.class(vm);
    match super::python_method(vm, &cls, &vm.names.__setitem__) {
        Some(f) if !is_builtin_obj(&container) => {
            super::Step::Call(f, vec![container, key, value], crate::runtime::frame::OnReturn::Discard)
        }
        _ => super::Step::Effect(setitem(vm, &container, &key, value)),
    }
}

/// `item in container` (`negate`: `not in`) as a `Step`: a Python `__contains__` is left to
/// the loop, its value then taken as a bool.
pub fn contains_step(vm: &mut Vm, container: Value, item: Value, negate: bool) -> super::Step {
    let method = if is_builtin_obj(&container) { None } else { super::python_method(vm, &container.class(vm), &vm.names.__contains__) };
    match method {
        Some(f) => {
            let then = move |vm: &mut Vm, r: Value| Ok(Value::Bool(super::is_true(vm, &r)? != negate));
            super::Step::Call(f, vec![container, item], crate::runtime::frame::OnReturn::Then(Box::new(then)))
        }
        None => super::Step::Value(contains(vm, &container, &item).map(|b| Value::Bool(b != negate))),
    }
}

/// `del container[key]` as a `Step`: a Python `__delitem__` is left to the loop.
pub fn delitem_step(vm: &mut Vm, container: Value, key: Value) -> super::Step {
    let method = if is_builtin_obj(&container) { None } else { super::python_method(vm, &container.class(vm), &vm.names.__delitem__) };
    match method {
        Some(f) => super::Step::Call(f, vec![container, key], crate::runtime::frame::OnReturn::Discard),
        None => super::Step::Effect(delitem(vm, &container, &key)),
    }
}

fn is_builtin_obj(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if is_builtin(o))
}

pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if is_builtin(o) {
            match &o.payload {
                Payload::List(l) => return crate::runtime::objects::list_type::setitem(vm, container, l, key, value),
                Payload::Dict(d) => return Dict::set_item(d, vm, key.clone(), value),
                _ => {}
            }
        }
    }
    let cls = container.class(vm);
    match cls.lookup(vm, &vm.names.__setitem__) {
        Some(f) => super::call_method(vm, &f, container, &[key.clone(), value]).map(|_| ()),
        None => Err(vm.type_error(format!("'{}' object does not support item assignment", cls.name()))),
    }
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if is_builtin(o) {
            match &o.payload {
                Payload::Dict(d) => {
                    return match Dict::del_item(d, vm, key)? {
                        Some(_) => Ok(()),
                        None => Err(vm.key_error(key.clone())),
                    };
                }
                Payload::List(l) => return crate::runtime::objects::list_type::setitem(vm, container, l, key, Value::Null),
                _ => {}
            }
        }
    }
    let cls = container.class(vm);
    match cls.lookup(vm, &vm.names.__delitem__) {
        Some(f) => super::call_method(vm, &f, container, std::slice::from_ref(key)).map(|_| ()),
        None => Err(vm.type_error(format!("'{}' object does not support item deletion", cls.name()))),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        if is_builtin(o) {
            match &o.payload {
                Payload::Dict(d) => return Ok(Dict::get_item(d, vm, item)?.is_some()),
                Payload::List(l) => return crate::runtime::objects::list_type::contains(vm, l, item),
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    let h = super::hash(vm, item);
                    if let (Ok(h), Some(t)) = (h, crate::runtime::objects::set::SetRef::of(container)) {
                        return crate::runtime::objects::set::SetTable::contains_hashed(t, vm, item, h);
                    }
                }
                Payload::Range(_) => return crate::runtime::objects::range_type::contains(vm, container, item),
                Payload::Tuple(t) => {
                    let items = t.clone();
                    for x in items.iter() {
                        if super::eq_bool(vm, x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
    }
    let cls = container.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__contains__) {
        let r = super::call_method(vm, &f, container, std::slice::from_ref(item))?;
        return super::is_true(vm, &r);
    }
    // Iterate: `__iter__`, or the `__getitem__` protocol.
    let has_iter = cls.lookup(vm, &vm.names.__iter__).is_some() || cls.lookup(vm, &vm.names.__getitem__).is_some();
    if !has_iter {
        return Err(vm.type_error(format!("argument of type '{}' is not iterable", cls.name())));
    }
    let it = super::iter(vm, container)?;
    while let Some(x) = super::next(vm, &it)? {
        if super::eq_bool(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
