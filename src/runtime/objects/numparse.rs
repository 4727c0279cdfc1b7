//! Numbers from text, as `int()`, `float()` and `complex()` read it: Unicode decimal digits and
//! whitespace mapped to ASCII first, then CPython's grammar for int literals in bases 2 to 36
//! (prefixes, underscores, leading zeros under base 0) and for floats (`inf`, `nan`,
//! underscores between digits), correctly rounded.

use num_bigint::BigInt;
use num_traits::Zero;

/// The code points of the zero digit of each run of ten Unicode decimal digits (category Nd),
/// Unicode 15.0 as CPython 3.12 has it; every run holds the values 0 to 9 in order.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The value of a Unicode decimal digit.
pub fn decimal_value(cp: u32) -> Option<u32> {
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[i.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// Whether a code point is whitespace by `str.isspace()`.
pub fn is_unicode_space(cp: u32) -> bool {
    matches!(
        cp,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
    )
}

/// The ASCII text numbers are parsed from: a str's ASCII characters as they are, other
/// whitespace as a space, other decimal digits as their ASCII digit, anything else as `?`
/// (which no grammar accepts).
pub fn to_ascii(cps: impl Iterator<Item = u32>) -> Vec<u8> {
    cps.map(|cp| {
        if cp < 0x80 {
            cp as u8
        } else if is_unicode_space(cp) {
            b' '
        } else {
            match decimal_value(cp) {
                Some(d) => b'0' + d as u8,
                None => b'?',
            }
        }
    })
    .collect()
}

/// C's `isspace` in the "C" locale, what the parsers strip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn strip(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_c_space(b)).unwrap_or(s.len());
    let end = s.iter().rposition(|&b| !is_c_space(b)).map_or(start, |e| e + 1);
    &s[start..end]
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// Why an int literal was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// "invalid literal for int() with base N": the base to name (0 for base-0 literals with
    /// leading zeros).
    Invalid(u32),
    /// More decimal digits than the limit (the count).
    TooManyDigits(usize),
}

/// An int from ASCII text in `base` (0, or 2 to 36), with `max_digits` the limit on digits in
/// bases that are not powers of two (0 for none).
pub fn parse_int(text: &[u8], base: u32, max_digits: usize) -> Result<BigInt, IntParseError> {
    let s = strip(text);
    let invalid = Err(IntParseError::Invalid(base));
    let (negative, mut s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let mut zero_only = false;
    let prefix = |s: &[u8]| -> Option<u32> {
        if s.first() != Some(&b'0') {
            return None;
        }
        match s.get(1) {
            Some(b'x' | b'X') => Some(16),
            Some(b'o' | b'O') => Some(8),
            Some(b'b' | b'B') => Some(2),
            _ => None,
        }
    };
    if base == 0 {
        match prefix(s) {
            Some(b) => base = b,
            None => {
                base = 10;
                zero_only = s.first() == Some(&b'0');
            }
        }
    }
    if prefix(s) == Some(base) {
        s = &s[2..];
        if s.first() == Some(&b'_') {
            s = &s[1..];
        }
    }
    if s.first() == Some(&b'_') {
        return invalid;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    let mut i = 0;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return invalid;
            }
        } else {
            digits.push(s[i]);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' || digits.is_empty() || i != s.len() {
        return invalid;
    }
    if zero_only && digits.iter().any(|&d| d != b'0') {
        return Err(IntParseError::Invalid(0));
    }
    if !base.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    let v = BigInt::parse_bytes(&digits, base).unwrap_or_else(BigInt::zero);
    Ok(if negative { -v } else { v })
}

/// Scans a float at the start of `s` as C's `strtod` does under CPython's rules (a sign, then
/// `inf`, `infinity`, `nan` in any case, or digits with an optional point and exponent): the
/// value and how many bytes it took; None when no float starts there.
pub fn scan_float(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let word = |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    let sign = if negative { -1.0 } else { 1.0 };
    if word("infinity") {
        return Some((sign * f64::INFINITY, i + 8));
    }
    if word("inf") {
        return Some((sign * f64::INFINITY, i + 3));
    }
    if word("nan") {
        return Some((f64::NAN.copysign(sign), i + 3));
    }
    let digits_from = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut mantissa_digits = int_end - i;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits_from(end + 1);
        mantissa_digits += frac_end - end - 1;
        end = frac_end;
    }
    if mantissa_digits == 0 {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, end))
}

/// The text with the underscores CPython allows in numbers (each between two digits) removed;
/// None when an underscore is misplaced.
pub fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// A float from ASCII text as `float()` reads it (surrounding whitespace allowed).
pub fn parse_float(text: &[u8]) -> Option<f64> {
    let owned;
    let text = if text.contains(&b'_') {
        owned = remove_underscores(text)?;
        &owned[..]
    } else {
        text
    };
    let s = strip(text);
    match scan_float(s) {
        Some((v, n)) if n == s.len() => Some(v),
        _ => None,
    }
}

/// Skips C whitespace from `i`.
pub fn skip_space(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
        parse_int(s.as_bytes(), base, 4300)
    }

    #[test]
    fn int_literals() {
        assert_eq!(int(" -12 ", 10), Ok(BigInt::from(-12)));
        assert_eq!(int("0x_1f", 0), Ok(BigInt::from(31)));
        assert_eq!(int("0x1f", 16), Ok(BigInt::from(31)));
        assert_eq!(int("1f", 16), Ok(BigInt::from(31)));
        assert_eq!(int("1_000", 10), Ok(BigInt::from(1000)));
        assert_eq!(int("000", 0), Ok(BigInt::from(0)));
        assert_eq!(int("0_0", 0), Ok(BigInt::from(0)));
        assert_eq!(int("010", 0), Err(IntParseError::Invalid(0)));
        assert_eq!(int("1__0", 10), Err(IntParseError::Invalid(10)));
        assert_eq!(int("_1", 10), Err(IntParseError::Invalid(10)));
        assert_eq!(int("1_", 10), Err(IntParseError::Invalid(10)));
        assert_eq!(int("0x", 16), Err(IntParseError::Invalid(16)));
        assert_eq!(int("z", 36), Ok(BigInt::from(35)));
        assert_eq!(int("", 10), Err(IntParseError::Invalid(10)));
        assert_eq!(int(&"1".repeat(4301), 10), Err(IntParseError::TooManyDigits(4301)));
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(b" 1_0.5 "), Some(10.5));
        assert_eq!(parse_float(b"-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float(b"1e500"), Some(f64::INFINITY));
        assert_eq!(parse_float(b"1."), Some(1.0));
        assert_eq!(parse_float(b".5"), Some(0.5));
        assert_eq!(parse_float(b"."), None);
        assert_eq!(parse_float(b"1_.5"), None);
        assert_eq!(parse_float(b"1e"), None);
        assert_eq!(scan_float(b"1e+j"), Some((1.0, 1)));
        assert_eq!(decimal_value(0x661), Some(1));
        assert_eq!(decimal_value(0x2f), None);
        assert_eq!(decimal_value(0x3a), None);
    }
}
