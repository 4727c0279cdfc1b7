//! The standard format specifier (`[[fill]align][sign]["z"]["#"]["0"][width][grouping]
//! ["." precision][type]`), parsed as CPython 3.12 parses it, with its error messages.

use crate::runtime::objects::str::PyString;
use crate::runtime::unicode;
use crate::runtime::vm::{PyErr, Vm};

/// Thousands separators.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) ...
    Underscore,
    /// ... or every four (binary, octal, hexadecimal).
    UnderscoreFour,
}

impl Grouping {
    /// The separator and the group size.
    pub fn separator(self) -> Option<(u8, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((b',', 3)),
            Grouping::Underscore => Some((b'_', 3)),
            Grouping::UnderscoreFour => Some((b'_', 4)),
        }
    }
}

/// A parsed format specifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: u32,
    /// `<`, `>`, `^` or `=` (the type's default when not given).
    pub align: u8,
    /// 0 when not given, else `+`, `-` or space.
    pub sign: u8,
    /// `z`: negative zero made positive.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type (a code point), or the type's default.
    pub ty: u32,
}

/// Why a format specifier is invalid (turned into a ValueError by `to_err`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError(pub String);

impl SpecError {
    pub fn to_err(&self, vm: &Vm) -> PyErr {
        vm.value_error(&self.0)
    }
}

fn is_align(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E)
}

/// A presentation type in messages: the character, or `\x..` outside printable ASCII.
pub fn type_text(c: u32) -> String {
    if c > 32 && c < 128 {
        char::from(c as u8).to_string()
    } else {
        format!("\\x{c:x}")
    }
}

/// Reads decimal digits (of any script) at `*pos`; None if there are none.
fn read_integer(spec: &PyString, pos: &mut usize) -> Result<Option<usize>, SpecError> {
    let mut acc: usize = 0;
    let start = *pos;
    while *pos < spec.len() {
        let Some(d) = unicode::to_decimal(spec.get(*pos)) else { break };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(SpecError("Too many decimal digits in format string".into()));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` whose default presentation type and
    /// alignment are `default_type` (0 for none) and `default_align`.
    pub fn parse(spec: &PyString, default_type: u8, default_align: u8, type_name: &str) -> Result<FormatSpec, SpecError> {
        let n = spec.len();
        let at = |i: usize| if i < n { spec.get(i) } else { u32::MAX };
        let mut f = FormatSpec {
            fill: u32::from(b' '),
            align: default_align,
            sign: 0,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: u32::from(default_type),
        };
        let mut pos = 0;
        let mut fill_given = false;
        let mut align_given = false;
        if n >= 2 && is_align(at(1)) {
            f.fill = at(0);
            f.align = at(1) as u8;
            fill_given = true;
            align_given = true;
            pos = 2;
        } else if n >= 1 && is_align(at(0)) {
            f.align = at(0) as u8;
            align_given = true;
            pos = 1;
        }
        if matches!(at(pos), 0x2B | 0x2D | 0x20) {
            f.sign = at(pos) as u8;
            pos += 1;
        }
        if at(pos) == u32::from(b'z') {
            f.no_neg_0 = true;
            pos += 1;
        }
        if at(pos) == u32::from(b'#') {
            f.alternate = true;
            pos += 1;
        }
        if !fill_given && at(pos) == u32::from(b'0') {
            f.fill = u32::from(b'0');
            if !align_given && default_align == b'>' {
                f.align = b'=';
            }
            pos += 1;
        }
        f.width = read_integer(spec, &mut pos)?;
        if at(pos) == u32::from(b',') {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if at(pos) == u32::from(b'_') {
            if f.grouping != Grouping::None {
                return Err(SpecError("Cannot specify both ',' and '_'.".into()));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if at(pos) == u32::from(b',') {
            return Err(SpecError("Cannot specify both ',' and '_'.".into()));
        }
        if at(pos) == u32::from(b'.') {
            pos += 1;
            f.precision = read_integer(spec, &mut pos)?;
            if f.precision.is_none() {
                return Err(SpecError("Format specifier missing precision".into()));
            }
        }
        if n > pos + 1 {
            return Err(SpecError(format!(
                "Invalid format specifier '{}' for object of type '{type_name}'",
                spec.to_string_lossy()
            )));
        }
        if n == pos + 1 {
            f.ty = at(pos);
        }
        if f.grouping != Grouping::None {
            match char::from_u32(f.ty).unwrap_or('\u{0}') {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
                'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => f.grouping = Grouping::UnderscoreFour,
                _ => {
                    let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                    return Err(SpecError(format!("Cannot specify '{sep}' with '{}'.", type_text(f.ty))));
                }
            }
        }
        Ok(f)
    }

    /// The presentation type as an ASCII byte (0 for none or for a non-ASCII type).
    pub fn ty_byte(&self) -> u8 {
        if self.ty < 0x80 { self.ty as u8 } else { 0xFF }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, t: u8, a: u8) -> Result<FormatSpec, SpecError> {
        FormatSpec::parse(&PyString::new(s), t, a, "int")
    }

    #[test]
    fn parses() {
        let f = p("*^+z#012,.3f", b'd', b'>').unwrap();
        assert_eq!((f.fill, f.align, f.sign, f.no_neg_0, f.alternate), ('*' as u32, b'^', b'+', true, true));
        assert_eq!((f.width, f.grouping, f.precision, f.ty), (Some(12), Grouping::Comma, Some(3), 'f' as u32));
        let f = p("05", b'd', b'>').unwrap();
        assert_eq!((f.fill, f.align, f.width), ('0' as u32, b'=', Some(5)));
        let f = p("05", b's', b'<').unwrap();
        assert_eq!((f.fill, f.align), ('0' as u32, b'<'));
        assert_eq!(p("_x", b'd', b'>').unwrap().grouping, Grouping::UnderscoreFour);
        assert_eq!(p("<", b'd', b'>').unwrap().fill, ' ' as u32);
    }

    #[test]
    fn errors() {
        let e = |s: &str| p(s, b'd', b'>').unwrap_err().0;
        assert_eq!(e("x5"), "Invalid format specifier 'x5' for object of type 'int'");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e(",b"), "Cannot specify ',' with 'b'.");
        assert_eq!(e("_c"), "Cannot specify '_' with 'c'.");
        assert_eq!(e(",\u{e9}"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(e("99999999999999999999"), "Too many decimal digits in format string");
    }
}
