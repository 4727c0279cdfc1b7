//! Binding the arguments of a builtin function to its parameters by position and keyword, with
//! the error messages CPython's generated argument parsers give.

use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A builtin's signature: its name, its parameter names in order, how many are required, how
/// many may only be passed by position, and from which index on they are keyword-only.
pub struct Signature {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub positional_only: usize,
    /// Index of the first keyword-only parameter (`params.len()` if none).
    pub keyword_only: usize,
}

impl Signature {
    /// Binds `args`: one slot per parameter, None when not given.
    pub fn bind(&self, vm: &mut Vm, args: &CallArgs) -> PyResult<Vec<Option<Value>>> {
        let pos = args.pos();
        let n = self.params.len();
        let max_pos = self.keyword_only;
        if pos.len() > max_pos {
            let given = pos.len() + args.kwnames.len();
            let msg = if self.required == max_pos {
                format!("{}() takes exactly {} argument{} ({} given)", self.name, max_pos, plural(max_pos), given)
            } else {
                format!("{}() takes at most {} argument{} ({} given)", self.name, max_pos, plural(max_pos), given)
            };
            return Err(vm.type_error(msg));
        }
        let mut out: Vec<Option<Value>> = vec![None; n];
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in args.kwargs() {
            let Some(key) = ops::repr::text_of(k) else {
                return Err(vm.type_error("keywords must be strings"));
            };
            let idx = self.params.iter().position(|p| *p == key);
            match idx {
                Some(i) if i >= self.positional_only => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            self.name,
                            key,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    if self.positional_only == n {
                        return Err(vm.type_error(format!("{}() takes no keyword arguments", self.name)));
                    }
                    return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {}()", self.name)));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(self.required) {
            if slot.is_none() {
                if i < self.positional_only || pos.is_empty() && !args.has_kwargs() && self.positional_only > 0 {
                    return Err(vm.type_error(format!(
                        "{}() takes {} {} argument{} ({} given)",
                        self.name,
                        if self.required == max_pos { "exactly" } else { "at least" },
                        self.required,
                        plural(self.required),
                        pos.len()
                    )));
                }
                return Err(vm.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.name,
                    self.params[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The one argument of a function of exactly one positional argument (`name() takes exactly one
/// argument (N given)`).
pub fn one_arg<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [v] => Ok(v),
        other => Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", other.len()))),
    }
}

/// Checks a positional-only function's argument count (`name expected at most N arguments, got
/// M`, as CPython's `PyArg_UnpackTuple` says).
pub fn unpack<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() < min {
        let what = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {what}{min} argument{}, got {}", plural(min), pos.len())));
    }
    if pos.len() > max {
        let what = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {what}{max} argument{}, got {}", plural(max), pos.len())));
    }
    Ok(pos)
}

/// A str argument's text, or TypeError `name() argument N must be str, not T`.
pub fn str_arg(vm: &Vm, v: &Value, func: &str, what: &str) -> PyResult<String> {
    match ops::repr::text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("{func}() {what} must be str, not {t}")))
        }
    }
}

/// An int argument through `__index__`, as an i64 (OverflowError past i64).
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let big = index_bigint(vm, v)?;
            num_traits::ToPrimitive::to_i64(&big)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
    }
}

/// `operator.index(v)` as a BigInt.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    let name = vm.intern("__index__");
    match ops::call_special(vm, v, &name, &[])? {
        Some(r) => match r.to_bigint() {
            Some(b) => Ok(b),
            None => {
                let t = ops::type_name(vm, &r);
                Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
            }
        },
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}
