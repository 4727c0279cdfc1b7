//! The `type` type: creating and calling classes, their reprs, and their attributes (`__name__`,
//! `__qualname__`, `__module__`, `__bases__`, `__mro__`, `__dict__`, `mro()`,
//! `__subclasses__()`, `isinstance`/`issubclass` hooks).

use std::rc::Rc;

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::class::{type_call_method, type_new};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn this_type(vm: &Vm, v: &Value) -> PyResult<TypeRef> {
    v.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", ops::type_name(vm, v))))
}

fn type_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `<class 'module.QualName'>`.
pub fn type_repr_text(vm: &Vm, t: &TypeRef) -> String {
    let module = dict_get_str(vm, &t.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
    let q = t.qualname.borrow().clone();
    match module.as_deref() {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }
}

fn type_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, args.pos().first().unwrap_or(&Value::None))?;
    let s = type_repr_text(vm, &t);
    Ok(vm.new_str(&s))
}

fn type_mro(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, args.pos().first().unwrap_or(&Value::None))?;
    let items: Vec<Value> = t.mro.borrow().iter().map(|x| x.to_value()).collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, args.pos().first().unwrap_or(&Value::None))?;
    let items: Vec<Value> = t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_instancecheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, inst] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let t = this_type(vm, t)?;
    let direct = ops::is_instance(vm, inst, &t);
    if direct {
        return Ok(Value::Bool(true));
    }
    // An object may claim another class through __class__.
    let cls_name = vm.names.__class__.clone();
    if let Some(c) = ops::getattr_opt(vm, inst, &cls_name)? {
        if let Some(ct) = c.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
            return Ok(Value::Bool(ct.is_subtype(&t)));
        }
    }
    Ok(Value::Bool(false))
}

fn type_subclasscheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, sub] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let t = this_type(vm, t)?;
    match sub.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(s) => Ok(Value::Bool(s.is_subtype(&t))),
        None => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_prepare(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    crate::runtime::builtins::object_dir(vm, &this)
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let n = t.name();
    Ok(vm.new_str(&n))
}

fn set_name(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__name__' attribute of immutable type '{}'", t.name())));
    }
    match ops::repr::text_of(&value) {
        Some(s) if !value.is_null() => {
            *t.name.borrow_mut() = Rc::from(s.as_str());
            Ok(())
        }
        _ => Err(vm.type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), ops::type_name(vm, &value)))),
    }
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let n = t.qualname.borrow().clone();
    Ok(vm.new_str(&n))
}

fn set_qualname(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__qualname__' attribute of immutable type '{}'", t.name())));
    }
    match ops::repr::text_of(&value) {
        Some(s) if !value.is_null() => {
            *t.qualname.borrow_mut() = Rc::from(s.as_str());
            Ok(())
        }
        _ => Err(vm.type_error(format!("can only assign string to {}.__qualname__, not '{}'", t.name(), ops::type_name(vm, &value)))),
    }
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(dict_get_str(vm, &t.dict, &vm.names.__module__).unwrap_or_else(|| vm.new_str("builtins")))
}

fn set_module(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__module__' attribute of immutable type '{}'", t.name())));
    }
    dict_set_str(vm, &t.dict, vm.names.__module__.clone(), value);
    t.modified(vm);
    Ok(())
}

fn get_bases(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let items: Vec<Value> = t.bases.borrow().iter().map(|x| x.to_value()).collect();
    Ok(vm.new_tuple(items))
}

fn get_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let b = t.bases.borrow().first().map(|x| x.to_value()).unwrap_or(Value::None);
    Ok(b)
}

fn get_mro(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let items: Vec<Value> = t.mro.borrow().iter().map(|x| x.to_value()).collect();
    Ok(vm.new_tuple(items))
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(vm.new_object(vm.types.mappingproxy.clone(), Payload::MappingProxy(Value::Obj(t.dict.clone()))))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let doc = dict_get_str(vm, &t.dict, &vm.names.__doc__).unwrap_or(Value::None);
    let ty = t.clone();
    ops::attr::descr_get(vm, &doc, &Value::None, &ty)
}

static TYPE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", type_new),
    MethodDef::slot("__init__", type_init),
    MethodDef::slot("__call__", type_call_method),
    MethodDef::slot("__repr__", type_repr),
    MethodDef::method("mro", type_mro),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::classmethod("__prepare__", type_prepare),
    MethodDef::method("__dir__", type_dir),
];

static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: None },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: None },
    GetSetDef { name: "__bases__", get: get_bases, set: None, doc: None },
    GetSetDef { name: "__base__", get: get_base, set: None, doc: None },
    GetSetDef { name: "__mro__", get: get_mro, set: None, doc: None },
    GetSetDef { name: "__dict__", get: get_dict, set: None, doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    add_methods(vm, &t, TYPE_METHODS);
    add_getsets(vm, &t, TYPE_GETSETS);
}
