//! The engine trait and `Machine`, the enum that dispatches to the engines (enum_dispatch, so
//! no dynamic dispatch). The runtime reaches an engine only through this trait.

use enum_dispatch::enum_dispatch;

use crate::runtime::frame::Frame;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};
use crate::variants::cpython::CpythonEngine;
use crate::variants::stackless::StacklessEngine;

/// What resuming a generator frame sends into it.
pub enum Resume {
    /// `send(value)` / `next()`: the value becomes the result of the yield.
    Send(Value),
    /// `throw(exc)`: the exception is raised at the yield.
    Throw(crate::runtime::vm::PyErr),
}

/// How a resumed generator frame stopped.
pub enum GenStep {
    /// It yielded a value; here is the frame to resume later.
    Yielded(Value, Box<Frame>),
    /// It returned (the generator is finished).
    Returned(Value),
}

/// An execution engine: how frames run, call each other and are resumed.
#[enum_dispatch]
pub trait Engine {
    /// The name `--impl` takes.
    fn name(&self) -> &'static str;
    /// `sys.implementation.cache_tag` under this engine.
    fn cache_tag(&self) -> &'static str;
    /// Runs a frame to its return (a module or class body, or a function called from native
    /// code).
    fn run_frame(&self, vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value>;
    /// Resumes a suspended generator or coroutine frame.
    fn resume(&self, vm: &mut Vm, frame: Box<Frame>, how: Resume) -> PyResult<GenStep>;
    /// The built-in modules only this engine has.
    fn builtin_modules(&self) -> &'static [&'static str] {
        &[]
    }
    /// Creates one of `builtin_modules`; None for another name.
    fn create_builtin(&self, _vm: &mut Vm, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
}

/// The engines.
#[enum_dispatch(Engine)]
#[derive(Copy, Clone, Debug)]
pub enum Machine {
    Cpython(CpythonEngine),
    Stackless(StacklessEngine),
}
