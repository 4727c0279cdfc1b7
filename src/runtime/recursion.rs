//! The recursion guard: Python frames and native re-entries count against
//! `sys.getrecursionlimit()`, and the native stack left is checked against the limit measured at
//! start-up, so that deep recursion raises RecursionError instead of overflowing.

use super::vm::{PyResult, Vm};

/// An address near the top of the native stack.
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Enters one level of recursion; RecursionError (with CPython's message and `where` suffix)
/// past the limit or when the native stack runs low.
#[inline]
pub fn enter(vm: &mut Vm, place: &str) -> PyResult<()> {
    vm.depth += 1;
    if vm.depth > vm.recursion_limit || stack_pointer() < vm.stack_limit {
        vm.depth -= 1;
        return Err(vm.recursion_error(format!("maximum recursion depth exceeded{place}")));
    }
    Ok(())
}

/// Enters one level of recursion for a frame run on the heap, in its caller's loop: only the
/// recursion limit applies (the native stack does not grow).
#[inline]
pub fn enter_heap(vm: &mut Vm) -> PyResult<()> {
    vm.depth += 1;
    if vm.depth > vm.recursion_limit {
        vm.depth -= 1;
        return Err(vm.recursion_error("maximum recursion depth exceeded".to_owned()));
    }
    Ok(())
}

#[inline]
pub fn leave(vm: &mut Vm) {
    vm.depth -= 1;
}

/// Sets the native stack limit for an interpreter running on a thread with `stack_size` bytes
/// of stack, whose top is near the caller's frame; a margin is kept for the code that raises
/// and reports the error.
pub fn set_stack_size(vm: &mut Vm, stack_size: usize) {
    let margin = (stack_size / 16).clamp(64 << 10, 1 << 20);
    vm.stack_limit = stack_pointer().saturating_sub(stack_size.saturating_sub(margin));
}
