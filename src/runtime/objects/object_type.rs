//! The `object` type: the default behaviour every class inherits (`__new__`, `__init__`,
//! `__repr__`, `__str__`, equality, identity hash, attribute access, `__class__`,
//! `__init_subclass__`, `__format__`, `__dir__`).

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::{Layout, TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn arg_type(vm: &Vm, v: &Value) -> PyResult<TypeRef> {
    v.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("object.__new__(X): X is not a type object ({})", ops::type_name(vm, v))))
}

/// An empty instance of `cls` with the payload its layout needs.
pub fn new_instance(vm: &Vm, cls: &TypeRef) -> Value {
    let payload = match cls.layout {
        Layout::Object | Layout::Opaque | Layout::Property | Layout::ClassMethod | Layout::StaticMethod => Payload::Instance,
        Layout::Exception => Payload::Exception(Box::new(crate::runtime::objects::exception::ExceptionData::new(Value::Obj(vm.empty_tuple.clone())))),
        Layout::List => Payload::List(Default::default()),
        Layout::Dict => Payload::Dict(Default::default()),
        _ => Payload::Instance,
    };
    let o = Object::with_slots(cls.clone(), payload, cls.nslots.get());
    Value::Obj(std::rc::Rc::new(o))
}

fn object_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let cls = arg_type(vm, cls)?;
    let extra = pos.len() > 1 || args.has_kwargs();
    if extra {
        // Arguments are allowed only when __init__ is overridden and __new__ is not.
        let new_overridden = !is_object_slot(vm, &cls, &vm.names.__new__.clone());
        let init_overridden = !is_object_slot(vm, &cls, &vm.names.__init__.clone());
        if new_overridden || !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    if cls.has_flag(flags::IS_ABSTRACT) {
        return Err(vm.type_error(format!("Can't instantiate abstract class {}", cls.name())));
    }
    Ok(new_instance(vm, &cls))
}

/// Whether `cls.name` is object's own implementation.
fn is_object_slot(vm: &Vm, cls: &TypeRef, name: &crate::runtime::value::ObjRef) -> bool {
    let mine = cls.lookup(vm, name);
    let objects = vm.types.object.lookup(vm, name);
    match (mine, objects) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

fn object_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if pos.len() > 1 || args.has_kwargs() {
        let cls = this.class(vm);
        let init_overridden = !is_object_slot(vm, &cls, &vm.names.__init__.clone());
        let new_overridden = !is_object_slot(vm, &cls, &vm.names.__new__.clone());
        if init_overridden || !new_overridden {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                if init_overridden { "object".to_string() } else { cls.name().to_string() }
            )));
        }
    }
    Ok(Value::None)
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &mut Vm, this: &Value) -> PyResult<String> {
    let cls = this.class(vm);
    let module = crate::runtime::objects::dict::dict_get_str(vm, &cls.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
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
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    Ok(if a.is(b) { Value::Bool(true) } else { vm.not_implemented() })
}

fn object_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
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

fn object_init_subclass(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, spec] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
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

fn object_class_set(vm: &mut Vm, this: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    let Some(new) = value.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let t = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{t}' object")));
    };
    let Value::Obj(o) = this else {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    let old = o.class();
    if !old.has_flag(flags::HEAPTYPE) || !new.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if old.layout != new.layout || old.nslots.get() != new.nslots.get() {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
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
    match value.payload() {
        Some(Payload::Dict(_)) => {
            *o.dict.borrow_mut() = value.as_obj().cloned();
            Ok(())
        }
        _ => {
            let t = ops::type_name(vm, &value);
            Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")))
        }
    }
}

fn object_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    crate::runtime::builtins::object_dir(vm, &this)
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
    let this = args.pos().first().cloned().unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(match this {
        Value::Obj(o) => (std::mem::size_of::<Object>() + o.slots.len() * 16) as i64,
        _ => 16,
    }))
}

static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", object_new),
    MethodDef::slot("__init__", object_init),
    MethodDef::slot("__repr__", object_repr),
    MethodDef::slot("__str__", object_str),
    MethodDef::slot("__hash__", ops::hash::object_hash),
    MethodDef::slot("__eq__", object_eq),
    MethodDef::slot("__ne__", object_ne),
    MethodDef::slot("__lt__", object_not_implemented),
    MethodDef::slot("__le__", object_not_implemented),
    MethodDef::slot("__gt__", object_not_implemented),
    MethodDef::slot("__ge__", object_not_implemented),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__setattr__", attr::object_setattr),
    MethodDef::slot("__delattr__", attr::object_delattr),
    MethodDef::classmethod("__init_subclass__", object_init_subclass),
    MethodDef::classmethod("__subclasshook__", object_subclasshook),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__dir__", object_dir),
    MethodDef::method("__reduce_ex__", object_reduce_ex),
    MethodDef::method("__sizeof__", object_sizeof),
];

static OBJECT_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__class__",
    get: object_class_get,
    set: Some(object_class_set),
    doc: None,
}];

/// The `__dict__` descriptor given to classes whose instances have a dict.
pub static DICT_GETSET: GetSetDef = GetSetDef { name: "__dict__", get: object_dict_get, set: Some(object_dict_set), doc: None };

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    add_methods(vm, &t, OBJECT_METHODS);
    add_getsets(vm, &t, OBJECT_GETSETS);
}
