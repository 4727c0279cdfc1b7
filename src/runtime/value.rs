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

/// A Python value.
#[derive(Default)]
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
        unsafe { std::ptr::read(self) }
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
