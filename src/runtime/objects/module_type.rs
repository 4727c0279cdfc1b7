//! The `module` type: creating modules (`types.ModuleType(name, doc)`), their repr, attribute
//! access with the module-level `__getattr__` and `__dir__` (PEP 562) and CPython's messages,
//! and `__annotations__`.

use crate::runtime::call::NativeParams;
use crate::runtime::object::{ModuleData, Payload};
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn is_module(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Module(_)))
}

fn wrong(vm: &Vm, v: &Value) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a 'module' object but received a '{t}'"))
}

/// A module's namespace (made on first use).
pub fn module_dict(vm: &Vm, m: &Value) -> Option<ObjRef> {
    let o = m.as_obj()?;
    attr::instance_dict(vm, o)
}

/// `module.__new__`: a module with an empty namespace.
fn module_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("module.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.types.module) {
        return Err(vm.type_error(format!("module.__new__({}): {} is not a subtype of module", cls.name(), cls.name())));
    }
    let o = crate::runtime::object::Object::with_slots(cls.clone(), Payload::Module(ModuleData { name: std::rc::Rc::from("?") }), cls.nslots.get());
    *o.dict.borrow_mut() = Some(vm.new_dict());
    Ok(Value::Obj(std::rc::Rc::new(o)))
}

/// `module.__init__(name, doc=None)`.
fn module_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((m, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__init__' of 'module' object needs an argument"));
    };
    let rest = CallArgs { args: rest, kwnames: args.kwnames };
    let params = NativeParams { fname: "module", names: &["name", "doc"], posonly: 0, required: 1, maxpos: 2 };
    let a = params.parse(vm, &rest)?;
    if !matches!(a[0].payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &a[0]);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {t}")));
    }
    let Some(d) = module_dict(vm, m) else { return Err(wrong(vm, m)) };
    dict_set_str(vm, &d, vm.names.__name__.clone(), a[0].clone());
    let doc = if a[1].is_null() { Value::None } else { a[1].clone() };
    dict_set_str(vm, &d, vm.names.__doc__.clone(), doc);
    dict_set_str(vm, &d, vm.names.__package__.clone(), Value::None);
    dict_set_str(vm, &d, vm.intern("__loader__"), Value::None);
    dict_set_str(vm, &d, vm.names.__spec__.clone(), Value::None);
    Ok(Value::None)
}

fn text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    Ok(ops::repr::text_of(&r).unwrap_or_default())
}

/// `<module 'name' from 'file'>`, as importlib's `_module_repr` words it.
pub fn module_repr_text(vm: &mut Vm, m: &Value) -> PyResult<String> {
    let loader_name = vm.intern("__loader__");
    let loader = attr::getattr_opt(vm, m, &loader_name)?.unwrap_or(Value::None);
    let spec = attr::getattr_opt(vm, m, &vm.names.__spec__.clone())?.unwrap_or(Value::None);
    if !spec.is_none() {
        return spec_repr(vm, &spec);
    }
    let name = match attr::getattr_opt(vm, m, &vm.names.__name__.clone())? {
        Some(n) => text(vm, &n)?,
        None => "'?'".to_string(),
    };
    match attr::getattr_opt(vm, m, &vm.names.__file__.clone())? {
        Some(f) => Ok(format!("<module {name} from {}>", text(vm, &f)?)),
        None => {
            let builtin = m.as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.sys) || std::rc::Rc::ptr_eq(o, &vm.builtins));
            if builtin {
                Ok(format!("<module {name} (built-in)>"))
            } else if loader.is_none() {
                Ok(format!("<module {name}>"))
            } else {
                Ok(format!("<module {name} ({})>", text(vm, &loader)?))
            }
        }
    }
}

/// The repr of a module from its spec (`_module_repr_from_spec`).
fn spec_repr(vm: &mut Vm, spec: &Value) -> PyResult<String> {
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        let name = vm.intern(n);
        Ok(attr::getattr_opt(vm, spec, &name)?.unwrap_or(Value::None))
    };
    let name = get(vm, "name")?;
    let name = if name.is_none() { "'?'".to_string() } else { text(vm, &name)? };
    let origin = get(vm, "origin")?;
    if origin.is_none() {
        let loader = get(vm, "loader")?;
        if loader.is_none() {
            return Ok(format!("<module {name}>"));
        }
        return Ok(format!("<module {name} ({})>", text(vm, &loader)?));
    }
    let has_location = get(vm, "has_location")?;
    if ops::is_true(vm, &has_location)? {
        Ok(format!("<module {name} from {}>", text(vm, &origin)?))
    } else {
        let o = ops::str_of(vm, &origin)?;
        Ok(format!("<module {name} ({})>", ops::repr::text_of(&o).unwrap_or_default()))
    }
}

fn module_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = this(&args);
    if !is_module(&m) {
        return Err(wrong(vm, &m));
    }
    let s = module_repr_text(vm, &m)?;
    Ok(vm.new_str(&s))
}

/// The AttributeError for a name a module lacks: "module 'm' has no attribute 'x'", or the
/// circular-import wording while the module is still initializing.
pub fn module_missing(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyErr {
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    let d = m.as_obj().and_then(|o| o.dict.borrow().clone());
    let mname = d.as_ref().and_then(|d| dict_get_str(vm, d, &vm.names.__name__)).filter(|v| matches!(v.payload(), Some(Payload::Str(_))));
    let err = match mname {
        Some(mn) => {
            let mn = ops::repr::text_of(&mn).unwrap_or_default();
            let spec = d.as_ref().and_then(|d| dict_get_str(vm, d, &vm.names.__spec__)).unwrap_or(Value::None);
            let initializing = !spec.is_none() && {
                let k = vm.intern("_initializing");
                matches!(attr::getattr_opt(vm, &spec, &k), Ok(Some(v)) if ops::is_true(vm, &v).unwrap_or(false))
            };
            if initializing {
                vm.attribute_error(format!(
                    "partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)"
                ))
            } else {
                vm.attribute_error(format!("module '{mn}' has no attribute '{n}'"))
            }
        }
        None => vm.attribute_error(format!("module has no attribute '{n}'")),
    };
    crate::runtime::objects::exception::set_attribute_error_context(vm, &err, m, name);
    err
}

fn module_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [m, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let name = attr::attr_name(vm, name)?;
    let t = m.class(vm);
    match attr::generic_getattr(vm, m, &t, &name)? {
        Some(v) => Ok(v),
        None => Err(module_missing(vm, m, &name)),
    }
}

fn module_dir_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = this(&args);
    crate::runtime::types::introspect::module_dir(vm, &m)
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match module_dict(vm, v) {
        Some(d) if is_module(v) => Ok(Value::Obj(d)),
        _ => Err(wrong(vm, v)),
    }
}

fn set_dict(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = module_dict(vm, v).filter(|_| is_module(v)) else { return Err(wrong(vm, v)) };
    let key = vm.names.__annotations__.clone();
    if let Some(a) = dict_get_str(vm, &d, &key) {
        return Ok(a);
    }
    let a = Value::Obj(vm.new_dict());
    dict_set_str(vm, &d, key, a.clone());
    Ok(a)
}

fn set_annotations(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let Some(d) = module_dict(vm, v).filter(|_| is_module(v)) else { return Err(wrong(vm, v)) };
    let key = vm.names.__annotations__.clone();
    if value.is_null() {
        let Payload::Dict(dd) = &d.payload else { return Ok(()) };
        if Dict::del_item(dd, vm, &Value::Obj(key))?.is_none() {
            return Err(vm.attribute_error("__annotations__"));
        }
        return Ok(());
    }
    dict_set_str(vm, &d, key, value);
    Ok(())
}

static MODULE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", module_new),
    MethodDef::slot("__repr__", module_repr),
    MethodDef::slot("__getattribute__", module_getattribute),
    MethodDef::slot("__setattr__", attr::object_setattr),
    MethodDef::slot("__delattr__", attr::object_delattr),
    MethodDef::slot("__init__", module_init),
    MethodDef::method("__dir__", module_dir_method),
];

static MODULE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict), doc: None },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    add_methods(vm, &t, MODULE_METHODS);
    add_getsets(vm, &t, MODULE_GETSETS);
    t.flags.set(t.flags.get() | crate::runtime::types::flags::HAS_DICT | crate::runtime::types::flags::HAS_WEAKREF);
}
