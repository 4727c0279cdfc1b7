//! `types.GenericAlias`, what `list[int]` gives: `__origin__`, `__args__`, `__parameters__`,
//! the repr (`dict[str, list[int]]`), calling (creates an instance of the origin), equality and
//! hash, `__mro_entries__`, and the TypeError of `isinstance` with a parameterized generic.

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A generic alias: its origin class, its arguments (a tuple), and whether it is starred.
pub struct AliasData {
    pub origin: Value,
    pub args: Value,
    pub parameters: RefCell<Option<Value>>,
    pub starred: bool,
}

fn data(v: &Value) -> Option<&AliasData> {
    match v.payload() {
        Some(Payload::GenericAlias(d)) => Some(d),
        _ => None,
    }
}

/// A new alias `origin[args]` (args a tuple, or one argument).
pub fn new_alias(vm: &Vm, origin: Value, args: Value, starred: bool) -> Value {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    vm.new_object(
        vm.types.generic_alias.clone(),
        Payload::GenericAlias(Box::new(AliasData { origin, args, parameters: RefCell::new(None), starred })),
    )
}

/// `cls.__class_getitem__(item)` of the builtin generic classes.
pub fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let [cls, item] = pos else {
        return Err(vm.type_error(format!("__class_getitem__() takes exactly one argument ({} given)", pos.len().saturating_sub(1))));
    };
    Ok(new_alias(vm, cls.clone(), item.clone(), false))
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a AliasData)> {
    let this = sa::receiver(vm, args, "types.GenericAlias", name, |p| matches!(p, Payload::GenericAlias(_)))?;
    match data(this) {
        Some(d) => Ok((this, d)),
        None => Err(vm.type_error("GenericAlias expected")),
    }
}

fn alias_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "GenericAlias", 2, 2)?;
    let alias = new_alias(vm, r[0].clone(), r[1].clone(), false);
    // A subclass (`collections.abc`'s alias of Callable) gets an instance of its own.
    let cls = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone()));
    match cls {
        Some(cls) if !cls.ptr_eq(&vm.types.generic_alias) && cls.is_subtype(&vm.types.generic_alias) => {
            let Some(Payload::GenericAlias(d)) = alias.payload() else { return Ok(alias) };
            let data = AliasData { origin: d.origin.clone(), args: d.args.clone(), parameters: RefCell::new(None), starred: false };
            let payload = Payload::GenericAlias(Box::new(data));
            Ok(Value::Obj(crate::runtime::object::Object::with_slots_rc(cls.clone(), payload, cls.nslots.get())))
        }
        _ => Ok(alias),
    }
}

/// The repr of one argument: `...`, a class as `module.qualname`, aliases by their repr.
fn arg_repr(vm: &mut Vm, v: &Value, out: &mut String) -> PyResult<()> {
    if v.is(&Value::Obj(vm.ellipsis.clone())) {
        out.push_str("...");
        return Ok(());
    }
    if let Some(Payload::Tuple(t)) = v.payload() {
        // A list of types inside the arguments (`Callable[[int], str]`).
        if t.is_empty() {
            out.push_str("()");
            return Ok(());
        }
    }
    if data(v).is_none()
        && let Some(t) = v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
    {
        let module = dict_get_str(vm, &t.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
        let q = t.qualname.borrow().clone();
        match module.as_deref() {
            Some("builtins") | None => out.push_str(&q),
            Some(m) => out.push_str(&format!("{m}.{q}")),
        }
        return Ok(());
    }
    let r = ops::repr(vm, v)?;
    sa::push_text(out, &r);
    Ok(())
}

fn alias_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__repr__")?;
    let mut out = String::new();
    if d.starred {
        out.push('*');
    }
    arg_repr(vm, &d.origin.clone(), &mut out)?;
    out.push('[');
    let items = match d.args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        arg_repr(vm, a, &mut out)?;
    }
    out.push(']');
    Ok(vm.new_str(&out))
}

fn alias_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__call__")?;
    let origin = d.origin.clone();
    let all = &args.args[1..];
    let r = vm.call(&origin, all, args.kwnames)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = ops::setattr(vm, &r, &name, this.clone()) {
        let ignorable = vm.err_is(&e, &vm.types.exc.attribute_error.clone()) || vm.err_is(&e, &vm.types.exc.type_error.clone());
        if !ignorable {
            return Err(e);
        }
    }
    Ok(r)
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(o) = data(other) else { return Ok(vm.not_implemented()) };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented());
    }
    let eq = d.starred == o.starred && ops::eq_bool(vm, &d.origin, &o.origin)? && ops::eq_bool(vm, &d.args, &o.args)?;
    Ok(Value::Bool(eq == (op == CompareOp::Eq)))
}

fn alias_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn alias_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn alias_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn alias_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn alias_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn alias_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

fn alias_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__hash__")?;
    let (o, a) = (d.origin.clone(), d.args.clone());
    let h = ops::hash(vm, &o)? ^ ops::hash(vm, &a)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `alias | other`: a `types.UnionType`.
fn alias_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    recv(vm, &args, "__or__")?;
    let [a, b] = args.pos() else { return Ok(vm.not_implemented()) };
    crate::runtime::objects::union_type::union_or(vm, a, b)
}

/// `other | alias`.
fn alias_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    recv(vm, &args, "__ror__")?;
    let [a, b] = args.pos() else { return Ok(vm.not_implemented()) };
    crate::runtime::objects::union_type::union_or(vm, b, a)
}

fn alias_mro_entries(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__mro_entries__")?;
    Ok(vm.new_tuple(vec![d.origin.clone()]))
}

fn alias_instancecheck(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn alias_subclasscheck(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn alias_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__reduce__")?;
    let inner = vm.new_tuple(vec![d.origin.clone(), d.args.clone()]);
    Ok(vm.new_tuple(vec![vm.types.generic_alias.to_value(), inner]))
}

/// `alias[item]`: the type variables among the parameters replaced by the given arguments.
fn alias_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__getitem__")?;
    let [_, item] = args.pos() else { return Err(vm.type_error("__getitem__ expected 1 argument")) };
    let (origin, alias_args, starred) = (d.origin.clone(), d.args.clone(), d.starred);
    let params_tuple = get_parameters(vm, this)?;
    let params = crate::runtime::objects::typing::tuple_items(&params_tuple);
    if params.is_empty() {
        let r = ops::repr(vm, this)?;
        let mut s = String::new();
        sa::push_text(&mut s, &r);
        return Err(vm.type_error(format!("{s} is not a generic class")));
    }
    let values = crate::runtime::objects::typing::prepare_arguments(vm, this, &params, item)?;
    let items = crate::runtime::objects::typing::tuple_items(&alias_args);
    let new_args = crate::runtime::objects::typing::substitute(vm, &items, &params, &values)?;
    let t = vm.new_tuple(new_args);
    Ok(new_alias(vm, origin, t, starred))
}

fn alias_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__iter__")?;
    let starred = new_alias(vm, d.origin.clone(), d.args.clone(), true);
    let l = vm.new_list(vec![starred]);
    ops::iter(vm, &l)
}

fn alias_dir(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__dir__")?;
    crate::runtime::builtins::object_dir(vm, this)
}

fn get_origin(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).map(|d| d.origin.clone()).unwrap_or(Value::None))
}
fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(data(v).map(|d| d.args.clone()).unwrap_or(Value::None))
}
fn get_unpacked(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(data(v).is_some_and(|d| d.starred)))
}

/// `__parameters__`: the type variables among the arguments (objects with
/// `__typing_subst__`, and the parameters of nested aliases), in order, without repeats.
fn get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = data(v) else { return Ok(vm.new_tuple(Vec::new())) };
    if let Some(p) = d.parameters.borrow().clone() {
        return Ok(p);
    }
    let items = match d.args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let subst = vm.intern("__typing_subst__");
    let params_name = vm.intern("__parameters__");
    let mut out: Vec<Value> = Vec::new();
    for a in items {
        if a.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).is_some() {
            continue;
        }
        if a.class(vm).lookup(vm, &subst).is_some() {
            if !out.iter().any(|x| x.is(&a)) {
                out.push(a);
            }
            continue;
        }
        if let Some(ps) = ops::getattr_opt(vm, &a, &params_name)?
            && let Some(Payload::Tuple(t)) = ps.payload()
        {
            for p in t.iter() {
                if !out.iter().any(|x| x.is(p)) {
                    out.push(p.clone());
                }
            }
        }
    }
    let t = vm.new_tuple(out);
    *d.parameters.borrow_mut() = Some(t.clone());
    Ok(t)
}

fn get_unpacked_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = data(v) else { return Ok(Value::None) };
    if d.starred && d.origin.is(&vm.types.tuple.to_value()) {
        return Ok(d.args.clone());
    }
    Ok(Value::None)
}

static ALIAS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", alias_new),
    MethodDef::slot("__repr__", alias_repr),
    MethodDef::slot("__call__", alias_call),
    MethodDef::slot("__eq__", alias_eq),
    MethodDef::slot("__ne__", alias_ne),
    MethodDef::slot("__lt__", alias_lt),
    MethodDef::slot("__le__", alias_le),
    MethodDef::slot("__gt__", alias_gt),
    MethodDef::slot("__ge__", alias_ge),
    MethodDef::slot("__hash__", alias_hash),
    MethodDef::slot("__getitem__", alias_getitem),
    MethodDef::slot("__iter__", alias_iter),
    MethodDef::slot("__or__", alias_or),
    MethodDef::slot("__ror__", alias_ror),
    MethodDef::method("__mro_entries__", alias_mro_entries),
    MethodDef::method("__instancecheck__", alias_instancecheck),
    MethodDef::method("__subclasscheck__", alias_subclasscheck),
    MethodDef::method("__reduce__", alias_reduce),
    MethodDef::method("__dir__", alias_dir),
];

static ALIAS_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__origin__", get: get_origin, set: None, doc: None },
    GetSetDef { name: "__args__", get: get_args, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: get_parameters, set: None, doc: None },
    GetSetDef { name: "__unpacked__", get: get_unpacked, set: None, doc: None },
    GetSetDef { name: "__typing_unpacked_tuple_args__", get: get_unpacked_args, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.generic_alias.clone();
    add_methods(vm, &t, ALIAS_METHODS);
    add_getsets(vm, &t, ALIAS_GETSETS);
    let m = vm.new_str("types");
    crate::runtime::types::init::add_attr(vm, &t, "__module__", m);
}
