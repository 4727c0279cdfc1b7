//! `bytes % args` (printf-style formatting of bytes and bytearray, PEP 461): mapping keys,
//! flags, width and precision (with `*`), and the conversions d i u o x X e E f F g G c b s a r.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Where the values to format come from.
enum Source<'a> {
    /// A tuple's items (or one non-tuple value), consumed in order.
    Seq { items: &'a [Value], next: usize },
    /// A mapping, for `%(key)s` specifiers (one value otherwise).
    Map(&'a Value),
}

#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    if matches!(v.payload(), Some(Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))) {
        return false;
    }
    if matches!(v.payload(), Some(Payload::Dict(_))) {
        return true;
    }
    v.class(vm).lookup(vm, &vm.names.__getitem__).is_some()
}

/// `fmt % arg`.
pub fn format(vm: &mut Vm, fmt: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    let single = std::slice::from_ref(arg);
    let (mut src, is_tuple) = match arg.payload() {
        Some(Payload::Tuple(t)) => (Source::Seq { items: t, next: 0 }, true),
        _ if is_mapping(vm, arg) => (Source::Map(arg), false),
        _ => (
            Source::Seq {
                items: single,
                next: 0,
            },
            false,
        ),
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    let mut used_map = false;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            let next = fmt[i..]
                .iter()
                .position(|&b| b == b'%')
                .map_or(fmt.len(), |p| p + i);
            out.extend_from_slice(&fmt[i..next]);
            i = next;
            continue;
        }
        i += 1;
        let mut keyed: Option<Value> = None;
        if fmt.get(i) == Some(&b'(') {
            let Source::Map(m) = &src else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < fmt.len() && depth > 0 {
                match fmt[j] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = super::new_bytes(vm, fmt[start..j - 1].to_vec());
            let m = (*m).clone();
            keyed = Some(ops::getitem(vm, &m, &key)?);
            used_map = true;
            i = j;
        }
        let mut spec = Spec::default();
        while let Some(&f) = fmt.get(i) {
            match f {
                b'-' => spec.left = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alt = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            i += 1;
            let w = star_arg(vm, &mut src)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            spec.width = digits(vm, fmt, &mut i)?;
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                i += 1;
                let p = star_arg(vm, &mut src)?;
                if i32::try_from(p).is_err() {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                spec.prec = Some(p.max(0) as usize);
            } else {
                spec.prec = Some(digits(vm, fmt, &mut i)?);
            }
        }
        while matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let value = match keyed {
            Some(v) => v,
            None => next_arg(vm, &mut src)?,
        };
        let mut probe: Vec<u8> = Vec::new();
        if probe.try_reserve(spec.width.max(spec.prec.unwrap_or(0))).is_err() {
            return Err(vm.memory_error());
        }
        drop(probe);
        let piece = convert(vm, conv, &spec, &value, i - 1)?;
        out.extend_from_slice(&piece);
    }
    if let Source::Seq { items, next } = src
        && next < items.len() && (is_tuple || !used_map) {
            return Err(vm.type_error("not all arguments converted during bytes formatting"));
        }
    Ok(out)
}

fn digits(vm: &Vm, fmt: &[u8], i: &mut usize) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = fmt.get(*i).filter(|b| b.is_ascii_digit()) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(usize::from(d - b'0')))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("width too big"))?;
        *i += 1;
    }
    Ok(n)
}

fn next_arg(vm: &Vm, src: &mut Source) -> PyResult<Value> {
    match src {
        Source::Seq { items, next } => match items.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        },
        Source::Map(m) => {
            let v = (*m).clone();
            *src = Source::Seq {
                items: &[],
                next: 0,
            };
            Ok(v)
        }
    }
}

fn star_arg(vm: &mut Vm, src: &mut Source) -> PyResult<i64> {
    let v = next_arg(vm, src)?;
    match v {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => b
                .to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
            _ => Err(vm.type_error("* wants int")),
        },
    }
}

/// Pads `body` (after a sign/prefix `head`) to the spec's width.
fn pad(spec: &Spec, head: &[u8], body: &[u8], numeric: bool) -> Vec<u8> {
    let len = head.len() + body.len();
    let mut out = Vec::with_capacity(len.max(spec.width));
    let fill = spec.width.saturating_sub(len);
    if spec.left {
        out.extend_from_slice(head);
        out.extend_from_slice(body);
        out.resize(out.len() + fill, b' ');
    } else if spec.zero && numeric {
        out.extend_from_slice(head);
        out.resize(out.len() + fill, b'0');
        out.extend_from_slice(body);
    } else {
        out.resize(fill, b' ');
        out.extend_from_slice(head);
        out.extend_from_slice(body);
    }
    out
}

fn sign(spec: &Spec, negative: bool) -> &'static [u8] {
    if negative {
        b"-"
    } else if spec.plus {
        b"+"
    } else if spec.space {
        b" "
    } else {
        b""
    }
}

/// The float value of a `%e`/`%f`/`%g` argument.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    match v.payload() {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::BigInt(b)) => return crate::runtime::objects::int::bigint_to_f64(vm, b),
        _ => {}
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__float__) {
        let r = ops::call_method(vm, &f, v, &[])?;
        return match r {
            Value::Float(f) => Ok(f),
            _ => match r.payload() {
                Some(Payload::Float(f)) => Ok(*f),
                _ => {
                    let t = ops::type_name(vm, v);
                    let rt = ops::type_name(vm, &r);
                    Err(vm.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
                }
            },
        };
    }
    if let Some(b) = ops::iter::index_value(vm, v)? {
        return crate::runtime::objects::int::bigint_to_f64(vm, &b);
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("float argument required, not {t}")))
}

/// The integer value of a `%d`/`%x`/`%o` argument.
fn int_arg(vm: &mut Vm, v: &Value, conv: u8) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    let is_float = matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)));
    if matches!(conv, b'd' | b'i' | b'u') {
        if is_float {
            let f = float_arg(vm, v)?;
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(crate::runtime::objects::int::float_to_bigint(f.trunc()));
        }
        if let Some(b) = ops::iter::index_value(vm, v)? {
            return Ok(b);
        }
        let cls = v.class(vm);
        if let Some(f) = cls.lookup(vm, &vm.intern("__int__")) {
            let r = ops::call_method(vm, &f, v, &[])?;
            if let Some(b) = r.to_bigint() {
                return Ok(b);
            }
        }
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!(
            "%{} format: a real number is required, not {t}",
            // %i reports itself as %d, as CPython does.
            if conv == b'i' { 'd' } else { conv as char }
        )));
    }
    if !is_float
        && let Some(b) = ops::iter::index_value(vm, v)? {
            return Ok(b);
        }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!(
        "%{} format: an integer is required, not {t}",
        conv as char
    )))
}

fn format_int(spec: &Spec, conv: u8, n: &BigInt) -> Vec<u8> {
    let radix = match conv {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let mut digits = n.abs().to_str_radix(radix).into_bytes();
    if conv == b'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.prec
        && digits.len() < p {
            let mut z = vec![b'0'; p - digits.len()];
            z.extend_from_slice(&digits);
            digits = z;
        }
    let mut head = sign(spec, n.is_negative()).to_vec();
    if spec.alt {
        match conv {
            b'o' => head.extend_from_slice(b"0o"),
            b'x' => head.extend_from_slice(b"0x"),
            b'X' => head.extend_from_slice(b"0X"),
            _ => {}
        }
    }
    pad(spec, &head, &digits, true)
}

/// `v` in exponent notation with `prec` digits after the point, exponent as e+XX.
fn exp_form(v: f64, prec: usize, upper: bool) -> String {
    let s = format!("{v:.prec$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    let out = format!(
        "{mant}{}{sign}{:02}",
        if upper { 'E' } else { 'e' },
        e.abs()
    );
    out
}

fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(p) => (&s[..p], &s[p..]),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}

/// `%e %f %g` (and upper-case forms) of an absolute value (finite).
fn float_body(v: f64, conv: u8, prec: usize, alt: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let mut s = match conv.to_ascii_lowercase() {
        b'e' => exp_form(v, prec, upper),
        b'f' => format!("{v:.prec$}"),
        _ => {
            let p = prec.max(1);
            let probe = format!("{v:.0$e}", p - 1);
            let x: i32 = probe
                .split_once('e')
                .and_then(|(_, e)| e.parse().ok())
                .unwrap_or(0);
            let s = if v == 0.0 || (-4..p as i32).contains(&x) {
                let decimals = (p as i32 - 1 - x).max(0) as usize;
                format!("{v:.decimals$}")
            } else {
                exp_form(v, p - 1, upper)
            };
            if alt { s } else { strip_zeros(&s) }
        }
    };
    if alt && !s.contains('.') {
        match s.find(['e', 'E']) {
            Some(p) => s.insert(p, '.'),
            None => s.push('.'),
        }
    }
    s
}

fn format_float(spec: &Spec, conv: u8, v: f64) -> Vec<u8> {
    let upper = conv.is_ascii_uppercase();
    let negative = v.is_sign_negative() && !v.is_nan();
    let head = sign(spec, negative);
    if !v.is_finite() {
        let body = match (v.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return pad(spec, head, body.as_bytes(), false);
    }
    let body = float_body(v.abs(), conv, spec.prec.unwrap_or(6), spec.alt);
    pad(spec, head, body.as_bytes(), true)
}

/// The bytes of a `%b`/`%s` argument: a bytes-like object's or `__bytes__`'s.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer(vm, v)? {
        return Ok(b.to_vec());
    }
    if !matches!(v.payload(), Some(Payload::Str(_))) {
        let cls = v.class(vm);
        if let Some(f) = cls.lookup(vm, &vm.intern("__bytes__")) {
            let r = ops::call_method(vm, &f, v, &[])?;
            if let Some(Payload::Bytes(b)) = r.payload() {
                return Ok(b.to_vec());
            }
            let t = ops::type_name(vm, &r);
            return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")));
        }
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
    )))
}

fn convert(vm: &mut Vm, conv: u8, spec: &Spec, v: &Value, at: usize) -> PyResult<Vec<u8>> {
    match conv {
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
            let n = int_arg(vm, v, conv)?;
            Ok(format_int(spec, conv, &n))
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let f = match float_arg(vm, v) {
                Ok(f) => f,
                Err(e) if vm.err_is(&e, &vm.types.exc.overflow_error.clone()) => {
                    let t = ops::type_name(vm, v);
                    return Err(vm.type_error(format!("float argument required, not {t}")));
                }
                Err(e) => return Err(e),
            };
            Ok(format_float(spec, conv, f))
        }
        b'c' => {
            let byte = match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => b[0],
                Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
                _ => match v.to_bigint() {
                    Some(n) => match n.to_u8() {
                        Some(b) => b,
                        None => return Err(vm.overflow_error("%c arg not in range(256)")),
                    },
                    None => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        );
                    }
                },
            };
            Ok(pad(spec, b"", &[byte], false))
        }
        b'b' | b's' => {
            let mut b = bytes_arg(vm, v)?;
            if let Some(p) = spec.prec {
                b.truncate(p);
            }
            Ok(pad(spec, b"", &b, false))
        }
        b'a' | b'r' => {
            let s = crate::runtime::builtins::ascii_of(vm, v)?;
            let text = ops::repr::text_of(&s).unwrap_or_default();
            let mut b = text.into_bytes();
            if let Some(p) = spec.prec {
                b.truncate(p);
            }
            Ok(pad(spec, b"", &b, false))
        }
        _ => {
            let shown = if conv.is_ascii_graphic() || conv == b' ' {
                conv as char
            } else {
                '?'
            };
            Err(vm.value_error(format!(
                "unsupported format character '{shown}' ({conv:#x}) at index {at}"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::float_body;

    #[test]
    fn general_float_forms() {
        assert_eq!(float_body(1e20, b'g', 6, false), "1e+20");
        assert_eq!(float_body(0.0001, b'g', 6, false), "0.0001");
        assert_eq!(float_body(123456789.0, b'g', 6, false), "1.23457e+08");
        assert_eq!(float_body(1.0, b'g', 6, true), "1.00000");
        assert_eq!(float_body(1234.5, b'g', 3, false), "1.23e+03");
        assert_eq!(float_body(2.5, b'e', 0, false), "2e+00");
        assert_eq!(float_body(0.0, b'g', 6, false), "0");
    }
}
