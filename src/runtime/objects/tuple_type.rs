//! The `tuple` type: construction from any iterable (an exact tuple given back as is), item and
//! slice access, concatenation and repetition, comparisons, CPython's hash, repr, `count`,
//! `index` and `__getnewargs__`.


use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::IterState;
use crate::runtime::objects::seq_args::{self as sa, receiver, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn is_tuple(p: &Payload) -> bool {
    matches!(p, Payload::Tuple(_))
}

fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    let this = receiver(vm, args, "tuple", name, is_tuple)?;
    match this.payload() {
        Some(Payload::Tuple(t)) => Ok((this, t)),
        _ => Err(vm.type_error("tuple expected")),
    }
}

/// A new tuple of class `cls` (tuple or a subclass).
pub fn new_tuple_of(vm: &Vm, cls: &TypeRef, items: Vec<Value>) -> Value {
    if cls.ptr_eq(&vm.types.tuple) {
        return vm.new_tuple(items);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::Tuple(items.into_boxed_slice()), cls.nslots.get()))
}

fn tuple_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("tuple.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.types.tuple) {
        return Err(vm.type_error(format!("tuple.__new__({}): {} is not a subtype of tuple", cls.name(), cls.name())));
    }
    let exact = cls.ptr_eq(&vm.types.tuple);
    if args.has_kwargs() && exact {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let r = &pos[1..];
    sa::count_range(vm, r.len(), "tuple", 0, 1)?;
    let Some(iterable) = r.first() else { return Ok(new_tuple_of(vm, &cls, Vec::new())) };
    if exact && ops::is_exact(vm, iterable, &vm.types.tuple.clone()) {
        return Ok(iterable.clone());
    }
    let items = crate::runtime::objects::seq_args::collect(vm, iterable)?;
    Ok(new_tuple_of(vm, &cls, items))
}

fn tuple_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, t) = recv(vm, &args, "__repr__")?;
    if t.len() == 1 {
        let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("()")) };
        if !ops::repr::repr_enter(vm, &o) {
            return Ok(vm.new_str("(...)"));
        }
        let r = ops::repr(vm, &t[0]);
        ops::repr::repr_leave(vm, &o);
        let mut out = String::from("(");
        sa::push_text(&mut out, &r?);
        out.push_str(",)");
        return Ok(vm.new_str(&out));
    }
    sa::items_repr(vm, this, "(", ")", &|i| t.get(i).cloned())
}

fn tuple_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(t.len() as i64))
}

/// `t[key]` for tuple items.
pub fn getitem(vm: &mut Vm, this: &Value, t: &[Value], key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, step, n) = sa::slice_for(vm, key, t.len())?;
        if step == 1 && n == t.len() && ops::is_exact(vm, this, &vm.types.tuple.clone()) {
            return Ok(this.clone());
        }
        return Ok(vm.new_tuple(sa::slice_items(t, start, step, n)));
    }
    match sa::item_index(vm, key, t.len(), "tuple")? {
        Some(i) => Ok(t[i].clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}

fn tuple_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, t) = recv(vm, &args, "__getitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    getitem(vm, this, t, key)
}

fn tuple_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    for item in t {
        if ops::eq_bool(vm, item, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(ops::iter::new_iter(vm, &vm.types.tuple_iterator, IterState::Seq { seq: this.clone(), index: 0 }))
}

fn tuple_add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, t) = recv(vm, &args, "__add__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(Payload::Tuple(o)) = other.payload() else { return Ok(vm.not_implemented()) };
    if o.is_empty() && ops::is_exact(vm, this, &vm.types.tuple.clone()) {
        return Ok(this.clone());
    }
    if t.is_empty() && ops::is_exact(vm, other, &vm.types.tuple.clone()) {
        return Ok(other.clone());
    }
    let mut items = t.to_vec();
    items.extend(o.iter().cloned());
    Ok(vm.new_tuple(items))
}

fn tuple_mul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, t) = recv(vm, &args, "__mul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let Some(k) = crate::runtime::objects::list_type::repeat_count(vm, n, t.len())? else {
        return Ok(vm.not_implemented());
    };
    if k == 1 && ops::is_exact(vm, this, &vm.types.tuple.clone()) {
        return Ok(this.clone());
    }
    let mut out = Vec::with_capacity(t.len() * k);
    for _ in 0..k {
        out.extend(t.iter().cloned());
    }
    Ok(vm.new_tuple(out))
}

fn tuple_get(v: &Value, i: usize) -> Option<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    }
}

fn tuple_length(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if !matches!(other.payload(), Some(Payload::Tuple(_))) {
        return Ok(vm.not_implemented());
    }
    sa::seq_compare(vm, this, other, op, tuple_get, tuple_length)
}

fn tuple_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn tuple_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn tuple_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn tuple_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn tuple_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn tuple_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

/// `hash(t)`: CPython's xxHash-based combination of the items' hashes.
pub fn hash_items(vm: &mut Vm, t: &[Value]) -> PyResult<i64> {
    crate::runtime::recursion::enter(vm, " while getting the hash of an object")?;
    let mut hs = Vec::with_capacity(t.len());
    let mut r = Ok(());
    for x in t {
        match ops::hash(vm, x) {
            Ok(h) => hs.push(h),
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    crate::runtime::recursion::leave(vm);
    r?;
    Ok(crate::bytecode::pyhash::hash_tuple(&hs))
}

fn tuple_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "__hash__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(hash_items(vm, t)?))
}

fn tuple_count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "count")?;
    let x = sa::one_arg(vm, &args, "tuple.count")?;
    let mut n = 0;
    for item in t {
        if ops::eq_bool(vm, item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "index")?;
    let r = sa::pos_args(vm, &args, "index", 1, 3)?;
    let start = sa::search_bound(vm, r.get(1), t.len(), 0)?;
    let stop = sa::search_bound(vm, r.get(2), t.len(), i64::MAX)?;
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if ops::eq_bool(vm, item, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getnewargs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, t) = recv(vm, &args, "__getnewargs__")?;
    sa::no_args(vm, &args, "tuple.__getnewargs__")?;
    let inner = vm.new_tuple(t.to_vec());
    Ok(vm.new_tuple(vec![inner]))
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::generic_alias::class_getitem(vm, args)
}

static TUPLE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tuple_new),
    MethodDef::slot("__repr__", tuple_repr),
    MethodDef::slot("__len__", tuple_len),
    MethodDef::slot("__getitem__", tuple_getitem),
    MethodDef::slot("__contains__", tuple_contains),
    MethodDef::slot("__iter__", tuple_iter),
    MethodDef::slot("__add__", tuple_add),
    MethodDef::slot("__mul__", tuple_mul),
    MethodDef::slot("__rmul__", tuple_mul),
    MethodDef::slot("__eq__", tuple_eq),
    MethodDef::slot("__ne__", tuple_ne),
    MethodDef::slot("__lt__", tuple_lt),
    MethodDef::slot("__le__", tuple_le),
    MethodDef::slot("__gt__", tuple_gt),
    MethodDef::slot("__ge__", tuple_ge),
    MethodDef::slot("__hash__", tuple_hash),
    MethodDef::method("__getnewargs__", tuple_getnewargs),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::method("count", tuple_count),
    MethodDef::method("index", tuple_index),
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    add_methods(vm, &t, TUPLE_METHODS);
    let _ = rest;
}
