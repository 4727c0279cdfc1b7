//! `_weakref` (under lib/weakref.py): the weak reference type `ref` (`ReferenceType`: call,
//! `__callback__`, hash and equality through the referent, CPython's repr), `proxy` objects,
//! `getweakrefcount` and `getweakrefs`. The bookkeeping is `runtime::weakref`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::native_type::{TypeSpec, new_instance, new_type};
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::{TypeRef, flags, layout};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};
use crate::runtime::weakref::{WeakRefState, refs_to, register, state_of};

/// Whether objects of this kind may be weakly referenced (CPython's nonzero
/// `tp_weaklistoffset`).
fn weakrefable(o: &ObjRef) -> bool {
    let t = o.class();
    if layout::has_weakref(&t) {
        return true;
    }
    matches!(
        &o.payload,
        Payload::Function(_) | Payload::BoundMethod { .. } | Payload::Generator(_) | Payload::Code(_) | Payload::File(_) | Payload::Native(_)
    )
}

fn referent(vm: &Vm, st: &WeakRefState) -> Value {
    let _ = vm;
    match st.target.upgrade() {
        Some(o) => Value::Obj(o),
        None => Value::None,
    }
}

fn make_ref(vm: &mut Vm, cls: &TypeRef, target: &Value, callback: Value, proxy: bool) -> PyResult<Value> {
    let Some(o) = target.as_obj().filter(|o| weakrefable(o)) else {
        let t = ops::type_name(vm, target);
        return Err(vm.type_error(format!("cannot create weak reference to '{t}' object")));
    };
    let addr = Rc::as_ptr(o) as usize;
    if callback.is_none() && !cls.has_flag(flags::HEAPTYPE) {
        for existing in refs_to(addr) {
            if existing.class_is(cls) && crate::runtime::weakref::state_of(&Value::Obj(existing.clone())).is_some_and(|s| s.callback.borrow().is_none() && s.proxy == proxy) {
                return Ok(Value::Obj(existing));
            }
        }
    }
    let state = WeakRefState { target: Rc::downgrade(o), addr, callback: RefCell::new(callback), hash: Cell::new(None), proxy };
    let wr = new_instance(cls, state);
    if let Some(w) = wr.as_obj() {
        register(&vm.finalizers, o, w);
    }
    Ok(wr)
}

fn ref_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("ref.__new__(X): X is not a type object"));
    };
    let rest = &pos[1..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {}", rest.len())));
    }
    let callback = rest.get(1).cloned().unwrap_or(Value::None);
    make_ref(vm, &cls, &rest[0], callback, false)
}

fn ref_init(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn this<'a>(vm: &Vm, args: &CallArgs<'a>) -> PyResult<(&'a Value, &'a WeakRefState)> {
    let v = args.pos().first().ok_or_else(|| vm.type_error("descriptor needs an argument"))?;
    match state_of(v) {
        Some(s) => Ok((v, s)),
        None => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

fn ref_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, st) = this(vm, &args)?;
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(vm.type_error(format!("weakref() takes exactly 0 arguments ({} given)", args.pos().len() - 1)));
    }
    Ok(referent(vm, st))
}

fn ref_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, st) = this(vm, &args)?;
    if let Some(h) = st.hash.get() {
        return Ok(Value::Int(h));
    }
    let r = referent(vm, st);
    if r.is_none() {
        return Err(vm.type_error("weak object has gone away"));
    }
    let h = ops::hash::hash(vm, &r)?;
    st.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn compare(vm: &mut Vm, args: &CallArgs, eq: bool) -> PyResult<Value> {
    let (a, sa) = this(vm, args)?;
    let Some(b) = args.pos().get(1) else { return Ok(vm.not_implemented()) };
    let Some(sb) = state_of(b) else { return Ok(vm.not_implemented()) };
    let (ra, rb) = (referent(vm, sa), referent(vm, sb));
    if ra.is_none() || rb.is_none() {
        let same = a.is(b);
        return Ok(Value::Bool(same == eq));
    }
    let op = if eq { ops::CompareOp::Eq } else { ops::CompareOp::Ne };
    ops::rich_compare(vm, &ra, &rb, op)
}

fn ref_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, &args, true)
}

fn ref_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, &args, false)
}

fn ref_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, st) = this(vm, &args)?;
    let me = v.as_obj().map_or(0, |o| Rc::as_ptr(o) as usize);
    let r = referent(vm, st);
    let text = match r.as_obj() {
        None => format!("<weakref at {me:#x}; dead>"),
        Some(o) => {
            let t = ops::type_name(vm, &r);
            let name = ops::getattr_opt(vm, &r, &vm.intern("__name__")).ok().flatten().and_then(|n| ops::repr::text_of(&n));
            match name {
                Some(n) => format!("<weakref at {me:#x}; to '{t}' at {:#x} ({n})>", Rc::as_ptr(o) as usize),
                None => format!("<weakref at {me:#x}; to '{t}' at {:#x}>", Rc::as_ptr(o) as usize),
            }
        }
    };
    Ok(vm.new_str(&text))
}

fn callback_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match state_of(v) {
        Some(s) => Ok(s.callback.borrow().clone()),
        None => Err(vm.type_error("__callback__ needs a weak reference")),
    }
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(cls), Some(item)) = (pos.first(), pos.get(1)) else { return Err(vm.type_error("__class_getitem__ expects 1 argument")) };
    let ga = vm.types.generic_alias.to_value();
    vm.call(&ga, &[cls.clone(), item.clone()], &[])
}

static REF_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ref_new),
    MethodDef::slot("__init__", ref_init),
    MethodDef::slot("__call__", ref_call),
    MethodDef::slot("__hash__", ref_hash),
    MethodDef::slot("__eq__", ref_eq),
    MethodDef::slot("__ne__", ref_ne),
    MethodDef::slot("__repr__", ref_repr),
    MethodDef::classmethod("__class_getitem__", class_getitem),
];

static REF_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__callback__", get: callback_get, set: None, doc: None }];

/// `getweakrefcount(obj)`.
fn getweakrefcount(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "getweakrefcount")?;
    let n = v.as_obj().map_or(0, |o| refs_to(Rc::as_ptr(o) as usize).len());
    Ok(Value::Int(n as i64))
}

/// `getweakrefs(obj)`.
fn getweakrefs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "getweakrefs")?;
    let refs = v.as_obj().map(|o| refs_to(Rc::as_ptr(o) as usize)).unwrap_or_default();
    // CPython's order: the plain references without callback first, then the others, newest
    // first.
    let plain = |o: &ObjRef| !o.class().has_flag(flags::HEAPTYPE) && state_of(&Value::Obj(o.clone())).is_some_and(|s| s.callback.borrow().is_none());
    let mut out: Vec<Value> = refs.iter().filter(|o| plain(o)).cloned().map(Value::Obj).collect();
    out.extend(refs.iter().rev().filter(|o| !plain(o)).cloned().map(Value::Obj));
    Ok(vm.new_list(out))
}

/// `_weakref._proxy_target(p)`: the object a proxy stands for (ReferenceError once it is gone).
fn proxy_target(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "_proxy_target")?;
    let Some(st) = state_of(v) else { return Err(vm.type_error("not a weak reference")) };
    let r = referent(vm, st);
    if r.is_none() {
        return Err(vm.error_named("ReferenceError", "weakly-referenced object no longer exists"));
    }
    Ok(r)
}

/// `_weakref._new_proxy(cls, obj, callback)`: a proxy object of class `cls` (the Python proxy
/// classes derive from `ref`).
fn new_proxy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = crate::runtime::builtins::args::unpack(vm, &args, "_new_proxy", 3, 3)?;
    let Some(cls) = pos[0].as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else { return Err(vm.type_error("_new_proxy needs a class")) };
    make_ref(vm, &cls, &pos[1], pos[2].clone(), true)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("getweakrefcount", getweakrefcount),
    MethodDef::function("getweakrefs", getweakrefs),
    MethodDef::function("_proxy_target", proxy_target),
    MethodDef::function("_new_proxy", new_proxy),
];

/// The `_weakref` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_weakref", FUNCTIONS);
    let spec = TypeSpec { name: "ReferenceType", module: "weakref", basetype: true, methods: REF_METHODS, getsets: REF_GETSETS, flags: 0 };
    let t = new_type(vm, &spec, None);
    super::set_attr(vm, &m, "ref", t.to_value());
    super::set_attr(vm, &m, "ReferenceType", t.to_value());
    Ok(m)
}
