//! float arithmetic with CPython's semantics and error messages (the numeric rules are shared
//! with the constant folder).

use crate::frontend::fold::float::{self as numeric, PowResult};
use crate::runtime::object::Payload;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `a ** b` for floats: a float, or a complex for a negative base and fractional exponent.
pub fn power(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    match numeric::float_pow(a, b) {
        Some(PowResult::Float(f)) => Ok(Value::Float(f)),
        Some(PowResult::Complex((re, im))) => {
            Ok(vm.new_object(vm.types.complex.clone(), Payload::Complex { re, im }))
        }
        None if a == 0.0 && b < 0.0 => Err(vm.zero_division_error("0.0 cannot be raised to a negative power")),
        None => Err(vm.overflow_error("(34, 'Numerical result out of range')")),
    }
}

/// A binary operator on two floats. `Value::Null` means "not supported".
pub fn float_binary(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            numeric::float_floor_div(x, y).ok_or_else(|| vm.zero_division_error("float floor division by zero"))?
        }
        BinOp::Mod => numeric::float_mod(x, y).ok_or_else(|| vm.zero_division_error("float modulo"))?,
        BinOp::Pow => return power(vm, x, y),
        _ => return Ok(Value::Null),
    };
    Ok(Value::Float(r))
}
