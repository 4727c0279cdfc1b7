//! The cpython engine: a recursive VM. Every Python-level call recurses on the native stack (one
//! Rust activation per Python frame), as CPython did before 3.11; RecursionError guards both the
//! recursion limit and the native stack.

use crate::machine::{Engine, GenStep, Resume};
use crate::runtime::eval::{self, Exit, LoopStrategy, Start};
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
        match eval::run::<CpythonEngine>(vm, frame, Start::Fresh)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_, _) => Err(vm.system_error("a frame yielded outside a generator")),
        }
    }

    fn resume(&self, vm: &mut Vm, frame: Box<Frame>, how: Resume) -> PyResult<GenStep> {
        let start = match how {
            Resume::Send(v) => Start::Send(v),
            Resume::Throw(e) => Start::Throw(e),
        };
        Ok(match eval::run::<CpythonEngine>(vm, frame, start)? {
            Exit::Return(v) => GenStep::Returned(v),
            Exit::Yield(v, f) => GenStep::Yielded(v, f),
        })
    }
}
