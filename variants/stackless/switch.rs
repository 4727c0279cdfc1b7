//! Tasklets and switching between them: the native core under the `stackless` module.
//!
//! A tasklet is an object of type `_stackless.tasklet` whose state says where its execution
//! stands (`Cont`). The main tasklet runs on the interpreter thread's own stack; every other
//! tasklet runs on a runner, a corosensei coroutine with a stack from a bounded pool.
//!
//! - Soft switch: a tasklet that switches by a call made directly from its own loop (the
//!   runner's `eval::run_tasklet`) leaves its frames in its state (`Cont::Soft`); the loop takes
//!   the next tasklet's frames and goes on, on the same stack. A blocked tasklet thus costs its
//!   heap frames and its object, no native stack.
//! - Hard switch: a tasklet that switches under a native caller (a sort key, a nested loop)
//!   keeps the runner it runs on (`Cont::Hard`): the runner yields to the trampoline and is
//!   resumed when the tasklet is switched to again.
//! - The trampoline runs on the thread stack while the main tasklet waits: it resumes runners
//!   for the tasklets to run until one switches back to main. Runners are resumed only there.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::ptr::NonNull;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::runtime::eval::{self, SoftNext, Start, TaskletStop};
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

use super::StacklessEngine;

/// The native stack of a runner, as large as the interpreter thread's (native recursion, and
/// the freeing of long chains of objects, run on it). Only the pages touched are committed:
/// the rest is reserved address space.
const RUNNER_STACK: usize = 256 << 20;
/// The most runners alive at once: each is a memory mapping with a guard page, a resource the
/// kernel limits (to about 65,000 mappings per process by default).
pub const MAX_RUNNERS: usize = 10_000;

/// The native state of a tasklet object.
pub struct TaskletCore {
    pub cont: RefCell<Cont>,
    /// Preemption is held off while set (`stackless.atomic`).
    pub atomic: Cell<bool>,
    /// In the run queue (`sched`).
    pub inq: Cell<bool>,
    /// Blocked on `channel`: 1 sending, -1 receiving, 0 not blocked.
    pub blocked: Cell<i8>,
    pub channel: RefCell<Value>,
    /// What it gets when it next runs: this value, or `pending_exc` raised.
    pub tempval: RefCell<Value>,
    pub pending_exc: RefCell<Option<PyErr>>,
    /// The callable bound to it, and whether its arguments were bound too (it is then set up
    /// in `cont`).
    pub func: RefCell<Value>,
    pub started: Cell<bool>,
}

impl Default for TaskletCore {
    fn default() -> TaskletCore {
        TaskletCore {
            cont: RefCell::new(Cont::Unbound),
            atomic: Cell::new(false),
            inq: Cell::new(false),
            blocked: Cell::new(0),
            channel: RefCell::new(Value::None),
            tempval: RefCell::new(Value::None),
            pending_exc: RefCell::new(None),
            func: RefCell::new(Value::None),
            started: Cell::new(false),
        }
    }
}

/// Where a tasklet's execution stands.
pub enum Cont {
    /// Nothing to run.
    Unbound,
    /// To start by calling `func(*args, **kwargs)` when first switched to.
    New { func: Value, args: Vec<Value>, kwnames: Vec<Value> },
    /// Suspended in a tasklet loop: its frames and context. `at_call`: it stopped in a call,
    /// whose result is the value it is switched back with (else it was preempted between
    /// instructions).
    Soft { saved: Saved, at_call: bool },
    /// Suspended under native code on this runner's stack.
    Hard(Box<Runner>),
    /// Suspended on a runner that is handing itself to the trampoline (becomes `Hard`).
    Handing,
    /// The main tasklet, waiting in the trampoline on the thread stack.
    Waiting,
    Running,
    Dead,
}

/// What a tasklet's execution needs of the interpreter state, kept while it is switched out.
#[derive(Default)]
pub struct Context {
    frames: Vec<NonNull<Frame>>,
    depth: usize,
    handled: Value,
    handled_outer: Value,
    repr_stack: Vec<usize>,
}

impl Context {
    /// Takes the running tasklet's context out of the interpreter.
    fn take(vm: &mut Vm) -> Context {
        Context {
            frames: std::mem::take(&mut vm.frames),
            depth: std::mem::replace(&mut vm.depth, 0),
            handled: std::mem::replace(&mut vm.handled, Value::None),
            handled_outer: std::mem::replace(&mut vm.handled_outer, Value::None),
            repr_stack: std::mem::take(&mut vm.repr_stack),
        }
    }

    /// Makes this the running context.
    fn put(self, vm: &mut Vm) {
        vm.frames = self.frames;
        vm.depth = self.depth;
        vm.handled = self.handled;
        vm.handled_outer = self.handled_outer;
        vm.repr_stack = self.repr_stack;
    }
}

/// The context of a softly suspended tasklet, which owns its frames (made by Box::into_raw).
pub struct Saved(Option<Context>);

impl Drop for Saved {
    fn drop(&mut self) {
        if let Some(ctx) = self.0.take() {
            for f in ctx.frames.into_iter().rev() {
                // SAFETY: a soft tasklet's frames were pushed by its loop (Box::into_raw) and
                // moved out of `vm.frames` into this context, their only owner.
                let mut frame = unsafe { Box::from_raw(f.as_ptr()) };
                if let Some(r) = frame.resumed.take() {
                    crate::runtime::objects::generator::abandon_inline(&r);
                }
            }
        }
    }
}

impl Saved {
    fn into_context(mut self) -> Context {
        self.0.take().unwrap_or_default()
    }
}

/// A runner: a coroutine running tasklets' loops on its own stack.
pub struct Runner {
    co: std::mem::ManuallyDrop<Coroutine<Cmd, Req, (), DefaultStack>>,
    /// The lowest stack address its code may use (`vm.stack_limit` while it runs).
    stack_limit: usize,
}

impl Drop for Runner {
    fn drop(&mut self) {
        // A runner suspended under native code cannot be unwound safely from outside: its
        // stack is given up (the tasklet holding it was dropped without being finished).
        if !self.co.started() || self.co.done() {
            // SAFETY: dropped once, here.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.co) };
        }
    }
}

/// What the trampoline tells a runner.
pub enum Cmd {
    /// Run the current tasklet (new or softly suspended) and the tasklets it switches to.
    Run(*mut Vm),
    /// Resume the tasklet suspended on this runner.
    Continue(*mut Vm),
}

/// What a runner tells the trampoline when it stops.
pub enum Req {
    /// It has nothing to run: the current tasklet cannot run on it.
    Idle,
    /// This tasklet is suspended on it and holds it.
    Held(Value),
}

/// What a switched-to tasklet gets.
pub enum Transfer {
    Value(Value),
    Raise(PyErr),
}

/// The scheduler's native state, in `vm.engine_state`.
pub struct Sched {
    pub current: Value,
    pub main: Value,
    /// The value or exception for the tasklet being switched to.
    transfer: Option<Transfer>,
    /// For a soft switch pending in the loop: the tasklet switching away.
    pending: Option<Value>,
    /// The run queue (`sched`).
    pub queue: VecDeque<Value>,
    /// The main tasklet is inside `run()` (and out of the queue).
    pub in_run: bool,
    /// `TaskletExit`: a tasklet ending with it ends quietly.
    pub tasklet_exit: Option<TypeRef>,
    /// The last tasklet interrupted by preemption.
    pub preempted: Value,
    /// What a preempted switch hands the main tasklet.
    pub preempt_marker: Value,
    idle: Vec<Box<Runner>>,
    runners: usize,
    /// The yielder of the runner running now; null on the thread stack.
    yielder: *const Yielder<Cmd, Req>,
    thread_stack_limit: usize,
}

/// The scheduler, made on first use with `main` as the main (and current) tasklet.
pub fn sched(vm: &mut Vm) -> PyResult<&mut Sched> {
    if !vm.engine_state.as_ref().is_some_and(|b| b.is::<Sched>()) {
        return Err(vm.runtime_error("the tasklet scheduler is not initialized"));
    }
    match vm.engine_state.as_mut().and_then(|b| b.downcast_mut::<Sched>()) {
        Some(s) => Ok(s),
        None => unreachable!("checked just above"),
    }
}

/// Makes the scheduler with `main` as the running main tasklet.
pub fn init(vm: &mut Vm, main: Value, marker: Value, tasklet_exit: Option<TypeRef>) -> PyResult<()> {
    let Some(core) = core_of(&main) else { return Err(vm.type_error("the main tasklet must be a tasklet")) };
    *core.cont.borrow_mut() = Cont::Running;
    let s = Sched {
        current: main.clone(),
        main,
        transfer: None,
        pending: None,
        queue: VecDeque::new(),
        in_run: false,
        tasklet_exit,
        preempted: Value::None,
        preempt_marker: marker,
        idle: Vec::new(),
        runners: 0,
        yielder: std::ptr::null(),
        thread_stack_limit: vm.stack_limit,
    };
    vm.engine_state = Some(Box::new(s));
    Ok(())
}

/// The native state of a tasklet object.
pub fn core_of(v: &Value) -> Option<&TaskletCore> {
    crate::modules::native_type::state_of(v)
}

/// The native state of a value that must be a tasklet; TypeError otherwise.
pub fn core<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TaskletCore> {
    core_of(v).ok_or_else(|| vm.type_error("expected a tasklet"))
}

/// Whether a tasklet can be switched to.
pub fn can_run(c: &TaskletCore) -> bool {
    matches!(&*c.cont.borrow(), Cont::New { .. } | Cont::Soft { .. } | Cont::Hard(_) | Cont::Waiting)
}

/// Switches from the current tasklet to `target`, which gets `transfer`. `soft`: the call
/// making the switch was made directly from the current tasklet's loop (`vm.soft_call`).
/// Returns what the current tasklet gets when it is switched back to, or None at once for a
/// soft switch (the loop completes it).
pub fn switch(vm: &mut Vm, target: Value, transfer: Transfer, soft: bool) -> PyResult<Value> {
    let tc = core(vm, &target)?;
    let s = sched(vm)?;
    let prev = s.current.clone();
    if prev.is(&target) {
        return match transfer {
            Transfer::Value(v) => Ok(v),
            Transfer::Raise(e) => Err(e),
        };
    }
    if !can_run(tc) {
        return Err(vm.runtime_error("cannot switch to a tasklet that is not alive or is running"));
    }
    let s = sched(vm)?;
    s.transfer = Some(transfer);
    s.current = target;
    if soft {
        s.pending = Some(prev);
        vm.switch_pending = true;
        return Ok(Value::None);
    }
    hard_switch(vm, prev)
}

/// Switches away under a native caller: on the thread stack (the main tasklet) the trampoline
/// runs until the main tasklet is switched back to; on a runner, the runner is handed to the
/// trampoline with this tasklet suspended on it.
fn hard_switch(vm: &mut Vm, prev: Value) -> PyResult<Value> {
    let pc = core(vm, &prev)?;
    let ctx = Context::take(vm);
    let y = sched(vm)?.yielder;
    let outcome = if y.is_null() {
        *pc.cont.borrow_mut() = Cont::Waiting;
        trampoline(vm)
    } else {
        *pc.cont.borrow_mut() = Cont::Handing;
        // SAFETY: `y` is the yielder of the runner running this code (set when it was last
        // resumed), valid while the coroutine is alive, which it is while it runs.
        let cmd = unsafe { (*y).suspend(Req::Held(prev.clone())) };
        let vm2 = match cmd {
            Cmd::Run(p) | Cmd::Continue(p) => p,
        };
        // SAFETY: the trampoline passes the interpreter it runs on, which is `vm`.
        debug_assert!(std::ptr::eq(vm2, vm as *mut Vm));
        sched(vm)?.yielder = y;
        Ok(())
    };
    ctx.put(vm);
    *pc.cont.borrow_mut() = Cont::Running;
    if let Err(e) = outcome {
        // Nothing was switched to: what the target was to get is dropped.
        sched(vm)?.transfer = None;
        return Err(e);
    }
    match sched(vm)?.transfer.take() {
        Some(Transfer::Value(v)) => Ok(v),
        Some(Transfer::Raise(e)) => Err(e),
        None => Ok(Value::None),
    }
}

/// Runs the tasklets on runners until the main tasklet is the current one again.
fn trampoline(vm: &mut Vm) -> PyResult<()> {
    loop {
        let t = sched(vm)?.current.clone();
        let tc = core(vm, &t)?;
        let cont = std::mem::replace(&mut *tc.cont.borrow_mut(), Cont::Running);
        let (mut runner, cmd) = match cont {
            Cont::Waiting => return Ok(()),
            Cont::Hard(r) => (r, Cmd::Continue(vm as *mut Vm)),
            c @ (Cont::New { .. } | Cont::Soft { .. }) => {
                *tc.cont.borrow_mut() = c;
                (take_runner(vm)?, Cmd::Run(vm as *mut Vm))
            }
            other => {
                *tc.cont.borrow_mut() = other;
                let s = sched(vm)?;
                s.current = s.main.clone();
                return Err(vm.system_error("switched to a tasklet that cannot run"));
            }
        };
        vm.stack_limit = runner.stack_limit;
        let r = runner.co.resume(cmd);
        let s = sched(vm)?;
        // Back on the thread stack.
        s.yielder = std::ptr::null();
        vm.stack_limit = s.thread_stack_limit;
        match r {
            CoroutineResult::Yield(Req::Idle) => sched(vm)?.idle.push(runner),
            CoroutineResult::Yield(Req::Held(held)) => {
                let hc = core(vm, &held)?;
                *hc.cont.borrow_mut() = Cont::Hard(runner);
            }
            CoroutineResult::Return(()) => sched(vm)?.runners -= 1,
        }
    }
}

/// An idle runner, or a new one while the pool allows.
fn take_runner(vm: &mut Vm) -> PyResult<Box<Runner>> {
    let s = sched(vm)?;
    if let Some(r) = s.idle.pop() {
        return Ok(r);
    }
    if s.runners >= MAX_RUNNERS {
        let s = sched(vm)?;
        s.current = s.main.clone();
        return Err(vm.runtime_error(format!(
            "cannot run another tasklet: {MAX_RUNNERS} tasklets are blocked inside native calls, each holding a native stack"
        )));
    }
    let stack = match DefaultStack::new(RUNNER_STACK) {
        Ok(st) => st,
        Err(e) => {
            let s = sched(vm)?;
            s.current = s.main.clone();
            return Err(vm.runtime_error(format!("cannot make a stack for a tasklet: {e}")));
        }
    };
    let bottom = corosensei::stack::Stack::limit(&stack).get();
    let co = Coroutine::with_stack(stack, |y: &Yielder<Cmd, Req>, first: Cmd| {
        let mut cmd = first;
        loop {
            let p = match cmd {
                Cmd::Run(p) | Cmd::Continue(p) => p,
            };
            // SAFETY: the trampoline resumes a runner with the interpreter it runs on, which
            // it does not touch until the runner yields.
            let vm = unsafe { &mut *p };
            if let Ok(s) = sched(vm) {
                s.yielder = y as *const _;
            }
            run_current(vm);
            cmd = y.suspend(Req::Idle);
        }
    });
    sched(vm)?.runners += 1;
    // The margin left for raising RecursionError and unwinding, as on the thread stack.
    let stack_limit = bottom + (RUNNER_STACK / 16).clamp(64 << 10, 1 << 20);
    Ok(Box::new(Runner { co: std::mem::ManuallyDrop::new(co), stack_limit }))
}

/// On a runner: runs the current tasklet, and those it switches to softly, until the current
/// tasklet is one this runner cannot run.
fn run_current(vm: &mut Vm) {
    loop {
        let Ok(s) = sched(vm) else { return };
        let t = s.current.clone();
        let Ok(tc) = core(vm, &t) else { return };
        let cont = std::mem::replace(&mut *tc.cont.borrow_mut(), Cont::Running);
        let stop = match cont {
            Cont::New { func, args, kwnames } => start_new(vm, &func, &args, &kwnames),
            Cont::Soft { saved, at_call } => {
                saved.into_context().put(vm);
                let start = resume_start(vm, at_call);
                eval::run_tasklet::<StacklessEngine>(vm, start)
            }
            other => {
                *tc.cont.borrow_mut() = other;
                return;
            }
        };
        let outcome = match stop {
            Ok(TaskletStop::Left) => continue,
            Ok(TaskletStop::Returned(_)) => None,
            Err(e) => Some(e),
        };
        // The function of the tasklet running now (the loop may have switched since it
        // started) is over: the module decides what runs next.
        let Ok(s) = sched(vm) else { return };
        let done = s.current.clone();
        if let Some(dc) = core_of(&done) {
            *dc.cont.borrow_mut() = Cont::Dead;
        }
        drop(Context::take(vm));
        if ended(vm, &done, outcome).is_err() {
            return;
        }
    }
}

/// Starts a new tasklet's function: a Python function's frame runs in a tasklet loop, any
/// other callable is called (under it, any switch is a hard one).
fn start_new(vm: &mut Vm, func: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<TaskletStop> {
    if let Value::Obj(o) = func
        && let Payload::Function(f) = &o.payload
    {
        let frame = crate::runtime::call::make_frame(vm, o, f, args, kwnames)?;
        crate::runtime::recursion::enter_heap(vm)?;
        // SAFETY: Box::into_raw; the tasklet loop owns the frame from now on.
        vm.frames.push(unsafe { NonNull::new_unchecked(Box::into_raw(frame)) });
        return eval::run_tasklet::<StacklessEngine>(vm, Start::Fresh);
    }
    vm.call(func, args, kwnames).map(TaskletStop::Returned)
}

/// How a resumed soft tasklet starts: with the value or exception switched to it.
fn resume_start(vm: &mut Vm, at_call: bool) -> Start {
    let transfer = sched(vm).ok().and_then(|s| s.transfer.take());
    match transfer {
        Some(Transfer::Raise(e)) => Start::Throw(e),
        Some(Transfer::Value(v)) if at_call => Start::Send(v),
        None if at_call => Start::Send(Value::None),
        _ => Start::Fresh,
    }
}

/// A tasklet's function returned (None) or raised: the scheduler names the tasklet to run
/// next and what it gets, which becomes the current one.
fn ended(vm: &mut Vm, t: &Value, exc: Option<PyErr>) -> PyResult<()> {
    let (next, transfer) = match super::scheduler::ended(vm, t, exc) {
        Ok(r) => r,
        Err(e) => (sched(vm)?.main.clone(), Transfer::Raise(e)),
    };
    let next = if core_of(&next).is_some_and(can_run) { next } else { sched(vm)?.main.clone() };
    let s = sched(vm)?;
    s.current = next;
    s.transfer = Some(transfer);
    Ok(())
}

/// The tasklet loop's side of a soft switch: the tasklet switching away keeps its frames (or
/// loses them, when it ends), and the next one's come in when this loop can run it.
pub fn soft_switch(vm: &mut Vm) -> SoftNext {
    let Ok(s) = sched(vm) else { return SoftNext::Leave };
    let Some(prev) = s.pending.take() else { return SoftNext::Leave };
    let ctx = Context::take(vm);
    if let Some(pc) = core_of(&prev) {
        *pc.cont.borrow_mut() = Cont::Soft { saved: Saved(Some(ctx)), at_call: true };
    }
    install_current(vm)
}

/// Puts the current tasklet's frames into this loop if it can run here.
fn install_current(vm: &mut Vm) -> SoftNext {
    let Ok(s) = sched(vm) else { return SoftNext::Leave };
    let t = s.current.clone();
    let Some(tc) = core_of(&t) else { return SoftNext::Leave };
    let cont = std::mem::replace(&mut *tc.cont.borrow_mut(), Cont::Running);
    match cont {
        Cont::Soft { saved, at_call } => {
            saved.into_context().put(vm);
            SoftNext::Run(resume_start(vm, at_call))
        }
        other => {
            // New tasklets start from the runner (`run_current`), the others run elsewhere.
            *tc.cont.borrow_mut() = other;
            SoftNext::Leave
        }
    }
}

/// The instruction budget ran out in a tasklet loop: the running tasklet is interrupted and
/// the main tasklet gets the preemption marker, unless it is atomic.
pub fn preempt(vm: &mut Vm) -> Option<SoftNext> {
    let s = sched(vm).ok()?;
    let t = s.current.clone();
    let tc = core_of(&t)?;
    if tc.atomic.get() || t.is(&s.main) {
        // Checked again at the next instruction.
        vm.tick = 1;
        return None;
    }
    vm.tick = u64::MAX;
    let s = sched(vm).ok()?;
    s.preempted = t.clone();
    s.current = s.main.clone();
    s.transfer = Some(Transfer::Value(s.preempt_marker.clone()));
    let ctx = Context::take(vm);
    *tc.cont.borrow_mut() = Cont::Soft { saved: Saved(Some(ctx)), at_call: false };
    Some(install_current(vm))
}
