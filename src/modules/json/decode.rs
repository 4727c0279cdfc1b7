//! The JSON decoder of `_json`: `scanstring` and the value scanner behind `json.scanner`,
//! walking the document's code units directly (any str width), building dicts, lists, strs and
//! numbers natively and calling the decoder's hooks where the caller set them.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::str::{PyString, StrData};
use crate::runtime::objects::str::builder::StrBuilder;
use crate::runtime::ops;
use crate::runtime::recursion;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// The options of one scan: None for a hook means the default behaviour.
pub struct Options {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
}

/// A `json.JSONDecodeError(msg, doc, pos)`.
pub fn decode_error(vm: &mut Vm, doc: &Value, msg: &str, pos: usize) -> PyErr {
    let made = (|| -> PyResult<Value> {
        let module = crate::runtime::import::import_module(vm, "json.decoder")?;
        let cls = ops::getattr(vm, &module, &vm.intern("JSONDecodeError"))?;
        let args = [vm.new_str(msg), doc.clone(), Value::Int(pos as i64)];
        vm.call(&cls, &args, &[])
    })();
    match made {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.type_error("exceptions must derive from BaseException"),
        Err(e) => e,
    }
}

/// The code units of a document, any width.
trait Unit: Copy {
    fn code(self) -> u32;
}
impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}
impl Unit for u16 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}
impl Unit for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

struct Scanner<'a, T: Unit> {
    vm: &'a mut Vm,
    units: &'a [T],
    text: &'a PyString,
    doc: &'a Value,
    opts: &'a Options,
}

#[inline(always)]
fn is_ws(c: u32) -> bool {
    c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0d
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|ch| ch.to_digit(16))
}

impl<'a, T: Unit> Scanner<'a, T> {
    #[inline(always)]
    fn at(&self, i: usize) -> Option<u32> {
        self.units.get(i).map(|u| u.code())
    }

    #[inline]
    fn skip_ws(&self, mut i: usize) -> usize {
        while let Some(c) = self.at(i) {
            if !is_ws(c) {
                break;
            }
            i += 1;
        }
        i
    }

    fn error(&mut self, msg: &str, pos: usize) -> PyErr {
        decode_error(self.vm, self.doc, msg, pos)
    }

    fn matches(&self, i: usize, word: &str) -> bool {
        let w = word.as_bytes();
        i + w.len() <= self.units.len() && w.iter().enumerate().all(|(k, b)| self.units[i + k].code() == *b as u32)
    }

    /// The four hex digits after the `u` at index `u`.
    fn hex4(&mut self, u: usize) -> PyResult<u32> {
        let mut v = 0;
        for k in 1..=4 {
            match self.at(u + k).and_then(hex_value) {
                Some(d) => v = v * 16 + d,
                None => return Err(self.error("Invalid \\uXXXX escape", u)),
            }
        }
        Ok(v)
    }

    /// The string whose body starts at `start` (after its quote): (str, index after it).
    fn string(&mut self, start: usize) -> PyResult<(PyString, usize)> {
        let begin = start.saturating_sub(1);
        let n = self.units.len();
        let mut i = start;
        // The plain run first: most strings have no escape.
        loop {
            let Some(c) = self.at(i) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            if c == '"' as u32 {
                return Ok((self.text.slice(start, i), i + 1));
            }
            if c == '\\' as u32 {
                break;
            }
            if c < 0x20 && self.opts.strict {
                return Err(self.error("Invalid control character at", i));
            }
            i += 1;
        }
        let mut b = StrBuilder::with_capacity(i - start + 16);
        b.push_slice(self.text, start, i);
        loop {
            let Some(c) = self.at(i) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            if c == '"' as u32 {
                return Ok((b.finish(), i + 1));
            }
            if c != '\\' as u32 {
                if c < 0x20 && self.opts.strict {
                    return Err(self.error("Invalid control character at", i));
                }
                let run = i;
                i += 1;
                while i < n {
                    let c = self.units[i].code();
                    if c == '"' as u32 || c == '\\' as u32 || c < 0x20 {
                        break;
                    }
                    i += 1;
                }
                b.push_slice(self.text, run, i);
                continue;
            }
            let Some(esc) = self.at(i + 1) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            let simple = match char::from_u32(esc) {
                Some('"') => Some('"'),
                Some('\\') => Some('\\'),
                Some('/') => Some('/'),
                Some('b') => Some('\u{8}'),
                Some('f') => Some('\u{c}'),
                Some('n') => Some('\n'),
                Some('r') => Some('\r'),
                Some('t') => Some('\t'),
                Some('u') => None,
                _ => return Err(self.error("Invalid \\escape", i)),
            };
            if let Some(ch) = simple {
                b.push(ch as u32);
                i += 2;
                continue;
            }
            let mut code = self.hex4(i + 1)?;
            i += 6;
            if (0xd800..=0xdbff).contains(&code) && self.at(i) == Some('\\' as u32) && self.at(i + 1) == Some('u' as u32) {
                let low = self.hex4(i + 1)?;
                if (0xdc00..=0xdfff).contains(&low) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    i += 6;
                }
            }
            b.push(code);
        }
    }

    fn key(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let (s, end) = self.string(start)?;
        Ok((self.vm.str_value(s), end))
    }

    fn value(&mut self, i: usize) -> PyResult<(Value, usize)> {
        let Some(c) = self.at(i) else {
            return Err(self.vm.stop_iteration(Value::Int(i as i64)));
        };
        match char::from_u32(c) {
            Some('"') => {
                let (s, end) = self.string(i + 1)?;
                Ok((self.vm.str_value(s), end))
            }
            Some('{') => {
                recursion::enter(self.vm, " while decoding a JSON object from a unicode string")?;
                let r = self.object(i + 1);
                recursion::leave(self.vm);
                r
            }
            Some('[') => {
                recursion::enter(self.vm, " while decoding a JSON array from a unicode string")?;
                let r = self.array(i + 1);
                recursion::leave(self.vm);
                r
            }
            Some('n') if self.matches(i, "null") => Ok((Value::None, i + 4)),
            Some('t') if self.matches(i, "true") => Ok((Value::Bool(true), i + 4)),
            Some('f') if self.matches(i, "false") => Ok((Value::Bool(false), i + 5)),
            Some('N') if self.matches(i, "NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            Some('I') if self.matches(i, "Infinity") => Ok((self.constant("Infinity", f64::INFINITY)?, i + 8)),
            Some('-') if self.matches(i, "-Infinity") => Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9)),
            _ => self.number(i),
        }
    }

    fn constant(&mut self, name: &str, v: f64) -> PyResult<Value> {
        match self.opts.parse_constant.clone() {
            None => Ok(Value::Float(v)),
            Some(f) => {
                let arg = self.vm.new_str(name);
                self.vm.call(&f, &[arg], &[])
            }
        }
    }

    fn number(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let digit = |c: Option<u32>| matches!(c, Some(d) if (0x30..=0x39).contains(&d));
        let mut i = start;
        if self.at(i) == Some('-' as u32) {
            i += 1;
        }
        match self.at(i) {
            Some(0x30) => i += 1,
            Some(c) if (0x31..=0x39).contains(&c) => {
                i += 1;
                while digit(self.at(i)) {
                    i += 1;
                }
            }
            _ => return Err(self.vm.stop_iteration(Value::Int(start as i64))),
        }
        let mut is_float = false;
        if self.at(i) == Some('.' as u32) && digit(self.at(i + 1)) {
            i += 2;
            while digit(self.at(i)) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(self.at(i), Some(0x65) | Some(0x45)) {
            let mut j = i + 1;
            if matches!(self.at(j), Some(0x2b) | Some(0x2d)) {
                j += 1;
            }
            if digit(self.at(j)) {
                while digit(self.at(j)) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text: String = self.units[start..i].iter().map(|u| u.code() as u8 as char).collect();
        let hook = if is_float { self.opts.parse_float.clone() } else { self.opts.parse_int.clone() };
        if let Some(f) = hook {
            let arg = self.vm.new_str(&text);
            return Ok((self.vm.call(&f, &[arg], &[])?, i));
        }
        if is_float {
            return Ok((Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)), i));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok((Value::Int(n), i));
        }
        let big = crate::runtime::objects::int_type::int_from_text(self.vm, &Value::None, text.as_bytes(), 10)?;
        Ok((Value::from_bigint(self.vm, big), i))
    }

    fn object(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut i = self.skip_ws(start);
        let use_pairs = self.opts.object_pairs_hook.is_some();
        let mut pairs = Vec::new();
        let dict = self.vm.new_dict();
        if self.at(i) == Some('}' as u32) {
            i += 1;
        } else {
            loop {
                if self.at(i) != Some('"' as u32) {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (key, end) = self.key(i + 1)?;
                i = end;
                if self.at(i) != Some(':' as u32) {
                    i = self.skip_ws(i);
                    if self.at(i) != Some(':' as u32) {
                        return Err(self.error("Expecting ':' delimiter", i));
                    }
                }
                i = self.skip_ws(i + 1);
                let (value, end) = self.value(i)?;
                if use_pairs {
                    pairs.push(self.vm.new_tuple(vec![key, value]));
                } else if let Value::Obj(k) = key {
                    dict_set_str(self.vm, &dict, k, value);
                }
                i = self.skip_ws(end);
                match self.at(i) {
                    Some(0x7d) => {
                        i += 1;
                        break;
                    }
                    Some(0x2c) => i = self.skip_ws(i + 1),
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
            }
        }
        if let Some(hook) = self.opts.object_pairs_hook.clone() {
            let list = self.vm.new_list(pairs);
            return Ok((self.vm.call(&hook, &[list], &[])?, i));
        }
        let d = Value::Obj(dict);
        if let Some(hook) = self.opts.object_hook.clone() {
            return Ok((self.vm.call(&hook, &[d], &[])?, i));
        }
        Ok((d, i))
    }

    fn array(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut i = self.skip_ws(start);
        let mut items = Vec::new();
        if self.at(i) == Some(']' as u32) {
            return Ok((self.vm.new_list(items), i + 1));
        }
        loop {
            let (value, end) = self.value(i)?;
            items.push(value);
            i = self.skip_ws(end);
            match self.at(i) {
                Some(0x5d) => return Ok((self.vm.new_list(items), i + 1)),
                Some(0x2c) => i = self.skip_ws(i + 1),
                _ => return Err(self.error("Expecting ',' delimiter", i)),
            }
        }
    }
}

fn with_scanner<R>(
    vm: &mut Vm,
    doc: &Value,
    opts: &Options,
    f: impl FnOnce(&mut dyn ScanOps) -> PyResult<R>,
) -> PyResult<R> {
    let Some(Payload::Str(text)) = doc.payload() else {
        let t = ops::type_name(vm, doc);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    match text.data() {
        StrData::Latin1(u) => f(&mut Scanner { vm, units: u, text, doc, opts }),
        StrData::Ucs2(u) => f(&mut Scanner { vm, units: u, text, doc, opts }),
        StrData::Ucs4(u) => f(&mut Scanner { vm, units: u, text, doc, opts }),
    }
}

/// The entry points, whatever the unit width.
trait ScanOps {
    fn scan_value(&mut self, i: usize) -> PyResult<(Value, usize)>;
    fn scan_string(&mut self, i: usize) -> PyResult<(Value, usize)>;
}

impl<T: Unit> ScanOps for Scanner<'_, T> {
    fn scan_value(&mut self, i: usize) -> PyResult<(Value, usize)> {
        self.value(i)
    }
    fn scan_string(&mut self, i: usize) -> PyResult<(Value, usize)> {
        let (s, end) = self.string(i)?;
        Ok((self.vm.str_value(s), end))
    }
}

/// Scans the JSON value at `idx` of `doc`: (value, index after it); StopIteration(idx) where no
/// value starts.
pub fn scan(vm: &mut Vm, doc: &Value, idx: usize, opts: &Options) -> PyResult<(Value, usize)> {
    with_scanner(vm, doc, opts, |s| s.scan_value(idx))
}

/// Decodes the string whose body starts at `idx` of `doc`.
pub fn scanstring(vm: &mut Vm, doc: &Value, idx: usize, strict: bool) -> PyResult<(Value, usize)> {
    let opts = Options {
        strict,
        object_hook: None,
        object_pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
    };
    with_scanner(vm, doc, &opts, |s| s.scan_string(idx))
}
