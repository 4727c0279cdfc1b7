//! Type objects: their data (name, bases, MRO, namespace, flags, instance layout, version tag),
//! C3 linearization, lookup along the MRO through the interpreter's method cache, and the
//! invalidation of version tags when a type changes.

pub mod builtin;
pub mod class;
pub mod init;
pub mod introspect;
pub mod layout;
mod mro;
pub mod type_type;

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::{Rc, Weak};

use super::object::{Object, Payload};
use super::value::{ObjRef, Value};
use super::vm::Vm;

pub use mro::compute_mro;

/// Type flags.
pub mod flags {
    /// Created by a class statement or `type(name, bases, dict)` (attributes assignable).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// Has abstract methods (`__abstractmethods__` non-empty).
    pub const IS_ABSTRACT: u32 = 1 << 3;
    /// The type or a base defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 4;
    /// Instances are exceptions.
    pub const BASE_EXC_SUBCLASS: u32 = 1 << 5;
    /// `__hash__` is None in the namespace (unhashable instances).
    pub const UNHASHABLE: u32 = 1 << 6;
    /// Sequence for pattern matching.
    pub const SEQUENCE: u32 = 1 << 7;
    /// Mapping for pattern matching.
    pub const MAPPING: u32 = 1 << 8;
    /// The type is immutable (builtin types; setattr on them raises TypeError).
    pub const IMMUTABLE: u32 = 1 << 9;
    /// A builtin type whose `__getattribute__` is its own (attribute access calls it).
    pub const CUSTOM_GETATTRIBUTE: u32 = 1 << 10;
    /// Instances have a `__weakref__` slot.
    pub const HAS_WEAKREF: u32 = 1 << 11;
    /// The type or a base defines `__del__`: instances go to the finalization queue when their
    /// last reference drops (`runtime::finalize`).
    pub const HAS_FINALIZER: u32 = 1 << 12;
    /// Instances cannot be created by calling the type (`cannot create 'X' instances`).
    pub const DISALLOW_INSTANTIATION: u32 = 1 << 13;
    /// Some instance was weakly referenced: `Object`'s `Drop` clears the weak references of
    /// instances (`runtime::weakref`).
    pub const WEAKLY_REFERENCED: u32 = 1 << 14;
}

/// Which builtin payload instances of a type carry (the "solid base" of the type).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Module,
    Property,
    ClassMethod,
    StaticMethod,
    /// Types whose instances cannot be created from Python (`NoneType`, `function`, ...).
    Opaque,
}

/// A type object's data.
pub struct TypeObject {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<TypeRef>>,
    pub mro: RefCell<Vec<TypeRef>>,
    /// The namespace: a dict object (what `__dict__` shows through a mappingproxy).
    pub dict: ObjRef,
    pub flags: Cell<u32>,
    pub layout: Layout,
    /// `__slots__` cells an instance needs (this type's and its bases').
    pub nslots: Cell<usize>,
    /// Changes whenever the type or one of its bases changes; 0 means "not cacheable".
    pub version: Cell<u32>,
    pub subclasses: RefCell<Vec<Weak<Object>>>,
    /// What only classes made at run time use.
    pub extra: TypeExtra,
}

/// The parts of a type object only classes made at run time use (empty for builtin types).
#[derive(Default)]
pub struct TypeExtra {
    /// The `__slots__` this class adds itself, mangled and sorted (CPython's `ht_slots`).
    pub own_slots: RefCell<Vec<ObjRef>>,
    /// Where instances go when their last reference drops, when the type has HAS_FINALIZER.
    pub finalizers: RefCell<Option<Rc<crate::runtime::finalize::FinalizeQueue>>>,
}

impl TypeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
}

/// A reference to a type object (an object whose payload is `Payload::Type`).
#[derive(Clone)]
pub struct TypeRef(ObjRef);

impl TypeRef {
    /// Wraps an object known to be a type.
    pub fn from_obj(obj: ObjRef) -> Option<TypeRef> {
        matches!(obj.payload, Payload::Type(_)).then_some(TypeRef(obj))
    }

    pub fn obj(&self) -> &ObjRef {
        &self.0
    }

    pub fn into_obj(self) -> ObjRef {
        self.0
    }

    pub fn to_value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    #[inline]
    pub fn ptr_eq(&self, other: &TypeRef) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Whether `self` is `other` or a subclass of it (by MRO).
    pub fn is_subtype(&self, other: &TypeRef) -> bool {
        if self.ptr_eq(other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| t.ptr_eq(other))
    }

    /// Looks `name` (an interned str) up along the MRO, without the cache.
    pub fn lookup_uncached(&self, vm: &Vm, name: &ObjRef) -> Option<Value> {
        for t in self.mro.borrow().iter() {
            if let Some(v) = super::objects::dict::dict_get_str(vm, &t.dict, name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks `name` (an interned str) up along the MRO, through the method cache.
    #[inline]
    pub fn lookup(&self, vm: &Vm, name: &ObjRef) -> Option<Value> {
        let version = self.version.get();
        if version == 0 {
            return self.lookup_uncached(vm, name);
        }
        let slot = vm.method_cache_slot(version, name);
        {
            let cache = vm.method_cache.borrow();
            let e = &cache[slot];
            if e.version == version && Rc::ptr_eq(&e.name, name) {
                return e.value.clone();
            }
        }
        let value = self.lookup_uncached(vm, name);
        let mut cache = vm.method_cache.borrow_mut();
        cache[slot] = CacheEntry { version, name: name.clone(), value: value.clone() };
        value
    }

    /// Invalidates the version tag of this type and of all its subclasses (after a change to
    /// its namespace or bases).
    pub fn modified(&self, vm: &Vm) {
        if self.version.get() == 0 {
            return;
        }
        self.version.set(vm.next_type_version());
        let subs: Vec<ObjRef> = self.subclasses.borrow().iter().filter_map(Weak::upgrade).collect();
        for s in subs {
            if let Some(t) = TypeRef::from_obj(s) {
                t.modified(vm);
            }
        }
    }
}

impl Deref for TypeRef {
    type Target = TypeObject;
    #[inline]
    fn deref(&self) -> &TypeObject {
        match &self.0.payload {
            Payload::Type(t) => t,
            // TypeRef is only built from type objects.
            _ => unreachable!("TypeRef holds a type object"),
        }
    }
}

/// One entry of the method cache.
#[derive(Clone)]
pub struct CacheEntry {
    pub version: u32,
    pub name: ObjRef,
    pub value: Option<Value>,
}
