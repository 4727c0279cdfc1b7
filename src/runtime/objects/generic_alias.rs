//! `types.GenericAlias` (`list[int]`, `Alias[int]`, what `__class_getitem__` of builtin classes
//! returns) and `types.UnionType` (`int | str`): their arguments and parameters, reprs,
//! equality and hashing, substitution of type variables, calls, `__mro_entries__`, and the
//! attributes a generic alias forwards to its origin.

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::typing::{self as ty, TypingObj};
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::types::flags;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// `types.GenericAlias(origin, args)` (`args` not a tuple becomes a 1-tuple).
pub fn new_generic_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    make(vm, origin, args, false)
}

fn make(vm: &Vm, origin: Value, args: Value, starred: bool) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    ty::new_typing(vm, &vm.types.generic_alias, TypingObj::GenericAlias { origin, args, starred, params: RefCell::new(Value::Null) })
}

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn other(vm: &Vm, args: &CallArgs) -> PyResult<Value> {
    match args.pos() {
        [_, o] => Ok(o.clone()),
        _ => Err(vm.type_error("expected 1 argument")),
    }
}

/// The parameters of some arguments (`_Py_make_parameters`), computed once.
fn parameters(vm: &mut Vm, cell: &RefCell<Value>, args: &Value) -> PyResult<Value> {
    let cached = cell.borrow().clone();
    if !cached.is_null() {
        return Ok(cached);
    }
    let p = ty::collect_parameters(vm, &ty::tuple_items(args))?;
    let p = vm.new_tuple(p);
    *cell.borrow_mut() = p.clone();
    Ok(p)
}

// ---- types.GenericAlias ----

fn ga_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    match &args.pos()[1.min(args.pos().len())..] {
        [origin, a] => Ok(new_generic_alias(vm, origin.clone(), a.clone())),
        other => Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", other.len()))),
    }
}

fn ga_parts(v: &Value) -> Option<(&Value, &Value, bool, &RefCell<Value>)> {
    match ty::typing_obj(v)? {
        TypingObj::GenericAlias { origin, args, starred, params } => Some((origin, args, *starred, params)),
        _ => None,
    }
}

fn ga_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, a, starred, _)) = ga_parts(&me) else { return ops::repr(vm, &me) };
    let (origin, a) = (origin.clone(), ty::tuple_items(a));
    let mut s = String::new();
    if starred {
        s.push('*');
    }
    s.push_str(&ty::ga_repr_item(vm, &origin)?);
    s.push('[');
    if a.is_empty() {
        s.push_str("()");
    }
    for (i, x) in a.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match x.payload() {
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                s.push('[');
                for (j, y) in items.iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&ty::ga_repr_item(vm, y)?);
                }
                s.push(']');
            }
            _ => s.push_str(&ty::ga_repr_item(vm, x)?),
        }
    }
    s.push(']');
    Ok(vm.new_str(&s))
}

fn ga_get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    ga_parts(v).map(|p| p.0.clone()).ok_or_else(|| vm.type_error("expected a generic alias"))
}

fn ga_get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    ga_parts(v).map(|p| p.1.clone()).ok_or_else(|| vm.type_error("expected a generic alias"))
}

fn ga_get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((_, a, _, cell)) = ga_parts(v) else { return Err(vm.type_error("expected a generic alias")) };
    parameters(vm, cell, a)
}

fn ga_get_unpacked(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    ga_parts(v).map(|p| Value::Bool(p.2)).ok_or_else(|| vm.type_error("expected a generic alias"))
}

fn ga_get_unpacked_tuple_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((origin, a, starred, _)) = ga_parts(v) else { return Err(vm.type_error("expected a generic alias")) };
    if starred && origin.is(&vm.types.tuple.to_value()) {
        return Ok(a.clone());
    }
    Ok(Value::None)
}

fn ga_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let item = other(vm, &args)?;
    let Some((origin, a, starred, cell)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let (origin, a) = (origin.clone(), a.clone());
    let params = ty::tuple_items(&parameters(vm, cell, &a)?);
    if params.is_empty() {
        let r = ops::repr(vm, &me)?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let values = ty::prepare_arguments(vm, &me, &params, &item)?;
    let new_args = ty::substitute(vm, &ty::tuple_items(&a), &params, &values)?;
    let t = vm.new_tuple(new_args);
    Ok(make(vm, origin, t, starred))
}

fn ga_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let origin = origin.clone();
    let obj = vm.call(&origin, &args.args[1..], args.kwnames)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = ops::setattr(vm, &obj, &name, me) {
        if !vm.err_is(&e, &vm.types.exc.attribute_error.clone()) && !vm.err_is(&e, &vm.types.exc.type_error.clone()) {
            return Err(e);
        }
    }
    Ok(obj)
}

fn ga_mro_entries(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    Ok(vm.new_tuple(vec![origin.clone()]))
}

fn ga_richcompare(vm: &mut Vm, args: CallArgs, negate: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let (Some(a), Some(b)) = (ga_parts(&me), ga_parts(&o)) else { return Ok(vm.not_implemented()) };
    if a.2 != b.2 {
        return Ok(Value::Bool(negate));
    }
    let (oa, ob, aa, ab) = (a.0.clone(), b.0.clone(), a.1.clone(), b.1.clone());
    let eq = ops::eq_bool(vm, &oa, &ob)? && ops::eq_bool(vm, &aa, &ab)?;
    Ok(Value::Bool(eq != negate))
}

fn ga_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    ga_richcompare(vm, args, false)
}

fn ga_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    ga_richcompare(vm, args, true)
}

fn ga_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, a, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let (origin, a) = (origin.clone(), a.clone());
    let h = ops::hash::hash(vm, &origin)? ^ ops::hash::hash(vm, &a)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &this(&args), &o)
}

fn ga_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &o, &this(&args))
}

fn ga_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, a, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let starred = make(vm, origin.clone(), a.clone(), true);
    let l = vm.new_list(vec![starred]);
    ops::iter(vm, &l)
}

fn ga_instancecheck(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, a, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let inner = vm.new_tuple(vec![origin.clone(), a.clone()]);
    Ok(vm.new_tuple(vec![me.class(vm).to_value(), inner]))
}

fn ga_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((origin, ..)) = ga_parts(&me) else { return Err(vm.type_error("expected a generic alias")) };
    let origin = origin.clone();
    let d = vm.call_method_name(&origin, "__dir__", &[])?;
    let mut names = crate::runtime::eval::collect_items(vm, &d)?;
    for n in ATTR_EXCEPTIONS {
        let s = vm.new_str(n);
        let mut present = false;
        for x in &names {
            if ops::eq_bool(vm, x, &s)? {
                present = true;
                break;
            }
        }
        if !present {
            names.push(s);
        }
    }
    Ok(vm.new_list(names))
}

/// The attributes a generic alias answers itself; any other goes to its origin.
const ATTR_EXCEPTIONS: &[&str] = &[
    "__class__",
    "__bases__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattribute(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [me, name] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let n = ops::attr::attr_name(vm, name)?;
    let forwarded = n.as_str().and_then(|s| s.to_str()).is_some_and(|s| !ATTR_EXCEPTIONS.contains(&&*s));
    if forwarded {
        if let Some((origin, ..)) = ga_parts(me) {
            let origin = origin.clone();
            return ops::getattr(vm, &origin, &n);
        }
    }
    let t = me.class(vm);
    match ops::attr::generic_getattr(vm, me, &t, &n)? {
        Some(v) => Ok(v),
        None => Err(ops::attr::missing_attribute(vm, me, &n)),
    }
}

// ---- types.UnionType ----

fn union_parts(v: &Value) -> Option<(&Value, &RefCell<Value>)> {
    match ty::typing_obj(v)? {
        TypingObj::Union { args, params } => Some((args, params)),
        _ => None,
    }
}

/// Whether `int | x` may make a `types.UnionType` with `x`.
fn is_unionable(vm: &Vm, v: &Value) -> bool {
    v.is_none()
        || ty::is_type(v)
        || matches!(ty::typing_obj(v), Some(TypingObj::GenericAlias { .. } | TypingObj::Union { .. } | TypingObj::TypeAlias(_)))
        || v.class(vm).is_subtype(&vm.types.generic_alias)
}

/// `a | b` for classes, generic aliases, unions and type aliases (`_Py_union_type_or`):
/// NotImplemented for anything else.
pub fn union_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented());
    }
    let mut flat = Vec::new();
    for x in [a, b] {
        match union_parts(x) {
            Some((args, _)) => flat.extend(ty::tuple_items(args)),
            None => flat.push(x.clone()),
        }
    }
    make_union_type(vm, flat)
}

/// A `types.UnionType` of these arguments (None as NoneType), duplicates removed; a single
/// argument is returned as it is.
pub fn make_union_type(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    for x in items {
        let x = if x.is_none() { vm.types.none_type.to_value() } else { x };
        let mut dup = false;
        for y in &out {
            if y.is(&x) || (ga_parts(y).is_some() && ga_parts(&x).is_some() && ops::eq_bool(vm, y, &x)?) {
                dup = true;
                break;
            }
        }
        if !dup {
            out.push(x);
        }
    }
    if out.len() == 1 {
        return Ok(out.remove(0));
    }
    let args = vm.new_tuple(out);
    Ok(ty::new_typing(vm, &vm.types.union_type, TypingObj::Union { args, params: RefCell::new(Value::Null) }))
}

fn union_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((a, _)) = union_parts(&me) else { return ops::repr(vm, &me) };
    let items = ty::tuple_items(a);
    let mut parts = Vec::with_capacity(items.len());
    for x in &items {
        if x.is(&vm.types.none_type.to_value()) {
            parts.push("None".to_string());
        } else {
            parts.push(ty::ga_repr_item(vm, x)?);
        }
    }
    Ok(vm.new_str(&parts.join(" | ")))
}

fn union_get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    union_parts(v).map(|p| p.0.clone()).ok_or_else(|| vm.type_error("expected a union"))
}

fn union_get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some((a, cell)) = union_parts(v) else { return Err(vm.type_error("expected a union")) };
    parameters(vm, cell, a)
}

fn union_or_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &this(&args), &o)
}

fn union_ror_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    union_or(vm, &o, &this(&args))
}

/// The members of a union as a set-like list (order ignored for equality).
fn same_members(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (x, ys) in [(a, b), (b, a)] {
        for i in x {
            let mut found = false;
            for j in ys {
                if i.is(j) || ops::eq_bool(vm, i, j)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn union_richcompare(vm: &mut Vm, args: CallArgs, negate: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let (Some((a, _)), Some((b, _))) = (union_parts(&me), union_parts(&o)) else { return Ok(vm.not_implemented()) };
    let (a, b) = (ty::tuple_items(a), ty::tuple_items(b));
    let eq = same_members(vm, &a, &b)?;
    Ok(Value::Bool(eq != negate))
}

fn union_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_richcompare(vm, args, false)
}

fn union_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_richcompare(vm, args, true)
}

fn union_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((a, _)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    let mut h: i64 = 0x345678;
    for x in ty::tuple_items(a) {
        h ^= ops::hash::hash(vm, &x)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn union_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let item = other(vm, &args)?;
    let Some((a, cell)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    let a = a.clone();
    let params = ty::tuple_items(&parameters(vm, cell, &a)?);
    if params.is_empty() {
        let r = ops::repr(vm, &me)?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let values = ty::prepare_arguments(vm, &me, &params, &item)?;
    let new_args = ty::substitute(vm, &ty::tuple_items(&a), &params, &values)?;
    // The result is the `|` of the substituted arguments.
    let mut it = new_args.into_iter();
    let Some(mut acc) = it.next() else { return Ok(me) };
    for x in it {
        acc = ops::binary_op(vm, &acc, &x, ops::arith::BinOp::Or, false)?;
    }
    Ok(acc)
}

/// `isinstance(obj, int | str)` and `issubclass`: any member matches.
fn union_check(vm: &mut Vm, args: CallArgs, sub: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let Some((a, _)) = union_parts(&me) else { return Err(vm.type_error("expected a union")) };
    for x in ty::tuple_items(a) {
        if ga_parts(&x).is_some() {
            let what = if sub { "issubclass" } else { "isinstance" };
            return Err(vm.type_error(format!("{what}() argument 2 cannot be a parameterized generic")));
        }
        let Some(t) = x.as_obj().and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone())) else { continue };
        let hit = if sub {
            o.as_obj().and_then(|c| crate::runtime::types::TypeRef::from_obj(c.clone())).is_some_and(|c| c.is_subtype(&t))
        } else {
            ops::is_instance(vm, &o, &t)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_instancecheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_check(vm, args, false)
}

fn union_subclasscheck(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    union_check(vm, args, true)
}

static GA_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ga_new),
    MethodDef::slot("__getattribute__", ga_getattribute),
    MethodDef::slot("__repr__", ga_repr),
    MethodDef::slot("__hash__", ga_hash),
    MethodDef::slot("__call__", ga_call),
    MethodDef::slot("__eq__", ga_eq),
    MethodDef::slot("__ne__", ga_ne),
    MethodDef::slot("__getitem__", ga_getitem),
    MethodDef::slot("__or__", ga_or),
    MethodDef::slot("__ror__", ga_ror),
    MethodDef::slot("__iter__", ga_iter),
    MethodDef::method("__mro_entries__", ga_mro_entries),
    MethodDef::method("__instancecheck__", ga_instancecheck),
    MethodDef::method("__subclasscheck__", ga_subclasscheck),
    MethodDef::method("__reduce__", ga_reduce),
    MethodDef::method("__dir__", ga_dir),
];

static GA_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__origin__", get: ga_get_origin, set: None, doc: None },
    GetSetDef { name: "__args__", get: ga_get_args, set: None, doc: None },
    GetSetDef { name: "__unpacked__", get: ga_get_unpacked, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: ga_get_parameters, set: None, doc: None },
    GetSetDef { name: "__typing_unpacked_tuple_args__", get: ga_get_unpacked_tuple_args, set: None, doc: None },
];

static UNION_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", union_repr),
    MethodDef::slot("__hash__", union_hash),
    MethodDef::slot("__eq__", union_eq),
    MethodDef::slot("__ne__", union_ne),
    MethodDef::slot("__getitem__", union_getitem),
    MethodDef::slot("__or__", union_or_slot),
    MethodDef::slot("__ror__", union_ror_slot),
    MethodDef::method("__instancecheck__", union_instancecheck),
    MethodDef::method("__subclasscheck__", union_subclasscheck),
];

static UNION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__args__", get: union_get_args, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: union_get_parameters, set: None, doc: None },
];

/// Whether an object is an instance of one of this module's types.
pub fn is_alias(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Typing(t) if matches!(**t, TypingObj::GenericAlias { .. } | TypingObj::Union { .. }))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.generic_alias.clone();
    add_methods(vm, &t, GA_METHODS);
    add_getsets(vm, &t, GA_GETSETS);
    let m = vm.new_str("types");
    add_attr(vm, &t, "__module__", m);
    t.flags.set(t.flags.get() | flags::CUSTOM_GETATTRIBUTE);
    let t = vm.types.union_type.clone();
    add_methods(vm, &t, UNION_METHODS);
    add_getsets(vm, &t, UNION_GETSETS);
    let m = vm.new_str("types");
    add_attr(vm, &t, "__module__", m);
}
