//! Attribute access: `object.__getattribute__` (data descriptors on the type, then the instance
//! dict, then other descriptors and class attributes, then `__getattr__`), its counterparts for
//! types, modules, super objects and bound methods, `__setattr__`/`__delattr__`, and the
//! descriptor protocol (`__get__`, `__set__`, `__delete__`) with fast paths for the builtin
//! descriptors.


use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::objects::function::{BuiltinFunction, NativeKind};
use crate::runtime::objects::property;
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// What kind of descriptor a class attribute is.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Descr {
    /// Not a descriptor: the attribute itself.
    Plain,
    /// Has `__get__` only (functions, methods, classmethod, staticmethod).
    NonData,
    /// Has `__set__` or `__delete__` (property, getset and member descriptors).
    Data,
}

pub fn descr_kind(vm: &Vm, v: &Value) -> Descr {
    let Value::Obj(o) = v else { return Descr::Plain };
    let heap = o.class_ref().has_flag(flags::HEAPTYPE);
    if !heap {
        match &o.payload {
            Payload::Function(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) => return Descr::NonData,
            Payload::BuiltinFunction(b) => {
                return match (&b.bound, b.kind) {
                    (None, NativeKind::Method | NativeKind::Slot | NativeKind::ClassMethod) => Descr::NonData,
                    _ => Descr::Plain,
                };
            }
            Payload::Property(_) | Payload::GetSet { .. } | Payload::Member { .. } => return Descr::Data,
            Payload::Str(_) | Payload::BigInt(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) | Payload::Type(_)
            | Payload::Module(_) | Payload::Singleton(_) | Payload::Code(_) => return Descr::Plain,
            _ => {}
        }
    }
    let t = o.class();
    if t.lookup(vm, &vm.names.__set__).is_some() || t.lookup(vm, &vm.names.__delete__).is_some() {
        Descr::Data
    } else if t.lookup(vm, &vm.names.__get__).is_some() {
        Descr::NonData
    } else {
        Descr::Plain
    }
}

/// `descr.__get__(obj, owner)` (obj Null for access through the class; None is the instance
/// None, though functions and properties, as in CPython, take it for class access too).
pub fn descr_get(vm: &mut Vm, descr: &Value, obj: &Value, owner: &TypeRef) -> PyResult<Value> {
    let Value::Obj(o) = descr else { return Ok(descr.clone()) };
    let heap = o.class_ref().has_flag(flags::HEAPTYPE);
    let no_obj = obj.is_none() || obj.is_null();
    if !heap {
        match &o.payload {
            Payload::Function(_) => {
                if no_obj {
                    return Ok(descr.clone());
                }
                return Ok(vm.new_object(vm.types.method.clone(), Payload::BoundMethod { func: descr.clone(), receiver: obj.clone() }));
            }
            Payload::BuiltinFunction(b) => return Ok(bind_builtin(vm, o, b, obj, owner)),
            Payload::ClassMethod(_) => return property::classmethod_get(vm, descr, obj, Some(owner)),
            Payload::StaticMethod(_) => return property::staticmethod_get(vm, descr),
            Payload::Property(_) => {
                if no_obj {
                    return Ok(descr.clone());
                }
                return property::property_get(vm, descr, obj);
            }
            Payload::GetSet { def, owner: defining } => {
                if obj.is_null() {
                    return Ok(descr.clone());
                }
                check_receiver(vm, obj, defining, || def.name.to_string())?;
                return (def.get)(vm, obj);
            }
            Payload::Member { name, index, owner: defining } => {
                if obj.is_null() {
                    return Ok(descr.clone());
                }
                check_receiver(vm, obj, defining, || name_text(name))?;
                let v = obj.as_obj().and_then(|x| x.slots.get(*index)).map(|c| c.borrow().clone()).unwrap_or(Value::Null);
                if v.is_null() {
                    let t = super::type_name(vm, obj);
                    return Err(vm.attribute_error(format!("'{t}' object has no attribute '{}'", name_text(name))));
                }
                return Ok(v);
            }
            Payload::Str(_) | Payload::BigInt(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) | Payload::Type(_)
            | Payload::Module(_) | Payload::Singleton(_) | Payload::Code(_) => return Ok(descr.clone()),
            _ => {}
        }
    }
    let t = o.class();
    match t.lookup(vm, &vm.names.__get__) {
        Some(get) => {
            let obj = if obj.is_null() { Value::None } else { obj.clone() };
            super::call_method(vm, &get, descr, &[obj, owner.to_value()])
        }
        None => Ok(descr.clone()),
    }
}

fn name_text(name: &ObjRef) -> String {
    name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default()
}

/// TypeError when a native descriptor of `defining` is applied to an object of another type.
#[inline]
fn check_receiver(vm: &Vm, obj: &Value, defining: &TypeRef, name: impl FnOnce() -> String) -> PyResult<()> {
    if obj.as_obj().is_some_and(|o| o.class_is(defining)) || super::is_instance(vm, obj, defining) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name(),
        defining.name(),
        super::type_name(vm, obj)
    )))
}

/// A builtin method bound to its receiver (or to the class, for class methods).
fn bind_builtin(vm: &Vm, o: &ObjRef, b: &BuiltinFunction, obj: &Value, owner: &TypeRef) -> Value {
    if b.bound.is_some() {
        return Value::Obj(o.clone());
    }
    let receiver = match b.kind {
        NativeKind::Method | NativeKind::Slot => {
            if obj.is_null() {
                return Value::Obj(o.clone());
            }
            obj.clone()
        }
        NativeKind::ClassMethod => owner.to_value(),
        NativeKind::Function | NativeKind::StaticMethod => return Value::Obj(o.clone()),
    };
    crate::runtime::objects::descr::bind_native(vm, b, receiver)
}

/// Binds a method found on a type to `receiver` (what `receiver.name` would give).
pub fn bind(vm: &mut Vm, method: &Value, receiver: &Value) -> PyResult<Value> {
    let owner = receiver.class(vm);
    descr_get(vm, method, receiver, &owner)
}

/// `obj.name`, or None when absent (AttributeError swallowed; other errors propagate).
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    match getattr(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether a `__getattribute__` found on a type is a builtin one (which the generic lookup of
/// the object's layout implements).
pub(crate) fn is_native_slot(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::BuiltinFunction(b) if b.bound.is_none() && b.kind == NativeKind::Slot))
}

/// `obj.name`.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    let ty = obj.class(vm);
    if ty.has_flag(flags::HEAPTYPE | flags::CUSTOM_GETATTRIBUTE) {
        if let Some(ga) = ty.lookup(vm, &vm.names.__getattribute__) {
            if !is_native_slot(&ga) {
                let r = super::call_method(vm, &ga, obj, &[Value::Obj(name.clone())]);
                return match r {
                    Err(e) if vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => fallback_getattr(vm, obj, &ty, name, e),
                    other => other,
                };
            }
        }
    }
    match layout_getattr(vm, obj, &ty, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            if !ty.has_flag(flags::HEAPTYPE) {
                return Err(missing_attribute(vm, obj, name));
            }
            match ty.lookup(vm, &vm.names.__getattr__) {
                Some(ga) => super::call_method(vm, &ga, obj, &[Value::Obj(name.clone())]),
                None => Err(missing_attribute(vm, obj, name)),
            }
        }
        Err(e) if ty.has_flag(flags::HEAPTYPE) && vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => fallback_getattr(vm, obj, &ty, name, e),
        Err(e) => Err(e),
    }
}

/// The builtin `__getattribute__` of the object's layout: Ok(None) when the attribute is
/// missing.
fn layout_getattr(vm: &mut Vm, obj: &Value, ty: &TypeRef, name: &ObjRef) -> PyResult<Option<Value>> {
    match obj.payload() {
        Some(Payload::Type(_)) => type_getattr(vm, obj, name),
        Some(Payload::Super { obj_type: Some(_), .. }) => crate::runtime::objects::super_::super_getattr(vm, obj, name),
        Some(Payload::BoundMethod { func, .. }) => {
            let mt = vm.types.method.clone();
            if let Some(d) = mt.lookup(vm, name) {
                return descr_get(vm, &d, obj, &mt).map(Some);
            }
            let func = func.clone();
            getattr_opt(vm, &func, name)
        }
        _ => generic_getattr(vm, obj, ty, name),
    }
}

/// `__getattr__` after `__getattribute__` raised AttributeError.
fn fallback_getattr(vm: &mut Vm, obj: &Value, ty: &TypeRef, name: &ObjRef, err: PyErr) -> PyResult<Value> {
    if let Some(ga) = ty.lookup(vm, &vm.names.__getattr__) {
        return super::call_method(vm, &ga, obj, &[Value::Obj(name.clone())]);
    }
    Err(err)
}

/// The AttributeError for a missing attribute, with CPython's message for the kind of object.
pub fn missing_attribute(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyErr {
    let n = name_text(name);
    let msg = match obj.payload() {
        Some(Payload::Type(t)) => format!("type object '{}' has no attribute '{n}'", t.name()),
        Some(Payload::Module(_)) => return crate::runtime::objects::module_type::module_missing(vm, obj, name),
        Some(Payload::Super { .. }) => format!("'super' object has no attribute '{n}'"),
        _ => format!("'{}' object has no attribute '{n}'", super::type_name(vm, obj)),
    };
    let err = vm.attribute_error(msg);
    crate::runtime::objects::exception::set_attribute_error_context(vm, &err, obj, name);
    err
}

/// The instance dict of an object, created on first use for types that have one.
pub fn instance_dict(vm: &Vm, o: &ObjRef) -> Option<ObjRef> {
    if let Some(d) = o.dict.borrow().as_ref() {
        return Some(d.clone());
    }
    let has = o.class_ref().has_flag(flags::HAS_DICT) || matches!(o.payload, Payload::Module(_) | Payload::Function(_));
    if !has {
        return None;
    }
    let d = vm.new_dict();
    *o.dict.borrow_mut() = Some(d.clone());
    Some(d)
}

/// `object.__getattribute__` without `__getattr__`: Ok(None) when the attribute is missing.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, ty: &TypeRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let descr = ty.lookup(vm, name);
    let kind = descr.as_ref().map_or(Descr::Plain, |d| descr_kind(vm, d));
    if let Some(d) = &descr {
        if kind == Descr::Data {
            return descr_get(vm, d, obj, ty).map(Some);
        }
    }
    if let Value::Obj(o) = obj {
        let dict = o.dict.borrow().clone();
        if let Some(dict) = dict {
            if let Some(v) = dict_lookup(vm, &dict, name)? {
                return Ok(Some(v));
            }
        }
    }
    match descr {
        Some(d) if kind == Descr::NonData => descr_get(vm, &d, obj, ty).map(Some),
        Some(d) => Ok(Some(d)),
        None => {
            if let Some(Payload::Module(_)) = obj.payload() {
                return module_getattr_hook(vm, obj, name);
            }
            Ok(None)
        }
    }
}

/// A module's `__getattr__` (PEP 562), for a name its dict lacks.
fn module_getattr_hook(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let Some(dict) = obj.as_obj().and_then(|o| o.dict.borrow().clone()) else { return Ok(None) };
    match dict_get_str(vm, &dict, &vm.names.__getattr__) {
        Some(f) => vm.call(&f, &[Value::Obj(name.clone())], &[]).map(Some),
        None => Ok(None),
    }
}

/// Looks a str key up in a dict object (running `__eq__` only for odd keys).
fn dict_lookup(vm: &mut Vm, dict: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(v) = dict_get_str(vm, dict, name) {
        return Ok(Some(v));
    }
    match &dict.payload {
        Payload::Dict(d) => {
            // Absent for the native comparison; only a key whose equality needs Python could
            // still match, and such keys are rare: ask the general lookup only when the dict has
            // keys that are not exact strs.
            let has_odd = d.borrow().keys().any(|k| !matches!(k, Value::Obj(o) if super::is_exact_str_obj(o)));
            if has_odd { Dict::get_item(d, vm, &Value::Obj(name.clone())) } else { Ok(None) }
        }
        _ => Ok(None),
    }
}

/// `type.__getattribute__`: the metatype's data descriptors, then the type's MRO (through the
/// descriptor's `__get__(None, type)`), then the metatype's other attributes.
fn type_getattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let Some(cls) = obj.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else { return Ok(None) };
    let meta = obj.class(vm);
    let meta_attr = meta.lookup(vm, name);
    let meta_kind = meta_attr.as_ref().map_or(Descr::Plain, |d| descr_kind(vm, d));
    if let Some(d) = &meta_attr {
        if meta_kind == Descr::Data {
            return descr_get(vm, d, obj, &meta).map(Some);
        }
    }
    if let Some(attr) = cls.lookup(vm, name) {
        return descr_get(vm, &attr, &Value::Null, &cls).map(Some);
    }
    match meta_attr {
        Some(d) if meta_kind == Descr::NonData => descr_get(vm, &d, obj, &meta).map(Some),
        Some(d) => Ok(Some(d)),
        None => Ok(None),
    }
}

/// `object.__getattribute__` as a builtin method.
pub fn object_getattribute(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let [obj, name] = args.pos() else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1))));
    };
    let name = attr_name(vm, name)?;
    let ty = obj.class(vm);
    match generic_getattr(vm, obj, &ty, &name)? {
        Some(v) => Ok(v),
        None => {
            let t = super::type_name(vm, obj);
            let err = vm.attribute_error(format!("'{t}' object has no attribute '{}'", name_text(&name)));
            crate::runtime::objects::exception::set_attribute_error_context(vm, &err, obj, &name);
            Err(err)
        }
    }
}

/// An attribute name argument: a str (interned), or TypeError.
pub fn attr_name(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(vm.intern_obj(o)),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", super::type_name(vm, v)))),
    }
}

/// The special method `name` of `v`'s type, bound to `v` (None if absent).
pub fn lookup_special(vm: &mut Vm, v: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let ty = v.class(vm);
    match ty.lookup(vm, name) {
        Some(f) => descr_get(vm, &f, v, &ty).map(Some),
        None => Ok(None),
    }
}

/// `obj.name = value`.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
    let ty = obj.class(vm);
    if ty.has_flag(flags::HEAPTYPE) {
        if let Some(sa) = ty.lookup(vm, &vm.names.__setattr__) {
            if !is_native_slot(&sa) {
                super::call_method(vm, &sa, obj, &[Value::Obj(name.clone()), value])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, &ty, name, value)
}

/// `del obj.name` (a Null value) or `obj.name = value` without `__setattr__` overrides.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, ty: &TypeRef, name: &ObjRef, value: Value) -> PyResult<()> {
    if let Some(Payload::Type(t)) = obj.payload() {
        if t.has_flag(flags::IMMUTABLE) {
            let n = name_text(name);
            return Err(vm.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", t.name())));
        }
        return type_setattr(vm, obj, name, value);
    }
    object_setattr_impl(vm, obj, ty, name, value)
}

/// The generic instance attribute assignment (data descriptors, then the instance dict).
fn object_setattr_impl(vm: &mut Vm, obj: &Value, ty: &TypeRef, name: &ObjRef, value: Value) -> PyResult<()> {
    let descr = ty.lookup(vm, name);
    if let Some(d) = &descr {
        if descr_kind(vm, d) == Descr::Data {
            return descr_set(vm, d, obj, value, name);
        }
    }
    let dict = match obj {
        Value::Obj(o) => instance_dict(vm, o),
        _ => None,
    };
    let Some(dict) = dict else {
        let t = super::type_name(vm, obj);
        let n = name_text(name);
        let err = if descr.is_some() {
            vm.attribute_error(format!("'{t}' object attribute '{n}' is read-only"))
        } else {
            vm.attribute_error(format!("'{t}' object has no attribute '{n}'"))
        };
        crate::runtime::objects::exception::set_attribute_error_context(vm, &err, obj, name);
        return Err(err);
    };
    if value.is_null() {
        let Payload::Dict(d) = &dict.payload else { return Ok(()) };
        if Dict::del_item(d, vm, &Value::Obj(name.clone()))?.is_none() {
            let t = super::type_name(vm, obj);
            let err = vm.attribute_error(format!("'{t}' object has no attribute '{}'", name_text(name)));
            crate::runtime::objects::exception::set_attribute_error_context(vm, &err, obj, name);
            return Err(err);
        }
        return Ok(());
    }
    dict_set_str(vm, &dict, name.clone(), value);
    Ok(())
}

/// Setting or deleting an attribute on a class: its namespace changes, so its version tag (and
/// its subclasses') too.
fn type_setattr(vm: &mut Vm, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
    let Some(cls) = obj.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else { return Ok(()) };
    let meta = obj.class(vm);
    if let Some(d) = meta.lookup(vm, name) {
        if descr_kind(vm, &d) == Descr::Data {
            return descr_set(vm, &d, obj, value, name);
        }
    }
    let Payload::Dict(d) = &cls.dict.payload else { return Ok(()) };
    if value.is_null() {
        if Dict::del_item(d, vm, &Value::Obj(name.clone()))?.is_none() {
            let err = vm.attribute_error(format!("type object '{}' has no attribute '{}'", cls.name(), name_text(name)));
            crate::runtime::objects::exception::set_attribute_error_context(vm, &err, obj, name);
            return Err(err);
        }
    } else {
        let old = dict_get_str(vm, &cls.dict, name);
        dict_set_str(vm, &cls.dict, name.clone(), value);
        drop(old);
    }
    cls.modified(vm);
    crate::runtime::types::class::update_flags_after_set(vm, &cls, name);
    Ok(())
}

/// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` for a Null value.
pub fn descr_set(vm: &mut Vm, descr: &Value, obj: &Value, value: Value, name: &ObjRef) -> PyResult<()> {
    let Value::Obj(o) = descr else { return Ok(()) };
    if !o.class_ref().has_flag(flags::HEAPTYPE) {
        match &o.payload {
            Payload::Property(_) => return property::property_set(vm, descr, obj, value),
            Payload::GetSet { def, owner } => {
                check_receiver(vm, obj, owner, || def.name.to_string())?;
                return match def.set {
                    Some(set) => set(vm, obj, value),
                    None => Err(vm.attribute_error(format!("attribute '{}' of '{}' objects is not writable", def.name, owner.name()))),
                };
            }
            Payload::Member { name: mname, index, owner } => {
                check_receiver(vm, obj, owner, || name_text(mname))?;
                let Some(cell) = obj.as_obj().and_then(|x| x.slots.get(*index)) else { return Ok(()) };
                if value.is_null() && cell.borrow().is_null() {
                    return Err(vm.attribute_error(name_text(mname)));
                }
                let old = std::mem::replace(&mut *cell.borrow_mut(), value);
                drop(old);
                return Ok(());
            }
            _ => {}
        }
    }
    let t = o.class();
    let n = name_text(name);
    if value.is_null() {
        match t.lookup(vm, &vm.names.__delete__) {
            Some(f) => super::call_method(vm, &f, descr, std::slice::from_ref(obj)).map(|_| ()),
            None => Err(vm.attribute_error(format!("'{}' object attribute '{n}' is read-only", super::type_name(vm, obj)))),
        }
    } else {
        match t.lookup(vm, &vm.names.__set__) {
            Some(f) => super::call_method(vm, &f, descr, &[obj.clone(), value]).map(|_| ()),
            None => Err(vm.attribute_error(format!("'{}' object attribute '{n}' is read-only", super::type_name(vm, obj)))),
        }
    }
}

/// `del obj.name`.
pub fn delattr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<()> {
    let ty = obj.class(vm);
    if ty.has_flag(flags::HEAPTYPE) {
        if let Some(da) = ty.lookup(vm, &vm.names.__delattr__) {
            if !is_native_slot(&da) {
                super::call_method(vm, &da, obj, &[Value::Obj(name.clone())])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, &ty, name, Value::Null)
}

/// `object.__setattr__(obj, name, value)` and `object.__delattr__(obj, name)` (Null value).
fn object_setattr_slot(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<Value> {
    let name = attr_name(vm, name)?;
    if matches!(obj.payload(), Some(Payload::Type(_))) {
        let what = if value.is_null() { "__delattr__" } else { "__setattr__" };
        return Err(vm.type_error(format!("can't apply this {what} to type object")));
    }
    let ty = obj.class(vm);
    object_setattr_impl(vm, obj, &ty, &name, value)?;
    Ok(Value::None)
}

/// `object.__setattr__` as a builtin method.
pub fn object_setattr(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let [obj, name, value] = args.pos() else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.pos().len().saturating_sub(1))));
    };
    object_setattr_slot(vm, obj, name, value.clone())
}

/// `object.__delattr__` as a builtin method.
pub fn object_delattr(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let [obj, name] = args.pos() else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1))));
    };
    object_setattr_slot(vm, obj, name, Value::Null)
}

/// For LOAD_ATTR with the method bit: `(method, self)` when the attribute is a plain function
/// or method descriptor found on the type (no bound-method object is made), else
/// `(Null, attribute)`.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<(Value, Value)> {
    let ty = obj.class(vm);
    let plain_getattribute = !ty.has_flag(flags::HEAPTYPE) || ty.lookup(vm, &vm.names.__getattribute__).is_some_and(|g| is_native_slot(&g));
    if plain_getattribute && !matches!(obj.payload(), Some(Payload::Type(_) | Payload::Module(_) | Payload::Super { .. } | Payload::BoundMethod { .. })) {
        if let Some(d) = ty.lookup(vm, name) {
            if crate::runtime::call::is_plain_method(&d) {
                let in_dict = match obj {
                    Value::Obj(o) => o.dict.borrow().as_ref().is_some_and(|dict| dict_get_str(vm, dict, name).is_some()),
                    _ => false,
                };
                if !in_dict {
                    return Ok((d, obj.clone()));
                }
            }
        }
    }
    Ok((Value::Null, getattr(vm, obj, name)?))
}

/// Makes a fresh object with an instance dict holding `attrs` (for internal objects such as
/// namespaces).
pub fn new_with_dict(vm: &Vm, class: TypeRef, payload: Payload) -> ObjRef {
    let o = Object::new_rc(class, payload);
    *o.dict.borrow_mut() = Some(vm.new_dict());
    o
}
