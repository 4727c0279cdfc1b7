//! Splitting and joining str: `split`, `rsplit` (on a separator or on runs of whitespace,
//! with `maxsplit`), `splitlines`, `join`, and the `strip` family. A piece that is the whole
//! exact str is the str itself, as in CPython.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::str::search::{self, Unit};
use crate::runtime::objects::str::{PyString, StrBuilder, StrData};
use crate::runtime::ops;
use crate::runtime::unicode;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::args;
use super::{is_exact, unchanged};

#[inline]
fn space<T: Unit>(c: T) -> bool {
    unicode::is_space(c.into())
}

/// The pieces of a whitespace split, left to right, at most `maxcount` splits.
fn split_ws<T: Unit>(u: &[T], maxcount: usize) -> Vec<(usize, usize)> {
    let n = u.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = maxcount;
    while left > 0 {
        left -= 1;
        while i < n && space(u[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !space(u[i]) {
            i += 1;
        }
        out.push((j, i));
    }
    if i < n {
        while i < n && space(u[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

/// The pieces of a whitespace split from the right (returned left to right).
fn rsplit_ws<T: Unit>(u: &[T], maxcount: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = u.len() as isize - 1;
    let mut left = maxcount;
    while left > 0 {
        left -= 1;
        while i >= 0 && space(u[i as usize]) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !space(u[i as usize]) {
            i -= 1;
        }
        out.push(((i + 1) as usize, (j + 1) as usize));
    }
    if i >= 0 {
        while i >= 0 && space(u[i as usize]) {
            i -= 1;
        }
        if i >= 0 {
            out.push((0, (i + 1) as usize));
        }
    }
    out.reverse();
    out
}

/// A list of the pieces of `s`; the exact str itself when one piece covers it.
fn pieces_list(vm: &Vm, this: &Value, s: &PyString, pieces: &[(usize, usize)]) -> Value {
    let whole = is_exact(this);
    let items = pieces
        .iter()
        .map(|&(a, b)| if whole && a == 0 && b == s.len() { this.clone() } else { vm.str_value(s.slice(a, b)) })
        .collect();
    vm.new_list(items)
}

/// The separator argument of split and rsplit: None for whitespace.
fn sep_arg<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<Option<&'a PyString>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) if s.is_empty() => Err(vm.value_error("empty separator")),
            Some(Payload::Str(s)) => Ok(Some(s)),
            _ => {
                let t = ops::type_name(vm, v);
                Err(vm.type_error(format!("must be str or None, not {t}")))
            }
        },
    }
}

fn maxsplit_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let m = args::ssize(vm, v)?;
            Ok(if m < 0 { usize::MAX } else { m as usize })
        }
    }
}

/// `str.split(sep=None, maxsplit=-1)`.
pub fn split(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, [sep, maxsplit]) = args::keywords(vm, &a, "split", ["sep", "maxsplit"])?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let s = r.s;
    let pieces = match sep {
        None => match s.data() {
            StrData::Latin1(u) => split_ws(u, max),
            StrData::Ucs2(u) => split_ws(u, max),
            StrData::Ucs4(u) => split_ws(u, max),
        },
        Some(sep) => {
            let hits = search::find_all(s, sep, 0, s.len(), max);
            let mut out = Vec::with_capacity(hits.len() + 1);
            let mut i = 0;
            for h in hits {
                out.push((i, h));
                i = h + sep.len();
            }
            out.push((i, s.len()));
            out
        }
    };
    Ok(pieces_list(vm, r.this, s, &pieces))
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub fn rsplit(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, [sep, maxsplit]) = args::keywords(vm, &a, "rsplit", ["sep", "maxsplit"])?;
    let sep = sep_arg(vm, sep)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let s = r.s;
    let pieces = match sep {
        None => match s.data() {
            StrData::Latin1(u) => rsplit_ws(u, max),
            StrData::Ucs2(u) => rsplit_ws(u, max),
            StrData::Ucs4(u) => rsplit_ws(u, max),
        },
        Some(sep) => {
            let hits = search::rfind_all(s, sep, max);
            let mut out = Vec::with_capacity(hits.len() + 1);
            let mut end = s.len();
            for h in hits {
                out.push((h + sep.len(), end));
                end = h;
            }
            out.push((0, end));
            out.reverse();
            out
        }
    };
    Ok(pieces_list(vm, r.this, s, &pieces))
}

fn lines<T: Unit>(u: &[T], keepends: bool) -> Vec<(usize, usize)> {
    let n = u.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && !unicode::is_linebreak(u[i].into()) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if u[i].into() == 0x0D && i + 1 < n && u[i + 1].into() == 0x0A {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((j, eol));
        j = i;
    }
    out
}

/// `str.splitlines(keepends=False)`.
pub fn splitlines(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, [keepends]) = args::keywords(vm, &a, "splitlines", ["keepends"])?;
    let keepends = match keepends {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    let pieces = match r.s.data() {
        StrData::Latin1(u) => lines(u, keepends),
        StrData::Ucs2(u) => lines(u, keepends),
        StrData::Ucs4(u) => lines(u, keepends),
    };
    Ok(pieces_list(vm, r.this, r.s, &pieces))
}

/// The items of an iterable for join (a list or tuple directly).
pub fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = iterable {
        match &o.payload {
            Payload::List(l) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = match ops::iter(vm, iterable) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        items.push(x);
    }
    Ok(items)
}

/// `sep.join(items)` of str values (checked): the builder of str's `join`.
pub fn join_values(vm: &Vm, sep: &PyString, items: &[Value]) -> PyResult<PyString> {
    let mut total = 0;
    for (i, item) in items.iter().enumerate() {
        match item.payload() {
            Some(Payload::Str(s)) => total += s.len(),
            _ => {
                let t = ops::type_name(vm, item);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    total += sep.len() * items.len().saturating_sub(1);
    let mut out = StrBuilder::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_pystr(sep);
        }
        if let Some(Payload::Str(s)) = item.payload() {
            out.push_pystr(s);
        }
    }
    Ok(out.finish())
}

/// `str.join(iterable)`.
pub fn join(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (r, iterable) = args::one(vm, &a, "join")?;
    let items = join_items(vm, iterable)?;
    if items.is_empty() {
        return Ok(vm.new_str(""));
    }
    if items.len() == 1 && is_exact(&items[0]) {
        return Ok(items[0].clone());
    }
    let s = join_values(vm, r.s, &items)?;
    Ok(vm.str_value(s))
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_bounds<T: Unit>(u: &[T], side: Side, keep: &dyn Fn(u32) -> bool) -> (usize, usize) {
    let mut i = 0;
    let mut j = u.len();
    if side != Side::Right {
        while i < j && !keep(u[i].into()) {
            i += 1;
        }
    }
    if side != Side::Left {
        while j > i && !keep(u[j - 1].into()) {
            j -= 1;
        }
    }
    (i, j)
}

fn do_strip(vm: &mut Vm, a: CallArgs, name: &str, side: Side) -> PyResult<Value> {
    let r = args::clinic(vm, &a, name, 0, 1)?;
    let s = r.s;
    let chars = match r.rest.first() {
        None | Some(Value::None) => None,
        Some(v) => match v.payload() {
            Some(Payload::Str(c)) => Some(c),
            _ => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let (i, j) = match chars {
        None => {
            let keep = |c: u32| !unicode::is_space(c);
            match s.data() {
                StrData::Latin1(u) => strip_bounds(u, side, &keep),
                StrData::Ucs2(u) => strip_bounds(u, side, &keep),
                StrData::Ucs4(u) => strip_bounds(u, side, &keep),
            }
        }
        Some(chars) => {
            let set: Vec<u32> = chars.chars().collect();
            let keep = |c: u32| !set.contains(&c);
            match s.data() {
                StrData::Latin1(u) => strip_bounds(u, side, &keep),
                StrData::Ucs2(u) => strip_bounds(u, side, &keep),
                StrData::Ucs4(u) => strip_bounds(u, side, &keep),
            }
        }
    };
    if i == 0 && j == s.len() {
        return Ok(unchanged(vm, r.this));
    }
    Ok(vm.str_value(s.slice(i, j)))
}

pub fn strip(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    do_strip(vm, a, "strip", Side::Both)
}

pub fn lstrip(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    do_strip(vm, a, "lstrip", Side::Left)
}

pub fn rstrip(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    do_strip(vm, a, "rstrip", Side::Right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_splits() {
        let u = b"  a b  c  ";
        assert_eq!(split_ws(u, usize::MAX), vec![(2, 3), (4, 5), (7, 8)]);
        assert_eq!(split_ws(u, 1), vec![(2, 3), (4, 10)]);
        assert_eq!(rsplit_ws(u, 1), vec![(0, 5), (7, 8)]);
        assert_eq!(split_ws(b"   ", usize::MAX), vec![]);
        assert_eq!(lines(b"a\r\nb\rc\n", false), vec![(0, 1), (3, 4), (5, 6)]);
        assert_eq!(lines(b"a\r\nb", true), vec![(0, 3), (3, 4)]);
    }
}
