//! Code objects and their constants, in CPython 3.12's layout (the fields marshal stores).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use num_bigint::BigInt;

use super::pystr::PyStr;

/// co_flags bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// `from __future__` feature flags, propagated into co_flags.
    pub const FUTURE_DIVISION: u32 = 0x20000;
    pub const FUTURE_ABSOLUTE_IMPORT: u32 = 0x40000;
    pub const FUTURE_WITH_STATEMENT: u32 = 0x80000;
    pub const FUTURE_PRINT_FUNCTION: u32 = 0x100000;
    pub const FUTURE_UNICODE_LITERALS: u32 = 0x200000;
    pub const FUTURE_BARRY_AS_BDFL: u32 = 0x400000;
    pub const FUTURE_GENERATOR_STOP: u32 = 0x800000;
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// co_localspluskinds bits.
pub mod kinds {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A code object: the fields of CPython 3.12's marshal layout, in that order.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// Wordcode with zeroed inline caches.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<Arc<str>>,
    pub localsplusnames: Vec<Arc<str>>,
    pub localspluskinds: Vec<u8>,
    pub filename: Arc<str>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub firstlineno: i32,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    fn names_with(&self, kind: u8) -> impl Iterator<Item = &Arc<str>> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(move |(_, k)| *k & kind != 0)
            .map(|(n, _)| n)
    }

    /// co_varnames: the slots with the LOCAL bit.
    pub fn varnames(&self) -> Vec<Arc<str>> {
        self.names_with(kinds::LOCAL).cloned().collect()
    }

    /// co_cellvars: the slots with the CELL bit.
    pub fn cellvars(&self) -> Vec<Arc<str>> {
        self.names_with(kinds::CELL).cloned().collect()
    }

    /// co_freevars: the slots with the FREE bit.
    pub fn freevars(&self) -> Vec<Arc<str>> {
        self.names_with(kinds::FREE).cloned().collect()
    }

    /// co_nlocals.
    pub fn nlocals(&self) -> usize {
        self.names_with(kinds::LOCAL).count()
    }

    /// Number of code units.
    pub fn code_units(&self) -> usize {
        self.code.len() / 2
    }

    /// Deep structural equality (code constants compared by value, not identity), what CPython's
    /// `code.__eq__` checks plus the location and exception tables.
    pub fn same_as(&self, other: &CodeObject) -> bool {
        self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.stacksize == other.stacksize
            && self.flags == other.flags
            && self.code == other.code
            && self.names == other.names
            && self.localsplusnames == other.localsplusnames
            && self.localspluskinds == other.localspluskinds
            && self.filename == other.filename
            && self.name == other.name
            && self.qualname == other.qualname
            && self.firstlineno == other.firstlineno
            && self.linetable == other.linetable
            && self.exceptiontable == other.exceptiontable
            && self.consts.len() == other.consts.len()
            && self.consts.iter().zip(&other.consts).all(|(a, b)| a.same_as(b))
    }
}

/// A constant of a code object, or any value marshal can carry.
///
/// Equality and hashing follow CPython's constant keys (`_PyCode_ConstantKey`): values of
/// different types are distinct (`1`, `1.0` and `True` are three constants), floats and complex
/// numbers compare by their bits (so `0.0` and `-0.0` differ), and code objects by identity.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// The StopIteration class (marshal's `S`; never produced by the compiler).
    StopIteration,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(PyStr),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
    /// Containers marshal can carry but code objects never hold.
    List(Arc<[Constant]>),
    Set(Arc<[Constant]>),
    Dict(Arc<[(Constant, Constant)]>),
}

impl Constant {
    pub fn str(s: &str) -> Constant {
        Constant::Str(PyStr::new(s))
    }

    pub fn int(v: i64) -> Constant {
        Constant::Int(BigInt::from(v))
    }

    pub fn tuple(items: Vec<Constant>) -> Constant {
        Constant::Tuple(Arc::from(items))
    }

    /// A name of CPython's type for the value (for messages).
    pub fn type_name(&self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::StopIteration => "type",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
            Constant::List(_) => "list",
            Constant::Set(_) => "set",
            Constant::Dict(_) => "dict",
        }
    }

    /// Deep equality in which code objects compare by value (for round-trip checks).
    pub fn same_as(&self, other: &Constant) -> bool {
        fn all(a: &[Constant], b: &[Constant]) -> bool {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_as(y))
        }
        match (self, other) {
            (Constant::Code(a), Constant::Code(b)) => a.same_as(b),
            (Constant::Tuple(a), Constant::Tuple(b))
            | (Constant::FrozenSet(a), Constant::FrozenSet(b))
            | (Constant::List(a), Constant::List(b))
            | (Constant::Set(a), Constant::Set(b)) => all(a, b),
            (Constant::Dict(a), Constant::Dict(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b.iter()).all(|((k1, v1), (k2, v2))| {
                        k1.same_as(k2) && v1.same_as(v2)
                    })
            }
            _ => self == other,
        }
    }

    /// Python truthiness of a constant.
    pub fn is_true(&self) -> bool {
        use num_traits::Zero;
        match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Ellipsis | Constant::StopIteration | Constant::Code(_) => true,
            Constant::Int(i) => !i.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) | Constant::List(t) | Constant::Set(t) => {
                !t.is_empty()
            }
            Constant::Dict(d) => !d.is_empty(),
        }
    }
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (StopIteration, StopIteration) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b))
            | (FrozenSet(a), FrozenSet(b))
            | (List(a), List(b))
            | (Set(a), Set(b)) => a == b,
            (Dict(a), Dict(b)) => a == b,
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Constant {}

impl Hash for Constant {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::None | Constant::Ellipsis | Constant::StopIteration => {}
            Constant::Bool(b) => b.hash(state),
            Constant::Int(i) => i.hash(state),
            Constant::Float(f) => f.to_bits().hash(state),
            Constant::Complex { re, im } => {
                re.to_bits().hash(state);
                im.to_bits().hash(state);
            }
            Constant::Str(s) => s.hash(state),
            Constant::Bytes(b) => b.hash(state),
            Constant::Tuple(t) | Constant::FrozenSet(t) | Constant::List(t) | Constant::Set(t) => {
                t.hash(state)
            }
            Constant::Dict(d) => d.hash(state),
            Constant::Code(c) => (Arc::as_ptr(c) as usize).hash(state),
        }
    }
}
