//! printf-style formatting: `str % values` as CPython 3.12's `PyUnicode_Format` does it
//! (`%(key)`, flags `-+ #0`, `*` width and precision, the `h l L` length modifiers it ignores,
//! the conversions `s r a c d i u o x X e E f F g G %`), with its error messages. The parsing
//! of a conversion, the argument source and the number texts are shared with `bytes % values`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_text::{FloatFlags, double_to_string};
use crate::runtime::object::Payload;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub const F_LJUST: u8 = 1;
pub const F_SIGN: u8 = 2;
pub const F_BLANK: u8 = 4;
pub const F_ALT: u8 = 8;
pub const F_ZERO: u8 = 16;

/// One `%` conversion.
#[derive(Clone, Debug)]
pub struct Conversion {
    pub flags: u8,
    /// -1 when not given.
    pub width: i64,
    pub prec: i64,
    /// The conversion character.
    pub ch: u32,
    /// Whether the text is a number whose sign the padding handles.
    pub sign: bool,
}

/// A template: str or bytes.
#[allow(clippy::len_without_is_empty)]
pub trait Template {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    /// The key text `[start, end)` as a value to look up in the mapping.
    fn key(&self, vm: &Vm, start: usize, end: usize) -> Value;
}

impl Template for PyString {
    fn len(&self) -> usize {
        PyString::len(self)
    }

    fn at(&self, i: usize) -> u32 {
        self.get(i)
    }

    fn key(&self, vm: &Vm, start: usize, end: usize) -> Value {
        vm.str_value(self.slice(start, end))
    }
}

impl Template for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn at(&self, i: usize) -> u32 {
        u32::from(self[i])
    }

    fn key(&self, vm: &Vm, start: usize, end: usize) -> Value {
        vm.new_object(vm.types.bytes.clone(), Payload::Bytes(self[start..end].into()))
    }
}

/// Where the values come from: a tuple's items in order, or one value (and a mapping for
/// `%(key)` when the right operand is one).
pub struct ArgSource {
    args: Value,
    items: Option<Vec<Value>>,
    arglen: i64,
    argidx: i64,
    pub dict: Option<Value>,
}

impl ArgSource {
    pub fn new(vm: &Vm, args: &Value) -> ArgSource {
        let items = match args.payload() {
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        };
        let (arglen, argidx) = match &items {
            Some(t) => (t.len() as i64, 0),
            None => (-1, -2),
        };
        let is_mapping = items.is_none()
            && !matches!(args.payload(), Some(Payload::Str(_)))
            && (matches!(args.payload(), Some(Payload::Dict(_) | Payload::List(_)))
                || args.class(vm).lookup(vm, &vm.names.__getitem__).is_some());
        ArgSource { args: args.clone(), items, arglen, argidx, dict: is_mapping.then(|| args.clone()) }
    }

    /// The next value (`not enough arguments for format string` when none is left).
    pub fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(items) = &self.items {
                return Ok(items[i as usize].clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }

    /// Switches to the value of `%(key)`.
    fn use_value(&mut self, v: Value) {
        self.args = v;
        self.items = None;
        self.arglen = -1;
        self.argidx = -2;
    }

    /// Whether values remain unused (the error after the last conversion).
    pub fn unused(&self) -> bool {
        self.argidx < self.arglen && self.dict.is_none()
    }
}

/// Parses the conversion after a `%` at `*pos` (the `%` already consumed), fetching `*`
/// values and the `%(key)` value; `*pos` ends after the conversion character.
pub fn parse<T: Template + ?Sized>(vm: &mut Vm, t: &T, pos: &mut usize, src: &mut ArgSource) -> PyResult<Conversion> {
    let n = t.len();
    let mut c = Conversion { flags: 0, width: -1, prec: -1, ch: 0, sign: false };
    if *pos < n && t.at(*pos) == u32::from(b'(') {
        let Some(dict) = src.dict.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            let ch = t.at(*pos);
            if ch == u32::from(b')') {
                depth -= 1;
            } else if ch == u32::from(b'(') {
                depth += 1;
            }
            *pos += 1;
        }
        if depth > 0 || *pos >= n {
            return Err(vm.value_error("incomplete format key"));
        }
        let key = t.key(vm, start, *pos - 1);
        let v = ops::getitem(vm, &dict, &key)?;
        src.use_value(v);
    }
    let next = |pos: &mut usize| -> Option<u32> {
        if *pos < n {
            let ch = t.at(*pos);
            *pos += 1;
            Some(ch)
        } else {
            None
        }
    };
    let mut ch = next(pos);
    while let Some(x) = ch {
        let f = match char::from_u32(x) {
            Some('-') => F_LJUST,
            Some('+') => F_SIGN,
            Some(' ') => F_BLANK,
            Some('#') => F_ALT,
            Some('0') => F_ZERO,
            _ => break,
        };
        c.flags |= f;
        ch = next(pos);
    }
    let is_digit = |x: Option<u32>| x.is_some_and(|x| (0x30..=0x39).contains(&x));
    if ch == Some(u32::from(b'*')) {
        let v = src.next(vm)?;
        c.width = star_arg(vm, &v, false)?;
        if c.width < 0 {
            c.flags |= F_LJUST;
            c.width = -c.width;
        }
        ch = next(pos);
    } else if is_digit(ch) {
        let mut w = i64::from(ch.unwrap_or(0x30) - 0x30);
        ch = next(pos);
        while is_digit(ch) {
            let d = i64::from(ch.unwrap_or(0x30) - 0x30);
            if w > (i64::MAX - d) / 10 {
                return Err(vm.value_error("width too big"));
            }
            w = w * 10 + d;
            ch = next(pos);
        }
        c.width = w;
    }
    if ch == Some(u32::from(b'.')) {
        c.prec = 0;
        ch = next(pos);
        if ch == Some(u32::from(b'*')) {
            let v = src.next(vm)?;
            c.prec = star_arg(vm, &v, true)?.max(0);
            ch = next(pos);
        } else if is_digit(ch) {
            let mut p = i64::from(ch.unwrap_or(0x30) - 0x30);
            ch = next(pos);
            while is_digit(ch) {
                let d = i64::from(ch.unwrap_or(0x30) - 0x30);
                if p > (i64::from(i32::MAX) - d) / 10 {
                    return Err(vm.value_error("precision too big"));
                }
                p = p * 10 + d;
                ch = next(pos);
            }
            c.prec = p;
        }
    }
    if matches!(ch, Some(0x68 | 0x6C | 0x4C)) {
        ch = next(pos);
    }
    match ch {
        Some(x) => c.ch = x,
        None => return Err(vm.value_error("incomplete format")),
    }
    Ok(c)
}

/// A `*` width or precision value.
fn star_arg(vm: &Vm, v: &Value, precision: bool) -> PyResult<i64> {
    let Some(b) = v.to_bigint() else { return Err(vm.type_error("* wants int")) };
    if precision {
        return b.to_i32().map(i64::from).ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"));
    }
    b.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// The error for an unknown conversion character (at template index `index`).
pub fn unsupported(vm: &Vm, ch: u32, index: usize) -> crate::runtime::vm::PyErr {
    if ch < 128 {
        let shown = if (31..=126).contains(&ch) { char::from(ch as u8) } else { '?' };
        vm.value_error(format!("unsupported format character '{shown}' (0x{ch:x}) at index {index}"))
    } else {
        let shown = char::from_u32(ch).map_or_else(|| format!("\\u{ch:x}"), |c| c.to_string());
        vm.value_error(format!("unsupported format character '{shown}' (0x{ch:x}) at index {index}"))
    }
}

/// Whether `v` is a number for the integer conversions (PyNumber_Check).
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_) | Payload::Float(_) | Payload::Complex { .. }) => true,
        _ => {
            let cls = v.class(vm);
            let n = &vm.names;
            cls.lookup(vm, &n.__index__).is_some() || cls.lookup(vm, &n.__int__).is_some() || cls.lookup(vm, &n.__float__).is_some()
        }
    }
}

/// The int an integer conversion formats (`int(v)`, or `operator.index(v)` for o, x, X); None
/// for the wrong type.
fn integer_value(vm: &mut Vm, v: &Value, ch: u32) -> PyResult<Option<BigInt>> {
    if let Some(b) = v.to_bigint() {
        return Ok(Some(b));
    }
    if !is_number(vm, v) {
        return Ok(None);
    }
    let index_only = matches!(char::from_u32(ch), Some('o' | 'x' | 'X'));
    if !index_only {
        if let Some(f) = super::float_of(v) {
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            return Ok(Some(crate::runtime::objects::int::float_to_bigint(f.trunc())));
        }
        let int_name = vm.names.__int__.clone();
        if let Some(r) = ops::call_special(vm, v, &int_name, &[])? {
            return match r.to_bigint() {
                Some(b) => Ok(Some(b)),
                None => {
                    let t = ops::type_name(vm, &r);
                    Err(vm.type_error(format!("__int__ returned non-int (type {t})")))
                }
            };
        }
    }
    ops::iter::index_value(vm, v)
}

/// The text of an integer conversion (d i u o x X): sign, `0x` prefix under `#`, digits
/// zero-padded to the precision. None when `v` is not a number of the right kind.
pub fn int_text(vm: &mut Vm, v: &Value, c: &Conversion) -> PyResult<String> {
    let ch = char::from_u32(c.ch).unwrap_or('d');
    let Some(b) = integer_value(vm, v, c.ch)? else {
        let t = ops::type_name(vm, v);
        let what = if matches!(ch, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
        return Err(vm.type_error(format!("%{ch} format: {what} is required, not {t}")));
    };
    if c.prec > i64::from(i32::MAX) - 3 {
        return Err(vm.overflow_error("precision too large"));
    }
    let negative = b.sign() == Sign::Minus;
    let digits = match ch {
        'o' => b.magnitude().to_str_radix(8),
        'x' => b.magnitude().to_str_radix(16),
        'X' => b.magnitude().to_str_radix(16).to_ascii_uppercase(),
        _ => super::number::decimal_digits(vm, &b)?,
    };
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    if c.flags & F_ALT != 0 {
        match ch {
            'o' => out.push_str("0o"),
            'x' => out.push_str("0x"),
            'X' => out.push_str("0X"),
            _ => {}
        }
    }
    if c.prec > digits.len() as i64 {
        out.extend(std::iter::repeat_n('0', c.prec as usize - digits.len()));
    }
    out.push_str(&digits);
    Ok(out)
}

/// The float of a float conversion (`must be real number, not T` otherwise).
pub fn float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = super::float_of(v) {
        return Ok(f);
    }
    if let Some(b) = v.to_bigint() {
        return crate::runtime::objects::int::bigint_to_f64(vm, &b);
    }
    let name = vm.names.__float__.clone();
    if let Some(r) = ops::call_special(vm, v, &name, &[])? {
        return match super::float_of(&r) {
            Some(f) => Ok(f),
            None => {
                let t = ops::type_name(vm, &r);
                Err(vm.type_error(format!("__float__ returned non-float (type {t})")))
            }
        };
    }
    if let Some(b) = ops::iter::index_value(vm, v)? {
        return crate::runtime::objects::int::bigint_to_f64(vm, &b);
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// The text of a float conversion (e E f F g G).
pub fn float_text(vm: &mut Vm, v: &Value, c: &Conversion) -> PyResult<String> {
    let x = float_value(vm, v)?;
    let prec = if c.prec < 0 { 6 } else { c.prec as usize };
    let flags = FloatFlags { alt: c.flags & F_ALT != 0, ..FloatFlags::default() };
    Ok(double_to_string(x, c.ch as u8, prec, flags))
}

/// The character of `%c` from an int (str `%c` also takes a one-character str).
pub fn char_of_int(vm: &mut Vm, v: &Value) -> PyResult<Option<u32>> {
    let b = match v.to_bigint() {
        Some(b) => b,
        None => match ops::iter::index_value(vm, v)? {
            Some(b) => b,
            None => return Ok(None),
        },
    };
    match b.to_u32() {
        Some(x) if x <= 0x10FFFF => Ok(Some(x)),
        _ => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// Output of a converted text: width, precision (for s r a), sign and `0` padding, `#`
/// prefixes, left justification. `text` gives the code points.
pub trait Sink {
    fn put(&mut self, c: u32);
    fn put_repeat(&mut self, c: u32, n: usize);
}

impl Sink for StrBuilder {
    fn put(&mut self, c: u32) {
        self.push(c);
    }

    fn put_repeat(&mut self, c: u32, n: usize) {
        self.push_repeat(c, n);
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, c: u32) {
        self.push(c as u8);
    }

    fn put_repeat(&mut self, c: u32, n: usize) {
        self.extend(std::iter::repeat_n(c as u8, n));
    }
}

/// Writes a converted text (`len` code points from `at`) as the conversion asks.
pub fn output<S: Sink>(out: &mut S, c: &Conversion, len: usize, at: &dyn Fn(usize) -> u32) {
    let mut sign = c.sign;
    let fill = if sign && c.flags & F_ZERO != 0 { u32::from(b'0') } else { u32::from(b' ') };
    let mut len = len as i64;
    let mut width = c.width;
    if matches!(char::from_u32(c.ch), Some('s' | 'r' | 'a' | 'b')) && c.prec >= 0 && len >= c.prec {
        len = c.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = 0;
    if sign {
        let first = if len > 0 { at(0) } else { 0 };
        if first == u32::from(b'-') || first == u32::from(b'+') {
            signchar = first;
            len -= 1;
            pindex += 1;
        } else if c.flags & F_SIGN != 0 {
            signchar = u32::from(b'+');
        } else if c.flags & F_BLANK != 0 {
            signchar = u32::from(b' ');
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != u32::from(b' ') {
            out.put(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = c.flags & F_ALT != 0 && matches!(char::from_u32(c.ch), Some('x' | 'X' | 'o'));
    if alt_prefix {
        if fill != u32::from(b' ') {
            out.put(at(pindex));
            out.put(at(pindex + 1));
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && c.flags & F_LJUST == 0 {
        out.put_repeat(fill, (width - len) as usize);
        width = len;
    }
    if fill == u32::from(b' ') {
        if sign {
            out.put(signchar);
        }
        if alt_prefix {
            out.put(at(pindex));
            out.put(at(pindex + 1));
            pindex += 2;
        }
    }
    for k in 0..len.max(0) as usize {
        out.put(at(pindex + k));
    }
    if width > len {
        out.put_repeat(u32::from(b' '), (width - len) as usize);
    }
}

/// Whether a conversion's text can be copied as it is.
fn plain(c: &Conversion, len: usize) -> bool {
    (c.width < 0 || c.width <= len as i64) && (c.prec < 0 || c.prec >= len as i64) && c.flags & (F_SIGN | F_BLANK) == 0
}

fn put_ascii(out: &mut StrBuilder, c: &Conversion, text: &str) {
    if plain(c, text.len()) {
        out.push_ascii(text.as_bytes());
    } else {
        let b = text.as_bytes();
        output(out, c, b.len(), &|i| u32::from(b[i]));
    }
}

/// `fmt % values` for a str template.
pub fn format_str(vm: &mut Vm, fmt: &PyString, values: &Value) -> PyResult<PyString> {
    let mut src = ArgSource::new(vm, values);
    let n = fmt.len();
    let mut out = StrBuilder::with_capacity(n + 16);
    let mut i = 0;
    while i < n {
        let next_pct = crate::runtime::objects::str::search::find_char(fmt, u32::from(b'%'), i, n).unwrap_or(n);
        out.push_slice(fmt, i, next_pct);
        i = next_pct;
        if i >= n {
            break;
        }
        i += 1;
        if i < n && fmt.get(i) == u32::from(b'%') {
            out.push(u32::from(b'%'));
            i += 1;
            continue;
        }
        let mut c = parse(vm, fmt, &mut i, &mut src)?;
        let v = src.next(vm)?;
        match char::from_u32(c.ch).unwrap_or('\u{0}') {
            's' | 'r' | 'a' => {
                let text = match c.ch {
                    0x73 => ops::str_of(vm, &v)?,
                    0x72 => ops::repr(vm, &v)?,
                    _ => crate::runtime::builtins::ascii_of(vm, &v)?,
                };
                if let Some(Payload::Str(t)) = text.payload() {
                    if plain(&c, t.len()) {
                        out.push_pystr(t);
                    } else {
                        output(&mut out, &c, t.len(), &|k| t.get(k));
                    }
                }
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                c.sign = true;
                let text = int_text(vm, &v, &c)?;
                put_ascii(&mut out, &c, &text);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                c.sign = true;
                let text = float_text(vm, &v, &c)?;
                put_ascii(&mut out, &c, &text);
            }
            'c' => {
                let ch = match v.payload() {
                    Some(Payload::Str(s)) if s.len() == 1 => s.get(0),
                    Some(Payload::Str(_)) => return Err(vm.type_error("%c requires int or char")),
                    _ => match super::float_of(&v) {
                        Some(_) => return Err(vm.type_error("%c requires int or char")),
                        None => match char_of_int(vm, &v)? {
                            Some(x) => x,
                            None => return Err(vm.type_error("%c requires int or char")),
                        },
                    },
                };
                output(&mut out, &c, 1, &|_| ch);
            }
            _ => return Err(unsupported(vm, c.ch, i - 1)),
        }
    }
    if src.unused() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out.finish())
}
