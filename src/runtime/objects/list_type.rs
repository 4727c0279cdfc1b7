//! The `list` type: construction (`__new__`, `__init__` from any iterable), item and slice
//! access and assignment, concatenation and repetition, comparisons, repr, and the methods
//! (`append`, `extend`, `insert`, `pop`, `remove`, `index`, `count`, `reverse`, `sort`, ...).

use std::cell::RefCell;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::IterState;
use crate::runtime::objects::seq_args::{self as sa, receiver, rest};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub type ListCell = RefCell<Vec<Value>>;

fn is_list(p: &Payload) -> bool {
    matches!(p, Payload::List(_))
}

/// The list payload of a value known to be a list.
pub fn cell(v: &Value) -> Option<&ListCell> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

/// The receiver of a list method and its items.
fn recv<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a ListCell)> {
    let this = receiver(vm, args, "list", name, is_list)?;
    match this.payload() {
        Some(Payload::List(l)) => Ok((this, l)),
        _ => Err(vm.type_error("list expected")),
    }
}

/// A new list of class `cls` (a list subclass) holding `items`.
pub fn new_list_of(vm: &Vm, cls: &TypeRef, items: Vec<Value>) -> Value {
    if cls.ptr_eq(&vm.types.list) {
        return vm.new_list(items);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::List(RefCell::new(items)), cls.nslots.get()))
}

/// The items of any iterable (lists and tuples copied directly).
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    crate::runtime::objects::seq_args::collect(vm, v)
}

/// `PySequence_Fast(v, msg)`: the items of an iterable, a TypeError from `iter()` replaced by
/// `msg`.
fn seq_fast(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Some(Payload::List(l)) = v.payload() {
        return Ok(l.borrow().clone());
    }
    if let Some(Payload::Tuple(t)) = v.payload() {
        return Ok(t.to_vec());
    }
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, &vm.types.exc.type_error.clone()) => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `list.extend(iterable)` on a list cell.
pub fn extend(vm: &mut Vm, l: &ListCell, iterable: &Value) -> PyResult<()> {
    match iterable.payload() {
        Some(Payload::List(src)) => {
            let items = src.borrow().clone();
            l.borrow_mut().extend(items);
            return Ok(());
        }
        Some(Payload::Tuple(t)) => {
            l.borrow_mut().extend(t.iter().cloned());
            return Ok(());
        }
        _ => {}
    }
    let it = ops::iter(vm, iterable)?;
    while let Some(x) = ops::next(vm, &it)? {
        l.borrow_mut().push(x);
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("list.__new__(X): X is not a type object"));
    };
    if !cls.is_subtype(&vm.types.list) {
        return Err(vm.type_error(format!("list.__new__({}): {} is not a subtype of list", cls.name(), cls.name())));
    }
    Ok(new_list_of(vm, &cls, Vec::new()))
}

fn list_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__init__")?;
    if args.has_kwargs() && ops::is_exact(vm, this, &vm.types.list.clone()) {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.has_kwargs() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let r = rest(&args);
    sa::count_range(vm, r.len(), "list", 0, 1)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    if let [iterable] = r {
        extend(vm, l, iterable)?;
    }
    Ok(Value::None)
}

fn list_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__repr__")?;
    sa::items_repr(vm, this, "[", "]", &|i| l.borrow().get(i).cloned())
}

fn list_len(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__len__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(Value::Int(l.borrow().len() as i64))
}

/// `l[key]` for a list cell (index or slice).
pub fn getitem(vm: &mut Vm, l: &ListCell, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice { .. }) = key.payload() {
        let len = l.borrow().len();
        let (start, step, n) = sa::slice_for(vm, key, len)?;
        let items = {
            let b = l.borrow();
            // The slice computation may have run Python code that shrank the list.
            let (start2, _, n2) = sa::adjust_indices(b.len(), start, start + step * n as i64, step);
            if b.len() == len { sa::slice_items(&b, start, step, n) } else { sa::slice_items(&b, start2, step, n2) }
        };
        return Ok(vm.new_list(items));
    }
    let len = l.borrow().len();
    match sa::item_index(vm, key, len, "list")? {
        Some(i) => l.borrow().get(i).cloned().ok_or_else(|| vm.index_error("list index out of range")),
        None => Err(vm.index_error("list index out of range")),
    }
}

fn list_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__getitem__")?;
    let key = sa::one_arg(vm, &args, "list.__getitem__")?;
    getitem(vm, l, key)
}

/// `l[key] = value` (value Null: `del l[key]`).
pub fn setitem(vm: &mut Vm, this: &Value, l: &ListCell, key: &Value, value: Value) -> PyResult<()> {
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, stop, step) = sa::slice_unpack(vm, key)?;
        if value.is_null() {
            return del_slice(l, start, stop, step);
        }
        if step == 1 {
            let items = if value.is(this) { l.borrow().clone() } else { seq_fast(vm, &value, "can only assign an iterable")? };
            let mut b = l.borrow_mut();
            let (lo, hi, _) = sa::adjust_indices(b.len(), start, stop, step);
            let hi = hi.max(lo);
            let old: Vec<Value> = b.splice(lo as usize..hi as usize, items).collect();
            drop(b);
            drop(old);
            return Ok(());
        }
        let items = if value.is(this) { l.borrow().clone() } else { seq_fast(vm, &value, "must assign iterable to extended slice")? };
        let mut b = l.borrow_mut();
        let (start, _, n) = sa::adjust_indices(b.len(), start, stop, step);
        if items.len() != n {
            drop(b);
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                items.len()
            )));
        }
        let mut old = Vec::with_capacity(n);
        for (k, x) in items.into_iter().enumerate() {
            let i = (start + k as i64 * step) as usize;
            old.push(std::mem::replace(&mut b[i], x));
        }
        drop(b);
        drop(old);
        return Ok(());
    }
    let len = l.borrow().len();
    match sa::item_index(vm, key, len, "list")? {
        Some(i) if i < l.borrow().len() => {
            let old = if value.is_null() { l.borrow_mut().remove(i) } else { std::mem::replace(&mut l.borrow_mut()[i], value) };
            drop(old);
            Ok(())
        }
        _ => Err(vm.index_error("list assignment index out of range")),
    }
}

fn del_slice(l: &ListCell, start: i64, stop: i64, step: i64) -> PyResult<()> {
    let mut b = l.borrow_mut();
    let (start, stop, n) = sa::adjust_indices(b.len(), start, stop, step);
    if n == 0 {
        return Ok(());
    }
    let removed: Vec<Value> = if step == 1 {
        b.drain(start as usize..stop.max(start) as usize).collect()
    } else {
        let (lo, step) = if step < 0 { (start + (n as i64 - 1) * step, -step) } else { (start, step) };
        let mut removed = Vec::with_capacity(n);
        let old = std::mem::take(&mut *b);
        for (i, x) in old.into_iter().enumerate() {
            let i = i as i64;
            if i >= lo && (i - lo) % step == 0 && (i - lo) / step < n as i64 {
                removed.push(x);
            } else {
                b.push(x);
            }
        }
        removed
    };
    drop(b);
    drop(removed);
    Ok(())
}

fn list_setitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__setitem__")?;
    let [key, value] = rest(&args) else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", rest(&args).len())));
    };
    setitem(vm, this, l, key, value.clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__delitem__")?;
    let key = sa::slot_one_arg(vm, &args)?;
    setitem(vm, this, l, key, Value::Null)?;
    Ok(Value::None)
}

/// The item at `i`, cloned out (the borrow ends before the caller runs Python code).
fn item_at(l: &ListCell, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

/// `x in l`.
pub fn contains(vm: &mut Vm, l: &ListCell, x: &Value) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let Some(item) = item_at(l, i) else { return Ok(false) };
        if ops::eq_bool(vm, &item, x)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn list_contains(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__contains__")?;
    let x = sa::slot_one_arg(vm, &args)?;
    Ok(Value::Bool(contains(vm, l, x)?))
}

fn list_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, "__iter__")?;
    sa::slot_no_args(vm, &args)?;
    Ok(ops::iter::new_iter(vm, &vm.types.list_iterator, IterState::Seq { seq: this.clone(), index: 0 }))
}

fn list_reversed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__reversed__")?;
    sa::no_args(vm, &args, "list.__reversed__")?;
    let n = l.borrow().len() as i64;
    Ok(ops::iter::new_iter(vm, &vm.types.list_reverseiterator, IterState::SeqRev { seq: this.clone(), index: n - 1 }))
}

fn list_add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__add__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    let Some(Payload::List(o)) = other.payload() else { return Ok(vm.not_implemented()) };
    let mut items = l.borrow().clone();
    items.extend(o.borrow().iter().cloned());
    Ok(vm.new_list(items))
}

fn list_iadd(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__iadd__")?;
    let other = sa::slot_one_arg(vm, &args)?;
    extend(vm, l, other)?;
    Ok(this.clone())
}

/// The repeat count of `seq * n`: None when `n` is not an index (NotImplemented).
pub fn repeat_count(vm: &mut Vm, n: &Value, len: usize) -> PyResult<Option<usize>> {
    let k = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(_) | Value::None => return Ok(None),
        _ => {
            let cls = n.class(vm);
            if cls.lookup(vm, &vm.names.__index__).is_none() {
                return Ok(None);
            }
            match ops::iter::index_value(vm, n)? {
                Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                    Some(k) => k,
                    None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
                },
                None => return Ok(None),
            }
        }
    };
    if k <= 0 || len == 0 {
        return Ok(Some(0));
    }
    let total = (len as u128) * (k as u128);
    if total > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error());
    }
    Ok(Some(k as usize))
}

fn list_mul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__mul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let len = l.borrow().len();
    let Some(k) = repeat_count(vm, n, len)? else { return Ok(vm.not_implemented()) };
    let items = l.borrow();
    let mut out = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        out.extend(items.iter().cloned());
    }
    drop(items);
    Ok(vm.new_list(out))
}

fn list_imul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (this, l) = recv(vm, &args, "__imul__")?;
    let n = sa::slot_one_arg(vm, &args)?;
    let len = l.borrow().len();
    let Some(k) = repeat_count(vm, n, len)? else { return Ok(vm.not_implemented()) };
    if k == 0 {
        let old = std::mem::take(&mut *l.borrow_mut());
        drop(old);
    } else {
        let mut b = l.borrow_mut();
        let one = b.clone();
        for _ in 1..k {
            b.extend(one.iter().cloned());
        }
    }
    Ok(this.clone())
}

fn list_get(v: &Value, i: usize) -> Option<Value> {
    cell(v).and_then(|l| l.borrow().get(i).cloned())
}

fn list_length(v: &Value) -> usize {
    cell(v).map_or(0, |l| l.borrow().len())
}

fn compare(vm: &mut Vm, args: CallArgs, op: CompareOp, name: &str) -> PyResult<Value> {
    let (this, _) = recv(vm, &args, name)?;
    let other = sa::slot_one_arg(vm, &args)?;
    if !matches!(other.payload(), Some(Payload::List(_))) {
        return Ok(vm.not_implemented());
    }
    sa::seq_compare(vm, this, other, op, list_get, list_length)
}

fn list_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq, "__eq__")
}
fn list_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne, "__ne__")
}
fn list_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt, "__lt__")
}
fn list_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le, "__le__")
}
fn list_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt, "__gt__")
}
fn list_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge, "__ge__")
}

fn list_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "__sizeof__")?;
    sa::no_args(vm, &args, "list.__sizeof__")?;
    Ok(Value::Int(40 + 8 * l.borrow().capacity() as i64))
}

fn list_append(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "append")?;
    let x = sa::one_arg(vm, &args, "list.append")?;
    l.borrow_mut().push(x.clone());
    Ok(Value::None)
}

fn list_clear(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "clear")?;
    sa::no_args(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "copy")?;
    sa::no_args(vm, &args, "list.copy")?;
    let items = l.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "count")?;
    let x = sa::one_arg(vm, &args, "list.count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if ops::eq_bool(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_extend(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "extend")?;
    let x = sa::one_arg(vm, &args, "list.extend")?;
    extend(vm, l, x)?;
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "index")?;
    let r = sa::pos_args(vm, &args, "index", 1, 3)?;
    let len = l.borrow().len();
    let start = sa::search_bound(vm, r.get(1), len, 0)?;
    let stop = sa::search_bound(vm, r.get(2), len, i64::MAX)?;
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(l, i) else { break };
        if ops::eq_bool(vm, &item, &r[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let rp = ops::repr(vm, &r[0])?;
    let mut msg = String::new();
    sa::push_text(&mut msg, &rp);
    Err(vm.value_error(format!("{msg} is not in list")))
}

fn list_insert(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "insert")?;
    let r = sa::pos_args(vm, &args, "insert", 2, 2)?;
    let i = sa::index_i64(vm, &r[0])?;
    let mut b = l.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, r[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "pop")?;
    let r = sa::pos_args(vm, &args, "pop", 0, 1)?;
    let i = match r.first() {
        Some(v) => sa::index_i64(vm, v)?,
        None => -1,
    };
    let mut b = l.borrow_mut();
    if b.is_empty() {
        drop(b);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(b);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(b.remove(j as usize))
}

fn list_remove(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "remove")?;
    let x = sa::one_arg(vm, &args, "list.remove")?;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if ops::eq_bool(vm, &item, x)? {
            let mut b = l.borrow_mut();
            if i < b.len() {
                let old = b.remove(i);
                drop(b);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_reverse(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "reverse")?;
    sa::no_args(vm, &args, "list.reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

/// Sorts a list cell in place (`list.sort(key=key, reverse=reverse)`), with CPython's
/// protection against the list changing during the sort.
pub fn sort_cell(vm: &mut Vm, l: &ListCell, key: &Value, reverse: bool) -> PyResult<()> {
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_items(vm, &mut items, key, reverse);
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// The sort itself: keys computed first, then CPython's reverse-sort-reverse for `reverse`.
fn sort_items(vm: &mut Vm, items: &mut [Value], key: &Value, reverse: bool) -> PyResult<()> {
    if items.len() < 2 {
        if !key.is_none()
            && let Some(x) = items.first()
        {
            let x = x.clone();
            vm.call(key, &[x], &[])?;
        }
        return Ok(());
    }
    if key.is_none() {
        if homogeneous_sort(items, |v| v, reverse) {
            return Ok(());
        }
        if reverse {
            items.reverse();
        }
        let r = crate::runtime::objects::sort::timsort(items, &mut |a: &Value, b: &Value| lt(vm, a, b));
        if reverse {
            items.reverse();
        }
        return r;
    }
    let mut pairs = Vec::with_capacity(items.len());
    for x in items.iter() {
        let k = vm.call(key, std::slice::from_ref(x), &[])?;
        pairs.push((k, x.clone()));
    }
    if homogeneous_sort(&mut pairs, |p| &p.0, reverse) {
        for (slot, (_, x)) in items.iter_mut().zip(pairs) {
            *slot = x;
        }
        return Ok(());
    }
    if reverse {
        pairs.reverse();
    }
    let r = crate::runtime::objects::sort::timsort(&mut pairs, &mut |a: &(Value, Value), b: &(Value, Value)| lt(vm, &a.0, &b.0));
    if reverse {
        pairs.reverse();
    }
    for (slot, (_, x)) in items.iter_mut().zip(pairs) {
        *slot = x;
    }
    r
}

/// Sorts `v` by the values `k` gives when they are all ints held unboxed, all floats none of
/// which is a NaN, or all exact strs: their `<` runs no Python code and cannot fail, so a stable
/// sort in the same order gives timsort's result (with `reverse`, equal items keep their order,
/// as CPython's reverse-sort-reverse does). False, with `v` untouched, for any other values.
fn homogeneous_sort<T>(v: &mut [T], k: impl Fn(&T) -> &Value, reverse: bool) -> bool {
    use std::cmp::Ordering;
    let Some(first) = v.first() else { return true };
    let order = |o: Ordering| if reverse { o.reverse() } else { o };
    match k(first) {
        Value::Int(_) if v.iter().all(|x| matches!(k(x), Value::Int(_))) => {
            let int = |x: &T| if let Value::Int(i) = k(x) { *i } else { 0 };
            v.sort_by(|a, b| order(int(a).cmp(&int(b))));
            true
        }
        Value::Float(_) if v.iter().all(|x| matches!(k(x), Value::Float(f) if !f.is_nan())) => {
            let float = |x: &T| if let Value::Float(f) = k(x) { *f } else { 0.0 };
            v.sort_by(|a, b| order(float(a).partial_cmp(&float(b)).unwrap_or(Ordering::Equal)));
            true
        }
        Value::Obj(_) if v.iter().all(|x| matches!(k(x), Value::Obj(o) if ops::is_exact_str_obj(o))) => {
            fn text(v: &Value) -> Option<&crate::runtime::objects::str::PyString> {
                match v {
                    Value::Obj(o) => match &o.payload {
                        Payload::Str(s) => Some(s),
                        _ => None,
                    },
                    _ => None,
                }
            }
            v.sort_by(|a, b| match (text(k(a)), text(k(b))) {
                (Some(s), Some(t)) => order(s.compare(t)),
                _ => Ordering::Equal,
            });
            true
        }
        _ => false,
    }
}

/// `a < b` as the sort asks it.
#[inline]
fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            if let Some(r) = tuple_lt_by_first(a, b) {
                return Ok(r);
            }
            let r = ops::rich_compare(vm, a, b, CompareOp::Lt)?;
            match r {
                Value::Bool(b) => Ok(b),
                other => ops::is_true(vm, &other),
            }
        }
    }
}

/// `a < b` for two exact tuples whose first items are unequal ints, non-NaN floats or exact
/// strs: the first items decide, as the tuple comparison itself would after finding them
/// unequal, with no Python code run. None when the general comparison is needed.
#[inline]
fn tuple_lt_by_first(a: &Value, b: &Value) -> Option<bool> {
    let (Value::Obj(ta), Value::Obj(tb)) = (a, b) else { return None };
    let (Payload::Tuple(xs), Payload::Tuple(ys)) = (&ta.payload, &tb.payload) else { return None };
    if ta.class_ref().layout != crate::runtime::types::Layout::Tuple
        || ta.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE)
        || !ta.class_ref().ptr_eq(&tb.class_ref())
    {
        return None;
    }
    match (xs.first()?, ys.first()?) {
        (Value::Int(x), Value::Int(y)) if x != y => Some(x < y),
        (Value::Float(x), Value::Float(y)) if x != y && !x.is_nan() && !y.is_nan() => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) if ops::is_exact_str_obj(x) && ops::is_exact_str_obj(y) => {
            let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) else { return None };
            match s.compare(t) {
                std::cmp::Ordering::Equal => None,
                o => Some(o == std::cmp::Ordering::Less),
            }
        }
        _ => None,
    }
}

/// The `key` and `reverse` keyword arguments of `sort` and `sorted`.
pub fn sort_kwargs(vm: &mut Vm, args: &CallArgs) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = sa::index_i64(vm, v)? != 0,
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    Ok((key, reverse))
}

fn list_sort(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (_, l) = recv(vm, &args, "sort")?;
    if !rest(&args).is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_kwargs(vm, &args)?;
    sort_cell(vm, l, &key, reverse)?;
    Ok(Value::None)
}

fn class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::generic_alias::class_getitem(vm, args)
}

static LIST_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", list_new),
    MethodDef::slot("__init__", list_init),
    MethodDef::slot("__repr__", list_repr),
    MethodDef::slot("__len__", list_len),
    MethodDef::method("__getitem__", list_getitem),
    MethodDef::slot("__setitem__", list_setitem),
    MethodDef::slot("__delitem__", list_delitem),
    MethodDef::slot("__contains__", list_contains),
    MethodDef::slot("__iter__", list_iter),
    MethodDef::method("__reversed__", list_reversed),
    MethodDef::slot("__add__", list_add),
    MethodDef::slot("__iadd__", list_iadd),
    MethodDef::slot("__mul__", list_mul),
    MethodDef::slot("__rmul__", list_mul),
    MethodDef::slot("__imul__", list_imul),
    MethodDef::slot("__eq__", list_eq),
    MethodDef::slot("__ne__", list_ne),
    MethodDef::slot("__lt__", list_lt),
    MethodDef::slot("__le__", list_le),
    MethodDef::slot("__gt__", list_gt),
    MethodDef::slot("__ge__", list_ge),
    MethodDef::method("__sizeof__", list_sizeof),
    MethodDef::classmethod("__class_getitem__", class_getitem),
    MethodDef::method("append", list_append),
    MethodDef::method("clear", list_clear),
    MethodDef::method("copy", list_copy),
    MethodDef::method("count", list_count),
    MethodDef::method("extend", list_extend),
    MethodDef::method("index", list_index),
    MethodDef::method("insert", list_insert),
    MethodDef::method("pop", list_pop),
    MethodDef::method("remove", list_remove),
    MethodDef::method("reverse", list_reverse),
    MethodDef::method("sort", list_sort),
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    add_methods(vm, &t, LIST_METHODS);
    add_attr(vm, &t, "__hash__", Value::None);
}
