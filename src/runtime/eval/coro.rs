//! Generator and coroutine instructions: RETURN_GENERATOR's generator object, `yield from` and
//! `await` (GET_YIELD_FROM_ITER, GET_AWAITABLE, SEND, CLEANUP_THROW), and `async for`
//! (GET_AITER, GET_ANEXT, END_ASYNC_FOR).

use crate::bytecode::code::flags as co_flags;
use crate::bytecode::opcode::Op;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::async_gen;
use crate::runtime::objects::exception;
use crate::runtime::objects::generator::{self, GenKind, Sent};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

use super::{fr, pop, push};

/// The generator, coroutine or async generator object for a frame that ran RETURN_GENERATOR.
pub(super) fn make_generator(vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
    let kind = generator::kind_for_flags(frame.code.flags);
    Ok(generator::new_generator(vm, frame, kind))
}

pub(super) fn gen_op(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    match op {
        Op::GET_YIELD_FROM_ITER => {
            let v = pop(raw);
            let it = match generator::kind_of(&v) {
                Some(GenKind::Coroutine) => {
                    let in_coroutine = fr!(raw).code.flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) != 0;
                    if !in_coroutine {
                        return Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                    }
                    v
                }
                Some(GenKind::Generator) => v,
                _ => ops::iter(vm, &v)?,
            };
            push(raw, it);
            Ok(())
        }
        Op::GET_AWAITABLE => {
            let v = pop(raw);
            let it = generator::get_awaitable(vm, &v, arg)?;
            push(raw, it);
            Ok(())
        }
        Op::GET_AITER => {
            let v = pop(raw);
            let it = generator::get_aiter(vm, &v)?;
            push(raw, it);
            Ok(())
        }
        Op::GET_ANEXT => {
            let aiter = super::top(raw);
            let aw = generator::get_anext(vm, &aiter)?;
            push(raw, aw);
            Ok(())
        }
        Op::SEND => {
            let value = pop(raw);
            let receiver = super::top(raw);
            match send(vm, &receiver, value)? {
                Sent::Yielded(v) => push(raw, v),
                Sent::Returned(v) => {
                    push(raw, v);
                    fr!(raw).pc += arg;
                }
            }
            Ok(())
        }
        _ => Err(vm.system_error("unexpected generator opcode")),
    }
}

/// CLEANUP_THROW and END_ASYNC_FOR: they end a delegation or an `async for` on the exception a
/// handler got, or give it back to be re-raised as it is (the frame is already in its
/// traceback).
pub(super) fn reraise_op(vm: &mut Vm, raw: *mut Frame, op: Op) -> Result<(), PyErr> {
    match op {
        Op::CLEANUP_THROW => {
            let exc = pop(raw);
            let _last_sent = pop(raw);
            let _sub_iter = pop(raw);
            if ops::is_instance(vm, &exc, &vm.types.exc.stop_iteration.clone()) {
                let value = exception::stop_iteration_value(vm, &exc);
                push(raw, Value::None);
                push(raw, value);
                Ok(())
            } else {
                Err(as_error(vm, exc))
            }
        }
        Op::END_ASYNC_FOR => {
            let exc = pop(raw);
            let _awaitable = pop(raw);
            if ops::is_instance(vm, &exc, &vm.types.exc.stop_async_iteration.clone()) {
                Ok(())
            } else {
                Err(as_error(vm, exc))
            }
        }
        _ => Err(vm.system_error("unexpected generator opcode")),
    }
}

fn as_error(vm: &Vm, v: Value) -> PyErr {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
        _ => vm.system_error("a handler got something other than an exception"),
    }
}

/// One step of `yield from` / `await`: sends a value into the sub-iterator. Generators and
/// coroutines are resumed directly (not refusing a value when just started, as CPython's inline
/// send does); other iterators get `__next__()` for None, else `send(value)`.
fn send(vm: &mut Vm, receiver: &Value, value: Value) -> PyResult<Sent> {
    if let Some(o) = receiver.as_obj() {
        match &o.payload {
            Payload::Generator(g) if g.kind != GenKind::AsyncGenerator => {
                return generator::send_delegated(vm, o, value);
            }
            // The builtin iterators: their StopIteration never carries a value.
            Payload::Iter(_) if value.is_none() && !o.class_ref().has_flag(crate::runtime::types::flags::HEAPTYPE) => {
                return Ok(match ops::iter::next(vm, receiver)? {
                    Some(v) => Sent::Yielded(v),
                    None => Sent::Returned(Value::None),
                });
            }
            Payload::AsyncOp(op) => {
                let arg = if value.is_none() { None } else { Some(value) };
                let r = async_gen::op_send(vm, op, arg);
                return stop_as_return(vm, r);
            }
            _ => {}
        }
    }
    let r = if value.is_none() && generator::is_iterator(vm, receiver) {
        let next = vm.names.__next__.clone();
        match ops::call_special(vm, receiver, &next, &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let t = ops::type_name(vm, receiver);
                return Err(vm.type_error(format!("'{t}' object is not an iterator")));
            }
            Err(e) => Err(e),
        }
    } else {
        vm.call_method_name(receiver, "send", std::slice::from_ref(&value))
    };
    stop_as_return(vm, r)
}

/// A sub-iterator's StopIteration is its return value.
fn stop_as_return(vm: &mut Vm, r: PyResult<Value>) -> PyResult<Sent> {
    match r {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
            let v = exception::stop_iteration_value(vm, &Value::Obj(e.0));
            Ok(Sent::Returned(v))
        }
        Err(e) => Err(e),
    }
}
