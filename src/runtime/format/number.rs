//! Numbers under a format specifier: int (`b c d n o x X`, and `e f g %` through float), float
//! (`e E f F g G n %` and none), complex (`e E f F g G n` and none), laid out as CPython 3.12
//! does: sign, `#` prefix, zero padding through the grouping (`0,001,234`), fill and alignment.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_text::{FloatFlags, double_to_string};
use super::spec::{FormatSpec, type_text};
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::vm::{PyResult, Vm};

/// The pieces of a formatted number before padding.
struct Parts<'a> {
    /// Whether the value is negative.
    negative: bool,
    /// `0x`, `0o`, `0b` (or `0X`).
    prefix: &'a str,
    /// The digits that grouping applies to (ASCII).
    digits: &'a [u8],
    /// What follows them: the decimal point, fraction, exponent, `%` (ASCII).
    rest: &'a [u8],
    /// For `c`: the character (no digits, no rest).
    chr: Option<u32>,
}

/// The grouped digits: separators every `size` digits from the right, and leading zeros (with
/// separators) up to `min_width` characters, as CPython's thousands grouping writes them.
fn group_digits(digits: &[u8], min_width: i64, sep: Option<(u8, usize)>) -> Vec<u8> {
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 2);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut src = digits.iter().rev();
    let mut take = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64| {
        for _ in 0..n_chars {
            if let Some(&d) = src.next() {
                rev.push(d);
            }
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros.max(0) as usize));
    };
    match sep {
        None => {
            let l = remaining.max(min_width).max(1);
            take(&mut rev, remaining.min(l), l - remaining);
        }
        Some((s, size)) => {
            let size = size as i64;
            let mut first = true;
            loop {
                let l = size.min(remaining.max(min_width).max(1));
                let n_zeros = (l - remaining).max(0);
                let n_chars = remaining.min(l).max(0);
                if !first {
                    rev.push(s);
                }
                first = false;
                take(&mut rev, n_chars, n_zeros);
                remaining -= n_chars;
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
    }
    rev.reverse();
    rev
}

/// Writes a number's parts padded to the spec's width.
fn layout(spec: &FormatSpec, p: &Parts, out: &mut StrBuilder) {
    let sign = match spec.sign {
        b'+' => Some(if p.negative { b'-' } else { b'+' }),
        b' ' => Some(if p.negative { b'-' } else { b' ' }),
        _ => p.negative.then_some(b'-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_rest = p.rest.len() as i64 + p.chr.is_some() as i64;
    let non_digit = n_sign + p.prefix.len() as i64 + n_rest;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == u32::from(b'0') && spec.align == b'=' { width - non_digit } else { 0 };
    let grouped = if p.digits.is_empty() { Vec::new() } else { group_digits(p.digits, min_width, spec.grouping.separator()) };
    let padding = width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match spec.align {
            b'<' => rpad = padding,
            b'^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            b'=' => spad = padding,
            _ => lpad = padding,
        }
    }
    out.push_repeat(spec.fill, lpad as usize);
    if let Some(s) = sign {
        out.push(u32::from(s));
    }
    out.push_ascii(p.prefix.as_bytes());
    out.push_repeat(spec.fill, spad as usize);
    out.push_ascii(&grouped);
    out.push_ascii(p.rest);
    if let Some(c) = p.chr {
        out.push(c);
    }
    out.push_repeat(spec.fill, rpad as usize);
}

/// Splits formatted float text (no sign) into the digits before the point and the rest.
fn split_number(text: &[u8]) -> (&[u8], &[u8]) {
    let n = text.iter().take_while(|c| c.is_ascii_digit()).count();
    text.split_at(n)
}

/// The ValueError for a presentation type the type does not have.
pub fn unknown_type(vm: &Vm, ty: u32, type_name: &str) -> crate::runtime::vm::PyErr {
    vm.value_error(format!("Unknown format code '{}' for object of type '{type_name}'", type_text(ty)))
}

/// The decimal digits of an int's magnitude, under CPython's limit on int to str conversion.
pub fn decimal_digits(vm: &Vm, v: &BigInt) -> PyResult<String> {
    let s = v.magnitude().to_string();
    let limit = crate::runtime::objects::int::max_str_digits(vm);
    if limit != 0 && s.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// An int as a float for the float presentation types.
fn int_as_float(vm: &Vm, v: &BigInt) -> PyResult<f64> {
    crate::runtime::objects::int::bigint_to_f64(vm, v)
}

/// `format(int, spec)` for a parsed, non-empty spec (`type_name` for messages: `int`, `bool`
/// or a subclass).
pub fn format_int_spec(vm: &Vm, v: &BigInt, spec: &FormatSpec, type_name: &str) -> PyResult<PyString> {
    let ty = spec.ty_byte();
    match ty {
        b'b' | b'c' | b'd' | b'o' | b'x' | b'X' | b'n' => {}
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'%' => {
            let f = int_as_float(vm, v)?;
            return format_float_spec(vm, f, spec, type_name);
        }
        _ => return Err(unknown_type(vm, spec.ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(vm.value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let mut out = StrBuilder::new();
    if ty == b'c' {
        if spec.sign != 0 {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let Some(x) = v.to_i64() else {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        };
        if !(0..=0x10FFFF).contains(&x) {
            return Err(vm.overflow_error("%c arg not in range(0x110000)"));
        }
        let parts = Parts { negative: false, prefix: "", digits: b"", rest: b"", chr: Some(x as u32) };
        layout(spec, &parts, &mut out);
        return Ok(out.finish());
    }
    let negative = v.sign() == Sign::Minus;
    let (digits, prefix) = match ty {
        b'b' => (v.magnitude().to_str_radix(2), "0b"),
        b'o' => (v.magnitude().to_str_radix(8), "0o"),
        b'x' => (v.magnitude().to_str_radix(16), "0x"),
        b'X' => (v.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (decimal_digits(vm, v)?, ""),
    };
    let parts = Parts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        rest: b"",
        chr: None,
    };
    layout(spec, &parts, &mut out);
    Ok(out.finish())
}

/// The float conversion of a spec: code, precision and flags for `double_to_string`, and
/// whether a `%` follows.
fn float_conversion(vm: &Vm, spec: &FormatSpec, add_dot_0_default: bool) -> PyResult<(u8, usize, FloatFlags, bool)> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err(vm.value_error("precision too big")),
        p => p,
    };
    let mut flags = FloatFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..FloatFlags::default() };
    let mut code = spec.ty_byte();
    let mut default_precision = 6;
    if spec.ty == 0 {
        flags.add_dot_0 = add_dot_0_default;
        code = b'r';
        default_precision = 0;
    }
    if code == b'n' {
        code = b'g';
    }
    let pct = code == b'%';
    if pct {
        code = b'f';
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if code == b'r' {
                code = b'g';
            }
            p
        }
    };
    Ok((code, precision, flags, pct))
}

/// `format(float, spec)` for a parsed, non-empty spec.
pub fn format_float_spec(vm: &Vm, x: f64, spec: &FormatSpec, type_name: &str) -> PyResult<PyString> {
    match spec.ty_byte() {
        0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'n' | b'%' => {}
        _ => return Err(unknown_type(vm, spec.ty, type_name)),
    }
    let (code, precision, flags, pct) = float_conversion(vm, spec, true)?;
    let x = if pct { x * 100.0 } else { x };
    let mut text = double_to_string(x, code, precision, flags);
    if pct {
        text.push('%');
    }
    let body = text.strip_prefix('-');
    let negative = body.is_some();
    let body = body.unwrap_or(&text).as_bytes();
    let (digits, rest) = split_number(body);
    let mut out = StrBuilder::new();
    let parts = Parts { negative, prefix: "", digits, rest, chr: None };
    layout(spec, &parts, &mut out);
    Ok(out.finish())
}

/// `format(complex, spec)` for a parsed, non-empty spec.
pub fn format_complex_spec(vm: &Vm, re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> PyResult<PyString> {
    match spec.ty_byte() {
        0 | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'n' => {}
        _ => return Err(unknown_type(vm, spec.ty, type_name)),
    }
    if spec.fill == u32::from(b'0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == b'=' {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (code, precision, flags, _) = float_conversion(vm, spec, false)?;
    let (mut skip_re, mut parens) = (false, false);
    if spec.ty == 0 {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let re_text = double_to_string(re, code, precision, flags);
    let im_text = double_to_string(im, code, precision, flags);
    let inner = |text: &str, sign: u8| -> Vec<u8> {
        let body = text.strip_prefix('-');
        let negative = body.is_some();
        let body = body.unwrap_or(text).as_bytes();
        let (digits, rest) = split_number(body);
        let tmp = FormatSpec {
            fill: 0,
            align: b'<',
            sign,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: spec.grouping,
            precision: None,
            ty: 0,
        };
        let mut b = StrBuilder::new();
        layout(&tmp, &Parts { negative, prefix: "", digits, rest, chr: None }, &mut b);
        b.finish().as_latin1().map(<[u8]>::to_vec).unwrap_or_default()
    };
    let mut body = Vec::new();
    if parens {
        body.push(b'(');
    }
    if !skip_re {
        body.extend(inner(&re_text, spec.sign));
    }
    body.extend(inner(&im_text, if skip_re { spec.sign } else { b'+' }));
    body.push(b'j');
    if parens {
        body.push(b')');
    }
    let mut out = StrBuilder::new();
    pad_ascii(spec, &body, &mut out);
    Ok(out.finish())
}

/// ASCII text padded to the spec's width by its fill and alignment (`=` counts as `<`).
fn pad_ascii(spec: &FormatSpec, body: &[u8], out: &mut StrBuilder) {
    let len = body.len();
    let total = spec.width.map_or(len, |w| w.max(len));
    let lpad = match spec.align {
        b'>' => total - len,
        b'^' => (total - len) / 2,
        _ => 0,
    };
    out.push_repeat(spec.fill, lpad);
    out.push_ascii(body);
    out.push_repeat(spec.fill, total - len - lpad);
}

/// `format(i, spec)` for a machine-sized int (no bignum on the way).
pub fn format_small_int_spec(vm: &Vm, v: i64, spec: &FormatSpec, type_name: &str) -> PyResult<PyString> {
    let ty = spec.ty_byte();
    if matches!(ty, b'd' | b'n' | b'x' | b'X' | b'o' | b'b')
        && spec.precision.is_none()
        && !spec.no_neg_0
    {
        let m = v.unsigned_abs();
        let digits = match ty {
            b'x' => format!("{m:x}"),
            b'X' => format!("{m:X}"),
            b'o' => format!("{m:o}"),
            b'b' => format!("{m:b}"),
            _ => m.to_string(),
        };
        let prefix = match ty {
            b'x' => "0x",
            b'X' => "0X",
            b'o' => "0o",
            b'b' => "0b",
            _ => "",
        };
        let parts = Parts {
            negative: v < 0,
            prefix: if spec.alternate { prefix } else { "" },
            digits: digits.as_bytes(),
            rest: b"",
            chr: None,
        };
        let mut out = StrBuilder::new();
        layout(spec, &parts, &mut out);
        return Ok(out.finish());
    }
    format_int_spec(vm, &BigInt::from(v), spec, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        let g = |d: &str, w: i64, s: Option<(u8, usize)>| String::from_utf8(group_digits(d.as_bytes(), w, s)).unwrap();
        assert_eq!(g("1234", 9, Some((b',', 3))), "0,001,234");
        assert_eq!(g("1234567", 0, Some((b',', 3))), "1,234,567");
        assert_eq!(g("123", 0, Some((b',', 3))), "123");
        assert_eq!(g("1234", 0, Some((b',', 3))), "1,234");
        assert_eq!(g("12", 5, None), "00012");
        assert_eq!(g("abcdef", 10, Some((b'_', 4))), "0_00ab_cdef");
        assert_eq!(g("1", 0, None), "1");
    }
}
