//! dict operations used by the loop: `{**a}` (DICT_UPDATE) and `f(**a)` (DICT_MERGE).

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The (key, value) pairs of a mapping: a dict's items, or `keys()` and `[]`. AttributeError
/// when `src` has no `keys`.
pub fn mapping_items(vm: &mut Vm, src: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(Payload::Dict(d)) = src.payload() {
        let cls = src.class(vm);
        let plain_iter = cls.ptr_eq(&vm.types.dict) || cls.lookup(vm, &vm.names.__iter__).is_some_and(|f| {
            vm.types.dict.lookup(vm, &vm.names.__iter__).is_some_and(|g| g.is(&f))
        });
        if plain_iter {
            return Ok(d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect());
        }
    }
    let keys_name = vm.names.keys.clone();
    let keys = ops::getattr(vm, src, &keys_name)?;
    let keys = vm.call(&keys, &[], &[])?;
    let it = ops::iter(vm, &keys)?;
    let mut out = Vec::new();
    while let Some(k) = ops::next(vm, &it)? {
        let v = ops::getitem(vm, src, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// DICT_UPDATE: `dest.update(src)` for a mapping `src`.
pub fn update(vm: &mut Vm, dest: &Value, src: &Value) -> PyResult<()> {
    let items = mapping_items(vm, src)?;
    let Some(Payload::Dict(d)) = dest.payload() else { return Ok(()) };
    for (k, v) in items {
        Dict::set_item(d, vm, k, v)?;
    }
    Ok(())
}

/// DICT_MERGE: like update, but a repeated key is an error naming the function called.
pub fn merge_kwargs(vm: &mut Vm, dest: &Value, src: &Value, func: &Value) -> PyResult<()> {
    let items = match mapping_items(vm, src) {
        Ok(items) => items,
        Err(e) if vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => {
            let f = crate::runtime::builtins::func_desc(vm, func);
            let t = ops::type_name(vm, src);
            return Err(vm.type_error(format!("{f} argument after ** must be a mapping, not {t}")));
        }
        Err(e) => return Err(e),
    };
    let Some(Payload::Dict(d)) = dest.payload() else { return Ok(()) };
    for (k, v) in items {
        if Dict::get_item(d, vm, &k)?.is_some() {
            let f = crate::runtime::builtins::func_desc(vm, func);
            let key = match k.payload() {
                Some(Payload::Str(s)) => s.to_string_lossy(),
                _ => {
                    return Err(vm.type_error(format!("{f} keywords must be strings")));
                }
            };
            return Err(vm.type_error(format!("{f} got multiple values for keyword argument '{key}'")));
        }
        Dict::set_item(d, vm, k, v)?;
    }
    Ok(())
}
