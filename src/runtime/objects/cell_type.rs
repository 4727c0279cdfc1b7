//! The `cell` type: the boxes closures share (`cell_contents`, `types.CellType(x)`, repr and
//! comparisons by contents).

use std::cell::RefCell;

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops::{self, CompareOp};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn cell(v: &Value) -> Option<&RefCell<Value>> {
    match v.payload() {
        Some(Payload::Cell(c)) => Some(c),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a 'cell' object but received a '{t}'"))
}

/// `types.CellType([contents])`.
fn cell_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("cell.__new__(X): X is not a type object"));
    };
    if args.has_kwargs() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("cell expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let contents = pos.get(1).cloned().unwrap_or(Value::Null);
    Ok(vm.new_object(cls, Payload::Cell(RefCell::new(contents))))
}

/// `<cell at 0x...: int object at 0x...>` or `<cell at 0x...: empty>`.
fn cell_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or_default();
    let Some(c) = cell(&v) else { return Err(wrong(vm, &v)) };
    let contents = c.borrow().clone();
    let s = if contents.is_null() {
        format!("<cell at {:#x}: empty>", v.id())
    } else {
        format!("<cell at {:#x}: {} object at {:#x}>", v.id(), ops::type_name(vm, &contents), contents.id())
    };
    Ok(vm.new_str(&s))
}

/// Comparisons by contents; an empty cell is smaller than any full one.
fn cell_compare(vm: &mut Vm, args: CallArgs, op: CompareOp) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let (Some(x), Some(y)) = (cell(a), cell(b)) else { return Ok(vm.not_implemented()) };
    let (x, y) = (x.borrow().clone(), y.borrow().clone());
    match (x.is_null(), y.is_null()) {
        (false, false) => ops::rich_compare(vm, &x, &y, op),
        (xe, ye) => {
            let ord = xe.cmp(&ye).reverse();
            Ok(Value::Bool(op.test(ord)))
        }
    }
}

fn cell_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Lt)
}
fn cell_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Le)
}
fn cell_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Eq)
}
fn cell_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Ne)
}
fn cell_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Gt)
}
fn cell_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    cell_compare(vm, args, CompareOp::Ge)
}

fn get_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(c) = cell(v) else { return Err(wrong(vm, v)) };
    let contents = c.borrow().clone();
    if contents.is_null() {
        return Err(vm.value_error("Cell is empty"));
    }
    Ok(contents)
}

fn set_contents(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let Some(c) = cell(v) else { return Err(wrong(vm, v)) };
    let old = std::mem::replace(&mut *c.borrow_mut(), value);
    drop(old);
    Ok(())
}

static CELL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", cell_new),
    MethodDef::slot("__repr__", cell_repr),
    MethodDef::slot("__lt__", cell_lt),
    MethodDef::slot("__le__", cell_le),
    MethodDef::slot("__eq__", cell_eq),
    MethodDef::slot("__ne__", cell_ne),
    MethodDef::slot("__gt__", cell_gt),
    MethodDef::slot("__ge__", cell_ge),
];

static CELL_GETSETS: &[GetSetDef] = &[GetSetDef { name: "cell_contents", get: get_contents, set: Some(set_contents), doc: None }];

pub fn init(vm: &mut Vm) {
    let t = vm.types.cell.clone();
    add_methods(vm, &t, CELL_METHODS);
    add_getsets(vm, &t, CELL_GETSETS);
    add_attr(vm, &t, "__hash__", Value::None);
}
