//! `typing.TypeVar`, `typing.ParamSpec`, `typing.TypeVarTuple` and `P.args`/`P.kwargs`
//! (`typing.ParamSpecArgs`/`ParamSpecKwargs`): creation by PEP 695 syntax and by their
//! constructors, lazily evaluated bounds and constraints, variance, reprs (`~T`, `+T`, `-T`,
//! `T` when inferred), `|`, substitution hooks and their errors.

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::typing::{self as ty, TypeVarData, TypingObj};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn data(name: Value, evaluate_bound: Value, evaluate_constraints: Value, co: bool, contra: bool, infer: bool) -> TypeVarData {
    TypeVarData {
        name,
        bound: RefCell::new(Value::Null),
        evaluate_bound,
        constraints: RefCell::new(Value::Null),
        evaluate_constraints,
        covariant: co,
        contravariant: contra,
        infer_variance: infer,
    }
}

/// A TypeVar made by type parameter syntax (variance inferred, bound and constraints lazy).
pub fn make_typevar(vm: &Vm, name: Value, evaluate_bound: Value, evaluate_constraints: Value) -> Value {
    ty::new_typing(vm, &vm.types.typevar, TypingObj::TypeVar(data(name, evaluate_bound, evaluate_constraints, false, false, true)))
}

/// A ParamSpec made by type parameter syntax.
pub fn make_paramspec(vm: &Vm, name: Value) -> Value {
    ty::new_typing(vm, &vm.types.paramspec, TypingObj::ParamSpec(data(name, Value::Null, Value::Null, false, false, true)))
}

/// A TypeVarTuple made by type parameter syntax.
pub fn make_typevartuple(vm: &Vm, name: Value) -> Value {
    ty::new_typing(vm, &vm.types.typevartuple, TypingObj::TypeVarTuple { name })
}

/// Sets `__module__` of a type variable made by a constructor (the caller's module).
fn set_caller_module(vm: &mut Vm, v: &Value) {
    let module = vm
        .current_frame()
        .and_then(|f| crate::runtime::objects::dict::dict_get_str(vm, &f.globals, &vm.names.__name__));
    if let (Some(m), Some(o)) = (module, v.as_obj()) {
        let d = vm.new_dict();
        crate::runtime::objects::dict::dict_set_str(vm, &d, vm.names.__module__.clone(), m);
        *o.dict.borrow_mut() = Some(d);
    }
}

/// Parses `name` and keyword flags of the constructors (`fname` is how errors name them).
struct Parsed {
    name: Value,
    rest: Vec<Value>,
    bound: Value,
    covariant: bool,
    contravariant: bool,
    infer_variance: bool,
}

fn parse_new(vm: &mut Vm, args: &CallArgs, fname: &str, kw_allowed: &[&str], varargs: bool) -> PyResult<Parsed> {
    let pos = &args.pos()[1..];
    let mut p = Parsed { name: Value::Null, rest: Vec::new(), bound: Value::None, covariant: false, contravariant: false, infer_variance: false };
    if let Some(n) = pos.first() {
        p.name = n.clone();
        if varargs {
            p.rest = pos[1..].to_vec();
        } else if pos.len() > 1 {
            return Err(vm.type_error(format!("{fname}() takes at most 1 positional argument ({} given)", pos.len())));
        }
    }
    for (k, v) in args.kwargs() {
        let key = ops::repr::text_of(k).unwrap_or_default();
        if key == "name" && p.name.is_null() {
            p.name = v.clone();
            continue;
        }
        if !kw_allowed.contains(&key.as_str()) {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {fname}()")));
        }
        match key.as_str() {
            "bound" => p.bound = v.clone(),
            "covariant" => p.covariant = ops::is_true(vm, v)?,
            "contravariant" => p.contravariant = ops::is_true(vm, v)?,
            "infer_variance" => p.infer_variance = ops::is_true(vm, v)?,
            _ => {}
        }
    }
    if p.name.is_null() {
        return Err(vm.type_error(format!("{fname}() missing required argument 'name' (pos 1)")));
    }
    if !matches!(p.name.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &p.name);
        return Err(vm.type_error(format!("{fname}() argument 'name' must be str, not {t}")));
    }
    if p.covariant && p.contravariant {
        return Err(vm.value_error("Bivariant types are not supported."));
    }
    if p.infer_variance && (p.covariant || p.contravariant) {
        return Err(vm.value_error("Variance cannot be specified with infer_variance."));
    }
    Ok(p)
}

fn typevar_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = parse_new(vm, &args, "typevar", &["bound", "covariant", "contravariant", "infer_variance"], true)?;
    let bound = if p.bound.is_none() { Value::None } else { ty::type_check(vm, &p.bound, "Bound must be a type.")? };
    if !p.rest.is_empty() && !bound.is_none() {
        return Err(vm.type_error("Constraints cannot be combined with bound=..."));
    }
    if p.rest.len() == 1 {
        return Err(vm.type_error("A single constraint is not allowed"));
    }
    // CPython 3.12 keeps the constraints as given (no type check).
    let constraints = p.rest.clone();
    let d = data(p.name, Value::Null, Value::Null, p.covariant, p.contravariant, p.infer_variance);
    *d.bound.borrow_mut() = bound;
    *d.constraints.borrow_mut() = vm.new_tuple(constraints);
    let v = ty::new_typing(vm, &vm.types.typevar, TypingObj::TypeVar(d));
    set_caller_module(vm, &v);
    Ok(v)
}

fn paramspec_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = parse_new(vm, &args, "paramspec", &["bound", "covariant", "contravariant", "infer_variance"], false)?;
    let bound = if p.bound.is_none() { Value::None } else { ty::type_check(vm, &p.bound, "Bound must be a type.")? };
    let d = data(p.name, Value::Null, Value::Null, p.covariant, p.contravariant, p.infer_variance);
    *d.bound.borrow_mut() = bound;
    let v = ty::new_typing(vm, &vm.types.paramspec, TypingObj::ParamSpec(d));
    set_caller_module(vm, &v);
    Ok(v)
}

fn typevartuple_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = parse_new(vm, &args, "typevartuple", &[], false)?;
    let v = make_typevartuple(vm, p.name);
    set_caller_module(vm, &v);
    Ok(v)
}

fn paramspecattr_new(vm: &mut Vm, args: CallArgs, kwargs: bool) -> PyResult<Value> {
    let fname = if kwargs { "paramspeckwargs" } else { "paramspecargs" };
    let origin = match (&args.pos()[1..], args.kwargs().next()) {
        ([o], None) => o.clone(),
        ([], Some((k, v))) if ops::repr::text_of(k).as_deref() == Some("origin") => v.clone(),
        _ => return Err(vm.type_error(format!("{fname}() takes exactly one argument"))),
    };
    let class = if kwargs { vm.types.paramspec_kwargs.clone() } else { vm.types.paramspec_args.clone() };
    Ok(ty::new_typing(vm, &class, TypingObj::ParamSpecAttr { origin, kwargs }))
}

fn paramspecargs_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    paramspecattr_new(vm, args, false)
}

fn paramspeckwargs_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    paramspecattr_new(vm, args, true)
}

// ---- attributes ----

fn tv_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeVarData> {
    match ty::typing_obj(v) {
        Some(TypingObj::TypeVar(d) | TypingObj::ParamSpec(d)) => Ok(d),
        _ => Err(vm.type_error("descriptor requires a 'typing.TypeVar' object")),
    }
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match ty::typing_obj(v) {
        Some(TypingObj::TypeVar(d) | TypingObj::ParamSpec(d)) => Ok(d.name.clone()),
        Some(TypingObj::TypeVarTuple { name }) => Ok(name.clone()),
        _ => Err(vm.type_error("descriptor '__name__' requires a type variable")),
    }
}

/// A lazily evaluated attribute: the cached value, the evaluation (cached once it succeeds),
/// or `default`.
fn lazy(vm: &mut Vm, cell: &RefCell<Value>, evaluate: &Value, default: Value) -> PyResult<Value> {
    let cached = cell.borrow().clone();
    if !cached.is_null() {
        return Ok(cached);
    }
    if evaluate.is_null() {
        return Ok(default);
    }
    let v = vm.call(evaluate, &[], &[])?;
    *cell.borrow_mut() = v.clone();
    Ok(v)
}

fn get_bound(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = tv_data(vm, v)?;
    lazy(vm, &d.bound, &d.evaluate_bound, Value::None)
}

fn get_constraints(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = tv_data(vm, v)?;
    let empty = Value::Obj(vm.empty_tuple.clone());
    lazy(vm, &d.constraints, &d.evaluate_constraints, empty)
}

fn get_covariant(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(tv_data(vm, v)?.covariant))
}

fn get_contravariant(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(tv_data(vm, v)?.contravariant))
}

fn get_infer_variance(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(tv_data(vm, v)?.infer_variance))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tv_data(vm, v)?;
    Ok(ty::new_typing(vm, &vm.types.paramspec_args, TypingObj::ParamSpecAttr { origin: v.clone(), kwargs: false }))
}

fn get_kwargs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tv_data(vm, v)?;
    Ok(ty::new_typing(vm, &vm.types.paramspec_kwargs, TypingObj::ParamSpecAttr { origin: v.clone(), kwargs: true }))
}

fn get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match ty::typing_obj(v) {
        Some(TypingObj::ParamSpecAttr { origin, .. }) => Ok(origin.clone()),
        _ => Err(vm.type_error("descriptor '__origin__' requires a 'typing.ParamSpecArgs' object")),
    }
}

// ---- methods ----

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn arg1(vm: &Vm, args: &CallArgs, what: &str) -> PyResult<Value> {
    match &args.pos()[1.min(args.pos().len())..] {
        [v] if !args.has_kwargs() => Ok(v.clone()),
        _ => Err(vm.type_error(format!("{what}() takes exactly one argument"))),
    }
}

fn tv_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    match ty::typing_obj(&v) {
        Some(TypingObj::TypeVar(d) | TypingObj::ParamSpec(d)) => {
            let name = ops::repr::text_of(&d.name).unwrap_or_default();
            if d.infer_variance {
                return Ok(d.name.clone());
            }
            let prefix = if d.covariant {
                '+'
            } else if d.contravariant {
                '-'
            } else {
                '~'
            };
            Ok(vm.new_str(&format!("{prefix}{name}")))
        }
        Some(TypingObj::TypeVarTuple { name }) => Ok(name.clone()),
        Some(TypingObj::ParamSpecAttr { origin, kwargs }) => {
            let suffix = if *kwargs { "kwargs" } else { "args" };
            let head = match ty::typing_obj(origin) {
                Some(TypingObj::ParamSpec(d)) => ops::repr::text_of(&d.name).unwrap_or_default(),
                _ => {
                    let r = ops::repr(vm, origin)?;
                    ops::repr::text_of(&r).unwrap_or_default()
                }
            };
            Ok(vm.new_str(&format!("{head}.{suffix}")))
        }
        _ => ops::repr(vm, &v),
    }
}

fn tv_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    get_name(vm, &this(&args))
}

fn tv_mro_entries(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let which = v.class(vm).name();
    Err(vm.type_error(format!("Cannot subclass an instance of {which}")))
}

fn tv_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let other = arg1(vm, &args, "__or__")?;
    super::typing_alias::make_union(vm, &[this(&args), other])
}

fn tv_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let other = arg1(vm, &args, "__ror__")?;
    super::typing_alias::make_union(vm, &[other, this(&args)])
}

/// Whether `v.name` exists and is true.
fn is_true_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<bool> {
    let n = vm.intern(name);
    match ops::getattr_opt(vm, v, &n)? {
        Some(x) => ops::is_true(vm, &x),
        None => Ok(false),
    }
}

/// `TypeVar.__typing_subst__(arg)` (typing's `_typevar_subst`).
fn typevar_subst(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let arg = arg1(vm, &args, "__typing_subst__")?;
    let arg = ty::type_check(vm, &arg, "Parameters to generic types must be types.")?;
    let unpacked = matches!(ty::typing_obj(&arg), Some(TypingObj::TypingAlias { kind: ty::TypingAliasKind::Unpack, .. }))
        || (ty::is_generic_alias(vm, &arg) && is_true_attr(vm, &arg, "__unpacked__")?);
    if unpacked {
        let r = ops::repr(vm, &arg)?;
        let r = ops::repr::text_of(&r).unwrap_or_default();
        return Err(vm.type_error(format!("{r} is not valid as type argument")));
    }
    Ok(arg)
}

/// Whether an argument can stand for a ParamSpec: `...`, a ParamSpec, or a list of types.
fn is_param_expr(vm: &Vm, v: &Value) -> bool {
    v.is(&Value::Obj(vm.ellipsis.clone()))
        || matches!(v.payload(), Some(Payload::List(_)))
        || matches!(ty::typing_obj(v), Some(TypingObj::ParamSpec(_)))
}

/// `ParamSpec.__typing_subst__(arg)` (typing's `_paramspec_subst`).
fn paramspec_subst(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let arg = arg1(vm, &args, "__typing_subst__")?;
    let items = match arg.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    if let Some(items) = items {
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            out.push(ty::type_check(vm, a, "Expected a type.")?);
        }
        return Ok(vm.new_tuple(out));
    }
    if !is_param_expr(vm, &arg) {
        let s = ops::str_of(vm, &arg)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {s}")));
    }
    Ok(arg)
}

/// The `(alias, args)` of a `__typing_prepare_subst__` call.
fn prepare_args(vm: &Vm, args: &CallArgs) -> PyResult<(Value, Vec<Value>)> {
    match &args.pos()[1.min(args.pos().len())..] {
        [alias, a] => Ok((alias.clone(), ty::tuple_items(a))),
        _ => Err(vm.type_error("__typing_prepare_subst__() takes exactly 2 arguments")),
    }
}

fn alias_parameters(vm: &mut Vm, alias: &Value) -> PyResult<Vec<Value>> {
    let n = vm.intern("__parameters__");
    let p = ops::getattr(vm, alias, &n)?;
    Ok(ty::tuple_items(&p))
}

/// `ParamSpec.__typing_prepare_subst__(alias, args)` (typing's `_paramspec_prepare_subst`).
fn paramspec_prepare(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let (alias, mut a) = prepare_args(vm, &args)?;
    let params = alias_parameters(vm, &alias)?;
    let i = params.iter().position(|p| p.is(&me)).unwrap_or(0);
    if i >= a.len() {
        let s = ops::str_of(vm, &alias)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("Too few arguments for {s}")));
    }
    if params.len() == 1 && !is_param_expr(vm, &a[0]) {
        let whole = vm.new_tuple(a);
        a = vec![whole];
    } else if let Some(Payload::List(l)) = a[i].payload() {
        let items = l.borrow().clone();
        a[i] = vm.new_tuple(items);
    }
    Ok(vm.new_tuple(a))
}

/// `TypeVarTuple.__typing_prepare_subst__(alias, args)`: the arguments the TypeVarTuple takes
/// become one tuple.
fn typevartuple_prepare(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let (alias, a) = prepare_args(vm, &args)?;
    let params = alias_parameters(vm, &alias)?;
    let index = params.iter().position(|p| p.is(&me)).unwrap_or(0);
    if params[index + 1.min(params.len() - index)..].iter().any(ty::is_typevartuple) {
        let s = ops::str_of(vm, &alias)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("More than one TypeVarTuple parameter in {s}")));
    }
    let (alen, plen) = (a.len(), params.len());
    let left = index;
    let right = plen - index - 1;
    if left + right > alen {
        let s = ops::str_of(vm, &alias)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("Too few arguments for {s}; actual {alen}, expected at least {}", plen - 1)));
    }
    let mut out: Vec<Value> = a[..left].to_vec();
    let middle = vm.new_tuple(a[left..alen - right].to_vec());
    out.push(middle);
    out.extend_from_slice(&a[alen - right..]);
    Ok(vm.new_tuple(out))
}

fn typevartuple_subst(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("Substitution of bare TypeVarTuple is not supported"))
}

fn typevartuple_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let u = super::typing_alias::unpack(vm, &this(&args));
    let l = vm.new_list(vec![u]);
    ops::iter(vm, &l)
}

fn attr_eq(vm: &mut Vm, args: CallArgs, negate: bool) -> PyResult<Value> {
    let me = this(&args);
    let other = arg1(vm, &args, "__eq__")?;
    match (ty::typing_obj(&me), ty::typing_obj(&other)) {
        (Some(TypingObj::ParamSpecAttr { origin: a, kwargs: ka }), Some(TypingObj::ParamSpecAttr { origin: b, kwargs: kb }))
            if ka == kb && me.class(vm).ptr_eq(&other.class(vm)) =>
        {
            let (a, b) = (a.clone(), b.clone());
            let eq = ops::eq_bool(vm, &a, &b)?;
            Ok(Value::Bool(eq != negate))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn attr_eq_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    attr_eq(vm, args, false)
}

fn attr_ne_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    attr_eq(vm, args, true)
}

fn not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

static TYPEVAR_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", typevar_new),
    MethodDef::slot("__repr__", tv_repr),
    MethodDef::slot("__or__", tv_or),
    MethodDef::slot("__ror__", tv_ror),
    MethodDef::method("__typing_subst__", typevar_subst),
    MethodDef::method("__reduce__", tv_reduce),
    MethodDef::method("__mro_entries__", tv_mro_entries),
];

static PARAMSPEC_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", paramspec_new),
    MethodDef::slot("__repr__", tv_repr),
    MethodDef::slot("__or__", tv_or),
    MethodDef::slot("__ror__", tv_ror),
    MethodDef::method("__typing_subst__", paramspec_subst),
    MethodDef::method("__typing_prepare_subst__", paramspec_prepare),
    MethodDef::method("__reduce__", tv_reduce),
    MethodDef::method("__mro_entries__", tv_mro_entries),
];

static TYPEVARTUPLE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", typevartuple_new),
    MethodDef::slot("__repr__", tv_repr),
    MethodDef::slot("__iter__", typevartuple_iter),
    MethodDef::method("__typing_subst__", typevartuple_subst),
    MethodDef::method("__typing_prepare_subst__", typevartuple_prepare),
    MethodDef::method("__reduce__", tv_reduce),
    MethodDef::method("__mro_entries__", tv_mro_entries),
];

static PARAMSPECARGS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", paramspecargs_new),
    MethodDef::slot("__repr__", tv_repr),
    MethodDef::slot("__eq__", attr_eq_slot),
    MethodDef::slot("__ne__", attr_ne_slot),
    MethodDef::slot("__lt__", not_implemented),
    MethodDef::slot("__le__", not_implemented),
    MethodDef::slot("__gt__", not_implemented),
    MethodDef::slot("__ge__", not_implemented),
    MethodDef::method("__mro_entries__", tv_mro_entries),
];

static PARAMSPECKWARGS_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", paramspeckwargs_new),
    MethodDef::slot("__repr__", tv_repr),
    MethodDef::slot("__eq__", attr_eq_slot),
    MethodDef::slot("__ne__", attr_ne_slot),
    MethodDef::slot("__lt__", not_implemented),
    MethodDef::slot("__le__", not_implemented),
    MethodDef::slot("__gt__", not_implemented),
    MethodDef::slot("__ge__", not_implemented),
    MethodDef::method("__mro_entries__", tv_mro_entries),
];

/// The setter of a read-only member (`T.__name__ = ...`).
fn readonly(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

static TYPEVAR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(readonly), doc: None },
    GetSetDef { name: "__bound__", get: get_bound, set: None, doc: None },
    GetSetDef { name: "__constraints__", get: get_constraints, set: None, doc: None },
    GetSetDef { name: "__covariant__", get: get_covariant, set: Some(readonly), doc: None },
    GetSetDef { name: "__contravariant__", get: get_contravariant, set: Some(readonly), doc: None },
    GetSetDef { name: "__infer_variance__", get: get_infer_variance, set: Some(readonly), doc: None },
];

static PARAMSPEC_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: get_name, set: Some(readonly), doc: None },
    GetSetDef { name: "__bound__", get: get_bound, set: Some(readonly), doc: None },
    GetSetDef { name: "__covariant__", get: get_covariant, set: Some(readonly), doc: None },
    GetSetDef { name: "__contravariant__", get: get_contravariant, set: Some(readonly), doc: None },
    GetSetDef { name: "__infer_variance__", get: get_infer_variance, set: Some(readonly), doc: None },
    GetSetDef { name: "args", get: get_args, set: None, doc: None },
    GetSetDef { name: "kwargs", get: get_kwargs, set: None, doc: None },
];

static TYPEVARTUPLE_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__name__", get: get_name, set: Some(readonly), doc: None }];

static PARAMSPECATTR_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__origin__", get: get_origin, set: Some(readonly), doc: None }];

fn init_type(vm: &mut Vm, t: &TypeRef, methods: &[MethodDef], getsets: &'static [GetSetDef]) {
    add_methods(vm, t, methods);
    add_getsets(vm, t, getsets);
    let m = vm.new_str("typing");
    add_attr(vm, t, "__module__", m);
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.typevar.clone();
    init_type(vm, &t, TYPEVAR_METHODS, TYPEVAR_GETSETS);
    let t = vm.types.paramspec.clone();
    init_type(vm, &t, PARAMSPEC_METHODS, PARAMSPEC_GETSETS);
    let t = vm.types.typevartuple.clone();
    init_type(vm, &t, TYPEVARTUPLE_METHODS, TYPEVARTUPLE_GETSETS);
    for t in [vm.types.paramspec_args.clone(), vm.types.paramspec_kwargs.clone()] {
        let methods = if t.ptr_eq(&vm.types.paramspec_args) { PARAMSPECARGS_METHODS } else { PARAMSPECKWARGS_METHODS };
        init_type(vm, &t, methods, PARAMSPECATTR_GETSETS);
        add_attr(vm, &t, "__hash__", Value::None);
    }
}
