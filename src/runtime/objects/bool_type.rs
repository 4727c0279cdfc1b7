//! The `bool` type: `bool(x)`, its repr, and the bitwise operators that keep bools bools
//! (`True & False` is a bool, `True & 1` an int).

use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::int::{self, is_int};
use crate::runtime::objects::int_type::{self, new_cls};
use crate::runtime::objects::numargs;
use crate::runtime::ops;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn bool_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    new_cls(vm, args.pos().first(), &vm.types.bool.clone())?;
    numargs::no_kwargs(vm, &args, "bool")?;
    let rest = numargs::unpack(vm, &args, 1, "bool", 0, 1)?;
    match rest.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(ops::is_true(vm, v)?)),
    }
}

fn this(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<bool> {
    let v = numargs::receiver(vm, args, name, &vm.types.bool)?;
    Ok(matches!(v, Value::Bool(true)))
}

fn bool_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let b = this(vm, &args, "__repr__")?;
    numargs::slot_args(vm, &args, "__repr__", 0)?;
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

fn bitwise(vm: &mut Vm, args: CallArgs, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [other] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    if let Value::Bool(b) = other {
        return Ok(Value::Bool(match op {
            BinOp::And => a & b,
            BinOp::Or => a | b,
            _ => a ^ b,
        }));
    }
    if !is_int(other) {
        return Ok(vm.not_implemented());
    }
    let me = Value::Bool(a);
    let (x, y) = if reflected { (other, &me) } else { (&me, other) };
    int::int_values_binary(vm, x, y, op)
}

fn bool_and(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__and__", BinOp::And, false)
}

fn bool_rand(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__rand__", BinOp::And, true)
}

fn bool_or(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__or__", BinOp::Or, false)
}

fn bool_ror(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__ror__", BinOp::Or, true)
}

fn bool_xor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__xor__", BinOp::Xor, false)
}

fn bool_rxor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    bitwise(vm, args, "__rxor__", BinOp::Xor, true)
}

/// `~b`: the inversion of the underlying int (deprecated in 3.12; no warning machinery yet).
fn bool_invert(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let b = this(vm, &args, "__invert__")?;
    numargs::slot_args(vm, &args, "__invert__", 0)?;
    Ok(int_type::int_invert_value(vm, &Value::Bool(b)))
}

static BOOL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", bool_new),
    MethodDef::slot("__repr__", bool_repr),
    MethodDef::slot("__and__", bool_and),
    MethodDef::slot("__rand__", bool_rand),
    MethodDef::slot("__or__", bool_or),
    MethodDef::slot("__ror__", bool_ror),
    MethodDef::slot("__xor__", bool_xor),
    MethodDef::slot("__rxor__", bool_rxor),
    MethodDef::slot("__invert__", bool_invert),
];

const BOOL_DOC: &str = "bool(x) -> bool\n\
\n\
Returns True when the argument x is true, False otherwise.\n\
The builtins True and False are the only two instances of the class bool.\n\
The class bool is a subclass of the class int, and cannot be subclassed.";

pub fn init(vm: &mut Vm) {
    let t = vm.types.bool.clone();
    add_methods(vm, &t, BOOL_METHODS);
    let doc = vm.new_str(BOOL_DOC);
    add_attr(vm, &t, "__doc__", doc);
}
