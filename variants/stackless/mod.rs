//! The stackless engine: frames live on the heap. A call of a Python function pushes the
//! callee's frame in the caller's loop and a return pops it, so the depth of Python calls is
//! bounded by `sys.setrecursionlimit` and memory, not by the native stack. Native code that
//! calls back into Python re-enters the loop, counted and guarded as in the recursive engine.
//! Tasklets (`switch`) run such loops on runner stacks and switch between them; `module` is
//! the native core of the `stackless` module.

mod module;
mod scheduler;
mod switch;

use crate::machine::{Engine, GenStep, Resume};
use crate::runtime::eval::{self, LoopStrategy, SoftNext};
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The heap-frame engine (its state lives in the interpreter and its frames).
#[derive(Copy, Clone, Debug, Default)]
pub struct StacklessEngine;

impl LoopStrategy for StacklessEngine {
    const INLINE_CALLS: bool = true;

    #[inline(always)]
    fn switches(callable: &Value) -> bool {
        module::is_switch(callable)
    }

    fn soft_switch(vm: &mut Vm) -> SoftNext {
        switch::soft_switch(vm)
    }

    fn preempt(vm: &mut Vm) -> Option<SoftNext> {
        switch::preempt(vm)
    }
}

impl Engine for StacklessEngine {
    fn name(&self) -> &'static str {
        "stackless"
    }

    fn cache_tag(&self) -> &'static str {
        "stackless-312"
    }

    fn builtin_modules(&self) -> &'static [&'static str] {
        &["_stackless"]
    }

    fn create_builtin(&self, vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
        match name {
            "_stackless" => module::create(vm).map(Some),
            _ => Ok(None),
        }
    }

    fn run_frame(&self, vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
        eval::run_frame::<StacklessEngine>(vm, frame)
    }

    fn resume(&self, vm: &mut Vm, frame: Box<Frame>, how: Resume) -> PyResult<GenStep> {
        eval::resume::<StacklessEngine>(vm, frame, how)
    }
}
