//! Text formatting as CPython 3.12 does it: the format mini-language (`spec`: parsing the
//! specifier; `number`: int, float and complex; str here), `format()` and the `__format__`
//! methods of str, int, float and complex, `str.format` / `str.format_map` (`template`), and
//! printf-style `%` formatting (`percent`, shared with bytes).
//!
//! Entry points for the numeric types: [`format_int`], [`format_float`], [`format_complex`]
//! (a value and a specifier to the formatted str) and [`format_number`], which the numeric
//! types' `__format__` methods call; `str.__format__` is [`str_format`].

pub mod float_text;
pub mod number;
pub mod percent;
pub mod spec;
pub mod template;

use num_bigint::BigInt;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub use float_text::{FloatFlags, double_to_string};
pub use spec::{FormatSpec, Grouping, SpecError};

/// `format(v, spec)` of an int (`type_name`: its type's name, for messages). An empty spec
/// gives the decimal digits (`int.__format__` of a subclass with an empty spec calls `str()`
/// instead, which [`int_format`] does).
pub fn format_int(vm: &Vm, v: &BigInt, spec: &PyString, type_name: &str) -> PyResult<PyString> {
    if spec.is_empty() {
        let digits = number::decimal_digits(vm, v)?;
        let sign = if v.sign() == num_bigint::Sign::Minus { "-" } else { "" };
        return Ok(PyString::from_string(format!("{sign}{digits}")));
    }
    let f = FormatSpec::parse(spec, b'd', b'>', type_name).map_err(|e| e.to_err(vm))?;
    number::format_int_spec(vm, v, &f, type_name)
}

/// `format(i, spec)` of an int that fits i64.
pub fn format_small_int(vm: &Vm, v: i64, spec: &PyString, type_name: &str) -> PyResult<PyString> {
    if spec.is_empty() {
        return Ok(PyString::from_string(v.to_string()));
    }
    let f = FormatSpec::parse(spec, b'd', b'>', type_name).map_err(|e| e.to_err(vm))?;
    number::format_small_int_spec(vm, v, &f, type_name)
}

/// `format(x, spec)` of a float.
pub fn format_float(vm: &Vm, x: f64, spec: &PyString, type_name: &str) -> PyResult<PyString> {
    if spec.is_empty() {
        return Ok(PyString::from_string(crate::text::float_repr(x)));
    }
    let f = FormatSpec::parse(spec, 0, b'>', type_name).map_err(|e| e.to_err(vm))?;
    number::format_float_spec(vm, x, &f, type_name)
}

/// `format(z, spec)` of a complex.
pub fn format_complex(vm: &Vm, re: f64, im: f64, spec: &PyString, type_name: &str) -> PyResult<PyString> {
    if spec.is_empty() {
        return Ok(PyString::from_string(crate::text::complex_repr(re, im)));
    }
    let f = FormatSpec::parse(spec, 0, b'>', type_name).map_err(|e| e.to_err(vm))?;
    number::format_complex_spec(vm, re, im, &f, type_name)
}

/// `format(s, spec)` of a str for a non-empty spec; None when the result is `s` unchanged.
pub fn format_str(vm: &Vm, s: &PyString, spec: &PyString, type_name: &str) -> PyResult<Option<PyString>> {
    let f = FormatSpec::parse(spec, b's', b'<', type_name).map_err(|e| e.to_err(vm))?;
    format_str_spec(vm, s, &f, type_name)
}

/// A str under a parsed spec; None when the result is `s` unchanged.
pub fn format_str_spec(vm: &Vm, s: &PyString, f: &FormatSpec, type_name: &str) -> PyResult<Option<PyString>> {
    if f.ty != u32::from(b's') {
        return Err(number::unknown_type(vm, f.ty, type_name));
    }
    if f.sign != 0 {
        return Err(vm.value_error(if f.sign == b' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if f.no_neg_0 {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == b'=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let len = s.len();
    if f.width.is_none_or(|w| w <= len) && f.precision.is_none_or(|p| p >= len) {
        return Ok(None);
    }
    let len = f.precision.map_or(len, |p| p.min(len));
    let total = f.width.map_or(len, |w| w.max(len));
    let lpad = match f.align {
        b'>' => total - len,
        b'^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = StrBuilder::with_capacity(total);
    out.push_repeat(f.fill, lpad);
    out.push_slice(s, 0, len);
    out.push_repeat(f.fill, total - len - lpad);
    Ok(Some(out.finish()))
}

/// The spec argument of a `__format__` method: it must be a str.
fn spec_arg<'a>(vm: &Vm, args: &'a CallArgs, owner: &str) -> PyResult<(&'a Value, &'a PyString)> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    match pos[1].payload() {
        Some(Payload::Str(s)) => Ok((&pos[0], s)),
        _ => {
            let t = ops::type_name(vm, &pos[1]);
            Err(vm.type_error(format!("__format__() argument must be str, not {t}")))
        }
    }
}

/// The receiver check of a builtin method: `descriptor 'NAME' for 'TYPE' objects doesn't apply
/// to a 'OTHER' object`.
pub fn wrong_receiver(vm: &Vm, name: &str, owner: &str, v: &Value) -> crate::runtime::vm::PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object"))
}

/// The value of a float or float subclass instance.
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => match v.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        },
    }
}

/// `__format__(spec)` of an int, float or complex (or an instance of a subclass) for a
/// non-empty spec, as the numeric types' `__format__` methods call it; `owner` names the type
/// whose method was called (for the receiver check).
pub fn format_number(vm: &mut Vm, this: &Value, spec: &PyString, owner: &str) -> PyResult<Value> {
    let name = ops::type_name(vm, this);
    let r = match this {
        Value::Int(i) => format_small_int(vm, *i, spec, &name)?,
        Value::Bool(b) => format_small_int(vm, *b as i64, spec, &name)?,
        _ => match this.payload() {
            Some(Payload::Complex { re, im }) => format_complex(vm, *re, *im, spec, &name)?,
            _ => match float_of(this) {
                Some(x) => format_float(vm, x, spec, &name)?,
                None => match this.to_bigint() {
                    Some(b) => format_int(vm, &b, spec, &name)?,
                    None => return Err(wrong_receiver(vm, "__format__", owner, this)),
                },
            },
        },
    };
    Ok(vm.str_value(r))
}

/// A str value as an exact str: itself if exact, else a copy.
pub fn exact_str(vm: &Vm, v: &Value) -> Value {
    match v {
        Value::Obj(o) if ops::is_exact_str_obj(o) => v.clone(),
        _ => match v.payload() {
            Some(Payload::Str(s)) => vm.str_value(s.slice(0, s.len())),
            _ => v.clone(),
        },
    }
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if ops::is_exact_str_obj(o))
}

/// `str.__format__(self, spec)`: an empty spec gives `str(self)`.
pub fn str_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, spec) = spec_arg(vm, &args, "str")?;
    let Some(Payload::Str(s)) = this.payload() else { return Err(wrong_receiver(vm, "__format__", "str", this)) };
    if spec.is_empty() {
        if is_exact_str(this) {
            return Ok(this.clone());
        }
        return ops::str_of(vm, this);
    }
    let name = ops::type_name(vm, this);
    match format_str(vm, s, spec, &name)? {
        Some(r) => Ok(vm.str_value(r)),
        None => Ok(exact_str(vm, this)),
    }
}

/// `format(v, spec)` (PyObject_Format): fast paths for the exact builtin types, else
/// `type(v).__format__(v, spec)`, which must return a str.
pub fn format_object(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    let Some(Payload::Str(sp)) = spec.payload() else {
        let t = ops::type_name(vm, spec);
        return Err(vm.system_error(format!("Format specifier must be a string, not {t}")));
    };
    match v {
        Value::Int(i) => return Ok(vm.str_value(format_small_int(vm, *i, sp, "int")?)),
        Value::Float(x) => {
            return Ok(vm.str_value(format_float(vm, *x, sp, "float")?));
        }
        Value::Obj(o) if ops::is_exact_str_obj(o) => {
            if sp.is_empty() {
                return Ok(v.clone());
            }
            if let Payload::Str(s) = &o.payload {
                return match format_str(vm, s, sp, "str")? {
                    Some(r) => Ok(vm.str_value(r)),
                    None => Ok(v.clone()),
                };
            }
        }
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.class_ref().ptr_eq(&vm.types.int) => {
                return Ok(vm.str_value(format_int(vm, b, sp, "int")?));
            }
            Payload::Complex { re, im } if o.class_ref().ptr_eq(&vm.types.complex) => {
                return Ok(vm.str_value(format_complex(vm, *re, *im, sp, "complex")?));
            }
            _ => {}
        },
        _ => {}
    }
    let name = vm.names.__format__.clone();
    let r = match ops::call_special(vm, v, &name, std::slice::from_ref(spec))? {
        Some(r) => r,
        None => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("Type {t} doesn't define __format__")));
        }
    };
    if matches!(r.payload(), Some(Payload::Str(_))) {
        Ok(r)
    } else {
        let t = ops::type_name(vm, &r);
        Err(vm.type_error(format!("__format__ must return a str, not {t}")))
    }
}
