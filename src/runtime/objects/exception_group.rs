//! BaseExceptionGroup and ExceptionGroup: construction (which class a group gets, the checks
//! and their messages), `message`, `exceptions`, `derive`, `split`, `subgroup`, and the
//! re-raise computation at the end of a `try`/`except*` (PREP_RERAISE_STAR).

use std::collections::HashSet;

use crate::runtime::object::Payload;
use crate::runtime::objects::exception::{exc_data, field, set_field};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const MESSAGE: usize = 0;
const EXCEPTIONS: usize = 1;

/// Whether a value is an exception group.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    exc_data(v).is_some() && v.class(vm).is_subtype(&vm.types.exc.base_exception_group)
}

/// The nested exceptions of a group.
pub fn exceptions_of(v: &Value) -> Vec<Value> {
    match field(v, EXCEPTIONS).payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The message of a group.
pub fn message_of(v: &Value) -> Value {
    field(v, MESSAGE)
}

fn eg_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(mut cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name())));
    }
    let rest = &pos[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", rest.len())));
    }
    let (message, excs) = (&rest[0], &rest[1]);
    if !matches!(message.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, message);
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {t}")));
    }
    let is_sequence = match excs.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        Some(Payload::Dict(_) | Payload::Set(_)) | None => false,
        _ => ops::lookup_special(vm, excs, &vm.names.__getitem__.clone())?.is_some(),
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = crate::runtime::eval::collect_items(vm, excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if exc_data(e).is_none() {
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !e.class(vm).is_subtype(&vm.types.exc.exception) {
            nested_base = true;
        }
    }
    let (beg, eg) = (vm.types.exc.base_exception_group.clone(), vm.types.exc.exception_group.clone());
    if cls.ptr_eq(&eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls.ptr_eq(&beg) {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && cls.is_subtype(&vm.types.exc.exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let inst = crate::runtime::objects::object_type::new_instance(vm, &cls);
    if let Some(d) = exc_data(&inst) {
        *d.args.borrow_mut() = vm.new_tuple(rest.to_vec());
    }
    set_field(&inst, MESSAGE, message.clone());
    let t = vm.new_tuple(items);
    set_field(&inst, EXCEPTIONS, t);
    Ok(inst)
}

fn eg_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some((this, rest)) = args.pos().split_first() else { return Ok(Value::None) };
    if args.has_kwargs() {
        let t = ops::type_name(vm, this);
        return Err(vm.type_error(format!("{t}() takes no keyword arguments")));
    }
    if let Some(d) = exc_data(this) {
        *d.args.borrow_mut() = vm.new_tuple(rest.to_vec());
    }
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let m = ops::str_of(vm, &message_of(&this))?;
    let m = ops::repr::text_of(&m).unwrap_or_default();
    let n = exceptions_of(&this).len();
    Ok(vm.new_str(&format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn get_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(message_of(v))
}

fn get_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(field(v, EXCEPTIONS))
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn derive(vm: &mut Vm, this: &Value, excs: Value) -> PyResult<Value> {
    let beg = vm.types.exc.base_exception_group.to_value();
    vm.call(&beg, &[message_of(this), excs], &[])
}

fn eg_derive(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, excs] = args.pos() else { return Err(vm.type_error("derive() takes exactly one argument")) };
    derive(vm, this, excs.clone())
}

/// How `split` and `subgroup` match.
enum Matcher {
    Type(Value),
    Predicate(Value),
    /// The leaves with these identities (for PREP_RERAISE_STAR).
    Ids(HashSet<usize>),
}

fn matcher(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    let is_exc_class = |vm: &Vm, v: &Value| {
        v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).is_some_and(|t| t.is_subtype(&vm.types.exc.base_exception))
    };
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v.clone()));
    }
    if let Some(Payload::Tuple(items)) = v.payload()
        && items.iter().all(|i| is_exc_class(vm, i))
    {
        return Ok(Matcher::Type(v.clone()));
    }
    let is_class = v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).is_some();
    if !is_class && is_callable(vm, v) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn check_match(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => crate::runtime::objects::exception::matches(vm, exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(exc), &[])?;
            ops::is_true(vm, &r)
        }
        Matcher::Ids(ids) => Ok(!is_group(vm, exc) && ids.contains(&exc.id())),
    }
}

/// A group of the kept exceptions with `eg`'s message, traceback, cause, context and notes;
/// None when none are kept.
fn subset(vm: &mut Vm, eg: &Value, keep: Vec<Value>) -> PyResult<Value> {
    if keep.is_empty() {
        return Ok(Value::None);
    }
    let list = vm.new_list(keep);
    let derived = vm.call_method_name(eg, "derive", &[list])?;
    if !is_group(vm, &derived) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(o), Some(n)) = (exc_data(eg), exc_data(&derived)) {
        *n.traceback.borrow_mut() = o.traceback.borrow().clone();
        *n.cause.borrow_mut() = o.cause.borrow().clone();
        *n.context.borrow_mut() = o.context.borrow().clone();
    }
    let notes_name = vm.intern("__notes__");
    if let Some(notes) = ops::getattr_opt(vm, eg, &notes_name)?
        && matches!(notes.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
    {
        let items = crate::runtime::eval::collect_items(vm, &notes)?;
        let copy = vm.new_list(items);
        ops::setattr(vm, &derived, &notes_name, copy)?;
    }
    Ok(derived)
}

/// (match, rest) of `exc` under a matcher; rest only when `with_rest`. Null for none.
fn split_rec(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
    if check_match(vm, exc, m)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(vm, exc) {
        return Ok((Value::None, if with_rest { exc.clone() } else { Value::None }));
    }
    crate::runtime::recursion::enter(vm, " in exceptiongroup_split_recursive")?;
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in exceptions_of(exc) {
        let r = split_rec(vm, &e, m, with_rest);
        let (a, b) = match r {
            Ok(p) => p,
            Err(err) => {
                crate::runtime::recursion::leave(vm);
                return Err(err);
            }
        };
        if !a.is_none() {
            matched.push(a);
        }
        if !b.is_none() {
            rest.push(b);
        }
    }
    crate::runtime::recursion::leave(vm);
    let match_group = subset(vm, exc, matched)?;
    let rest_group = if with_rest { subset(vm, exc, rest)? } else { Value::None };
    Ok((match_group, rest_group))
}

fn eg_split(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, cond] = args.pos() else { return Err(vm.type_error("split() takes exactly one argument")) };
    let m = matcher(vm, cond)?;
    let (a, b) = split_rec(vm, this, &m, true)?;
    Ok(vm.new_tuple(vec![a, b]))
}

fn eg_subgroup(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [this, cond] = args.pos() else { return Err(vm.type_error("subgroup() takes exactly one argument")) };
    let m = matcher(vm, cond)?;
    Ok(split_rec(vm, this, &m, false)?.0)
}

/// Whether a value can be called.
fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::BuiltinFunction(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        Some(_) => v.class(vm).lookup(vm, &vm.names.__call__).is_some(),
        None => false,
    }
}

fn leaf_ids(vm: &Vm, exc: &Value, ids: &mut HashSet<usize>) {
    if exc.is_none() {
        return;
    }
    if !is_group(vm, exc) {
        ids.insert(exc.id());
        return;
    }
    for e in exceptions_of(exc) {
        leaf_ids(vm, &e, ids);
    }
}

fn same_metadata(vm: &mut Vm, a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (exc_data(a), exc_data(b)) else { return false };
    let notes_name = vm.intern("__notes__");
    let na = ops::getattr_opt(vm, a, &notes_name).ok().flatten();
    let nb = ops::getattr_opt(vm, b, &notes_name).ok().flatten();
    let same_notes = match (na, nb) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(&q),
        _ => false,
    };
    same_notes && x.traceback.borrow().is(&y.traceback.borrow()) && x.cause.borrow().is(&y.cause.borrow()) && x.context.borrow().is(&y.context.borrow())
}

/// CALL_INTRINSIC_2 PREP_RERAISE_STAR: the exception to raise at the end of a `try`/`except*`
/// from the original one and what its handlers raised or re-raised.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult<Value> {
    let list = match excs.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return Err(vm.type_error("excs must be a list of exception instances")),
    };
    if list.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(vm, &orig) {
        return Ok(list[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in list {
        if e.is_none() {
            continue;
        }
        if same_metadata(vm, &e, &orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids);
    }
    let reraised_eg = split_rec(vm, &orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() == 1 {
        return Ok(raised.swap_remove(0));
    }
    let eg = vm.types.exc.base_exception_group.to_value();
    let msg = vm.new_str("");
    let l = vm.new_list(raised);
    vm.call(&eg, &[msg, l], &[])
}

static EG_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", eg_new),
    MethodDef::slot("__init__", eg_init),
    MethodDef::slot("__str__", eg_str),
    MethodDef::method("derive", eg_derive),
    MethodDef::method("split", eg_split),
    MethodDef::method("subgroup", eg_subgroup),
    MethodDef::classmethod("__class_getitem__", crate::runtime::objects::generic_alias::class_getitem),
];

static EG_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "message", get: get_message, set: None, doc: None },
    GetSetDef { name: "exceptions", get: get_exceptions, set: None, doc: None },
];

/// `__weakref__` (no weak references are kept).
fn get_weakref(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// ExceptionGroup is made as CPython makes it (like a class statement would): it has
/// `__module__` and `__weakref__` of its own.
static EXCEPTION_GROUP_GETSETS: &[GetSetDef] = &[GetSetDef { name: "__weakref__", get: get_weakref, set: None, doc: None }];

pub fn init(vm: &mut Vm) {
    let t = vm.types.exc.base_exception_group.clone();
    add_methods(vm, &t, EG_METHODS);
    add_getsets(vm, &t, EG_GETSETS);
    let eg = vm.types.exc.exception_group.clone();
    add_getsets(vm, &eg, EXCEPTION_GROUP_GETSETS);
    let module = vm.new_str("builtins");
    crate::runtime::types::init::add_attr(vm, &eg, "__module__", module);
}
