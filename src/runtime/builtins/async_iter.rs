//! The asynchronous iteration builtins: `aiter(obj)` and `anext(aiter[, default])`.

use crate::runtime::objects::async_gen;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `aiter(obj)`: `type(obj).__aiter__(obj)`, which must give an async iterator.
fn aiter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("aiter() takes no keyword arguments"));
    }
    let [obj] = args.pos() else {
        return Err(vm.type_error(format!("aiter() takes exactly one argument ({} given)", args.pos().len())));
    };
    let name = vm.names.__aiter__.clone();
    let Some(f) = obj.class(vm).lookup(vm, &name) else {
        let t = ops::type_name(vm, obj);
        return Err(vm.type_error(format!("'{t}' object is not an async iterable")));
    };
    let it = ops::call_method(vm, &f, obj, &[])?;
    let anext = vm.names.__anext__.clone();
    if it.class(vm).lookup(vm, &anext).is_none() {
        let t = ops::type_name(vm, &it);
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{t}'")));
    }
    Ok(it)
}

/// `anext(aiter[, default])`: the awaitable of `type(aiter).__anext__(aiter)`, wrapped so that
/// the end of the iteration gives `default` when one is given.
fn anext(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    let (ait, default) = match args.pos() {
        [a] => (a, None),
        [a, d] => (a, Some(d.clone())),
        [] => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        more => return Err(vm.type_error(format!("anext expected at most 2 arguments, got {}", more.len()))),
    };
    let name = vm.names.__anext__.clone();
    let Some(f) = ait.class(vm).lookup(vm, &name) else {
        let t = ops::type_name(vm, ait);
        return Err(vm.type_error(format!("'{t}' object is not an async iterator")));
    };
    let awaitable = ops::call_method(vm, &f, ait, &[])?;
    Ok(match default {
        None => awaitable,
        Some(d) => async_gen::new_anext(vm, awaitable, d),
    })
}

pub static FUNCTIONS: &[MethodDef] = &[MethodDef::function("aiter", aiter), MethodDef::function("anext", anext)];
