//! The Unicode character properties of str's methods (Unicode 15.0.0, as CPython 3.12): the
//! predicates behind `isalpha`, `isdecimal`, `isdigit`, `isnumeric`, `isspace`, `islower`,
//! `isupper`, `istitle`, `isidentifier`, the cased and case-ignorable properties, decimal digit
//! values, line boundaries, and the full case mappings (lower, upper, title, casefold), from the
//! tables `gen_tables.py` generates. Printability is `text::is_printable`. The same records
//! hold the properties of the `unicodedata` module (`ucd`), whose decompositions, normalization
//! and character names live in `normalize` and `names`.

pub mod names;
pub mod normalize;
#[rustfmt::skip]
mod tables;
pub mod ucd;

use tables::{EXT, EXTENDED, INDEX1, INDEX2, RECORDS, SHIFT};

/// The properties of the code points sharing one record.
pub struct Record {
    pub flags: u16,
    /// The decimal digit value, -1 if none.
    pub decimal: i8,
    /// Each case mapping: the offset from the code point to its one-character mapping, or
    /// `len * EXTENDED + index` for a mapping to `len` characters at `EXT[index..]`.
    pub lower: i32,
    pub upper: i32,
    pub title: i32,
    pub fold: i32,
    /// Index into `CATEGORY_NAMES`.
    pub category: u8,
    /// Index into `BIDI_NAMES`.
    pub bidi: u8,
    /// The canonical combining class.
    pub combining: u8,
    /// Index into `EAW_NAMES` (bits 0-2), mirrored (bit 3), and for each of NFD, NFKD, NFC,
    /// NFKC (bits 4-7) whether its quick check answers other than "yes".
    pub eaw: u8,
    /// The digit value, -1 if none.
    pub digit: i8,
    /// 1 + index into `NUMERIC_VALUES`, 0 if none.
    pub numeric: u8,
}

#[inline]
fn record(c: u32) -> &'static Record {
    let block = INDEX1.get((c >> SHIFT) as usize).copied().unwrap_or(0) as usize;
    let i = INDEX2[(block << SHIFT) + (c as usize & ((1 << SHIFT) - 1))];
    &RECORDS[i as usize]
}

#[inline]
fn has(c: u32, flag: u16) -> bool {
    record(c).flags & flag != 0
}

/// `str.isalpha()` of one character (general categories L*).
#[inline]
pub fn is_alpha(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    has(c, tables::ALPHA)
}

#[inline]
pub fn is_decimal(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    has(c, tables::DECIMAL)
}

#[inline]
pub fn is_digit(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    has(c, tables::DIGIT)
}

#[inline]
pub fn is_numeric(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    has(c, tables::NUMERIC)
}

/// `str.isalnum()` of one character.
#[inline]
pub fn is_alnum(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric();
    }
    record(c).flags & (tables::ALPHA | tables::DECIMAL | tables::DIGIT | tables::NUMERIC) != 0
}

/// Whitespace as str.split() and str.strip() see it (bidirectional class WS, B or S, or
/// category Zs).
#[inline]
pub fn is_space(c: u32) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0D | 0x1C..=0x20);
    }
    has(c, tables::SPACE)
}

#[inline]
pub fn is_lower(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_lowercase();
    }
    has(c, tables::LOWER)
}

#[inline]
pub fn is_upper(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_uppercase();
    }
    has(c, tables::UPPER)
}

/// Titlecase letters (category Lt).
#[inline]
pub fn is_title(c: u32) -> bool {
    c >= 0x80 && has(c, tables::TITLE)
}

#[inline]
pub fn is_cased(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    has(c, tables::CASED)
}

#[inline]
pub fn is_case_ignorable(c: u32) -> bool {
    if c < 0x80 {
        return matches!(c, 0x27 | 0x2E | 0x3A | 0x5E | 0x60);
    }
    has(c, tables::CASE_IGNORABLE)
}

/// XID_Start (the low line is not one; identifiers admit it separately).
#[inline]
pub fn is_xid_start(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    has(c, tables::XID_START)
}

#[inline]
pub fn is_xid_continue(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric() || c == 0x5F;
    }
    has(c, tables::XID_CONTINUE)
}

/// The decimal digit value of a character (any script's digits), None if it is not one.
#[inline]
pub fn to_decimal(c: u32) -> Option<u32> {
    if c < 0x80 {
        return (c as u8).is_ascii_digit().then(|| c - 0x30);
    }
    let d = record(c).decimal;
    (d >= 0).then_some(d as u32)
}

/// The line boundaries of `str.splitlines()`.
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    matches!(c, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

/// A case mapping: one to three characters.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Mapped {
    chars: [u32; 3],
    len: u8,
}

impl Mapped {
    /// A mapping to one character.
    #[inline]
    pub fn of(c: u32) -> Mapped {
        Mapped { chars: [c, 0, 0], len: 1 }
    }

    pub fn as_slice(&self) -> &[u32] {
        &self.chars[..self.len as usize]
    }

    /// The first character.
    #[inline]
    pub fn first(&self) -> u32 {
        self.chars[0]
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

fn mapped(c: u32, m: i32) -> Mapped {
    if m >= EXTENDED {
        let len = (m / EXTENDED) as usize;
        let i = (m % EXTENDED) as usize;
        let mut chars = [0; 3];
        chars[..len].copy_from_slice(&EXT[i..i + len]);
        Mapped { chars, len: len as u8 }
    } else {
        Mapped::of((c as i64 + i64::from(m)) as u32)
    }
}

/// The full lowercase mapping (without the final-sigma rule, which `str.lower()` applies).
#[inline]
pub fn to_lower(c: u32) -> Mapped {
    if c < 0x80 {
        return Mapped::of(u32::from((c as u8).to_ascii_lowercase()));
    }
    mapped(c, record(c).lower)
}

#[inline]
pub fn to_upper(c: u32) -> Mapped {
    if c < 0x80 {
        return Mapped::of(u32::from((c as u8).to_ascii_uppercase()));
    }
    mapped(c, record(c).upper)
}

#[inline]
pub fn to_title(c: u32) -> Mapped {
    if c < 0x80 {
        return Mapped::of(u32::from((c as u8).to_ascii_uppercase()));
    }
    mapped(c, record(c).title)
}

#[inline]
pub fn to_fold(c: u32) -> Mapped {
    if c < 0x80 {
        return Mapped::of(u32::from((c as u8).to_ascii_lowercase()));
    }
    mapped(c, record(c).fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.12's.
    #[test]
    fn properties() {
        assert!(is_alpha('é' as u32) && is_alpha('ж' as u32) && !is_alpha('1' as u32));
        assert_eq!(to_decimal('٣' as u32), Some(3));
        assert!(is_digit('²' as u32) && !is_decimal('²' as u32));
        assert!(is_numeric('½' as u32) && !is_digit('½' as u32));
        assert!(is_space(0x3000) && is_space(0x85) && !is_space(0x200B));
        assert!(is_title(0x01C5) && !is_upper(0x01C5));
        assert!(is_xid_start('ä' as u32) && !is_xid_start('_' as u32) && is_xid_continue('_' as u32));
        assert!(is_case_ignorable(0x0301) && !is_cased(0x0301));
        for c in 0..0x80u32 {
            let r = record(c);
            assert_eq!(is_alpha(c), r.flags & tables::ALPHA != 0, "{c}");
            assert_eq!(is_space(c), r.flags & tables::SPACE != 0, "{c}");
            assert_eq!(is_cased(c), r.flags & tables::CASED != 0, "{c}");
            assert_eq!(is_case_ignorable(c), r.flags & tables::CASE_IGNORABLE != 0, "{c}");
            assert_eq!(is_xid_continue(c), r.flags & tables::XID_CONTINUE != 0, "{c}");
            assert_eq!(to_lower(c), mapped(c, r.lower));
            assert_eq!(to_title(c), mapped(c, r.title));
        }
    }

    #[test]
    fn case_mappings() {
        assert_eq!(to_upper('ß' as u32).as_slice(), &['S' as u32, 'S' as u32]);
        assert_eq!(to_title('ß' as u32).as_slice(), &['S' as u32, 's' as u32]);
        assert_eq!(to_fold('ß' as u32).as_slice(), &['s' as u32, 's' as u32]);
        assert_eq!(to_lower('İ' as u32).as_slice(), &['i' as u32, 0x307]);
        assert_eq!(to_upper('ﬃ' as u32).as_slice(), &['F' as u32, 'F' as u32, 'I' as u32]);
        assert_eq!(to_lower('Σ' as u32).as_slice(), &['σ' as u32]);
        assert_eq!(to_title(0x01C6).as_slice(), &[0x01C5]);
        assert_eq!(to_upper(0x10FFFF).as_slice(), &[0x10FFFF]);
        assert_eq!(to_lower('Ж' as u32).as_slice(), &['ж' as u32]);
    }
}
