//! The run-time objects of PEP 695 generics and of type hints: the data of TypeVar, ParamSpec,
//! TypeVarTuple, ParamSpecArgs/Kwargs, TypeAliasType, `types.UnionType` and the aliases `typing` makes (`Generic[...]`, `Union[...]`, `Unpack[...]`); the intrinsics
//! that create them (CALL_INTRINSIC_1 TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC,
//! TYPEALIAS; CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS,
//! SET_FUNCTION_TYPE_PARAMS); and the helpers they share (type reprs, parameter collection and
//! substitution).

use std::cell::RefCell;

use crate::bytecode::opcode::intrinsic;
use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// A TypeVar or ParamSpec.
pub struct TypeVarData {
    pub name: Value,
    /// The bound once known (Null while it still has to be evaluated).
    pub bound: RefCell<Value>,
    /// The function computing the bound lazily (PEP 695), or Null.
    pub evaluate_bound: Value,
    /// The constraints tuple once known (Null while it still has to be evaluated).
    pub constraints: RefCell<Value>,
    pub evaluate_constraints: Value,
    pub covariant: bool,
    pub contravariant: bool,
    pub infer_variance: bool,
}

/// `type X[...] = value`.
pub struct TypeAliasData {
    pub name: Value,
    /// The type parameters tuple, or Null for a non-generic alias.
    pub type_params: Value,
    /// The function computing the value lazily, or Null.
    pub compute_value: Value,
    /// The value once computed (Null before).
    pub value: RefCell<Value>,
    /// `__module__` given at creation, or Null (then the module of `compute_value`).
    pub module: Value,
}

/// Which alias `typing` would have made.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TypingAliasKind {
    /// `typing._GenericAlias`: `Generic[T]`, `UserClass[int]`.
    Generic,
    /// `typing._UnionGenericAlias`: `Union[...]` / `Optional[...]`.
    Union,
    /// `typing._UnpackGenericAlias`: `Unpack[Ts]`, `*Ts`.
    Unpack,
}

/// The run-time typing objects.
pub enum TypingObj {
    TypeVar(TypeVarData),
    ParamSpec(TypeVarData),
    TypeVarTuple { name: Value },
    /// `P.args` (`kwargs` false) and `P.kwargs`.
    ParamSpecAttr { origin: Value, kwargs: bool },
    TypeAlias(TypeAliasData),
    /// `types.UnionType` (`int | str`).
    Union { args: Value, params: RefCell<Value> },
    /// An alias `typing` makes.
    TypingAlias { kind: TypingAliasKind, origin: Value, args: Value, params: RefCell<Value> },
    /// A `typing._SpecialForm` (`typing.Union`, `typing.Unpack`).
    SpecialForm(&'static str),
}

/// The typing object of a value, if it is one.
pub fn typing_obj(v: &Value) -> Option<&TypingObj> {
    match v.payload()? {
        Payload::Typing(t) => Some(t),
        _ => None,
    }
}

/// A new typing object of `class`.
pub fn new_typing(vm: &Vm, class: &TypeRef, obj: TypingObj) -> Value {
    vm.new_object(class.clone(), Payload::Typing(Box::new(obj)))
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// Whether a value is a class.
pub fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}

/// Whether a value is a `types.GenericAlias` (`list[int]`).
pub fn is_generic_alias(vm: &Vm, v: &Value) -> bool {
    v.class(vm).is_subtype(&vm.types.generic_alias)
}

/// `origin[args]` as a `types.GenericAlias` (`Py_GenericAlias`).
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    Ok(super::generic_alias::new_alias(vm, origin.clone(), args.clone(), false))
}

/// Whether a value is a TypeVarTuple.
pub fn is_typevartuple(v: &Value) -> bool {
    matches!(typing_obj(v), Some(TypingObj::TypeVarTuple { .. }))
}

/// Whether a value is `Unpack[Ts]` / `*Ts` for a TypeVarTuple.
pub fn is_unpacked_typevartuple(v: &Value) -> bool {
    match typing_obj(v) {
        Some(TypingObj::TypingAlias { kind: TypingAliasKind::Unpack, args, .. }) => {
            tuple_items(args).first().is_some_and(is_typevartuple)
        }
        _ => false,
    }
}

/// Whether a value is a type variable of any kind (has `__typing_subst__`).
pub fn is_typevar_like(v: &Value) -> bool {
    matches!(typing_obj(v), Some(TypingObj::TypeVar(_) | TypingObj::ParamSpec(_) | TypingObj::TypeVarTuple { .. }))
}

fn text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = ops::str_of(vm, v)?;
    Ok(ops::repr::text_of(&s).unwrap_or_default())
}

fn repr_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    Ok(ops::repr::text_of(&r).unwrap_or_default())
}

fn attr_opt(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    ops::getattr_opt(vm, v, &n)
}

/// How `typing` shows a type argument (`typing._type_repr`): classes as `module.qualname`
/// (bare for builtins), `...`, functions by name, lists of arguments in brackets, else repr.
pub fn typing_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Payload::Type(_)) = v.payload() {
        return class_path(vm, v);
    }
    if v.is(&Value::Obj(vm.ellipsis.clone())) {
        return Ok("...".into());
    }
    match v.payload() {
        Some(Payload::Function(f)) => {
            let n = f.name.borrow().clone();
            text(vm, &n)
        }
        Some(Payload::Tuple(items)) => {
            let items = items.to_vec();
            let mut parts = Vec::with_capacity(items.len());
            for i in &items {
                parts.push(typing_repr(vm, i)?);
            }
            Ok(format!("[{}]", parts.join(", ")))
        }
        _ => repr_text(vm, v),
    }
}

/// `module.qualname` of a class (just the qualname for builtins).
fn class_path(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let module = attr_opt(vm, v, "__module__")?;
    let q = attr_opt(vm, v, "__qualname__")?.unwrap_or(Value::None);
    let q = text(vm, &q)?;
    match module {
        Some(m) if !m.is_none() => {
            let m = text(vm, &m)?;
            if m == "builtins" { Ok(q) } else { Ok(format!("{m}.{q}")) }
        }
        _ => Ok(q),
    }
}

/// How `types.GenericAlias` and `types.UnionType` show an argument (`ga_repr_item`).
pub fn ga_repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is(&Value::Obj(vm.ellipsis.clone())) {
        return Ok("...".into());
    }
    if attr_opt(vm, v, "__origin__")?.is_some() && attr_opt(vm, v, "__args__")?.is_some() {
        return repr_text(vm, v);
    }
    let Some(q) = attr_opt(vm, v, "__qualname__")? else { return repr_text(vm, v) };
    let module = attr_opt(vm, v, "__module__")?;
    match module {
        Some(m) if !m.is_none() => {
            let q = text(vm, &q)?;
            if ops::repr::text_of(&m).as_deref() == Some("builtins") {
                Ok(q)
            } else {
                let m = text(vm, &m)?;
                Ok(format!("{m}.{q}"))
            }
        }
        _ => repr_text(vm, v),
    }
}

/// Appends `v` to `out` unless it is already there (by identity or equality).
fn add_unique(vm: &mut Vm, out: &mut Vec<Value>, v: Value) -> PyResult<()> {
    for x in out.iter() {
        if x.is(&v) {
            return Ok(());
        }
    }
    let existing = out.clone();
    for x in &existing {
        if ops::eq_bool(vm, x, &v)? {
            return Ok(());
        }
    }
    out.push(v);
    Ok(())
}

/// The type variables among some type arguments, in order (`typing._collect_parameters`).
pub fn collect_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for t in args {
        if is_type(t) {
            continue;
        }
        if let Some(Payload::Tuple(items)) = t.payload() {
            let items = items.to_vec();
            for x in collect_parameters(vm, &items)? {
                add_unique(vm, &mut out, x)?;
            }
        } else if is_typevar_like(t) || attr_opt(vm, t, "__typing_subst__")?.is_some() {
            add_unique(vm, &mut out, t.clone())?;
        } else if let Some(p) = attr_opt(vm, t, "__parameters__")? {
            for x in tuple_items(&p) {
                add_unique(vm, &mut out, x)?;
            }
        }
    }
    Ok(out)
}

/// `typing._type_convert`: None becomes NoneType, a string a `typing.ForwardRef`.
pub fn type_convert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_none() {
        return Ok(vm.types.none_type.to_value());
    }
    if crate::runtime::eval::is_str(v) {
        let typing = crate::runtime::import::import_module(vm, "typing")?;
        let forward_ref = ops::getattr(vm, &typing, &vm.intern("ForwardRef"))?;
        return vm.call(&forward_ref, std::slice::from_ref(v), &[]);
    }
    Ok(v.clone())
}

/// `typing._type_check` for what type variables accept: None becomes NoneType, a string a
/// ForwardRef; tuples are refused.
pub fn type_check(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Value> {
    let v = &type_convert(vm, v)?;
    if matches!(v.payload(), Some(Payload::Tuple(_))) && ops::is_exact(vm, v, &vm.types.tuple.clone()) {
        let r = repr_text(vm, v)?;
        let r: String = r.chars().take(100).collect();
        return Err(vm.type_error(format!("{msg} Got {r}.")));
    }
    if v.is(&vm.types.generic.to_value()) {
        return Err(vm.type_error("Plain typing.Generic is not valid as type argument"));
    }
    if let Some(TypingObj::TypingAlias { kind: TypingAliasKind::Generic, origin, .. }) = typing_obj(v) {
        if origin.is(&vm.types.generic.to_value()) {
            let r = repr_text(vm, v)?;
            return Err(vm.type_error(format!("{r} is not valid as type argument")));
        }
    }
    Ok(v.clone())
}

/// Substitutes type variables in `args` (`_make_substitution` of typing and of
/// `types.GenericAlias`): `params` are the alias's parameters, `values` what each becomes.
pub fn substitute(vm: &mut Vm, args: &[Value], params: &[Value], values: &[Value]) -> PyResult<Vec<Value>> {
    let lookup = |p: &Value| -> Option<Value> { params.iter().position(|x| x.is(p)).and_then(|i| values.get(i).cloned()) };
    let mut out = Vec::with_capacity(args.len());
    for old in args {
        if is_type(old) {
            out.push(old.clone());
            continue;
        }
        if let Some(Payload::Tuple(items)) = old.payload() {
            let items = items.to_vec();
            let inner = substitute(vm, &items, params, values)?;
            out.push(vm.new_tuple(inner));
            continue;
        }
        if is_unpacked_typevartuple(old) {
            let ts = tuple_items(&match typing_obj(old) {
                Some(TypingObj::TypingAlias { args, .. }) => args.clone(),
                _ => Value::None,
            });
            if let Some(new) = ts.first().and_then(&lookup) {
                out.extend(tuple_items(&new));
                continue;
            }
        }
        let new = if let Some(subst) = attr_opt(vm, old, "__typing_subst__")? {
            let Some(arg) = lookup(old) else {
                out.push(old.clone());
                continue;
            };
            vm.call(&subst, &[arg], &[])?
        } else {
            let subparams = match attr_opt(vm, old, "__parameters__")? {
                Some(p) => tuple_items(&p),
                None => Vec::new(),
            };
            if subparams.is_empty() {
                old.clone()
            } else {
                let mut subargs = Vec::new();
                for x in &subparams {
                    let v = lookup(x).unwrap_or_else(|| x.clone());
                    if is_typevartuple(x) {
                        subargs.extend(tuple_items(&v));
                    } else {
                        subargs.push(v);
                    }
                }
                let key = vm.new_tuple(subargs);
                ops::getitem(vm, old, &key)?
            }
        };
        out.push(new);
    }
    Ok(out)
}

/// Prepares the arguments of a subscription for the parameters that need it (ParamSpec,
/// TypeVarTuple) and checks their count: what each parameter becomes.
pub fn prepare_arguments(vm: &mut Vm, alias: &Value, params: &[Value], item: &Value) -> PyResult<Vec<Value>> {
    let mut args = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    // `*tuple[...]` arguments and `Unpack[...]` stay as they are; `*Ts` given for a plain
    // parameter is kept too.
    for p in params {
        if let Some(prepare) = attr_opt(vm, p, "__typing_prepare_subst__")? {
            let t = vm.new_tuple(args);
            let r = vm.call(&prepare, &[alias.clone(), t], &[])?;
            args = tuple_items(&r);
        }
    }
    if args.len() != params.len() {
        let shown = repr_text(vm, alias)?;
        let which = if args.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!(
            "Too {which} arguments for {shown}; actual {}, expected {}",
            args.len(),
            params.len()
        )));
    }
    Ok(args)
}

/// TypeVarTuples among type parameters given to `Generic` become `Unpack[Ts]`.
pub fn unpack_typevartuples(vm: &Vm, params: &[Value]) -> Vec<Value> {
    params.iter().map(|p| if is_typevartuple(p) { super::typing_alias::unpack(vm, p) } else { p.clone() }).collect()
}

/// CALL_INTRINSIC_1 for the typing intrinsics.
pub fn intrinsic_1(vm: &mut Vm, which: u32, v: Value) -> PyResult<Value> {
    match which {
        intrinsic::TYPEVAR => Ok(super::typevar::make_typevar(vm, v, Value::Null, Value::Null)),
        intrinsic::PARAMSPEC => Ok(super::typevar::make_paramspec(vm, v)),
        intrinsic::TYPEVARTUPLE => Ok(super::typevar::make_typevartuple(vm, v)),
        intrinsic::SUBSCRIPT_GENERIC => {
            let params = unpack_typevartuples(vm, &tuple_items(&v));
            let args = vm.new_tuple(params);
            super::typing_alias::new_alias(vm, TypingAliasKind::Generic, vm.types.generic.to_value(), args)
        }
        intrinsic::TYPEALIAS => {
            let items = tuple_items(&v);
            let [name, type_params, compute] = &items[..] else {
                return Err(vm.system_error("TYPEALIAS needs a (name, type_params, compute_value) tuple"));
            };
            let (name, type_params, compute) = (name.clone(), type_params.clone(), compute.clone());
            Ok(super::typealias::make_typealias(vm, name, type_params, compute, Value::Null, Value::Null))
        }
        _ => Err(vm.system_error(format!("invalid intrinsic function {which}"))),
    }
}

/// CALL_INTRINSIC_2 (`v2` the deeper operand).
pub fn intrinsic_2(vm: &mut Vm, which: u32, v2: Value, v1: Value) -> PyResult<Value> {
    match which {
        intrinsic::TYPEVAR_WITH_BOUND => Ok(super::typevar::make_typevar(vm, v2, v1, Value::Null)),
        intrinsic::TYPEVAR_WITH_CONSTRAINTS => Ok(super::typevar::make_typevar(vm, v2, Value::Null, v1)),
        intrinsic::SET_FUNCTION_TYPE_PARAMS => {
            match v2.payload() {
                Some(Payload::Function(f)) => *f.type_params.borrow_mut() = v1,
                _ => return Err(vm.system_error("SET_FUNCTION_TYPE_PARAMS on a non-function")),
            }
            Ok(v2)
        }
        _ => Err(vm.new_error(
            &vm.types.exc.not_implemented_error.clone(),
            format!("intrinsic {which} is not available in pyrs yet"),
        )),
    }
}

/// The class object a typing value belongs to, for messages.
pub fn class_name(vm: &Vm, v: &Value) -> String {
    let t = v.class(vm);
    let module = crate::runtime::objects::dict::dict_get_str(vm, &t.dict, &vm.names.__module__).and_then(|m| ops::repr::text_of(&m));
    match module.as_deref() {
        Some(m) if m != "builtins" => format!("{m}.{}", t.name()),
        _ => t.name().to_string(),
    }
}

/// The receiver of a typing method, checked to be a typing object.
pub fn receiver<'a>(vm: &Vm, args: &'a crate::runtime::objects::function::CallArgs, what: &str) -> PyResult<(&'a Value, &'a TypingObj)> {
    match args.pos().first() {
        Some(v) => match typing_obj(v) {
            Some(t) => Ok((v, t)),
            None => {
                let tn = ops::type_name(vm, v);
                Err(vm.type_error(format!("descriptor '{what}' requires a typing object but received a '{tn}'")))
            }
        },
        None => Err(vm.type_error(format!("descriptor '{what}' needs an argument"))),
    }
}

/// An ObjRef's value.
pub fn obj_value(o: &ObjRef) -> Value {
    Value::Obj(o.clone())
}
