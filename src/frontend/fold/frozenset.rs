//! `frozenset(items)` with CPython 3.12's element order, from the hashes, equality and set table
//! of `bytecode::pyhash`: the order CPython stores in co_consts and marshals.
//!
//! CPython builds such a frozenset up to three times, and each build may reorder it:
//! 1. constant folding makes `frozenset(items)` (what this module's [`frozenset_order`] gives);
//! 2. the compiler's constant table (`merge_consts_recursive`) remakes every frozenset constant
//!    from its own iteration order. A code generator must do the same: apply
//!    [`frozenset_order`] again to each frozenset it adds to a constant table (the small code
//!    generator in tests/fold_cpython.rs does, and matches CPython's);
//! 3. creating the code object (`intern_constants`) remakes it once more, from the order of
//!    step 2, when interning replaced one of its strings by an equal string interned earlier:
//!    a string made only of name characters that is a name or constant of a code object created
//!    before (the code object's own names are interned first), or that the interpreter had
//!    interned at startup. In the standard library this happens to sets like
//!    `{'True', 'False', 'None'}`. Whoever builds code objects can emulate it by tracking
//!    interned strings; the strings CPython interns at startup are not reproducible exactly.
//!
//! The order is CPython's exactly when every element's hash is reproducible: ints, bools,
//! floats, complex numbers, None, and tuples of those; str and bytes hash as under
//! `PYTHONHASHSEED=0` (CPython's default random seed changes their order from run to run). An
//! Ellipsis or a NaN hashes by address in CPython, so a set holding one has no reproducible
//! order there either.

use crate::bytecode::code::Constant;
use crate::bytecode::pyhash::{StandIns, ZERO_KEY, hash_constant, py_eq, set_order};

/// The hashes folding gives what CPython hashes by address: a NaN and Ellipsis (unhashable
/// values and code objects never reach a set display).
const STAND_INS: StandIns = StandIns {
    nan: 0,
    object: 0x1_0000_0000,
};

/// The elements of `frozenset(items)` in CPython's iteration order: duplicates (by Python
/// equality) dropped, the first of equal elements kept.
pub fn frozenset_order(items: &[Constant]) -> Vec<Constant> {
    let hashes: Vec<i64> = items
        .iter()
        .map(|c| {
            hash_constant(c, ZERO_KEY, Some(STAND_INS))
                .value()
                .unwrap_or(0)
        })
        .collect();
    set_order(&hashes, |a, b| py_eq(&items[a], &items[b]))
        .into_iter()
        .map(|i| items[i].clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Vec<Constant> {
        v.iter().map(|&i| Constant::int(i)).collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        assert_eq!(frozenset_order(&ints(&[3, 1, 2])), ints(&[1, 2, 3]));
        assert_eq!(frozenset_order(&ints(&[9, 1])), ints(&[9, 1]));
        assert_eq!(frozenset_order(&ints(&[1, 1, 1])), ints(&[1]));
    }

    #[test]
    fn equal_numbers_collapse_to_the_first() {
        let items = vec![Constant::Float(1.0), Constant::int(1), Constant::Bool(true)];
        assert_eq!(frozenset_order(&items), vec![Constant::Float(1.0)]);
    }

    #[test]
    fn growth_reorders() {
        // Checked against CPython 3.12: list(frozenset([10, 20, 30, 40, 50, 60]))
        assert_eq!(
            frozenset_order(&ints(&[10, 20, 30, 40, 50, 60])),
            ints(&[40, 10, 50, 20, 60, 30])
        );
    }
}
