//! Argument handling of str's methods with CPython 3.12's messages for each calling convention
//! its methods use (no arguments, one argument, positional ranges of Argument Clinic and of the
//! older tuple parser, keywords), the receiver check, and the conversions of integer and slice
//! index arguments.

use num_traits::ToPrimitive;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The receiver of a str method and the other positional arguments.
pub struct Recv<'a> {
    pub this: &'a Value,
    pub s: &'a PyString,
    pub rest: &'a [Value],
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

/// The receiver: `unbound method str.NAME() needs an argument` without one, `descriptor 'NAME'
/// for 'str' objects doesn't apply to a 'T' object` for a non-str.
pub fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<Recv<'a>> {
    let pos = args.pos();
    let Some((this, rest)) = pos.split_first() else {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match this.payload() {
        Some(Payload::Str(s)) => Ok(Recv { this, s, rest }),
        _ => Err(crate::runtime::format::wrong_receiver(vm, name, "str", this)),
    }
}

fn no_kwargs(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// A method without arguments (`str.upper() takes no arguments (1 given)`).
pub fn noargs<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<Recv<'a>> {
    let r = recv(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    if !r.rest.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({} given)", r.rest.len())));
    }
    Ok(r)
}

/// A method of one argument (`str.join() takes exactly one argument (0 given)`).
pub fn one<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(Recv<'a>, &'a Value)> {
    let r = recv(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    match r.rest {
        [a] => Ok((Recv { this: r.this, s: r.s, rest: r.rest }, a)),
        _ => Err(vm.type_error(format!("str.{name}() takes exactly one argument ({} given)", r.rest.len()))),
    }
}

/// Positional-only arguments as Argument Clinic checks them (`center expected at least 1
/// argument, got 0`).
pub fn clinic<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<Recv<'a>> {
    let r = recv(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    clinic_count(vm, name, r.rest.len(), min, max)?;
    Ok(r)
}

/// Argument Clinic's count check of positional-only arguments.
pub fn clinic_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(vm.type_error(format!("{name} expected at least {}, got {n}", plural(min, "argument"))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name} expected at most {}, got {n}", plural(max, "argument"))));
    }
    Ok(())
}

/// Positional arguments as the older tuple parser checks them (`count() takes at least 1
/// argument (0 given)`).
pub fn varargs<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<Recv<'a>> {
    let r = recv(vm, args, name)?;
    no_kwargs(vm, args, name)?;
    let n = r.rest.len();
    if n < min {
        return Err(vm.type_error(format!("{name}() takes at least {} ({n} given)", plural(min, "argument"))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name}() takes at most {} ({n} given)", plural(max, "argument"))));
    }
    Ok(r)
}

/// Arguments that may also be given by keyword, all optional (Argument Clinic): one slot per
/// name, None when not given.
pub fn keywords<'a, const N: usize>(
    vm: &Vm,
    args: &CallArgs<'a>,
    name: &str,
    names: [&str; N],
) -> PyResult<(Recv<'a>, [Option<&'a Value>; N])> {
    let r = recv(vm, args, name)?;
    let mut out: [Option<&'a Value>; N] = [None; N];
    let given = r.rest.len() + args.kwnames.len();
    if given > N {
        let what = if r.rest.is_empty() { "keyword argument" } else { "argument" };
        return Err(vm.type_error(format!("{name}() takes at most {} ({given} given)", plural(N, what))));
    }
    for (i, v) in r.rest.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kwargs() {
        let key = match k.payload() {
            Some(Payload::Str(s)) => s.to_string_lossy(),
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok((r, out))
}

/// An integer argument (`__index__`), as a C ssize_t: OverflowError beyond it.
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    match ops::iter::index_value(vm, v)? {
        Some(b) => b.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// A slice index argument: None for the default, clamped to the ssize_t range.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(v) => match ops::iter::index_value(vm, v)? {
            Some(b) => Ok(Some(b.to_i64().unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }))),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// `start` and `end` of a search adjusted to a length as CPython's ADJUST_INDICES does (negative
/// from the end, then clamped at 0; `end` also at `len`); `start` may exceed `end`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// A str argument: `must be str, not T` (the message of the search methods).
pub fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyString> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("must be str, not {t}")))
        }
    }
}

/// A str argument with Argument Clinic's message: `NAME() argument N must be str, not T`
/// (`argument` alone when `n` is 0).
pub fn str_arg_named<'a>(vm: &Vm, v: &'a Value, name: &str, n: usize) -> PyResult<&'a PyString> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let t = ops::type_name(vm, v);
            let which = if n == 0 { "argument".to_string() } else { format!("argument {n}") };
            let t = if v.is_none() { "None".into() } else { t };
            Err(vm.type_error(format!("{name}() {which} must be str, not {t}")))
        }
    }
}
