//! str's padding and table methods: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`,
//! `maketrans` and `translate`.

use rustc_hash::FxHashMap;

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args;
use super::unchanged;

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<u32> {
    let Some(v) = v else { return Ok(u32::from(b' ')) };
    match v.payload() {
        Some(Payload::Str(s)) if s.len() == 1 => Ok(s.get(0)),
        Some(Payload::Str(_)) => Err(vm.type_error("The fill character must be exactly one character long")),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("The fill character must be a unicode character, not {t}")))
        }
    }
}

fn pad(vm: &Vm, this: &Value, s: &PyString, left: usize, right: usize, fill: u32) -> Value {
    if left == 0 && right == 0 {
        return unchanged(vm, this);
    }
    let mut out = StrBuilder::with_capacity(s.len() + left + right);
    out.push_repeat(fill, left);
    out.push_pystr(s);
    out.push_repeat(fill, right);
    vm.str_value(out.finish())
}

/// The width and fill of center, ljust and rjust; None when the str is already as wide.
fn width_fill(vm: &mut Vm, a: &CallArgs, name: &str) -> PyResult<(Value, usize, usize, u32)> {
    let r = args::clinic(vm, a, name, 1, 2)?;
    let width = args::ssize(vm, &r.rest[0])?;
    let fill = fill_arg(vm, r.rest.get(1))?;
    let len = r.s.len();
    let marg = if width > len as i64 { (width - len as i64) as usize } else { 0 };
    Ok((r.this.clone(), width.max(0) as usize, marg, fill))
}

fn receiver_str(v: &Value) -> &PyString {
    match v.payload() {
        Some(Payload::Str(s)) => s,
        _ => unreachable!("receivers are checked to be str"),
    }
}

pub fn center(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, width, marg, fill) = width_fill(vm, &a, "center")?;
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(vm, &this, receiver_str(&this), left, marg - left, fill))
}

pub fn ljust(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, _, marg, fill) = width_fill(vm, &a, "ljust")?;
    Ok(pad(vm, &this, receiver_str(&this), 0, marg, fill))
}

pub fn rjust(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, _, marg, fill) = width_fill(vm, &a, "rjust")?;
    Ok(pad(vm, &this, receiver_str(&this), marg, 0, fill))
}

pub fn zfill(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, w) = args::one(vm, &a, "zfill")?;
    let width = args::ssize(vm, w)?;
    let s = r.s;
    if width <= s.len() as i64 {
        return Ok(unchanged(vm, r.this));
    }
    let fill = width as usize - s.len();
    let mut out = StrBuilder::with_capacity(width as usize);
    let first = if s.is_empty() { 0 } else { s.get(0) };
    if first == u32::from(b'+') || first == u32::from(b'-') {
        out.push(first);
        out.push_repeat(u32::from(b'0'), fill);
        out.push_slice(s, 1, s.len());
    } else {
        out.push_repeat(u32::from(b'0'), fill);
        out.push_pystr(s);
    }
    Ok(vm.str_value(out.finish()))
}

pub fn expandtabs(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, [tabsize]) = args::keywords(vm, &a, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        Some(t) => args::ssize(vm, t)?,
        None => 8,
    };
    let s = r.s;
    if super::super::str::search::find_char(s, u32::from(b'\t'), 0, s.len()).is_none() {
        return Ok(unchanged(vm, r.this));
    }
    let mut out = StrBuilder::with_capacity(s.len());
    let mut line_pos: i64 = 0;
    for c in s.chars() {
        if c == u32::from(b'\t') {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                if out.len() as i64 > i64::MAX - incr || incr > (1 << 40) {
                    return Err(vm.overflow_error("new string is too long"));
                }
                line_pos += incr;
                out.push_repeat(u32::from(b' '), incr as usize);
            }
        } else {
            line_pos += 1;
            out.push(c);
            if c == u32::from(b'\n') || c == u32::from(b'\r') {
                line_pos = 0;
            }
        }
    }
    Ok(vm.str_value(out.finish()))
}

/// `str.maketrans(x[, y[, z]])`.
pub fn maketrans(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let pos = a.pos();
    args::clinic_count(vm, "maketrans", pos.len(), 1, 3)?;
    let d = vm.new_dict();
    let Payload::Dict(cell) = &d.payload else { return Ok(Value::None) };
    if let Some(y) = pos.get(1) {
        let y = args::str_arg_named(vm, y, "maketrans", 2)?;
        let z = match pos.get(2) {
            Some(z) => Some(args::str_arg_named(vm, z, "maketrans", 3)?),
            None => None,
        };
        let Some(Payload::Str(x)) = pos[0].payload() else {
            return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
        };
        if x.len() != y.len() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        for i in 0..x.len() {
            Dict::set_item(cell, vm, Value::Int(i64::from(x.get(i))), Value::Int(i64::from(y.get(i))))?;
        }
        if let Some(z) = z {
            for c in z.chars() {
                Dict::set_item(cell, vm, Value::Int(i64::from(c)), Value::None)?;
            }
        }
    } else {
        let x = &pos[0];
        let exact_dict = matches!(x, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && ops::is_exact(vm, x, &vm.types.dict.clone()));
        let Some(Payload::Dict(src)) = x.payload().filter(|_| exact_dict) else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let items: Vec<(Value, Value)> = src.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let key = match k.payload() {
                Some(Payload::Str(ks)) => {
                    if ks.len() != 1 {
                        return Err(vm.value_error("string keys in translate table must be of length 1"));
                    }
                    Value::Int(i64::from(ks.get(0)))
                }
                _ if k.to_bigint().is_some() => k,
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            Dict::set_item(cell, vm, key, v)?;
        }
    }
    Ok(Value::Obj(d))
}

/// What a translation table says about one character.
#[derive(Clone)]
enum Mapping {
    Keep,
    Delete,
    Char(u32),
    Text(Value),
}

fn lookup(vm: &mut Vm, table: &Value, c: u32) -> PyResult<Mapping> {
    let r = match ops::getitem(vm, table, &Value::Int(i64::from(c))) {
        Ok(r) => r,
        Err(e) if vm.err_is(&e, &vm.types.exc.lookup_error.clone()) => return Ok(Mapping::Keep),
        Err(e) => return Err(e),
    };
    if r.is_none() {
        return Ok(Mapping::Delete);
    }
    if let Some(i) = r.to_bigint() {
        return match num_traits::ToPrimitive::to_u32(&i) {
            Some(v) if v <= 0x10FFFF => Ok(Mapping::Char(v)),
            _ => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    if matches!(r.payload(), Some(Payload::Str(_))) {
        return Ok(Mapping::Text(r));
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

pub fn translate(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, table) = args::one(vm, &a, "translate")?;
    let s = r.s;
    let table = table.clone();
    let mut cache: FxHashMap<u32, Mapping> = FxHashMap::default();
    let mut out = StrBuilder::with_capacity(s.len());
    for c in s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup(vm, &table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapping::Keep => out.push(c),
            Mapping::Delete => {}
            Mapping::Char(v) => out.push(v),
            Mapping::Text(t) => {
                if let Some(Payload::Str(ts)) = t.payload() {
                    out.push_pystr(ts);
                }
            }
        }
    }
    Ok(vm.str_value(out.finish()))
}
