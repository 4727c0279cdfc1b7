//! Classes: calling a type (`__new__` then `__init__`), `type(name, bases, dict)` (the layout,
//! MRO, `__slots__`, `__dict__`, `__set_name__`, `__init_subclass__`, `__classcell__`), and
//! `__build_class__` (`__mro_entries__`, the most derived metaclass, `__prepare__`, running the
//! class body).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Layout, TypeObject, TypeRef, flags};
use crate::machine::Engine;
use crate::runtime::frame::Frame;
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// `cls(*args, **kwargs)` for a class whose metaclass does not override `__call__`.
pub fn type_call(vm: &mut Vm, cls: &TypeRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if cls.ptr_eq(&vm.types.type_) && npos == 1 && kwnames.is_empty() {
        return Ok(args[0].class(vm).to_value());
    }
    if cls.ptr_eq(&vm.types.str) && npos == 1 && kwnames.is_empty() {
        return ops::str_of(vm, &args[0]);
    }
    let new = cls.lookup(vm, &vm.names.__new__);
    let Some(new) = new else {
        return Err(vm.type_error(format!("cannot create '{}' instances", cls.name())));
    };
    let mut new_args = Vec::with_capacity(args.len() + 1);
    new_args.push(cls.to_value());
    new_args.extend_from_slice(args);
    let new_fn = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
        _ => new,
    };
    let obj = vm.call(&new_fn, &new_args, kwnames)?;
    if !ops::is_instance(vm, &obj, cls) {
        return Ok(obj);
    }
    let obj_type = obj.class(vm);
    if let Some(init) = obj_type.lookup(vm, &vm.names.__init__) {
        let r = ops::call_method(vm, &init, &obj, args);
        let r = if kwnames.is_empty() {
            r
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            drop(r);
            if crate::runtime::call::is_plain_method(&init) {
                vm.call(&init, &all, kwnames)
            } else {
                let bound = ops::attr::bind(vm, &init, &obj)?;
                vm.call(&bound, args, kwnames)
            }
        }?;
        if !r.is_none() {
            let t = ops::type_name(vm, &r);
            return Err(vm.type_error(format!("__init__() should return None, not '{t}'")));
        }
    }
    Ok(obj)
}

/// `type.__call__` as a builtin method (for metaclasses that inherit it).
pub fn type_call_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((cls, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    type_call(vm, &t, rest, args.kwnames)
}

/// The layout a class gets from its bases (their most derived builtin layout); TypeError when
/// two bases have conflicting layouts.
fn solid_layout(vm: &Vm, bases: &[TypeRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = b.layout;
        if l == Layout::Object {
            continue;
        }
        if layout == Layout::Object || layout == l {
            layout = l;
        } else {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(layout)
}

/// The text of a str value.
fn text(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.to_string_lossy()),
        _ => None,
    }
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: a new class.
pub fn new_class(vm: &mut Vm, meta: &TypeRef, name: &Value, bases: &Value, ns: &Value) -> PyResult<Value> {
    let Some(name_s) = text(name) else {
        let t = ops::type_name(vm, name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
    };
    let bases_v: Vec<Value> = match bases.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let t = ops::type_name(vm, bases);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
        }
    };
    let Some(Payload::Dict(ns_dict)) = ns.payload() else {
        let t = ops::type_name(vm, ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    };
    let mut bases_t = Vec::new();
    for b in &bases_v {
        match b.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
            Some(t) => {
                if !t.has_flag(flags::BASETYPE) {
                    return Err(vm.type_error(format!("type '{}' is not an acceptable base type", t.name())));
                }
                bases_t.push(t);
            }
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    if bases_t.is_empty() {
        bases_t.push(vm.types.object.clone());
    }
    let layout = solid_layout(vm, &bases_t)?;
    // The namespace is copied into a fresh dict.
    let dict = vm.new_dict();
    let items: Vec<(i64, Value, Value)> = ns_dict.borrow().hashed_items().map(|(h, k, v)| (h, k.clone(), v.clone())).collect();
    if let Payload::Dict(d) = &dict.payload {
        let mut d = d.borrow_mut();
        for (h, k, v) in items {
            d.push_unique(h, k, v);
        }
    }
    // Flags inherited from the bases.
    let mut f = flags::HEAPTYPE | flags::BASETYPE;
    for b in &bases_t {
        f |= b.flags.get() & (flags::BASE_EXC_SUBCLASS | flags::SEQUENCE | flags::MAPPING | flags::HAS_DICT);
    }
    // __slots__.
    let slots_name = vm.names.__slots__.clone();
    let slots = dict_get_str(vm, &dict, &slots_name);
    let mut slot_names: Vec<ObjRef> = Vec::new();
    let mut wants_dict = true;
    if let Some(sv) = &slots {
        wants_dict = false;
        let names: Vec<Value> = if text(sv).is_some() { vec![sv.clone()] } else { crate::runtime::eval::collect_items(vm, sv)? };
        for n in names {
            let Some(s) = text(&n) else {
                let t = ops::type_name(vm, &n);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{t}'")));
            };
            if s == "__dict__" {
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            let mangled = mangle(&name_s, &s);
            slot_names.push(vm.intern(&mangled));
        }
    }
    let base_slots: usize = bases_t.iter().map(|b| b.nslots.get()).max().unwrap_or(0);
    if wants_dict && layout != Layout::Type {
        f |= flags::HAS_DICT;
    }
    let qualname = match dict_get_str(vm, &dict, &vm.names.__qualname__) {
        Some(q) => {
            let Some(qs) = text(&q) else {
                let t = ops::type_name(vm, &q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {t}")));
            };
            if let Payload::Dict(d) = &dict.payload {
                Dict::del_item(d, vm, &Value::Obj(vm.names.__qualname__.clone()))?;
            }
            qs
        }
        None => name_s.clone(),
    };
    let version = vm.next_type_version();
    let data = TypeObject {
        name: RefCell::new(Rc::from(name_s.as_str())),
        qualname: RefCell::new(Rc::from(qualname.as_str())),
        bases: RefCell::new(bases_t.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(f),
        layout,
        nslots: Cell::new(base_slots + slot_names.len()),
        version: Cell::new(version),
        subclasses: RefCell::new(Vec::new()),
    };
    let obj = Rc::new(Object::new(meta.clone(), Payload::Type(Box::new(data))));
    let cls = TypeRef::from_obj(obj.clone()).ok_or_else(|| vm.system_error("class creation failed"))?;
    let mro = super::compute_mro(&cls, &bases_t).map_err(|m| vm.type_error(m))?;
    *cls.mro.borrow_mut() = mro;
    for b in &bases_t {
        b.subclasses.borrow_mut().push(Rc::downgrade(&obj));
    }
    // Member descriptors for the slots.
    for (i, n) in slot_names.iter().enumerate() {
        let d = vm.new_object(vm.types.member_descriptor.clone(), Payload::Member { name: n.clone(), index: base_slots + i, owner: cls.clone() });
        dict_set_str(vm, &dict, n.clone(), d);
    }
    // __module__ from the caller's globals when the namespace lacks it.
    if dict_get_str(vm, &dict, &vm.names.__module__).is_none() {
        if let Some(g) = vm.current_frame().map(|f| f.globals.clone()) {
            if let Some(m) = dict_get_str(vm, &g, &vm.names.__name__) {
                dict_set_str(vm, &dict, vm.names.__module__.clone(), m);
            }
        }
    }
    if dict_get_str(vm, &dict, &vm.names.__doc__).is_none() {
        dict_set_str(vm, &dict, vm.names.__doc__.clone(), Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable.
    if dict_get_str(vm, &dict, &vm.names.__eq__).is_some() && dict_get_str(vm, &dict, &vm.names.__hash__).is_none() {
        dict_set_str(vm, &dict, vm.names.__hash__.clone(), Value::None);
    }
    // __init_subclass__ and __class_getitem__ are implicitly class methods; __new__ a static one.
    for n in [vm.names.__init_subclass__.clone(), vm.names.__class_getitem__.clone()] {
        if let Some(v) = dict_get_str(vm, &dict, &n) {
            if matches!(v.payload(), Some(Payload::Function(_))) {
                let cm = vm.new_object(vm.types.classmethod.clone(), Payload::ClassMethod(RefCell::new(v)));
                dict_set_str(vm, &dict, n, cm);
            }
        }
    }
    if let Some(v) = dict_get_str(vm, &dict, &vm.names.__new__) {
        if matches!(v.payload(), Some(Payload::Function(_))) {
            let sm = vm.new_object(vm.types.staticmethod.clone(), Payload::StaticMethod(RefCell::new(v)));
            dict_set_str(vm, &dict, vm.names.__new__.clone(), sm);
        }
    }
    // The __class__ cell of the class body.
    let classcell_name = vm.names.__classcell__.clone();
    if let Some(cell) = dict_get_str(vm, &dict, &classcell_name) {
        match cell.payload() {
            Some(Payload::Cell(c)) => *c.borrow_mut() = cls.to_value(),
            _ => {
                let t = ops::type_name(vm, &cell);
                return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {t}")));
            }
        }
        if let Payload::Dict(d) = &dict.payload {
            Dict::del_item(d, vm, &Value::Obj(classcell_name))?;
        }
    }
    let class_value = cls.to_value();
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    let attrs: Vec<(Value, Value)> = match &dict.payload {
        Payload::Dict(d) => d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let set_name = vm.names.__set_name__.clone();
    for (k, v) in attrs {
        if let Some(f) = v.class(vm).lookup(vm, &set_name) {
            if let Err(e) = ops::call_method(vm, &f, &v, &[class_value.clone(), k.clone()]) {
                crate::runtime::objects::exception::add_note_set_name(vm, &e, &v, &k, &cls);
                return Err(e);
            }
        }
    }
    Ok(class_value)
}

/// Calls the parent's `__init_subclass__` with the class keywords.
pub fn init_subclass(vm: &mut Vm, cls: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else { return Ok(()) };
    let (found, recv) = crate::runtime::objects::super_::super_lookup(vm, &t, cls, &vm.names.__init_subclass__.clone(), false)?;
    let _ = recv;
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

/// After an attribute of a class was set or deleted: keep flags derived from the namespace.
pub fn update_flags_after_set(vm: &Vm, cls: &TypeRef, name: &ObjRef) {
    let _ = (vm, cls, name);
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
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
    for b in &orig_bases {
        if b.as_obj().is_some_and(|o| matches!(o.payload, Payload::Type(_))) {
            bases.push(b.clone());
            continue;
        }
        let me = vm.names.__mro_entries__.clone();
        match ops::getattr_opt(vm, b, &me)? {
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
    // The most derived metaclass.
    let is_class = meta.as_ref().map(|m| m.as_obj().is_some_and(|o| TypeRef::from_obj(o.clone()).is_some()));
    let mut meta_v = match &meta {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => b.class(vm).to_value(),
            None => vm.types.type_.to_value(),
        },
    };
    if is_class.unwrap_or(true) {
        if let Some(mut winner) = meta_v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
            for b in &bases {
                let bt = b.class(vm);
                if winner.is_subtype(&bt) {
                    continue;
                }
                if bt.is_subtype(&winner) {
                    winner = bt;
                    continue;
                }
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            meta_v = winner.to_value();
        }
    }
    // __prepare__.
    let prep_name = vm.names.__prepare__.clone();
    let ns = match ops::getattr_opt(vm, &meta_v, &prep_name)? {
        Some(prep) => {
            let mut pargs = vec![name.clone(), bases_tuple.clone()];
            let mut pnames = Vec::new();
            for (k, v) in &kwargs {
                pargs.push(v.clone());
                pnames.push(k.clone());
            }
            vm.call(&prep, &pargs, &pnames)?
        }
        None => Value::Obj(vm.new_dict()),
    };
    if !ns.class(vm).has_flag(flags::MAPPING) && !matches!(ns.payload(), Some(Payload::Dict(_))) {
        let has_getitem = ns.class(vm).lookup(vm, &vm.names.__getitem__).is_some();
        if !has_getitem {
            let mname = meta_v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).map(|t| t.name().to_string()).unwrap_or_else(|| "<metaclass>".into());
            let t = ops::type_name(vm, &ns);
            return Err(vm.type_error(format!("{mname}.__prepare__() must return a mapping, not {t}")));
        }
    }
    // Run the body with the namespace as its locals.
    let code = f.code.clone();
    let mut frame = Frame::new(code, f.globals.clone(), f.builtins.clone(), Some(ns.clone()));
    frame.func = func.as_obj().cloned();
    if let Some(closure) = &f.closure {
        let n = frame.localsplus.len();
        let k = closure.len().min(n);
        for (i, c) in closure.iter().take(k).enumerate() {
            frame.localsplus[n - k + i] = c.clone();
        }
    }
    let engine = vm.engine;
    let cell = engine.run_frame(vm, frame)?;
    if changed {
        let ob = vm.new_tuple(orig_bases);
        ops::setitem(vm, &ns, &Value::Obj(vm.names.__orig_bases__.clone()), ob)?;
    }
    let mut cargs = vec![name, bases_tuple, ns];
    let mut cnames = Vec::new();
    for (k, v) in &kwargs {
        cargs.push(v.clone());
        cnames.push(k.clone());
    }
    let cls = vm.call(&meta_v, &cargs, &cnames)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let set = c.borrow().clone();
        if set.is_null() || !set.is(&cls) {
            if !set.is_null() {
                let a = ops::repr::text_of(&ops::repr(vm, &set)?).unwrap_or_default();
                let b = ops::repr::text_of(&ops::repr(vm, &cls)?).unwrap_or_default();
                let n = text(&cargs[0]).unwrap_or_default();
                return Err(vm.type_error(format!("__class__ set to {a} defining {n} as {b}")));
            }
            *c.borrow_mut() = cls.clone();
        }
    }
    Ok(cls)
}

/// `type.__new__` as a builtin: `type(x)` with one argument, or a new class.
pub fn type_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(meta) = pos.first().and_then(|m| m.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    match pos.len() {
        2 if meta.ptr_eq(&vm.types.type_) && !args.has_kwargs() => Ok(pos[1].class(vm).to_value()),
        4 => {
            let cls = new_class(vm, &meta, &pos[1], &pos[2], &pos[3])?;
            let kwargs: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
            init_subclass(vm, &cls, &kwargs)?;
            Ok(cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}
