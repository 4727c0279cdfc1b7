//! `_sre`, the native half of `re`: packs a compiled program into bytes and runs it over a str
//! or a bytes-like subject (one match, or the loops of findall, split and sub done natively).
//! The pattern syntax is parsed and compiled by the `re` package (`lib/re/`).

pub mod engine;

use engine::{Matcher, Unit};

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::bytes_type::{self, BufRef};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::str::{PyString, StrBuilder, StrData};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("pack", pack),
    MethodDef::function("match", match_),
    MethodDef::function("scan", scan),
    MethodDef::function("findall", findall),
    MethodDef::function("split", split),
    MethodDef::function("sub", sub),
    MethodDef::function("lookup", lookup),
];

/// The `_sre` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_sre", FUNCTIONS);
    super::set_attr(vm, &m, "MAXREPEAT", Value::Int(i64::from(u32::MAX)));
    super::set_attr(vm, &m, "MAXGROUPS", Value::Int(i64::from(i32::MAX / 2)));
    Ok(m)
}

fn arg<'a>(vm: &Vm, args: &'a CallArgs, i: usize, name: &str) -> PyResult<&'a Value> {
    args.pos().get(i).ok_or_else(|| vm.type_error(format!("_sre.{name}() missing argument {}", i + 1)))
}

fn int_arg(vm: &Vm, args: &CallArgs, i: usize, name: &str) -> PyResult<i64> {
    match arg(vm, args, i, name)? {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => Err(vm.type_error(format!("_sre.{name}() argument {} must be int", i + 1))),
    }
}

/// The program made by `pack` (its words little-endian).
fn code_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v.payload() {
        Some(Payload::Bytes(b)) if b.len() % 4 == 0 && b.len() >= 16 => {
            let word = |i: usize| u32::from_le_bytes([b[i * 4], b[i * 4 + 1], b[i * 4 + 2], b[i * 4 + 3]]) as usize;
            let (nslots, ngroups) = (word(0), word(1));
            if nslots > b.len() / 4 + 1 || nslots < 2 * ngroups + 1 {
                return Err(vm.type_error("_sre: bad compiled program"));
            }
            Ok(b)
        }
        _ => Err(vm.type_error("_sre: bad compiled program")),
    }
}

/// `_sre.pack(words)`: the list of ints of a compiled program as bytes.
fn pack(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "pack")?.clone();
    let items: Vec<Value> = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return Err(vm.type_error("_sre.pack() needs a list")),
    };
    let mut out = Vec::with_capacity(items.len() * 4);
    for item in items {
        match item {
            Value::Int(n) if (0..=i64::from(u32::MAX)).contains(&n) => out.extend_from_slice(&(n as u32).to_le_bytes()),
            _ => return Err(vm.value_error("_sre.pack(): word out of range")),
        }
    }
    Ok(bytes_type::new_bytes(vm, out))
}

/// `_sre.lookup(name)`: the code point of a Unicode character name (KeyError if none).
fn lookup(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "lookup")?.clone();
    let name = ops::repr::text_of(&v).unwrap_or_default();
    match crate::runtime::unicode::names::lookup(name.as_bytes(), false) {
        Some(crate::runtime::unicode::names::Named::Char(c)) => Ok(Value::Int(i64::from(c))),
        _ => Err(vm.new_error(&vm.types.exc.key_error.clone(), name)),
    }
}

/// The subject of a match: a str or the bytes of a bytes-like object.
enum Subject<'a> {
    Str(&'a PyString),
    Bytes(BufRef<'a>),
}

fn subject<'a>(vm: &Vm, v: &'a Value) -> PyResult<Subject<'a>> {
    if let Some(Payload::Str(s)) = v.payload() {
        return Ok(Subject::Str(s));
    }
    match bytes_type::buffer(vm, v)? {
        Some(b) => Ok(Subject::Bytes(b)),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
        }
    }
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Str(s) => s.len(),
            Subject::Bytes(b) => b.len(),
        }
    }

    fn slice(&self, vm: &Vm, s: usize, e: usize) -> Value {
        match self {
            Subject::Str(p) => vm.str_value(p.slice(s, e)),
            Subject::Bytes(b) => bytes_type::new_bytes(vm, b.get(s..e.max(s)).unwrap_or_default().to_vec()),
        }
    }

    fn empty(&self, vm: &Vm) -> Value {
        self.slice(vm, 0, 0)
    }
}

/// Runs `$body` with `$t` bound to the subject's code units (cut at `$end`).
macro_rules! with_units {
    ($subj:expr, $end:expr, $t:ident => $body:expr) => {
        match $subj {
            Subject::Str(s) => match s.data() {
                StrData::Latin1(u) => {
                    let $t = &u[..$end];
                    $body
                }
                StrData::Ucs2(u) => {
                    let $t = &u[..$end];
                    $body
                }
                StrData::Ucs4(u) => {
                    let $t = &u[..$end];
                    $body
                }
            },
            Subject::Bytes(b) => {
                let $t: &[u8] = &b[..$end];
                $body
            }
        }
    };
}

/// Clamps pos and endpos to the subject as CPython's `state_init` does; None when endpos is
/// before pos (nothing can match).
fn clamp_bounds(len: usize, pos: i64, endpos: i64) -> Option<(usize, usize)> {
    let len_i = len as i64;
    let pos = pos.clamp(0, len_i) as usize;
    let end = endpos.clamp(0, len_i) as usize;
    if end < pos { None } else { Some((pos, end)) }
}

fn span_ints(m: &Matcher<'_, impl Unit>) -> Vec<Value> {
    let ng = m.ngroups();
    let mut out = Vec::with_capacity(3 + 2 * ng);
    out.push(Value::Int(m.start as i64));
    out.push(Value::Int(m.end as i64));
    out.push(m.lastindex().map_or(Value::Int(-1), |i| Value::Int(i as i64)));
    for g in 1..=ng {
        match m.group(g) {
            Some((s, e)) => {
                out.push(Value::Int(s as i64));
                out.push(Value::Int(e as i64));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    out
}

/// What builds Match objects natively: their class and the `__slots__` cells of its fields
/// (`re`, `string`, `pos`, `endpos`, `_spans`), found by name in the class.
struct MatchMaker {
    cls: TypeRef,
    cells: [usize; 5],
}

impl MatchMaker {
    fn new(vm: &Vm, cls: &Value) -> PyResult<MatchMaker> {
        let bad = || vm.type_error("_sre: bad Match class");
        let cls = cls.as_obj().cloned().and_then(TypeRef::from_obj).ok_or_else(bad)?;
        let mut cells = [0; 5];
        for (k, name) in ["re", "string", "pos", "endpos", "_spans"].iter().enumerate() {
            match cls.lookup(vm, &vm.intern(name)).as_ref().and_then(|v| v.payload()) {
                Some(Payload::Member { index, .. }) => cells[k] = *index,
                _ => return Err(bad()),
            }
        }
        Ok(MatchMaker { cls, cells })
    }

    fn make(&self, fields: [Value; 5]) -> Value {
        let o = Object::with_slots_rc(self.cls.clone(), Payload::Instance, self.cls.nslots.get());
        for (k, v) in fields.into_iter().enumerate() {
            if let Some(cell) = o.slots.get(self.cells[k]) {
                *cell.borrow_mut() = v;
            }
        }
        Value::Obj(o)
    }
}

/// `_sre.match(code, string, pos, endpos, mode, Match, pattern[, at, must_advance])`: None, or
/// a Match whose `_spans` is the tuple `(start, end, lastindex, start1, end1, ...)` (-1 for
/// what is unset); the attempt starts at `at` (default pos), and refuses an empty match there
/// when `must_advance`.
fn match_(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cv = arg(vm, &args, 0, "match")?.clone();
    let code = code_of(vm, &cv)?;
    let sv = arg(vm, &args, 1, "match")?.clone();
    let pos = int_arg(vm, &args, 2, "match")?;
    let endpos = int_arg(vm, &args, 3, "match")?;
    let mode = int_arg(vm, &args, 4, "match")? as u8;
    let maker = MatchMaker::new(vm, arg(vm, &args, 5, "match")?)?;
    let pattern = arg(vm, &args, 6, "match")?.clone();
    let at = if args.pos().len() > 7 { int_arg(vm, &args, 7, "match")? } else { pos };
    let adv = args.pos().len() > 8 && int_arg(vm, &args, 8, "match")? != 0;
    let subj = subject(vm, &sv)?;
    let Some((pos, end)) = clamp_bounds(subj.len(), pos, endpos) else { return Ok(Value::None) };
    let at = usize::try_from(at).unwrap_or(0).max(pos);
    if at > end {
        return Ok(Value::None);
    }
    let found = with_units!(&subj, end, t => {
        let mut m = Matcher::new(code, t);
        if m.search(at, mode, adv) { Some(span_ints(&m)) } else { None }
    });
    drop(subj);
    Ok(match found {
        Some(items) => {
            let spans = vm.new_tuple(items);
            maker.make([pattern, sv, Value::Int(pos as i64), Value::Int(end as i64), spans])
        }
        None => Value::None,
    })
}

/// `_sre.scan(code, string, pos, at, endpos, must_advance, limit, Match, pattern)`: up to
/// `limit` successive Matches from `at` (finditer's batches; their `pos` is `pos`).
fn scan(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cv = arg(vm, &args, 0, "scan")?.clone();
    let code = code_of(vm, &cv)?;
    let sv = arg(vm, &args, 1, "scan")?.clone();
    let pos = int_arg(vm, &args, 2, "scan")?;
    let at = int_arg(vm, &args, 3, "scan")?;
    let endpos = int_arg(vm, &args, 4, "scan")?;
    let adv = int_arg(vm, &args, 5, "scan")? != 0;
    let limit = usize::try_from(int_arg(vm, &args, 6, "scan")?).unwrap_or(0);
    let maker = MatchMaker::new(vm, arg(vm, &args, 7, "scan")?)?;
    let pattern = arg(vm, &args, 8, "scan")?.clone();
    let subj = subject(vm, &sv)?;
    let Some((at, end)) = clamp_bounds(subj.len(), at, endpos) else { return Ok(vm.new_list(vec![])) };
    let mut found = Vec::new();
    with_units!(&subj, end, t => {
        let mut m = Matcher::new(code, t);
        let mut at = at;
        let mut adv = adv;
        while found.len() < limit && at <= t.len() && m.search(at, 2, adv) {
            let spans = vm.new_tuple(span_ints(&m));
            found.push(maker.make([pattern.clone(), sv.clone(), Value::Int(pos), Value::Int(end as i64), spans]));
            adv = m.end == m.start;
            at = m.end;
        }
    });
    drop(subj);
    Ok(vm.new_list(found))
}

/// A group's text, or `default` when it did not take part.
fn group_value(vm: &Vm, subj: &Subject, span: Option<(usize, usize)>, default: &Value) -> Value {
    match span {
        Some((s, e)) => subj.slice(vm, s, e),
        None => default.clone(),
    }
}

/// Every match from `pos`, with the rules of 3.7 for empty matches; `f` sees each.
fn each_match<T: Unit>(
    code: &[u8],
    text: &[T],
    pos: usize,
    limit: usize,
    mut f: impl FnMut(&Matcher<'_, T>),
) {
    let mut m = Matcher::new(code, text);
    let mut at = pos;
    let mut adv = false;
    let mut n = 0;
    while at <= text.len() && (limit == 0 || n < limit) {
        if !m.search(at, 2, adv) {
            break;
        }
        f(&m);
        n += 1;
        adv = m.end == m.start;
        at = m.end;
    }
}

/// `_sre.findall(code, string, pos, endpos)`.
fn findall(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cv = arg(vm, &args, 0, "findall")?.clone();
    let code = code_of(vm, &cv)?;
    let sv = arg(vm, &args, 1, "findall")?.clone();
    let pos = int_arg(vm, &args, 2, "findall")?;
    let endpos = int_arg(vm, &args, 3, "findall")?;
    let subj = subject(vm, &sv)?;
    let Some((pos, end)) = clamp_bounds(subj.len(), pos, endpos) else { return Ok(vm.new_list(vec![])) };
    let empty = subj.empty(vm);
    let mut out = Vec::new();
    with_units!(&subj, end, t => each_match(code, t, pos, 0, |m| {
        let ng = m.ngroups();
        let item = match ng {
            0 => subj.slice(vm, m.start, m.end),
            1 => group_value(vm, &subj, m.group(1), &empty),
            _ => {
                let items = (1..=ng).map(|g| group_value(vm, &subj, m.group(g), &empty)).collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
    }));
    Ok(vm.new_list(out))
}

/// `_sre.split(code, string, maxsplit)`.
fn split(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cv = arg(vm, &args, 0, "split")?.clone();
    let code = code_of(vm, &cv)?;
    let sv = arg(vm, &args, 1, "split")?.clone();
    let maxsplit = int_arg(vm, &args, 2, "split")?;
    let subj = subject(vm, &sv)?;
    let n = subj.len();
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(subj.slice(vm, 0, n));
        return Ok(vm.new_list(out));
    }
    let mut last = 0;
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    with_units!(&subj, n, t => each_match(code, t, 0, limit, |m| {
        out.push(subj.slice(vm, last, m.start));
        for g in 1..=m.ngroups() {
            out.push(group_value(vm, &subj, m.group(g), &Value::None));
        }
        last = m.end;
    }));
    out.push(subj.slice(vm, last, n));
    Ok(vm.new_list(out))
}

/// A piece of a replacement template: literal text or a group's number.
enum Piece {
    Text(Value),
    Group(usize),
}

/// `_sre.sub(code, string, template, count)`: `(result, number of substitutions)`; the
/// template is a list of literal strs (or bytes) and group numbers.
fn sub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cv = arg(vm, &args, 0, "sub")?.clone();
    let code = code_of(vm, &cv)?;
    let sv = arg(vm, &args, 1, "sub")?.clone();
    let tv = arg(vm, &args, 2, "sub")?.clone();
    let count = int_arg(vm, &args, 3, "sub")?;
    let mut pieces = Vec::new();
    if let Some(Payload::List(l)) = tv.payload() {
        for item in l.borrow().iter() {
            match item {
                Value::Int(g) => pieces.push(Piece::Group(usize::try_from(*g).unwrap_or(0))),
                v => pieces.push(Piece::Text(v.clone())),
            }
        }
    }
    let subj = subject(vm, &sv)?;
    let n = subj.len();
    let limit = usize::try_from(count).unwrap_or(0);
    let mut subs = 0usize;
    let result = match &subj {
        Subject::Str(src) => {
            let mut b = StrBuilder::with_capacity(n);
            let mut last = 0;
            with_units!(&subj, n, t => each_match(code, t, 0, limit, |m| {
                b.push_slice(src, last, m.start);
                for p in &pieces {
                    match p {
                        Piece::Text(Value::Obj(o)) => {
                            if let Payload::Str(s) = &o.payload {
                                b.push_pystr(s);
                            }
                        }
                        Piece::Text(_) => {}
                        Piece::Group(g) => {
                            if let Some((s, e)) = m.group(*g) {
                                b.push_slice(src, s, e);
                            }
                        }
                    }
                }
                last = m.end;
                subs += 1;
            }));
            b.push_slice(src, last, n);
            vm.str_value(b.finish())
        }
        Subject::Bytes(src) => {
            let mut out: Vec<u8> = Vec::with_capacity(n);
            let mut last = 0;
            let texts: Vec<Option<Vec<u8>>> = pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(v) => Some(bytes_type::buffer(vm, v).ok().flatten().map(|b| b.to_vec()).unwrap_or_default()),
                    Piece::Group(_) => None,
                })
                .collect();
            let t: &[u8] = src;
            each_match(code, t, 0, limit, |m| {
                out.extend_from_slice(&t[last..m.start]);
                for (p, txt) in pieces.iter().zip(&texts) {
                    match (p, txt) {
                        (_, Some(bytes)) => out.extend_from_slice(bytes),
                        (Piece::Group(g), None) => {
                            if let Some((s, e)) = m.group(*g) {
                                out.extend_from_slice(&t[s..e]);
                            }
                        }
                        _ => {}
                    }
                }
                last = m.end;
                subs += 1;
            });
            out.extend_from_slice(&t[last..]);
            bytes_type::new_bytes(vm, out)
        }
    };
    drop(subj);
    Ok(vm.new_tuple(vec![result, Value::Int(subs as i64)]))
}
