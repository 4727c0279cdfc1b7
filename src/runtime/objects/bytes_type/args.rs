//! Argument parsing for the methods of bytes, bytearray and memoryview, with the messages of
//! the CPython conventions each method follows (no arguments, one argument, positional only,
//! `PyArg_ParseTuple` formats, Argument Clinic with keywords), and the integer conversions.

use num_traits::ToPrimitive;

use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The arguments after the receiver.
pub fn rest<'a>(args: &CallArgs<'a>) -> &'a [Value] {
    args.pos().get(1..).unwrap_or(&[])
}

fn no_keywords(vm: &Vm, args: &CallArgs, qual: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// A method taking no arguments (`qual` is "bytes.upper").
pub fn none(vm: &Vm, args: &CallArgs, qual: &str) -> PyResult<()> {
    no_keywords(vm, args, qual)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method taking exactly one positional argument.
pub fn one<'a>(vm: &Vm, args: &CallArgs<'a>, qual: &str) -> PyResult<&'a Value> {
    no_keywords(vm, args, qual)?;
    match rest(args) {
        [v] => Ok(v),
        r => Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            r.len()
        ))),
    }
}

/// Positional-only arguments checked as `_PyArg_CheckPositional` does ("center expected at
/// least 1 argument, got 0").
pub fn positional<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, qual)?;
    let r = rest(args);
    let n = r.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(r)
}

/// Positional-only arguments checked as `PyArg_ParseTuple` does ("find() takes at least 1
/// argument (0 given)").
pub fn tuple<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, qual)?;
    let r = rest(args);
    let n = r.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {k} argument{} ({n} given)",
            plural(k)
        )));
    }
    Ok(r)
}

/// How an Argument Clinic function takes its parameters.
pub struct Clinic<'n> {
    /// The name in messages ("split").
    pub fname: &'n str,
    pub names: &'n [&'n str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
    /// How many parameters may be passed by position.
    pub maxpos: usize,
}

/// Binds `args` (after the receiver when `skip_receiver`) to the parameters of `spec`, with
/// `_PyArg_UnpackKeywords`'s messages. Unset optional parameters are None.
pub fn clinic(
    vm: &Vm,
    args: &CallArgs,
    spec: &Clinic,
    skip_receiver: bool,
) -> PyResult<Vec<Option<Value>>> {
    let pos = if skip_receiver {
        rest(args)
    } else {
        args.pos()
    };
    let f = spec.fname;
    let nargs = pos.len();
    let kw: Vec<(String, &Value)> = args
        .kwargs()
        .map(|(k, v)| (ops::repr::text_of(k).unwrap_or_default(), v))
        .collect();
    let maxargs = spec.names.len();
    if nargs + kw.len() > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{f}() takes at most {maxargs} {keyword}argument{} ({} given)",
            plural(maxargs),
            nargs + kw.len()
        )));
    }
    if nargs > spec.maxpos {
        if spec.maxpos == 0 {
            return Err(vm.type_error(format!("{f}() takes no positional arguments")));
        }
        let how = if spec.required < spec.maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{f}() takes {how} {} positional argument{} ({nargs} given)",
            spec.maxpos,
            plural(spec.maxpos)
        )));
    }
    let minposonly = spec.posonly.min(spec.required);
    if nargs < minposonly {
        let how = if minposonly < spec.maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
            plural(minposonly)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut left = kw.len();
    for i in nargs.max(spec.posonly)..maxargs {
        match kw.iter().find(|(k, _)| k == spec.names[i]) {
            Some((_, v)) => {
                out[i] = Some((*v).clone());
                left -= 1;
            }
            None if i < spec.required => {
                return Err(vm.type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    spec.names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if left > 0 {
        for i in spec.posonly..nargs {
            if kw.iter().any(|(k, _)| k == spec.names[i]) {
                return Err(vm.type_error(format!(
                    "argument for {f}() given by name ('{}') and position ({})",
                    spec.names[i],
                    i + 1
                )));
            }
        }
        for (k, _) in &kw {
            if !spec.names[spec.posonly..].contains(&k.as_str()) {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {f}()"))
                );
            }
        }
    }
    Ok(out)
}

/// `operator.index(v)` as an i64, with OverflowError past the C `ssize_t` range.
pub fn to_isize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => return Ok(*i),
        Value::Bool(b) => return Ok(*b as i64),
        _ => {}
    }
    match ops::iter::index_value(vm, v)? {
        Some(b) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// A slice bound of `find` and friends (`_PyEval_SliceIndex`): None, or `__index__` clamped to
/// the i64 range.
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    match v {
        Value::None => Ok(default),
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match ops::iter::index_value(vm, v)? {
            Some(b) => Ok(b
                .to_i64()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// `(start, end)` of a search window over `len` items, as CPython's ADJUST_INDICES leaves them
/// (start may exceed len; end is within 0..=len).
pub fn adjust_window(start: i64, end: i64, len: usize) -> (i64, i64) {
    let n = len as i64;
    let end = if end > n {
        n
    } else if end < 0 {
        (end + n).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    (start, end)
}

/// The text of a str argument, or `{fname}() argument '{what}' must be str, not T`.
/// The type name Argument Clinic's messages show for a bad argument ("None" for None).
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() { "None".to_string() } else { ops::type_name(vm, v).to_string() }
}

pub fn str_arg(vm: &Vm, v: &Value, fname: &str, what: &str) -> PyResult<String> {
    match ops::repr::text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = arg_type_name(vm, v);
            Err(vm.type_error(format!("{fname}() argument '{what}' must be str, not {t}")))
        }
    }
}
