//! Generators, coroutines and async generators: the frame they own while suspended, resuming it
//! through the engine (`send`, `throw`, `close`), delegation of `throw`/`close` to a `yield
//! from` sub-iterator, PEP 479, and the awaitable protocol of `await` and `async for`.

use std::cell::{Cell, RefCell};

use crate::bytecode::opcode::Op;
use crate::machine::{Engine, GenStep, Resume};
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// Which kind of generator object.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// A generator's state.
pub struct GenData {
    pub kind: GenKind,
    /// The suspended frame; None while running or once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator, kept while it is suspended.
    pub handled: RefCell<Value>,
    /// A coroutine that was awaited to completion (reusing it is an error).
    pub finished: Cell<bool>,
}

/// What sending into a generator gave.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

/// A new generator object for a frame that just ran RETURN_GENERATOR.
pub fn new_generator(vm: &Vm, frame: Box<Frame>, kind: GenKind) -> Value {
    let (name, qualname) = match frame.func.as_ref().map(|f| &f.payload) {
        Some(Payload::Function(f)) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
        _ => (Value::Obj(frame.code.name.clone()), Value::Obj(frame.code.qualname.clone())),
    };
    let class = match kind {
        GenKind::Generator => vm.types.generator.clone(),
        GenKind::Coroutine => vm.types.coroutine.clone(),
        GenKind::AsyncGenerator => vm.types.async_generator.clone(),
    };
    vm.new_object(
        class,
        Payload::Generator(Box::new(GenData {
            kind,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            handled: RefCell::new(Value::None),
            finished: Cell::new(false),
        })),
    )
}

fn data(o: &ObjRef) -> Option<&GenData> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes the generator's frame (the engine decides how).
fn resume(vm: &mut Vm, o: &ObjRef, how: Resume) -> PyResult<Sent> {
    let Some(g) = data(o) else { return Err(vm.type_error("not a generator")) };
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", kind_word(g.kind))));
    }
    let Some(frame) = g.frame.borrow_mut().take() else {
        return match how {
            Resume::Throw(e) => Err(e),
            Resume::Send(_) if g.kind == GenKind::Coroutine => {
                Err(vm.runtime_error("cannot reuse already awaited coroutine"))
            }
            Resume::Send(_) => Err(vm.stop_iteration(Value::None)),
        };
    };
    if !g.started.get() {
        if let Resume::Send(v) = &how {
            if !v.is_none() {
                *g.frame.borrow_mut() = Some(frame);
                return Err(vm.type_error(format!("can't send non-None value to a just-started {}", kind_word(g.kind))));
            }
        }
    }
    g.started.set(true);
    g.running.set(true);
    // The generator handling no exception of its own sees the caller's (CPython's exception
    // state stack).
    let own = g.handled.borrow().clone();
    let outer = if own.is_none() { vm.handled.clone() } else { std::mem::replace(&mut vm.handled, own) };
    let engine = vm.engine;
    let step = engine.resume(vm, frame, how);
    let after = std::mem::replace(&mut vm.handled, outer.clone());
    *g.handled.borrow_mut() = if after.is(&outer) { Value::None } else { after };
    g.running.set(false);
    match step {
        Ok(GenStep::Yielded(v, frame)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(Sent::Yielded(v))
        }
        Ok(GenStep::Returned(v)) => {
            g.finished.set(true);
            Ok(Sent::Returned(v))
        }
        Err(e) => {
            g.finished.set(true);
            Err(e)
        }
    }
}

/// `gen.send(value)`.
pub fn send(vm: &mut Vm, o: &ObjRef, value: Value) -> PyResult<Sent> {
    resume(vm, o, Resume::Send(value))
}

/// `next(gen)`: Some(value), or None when it returned.
pub fn next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    match send(vm, o, Value::None) {
        Ok(Sent::Yielded(v)) => Ok(Some(v)),
        Ok(Sent::Returned(_)) => Ok(None),
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) && data(o).is_some_and(|g| g.frame.borrow().is_none()) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The sub-iterator a suspended frame is delegating to (`yield from` or `await`), if any:
/// the frame stopped at a YIELD_VALUE followed by RESUME 2 or 3.
fn delegate(o: &ObjRef) -> Option<Value> {
    let g = data(o)?;
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let next = f.code.instrs.get(f.pc as usize)?;
    if next.op == Op::RESUME && next.arg >= 2 {
        return f.stack.last().cloned();
    }
    None
}

/// `gen.throw(exc)`, delegating to a `yield from` sub-iterator first.
pub fn throw(vm: &mut Vm, o: &ObjRef, err: PyErr, close_on_exit: bool) -> PyResult<Sent> {
    if let Some(sub) = delegate(o) {
        let is_exit = vm.err_is(&err, &vm.types.exc.generator_exit.clone());
        let g = data(o).ok_or_else(|| vm.type_error("not a generator"))?;
        if is_exit && close_on_exit {
            g.running.set(true);
            let r = close_iter(vm, &sub);
            g.running.set(false);
            if let Err(e) = r {
                return resume(vm, o, Resume::Throw(e));
            }
            return resume(vm, o, Resume::Throw(err));
        }
        g.running.set(true);
        let r: PyResult<Sent> = match sub.as_obj() {
            Some(so) if matches!(so.payload, Payload::Generator(_)) => throw(vm, so, err.clone(), close_on_exit),
            _ => {
                let name = vm.names.throw.clone();
                match ops::getattr_opt(vm, &sub, &name) {
                    Ok(Some(m)) => {
                        let exc = Value::Obj(err.0.clone());
                        vm.call(&m, &[exc], &[]).map(Sent::Yielded)
                    }
                    Ok(None) => {
                        g.running.set(false);
                        return resume(vm, o, Resume::Throw(err));
                    }
                    Err(e) => Err(e),
                }
            }
        };
        g.running.set(false);
        return match r {
            // The sub-iterator yielded: so does this generator, still delegating.
            Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
            // It finished: its value reaches the frame as a StopIteration at the yield.
            Ok(Sent::Returned(v)) => {
                let stop = vm.stop_iteration(v);
                resume(vm, o, Resume::Throw(stop))
            }
            Err(e) => resume(vm, o, Resume::Throw(e)),
        };
    }
    resume(vm, o, Resume::Throw(err))
}

/// Closes a sub-iterator (`close()` if it has one).
fn close_iter(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if let Some(so) = sub.as_obj() {
        if matches!(so.payload, Payload::Generator(_)) {
            return close(vm, so).map(|_| ());
        }
    }
    let name = vm.names.close.clone();
    if let Some(m) = ops::getattr_opt(vm, sub, &name)? {
        vm.call(&m, &[], &[])?;
    }
    Ok(())
}

/// `gen.close()`: throws GeneratorExit in; the generator must not yield again.
pub fn close(vm: &mut Vm, o: &ObjRef) -> PyResult<Value> {
    let Some(g) = data(o) else { return Ok(Value::None) };
    if g.frame.borrow().is_none() {
        return Ok(Value::None);
    }
    if !g.started.get() {
        *g.frame.borrow_mut() = None;
        g.finished.set(true);
        return Ok(Value::None);
    }
    let exit = vm.new_exception(&vm.types.exc.generator_exit.clone(), vec![]);
    match throw(vm, o, exit, true) {
        Ok(Sent::Yielded(_)) => {
            let msg = match g.kind {
                GenKind::Generator => "generator ignored GeneratorExit",
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
            };
            Err(vm.runtime_error(msg))
        }
        Ok(Sent::Returned(v)) => Ok(v),
        Err(e) if vm.err_is(&e, &vm.types.exc.generator_exit.clone()) || vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError (STOPITERATION_ERROR).
pub fn stopiteration_error(vm: &mut Vm, raw: *mut Frame, exc: Value) -> PyResult<Value> {
    // SAFETY: `raw` is the running frame (see eval); read only.
    let flags = unsafe { &*raw }.code.flags;
    use crate::bytecode::code::flags as cf;
    let (is_stop, msg) = if ops::is_instance(vm, &exc, &vm.types.exc.stop_iteration.clone()) {
        let what = if flags & cf::ASYNC_GENERATOR != 0 {
            "async generator raised StopIteration"
        } else if flags & cf::COROUTINE != 0 {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        };
        (true, what)
    } else if flags & cf::ASYNC_GENERATOR != 0 && ops::is_instance(vm, &exc, &vm.types.exc.stop_async_iteration.clone()) {
        (true, "async generator raised StopAsyncIteration")
    } else {
        (false, "")
    };
    if !is_stop {
        return Ok(exc);
    }
    let err = vm.runtime_error(msg);
    if let Some(d) = crate::runtime::objects::exception::exc_data(&Value::Obj(err.0.clone())) {
        *d.cause.borrow_mut() = exc.clone();
        *d.context.borrow_mut() = exc;
        d.suppress_context.set(true);
    }
    Ok(Value::Obj(err.0))
}

/// ASYNC_GEN_WRAP: marks a value yielded by an async generator (as opposed to one yielded by
/// an `await` inside it).
pub fn async_gen_wrap(vm: &Vm, v: Value) -> Value {
    vm.new_object(vm.types.async_gen_wrapped.clone(), Payload::Cell(RefCell::new(v)))
}

/// GET_AWAITABLE: the iterator `await v` drives.
pub fn get_awaitable(vm: &mut Vm, v: &Value, where_: u32) -> PyResult<Value> {
    if let Some(o) = v.as_obj() {
        if let Some(g) = data(o) {
            if g.kind == GenKind::Coroutine {
                if delegate(o).is_some() {
                    return Err(vm.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
        }
    }
    let name = crate::runtime::ops::attr::attr_name(vm, &vm.new_str("__await__"))?;
    let Some(f) = crate::runtime::ops::lookup_special(vm, v, &name)? else {
        let t = ops::type_name(vm, v);
        let msg = match where_ {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {t}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {t}"),
            _ => format!("object {t} can't be used in 'await' expression"),
        };
        return Err(vm.type_error(msg));
    };
    let it = vm.call(&f, &[], &[])?;
    if let Some(o) = it.as_obj() {
        if data(o).is_some_and(|g| g.kind == GenKind::Coroutine) {
            return Err(vm.type_error("__await__() returned a coroutine"));
        }
    }
    let it_cls = it.class(vm);
    if it_cls.lookup(vm, &vm.names.__next__).is_none() && !matches!(it.payload(), Some(Payload::Generator(_))) {
        let t = it_cls.name();
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{t}'")));
    }
    Ok(it)
}

/// GET_AITER: `type(v).__aiter__(v)`.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let name = vm.names.__aiter__.clone();
    match ops::call_special(vm, v, &name, &[])? {
        Some(it) => {
            let anext = vm.names.__anext__.clone();
            if it.class(vm).lookup(vm, &anext).is_none() {
                let t = ops::type_name(vm, &it);
                return Err(vm.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                )));
            }
            Ok(it)
        }
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {t}")))
        }
    }
}

/// GET_ANEXT: the awaitable of `type(aiter).__anext__(aiter)`.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    let name = vm.names.__anext__.clone();
    let Some(aw) = ops::call_special(vm, aiter, &name, &[])? else {
        let t = ops::type_name(vm, aiter);
        return Err(vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {t}")));
    };
    match get_awaitable(vm, &aw, 0) {
        Ok(it) => Ok(it),
        Err(_) => {
            let t = ops::type_name(vm, &aw);
            Err(vm.type_error(format!("'async for' received an invalid object from __anext__: {t}")))
        }
    }
}
