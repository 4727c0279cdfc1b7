//! The helpers of `match`: mapping keys (MATCH_KEYS) and class patterns (MATCH_CLASS), with
//! CPython's errors.

use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// MATCH_KEYS: the values of `keys` in `subject` (a tuple), or None if one is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = match keys.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.system_error("MATCH_KEYS without a tuple of keys")),
    };
    if keys.is_empty() {
        return Ok(vm.new_tuple(vec![]));
    }
    let get_name = vm.intern("get");
    let get = ops::getattr(vm, subject, &get_name)?;
    let dummy = vm.new_object(vm.types.object.clone(), Payload::Instance);
    let mut seen: Vec<Value> = Vec::new();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        for s in &seen {
            if ops::eq_bool(vm, s, &key)? {
                let r = ops::repr(vm, &key)?;
                let r = ops::repr::text_of(&r).unwrap_or_default();
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        seen.push(key.clone());
        let v = vm.call(&get, &[key, dummy.clone()], &[])?;
        if v.is(&dummy) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

/// Builtin types whose class pattern with one positional sub-pattern matches the subject itself.
fn matches_self(vm: &Vm, t: &TypeRef) -> bool {
    let ty = &vm.types;
    [&ty.bool, &ty.bytearray, &ty.bytes, &ty.dict, &ty.float, &ty.frozenset, &ty.int, &ty.list, &ty.set, &ty.str, &ty.tuple]
        .iter()
        .any(|b| t.ptr_eq(b))
}

/// MATCH_CLASS: the attributes a class pattern extracts (a tuple), or None if it does not match.
pub fn match_class(vm: &mut Vm, subject: &Value, cls: &Value, nargs: usize, kw_names: &Value) -> PyResult<Value> {
    let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !ops::is_instance(vm, subject, &t) {
        return Ok(Value::None);
    }
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let match_args_name = vm.names.__match_args__.clone();
        let match_args = ops::getattr_opt(vm, cls, &match_args_name)?;
        let (allowed, names, match_self) = match &match_args {
            Some(ma) => match ma.payload() {
                Some(Payload::Tuple(items)) => (items.len(), items.to_vec(), false),
                _ => {
                    let got = ops::type_name(vm, ma);
                    return Err(vm.type_error(format!("{}.__match_args__ must be a tuple (got {got})", t.name())));
                }
            },
            None => {
                // The flag is inherited: subclasses of these types match themselves too.
                let ms = t.mro.borrow().iter().any(|b| matches_self(vm, b));
                (usize::from(ms), Vec::new(), ms)
            }
        };
        if allowed < nargs {
            let s = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{s} ({nargs} given)",
                t.name()
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in names.iter().take(nargs) {
                let Some(n) = name.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))) else {
                    let got = ops::type_name(vm, name);
                    return Err(vm.type_error(format!("__match_args__ elements must be strings (got {got})")));
                };
                let n = vm.intern_obj(n);
                match class_attr(vm, subject, &t, &n, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    if let Some(Payload::Tuple(names)) = kw_names.payload() {
        for name in names.to_vec() {
            let Some(n) = name.as_obj() else { continue };
            let n = vm.intern_obj(n);
            match class_attr(vm, subject, &t, &n, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    Ok(vm.new_tuple(attrs))
}

fn class_attr(vm: &mut Vm, subject: &Value, t: &TypeRef, name: &ObjRef, seen: &mut Vec<ObjRef>) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| std::rc::Rc::ptr_eq(s, name)) {
        let r = ops::repr(vm, &Value::Obj(name.clone()))?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.type_error(format!("{}() got multiple sub-patterns for attribute {r}", t.name())));
    }
    seen.push(name.clone());
    ops::getattr_opt(vm, subject, name)
}
