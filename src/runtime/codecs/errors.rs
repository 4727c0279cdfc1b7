//! The codec error handlers (strict, ignore, replace, backslashreplace, surrogateescape,
//! surrogatepass, xmlcharrefreplace, namereplace) and the UnicodeEncodeError and
//! UnicodeDecodeError exceptions the codecs raise, with their attributes.

use crate::runtime::object::Payload;
use crate::runtime::objects::str::PyString;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// An error handler, by the name given as `errors`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    SurrogateEscape,
    SurrogatePass,
    XmlCharRefReplace,
    NameReplace,
    /// A name no handler is registered under (an error only once a handler is needed).
    Unknown,
}

impl Handler {
    pub fn from_name(name: &str) -> Handler {
        match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            _ => Handler::Unknown,
        }
    }
}

/// The byte layout in which "surrogatepass" writes or reads a surrogate, by codec.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    Utf8,
    Utf16 { big: bool },
    Utf32 { big: bool },
}

impl Layout {
    fn width(self) -> usize {
        match self {
            Layout::Utf8 => 3,
            Layout::Utf16 { .. } => 2,
            Layout::Utf32 { .. } => 4,
        }
    }

    fn write(self, out: &mut Vec<u8>, c: u32) {
        match self {
            Layout::Utf8 => crate::bytecode::pystr::push_code_point(out, c),
            Layout::Utf16 { big } => {
                let u = c as u16;
                out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Layout::Utf32 { big } => out.extend_from_slice(&if big { c.to_be_bytes() } else { c.to_le_bytes() }),
        }
    }

    /// The code point `b` starts with in this layout (0 when it is not a three-byte UTF-8 form).
    fn read(self, b: &[u8]) -> u32 {
        match self {
            Layout::Utf8 => {
                if b[0] & 0xF0 == 0xE0 && b[1] & 0xC0 == 0x80 && b[2] & 0xC0 == 0x80 {
                    (u32::from(b[0] & 0x0F) << 12) | (u32::from(b[1] & 0x3F) << 6) | u32::from(b[2] & 0x3F)
                } else {
                    0
                }
            }
            Layout::Utf16 { big } => {
                let u = [b[0], b[1]];
                u32::from(if big { u16::from_be_bytes(u) } else { u16::from_le_bytes(u) })
            }
            Layout::Utf32 { big } => {
                let u = [b[0], b[1], b[2], b[3]];
                if big { u32::from_be_bytes(u) } else { u32::from_le_bytes(u) }
            }
        }
    }
}

fn is_surrogate(c: u32) -> bool {
    (0xD800..=0xDFFF).contains(&c)
}

/// What an encoding error handler puts in place of the unencodable characters.
pub enum Replacement {
    /// Text (always ASCII from the builtin handlers), for the codec to encode.
    Text(Vec<u8>),
    /// Bytes to copy to the output as they are.
    Bytes(Vec<u8>),
}

fn lookup_failure(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(&vm.types.exc.lookup_error, format!("unknown error handler name '{errors}'"))
}

/// A UnicodeEncodeError or UnicodeDecodeError made by calling the class with CPython's five
/// arguments; the attributes are set in the instance dict when the class has no descriptors
/// for them.
fn unicode_error(vm: &mut Vm, t: &TypeRef, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let encoding = vm.new_str(encoding);
    let reason = vm.new_str(reason);
    let args = [encoding.clone(), object.clone(), Value::Int(start as i64), Value::Int(end as i64), reason.clone()];
    let exc = match vm.call(&t.to_value(), &args, &[]) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let attrs = [("encoding", encoding), ("object", object), ("start", Value::Int(start as i64)), ("end", Value::Int(end as i64)), ("reason", reason)];
    for (name, value) in attrs {
        let name = vm.intern(name);
        if t.lookup(vm, &name).is_none()
            && let Err(e) = crate::runtime::ops::setattr(vm, &exc, &name, value) {
                return e;
            }
    }
    match exc {
        Value::Obj(o) => PyErr(o),
        other => vm.type_error(format!("exceptions must derive from BaseException, not {}", crate::runtime::ops::type_name(vm, &other))),
    }
}

/// The error state of one encoding call: the text, the handler, and the str object the
/// exceptions carry (made on the first error).
pub struct EncodeErrors<'a> {
    pub s: &'a PyString,
    errors: &'a str,
    pub handler: Handler,
    object: Option<Value>,
}

impl<'a> EncodeErrors<'a> {
    pub fn new(s: &'a PyString, errors: &'a str) -> EncodeErrors<'a> {
        EncodeErrors { s, errors, handler: Handler::from_name(errors), object: None }
    }

    /// UnicodeEncodeError for characters `start..end`.
    pub fn error(&mut self, vm: &mut Vm, encoding: &str, start: usize, end: usize, reason: &str) -> PyErr {
        let object = match &self.object {
            Some(o) => o.clone(),
            None => {
                let o = vm.str_value(PyString::from_vec(self.s.chars().collect()));
                self.object = Some(o.clone());
                o
            }
        };
        let t = vm.types.exc.unicode_encode_error.clone();
        unicode_error(vm, &t, encoding, object, start, end, reason)
    }

    /// Runs the handler on the unencodable characters `start..end`: the replacement and the
    /// position to resume at. `inline_escape`: the codec writes the leading escaped surrogates
    /// of "surrogateescape" itself and reports the rest from the first other character (utf-8,
    /// ascii, latin-1). `pass`: how "surrogatepass" writes surrogates, if the codec allows it.
    pub fn handle(
        &mut self,
        vm: &mut Vm,
        encoding: &str,
        start: usize,
        end: usize,
        reason: &str,
        inline_escape: bool,
        pass: Option<Layout>,
    ) -> PyResult<(Replacement, usize)> {
        let chars = (start..end).map(|i| self.s.get(i));
        let text = match self.handler {
            Handler::Strict => return Err(self.error(vm, encoding, start, end, reason)),
            Handler::Unknown => return Err(lookup_failure(vm, self.errors)),
            Handler::Ignore => Vec::new(),
            Handler::Replace => vec![b'?'; end - start],
            Handler::BackslashReplace => {
                let mut out = Vec::new();
                for c in chars {
                    push_backslash_escape(&mut out, c);
                }
                out
            }
            Handler::XmlCharRefReplace => {
                let mut out = Vec::new();
                for c in chars {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
                out
            }
            Handler::NameReplace => {
                let mut out = Vec::new();
                for c in chars {
                    match crate::runtime::unicode::names::name(c) {
                        Some(name) => out.extend_from_slice(format!("\\N{{{name}}}").as_bytes()),
                        None => push_backslash_escape(&mut out, c),
                    }
                }
                out
            }
            Handler::SurrogateEscape => {
                let mut out = Vec::with_capacity(end - start);
                for (i, c) in chars.enumerate() {
                    if !(0xDC80..=0xDCFF).contains(&c) {
                        let from = if inline_escape { start + i } else { start };
                        return Err(self.error(vm, encoding, from, end, reason));
                    }
                    out.push((c - 0xDC00) as u8);
                }
                return Ok((Replacement::Bytes(out), end));
            }
            Handler::SurrogatePass => {
                let Some(layout) = pass else { return Err(self.error(vm, encoding, start, end, reason)) };
                let mut out = Vec::with_capacity((end - start) * layout.width());
                for c in chars {
                    if !is_surrogate(c) {
                        return Err(self.error(vm, encoding, start, end, reason));
                    }
                    layout.write(&mut out, c);
                }
                return Ok((Replacement::Bytes(out), end));
            }
        };
        Ok((Replacement::Text(text), end))
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for one code point.
pub fn push_backslash_escape(out: &mut Vec<u8>, c: u32) {
    let s = if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// The error state of one decoding call: the input, the handler, and the bytes object the
/// exceptions carry (made on the first error).
pub struct DecodeErrors<'a> {
    pub data: &'a [u8],
    errors: &'a str,
    pub handler: Handler,
    object: Option<Value>,
}

impl<'a> DecodeErrors<'a> {
    pub fn new(data: &'a [u8], errors: &'a str) -> DecodeErrors<'a> {
        DecodeErrors { data, errors, handler: Handler::from_name(errors), object: None }
    }

    /// UnicodeDecodeError for bytes `start..end`.
    pub fn error(&mut self, vm: &mut Vm, encoding: &str, start: usize, end: usize, reason: &str) -> PyErr {
        let object = match &self.object {
            Some(o) => o.clone(),
            None => {
                let o = vm.new_object(vm.types.bytes.clone(), Payload::Bytes(self.data.into()));
                self.object = Some(o.clone());
                o
            }
        };
        let t = vm.types.exc.unicode_decode_error.clone();
        unicode_error(vm, &t, encoding, object, start, end, reason)
    }

    /// Runs the handler on the undecodable bytes `start..end`: appends the replacement to `out`
    /// and gives the position to resume at. `pass`: how "surrogatepass" reads a surrogate, if
    /// the codec allows it.
    pub fn handle(
        &mut self,
        vm: &mut Vm,
        encoding: &str,
        start: usize,
        end: usize,
        reason: &str,
        pass: Option<Layout>,
        out: &mut Vec<u32>,
    ) -> PyResult<usize> {
        match self.handler {
            Handler::Strict => Err(self.error(vm, encoding, start, end, reason)),
            Handler::Unknown => Err(lookup_failure(vm, self.errors)),
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                out.push(0xFFFD);
                Ok(end)
            }
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    out.extend(format!("\\x{b:02x}").bytes().map(u32::from));
                }
                Ok(end)
            }
            Handler::SurrogateEscape => {
                let mut consumed = 0;
                while consumed < 4 && consumed < end - start {
                    let b = self.data[start + consumed];
                    if b < 128 {
                        break;
                    }
                    out.push(0xDC00 + u32::from(b));
                    consumed += 1;
                }
                if consumed == 0 {
                    return Err(self.error(vm, encoding, start, end, reason));
                }
                Ok(start + consumed)
            }
            Handler::SurrogatePass => {
                let c = match pass {
                    Some(layout) if self.data.len() - start >= layout.width() => layout.read(&self.data[start..]),
                    _ => 0,
                };
                match pass {
                    Some(layout) if is_surrogate(c) => {
                        out.push(c);
                        Ok(start + layout.width())
                    }
                    _ => Err(self.error(vm, encoding, start, end, reason)),
                }
            }
        }
    }
}
