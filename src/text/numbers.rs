//! repr() of int, float and complex as CPython 3.12 writes them. Floats use the shortest digit
//! string that round-trips (from `ryu`), laid out by Python's rules: positional notation for
//! decimal exponents from -4 to 16, scientific (`1e+16`, `1e-05`) outside, `.0` on integral
//! values, `inf`, `-inf` and an unsigned `nan`.

use num_bigint::BigInt;
use num_traits::Signed;

/// CPython's default limit on the decimal digits of an int converted to str
/// (`sys.get_int_max_str_digits()`).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `repr(i)` with no digit limit.
pub fn int_repr(v: &BigInt) -> String {
    v.to_string()
}

/// `repr(i)` under CPython's digit limit (0 means none): Err carries the ValueError message.
pub fn int_repr_limited(v: &BigInt, max_str_digits: usize) -> Result<String, String> {
    let s = v.to_string();
    let digits = if v.is_negative() {
        s.len() - 1
    } else {
        s.len()
    };
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ));
    }
    Ok(s)
}

/// The shortest decimal digits that round-trip a finite float: the value is
/// `0.DIGITS × 10^decpt` (David Gay's convention), with no leading or trailing zeros except for
/// zero itself, which is `"0"` with `decpt` 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortestDigits {
    pub negative: bool,
    pub digits: String,
    pub decpt: i32,
}

/// The shortest round-trip digits of a finite float.
pub fn shortest_digits(x: f64) -> ShortestDigits {
    let negative = x.is_sign_negative();
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(x.abs());
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: String = int_part.chars().chain(frac_part.chars()).collect();
    let mut decpt = int_part.len() as i32 + exp;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    decpt -= lead as i32;
    digits.truncate(digits.trim_end_matches('0').len());
    if digits.is_empty() {
        digits.push('0');
        decpt = 1;
    }
    ShortestDigits {
        negative,
        digits,
        decpt,
    }
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` adds `.0` to integral values
/// in positional notation (`Py_DTSF_ADD_DOT_0`), `always_sign` writes `+` on non-negative values
/// and NaN (`Py_DTSF_SIGN`).
pub fn format_repr(x: f64, add_dot_0: bool, always_sign: bool) -> String {
    if x.is_nan() {
        return if always_sign {
            "+nan".into()
        } else {
            "nan".into()
        };
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let ShortestDigits { digits, decpt, .. } = shortest_digits(x);
    let use_exp = decpt <= -4 || decpt > 16;
    let (point, exp) = if use_exp { (1, decpt - 1) } else { (decpt, 0) };
    let n = digits.len() as i32;
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(&digits);
    } else if point >= n {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (point - n) as usize));
        if add_dot_0 && !use_exp {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    }
    if use_exp {
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

/// `repr(x)` of a float.
pub fn float_repr(x: f64) -> String {
    format_repr(x, true, false)
}

/// `repr(z)` of a complex: `2j` when the real part is +0.0, else `(re±imj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", format_repr(im, false, false))
    } else {
        format!(
            "({}{}j)",
            format_repr(re, false, false),
            format_repr(im, false, true)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.12's repr().
    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (1e-100, "1e-100"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (100.0, "100.0"),
            (std::f64::consts::PI, "3.141592653589793"),
            (9007199254740993.0, "9007199254740992.0"),
            (123.456, "123.456"),
            (1.2345e-7, "1.2345e-07"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn complexes() {
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[((f64, f64), &str)] = &[
            ((1.0, 2.0), "(1+2j)"),
            ((0.0, 2.0), "2j"),
            ((0.0, 0.0), "0j"),
            ((-0.0, -1.0), "(-0-1j)"),
            ((-0.0, 0.0), "(-0+0j)"),
            ((0.0, -0.0), "-0j"),
            ((nan, nan), "(nan+nanj)"),
            ((1.0, -nan), "(1+nanj)"),
            ((-nan, 1.0), "(nan+1j)"),
            ((0.0, -nan), "nanj"),
            ((inf, inf), "(inf+infj)"),
            ((-inf, -inf), "(-inf-infj)"),
            ((1e16, 1e-5), "(1e+16+1e-05j)"),
            ((1.5, 2.0), "(1.5+2j)"),
            ((-0.0, -2.5), "(-0-2.5j)"),
        ];
        for &((re, im), want) in cases {
            assert_eq!(complex_repr(re, im), want);
        }
    }

    #[test]
    fn ints() {
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(int_repr(&big), "-123456789012345678901234567890");
        let huge = BigInt::from(10).pow(4300);
        assert!(int_repr_limited(&huge, DEFAULT_MAX_STR_DIGITS).is_err());
        let ok = BigInt::from(10).pow(4299);
        assert_eq!(
            int_repr_limited(&-ok, DEFAULT_MAX_STR_DIGITS).map(|s| s.len()),
            Ok(4301)
        );
        assert_eq!(int_repr_limited(&huge, 0).map(|s| s.len()), Ok(4301));
    }
}
