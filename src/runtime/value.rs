//! `Value`: what a Python variable, stack slot or container item holds. Small ints, floats,
//! bools and None are unboxed; everything else is a reference-counted `Object`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::object::{Object, Payload};
use super::types::TypeRef;
use super::vm::Vm;

/// A reference to a heap object.
pub type ObjRef = Rc<Object>;

/// A Python value. The tag is a whole word (`repr(u64)`), so every payload sits in the second
/// word and a value moves as two 8-byte words: with a byte tag, moves copied bytes 1..16 in odd
/// pieces, and the 16-byte loads that read them back stalled on store forwarding.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// CPython's NULL: the empty slot below a callable, an unbound local. Never seen by Python
    /// code.
    #[default]
    Null,
    None,
    Bool(bool),
    /// An int that fits in i64 (always this representation when it fits).
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// Always inlined: values are cloned everywhere, and the derived clone was often left as
    /// a call costing more than the copy and reference count it does. The copy is of the whole
    /// 16 bytes at once: rebuilding the variant wrote tag and payload separately, and the wide
    /// load that followed (a push onto the value stack) stalled on store forwarding.
    #[inline(always)]
    fn clone(&self) -> Self {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live Rc; the copy below is the new reference this count is for.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: the variants other than Obj hold plain data, and Obj's reference was counted
        // above, so the bitwise copy is a valid, separately owned value.
        unsafe { read_words(self) }
    }
}

/// Half a Value.
type Word = std::mem::MaybeUninit<u64>;

/// Moves a value out of `p` as two 8-byte loads. Values are written by parts (a tag and a
/// payload word) in many places, and a 16-byte load of what was just written by parts cannot
/// take it from the store buffer: it waits for the stores to retire. 8-byte loads always can.
///
/// # Safety
/// As `std::ptr::read`: `p` is valid, aligned, and the caller owns what it reads.
#[inline(always)]
pub unsafe fn read_words(p: *const Value) -> Value {
    let w = p as *const Word;
    // SAFETY: a Value is two 8-byte words (`repr(u64)`: the tag, then the payload, which is
    // padding for the variants without one: hence words that may be uninitialized).
    unsafe { std::mem::transmute::<[Word; 2], Value>([std::ptr::read(w), std::ptr::read(w.add(1))]) }
}

/// Puts `v` in `slot` and returns what it held, by 8-byte words (see `read_words`).
#[inline(always)]
pub fn replace_words(slot: &mut Value, v: Value) -> Value {
    // SAFETY: the old value moves out of the slot, which `v` then fills.
    unsafe {
        let old = read_words(slot);
        write_words(slot, v);
        old
    }
}

/// Writes a value to `p` as two 8-byte stores (see `read_words`).
///
/// # Safety
/// As `std::ptr::write`.
#[inline(always)]
pub unsafe fn write_words(p: *mut Value, v: Value) {
    // SAFETY: as in `read_words`.
    unsafe {
        let words: [Word; 2] = std::mem::transmute(v);
        let w = p as *mut Word;
        std::ptr::write(w, words[0]);
        std::ptr::write(w.add(1), words[1]);
    }
}

impl Value {
    /// Drops the value with the reference count decrement inlined (the loop's hot paths; the
    /// compiler's drop glue may be left as a call there).
    #[inline(always)]
    pub fn release(self) {
        match self {
            Value::Obj(o) => drop(o),
            other => std::mem::forget(other),
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The object, for boxed values.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a boxed value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// `type(self)`.
    #[inline]
    pub fn class(&self, vm: &Vm) -> TypeRef {
        match self {
            Value::Obj(o) => o.class(),
            Value::Int(_) => vm.types.int.clone(),
            Value::Float(_) => vm.types.float.clone(),
            Value::Bool(_) => vm.types.bool.clone(),
            Value::None => vm.types.none_type.clone(),
            Value::Null => vm.types.none_type.clone(),
        }
    }

    /// `self is other`. Unboxed values are identical when equal (floats by their bits).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            _ => false,
        }
    }

    /// An int value from a BigInt, unboxed when it fits.
    pub fn from_bigint(vm: &Vm, i: BigInt) -> Value {
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => vm.new_object(vm.types.int.clone(), Payload::BigInt(i)),
        }
    }

    /// The int value of an exact or subclassed int (bool included), as a BigInt.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// An address usable as `id()`: stable for boxed values while they live.
    pub fn id(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as usize * 16,
            // Unboxed numbers have no address; give equal values equal ids, distinct from
            // heap addresses (which are 16-byte aligned and small in user space).
            Value::Int(i) => (*i as usize).wrapping_mul(16).wrapping_add(0x8000_0000_0000_0003),
            Value::Float(f) => (f.to_bits() as usize).wrapping_mul(16).wrapping_add(0x4000_0000_0000_0005),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<{} object at {:p}>", o.payload.kind_name(), Rc::as_ptr(o)),
        }
    }
}

// A value is two words, and so is an optional one (the tag's spare values hold None).
const _: () = assert!(std::mem::size_of::<Value>() == 16 && std::mem::size_of::<Option<Value>>() == 16);
