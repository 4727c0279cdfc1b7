//! Generator and coroutine instructions: RETURN_GENERATOR's generator object, `yield from` and
//! `await` (GET_YIELD_FROM_ITER, GET_AWAITABLE, SEND), and `async for` (GET_AITER, GET_ANEXT).

use crate::bytecode::code::flags as co_flags;
use crate::bytecode::opcode::Op;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::generator::{self, GenKind, Sent};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{fr, pop, push};

/// The generator, coroutine or async generator object for a frame that ran RETURN_GENERATOR.
pub(super) fn make_generator(vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
    let flags = frame.code.flags;
    let kind = if flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    Ok(generator::new_generator(vm, frame, kind))
}

pub(super) fn gen_op(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    match op {
        Op::GET_YIELD_FROM_ITER => {
            let v = pop(raw);
            let it = match v.payload() {
                Some(Payload::Generator(g)) if g.kind == GenKind::Coroutine => {
                    let in_coroutine = fr!(raw).code.flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) != 0;
                    if !in_coroutine {
                        return Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                    }
                    v
                }
                Some(Payload::Generator(_)) => v,
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

/// One step of `yield from` / `await`: sends a value into the sub-iterator.
fn send(vm: &mut Vm, receiver: &Value, value: Value) -> PyResult<Sent> {
    if let Some(o) = receiver.as_obj() {
        if matches!(o.payload, Payload::Generator(_)) {
            return generator::send(vm, o, value);
        }
    }
    let r = if value.is_none() {
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
    match r {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
            let v = crate::runtime::objects::exception::stop_iteration_value(vm, &Value::Obj(e.0));
            Ok(Sent::Returned(v))
        }
        Err(e) => Err(e),
    }
}
