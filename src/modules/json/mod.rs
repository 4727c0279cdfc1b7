//! `_json`, the accelerator of the `json` package: string scanning and escaping and the
//! whole-document scanner and encoder, in Rust (`json.decoder`, `json.scanner` and
//! `json.encoder` use them when present).

mod decode;
mod encode;

use crate::runtime::builtins::args::Signature;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("scanstring", scanstring),
    MethodDef::function("encode_basestring_ascii", encode_basestring_ascii),
    MethodDef::function("encode_basestring", encode_basestring),
    MethodDef::function("scan_once", scan_once),
    MethodDef::function("encode_document", encode_document),
];

/// The `_json` module.
pub fn create(vm: &mut Vm) -> Value {
    super::new_module(vm, "_json", FUNCTIONS)
}

fn index_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Bool(b) => Ok(usize::from(*b)),
        Value::Int(_) => Err(vm.value_error(format!("{what} cannot be negative"))),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn str_arg<'v>(vm: &mut Vm, v: &'v Value) -> PyResult<&'v PyString> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("first argument must be a string, not {t}")))
        }
    }
}

static SCANSTRING_SIG: Signature =
    Signature { name: "scanstring", params: &["string", "end", "strict"], required: 2, positional_only: 3, keyword_only: 3 };

/// `scanstring(string, end, strict=True)`: the str whose body starts at `end`, and the index
/// after its closing quote.
fn scanstring(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = SCANSTRING_SIG.bind(vm, &args)?;
    let doc = a[0].clone().unwrap_or(Value::None);
    str_arg(vm, &doc)?;
    let end = index_arg(vm, a[1].as_ref().unwrap_or(&Value::None), "end")?;
    let strict = match &a[2] {
        Some(v) => ops::is_true(vm, v)?,
        None => true,
    };
    let len = match doc.payload() {
        Some(Payload::Str(s)) => s.len(),
        _ => 0,
    };
    if end > len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let (s, end) = decode::scanstring(vm, &doc, end, strict)?;
    Ok(vm.new_tuple(vec![s, Value::Int(end as i64)]))
}

fn quote(vm: &mut Vm, args: &CallArgs, name: &str, ascii: bool) -> PyResult<Value> {
    let [v] = args.pos() else {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", args.pos().len())));
    };
    let s = str_arg(vm, v)?;
    let mut b = StrBuilder::with_capacity(s.len() + 2);
    encode::push_quoted(&mut b, s, ascii);
    Ok(vm.str_value(b.finish()))
}

/// `encode_basestring_ascii(s)`: the JSON literal of `s` in ASCII.
fn encode_basestring_ascii(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    quote(vm, &args, "encode_basestring_ascii", true)
}

/// `encode_basestring(s)`: the JSON literal of `s`, non-ASCII characters kept.
fn encode_basestring(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    quote(vm, &args, "encode_basestring", false)
}

fn optional(v: &Option<Value>) -> Option<Value> {
    v.clone().filter(|v| !v.is_none())
}

static SCAN_SIG: Signature = Signature {
    name: "scan_once",
    params: &["string", "idx", "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"],
    required: 8,
    positional_only: 8,
    keyword_only: 8,
};

/// `scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)`: the JSON value at `idx` and the index after it (StopIteration(idx) when
/// none starts there); a None hook means the default.
fn scan_once(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = SCAN_SIG.bind(vm, &args)?;
    let doc = a[0].clone().unwrap_or(Value::None);
    str_arg(vm, &doc)?;
    let idx = index_arg(vm, a[1].as_ref().unwrap_or(&Value::None), "idx")?;
    let strict = match &a[2] {
        Some(v) => ops::is_true(vm, v)?,
        None => true,
    };
    let opts = decode::Options {
        strict,
        object_hook: optional(&a[3]),
        object_pairs_hook: optional(&a[4]),
        parse_float: optional(&a[5]),
        parse_int: optional(&a[6]),
        parse_constant: optional(&a[7]),
    };
    let (v, end) = decode::scan(vm, &doc, idx, &opts)?;
    Ok(vm.new_tuple(vec![v, Value::Int(end as i64)]))
}

static ENCODE_SIG: Signature = Signature {
    name: "encode_document",
    params: &[
        "obj",
        "check_circular",
        "default",
        "ensure_ascii",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ],
    required: 10,
    positional_only: 10,
    keyword_only: 10,
};

/// `encode_document(obj, check_circular, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: the JSON text of `obj`; `indent` is None
/// or the str repeated per level.
fn encode_document(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = ENCODE_SIG.bind(vm, &args)?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::None);
    let flag = |vm: &mut Vm, i: usize| ops::is_true(vm, &arg(i));
    let text = |vm: &mut Vm, v: Value, what: &str| -> PyResult<Value> {
        match v.payload() {
            Some(Payload::Str(_)) => Ok(v),
            _ => {
                let t = ops::type_name(vm, &v);
                Err(vm.type_error(format!("{what} must be str, not {t}")))
            }
        }
    };
    let indent = match arg(4) {
        Value::None => None,
        v => Some(text(vm, v, "indent")?),
    };
    let enc = encode::Encoder {
        check_circular: flag(vm, 1)?,
        default: arg(2),
        ensure_ascii: flag(vm, 3)?,
        indent,
        key_separator: text(vm, arg(5), "key_separator")?,
        item_separator: text(vm, arg(6), "item_separator")?,
        sort_keys: flag(vm, 7)?,
        skipkeys: flag(vm, 8)?,
        allow_nan: flag(vm, 9)?,
    };
    encode::encode(vm, &enc, &arg(0))
}
