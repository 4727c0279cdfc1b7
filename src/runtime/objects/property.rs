//! The descriptor types `property`, `classmethod` and `staticmethod`: construction (with
//! `__doc__` taken from the getter, `__set_name__`, `getter`/`setter`/`deleter` copies), the
//! descriptor protocol with CPython 3.12's messages, `__isabstractmethod__`, and the attributes
//! `classmethod`/`staticmethod` copy from what they wrap.

use std::cell::{Cell, RefCell};

use crate::runtime::call::NativeParams;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A property's functions (Null where absent), documentation and name.
#[derive(Default)]
pub struct PropertyData {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// Set by `__set_name__` (or carried over by `getter`/`setter`/`deleter`).
    pub name: RefCell<Value>,
    /// Whether the documentation came from the getter.
    pub getter_doc: Cell<bool>,
}

fn prop(v: &Value) -> Option<&PropertyData> {
    match v.payload() {
        Some(Payload::Property(p)) => Some(p),
        _ => None,
    }
}

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() { Value::None } else { v }
}

fn wrong_self(vm: &Vm, v: &Value, what: &str) -> crate::runtime::vm::PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a '{what}' object but received a '{t}'"))
}

/// The name a property reports in its errors: the one `__set_name__` gave, else its getter's
/// `__name__`.
fn property_name(vm: &mut Vm, p: &PropertyData) -> PyResult<Option<Value>> {
    let name = p.name.borrow().clone();
    if !name.is_null() {
        return Ok(Some(name));
    }
    let fget = p.fget.borrow().clone();
    if fget.is_null() {
        return Ok(None);
    }
    attr::getattr_opt(vm, &fget, &vm.names.__name__.clone())
}

/// "property 'x' of 'C' object has no setter", as CPython 3.12 words it.
fn missing_function(vm: &mut Vm, p: &PropertyData, obj: &Value, what: &str) -> crate::runtime::vm::PyErr {
    let name = match property_name(vm, p) {
        Ok(n) => n,
        Err(e) => return e,
    };
    let qualname = obj.class(vm).qualname.borrow().clone();
    let msg = match name {
        Some(n) => {
            let r = ops::repr(vm, &n).ok().and_then(|r| ops::repr::text_of(&r)).unwrap_or_default();
            format!("property {r} of '{qualname}' object has no {what}")
        }
        None => format!("property of '{qualname}' object has no {what}"),
    };
    vm.attribute_error(msg)
}

/// `property.__get__(obj)`.
pub fn property_get(vm: &mut Vm, descr: &Value, obj: &Value) -> PyResult<Value> {
    let Some(p) = prop(descr) else { return Err(wrong_self(vm, descr, "property")) };
    if obj.is_none() || obj.is_null() {
        return Ok(descr.clone());
    }
    let fget = p.fget.borrow().clone();
    if fget.is_null() {
        return Err(missing_function(vm, p, obj, "getter"));
    }
    vm.call(&fget, std::slice::from_ref(obj), &[])
}

/// `property.__set__(obj, value)`, or `__delete__(obj)` for a Null value.
pub fn property_set(vm: &mut Vm, descr: &Value, obj: &Value, value: Value) -> PyResult<()> {
    let Some(p) = prop(descr) else { return Err(wrong_self(vm, descr, "property")) };
    let deleting = value.is_null();
    let f = if deleting { p.fdel.borrow().clone() } else { p.fset.borrow().clone() };
    if f.is_null() {
        return Err(missing_function(vm, p, obj, if deleting { "deleter" } else { "setter" }));
    }
    if deleting {
        vm.call(&f, std::slice::from_ref(obj), &[])?;
    } else {
        vm.call(&f, &[obj.clone(), value], &[])?;
    }
    Ok(())
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`.
fn property_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__init__' of 'property' object needs an argument"));
    };
    let rest = CallArgs { args: rest, kwnames: args.kwnames };
    let params = NativeParams { fname: "property", names: &["fget", "fset", "fdel", "doc"], posonly: 0, required: 0, maxpos: 4 };
    let a = params.parse(vm, &rest)?;
    init_property(vm, this, &a[0], &a[1], &a[2], &a[3])?;
    Ok(Value::None)
}

fn none_to_null(v: &Value) -> Value {
    if v.is_none() { Value::Null } else { v.clone() }
}

fn init_property(vm: &mut Vm, this: &Value, fget: &Value, fset: &Value, fdel: &Value, doc: &Value) -> PyResult<()> {
    let Some(p) = prop(this) else { return Err(wrong_self(vm, this, "property")) };
    let (fget, fset, fdel) = (none_to_null(fget), none_to_null(fset), none_to_null(fdel));
    *p.fget.borrow_mut() = fget.clone();
    *p.fset.borrow_mut() = fset;
    *p.fdel.borrow_mut() = fdel;
    *p.doc.borrow_mut() = Value::Null;
    *p.name.borrow_mut() = Value::Null;
    p.getter_doc.set(false);
    let exact = this.class(vm).ptr_eq(&vm.types.property);
    let mut prop_doc = Value::Null;
    if !doc.is_null() && !doc.is_none() {
        prop_doc = doc.clone();
    } else if !fget.is_null() {
        let d = attr::getattr_opt(vm, &fget, &vm.names.__doc__.clone())?;
        if let Some(d) = d {
            if !exact && !d.is_none() {
                attr::setattr(vm, this, &vm.names.__doc__.clone(), d.clone())?;
            }
            if !d.is_none() {
                prop_doc = d;
                if let Some(p) = prop(this) {
                    p.getter_doc.set(true);
                }
            }
        }
    }
    if exact {
        if let Some(p) = prop(this) {
            *p.doc.borrow_mut() = prop_doc;
        }
        return Ok(());
    }
    let getter_doc = prop(this).is_some_and(|p| p.getter_doc.get());
    match attr::setattr(vm, this, &vm.names.__doc__.clone(), null_to_none(prop_doc)) {
        Err(e) if !getter_doc && vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => Ok(()),
        other => other,
    }
}

/// `getter`, `setter` and `deleter`: a copy of the property with one function replaced.
fn property_copy(vm: &mut Vm, args: CallArgs, which: usize, name: &str) -> PyResult<Value> {
    let pos = args.pos();
    let Some(old) = pos.first() else {
        return Err(vm.type_error(format!("unbound method property.{name}() needs an argument")));
    };
    if pos.len() != 2 || args.has_kwargs() {
        if args.has_kwargs() {
            return Err(vm.type_error(format!("property.{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!("property.{name}() takes exactly one argument ({} given)", pos.len() - 1)));
    }
    let Some(p) = prop(old) else { return Err(wrong_self(vm, old, "property")) };
    let pick = |i: usize, cur: &RefCell<Value>| -> Value {
        if i == which && !pos[1].is_none() {
            return pos[1].clone();
        }
        null_to_none(cur.borrow().clone())
    };
    let get = pick(0, &p.fget);
    let set = pick(1, &p.fset);
    let del = pick(2, &p.fdel);
    let doc = if p.getter_doc.get() && !get.is_none() { Value::None } else { null_to_none(p.doc.borrow().clone()) };
    let old_name = p.name.borrow().clone();
    let cls = old.class(vm).to_value();
    let new = vm.call(&cls, &[get, set, del, doc], &[])?;
    if let Some(np) = prop(&new) {
        *np.name.borrow_mut() = old_name;
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    property_copy(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    property_copy(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    property_copy(vm, args, 2, "deleter")
}

fn property_get_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (descr, obj, _owner) = super::descr::get_args(vm, &args)?;
    property_get(vm, &descr, &obj)
}

fn property_set_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [descr, obj, value] = args.pos() else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.pos().len().saturating_sub(1))));
    };
    property_set(vm, descr, obj, value.clone())?;
    Ok(Value::None)
}

fn property_delete_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [descr, obj] = args.pos() else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1))));
    };
    property_set(vm, descr, obj, Value::Null)?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {} were given", pos.len().saturating_sub(1))));
    }
    let Some(p) = prop(&pos[0]) else { return Err(wrong_self(vm, &pos[0], "property")) };
    *p.name.borrow_mut() = pos[2].clone();
    Ok(Value::None)
}

/// Whether any of these callables has a true `__isabstractmethod__`.
fn any_abstract(vm: &mut Vm, fs: &[Value]) -> PyResult<bool> {
    let name = vm.intern("__isabstractmethod__");
    for f in fs {
        if f.is_null() || f.is_none() {
            continue;
        }
        if let Some(v) = attr::getattr_opt(vm, f, &name)? {
            if ops::is_true(vm, &v)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

fn property_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(p) = prop(v) else { return Err(wrong_self(vm, v, "property")) };
    let fs = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
    Ok(Value::Bool(any_abstract(vm, &fs)?))
}

fn readonly(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_fget(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v).map(|p| null_to_none(p.fget.borrow().clone())).ok_or_else(|| wrong_self(vm, v, "property"))
}

fn get_fset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v).map(|p| null_to_none(p.fset.borrow().clone())).ok_or_else(|| wrong_self(vm, v, "property"))
}

fn get_fdel(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v).map(|p| null_to_none(p.fdel.borrow().clone())).ok_or_else(|| wrong_self(vm, v, "property"))
}

fn get_prop_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    prop(v).map(|p| null_to_none(p.doc.borrow().clone())).ok_or_else(|| wrong_self(vm, v, "property"))
}

fn set_prop_doc(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let Some(p) = prop(v) else { return Err(wrong_self(vm, v, "property")) };
    *p.doc.borrow_mut() = value;
    Ok(())
}

/// `__new__` of the descriptor types: an empty instance (filled by `__init__`).
fn descriptor_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    Ok(crate::runtime::objects::object_type::new_instance(vm, &cls))
}

// ---- classmethod and staticmethod ----

fn wrapped(v: &Value) -> Option<&RefCell<Value>> {
    match v.payload() {
        Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => Some(f),
        _ => None,
    }
}

/// `classmethod.__get__` (3.12 still chains to the wrapped object's own `__get__`).
pub fn classmethod_get(vm: &mut Vm, descr: &Value, obj: &Value, owner: Option<&TypeRef>) -> PyResult<Value> {
    let Some(f) = wrapped(descr) else { return Err(wrong_self(vm, descr, "classmethod")) };
    let callable = f.borrow().clone();
    if callable.is_null() {
        return Err(vm.runtime_error("uninitialized classmethod object"));
    }
    let owner = match owner {
        Some(t) => t.clone(),
        None => obj.class(vm),
    };
    let chained = match &callable {
        Value::Obj(o) => {
            let t = o.class();
            match &o.payload {
                Payload::Function(_) => None,
                _ => t.lookup(vm, &vm.names.__get__),
            }
        }
        _ => None,
    };
    if let Some(get) = chained {
        let ov = owner.to_value();
        return ops::call_method(vm, &get, &callable, &[ov.clone(), ov]);
    }
    Ok(vm.new_object(vm.types.method.clone(), Payload::BoundMethod { func: callable, receiver: owner.to_value() }))
}

/// `staticmethod.__get__`.
pub fn staticmethod_get(vm: &mut Vm, descr: &Value) -> PyResult<Value> {
    let Some(f) = wrapped(descr) else { return Err(wrong_self(vm, descr, "staticmethod")) };
    let callable = f.borrow().clone();
    if callable.is_null() {
        return Err(vm.runtime_error("uninitialized staticmethod object"));
    }
    Ok(callable)
}

fn wrapper_init(vm: &mut Vm, args: CallArgs, what: &str) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error(format!("descriptor '__init__' of '{what}' object needs an argument")));
    };
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{what}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(format!("{what} expected 1 argument, got {}", pos.len() - 1)));
    }
    let Some(cell) = wrapped(this) else { return Err(wrong_self(vm, this, what)) };
    *cell.borrow_mut() = pos[1].clone();
    copy_wrapped_attributes(vm, this, &pos[1])?;
    Ok(Value::None)
}

/// What `functools.wraps` would copy: `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__`, each when the wrapped object has it.
fn copy_wrapped_attributes(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for n in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let name = vm.intern(n);
        if let Some(v) = attr::getattr_opt(vm, wrapped, &name)? {
            attr::setattr(vm, wrapper, &name, v)?;
        }
    }
    Ok(())
}

/// A classmethod or staticmethod around `f`, as the class statement makes for
/// `__init_subclass__`, `__class_getitem__` and `__new__` (with the wrapped attributes copied).
pub fn wrap(vm: &mut Vm, f: Value, static_: bool) -> PyResult<Value> {
    let v = if static_ {
        vm.new_object(vm.types.staticmethod.clone(), Payload::StaticMethod(RefCell::new(f.clone())))
    } else {
        vm.new_object(vm.types.classmethod.clone(), Payload::ClassMethod(RefCell::new(f.clone())))
    };
    copy_wrapped_attributes(vm, &v, &f)?;
    Ok(v)
}

fn classmethod_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    wrapper_init(vm, args, "classmethod")
}

fn staticmethod_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    wrapper_init(vm, args, "staticmethod")
}

fn classmethod_get_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (descr, obj, owner) = super::descr::get_args(vm, &args)?;
    let owner = owner.as_obj().and_then(|o| TypeRef::from_obj(o.clone()));
    classmethod_get(vm, &descr, &obj, owner.as_ref())
}

fn staticmethod_get_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (descr, _obj, _owner) = super::descr::get_args(vm, &args)?;
    staticmethod_get(vm, &descr)
}

fn staticmethod_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'staticmethod' object needs an argument"));
    };
    let f = staticmethod_get(vm, this)?;
    vm.call(&f, rest, args.kwnames)
}

fn wrapper_repr(vm: &mut Vm, args: CallArgs, what: &str) -> PyResult<Value> {
    let v = this(&args);
    let Some(f) = wrapped(&v) else { return Err(wrong_self(vm, &v, what)) };
    let f = f.borrow().clone();
    let inner = if f.is_null() { "NULL".to_string() } else { ops::repr::text_of(&ops::repr(vm, &f)?).unwrap_or_default() };
    Ok(vm.new_str(&format!("<{what}({inner})>")))
}

fn classmethod_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    wrapper_repr(vm, args, "classmethod")
}

fn staticmethod_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    wrapper_repr(vm, args, "staticmethod")
}

fn get_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match wrapped(v) {
        Some(f) => Ok(null_to_none(f.borrow().clone())),
        None => Err(wrong_self(vm, v, "classmethod")),
    }
}

fn wrapper_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = get_func(vm, v)?;
    Ok(Value::Bool(any_abstract(vm, &[f])?))
}

static PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", descriptor_new),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__get__", property_get_slot),
    MethodDef::slot("__set__", property_set_slot),
    MethodDef::slot("__delete__", property_delete_slot),
    MethodDef::slot("__init__", property_init),
    MethodDef::method("getter", property_getter),
    MethodDef::method("setter", property_setter),
    MethodDef::method("deleter", property_deleter),
    MethodDef::method("__set_name__", property_set_name),
];

static PROPERTY_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "fget", get: get_fget, set: Some(readonly), doc: None },
    GetSetDef { name: "fset", get: get_fset, set: Some(readonly), doc: None },
    GetSetDef { name: "fdel", get: get_fdel, set: Some(readonly), doc: None },
    GetSetDef { name: "__doc__", get: get_prop_doc, set: Some(set_prop_doc), doc: None },
    GetSetDef { name: "__isabstractmethod__", get: property_isabstract, set: None, doc: None },
];

static CLASSMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", descriptor_new),
    MethodDef::slot("__repr__", classmethod_repr),
    MethodDef::slot("__get__", classmethod_get_slot),
    MethodDef::slot("__init__", classmethod_init),
];

static STATICMETHOD_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", descriptor_new),
    MethodDef::slot("__repr__", staticmethod_repr),
    MethodDef::slot("__call__", staticmethod_call),
    MethodDef::slot("__get__", staticmethod_get_slot),
    MethodDef::slot("__init__", staticmethod_init),
];

static WRAPPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: get_func, set: Some(readonly), doc: None },
    GetSetDef { name: "__wrapped__", get: get_func, set: Some(readonly), doc: None },
    GetSetDef { name: "__isabstractmethod__", get: wrapper_isabstract, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.property.clone();
    add_methods(vm, &t, PROPERTY_METHODS);
    add_getsets(vm, &t, PROPERTY_GETSETS);
    for t in [vm.types.classmethod.clone(), vm.types.staticmethod.clone()] {
        let methods = if t.ptr_eq(&vm.types.classmethod) { CLASSMETHOD_METHODS } else { STATICMETHOD_METHODS };
        add_methods(vm, &t, methods);
        add_getsets(vm, &t, WRAPPER_GETSETS);
        crate::runtime::types::init::add_getsets(vm, &t, std::slice::from_ref(&crate::runtime::objects::object_type::DICT_GETSET));
        t.flags.set(t.flags.get() | crate::runtime::types::flags::HAS_DICT);
    }
}
