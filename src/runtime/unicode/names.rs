//! Character names as CPython 3.12's `unicodedata` knows them (Unicode 15.0.0): `name` of a
//! code point, `lookup` of a name (aliases included, and named sequences when asked for).
//!
//! The names themselves come from the `unicode_names2` crate (already the parser's table for
//! `\N{...}`), which follows a newer Unicode version: what it knows beyond 15.0.0 is filtered
//! out (code points unassigned in 15.0.0 have no name; the aliases added since are refused).
//! Hangul syllable and CJK unified ideograph names are algorithmic, and are read back exactly as
//! CPython reads them (upper case only, four or five hex digits).

use super::tables::{LATER_ALIASES, NAMED_SEQUENCES};
use super::ucd::is_assigned;

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";
const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = 19 * V_COUNT * T_COUNT;

/// The short names of the leading consonants, vowels and trailing consonants of Hangul
/// syllables (Jamo.txt).
const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
    "K", "T", "P", "H",
];

/// The longest short name of `names` that `s` starts with (the empty name matches).
fn jamo(s: &[u8], names: &[&str]) -> Option<(u32, usize)> {
    let mut best: Option<(u32, usize)> = None;
    for (i, n) in names.iter().enumerate() {
        if s.starts_with(n.as_bytes()) && best.is_none_or(|(_, len)| n.len() > len) {
            best = Some((i as u32, n.len()));
        }
    }
    best
}

/// The name of a code point, if it has one.
pub fn name(c: u32) -> Option<String> {
    if !is_assigned(c) {
        return None;
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        let (l, v, t) = (s / (V_COUNT * T_COUNT), s % (V_COUNT * T_COUNT) / T_COUNT, s % T_COUNT);
        return Some(format!("{HANGUL_PREFIX}{}{}{}", JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]));
    }
    char::from_u32(c).and_then(unicode_names2::name).map(|n| n.to_string())
}

/// What a name stands for: one code point, or a named sequence.
pub enum Named {
    Char(u32),
    Sequence(&'static [u32]),
}

/// The character (or, with `sequences`, the named sequence) called `name` (compared without
/// regard to ASCII case, except the algorithmic names); aliases are names too.
pub fn lookup(name: &[u8], sequences: bool) -> Option<Named> {
    if let Some(rest) = name.strip_prefix(HANGUL_PREFIX.as_bytes()) {
        let (l, n1) = jamo(rest, &JAMO_L)?;
        let (v, n2) = jamo(&rest[n1..], &JAMO_V)?;
        let (t, n3) = jamo(&rest[n1 + n2..], &JAMO_T)?;
        return (n1 + n2 + n3 == rest.len()).then_some(Named::Char(S_BASE + (l * V_COUNT + v) * T_COUNT + t));
    }
    if let Some(rest) = name.strip_prefix(CJK_PREFIX.as_bytes()) {
        if !(4..=5).contains(&rest.len()) || !rest.iter().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b)) {
            return None;
        }
        let v = u32::from_str_radix(std::str::from_utf8(rest).ok()?, 16).ok()?;
        let canonical = format!("{CJK_PREFIX}{v:04X}");
        return (self::name(v).as_deref() == Some(canonical.as_str())).then_some(Named::Char(v));
    }
    let upper = name.to_ascii_uppercase();
    if upper.starts_with(HANGUL_PREFIX.as_bytes()) || upper.starts_with(CJK_PREFIX.as_bytes()) {
        return None;
    }
    let text = std::str::from_utf8(&upper).ok()?;
    if sequences && let Ok(i) = NAMED_SEQUENCES.binary_search_by(|(n, _)| n.as_bytes().cmp(&upper)) {
        return Some(Named::Sequence(NAMED_SEQUENCES[i].1));
    }
    let c = u32::from(unicode_names2::character(text)?);
    if !is_assigned(c) {
        return None;
    }
    // Found through an alias: refuse the aliases newer than the data.
    if self::name(c).as_deref() != Some(text) && LATER_ALIASES.contains(&text) {
        return None;
    }
    Some(Named::Char(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn char_of(name: &str) -> Option<u32> {
        match lookup(name.as_bytes(), true)? {
            Named::Char(c) => Some(c),
            Named::Sequence(_) => None,
        }
    }

    // Expected values are CPython 3.12's.
    #[test]
    fn names() {
        assert_eq!(name('a' as u32).as_deref(), Some("LATIN SMALL LETTER A"));
        assert_eq!(name(0xAC01).as_deref(), Some("HANGUL SYLLABLE GAG"));
        assert_eq!(name(0x4E00).as_deref(), Some("CJK UNIFIED IDEOGRAPH-4E00"));
        assert_eq!(name(0), None);
        assert_eq!(name(0x2EBF0), None);
        assert_eq!(char_of("latin small letter a"), Some('a' as u32));
        assert_eq!(char_of("HANGUL SYLLABLE GGAGG"), Some(0xAE4E));
        assert_eq!(char_of("HANGUL SYLLABLE A"), Some(0xC544));
        assert_eq!(char_of("hangul syllable GA"), None);
        assert_eq!(char_of("CJK UNIFIED IDEOGRAPH-04E00"), Some(0x4E00));
        assert_eq!(char_of("CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(char_of("CJK UNIFIED IDEOGRAPH-2EBF0"), None);
        assert_eq!(char_of("LINE FEED"), Some(10));
        assert_eq!(char_of("CUNEIFORM SIGN KALAM"), None);
        assert!(matches!(lookup(b"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", true), Some(Named::Sequence(&[0x100, 0x300]))));
        assert!(lookup(b"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", false).is_none());
    }
}
