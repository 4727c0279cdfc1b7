//! The `object` type: the default behaviour every class inherits (`__new__` and `__init__`
//! with CPython's argument rules and the abstract-class check, `__repr__`, `__str__`,
//! equality, identity hash, attribute access, `__class__` assignment, `__init_subclass__`,
//! `__format__`, `__dir__`, `__getstate__`, `__reduce__`), the `__dict__` and `__weakref__`
//! descriptors of classes, and the allocation of instances (with their `__slots__` cells).

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::{Layout, TypeRef, flags, layout};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn arg_type(vm: &Vm, v: &Value) -> PyResult<TypeRef> {
    v.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("object.__new__(X): X is not a type object ({})", ops::type_name(vm, v))))
}

/// A new object of class `cls` with `payload` and the `__slots__` cells `cls` needs. Builtin
/// `__new__` implementations use this for subclasses, so that slots work on them too.
pub fn alloc(cls: &TypeRef, payload: Payload) -> Value {
    Value::Obj(Object::with_slots_rc(cls.clone(), payload, cls.nslots.get()))
}

/// An empty instance of `cls` with the payload its layout needs.
pub fn new_instance(vm: &Vm, cls: &TypeRef) -> Value {
    let payload = match cls.layout {
        Layout::Exception => Payload::Exception(Box::new(crate::runtime::objects::exception::ExceptionData::new(Value::Obj(vm.empty_tuple.clone())))),
        Layout::List => Payload::List(Default::default()),
        Layout::Dict => Payload::Dict(Default::default()),
        Layout::Property => Payload::Property(Default::default()),
        Layout::ClassMethod => Payload::ClassMethod(std::cell::RefCell::new(Value::Null)),
        Layout::StaticMethod => Payload::StaticMethod(std::cell::RefCell::new(Value::Null)),
        _ => Payload::Instance,
    };
    alloc(cls, payload)
}

/// The checks of a builtin `__new__` called as `owner.__new__(cls, ...)`: `cls` must be a
/// subtype of `owner` whose nearest builtin ancestor creates instances with `owner`'s
/// `__new__`. Returns `cls`.
pub fn check_new(vm: &Vm, owner: &TypeRef, cls: &Value) -> PyResult<TypeRef> {
    let on = owner.name();
    let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let tn = ops::type_name(vm, cls);
        return Err(vm.type_error(format!("{on}.__new__(X): X is not a type object ({tn})")));
    };
    if !t.is_subtype(owner) {
        let n = t.name();
        return Err(vm.type_error(format!("{on}.__new__({n}): {n} is not a subtype of {on}")));
    }
    let mut staticbase = t.clone();
    while staticbase.has_flag(flags::HEAPTYPE) {
        match layout::base_of(&staticbase) {
            Some(b) => staticbase = b,
            None => break,
        }
    }
    let mine = owner.lookup(vm, &vm.names.__new__);
    let theirs = staticbase.lookup(vm, &vm.names.__new__);
    if let (Some(a), Some(b)) = (mine, theirs) {
        if !a.is(&b) {
            let sn = staticbase.name();
            return Err(vm.type_error(format!("{on}.__new__({}) is not safe, use {sn}.__new__()", t.name())));
        }
    }
    Ok(t)
}

/// Whether `cls.name` is object's own implementation.
fn is_object_slot(vm: &Vm, cls: &TypeRef, name: &ObjRef) -> bool {
    let mine = cls.lookup(vm, name);
    let objects = vm.types.object.lookup(vm, name);
    match (mine, objects) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// "Can't instantiate abstract class C without an implementation for abstract method 'f'".
fn abstract_error(vm: &mut Vm, cls: &TypeRef) -> crate::runtime::vm::PyErr {
    let name = vm.intern("__abstractmethods__");
    let methods = crate::runtime::objects::dict::dict_get_str(vm, &cls.dict, &name).unwrap_or(Value::None);
    let mut names: Vec<String> = match crate::runtime::eval::collect_items(vm, &methods) {
        Ok(items) => items.iter().map(|v| ops::str_of(vm, v).ok().and_then(|s| ops::repr::text_of(&s)).unwrap_or_default()).collect(),
        Err(e) => return e,
    };
    names.sort();
    let s = if names.len() > 1 { "s" } else { "" };
    vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{s} '{}'",
        cls.name(),
        names.join("', '")
    ))
}

fn object_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let cls = arg_type(vm, cls)?;
    let object = vm.types.object.clone();
    check_new(vm, &object, &cls.to_value())?;
    if pos.len() > 1 || args.has_kwargs() {
        if !is_object_slot(vm, &cls, &vm.names.__new__.clone()) {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if is_object_slot(vm, &cls, &vm.names.__init__.clone()) {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    if cls.has_flag(flags::IS_ABSTRACT) {
        return Err(abstract_error(vm, &cls));
    }
    Ok(new_instance(vm, &cls))
}

fn object_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if pos.len() > 1 || args.has_kwargs() {
        let cls = this.class(vm);
        if !is_object_slot(vm, &cls, &vm.names.__init__.clone()) {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if is_object_slot(vm, &cls, &vm.names.__new__.clone()) {
            return Err(vm.type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", cls.name())));
        }
    }
    Ok(Value::None)
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &mut Vm, this: &Value) -> PyResult<String> {
    let cls = this.class(vm);
    let module = if cls.has_flag(flags::HEAPTYPE) {
        crate::runtime::objects::dict::dict_get_str(vm, &cls.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m))
    } else {
        None
    };
    let qual = cls.qualname.borrow().clone();
    let name = match module.as_deref() {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual.to_string(),
    };
    Ok(format!("<{name} object at {:#x}>", this.id()))
}

fn object_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let s = default_repr(vm, &this)?;
    Ok(vm.new_str(&s))
}

fn object_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    ops::repr(vm, &this)
}

fn object_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1)))) };
    Ok(if a.is(b) { Value::Bool(true) } else { vm.not_implemented() })
}

fn object_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1)))) };
    // The inverse of __eq__, unless that is NotImplemented.
    let eq = vm.names.__eq__.clone();
    let r = match ops::call_special(vm, a, &eq, std::slice::from_ref(b))? {
        Some(r) => r,
        None => return Ok(vm.not_implemented()),
    };
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!ops::is_true(vm, &r)?))
}

fn object_not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// `object.__init_subclass__()`: takes nothing.
fn object_init_subclass(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let qual = match pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) => t.qualname.borrow().to_string(),
        None => "object".to_string(),
    };
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qual}.__init_subclass__() takes no keyword arguments")));
    }
    if pos.len() > 1 {
        return Err(vm.type_error(format!("{qual}.__init_subclass__() takes no arguments ({} given)", pos.len() - 1)));
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, spec] = args.pos() else {
        return Err(vm.type_error(format!("object.__format__() takes exactly one argument ({} given)", args.pos().len().saturating_sub(1))));
    };
    let nonempty = match spec.payload() {
        Some(Payload::Str(s)) => !s.is_empty(),
        _ => {
            let t = ops::type_name(vm, spec);
            return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
        }
    };
    if nonempty {
        let t = ops::type_name(vm, this);
        return Err(vm.type_error(format!("unsupported format string passed to {t}.__format__")));
    }
    ops::str_of(vm, this)
}

fn object_class_get(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    Ok(this.class(vm).to_value())
}

/// `obj.__class__ = cls`, with CPython's compatibility rules.
fn object_class_set(vm: &mut Vm, this: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    let Some(new) = value.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{t}' object")));
    };
    let old = this.class(vm);
    let module = vm.types.module.clone();
    let both_modules = new.is_subtype(&module) && old.is_subtype(&module);
    let immutable = |t: &TypeRef| !t.has_flag(flags::HEAPTYPE);
    let Value::Obj(o) = this else {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    if !both_modules && (immutable(&new) || immutable(&old)) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    layout::check_compatible(vm, &old, &new, "__class__")?;
    o.set_class(new);
    Ok(())
}

fn object_dict_get(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    match this.as_obj().and_then(|o| attr::instance_dict(vm, o)) {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let t = ops::type_name(vm, this);
            Err(vm.attribute_error(format!("'{t}' object has no attribute '__dict__'")))
        }
    }
}

fn object_dict_set(vm: &mut Vm, this: &Value, value: Value) -> PyResult<()> {
    let Some(o) = this.as_obj() else { return Err(vm.type_error("__dict__ is read-only")) };
    if value.is_null() {
        *o.dict.borrow_mut() = None;
        return Ok(());
    }
    match value.payload() {
        Some(Payload::Dict(_)) => {
            let old = std::mem::replace(&mut *o.dict.borrow_mut(), value.as_obj().cloned());
            drop(old);
            Ok(())
        }
        _ => {
            let t = ops::type_name(vm, &value);
            Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")))
        }
    }
}

/// `__weakref__` of an instance: None (no weak references point at it).
fn object_weakref_get(_vm: &mut Vm, _this: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    crate::runtime::types::introspect::object_dir(vm, &this)
}

/// `object.__getstate__()`: the instance dict (None when empty) and, with slots, a pair of it
/// and the set slots.
fn object_getstate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let dict = this.as_obj().and_then(|o| o.dict.borrow().clone());
    let state = match &dict {
        Some(d) if matches!(&d.payload, Payload::Dict(dd) if !dd.borrow().is_empty()) => Value::Obj(d.clone()),
        _ => Value::None,
    };
    let cls = this.class(vm);
    let mut slots: Vec<(ObjRef, Value)> = Vec::new();
    for t in cls.mro.borrow().iter() {
        for n in t.extra.own_slots.borrow().iter() {
            slots.push((n.clone(), Value::Null));
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    let sd = vm.new_dict();
    for (n, _) in slots {
        if let Some(v) = attr::getattr_opt(vm, &this, &n)? {
            crate::runtime::objects::dict::dict_set_str(vm, &sd, n, v);
        }
    }
    if matches!(&sd.payload, Payload::Dict(d) if d.borrow().is_empty()) {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, Value::Obj(sd)]))
}

fn object_reduce_ex(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let t = ops::type_name(vm, &this);
    Err(vm.type_error(format!("cannot pickle '{t}' object")))
}

fn object_subclasshook(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn object_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error("unbound method object.__sizeof__() needs an argument"));
    };
    Ok(Value::Int(match this {
        Value::Obj(o) => 16 + (o.slots.len() * 8) as i64,
        _ => 28,
    }))
}

static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", object_new),
    MethodDef::slot("__repr__", object_repr),
    MethodDef::slot("__hash__", ops::hash::object_hash),
    MethodDef::slot("__str__", object_str),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__setattr__", attr::object_setattr),
    MethodDef::slot("__delattr__", attr::object_delattr),
    MethodDef::slot("__lt__", object_not_implemented),
    MethodDef::slot("__le__", object_not_implemented),
    MethodDef::slot("__eq__", object_eq),
    MethodDef::slot("__ne__", object_ne),
    MethodDef::slot("__gt__", object_not_implemented),
    MethodDef::slot("__ge__", object_not_implemented),
    MethodDef::slot("__init__", object_init),
    MethodDef::method("__reduce_ex__", object_reduce_ex),
    MethodDef::method("__reduce__", object_reduce_ex),
    MethodDef::method("__getstate__", object_getstate),
    MethodDef::classmethod("__subclasshook__", object_subclasshook),
    MethodDef::classmethod("__init_subclass__", object_init_subclass),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__sizeof__", object_sizeof),
    MethodDef::method("__dir__", object_dir),
];

static OBJECT_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__class__", get: object_class_get, set: Some(object_class_set), doc: None }];

/// The `__dict__` descriptor given to classes whose instances have a dict.
pub static DICT_GETSET: GetSetDef = GetSetDef { name: "__dict__", get: object_dict_get, set: Some(object_dict_set), doc: None };

/// The `__weakref__` descriptor given to classes whose instances may be weakly referenced.
pub static WEAKREF_GETSET: GetSetDef = GetSetDef { name: "__weakref__", get: object_weakref_get, set: None, doc: None };

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    add_methods(vm, &t, OBJECT_METHODS);
    add_getsets(vm, &t, OBJECT_GETSETS);
}
