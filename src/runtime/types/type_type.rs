//! The `type` type: creating and calling classes, their reprs, and their attributes (`__name__`,
//! `__qualname__`, `__module__`, `__bases__`, `__base__`, `__mro__`, `__dict__`, `__doc__`,
//! `__abstractmethods__`, `__annotations__`, `__type_params__`, ...), `mro()`,
//! `__subclasses__()`, the `isinstance`/`issubclass` hooks, `__prepare__` and `__dir__`.

use std::rc::Rc;

use crate::runtime::types::introspect;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::class::{type_call_method, type_new};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::{Layout, TypeRef, flags, layout};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn this_type(vm: &Vm, v: &Value) -> PyResult<TypeRef> {
    v.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", ops::type_name(vm, v))))
}

fn first(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

/// `type.__init__`: only the argument count is checked (keywords go to `__init_subclass__`).
fn type_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if args.has_kwargs() && n == 1 {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `<class 'module.QualName'>`.
pub fn type_repr_text(vm: &Vm, t: &TypeRef) -> String {
    // A builtin type outside builtins (typing.TypeVar) names its module in its dict.
    let module = dict_get_str(vm, &t.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
    let q = t.qualname.borrow().clone();
    match module.as_deref() {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }
}

fn type_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = first(&args);
    let Some(t) = v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let tn = ops::type_name(vm, &v);
        return Err(vm.type_error(format!("descriptor '__repr__' requires a 'type' object but received a '{tn}'")));
    };
    let s = type_repr_text(vm, &t);
    Ok(vm.new_str(&s))
}

fn type_mro(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, &first(&args))?;
    let bases = t.bases.borrow().clone();
    let mro = super::compute_mro(&t, &bases).map_err(|m| vm.type_error(m))?;
    let items: Vec<Value> = mro.iter().map(|x| x.to_value()).collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, &first(&args))?;
    let items: Vec<Value> = t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_instancecheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, inst] = args.pos() else {
        return Err(vm.type_error(format!("type.__instancecheck__() takes exactly one argument ({} given)", args.pos().len().saturating_sub(1))));
    };
    this_type(vm, t)?;
    Ok(Value::Bool(introspect::real_isinstance(vm, inst, t)?))
}

fn type_subclasscheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, sub] = args.pos() else {
        return Err(vm.type_error(format!("type.__subclasscheck__() takes exactly one argument ({} given)", args.pos().len().saturating_sub(1))));
    };
    this_type(vm, t)?;
    Ok(Value::Bool(introspect::real_issubclass(vm, sub, t)?))
}

fn type_prepare(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = first(&args);
    this_type(vm, &v)?;
    introspect::type_dir(vm, &v)
}

fn type_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let t = this_type(vm, &first(&args))?;
    let heap = t.has_flag(flags::HEAPTYPE);
    Ok(Value::Int(if heap { 1688 } else { 920 }))
}

fn type_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    this_type(vm, t)?;
    let name = attr::attr_name(vm, name)?;
    let meta = t.class(vm);
    match attr::generic_getattr(vm, t, &meta, &name)? {
        Some(v) => Ok(v),
        None => Err(attr::missing_attribute(vm, t, &name)),
    }
}

fn type_setattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, name, value] = args.pos() else { return Err(vm.type_error("expected 2 arguments")) };
    this_type(vm, t)?;
    let name = attr::attr_name(vm, name)?;
    let meta = t.class(vm);
    attr::generic_setattr(vm, t, &meta, &name, value.clone())?;
    Ok(Value::None)
}

fn type_delattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    this_type(vm, t)?;
    let name = attr::attr_name(vm, name)?;
    let meta = t.class(vm);
    attr::generic_setattr(vm, t, &meta, &name, Value::Null)?;
    Ok(Value::None)
}

/// `int | str`: a `types.UnionType`.
fn type_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    crate::runtime::objects::union_type::union_or(vm, a, b)
}

fn type_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    type_or(vm, CallArgs::positional(&[b.clone(), a.clone()]))
}

// ---- attributes ----

/// The TypeError for setting or deleting a special attribute of a builtin type.
fn immutable(vm: &Vm, t: &TypeRef, name: &str, value: &Value) -> Option<PyErr> {
    if !t.has_flag(flags::HEAPTYPE) {
        return Some(vm.type_error(format!("cannot set '{name}' attribute of immutable type '{}'", t.name())));
    }
    if value.is_null() {
        return Some(vm.type_error(format!("cannot delete '{name}' attribute of immutable type '{}'", t.name())));
    }
    None
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let n = t.name();
    Ok(vm.new_str(&n))
}

fn set_name(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if let Some(e) = immutable(vm, &t, "__name__", &value) {
        return Err(e);
    }
    match ops::repr::text_of(&value) {
        Some(s) if s.contains('\0') => Err(vm.value_error("type name must not contain null characters")),
        Some(s) => {
            *t.name.borrow_mut() = Rc::from(s.as_str());
            Ok(())
        }
        None => Err(vm.type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), ops::type_name(vm, &value)))),
    }
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let n = t.qualname.borrow().clone();
    Ok(vm.new_str(&n))
}

fn set_qualname(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if let Some(e) = immutable(vm, &t, "__qualname__", &value) {
        return Err(e);
    }
    match ops::repr::text_of(&value) {
        Some(s) => {
            *t.qualname.borrow_mut() = Rc::from(s.as_str());
            Ok(())
        }
        None => Err(vm.type_error(format!("can only assign string to {}.__qualname__, not '{}'", t.name(), ops::type_name(vm, &value)))),
    }
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        let m = dict_get_str(vm, &t.dict, &vm.names.__module__).filter(|m| ops::repr::text_of(m).is_some());
        return Ok(m.unwrap_or_else(|| vm.new_str("builtins")));
    }
    match dict_get_str(vm, &t.dict, &vm.names.__module__) {
        Some(m) => Ok(m),
        None if !t.has_flag(flags::HEAPTYPE) => Ok(vm.new_str("builtins")),
        None => Err(vm.attribute_error("__module__")),
    }
}

fn set_module(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if let Some(e) = immutable(vm, &t, "__module__", &value) {
        return Err(e);
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

fn set_bases(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    super::class::set_bases(vm, &t, &value)
}

fn get_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(layout::base_of(&t).map(|b| b.to_value()).unwrap_or(Value::None))
}

fn get_mro(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let items: Vec<Value> = t.mro.borrow().iter().map(|x| x.to_value()).collect();
    Ok(vm.new_tuple(items))
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(crate::runtime::objects::mappingproxy::new_proxy(vm, Value::Obj(t.dict.clone())))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let doc = dict_get_str(vm, &t.dict, &vm.names.__doc__).unwrap_or(Value::None);
    attr::descr_get(vm, &doc, &Value::Null, &t)
}

fn set_doc(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if let Some(e) = immutable(vm, &t, "__doc__", &value) {
        return Err(e);
    }
    dict_set_str(vm, &t.dict, vm.names.__doc__.clone(), value);
    t.modified(vm);
    Ok(())
}

fn get_text_signature(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this_type(vm, v)?;
    Ok(Value::None)
}

fn get_abstractmethods(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let name = vm.intern("__abstractmethods__");
    let found = if t.ptr_eq(&vm.types.type_) { None } else { dict_get_str(vm, &t.dict, &name) };
    found.ok_or_else(|| vm.attribute_error("__abstractmethods__"))
}

fn set_abstractmethods(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__abstractmethods__' attribute of immutable type '{}'", t.name())));
    }
    let name = vm.intern("__abstractmethods__");
    let abstract_ = if value.is_null() {
        let Payload::Dict(d) = &t.dict.payload else { return Ok(()) };
        if Dict::del_item(d, vm, &Value::Obj(name))?.is_none() {
            return Err(vm.attribute_error("__abstractmethods__"));
        }
        false
    } else {
        let truth = ops::is_true(vm, &value)?;
        dict_set_str(vm, &t.dict, name, value);
        truth
    };
    t.modified(vm);
    let f = t.flags.get();
    t.flags.set(if abstract_ { f | flags::IS_ABSTRACT } else { f & !flags::IS_ABSTRACT });
    Ok(())
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.name())));
    }
    let name = vm.names.__annotations__.clone();
    if let Some(a) = dict_get_str(vm, &t.dict, &name) {
        return attr::descr_get(vm, &a, &Value::Null, &t);
    }
    let a = Value::Obj(vm.new_dict());
    dict_set_str(vm, &t.dict, name, a.clone());
    t.modified(vm);
    Ok(a)
}

fn set_annotations(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__annotations__' attribute of immutable type '{}'", t.name())));
    }
    let name = vm.names.__annotations__.clone();
    if value.is_null() {
        let Payload::Dict(d) = &t.dict.payload else { return Ok(()) };
        if Dict::del_item(d, vm, &Value::Obj(name))?.is_none() {
            return Err(vm.attribute_error("__annotations__"));
        }
    } else {
        dict_set_str(vm, &t.dict, name, value);
    }
    t.modified(vm);
    Ok(())
}

fn get_type_params(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let name = vm.names.__type_params__.clone();
    Ok(dict_get_str(vm, &t.dict, &name).unwrap_or_else(|| Value::Obj(vm.empty_tuple.clone())))
}

fn set_type_params(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = this_type(vm, v)?;
    if let Some(e) = immutable(vm, &t, "__type_params__", &value) {
        return Err(e);
    }
    if !matches!(value.payload(), Some(Payload::Tuple(_))) {
        let tn = ops::type_name(vm, &value);
        return Err(vm.type_error(format!("__type_params__ must be set to a tuple, not {tn}")));
    }
    dict_set_str(vm, &t.dict, vm.names.__type_params__.clone(), value);
    t.modified(vm);
    Ok(())
}

fn get_basicsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    let base = match t.layout {
        Layout::Object | Layout::Opaque => 16,
        Layout::Int | Layout::Bytes | Layout::Tuple => 24,
        Layout::Float | Layout::Property | Layout::ClassMethod | Layout::StaticMethod => 24,
        Layout::Complex | Layout::List | Layout::Set | Layout::FrozenSet | Layout::Dict => 32,
        Layout::Str => 64,
        Layout::ByteArray => 56,
        Layout::Type => 920,
        Layout::Exception => 64,
        Layout::Module => 48,
    };
    Ok(Value::Int(base + 8 * t.nslots.get() as i64))
}

fn get_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(Value::Int(match t.layout {
        Layout::Int => 4,
        Layout::Bytes => 1,
        Layout::Tuple => 8,
        Layout::Type => 40,
        _ => 0,
    }))
}

fn get_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    // The public Py_TPFLAGS_* bits CPython reports.
    let mut f: i64 = 1 << 18 | 1 << 12; // READY, IMMUTABLETYPE-free default
    if t.has_flag(flags::HEAPTYPE) {
        f |= 1 << 9;
    } else {
        f |= 1 << 8;
    }
    if t.has_flag(flags::BASETYPE) {
        f |= 1 << 10;
    }
    if t.has_flag(flags::IS_ABSTRACT) {
        f |= 1 << 20;
    }
    if t.has_flag(flags::SEQUENCE) {
        f |= 1 << 5;
    }
    if t.has_flag(flags::MAPPING) {
        f |= 1 << 6;
    }
    if t.is_subtype(&vm.types.type_) {
        f |= 1 << 31;
    }
    if t.has_flag(flags::BASE_EXC_SUBCLASS) {
        f |= 1 << 30;
    }
    Ok(Value::Int(f))
}

fn get_weakrefoffset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(Value::Int(if layout::has_weakref(&t) { if t.has_flag(flags::HEAPTYPE) { -32 } else { 24 } } else { 0 }))
}

fn get_dictoffset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_type(vm, v)?;
    Ok(Value::Int(if layout::has_dict(&t) { if t.has_flag(flags::HEAPTYPE) { -1 } else { 16 } } else { 0 }))
}

fn readonly(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

static TYPE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", type_new),
    MethodDef::slot("__repr__", type_repr),
    MethodDef::slot("__call__", type_call_method),
    MethodDef::slot("__getattribute__", type_getattribute),
    MethodDef::slot("__setattr__", type_setattr),
    MethodDef::slot("__delattr__", type_delattr),
    MethodDef::slot("__init__", type_init),
    MethodDef::slot("__or__", type_or),
    MethodDef::slot("__ror__", type_ror),
    MethodDef::method("mro", type_mro),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::classmethod("__prepare__", type_prepare),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::method("__dir__", type_dir),
    MethodDef::method("__sizeof__", type_sizeof),
];

static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__basicsize__", get: get_basicsize, set: Some(readonly), doc: None },
    GetSetDef { name: "__itemsize__", get: get_itemsize, set: Some(readonly), doc: None },
    GetSetDef { name: "__flags__", get: get_flags, set: Some(readonly), doc: None },
    GetSetDef { name: "__weakrefoffset__", get: get_weakrefoffset, set: Some(readonly), doc: None },
    GetSetDef { name: "__base__", get: get_base, set: Some(readonly), doc: None },
    GetSetDef { name: "__dictoffset__", get: get_dictoffset, set: Some(readonly), doc: None },
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: None },
    GetSetDef { name: "__bases__", get: get_bases, set: Some(set_bases), doc: None },
    GetSetDef { name: "__mro__", get: get_mro, set: None, doc: None },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module), doc: None },
    GetSetDef { name: "__abstractmethods__", get: get_abstractmethods, set: Some(set_abstractmethods), doc: None },
    GetSetDef { name: "__dict__", get: get_dict, set: None, doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc), doc: None },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: None },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations), doc: None },
    GetSetDef { name: "__type_params__", get: get_type_params, set: Some(set_type_params), doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    add_methods(vm, &t, TYPE_METHODS);
    add_getsets(vm, &t, TYPE_GETSETS);
}
