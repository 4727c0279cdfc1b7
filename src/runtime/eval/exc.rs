//! Exceptions in the loop: unwinding through the exception table, traceback entries, `raise`,
//! the handled-exception stack (PUSH_EXC_INFO / POP_EXCEPT), `except` matching, `with`.

use crate::bytecode::opcode::Op;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::exception;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

use super::{fr, pop, push, top};

/// Handles an exception raised in the frame: records the frame in its traceback (unless it is
/// re-raised, its traceback already holding the frame), then jumps to the handler covering the
/// instruction at `at` (the running one; RERAISE may have set `lasti` back to the original
/// raising instruction, which the handler gets pushed), or returns the exception when there is
/// none.
pub(super) fn unwind(vm: &mut Vm, raw: *mut Frame, err: PyErr, record: bool, at: u32) -> PyResult<()> {
    if record {
        exception::set_context_once(vm, &err);
        exception::add_traceback(vm, &err, raw);
    }
    let f = fr!(raw);
    let Some(h) = f.code.handler_for(at).copied() else {
        return Err(err);
    };
    let lasti = f.lasti;
    let depth = h.depth as usize;
    let old: Vec<Value> = if f.stack.len() > depth { f.stack.split_off(depth) } else { Vec::new() };
    if h.lasti {
        f.stack.push(Value::Int(i64::from(lasti)));
    }
    f.stack.push(Value::Obj(err.0));
    f.pc = h.target;
    drop(old);
    Ok(())
}

/// A value known to be an exception instance, as a PyErr; TypeError otherwise.
pub(super) fn as_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o)),
        other => Err(vm.type_error(format!(
            "exceptions must derive from BaseException, not {}",
            ops::type_name(vm, &other)
        ))),
    }
}

/// An exception instance from what `raise` got: an instance, or a class to instantiate.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    if let Value::Obj(o) = &v {
        if matches!(o.payload, Payload::Exception(_)) {
            return Ok(PyErr(o.clone()));
        }
        if let Some(t) = TypeRef::from_obj(o.clone())
            && t.is_subtype(&vm.types.exc.base_exception)
        {
            let inst = vm.call(&v, &[], &[])?;
            return match inst {
                Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => Ok(PyErr(i)),
                other => Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    t.name(),
                    ops::type_name(vm, &other)
                ))),
            };
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// RAISE_VARARGS: `raise`, `raise exc`, `raise exc from cause`.
pub(super) fn raise(vm: &mut Vm, raw: *mut Frame, arg: u32) -> PyErr {
    match arg {
        0 => match &vm.handled {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                let e = PyErr(o.clone());
                exception::mark_raised(&e);
                e
            }
            _ => vm.runtime_error("No active exception to reraise"),
        },
        1 | 2 => {
            let cause = if arg == 2 { Some(pop(raw)) } else { None };
            let v = pop(raw);
            let err = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            if let Some(c) = cause {
                let cause = match c {
                    Value::None => Value::None,
                    other => match make_exception(vm, other) {
                        Ok(ce) => Value::Obj(ce.0),
                        Err(_) => return vm.type_error("exception causes must derive from BaseException"),
                    },
                };
                exception::set_cause(&err, cause);
            }
            exception::set_context(vm, &err);
            err
        }
        _ => vm.system_error("bad RAISE_VARARGS oparg"),
    }
}

/// BEFORE_WITH: `[mgr]` → `[bound __exit__, mgr.__enter__()]`. `inline` (INLINE_CALLS): a
/// Python `__enter__` is left to the loop (`Step::Call`, its value pushed when it returns).
pub(super) fn before_with(vm: &mut Vm, raw: *mut Frame, inline: bool) -> ops::Step {
    let mgr = pop(raw);
    let cls = mgr.class(vm);
    let python_enter = if inline { ops::python_method(vm, &cls, &vm.names.__enter__) } else { None };
    let enter = match &python_enter {
        Some(f) => Ok(Some(Value::Obj(f.clone()))),
        None => ops::lookup_special(vm, &mgr, &vm.names.__enter__.clone()),
    };
    let enter = match enter {
        Ok(Some(e)) => e,
        Ok(None) => {
            let t = ops::type_name(vm, &mgr);
            return ops::Step::Value(Err(vm.type_error(format!("'{t}' object does not support the context manager protocol"))));
        }
        Err(e) => return ops::Step::Value(Err(e)),
    };
    let exit = match ops::lookup_special(vm, &mgr, &vm.names.__exit__.clone()) {
        Ok(Some(x)) => x,
        Ok(None) => {
            let t = ops::type_name(vm, &mgr);
            return ops::Step::Value(Err(vm.type_error(format!(
                "'{t}' object does not support the context manager protocol (missed __exit__ method)"
            ))));
        }
        Err(e) => return ops::Step::Value(Err(e)),
    };
    push(raw, exit);
    match python_enter {
        Some(f) => ops::Step::Call(f, vec![mgr], crate::runtime::frame::OnReturn::Push),
        None => ops::Step::Value(vm.call(&enter, &[], &[])),
    }
}

/// The exception-handling instructions other than RAISE_VARARGS and RERAISE.
pub(super) fn exc_op(vm: &mut Vm, raw: *mut Frame, op: Op, _arg: u32) -> PyResult<()> {
    match op {
        Op::PUSH_EXC_INFO => {
            let exc = pop(raw);
            let prev = std::mem::replace(&mut vm.handled, exc.clone());
            // The caller's state seen through a generator is saved as None (see POP_EXCEPT).
            push(raw, if prev.is(&vm.handled_outer) { Value::None } else { prev });
            push(raw, exc);
            Ok(())
        }
        Op::POP_EXCEPT => {
            let prev = pop(raw);
            vm.handled = if prev.is_none() { vm.handled_outer.clone() } else { prev };
            Ok(())
        }
        Op::CHECK_EXC_MATCH => {
            let t = pop(raw);
            let exc = top(raw);
            check_except_type(vm, &t, false)?;
            let m = exception::matches(vm, &exc, &t)?;
            push(raw, Value::Bool(m));
            Ok(())
        }
        Op::CHECK_EG_MATCH => {
            let t = pop(raw);
            let eg = pop(raw);
            check_except_type(vm, &t, true)?;
            let (rest, matched) = exception::split_group(vm, &eg, &t)?;
            if !matched.is_none() {
                // The matched part becomes the exception being handled.
                vm.handled = matched.clone();
            }
            push(raw, rest);
            push(raw, matched);
            Ok(())
        }
        Op::WITH_EXCEPT_START => {
            let s = &fr!(raw).stack;
            let n = s.len();
            let exit = s[n - 4].clone();
            let exc = s[n - 1].clone();
            let (t, tb) = match &exc {
                Value::Obj(o) => (o.class().to_value(), exception::traceback_of(vm, &exc)),
                _ => (Value::None, Value::None),
            };
            let r = vm.call(&exit, &[t, exc, tb], &[])?;
            push(raw, r);
            Ok(())
        }
        Op::LOAD_ASSERTION_ERROR => {
            push(raw, vm.types.exc.assertion_error.to_value());
            Ok(())
        }
        Op::BEFORE_WITH => match before_with(vm, raw, false) {
            ops::Step::Value(r) => r.map(|v| push(raw, v)),
            ops::Step::Effect(r) => r,
            ops::Step::Call(..) => unreachable!("not inline"),
        },
        Op::BEFORE_ASYNC_WITH => {
            let mgr = pop(raw);
            let enter = ops::lookup_special(vm, &mgr, &vm.names.__aenter__.clone())?;
            let Some(enter) = enter else {
                let t = ops::type_name(vm, &mgr);
                return Err(vm.type_error(format!(
                    "'{t}' object does not support the asynchronous context manager protocol"
                )));
            };
            let exit = ops::lookup_special(vm, &mgr, &vm.names.__aexit__.clone())?;
            let Some(exit) = exit else {
                let t = ops::type_name(vm, &mgr);
                return Err(vm.type_error(format!(
                    "'{t}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                )));
            };
            push(raw, exit);
            let r = vm.call(&enter, &[], &[])?;
            push(raw, r);
            Ok(())
        }
        Op::END_ASYNC_FOR => {
            let exc = pop(raw);
            pop(raw);
            if ops::is_instance(vm, &exc, &vm.types.exc.stop_async_iteration.clone()) {
                Ok(())
            } else {
                Err(as_exception(vm, exc)?)
            }
        }
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
                let e = as_exception(vm, exc)?;
                exception::mark_raised(&e);
                Err(e)
            }
        }
        _ => Err(vm.system_error("unexpected exception opcode")),
    }
}

/// The TypeError of `except` with something that is not an exception class.
fn check_except_type(vm: &mut Vm, t: &Value, star: bool) -> PyResult<()> {
    let is_exc_class = |v: &Value, vm: &Vm| {
        v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).is_some_and(|c| c.is_subtype(&vm.types.exc.base_exception))
    };
    let ok = match t.payload() {
        Some(Payload::Tuple(items)) => items.iter().all(|i| is_exc_class(i, vm)),
        _ => is_exc_class(t, vm),
    };
    if !ok {
        return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    if star {
        let is_group = |v: &Value, vm: &Vm| {
            v.as_obj()
                .and_then(|o| TypeRef::from_obj(o.clone()))
                .is_some_and(|c| c.is_subtype(&vm.types.exc.base_exception_group))
        };
        let bad = match t.payload() {
            Some(Payload::Tuple(items)) => items.iter().any(|i| is_group(i, vm)),
            _ => is_group(t, vm),
        };
        if bad {
            return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}
