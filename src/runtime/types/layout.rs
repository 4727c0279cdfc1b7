//! Instance layouts of classes, as CPython reasons about them: which builtin layout and
//! `__slots__` a class's instances carry (its "solid base"), the best base of a set of bases
//! (and the lay-out conflict between them), whether instances have a `__dict__` and a
//! `__weakref__` or may get them, and whether two classes are compatible for `__class__` and
//! `__bases__` assignment.

use super::{Layout, TypeRef, flags};
use crate::runtime::vm::{PyResult, Vm};

/// Whether instances of this builtin layout store items inline (CPython's nonzero
/// `tp_itemsize`): subclasses cannot add slots or `__weakref__`.
pub fn var_sized(l: Layout) -> bool {
    matches!(l, Layout::Int | Layout::Tuple | Layout::Bytes | Layout::Type)
}

/// Whether instances of `t` have a `__dict__`.
pub fn has_dict(t: &TypeRef) -> bool {
    t.has_flag(flags::HAS_DICT) || matches!(t.layout, Layout::Type | Layout::Module | Layout::Exception | Layout::ClassMethod | Layout::StaticMethod)
}

/// Whether instances of `t` have a `__weakref__` slot.
pub fn has_weakref(t: &TypeRef) -> bool {
    t.has_flag(flags::HAS_WEAKREF) || matches!(t.layout, Layout::Set | Layout::FrozenSet | Layout::Type | Layout::Module)
}

/// The number of `__slots__` cells `t` adds itself.
pub fn own_slot_count(t: &TypeRef) -> usize {
    t.extra.own_slots.borrow().len()
}

/// The base CPython would record as `tp_base` (`__base__`) for these bases: the one whose solid
/// base is the most derived. None for no bases; TypeError for a lay-out conflict.
pub fn best_base(vm: &Vm, bases: &[TypeRef]) -> PyResult<Option<TypeRef>> {
    let mut winner: Option<TypeRef> = None;
    let mut base: Option<TypeRef> = None;
    for b in bases {
        if !b.has_flag(flags::BASETYPE) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name())));
        }
        let candidate = solid_base(b);
        match &winner {
            None => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(w) if w.is_subtype(&candidate) => {}
            Some(w) if candidate.is_subtype(w) => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(_) => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(base)
}

/// `__base__` of an existing type (None for `object`).
pub fn base_of(t: &TypeRef) -> Option<TypeRef> {
    let bases = t.bases.borrow().clone();
    let mut winner: Option<TypeRef> = None;
    let mut base: Option<TypeRef> = None;
    for b in &bases {
        let candidate = solid_base(b);
        match &winner {
            Some(w) if w.is_subtype(&candidate) => {}
            _ => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
        }
    }
    base
}

/// The type that determines the memory shape of `t`'s instances: `t` itself if it adds
/// something to its base's layout (a builtin layout, or `__slots__`), else its base's.
pub fn solid_base(t: &TypeRef) -> TypeRef {
    let mut cur = t.clone();
    loop {
        let Some(base) = base_of(&cur) else { return cur };
        if cur.layout != base.layout || own_slot_count(&cur) > 0 {
            return cur;
        }
        cur = base;
    }
}

/// Whether `t` has exactly its base's layout (CPython's `compatible_with_tp_base`).
fn compatible_with_base(t: &TypeRef) -> Option<TypeRef> {
    let base = base_of(t)?;
    let same = t.layout == base.layout
        && own_slot_count(t) == 0
        && has_dict(t) == has_dict(&base)
        && has_weakref(t) == has_weakref(&base)
        && t.has_flag(flags::HEAPTYPE) == base.has_flag(flags::HEAPTYPE);
    same.then_some(base)
}

/// Whether `a` and `b` (with the same base) add the same slots.
fn same_slots_added(a: &TypeRef, b: &TypeRef) -> bool {
    if !a.has_flag(flags::HEAPTYPE) || !b.has_flag(flags::HEAPTYPE) {
        return false;
    }
    let sa = a.extra.own_slots.borrow();
    let sb = b.extra.own_slots.borrow();
    sa.len() == sb.len() && sa.iter().zip(sb.iter()).all(|(x, y)| x.as_str().zip(y.as_str()).is_some_and(|(x, y)| x.equals(y)))
}

/// CPython's `compatible_for_assignment`: whether an object of `old` may become one of `new`
/// (`attr` names the assignment in the message).
pub fn check_compatible(vm: &Vm, old: &TypeRef, new: &TypeRef, attr: &str) -> PyResult<()> {
    let heap_differs = old.has_flag(flags::HEAPTYPE) != new.has_flag(flags::HEAPTYPE);
    let builtin_differs = !old.has_flag(flags::HEAPTYPE) && !new.has_flag(flags::HEAPTYPE) && old.layout != new.layout;
    if heap_differs || builtin_differs {
        return Err(vm.type_error(format!("{attr} assignment: '{}' deallocator differs from '{}'", new.name(), old.name())));
    }
    let mut newbase = new.clone();
    while let Some(b) = compatible_with_base(&newbase) {
        newbase = b;
    }
    let mut oldbase = old.clone();
    while let Some(b) = compatible_with_base(&oldbase) {
        oldbase = b;
    }
    let differs = !newbase.ptr_eq(&oldbase)
        && (!match (base_of(&newbase), base_of(&oldbase)) {
            (Some(x), Some(y)) => x.ptr_eq(&y),
            (None, None) => true,
            _ => false,
        } || !same_slots_added(&newbase, &oldbase));
    let preheader_differs = has_dict(old) != has_dict(new) || has_weakref(old) != has_weakref(new);
    if differs || preheader_differs || old.layout != new.layout {
        return Err(vm.type_error(format!("{attr} assignment: '{}' object layout differs from '{}'", new.name(), old.name())));
    }
    Ok(())
}
