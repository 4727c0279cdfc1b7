//! `_collections`: the native `deque` (a double-ended queue over a ring buffer, optionally
//! bounded by maxlen) and its iterator, which `collections` re-exports.

use std::cell::RefCell;
use std::collections::VecDeque;

use crate::runtime::builtins::args::{index_arg, Signature};
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::seq_args::{self as sa, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::types::{flags, TypeRef};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The state of a deque: its items, its bound, and a counter bumped by every mutation (which
/// iterators compare to detect one).
pub struct DequeData {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    pub state: u64,
}

/// An iterator over a deque (forwards or backwards): `counter` items are left (0 once
/// exhausted or once the deque was seen mutated).
pub struct DequeIterData {
    pub deque: Value,
    pub counter: usize,
    pub state: u64,
    pub reverse: bool,
}

/// The payload of `_collections`' objects.
pub enum DequeObj {
    Deque(RefCell<DequeData>),
    Iter(RefCell<DequeIterData>),
}

const MODULE_DEFS: &[MethodDef] = &[];

const DEQUE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", deque_new),
    MethodDef::slot("__init__", deque_init),
    MethodDef::method("append", append),
    MethodDef::method("appendleft", appendleft),
    MethodDef::method("pop", pop),
    MethodDef::method("popleft", popleft),
    MethodDef::method("extend", extend),
    MethodDef::method("extendleft", extendleft),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
    MethodDef::method("__copy__", copy),
    MethodDef::method("count", count),
    MethodDef::method("index", index),
    MethodDef::method("insert", insert),
    MethodDef::method("remove", remove),
    MethodDef::method("reverse", reverse),
    MethodDef::method("rotate", rotate),
    MethodDef::method("__reduce__", reduce),
    MethodDef::method("__reversed__", reversed),
    MethodDef::slot("__len__", len),
    MethodDef::slot("__getitem__", getitem),
    MethodDef::slot("__setitem__", setitem),
    MethodDef::slot("__delitem__", delitem),
    MethodDef::slot("__contains__", contains),
    MethodDef::slot("__iter__", iter),
    MethodDef::slot("__repr__", repr),
    MethodDef::slot("__eq__", eq),
    MethodDef::slot("__ne__", ne),
    MethodDef::slot("__lt__", lt),
    MethodDef::slot("__le__", le),
    MethodDef::slot("__gt__", gt),
    MethodDef::slot("__ge__", ge),
    MethodDef::slot("__add__", add),
    MethodDef::slot("__iadd__", iadd),
    MethodDef::slot("__mul__", mul),
    MethodDef::slot("__rmul__", mul),
    MethodDef::slot("__imul__", imul),
    MethodDef::classmethod("__class_getitem__", crate::runtime::objects::generic_alias::class_getitem),
];

static DEQUE_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "maxlen", get: get_maxlen, set: None, doc: Some("the bound on the deque's length (None for an unbounded deque)") }];

const DEQUE_DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA double-ended queue: fast appends and pops at both ends, optionally bounded by maxlen.";

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", iter_new),
    MethodDef::method("__reduce__", iter_reduce),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", iter_next),
    MethodDef::method("__length_hint__", iter_length_hint),
];

/// A native class `name` of module `module` with these methods; subclassable when `base`.
pub(crate) fn new_type(vm: &mut Vm, module: &str, name: &str, methods: &[MethodDef], base: bool) -> PyResult<TypeRef> {
    let ns = vm.new_dict();
    dict_set_str(vm, &ns, vm.names.__module__.clone(), vm.new_str(module));
    dict_set_str(vm, &ns, vm.names.__slots__.clone(), Value::Obj(vm.empty_tuple.clone()));
    let bases = vm.new_tuple(vec![vm.types.object.to_value()]);
    let meta = vm.types.type_.clone();
    let name_v = vm.new_str(name);
    let t = crate::runtime::types::class::new_class(vm, &meta, &name_v, &bases, &Value::Obj(ns))?;
    let Some(t) = t.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.system_error(format!("{name} type creation failed")));
    };
    add_methods(vm, &t, methods);
    let mut f = (t.flags.get() & !flags::HEAPTYPE) | flags::IMMUTABLE;
    if !base {
        f &= !flags::BASETYPE;
    }
    t.flags.set(f);
    t.modified(vm);
    Ok(t)
}

/// The `_collections` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_collections", MODULE_DEFS);
    let deque = new_type(vm, "collections", "deque", DEQUE_METHODS, true)?;
    add_getsets(vm, &deque, DEQUE_GETSETS);
    add_attr(vm, &deque, "__hash__", Value::None);
    let doc = vm.new_str(DEQUE_DOC);
    add_attr(vm, &deque, "__doc__", doc);
    deque.flags.set(deque.flags.get() | flags::UNHASHABLE);
    deque.modified(vm);
    let it = new_type(vm, "collections", "_deque_iterator", ITER_METHODS, false)?;
    let rit = new_type(vm, "collections", "_deque_reverse_iterator", ITER_METHODS, false)?;
    super::set_attr(vm, &m, "deque", deque.to_value());
    super::set_attr(vm, &m, "_deque_iterator", it.to_value());
    super::set_attr(vm, &m, "_deque_reverse_iterator", rit.to_value());
    Ok(m)
}

/// The module's type `name` (from `sys.modules`, where the module is once imported).
fn module_type(vm: &mut Vm, name: &str) -> PyResult<TypeRef> {
    let module = crate::runtime::import::import_module(vm, "_collections")?;
    let t = ops::getattr(vm, &module, &vm.intern(name))?;
    t.as_obj()
        .and_then(|o| TypeRef::from_obj(o.clone()))
        .ok_or_else(|| vm.type_error(format!("_collections.{name} is not a type")))
}

fn data(v: &Value) -> Option<&RefCell<DequeData>> {
    match v.payload() {
        Some(Payload::Deque(d)) => match &**d {
            DequeObj::Deque(d) => Some(d),
            DequeObj::Iter(_) => None,
        },
        _ => None,
    }
}

fn is_deque(p: &Payload) -> bool {
    matches!(p, Payload::Deque(d) if matches!(**d, DequeObj::Deque(_)))
}

/// The receiver of a deque method and its data.
fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a RefCell<DequeData>)> {
    let this = sa::receiver(vm, args, "collections.deque", name, is_deque)?;
    match data(this) {
        Some(d) => Ok((this, d)),
        None => Err(vm.type_error("deque expected")),
    }
}

fn new_deque_of(cls: &TypeRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let payload = Payload::Deque(Box::new(DequeObj::Deque(RefCell::new(DequeData { items, maxlen, state: 0 }))));
    Value::Obj(Object::with_slots_rc(cls.clone(), payload, cls.nslots.get()))
}

fn deque_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    let deque = module_type(vm, "deque")?;
    if !cls.is_subtype(&deque) {
        return Err(vm.type_error(format!("collections.deque.__new__({}): {} is not a subtype of collections.deque", cls.name(), cls.name())));
    }
    Ok(new_deque_of(&cls, VecDeque::new(), None))
}

static INIT_SIG: Signature = Signature { name: "deque", params: &["iterable", "maxlen"], required: 0, positional_only: 0, keyword_only: 2 };

fn deque_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__init__")?;
    let rest_args = CallArgs { args: &args.args[1..], kwnames: args.kwnames };
    let a = INIT_SIG.bind(vm, &rest_args)?;
    let maxlen = match &a[1] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let Some(big) = ops::iter::index_value(vm, v)? else {
                return Err(vm.type_error("an integer is required"));
            };
            match num_traits::ToPrimitive::to_i64(&big) {
                Some(n) if n < 0 => return Err(vm.value_error("maxlen must be non-negative")),
                Some(n) => Some(n as usize),
                None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            }
        }
    };
    let old = {
        let mut dd = d.borrow_mut();
        dd.maxlen = maxlen;
        dd.state = dd.state.wrapping_add(1);
        std::mem::take(&mut dd.items)
    };
    drop(old);
    if let Some(iterable) = &a[0] {
        extend_from(vm, this, d, iterable, false)?;
    }
    Ok(Value::None)
}

fn push(d: &RefCell<DequeData>, x: Value, left: bool) {
    let mut dd = d.borrow_mut();
    dd.state = dd.state.wrapping_add(1);
    if dd.maxlen == Some(0) {
        return;
    }
    let full = dd.maxlen.is_some_and(|m| dd.items.len() >= m);
    let dropped = if left {
        let dropped = if full { dd.items.pop_back() } else { None };
        dd.items.push_front(x);
        dropped
    } else {
        let dropped = if full { dd.items.pop_front() } else { None };
        dd.items.push_back(x);
        dropped
    };
    drop(dd);
    drop(dropped);
}

fn append(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "append")?;
    let x = sa::one_arg(vm, &args, "deque.append")?;
    push(d, x.clone(), false);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "appendleft")?;
    let x = sa::one_arg(vm, &args, "deque.appendleft")?;
    push(d, x.clone(), true);
    Ok(Value::None)
}

fn take(vm: &mut Vm, args: CallArgs, name: &str, left: bool) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, name)?;
    sa::no_args(vm, &args, &format!("deque.{name}"))?;
    let mut dd = d.borrow_mut();
    let v = if left { dd.items.pop_front() } else { dd.items.pop_back() };
    match v {
        Some(v) => {
            dd.state = dd.state.wrapping_add(1);
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn pop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    take(vm, args, "pop", false)
}

fn popleft(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    take(vm, args, "popleft", true)
}

/// Appends (or prepends) the items of `iterable`, taken one at a time (a deque extended by
/// itself is copied first).
fn extend_from(vm: &mut Vm, this: &Value, d: &RefCell<DequeData>, iterable: &Value, left: bool) -> PyResult<()> {
    if iterable.is(this) {
        let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
        for x in items {
            push(d, x, left);
        }
        return Ok(());
    }
    let it = ops::iter(vm, iterable)?;
    while let Some(x) = ops::next(vm, &it)? {
        push(d, x, left);
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "extend")?;
    let x = sa::one_arg(vm, &args, "deque.extend")?;
    extend_from(vm, this, d, x, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "extendleft")?;
    let x = sa::one_arg(vm, &args, "deque.extendleft")?;
    extend_from(vm, this, d, x, true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "clear")?;
    sa::no_args(vm, &args, "deque.clear")?;
    let old = {
        let mut dd = d.borrow_mut();
        dd.state = dd.state.wrapping_add(1);
        std::mem::take(&mut dd.items)
    };
    drop(old);
    Ok(Value::None)
}

/// A shallow copy: a new deque for a deque, `type(d)(d[, maxlen])` for a subclass.
fn copy_of(vm: &mut Vm, this: &Value, d: &RefCell<DequeData>) -> PyResult<Value> {
    let cls = this.class(vm);
    let (items, maxlen) = {
        let dd = d.borrow();
        (dd.items.clone(), dd.maxlen)
    };
    let deque = module_type(vm, "deque")?;
    if cls.ptr_eq(&deque) {
        return Ok(new_deque_of(&cls, items, maxlen));
    }
    match maxlen {
        None => vm.call(&cls.to_value(), &[this.clone()], &[]),
        Some(m) => vm.call(&cls.to_value(), &[this.clone(), Value::Int(m as i64)], &[]),
    }
}

fn copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "copy")?;
    sa::no_args(vm, &args, "deque.copy")?;
    copy_of(vm, this, d)
}

fn item(d: &RefCell<DequeData>, i: usize) -> Option<Value> {
    d.borrow().items.get(i).cloned()
}

fn mutated(vm: &Vm, d: &RefCell<DequeData>, state: u64) -> PyResult<()> {
    if d.borrow().state != state {
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    Ok(())
}

fn count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "count")?;
    let x = sa::one_arg(vm, &args, "deque.count")?;
    let state = d.borrow().state;
    let mut n = 0i64;
    let mut i = 0;
    while let Some(v) = item(d, i) {
        if ops::eq_bool(vm, &v, x)? {
            n += 1;
        }
        mutated(vm, d, state)?;
        i += 1;
    }
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let r = ops::repr(vm, x)?;
    let text = ops::repr::text_of(&r).unwrap_or_default();
    Err(vm.value_error(format!("{text} is not in deque")))
}

fn index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "index")?;
    sa::no_kwargs(vm, &args, "index")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "index", 1, 3)?;
    let n = d.borrow().items.len();
    let start = sa::search_bound(vm, r.get(1), n, 0)?;
    let stop = sa::search_bound(vm, r.get(2), n, i64::MAX)?;
    let state = d.borrow().state;
    let mut i = start;
    while i < stop {
        let Some(v) = item(d, i) else { break };
        if ops::eq_bool(vm, &v, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
        mutated(vm, d, state)?;
        i += 1;
    }
    not_in_deque(vm, &r[0])
}

fn insert(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "insert")?;
    sa::no_kwargs(vm, &args, "insert")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "insert", 2, 2)?;
    let i = index_arg(vm, &r[0])?;
    let mut dd = d.borrow_mut();
    let n = dd.items.len();
    if dd.maxlen.is_some_and(|m| n >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n as i64).max(0) as usize } else { (i as u64).min(n as u64) as usize };
    dd.items.insert(at, r[1].clone());
    dd.state = dd.state.wrapping_add(1);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "remove")?;
    let x = sa::one_arg(vm, &args, "deque.remove")?;
    let state = d.borrow().state;
    let mut i = 0;
    while let Some(v) = item(d, i) {
        let equal = ops::eq_bool(vm, &v, x)?;
        if d.borrow().state != state {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if equal {
            let removed = {
                let mut dd = d.borrow_mut();
                dd.state = dd.state.wrapping_add(1);
                dd.items.remove(i)
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    not_in_deque(vm, x)
}

fn reverse(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "reverse")?;
    sa::no_args(vm, &args, "deque.reverse")?;
    let mut dd = d.borrow_mut();
    dd.items.make_contiguous().reverse();
    dd.state = dd.state.wrapping_add(1);
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "rotate")?;
    sa::no_kwargs(vm, &args, "rotate")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "rotate", 0, 1)?;
    let n = match r.first() {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    let mut dd = d.borrow_mut();
    let len = dd.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        dd.items.rotate_right(k);
        dd.state = dd.state.wrapping_add(1);
    }
    Ok(Value::None)
}

fn get_maxlen(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(d) = data(v) else { return Err(vm.type_error("deque expected")) };
    Ok(d.borrow().maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__len__")?;
    Ok(Value::Int(d.borrow().items.len() as i64))
}

/// The position of a deque index (`__index__`), or the errors of `d[i]`.
fn position(vm: &mut Vm, d: &RefCell<DequeData>, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let Some(big) = ops::iter::index_value(vm, key)? else {
                let t = ops::type_name(vm, key);
                return Err(vm.type_error(format!("sequence index must be integer, not '{t}'")));
            };
            match num_traits::ToPrimitive::to_i64(&big) {
                Some(i) => i,
                None => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
            }
        }
    };
    let n = d.borrow().items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__getitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    if let Value::Int(i) = key {
        let dd = d.borrow();
        if *i >= 0 {
            if let Some(v) = dd.items.get(*i as usize) {
                return Ok(v.clone());
            }
        }
    }
    let i = position(vm, d, key)?;
    item(d, i).ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__setitem__")?;
    let r = rest(&args);
    sa::count_range(vm, r.len(), "__setitem__", 2, 2)?;
    let i = position(vm, d, &r[0])?;
    let old = {
        let mut dd = d.borrow_mut();
        match dd.items.get_mut(i) {
            Some(slot) => std::mem::replace(slot, r[1].clone()),
            None => return Err(vm.index_error("deque index out of range")),
        }
    };
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__delitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    let i = position(vm, d, key)?;
    let old = {
        let mut dd = d.borrow_mut();
        dd.state = dd.state.wrapping_add(1);
        dd.items.remove(i)
    };
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, d) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    let state = d.borrow().state;
    let mut i = 0;
    while let Some(v) = item(d, i) {
        if ops::eq_bool(vm, &v, x)? {
            return Ok(Value::Bool(true));
        }
        mutated(vm, d, state)?;
        i += 1;
    }
    Ok(Value::Bool(false))
}

fn new_iter(vm: &mut Vm, this: &Value, d: &RefCell<DequeData>, reverse: bool) -> PyResult<Value> {
    let t = module_type(vm, if reverse { "_deque_reverse_iterator" } else { "_deque_iterator" })?;
    let (state, counter) = {
        let dd = d.borrow();
        (dd.state, dd.items.len())
    };
    let data = DequeIterData { deque: this.clone(), counter, state, reverse };
    Ok(Value::Obj(Object::new_rc(t, Payload::Deque(Box::new(DequeObj::Iter(RefCell::new(data)))))))
}

fn iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__iter__")?;
    new_iter(vm, this, d, false)
}

fn reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__reversed__")?;
    sa::no_args(vm, &args, "deque.__reversed__")?;
    new_iter(vm, this, d, true)
}

fn repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__repr__")?;
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str("")) };
    if !ops::repr::repr_enter(vm, &o) {
        return Ok(vm.new_str("[...]"));
    }
    let name = ops::type_name(vm, this);
    let mut out = format!("{name}([");
    let r = (|| -> PyResult<()> {
        let mut i = 0;
        while let Some(v) = item(d, i) {
            if i > 0 {
                out.push_str(", ");
            }
            let r = ops::repr(vm, &v)?;
            sa::push_text(&mut out, &r);
            i += 1;
        }
        Ok(())
    })();
    ops::repr::repr_leave(vm, &o);
    r?;
    out.push(']');
    if let Some(m) = d.borrow().maxlen {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
    Ok(vm.new_str(&out))
}

fn deque_get(v: &Value, i: usize) -> Option<Value> {
    data(v).and_then(|d| item(d, i))
}

fn deque_len(v: &Value) -> usize {
    data(v).map_or(0, |d| d.borrow().items.len())
}

fn compare(vm: &mut Vm, args: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if data(other).is_none() {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    sa::seq_compare(vm, this, other, op, deque_get, deque_len)
}

crate::runtime::objects::function::compare_slots! {
    compare;
    eq, "__eq__", Eq;
    ne, "__ne__", Ne;
    lt, "__lt__", Lt;
    le, "__le__", Le;
    gt, "__gt__", Gt;
    ge, "__ge__", Ge;
}

fn add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__add__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    if data(other).is_none() {
        let t = ops::type_name(vm, other);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{t}\") to deque")));
    }
    let result = copy_of(vm, this, d)?;
    let Some(rd) = data(&result) else { return Ok(result) };
    extend_from(vm, &result, rd, other, false)?;
    Ok(result)
}

fn iadd(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__iadd__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    extend_from(vm, this, d, other, false)?;
    Ok(this.clone())
}

/// Repeats the items in place `n` times (within maxlen).
fn repeat_in_place(vm: &mut Vm, d: &RefCell<DequeData>, n: &Value) -> PyResult<()> {
    let Some(big) = ops::iter::index_value(vm, n)? else {
        let t = ops::type_name(vm, n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    };
    let Some(times) = num_traits::ToPrimitive::to_i64(&big) else {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    };
    let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
    if times <= 0 {
        let old = {
            let mut dd = d.borrow_mut();
            dd.state = dd.state.wrapping_add(1);
            std::mem::take(&mut dd.items)
        };
        drop(old);
        return Ok(());
    }
    if items.is_empty() {
        return Ok(());
    }
    let limit = d.borrow().maxlen;
    let total = (items.len() as u128) * (times as u128);
    if limit.is_none() && total > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error());
    }
    // Past maxlen the oldest items fall off: the tail of a shorter repetition with the same
    // phase (a length congruent to the total) is the same.
    let period = items.len() as u128;
    let needed = match limit {
        Some(m) => {
            let base = (m as u128).max(period);
            if total > base { base + (total - base) % period } else { total }
        }
        None => total,
    };
    let mut pushed = items.len() as u128;
    while pushed < needed {
        for x in &items {
            push(d, x.clone(), false);
            pushed += 1;
            if pushed >= needed {
                break;
            }
        }
    }
    Ok(())
}

fn mul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__mul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let result = copy_of(vm, this, d)?;
    if let Some(rd) = data(&result) {
        repeat_in_place(vm, rd, n)?;
    }
    Ok(result)
}

fn imul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__imul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    repeat_in_place(vm, d, n)?;
    Ok(this.clone())
}

fn reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, d) = recv(vm, &args, "__reduce__")?;
    sa::no_args(vm, &args, "deque.__reduce__")?;
    let cls = this.class(vm).to_value();
    let empty = vm.new_tuple(Vec::new());
    let ctor_args = match d.borrow().maxlen {
        None => empty,
        Some(m) => vm.new_tuple(vec![empty, Value::Int(m as i64)]),
    };
    let state = match this.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(dict) if dict_len(&dict) > 0 => Value::Obj(dict),
        _ => Value::None,
    };
    let it = new_iter(vm, this, d, false)?;
    Ok(vm.new_tuple(vec![cls, ctor_args, state, it]))
}

fn dict_len(d: &crate::runtime::value::ObjRef) -> usize {
    match &d.payload {
        Payload::Dict(t) => t.borrow().len(),
        _ => 0,
    }
}

fn iter_data(v: &Value) -> Option<&RefCell<DequeIterData>> {
    match v.payload() {
        Some(Payload::Deque(d)) => match &**d {
            DequeObj::Iter(i) => Some(i),
            DequeObj::Deque(_) => None,
        },
        _ => None,
    }
}

fn is_iter(p: &Payload) -> bool {
    matches!(p, Payload::Deque(d) if matches!(**d, DequeObj::Iter(_)))
}

/// `_deque_iterator(deque, index=0)`: an iterator over `deque` advanced `index` times.
fn iter_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("_deque_iterator.__new__(X): X is not a type object"));
    };
    let name = cls.name();
    let reverse = &*name == "_deque_reverse_iterator";
    let own = module_type(vm, if reverse { "_deque_reverse_iterator" } else { "_deque_iterator" })?;
    if !cls.ptr_eq(&own) {
        return Err(vm.type_error(format!("{name}.__new__({name}): {name} is not a subtype of {name}")));
    }
    let rest_args = CallArgs { args: &args.args[1..], kwnames: args.kwnames };
    if rest_args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let r = rest_args.pos();
    sa::count_range(vm, r.len(), &name, 1, 2)?;
    let Some(d) = data(&r[0]) else {
        let t = ops::type_name(vm, &r[0]);
        return Err(vm.type_error(format!("argument 1 must be collections.deque, not {t}")));
    };
    let index = match r.get(1) {
        Some(v) => sa::index_i64(vm, v)?,
        None => 0,
    };
    let it = new_iter(vm, &r[0], d, reverse)?;
    let Some(st) = iter_data(&it) else { return Ok(it) };
    let mut k = 0;
    while k < index {
        match next_item(vm, st) {
            Ok(Some(_)) => k += 1,
            Ok(None) => break,
            Err(e) => return Err(e),
        }
    }
    Ok(it)
}

/// The next item of a deque iterator; None once it is exhausted.
fn next_item(vm: &mut Vm, it: &RefCell<DequeIterData>) -> PyResult<Option<Value>> {
    let deque = it.borrow().deque.clone();
    let Some(d) = data(&deque) else { return Ok(None) };
    let mut st = it.borrow_mut();
    let dd = d.borrow();
    if dd.state != st.state {
        st.counter = 0;
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if st.counter == 0 {
        return Ok(None);
    }
    let n = dd.items.len();
    let i = if st.reverse { st.counter - 1 } else { n - st.counter };
    st.counter -= 1;
    Ok(dd.items.get(i).cloned())
}

fn iter_reduce(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "_deque_iterator", "__reduce__", is_iter)?;
    sa::no_args(vm, &args, "_deque_iterator.__reduce__")?;
    let Some(it) = iter_data(this) else { return Err(vm.type_error("_deque_iterator expected")) };
    let (deque, counter) = {
        let st = it.borrow();
        (st.deque.clone(), st.counter)
    };
    let n = data(&deque).map_or(0, |d| d.borrow().items.len());
    let cls = this.class(vm).to_value();
    let ctor_args = vm.new_tuple(vec![deque, Value::Int(n as i64 - counter as i64)]);
    Ok(vm.new_tuple(vec![cls, ctor_args]))
}

fn iter_self(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "_deque_iterator", "__iter__", is_iter)?;
    Ok(this.clone())
}

fn iter_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "_deque_iterator", "__next__", is_iter)?;
    let Some(it) = iter_data(this) else { return Err(vm.type_error("_deque_iterator expected")) };
    match next_item(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = sa::receiver(vm, &args, "_deque_iterator", "__length_hint__", is_iter)?;
    let Some(it) = iter_data(this) else { return Ok(Value::Int(0)) };
    Ok(Value::Int(it.borrow().counter as i64))
}
