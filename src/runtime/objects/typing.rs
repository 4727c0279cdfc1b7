//! The intrinsics of PEP 695 generics and `except*` (TypeVar, ParamSpec, TypeVarTuple, Generic
//! subscription, type aliases, type-parameter setting, and exception-group re-raising).

use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// CALL_INTRINSIC_1 for the typing intrinsics.
pub fn intrinsic_1(vm: &mut Vm, which: u32, _v: Value) -> PyResult<Value> {
    Err(vm.new_error(&vm.types.exc.not_implemented_error.clone(), format!("intrinsic {which} (PEP 695 generics) is not available in pyrs yet")))
}

/// CALL_INTRINSIC_2.
pub fn intrinsic_2(vm: &mut Vm, which: u32, _v2: Value, _v1: Value) -> PyResult<Value> {
    Err(vm.new_error(&vm.types.exc.not_implemented_error.clone(), format!("intrinsic {which} is not available in pyrs yet")))
}
