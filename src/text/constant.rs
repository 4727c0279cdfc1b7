//! repr() of the values a code object can hold (its constants, and what marshal can carry):
//! None, bools, Ellipsis, numbers, str, bytes, tuples, frozensets, lists, sets, dicts and code
//! objects, as CPython 3.12 prints them.

use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::pyhash::{ZERO_KEY, hash_constant, set_order};

use super::numbers::{complex_repr, float_repr, int_repr};
use super::strings::{bytes_repr, str_repr};

/// `repr(code)`: `<code object NAME at 0xADDR, file "FILE", line N>`, with the object's address
/// in this process (line -1 when co_firstlineno is 0, as CPython prints).
pub fn code_repr(code: &CodeObject) -> String {
    let line = if code.firstlineno != 0 {
        code.firstlineno
    } else {
        -1
    };
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, code as *const CodeObject as usize, code.filename, line
    )
}

fn join<'a>(out: &mut String, items: impl IntoIterator<Item = &'a Constant>) {
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item);
    }
}

/// The elements of a set or frozenset in the order CPython iterates over a set built by adding
/// them in stored order, with str and bytes hashed under PYTHONHASHSEED=0. Elements are taken to
/// be distinct; when one is hashed by address in CPython (so that no order is reproducible),
/// they keep their stored order.
fn set_elements(items: &[Constant]) -> Vec<&Constant> {
    let hashes: Option<Vec<i64>> = items
        .iter()
        .map(|c| hash_constant(c, ZERO_KEY, None).value())
        .collect();
    match hashes {
        Some(h) => set_order(&h, |_, _| false)
            .into_iter()
            .map(|i| &items[i])
            .collect(),
        None => items.iter().collect(),
    }
}

fn write_repr(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::StopIteration => out.push_str("<class 'StopIteration'>"),
        Constant::Int(i) => out.push_str(&int_repr(i)),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { re, im } => out.push_str(&complex_repr(*re, *im)),
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Tuple(items) => {
            out.push('(');
            join(out, items.iter());
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::List(items) => {
            out.push('[');
            join(out, items.iter());
            out.push(']');
        }
        Constant::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Constant::FrozenSet(items) => {
            out.push_str("frozenset({");
            join(out, set_elements(items));
            out.push_str("})");
        }
        Constant::Set(items) if items.is_empty() => out.push_str("set()"),
        Constant::Set(items) => {
            out.push('{');
            join(out, set_elements(items));
            out.push('}');
        }
        Constant::Dict(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, k);
                out.push_str(": ");
                write_repr(out, v);
            }
            out.push('}');
        }
        Constant::Code(code) => out.push_str(&code_repr(code)),
    }
}

/// `repr(c)`. Sets and frozensets list their items in the order CPython iterates over a set
/// built by adding them in stored order, with strings hashed as under PYTHONHASHSEED=0.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    write_repr(&mut out, c);
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn containers() {
        let one = Constant::int(1);
        let two = Constant::int(2);
        let cases: Vec<(Constant, &str)> = vec![
            (Constant::None, "None"),
            (Constant::Bool(true), "True"),
            (Constant::Ellipsis, "Ellipsis"),
            (Constant::tuple(vec![]), "()"),
            (Constant::tuple(vec![one.clone()]), "(1,)"),
            (
                Constant::tuple(vec![one.clone(), Constant::str("a")]),
                "(1, 'a')",
            ),
            (Constant::tuple(vec![Constant::tuple(vec![])]), "((),)"),
            (Constant::FrozenSet(Arc::from(vec![])), "frozenset()"),
            (
                Constant::FrozenSet(Arc::from(vec![one.clone(), two.clone()])),
                "frozenset({1, 2})",
            ),
            (Constant::Set(Arc::from(vec![])), "set()"),
            (Constant::Set(Arc::from(vec![one.clone()])), "{1}"),
            (Constant::List(Arc::from(vec![])), "[]"),
            (Constant::Dict(Arc::from(vec![])), "{}"),
            (
                Constant::Dict(Arc::from(vec![(Constant::str("k"), Constant::Float(1.0))])),
                "{'k': 1.0}",
            ),
            (Constant::Bytes(Arc::from(&b"x"[..])), "b'x'"),
            (Constant::Complex { re: 0.0, im: 1.0 }, "1j"),
            (Constant::StopIteration, "<class 'StopIteration'>"),
        ];
        for (c, want) in cases {
            assert_eq!(constant_repr(&c), want);
        }
    }

    #[test]
    fn code_objects_show_their_address() {
        let code = Arc::new(CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 0,
            flags: 0,
            code: vec![],
            consts: vec![],
            names: vec![],
            localsplusnames: vec![],
            localspluskinds: vec![],
            filename: Arc::from("x.py"),
            name: Arc::from("f"),
            qualname: Arc::from("f"),
            firstlineno: 3,
            linetable: vec![],
            exceptiontable: vec![],
        });
        let addr = Arc::as_ptr(&code) as usize;
        let want = format!("<code object f at {addr:#x}, file \"x.py\", line 3>");
        assert_eq!(constant_repr(&Constant::Code(code.clone())), want);
        assert_eq!(code_repr(&code), want);
    }
}
