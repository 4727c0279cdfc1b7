//! Interpreter start-up: the builtin types (with `type` and `object` made by hand, since each is
//! an instance of `type` and `type` derives from `object`), their namespaces, the singletons, the
//! interned names, then the `builtins` and `sys` modules.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::names::Names;
use super::object::{Object, Payload};
use super::objects::dict::Dict;
use super::objects::str::PyString;
use super::types::builtin::{BUILTIN_TYPE_TABLE, BuiltinTypes, EXCEPTION_TABLE, ExcTypes};
use super::types::{Layout, TypeObject, TypeRef, flags};
use super::value::ObjRef;
use super::vm::{Settings, Vm, VmParts};
use crate::machine::Machine;

/// A type object under construction: class and namespace class set later for the first few.
fn raw_type(name: &str, layout: Layout, type_flags: u32, version: u32, class: Option<&TypeRef>, dict_class: Option<&TypeRef>) -> TypeRef {
    let dict_payload = Payload::Dict(RefCell::new(Dict::new()));
    let dict = Rc::new(match dict_class {
        Some(c) => Object::new(c.clone(), dict_payload),
        None => Object::new_classless(dict_payload),
    });
    let name: Rc<str> = Rc::from(name);
    let data = TypeObject {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(name),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict,
        flags: Cell::new(type_flags),
        layout,
        nslots: Cell::new(0),
        version: Cell::new(version),
        subclasses: RefCell::new(Vec::new()),
        extra: Default::default(),
    };
    let payload = Payload::Type(Box::new(data));
    let obj = Rc::new(match class {
        Some(c) => Object::new(c.clone(), payload),
        None => Object::new_classless(payload),
    });
    TypeRef::from_obj(obj).unwrap_or_else(|| unreachable!("a type payload makes a type"))
}

/// Sets a builtin type's base, MRO and its place among the base's subclasses.
fn set_bases(t: &TypeRef, bases: &[&TypeRef]) {
    *t.bases.borrow_mut() = bases.iter().map(|b| (*b).clone()).collect();
    let mro = super::types::compute_mro(t, &t.bases.borrow()).unwrap_or_else(|_| vec![t.clone()]);
    *t.mro.borrow_mut() = mro;
    for b in bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(t.obj()));
    }
}

pub(crate) fn new_vm(engine: Machine, settings: Settings) -> Vm {
    let hash_key = super::ops::hash::key_from_seed(settings.hash_seed);
    let mut version = 1u32;
    let mut next_version = || {
        version += 1;
        version
    };
    let builtin_flags = flags::IMMUTABLE;
    // `type`, `object` and `dict` first, without classes; then fix them up.
    let type_ = raw_type("type", Layout::Type, builtin_flags | flags::BASETYPE, next_version(), None, None);
    let object = raw_type("object", Layout::Object, builtin_flags | flags::BASETYPE, next_version(), None, None);
    let dict = raw_type("dict", Layout::Dict, builtin_flags | flags::BASETYPE | flags::MAPPING, next_version(), None, None);
    for t in [&type_, &object, &dict] {
        t.obj().set_class(type_.clone());
        t.dict.set_class(dict.clone());
    }
    set_bases(&object, &[]);
    set_bases(&type_, &[&object]);
    set_bases(&dict, &[&object]);
    let mut made: Vec<TypeRef> = Vec::new();
    let mut by_field: FxHashMap<&str, TypeRef> = FxHashMap::default();
    by_field.insert("object", object.clone());
    by_field.insert("type_", type_.clone());
    by_field.insert("dict", dict.clone());
    for &(field, name, base, layout, basetype) in BUILTIN_TYPE_TABLE {
        let t = match field {
            "object" => object.clone(),
            "type_" => type_.clone(),
            "dict" => dict.clone(),
            _ => {
                let mut f = builtin_flags;
                if basetype {
                    f |= flags::BASETYPE;
                }
                if matches!(field, "list" | "tuple" | "range") {
                    f |= flags::SEQUENCE;
                }
                let t = raw_type(name, layout, f, next_version(), Some(&type_), Some(&dict));
                set_bases(&t, &[&by_field[base]]);
                t
            }
        };
        by_field.insert(field, t.clone());
        made.push(t);
    }
    let mut exc_made = Vec::new();
    for &(field, name, base) in EXCEPTION_TABLE {
        let f = builtin_flags | flags::BASETYPE | flags::BASE_EXC_SUBCLASS | flags::HAS_DICT;
        let t = raw_type(name, Layout::Exception, f, next_version(), Some(&type_), Some(&dict));
        if field == "exception_group" {
            set_bases(&t, &[&by_field["base_exception_group"], &by_field["exception"]]);
        } else {
            set_bases(&t, &[&by_field[base]]);
        }
        by_field.insert(field, t.clone());
        exc_made.push(t);
    }
    let types = BuiltinTypes::from_list(made, ExcTypes::from_list(exc_made));

    let mut interned: FxHashMap<Box<str>, ObjRef> = FxHashMap::default();
    let intern_raw = |s: &str, interned: &mut FxHashMap<Box<str>, ObjRef>| -> ObjRef {
        if let Some(o) = interned.get(s) {
            return o.clone();
        }
        let ps = PyString::new(s);
        ps.interned.set(true);
        let o = Object::new_rc(types.str.clone(), Payload::Str(ps));
        interned.insert(s.into(), o.clone());
        o
    };
    let names = {
        let cell = RefCell::new(std::mem::take(&mut interned));
        let n = Names::new(&|s| intern_raw(s, &mut cell.borrow_mut()));
        interned = cell.into_inner();
        n
    };
    let dict_type = types.dict.clone();
    let new_dict = || Object::new_rc(dict_type.clone(), Payload::Dict(RefCell::new(Dict::new())));
    let not_implemented = Object::new_rc(types.not_implemented_type.clone(), Payload::Singleton("NotImplemented"));
    let ellipsis = Object::new_rc(types.ellipsis_type.clone(), Payload::Singleton("Ellipsis"));
    let empty_tuple = Object::new_rc(types.tuple.clone(), Payload::Tuple(Box::new([])));
    let builtins_dict = new_dict();
    let builtins = Object::new_rc(types.module.clone(), Payload::Module(super::object::ModuleData { name: Rc::from("builtins") }));
    *builtins.dict.borrow_mut() = Some(builtins_dict.clone());
    let sys = Object::new_rc(types.module.clone(), Payload::Module(super::object::ModuleData { name: Rc::from("sys") }));
    *sys.dict.borrow_mut() = Some(new_dict());
    let placeholder = not_implemented.clone();
    let parts = VmParts {
        method_cache: Vm::empty_method_cache(&placeholder),
        types,
        names,
        builtins,
        builtins_dict,
        modules: new_dict(),
        sys,
        not_implemented,
        ellipsis,
        empty_tuple,
        interned,
        next_version: version + 1,
        hash_key,
        engine,
        settings,
    };
    let mut vm = Vm::assemble(parts);
    super::types::init::fill_builtin_types(&mut vm);
    super::builtins::init(&mut vm);
    crate::modules::sys::init(&mut vm);
    vm
}

impl Drop for Vm {
    /// Breaks the reference cycles among the builtin types (each is an instance of `type`,
    /// which derives from `object`) and module namespaces, so that an interpreter frees its
    /// memory when it ends.
    fn drop(&mut self) {
        for d in [&self.builtins_dict, &self.modules] {
            if let Payload::Dict(d) = &d.payload {
                let items = d.borrow_mut().clear();
                drop(items);
            }
        }
        for t in self.types.all() {
            if let Payload::Dict(d) = &t.dict.payload {
                let items = d.borrow_mut().clear();
                drop(items);
            }
            t.bases.borrow_mut().clear();
            t.mro.borrow_mut().clear();
        }
        for t in self.types.all() {
            t.obj().clear_class();
            t.dict.clear_class();
        }
    }
}
