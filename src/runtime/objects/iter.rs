//! The state of the builtin iterators.

use crate::runtime::value::Value;

/// Where a builtin iterator stands.
pub enum IterState {
    /// Over a list, tuple or other indexable sequence object: the sequence and the next index.
    Seq { seq: Value, index: usize },
    /// Over a range: next value, step, and how many remain.
    Range { next: i64, step: i64, remaining: u64 },
    /// Over a str: the str and the next index.
    Str { s: Value, index: usize },
    /// Over a dict's keys, values or items: the dict, the next entry position, the size it had.
    Dict { dict: Value, pos: usize, len: usize, kind: DictIterKind },
    /// The old-style iteration protocol: `__getitem__` with 0, 1, 2, ... until IndexError.
    GetItem { obj: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Exhausted.
    Done,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}
