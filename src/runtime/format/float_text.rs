//! A float as text in the layouts of CPython's `PyOS_double_to_string`: `e`, `f`, `g` (and
//! their upper-case forms) with a precision, `r` (the shortest repr digits). The digits are
//! correctly rounded, ties to even on the exact binary value: Rust's exact float formatting for
//! a given number of digits, `text::numbers::shortest_digits` for `r`. The layout (where the
//! decimal point goes, zero padding, exponent, `#` and the `.0` of integral values) is
//! CPython's.

use crate::text::numbers::shortest_digits;

/// Options of the conversion.
#[derive(Copy, Clone, Debug, Default)]
pub struct FloatFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Add `.0` to an integral value written without an exponent (`r` and `g`).
    pub add_dot_0: bool,
    /// `#`: always a decimal point; `g` keeps trailing zeros.
    pub alt: bool,
    /// `z`: a value that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

/// The significant digits of a finite non-negative value (no leading zeros, trailing zeros
/// removed; "0" for zero) and the position of the decimal point: value = 0.DIGITS × 10^decpt.
fn digits_significant(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    let text = format!("{:.*e}", ndigits.saturating_sub(1), x);
    let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// The digits of a finite non-negative value rounded to `ndigits` places after the point.
fn digits_fixed(x: f64, ndigits: usize) -> (Vec<u8>, i64) {
    let text = format!("{:.*}", ndigits, x);
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = Vec::with_capacity(int_part.len() + frac.len());
    digits.extend_from_slice(int_part.as_bytes());
    digits.extend_from_slice(frac.as_bytes());
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, int_part.len() as i64 - lead as i64)
}

/// `x` formatted with `code` (`e E f F g G r`) and `precision` (ignored for `r`).
pub fn double_to_string(x: f64, code: u8, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let mut out = String::new();
    if x.is_nan() {
        // A NaN never gets a sign here.
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let ax = x.abs();
    let mut precision = precision as i64;
    let (digits, mut decpt) = match code.to_ascii_lowercase() {
        b'e' => {
            precision += 1;
            digits_significant(ax, precision as usize)
        }
        b'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(ax, precision as usize)
        }
        b'f' => digits_fixed(ax, precision as usize),
        _ => {
            let d = shortest_digits(ax);
            (d.digits.into_bytes(), i64::from(d.decpt))
        }
    };
    let is_zero = digits == b"0";
    let sign = negative && !(flags.no_neg_0 && is_zero);
    let digits_len = digits.len() as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code.to_ascii_lowercase() {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let text = |d: &[u8]| std::str::from_utf8(d).unwrap_or("").to_owned();
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, code: u8, p: usize) -> String {
        double_to_string(x, code, p, FloatFlags::default())
    }

    // Expected values are CPython 3.12's ('%.<p><code>' % x and format()).
    #[test]
    fn layouts() {
        assert_eq!(f(0.5, b'f', 0), "0");
        assert_eq!(f(2.5, b'f', 0), "2");
        assert_eq!(f(1.5, b'f', 0), "2");
        assert_eq!(f(0.125, b'f', 2), "0.12");
        assert_eq!(f(2.675, b'f', 2), "2.67");
        assert_eq!(f(0.001, b'f', 1), "0.0");
        assert_eq!(f(-0.001, b'f', 1), "-0.0");
        assert_eq!(f(1e22, b'f', 0), "10000000000000000000000");
        assert_eq!(f(1.0, b'e', 3), "1.000e+00");
        assert_eq!(f(12345.0, b'E', 2), "1.23E+04");
        assert_eq!(f(1e-300, b'e', 0), "1e-300");
        assert_eq!(f(0.0, b'e', 2), "0.00e+00");
        assert_eq!(f(123456789.0, b'g', 6), "1.23457e+08");
        assert_eq!(f(0.0001, b'g', 6), "0.0001");
        assert_eq!(f(0.00001, b'g', 6), "1e-05");
        assert_eq!(f(100.0, b'g', 6), "100");
        assert_eq!(f(1e16, b'r', 0), "1e+16");
        assert_eq!(f(0.1, b'g', 20), "0.10000000000000000555");
        assert_eq!(f(f64::INFINITY, b'F', 2), "INF");
        assert_eq!(f(f64::NAN, b'g', 2), "nan");
        let alt = FloatFlags { alt: true, ..FloatFlags::default() };
        assert_eq!(double_to_string(1.0, b'f', 0, alt), "1.");
        assert_eq!(double_to_string(1.0, b'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(100.0, b'g', 3, alt), "100.");
        let dot0 = FloatFlags { add_dot_0: true, ..FloatFlags::default() };
        assert_eq!(double_to_string(1.0, b'r', 0, dot0), "1.0");
        assert_eq!(double_to_string(1.0, b'g', 0, dot0), "1e+00");
        assert_eq!(double_to_string(123.0, b'g', 2, dot0), "1.2e+02");
        assert_eq!(double_to_string(1.0, b'g', 3, dot0), "1.0");
        assert_eq!(double_to_string(1e20, b'g', 3, dot0), "1e+20");
        let z = FloatFlags { no_neg_0: true, ..FloatFlags::default() };
        assert_eq!(double_to_string(-0.0001, b'f', 1, z), "0.0");
        assert_eq!(double_to_string(-0.0, b'e', 6, z), "0.000000e+00");
        assert_eq!(double_to_string(-0.5, b'f', 1, z), "-0.5");
    }
}
