//! `TextIOWrapper`: text over a file's bytes: decoding and encoding with the file's codec and
//! error handler, newline translation (universal newlines when reading with `newline=None`,
//! `\n` written as the chosen terminator), line buffering, and positions that are byte offsets
//! (the codecs supported keep no state between characters).

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::str::PyString;
use crate::runtime::ops;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::binary::{self, check_open, this};
use super::codec::{self, Codec};
use super::{FileObject, TextState, io_fail, unsupported};

fn state(f: &FileObject) -> std::cell::Ref<'_, TextState> {
    match &f.text {
        Some(t) => t.borrow(),
        None => unreachable!("text methods are only registered on TextIOWrapper"),
    }
}

fn str_of_cps(vm: &Vm, cps: Vec<u32>) -> Value {
    vm.str_value(PyString::from_vec(cps))
}

/// Encodes and buffers a str; returns its length in characters.
pub fn write_str(
    vm: &mut Vm,
    f: &FileObject,
    s: &PyString,
    original: Option<&ObjRef>,
) -> PyResult<usize> {
    check_open(vm, f)?;
    if !f.core.borrow().writable {
        return Err(unsupported(vm, "not writable"));
    }
    let (codec, errors, newline, line_buffering) = {
        let st = state(f);
        (
            st.codec,
            st.errors.clone(),
            st.newline.clone(),
            st.line_buffering,
        )
    };
    let translate_to = match newline.as_deref() {
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        _ => None,
    };
    let mut has_newline = false;
    let bytes: Vec<u8> = match s.as_ascii() {
        Some(a) if translate_to.is_none() => {
            has_newline = line_buffering && a.bytes().any(|b| b == b'\n' || b == b'\r');
            a.as_bytes().to_vec()
        }
        _ => {
            let mut cps: Vec<u32> = s.chars().collect();
            if line_buffering {
                has_newline = cps.iter().any(|&c| c == 10 || c == 13);
            }
            if let Some(nl) = translate_to {
                let mut t = Vec::with_capacity(cps.len());
                for c in cps {
                    if c == 10 {
                        t.extend(nl.chars().map(|c| c as u32));
                    } else {
                        t.push(c);
                    }
                }
                cps = t;
            }
            match codec::encode(codec, &cps, &errors) {
                Ok(b) => b,
                Err(e) => {
                    let input = match original {
                        Some(o) => Value::Obj(o.clone()),
                        None => vm.str_value(PyString::from_vec(cps)),
                    };
                    return Err(super::codec_error(vm, e, codec, false, input));
                }
            }
        }
    };
    let mut core = f.core.borrow_mut();
    let mut r = core.write(&bytes);
    if r.is_ok() && has_newline {
        r = core.flush();
    }
    drop(core);
    r.map_err(|e| io_fail(vm, e))?;
    Ok(s.len())
}

fn write(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let Some(arg) = args.pos().get(1) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    let Some(Payload::Str(s)) = arg.payload() else {
        let t = ops::type_name(vm, arg);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let n = write_str(vm, f, s, arg.as_obj())?;
    Ok(Value::Int(n as i64))
}

fn check_readable(vm: &mut Vm, f: &FileObject) -> PyResult<()> {
    check_open(vm, f)?;
    if !f.core.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Decodes bytes that end at a character boundary (or at the end of the file).
fn decode_all(vm: &mut Vm, f: &FileObject, data: &[u8]) -> PyResult<Vec<u32>> {
    let (codec, errors, at_start) = {
        let st = state(f);
        (st.codec, st.errors.clone(), st.at_start)
    };
    let data = if codec == Codec::Utf8Sig && !at_start {
        data
    } else {
        data
    };
    let eff = if codec == Codec::Utf8Sig && !at_start {
        Codec::Utf8
    } else {
        codec
    };
    if let Some(t) = &f.text
        && !data.is_empty()
    {
        t.borrow_mut().at_start = false;
    }
    match codec::decode(eff, data, &errors, true) {
        Ok((cps, _)) => Ok(cps),
        Err(e) => {
            let input = vm.new_object(
                vm.types.bytes.clone(),
                Payload::Bytes(data.to_vec().into_boxed_slice()),
            );
            Err(super::codec_error(vm, e, eff, true, input))
        }
    }
}

/// Applies reading newline rules to decoded text: records the terminators seen and, with
/// `newline=None`, turns `\r\n` and `\r` into `\n`.
fn translate_read(f: &FileObject, cps: Vec<u32>) -> Vec<u32> {
    let Some(t) = &f.text else { return cps };
    let mut st = t.borrow_mut();
    let universal = matches!(st.newline.as_deref(), None | Some(""));
    if !universal {
        return cps;
    }
    let translate = st.newline.is_none();
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if c == 13 {
            if cps.get(i + 1) == Some(&10) {
                st.seen |= 4;
                if translate {
                    out.push(10);
                } else {
                    out.extend([13, 10]);
                }
                i += 2;
                continue;
            }
            st.seen |= 1;
            out.push(if translate { 10 } else { 13 });
        } else {
            if c == 10 {
                st.seen |= 2;
            }
            out.push(c);
        }
        i += 1;
    }
    out
}

/// The bytes of one line (with its terminator), consuming them from the buffer.
fn line_bytes(vm: &mut Vm, f: &FileObject) -> PyResult<Vec<u8>> {
    let newline = state(f).newline.clone();
    let mut out = Vec::new();
    let mut core = f.core.borrow_mut();
    loop {
        let avail = core.available();
        let found: Option<usize> = match newline.as_deref() {
            None | Some("") => {
                match avail.iter().position(|&b| b == b'\n' || b == b'\r') {
                    Some(i) if avail[i] == b'\n' => Some(i + 1),
                    Some(i) => {
                        if i + 1 < avail.len() {
                            Some(if avail[i + 1] == b'\n' { i + 2 } else { i + 1 })
                        } else {
                            // A `\r` last in the buffer: the next byte decides.
                            out.extend_from_slice(&avail[..=i]);
                            core.consume(i + 1);
                            let more = core.fill();
                            let more = match more {
                                Ok(m) => m,
                                Err(e) => {
                                    drop(core);
                                    return Err(io_fail(vm, e));
                                }
                            };
                            if more && core.available().first() == Some(&b'\n') {
                                out.push(b'\n');
                                core.consume(1);
                            }
                            return Ok(out);
                        }
                    }
                    None => None,
                }
            }
            Some("\r\n") => {
                let mut hit = None;
                for i in 0..avail.len() {
                    if avail[i] == b'\n'
                        && (i > 0 && avail[i - 1] == b'\r' || i == 0 && out.last() == Some(&b'\r'))
                    {
                        hit = Some(i + 1);
                        break;
                    }
                }
                hit
            }
            Some(nl) => {
                let b = nl.as_bytes()[0];
                avail.iter().position(|&x| x == b).map(|i| i + 1)
            }
        };
        if let Some(n) = found {
            out.extend_from_slice(&avail[..n]);
            core.consume(n);
            return Ok(out);
        }
        let n = avail.len();
        out.extend_from_slice(avail);
        core.consume(n);
        match core.fill() {
            Ok(true) => {}
            Ok(false) => return Ok(out),
            Err(e) => {
                drop(core);
                return Err(io_fail(vm, e));
            }
        }
    }
}

/// Gives bytes back to the front of the read buffer (after reading past a size limit).
fn unread(f: &FileObject, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let mut c = f.core.borrow_mut();
    let rest = c.available().to_vec();
    c.rbuf = bytes.to_vec();
    c.rbuf.extend_from_slice(&rest);
    c.rpos = 0;
}

/// The byte length of the first `n` characters of `data` (UTF-8 or a one-byte codec).
fn char_prefix_len(codec: Codec, data: &[u8], n: usize) -> usize {
    if matches!(codec, Codec::Ascii | Codec::Latin1) {
        return n.min(data.len());
    }
    let mut i = 0;
    let mut count = 0;
    while i < data.len() && count < n {
        let b = data[i];
        let l = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        i = (i + l).min(data.len());
        count += 1;
    }
    i
}

fn readline_text(vm: &mut Vm, f: &FileObject, limit: Option<usize>) -> PyResult<Vec<u32>> {
    let bytes = line_bytes(vm, f)?;
    if let Some(n) = limit {
        let codec = state(f).codec;
        // Characters beyond the limit go back, counting `\r\n` as one when translated.
        let mut k = char_prefix_len(codec, &bytes, n);
        let translating = state(f).newline.is_none();
        if translating && k < bytes.len() && k > 0 && bytes[k - 1] == b'\r' && bytes[k] == b'\n' {
            k += 1;
        }
        unread(f, &bytes[k..]);
        let cps = decode_all(vm, f, &bytes[..k])?;
        return Ok(translate_read(f, cps));
    }
    let cps = decode_all(vm, f, &bytes)?;
    Ok(translate_read(f, cps))
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("argument should be integer or None, not 'float'"));
            }
            let n = crate::runtime::builtins::args::index_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn readline(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let limit = size_arg(vm, args.pos().get(1))?;
    check_readable(vm, f)?;
    let cps = readline_text(vm, f, limit)?;
    Ok(str_of_cps(vm, cps))
}

fn read(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let n = size_arg(vm, args.pos().get(1))?;
    check_readable(vm, f)?;
    match n {
        None => {
            let r = f.core.borrow_mut().read(None);
            let data = r.map_err(|e| io_fail(vm, e))?;
            let cps = decode_all(vm, f, &data)?;
            let cps = translate_read(f, cps);
            Ok(str_of_cps(vm, cps))
        }
        Some(n) => {
            let mut out: Vec<u32> = Vec::new();
            while out.len() < n {
                let line = readline_text(vm, f, Some(n - out.len()))?;
                if line.is_empty() {
                    break;
                }
                out.extend(line);
            }
            Ok(str_of_cps(vm, out))
        }
    }
}

/// `seek(cookie, whence=0)`: positions are byte offsets; relative seeks only by 0.
fn seek(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = &args.pos()[1..];
    let Some(off) = pos.first() else {
        return Err(vm.type_error("seek expected at least 1 argument, got 0"));
    };
    let off = crate::runtime::builtins::args::index_arg(vm, off)?;
    let whence = match pos.get(1) {
        Some(w) => crate::runtime::builtins::args::index_arg(vm, w)?,
        None => 0,
    };
    check_open(vm, f)?;
    if !f.core.borrow_mut().is_seekable() {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    match whence {
        0 if off < 0 => return Err(vm.value_error(format!("negative seek position {off}"))),
        1 if off != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if off != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        0..=2 => {}
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    let r = f.core.borrow_mut().seek(off, whence as i32);
    let p = r.map_err(|e| io_fail(vm, e))?;
    if let Some(t) = &f.text {
        t.borrow_mut().at_start = p == 0;
    }
    Ok(Value::Int(p as i64))
}

fn tell(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    if !f.core.borrow_mut().is_seekable() {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let r = f.core.borrow_mut().tell();
    let p = r.map_err(|e| io_fail(vm, e))?;
    Ok(Value::Int(p as i64))
}

fn truncate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    check_open(vm, f)?;
    if !f.core.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    binary::truncate(vm, args)
}

/// `<_io.TextIOWrapper name='x' mode='r' encoding='utf-8'>`.
fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    let mut out = String::from("<_io.TextIOWrapper");
    let name = f.name.borrow().clone();
    let n = ops::repr(vm, &name)?;
    out.push_str(&format!(
        " name={}",
        ops::repr::text_of(&n).unwrap_or_default()
    ));
    let mode_name = vm.intern("mode");
    if let Ok(Some(m)) = ops::getattr_opt(vm, v, &mode_name) {
        let r = ops::repr(vm, &m)?;
        out.push_str(&format!(
            " mode={}",
            ops::repr::text_of(&r).unwrap_or_default()
        ));
    }
    let enc = state(f).encoding.clone();
    let e = vm.new_str(&enc);
    let e = ops::repr(vm, &e)?;
    out.push_str(&format!(
        " encoding={}>",
        ops::repr::text_of(&e).unwrap_or_default()
    ));
    Ok(vm.new_str(&out))
}

fn text_get<T>(vm: &mut Vm, v: &Value, pick: impl FnOnce(&TextState) -> T) -> PyResult<T> {
    match super::file_of(v).and_then(|f| f.text.as_ref()) {
        Some(t) => Ok(pick(&t.borrow())),
        None => Err(vm.type_error("descriptor requires a TextIOWrapper")),
    }
}

fn encoding_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = text_get(vm, v, |t| t.encoding.clone())?;
    Ok(vm.new_str(&s))
}

fn errors_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = text_get(vm, v, |t| t.errors.clone())?;
    Ok(vm.new_str(&s))
}

fn line_buffering_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(text_get(vm, v, |t| t.line_buffering)?))
}

fn write_through_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(text_get(vm, v, |t| t.write_through)?))
}

/// `.newlines`: the terminators read so far (None, one str, or a tuple).
fn newlines_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (seen, universal) = text_get(vm, v, |t| {
        (t.seen, matches!(t.newline.as_deref(), None | Some("")))
    })?;
    if !universal {
        return Ok(Value::None);
    }
    let names: Vec<&str> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(b, _)| seen & b != 0)
        .map(|(_, s)| *s)
        .collect();
    Ok(match names.len() {
        0 => Value::None,
        1 => vm.new_str(names[0]),
        _ => {
            let items = names.iter().map(|s| vm.new_str(s)).collect();
            vm.new_tuple(items)
        }
    })
}

fn buffer_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match super::file_of(v) {
        Some(f) => Ok(f.inner.borrow().clone()),
        None => Err(vm.type_error("buffer needs a file object")),
    }
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`.
fn reconfigure(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let Some(t) = &f.text else {
        return Ok(Value::None);
    };
    let r = f.core.borrow_mut().flush();
    r.map_err(|e| io_fail(vm, e))?;
    for (k, v) in args.kwargs() {
        let key = ops::repr::text_of(k).unwrap_or_default();
        match key.as_str() {
            "encoding" | "errors" | "newline" => {
                if v.is_none() {
                    continue;
                }
                let Some(s) = ops::repr::text_of(v) else {
                    let tn = ops::type_name(vm, v);
                    return Err(vm.type_error(format!(
                        "reconfigure() argument '{key}' must be str or None, not {tn}"
                    )));
                };
                let mut st = t.borrow_mut();
                match key.as_str() {
                    "encoding" => {
                        let Some(c) = Codec::lookup(&s) else {
                            drop(st);
                            return Err(vm.new_error(
                                &vm.types.exc.lookup_error.clone(),
                                format!("unknown encoding: {s}"),
                            ));
                        };
                        st.codec = c;
                        st.encoding = s;
                    }
                    "errors" => st.errors = s,
                    _ => {
                        if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                            drop(st);
                            return Err(vm.value_error(format!("illegal newline value: {s}")));
                        }
                        st.newline = Some(s);
                    }
                }
            }
            "line_buffering" | "write_through" => {
                if v.is_none() {
                    continue;
                }
                let b = ops::is_true(vm, v)?;
                let mut st = t.borrow_mut();
                if key == "line_buffering" {
                    st.line_buffering = b;
                } else {
                    st.write_through = b;
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for reconfigure()"
                )));
            }
        }
    }
    Ok(Value::None)
}

static TEXT_METHODS: &[MethodDef] = &[
    MethodDef::method("write", write),
    MethodDef::method("read", read),
    MethodDef::method("readline", readline),
    MethodDef::method("seek", seek),
    MethodDef::method("tell", tell),
    MethodDef::method("truncate", truncate),
    MethodDef::method("reconfigure", reconfigure),
    MethodDef::method("detach", binary::detach),
    MethodDef::slot("__repr__", repr),
];

static TEXT_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "encoding",
        get: encoding_get,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "errors",
        get: errors_get,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "line_buffering",
        get: line_buffering_get,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "write_through",
        get: write_through_get,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "newlines",
        get: newlines_get,
        set: None,
        doc: None,
    },
    GetSetDef {
        name: "buffer",
        get: buffer_get,
        set: None,
        doc: None,
    },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.text_io_wrapper.clone();
    add_methods(vm, &t, &COMMON_FOR_TEXT);
    add_methods(vm, &t, TEXT_METHODS);
    add_getsets(vm, &t, binary::CLOSED_NAME);
    add_getsets(vm, &t, TEXT_GETSETS);
}

static COMMON_FOR_TEXT: [MethodDef; 13] = [
    MethodDef::method("close", binary::close),
    MethodDef::method("flush", binary::flush),
    MethodDef::method("fileno", binary::fileno),
    MethodDef::method("isatty", binary::isatty),
    MethodDef::method("readable", binary::readable),
    MethodDef::method("writable", binary::writable),
    MethodDef::method("seekable", binary::seekable),
    MethodDef::method("__enter__", binary::enter),
    MethodDef::method("__exit__", binary::exit),
    MethodDef::slot("__iter__", binary::iter),
    MethodDef::slot("__next__", binary::next),
    MethodDef::method("readlines", binary::readlines),
    MethodDef::method("writelines", binary::writelines),
];
