//! `typing.Generic` and the aliases the `typing` module would make for the run-time machinery
//! of generics: `Generic[T]` and `UserClass[int]` (`typing._GenericAlias`), `Union[...]` /
//! `Optional[...]` for `T | None` (`typing._UnionGenericAlias`), and `Unpack[Ts]` for `*Ts`
//! (`typing._UnpackGenericAlias`); `Generic.__class_getitem__` and `__init_subclass__`
//! (`__parameters__` from `__orig_bases__`).
// TODO: once the typing module can be imported, these call into it as CPython does
// (`typing._GenericAlias`, `typing._generic_class_getitem`, `typing._make_union`, ...).

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_get_str;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::typing::{self as ty, TypingAliasKind, TypingObj};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// A new typing alias of `kind` (`args` a tuple).
pub fn new_alias(vm: &mut Vm, kind: TypingAliasKind, origin: Value, args: Value) -> PyResult<Value> {
    let class = match kind {
        TypingAliasKind::Generic => vm.types.typing_generic_alias.clone(),
        TypingAliasKind::Union => vm.types.typing_union_alias.clone(),
        TypingAliasKind::Unpack => vm.types.typing_unpack_alias.clone(),
    };
    let params = ty::collect_parameters(vm, &ty::tuple_items(&args))?;
    let params = vm.new_tuple(params);
    Ok(ty::new_typing(vm, &class, TypingObj::TypingAlias { kind, origin, args, params: RefCell::new(params) }))
}

/// `typing.Unpack[v]` (`*Ts`).
pub fn unpack(vm: &Vm, v: &Value) -> Value {
    let form = special_form(vm, "Unpack");
    let args = vm.new_tuple(vec![v.clone()]);
    let params = if ty::is_typevar_like(v) { vm.new_tuple(vec![v.clone()]) } else { Value::Obj(vm.empty_tuple.clone()) };
    ty::new_typing(
        vm,
        &vm.types.typing_unpack_alias,
        TypingObj::TypingAlias { kind: TypingAliasKind::Unpack, origin: form, args, params: RefCell::new(params) },
    )
}

/// A `typing._SpecialForm` (`typing.Union`, `typing.Unpack`).
fn special_form(vm: &Vm, name: &'static str) -> Value {
    ty::new_typing(vm, &vm.types.special_form, TypingObj::SpecialForm(name))
}

/// `typing.Union[items]` (`T | x` of type variables): flattened, duplicates removed, None as
/// NoneType; one argument is returned as it is.
pub fn make_union(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let mut flat = Vec::new();
    for x in items {
        let x = ty::type_check(vm, x, "Union[arg, ...]: each arg must be a type.")?;
        match ty::typing_obj(&x) {
            Some(TypingObj::TypingAlias { kind: TypingAliasKind::Union, args, .. } | TypingObj::Union { args, .. }) => {
                flat.extend(ty::tuple_items(args))
            }
            _ => flat.push(x),
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for x in flat {
        let mut dup = false;
        for y in &out {
            if y.is(&x) || ops::eq_bool(vm, y, &x)? {
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
    let form = special_form(vm, "Union");
    new_alias(vm, TypingAliasKind::Union, form, args)
}

fn parts(v: &Value) -> Option<(TypingAliasKind, &Value, &Value, &RefCell<Value>)> {
    match ty::typing_obj(v)? {
        TypingObj::TypingAlias { kind, origin, args, params } => Some((*kind, origin, args, params)),
        _ => None,
    }
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

fn repr_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    Ok(ops::repr::text_of(&r).unwrap_or_default())
}

fn alias_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((kind, origin, a, _)) = parts(&me) else { return ops::repr(vm, &me) };
    let (origin, items) = (origin.clone(), ty::tuple_items(a));
    let text = match kind {
        TypingAliasKind::Unpack => {
            let inner = match items.first() {
                Some(x) => ty::typing_repr(vm, x)?,
                None => String::new(),
            };
            format!("typing.Unpack[{inner}]")
        }
        TypingAliasKind::Union => {
            let none = vm.types.none_type.to_value();
            if items.len() == 2 && (items[0].is(&none) || items[1].is(&none)) {
                let other = if items[0].is(&none) { &items[1] } else { &items[0] };
                format!("typing.Optional[{}]", ty::typing_repr(vm, other)?)
            } else {
                let mut parts = Vec::with_capacity(items.len());
                for x in &items {
                    parts.push(ty::typing_repr(vm, x)?);
                }
                format!("typing.Union[{}]", parts.join(", "))
            }
        }
        TypingAliasKind::Generic => {
            let name = ty::typing_repr(vm, &origin)?;
            let args = if items.is_empty() {
                "()".to_string()
            } else {
                let mut parts = Vec::with_capacity(items.len());
                for x in &items {
                    parts.push(ty::typing_repr(vm, x)?);
                }
                parts.join(", ")
            };
            format!("{name}[{args}]")
        }
    };
    Ok(vm.new_str(&text))
}

fn get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|p| p.1.clone()).ok_or_else(|| vm.type_error("expected a typing alias"))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|p| p.2.clone()).ok_or_else(|| vm.type_error("expected a typing alias"))
}

fn get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|p| p.3.borrow().clone()).ok_or_else(|| vm.type_error("expected a typing alias"))
}

fn get_is_unpacked_typevartuple(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).ok_or_else(|| vm.type_error("expected a typing alias"))?;
    Ok(Value::Bool(ty::is_unpacked_typevartuple(v)))
}

fn is_generic_origin(vm: &Vm, v: &Value) -> bool {
    v.is(&vm.types.generic.to_value())
}

/// `alias[args]`: substitutes the alias's type variables.
fn alias_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let item = other(vm, &args)?;
    let Some((kind, origin, a, params)) = parts(&me) else { return Err(vm.type_error("expected a typing alias")) };
    let (origin, a, params) = (origin.clone(), a.clone(), ty::tuple_items(&params.borrow()));
    if is_generic_origin(vm, &origin) {
        let s = ops::str_of(vm, &me)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("Cannot subscript already-subscripted {s}")));
    }
    if params.is_empty() {
        let s = ops::str_of(vm, &me)?;
        let s = ops::repr::text_of(&s).unwrap_or_default();
        return Err(vm.type_error(format!("{s} is not a generic class")));
    }
    let item = convert_args(vm, &item)?;
    let values = ty::prepare_arguments(vm, &me, &params, &item)?;
    let new_args = ty::substitute(vm, &ty::tuple_items(&a), &params, &values)?;
    match kind {
        TypingAliasKind::Union => make_union(vm, &new_args),
        _ => {
            let t = vm.new_tuple(new_args);
            new_alias(vm, kind, origin, t)
        }
    }
}

/// `typing._type_convert` on subscription arguments: None becomes NoneType, a string a
/// ForwardRef.
fn convert_args(vm: &mut Vm, item: &Value) -> PyResult<Value> {
    match item.payload() {
        Some(Payload::Tuple(t)) => {
            let t = t.to_vec();
            let mut items = Vec::with_capacity(t.len());
            for x in &t {
                items.push(ty::type_convert(vm, x)?);
            }
            Ok(vm.new_tuple(items))
        }
        _ => ty::type_convert(vm, item),
    }
}

fn alias_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((kind, origin, ..)) = parts(&me) else { return Err(vm.type_error("expected a typing alias")) };
    let origin = origin.clone();
    if kind != TypingAliasKind::Generic {
        let r = repr_text(vm, &origin)?;
        return Err(vm.type_error(format!("Cannot instantiate {r}")));
    }
    let obj = vm.call(&origin, &args.args[1..], args.kwnames)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = ops::setattr(vm, &obj, &name, me) {
        if !vm.err_is(&e, &vm.types.exc.attribute_error.clone()) && !vm.err_is(&e, &vm.types.exc.type_error.clone()) {
            return Err(e);
        }
    }
    Ok(obj)
}

/// `_GenericAlias.__mro_entries__(bases)`.
fn alias_mro_entries(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let bases = ty::tuple_items(&other(vm, &args)?);
    let Some((kind, origin, ..)) = parts(&me) else { return Err(vm.type_error("expected a typing alias")) };
    let origin = origin.clone();
    if kind != TypingAliasKind::Generic {
        let r = repr_text(vm, &me)?;
        return Err(vm.type_error(format!("Cannot subclass {r}")));
    }
    if is_generic_origin(vm, &origin) {
        let i = bases.iter().position(|b| b.is(&me)).unwrap_or(bases.len());
        for b in bases.iter().skip(i + 1) {
            if parts(b).is_some() && !b.is(&me) {
                return Ok(Value::Obj(vm.empty_tuple.clone()));
            }
        }
    }
    Ok(vm.new_tuple(vec![origin]))
}

fn alias_richcompare(vm: &mut Vm, args: CallArgs, negate: bool) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    let (Some((ka, oa, aa, _)), Some((kb, ob, ab, _))) = (parts(&me), parts(&o)) else { return Ok(vm.not_implemented()) };
    if ka != kb {
        return Ok(vm.not_implemented());
    }
    let (oa, ob, aa, ab) = (oa.clone(), ob.clone(), ty::tuple_items(aa), ty::tuple_items(ab));
    let eq = if ka == TypingAliasKind::Union {
        aa.len() == ab.len() && {
            let mut all = true;
            for x in &aa {
                let mut found = false;
                for y in &ab {
                    if ops::eq_bool(vm, x, y)? {
                        found = true;
                        break;
                    }
                }
                all &= found;
            }
            all
        }
    } else {
        let same_origin = oa.is(&ob) || ops::eq_bool(vm, &oa, &ob)?;
        let (ta, tb) = (vm.new_tuple(aa), vm.new_tuple(ab));
        same_origin && ops::eq_bool(vm, &ta, &tb)?
    };
    Ok(Value::Bool(eq != negate))
}

fn alias_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    alias_richcompare(vm, args, false)
}

fn alias_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    alias_richcompare(vm, args, true)
}

fn alias_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let Some((kind, origin, a, _)) = parts(&me) else { return Err(vm.type_error("expected a typing alias")) };
    let (origin, a) = (origin.clone(), a.clone());
    let h = if kind == TypingAliasKind::Union {
        let mut h: i64 = 0x345678;
        for x in ty::tuple_items(&a) {
            h ^= ops::hash::hash(vm, &x)?;
        }
        h
    } else {
        let o = if matches!(ty::typing_obj(&origin), Some(TypingObj::SpecialForm(_))) { 0 } else { ops::hash::hash(vm, &origin)? };
        o.wrapping_mul(31) ^ ops::hash::hash(vm, &a)?
    };
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn alias_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    make_union(vm, &[this(&args), o])
}

fn alias_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = other(vm, &args)?;
    make_union(vm, &[o, this(&args)])
}

/// `_BaseGenericAlias.__getattr__`: `__name__`/`__qualname__` and other non-dunder names come
/// from the origin.
fn alias_getattr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let name = other(vm, &args)?;
    let n = ops::attr::attr_name(vm, &name)?;
    let text = ops::repr::text_of(&name).unwrap_or_default();
    if let Some((kind, origin, ..)) = parts(&me) {
        let origin = origin.clone();
        if text == "__name__" || text == "__qualname__" {
            let shown = match kind {
                TypingAliasKind::Union => Some("Union"),
                TypingAliasKind::Unpack => Some("Unpack"),
                TypingAliasKind::Generic => None,
            };
            if let Some(s) = shown {
                return Ok(vm.new_str(s));
            }
            let q = vm.intern("__name__");
            return ops::getattr(vm, &origin, &q);
        }
        let dunder = text.starts_with("__") && text.ends_with("__");
        if !dunder && kind == TypingAliasKind::Generic {
            return ops::getattr(vm, &origin, &n);
        }
    }
    Err(ops::attr::missing_attribute(vm, &me, &n))
}

fn alias_check(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.type_error("Subscripted generics cannot be used with class and instance checks"))
}

fn special_form_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    match ty::typing_obj(&me) {
        Some(TypingObj::SpecialForm(name)) => Ok(vm.new_str(&format!("typing.{name}"))),
        _ => ops::repr(vm, &me),
    }
}

fn special_form_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let item = other(vm, &args)?;
    match ty::typing_obj(&me) {
        Some(TypingObj::SpecialForm("Union")) => {
            let items = match item.payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => vec![item.clone()],
            };
            if items.is_empty() {
                return Err(vm.type_error("Cannot take a Union of no types."));
            }
            make_union(vm, &items)
        }
        Some(TypingObj::SpecialForm("Unpack")) => {
            let v = ty::type_check(vm, &item, "Unpack[...] accepts only a single type.")?;
            Ok(unpack(vm, &v))
        }
        _ => Err(vm.type_error("this special form is not subscriptable")),
    }
}

fn special_form_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    let o = other(vm, &args)?;
    match (ty::typing_obj(&me), ty::typing_obj(&o)) {
        (Some(TypingObj::SpecialForm(a)), Some(TypingObj::SpecialForm(b))) => Ok(Value::Bool(a == b)),
        _ => Ok(vm.not_implemented()),
    }
}

fn special_form_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let me = this(&args);
    match ty::typing_obj(&me) {
        Some(TypingObj::SpecialForm(name)) => {
            let s = vm.new_str(name);
            ops::hash::hash(vm, &s).map(Value::Int)
        }
        _ => Err(vm.type_error("expected a special form")),
    }
}

// ---- typing.Generic ----

fn as_class(vm: &Vm, v: &Value) -> PyResult<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).ok_or_else(|| vm.type_error("expected a class"))
}

/// `Generic.__class_getitem__(params)` (typing's `_generic_class_getitem`).
fn generic_class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [cls, item] = args.pos() else { return Err(vm.type_error("__class_getitem__() takes exactly one argument")) };
    let cls_t = as_class(vm, cls)?;
    let item = convert_args(vm, item)?;
    let params: Vec<Value> = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    if cls_t.ptr_eq(&vm.types.generic) || is_typing_protocol(vm, &cls_t) {
        let q = cls_t.qualname.borrow().clone();
        if params.is_empty() {
            return Err(vm.type_error(format!("Parameter list to {q}[...] cannot be empty")));
        }
        if !params.iter().all(|p| ty::is_typevar_like(p) || ty::is_unpacked_typevartuple(p)) {
            return Err(vm.type_error(format!(
                "Parameters to {}[...] must all be type variables or parameter specification variables.",
                cls_t.name()
            )));
        }
        for (i, p) in params.iter().enumerate() {
            for q in &params[..i] {
                if p.is(q) || ops::eq_bool(vm, p, q)? {
                    return Err(vm.type_error(format!("Parameters to {}[...] must all be unique", cls_t.name())));
                }
            }
        }
        let t = vm.new_tuple(params);
        return new_alias(vm, TypingAliasKind::Generic, cls.clone(), t);
    }
    let n = vm.intern("__parameters__");
    let cls_params = match ops::getattr_opt(vm, cls, &n)? {
        Some(p) => ty::tuple_items(&p),
        None => Vec::new(),
    };
    if cls_params.is_empty() {
        let r = repr_text(vm, cls)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let values = ty::prepare_arguments(vm, cls, &cls_params, &item)?;
    let mut new_args = Vec::with_capacity(values.len());
    for (p, v) in cls_params.iter().zip(values) {
        if ty::is_typevartuple(p) {
            new_args.extend(ty::tuple_items(&v));
        } else {
            new_args.push(v);
        }
    }
    let t = vm.new_tuple(new_args);
    new_alias(vm, TypingAliasKind::Generic, cls.clone(), t)
}

/// Whether `cls` is `typing.Protocol`, which is subscripted as `Generic` is.
fn is_typing_protocol(vm: &Vm, cls: &TypeRef) -> bool {
    if &*cls.name() != "Protocol" {
        return false;
    }
    let module = dict_get_str(vm, &cls.dict, &vm.intern("__module__"));
    matches!(module.as_ref().and_then(ops::repr::text_of).as_deref(), Some("typing"))
}

/// `Generic.__init_subclass__` (typing's `_generic_init_subclass`): `__parameters__` from the
/// type variables of `__orig_bases__`, checked against a `Generic[...]` base.
fn generic_init_subclass(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().cloned() else { return Err(vm.type_error("__init_subclass__() needs a class")) };
    let cls_t = as_class(vm, &cls)?;
    // super(Generic, cls).__init_subclass__(*args, **kwargs)
    let generic = vm.types.generic.clone();
    let name = vm.names.__init_subclass__.clone();
    let (f, _) = crate::runtime::objects::super_::super_lookup(vm, &generic, &cls, &name, false)?;
    vm.call(&f, &args.args[1..], args.kwnames)?;
    let orig = dict_get_str(vm, &cls_t.dict, &vm.names.__orig_bases__);
    let generic_v = generic.to_value();
    let error = match &orig {
        Some(o) => ty::tuple_items(o).iter().any(|b| b.is(&generic_v)),
        None => cls_t.bases.borrow().iter().any(|b| b.ptr_eq(&generic)) && &*cls_t.name() != "Protocol",
    };
    if error {
        return Err(vm.type_error("Cannot inherit from plain Generic"));
    }
    let mut tvars = Vec::new();
    if let Some(o) = orig {
        let bases = ty::tuple_items(&o);
        tvars = ty::collect_parameters(vm, &bases)?;
        let mut gvars: Option<Vec<Value>> = None;
        for b in &bases {
            if let Some((TypingAliasKind::Generic, origin, _, params)) = parts(b) {
                if origin.is(&generic_v) {
                    if gvars.is_some() {
                        return Err(vm.type_error("Cannot inherit from Generic[...] multiple times."));
                    }
                    gvars = Some(ty::tuple_items(&params.borrow()));
                }
            }
        }
        if let Some(g) = gvars {
            let missing: Vec<Value> = tvars.iter().filter(|t| !g.iter().any(|x| x.is(t))).cloned().collect();
            if !missing.is_empty() {
                let mut s_vars = Vec::new();
                for t in &missing {
                    let s = ops::str_of(vm, t)?;
                    s_vars.push(ops::repr::text_of(&s).unwrap_or_default());
                }
                let mut s_args = Vec::new();
                for t in &g {
                    let s = ops::str_of(vm, t)?;
                    s_args.push(ops::repr::text_of(&s).unwrap_or_default());
                }
                return Err(vm.type_error(format!(
                    "Some type variables ({}) are not listed in Generic[{}]",
                    s_vars.join(", "),
                    s_args.join(", ")
                )));
            }
            tvars = g;
        }
    }
    let params = vm.new_tuple(tvars);
    let n = vm.intern("__parameters__");
    ops::setattr(vm, &cls, &n, params)?;
    Ok(Value::None)
}

static ALIAS_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", alias_repr),
    MethodDef::slot("__getitem__", alias_getitem),
    MethodDef::slot("__call__", alias_call),
    MethodDef::slot("__eq__", alias_eq),
    MethodDef::slot("__ne__", alias_ne),
    MethodDef::slot("__hash__", alias_hash),
    MethodDef::slot("__or__", alias_or),
    MethodDef::slot("__ror__", alias_ror),
    MethodDef::slot("__getattr__", alias_getattr),
    MethodDef::method("__mro_entries__", alias_mro_entries),
    MethodDef::method("__instancecheck__", alias_check),
    MethodDef::method("__subclasscheck__", alias_check),
];

static ALIAS_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__origin__", get: get_origin, set: None, doc: None },
    GetSetDef { name: "__args__", get: get_args, set: None, doc: None },
    GetSetDef { name: "__parameters__", get: get_parameters, set: None, doc: None },
];

static UNPACK_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__typing_is_unpacked_typevartuple__",
    get: get_is_unpacked_typevartuple,
    set: None,
    doc: None,
}];

static SPECIAL_FORM_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", special_form_repr),
    MethodDef::slot("__getitem__", special_form_getitem),
    MethodDef::slot("__eq__", special_form_eq),
    MethodDef::slot("__hash__", special_form_hash),
];

static GENERIC_METHODS: &[MethodDef] = &[
    MethodDef::classmethod("__class_getitem__", generic_class_getitem),
    MethodDef::classmethod("__init_subclass__", generic_init_subclass),
];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.typing_generic_alias.clone(), vm.types.typing_union_alias.clone(), vm.types.typing_unpack_alias.clone()] {
        add_methods(vm, &t, ALIAS_METHODS);
        add_getsets(vm, &t, ALIAS_GETSETS);
        let m = vm.new_str("typing");
        add_attr(vm, &t, "__module__", m);
    }
    let t = vm.types.typing_unpack_alias.clone();
    add_getsets(vm, &t, UNPACK_GETSETS);
    let t = vm.types.special_form.clone();
    add_methods(vm, &t, SPECIAL_FORM_METHODS);
    let m = vm.new_str("typing");
    add_attr(vm, &t, "__module__", m);
    let t = vm.types.generic.clone();
    add_methods(vm, &t, GENERIC_METHODS);
    let m = vm.new_str("typing");
    add_attr(vm, &t, "__module__", m);
}
