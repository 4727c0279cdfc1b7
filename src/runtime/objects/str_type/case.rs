//! str's case methods (`lower`, `upper`, `casefold`, `capitalize`, `title`, `swapcase`, with
//! the full Unicode mappings and the final-sigma rule) and its character predicates
//! (`isalpha` ... `isidentifier`, `isprintable`, `isascii`), with ASCII fast paths.

use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::{PyString, StrBuilder, StrData};
use crate::runtime::unicode::{self, Mapped};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args;

/// U+03A3 GREEK CAPITAL LETTER SIGMA lowers to final sigma (U+03C2) when it ends a word: a
/// cased letter before it (skipping case-ignorable ones) and none after it.
fn final_sigma(s: &PyString, i: usize) -> u32 {
    let n = s.len();
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        let c = s.get(j);
        if !unicode::is_case_ignorable(c) {
            before = Some(c);
            break;
        }
    }
    let mut is_final = before.is_some_and(unicode::is_cased);
    if is_final && i + 1 < n {
        let mut after = None;
        for k in i + 1..n {
            let c = s.get(k);
            if !unicode::is_case_ignorable(c) {
                after = Some(c);
                break;
            }
        }
        is_final = after.is_none_or(|c| !unicode::is_cased(c));
    }
    if is_final { 0x3C2 } else { 0x3C3 }
}

fn lower_at(s: &PyString, i: usize, c: u32) -> Mapped {
    if c == 0x3A3 {
        return unicode::to_lower(final_sigma(s, i));
    }
    unicode::to_lower(c)
}

fn push(out: &mut StrBuilder, m: Mapped) {
    for &c in m.as_slice() {
        out.push(c);
    }
}

/// Applies a mapping to an ASCII str byte by byte.
fn ascii_map(s: &PyString, f: impl Fn(usize, u8, bool) -> u8) -> Option<PyString> {
    let b = s.as_ascii()?.as_bytes();
    let mut prev_cased = false;
    let out: Vec<u8> = b
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let r = f(i, c, prev_cased);
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Some(PyString::from_latin1_bytes(&out))
}

/// The whole str mapped character by character: `f(index, char, previous_is_cased)`.
fn map_chars(s: &PyString, f: impl Fn(usize, u32, bool) -> Mapped) -> PyString {
    let mut out = StrBuilder::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.chars().enumerate() {
        push(&mut out, f(i, c, prev_cased));
        prev_cased = unicode::is_cased(c);
    }
    out.finish()
}

pub fn lower_str(s: &PyString) -> PyString {
    if let Some(r) = ascii_map(s, |_, c, _| c.to_ascii_lowercase()) {
        return r;
    }
    map_chars(s, |i, c, _| lower_at(s, i, c))
}

pub fn upper_str(s: &PyString) -> PyString {
    if let Some(r) = ascii_map(s, |_, c, _| c.to_ascii_uppercase()) {
        return r;
    }
    map_chars(s, |_, c, _| unicode::to_upper(c))
}

fn casefold_str(s: &PyString) -> PyString {
    if let Some(r) = ascii_map(s, |_, c, _| c.to_ascii_lowercase()) {
        return r;
    }
    map_chars(s, |_, c, _| unicode::to_fold(c))
}

fn capitalize_str(s: &PyString) -> PyString {
    if let Some(r) = ascii_map(s, |i, c, _| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }) {
        return r;
    }
    map_chars(s, |i, c, _| if i == 0 { unicode::to_title(c) } else { lower_at(s, i, c) })
}

fn title_str(s: &PyString) -> PyString {
    if let Some(r) = ascii_map(s, |_, c, prev| if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }) {
        return r;
    }
    map_chars(s, |i, c, prev| if prev { lower_at(s, i, c) } else { unicode::to_title(c) })
}

fn swapcase_str(s: &PyString) -> PyString {
    let swap = |c: u8| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    };
    if let Some(r) = ascii_map(s, |_, c, _| swap(c)) {
        return r;
    }
    map_chars(s, |i, c, _| {
        if unicode::is_upper(c) {
            lower_at(s, i, c)
        } else if unicode::is_lower(c) {
            unicode::to_upper(c)
        } else {
            Mapped::of(c)
        }
    })
}

macro_rules! case_method {
    ($name:ident, $f:ident, $text:literal) => {
        pub fn $name(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
            let r = args::noargs(vm, &a, $text)?;
            Ok(vm.str_value($f(r.s)))
        }
    };
}

case_method!(lower, lower_str, "lower");
case_method!(upper, upper_str, "upper");
case_method!(casefold, casefold_str, "casefold");
case_method!(capitalize, capitalize_str, "capitalize");
case_method!(title, title_str, "title");
case_method!(swapcase, swapcase_str, "swapcase");

/// Whether every character satisfies `f` (false for the empty str), with a byte test for
/// latin-1 storage.
fn all_chars(s: &PyString, f: impl Fn(u32) -> bool) -> bool {
    if s.is_empty() {
        return false;
    }
    match s.data() {
        StrData::Latin1(b) => b.iter().all(|&c| f(u32::from(c))),
        StrData::Ucs2(b) => b.iter().all(|&c| f(u32::from(c))),
        StrData::Ucs4(b) => b.iter().all(|&c| f(c)),
    }
}

macro_rules! predicate {
    ($name:ident, $text:literal, $f:expr) => {
        pub fn $name(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
            let r = args::noargs(vm, &a, $text)?;
            Ok(Value::Bool(all_chars(r.s, $f)))
        }
    };
}

predicate!(isalpha, "isalpha", unicode::is_alpha);
predicate!(isalnum, "isalnum", unicode::is_alnum);
predicate!(isdecimal, "isdecimal", unicode::is_decimal);
predicate!(isdigit, "isdigit", unicode::is_digit);
predicate!(isnumeric, "isnumeric", unicode::is_numeric);
predicate!(isspace, "isspace", unicode::is_space);

pub fn isascii(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "isascii")?;
    Ok(Value::Bool(r.s.is_ascii()))
}

pub fn isprintable(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "isprintable")?;
    if let Some(t) = r.s.as_ascii() {
        return Ok(Value::Bool(t.bytes().all(|c| (0x20..0x7F).contains(&c))));
    }
    Ok(Value::Bool(r.s.chars().all(crate::text::is_printable)))
}

/// `str.islower()` / `str.isupper()`: no character of the other case (or titlecase) and at
/// least one of this case.
fn cased_as(s: &PyString, this: fn(u32) -> bool, other: fn(u32) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if other(c) || unicode::is_title(c) {
            return false;
        }
        if !cased && this(c) {
            cased = true;
        }
    }
    cased
}

pub fn islower(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "islower")?;
    Ok(Value::Bool(cased_as(r.s, unicode::is_lower, unicode::is_upper)))
}

pub fn isupper(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "isupper")?;
    Ok(Value::Bool(cased_as(r.s, unicode::is_upper, unicode::is_lower)))
}

pub fn istitle(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "istitle")?;
    let s = r.s;
    if s.len() == 1 {
        let c = s.get(0);
        return Ok(Value::Bool(unicode::is_title(c) || unicode::is_upper(c)));
    }
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `str.isidentifier()` of a str's storage.
pub fn is_identifier(s: &PyString) -> bool {
    let mut it = s.chars();
    let Some(first) = it.next() else { return false };
    (first == 0x5F || unicode::is_xid_start(first)) && it.all(unicode::is_xid_continue)
}

pub fn isidentifier(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let r = args::noargs(vm, &a, "isidentifier")?;
    Ok(Value::Bool(is_identifier(r.s)))
}
