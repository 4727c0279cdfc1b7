//! Generators, coroutines and async generators at their core: the frame each owns while
//! suspended, resuming it through the engine (`send`, `throw`, `close`) with the exception state
//! it keeps between runs, delegation of `throw`/`close` to a `yield from` / `await`
//! sub-iterator, PEP 479, and the awaitable protocol of `await` and `async for`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::code::flags as co_flags;
use crate::bytecode::opcode::Op;
use crate::machine::{Engine, GenStep, Resume};
use crate::runtime::code::Code;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::exception;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

pub use super::async_gen::async_gen_wrap;

/// Which kind of generator object.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use ("generator already executing", ...).
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Where a generator's frame is in its life.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameState {
    /// Made by RETURN_GENERATOR, never run.
    Created,
    /// Stopped at a yield.
    Suspended,
    /// Running (its frame is in the engine).
    Executing,
    /// Returned, raised, or closed.
    Completed,
}

/// A generator's state.
pub struct GenData {
    pub kind: GenKind,
    /// The frame while created or suspended; None while executing and once completed.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<FrameState>,
    pub code: Rc<Code>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator while it is suspended (None if none).
    handled: RefCell<Value>,
    /// The frame while it runs (valid only in the Executing state), for `gi_frame`.
    running_frame: Cell<*const Frame>,
    /// Async generators: an `asend`/`athrow` awaitable is running it (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: finished, or `aclose()` started.
    pub closed: Cell<bool>,
}

impl Drop for GenData {
    fn drop(&mut self) {
        super::gen_finalize::on_drop(self);
    }
}

impl GenData {
    /// Takes out what finalizing a dropped generator needs, leaving this one completed.
    pub(super) fn take_for_finalization(&mut self) -> Option<(Box<Frame>, Value, Value, Value, FrameState)> {
        let frame = self.frame.get_mut().take()?;
        let state = std::mem::replace(self.state.get_mut(), FrameState::Completed);
        Some((
            frame,
            std::mem::replace(self.name.get_mut(), Value::None),
            std::mem::replace(self.qualname.get_mut(), Value::None),
            std::mem::replace(self.handled.get_mut(), Value::None),
            state,
        ))
    }
}

/// What resuming a generator gave.
pub enum Sent {
    /// It yielded this value (it is suspended again).
    Yielded(Value),
    /// It returned this value (it is finished); also an exhausted generator asked for more.
    Returned(Value),
}

/// The arguments of `throw(typ[, val[, tb]])`, kept as given so that delegation passes them on
/// unchanged to a sub-iterator's `throw`.
#[derive(Clone)]
pub struct ThrowArgs {
    pub typ: Value,
    pub val: Option<Value>,
    pub tb: Option<Value>,
}

impl ThrowArgs {
    pub fn exception(e: &PyErr) -> ThrowArgs {
        ThrowArgs { typ: Value::Obj(e.0.clone()), val: None, tb: None }
    }

    /// The positional arguments for a `throw` method.
    fn as_args(&self) -> Vec<Value> {
        let mut v = vec![self.typ.clone()];
        if let Some(val) = &self.val {
            v.push(val.clone());
            if let Some(tb) = &self.tb {
                v.push(tb.clone());
            }
        }
        v
    }
}

/// The generator kind RETURN_GENERATOR makes for a code object's flags (a coroutine unless
/// the code says generator or async generator, as CPython does).
pub fn kind_for_flags(flags: u32) -> GenKind {
    let f = flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR);
    if f == co_flags::GENERATOR {
        GenKind::Generator
    } else if f & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Coroutine
    }
}

/// The class of a generator kind.
pub fn class_for(vm: &Vm, kind: GenKind) -> TypeRef {
    match kind {
        GenKind::Generator => vm.types.generator.clone(),
        GenKind::Coroutine => vm.types.coroutine.clone(),
        GenKind::AsyncGenerator => vm.types.async_generator.clone(),
    }
}

/// A new generator object for a frame that just ran RETURN_GENERATOR.
pub fn new_generator(vm: &Vm, frame: Box<Frame>, kind: GenKind) -> Value {
    let (name, qualname) = match frame.func.as_ref().map(|f| &f.payload) {
        Some(Payload::Function(f)) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
        _ => (Value::Obj(frame.code.name.clone()), Value::Obj(frame.code.qualname.clone())),
    };
    restore_generator(vm, kind, frame, name, qualname, Value::None, FrameState::Created)
}

/// A generator object around an existing frame (also used to finalize a dropped one).
pub(super) fn restore_generator(
    vm: &Vm,
    kind: GenKind,
    frame: Box<Frame>,
    name: Value,
    qualname: Value,
    handled: Value,
    state: FrameState,
) -> Value {
    let code = frame.code.clone();
    vm.new_object(
        class_for(vm, kind),
        Payload::Generator(Box::new(GenData {
            kind,
            frame: RefCell::new(Some(frame)),
            state: Cell::new(state),
            code,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            handled: RefCell::new(handled),
            running_frame: Cell::new(std::ptr::null()),
            running_async: Cell::new(false),
            closed: Cell::new(false),
        })),
    )
}

/// The generator data of an object, if it is a generator, coroutine or async generator.
pub fn gen_data(o: &ObjRef) -> Option<&GenData> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

/// The kind of a value that is a generator, coroutine or async generator.
pub fn kind_of(v: &Value) -> Option<GenKind> {
    match v.payload()? {
        Payload::Generator(g) => Some(g.kind),
        _ => None,
    }
}

fn data_or_err<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a GenData> {
    gen_data(o).ok_or_else(|| vm.type_error("expected a generator object"))
}

/// The frame object of a generator's frame (`gi_frame`), None once it finished.
pub fn frame_object(vm: &Vm, g: &GenData) -> Value {
    match g.state.get() {
        FrameState::Completed => Value::None,
        FrameState::Executing => {
            let p = g.running_frame.get();
            if p.is_null() {
                return Value::None;
            }
            // The running frame: listed in `vm.frames`, and the loop holds no reference into it
            // while the runtime runs.
            exception::frame_object(vm, p as *mut Frame)
        }
        _ => {
            let mut slot = g.frame.borrow_mut();
            match slot.as_mut() {
                Some(f) => exception::frame_object(vm, &mut **f as *mut Frame),
                None => Value::None,
            }
        }
    }
}

/// Resumes the generator: `gen_send_ex2`. `arg` None is `__next__` (nothing sent); `exc` is an
/// exception to raise at the yield; `closing` silences the reuse error of finished coroutines;
/// `check_start` refuses a non-None value for a just-started generator (SEND skips the check).
fn send_ex2(vm: &mut Vm, o: &ObjRef, arg: Option<Value>, exc: Option<PyErr>, closing: bool, check_start: bool) -> PyResult<Sent> {
    let g = data_or_err(vm, o)?;
    match g.state.get() {
        FrameState::Created if check_start && arg.as_ref().is_some_and(|a| !a.is_none()) => {
            return Err(vm.type_error(format!("can't send non-None value to a just-started {}", g.kind.word())));
        }
        FrameState::Executing => {
            return Err(vm.value_error(format!("{} already executing", g.kind.word())));
        }
        FrameState::Completed => {
            if g.kind == GenKind::Coroutine && !closing {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match exc {
                Some(e) => Err(e),
                None => Ok(Sent::Returned(Value::None)),
            };
        }
        _ => {}
    }
    let Some(frame) = g.frame.borrow_mut().take() else {
        g.state.set(FrameState::Completed);
        return Ok(Sent::Returned(Value::None));
    };
    g.running_frame.set(&*frame as *const Frame);
    g.state.set(FrameState::Executing);
    // The exception state: the generator's own while it handles one, else the caller's.
    let outer = vm.handled.clone();
    let own = std::mem::replace(&mut *g.handled.borrow_mut(), Value::None);
    let own_handling = !own.is_none();
    vm.handled = if own_handling { own } else { outer.clone() };
    let outer_before = std::mem::replace(&mut vm.handled_outer, outer.clone());
    let how = match exc {
        Some(e) => {
            // A thrown exception gets the generator's own handled exception as context.
            if own_handling {
                exception::set_context(vm, &e);
            } else {
                exception::mark_raised(&e);
            }
            Resume::Throw(e)
        }
        None => Resume::Send(arg.unwrap_or(Value::None)),
    };
    let engine = vm.engine;
    let step = engine.resume(vm, frame, how);
    vm.handled_outer = outer_before;
    let inner = std::mem::replace(&mut vm.handled, outer.clone());
    g.running_frame.set(std::ptr::null());
    match step {
        Ok(GenStep::Yielded(v, frame)) => {
            // Written in place in each case: a value chosen between the two and then copied
            // would be read back whole while its tag alone was just stored.
            if inner.is(&outer) {
                if !g.handled.borrow().is_none() {
                    *g.handled.borrow_mut() = Value::None;
                }
            } else {
                *g.handled.borrow_mut() = inner;
            }
            *g.frame.borrow_mut() = Some(frame);
            g.state.set(FrameState::Suspended);
            Ok(Sent::Yielded(v))
        }
        Ok(GenStep::Returned(v)) => {
            finish(g);
            Ok(Sent::Returned(v))
        }
        Err(e) => {
            finish(g);
            Err(e)
        }
    }
}

/// A generator's frame resumed for `next()` in its caller's loop (the stackless engine's
/// FOR_ITER): what the loop keeps on the frame until it yields, returns or raises.
pub struct InlineResume {
    generator: ObjRef,
    /// The caller's handled exception when it resumed the generator.
    outer: Value,
    /// `vm.handled_outer` before the resumption.
    outer_before: Value,
    /// Where the caller goes on once the generator returns (past its loop, or SEND's target).
    pub exhausted_pc: u32,
    /// Resumed by SEND (`yield from`, `await`): its return value is pushed for the caller.
    /// Else by FOR_ITER: the iterator is popped.
    pub by_send: bool,
}

/// Starts resuming a generator or coroutine in the caller's loop, for FOR_ITER (`next()`) or
/// SEND: its frame, to run with the value sent pushed as the value of its pending yield. None
/// when it is not created or suspended, or is an async generator (the general path then does
/// what it must).
pub fn begin_inline(vm: &mut Vm, o: &ObjRef, exhausted_pc: u32, by_send: bool) -> Option<(Box<Frame>, InlineResume)> {
    let g = gen_data(o)?;
    if !matches!(g.state.get(), FrameState::Created | FrameState::Suspended) || g.kind == GenKind::AsyncGenerator {
        return None;
    }
    let frame = g.frame.borrow_mut().take()?;
    g.running_frame.set(&*frame as *const Frame);
    g.state.set(FrameState::Executing);
    // The exception state, as `send_ex2` sets it.
    let outer = vm.handled.clone();
    let own = std::mem::replace(&mut *g.handled.borrow_mut(), Value::None);
    vm.handled = if own.is_none() { outer.clone() } else { own };
    let outer_before = std::mem::replace(&mut vm.handled_outer, outer.clone());
    Some((frame, InlineResume { generator: o.clone(), outer, outer_before, exhausted_pc, by_send }))
}

/// A generator frame resumed in its caller's loop yielded: it goes back into its generator.
pub fn end_inline_yield(vm: &mut Vm, r: InlineResume, frame: Box<Frame>) {
    vm.handled_outer = r.outer_before;
    let inner = std::mem::replace(&mut vm.handled, r.outer.clone());
    let Some(g) = gen_data(&r.generator) else { return };
    g.running_frame.set(std::ptr::null());
    if inner.is(&r.outer) {
        if !g.handled.borrow().is_none() {
            *g.handled.borrow_mut() = Value::None;
        }
    } else {
        *g.handled.borrow_mut() = inner;
    }
    *g.frame.borrow_mut() = Some(frame);
    g.state.set(FrameState::Suspended);
}

/// A generator frame resumed in its caller's loop returned or raised: the generator is over.
pub fn end_inline_finish(vm: &mut Vm, r: &InlineResume) {
    vm.handled_outer = r.outer_before.clone();
    vm.handled = r.outer.clone();
    abandon_inline(r);
}

/// The generator of a frame resumed in a loop is over without the loop (its frames were freed
/// with a tasklet that never ran again).
pub fn abandon_inline(r: &InlineResume) {
    if let Some(g) = gen_data(&r.generator) {
        g.running_frame.set(std::ptr::null());
        finish(g);
    }
}

fn finish(g: &GenData) {
    g.state.set(FrameState::Completed);
    *g.handled.borrow_mut() = Value::None;
}

/// The exception a finished generator's return value becomes for the caller of `send` or
/// `throw`: StopIteration(value), or StopAsyncIteration for an async generator.
pub fn return_error(vm: &Vm, kind: GenKind, v: Value) -> PyErr {
    if kind == GenKind::AsyncGenerator {
        vm.new_exception(&vm.types.exc.stop_async_iteration, vec![])
    } else {
        vm.stop_iteration(v)
    }
}

/// `gen.send(value)`.
pub fn send(vm: &mut Vm, o: &ObjRef, value: Value) -> PyResult<Sent> {
    send_ex2(vm, o, Some(value), None, false, true)
}

/// One step of `yield from` / `await` into a generator or coroutine (the SEND instruction),
/// which does not refuse a value for a just-started one.
pub fn send_delegated(vm: &mut Vm, o: &ObjRef, value: Value) -> PyResult<Sent> {
    send_ex2(vm, o, Some(value), None, false, false)
}

/// `gen.__next__()` at the level of `tp_iternext`: yielded, or returned (exhausted).
pub fn iternext(vm: &mut Vm, o: &ObjRef) -> PyResult<Sent> {
    send_ex2(vm, o, None, None, false, true)
}

/// `next(gen)` for iteration: Some(value), or None once it returned (its value dropped).
pub fn next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(g) = gen_data(o) {
        if g.kind != GenKind::Generator {
            let t = o.class().name();
            return Err(vm.type_error(format!("'{t}' object is not an iterator")));
        }
    }
    next_plain(vm, o)
}

/// Whether an object is a generator (not a coroutine or async generator).
#[inline(always)]
pub fn is_plain_generator(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Generator(g) if g.kind == GenKind::Generator)
}

/// `next` of a generator known to be one (`is_plain_generator`), as `next` does it.
#[inline]
pub fn next_plain(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    match send_ex2(vm, o, None, None, false, true)? {
        Sent::Yielded(v) => Ok(Some(v)),
        Sent::Returned(_) => Ok(None),
    }
}

/// The sub-iterator a suspended frame is delegating to (`yield from` or `await`), if any: the
/// frame stopped at a YIELD_VALUE followed by RESUME 2 or 3 (`gi_yieldfrom`, `cr_await`).
pub fn delegate(o: &ObjRef) -> Option<Value> {
    let g = gen_data(o)?;
    if g.state.get() != FrameState::Suspended {
        return None;
    }
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let next = f.code.instrs.get(f.pc as usize)?;
    if next.op == Op::RESUME && next.arg >= 2 {
        return f.stack.last().cloned();
    }
    None
}

/// The exception-handler depth of the YIELD_VALUE a suspended frame stopped at.
fn yield_depth(g: &GenData) -> Option<u32> {
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let ins = f.code.instrs.get(f.lasti as usize)?;
    (ins.op == Op::YIELD_VALUE).then_some(ins.arg)
}

/// Whether `typ` (a class or an instance) matches GeneratorExit.
fn matches_generator_exit(vm: &Vm, typ: &Value) -> bool {
    let exit = &vm.types.exc.generator_exit;
    if let Some(t) = typ.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        return t.is_subtype(exit);
    }
    typ.class(vm).is_subtype(exit)
}

/// Whether a value is an exact generator or coroutine (what delegation fast-tracks).
fn is_gen_or_coro(v: &Value) -> Option<&ObjRef> {
    let o = v.as_obj()?;
    match &o.payload {
        Payload::Generator(g) if g.kind != GenKind::AsyncGenerator => Some(o),
        _ => None,
    }
}

/// Runs `f` with the generator marked as executing (while it works on its sub-iterator).
fn while_executing<T>(g: &GenData, f: impl FnOnce() -> T) -> T {
    let state = g.state.replace(FrameState::Executing);
    let r = f();
    g.state.set(state);
    r
}

/// `gen.throw(...)` (`_gen_throw`): delegates to a sub-iterator first; `close_on_genexit`
/// closes the sub-iterator instead when GeneratorExit is thrown (false for async generators'
/// `athrow`/`aclose`, which let awaits run).
pub fn throw(vm: &mut Vm, o: &ObjRef, close_on_genexit: bool, args: &ThrowArgs) -> PyResult<Sent> {
    let g = data_or_err(vm, o)?;
    if let Some(yf) = delegate(o) {
        if close_on_genexit && matches_generator_exit(vm, &args.typ) {
            let r = while_executing(g, || close_iter(vm, &yf));
            if let Err(e) = r {
                return send_ex2(vm, o, Some(Value::None), Some(e), false, true);
            }
        } else {
            let r: PyResult<Sent> = if let Some(sub) = is_gen_or_coro(&yf) {
                let sub = sub.clone();
                while_executing(g, || throw(vm, &sub, close_on_genexit, args))
            } else {
                let name = vm.names.throw.clone();
                match ops::getattr_opt(vm, &yf, &name)? {
                    Some(m) => {
                        let a = args.as_args();
                        while_executing(g, || vm.call(&m, &a, &[])).map(Sent::Yielded)
                    }
                    None => return throw_here(vm, o, args),
                }
            };
            return match r {
                Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
                // The sub-iterator finished: its value reaches the frame as StopIteration,
                // which the frame's CLEANUP_THROW turns into the result of the delegation.
                Ok(Sent::Returned(v)) => {
                    let kind = kind_of(&yf).unwrap_or(GenKind::Generator);
                    let e = return_error(vm, kind, v);
                    send_ex2(vm, o, Some(Value::None), Some(e), false, true)
                }
                Err(e) => send_ex2(vm, o, Some(Value::None), Some(e), false, true),
            };
        }
    }
    throw_here(vm, o, args)
}

/// Raises the thrown exception in the generator's own frame.
fn throw_here(vm: &mut Vm, o: &ObjRef, args: &ThrowArgs) -> PyResult<Sent> {
    let e = make_thrown(vm, args)?;
    send_ex2(vm, o, Some(Value::None), Some(e), false, true)
}

/// The exception `throw(typ, val, tb)` raises (CPython's normalization of the three forms).
pub fn make_thrown(vm: &mut Vm, args: &ThrowArgs) -> PyResult<PyErr> {
    let mut tb = match &args.tb {
        None => None,
        Some(t) if t.is_none() => None,
        Some(t) if matches!(t.payload(), Some(Payload::Traceback { .. })) => Some(t.clone()),
        Some(_) => return Err(vm.type_error("throw() third argument must be a traceback object")),
    };
    let typ = &args.typ;
    let class = typ.as_obj().and_then(|o| TypeRef::from_obj(o.clone()));
    let err = match class {
        Some(t) if t.is_subtype(&vm.types.exc.base_exception) => {
            let inst = match &args.val {
                None => vm.call(typ, &[], &[])?,
                Some(v) if v.is_none() => vm.call(typ, &[], &[])?,
                Some(v) if v.class(vm).is_subtype(&t) => v.clone(),
                Some(v) => match v.payload() {
                    Some(Payload::Tuple(items)) => {
                        let items = items.to_vec();
                        vm.call(typ, &items, &[])?
                    }
                    _ => vm.call(typ, std::slice::from_ref(v), &[])?,
                },
            };
            match inst {
                Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => PyErr(i),
                other => {
                    let r = ops::repr(vm, typ)?;
                    let shown = ops::repr::text_of(&r).unwrap_or_default();
                    let tn = ops::type_name(vm, &other);
                    return Err(vm.type_error(format!(
                        "calling {shown} should have returned an instance of BaseException, not {tn}"
                    )));
                }
            }
        }
        _ => match typ {
            Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => {
                if args.val.as_ref().is_some_and(|v| !v.is_none()) {
                    return Err(vm.type_error("instance exception may not have a separate value"));
                }
                if tb.is_none() {
                    let existing = exception::traceback_of(vm, typ);
                    if !existing.is_none() {
                        tb = Some(existing);
                    }
                }
                PyErr(i.clone())
            }
            _ => {
                let tn = ops::type_name(vm, typ);
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {tn}"
                )));
            }
        },
    };
    if let Some(tb) = tb {
        if let Some(d) = exception::exc_data(&Value::Obj(err.0.clone())) {
            *d.traceback.borrow_mut() = tb;
        }
    }
    Ok(err)
}

/// Closes a sub-iterator (`gen_close_iter`): generators and coroutines directly, other objects
/// through their `close()` if they have one.
fn close_iter(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if let Some(so) = is_gen_or_coro(sub) {
        let so = so.clone();
        return close(vm, &so);
    }
    let name = vm.names.close.clone();
    match ops::getattr_opt(vm, sub, &name) {
        Ok(Some(m)) => vm.call(&m, &[], &[]).map(|_| ()),
        Ok(None) => Ok(()),
        Err(e) => {
            super::gen_finalize::write_unraisable(vm, &e, Some(sub));
            Ok(())
        }
    }
}

/// `gen.close()`: raises GeneratorExit at the yield; the generator must not yield again.
pub fn close(vm: &mut Vm, o: &ObjRef) -> PyResult<()> {
    let g = data_or_err(vm, o)?;
    match g.state.get() {
        FrameState::Created => {
            g.state.set(FrameState::Completed);
            let frame = g.frame.borrow_mut().take();
            drop(frame);
            return Ok(());
        }
        FrameState::Completed => return Ok(()),
        _ => {}
    }
    let mut err = None;
    if let Some(yf) = delegate(o) {
        err = while_executing(g, || close_iter(vm, &yf)).err();
    }
    // A yield outside any handler but the implicit StopIteration one: nothing can catch the
    // GeneratorExit, so the frame just finishes.
    if err.is_none() && g.state.get() == FrameState::Suspended && yield_depth(g) == Some(1) {
        finish(g);
        let frame = g.frame.borrow_mut().take();
        drop(frame);
        return Ok(());
    }
    let exc = err.unwrap_or_else(|| vm.new_exception(&vm.types.exc.generator_exit.clone(), vec![]));
    match send_ex2(vm, o, Some(Value::None), Some(exc), true, true) {
        Ok(Sent::Yielded(_)) => Err(vm.runtime_error(format!("{} ignored GeneratorExit", g.kind.word()))),
        Ok(Sent::Returned(v)) => {
            if g.kind == GenKind::AsyncGenerator {
                Err(return_error(vm, g.kind, v))
            } else {
                Ok(())
            }
        }
        Err(e) if vm.err_is(&e, &vm.types.exc.stop_iteration.clone()) || vm.err_is(&e, &vm.types.exc.generator_exit.clone()) => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError (STOPITERATION_ERROR);
/// `flags` are the code flags of the running frame.
pub fn stopiteration_error(vm: &mut Vm, flags: u32, exc: Value) -> PyResult<Value> {
    let msg = if ops::is_instance(vm, &exc, &vm.types.exc.stop_iteration.clone()) {
        if flags & co_flags::ASYNC_GENERATOR != 0 {
            "async generator raised StopIteration"
        } else if flags & co_flags::COROUTINE != 0 {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        }
    } else if flags & co_flags::ASYNC_GENERATOR != 0 && ops::is_instance(vm, &exc, &vm.types.exc.stop_async_iteration.clone()) {
        "async generator raised StopAsyncIteration"
    } else {
        return Ok(exc);
    };
    let err = vm.runtime_error(msg);
    if let Some(d) = exception::exc_data(&Value::Obj(err.0.clone())) {
        *d.cause.borrow_mut() = exc.clone();
        *d.context.borrow_mut() = exc;
        d.suppress_context.set(true);
    }
    Ok(Value::Obj(err.0))
}

/// Whether a generator object's code has CO_ITERABLE_COROUTINE (`types.coroutine`): such a
/// generator may be awaited.
pub fn is_iterable_coroutine(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Generator(g)) => g.kind == GenKind::Generator && g.code.flags & co_flags::ITERABLE_COROUTINE != 0,
        _ => false,
    }
}

/// Whether a value has `__next__` (CPython's `PyIter_Check`).
pub fn is_iterator(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
        Some(Payload::Iter(_)) => true,
        _ => v.class(vm).lookup(vm, &vm.names.__next__).is_some(),
    }
}

/// `_PyCoro_GetAwaitableIter`: a coroutine itself, or what `__await__` returns (an iterator).
pub fn awaitable_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if kind_of(v) == Some(GenKind::Coroutine) || is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    let name = vm.names.__await__.clone();
    let Some(f) = v.class(vm).lookup(vm, &name) else {
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!("object {t} can't be used in 'await' expression")));
    };
    let it = ops::call_method(vm, &f, v, &[])?;
    if kind_of(&it) == Some(GenKind::Coroutine) || is_iterable_coroutine(&it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, &it) {
        let t = ops::type_name(vm, &it);
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{t}'")));
    }
    Ok(it)
}

/// Whether a type defines `__await__` (CPython's `am_await` slot).
fn has_await(vm: &Vm, v: &Value) -> bool {
    kind_of(v) == Some(GenKind::Coroutine) || v.class(vm).lookup(vm, &vm.names.__await__).is_some()
}

/// GET_AWAITABLE: the iterator `await v` drives (`where_` 1 and 2 are `async with`'s enter and
/// exit, for the error message).
pub fn get_awaitable(vm: &mut Vm, v: &Value, where_: u32) -> PyResult<Value> {
    let it = match awaitable_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            if (where_ == 1 || where_ == 2) && !has_await(vm, v) {
                let t = ops::type_name(vm, v);
                let which = if where_ == 1 { "__aenter__" } else { "__aexit__" };
                return Err(vm.type_error(format!(
                    "'async with' received an object from {which} that does not implement __await__: {t}"
                )));
            }
            return Err(e);
        }
    };
    if let Some(o) = it.as_obj() {
        if kind_of(&it) == Some(GenKind::Coroutine) && delegate(o).is_some() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// GET_AITER: `type(v).__aiter__(v)`, which must give an object with `__anext__`.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let name = vm.names.__aiter__.clone();
    let Some(f) = v.class(vm).lookup(vm, &name) else {
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {t}")));
    };
    let it = ops::call_method(vm, &f, v, &[])?;
    let anext = vm.names.__anext__.clone();
    if it.class(vm).lookup(vm, &anext).is_none() {
        let t = ops::type_name(vm, &it);
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
        )));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of `type(aiter).__anext__(aiter)`.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if let Some(o) = aiter.as_obj() {
        if kind_of(aiter) == Some(GenKind::AsyncGenerator) {
            return super::async_gen::anext(vm, o);
        }
    }
    let name = vm.names.__anext__.clone();
    let Some(f) = aiter.class(vm).lookup(vm, &name) else {
        let t = ops::type_name(vm, aiter);
        return Err(vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {t}")));
    };
    let next = ops::call_method(vm, &f, aiter, &[])?;
    match awaitable_iter(vm, &next) {
        Ok(it) => Ok(it),
        Err(cause) => {
            let t = ops::type_name(vm, &next);
            let err = vm.type_error(format!("'async for' received an invalid object from __anext__: {t}"));
            exception::set_cause(&err, Value::Obj(cause.0.clone()));
            if let Some(d) = exception::exc_data(&Value::Obj(err.0.clone())) {
                *d.context.borrow_mut() = Value::Obj(cause.0);
            }
            exception::mark_raised(&err);
            Err(err)
        }
    }
}
