//! The meaning of every instruction, once for all engines: `run` executes a frame's code as a
//! loop generic over the engine (`LoopStrategy`), monomorphized per engine. The engine decides
//! what a call of a Python function does (recurse, or push the callee in this loop); everything
//! else here is shared.
//!
//! Frame access: the frame is heap allocated and reached through a raw pointer that is also
//! listed in `vm.frames` (for tracebacks, `sys._getframe`, `globals()`). The loop never keeps a
//! reference into the frame across a call into the runtime: each access takes a fresh one
//! (`fr!`), so the runtime may read the frame through `vm.frames` meanwhile.

mod attr_cache;
mod build;

pub use build::collect as collect_items;
pub use exc::make_exception;
mod calls;
mod exc;
mod coro;
mod names;

use std::ptr::NonNull;

use crate::bytecode::opcode::Op;
use crate::machine::Engine;

use super::code::Fuse;
use super::frame::{Frame, OnReturn};
use super::object::Payload;
use super::ops::{self, CompareOp, arith::BinOp, arith::UnaryOp};
use super::value::Value;
use super::vm::{PyErr, PyResult, Vm};

/// What the engines tell the shared loop.
pub trait LoopStrategy: Engine + Copy + Default {
    /// Whether a call of a Python function runs in the caller's loop (heap frames, no native
    /// recursion) rather than in a recursive `run`.
    const INLINE_CALLS: bool;

    /// Whether calling `callable` may switch tasklets: a tasklet's own loop (`run_tasklet`)
    /// sets `vm.soft_call` for such a call, telling it that no native caller lies between it
    /// and the loop, so that it may ask the loop to switch (`vm.switch_pending`).
    fn switches(_callable: &Value) -> bool {
        false
    }

    /// In a tasklet's loop, after a call that set `vm.switch_pending` (its placeholder result
    /// already popped): moves the running tasklet's frames out of `vm.frames` and the next
    /// tasklet's in.
    fn soft_switch(_vm: &mut Vm) -> SoftNext {
        SoftNext::Leave
    }

    /// In a tasklet's loop, when `vm.tick` ran down to 0 before an instruction: a switch away
    /// from the running tasklet (preemption), or None to go on.
    fn preempt(_vm: &mut Vm) -> Option<SoftNext> {
        None
    }
}

/// What a tasklet's loop does after a switch.
pub enum SoftNext {
    /// Run the frames now in `vm.frames`, the top one started so.
    Run(Start),
    /// Stop: the next tasklet cannot run in this loop (`run_tasklet` returns `Left`).
    Leave,
}

/// How `run_tasklet` stopped.
pub enum TaskletStop {
    /// The tasklet's bottom frame returned this (its frames are gone).
    Returned(Value),
    /// The loop switched to a tasklet it cannot run; the running one's frames were moved out.
    Left,
}

/// How a frame starts running.
pub enum Start {
    /// From its first instruction.
    Fresh,
    /// A suspended generator frame, resumed with a value for its pending yield.
    Send(Value),
    /// A suspended generator frame, resumed by raising an exception at its pending yield.
    Throw(PyErr),
}

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    /// It yielded; the frame goes back to its generator.
    Yield(Value, Box<Frame>),
}

/// Internal: what the loop body reports when it stops.
enum Stop {
    Return(Value),
    Yield(Value),
    /// RETURN_GENERATOR: the frame becomes a generator object.
    Generator,
    /// A tasklet's loop switched to a tasklet it cannot run (`SoftNext::Leave`).
    Left,
}

/// Runs a frame until it returns, yields or raises.
pub fn run<E: LoopStrategy>(vm: &mut Vm, frame: Box<Frame>, start: Start) -> PyResult<Exit> {
    if let Err(e) = super::recursion::enter(vm, "") {
        drop(frame);
        return Err(e);
    }
    let raw = Box::into_raw(frame);
    // SAFETY: `raw` comes from Box::into_raw and is turned back into a Box below, after the
    // loop stopped and its entry left `vm.frames`.
    vm.frames.push(unsafe { NonNull::new_unchecked(raw) });
    let base = vm.frames.len();
    let outcome = execute::<E>(vm, raw, start, base, false);
    vm.frames.pop();
    super::recursion::leave(vm);
    // SAFETY: see above; nothing else refers to the frame any more.
    let frame = unsafe { Box::from_raw(raw) };
    match outcome {
        Ok(Stop::Return(v)) => {
            Frame::recycle(vm, frame);
            Ok(Exit::Return(v))
        }
        Ok(Stop::Yield(v)) => Ok(Exit::Yield(v, frame)),
        Ok(Stop::Generator) => coro::make_generator(vm, frame).map(Exit::Return),
        Ok(Stop::Left) => Err(vm.system_error("a switch left a loop that runs no tasklet")),
        Err(e) => {
            Frame::recycle(vm, frame);
            Err(e)
        }
    }
}

/// `Engine::run_frame` of an engine whose frames run in this loop.
pub fn run_frame<E: LoopStrategy>(vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
    match run::<E>(vm, frame, Start::Fresh)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_, _) => Err(vm.system_error("a frame yielded outside a generator")),
    }
}

/// `Engine::resume` of an engine whose frames run in this loop.
pub fn resume<E: LoopStrategy>(vm: &mut Vm, frame: Box<Frame>, how: crate::machine::Resume) -> PyResult<crate::machine::GenStep> {
    use crate::machine::{GenStep, Resume};
    let start = match how {
        Resume::Send(v) => Start::Send(v),
        Resume::Throw(e) => Start::Throw(e),
    };
    Ok(match run::<E>(vm, frame, start)? {
        Exit::Return(v) => GenStep::Returned(v),
        Exit::Yield(v, f) => GenStep::Yielded(v, f),
    })
}

/// Runs the running tasklet's frames, `vm.frames` (its bottom frame first, each made by
/// Box::into_raw; `vm.depth` counts them), the top one started so, switching softly among
/// tasklets (engines with INLINE_CALLS). An error is the running tasklet's: it left its bottom
/// frame. Its bottom frame is gone when this returns, but for `Left`.
pub fn run_tasklet<E: LoopStrategy>(vm: &mut Vm, start: Start) -> PyResult<TaskletStop> {
    let Some(top) = vm.frames.last().map(|p| p.as_ptr()) else {
        return Err(vm.system_error("a tasklet without frames"));
    };
    let outcome = execute::<E>(vm, top, start, 1, true);
    if matches!(outcome, Ok(Stop::Left)) {
        return Ok(TaskletStop::Left);
    }
    let Some(bottom) = vm.frames.pop() else {
        return Err(vm.system_error("a tasklet lost its frames"));
    };
    super::recursion::leave(vm);
    // SAFETY: the bottom frame was made by Box::into_raw and has just left `vm.frames`.
    let frame = unsafe { Box::from_raw(bottom.as_ptr()) };
    match outcome {
        Ok(Stop::Return(v)) => {
            Frame::recycle(vm, frame);
            Ok(TaskletStop::Returned(v))
        }
        Ok(Stop::Generator) => coro::make_generator(vm, frame).map(TaskletStop::Returned),
        Ok(Stop::Yield(_)) => Err(vm.system_error("a tasklet's bottom frame yielded")),
        Ok(Stop::Left) => Ok(TaskletStop::Left),
        Err(e) => {
            Frame::recycle(vm, frame);
            Err(e)
        }
    }
}

/// Gives the caller the value `v` of a frame it pushed, as `how` says (INLINE_CALLS).
fn on_return(vm: &mut Vm, raw: *mut Frame, how: OnReturn, v: Value) -> PyResult<()> {
    match how {
        OnReturn::Push => {
            push(raw, v);
            Ok(())
        }
        // An `__init__`: the instance below is the call's value.
        OnReturn::Instance if v.is_none() => Ok(()),
        OnReturn::Instance => {
            pop(raw).release();
            Err(super::types::class::init_result_error(vm, &v))
        }
        OnReturn::Discard => Ok(()),
        OnReturn::Next { .. } => {
            push(raw, v);
            Ok(())
        }
        OnReturn::Branch { jump_if, target } => ops::bool_result(vm, v).map(|b| {
            if b == jump_if {
                fr!(raw).pc = target;
            }
        }),
        OnReturn::Then(finish) => finish(vm, v).map(|r| push(raw, r)),
    }
}

/// Pops the running frame, one a loop pushed above its `base` (INLINE_CALLS); returns it and
/// the caller's frame, which runs next.
fn pop_inlined(vm: &mut Vm, raw: *mut Frame) -> (Box<Frame>, *mut Frame) {
    vm.frames.pop();
    super::recursion::leave(vm);
    // SAFETY: a frame above the loop's base was pushed by `push_frame!` (Box::into_raw) and
    // has just left `vm.frames`, so nothing else refers to it.
    let done = unsafe { Box::from_raw(raw) };
    let parent = vm.frames.last().map(|p| p.as_ptr()).unwrap_or(raw);
    (done, parent)
}

/// An exception left the frame at the top of `vm.frames`: it goes on in the callers the loop
/// pushed above `base`, down to one that handles it (which runs next) or out of the loop.
fn unwind_out<E: LoopStrategy>(vm: &mut Vm, mut err: PyErr, base: usize) -> Result<*mut Frame, PyErr> {
    loop {
        if !(E::INLINE_CALLS && vm.frames.len() > base) {
            return Err(err);
        }
        let Some(top) = vm.frames.last().map(|p| p.as_ptr()) else { return Err(err) };
        let (mut done, raw) = pop_inlined(vm, top);
        if let Some(r) = done.resumed.take() {
            // A generator run by FOR_ITER raised: it is over.
            super::objects::generator::end_inline_finish(vm, &r);
        }
        let how = std::mem::take(&mut done.on_return);
        Frame::recycle(vm, done);
        if let OnReturn::Next { exhausted_pc } = how
            && vm.err_is(&err, &vm.types.exc.stop_iteration.clone())
        {
            // The iterator's `__next__` ended the loop.
            pop(raw).release();
            fr!(raw).pc = exhausted_pc;
            return Ok(raw);
        }
        let at = fr!(raw).lasti;
        match exc::unwind(vm, raw, err, true, at) {
            Ok(()) => return Ok(raw),
            Err(e) => err = e,
        }
    }
}

/// Starts or resumes the frame at `raw`, the top of `vm.frames`; the frame to run then.
fn begin<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, start: Start, base: usize) -> Result<*mut Frame, PyErr> {
    match start {
        // A function's first instruction, RESUME, does nothing here: start after it.
        Start::Fresh => {
            let f = fr!(raw);
            if f.pc == 0 && f.code.instrs.first().is_some_and(|i| i.op == Op::RESUME) {
                f.pc = 1;
            }
            Ok(raw)
        }
        Start::Send(v) => {
            push(raw, v);
            Ok(raw)
        }
        // generator.throw(): the exception is raised at the yield, before the next instruction.
        // The slot of the value a resume pushes, which handlers expect below the exception.
        Start::Throw(e) => {
            push(raw, Value::None);
            let at = fr!(raw).lasti;
            match exc::unwind(vm, raw, e, true, at) {
                Ok(()) => Ok(raw),
                Err(e) => unwind_out::<E>(vm, e, base),
            }
        }
    }
}

/// A fresh mutable reference to the running frame. Never held across a call into the runtime.
macro_rules! fr {
    ($raw:expr) => {
        // SAFETY: `$raw` is the running frame, owned by `run`; see the module documentation.
        unsafe { &mut *$raw }
    };
}
pub(crate) use fr;

/// Fast local `i` of a frame running its code.
#[inline(always)]
fn local(f: &mut Frame, i: u32) -> &mut Value {
    debug_assert!((i as usize) < f.localsplus.len());
    // SAFETY: `code::verify` proved every local operand of the code below its `nlocalsplus`,
    // and a frame's locals have exactly that length while it runs (`Frame` constructors).
    unsafe { f.localsplus.get_unchecked_mut(i as usize) }
}

/// Constant `i` of a code object.
#[inline(always)]
fn constant(code: &super::code::Code, i: u32) -> &Value {
    debug_assert!((i as usize) < code.consts.len());
    // SAFETY: `code::verify` proved every constant operand of the code in range.
    unsafe { code.consts.get_unchecked(i as usize) }
}

/// Pops the top of the value stack.
#[inline(always)]
fn pop(raw: *mut Frame) -> Value {
    stack_pop(&mut fr!(raw).stack)
}

/// Pops a value stack (Null when empty, which `code::verify` rules out for running code).
/// The value moves out in one 16-byte copy: going through `Option` rebuilt it in pieces, and
/// the whole-value load that read it back stalled on store forwarding.
#[inline(always)]
pub(crate) fn stack_pop(s: &mut Vec<Value>) -> Value {
    let n = s.len();
    if n == 0 {
        return Value::Null;
    }
    // SAFETY: slot `n - 1` holds a value, which moves out as the length forgets it.
    unsafe {
        s.set_len(n - 1);
        super::value::read_words(s.as_ptr().add(n - 1))
    }
}

#[inline(always)]
fn push(raw: *mut Frame, v: Value) {
    stack_push(&mut fr!(raw).stack, v);
}

/// Pushes onto a value stack, always inlined (`Vec::push` is not, in the loop). A frame
/// reserves its code's stack size, so growing is the cold path.
#[inline(always)]
pub(crate) fn stack_push(s: &mut Vec<Value>, v: Value) {
    if s.len() == s.capacity() {
        grow_stack(s);
    }
    // SAFETY: there is room for one more value past `len`.
    unsafe {
        super::value::write_words(s.as_mut_ptr().add(s.len()), v);
        s.set_len(s.len() + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_stack(s: &mut Vec<Value>) {
    s.reserve(1);
}

#[inline(always)]
fn top(raw: *mut Frame) -> Value {
    fr!(raw).stack.last().cloned().unwrap_or_default()
}

/// The `n` top values, removed, in stack order (deepest first).
#[inline]
fn pop_n(raw: *mut Frame, n: usize) -> Vec<Value> {
    let stack = &mut fr!(raw).stack;
    let at = stack.len().saturating_sub(n);
    stack.split_off(at)
}

/// The loop: runs the frame at `raw` (the top of `vm.frames`), and with INLINE_CALLS the
/// frames it calls, pushed above `base`. `soft`: this is a tasklet's loop (`run_tasklet`),
/// which may switch tasklets.
fn execute<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, start: Start, base: usize, soft: bool) -> PyResult<Stop> {
    let raw = begin::<E>(vm, raw, start, base)?;
    let mut kwnames: Option<Value> = None;
    // With INLINE_CALLS, the frames this loop runs above its first one: `vm.frames` beyond
    // `base` (each made by Box::into_raw when pushed, turned back into a Box when popped).
    let mut raw = raw;
    // The running frame keeps its code alive and never changes it while it runs; a local
    // reference spares the loop a reload through the frame at each instruction.
    // SAFETY: the frame (owned by `run`, or pushed by this loop) outlives its use here: the
    // reference is replaced whenever the loop changes frames (`switch_code!`), and a frame's
    // `code` field is set only when it is made (`Frame::new`, `Frame::pooled`).
    let mut code: &super::code::Code = unsafe { &*std::rc::Rc::as_ptr(&(*raw).code) };
    let mut instrs: &[super::code::Instr] = &code.instrs;
    // Makes `raw` the running frame.
    macro_rules! switch_code {
        ($to:expr) => {{
            raw = $to;
            // SAFETY: as for `code` above.
            code = unsafe { &*std::rc::Rc::as_ptr(&(*raw).code) };
            instrs = &code.instrs;
        }};
    }
    // Pushes a called function's frame (INLINE_CALLS): it runs next, from its first
    // instruction after RESUME.
    macro_rules! push_frame {
        ($callee:expr) => {{
            let callee: Box<Frame> = $callee;
            let new = Box::into_raw(callee);
            // SAFETY: from Box::into_raw just above; popped by `pop_frame!`.
            vm.frames.push(unsafe { NonNull::new_unchecked(new) });
            switch_code!(new);
            let f = fr!(raw);
            if f.pc == 0 && f.code.instrs.first().is_some_and(|i| i.op == Op::RESUME) {
                f.pc = 1;
            }
        }};
    }
    // Runs a frame made for the running instruction (INLINE_CALLS) in this loop, counted as
    // a level of recursion; its value becomes the instruction's result as its `on_return`
    // says. Evaluates to the instruction's outcome when it cannot be entered.
    macro_rules! run_callee {
        ($callee:expr) => {{
            let callee: Box<Frame> = $callee;
            match super::recursion::enter_heap(vm) {
                Ok(()) => {
                    push_frame!(callee);
                    continue;
                }
                Err(e) => {
                    Frame::recycle(vm, callee);
                    Err(e)
                }
            }
        }};
    }
    // The outcome of an operation that may run a Python method in this loop (`ops::Step`).
    macro_rules! step {
        ($step:expr) => {{
            match $step {
                ops::Step::Value(r) => r.map(|v| push(raw, v)),
                ops::Step::Effect(r) => r,
                ops::Step::Call(func, args, how) => {
                    super::finalize::run_due(vm);
                    let Payload::Function(f) = &func.payload else { unreachable!("a Step calls Python functions") };
                    match crate::runtime::call::make_frame(vm, &func, f, &args, &[]) {
                        Ok(mut callee) => {
                            callee.on_return = how;
                            run_callee!(callee)
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }};
    }
    // Pops the running frame (INLINE_CALLS, above `base`): the caller runs again; evaluates to
    // the popped frame.
    macro_rules! pop_frame {
        () => {{
            let (done, parent) = pop_inlined(vm, raw);
            switch_code!(parent);
            done
        }};
    }
    // Runs a generator's frame taken by `generator::begin_inline` in this loop, `$value` the
    // value of its pending yield; evaluates to the error when the recursion limit refuses it.
    macro_rules! resume_generator {
        ($frame:expr, $r:expr, $value:expr) => {{
            let (mut frame, r, value): (Box<Frame>, _, Value) = ($frame, $r, $value);
            match super::recursion::enter_heap(vm) {
                Ok(()) => {
                    frame.resumed = Some(Box::new(r));
                    push_frame!(frame);
                    push(raw, value);
                    continue;
                }
                Err(e) => {
                    super::objects::generator::end_inline_finish(vm, &r);
                    drop(frame);
                    Err(e)
                }
            }
        }};
    }
    // Returns `v` from the running frame: to its caller in this loop, or out of the loop.
    macro_rules! ret {
        ($v:expr) => {{
            let v: Value = $v;
            if !(E::INLINE_CALLS && vm.frames.len() > base) {
                return Ok(Stop::Return(v));
            }
            let mut done = pop_frame!();
            if let Some(r) = done.resumed.take() {
                // A generator run by FOR_ITER is exhausted: the loop ends; run by SEND, its
                // value is the delegation's.
                super::objects::generator::end_inline_finish(vm, &r);
                Frame::recycle(vm, done);
                if r.by_send {
                    push(raw, v);
                } else {
                    drop(v);
                    pop(raw).release();
                }
                fr!(raw).pc = r.exhausted_pc;
                continue;
            }
            let how = std::mem::take(&mut done.on_return);
            Frame::recycle(vm, done);
            if matches!(how, OnReturn::Push) {
                push(raw, v);
                continue;
            }
            on_return(vm, raw, how, v)
        }};
    }
    // An exception left the running frame (no handler in it): it goes on in the caller's
    // frame in this loop, or out of the loop.
    macro_rules! propagate {
        ($e:expr) => {{
            match unwind_out::<E>(vm, $e, base) {
                Ok(handler) => {
                    switch_code!(handler);
                    continue;
                }
                Err(e) => return Err(e),
            }
        }};
    }
    // After a switch in a tasklet's loop: run the frames now in `vm.frames`, or leave.
    macro_rules! switched {
        ($next:expr) => {{
            match $next {
                SoftNext::Leave => return Ok(Stop::Left),
                SoftNext::Run(start) => {
                    let Some(top) = vm.frames.last().map(|p| p.as_ptr()) else {
                        return Err(vm.system_error("a switch to a tasklet without frames"));
                    };
                    let top = begin::<E>(vm, top, start, base)?;
                    switch_code!(top);
                    continue;
                }
            }
        }};
    }
    loop {
        if E::INLINE_CALLS && soft {
            vm.tick -= 1;
            if vm.tick == 0
                && let Some(next) = E::preempt(vm)
            {
                switched!(next);
            }
        }
        finalize_orphans(vm);
        let result: PyResult<()> = {
            let f = fr!(raw);
            let pc = f.pc as usize;
            debug_assert!(pc < instrs.len());
            // SAFETY: `code::verify` proved, before the code could run, that every instruction
            // the loop can reach (by falling through, jumping, or an exception handler) is
            // inside the code; the loop sets `pc` only to such instructions.
            let ins = unsafe { *instrs.get_unchecked(pc) };
            f.lasti = pc as u32;
            f.pc = (pc + 1 + ins.skip as usize) as u32;
            let arg = ins.arg;
            match ins.op {
                Op::NOP | Op::EXTENDED_ARG => Ok(()),
                Op::RESUME => Ok(()),
                Op::CACHE | Op::RESERVED | Op::INTERPRETER_EXIT => {
                    Err(vm.system_error(format!("invalid opcode {} executed", ins.op.name())))
                }
                Op::POP_TOP => {
                    pop(raw).release();
                    continue;
                }
                Op::PUSH_NULL => {
                    push(raw, Value::Null);
                    Ok(())
                }
                Op::END_FOR => {
                    pop(raw);
                    pop(raw);
                    Ok(())
                }
                Op::END_SEND => {
                    let v = pop(raw);
                    pop(raw);
                    push(raw, v);
                    Ok(())
                }
                Op::COPY => {
                    let s = &mut fr!(raw).stack;
                    let v = s[s.len() - arg as usize].clone();
                    stack_push(s, v);
                    Ok(())
                }
                Op::SWAP => {
                    let s = &mut fr!(raw).stack;
                    let n = s.len();
                    s.swap(n - 1, n - arg as usize);
                    Ok(())
                }
                Op::LOAD_CONST => {
                    let v = constant(code, arg).clone();
                    push(raw, v);
                    Ok(())
                }
                Op::RETURN_CONST => ret!(constant(code, arg).clone()),
                Op::RETURN_VALUE => ret!(pop(raw)),
                Op::LOAD_FAST => {
                    let f = fr!(raw);
                    let v = local(f, arg).clone();
                    stack_push(&mut f.stack, v);
                    match ins.fuse {
                        Fuse::No => {}
                        Fuse::LoadFast => load_fast_next(f, instrs, pc),
                        Fuse::LoadAttr => {
                            if let Some(next) = instrs.get(pc + 1)
                                && attr_cache::load_attr_fast(f, code, next.arg, (pc + 1) as u32)
                            {
                                f.lasti = (pc + 1) as u32;
                                f.pc = (pc + 2 + next.skip as usize) as u32;
                            }
                        }
                    }
                    continue;
                }
                Op::LOAD_FAST_CHECK => {
                    let f = fr!(raw);
                    let v = local(f, arg).clone();
                    if v.is_null() {
                        Err(names::unbound_local(vm, raw, arg))
                    } else {
                        stack_push(&mut f.stack, v);
                        Ok(())
                    }
                }
                Op::LOAD_FAST_AND_CLEAR => {
                    let f = fr!(raw);
                    let v = std::mem::take(local(f, arg));
                    stack_push(&mut f.stack, v);
                    Ok(())
                }
                Op::STORE_FAST => {
                    let f = fr!(raw);
                    let v = stack_pop(&mut f.stack);
                    let old = super::value::replace_words(local(f, arg), v);
                    if ins.fuse == Fuse::LoadFast {
                        load_fast_next(f, instrs, pc);
                    }
                    // A finalizer the freed value queued runs before the next instruction
                    // (the fused load is not observable).
                    drop(old);
                    continue;
                }
                Op::DELETE_FAST => {
                    let f = fr!(raw);
                    if f.localsplus[arg as usize].is_null() {
                        Err(names::unbound_local(vm, raw, arg))
                    } else {
                        let old = std::mem::take(&mut fr!(raw).localsplus[arg as usize]);
                        drop(old);
                        Ok(())
                    }
                }
                Op::LOAD_DEREF => {
                    let f = fr!(raw);
                    match local(f, arg).payload() {
                        Some(Payload::Cell(c)) if !c.borrow().is_null() => {
                            let v = c.borrow().clone();
                            stack_push(&mut f.stack, v);
                            Ok(())
                        }
                        _ => names::cells(vm, raw, ins.op, arg),
                    }
                }
                Op::MAKE_CELL | Op::COPY_FREE_VARS | Op::LOAD_CLOSURE | Op::STORE_DEREF
                | Op::DELETE_DEREF | Op::LOAD_FROM_DICT_OR_DEREF => names::cells(vm, raw, ins.op, arg),
                Op::LOAD_GLOBAL => {
                    if names::load_global_fast(fr!(raw), code, arg, pc) {
                        continue;
                    }
                    names::load_global_op(vm, raw, arg)
                }
                Op::LOAD_NAME | Op::STORE_NAME | Op::DELETE_NAME | Op::STORE_GLOBAL
                | Op::DELETE_GLOBAL | Op::LOAD_FROM_DICT_OR_GLOBALS | Op::LOAD_LOCALS | Op::SETUP_ANNOTATIONS => {
                    names::names(vm, raw, ins.op, arg)
                }
                Op::LOAD_ATTR => {
                    if attr_cache::load_attr_fast(fr!(raw), code, arg, pc as u32) {
                        continue;
                    }
                    match attr_cache::load_attr(vm, raw, code, arg, E::INLINE_CALLS) {
                        Ok(Some(getter)) => run_callee!(getter),
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
                Op::STORE_ATTR => {
                    if attr_cache::store_attr_fast(fr!(raw), code, arg, pc as u32) {
                        continue;
                    }
                    attr_cache::store_attr(vm, raw, code, arg)
                }
                Op::DELETE_ATTR => {
                    let name = fr!(raw).code.names[arg as usize].clone();
                    let owner = pop(raw);
                    ops::delattr(vm, &owner, &name)
                }
                Op::LOAD_SUPER_ATTR => names::load_super_attr(vm, raw, arg),
                Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                    let a = pop(raw);
                    let op = if ins.op == Op::UNARY_NEGATIVE { UnaryOp::Neg } else { UnaryOp::Invert };
                    if E::INLINE_CALLS {
                        step!(ops::arith::unary_step(vm, a, op))
                    } else {
                        ops::unary_op(vm, &a, op).map(|v| push(raw, v))
                    }
                }
                Op::UNARY_NOT => {
                    if let Some(slot @ Value::Bool(_)) = fr!(raw).stack.last_mut() {
                        *slot = Value::Bool(matches!(slot, Value::Bool(false)));
                        continue;
                    }
                    let a = pop(raw);
                    match if E::INLINE_CALLS { ops::python_bool(vm, &a) } else { None } {
                        Some(f) => {
                            let not = |vm: &mut Vm, r: Value| ops::bool_result(vm, r).map(|b| Value::Bool(!b));
                            step!(ops::Step::Call(f, vec![a], OnReturn::Then(Box::new(not))))
                        }
                        None => ops::is_true(vm, &a).map(|b| push(raw, Value::Bool(!b))),
                    }
                }
                Op::BINARY_OP => {
                    let s = &mut fr!(raw).stack;
                    if let [.., a, b] = s.as_slice()
                        && let Some(r) = num_binary(a, b, arg)
                    {
                        replace_top_two(s, r);
                        continue;
                    }
                    let b = pop(raw);
                    let a = pop(raw);
                    let (op, inplace) = BinOp::from_oparg(arg);
                    if E::INLINE_CALLS {
                        step!(ops::arith::binary_step(vm, a, b, op, inplace))
                    } else {
                        ops::binary_op(vm, &a, &b, op, inplace).map(|v| push(raw, v))
                    }
                }
                Op::COMPARE_OP => {
                    let f = fr!(raw);
                    if let [.., a, b] = f.stack.as_slice()
                        && let Some(r) = num_compare(a, b, arg)
                    {
                        // Two numbers: nothing to release.
                        let n = f.stack.len();
                        // SAFETY: the two top slots hold the numbers just compared.
                        unsafe { f.stack.set_len(n - 2) };
                        // A conditional jump right after takes the result directly.
                        let next = f.pc as usize;
                        match instrs.get(next) {
                            Some(j) if matches!(j.op, Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE) => {
                                f.lasti = next as u32;
                                f.pc = (next + 1 + j.skip as usize) as u32;
                                if r == (j.op == Op::POP_JUMP_IF_TRUE) {
                                    f.pc += j.arg;
                                }
                            }
                            _ => stack_push(&mut f.stack, Value::Bool(r)),
                        }
                        continue;
                    }
                    let b = pop(raw);
                    let a = pop(raw);
                    if E::INLINE_CALLS {
                        step!(ops::compare::compare_step(vm, a, b, CompareOp::from_oparg(arg)))
                    } else {
                        ops::rich_compare(vm, &a, &b, CompareOp::from_oparg(arg)).map(|v| push(raw, v))
                    }
                }
                Op::IS_OP => {
                    let b = pop(raw);
                    let a = pop(raw);
                    push(raw, Value::Bool(a.is(&b) != (arg == 1)));
                    Ok(())
                }
                Op::CONTAINS_OP => {
                    let container = pop(raw);
                    let item = pop(raw);
                    if E::INLINE_CALLS {
                        step!(ops::item::contains_step(vm, container, item, arg == 1))
                    } else {
                        ops::item::contains(vm, &container, &item).map(|b| push(raw, Value::Bool(b != (arg == 1))))
                    }
                }
                Op::BINARY_SUBSCR => {
                    let s = &mut fr!(raw).stack;
                    if let [.., c, k] = s.as_slice()
                        && let Some(v) = seq_item(vm, c, k)
                    {
                        replace_top_two(s, v);
                        continue;
                    }
                    let k = pop(raw);
                    let c = pop(raw);
                    if E::INLINE_CALLS {
                        step!(ops::item::getitem_step(vm, c, k))
                    } else {
                        ops::getitem(vm, &c, &k).map(|v| push(raw, v))
                    }
                }
                Op::STORE_SUBSCR => {
                    let k = pop(raw);
                    let c = pop(raw);
                    let v = pop(raw);
                    match list_store(vm, &c, &k, v) {
                        Ok(old) => {
                            drop(old);
                            Ok(())
                        }
                        Err(v) if E::INLINE_CALLS => {
                            step!(ops::item::setitem_step(vm, c, k, v))
                        }
                        Err(v) => ops::setitem(vm, &c, &k, v),
                    }
                }
                Op::DELETE_SUBSCR => {
                    let k = pop(raw);
                    let c = pop(raw);
                    if E::INLINE_CALLS {
                        step!(ops::item::delitem_step(vm, c, k))
                    } else {
                        ops::delitem(vm, &c, &k)
                    }
                }
                Op::BINARY_SLICE => {
                    let stop = pop(raw);
                    let start = pop(raw);
                    let c = pop(raw);
                    let s = build::new_slice(vm, start, stop, Value::None);
                    ops::getitem(vm, &c, &s).map(|v| push(raw, v))
                }
                Op::STORE_SLICE => {
                    let stop = pop(raw);
                    let start = pop(raw);
                    let c = pop(raw);
                    let v = pop(raw);
                    let s = build::new_slice(vm, start, stop, Value::None);
                    ops::setitem(vm, &c, &s, v)
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { pop(raw) } else { Value::None };
                    let stop = pop(raw);
                    let start = pop(raw);
                    let s = build::new_slice(vm, start, stop, step);
                    push(raw, s);
                    Ok(())
                }
                Op::JUMP_FORWARD => {
                    fr!(raw).pc += arg;
                    Ok(())
                }
                Op::JUMP_BACKWARD => {
                    fr!(raw).pc -= arg;
                    if super::signals::interrupt_pending() { Err(super::signals::take_interrupt(vm)) } else { Ok(()) }
                }
                Op::JUMP_BACKWARD_NO_INTERRUPT => {
                    fr!(raw).pc -= arg;
                    Ok(())
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = pop(raw);
                    let t = match v {
                        Value::Bool(b) => Ok(b),
                        Value::Int(i) => Ok(i != 0),
                        Value::None => Ok(false),
                        other => match if E::INLINE_CALLS { ops::python_bool(vm, &other) } else { None } {
                            Some(f) => {
                                // A Python `__bool__` runs in this loop; its value decides the
                                // jump.
                                let how = OnReturn::Branch { jump_if: ins.op == Op::POP_JUMP_IF_TRUE, target: fr!(raw).pc + arg };
                                step!(ops::Step::Call(f, vec![other], how)).map(|()| false)
                            }
                            None => ops::is_true(vm, &other),
                        },
                    };
                    t.map(|t| {
                        if t == (ins.op == Op::POP_JUMP_IF_TRUE) {
                            fr!(raw).pc += arg;
                        }
                    })
                }
                Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                    let v = pop(raw);
                    if v.is_none() == (ins.op == Op::POP_JUMP_IF_NONE) {
                        fr!(raw).pc += arg;
                    }
                    Ok(())
                }
                Op::GET_ITER => {
                    let v = pop(raw);
                    if E::INLINE_CALLS {
                        step!(ops::iter::iter_step(vm, v))
                    } else {
                        ops::iter(vm, &v).map(|it| push(raw, it))
                    }
                }
                Op::FOR_ITER => {
                    let f = fr!(raw);
                    let step = match f.stack.last() {
                        Some(Value::Obj(o)) if !o.class_has_flag(super::types::flags::HEAPTYPE) => match &o.payload {
                            Payload::Iter(state) => ops::iter::next_simple(state),
                            _ => None,
                        },
                        _ => None,
                    };
                    match step {
                        Some(Some(v)) => {
                            stack_push(&mut f.stack, v);
                            continue;
                        }
                        Some(None) => {
                            stack_pop(&mut f.stack).release();
                            f.pc += arg + 1;
                            continue;
                        }
                        None => {}
                    }
                    let it = top(raw);
                    // A generator's frame runs in this loop (INLINE_CALLS), when it can be
                    // resumed (else the general path below reports why not).
                    let inline = match &it {
                        Value::Obj(o) if E::INLINE_CALLS && super::objects::generator::is_plain_generator(o) => {
                            let exhausted = fr!(raw).pc + arg + 1;
                            super::objects::generator::begin_inline(vm, o, exhausted, false)
                        }
                        _ => None,
                    };
                    if let Some((frame, r)) = inline {
                        resume_generator!(frame, r, Value::None)
                    } else if E::INLINE_CALLS
                        && let Value::Obj(o) = &it
                        && o.class_has_flag(super::types::flags::HEAPTYPE)
                        && let Some(next) = ops::python_method(vm, &it.class(vm), &vm.names.__next__)
                    {
                        // An iterator class's Python `__next__` runs in this loop.
                        let exhausted_pc = fr!(raw).pc + arg + 1;
                        step!(ops::Step::Call(next, vec![it], OnReturn::Next { exhausted_pc }))
                    } else {
                        // A generator resumes directly (its type cannot be subclassed).
                        let next = match &it {
                            Value::Obj(o) if super::objects::generator::is_plain_generator(o) => {
                                super::objects::generator::next_plain(vm, o)
                            }
                            _ => ops::next(vm, &it),
                        };
                        for_iter_step(raw, next, arg)
                    }
                }
                Op::UNPACK_SEQUENCE | Op::UNPACK_EX | Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_MAP
                | Op::BUILD_CONST_KEY_MAP | Op::BUILD_STRING | Op::LIST_APPEND | Op::SET_ADD | Op::MAP_ADD
                | Op::LIST_EXTEND | Op::SET_UPDATE | Op::DICT_MERGE | Op::DICT_UPDATE | Op::FORMAT_VALUE
                | Op::GET_LEN | Op::MATCH_MAPPING | Op::MATCH_SEQUENCE | Op::MATCH_KEYS | Op::MATCH_CLASS
                | Op::CALL_INTRINSIC_1 | Op::CALL_INTRINSIC_2 => build::data_op(vm, raw, ins.op, arg),
                Op::KW_NAMES => {
                    kwnames = Some(constant(code, arg).clone());
                    Ok(())
                }
                Op::CALL if super::signals::interrupt_pending() => Err(super::signals::take_interrupt(vm)),
                Op::CALL | Op::CALL_FUNCTION_EX => {
                    if E::INLINE_CALLS && soft && ins.op == Op::CALL {
                        let s = &fr!(raw).stack;
                        let at = s.len() - arg as usize - 2;
                        let callable = if s[at].is_null() { &s[at + 1] } else { &s[at] };
                        vm.soft_call = E::switches(callable);
                    }
                    let called = if ins.op == Op::CALL {
                        calls::call::<E>(vm, raw, arg, kwnames.take())
                    } else {
                        calls::call_function_ex::<E>(vm, raw, arg)
                    };
                    if E::INLINE_CALLS && soft {
                        vm.soft_call = false;
                    }
                    match called {
                        Ok(calls::Called::Done) if E::INLINE_CALLS && vm.switch_pending => {
                            vm.switch_pending = false;
                            pop(raw).release();
                            switched!(E::soft_switch(vm));
                        }
                        Ok(calls::Called::Done) => Ok(()),
                        Ok(calls::Called::Push(callee)) => run_callee!(callee),
                        Err(e) => Err(e),
                    }
                }
                Op::MAKE_FUNCTION => calls::make_function(vm, raw, arg),
                Op::LOAD_BUILD_CLASS => calls::load_build_class(vm, raw),
                Op::IMPORT_NAME | Op::IMPORT_FROM => calls::import(vm, raw, ins.op, arg),
                Op::RAISE_VARARGS if arg == 0 => {
                    // A bare `raise` re-raises without adding this frame again.
                    let err = exc::raise(vm, raw, 0);
                    let reraise = vm.handled.as_obj().is_some_and(|h| std::rc::Rc::ptr_eq(h, &err.0));
                    if reraise {
                        let at = fr!(raw).lasti;
                        match exc::unwind(vm, raw, err, false, at) {
                            Ok(()) => continue,
                            Err(err) => propagate!(err),
                        }
                    }
                    Err(err)
                }
                Op::RAISE_VARARGS => Err(exc::raise(vm, raw, arg)),
                Op::RERAISE => {
                    let at = pc as u32;
                    let e = pop(raw);
                    if arg != 0 {
                        let s = &fr!(raw).stack;
                        if let Some(Value::Int(lasti)) = s.get(s.len() - arg as usize) {
                            fr!(raw).lasti = *lasti as u32;
                        }
                    }
                    match exc::as_exception(vm, e) {
                        Ok(err) => {
                            // The traceback already holds this frame.
                            match exc::unwind(vm, raw, err, false, at) {
                                Ok(()) => continue,
                                Err(err) => propagate!(err),
                            }
                        }
                        Err(err) => Err(err),
                    }
                }
                Op::BEFORE_WITH if E::INLINE_CALLS => step!(exc::before_with(vm, raw, true)),
                Op::PUSH_EXC_INFO | Op::POP_EXCEPT | Op::CHECK_EXC_MATCH | Op::CHECK_EG_MATCH | Op::WITH_EXCEPT_START
                | Op::LOAD_ASSERTION_ERROR | Op::BEFORE_WITH | Op::BEFORE_ASYNC_WITH => exc::exc_op(vm, raw, ins.op, arg),
                Op::CLEANUP_THROW | Op::END_ASYNC_FOR => match coro::reraise_op(vm, raw, ins.op) {
                    Ok(()) => Ok(()),
                    Err(err) => match exc::unwind(vm, raw, err, false, pc as u32) {
                        Ok(()) => continue,
                        Err(err) => propagate!(err),
                    },
                },
                Op::RETURN_GENERATOR => {
                    if E::INLINE_CALLS && vm.frames.len() > base {
                        // The frame becomes a generator, the value of the call in its caller.
                        let mut done = pop_frame!();
                        let how = std::mem::take(&mut done.on_return);
                        match coro::make_generator(vm, done) {
                            Ok(g) => on_return(vm, raw, how, g),
                            Err(e) => Err(e),
                        }
                    } else {
                        return Ok(Stop::Generator);
                    }
                }
                Op::YIELD_VALUE => {
                    let v = pop(raw);
                    if E::INLINE_CALLS && vm.frames.len() > base && fr!(raw).resumed.is_some() {
                        // A generator run by FOR_ITER: its frame goes back into it and the
                        // value is the loop's next item.
                        let mut done = pop_frame!();
                        if let Some(r) = done.resumed.take() {
                            super::objects::generator::end_inline_yield(vm, *r, done);
                        }
                        push(raw, v);
                        continue;
                    }
                    return Ok(Stop::Yield(v));
                }
                Op::SEND if E::INLINE_CALLS => {
                    // Delegating to a generator or coroutine: its frame runs in this loop.
                    let inline = match fr!(raw).stack.as_slice() {
                        [.., Value::Obj(o), _] if matches!(o.payload, Payload::Generator(_)) => {
                            let o = o.clone();
                            let target = fr!(raw).pc + arg;
                            super::objects::generator::begin_inline(vm, &o, target, true)
                        }
                        _ => None,
                    };
                    match inline {
                        Some((frame, r)) => {
                            let value = pop(raw);
                            resume_generator!(frame, r, value)
                        }
                        None => coro::gen_op(vm, raw, ins.op, arg),
                    }
                }
                Op::GET_AWAITABLE | Op::GET_AITER | Op::GET_ANEXT | Op::GET_YIELD_FROM_ITER | Op::SEND => {
                    coro::gen_op(vm, raw, ins.op, arg)
                }
                Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH | Op::POP_BLOCK | Op::JUMP | Op::JUMP_NO_INTERRUPT
                | Op::LOAD_METHOD | Op::LOAD_SUPER_METHOD | Op::LOAD_ZERO_SUPER_METHOD | Op::LOAD_ZERO_SUPER_ATTR
                | Op::STORE_FAST_MAYBE_NULL => Err(vm.system_error(format!("pseudo-instruction {} in code", ins.op.name()))),
                Op::INSTRUMENTED_LOAD_SUPER_ATTR
                | Op::INSTRUMENTED_POP_JUMP_IF_NONE
                | Op::INSTRUMENTED_POP_JUMP_IF_NOT_NONE
                | Op::INSTRUMENTED_RESUME
                | Op::INSTRUMENTED_CALL
                | Op::INSTRUMENTED_RETURN_VALUE
                | Op::INSTRUMENTED_YIELD_VALUE
                | Op::INSTRUMENTED_CALL_FUNCTION_EX
                | Op::INSTRUMENTED_JUMP_FORWARD
                | Op::INSTRUMENTED_JUMP_BACKWARD
                | Op::INSTRUMENTED_RETURN_CONST
                | Op::INSTRUMENTED_FOR_ITER
                | Op::INSTRUMENTED_POP_JUMP_IF_FALSE
                | Op::INSTRUMENTED_POP_JUMP_IF_TRUE
                | Op::INSTRUMENTED_END_FOR
                | Op::INSTRUMENTED_END_SEND
                | Op::INSTRUMENTED_INSTRUCTION
                | Op::INSTRUMENTED_LINE => Err(vm.system_error(format!("instrumented opcode {} in code", ins.op.name()))),
            }
        };
        if let Err(e) = result {
            let at = fr!(raw).lasti;
            if let Err(e) = exc::unwind(vm, raw, e, true, at) {
                propagate!(e);
            }
        }
    }
}

/// FOR_ITER's step once the iterator's next item (or its end) is known.
#[inline(always)]
fn for_iter_step(raw: *mut Frame, next: PyResult<Option<Value>>, arg: u32) -> PyResult<()> {
    match next {
        Ok(Some(v)) => {
            push(raw, v);
            Ok(())
        }
        Ok(None) => {
            pop(raw);
            // Skip the END_FOR at the target.
            fr!(raw).pc += arg + 1;
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Finalizes the generators freed while suspended (their `finally` blocks and `with` exits
/// run, or the never-awaited warning is reported at the line that freed them): checked before
/// each instruction.
#[inline(always)]
fn finalize_orphans(vm: &mut Vm) {
    if crate::runtime::objects::gen_finalize::pending() {
        crate::runtime::objects::gen_finalize::drain(vm);
    }
}

/// Replaces the two top values of a value stack with `v` (a binary operation's result).
#[inline(always)]
fn replace_top_two(s: &mut Vec<Value>, v: Value) {
    stack_pop(s).release();
    match s.last_mut() {
        Some(slot) => super::value::replace_words(slot, v).release(),
        None => v.release(),
    }
}

/// Runs the LOAD_FAST that follows the instruction at `pc` (see `Instr::fuse`).
#[inline(always)]
fn load_fast_next(f: &mut Frame, instrs: &[super::code::Instr], pc: usize) {
    if let Some(next) = instrs.get(pc + 1)
        && let Some(v) = f.localsplus.get(next.arg as usize)
    {
        stack_push(&mut f.stack, v.clone());
        f.lasti = (pc + 1) as u32;
        f.pc = (pc + 2) as u32;
    }
}

/// `c[k]` for an exact list or tuple and an int index in range (None: take the general
/// path, which also raises the errors).
#[inline(always)]
fn seq_item(vm: &Vm, c: &Value, k: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (c, k) else { return None };
    match &o.payload {
        Payload::List(l) if o.class_is(&vm.types.list) => {
            let l = l.try_borrow().ok()?;
            let i = if *i < 0 { i.checked_add(l.len() as i64)? } else { *i };
            l.get(usize::try_from(i).ok()?).cloned()
        }
        Payload::Tuple(t) if o.class_is(&vm.types.tuple) => {
            let i = if *i < 0 { i.checked_add(t.len() as i64)? } else { *i };
            t.get(usize::try_from(i).ok()?).cloned()
        }
        _ => None,
    }
}

/// `c[k] = v` for an exact list and an int index in range: the old item, or `v` back for the
/// general path.
#[inline(always)]
fn list_store(vm: &Vm, c: &Value, k: &Value, v: Value) -> Result<Value, Value> {
    let (Value::Obj(o), Value::Int(i)) = (c, k) else { return Err(v) };
    let Payload::List(l) = &o.payload else { return Err(v) };
    if !o.class_is(&vm.types.list) {
        return Err(v);
    }
    let Ok(mut l) = l.try_borrow_mut() else { return Err(v) };
    let i = if *i < 0 { i.saturating_add(l.len() as i64) } else { *i };
    match usize::try_from(i).ok().and_then(|i| l.get_mut(i)) {
        Some(slot) => Ok(std::mem::replace(slot, v)),
        None => Err(v),
    }
}

/// Whether a value is a str object.
pub(crate) fn is_str(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_)))
}

/// BINARY_OP on two ints or two floats for the operators that cannot fail or overflow there;
/// None sends the operation through the full protocol.
#[inline(always)]
fn num_binary(a: &Value, b: &Value, arg: u32) -> Option<Value> {
    let (op, _) = BinOp::from_oparg(arg);
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binary(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_binary(op, *x, *y),
        // An int operand converts to the nearest float, as CPython's float operations do.
        (Value::Float(x), Value::Int(y)) => float_binary(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_binary(op, *x as f64, *y),
        _ => None,
    }
}

/// The largest int that converts to a float exactly (2**53).
const EXACT_FLOAT_INT: i64 = 1 << 53;

#[inline(always)]
fn int_binary(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        // Floor division and modulo round toward negative infinity.
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && (r < 0) != (y < 0) { r + y } else { r }
        }
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if x % y != 0 && (x < 0) != (y < 0) { q - 1 } else { q }
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        BinOp::LShift if (0..64).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32)?,
        // Both exactly representable: the quotient of the floats is correctly rounded.
        BinOp::TrueDiv if y != 0 && x.abs() <= EXACT_FLOAT_INT && y.abs() <= EXACT_FLOAT_INT => {
            return Some(Value::Float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn float_binary(op: BinOp, x: f64, y: f64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        // The result takes the sign of the divisor (a zero too).
        BinOp::Mod if y != 0.0 && x.is_finite() && y.is_finite() => {
            let m = x % y;
            if m == 0.0 {
                0.0f64.copysign(y)
            } else if (m < 0.0) != (y < 0.0) {
                m + y
            } else {
                m
            }
        }
        // Only where C's pow has no special case to report (a positive finite base).
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::Float(r))
}

/// COMPARE_OP on two ints or two floats; None for the other operands.
#[inline(always)]
fn num_compare(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let op = CompareOp::from_oparg(arg);
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.test(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(match x.partial_cmp(y) {
            Some(o) => op.test(o),
            None => op == CompareOp::Ne,
        }),
        _ => None,
    }
}
