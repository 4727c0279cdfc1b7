//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: the replacement fields
//! (`{name.attr[key]!conv:spec}`, `{{` and `}}` escapes, automatic and manual numbering, nested
//! fields in the spec up to two levels) parsed and evaluated as CPython 3.12 does, with its
//! error messages and their order (a field's value is looked up before its conversion is
//! checked; the parts of a field name are checked as they are evaluated).

use crate::runtime::object::Payload;
use crate::runtime::objects::str::{PyString, StrBuilder};
use crate::runtime::ops;
use crate::runtime::unicode;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// Where named fields come from.
pub enum Names<'a> {
    /// `str.format` without keyword arguments.
    None,
    /// `str.format`'s keyword arguments: names and values.
    Keywords(&'a [Value], &'a [Value]),
    /// `str.format_map`'s mapping (looked up with `[]`).
    Mapping(&'a Value),
}

/// The arguments of one formatting.
pub struct Args<'a> {
    /// Positional arguments (None for `format_map`).
    pub positional: Option<&'a [Value]>,
    pub names: Names<'a>,
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct State {
    numbering: Numbering,
    next_auto: usize,
}

/// One piece of a template: literal text `text.0..text.1` (positions in the template), then
/// possibly a field.
pub struct Piece {
    pub literal: (usize, usize),
    /// Whether the literal ends with an escaped brace (written once).
    pub field: Option<Field>,
}

/// A replacement field's parts, as positions in the template.
pub struct Field {
    pub name: (usize, usize),
    /// The conversion character, 0 for none.
    pub conversion: u32,
    pub spec: (usize, usize),
    pub spec_has_fields: bool,
}

/// The template iterator: literal text and fields, in order.
pub struct Markup<'a> {
    s: &'a PyString,
    pos: usize,
    end: usize,
}

impl<'a> Markup<'a> {
    pub fn new(s: &'a PyString, start: usize, end: usize) -> Markup<'a> {
        Markup { s, pos: start, end }
    }

    /// The next piece; None at the end; Err with the ValueError message.
    pub fn next_piece(&mut self) -> Option<Result<Piece, String>> {
        if self.pos >= self.end {
            return None;
        }
        let s = self.s;
        let start = self.pos;
        let mut c = 0;
        let mut markup = false;
        while self.pos < self.end {
            c = s.get(self.pos);
            self.pos += 1;
            if c == u32::from(b'{') || c == u32::from(b'}') {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= self.end;
        let mut len = self.pos - start;
        if c == u32::from(b'}') && markup && (at_end || s.get(self.pos) != c) {
            return Some(Err("Single '}' encountered in format string".into()));
        }
        if at_end && c == u32::from(b'{') && markup {
            return Some(Err("Single '{' encountered in format string".into()));
        }
        if markup && !at_end {
            if s.get(self.pos) == c {
                self.pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = (start, start + len);
        if !markup {
            return Some(Ok(Piece { literal, field: None }));
        }
        Some(self.parse_field().map(|f| Piece { literal, field: Some(f) }))
    }

    fn parse_field(&mut self) -> Result<Field, String> {
        let s = self.s;
        let name_start = self.pos;
        let mut c = 0;
        while self.pos < self.end {
            c = s.get(self.pos);
            self.pos += 1;
            match char::from_u32(c) {
                Some('{') => return Err("unexpected '{' in field name".into()),
                Some('[') => {
                    while self.pos < self.end && s.get(self.pos) != u32::from(b']') {
                        self.pos += 1;
                    }
                    continue;
                }
                Some('}' | ':' | '!') => break,
                _ => continue,
            }
        }
        let name = (name_start, self.pos.saturating_sub(1).max(name_start));
        let mut field = Field { name, conversion: 0, spec: (self.pos, self.pos), spec_has_fields: false };
        if c == u32::from(b'!') || c == u32::from(b':') {
            if c == u32::from(b'!') {
                if self.pos >= self.end {
                    return Err("end of string while looking for conversion specifier".into());
                }
                field.conversion = s.get(self.pos);
                self.pos += 1;
                if self.pos < self.end {
                    let c = s.get(self.pos);
                    self.pos += 1;
                    if c == u32::from(b'}') {
                        field.spec = (self.pos, self.pos);
                        return Ok(field);
                    }
                    if c != u32::from(b':') {
                        return Err("expected ':' after conversion specifier".into());
                    }
                }
            }
            let spec_start = self.pos;
            let mut count = 1;
            while self.pos < self.end {
                let c = s.get(self.pos);
                self.pos += 1;
                if c == u32::from(b'{') {
                    field.spec_has_fields = true;
                    count += 1;
                } else if c == u32::from(b'}') {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, self.pos - 1);
                        return Ok(field);
                    }
                }
            }
            return Err("unmatched '{' in format spec".into());
        }
        if c != u32::from(b'}') {
            return Err("expected '}' before end of string".into());
        }
        Ok(field)
    }
}

/// The decimal value of `s[start..end]` if it is all decimal digits (any script); Ok(None) if
/// empty or not all digits.
pub fn integer_of(s: &PyString, start: usize, end: usize) -> Result<Option<usize>, String> {
    if start >= end {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for i in start..end {
        let Some(d) = unicode::to_decimal(s.get(i)) else { return Ok(None) };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err("Too many decimal digits in format string".into());
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// One step of a field name after its first part: `.attr` or `[key]`.
pub enum NamePart {
    Attr(usize, usize),
    /// An index key: its digits' value, or None for a str key.
    Item(usize, usize, Option<usize>),
}

/// Splits a field name into its first part and the position where the rest starts.
pub fn split_first(s: &PyString, start: usize, end: usize) -> usize {
    let mut i = start;
    while i < end {
        let c = s.get(i);
        if c == u32::from(b'.') || c == u32::from(b'[') {
            break;
        }
        i += 1;
    }
    i
}

/// The next part of a field name's rest at `*pos`; None at the end.
pub fn next_part(s: &PyString, pos: &mut usize, end: usize) -> Option<Result<NamePart, String>> {
    if *pos >= end {
        return None;
    }
    let c = s.get(*pos);
    *pos += 1;
    let part = if c == u32::from(b'.') {
        let start = *pos;
        while *pos < end && !matches!(s.get(*pos), 0x2E | 0x5B) {
            *pos += 1;
        }
        NamePart::Attr(start, *pos)
    } else if c == u32::from(b'[') {
        let start = *pos;
        while *pos < end && s.get(*pos) != u32::from(b']') {
            *pos += 1;
        }
        if *pos >= end {
            return Some(Err("Missing ']' in format string".into()));
        }
        let stop = *pos;
        *pos += 1;
        match integer_of(s, start, stop) {
            Ok(idx) => NamePart::Item(start, stop, idx),
            Err(e) => return Some(Err(e)),
        }
    } else {
        return Some(Err("Only '.' or '[' may follow ']' in format field specifier".into()));
    };
    let (a, b) = match part {
        NamePart::Attr(a, b) | NamePart::Item(a, b, _) => (a, b),
    };
    if a == b {
        return Some(Err("Empty attribute in format string".into()));
    }
    Some(Ok(part))
}

fn value_error(vm: &Vm, msg: String) -> PyErr {
    vm.value_error(msg)
}

fn substr(vm: &Vm, s: &PyString, start: usize, end: usize) -> Value {
    vm.str_value(s.slice(start, end))
}

/// The object a field name designates.
fn field_object(vm: &mut Vm, s: &PyString, name: (usize, usize), args: &Args, st: &mut State) -> PyResult<Value> {
    let (start, end) = name;
    let first_end = split_first(s, start, end);
    let mut index = integer_of(s, start, first_end).map_err(|e| value_error(vm, e))?;
    let empty = start >= first_end;
    if empty || index.is_some() {
        if st.numbering == Numbering::Init {
            st.numbering = if empty { Numbering::Auto } else { Numbering::Manual };
        }
        if st.numbering == Numbering::Manual && empty {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if st.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        if empty {
            index = Some(st.next_auto);
            st.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = substr(vm, s, start, first_end);
            match &args.names {
                Names::None => return Err(vm.key_error(key)),
                Names::Keywords(names, values) => {
                    let found = names.iter().position(|n| match n.payload() {
                        Some(Payload::Str(ns)) => Some(ns).is_some_and(|ns| {
                            if let Some(Payload::Str(k)) = key.payload() { ns.equals(k) } else { false }
                        }),
                        _ => false,
                    });
                    match found {
                        Some(i) => values[i].clone(),
                        None => return Err(vm.key_error(key)),
                    }
                }
                Names::Mapping(m) => ops::getitem(vm, m, &key)?,
            }
        }
        Some(i) => {
            let Some(pos) = args.positional else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match pos.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!("Replacement index {i} out of range for positional args tuple")));
                }
            }
        }
    };
    let mut pos = first_end;
    while let Some(part) = next_part(s, &mut pos, end) {
        obj = match part.map_err(|e| value_error(vm, e))? {
            NamePart::Attr(a, b) => {
                let name = substr(vm, s, a, b);
                let name = match name.as_obj() {
                    Some(o) => vm.intern_obj(o),
                    None => return Err(vm.type_error("attribute name must be string")),
                };
                ops::getattr(vm, &obj, &name)?
            }
            NamePart::Item(a, b, idx) => {
                let key = match idx {
                    Some(i) => Value::Int(i as i64),
                    None => substr(vm, s, a, b),
                };
                ops::getitem(vm, &obj, &key)?
            }
        };
    }
    Ok(obj)
}

/// `!r`, `!s`, `!a`.
pub fn convert(vm: &mut Vm, v: &Value, conversion: u32) -> PyResult<Value> {
    match char::from_u32(conversion) {
        Some('r') => ops::repr(vm, v),
        Some('s') => ops::str_of(vm, v),
        Some('a') => crate::runtime::builtins::ascii_of(vm, v),
        _ => {
            let shown = if conversion > 32 && conversion < 127 {
                char::from(conversion as u8).to_string()
            } else {
                format!("\\x{conversion:x}")
            };
            Err(vm.value_error(format!("Unknown conversion specifier {shown}")))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn build(vm: &mut Vm, s: &PyString, start: usize, end: usize, args: &Args, depth: u32, st: &mut State, out: &mut StrBuilder) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut it = Markup::new(s, start, end);
    while let Some(piece) = it.next_piece() {
        let piece = piece.map_err(|e| value_error(vm, e))?;
        out.push_slice(s, piece.literal.0, piece.literal.1);
        let Some(field) = piece.field else { continue };
        let mut obj = field_object(vm, s, field.name, args, st)?;
        if field.conversion != 0 {
            obj = convert(vm, &obj, field.conversion)?;
        }
        let spec = if field.spec_has_fields {
            let mut b = StrBuilder::new();
            build(vm, s, field.spec.0, field.spec.1, args, depth - 1, st, &mut b)?;
            vm.str_value(b.finish())
        } else {
            substr(vm, s, field.spec.0, field.spec.1)
        };
        let r = super::format_object(vm, &obj, &spec)?;
        if let Some(Payload::Str(rs)) = r.payload() {
            out.push_pystr(rs);
        }
    }
    Ok(())
}

/// Formats the template `s` with `args`.
pub fn format_template(vm: &mut Vm, s: &PyString, args: &Args) -> PyResult<PyString> {
    let mut st = State { numbering: Numbering::Init, next_auto: 0 };
    let mut out = StrBuilder::with_capacity(s.len());
    build(vm, s, 0, s.len(), args, 2, &mut st, &mut out)?;
    Ok(out.finish())
}
