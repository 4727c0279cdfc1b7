//! The cpython engine: a recursive VM. Every Python-level call recurses on the native stack (one
//! Rust activation per Python frame), as CPython did before 3.11; RecursionError guards both the
//! recursion limit and the native stack.

use crate::machine::{Engine, GenStep, Resume};
use crate::runtime::eval::{self, LoopStrategy};
use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The recursive engine (stateless: all state lives in the interpreter and its frames).
#[derive(Copy, Clone, Debug, Default)]
pub struct CpythonEngine;

impl LoopStrategy for CpythonEngine {
    const INLINE_CALLS: bool = false;
}

impl Engine for CpythonEngine {
    fn name(&self) -> &'static str {
        "cpython"
    }

    fn cache_tag(&self) -> &'static str {
        "cpython-312"
    }

    #[inline]
    fn run_frame(&self, vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
        eval::run_frame::<CpythonEngine>(vm, frame)
    }

    fn resume(&self, vm: &mut Vm, frame: Box<Frame>, how: Resume) -> PyResult<GenStep> {
        eval::resume::<CpythonEngine>(vm, frame, how)
    }
}
