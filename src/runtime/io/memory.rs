//! In-memory streams: `StringIO` (text held as code points, with the newline translation of
//! its `newline` argument) and `BytesIO` (a growable byte buffer). Both keep their state in a
//! `Payload::Native` cell, so Python subclasses share it.

use std::cell::RefCell;

use crate::runtime::builtins::args::{Signature, index_arg};
use crate::runtime::object::Payload;
use crate::runtime::objects::bytes_type::{need_buffer, new_bytes};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::flags;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::base::limit_arg;

const CR: u32 = '\r' as u32;
const LF: u32 = '\n' as u32;

/// A `StringIO`'s state.
pub struct StringIoState {
    buf: Vec<u32>,
    pos: usize,
    closed: bool,
    /// The `newline` argument (None: universal newlines, translated on write).
    newline: Option<Vec<u32>>,
    /// Newline kinds written (1: `\r`, 2: `\n`, 4: `\r\n`), when newlines are universal.
    seen: u8,
}

impl StringIoState {
    fn new() -> StringIoState {
        StringIoState { buf: Vec::new(), pos: 0, closed: false, newline: Some(vec![LF]), seen: 0 }
    }

    fn universal(&self) -> bool {
        self.newline.as_ref().is_none_or(|n| n.is_empty())
    }

    /// Translates and stores `text` at the position; returns nothing (the caller reports the
    /// length of the original text).
    fn write(&mut self, text: &[u32]) {
        let mut data: Vec<u32> = Vec::with_capacity(text.len());
        if self.universal() {
            let translate = self.newline.is_none();
            let mut i = 0;
            while i < text.len() {
                let c = text[i];
                if c == CR {
                    if text.get(i + 1) == Some(&LF) {
                        self.seen |= 4;
                        i += 1;
                        if translate {
                            data.push(LF);
                        } else {
                            data.extend([CR, LF]);
                        }
                    } else {
                        self.seen |= 1;
                        data.push(if translate { LF } else { CR });
                    }
                } else {
                    if c == LF {
                        self.seen |= 2;
                    }
                    data.push(c);
                }
                i += 1;
            }
        } else {
            match self.newline.as_deref() {
                Some(nl) if nl.first() == Some(&CR) => {
                    for &c in text {
                        if c == LF { data.extend_from_slice(nl) } else { data.push(c) }
                    }
                }
                _ => data.extend_from_slice(text),
            }
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + data.len();
        let overlap = end.min(self.buf.len()) - self.pos;
        self.buf[self.pos..self.pos + overlap].copy_from_slice(&data[..overlap]);
        self.buf.extend_from_slice(&data[overlap..]);
        self.pos = end;
    }

    /// The end of the line starting at the position (at most `limit` characters).
    fn line_end(&self, limit: Option<usize>) -> usize {
        let start = self.pos.min(self.buf.len());
        let stop = limit.map_or(self.buf.len(), |l| (start + l).min(self.buf.len()));
        let s = &self.buf[start..stop];
        let found = match self.newline.as_deref() {
            None => s.iter().position(|&c| c == LF).map(|i| i + 1),
            Some([]) => {
                let mut r = None;
                for (i, &c) in s.iter().enumerate() {
                    if c == LF {
                        r = Some(i + 1);
                        break;
                    }
                    if c == CR {
                        r = Some(if s.get(i + 1) == Some(&LF) { i + 2 } else { i + 1 });
                        break;
                    }
                }
                r
            }
            Some(nl) => s.windows(nl.len()).position(|w| w == nl).map(|i| i + nl.len()),
        };
        start + found.unwrap_or(s.len())
    }
}

/// A `BytesIO`'s state.
pub struct BytesIoState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

fn string_io<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<StringIoState>> {
    native_of::<StringIoState>(v).ok_or_else(|| {
        let t = ops::type_name(vm, v);
        vm.type_error(format!("descriptor requires a '_io.StringIO' object but received a '{t}'"))
    })
}

fn bytes_io<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<BytesIoState>> {
    native_of::<BytesIoState>(v).ok_or_else(|| {
        let t = ops::type_name(vm, v);
        vm.type_error(format!("descriptor requires a '_io.BytesIO' object but received a '{t}'"))
    })
}

/// The native state of type `T` a value carries.
pub fn native_of<T: 'static>(v: &Value) -> Option<&RefCell<T>> {
    match v.payload()? {
        Payload::Native(b) => b.downcast_ref::<RefCell<T>>(),
        _ => None,
    }
}

fn str_closed(vm: &Vm) -> crate::runtime::vm::PyErr {
    vm.value_error("I/O operation on closed file")
}

fn this_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    let Some(v) = pos.first() else { return Err(vm.type_error("descriptor needs an argument")) };
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &pos[1..];
    if rest.len() > max {
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, rest.len())));
    }
    Ok((v, rest))
}

fn text_cps(v: &Value) -> Option<Vec<u32>> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.chars().collect()),
        _ => None,
    }
}

fn str_value(vm: &Vm, cps: &[u32]) -> Value {
    vm.str_value(PyString::from_vec(cps.to_vec()))
}

fn type_arg(vm: &Vm, args: &CallArgs, owner: &TypeRef) -> PyResult<TypeRef> {
    let cls = args.pos().first().cloned().unwrap_or_default();
    crate::runtime::objects::object_type::check_new(vm, owner, &cls)
}

// ---- StringIO ----

fn stringio_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let owner = vm.types.string_io.clone();
    let cls = type_arg(vm, &args, &owner)?;
    let payload = Payload::Native(Box::new(RefCell::new(StringIoState::new())));
    Ok(crate::runtime::objects::object_type::alloc(&cls, payload))
}

static STRINGIO_INIT: Signature =
    Signature { name: "StringIO", params: &["initial_value", "newline"], required: 0, positional_only: 0, keyword_only: 2 };

fn stringio_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let st = string_io(vm, &v)?;
    let rest = CallArgs { args: &args.args[1..], kwnames: args.kwnames };
    let a = STRINGIO_INIT.bind(vm, &rest)?;
    let newline = match &a[1] {
        None => Some(vec![LF]),
        Some(Value::None) => None,
        Some(n) => match text_cps(n) {
            Some(cps) => {
                if !matches!(cps.as_slice(), [] | [LF] | [CR] | [CR, LF]) {
                    let r = ops::repr(vm, n)?;
                    return Err(vm.value_error(format!("illegal newline value: {}", ops::repr::text_of(&r).unwrap_or_default())));
                }
                Some(cps)
            }
            None => {
                let t = ops::type_name(vm, n);
                return Err(vm.type_error(format!("newline must be str or None, not {t}")));
            }
        },
    };
    let initial = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(x) => match text_cps(x) {
            Some(c) => c,
            None => {
                let t = ops::type_name(vm, x);
                return Err(vm.type_error(format!("initial_value must be str or None, not {t}")));
            }
        },
    };
    let mut s = st.borrow_mut();
    *s = StringIoState::new();
    s.newline = newline;
    if !initial.is_empty() {
        s.write(&initial);
    }
    s.pos = 0;
    Ok(Value::None)
}

/// The open state of a StringIO receiver.
fn open_string<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, max: usize) -> PyResult<(&'a RefCell<StringIoState>, &'a [Value])> {
    let (v, rest) = this_args(vm, args, name, max)?;
    let st = string_io(vm, v)?;
    if st.borrow().closed {
        return Err(str_closed(vm));
    }
    Ok((st, rest))
}

fn stringio_getvalue(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, _) = open_string(vm, &args, "getvalue", 0)?;
    Ok(str_value(vm, &st.borrow().buf))
}

fn stringio_read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_string(vm, &args, "read", 1)?;
    let limit = limit_arg(vm, a.first())?;
    let mut s = st.borrow_mut();
    let start = s.pos.min(s.buf.len());
    let end = limit.map_or(s.buf.len(), |l| (start + l).min(s.buf.len()));
    s.pos = end.max(s.pos);
    Ok(str_value(vm, &s.buf[start..end]))
}

fn stringio_readline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_string(vm, &args, "readline", 1)?;
    let limit = limit_arg(vm, a.first())?;
    let mut s = st.borrow_mut();
    let start = s.pos.min(s.buf.len());
    let end = s.line_end(limit);
    s.pos = end.max(s.pos);
    Ok(str_value(vm, &s.buf[start..end]))
}

fn stringio_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let line = if v.as_obj().is_some_and(|o| o.class_is(&vm.types.string_io)) {
        stringio_readline(vm, CallArgs::positional(std::slice::from_ref(&v)))?
    } else {
        let l = vm.call_method_name(&v, "readline", &[])?;
        if !matches!(l.payload(), Some(Payload::Str(_))) {
            let t = ops::type_name(vm, &l);
            return Err(vm.new_error(&vm.types.exc.os_error.clone(), format!("readline() should have returned a str object, not '{t}'")));
        }
        l
    };
    if ops::len(vm, &line)? == 0 { Err(vm.stop_iteration(Value::None)) } else { Ok(line) }
}

fn stringio_write(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_string(vm, &args, "write", 1)?;
    let Some(x) = a.first() else { return Err(vm.type_error("write() takes exactly one argument (0 given)")) };
    let Some(cps) = text_cps(x) else {
        let t = ops::type_name(vm, x);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    if !cps.is_empty() {
        st.borrow_mut().write(&cps);
    }
    Ok(Value::Int(cps.len() as i64))
}

fn stringio_tell(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, _) = open_string(vm, &args, "tell", 0)?;
    Ok(Value::Int(st.borrow().pos as i64))
}

fn stringio_seek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_string(vm, &args, "seek", 2)?;
    let Some(p) = a.first() else { return Err(vm.type_error("seek expected at least 1 argument, got 0")) };
    let pos = index_arg(vm, p)?;
    let whence = match a.get(1) {
        Some(w) => index_arg(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(vm.new_error(&vm.types.exc.os_error.clone(), "Can't do nonzero cur-relative seeks"));
    }
    let mut s = st.borrow_mut();
    match whence {
        0 => s.pos = pos as usize,
        2 => s.pos = s.buf.len(),
        _ => {}
    }
    Ok(Value::Int(s.pos as i64))
}

fn stringio_truncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_string(vm, &args, "truncate", 1)?;
    let size = match a.first() {
        None | Some(Value::None) => st.borrow().pos as i64,
        Some(x) => index_arg(vm, x)?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    let mut s = st.borrow_mut();
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn stringio_close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this_args(vm, &args, "close", 0)?;
    let st = string_io(vm, v)?;
    let mut s = st.borrow_mut();
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn stringio_yes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    open_string(vm, &args, "readable", 0)?;
    Ok(Value::Bool(true))
}

fn stringio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(string_io(vm, v)?.borrow().closed))
}

fn stringio_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if string_io(vm, v)?.borrow().closed {
        return Err(str_closed(vm));
    }
    Ok(Value::Bool(false))
}

fn stringio_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let st = string_io(vm, v)?.borrow();
    if st.closed {
        return Err(str_closed(vm));
    }
    if !st.universal() {
        return Ok(Value::None);
    }
    let kinds: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")].iter().filter(|(b, _)| st.seen & b != 0).map(|(_, s)| *s).collect();
    Ok(match kinds.as_slice() {
        [] => Value::None,
        [one] => vm.new_str(one),
        many => {
            let items = many.iter().map(|s| vm.new_str(s)).collect();
            vm.new_tuple(items)
        }
    })
}

// ---- BytesIO ----

fn bytesio_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let owner = vm.types.bytes_io.clone();
    let cls = type_arg(vm, &args, &owner)?;
    let payload = Payload::Native(Box::new(RefCell::new(BytesIoState { buf: Vec::new(), pos: 0, closed: false })));
    Ok(crate::runtime::objects::object_type::alloc(&cls, payload))
}

static BYTESIO_INIT: Signature = Signature { name: "BytesIO", params: &["initial_bytes"], required: 0, positional_only: 0, keyword_only: 1 };

fn bytesio_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let st = bytes_io(vm, &v)?;
    let rest = CallArgs { args: &args.args[1..], kwnames: args.kwnames };
    let a = BYTESIO_INIT.bind(vm, &rest)?;
    let data = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(x) => need_buffer(vm, x)?.to_vec(),
    };
    *st.borrow_mut() = BytesIoState { buf: data, pos: 0, closed: false };
    Ok(Value::None)
}

fn open_bytes<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, max: usize) -> PyResult<(&'a RefCell<BytesIoState>, &'a [Value])> {
    let (v, rest) = this_args(vm, args, name, max)?;
    let st = bytes_io(vm, v)?;
    if st.borrow().closed {
        return Err(super::closed_error(vm));
    }
    Ok((st, rest))
}

fn bytesio_getvalue(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, _) = open_bytes(vm, &args, "getvalue", 0)?;
    Ok(new_bytes(vm, st.borrow().buf.clone()))
}

fn bytesio_read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "read", 1)?;
    let limit = limit_arg(vm, a.first())?;
    let mut s = st.borrow_mut();
    let start = s.pos.min(s.buf.len());
    let end = limit.map_or(s.buf.len(), |l| (start + l).min(s.buf.len()));
    s.pos = end.max(s.pos);
    Ok(new_bytes(vm, s.buf[start..end].to_vec()))
}

fn bytesio_readline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "readline", 1)?;
    let limit = limit_arg(vm, a.first())?;
    let mut s = st.borrow_mut();
    let start = s.pos.min(s.buf.len());
    let stop = limit.map_or(s.buf.len(), |l| (start + l).min(s.buf.len()));
    let end = s.buf[start..stop].iter().position(|&b| b == b'\n').map_or(stop, |i| start + i + 1);
    s.pos = end.max(s.pos);
    Ok(new_bytes(vm, s.buf[start..end].to_vec()))
}

fn bytesio_readlines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, a) = this_args(vm, &args, "readlines", 1)?;
    open_bytes(vm, &args, "readlines", 1)?;
    let hint = limit_arg(vm, a.first())?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = bytesio_readline(vm, CallArgs::positional(std::slice::from_ref(v)))?;
        let n = ops::len(vm, &line)?;
        if n == 0 {
            break;
        }
        total += n;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn bytesio_readinto(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "readinto", 1)?;
    let Some(target) = a.first() else { return Err(vm.type_error("readinto() takes exactly one argument (0 given)")) };
    let n = match target.payload() {
        Some(Payload::ByteArray(_)) | Some(Payload::MemoryView(_)) => ops::len(vm, target)?,
        _ => {
            let t = ops::type_name(vm, target);
            return Err(vm.type_error(format!("readinto() argument must be read-write bytes-like object, not {t}")));
        }
    };
    let chunk = {
        let mut s = st.borrow_mut();
        let start = s.pos.min(s.buf.len());
        let end = (start + n).min(s.buf.len());
        s.pos = end.max(s.pos);
        s.buf[start..end].to_vec()
    };
    let k = chunk.len();
    let slice = vm.new_object(vm.types.slice.clone(), Payload::Slice { start: Value::Int(0), stop: Value::Int(k as i64), step: Value::None });
    let data = new_bytes(vm, chunk);
    ops::setitem(vm, target, &slice, data)?;
    Ok(Value::Int(k as i64))
}

fn bytesio_write(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "write", 1)?;
    let Some(x) = a.first() else { return Err(vm.type_error("write() takes exactly one argument (0 given)")) };
    let data = need_buffer(vm, x)?.to_vec();
    let mut s = st.borrow_mut();
    if !data.is_empty() {
        let pos = s.pos;
        if pos > s.buf.len() {
            s.buf.resize(pos, 0);
        }
        let end = pos + data.len();
        let overlap = end.min(s.buf.len()) - pos;
        s.buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
        s.buf.extend_from_slice(&data[overlap..]);
        s.pos = end;
    }
    Ok(Value::Int(data.len() as i64))
}

fn bytesio_writelines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, a) = this_args(vm, &args, "writelines", 1)?;
    open_bytes(vm, &args, "writelines", 1)?;
    let Some(lines) = a.first() else { return Err(vm.type_error("writelines() takes exactly one argument (0 given)")) };
    let it = ops::iter(vm, lines)?;
    while let Some(line) = ops::iter::next(vm, &it)? {
        bytesio_write(vm, CallArgs::positional(&[v.clone(), line]))?;
    }
    Ok(Value::None)
}

fn bytesio_seek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "seek", 2)?;
    let Some(p) = a.first() else { return Err(vm.type_error("seek expected at least 1 argument, got 0")) };
    let pos = index_arg(vm, p)?;
    let whence = match a.get(1) {
        Some(w) => index_arg(vm, w)?,
        None => 0,
    };
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("negative seek value {pos}")));
    }
    let mut s = st.borrow_mut();
    let target = match whence {
        0 => pos,
        1 => (s.pos as i64).saturating_add(pos),
        2 => (s.buf.len() as i64).saturating_add(pos),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos = target.max(0) as usize;
    Ok(Value::Int(s.pos as i64))
}

fn bytesio_tell(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, _) = open_bytes(vm, &args, "tell", 0)?;
    Ok(Value::Int(st.borrow().pos as i64))
}

fn bytesio_truncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (st, a) = open_bytes(vm, &args, "truncate", 1)?;
    let size = match a.first() {
        None | Some(Value::None) => st.borrow().pos as i64,
        Some(x) => index_arg(vm, x)?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    let mut s = st.borrow_mut();
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn bytesio_close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this_args(vm, &args, "close", 0)?;
    let st = bytes_io(vm, v)?;
    let mut s = st.borrow_mut();
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn bytesio_yes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    open_bytes(vm, &args, "readable", 0)?;
    Ok(Value::Bool(true))
}

fn bytesio_no(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    open_bytes(vm, &args, "isatty", 0)?;
    Ok(Value::Bool(false))
}

fn bytesio_flush(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    open_bytes(vm, &args, "flush", 0)?;
    Ok(Value::None)
}

fn bytesio_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this_args(vm, &args, "__iter__", 0)?;
    open_bytes(vm, &args, "__iter__", 0)?;
    Ok(v.clone())
}

fn bytesio_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, _) = this_args(vm, &args, "__next__", 0)?;
    let line = bytesio_readline(vm, CallArgs::positional(std::slice::from_ref(v)))?;
    if ops::len(vm, &line)? == 0 { Err(vm.stop_iteration(Value::None)) } else { Ok(line) }
}

fn bytesio_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(bytes_io(vm, v)?.borrow().closed))
}

static STRINGIO_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", stringio_new),
    MethodDef::slot("__init__", stringio_init),
    MethodDef::slot("__next__", stringio_next),
    MethodDef::method("getvalue", stringio_getvalue),
    MethodDef::method("read", stringio_read),
    MethodDef::method("readline", stringio_readline),
    MethodDef::method("write", stringio_write),
    MethodDef::method("tell", stringio_tell),
    MethodDef::method("seek", stringio_seek),
    MethodDef::method("truncate", stringio_truncate),
    MethodDef::method("close", stringio_close),
    MethodDef::method("readable", stringio_yes),
    MethodDef::method("writable", stringio_yes),
    MethodDef::method("seekable", stringio_yes),
];

static STRINGIO_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: stringio_closed, set: None, doc: None },
    GetSetDef { name: "line_buffering", get: stringio_line_buffering, set: None, doc: None },
    GetSetDef { name: "newlines", get: stringio_newlines, set: None, doc: None },
];

static BYTESIO_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bytesio_new),
    MethodDef::slot("__init__", bytesio_init),
    MethodDef::slot("__iter__", bytesio_iter),
    MethodDef::slot("__next__", bytesio_next),
    MethodDef::method("getvalue", bytesio_getvalue),
    MethodDef::method("read", bytesio_read),
    MethodDef::method("read1", bytesio_read),
    MethodDef::method("readline", bytesio_readline),
    MethodDef::method("readlines", bytesio_readlines),
    MethodDef::method("readinto", bytesio_readinto),
    MethodDef::method("write", bytesio_write),
    MethodDef::method("writelines", bytesio_writelines),
    MethodDef::method("tell", bytesio_tell),
    MethodDef::method("seek", bytesio_seek),
    MethodDef::method("truncate", bytesio_truncate),
    MethodDef::method("close", bytesio_close),
    MethodDef::method("flush", bytesio_flush),
    MethodDef::method("isatty", bytesio_no),
    MethodDef::method("readable", bytesio_yes),
    MethodDef::method("writable", bytesio_yes),
    MethodDef::method("seekable", bytesio_yes),
];

static BYTESIO_GETSETS: &[GetSetDef] = &[GetSetDef { name: "closed", get: bytesio_closed, set: None, doc: None }];

/// Fills `StringIO` and `BytesIO`.
pub fn init(vm: &mut Vm) {
    let s = vm.types.string_io.clone();
    add_methods(vm, &s, STRINGIO_METHODS);
    add_getsets(vm, &s, STRINGIO_GETSETS);
    let b = vm.types.bytes_io.clone();
    add_methods(vm, &b, BYTESIO_METHODS);
    add_getsets(vm, &b, BYTESIO_GETSETS);
    for t in [s, b] {
        t.flags.set(t.flags.get() | flags::HAS_DICT);
        add_attr(vm, &t, "__module__", vm.new_str("_io"));
    }
}
