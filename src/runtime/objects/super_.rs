//! `super`: the lookup along the MRO after a class, the zero-argument form that reads the
//! calling frame (its first argument and `__class__` cell), and the super object's attributes,
//! repr and `__get__`.

use crate::runtime::call::is_plain_method;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, attr::descr_get};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn as_type(v: &Value) -> Option<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
}

/// The type whose MRO `super(cls, obj)` searches: `obj` itself when it is a subclass of `cls`
/// (class methods), else `type(obj)` (or what `obj.__class__` claims).
pub fn super_check(vm: &mut Vm, cls: &TypeRef, obj: &Value) -> PyResult<TypeRef> {
    if let Some(t) = as_type(obj) {
        if t.is_subtype(cls) {
            return Ok(t);
        }
    }
    let t = obj.class(vm);
    if t.is_subtype(cls) {
        return Ok(t);
    }
    let class_name = vm.names.__class__.clone();
    if let Some(c) = ops::attr::getattr_opt(vm, obj, &class_name)? {
        if let Some(ct) = as_type(&c) {
            if !ct.ptr_eq(&t) && ct.is_subtype(cls) {
                return Ok(ct);
            }
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super(cls, obj).name`: (the attribute, Null) or, when `method` and it is a plain method,
/// (the function, obj).
pub fn super_lookup(vm: &mut Vm, cls: &TypeRef, obj: &Value, name: &ObjRef, method: bool) -> PyResult<(Value, Value)> {
    let start = super_check(vm, cls, obj)?;
    if let Some(v) = lookup_after(vm, cls, obj, &start, name, method)? {
        return Ok(v);
    }
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    Err(vm.attribute_error(format!("'super' object has no attribute '{n}'")))
}

/// The search of `super(cls, obj)` along `start`'s MRO after `cls`.
fn lookup_after(vm: &mut Vm, cls: &TypeRef, obj: &Value, start: &TypeRef, name: &ObjRef, method: bool) -> PyResult<Option<(Value, Value)>> {
    let mro = start.mro.borrow().clone();
    let pos = mro.iter().position(|t| t.ptr_eq(cls)).map_or(mro.len(), |i| i + 1);
    for t in &mro[pos..] {
        if let Some(v) = dict_get_str(vm, &t.dict, name) {
            if method && is_plain_method(&v) {
                return Ok(Some((v, obj.clone())));
            }
            let inst = if as_type(obj).is_some_and(|x| x.ptr_eq(start)) { Value::Null } else { obj.clone() };
            let r = descr_get(vm, &v, &inst, start)?;
            return Ok(Some(if method { (Value::Null, r) } else { (r, Value::Null) }));
        }
    }
    Ok(None)
}

/// The attribute lookup of a bound super object (`super_getattro`): Ok(None) when neither the
/// classes after `__thisclass__` nor the super object itself have the name.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(Payload::Super { this_type, obj, obj_type: Some(start) }) = sup.payload() {
        let is_class_attr = name.as_str().is_some_and(|s| s.eq_str("__class__"));
        if !is_class_attr {
            let (this_type, obj, start) = (this_type.clone(), obj.clone(), start.clone());
            if let Some((v, _)) = lookup_after(vm, &this_type, &obj, &start, name, false)? {
                return Ok(Some(v));
            }
        }
    }
    let t = sup.class(vm);
    ops::attr::generic_getattr(vm, sup, &t, name)
}

/// The (class, first argument) of a zero-argument `super()` called from the running frame.
fn zero_arg(vm: &mut Vm) -> PyResult<(TypeRef, Value)> {
    let Some(f) = vm.current_frame() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    if code.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = f.localsplus.first().cloned().unwrap_or_default();
    if code.is_cell_slot(0) {
        if let Some(Payload::Cell(c)) = first.payload() {
            let inner = c.borrow().clone();
            first = inner;
        }
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let class_slot = code.localsplusnames.iter().position(|n| n.as_str().is_some_and(|s| s.eq_str("__class__")));
    let Some(i) = class_slot.filter(|&i| code.localspluskinds[i] & crate::bytecode::code::kinds::FREE != 0) else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cell = f.localsplus.get(i).cloned().unwrap_or_default();
    let cls = match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => return Err(vm.runtime_error("super(): bad __class__ cell")),
    };
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    match as_type(&cls) {
        Some(t) => Ok((t, first)),
        None => {
            let tn = ops::type_name(vm, &cls);
            Err(vm.runtime_error(format!("super(): __class__ is not a type ({tn})")))
        }
    }
}

/// `super.__new__(super_type, ...)`: builds the super object (its arguments are read here; the
/// zero-argument form reads the caller's frame).
pub fn super_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let class = pos.first().and_then(as_type).unwrap_or_else(|| vm.types.super_.clone());
    if args.has_kwargs() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let arg_type = |vm: &Vm, v: &Value| -> PyResult<TypeRef> {
        as_type(v).ok_or_else(|| {
            let got = ops::type_name(vm, v);
            vm.type_error(format!("super() argument 1 must be a type, not {got}"))
        })
    };
    let (cls, this) = match pos.len() {
        0 | 1 => zero_arg(vm)?,
        2 => (arg_type(vm, &pos[1])?, Value::None),
        3 => (arg_type(vm, &pos[1])?, pos[2].clone()),
        n => return Err(vm.type_error(format!("super() expected at most 2 arguments, got {}", n - 1))),
    };
    let obj_type = if this.is_none() { None } else { Some(super_check(vm, &cls, &this)?) };
    Ok(crate::runtime::objects::object_type::alloc(&class, Payload::Super { this_type: cls, obj: this, obj_type }))
}

fn super_init(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn super_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [sup, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let name = ops::attr::attr_name(vm, name)?;
    match super_getattr(vm, sup, &name)? {
        Some(v) => Ok(v),
        None => Err(ops::attr::missing_attribute(vm, sup, &name)),
    }
}

fn parts(v: &Value) -> Option<(&TypeRef, &Value, &Option<TypeRef>)> {
    match v.payload() {
        Some(Payload::Super { this_type, obj, obj_type }) => Some((this_type, obj, obj_type)),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value) -> crate::runtime::vm::PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a 'super' object but received a '{t}'"))
}

/// `<super: <class 'B'>, <B object>>` or `<super: <class 'B'>, NULL>`.
fn super_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let Some((t, _, ot)) = parts(&v) else { return Err(wrong(vm, &v)) };
    let s = match ot {
        Some(ot) => format!("<super: <class '{}'>, <{} object>>", t.name(), ot.name()),
        None => format!("<super: <class '{}'>, NULL>", t.name()),
    };
    Ok(vm.new_str(&s))
}

/// `super(cls).__get__(obj)`: an unbound super object bound to `obj`.
fn super_get(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (sup, obj, _owner) = super::descr::get_args(vm, &args)?;
    let Some((t, bound, _)) = parts(&sup) else { return Err(wrong(vm, &sup)) };
    if obj.is_none() || !bound.is_none() {
        return Ok(sup);
    }
    let t = t.clone();
    let class = sup.class(vm);
    let obj_type = super_check(vm, &t, &obj)?;
    Ok(crate::runtime::objects::object_type::alloc(&class, Payload::Super { this_type: t, obj, obj_type: Some(obj_type) }))
}

fn get_thisclass(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|(t, _, _)| t.to_value()).ok_or_else(|| wrong(vm, v))
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|(_, o, _)| o.clone()).ok_or_else(|| wrong(vm, v))
}

fn get_self_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|(_, _, ot)| ot.as_ref().map_or(Value::None, |t| t.to_value())).ok_or_else(|| wrong(vm, v))
}

static SUPER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", super_new),
    MethodDef::slot("__repr__", super_repr),
    MethodDef::slot("__getattribute__", super_getattribute),
    MethodDef::slot("__get__", super_get),
    MethodDef::slot("__init__", super_init),
];

static SUPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__thisclass__", get: get_thisclass, set: None, doc: None },
    GetSetDef { name: "__self__", get: get_self, set: None, doc: None },
    GetSetDef { name: "__self_class__", get: get_self_class, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.super_.clone();
    add_methods(vm, &t, SUPER_METHODS);
    add_getsets(vm, &t, SUPER_GETSETS);
}
