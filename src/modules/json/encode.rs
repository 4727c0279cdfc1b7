//! The JSON encoder of `_json`: the string escapers (`encode_basestring_ascii`,
//! `encode_basestring`) and the one-shot encoder behind `JSONEncoder.encode`, writing the whole
//! document into one str builder (compact or indented) and calling `default` for the values
//! JSON has no form for.

use std::collections::HashSet;

use crate::runtime::object::Payload;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::recursion;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(b: &mut StrBuilder, c: u32) {
    let bytes = [
        b'\\',
        b'u',
        HEX[(c >> 12 & 15) as usize],
        HEX[(c >> 8 & 15) as usize],
        HEX[(c >> 4 & 15) as usize],
        HEX[(c & 15) as usize],
    ];
    b.push_ascii(&bytes);
}

/// Writes the JSON string literal of `s`: with `ascii`, every character outside ' '..'~' is
/// escaped (astral ones as surrogate pairs); without, only '"', '\\' and control characters.
pub fn push_quoted(b: &mut StrBuilder, s: &PyString, ascii: bool) {
    b.push(u32::from(b'"'));
    let n = s.len();
    let mut run = 0;
    for i in 0..n {
        let c = s.get(i);
        let plain = if ascii { (0x20..0x7f).contains(&c) } else { c >= 0x20 } && c != 0x22 && c != 0x5c;
        if plain {
            continue;
        }
        b.push_slice(s, run, i);
        run = i + 1;
        match c {
            0x22 => b.push_ascii(b"\\\""),
            0x5c => b.push_ascii(b"\\\\"),
            0x0a => b.push_ascii(b"\\n"),
            0x0d => b.push_ascii(b"\\r"),
            0x09 => b.push_ascii(b"\\t"),
            0x08 => b.push_ascii(b"\\b"),
            0x0c => b.push_ascii(b"\\f"),
            c if c >= 0x10000 => {
                let v = c - 0x10000;
                push_u_escape(b, 0xd800 | (v >> 10));
                push_u_escape(b, 0xdc00 | (v & 0x3ff));
            }
            c => push_u_escape(b, c),
        }
    }
    b.push_slice(s, run, n);
    b.push(u32::from(b'"'));
}

/// The settings of one encoding.
pub struct Encoder {
    pub check_circular: bool,
    pub default: Value,
    pub ensure_ascii: bool,
    /// The str repeated per level (None: compact), and the separators: str values.
    pub indent: Option<Value>,
    pub key_separator: Value,
    pub item_separator: Value,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
}

struct State<'a> {
    enc: &'a Encoder,
    out: StrBuilder,
    markers: HashSet<usize>,
}

fn float_text(vm: &mut Vm, x: f64, allow_nan: bool, v: &Value) -> PyResult<String> {
    let text = if x.is_nan() {
        "NaN"
    } else if x == f64::INFINITY {
        "Infinity"
    } else if x == f64::NEG_INFINITY {
        "-Infinity"
    } else {
        return Ok(crate::text::numbers::float_repr(x));
    };
    if !allow_nan {
        let r = ops::repr(vm, v)?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.value_error(format!("Out of range float values are not JSON compliant: {r}")));
    }
    Ok(text.to_string())
}

/// The items of a dict subclass, from its (possibly overridden) `items()`.
fn dict_subclass_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, Value)>> {
    let method = ops::getattr(vm, v, &vm.intern("items"))?;
    let items = vm.call(&method, &[], &[])?;
    let mut out = Vec::new();
    for item in crate::runtime::objects::list_type::collect(vm, &items)? {
        match item.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => out.push((t[0].clone(), t[1].clone())),
            _ => return Err(vm.value_error("items must return 2-tuples")),
        }
    }
    Ok(out)
}

/// The text of a JSON scalar (str excepted), or None for containers and other values.
fn scalar_text(vm: &mut Vm, v: &Value, allow_nan: bool) -> PyResult<Option<String>> {
    Ok(Some(match v {
        Value::None => "null".into(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => float_text(vm, *x, allow_nan, v)?,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => crate::runtime::objects::int::int_value_str(vm, v)?,
            Payload::Float(x) => float_text(vm, *x, allow_nan, v)?,
            _ => return Ok(None),
        },
        Value::Null => return Ok(None),
    }))
}

impl State<'_> {
    fn newline(&mut self, level: usize) {
        let enc = self.enc;
        if let Some(Some(Payload::Str(ind))) = enc.indent.as_ref().map(|v| v.payload()) {
            self.out.push(u32::from(b'\n'));
            for _ in 0..level {
                self.out.push_pystr(ind);
            }
        }
    }

    fn push_text(&mut self, v: &Value) {
        if let Some(Payload::Str(s)) = v.payload() {
            self.out.push_pystr(s);
        }
    }

    fn mark(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.enc.check_circular {
            return Ok(None);
        }
        let id = v.id();
        if !self.markers.insert(id) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if let Some(Payload::Str(s)) = v.payload() {
            push_quoted(&mut self.out, s, self.enc.ensure_ascii);
            return Ok(());
        }
        if let Some(t) = scalar_text(vm, v, self.enc.allow_nan)? {
            self.out.push_str(&t);
            return Ok(());
        }
        let items: Option<Vec<Value>> = match v.payload() {
            Some(Payload::List(l)) => Some(l.borrow().clone()),
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        };
        if let Some(items) = items {
            if items.is_empty() {
                self.out.push_ascii(b"[]");
                return Ok(());
            }
            let id = self.mark(vm, v)?;
            recursion::enter(vm, " while encoding a JSON object")?;
            let r = self.encode_list(vm, &items, level + 1);
            recursion::leave(vm);
            r?;
            self.unmark(id);
            return Ok(());
        }
        if let Some(Payload::Dict(d)) = v.payload() {
            let entries: Vec<(Value, Value)> = if v.class(vm).ptr_eq(&vm.types.dict) {
                d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect()
            } else {
                dict_subclass_items(vm, v)?
            };
            if entries.is_empty() {
                self.out.push_ascii(b"{}");
                return Ok(());
            }
            let id = self.mark(vm, v)?;
            recursion::enter(vm, " while encoding a JSON object")?;
            let r = self.encode_dict(vm, entries, level + 1);
            recursion::leave(vm);
            r?;
            self.unmark(id);
            return Ok(());
        }
        let id = self.mark(vm, v)?;
        let replaced = vm.call(&self.enc.default, &[v.clone()], &[])?;
        recursion::enter(vm, " while encoding a JSON object")?;
        let r = self.encode(vm, &replaced, level);
        recursion::leave(vm);
        r?;
        self.unmark(id);
        Ok(())
    }

    fn encode_list(&mut self, vm: &mut Vm, items: &[Value], level: usize) -> PyResult<()> {
        self.out.push(u32::from(b'['));
        self.newline(level);
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                self.push_text(&self.enc.item_separator);
                self.newline(level);
            }
            self.encode(vm, item, level)?;
        }
        self.newline(level - 1);
        self.out.push(u32::from(b']'));
        Ok(())
    }

    fn key_text(&mut self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Str(_)) = key.payload() {
            return Ok(Some(key.clone()));
        }
        if let Some(t) = scalar_text(vm, key, self.enc.allow_nan)? {
            return Ok(Some(vm.new_str(&t)));
        }
        if self.enc.skipkeys {
            return Ok(None);
        }
        let t = ops::type_name(vm, key);
        Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {t}")))
    }

    fn encode_dict(&mut self, vm: &mut Vm, mut entries: Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if self.enc.sort_keys {
            let pairs: Vec<Value> = entries.iter().map(|(k, v)| vm.new_tuple(vec![k.clone(), v.clone()])).collect();
            let list = vm.new_list(pairs);
            let builtins = Value::Obj(vm.builtins.clone());
            let sorted = ops::getattr(vm, &builtins, &vm.intern("sorted"))?;
            let sorted = vm.call(&sorted, &[list], &[])?;
            let Some(Payload::List(l)) = sorted.payload() else {
                return Err(vm.type_error("sorted() did not return a list"));
            };
            let items = l.borrow().clone();
            entries = items
                .iter()
                .filter_map(|t| match t.payload() {
                    Some(Payload::Tuple(p)) if p.len() == 2 => Some((p[0].clone(), p[1].clone())),
                    _ => None,
                })
                .collect();
        }
        self.out.push(u32::from(b'{'));
        self.newline(level);
        let mut first = true;
        for (key, value) in &entries {
            let Some(k) = self.key_text(vm, key)? else { continue };
            if !first {
                self.push_text(&self.enc.item_separator);
                self.newline(level);
            }
            first = false;
            if let Some(Payload::Str(k)) = k.payload() {
                push_quoted(&mut self.out, k, self.enc.ensure_ascii);
            }
            self.push_text(&self.enc.key_separator);
            self.encode(vm, value, level)?;
        }
        self.newline(level - 1);
        self.out.push(u32::from(b'}'));
        Ok(())
    }
}

/// The JSON text of `v`.
pub fn encode(vm: &mut Vm, enc: &Encoder, v: &Value) -> PyResult<Value> {
    let mut state = State { enc, out: StrBuilder::new(), markers: HashSet::new() };
    state.encode(vm, v, 0)?;
    Ok(vm.str_value(state.out.finish()))
}
