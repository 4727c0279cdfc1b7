//! Inline caches of LOAD_ATTR and STORE_ATTR (CPython's specializations, in spirit): each such
//! instruction remembers, for the type it last saw (by version tag), which of a few simple
//! cases its attribute fell in, and repeats only that case's work while the type is unchanged.
//! Anything else takes the general path of `ops::attr`, which stays the definition.
//!
//! A type's version tag changes whenever its namespace or bases change (and its subclasses'
//! with it) and tags are never reused, so an unchanged tag means the same type with the same
//! class attributes: the lookups along the MRO done when the cache was filled still hold. The
//! instance's own dict is looked at on every use.

use crate::runtime::code::{AttrCache, AttrKind, AttrSite, Code};
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::{fr, pop, push};

/// The version tag of a value's type (0: not cacheable).
#[inline]
fn type_version(vm: &Vm, v: &Value) -> u32 {
    match v {
        Value::Obj(o) => o.class_version(),
        Value::Int(_) => vm.types.int.version.get(),
        Value::Float(_) => vm.types.float.version.get(),
        Value::Bool(_) => vm.types.bool.version.get(),
        Value::None | Value::Null => vm.types.none_type.version.get(),
    }
}

/// The slot number an attribute instruction keeps in its first cache unit.
#[inline]
fn slot_of(code: &Code, lasti: u32) -> usize {
    code.instrs.get(lasti as usize + 1).map_or(usize::MAX, |c| c.arg as usize)
}

/// Whether instances of `ty` get their attributes through `object.__getattribute__` (or
/// `__setattr__`, for `special` = `__setattr__`) rather than an override.
fn plain_special(vm: &Vm, ty: &TypeRef, special: &ObjRef) -> bool {
    if matches!(ty.layout, crate::runtime::types::Layout::Type | crate::runtime::types::Layout::Module) {
        return false;
    }
    match (ty.lookup(vm, special), vm.types.object.lookup(vm, special)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// Whether loads from `owner` (of type `ty`) run the generic lookup of `ops::attr` (instance
/// dict, then the type's MRO): its `__getattribute__` is `object`'s or a builtin type's own slot
/// (`str.__getattribute__` is one), which do that for every layout but the ones with a lookup of
/// their own (classes, modules, super objects, bound methods).
fn plain_getattribute(vm: &Vm, ty: &TypeRef, owner: &Value) -> bool {
    if matches!(
        owner.payload(),
        Some(Payload::Type(_) | Payload::Module(_) | Payload::Super { .. } | Payload::BoundMethod { .. })
    ) {
        return false;
    }
    ty.lookup(vm, &vm.names.__getattribute__).is_some_and(|g| ops::attr::is_native_slot(&g))
}

/// The instance dict of an object, if it has one already.
#[inline]
fn dict_of(v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o) => o.dict.borrow().clone(),
        _ => None,
    }
}

/// LOAD_ATTR (both forms: with the method bit it pushes a method and its receiver, or NULL and
/// the attribute). `code` is the running frame's code.
#[inline(never)]
///
/// `inline` (INLINE_CALLS): a property whose getter is a Python function is not called: its
/// frame is returned for the loop to run, the attribute's value being what it returns.
pub(super) fn load_attr(vm: &mut Vm, raw: *mut Frame, code: &Code, arg: u32, inline: bool) -> PyResult<Option<Box<Frame>>> {
    let method = arg & 1 != 0;
    let name = &code.names[(arg >> 1) as usize];
    let slot = slot_of(code, fr!(raw).lasti);
    let owner = pop(raw);
    // Loads on plain classes are keyed by the class's own version, the others by the version
    // of the owner's type; the kinds tell them apart.
    let on_type = plain_class(vm, &owner);
    let version = match &on_type {
        Some(t) => t.version.get(),
        None => type_version(vm, &owner),
    };
    let Some(cache) = code.attr_caches.get(slot).filter(|_| version != 0) else {
        return load_general(vm, raw, &owner, name, method).map(|()| None);
    };
    // At most two rounds: the cached case, then (on a miss) the case just classified.
    for round in 0..2 {
        let hit = cache.borrow().find(version).map(|c| (c.kind, c.index, c.value.clone()));
        if let Some((kind, index, value)) = hit.filter(|h| (h.0 == AttrKind::TypeAttr) == on_type.is_some()) {
            let found = match kind {
                AttrKind::InstanceDict => instance_value(vm, &owner, name, index),
                AttrKind::Method => {
                    if !shadowed(vm, &owner, name) {
                        push(raw, value);
                        push(raw, owner);
                        return Ok(None);
                    }
                    None
                }
                AttrKind::DataDescr => {
                    // (Not for types with a `__getattr__`: `classify_load` leaves them out.)
                    if inline && let Some(getter) = property_getter(&value) {
                        if method {
                            push(raw, Value::Null);
                        }
                        crate::runtime::finalize::run_due(vm);
                        let Payload::Function(f) = &getter.payload else { unreachable!("checked by property_getter") };
                        return crate::runtime::call::make_frame(vm, &getter, f, std::slice::from_ref(&owner), &[]).map(Some);
                    }
                    let ty = owner.class(vm);
                    Some(ops::attr::descr_get(vm, &value, &owner, &ty)?)
                }
                AttrKind::ClassAttr => (!shadowed(vm, &owner, name)).then_some(value),
                AttrKind::NonDataDescr if !shadowed(vm, &owner, name) => {
                    let ty = owner.class(vm);
                    Some(ops::attr::descr_get(vm, &value, &owner, &ty)?)
                }
                AttrKind::TypeAttr if let Some(cls) = &on_type => Some(ops::attr::descr_get(vm, &value, &Value::Null, cls)?),
                AttrKind::Slow => break,
                AttrKind::NonDataDescr | AttrKind::TypeAttr | AttrKind::Empty => None,
            };
            if let Some(v) = found {
                if method {
                    push(raw, Value::Null);
                }
                push(raw, v);
                return Ok(None);
            }
        }
        if round == 1 {
            break;
        }
        let entry = match &on_type {
            Some(cls) => classify_type_load(vm, cls, name, version),
            None => classify_load(vm, &owner, name, method, version),
        };
        let entry = entry.unwrap_or(AttrCache { version, kind: AttrKind::Slow, index: 0, value: Value::Null });
        cache.borrow_mut().fill(entry);
    }
    load_general(vm, raw, &owner, name, method).map(|()| None)
}

/// The getter of a plain `property` when it is a Python function.
fn property_getter(descr: &Value) -> Option<ObjRef> {
    let Value::Obj(o) = descr else { return None };
    let Payload::Property(p) = &o.payload else { return None };
    if o.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE) {
        return None;
    }
    match &*p.fget.borrow() {
        Value::Obj(g) if matches!(g.payload, Payload::Function(_)) => Some(g.clone()),
        _ => None,
    }
}

/// LOAD_ATTR's two commonest hits (for the instruction at `at`), run inside the loop: an
/// attribute in the instance dict at the entry the cache remembers, and a method the instance
/// dict surely does not shadow. False (nothing changed) for anything else, which `load_attr`
/// then handles.
#[inline(always)]
pub(super) fn load_attr_fast(f: &mut Frame, code: &Code, arg: u32, at: u32) -> bool {
    let Some(cache) = code.attr_caches.get(slot_of(code, at)) else { return false };
    let Some(name) = code.names.get((arg >> 1) as usize) else { return false };
    load_instance_fast(f, &cache.borrow(), name, arg & 1 != 0)
}

#[inline(always)]
fn load_instance_fast(f: &mut Frame, site: &AttrSite, name: &ObjRef, method: bool) -> bool {
    let Some(slot) = f.stack.last_mut() else { return false };
    let slot: *mut Value = slot;
    // SAFETY: the slot holds a value; `o` is not used once the slot is written.
    let Value::Obj(o) = (unsafe { &*slot }) else { return false };
    let version = o.class_version();
    let Some(entry) = site.find(version).filter(|_| version != 0) else { return false };
    let found = match entry.kind {
        AttrKind::InstanceDict => {
            // SAFETY: the object outlives the borrows below: the slot's reference keeps it
            // alive, and once moved out of the slot, `owner` does until they are over.
            let obj: &super::super::object::Object = unsafe { &*std::rc::Rc::as_ptr(o) };
            let dict = obj.dict.borrow();
            let Some(Payload::Dict(d)) = dict.as_ref().map(|d| &d.payload) else { return false };
            let d = d.borrow();
            let Some(v) = d.str_ref_at(entry.index as usize, name) else { return false };
            if !method {
                // The attribute replaces its owner on the stack, copied there directly (a
                // value built in a temporary first is read back with a store-forwarding
                // stall); the owner is released once the borrows are over.
                // SAFETY: the owner moves out of the slot, which the clone then fills.
                let owner = unsafe { std::ptr::read(slot) };
                unsafe { std::ptr::write(slot, v.clone()) };
                drop(d);
                drop(dict);
                owner.release();
                return true;
            }
            v.clone()
        }
        AttrKind::Method if method => {
            let dict = o.dict.borrow();
            if let Some(Payload::Dict(d)) = dict.as_ref().map(|d| &d.payload)
                && !d.borrow().lacks_str(name)
            {
                return false;
            }
            drop(dict);
            let Some(slot) = f.stack.last_mut() else { return false };
            let owner = std::mem::replace(slot, entry.value.clone());
            super::stack_push(&mut f.stack, owner);
            return true;
        }
        _ => return false,
    };
    let top = f.stack.len() - 1;
    std::mem::replace(&mut f.stack[top], Value::Null).release();
    super::stack_push(&mut f.stack, found);
    true
}

/// STORE_ATTR's commonest hit (for the instruction at `at`), run inside the loop: the value
/// replaces the one at the instance-dict entry the cache remembers. False (nothing changed)
/// for anything else, which `store_attr` then handles.
#[inline(always)]
pub(super) fn store_attr_fast(f: &mut Frame, code: &Code, arg: u32, at: u32) -> bool {
    let Some(cache) = code.attr_caches.get(slot_of(code, at)) else { return false };
    let Some(name) = code.names.get(arg as usize) else { return false };
    let n = f.stack.len();
    if n < 2 {
        return false;
    }
    let (below, top) = f.stack.split_at_mut(n - 1);
    let Value::Obj(o) = &top[0] else { return false };
    let version = o.class_version();
    let site = cache.borrow();
    let Some(entry) = site.find(version).filter(|e| version != 0 && e.kind == AttrKind::InstanceDict) else {
        return false;
    };
    let dict = o.dict.borrow();
    let Some(Payload::Dict(d)) = dict.as_ref().map(|d| &d.payload) else { return false };
    let Ok(mut d) = d.try_borrow_mut() else { return false };
    let Some(slot) = d.str_value_at(entry.index as usize, name) else { return false };
    let old = std::mem::replace(slot, std::mem::take(&mut below[n - 2]));
    drop(d);
    drop(dict);
    drop(site);
    // As CPython: the replaced value goes first, then the owner; then the slot the value
    // left (Null). What they free is finalized before the next instruction.
    old.release();
    super::stack_pop(&mut f.stack).release();
    super::stack_pop(&mut f.stack).release();
    true
}

/// The attribute in the object's instance dict (trying entry `index` first).
#[inline]
fn instance_value(vm: &Vm, owner: &Value, name: &ObjRef, index: u32) -> Option<Value> {
    let dict = dict_of(owner)?;
    let Payload::Dict(d) = &dict.payload else { return None };
    let d = d.borrow();
    d.str_at(index as usize, name).or_else(|| match &name.payload {
        Payload::Str(s) => d.get_str(name, s.hash(vm.hash_key)),
        _ => None,
    })
}

/// Whether a value is an instance of a class defined in Python: a descriptor of such a class
/// may change kind under a cache, the builtin kinds cannot.
#[inline]
fn of_heap_type(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class_has_flag(crate::runtime::types::flags::HEAPTYPE))
}

/// Whether the object's instance dict has the name.
#[inline]
fn shadowed(vm: &Vm, owner: &Value, name: &ObjRef) -> bool {
    dict_of(owner).is_some_and(|d| crate::runtime::objects::dict::dict_get_str(vm, &d, name).is_some())
}

/// Classifies a load for the cache (None: not one of the cached cases). Runs no Python code.
fn classify_load(vm: &mut Vm, owner: &Value, name: &ObjRef, method: bool, version: u32) -> Option<AttrCache> {
    let ty = owner.class(vm);
    if !plain_getattribute(vm, &ty, owner) {
        return None;
    }
    let entry = |kind, index: usize, value| Some(AttrCache { version, kind, index: index as u32, value });
    match ty.lookup(vm, name) {
        None => {
            // Only the instance dict can hold it.
            let dict = dict_of(owner)?;
            let Payload::Dict(d) = &dict.payload else { return None };
            let Payload::Str(s) = &name.payload else { return None };
            let index = d.borrow().index_of_str(name, s.hash(vm.hash_key))?;
            entry(AttrKind::InstanceDict, index, Value::Null)
        }
        Some(d) if method && crate::runtime::call::is_plain_method(&d) => entry(AttrKind::Method, 0, d),
        Some(d) => {
            // Only descriptors of builtin kinds: their kind cannot change under the cache.
            if of_heap_type(&d) {
                return None;
            }
            let kind = ops::attr::descr_kind(vm, &d);
            // A descriptor's AttributeError goes to the type's `__getattr__`, if it has one:
            // such loads take the general path.
            if !matches!(kind, ops::attr::Descr::Plain) && ty.lookup(vm, &vm.names.__getattr__).is_some() {
                return None;
            }
            match kind {
                ops::attr::Descr::Data => entry(AttrKind::DataDescr, 0, d),
                ops::attr::Descr::Plain => entry(AttrKind::ClassAttr, 0, d),
                ops::attr::Descr::NonData => entry(AttrKind::NonDataDescr, 0, d),
            }
        }
    }
}

/// The class itself, when the owner of a load is a class whose metaclass is exactly `type`.
#[inline]
fn plain_class(vm: &Vm, owner: &Value) -> Option<TypeRef> {
    let Value::Obj(o) = owner else { return None };
    if !matches!(o.payload, Payload::Type(_)) || !o.class_ref().ptr_eq(&vm.types.type_) {
        return None;
    }
    TypeRef::from_obj(o.clone())
}

/// Classifies a load on a class (metaclass `type`) for the cache: only attributes `type`
/// itself does not define (those could be data descriptors of the metaclass), found on the
/// class as builtin kinds of objects.
fn classify_type_load(vm: &Vm, cls: &TypeRef, name: &ObjRef, version: u32) -> Option<AttrCache> {
    if vm.types.type_.lookup(vm, name).is_some() {
        return None;
    }
    let d = cls.lookup(vm, name)?;
    if of_heap_type(&d) {
        return None;
    }
    Some(AttrCache { version, kind: AttrKind::TypeAttr, index: 0, value: d })
}

/// LOAD_ATTR through `ops::attr`, uncached.
fn load_general(vm: &mut Vm, raw: *mut Frame, owner: &Value, name: &ObjRef, method: bool) -> PyResult<()> {
    if method {
        let (m, recv) = ops::attr::load_method(vm, owner, name)?;
        push(raw, m);
        push(raw, recv);
    } else {
        let v = ops::getattr(vm, owner, name)?;
        push(raw, v);
    }
    Ok(())
}

/// STORE_ATTR: `owner.name = value`, caching the case of a plain instance-dict store (and
/// the entry the name was last stored at). `code` is the running frame's code.
pub(super) fn store_attr(vm: &mut Vm, raw: *mut Frame, code: &Code, arg: u32) -> PyResult<()> {
    let name = &code.names[arg as usize];
    let slot = slot_of(code, fr!(raw).lasti);
    let owner = pop(raw);
    let value = pop(raw);
    let version = type_version(vm, &owner);
    if let Some(cache) = code.attr_caches.get(slot).filter(|_| version != 0) {
        let cached = cache.borrow().find(version).map(|c| (c.kind, c.index, c.value.clone()));
        let (kind, index, descr) = match cached {
            Some(hit) => hit,
            None => {
                let entry = classify_store(vm, &owner, name, version);
                let hit = (entry.kind, entry.index, entry.value.clone());
                cache.borrow_mut().fill(entry);
                hit
            }
        };
        if kind == AttrKind::DataDescr {
            return ops::attr::descr_set(vm, &descr, &owner, value, name);
        }
        if kind == AttrKind::InstanceDict
            && let Some(dict) = dict_of(&owner)
            && let Payload::Dict(d) = &dict.payload
        {
            let value = match d.borrow_mut().replace_str_at(index as usize, name, value) {
                Ok(old) => {
                    drop(old);
                    return Ok(());
                }
                Err(value) => value,
            };
            dict_set_str(vm, &dict, name.clone(), value);
            let at = d.borrow().index_of_str(name, str_hash(vm, name));
            if let Some(at) = at
                && let Some(c) = cache.borrow_mut().ways.iter_mut().find(|w| w.version == version)
            {
                c.index = at as u32;
            }
            return Ok(());
        }
    }
    ops::setattr(vm, &owner, name, value)
}

/// The hash of an attribute name (a str).
#[inline]
fn str_hash(vm: &Vm, name: &ObjRef) -> i64 {
    match &name.payload {
        Payload::Str(s) => s.hash(vm.hash_key),
        _ => 0,
    }
}

/// Classifies a store for the cache, for a type with the plain `__setattr__`: to the instance
/// dict when the type has no attribute of that name (the dict itself is checked at each
/// store), or through a data descriptor of a builtin kind (property, slot member, getset).
fn classify_store(vm: &mut Vm, owner: &Value, name: &ObjRef, version: u32) -> AttrCache {
    let slow = AttrCache { version, kind: AttrKind::Slow, index: 0, value: Value::Null };
    let ty = owner.class(vm);
    if !plain_special(vm, &ty, &vm.names.__setattr__.clone()) {
        return slow;
    }
    match ty.lookup(vm, name) {
        None => AttrCache { version, kind: AttrKind::InstanceDict, index: u32::MAX, value: Value::Null },
        Some(d) => {
            let builtin_kind = !of_heap_type(&d);
            if builtin_kind && ops::attr::descr_kind(vm, &d) == ops::attr::Descr::Data {
                AttrCache { version, kind: AttrKind::DataDescr, index: 0, value: d }
            } else {
                slow
            }
        }
    }
}
