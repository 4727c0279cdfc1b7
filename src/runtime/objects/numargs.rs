//! Argument handling shared by the numeric types and builtins: Argument Clinic style parsing of
//! positional and keyword arguments (with CPython's messages), the arity checks of slot
//! wrappers, and the receiver checks of descriptors.

use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::ops::repr::text_of;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The signature of a function parsed the way Argument Clinic parses it.
pub struct Signature {
    /// The function's name in messages (`to_bytes`, `round`, ...).
    pub name: &'static str,
    /// Parameter names, in order (positional-only ones included).
    pub params: &'static [&'static str],
    /// How many leading parameters are required.
    pub required: usize,
    /// How many parameters may be given by position.
    pub max_pos: usize,
    /// How many leading parameters are positional-only.
    pub posonly: usize,
}

/// Binds `args` (after skipping `skip` leading receiver arguments) to the parameters of `sig`:
/// one value per parameter, `Value::Null` where not given.
pub fn parse<const N: usize>(vm: &Vm, args: &CallArgs, skip: usize, sig: &Signature) -> PyResult<[Value; N]> {
    let pos = args.pos().get(skip..).unwrap_or(&[]);
    let mut out: [Value; N] = std::array::from_fn(|_| Value::Null);
    let nkw = args.kwnames.len();
    let total = pos.len() + nkw;
    if total > sig.params.len() {
        let n = sig.params.len();
        let kw = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{}() takes at most {n} {kw}argument{} ({total} given)",
            sig.name,
            plural(n)
        )));
    }
    if pos.len() > sig.max_pos {
        if sig.max_pos == 0 {
            return Err(vm.type_error(format!("{}() takes no positional arguments", sig.name)));
        }
        let how = if sig.required.min(sig.max_pos) < sig.max_pos { "at most" } else { "exactly" };
        return Err(vm.type_error(format!(
            "{}() takes {how} {} positional argument{} ({} given)",
            sig.name,
            sig.max_pos,
            plural(sig.max_pos),
            pos.len()
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        if i < N {
            out[i] = v.clone();
        }
    }
    for (k, v) in args.kwargs() {
        let Some(name) = text_of(k) else { return Err(vm.type_error("keywords must be strings")) };
        let idx = sig.params.iter().position(|p| *p == name).filter(|&i| i >= sig.posonly);
        let Some(i) = idx else {
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for {}()", sig.name)));
        };
        if i < pos.len() {
            return Err(vm.type_error(format!(
                "argument for {}() given by name ('{}') and position ({})",
                sig.name,
                name,
                i + 1
            )));
        }
        if i < N {
            out[i] = v.clone();
        }
    }
    for (i, p) in sig.params.iter().enumerate().take(sig.required) {
        if i < N && out[i].is_null() {
            return Err(vm.type_error(format!("{}() missing required argument '{}' (pos {})", sig.name, p, i + 1)));
        }
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// TypeError for keyword arguments passed to a function that takes none.
pub fn no_kwargs(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// The arguments of a slot wrapper after its receiver, checking their number as CPython's
/// wrappers do ("expected 1 argument, got 0").
pub fn slot_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let rest = pos.get(1..).unwrap_or(&[]);
    if rest.len() != n {
        return Err(vm.type_error(format!("expected {} argument{}, got {}", n, plural(n), rest.len())));
    }
    Ok(rest)
}

/// The receiver of a method of `owner`: TypeError when it is missing or not an instance.
pub fn receiver<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, owner: &TypeRef) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) if ops::is_instance(vm, v, owner) => Ok(v),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            owner.name(),
            ops::type_name(vm, v)
        ))),
        None => Err(vm.type_error(format!("descriptor '{}' of '{}' object needs an argument", name, owner.name()))),
    }
}

/// The arguments of a method that takes none (`METH_NOARGS`), after its receiver.
pub fn no_args(vm: &Vm, args: &CallArgs, qualname: &str) -> PyResult<()> {
    let n = args.pos().len().saturating_sub(1);
    if n > 0 || args.has_kwargs() {
        if n == 0 {
            return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// The one argument of a `METH_O` method, after its receiver.
pub fn one_arg<'a>(vm: &Vm, args: &CallArgs<'a>, qualname: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, v] => Ok(v),
        p => {
            Err(vm.type_error(format!("{qualname}() takes exactly one argument ({} given)", p.len().saturating_sub(1))))
        }
    }
}

/// `PyArg_UnpackTuple`: between `min` and `max` positional arguments (after `skip`).
pub fn unpack<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    skip: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let pos = args.pos().get(skip..).unwrap_or(&[]);
    let n = pos.len();
    if n < min || n > max {
        let (what, k) = if n < min {
            (if min == max { "" } else { "at least " }, min)
        } else {
            (if min == max { "" } else { "at most " }, max)
        };
        return Err(vm.type_error(format!("{name} expected {what}{k} argument{}, got {n}", plural(k))));
    }
    Ok(pos)
}
