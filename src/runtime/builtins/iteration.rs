//! The iteration builtins: `iter`, `next`, `len`, `min`, `max`, `sum` (with CPython's int
//! fast path and Neumaier-compensated float sum), `any`, `all` and `sorted`.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::seq_args as sa;
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::flags;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Whether a value can be called (`callable(v)`).
fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::BuiltinFunction(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => v.class(vm).lookup(vm, &vm.names.__call__).is_some(),
    }
}

fn iter_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, "iter")?;
    let pos = args.pos();
    sa::count_range(vm, pos.len(), "iter", 1, 2)?;
    match pos {
        [v] => ops::iter(vm, v),
        [f, sentinel] => {
            if !is_callable(vm, f) {
                return Err(vm.type_error("iter(object, sentinel): object must be callable"));
            }
            Ok(crate::runtime::objects::iter_types::callable_iter(vm, f.clone(), sentinel.clone()))
        }
        _ => Err(vm.type_error("iter expected at least 1 argument, got 0")),
    }
}

fn next_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, "next")?;
    let pos = args.pos();
    sa::count_range(vm, pos.len(), "next", 1, 2)?;
    let it = &pos[0];
    if let Value::Obj(o) = it {
        if let Payload::Iter(state) = &o.payload {
            if !o.class_ref().has_flag(flags::HEAPTYPE) {
                return match ops::iter::next_builtin(vm, state)? {
                    Some(v) => Ok(v),
                    None => match pos.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(vm.stop_iteration(Value::None)),
                    },
                };
            }
        }
    }
    let cls = it.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__next__) else {
        return Err(vm.type_error(format!("'{}' object is not an iterator", cls.name())));
    };
    match ops::call_method(vm, &f, it, &[]) {
        Ok(v) => Ok(v),
        Err(e) if pos.len() == 2 && vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

fn len_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, "len")?;
    let [v] = args.pos() else {
        return Err(vm.type_error(format!("len() takes exactly one argument ({} given)", args.pos().len())));
    };
    Ok(Value::Int(ops::len(vm, v)? as i64))
}

/// `min()` and `max()`.
fn min_max(vm: &mut Vm, args: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let pos = args.pos();
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("key") => key = v.clone(),
            Some("default") => default = Some(v.clone()),
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
    }
    let source = if pos.len() == 1 { pos[0].clone() } else { vm.new_tuple(pos.to_vec()) };
    let it = ops::iter(vm, &source)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = ops::next(vm, &it)? {
        let k = if key.is_none() { item.clone() } else { vm.call(&key, std::slice::from_ref(&item), &[])? };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                if ops::compare::compare_bool(vm, &k, bk, op)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, item)) => Ok(item),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn min_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn max_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    min_max(vm, args, "max", CompareOp::Gt)
}

/// `sum(iterable, /, start=0)`.
fn sum_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let total = args.args.len();
    if pos.is_empty() {
        return Err(vm.type_error(format!("sum() takes at least 1 positional argument ({total} given)")));
    }
    if total > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({total} given)")));
    }
    let mut start = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("start") if start.is_none() => start = Some(v.clone()),
            Some("start") => return Err(vm.type_error("argument for sum() given by name ('start') and position (2)")),
            Some(other) => return Err(vm.type_error(format!("sum() got an unexpected keyword argument '{other}'"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let mut result = start.unwrap_or(Value::Int(0));
    match result.payload() {
        Some(Payload::Str(_)) => return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Some(Payload::Bytes(_)) => return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        Some(Payload::ByteArray(_)) => return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = ops::iter(vm, &pos[0])?;
    // Exact ints that fit i64.
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = ops::next(vm, &it)? else { return Ok(Value::Int(acc)) };
            let b = match item {
                Value::Int(b) => Some(b),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = ops::binary_op(vm, &Value::Int(acc), &item, ops::arith::BinOp::Add, false)?;
            break;
        }
    }
    // Exact floats, with Neumaier's compensation.
    if let Value::Float(mut f) = result {
        let mut c = 0.0f64;
        loop {
            let Some(item) = ops::next(vm, &it)? else {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                return Ok(Value::Float(f));
            };
            match item {
                Value::Float(x) => {
                    let t = f + x;
                    if f.abs() >= x.abs() {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                Value::Int(i) => {
                    f += i as f64;
                    continue;
                }
                Value::Bool(b) => {
                    f += b as i64 as f64;
                    continue;
                }
                _ => {}
            }
            if c != 0.0 && c.is_finite() {
                f += c;
            }
            result = ops::binary_op(vm, &Value::Float(f), &item, ops::arith::BinOp::Add, false)?;
            break;
        }
    }
    while let Some(item) = ops::next(vm, &it)? {
        result = ops::binary_op(vm, &result, &item, ops::arith::BinOp::Add, false)?;
    }
    Ok(result)
}

fn any_all(vm: &mut Vm, args: CallArgs, name: &str, want: bool) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, name)?;
    let [v] = args.pos() else {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", args.pos().len())));
    };
    let it = ops::iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::is_true(vm, &x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn any_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn all_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

fn sorted_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    sa::count_range(vm, pos.len(), "sorted", 1, 1)?;
    let items = crate::runtime::objects::seq_args::collect(vm, &pos[0])?;
    let l = vm.new_list(items);
    let (key, reverse) = crate::runtime::objects::list_type::sort_kwargs(vm, &args)?;
    if let Some(Payload::List(cell)) = l.payload() {
        crate::runtime::objects::list_type::sort_cell(vm, cell, &key, reverse)?;
    }
    Ok(l)
}

/// The functions this module adds to `builtins`.
pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("iter", iter_builtin),
    MethodDef::function("next", next_builtin),
    MethodDef::function("len", len_builtin),
    MethodDef::function("min", min_builtin),
    MethodDef::function("max", max_builtin),
    MethodDef::function("sum", sum_builtin),
    MethodDef::function("any", any_builtin),
    MethodDef::function("all", all_builtin),
    MethodDef::function("sorted", sorted_builtin),
];
