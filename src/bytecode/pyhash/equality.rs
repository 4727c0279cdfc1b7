//! Python's `==` between constants (numbers equal across bool, int, float and complex, NaN equal
//! to nothing, frozensets as sets, code objects by value), and the equality of CPython's
//! constant keys (`_PyCode_ConstantKey`: types distinct, floats by their bits, frozensets as
//! sets, code objects by value), which `code.__eq__` applies to the constants of two code
//! objects.

use std::borrow::Cow;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::{Budget, OverBudget};
use crate::bytecode::code::{CodeObject, Constant};

/// A number as Python compares it across bool, int, float and complex.
enum Num<'a> {
    Int(Cow<'a, BigInt>),
    Float(f64),
    Complex(f64, f64),
}

impl<'a> Num<'a> {
    fn of(c: &'a Constant) -> Option<Num<'a>> {
        Some(match c {
            Constant::Bool(b) => Num::Int(Cow::Owned(BigInt::from(u8::from(*b)))),
            Constant::Int(i) => Num::Int(Cow::Borrowed(i)),
            Constant::Float(f) => Num::Float(*f),
            Constant::Complex { re, im } => Num::Complex(*re, *im),
            _ => return None,
        })
    }

    fn eq(&self, other: &Num<'_>) -> bool {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Complex(re, im), x) | (x, Num::Complex(re, im)) => match x {
                Num::Complex(re2, im2) => re == re2 && im == im2,
                Num::Float(f) => *im == 0.0 && re == f,
                Num::Int(i) => *im == 0.0 && int_eq_float(i, *re),
            },
        }
    }
}

/// Exact comparison of an int with a float (as `float_richcompare` makes it): an integral
/// finite double converts to an int exactly.
fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|v| &v == i)
}

/// An equality, each comparison counted against a budget.
type EqWithin = fn(&Constant, &Constant, &mut Budget) -> Result<bool, OverBudget>;

/// How two collections are compared.
#[derive(Clone, Copy)]
enum Compare {
    /// Item by item, in order.
    Items,
    /// As sets: every element of one equal to some element of the other.
    Elements,
}

/// Whether two collections of the same kind are equal, by `eq` on their items.
fn same(
    x: &[Constant],
    y: &[Constant],
    how: Compare,
    budget: &mut Budget,
    eq: EqWithin,
) -> Result<bool, OverBudget> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (i, p) in x.iter().enumerate() {
        let found = match how {
            Compare::Items => eq(p, &y[i], budget)?,
            Compare::Elements => {
                let mut found = false;
                for q in y {
                    if eq(p, q, budget)? {
                        found = true;
                        break;
                    }
                }
                found
            }
        };
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Python's `a == b` between two hashable constants, each comparison counted against `budget`.
pub fn py_eq_within(a: &Constant, b: &Constant, budget: &mut Budget) -> Result<bool, OverBudget> {
    budget.spend()?;
    use Constant::*;
    Ok(match (a, b) {
        (None, None) | (Ellipsis, Ellipsis) | (StopIteration, StopIteration) => true,
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            Arc::ptr_eq(x, y) || same(x, y, Compare::Items, budget, py_eq_within)?
        }
        (FrozenSet(x), FrozenSet(y)) => {
            Arc::ptr_eq(x, y) || same(x, y, Compare::Elements, budget, py_eq_within)?
        }
        (Code(x), Code(y)) => Arc::ptr_eq(x, y) || code_eq_within(x, y, budget)?,
        _ => match (Num::of(a), Num::of(b)) {
            (Some(x), Some(y)) => x.eq(&y),
            _ => false,
        },
    })
}

/// Python's `a == b` between two hashable constants.
pub fn py_eq(a: &Constant, b: &Constant) -> bool {
    py_eq_within(a, b, &mut Budget::unlimited()).unwrap_or(false)
}

/// `code.__eq__` (`code_richcompare`): name, argument counts, flags, first line, instructions,
/// constants (as constant keys), names, local names and the location and exception tables; not
/// the qualified name nor the stack size.
fn code_eq_within(a: &CodeObject, b: &CodeObject, budget: &mut Budget) -> Result<bool, OverBudget> {
    Ok(a.name == b.name
        && a.argcount == b.argcount
        && a.posonlyargcount == b.posonlyargcount
        && a.kwonlyargcount == b.kwonlyargcount
        && a.flags == b.flags
        && a.firstlineno == b.firstlineno
        && a.code == b.code
        && a.names == b.names
        && a.localsplusnames == b.localsplusnames
        && a.linetable == b.linetable
        && a.exceptiontable == b.exceptiontable
        && same(
            &a.consts,
            &b.consts,
            Compare::Items,
            budget,
            const_key_eq_within,
        )?)
}

/// `code.__eq__`.
pub fn code_eq(a: &CodeObject, b: &CodeObject) -> bool {
    code_eq_within(a, b, &mut Budget::unlimited()).unwrap_or(false)
}

/// Equality of constant keys, each comparison counted against `budget`.
fn const_key_eq_within(
    a: &Constant,
    b: &Constant,
    budget: &mut Budget,
) -> Result<bool, OverBudget> {
    budget.spend()?;
    use Constant::*;
    Ok(match (a, b) {
        (Tuple(x), Tuple(y)) | (List(x), List(y)) | (Set(x), Set(y)) => {
            Arc::ptr_eq(x, y) || same(x, y, Compare::Items, budget, const_key_eq_within)?
        }
        (FrozenSet(x), FrozenSet(y)) => {
            Arc::ptr_eq(x, y) || same(x, y, Compare::Elements, budget, const_key_eq_within)?
        }
        (Dict(x), Dict(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for ((k1, v1), (k2, v2)) in x.iter().zip(y.iter()) {
                if !const_key_eq_within(k1, k2, budget)? || !const_key_eq_within(v1, v2, budget)? {
                    return Ok(false);
                }
            }
            true
        }
        (Code(x), Code(y)) => Arc::ptr_eq(x, y) || code_eq_within(x, y, budget)?,
        _ => a == b,
    })
}

/// Whether two constants are the same constant key: values of one type and equal (floats and
/// complex numbers by their bits), frozensets as sets, code objects by value.
pub fn const_key_eq(a: &Constant, b: &Constant) -> bool {
    const_key_eq_within(a, b, &mut Budget::unlimited()).unwrap_or(false)
}
