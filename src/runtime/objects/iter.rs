//! The state of the builtin iterators: over sequences, ranges, strs, dicts and their views,
//! sets, the `__getitem__` protocol and callables, and the iterator builtins (`reversed`,
//! `enumerate`, `zip`, `map`, `filter`).

use num_bigint::BigInt;

use crate::runtime::value::Value;

/// Where a builtin iterator stands.
pub enum IterState {
    /// Over a list or tuple: the sequence and the next index.
    Seq { seq: Value, index: usize },
    /// Backwards over a list: the next index (negative once exhausted).
    SeqRev { seq: Value, index: i64 },
    /// Over a range: next value, step, and how many remain.
    Range { next: i64, step: i64, remaining: u64 },
    /// Over a range whose values do not all fit i64.
    LongRange(Box<LongRange>),
    /// Over a str: the str and the next index.
    Str { s: Value, index: usize },
    /// Over a dict's keys, values or items: the dict, the next entry position, the size it had,
    /// and how many items remain.
    Dict { dict: Value, pos: usize, len: usize, remaining: usize, kind: DictIterKind },
    /// Backwards over a dict: the entry position below which the next item is.
    DictRev { dict: Value, pos: usize, len: usize, remaining: usize, kind: DictIterKind },
    /// Over a set or frozenset: table position, the size it had, how many remain.
    Set { set: Value, pos: usize, len: usize, remaining: usize },
    /// The old-style iteration protocol: `__getitem__` with 0, 1, 2, ... until IndexError.
    GetItem { obj: Value, index: i64 },
    /// `reversed(seq)` over `__len__` and `__getitem__`: the next index (negative once done).
    Reversed { seq: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `enumerate(iterable, start)`: the count as an i64 until it overflows, then a BigInt.
    Enumerate { iter: Value, count: i64, big: Option<Box<BigInt>> },
    /// `zip(*iterables, strict=...)`.
    Zip { iters: Vec<Value>, strict: bool },
    /// `map(func, *iterables)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, iterable)` (func None: truth test).
    Filter { func: Value, iter: Value },
    /// Exhausted.
    Done,
}

/// A range iterator over arbitrary-size ints.
pub struct LongRange {
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}
