//! `Object`: the header every heap value carries (its class, instance dict and `__slots__`
//! storage) and `Payload`, the builtin layouts an object can have.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::code::Code;
use super::objects::dict::Dict;
use super::objects::exception::ExceptionData;
use super::objects::function::{BuiltinFunction, Function};
use super::objects::generator::GenData;
use super::objects::iter::IterState;
use super::objects::set::SetTable;
use super::objects::str::PyString;
use super::types::{TypeObject, TypeRef};
use super::value::{ObjRef, Value};

/// A heap object.
pub struct Object {
    /// Always set, except for an instant while the interpreter creates the `type` type (whose
    /// class is itself).
    class: RefCell<Option<TypeRef>>,
    /// The instance `__dict__` (a dict object), created on first use for types that have one.
    pub dict: RefCell<Option<ObjRef>>,
    /// `__slots__` storage, one cell per slot of the class and its bases (Null when unset).
    pub slots: Box<[RefCell<Value>]>,
    pub payload: Payload,
}

impl Object {
    pub fn new(class: TypeRef, payload: Payload) -> Object {
        Object { class: RefCell::new(Some(class)), dict: RefCell::new(None), slots: Box::new([]), payload }
    }

    pub fn with_slots(class: TypeRef, payload: Payload, nslots: usize) -> Object {
        let slots = (0..nslots).map(|_| RefCell::new(Value::Null)).collect();
        Object { class: RefCell::new(Some(class)), dict: RefCell::new(None), slots, payload }
    }

    /// A new reference-counted object, built in its allocation: `Object::new_rc(..))`
    /// builds it on the stack and copies all of it over with a call to memcpy.
    #[inline]
    pub fn new_rc(class: TypeRef, payload: Payload) -> ObjRef {
        Self::rc_in_place(class, payload, Box::new([]))
    }

    /// As `with_slots`, reference counted and built in its allocation (see `new_rc`).
    #[inline]
    pub fn with_slots_rc(class: TypeRef, payload: Payload, nslots: usize) -> ObjRef {
        let slots = (0..nslots).map(|_| RefCell::new(Value::Null)).collect();
        Self::rc_in_place(class, payload, slots)
    }

    #[inline(always)]
    fn rc_in_place(class: TypeRef, payload: Payload, slots: Box<[RefCell<Value>]>) -> ObjRef {
        let mut rc = Rc::<Object>::new_uninit();
        let Some(place) = Rc::get_mut(&mut rc) else { unreachable!("a new Rc is unique") };
        let p = place.as_mut_ptr();
        // SAFETY: `p` is the fresh allocation; every field is written once before
        // `assume_init`.
        unsafe {
            std::ptr::addr_of_mut!((*p).class).write(RefCell::new(Some(class)));
            std::ptr::addr_of_mut!((*p).dict).write(RefCell::new(None));
            std::ptr::addr_of_mut!((*p).slots).write(slots);
            std::ptr::addr_of_mut!((*p).payload).write(payload);
            rc.assume_init()
        }
    }

    /// The `type` type before its class is set to itself (interpreter start-up only).
    pub(crate) fn new_classless(payload: Payload) -> Object {
        Object { class: RefCell::new(None), dict: RefCell::new(None), slots: Box::new([]), payload }
    }

    /// `type(self)`.
    #[inline]
    pub fn class(&self) -> TypeRef {
        self.class_ref().clone()
    }

    /// `type(self)`, borrowed.
    #[inline]
    pub fn class_ref(&self) -> Ref<'_, TypeRef> {
        Ref::map(self.class.borrow(), |c| match c {
            Some(t) => t,
            None => unreachable!("every object has a class once the interpreter has started"),
        })
    }

    /// Whether `type(self)` is exactly `t`, read without a borrow guard (as `class_version`).
    #[inline(always)]
    pub fn class_is(&self, t: &TypeRef) -> bool {
        // SAFETY: as in `class_version`.
        match unsafe { self.class.try_borrow_unguarded() } {
            Ok(Some(c)) => c.ptr_eq(t),
            _ => false,
        }
    }

    /// Whether `type(self)` has a type flag, read without a borrow guard (as `class_version`).
    #[inline(always)]
    pub fn class_has_flag(&self, flag: u32) -> bool {
        // SAFETY: as in `class_version`.
        match unsafe { self.class.try_borrow_unguarded() } {
            Ok(Some(c)) => c.has_flag(flag),
            _ => false,
        }
    }

    /// The version tag of `type(self)` (0 while the class is not set), read without taking a
    /// borrow guard.
    #[inline(always)]
    pub fn class_version(&self) -> u32 {
        // SAFETY: the class slot is borrowed mutably only inside `set_class` and `clear_class`,
        // which run no other code while they hold it; the reference ends with this read.
        match unsafe { self.class.try_borrow_unguarded() } {
            Ok(Some(t)) => t.version.get(),
            _ => 0,
        }
    }

    /// `self.__class__ = cls` (the caller checks layout compatibility).
    pub fn set_class(&self, cls: TypeRef) {
        *self.class.borrow_mut() = Some(cls);
    }

    /// Drops the class reference (when an interpreter shuts down and breaks the cycles among
    /// its builtin types).
    pub(crate) fn clear_class(&self) {
        *self.class.borrow_mut() = None;
    }

    /// The type object, if this object is a type.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeObject> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The str, if this object is one.
    #[inline]
    pub fn as_str(&self) -> Option<&PyString> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Drop for Object {
    /// Queues the object for its `__del__` when its class has one (`runtime::finalize`), and
    /// releases container items in CPython's order.
    fn drop(&mut self) {
        if let Some(c) = self.class.get_mut() {
            let f = c.flags.get();
            if f & (super::types::flags::HAS_FINALIZER | super::types::flags::WEAKLY_REFERENCED) != 0 {
                if f & super::types::flags::WEAKLY_REFERENCED != 0 {
                    super::weakref::referent_dying(self as *const Object as usize);
                }
                if f & super::types::flags::HAS_FINALIZER != 0 {
                    super::finalize::resurrect(self);
                }
            }
        }
        super::finalize::release_items(&mut self.payload);
    }
}

/// A module: its dict is the object's instance dict (the module's globals).
pub struct ModuleData {
    /// The module's name at creation, for reprs when `__name__` is gone.
    pub name: Rc<str>,
}

/// The builtin layouts. An instance of a subclass of a builtin type has the builtin's payload.
#[repr(u64)]
pub enum Payload {
    /// An instance of `object` or of a class with no builtin base other than `object`.
    Instance,
    /// A boxed int: one that does not fit i64, or an instance of an int subclass.
    BigInt(BigInt),
    /// An instance of a float subclass (exact floats are unboxed).
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(PyString),
    Bytes(Box<[u8]>),
    ByteArray(super::objects::bytes_type::ByteArrayData),
    /// `memoryview(obj)`: a view of a bytes-like object's buffer.
    MemoryView(Box<super::objects::bytes_type::memoryview::MemoryViewData>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Type(Box<TypeObject>),
    Function(Box<Function>),
    BuiltinFunction(Box<BuiltinFunction>),
    /// A function bound to an instance (`obj.method`).
    BoundMethod { func: Value, receiver: Value },
    /// `classmethod(f)`, `staticmethod(f)`.
    ClassMethod(RefCell<Value>),
    StaticMethod(RefCell<Value>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<super::objects::property::PropertyData>),
    Code(Rc<Code>),
    Module(ModuleData),
    Cell(RefCell<Value>),
    Range(super::objects::range::RangeRepr),
    Slice { start: Value, stop: Value, step: Value },
    Exception(Box<ExceptionData>),
    /// Generators, coroutines and async generators.
    Generator(Box<GenData>),
    /// The awaitables driving coroutines and async generators (`coroutine_wrapper`,
    /// `async_generator_asend`, `async_generator_athrow`).
    AsyncOp(Box<super::objects::async_gen::AsyncOp>),
    /// TypeVar, ParamSpec, TypeVarTuple, type aliases, generic aliases and unions.
    Typing(Box<super::objects::typing::TypingObj>),
    /// The builtin iterators (over lists, tuples, ranges, dict views, strs, ...).
    Iter(RefCell<IterState>),
    /// `dict.keys()`, `dict.values()`, `dict.items()`: the dict and which view.
    DictView { dict: Value, kind: super::objects::iter::DictIterKind },
    /// `types.GenericAlias` (`list[int]`).
    GenericAlias(Box<super::objects::generic_alias::AliasData>),
    /// A native attribute of a builtin type (`getset_descriptor`), with the type defining it.
    GetSet { def: &'static super::objects::function::GetSetDef, owner: TypeRef },
    /// A `__slots__` entry (`member_descriptor`): index into the instance's slot cells.
    Member { name: ObjRef, index: usize, owner: TypeRef },
    /// A frame object (`sys._getframe()`, `tb_frame`): what introspection sees of an
    /// activation.
    FrameObj(Box<super::objects::exception::FrameObject>),
    /// A traceback entry (`tb_frame`, `tb_lasti`, `tb_lineno`, `tb_next`).
    Traceback { frame: Value, lasti: u32, lineno: Option<i32>, next: RefCell<Value> },
    /// `mappingproxy(mapping)`: a read-only view (a class's `__dict__`).
    MappingProxy(Value),
    /// `super(type, obj)`.
    Super { this_type: TypeRef, obj: Value, obj_type: Option<TypeRef> },
    /// `NotImplemented`, `Ellipsis` and other singletons with no data.
    Singleton(&'static str),
    /// A file object (`FileIO`, a buffered file, `TextIOWrapper`).
    File(Box<super::io::FileObject>),
    /// The state of an object of a type defined by a built-in module (`StringIO`, `Struct`,
    /// `array`, weak references, ...), which that module downcasts.
    Native(Box<dyn std::any::Any>),
    /// `collections.deque` and its iterator.
    Deque(Box<crate::modules::_collections::DequeObj>),
    /// `array.array` and its iterator.
    Array(Box<crate::modules::array::ArrayObj>),
}

impl Payload {
    /// A short name of the layout, for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Instance => "instance",
            Payload::BigInt(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex { .. } => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::MemoryView(_) => "memoryview",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::BuiltinFunction(_) => "builtin_function_or_method",
            Payload::BoundMethod { .. } => "method",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Property(_) => "property",
            Payload::Code(_) => "code",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Range(_) => "range",
            Payload::Slice { .. } => "slice",
            Payload::Exception(_) => "exception",
            Payload::Generator(_) => "generator",
            Payload::AsyncOp(_) => "async_op",
            Payload::Typing(_) => "typing",
            Payload::Iter(_) => "iterator",
            Payload::DictView { .. } => "dict_view",
            Payload::GenericAlias(_) => "types.GenericAlias",
            Payload::GetSet { .. } => "getset_descriptor",
            Payload::Member { .. } => "member_descriptor",
            Payload::FrameObj(_) => "frame",
            Payload::Traceback { .. } => "traceback",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::Super { .. } => "super",
            Payload::Singleton(name) => name,
            Payload::File(_) => "file",
            Payload::Native(_) => "native",
            Payload::Deque(_) => "deque",
            Payload::Array(_) => "array",
        }
    }
}
