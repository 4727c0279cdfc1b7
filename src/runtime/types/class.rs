//! Classes: calling a type (`__new__` then `__init__`), `type(name, bases, dict)` (the
//! metaclass, the best base and lay-out conflicts, `__slots__`, `__dict__`/`__weakref__`, the
//! namespace's special entries, the MRO, `__set_name__`, `__init_subclass__`), assigning
//! `__bases__`, and `__build_class__` (`__mro_entries__`, the most derived metaclass,
//! `__prepare__`, running the class body, the `__class__` cell).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::layout::{self, best_base, has_dict, has_weakref, var_sized};
use super::{Layout, TypeExtra, TypeObject, TypeRef, flags};
use crate::machine::Engine;
use crate::runtime::frame::Frame;
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::call::call_prepended;
use crate::runtime::objects::function::CallArgs;
use crate::runtime::objects::object_type;
use crate::runtime::ops::{self, attr};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

fn as_type(v: &Value) -> Option<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
}

/// The text of a str value.
fn text(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.to_string_lossy()),
        _ => None,
    }
}

fn repr_text(vm: &mut Vm, v: &Value) -> String {
    ops::repr(vm, v).ok().and_then(|r| ops::repr::text_of(&r)).unwrap_or_default()
}

/// `cls(*args, **kwargs)` for a class whose metaclass does not override `__call__`.
pub fn type_call(vm: &mut Vm, cls: &TypeRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if cls.ptr_eq(&vm.types.type_) {
        if npos == 1 && kwnames.is_empty() {
            return Ok(args[0].class(vm).to_value());
        }
        if npos != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    if cls.ptr_eq(&vm.types.str) && npos == 1 && kwnames.is_empty() {
        return ops::str_of(vm, &args[0]);
    }
    // Builtin types without __init__ whose constructor is all of the call: `range(...)`,
    // `int(x)`, `float(x)`.
    if kwnames.is_empty() {
        if cls.ptr_eq(&vm.types.range) {
            return crate::runtime::objects::range_type::construct(vm, args);
        }
        if let [x] = args {
            if cls.ptr_eq(&vm.types.int) {
                return crate::runtime::objects::int_type::number_long(vm, x);
            }
            if cls.ptr_eq(&vm.types.float) {
                return crate::runtime::objects::float_type::number_float(vm, x).map(Value::Float);
            }
        }
    }
    let new = cls.lookup(vm, &vm.names.__new__);
    let Some(new) = new else {
        return Err(vm.type_error(format!("cannot create '{}' instances", cls.name())));
    };
    if cls.has_flag(flags::DISALLOW_INSTANTIATION) || (!cls.has_flag(flags::HEAPTYPE) && cls.layout == Layout::Opaque && is_object_new(vm, &new)) {
        return Err(vm.type_error(format!("cannot create '{}' instances", cls.name())));
    }
    let object_new = vm.types.object.lookup(vm, &vm.names.__new__);
    let new_is_object = object_new.as_ref().is_some_and(|o| o.is(&new));
    let object_init = vm.types.object.lookup(vm, &vm.names.__init__);
    let is_object_init = |v: &Value| object_init.as_ref().is_some_and(|o| o.is(v));
    // A plain class of the program with object.__new__: the instance is made here and only
    // its own __init__ runs (what object.__new__ would check passes when __init__ is its own).
    if new_is_object && is_plain_class(cls) {
        let init = cls.lookup(vm, &vm.names.__init__);
        if let Some(init) = init
            && !is_object_init(&init)
        {
            let obj = object_type::new_instance(vm, cls);
            return run_init(vm, &init, &obj, args, kwnames).map(|()| obj);
        }
        if args.is_empty() {
            return Ok(object_type::new_instance(vm, cls));
        }
    }
    let new_fn = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
        _ => attr::descr_get(vm, &new, &Value::Null, cls)?,
    };
    let obj = call_prepended(vm, &new_fn, &cls.to_value(), args, kwnames)?;
    if !ops::is_instance(vm, &obj, cls) {
        return Ok(obj);
    }
    let obj_type = obj.class(vm);
    if let Some(init) = obj_type.lookup(vm, &vm.names.__init__) {
        // object.__init__ does nothing, and with arguments it only checks what object.__new__
        // did not: that the type overrides __new__.
        if is_object_init(&init) {
            let own_new = if obj_type.ptr_eq(cls) { Some(new) } else { obj_type.lookup(vm, &vm.names.__new__) };
            let new_is_object = match (&own_new, &object_new) {
                (Some(a), Some(b)) => a.is(b),
                _ => false,
            };
            if args.is_empty() || !new_is_object {
                return Ok(obj);
            }
        }
        run_init(vm, &init, &obj, args, kwnames)?;
    }
    Ok(obj)
}

/// Whether instances of `cls` are plain objects of a class of the program that can be made
/// without calling `__new__` (given that its `__new__` is object's).
fn is_plain_class(cls: &TypeRef) -> bool {
    cls.has_flag(flags::HEAPTYPE) && cls.layout == Layout::Object && !cls.has_flag(flags::IS_ABSTRACT)
}

/// For a call of `cls` (whose metaclass is `type`) that is only the making of a plain instance
/// and a Python-level `__init__`: that function and the new instance, for the caller to run
/// `__init__(instance, ...)` itself (the stackless engine pushes its frame). None otherwise.
pub fn plain_init(vm: &mut Vm, cls: &TypeRef) -> Option<(crate::runtime::value::ObjRef, Value)> {
    if !is_plain_class(cls) {
        return None;
    }
    let new = cls.lookup(vm, &vm.names.__new__)?;
    if !is_object_new(vm, &new) {
        return None;
    }
    let init = cls.lookup(vm, &vm.names.__init__)?;
    let Value::Obj(f) = init else { return None };
    if !matches!(f.payload, Payload::Function(_)) {
        return None;
    }
    Some((f, object_type::new_instance(vm, cls)))
}

/// The error of an `__init__` that returned `r`, not None.
pub fn init_result_error(vm: &Vm, r: &Value) -> crate::runtime::vm::PyErr {
    let t = ops::type_name(vm, r);
    vm.type_error(format!("__init__() should return None, not '{t}'"))
}

/// Calls `init(obj, *args)` and checks that it returned None.
#[inline]
fn run_init(vm: &mut Vm, init: &Value, obj: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let r = if crate::runtime::call::is_plain_method(init) {
        call_prepended(vm, init, obj, args, kwnames)?
    } else {
        let bound = attr::bind(vm, init, obj)?;
        vm.call(&bound, args, kwnames)?
    };
    if !r.is_none() {
        return Err(init_result_error(vm, &r));
    }
    Ok(())
}

/// Whether `new` is `object.__new__`.
fn is_object_new(vm: &Vm, new: &Value) -> bool {
    vm.types.object.lookup(vm, &vm.names.__new__).is_some_and(|o| o.is(new))
}

/// `type.__call__` as a builtin method (for metaclasses that inherit it).
pub fn type_call_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((cls, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let Some(t) = as_type(cls) else {
        let tn = ops::type_name(vm, cls);
        return Err(vm.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{tn}'")));
    };
    type_call(vm, &t, rest, args.kwnames)
}

/// The most derived metaclass among `meta` and the bases' metaclasses.
pub fn calculate_metaclass(vm: &Vm, meta: &TypeRef, bases: &[Value]) -> PyResult<TypeRef> {
    let mut winner = meta.clone();
    for b in bases {
        let t = b.class(vm);
        if winner.is_subtype(&t) {
            continue;
        }
        if t.is_subtype(&winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: `type(x)`, or a new class.
pub fn type_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(meta) = as_type(first) else {
        let t = ops::type_name(vm, first);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({t})")));
    };
    if !meta.is_subtype(&vm.types.type_) {
        let n = meta.name();
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    if meta.ptr_eq(&vm.types.type_) && pos.len() == 2 && !args.has_kwargs() {
        return Ok(pos[1].class(vm).to_value());
    }
    if pos.len() != 4 {
        return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1)));
    }
    let (name, bases, ns) = (&pos[1], &pos[2], &pos[3]);
    if text(name).is_none() {
        let t = ops::type_name(vm, name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
    }
    let Some(Payload::Tuple(bases_items)) = bases.payload() else {
        let t = ops::type_name(vm, bases);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
    };
    if !matches!(ns.payload(), Some(Payload::Dict(_))) {
        let t = ops::type_name(vm, ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    }
    let bases_items = bases_items.to_vec();
    // Bases that want to be replaced need types.new_class().
    for b in &bases_items {
        if as_type(b).is_none() {
            let me = vm.names.__mro_entries__.clone();
            if attr::getattr_opt(vm, b, &me)?.is_some() {
                return Err(vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
            }
        }
    }
    let winner = calculate_metaclass(vm, &meta, &bases_items)?;
    if !winner.ptr_eq(&meta) {
        let new = winner.lookup(vm, &vm.names.__new__);
        let type_new_fn = vm.types.type_.lookup(vm, &vm.names.__new__);
        if let (Some(new), Some(tn)) = (new, type_new_fn) {
            if !new.is(&tn) {
                let f = attr::descr_get(vm, &new, &Value::Null, &winner)?;
                let mut all = vec![winner.to_value()];
                all.extend_from_slice(&args.args[1..]);
                return vm.call(&f, &all, args.kwnames);
            }
        }
    }
    let cls = new_class_from(vm, &winner, name, &bases_items, ns)?;
    let kwargs: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    init_subclass(vm, &cls, &kwargs)?;
    Ok(cls)
}

/// What `__slots__` asks for: the slot names (mangled, sorted) and whether instances get a
/// `__dict__` and a `__weakref__`.
struct SlotsPlan {
    names: Vec<ObjRef>,
    add_dict: bool,
    add_weak: bool,
}

/// CPython's `type_new_slots`: reads `__slots__` with its checks.
fn plan_slots(vm: &mut Vm, name: &str, base: &TypeRef, bases: &[TypeRef], dict: &ObjRef) -> PyResult<SlotsPlan> {
    let may_add_dict = !has_dict(base);
    let may_add_weak = !has_weakref(base) && !var_sized(base.layout);
    let slots_name = vm.names.__slots__.clone();
    let Some(slots) = dict_get_str(vm, dict, &slots_name) else {
        return Ok(SlotsPlan { names: Vec::new(), add_dict: may_add_dict, add_weak: may_add_weak });
    };
    let items: Vec<Value> = if text(&slots).is_some() { vec![slots.clone()] } else { crate::runtime::eval::collect_items(vm, &slots)? };
    if !items.is_empty() && var_sized(base.layout) {
        return Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base.name())));
    }
    let (mut add_dict, mut add_weak) = (false, false);
    for it in &items {
        let Some(s) = text(it) else {
            let t = ops::type_name(vm, it);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{t}'")));
        };
        if !is_identifier(&s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if !may_add_dict || add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            add_dict = true;
        }
        if s == "__weakref__" {
            if !may_add_weak || add_weak {
                return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
            }
            add_weak = true;
        }
    }
    let mut names: Vec<ObjRef> = Vec::new();
    for it in &items {
        let s = text(it).unwrap_or_default();
        if s == "__dict__" || s == "__weakref__" {
            continue;
        }
        let mangled = vm.intern(&mangle(name, &s));
        if dict_get_str(vm, dict, &mangled).is_some() && !matches!(&*mangle(name, &s), "__qualname__" | "__classcell__") {
            let r = repr_text(vm, &Value::Obj(mangled.clone()));
            return Err(vm.value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
        names.push(mangled);
    }
    names.sort_by(|a, b| match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => x.compare(y),
        _ => std::cmp::Ordering::Equal,
    });
    // Secondary bases may provide a dict or weakrefs.
    if bases.len() > 1 {
        for b in bases {
            if b.ptr_eq(base) {
                continue;
            }
            if may_add_dict && !add_dict && has_dict(b) {
                add_dict = true;
            }
            if may_add_weak && !add_weak && has_weakref(b) {
                add_weak = true;
            }
        }
    }
    Ok(SlotsPlan { names, add_dict, add_weak })
}

/// Whether `s` is a Python identifier (ASCII letters, digits, `_`, and non-ASCII letters).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A shallow copy of a dict object, in order.
fn copy_dict(vm: &Vm, ns: &Value) -> ObjRef {
    let dict = vm.new_dict();
    if let (Some(Payload::Dict(src)), Payload::Dict(dst)) = (ns.payload(), &dict.payload) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        for (h, k, v) in src.hashed_items() {
            dst.push_unique(h, k.clone(), v.clone());
        }
    }
    dict
}

fn dict_del(vm: &mut Vm, dict: &ObjRef, key: &ObjRef) -> PyResult<()> {
    if let Payload::Dict(d) = &dict.payload {
        Dict::del_item(d, vm, &Value::Obj(key.clone()))?;
    }
    Ok(())
}

/// A new class of metaclass `meta` from a tuple of bases (for classes made by native code).
pub fn new_class(vm: &mut Vm, meta: &TypeRef, name: &Value, bases: &Value, ns: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match bases.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple")),
    };
    new_class_from(vm, meta, name, &items, ns)
}

/// `type.__new__` for a new class (CPython's `type_new_impl`), without `__init_subclass__`.
pub fn new_class_from(vm: &mut Vm, meta: &TypeRef, name: &Value, bases: &[Value], ns: &Value) -> PyResult<Value> {
    let name_s = text(name).unwrap_or_default();
    let mut bases_t = Vec::with_capacity(bases.len());
    for b in bases {
        match as_type(b) {
            Some(t) => bases_t.push(t),
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    if bases_t.is_empty() {
        bases_t.push(vm.types.object.clone());
    }
    let base = best_base(vm, &bases_t)?.unwrap_or_else(|| vm.types.object.clone());
    let dict = copy_dict(vm, ns);
    let plan = plan_slots(vm, &name_s, &base, &bases_t, &dict)?;
    if name_s.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    // __module__ from the caller's globals when the namespace lacks it.
    if dict_get_str(vm, &dict, &vm.names.__module__).is_none() {
        let g = vm.current_frame().map(|f| f.globals.clone());
        if let Some(m) = g.and_then(|g| dict_get_str(vm, &g, &vm.names.__name__)) {
            dict_set_str(vm, &dict, vm.names.__module__.clone(), m);
        }
    }
    let qualname = match dict_get_str(vm, &dict, &vm.names.__qualname__) {
        Some(q) => {
            let Some(qs) = text(&q) else {
                let t = ops::type_name(vm, &q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {t}")));
            };
            dict_del(vm, &dict, &vm.names.__qualname__.clone())?;
            qs
        }
        None => name_s.clone(),
    };
    // __new__ is implicitly a static method; __init_subclass__ and __class_getitem__ class
    // methods.
    if let Some(v) = dict_get_str(vm, &dict, &vm.names.__new__) {
        if matches!(v.payload(), Some(Payload::Function(_))) {
            let sm = crate::runtime::objects::property::wrap(vm, v, true)?;
            dict_set_str(vm, &dict, vm.names.__new__.clone(), sm);
        }
    }
    for n in [vm.names.__init_subclass__.clone(), vm.names.__class_getitem__.clone()] {
        if let Some(v) = dict_get_str(vm, &dict, &n) {
            if matches!(v.payload(), Some(Payload::Function(_))) {
                let cm = crate::runtime::objects::property::wrap(vm, v, false)?;
                dict_set_str(vm, &dict, n, cm);
            }
        }
    }
    let mut f = flags::HEAPTYPE | flags::BASETYPE;
    f |= base.flags.get() & (flags::BASE_EXC_SUBCLASS | flags::SEQUENCE | flags::MAPPING);
    for b in &bases_t {
        f |= b.flags.get() & flags::BASE_EXC_SUBCLASS;
    }
    if plan.add_dict || has_dict(&base) || bases_t.iter().any(|b| b.has_flag(flags::HAS_DICT)) {
        f |= flags::HAS_DICT;
    }
    if plan.add_weak || has_weakref(&base) {
        f |= flags::HAS_WEAKREF;
    }
    let base_slots = base.nslots.get();
    let data = TypeObject {
        name: RefCell::new(Rc::from(name_s.as_str())),
        qualname: RefCell::new(Rc::from(qualname.as_str())),
        bases: RefCell::new(bases_t.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(f),
        layout: base.layout,
        nslots: Cell::new(base_slots + plan.names.len()),
        version: Cell::new(vm.next_type_version()),
        subclasses: RefCell::new(Vec::new()),
        extra: TypeExtra::default(),
    };
    let obj = Object::new_rc(meta.clone(), Payload::Type(Box::new(data)));
    let cls = TypeRef::from_obj(obj.clone()).ok_or_else(|| vm.system_error("class creation failed"))?;
    *cls.extra.own_slots.borrow_mut() = plan.names.clone();
    *cls.extra.finalizers.borrow_mut() = Some(vm.finalizers.clone());
    // Member descriptors for the slots, then the __dict__ and __weakref__ descriptors.
    for (i, n) in plan.names.iter().enumerate() {
        let d = vm.new_object(vm.types.member_descriptor.clone(), Payload::Member { name: n.clone(), index: base_slots + i, owner: cls.clone() });
        dict_set_str(vm, &dict, n.clone(), d);
    }
    // The __class__ cell of the class body.
    let classcell_name = vm.names.__classcell__.clone();
    if let Some(cell) = dict_get_str(vm, &dict, &classcell_name) {
        match cell.payload() {
            Some(Payload::Cell(c)) => *c.borrow_mut() = cls.to_value(),
            _ => {
                let t = cell.class(vm).to_value();
                let r = repr_text(vm, &t);
                return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {r}")));
            }
        }
        dict_del(vm, &dict, &classcell_name)?;
    }
    if plan.add_dict && !has_dict(&base) {
        let g = vm.new_object(vm.types.getset_descriptor.clone(), Payload::GetSet { def: &crate::runtime::objects::object_type::DICT_GETSET, owner: cls.clone() });
        dict_set_str(vm, &dict, vm.names.__dict__.clone(), g);
    }
    if plan.add_weak && !has_weakref(&base) {
        let g = vm.new_object(vm.types.getset_descriptor.clone(), Payload::GetSet { def: &crate::runtime::objects::object_type::WEAKREF_GETSET, owner: cls.clone() });
        dict_set_str(vm, &dict, vm.names.__weakref__.clone(), g);
    }
    if dict_get_str(vm, &dict, &vm.names.__doc__).is_none() {
        dict_set_str(vm, &dict, vm.names.__doc__.clone(), Value::None);
    }
    // The MRO (a metaclass may compute its own).
    let mro = compute_mro(vm, &cls)?;
    *cls.mro.borrow_mut() = mro;
    // __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(vm, &dict, &vm.names.__eq__).is_some() && dict_get_str(vm, &dict, &vm.names.__hash__).is_none() {
        dict_set_str(vm, &dict, vm.names.__hash__.clone(), Value::None);
    }
    for b in &bases_t {
        b.subclasses.borrow_mut().push(Rc::downgrade(&obj));
    }
    update_finalizer_flag(vm, &cls);
    let class_value = cls.to_value();
    // __set_name__ on the attributes.
    let attrs: Vec<(Value, Value)> = match &dict.payload {
        Payload::Dict(d) => d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let set_name = vm.names.__set_name__.clone();
    for (k, v) in attrs {
        if let Some(f) = attr::lookup_special(vm, &v, &set_name)? {
            if let Err(e) = vm.call(&f, &[class_value.clone(), k.clone()], &[]) {
                crate::runtime::objects::exception::add_note_set_name(vm, &e, &v, &k, &cls);
                return Err(e);
            }
        }
    }
    Ok(class_value)
}

/// The MRO of a class: C3 over its bases, or what its metaclass's `mro()` returns (checked).
pub fn compute_mro(vm: &mut Vm, cls: &TypeRef) -> PyResult<Vec<TypeRef>> {
    let meta = cls.obj().class();
    if !meta.ptr_eq(&vm.types.type_) {
        let mro_name = vm.intern("mro");
        let custom = meta.lookup(vm, &mro_name);
        let builtin = vm.types.type_.lookup(vm, &mro_name);
        if let (Some(m), Some(b)) = (&custom, &builtin) {
            if !m.is(b) {
                let r = ops::call_method(vm, m, &cls.to_value(), &[])?;
                let items = crate::runtime::eval::collect_items(vm, &r)?;
                let solid = layout::solid_base(cls);
                let mut out = Vec::with_capacity(items.len());
                for i in &items {
                    let Some(t) = as_type(i) else {
                        let r = repr_text(vm, i);
                        return Err(vm.type_error(format!("mro() returned a non-class ('{r}')")));
                    };
                    if !solid.is_subtype(&layout::solid_base(&t)) && !t.ptr_eq(cls) {
                        return Err(vm.type_error(format!("mro() returned base with unsuitable layout ('{}')", t.name())));
                    }
                    out.push(t);
                }
                return Ok(out);
            }
        }
    }
    let bases = cls.bases.borrow().clone();
    super::compute_mro(cls, &bases).map_err(|m| vm.type_error(m))
}

/// Calls the parent's `__init_subclass__` with the class keywords
/// (`super(cls, cls).__init_subclass__(**kwargs)`).
pub fn init_subclass(vm: &mut Vm, cls: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let Some(t) = as_type(cls) else { return Ok(()) };
    let name = vm.names.__init_subclass__.clone();
    let (found, _) = crate::runtime::objects::super_::super_lookup(vm, &t, cls, &name, false)?;
    let args: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    vm.call(&found, &args, &names)?;
    Ok(())
}

/// Private name mangling of a slot name inside class `class`.
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let c = class.trim_start_matches('_');
    if c.is_empty() {
        return name.to_string();
    }
    format!("_{c}{name}")
}

/// Sets HAS_FINALIZER on a class (and its subclasses) from whether `__del__` is found along
/// its MRO.
pub fn update_finalizer_flag(vm: &Vm, cls: &TypeRef) {
    let has = cls.lookup(vm, &vm.names.__del__).is_some();
    let f = cls.flags.get();
    if has {
        cls.flags.set(f | flags::HAS_FINALIZER);
        if cls.extra.finalizers.borrow().is_some() {
            vm.finalizers.classes.set(true);
        }
    } else {
        cls.flags.set(f & !flags::HAS_FINALIZER);
    }
    let subs: Vec<ObjRef> = cls.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).collect();
    for s in subs {
        if let Some(t) = TypeRef::from_obj(s) {
            update_finalizer_flag(vm, &t);
        }
    }
}

/// After an attribute of a class was set or deleted: keep flags derived from the namespace.
pub fn update_flags_after_set(vm: &Vm, cls: &TypeRef, name: &ObjRef) {
    if Rc::ptr_eq(name, &vm.names.__del__) {
        update_finalizer_flag(vm, cls);
    }
}

/// `cls.__bases__ = value`.
pub fn set_bases(vm: &mut Vm, cls: &TypeRef, value: &Value) -> PyResult<()> {
    let n = cls.name();
    if !cls.has_flag(flags::HEAPTYPE) {
        return Err(vm.type_error(format!("cannot set '__bases__' attribute of immutable type '{n}'")));
    }
    if value.is_null() {
        return Err(vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{n}'")));
    }
    let Some(Payload::Tuple(items)) = value.payload() else {
        let t = ops::type_name(vm, value);
        return Err(vm.type_error(format!("can only assign tuple to {n}.__bases__, not {t}")));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {n}.__bases__, not ()")));
    }
    let mut new_bases = Vec::with_capacity(items.len());
    for b in items.iter() {
        let Some(t) = as_type(b) else {
            let t = ops::type_name(vm, b);
            return Err(vm.type_error(format!("{n}.__bases__ must be tuple of classes, not '{t}'")));
        };
        if t.is_subtype(cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        new_bases.push(t);
    }
    let new_base = best_base(vm, &new_bases)?.unwrap_or_else(|| vm.types.object.clone());
    let old_base = layout::base_of(cls).unwrap_or_else(|| vm.types.object.clone());
    layout::check_compatible(vm, &old_base, &new_base, "__bases__")?;
    let old_bases = std::mem::replace(&mut *cls.bases.borrow_mut(), new_bases.clone());
    // Recompute the MRO of the class and its subclasses, restoring all on failure.
    let mut done: Vec<(TypeRef, Vec<TypeRef>)> = Vec::new();
    let mut todo = vec![cls.clone()];
    while let Some(t) = todo.pop() {
        match compute_mro(vm, &t) {
            Ok(m) => {
                let old = std::mem::replace(&mut *t.mro.borrow_mut(), m);
                done.push((t.clone(), old));
                todo.extend(t.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).filter_map(TypeRef::from_obj));
            }
            Err(e) => {
                for (t, old) in done.into_iter().rev() {
                    *t.mro.borrow_mut() = old;
                }
                *cls.bases.borrow_mut() = old_bases;
                return Err(e);
            }
        }
    }
    for b in &old_bases {
        b.subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|o| !Rc::ptr_eq(&o, cls.obj())));
    }
    for b in &new_bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(cls.obj()));
    }
    cls.modified(vm);
    update_finalizer_flag(vm, cls);
    Ok(())
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (frame, body) = prepare_class(vm, args)?;
    let engine = vm.engine;
    let cell = engine.run_frame(vm, frame)?;
    body.finish(vm, cell)
}

/// A class statement between running its body and making the class: what the metaclass call
/// needs besides the namespace the body filled.
pub struct ClassBody {
    name: Value,
    orig_bases: Vec<Value>,
    /// `__mro_entries__` replaced some bases (`__orig_bases__` is then set).
    changed: bool,
    bases: Value,
    ns: Value,
    meta: Value,
    knames: Vec<Value>,
    kvalues: Vec<Value>,
}

/// The first half of `__build_class__`: resolves the bases and the metaclass, prepares the
/// namespace, and returns the frame of the class body (to be run with the namespace as its
/// locals) and what `ClassBody::finish` needs after it.
pub fn prepare_class(vm: &mut Vm, args: CallArgs) -> PyResult<(Box<Frame>, ClassBody)> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if text(&name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    let me = vm.names.__mro_entries__.clone();
    for b in &orig_bases {
        if as_type(b).is_some() {
            bases.push(b.clone());
            continue;
        }
        match attr::getattr_opt(vm, b, &me)? {
            Some(m) => {
                let ob = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&m, &[ob], &[])?;
                match r.payload() {
                    Some(Payload::Tuple(t)) => bases.extend(t.iter().cloned()),
                    _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
                }
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for (k, v) in args.kwargs() {
        if text(k).as_deref() == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    let (mut meta_v, isclass) = match &meta {
        Some(m) => (m.clone(), as_type(m).is_some()),
        None => match bases.first() {
            Some(b) => (b.class(vm).to_value(), true),
            None => (vm.types.type_.to_value(), true),
        },
    };
    if isclass {
        if let Some(m) = as_type(&meta_v) {
            meta_v = calculate_metaclass(vm, &m, &bases)?.to_value();
        }
    }
    let (knames, kvalues): (Vec<Value>, Vec<Value>) = kwargs.iter().cloned().unzip();
    // __prepare__.
    let prep_name = vm.names.__prepare__.clone();
    let ns = match attr::getattr_opt(vm, &meta_v, &prep_name)? {
        Some(prep) => {
            let mut pargs = vec![name.clone(), bases_tuple.clone()];
            pargs.extend(kvalues.iter().cloned());
            vm.call(&prep, &pargs, &knames)?
        }
        None => Value::Obj(vm.new_dict()),
    };
    if !matches!(ns.payload(), Some(Payload::Dict(_))) && ns.class(vm).lookup(vm, &vm.names.__getitem__).is_none() {
        let mname = if isclass { as_type(&meta_v).map(|t| t.name().to_string()).unwrap_or_default() } else { "<metaclass>".to_string() };
        let t = ops::type_name(vm, &ns);
        return Err(vm.type_error(format!("{mname}.__prepare__() must return a mapping, not {t}")));
    }
    // Run the body with the namespace as its locals.
    let mut frame = Frame::new(f.code.clone(), f.globals.clone(), f.builtins.clone(), Some(ns.clone()));
    frame.func = func.as_obj().cloned();
    if let Some(closure) = &f.closure {
        let n = frame.localsplus.len();
        let k = closure.len().min(n);
        for (i, c) in closure.iter().take(k).enumerate() {
            frame.localsplus[n - k + i] = c.clone();
        }
    }
    let body = ClassBody { name, orig_bases, changed, bases: bases_tuple, ns, meta: meta_v, knames, kvalues };
    Ok((frame, body))
}

impl ClassBody {
    /// The second half of `__build_class__`: the body returned `cell` (its `__class__` cell,
    /// or None); the metaclass makes the class.
    pub fn finish(self, vm: &mut Vm, cell: Value) -> PyResult<Value> {
        let ClassBody { name, orig_bases, changed, bases, ns, meta, knames, kvalues } = self;
        if changed {
            let ob = vm.new_tuple(orig_bases);
            ops::setitem(vm, &ns, &Value::Obj(vm.names.__orig_bases__.clone()), ob)?;
        }
        let mut cargs = vec![name.clone(), bases, ns];
        cargs.extend(kvalues);
        let cls = vm.call(&meta, &cargs, &knames)?;
        check_class_cell(vm, &name, &cls, &cell)?;
        Ok(cls)
    }
}

/// The `__class__` cell of a class body must hold the class made.
fn check_class_cell(vm: &mut Vm, name: &Value, cls: &Value, cell: &Value) -> PyResult<()> {
    if let (Some(Payload::Cell(c)), true) = (cell.payload(), as_type(cls).is_some()) {
        let set = c.borrow().clone();
        if !set.is(cls) {
            let n = repr_text(vm, name);
            let b = repr_text(vm, cls);
            if set.is_null() {
                return Err(vm.runtime_error(format!(
                    "__class__ not set defining {n} as {b}. Was __classcell__ propagated to type.__new__?"
                )));
            }
            let a = repr_text(vm, &set);
            return Err(vm.type_error(format!("__class__ set to {a} defining {n} as {b}")));
        }
    }
    Ok(())
}
