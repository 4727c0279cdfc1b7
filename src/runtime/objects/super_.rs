//! `super`: the lookup along the MRO after a class, the zero-argument form that reads the
//! calling frame, and the super object's attribute access.

use crate::runtime::call::is_plain_method;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops::{self, attr::descr_get};
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The type whose MRO `super(cls, obj)` searches: `obj` itself when it is a subclass of `cls`
/// (class methods), else `type(obj)`.
pub fn super_check(vm: &mut Vm, cls: &TypeRef, obj: &Value) -> PyResult<TypeRef> {
    if let Some(t) = obj.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        if t.is_subtype(cls) {
            return Ok(t);
        }
    }
    let t = obj.class(vm);
    if t.is_subtype(cls) {
        return Ok(t);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super(cls, obj).name`: (the attribute, Null) or, when `method` and it is a plain method,
/// (the function, obj).
pub fn super_lookup(vm: &mut Vm, cls: &TypeRef, obj: &Value, name: &ObjRef, method: bool) -> PyResult<(Value, Value)> {
    let start = super_check(vm, cls, obj)?;
    let mro = start.mro.borrow().clone();
    let pos = mro.iter().position(|t| t.ptr_eq(cls)).map_or(mro.len(), |i| i + 1);
    for t in &mro[pos..] {
        if let Some(v) = dict_get_str(vm, &t.dict, name) {
            if method && is_plain_method(&v) {
                return Ok((v, obj.clone()));
            }
            let inst = if obj.as_obj().is_some_and(|o| TypeRef::from_obj(o.clone()).is_some_and(|x| x.ptr_eq(&start))) {
                Value::None
            } else {
                obj.clone()
            };
            let r = descr_get(vm, &v, &inst, &start)?;
            return Ok(if method { (Value::Null, r) } else { (r, Value::Null) });
        }
    }
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    Err(vm.attribute_error(format!("'super' object has no attribute '{n}'")))
}

/// The (class, first argument) of a zero-argument `super()` called from the running frame.
fn zero_arg(vm: &mut Vm) -> PyResult<(TypeRef, Value)> {
    let Some(f) = vm.current_frame() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    if code.argcount == 0 && code.flags & crate::bytecode::code::flags::VARARGS == 0 {
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
        _ => Value::Null,
    };
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    match cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) => Ok((t, first)),
        None => Err(vm.runtime_error("super(): __class__ is not a type")),
    }
}

/// `super.__new__(super_type, ...)`: builds the super object (its arguments are read here; the
/// zero-argument form reads the caller's frame).
pub fn super_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let (cls, this) = match pos.len() {
        1 => zero_arg(vm)?,
        2 => {
            let Some(t) = pos[1].as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
                let got = ops::type_name(vm, &pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {got}")));
            };
            (t, Value::None)
        }
        3 => {
            let Some(t) = pos[1].as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
                let got = ops::type_name(vm, &pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {got}")));
            };
            (t, pos[2].clone())
        }
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let obj_type = if this.is_none() { None } else { Some(super_check(vm, &cls, &this)?) };
    let class = pos
        .first()
        .and_then(|c| c.as_obj())
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .unwrap_or_else(|| vm.types.super_.clone());
    Ok(vm.new_object(class, Payload::Super { this_type: cls, obj: this, obj_type }))
}

/// `super.__getattribute__`.
pub fn super_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [sup, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let name = ops::attr::attr_name(vm, name)?;
    if let Some(Payload::Super { this_type, obj, obj_type: Some(_) }) = sup.payload() {
        let is_class_attr = name.as_str().is_some_and(|s| s.eq_str("__class__"));
        if !is_class_attr {
            let (this_type, obj) = (this_type.clone(), obj.clone());
            return super_lookup(vm, &this_type, &obj, &name, false).map(|(v, _)| v);
        }
    }
    let t = sup.class(vm);
    match ops::attr::generic_getattr(vm, sup, &t, &name)? {
        Some(v) => Ok(v),
        None => Err(ops::attr::missing_attribute(vm, sup, &name)),
    }
}
