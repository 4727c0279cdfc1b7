//! The character properties of the `unicodedata` module (Unicode 15.0.0, as CPython 3.12):
//! general category, bidirectional class, canonical combining class, east asian width,
//! mirroring, digit and numeric values, and decomposition mappings.

use super::record;
use super::tables::{
    BIDI_NAMES, CATEGORY_NAMES, DECOMP_CHARS, DECOMP_DATA, DECOMP_INDEX, DECOMP_TAGS, EAW_NAMES,
    NUMERIC_VALUES,
};

pub use super::tables::UNIDATA_VERSION;

/// The general category (two letters; "Cn" for unassigned code points).
pub fn category(c: u32) -> &'static str {
    CATEGORY_NAMES[record(c).category as usize]
}

/// Whether the code point is assigned (its category is not Cn).
pub fn is_assigned(c: u32) -> bool {
    CATEGORY_NAMES[record(c).category as usize] != "Cn"
}

/// The bidirectional class ("" when none is defined).
pub fn bidirectional(c: u32) -> &'static str {
    BIDI_NAMES[record(c).bidi as usize]
}

/// The canonical combining class.
pub fn combining(c: u32) -> u8 {
    record(c).combining
}

pub fn east_asian_width(c: u32) -> &'static str {
    EAW_NAMES[(record(c).eaw & 7) as usize]
}

pub fn mirrored(c: u32) -> bool {
    record(c).eaw & 8 != 0
}

/// Whether normalizing to form `form` (0 NFD, 1 NFKD, 2 NFC, 3 NFKC) may change a string that
/// holds `c` (the quick check does not answer "yes").
pub fn maybe_changes(c: u32, form: usize) -> bool {
    record(c).eaw & (16 << form) != 0
}

/// The digit value (decimal digits and other digits such as superscripts).
pub fn digit(c: u32) -> Option<u32> {
    let d = record(c).digit;
    (d >= 0).then_some(d as u32)
}

/// The numeric value (digits, fractions, Roman numerals, CJK numerals, ...).
pub fn numeric(c: u32) -> Option<f64> {
    let n = record(c).numeric;
    (n > 0).then(|| NUMERIC_VALUES[n as usize - 1])
}

/// The decomposition mapping: its tag ("" for a canonical one, else like "<compat>") and its
/// code points. Hangul syllables have none here (theirs is algorithmic).
pub fn decomposition(c: u32) -> Option<(&'static str, &'static [u32])> {
    let i = DECOMP_CHARS.binary_search(&c).ok()?;
    let at = DECOMP_INDEX[i] as usize;
    let head = DECOMP_DATA[at];
    let len = (head >> 8) as usize;
    Some((DECOMP_TAGS[(head & 0xFF) as usize], &DECOMP_DATA[at + 1..at + 1 + len]))
}

/// `unicodedata.decomposition()`'s text: the tag, then the code points in hex.
pub fn decomposition_text(c: u32) -> String {
    let Some((tag, cps)) = decomposition(c) else { return String::new() };
    let mut out = String::from(tag);
    for cp in cps {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{cp:04X}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.12's.
    #[test]
    fn properties() {
        assert_eq!(category('A' as u32), "Lu");
        assert_eq!(category(0x0378), "Cn");
        assert!(!is_assigned(0x0378) && is_assigned(0));
        assert_eq!(bidirectional(0x05D0), "R");
        assert_eq!(combining(0x0301), 230);
        assert_eq!(east_asian_width(0x3000), "F");
        assert!(mirrored('(' as u32) && !mirrored('a' as u32));
        assert_eq!(digit(0xB2), Some(2));
        assert_eq!(numeric(0xBD), Some(0.5));
        assert_eq!(decomposition_text(0xE9), "0065 0301");
        assert_eq!(decomposition_text(0xBD), "<fraction> 0031 2044 0032");
        assert_eq!(decomposition_text(0xAC00), "");
    }
}
