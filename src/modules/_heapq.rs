//! `_heapq`: the native heap operations on lists that `heapq` uses (heappush, heappop,
//! heapify, heapreplace, heappushpop and the max-heap helpers of `heapq.merge`).

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::builtins::args;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const DEFS: &[MethodDef] = &[
    MethodDef::function("heappush", heappush),
    MethodDef::function("heappop", heappop),
    MethodDef::function("heapify", heapify),
    MethodDef::function("heapreplace", heapreplace),
    MethodDef::function("heappushpop", heappushpop),
    MethodDef::function("_heapify_max", heapify_max),
    MethodDef::function("_heappop_max", heappop_max),
    MethodDef::function("_heapreplace_max", heapreplace_max),
];

/// The `_heapq` module.
pub fn create(vm: &mut Vm) -> Value {
    super::new_module(vm, "_heapq", DEFS)
}

/// The list a heap function works on: TypeError for anything else (`only`: the function's
/// single argument, named "argument" rather than "argument 1").
fn heap_list<'a>(vm: &Vm, v: &'a Value, func: &str, only: bool) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    if let Value::Obj(o) = v {
        if let Payload::List(cell) = &o.payload {
            return Ok(cell);
        }
    }
    let which = if only { "argument" } else { "argument 1" };
    let kind = if v.is_none() { "None".to_string() } else { ops::type_name(vm, v).to_string() };
    Err(vm.type_error(format!("{func}() {which} must be list, not {kind}")))
}

fn item(vm: &Vm, cell: &std::cell::RefCell<Vec<Value>>, i: usize) -> PyResult<Value> {
    cell.borrow().get(i).cloned().ok_or_else(|| vm.runtime_error("list changed size during iteration"))
}

/// `a < b` for a min-heap, `b < a` for a max-heap; the list must keep its size meanwhile.
fn before(vm: &mut Vm, cell: &std::cell::RefCell<Vec<Value>>, i: usize, j: usize, max: bool, size: usize) -> PyResult<bool> {
    let a = item(vm, cell, i)?;
    let b = item(vm, cell, j)?;
    let r = if max { ops::compare::compare_bool(vm, &b, &a, CompareOp::Lt)? } else { ops::compare::compare_bool(vm, &a, &b, CompareOp::Lt)? };
    if cell.borrow().len() != size {
        return Err(vm.runtime_error("list changed size during iteration"));
    }
    Ok(r)
}

fn swap(cell: &std::cell::RefCell<Vec<Value>>, i: usize, j: usize) {
    let mut v = cell.borrow_mut();
    if i < v.len() && j < v.len() {
        v.swap(i, j);
    }
}

/// Moves the item at `pos` towards the root (not above `start`) while it sorts before its
/// parent, by swaps (so that an error in a comparison leaves every item in the list).
fn sift_towards_root(vm: &mut Vm, cell: &std::cell::RefCell<Vec<Value>>, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = cell.borrow().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !before(vm, cell, pos, parent, max, size)? {
            break;
        }
        swap(cell, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the children that sort first, then back up
/// to its place.
fn sift_towards_leaf(vm: &mut Vm, cell: &std::cell::RefCell<Vec<Value>>, mut pos: usize, max: bool) -> PyResult<()> {
    let size = cell.borrow().len();
    let start = pos;
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    let limit = size >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < size && !before(vm, cell, child, child + 1, max, size)? {
            child += 1;
        }
        swap(cell, pos, child);
        pos = child;
    }
    sift_towards_root(vm, cell, start, pos, max)
}

fn push(vm: &mut Vm, args: CallArgs, name: &str) -> PyResult<Value> {
    let a = args::unpack(vm, &args, name, 2, 2)?;
    let cell = heap_list(vm, &a[0], name, false)?;
    let last = {
        let mut v = cell.borrow_mut();
        v.push(a[1].clone());
        v.len() - 1
    };
    sift_towards_root(vm, cell, 0, last, false)?;
    Ok(Value::None)
}

fn heappush(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    push(vm, args, "heappush")
}

fn pop(vm: &mut Vm, args: CallArgs, name: &str, max: bool) -> PyResult<Value> {
    let a = args::one_arg(vm, &args, &format!("_heapq.{name}"))?;
    let cell = heap_list(vm, a, name, true)?;
    let (last, empty) = {
        let mut v = cell.borrow_mut();
        match v.pop() {
            None => return Err(vm.index_error("index out of range")),
            Some(last) => (last, v.is_empty()),
        }
    };
    if empty {
        return Ok(last);
    }
    let top = std::mem::replace(&mut cell.borrow_mut()[0], last);
    sift_towards_leaf(vm, cell, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    pop(vm, args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    pop(vm, args, "_heappop_max", true)
}

fn replace(vm: &mut Vm, args: CallArgs, name: &str, max: bool) -> PyResult<Value> {
    let a = args::unpack(vm, &args, name, 2, 2)?;
    let cell = heap_list(vm, &a[0], name, false)?;
    let top = {
        let mut v = cell.borrow_mut();
        if v.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], a[1].clone())
    };
    sift_towards_leaf(vm, cell, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    replace(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    replace(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args::unpack(vm, &args, "heappushpop", 2, 2)?;
    let cell = heap_list(vm, &a[0], "heappushpop", false)?;
    let Some(top) = cell.borrow().first().cloned() else { return Ok(a[1].clone()) };
    if !ops::compare::compare_bool(vm, &top, &a[1], CompareOp::Lt)? {
        return Ok(a[1].clone());
    }
    let top = {
        let mut v = cell.borrow_mut();
        if v.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], a[1].clone())
    };
    sift_towards_leaf(vm, cell, 0, false)?;
    Ok(top)
}

fn make_heap(vm: &mut Vm, args: CallArgs, name: &str, max: bool) -> PyResult<Value> {
    let a = args::one_arg(vm, &args, &format!("_heapq.{name}"))?;
    let cell = heap_list(vm, a, name, true)?;
    let n = cell.borrow().len();
    for pos in (0..n / 2).rev() {
        sift_towards_leaf(vm, cell, pos, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    make_heap(vm, args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    make_heap(vm, args, "_heapify_max", true)
}
