//! Unicode normalization (UAX #15) as CPython 3.12's `unicodedata.normalize` does it, with the
//! Unicode 15.0.0 decompositions and compositions: NFD and NFKD decompose fully (canonically,
//! or with the compatibility mappings too) and put combining marks in canonical order; NFC and
//! NFKC then compose what is not blocked. Hangul syllables decompose and compose
//! algorithmically.

use super::tables::COMPOSITIONS;
use super::ucd::{combining, decomposition, maybe_changes};

/// A normalization form.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Form {
    Nfd = 0,
    Nfkd = 1,
    Nfc = 2,
    Nfkc = 3,
}

impl Form {
    /// The form called `name` ("NFC", "NFKC", "NFD", "NFKD").
    pub fn named(name: &str) -> Option<Form> {
        Some(match name {
            "NFD" => Form::Nfd,
            "NFKD" => Form::Nfkd,
            "NFC" => Form::Nfc,
            "NFKC" => Form::Nfkc,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkd | Form::Nfkc)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

fn decompose_into(c: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / (V_COUNT * T_COUNT));
        out.push(V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT);
        if s % T_COUNT != 0 {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match decomposition(c) {
        Some((tag, parts)) if tag.is_empty() || compat => {
            for &p in parts {
                decompose_into(p, compat, out);
            }
        }
        _ => out.push(c),
    }
}

/// Puts each run of combining marks (non-zero combining class) in order of class, keeping the
/// order of marks of one class.
fn canonical_order(v: &mut [u32]) {
    let mut i = 0;
    while i < v.len() {
        if combining(v[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < v.len() && combining(v[i]) != 0 {
            i += 1;
        }
        if i - start > 1 {
            v[start..i].sort_by_key(|&c| combining(c));
        }
    }
}

/// The canonical composition of `a` followed by `b`, if NFC makes one.
fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    COMPOSITIONS.binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b))).ok().map(|i| COMPOSITIONS[i].2)
}

/// Composes each character with the last starter before it when nothing between blocks them.
fn compose(v: Vec<u32>) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(v.len());
    let mut starter: Option<usize> = None;
    // The combining class of the last character kept after the starter.
    let mut last_class = 0u8;
    for c in v {
        let cc = combining(c);
        if let Some(s) = starter {
            let adjacent = out.len() - 1 == s;
            if (adjacent || (last_class != 0 && last_class < cc))
                && let Some(comp) = compose_pair(out[s], c)
            {
                out[s] = comp;
                continue;
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        last_class = cc;
        out.push(c);
    }
    out
}

/// `text` normalized to `form`.
pub fn normalize(form: Form, text: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut out = Vec::new();
    for c in text {
        decompose_into(c, form.compat(), &mut out);
    }
    canonical_order(&mut out);
    if form.composes() { compose(out) } else { out }
}

/// CPython's quick check: true when `text` is certainly in `form` (every character may stay as
/// it is in that form, and the combining marks are in order); false means "maybe not".
pub fn quick_check(form: Form, text: impl IntoIterator<Item = u32>) -> bool {
    let mut prev = 0u8;
    for c in text {
        if c < 0x80 {
            prev = 0;
            continue;
        }
        let cc = combining(c);
        if cc != 0 && prev > cc {
            return false;
        }
        prev = cc;
        if maybe_changes(c, form as usize) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(form: Form, s: &str) -> String {
        normalize(form, s.chars().map(u32::from)).into_iter().filter_map(char::from_u32).collect()
    }

    // Expected values are CPython 3.12's.
    #[test]
    fn forms() {
        assert_eq!(n(Form::Nfd, "é"), "e\u{301}");
        assert_eq!(n(Form::Nfc, "e\u{301}"), "é");
        assert_eq!(n(Form::Nfkc, "ﬁ½"), "fi1⁄2");
        assert_eq!(n(Form::Nfd, "각"), "\u{1100}\u{1161}\u{11A8}");
        assert_eq!(n(Form::Nfc, "\u{1100}\u{1161}\u{11A8}"), "각");
        assert_eq!(n(Form::Nfd, "a\u{301}\u{316}"), "a\u{316}\u{301}");
        assert_eq!(n(Form::Nfc, "a\u{316}\u{301}"), "á\u{316}");
        assert_eq!(n(Form::Nfc, "\u{958}"), "\u{915}\u{93C}");
        assert_eq!(n(Form::Nfkd, "\u{1E9B}\u{323}"), "s\u{323}\u{307}");
        assert!(quick_check(Form::Nfc, "abc".chars().map(u32::from)));
        assert!(!quick_check(Form::Nfc, "e\u{301}".chars().map(u32::from)));
    }
}
