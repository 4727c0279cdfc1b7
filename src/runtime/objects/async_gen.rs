//! The awaitables of async generators (`async_generator_asend` for `__anext__`/`asend`,
//! `async_generator_athrow` for `athrow`/`aclose`), the marking of the values an async
//! generator yields (ASYNC_GEN_WRAP) as opposed to those its awaits pass through, and
//! `coroutine_wrapper` (what `coroutine.__await__()` returns).

use std::cell::{Cell, RefCell};

use crate::runtime::object::Payload;
use crate::runtime::objects::generator::{self as genr, GenKind, Sent, ThrowArgs};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// Where an `asend`/`athrow` awaitable is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// The objects that drive a coroutine or an async generator on behalf of an `await`.
pub enum AsyncOp {
    /// `coroutine.__await__()`: iterates the coroutine.
    CoroWrapper(ObjRef),
    /// `agen.__anext__()` (no value) or `agen.asend(value)`.
    ASend { agen: ObjRef, sendval: Value, state: Cell<AwaitState> },
    /// `agen.athrow(...)` (`args` Some) or `agen.aclose()` (None).
    AThrow { agen: ObjRef, args: Option<Vec<Value>>, state: Cell<AwaitState> },
    /// `anext(aiter, default)`: awaits what `__anext__` gave, StopAsyncIteration becoming the
    /// default value.
    ANext { wrapped: Value, default: Value },
}

/// The operation an object carries, if it is one of these awaitables.
pub fn async_op(v: &Value) -> Option<&AsyncOp> {
    match v.payload()? {
        Payload::AsyncOp(op) => Some(op),
        _ => None,
    }
}

fn new_op(vm: &Vm, op: AsyncOp) -> Value {
    let class = match &op {
        AsyncOp::CoroWrapper(_) => vm.types.coroutine_wrapper.clone(),
        AsyncOp::ASend { .. } => vm.types.async_gen_asend.clone(),
        AsyncOp::AThrow { .. } => vm.types.async_gen_athrow.clone(),
        AsyncOp::ANext { .. } => vm.types.anext_awaitable.clone(),
    };
    vm.new_object(class, Payload::AsyncOp(Box::new(op)))
}

/// `coroutine.__await__()`.
pub fn coro_wrapper(vm: &Vm, coro: &ObjRef) -> Value {
    new_op(vm, AsyncOp::CoroWrapper(coro.clone()))
}

/// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
pub fn async_gen_wrap(vm: &Vm, v: Value) -> Value {
    vm.new_object(vm.types.async_gen_wrapped.clone(), Payload::Cell(RefCell::new(v)))
}

/// The value inside a marked yield, if `v` is one.
fn unwrap_marked(vm: &Vm, v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    if !o.class_ref().ptr_eq(&vm.types.async_gen_wrapped) {
        return None;
    }
    match &o.payload {
        Payload::Cell(c) => Some(c.borrow().clone()),
        _ => None,
    }
}

fn gen_of(agen: &ObjRef) -> &genr::GenData {
    match &agen.payload {
        Payload::Generator(g) => g,
        // The awaitables are only made for async generators.
        _ => unreachable!("an async generator awaitable holds an async generator"),
    }
}

/// A generator step as a yielded value, or its return as the exception `send` raises.
pub fn as_result(vm: &Vm, kind: GenKind, r: PyResult<Sent>) -> PyResult<Value> {
    match r? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(genr::return_error(vm, kind, v)),
    }
}

/// `async_gen_unwrap_value`: a marked yield ends the awaitable with StopIteration(value); the
/// end of the generator marks it closed.
fn unwrap_value(vm: &Vm, agen: &ObjRef, r: PyResult<Value>) -> PyResult<Value> {
    let g = gen_of(agen);
    match r {
        Err(e) => {
            if vm.err_is(&e, &vm.types.exc.stop_async_iteration) || vm.err_is(&e, &vm.types.exc.generator_exit) {
                g.closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
        Ok(v) => match unwrap_marked(vm, &v) {
            Some(inner) => {
                g.running_async.set(false);
                Err(vm.stop_iteration(inner))
            }
            None => Ok(v),
        },
    }
}

/// `agen.__anext__()`.
pub fn anext(vm: &mut Vm, agen: &ObjRef) -> PyResult<Value> {
    Ok(new_op(vm, AsyncOp::ASend { agen: agen.clone(), sendval: Value::None, state: Cell::new(AwaitState::Init) }))
}

/// `agen.asend(value)`.
pub fn asend(vm: &mut Vm, agen: &ObjRef, value: Value) -> Value {
    new_op(vm, AsyncOp::ASend { agen: agen.clone(), sendval: value, state: Cell::new(AwaitState::Init) })
}

/// `agen.athrow(...)` (args Some) or `agen.aclose()` (None).
pub fn athrow(vm: &mut Vm, agen: &ObjRef, args: Option<Vec<Value>>) -> Value {
    new_op(vm, AsyncOp::AThrow { agen: agen.clone(), args, state: Cell::new(AwaitState::Init) })
}

/// The `throw` method shared by generators and these awaitables (`gen_throw`): 1 to 3
/// arguments, the 3-argument form deprecated.
pub fn throw_args(vm: &mut Vm, what: &str, args: &[Value]) -> PyResult<ThrowArgs> {
    check_arity(vm, "throw", args)?;
    if args.len() > 1 {
        super::gen_finalize::warn(
            vm,
            &vm.types.exc.deprecation_warning.clone(),
            &format!("the (type, exc, tb) signature of {what}() is deprecated, use the single-arg signature instead."),
        )?;
    }
    Ok(ThrowArgs { typ: args[0].clone(), val: args.get(1).cloned(), tb: args.get(2).cloned() })
}

fn check_arity(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    match args.len() {
        0 => Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1..=3 => Ok(()),
        n => Err(vm.type_error(format!("{name} expected at most 3 arguments, got {n}"))),
    }
}

/// `send(arg)` on one of these awaitables (`arg` None for `__next__`).
pub fn op_send(vm: &mut Vm, op: &AsyncOp, arg: Option<Value>) -> PyResult<Value> {
    match op {
        AsyncOp::CoroWrapper(coro) => {
            let r = match arg {
                Some(v) => genr::send(vm, coro, v),
                None => genr::iternext(vm, coro),
            };
            as_result(vm, GenKind::Coroutine, r)
        }
        AsyncOp::ASend { agen, sendval, state } => asend_send(vm, agen, sendval, state, arg),
        AsyncOp::AThrow { agen, args, state } => athrow_send(vm, agen, args.as_deref(), state, arg.unwrap_or(Value::None)),
        AsyncOp::ANext { wrapped, default } => {
            let it = anext_iter(vm, wrapped)?;
            let r = match (async_op(&it), arg) {
                (Some(op), arg) => op_send(vm, op, arg),
                (None, None) => match crate::runtime::ops::iter::next(vm, &it) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => Err(vm.stop_iteration(Value::None)),
                    Err(e) => Err(e),
                },
                (None, Some(v)) => vm.call_method_name(&it, "send", &[v]),
            };
            anext_default(vm, r, default)
        }
    }
}

/// `anext(aiter, default)`.
pub fn new_anext(vm: &Vm, wrapped: Value, default: Value) -> Value {
    new_op(vm, AsyncOp::ANext { wrapped, default })
}

/// The iterator an `anext_awaitable` drives: the awaitable's iterator (a coroutine's
/// `__await__()`).
fn anext_iter(vm: &mut Vm, wrapped: &Value) -> PyResult<Value> {
    let it = genr::awaitable_iter(vm, wrapped)?;
    match it.as_obj() {
        Some(o) if genr::kind_of(&it) == Some(GenKind::Coroutine) => Ok(coro_wrapper(vm, o)),
        _ => Ok(it),
    }
}

/// The end of the awaited iteration is the default value.
fn anext_default(vm: &Vm, r: PyResult<Value>, default: &Value) -> PyResult<Value> {
    match r {
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_async_iteration) => Err(vm.stop_iteration(default.clone())),
        r => r,
    }
}

/// `throw(...)` on one of these awaitables.
pub fn op_throw(vm: &mut Vm, op: &AsyncOp, args: &[Value]) -> PyResult<Value> {
    match op {
        AsyncOp::ANext { wrapped, default } => {
            let it = anext_iter(vm, wrapped)?;
            let r = match async_op(&it) {
                Some(op) => op_throw(vm, op, args),
                None => vm.call_method_name(&it, "throw", args),
            };
            anext_default(vm, r, default)
        }
        AsyncOp::CoroWrapper(coro) => {
            let ta = throw_args(vm, "throw", args)?;
            let r = genr::throw(vm, coro, true, &ta);
            as_result(vm, GenKind::Coroutine, r)
        }
        AsyncOp::ASend { agen, state, .. } => {
            if state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let ta = throw_args(vm, "throw", args)?;
            let r = genr::throw(vm, agen, true, &ta);
            let r = as_result(vm, GenKind::AsyncGenerator, r);
            let r = unwrap_value(vm, agen, r);
            if r.is_err() {
                state.set(AwaitState::Closed);
            }
            r
        }
        AsyncOp::AThrow { agen, args: own, state } => {
            if state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let ta = throw_args(vm, "throw", args)?;
            let r = genr::throw(vm, agen, true, &ta);
            let r = as_result(vm, GenKind::AsyncGenerator, r);
            if own.is_some() {
                return unwrap_value(vm, agen, r);
            }
            // aclose() mode.
            let g = gen_of(agen);
            match r {
                Ok(v) if unwrap_marked(vm, &v).is_some() => {
                    g.running_async.set(false);
                    state.set(AwaitState::Closed);
                    Err(vm.runtime_error("async generator ignored GeneratorExit"))
                }
                Ok(v) => Ok(v),
                Err(e) => Err(aclose_done(vm, e)),
            }
        }
    }
}

/// `close()` on one of these awaitables.
pub fn op_close(vm: &mut Vm, op: &AsyncOp) -> PyResult<Value> {
    match op {
        AsyncOp::ANext { wrapped, .. } => {
            let it = anext_iter(vm, wrapped)?;
            match async_op(&it) {
                Some(op) => op_close(vm, op),
                None => vm.call_method_name(&it, "close", &[]),
            }
        }
        AsyncOp::CoroWrapper(coro) => genr::close(vm, coro).map(|_| Value::None),
        AsyncOp::ASend { state, .. } | AsyncOp::AThrow { state, .. } => {
            state.set(AwaitState::Closed);
            Ok(Value::None)
        }
    }
}

/// In `aclose()` mode, the generator finishing (StopAsyncIteration or GeneratorExit) means the
/// `aclose()` await is done: StopIteration.
fn aclose_done(vm: &Vm, e: PyErr) -> PyErr {
    if vm.err_is(&e, &vm.types.exc.stop_async_iteration) || vm.err_is(&e, &vm.types.exc.generator_exit) {
        vm.stop_iteration(Value::None)
    } else {
        e
    }
}

fn asend_send(vm: &mut Vm, agen: &ObjRef, sendval: &Value, state: &Cell<AwaitState>, arg: Option<Value>) -> PyResult<Value> {
    let g = gen_of(agen);
    if state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let mut arg = arg.unwrap_or(Value::None);
    if state.get() == AwaitState::Init {
        if g.running_async.get() {
            state.set(AwaitState::Closed);
            return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
        }
        if arg.is_none() {
            arg = sendval.clone();
        }
        state.set(AwaitState::Iter);
    }
    g.running_async.set(true);
    let r = genr::send(vm, agen, arg);
    let r = as_result(vm, GenKind::AsyncGenerator, r);
    let r = unwrap_value(vm, agen, r);
    if r.is_err() {
        state.set(AwaitState::Closed);
    }
    r
}

fn athrow_send(vm: &mut Vm, agen: &ObjRef, args: Option<&[Value]>, state: &Cell<AwaitState>, arg: Value) -> PyResult<Value> {
    let g = gen_of(agen);
    if state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.state.get() == genr::FrameState::Completed {
        state.set(AwaitState::Closed);
        return Err(vm.stop_iteration(Value::None));
    }
    let r: PyResult<Value> = if state.get() == AwaitState::Init {
        if g.running_async.get() {
            state.set(AwaitState::Closed);
            let which = if args.is_none() { "aclose" } else { "athrow" };
            return Err(vm.runtime_error(format!("{which}(): asynchronous generator is already running")));
        }
        if g.closed.get() {
            state.set(AwaitState::Closed);
            return Err(vm.new_exception(&vm.types.exc.stop_async_iteration.clone(), vec![]));
        }
        if !arg.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        state.set(AwaitState::Iter);
        g.running_async.set(true);
        match args {
            None => {
                g.closed.set(true);
                let exit = ThrowArgs { typ: vm.types.exc.generator_exit.to_value(), val: None, tb: None };
                let r = genr::throw(vm, agen, false, &exit);
                let r = as_result(vm, GenKind::AsyncGenerator, r);
                if let Ok(v) = &r {
                    if unwrap_marked(vm, v).is_some() {
                        return Err(yield_close(vm, agen, state));
                    }
                }
                r
            }
            Some(a) => {
                check_arity(vm, "athrow", a)?;
                let ta = ThrowArgs { typ: a[0].clone(), val: a.get(1).cloned(), tb: a.get(2).cloned() };
                let r = genr::throw(vm, agen, false, &ta);
                let r = as_result(vm, GenKind::AsyncGenerator, r);
                unwrap_value(vm, agen, r)
            }
        }
    } else {
        let r = genr::send(vm, agen, arg);
        let r = as_result(vm, GenKind::AsyncGenerator, r);
        if args.is_some() {
            return unwrap_value(vm, agen, r);
        }
        if let Ok(v) = &r {
            if unwrap_marked(vm, v).is_some() {
                return Err(yield_close(vm, agen, state));
            }
        }
        r
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            g.running_async.set(false);
            state.set(AwaitState::Closed);
            if args.is_none() { Err(aclose_done(vm, e)) } else { Err(e) }
        }
    }
}

/// An async generator yielded a value while being closed.
fn yield_close(vm: &Vm, agen: &ObjRef, state: &Cell<AwaitState>) -> PyErr {
    gen_of(agen).running_async.set(false);
    state.set(AwaitState::Closed);
    vm.runtime_error("async generator ignored GeneratorExit")
}
