//! The types of native functions and descriptors: `builtin_function_or_method` (module
//! functions and bound builtin methods), `method-wrapper` (bound slot wrappers),
//! `method_descriptor`, `wrapper_descriptor`, `classmethod_descriptor`, `getset_descriptor` and
//! `member_descriptor`: their reprs, names, `__get__`/`__set__`/`__delete__`, equality and
//! hashing.

use std::rc::Rc;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{BuiltinFunction, CallArgs, GetSetDef, MethodDef, NativeKind};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn builtin(v: &Value) -> Option<&BuiltinFunction> {
    match v.payload() {
        Some(Payload::BuiltinFunction(b)) => Some(b),
        _ => None,
    }
}

fn owner_type(b: &BuiltinFunction) -> Option<TypeRef> {
    b.owner.as_ref().and_then(|o| TypeRef::from_obj(o.clone()))
}

fn owner_name(b: &BuiltinFunction) -> Rc<str> {
    owner_type(b).map(|t| t.name()).unwrap_or_else(|| Rc::from("?"))
}

fn not_native(vm: &Vm, v: &Value, what: &str) -> crate::runtime::vm::PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a '{what}' object but received a '{t}'"))
}

/// The documentation of a native function: its doc text without the signature header.
fn doc_of(b: &BuiltinFunction) -> Option<&'static str> {
    let d = b.doc?;
    match d.find(")\n--\n\n") {
        Some(i) => Some(&d[i + 6..]),
        None => Some(d),
    }
}

/// `__text_signature__`: the signature header of the doc text (`name(sig)\n--\n\n`), if any.
fn text_signature_of(b: &BuiltinFunction) -> Option<&'static str> {
    let d = b.doc?;
    let end = d.find(")\n--\n\n")?;
    let start = d[..end].find('(')?;
    Some(&d[start..=end])
}

// ---- repr texts ----

/// The repr of any native function or method descriptor.
pub fn builtin_repr_text(vm: &Vm, v: &Value) -> String {
    let Some(b) = builtin(v) else { return String::new() };
    match (&b.bound, b.kind) {
        (None, NativeKind::Function) => format!("<built-in function {}>", b.name),
        (None, NativeKind::StaticMethod) => match &b.owner {
            Some(o) => format!("<built-in method {} of type object at {:#x}>", b.name, Rc::as_ptr(o) as *const u8 as usize),
            None => format!("<built-in function {}>", b.name),
        },
        (None, NativeKind::Method | NativeKind::ClassMethod) => format!("<method '{}' of '{}' objects>", b.name, owner_name(b)),
        (None, NativeKind::Slot) => format!("<slot wrapper '{}' of '{}' objects>", b.name, owner_name(b)),
        (Some(recv), NativeKind::Slot) => {
            format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, ops::type_name(vm, recv), recv.id())
        }
        (Some(recv), _) => format!("<built-in method {} of {} object at {:#x}>", b.name, ops::type_name(vm, recv), recv.id()),
    }
}

fn builtin_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let s = builtin_repr_text(vm, &v);
    Ok(vm.new_str(&s))
}

// ---- attributes shared by native functions and descriptors ----

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match builtin(v) {
        Some(b) => Ok(vm.new_str(b.name)),
        None => Err(not_native(vm, v, "builtin_function_or_method")),
    }
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(b) = builtin(v) else { return Err(not_native(vm, v, "builtin_function_or_method")) };
    let prefix = match (&b.bound, b.kind) {
        (None, NativeKind::Function) => None,
        (Some(recv), _) => match recv.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
            Some(t) if b.kind != NativeKind::Slot && b.kind != NativeKind::Method => Some(t.qualname.borrow().clone()),
            _ => Some(recv.class(vm).qualname.borrow().clone()),
        },
        (None, _) => owner_type(b).map(|t| t.qualname.borrow().clone()),
    };
    let s = match prefix {
        Some(p) => format!("{p}.{}", b.name),
        None => b.name.to_string(),
    };
    Ok(vm.new_str(&s))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match builtin(v).and_then(doc_of) {
        Some(d) => Ok(vm.new_str(d)),
        None => Ok(Value::None),
    }
}

fn get_text_signature(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match builtin(v).and_then(text_signature_of) {
        Some(d) => Ok(vm.new_str(d)),
        None => Ok(Value::None),
    }
}

fn get_objclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match builtin(v).and_then(|b| b.owner.clone()) {
        Some(o) => Ok(Value::Obj(o)),
        None => match v.payload() {
            Some(Payload::GetSet { owner, .. }) | Some(Payload::Member { owner, .. }) => Ok(owner.to_value()),
            _ => Ok(Value::None),
        },
    }
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(b) = builtin(v) else { return Ok(Value::None) };
    Ok(match (&b.bound, b.kind) {
        (Some(r), _) => r.clone(),
        (None, NativeKind::StaticMethod) => b.owner.clone().map(Value::Obj).unwrap_or(Value::None),
        (None, _) => Value::Obj(vm.builtins.clone()),
    })
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(b) = builtin(v) else { return Ok(Value::None) };
    Ok(match (&b.bound, b.kind) {
        (None, NativeKind::Function) => vm.new_str("builtins"),
        _ => Value::None,
    })
}

/// `__reduce__` of a native function or descriptor: how pickle finds it again (`getattr(owner,
/// name)`, or the name of a module function).
fn builtin_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some(b) = builtin(&v) else { return Err(not_native(vm, &v, "builtin_function_or_method")) };
    let holder = match (&b.bound, b.kind) {
        (None, NativeKind::Function) => return Ok(vm.new_str(b.name)),
        (Some(r), _) => r.clone(),
        (None, _) => b.owner.clone().map(Value::Obj).unwrap_or(Value::None),
    };
    let getattr = crate::runtime::objects::dict::dict_get_str(vm, &vm.builtins_dict, &vm.intern("getattr")).unwrap_or(Value::None);
    let name = vm.new_str(b.name);
    let inner = vm.new_tuple(vec![holder, name]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

fn builtin_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((f, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'builtin_function_or_method' object needs an argument"));
    };
    let f = f.clone();
    vm.call(&f, rest, args.kwnames)
}

/// `==` of bound native methods: the same function bound to the same object.
fn builtin_richcompare(vm: &mut Vm, args: CallArgs, eq: bool) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let (Some(x), Some(y)) = (builtin(a), builtin(b)) else { return Ok(vm.not_implemented()) };
    if !a.class(vm).ptr_eq(&b.class(vm)) {
        return Ok(vm.not_implemented());
    }
    let same_self = match (&x.bound, &y.bound) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let same = same_self && std::ptr::fn_addr_eq(x.func, y.func) && x.name == y.name;
    Ok(Value::Bool(same == eq))
}

fn builtin_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    builtin_richcompare(vm, args, true)
}

fn builtin_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    builtin_richcompare(vm, args, false)
}

fn not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn builtin_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let Some(b) = builtin(&v) else { return Err(not_native(vm, &v, "builtin_function_or_method")) };
    let x = match &b.bound {
        Some(r) => ops::hash::hash_pointer(r.id()),
        None => 0,
    };
    let y = ops::hash::hash_pointer(b.func as usize);
    let h = x ^ y;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

// ---- descriptors' __get__ ----

/// The `(obj, type)` arguments of a `__get__` slot wrapper, with CPython's checks.
pub fn get_args(vm: &Vm, args: &CallArgs) -> PyResult<(Value, Value, Value)> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    let descr = pos.first().cloned().unwrap_or_default();
    let (obj, owner) = match pos.len() {
        2 => (pos[1].clone(), Value::None),
        3 => (pos[1].clone(), pos[2].clone()),
        n if n < 2 => return Err(vm.type_error(format!(" expected at least 1 argument, got {}", n.saturating_sub(1)))),
        n => return Err(vm.type_error(format!(" expected at most 2 arguments, got {}", n - 1))),
    };
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok((descr, obj, owner))
}

/// The owner class of a `__get__` call: the given one, else the object's type.
fn get_owner(vm: &Vm, obj: &Value, owner: &Value) -> TypeRef {
    owner.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).unwrap_or_else(|| obj.class(vm))
}

fn descr_get_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (descr, obj, owner) = get_args(vm, &args)?;
    if let (Some(b), true) = (builtin(&descr), !obj.is_none()) {
        // An unbound descriptor applied to an object of another type.
        if let Some(t) = owner_type(b) {
            let ok = match b.kind {
                NativeKind::ClassMethod => true,
                _ => ops::is_instance(vm, &obj, &t),
            };
            if !ok {
                let tn = ops::type_name(vm, &obj);
                return Err(vm.type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{tn}' object", b.name, t.name())));
            }
        }
    }
    if let Some(b) = builtin(&descr) {
        if b.kind == NativeKind::ClassMethod && obj.is_none() {
            let Some(t) = owner.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
                let tn = ops::type_name(vm, &owner);
                return Err(vm.type_error(format!(
                    "descriptor '{}' for type '{}' needs a type, not a '{tn}' as arg 2",
                    b.name,
                    owner_name(b)
                )));
            };
            return attr::descr_get(vm, &descr, &Value::Null, &t);
        }
    }
    let t = get_owner(vm, &obj, &owner);
    // `descr.__get__(None, owner)` is access through the class.
    let obj = if obj.is_none() { Value::Null } else { obj };
    attr::descr_get(vm, &descr, &obj, &t)
}

// ---- getset and member descriptors ----

fn attribute_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let s = match v.payload() {
        Some(Payload::GetSet { def, owner }) => format!("<attribute '{}' of '{}' objects>", def.name, owner.name()),
        Some(Payload::Member { name, owner, .. }) => {
            format!("<member '{}' of '{}' objects>", ops::repr::text_of(&Value::Obj(name.clone())).unwrap_or_default(), owner.name())
        }
        _ => return Err(not_native(vm, &v, "getset_descriptor")),
    };
    Ok(vm.new_str(&s))
}

fn attribute_name(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::GetSet { def, .. }) => Some(def.name.to_string()),
        Some(Payload::Member { name, .. }) => ops::repr::text_of(&Value::Obj(name.clone())),
        _ => None,
    }
}

fn attribute_owner(v: &Value) -> Option<TypeRef> {
    match v.payload() {
        Some(Payload::GetSet { owner, .. }) | Some(Payload::Member { owner, .. }) => Some(owner.clone()),
        _ => None,
    }
}

fn attr_get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match attribute_name(v) {
        Some(n) => Ok(vm.new_str(&n)),
        None => Err(not_native(vm, v, "getset_descriptor")),
    }
}

fn attr_get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match (attribute_name(v), attribute_owner(v)) {
        (Some(n), Some(t)) => {
            let q = t.qualname.borrow().clone();
            Ok(vm.new_str(&format!("{q}.{n}")))
        }
        _ => Err(not_native(vm, v, "getset_descriptor")),
    }
}

fn attr_get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::GetSet { def, .. }) => Ok(def.doc.map(|d| vm.new_str(d)).unwrap_or(Value::None)),
        _ => Ok(Value::None),
    }
}

fn attr_set_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [descr, obj, value] = args.pos() else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.pos().len().saturating_sub(1))));
    };
    let name = attribute_name(descr).map(|n| vm.intern(&n)).unwrap_or_else(|| vm.intern("?"));
    attr::descr_set(vm, descr, obj, value.clone(), &name)?;
    Ok(Value::None)
}

fn attr_delete_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [descr, obj] = args.pos() else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.pos().len().saturating_sub(1))));
    };
    let name = attribute_name(descr).map(|n| vm.intern(&n)).unwrap_or_else(|| vm.intern("?"));
    attr::descr_set(vm, descr, obj, Value::Null, &name)?;
    Ok(Value::None)
}

fn member_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let (Some(n), Some(t)) = (attribute_name(&v), attribute_owner(&v)) else {
        return Err(not_native(vm, &v, "member_descriptor"));
    };
    let getattr = crate::runtime::objects::dict::dict_get_str(vm, &vm.builtins_dict, &vm.intern("getattr")).unwrap_or(Value::None);
    let name = vm.new_str(&n);
    let inner = vm.new_tuple(vec![t.to_value(), name]);
    Ok(vm.new_tuple(vec![getattr, inner]))
}

// ---- tables ----

static BUILTIN_FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", builtin_repr),
    MethodDef::slot("__hash__", builtin_hash),
    MethodDef::slot("__call__", builtin_call),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__lt__", not_implemented),
    MethodDef::slot("__le__", not_implemented),
    MethodDef::slot("__eq__", builtin_eq),
    MethodDef::slot("__ne__", builtin_ne),
    MethodDef::slot("__gt__", not_implemented),
    MethodDef::slot("__ge__", not_implemented),
    MethodDef::method("__reduce__", builtin_reduce),
];

static BUILTIN_FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__module__", get: get_module, set: None, doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: None },
    GetSetDef { name: "__name__", get: get_name, set: None, doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None, doc: None },
    GetSetDef { name: "__self__", get: get_self, set: None, doc: None },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: None },
];

static METHOD_WRAPPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__self__", get: get_self, set: None, doc: None },
    GetSetDef { name: "__objclass__", get: get_objclass, set: None, doc: None },
    GetSetDef { name: "__name__", get: get_name, set: None, doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None, doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: None },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: None },
];

static METHOD_DESCRIPTOR_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", builtin_repr),
    MethodDef::slot("__call__", builtin_call),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__get__", descr_get_slot),
    MethodDef::method("__reduce__", builtin_reduce),
];

static CLASSMETHOD_DESCRIPTOR_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", builtin_repr),
    MethodDef::slot("__call__", builtin_call),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__get__", descr_get_slot),
];

static DESCRIPTOR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__objclass__", get: get_objclass, set: None, doc: None },
    GetSetDef { name: "__name__", get: get_name, set: None, doc: None },
    GetSetDef { name: "__doc__", get: get_doc, set: None, doc: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None, doc: None },
    GetSetDef { name: "__text_signature__", get: get_text_signature, set: None, doc: None },
];

static GETSET_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", attribute_repr),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__get__", descr_get_slot),
    MethodDef::slot("__set__", attr_set_slot),
    MethodDef::slot("__delete__", attr_delete_slot),
];

static MEMBER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", attribute_repr),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__get__", descr_get_slot),
    MethodDef::slot("__set__", attr_set_slot),
    MethodDef::slot("__delete__", attr_delete_slot),
    MethodDef::method("__reduce__", member_reduce),
];

static ATTRIBUTE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__objclass__", get: get_objclass, set: None, doc: None },
    GetSetDef { name: "__name__", get: attr_get_name, set: None, doc: None },
    GetSetDef { name: "__doc__", get: attr_get_doc, set: None, doc: None },
    GetSetDef { name: "__qualname__", get: attr_get_qualname, set: None, doc: None },
];

/// Makes a native function object bound to `receiver` (what looking a builtin method up on an
/// instance gives): a `method-wrapper` for slot wrappers, else a `builtin_function_or_method`.
pub fn bind_native(vm: &Vm, b: &BuiltinFunction, receiver: Value) -> Value {
    let class = if b.kind == NativeKind::Slot { vm.types.method_wrapper.clone() } else { vm.types.builtin_function.clone() };
    vm.new_object(
        class,
        Payload::BuiltinFunction(Box::new(BuiltinFunction {
            name: b.name,
            func: b.func,
            kind: b.kind,
            bound: Some(receiver),
            owner: b.owner.clone(),
            doc: b.doc,
        })),
    )
}

/// The owner object of a native function, for identity checks.
pub fn native_owner(v: &Value) -> Option<ObjRef> {
    builtin(v).and_then(|b| b.owner.clone())
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.builtin_function.clone();
    add_methods(vm, &t, BUILTIN_FUNCTION_METHODS);
    add_getsets(vm, &t, BUILTIN_FUNCTION_GETSETS);
    let t = vm.types.method_wrapper.clone();
    // method-wrapper has the same methods as builtin_function_or_method.
    add_methods(vm, &t, BUILTIN_FUNCTION_METHODS);
    add_getsets(vm, &t, METHOD_WRAPPER_GETSETS);
    for t in [vm.types.method_descriptor.clone(), vm.types.wrapper_descriptor.clone()] {
        add_methods(vm, &t, METHOD_DESCRIPTOR_METHODS);
        add_getsets(vm, &t, DESCRIPTOR_GETSETS);
    }
    let t = vm.types.classmethod_descriptor.clone();
    add_methods(vm, &t, CLASSMETHOD_DESCRIPTOR_METHODS);
    add_getsets(vm, &t, DESCRIPTOR_GETSETS);
    let t = vm.types.getset_descriptor.clone();
    add_methods(vm, &t, GETSET_METHODS);
    add_getsets(vm, &t, ATTRIBUTE_GETSETS);
    let t = vm.types.member_descriptor.clone();
    add_methods(vm, &t, MEMBER_METHODS);
    add_getsets(vm, &t, ATTRIBUTE_GETSETS);
}
