//! `unicodedata`: the Unicode Character Database (15.0.0, as CPython 3.12) — character
//! properties, names, decompositions and normalization — over the runtime's Unicode tables
//! (`runtime::unicode`).

use crate::runtime::codecs;
use crate::runtime::object::Payload;
use crate::runtime::objects::bytes_type;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::unicode::names::{self, Named};
use crate::runtime::unicode::normalize::{self, Form};
use crate::runtime::unicode::ucd;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("decimal", decimal),
    MethodDef::function("digit", digit),
    MethodDef::function("numeric", numeric),
    MethodDef::function("category", category),
    MethodDef::function("bidirectional", bidirectional),
    MethodDef::function("combining", combining),
    MethodDef::function("mirrored", mirrored),
    MethodDef::function("east_asian_width", east_asian_width),
    MethodDef::function("decomposition", decomposition),
    MethodDef::function("is_normalized", is_normalized),
    MethodDef::function("normalize", normalize),
    MethodDef::function("name", name),
    MethodDef::function("lookup", lookup),
];

/// The `unicodedata` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "unicodedata", FUNCTIONS);
    let version = vm.new_str(ucd::UNIDATA_VERSION);
    super::set_attr(vm, &m, "unidata_version", version);
    Ok(m)
}

fn no_kwargs(vm: &Vm, args: &CallArgs, fname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("unicodedata.{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// How CPython's argument errors name the type of `v` ("None" for None).
fn arg_type(vm: &Vm, v: &Value) -> String {
    if v.is_none() { "None".to_string() } else { ops::type_name(vm, v).to_string() }
}

/// The code point of a one-character str, else TypeError ("argument" is how CPython names it
/// in the message: "argument" or "argument 1").
fn uchar(vm: &Vm, v: &Value, fname: &str, argument: &str) -> PyResult<u32> {
    if let Some(Payload::Str(s)) = v.payload()
        && s.len() == 1
    {
        return Ok(s.get(0));
    }
    let t = arg_type(vm, v);
    Err(vm.type_error(format!("{fname}() {argument} must be a unicode character, not {t}")))
}

/// The one character argument of a one-argument function.
fn only_char(vm: &Vm, args: &CallArgs, fname: &str) -> PyResult<u32> {
    no_kwargs(vm, args, fname)?;
    match args.pos() {
        [v] => uchar(vm, v, fname, "argument"),
        p => Err(vm.type_error(format!("unicodedata.{fname}() takes exactly one argument ({} given)", p.len()))),
    }
}

/// The character and the optional default of `decimal`, `digit`, `numeric` and `name`.
fn char_and_default(vm: &Vm, args: &CallArgs, fname: &str) -> PyResult<(u32, Option<Value>)> {
    no_kwargs(vm, args, fname)?;
    let p = args.pos();
    match p.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("{fname} expected at most 2 arguments, got {n}"))),
    }
    Ok((uchar(vm, &p[0], fname, "argument 1")?, p.get(1).cloned()))
}

/// The value, else the default, else ValueError(`msg`).
fn or_default(vm: &Vm, value: Option<Value>, default: Option<Value>, msg: &str) -> PyResult<Value> {
    match (value, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "decimal")?;
    let v = crate::runtime::unicode::to_decimal(c).map(|d| Value::Int(i64::from(d)));
    or_default(vm, v, default, "not a decimal")
}

fn digit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "digit")?;
    let v = ucd::digit(c).map(|d| Value::Int(i64::from(d)));
    or_default(vm, v, default, "not a digit")
}

fn numeric(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "numeric")?;
    or_default(vm, ucd::numeric(c).map(Value::Float), default, "not a numeric character")
}

fn category(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "category")?;
    Ok(vm.new_str(ucd::category(c)))
}

fn bidirectional(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "bidirectional")?;
    Ok(vm.new_str(ucd::bidirectional(c)))
}

fn combining(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "combining")?;
    Ok(Value::Int(i64::from(ucd::combining(c))))
}

fn mirrored(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "mirrored")?;
    Ok(Value::Int(i64::from(ucd::mirrored(c))))
}

fn east_asian_width(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "east_asian_width")?;
    Ok(vm.new_str(ucd::east_asian_width(c)))
}

fn decomposition(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let c = only_char(vm, &args, "decomposition")?;
    Ok(vm.new_str(&ucd::decomposition_text(c)))
}

/// The form and the text of `normalize` and `is_normalized`; no form for an empty text (which
/// CPython returns before it reads the form).
fn form_and_text<'a>(vm: &Vm, args: &'a CallArgs, fname: &str) -> PyResult<(Option<Form>, &'a Value, &'a PyString)> {
    no_kwargs(vm, args, fname)?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("{fname} expected 2 arguments, got {}", p.len())));
    }
    let str_arg = |i: usize| match p[i].payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let t = arg_type(vm, &p[i]);
            Err(vm.type_error(format!("{fname}() argument {} must be str, not {t}", i + 1)))
        }
    };
    let form = str_arg(0)?;
    let text = str_arg(1)?;
    if text.is_empty() {
        return Ok((None, &p[1], text));
    }
    let form = form.as_ascii().and_then(Form::named).ok_or_else(|| vm.value_error("invalid normalization form"))?;
    Ok((Some(form), &p[1], text))
}

fn normalize(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (form, v, text) = form_and_text(vm, &args, "normalize")?;
    let Some(form) = form else { return Ok(v.clone()) };
    if normalize::quick_check(form, text.chars()) {
        return Ok(v.clone());
    }
    Ok(vm.str_value(PyString::from_vec(normalize::normalize(form, text.chars()))))
}

fn is_normalized(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (form, _, text) = form_and_text(vm, &args, "is_normalized")?;
    let Some(form) = form else { return Ok(Value::Bool(true)) };
    if normalize::quick_check(form, text.chars()) {
        return Ok(Value::Bool(true));
    }
    let n = normalize::normalize(form, text.chars());
    Ok(Value::Bool(n.len() == text.len() && n.iter().copied().eq(text.chars())))
}

fn name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, &args, "name")?;
    let v = names::name(c).map(|n| vm.new_str(&n));
    or_default(vm, v, default, "no such name")
}

/// The longest name `lookup` looks up (in UTF-8 bytes).
const NAME_MAXLEN: usize = 256;

fn lookup(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_kwargs(vm, &args, "lookup")?;
    let v = match args.pos() {
        [v] => v,
        p => return Err(vm.type_error(format!("unicodedata.lookup() takes exactly one argument ({} given)", p.len()))),
    };
    let name: Vec<u8> = match v.payload() {
        Some(Payload::Str(s)) => codecs::encode_to_vec(vm, s, "utf-8", "strict")?,
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            let t = ops::type_name(vm, v);
            if bytes_type::buffer(vm, v)?.is_some() {
                return Err(vm.type_error(format!("lookup() argument must be read-only bytes-like object, not {t}")));
            }
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    if name.len() > NAME_MAXLEN {
        let msg = vm.new_str("name too long");
        return Err(vm.key_error(msg));
    }
    match names::lookup(&name, true) {
        Some(Named::Char(c)) => Ok(vm.str_value(PyString::from_vec(vec![c]))),
        Some(Named::Sequence(cps)) => Ok(vm.str_value(PyString::from_ucs4(cps))),
        None => {
            // The name as C text: up to its first NUL, undecodable bytes replaced.
            let shown = name.split(|&b| b == 0).next().unwrap_or_default();
            let msg = vm.new_str(&format!("undefined character name '{}'", String::from_utf8_lossy(shown)));
            Err(vm.key_error(msg))
        }
    }
}
