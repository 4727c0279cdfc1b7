//! The introspection builtins: `getattr`, `setattr`, `delattr`, `hasattr`, `vars`, `dir`,
//! `callable`, `id`, `isinstance` and `issubclass` (with `__instancecheck__`,
//! `__subclasscheck__`, tuples and classes that only have `__bases__`), and the default
//! `__dir__` of objects, classes and modules.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_get_str};
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// "f expected at least 2 arguments, got 1" and its variants; keyword arguments refused.
fn arg_count(vm: &Vm, args: &CallArgs, name: &str, min: usize, max: usize) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!("{name} expected {how}{min} argument{}, got {n}", s(min))));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!("{name} expected {how}{max} argument{}, got {n}", s(max))));
    }
    Ok(())
}

/// "f() takes exactly one argument (N given)".
fn one_arg<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [v] => Ok(v),
        p => Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", p.len()))),
    }
}

fn getattr_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "getattr", 2, 3)?;
    let pos = args.pos();
    let name = attr::attr_name(vm, &pos[1])?;
    if let Some(default) = pos.get(2) {
        return Ok(attr::getattr_opt(vm, &pos[0], &name)?.unwrap_or_else(|| default.clone()));
    }
    attr::getattr(vm, &pos[0], &name)
}

fn setattr_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "setattr", 3, 3)?;
    let pos = args.pos();
    let name = attr::attr_name(vm, &pos[1])?;
    attr::setattr(vm, &pos[0], &name, pos[2].clone())?;
    Ok(Value::None)
}

fn delattr_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "delattr", 2, 2)?;
    let pos = args.pos();
    let name = attr::attr_name(vm, &pos[1])?;
    attr::delattr(vm, &pos[0], &name)?;
    Ok(Value::None)
}

fn hasattr_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "hasattr", 2, 2)?;
    let pos = args.pos();
    let name = attr::attr_name(vm, &pos[1])?;
    Ok(Value::Bool(attr::getattr_opt(vm, &pos[0], &name)?.is_some()))
}

fn vars_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "vars", 0, 1)?;
    match args.pos().first() {
        None => crate::runtime::objects::frame_type::current_locals(vm),
        Some(obj) => match attr::getattr_opt(vm, obj, &vm.names.__dict__.clone())? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "dir", 0, 1)?;
    let names = match args.pos().first() {
        None => {
            let locals = crate::runtime::objects::frame_type::current_locals(vm)?;
            crate::runtime::eval::collect_items(vm, &locals)?
        }
        Some(obj) => {
            let name = vm.names.__dir__.clone();
            let r = match attr::lookup_special(vm, obj, &name)? {
                Some(f) => vm.call(&f, &[], &[])?,
                None => return Err(vm.type_error("object does not provide __dir__")),
            };
            crate::runtime::eval::collect_items(vm, &r)?
        }
    };
    sorted_list(vm, names)
}

/// A list of the values sorted with `<` (names are strs: compared natively when they are).
fn sorted_list(vm: &mut Vm, mut items: Vec<Value>) -> PyResult<Value> {
    let all_str = items.iter().all(|v| matches!(v.payload(), Some(Payload::Str(_))));
    if all_str {
        items.sort_by(|a, b| match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => x.compare(y),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(vm.new_list(items));
    }
    // Insertion sort with Python comparisons (dir() of objects whose __dir__ returns non-strs).
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let mut at = out.len();
        while at > 0 {
            let lt = ops::compare::compare_bool(vm, &v, &out[at - 1], ops::CompareOp::Lt)?;
            if !lt {
                break;
            }
            at -= 1;
        }
        out.insert(at, v);
    }
    Ok(vm.new_list(out))
}

/// Whether a value can be called.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::BuiltinFunction(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => v.class(vm).lookup(vm, &vm.names.__call__).is_some(),
    }
}

fn callable_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::Bool(is_callable(vm, v)))
}

fn id_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    let id = v.id();
    Ok(Value::from_bigint(vm, num_bigint::BigInt::from(id)))
}

fn as_type(v: &Value) -> Option<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
}

/// `cls.__bases__` when it is a tuple (what makes an object "a class" for isinstance and
/// issubclass when it is not a type).
fn abstract_bases(vm: &mut Vm, cls: &Value) -> PyResult<Option<Vec<Value>>> {
    let name = vm.intern("__bases__");
    match attr::getattr_opt(vm, cls, &name)? {
        Some(b) => match b.payload() {
            Some(Payload::Tuple(t)) => Ok(Some(t.to_vec())),
            _ => Ok(None),
        },
        None => Ok(None),
    }
}

/// Whether `derived` reaches `cls` through `__bases__`.
fn abstract_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut derived = derived.clone();
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(vm, &derived)? else { return Ok(false) };
        match bases.len() {
            0 => return Ok(false),
            1 => derived = bases[0].clone(),
            _ => {
                crate::runtime::recursion::enter(vm, " in __issubclass__")?;
                let mut r = Ok(false);
                for b in &bases {
                    r = abstract_issubclass(vm, b, cls);
                    if !matches!(r, Ok(false)) {
                        break;
                    }
                }
                crate::runtime::recursion::leave(vm);
                return r;
            }
        }
    }
}

/// `issubclass` without `__subclasscheck__` (what `type.__subclasscheck__` does).
pub fn real_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (as_type(derived), as_type(cls)) {
        return Ok(d.is_subtype(&c));
    }
    if abstract_bases(vm, derived)?.is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if abstract_bases(vm, cls)?.is_none() {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_issubclass(vm, derived, cls)
}

/// `isinstance` without `__instancecheck__` (what `type.__instancecheck__` does): by type, then
/// by the object's `__class__`.
pub fn real_isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    let class_name = vm.names.__class__.clone();
    if let Some(t) = as_type(cls) {
        if ops::is_instance(vm, inst, &t) {
            return Ok(true);
        }
        let icls = attr::getattr_opt(vm, inst, &class_name)?;
        return Ok(match icls.as_ref().and_then(as_type) {
            Some(ic) if !ic.ptr_eq(&inst.class(vm)) => ic.is_subtype(&t),
            _ => false,
        });
    }
    if abstract_bases(vm, cls)?.is_none() {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    match attr::getattr_opt(vm, inst, &class_name)? {
        Some(icls) => abstract_issubclass(vm, &icls, cls),
        None => Ok(false),
    }
}

/// The members of a `types.UnionType` (`int | str`), which isinstance and issubclass treat as
/// the tuple of its arguments.
fn union_args(vm: &mut Vm, cls: &Value) -> PyResult<Option<Value>> {
    if &*ops::type_name(vm, cls) != "UnionType" || cls.class(vm).has_flag(crate::runtime::types::flags::HEAPTYPE) {
        return Ok(None);
    }
    let name = vm.intern("__args__");
    attr::getattr_opt(vm, cls, &name)
}

/// `isinstance(inst, cls)`.
pub fn isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    // An exact match needs no hook.
    if let Some(t) = as_type(cls) {
        if inst.class(vm).ptr_eq(&t) {
            return Ok(true);
        }
        if cls.class(vm).ptr_eq(&vm.types.type_) {
            return real_isinstance(vm, inst, cls);
        }
    }
    let cls = match union_args(vm, cls)? {
        Some(a) => a,
        None => cls.clone(),
    };
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.to_vec();
        crate::runtime::recursion::enter(vm, " in __instancecheck__")?;
        let mut r = Ok(false);
        for i in &items {
            r = isinstance(vm, inst, i);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        crate::runtime::recursion::leave(vm);
        return r;
    }
    let hook = vm.names.__instancecheck__.clone();
    if let Some(checker) = attr::lookup_special(vm, &cls, &hook)? {
        crate::runtime::recursion::enter(vm, " in __instancecheck__")?;
        let r = vm.call(&checker, std::slice::from_ref(inst), &[]);
        crate::runtime::recursion::leave(vm);
        let r = r?;
        return ops::is_true(vm, &r);
    }
    real_isinstance(vm, inst, &cls)
}

/// `issubclass(derived, cls)`.
pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(c), Some(d)) = (as_type(cls), as_type(derived)) {
        if cls.class(vm).ptr_eq(&vm.types.type_) {
            return Ok(d.ptr_eq(&c) || d.is_subtype(&c));
        }
    }
    let cls = match union_args(vm, cls)? {
        Some(a) => a,
        None => cls.clone(),
    };
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.to_vec();
        crate::runtime::recursion::enter(vm, " in __subclasscheck__")?;
        let mut r = Ok(false);
        for i in &items {
            r = issubclass(vm, derived, i);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        crate::runtime::recursion::leave(vm);
        return r;
    }
    let hook = vm.names.__subclasscheck__.clone();
    if let Some(checker) = attr::lookup_special(vm, &cls, &hook)? {
        crate::runtime::recursion::enter(vm, " in __subclasscheck__")?;
        let r = vm.call(&checker, std::slice::from_ref(derived), &[]);
        crate::runtime::recursion::leave(vm);
        let r = r?;
        return ops::is_true(vm, &r);
    }
    real_issubclass(vm, derived, &cls)
}

fn isinstance_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "isinstance", 2, 2)?;
    let pos = args.pos();
    Ok(Value::Bool(isinstance(vm, &pos[0], &pos[1])?))
}

fn issubclass_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    arg_count(vm, &args, "issubclass", 2, 2)?;
    let pos = args.pos();
    Ok(Value::Bool(issubclass(vm, &pos[0], &pos[1])?))
}

// ---- __dir__ ----

/// Adds the keys of a dict object to `out`.
fn add_keys(out: &mut Vec<Value>, seen: &mut rustc_hash::FxHashSet<String>, d: &Value) {
    if let Some(Payload::Dict(d)) = d.payload() {
        for k in d.borrow().keys() {
            let key = ops::repr::text_of(k).unwrap_or_else(|| format!("{:x}", k.id()));
            if seen.insert(key) {
                out.push(k.clone());
            }
        }
    }
}

/// The names of a class and its bases (through `__bases__`, as CPython's `merge_class_dict`).
fn merge_class_dict(vm: &mut Vm, out: &mut Vec<Value>, seen: &mut rustc_hash::FxHashSet<String>, cls: &Value) -> PyResult<()> {
    let dict_name = vm.names.__dict__.clone();
    if let Some(d) = attr::getattr_opt(vm, cls, &dict_name)? {
        match d.payload() {
            Some(Payload::MappingProxy(inner)) => add_keys(out, seen, &inner.clone()),
            Some(Payload::Dict(_)) => add_keys(out, seen, &d),
            _ => {
                let keys = crate::runtime::eval::collect_items(vm, &d)?;
                for k in keys {
                    let key = ops::repr::text_of(&k).unwrap_or_default();
                    if seen.insert(key) {
                        out.push(k);
                    }
                }
            }
        }
    }
    if let Some(bases) = abstract_bases(vm, cls)? {
        crate::runtime::recursion::enter(vm, " in __dir__")?;
        let mut r = Ok(());
        for b in &bases {
            r = merge_class_dict(vm, out, seen, b);
            if r.is_err() {
                break;
            }
        }
        crate::runtime::recursion::leave(vm);
        r?;
    }
    Ok(())
}

/// `object.__dir__`: the instance's `__dict__` keys and the names of its class and bases.
pub fn object_dir(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let dict_name = vm.names.__dict__.clone();
    if let Some(d) = attr::getattr_opt(vm, obj, &dict_name)? {
        if matches!(d.payload(), Some(Payload::Dict(_))) {
            add_keys(&mut out, &mut seen, &d);
        }
    }
    let class_name = vm.names.__class__.clone();
    if let Some(c) = attr::getattr_opt(vm, obj, &class_name)? {
        merge_class_dict(vm, &mut out, &mut seen, &c)?;
    }
    Ok(vm.new_list(out))
}

/// `type.__dir__`: the names of the class and its bases.
pub fn type_dir(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    merge_class_dict(vm, &mut out, &mut seen, cls)?;
    Ok(vm.new_list(out))
}

/// `module.__dir__`: the module's `__dir__` function if it defines one, else its dict's keys.
pub fn module_dir(vm: &mut Vm, m: &Value) -> PyResult<Value> {
    let dict_name = vm.names.__dict__.clone();
    let d = attr::getattr(vm, m, &dict_name)?;
    let Some(Payload::Dict(dd)) = d.payload() else {
        let n = module_name_text(vm, m);
        return Err(vm.type_error(format!("{n}.__dict__ is not a dictionary")));
    };
    let hook = Dict::get_item(dd, vm, &Value::Obj(vm.names.__dir__.clone()))?;
    if let Some(f) = hook {
        return vm.call(&f, &[], &[]);
    }
    let keys: Vec<Value> = dd.borrow().keys().cloned().collect();
    Ok(vm.new_list(keys))
}

fn module_name_text(vm: &Vm, m: &Value) -> String {
    m.as_obj()
        .and_then(|o| o.dict.borrow().clone())
        .and_then(|d| dict_get_str(vm, &d, &vm.names.__name__))
        .and_then(|n| ops::repr::text_of(&n))
        .unwrap_or_else(|| "<module>".to_string())
}

/// The builtins this module defines.
static INTROSPECTION_BUILTINS: &[crate::runtime::objects::function::MethodDef] = &[
    crate::runtime::objects::function::MethodDef::function("getattr", getattr_builtin),
    crate::runtime::objects::function::MethodDef::function("setattr", setattr_builtin),
    crate::runtime::objects::function::MethodDef::function("delattr", delattr_builtin),
    crate::runtime::objects::function::MethodDef::function("hasattr", hasattr_builtin),
    crate::runtime::objects::function::MethodDef::function("vars", vars_builtin),
    crate::runtime::objects::function::MethodDef::function("dir", dir_builtin),
    crate::runtime::objects::function::MethodDef::function("callable", callable_builtin),
    crate::runtime::objects::function::MethodDef::function("id", id_builtin),
    crate::runtime::objects::function::MethodDef::function("isinstance", isinstance_builtin),
    crate::runtime::objects::function::MethodDef::function("issubclass", issubclass_builtin),
];

/// Puts this module's builtins into the builtins namespace `d`: `isinstance` and `issubclass`
/// always (they own the `__instancecheck__`/`__subclasscheck__` protocol), the others only where
/// the builtins table did not already provide them.
pub fn register_builtins(vm: &mut Vm, d: &ObjRef) {
    for def in INTROSPECTION_BUILTINS {
        let name = vm.intern(def.name);
        if !matches!(def.name, "isinstance" | "issubclass") && dict_get_str(vm, d, &name).is_some() {
            continue;
        }
        let f = crate::runtime::types::init::native_function(vm, def, None);
        crate::runtime::objects::dict::dict_set_str(vm, d, name, f);
    }
}

/// The interned name object of a str value (for callers holding a name as a value).
pub fn name_obj(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    attr::attr_name(vm, v)
}
