//! Types defined by built-in modules at run time (`_struct.Struct`, `array.array`, weak
//! references, ...): made like the builtin types of the start-up table, with native methods and
//! attributes, and instances carrying their state in `Payload::Native`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{GetSetDef, MethodDef};
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::types::{Layout, TypeObject, TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// What a native type is made of.
pub struct TypeSpec {
    pub name: &'static str,
    pub module: &'static str,
    /// May be subclassed from Python.
    pub basetype: bool,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// Extra type flags (HAS_WEAKREF, UNHASHABLE, SEQUENCE, ...).
    pub flags: u32,
}

/// A new native type deriving from `base` (object when None).
pub fn new_type(vm: &mut Vm, spec: &TypeSpec, base: Option<&TypeRef>) -> TypeRef {
    let base = base.cloned().unwrap_or_else(|| vm.types.object.clone());
    let dict = vm.new_dict();
    let name: Rc<str> = Rc::from(spec.name);
    let mut f = flags::IMMUTABLE | spec.flags;
    if spec.basetype {
        f |= flags::BASETYPE;
    }
    let data = TypeObject {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        bases: RefCell::new(vec![base.clone()]),
        mro: RefCell::new(Vec::new()),
        dict,
        flags: Cell::new(f),
        layout: Layout::Opaque,
        nslots: Cell::new(0),
        version: Cell::new(vm.next_type_version()),
        subclasses: RefCell::new(Vec::new()),
        extra: Default::default(),
    };
    let obj = Object::new_rc(vm.types.type_.clone(), Payload::Type(Box::new(data)));
    let Some(t) = TypeRef::from_obj(obj) else { unreachable!("a type payload makes a type") };
    let mut mro = vec![t.clone()];
    mro.extend(base.mro.borrow().iter().cloned());
    *t.mro.borrow_mut() = mro;
    base.subclasses.borrow_mut().push(Rc::downgrade(t.obj()));
    add_methods(vm, &t, spec.methods);
    add_getsets(vm, &t, spec.getsets);
    dict_set_str(vm, &t.dict, vm.names.__module__.clone(), vm.new_str(spec.module));
    dict_set_str(vm, &t.dict, vm.names.__doc__.clone(), Value::None);
    if spec.flags & flags::UNHASHABLE != 0 {
        dict_set_str(vm, &t.dict, vm.intern("__hash__"), Value::None);
    }
    t
}

/// The native state of type `T` a value carries.
pub fn state_of<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Native(b) => b.downcast_ref::<T>(),
        _ => None,
    }
}

/// A new instance of `cls` (a native type or a subclass of one) with its state.
pub fn new_instance<T: 'static>(cls: &TypeRef, state: T) -> Value {
    crate::runtime::objects::object_type::alloc(cls, Payload::Native(Box::new(state)))
}
