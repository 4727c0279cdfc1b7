//! `_stackless`, the native core of the `stackless` module (lib/stackless.py builds Stackless
//! Python's API on it): the tasklet and channel base types, the run queue's operations and the
//! calls that switch (`SWITCHING`).

use crate::modules::native_type::{TypeSpec, new_instance, new_type};
use crate::runtime::eval::make_exception;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef, NativeFn};
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::scheduler::{self, ChannelCore, channel_core};
use super::switch::{self, Cont, TaskletCore, core, core_of, sched};

/// The native functions that may switch tasklets. Each takes `vm.soft_call` first thing.
const SWITCHING: [NativeFn; 6] = [resume, schedule, schedule_remove, channel_send, channel_receive, channel_send_exc];

/// Whether `callable` is one of the functions that may switch (a tasklet loop lets them
/// switch softly).
pub fn is_switch(callable: &Value) -> bool {
    match callable.payload() {
        Some(Payload::BuiltinFunction(b)) => SWITCHING.iter().any(|f| std::ptr::fn_addr_eq(b.func, *f)),
        _ => false,
    }
}

/// The native state of the tasklet and channel types.
trait NativeState: Default + 'static {
    const TYPE: &'static str;
}

impl NativeState for TaskletCore {
    const TYPE: &'static str = "tasklet";
}

impl NativeState for ChannelCore {
    const TYPE: &'static str = "channel";
}

/// `__new__` of the tasklet and channel types: an instance with a fresh native state.
fn native_new<T: NativeState>(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error(format!("{}.__new__(X): X is not a type object", T::TYPE)));
    };
    Ok(new_instance(&cls, T::default()))
}

/// `__init__` of the tasklet and channel types: the Python subclasses initialize.
fn no_init(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `t._bind_start(func, args, kwargs)`: what the tasklet runs when first switched to.
fn bind_start(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, func, a, kw] = args.pos() else { return Err(vm.type_error("_bind_start(func, args, kwargs)")) };
    let core = core(vm, t)?;
    let mut pos = match a.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("_bind_start: args must be a tuple")),
    };
    let mut kwnames = Vec::new();
    if let Some(Payload::Dict(d)) = kw.payload() {
        let items: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            kwnames.push(k);
            pos.push(v);
        }
    }
    *core.cont.borrow_mut() = Cont::New { func: func.clone(), args: pos, kwnames };
    Ok(Value::None)
}

/// `t._unbind()`: forgets what the tasklet was to run or was running (its frames are freed).
fn unbind(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t] = args.pos() else { return Err(vm.type_error("_unbind()")) };
    let core = core(vm, t)?;
    let old = std::mem::replace(&mut *core.cont.borrow_mut(), Cont::Unbound);
    if matches!(old, Cont::Running | Cont::Waiting | Cont::Handing) {
        *core.cont.borrow_mut() = old;
        return Err(vm.runtime_error("cannot unbind a running tasklet"));
    }
    drop(old);
    Ok(Value::None)
}

/// `t._state()`: where the tasklet's execution stands, as a word.
fn state(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t] = args.pos() else { return Err(vm.type_error("_state()")) };
    let core = core(vm, t)?;
    let word = match &*core.cont.borrow() {
        Cont::Unbound => "unbound",
        Cont::New { .. } => "new",
        Cont::Soft { .. } => "soft",
        Cont::Hard(_) | Cont::Handing => "hard",
        Cont::Waiting => "waiting",
        Cont::Running => "running",
        Cont::Dead => "dead",
    };
    Ok(vm.new_str(word))
}

/// `t._atomic(flag=None)`: the atomic flag, set to `flag` when given; returns the old one.
fn atomic(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(t) = pos.first() else { return Err(vm.type_error("_atomic()")) };
    let core = core(vm, t)?;
    let old = core.atomic.get();
    if let Some(flag) = pos.get(1)
        && !flag.is_none()
    {
        let b = crate::runtime::ops::is_true(vm, flag)?;
        core.atomic.set(b);
    }
    Ok(Value::Bool(old))
}

/// `t._set_pending(value, exc)`: what the tasklet gets when it next runs (the exception, an
/// instance, raised if not None).
fn set_pending(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [t, value, exc] = args.pos() else { return Err(vm.type_error("_set_pending(value, exc)")) };
    let exc = if exc.is_none() { None } else { Some(make_exception(vm, exc.clone())?) };
    scheduler::set_pending(vm, t, value.clone(), exc)?;
    Ok(Value::None)
}

fn get_tempval(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(core(vm, t)?.tempval.borrow().clone())
}

fn set_tempval(vm: &mut Vm, t: &Value, v: Value) -> PyResult<()> {
    *core(vm, t)?.tempval.borrow_mut() = if v.is_null() { Value::None } else { v };
    Ok(())
}

fn get_blocked(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(Value::Int(core(vm, t)?.blocked.get() as i64))
}

fn get_channel(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(core(vm, t)?.channel.borrow().clone())
}

fn get_inq(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(Value::Bool(core(vm, t)?.inq.get()))
}

fn get_func(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(core(vm, t)?.func.borrow().clone())
}

fn set_func(vm: &mut Vm, t: &Value, v: Value) -> PyResult<()> {
    *core(vm, t)?.func.borrow_mut() = if v.is_null() { Value::None } else { v };
    Ok(())
}

fn get_started(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    Ok(Value::Bool(core(vm, t)?.started.get()))
}

fn set_started(vm: &mut Vm, t: &Value, v: Value) -> PyResult<()> {
    let b = !v.is_null() && crate::runtime::ops::is_true(vm, &v)?;
    core(vm, t)?.started.set(b);
    Ok(())
}

/// `init(main, preempt_marker, TaskletExit)`: starts the scheduler, `main` the running (and
/// only scheduled) tasklet.
fn init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [main, marker, exit] = args.pos() else { return Err(vm.type_error("init(main, marker, TaskletExit)")) };
    let exit = exit.as_obj().and_then(|o| TypeRef::from_obj(o.clone()));
    switch::init(vm, main.clone(), marker.clone(), exit)?;
    scheduler::push(vm, main)?;
    Ok(Value::None)
}

/// The tasklet argument of a queue function.
fn tasklet_arg<'a>(vm: &Vm, args: &CallArgs<'a>, what: &str) -> PyResult<&'a Value> {
    match args.pos() {
        [t] if core_of(t).is_some() => Ok(t),
        _ => Err(vm.type_error(format!("{what}(tasklet)"))),
    }
}

/// Module functions `name(tasklet)` that apply a scheduler operation to a tasklet.
macro_rules! tasklet_ops {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        $(
            $(#[$doc])*
            fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                let t = tasklet_arg(vm, &args, stringify!($name))?;
                scheduler::$name(vm, t)?;
                Ok(Value::None)
            }
        )*
    };
}

tasklet_ops! {
    /// `push_front(t)`: puts `t` first in the run queue.
    push_front;
    /// `enqueue(t)`: puts `t` last in the queue, unless it is the main tasklet inside run().
    enqueue;
    /// `enqueue_front(t)`: the same, first in the queue.
    enqueue_front;
    /// `leave_queue(t)`: takes `t` out of the run queue.
    leave_queue;
    /// `unblock(t)`: takes `t` off the channel it is blocked on.
    unblock;
}

/// `queue_head()`: the first tasklet of the run queue, or None.
fn queue_head(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(sched(vm)?.queue.front().cloned().unwrap_or(Value::None))
}

fn queue_len(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Int(sched(vm)?.queue.len() as i64))
}

/// `set_in_run(flag)`: the main tasklet enters (True) or leaves run().
fn set_in_run(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [flag] = args.pos() else { return Err(vm.type_error("set_in_run(flag)")) };
    let b = crate::runtime::ops::is_true(vm, flag)?;
    sched(vm)?.in_run = b;
    Ok(Value::None)
}

fn in_run(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Bool(sched(vm)?.in_run))
}

/// `resume(target)`: switches to `target`, which gets what was stored for it; returns what
/// the current tasklet gets when it runs again.
fn resume(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let t = tasklet_arg(vm, &args, "resume")?;
    scheduler::resume(vm, t, soft)
}

/// The `retval` argument of schedule() and schedule_remove().
fn retval_arg(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<Value> {
    let mut retval = args.pos().first().cloned().unwrap_or(Value::None);
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 argument ({} given)", args.pos().len())));
    }
    for (k, v) in args.kwargs() {
        let k = crate::runtime::ops::repr::text_of(k).unwrap_or_default();
        if k != "retval" {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
        retval = v.clone();
    }
    Ok(retval)
}

/// `schedule(retval=None)`: the current tasklet goes to the end of the run queue and the next
/// one runs; returns `retval` (the current tasklet when None) when it runs again.
fn schedule(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let retval = retval_arg(vm, &args, "schedule")?;
    scheduler::schedule(vm, retval, false, soft)
}

/// `schedule_remove(retval=None)`: like schedule(), but the current tasklet leaves the queue.
fn schedule_remove(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let retval = retval_arg(vm, &args, "schedule_remove")?;
    scheduler::schedule(vm, retval, true, soft)
}

fn current(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(sched(vm)?.current.clone())
}

fn main_fn(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(sched(vm)?.main.clone())
}

/// `set_tick(n)`: preempt the running tasklet after `n` more instructions (0: never).
fn set_tick(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let n = match args.pos().first() {
        Some(Value::Int(n)) => *n,
        _ => return Err(vm.type_error("set_tick(n) takes an int")),
    };
    vm.tick = if n <= 0 { u64::MAX } else { n as u64 };
    Ok(Value::None)
}

/// `preempted()`: the tasklet the last preemption interrupted.
fn preempted(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(sched(vm)?.preempted.clone())
}

/// `ch.send(value)`: sends a value, blocking until a receiver takes it.
fn channel_send(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let [ch, value] = args.pos() else { return Err(vm.type_error("send() takes exactly one argument")) };
    scheduler::channel_action(vm, ch, 1, value.clone(), None, soft)
}

/// `ch.receive()`: receives a value, blocking until a sender gives one.
fn channel_receive(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let [ch] = args.pos() else { return Err(vm.type_error("receive() takes no arguments")) };
    scheduler::channel_action(vm, ch, -1, Value::None, None, soft)
}

/// `ch._send_exc(exc)`: sends an exception (an instance) for the receiver to raise.
fn channel_send_exc(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let soft = std::mem::take(&mut vm.soft_call);
    let [ch, exc] = args.pos() else { return Err(vm.type_error("_send_exc(exc)")) };
    let err = make_exception(vm, exc.clone())?;
    scheduler::channel_action(vm, ch, 1, Value::None, Some(err), soft)
}

fn channel_close(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [ch] = args.pos() else { return Err(vm.type_error("close() takes no arguments")) };
    channel_core(vm, ch)?.closing.set(true);
    Ok(Value::None)
}

fn channel_open(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [ch] = args.pos() else { return Err(vm.type_error("open() takes no arguments")) };
    channel_core(vm, ch)?.closing.set(false);
    Ok(Value::None)
}

fn get_balance(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(Value::Int(channel_core(vm, ch)?.balance()))
}

fn get_queue(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(channel_core(vm, ch)?.first())
}

fn get_closing(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(Value::Bool(channel_core(vm, ch)?.closing.get()))
}

fn get_closed(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(Value::Bool(channel_core(vm, ch)?.closed()))
}

fn get_preference(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(Value::Int(channel_core(vm, ch)?.preference.get() as i64))
}

/// The sign of an int argument; TypeError with `msg` for anything else.
fn int_sign(vm: &Vm, v: &Value, msg: &str) -> PyResult<i8> {
    match v.to_bigint() {
        Some(i) => Ok(match i.sign() {
            num_bigint::Sign::Minus => -1,
            num_bigint::Sign::NoSign => 0,
            num_bigint::Sign::Plus => 1,
        }),
        None => Err(vm.type_error(msg)),
    }
}

fn set_preference(vm: &mut Vm, ch: &Value, v: Value) -> PyResult<()> {
    let sign = int_sign(vm, &v, "preference must be set to an integer")?;
    channel_core(vm, ch)?.preference.set(sign);
    Ok(())
}

fn get_schedule_all(vm: &mut Vm, ch: &Value) -> PyResult<Value> {
    Ok(Value::Int(channel_core(vm, ch)?.schedule_all.get() as i64))
}

fn set_schedule_all(vm: &mut Vm, ch: &Value, v: Value) -> PyResult<()> {
    let sign = int_sign(vm, &v, "preference must be set to a bool or integer")?;
    channel_core(vm, ch)?.schedule_all.set(sign != 0);
    Ok(())
}

static TASKLET_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", native_new::<TaskletCore>),
    MethodDef::slot("__init__", no_init),
    MethodDef::method("_bind_start", bind_start),
    MethodDef::method("_unbind", unbind),
    MethodDef::method("_state", state),
    MethodDef::method("_atomic", atomic),
    MethodDef::method("_set_pending", set_pending),
];

static TASKLET_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "_tempval", get: get_tempval, set: Some(set_tempval), doc: None },
    GetSetDef { name: "_blocked", get: get_blocked, set: None, doc: None },
    GetSetDef { name: "_channel", get: get_channel, set: None, doc: None },
    GetSetDef { name: "_inq", get: get_inq, set: None, doc: None },
    GetSetDef { name: "_func", get: get_func, set: Some(set_func), doc: None },
    GetSetDef { name: "_started", get: get_started, set: Some(set_started), doc: None },
];

static CHANNEL_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", native_new::<ChannelCore>),
    MethodDef::slot("__init__", no_init),
    MethodDef::method("send", channel_send),
    MethodDef::method("receive", channel_receive),
    MethodDef::method("_send_exc", channel_send_exc),
    MethodDef::method("close", channel_close),
    MethodDef::method("open", channel_open),
];

static CHANNEL_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "balance", get: get_balance, set: None, doc: Some("the number of blocked tasklets: senders count up, receivers down") },
    GetSetDef { name: "queue", get: get_queue, set: None, doc: Some("the first blocked tasklet, or None") },
    GetSetDef { name: "closing", get: get_closing, set: None, doc: Some("whether close() was called") },
    GetSetDef { name: "closed", get: get_closed, set: None, doc: Some("closing, and no tasklet is blocked on it") },
    GetSetDef { name: "preference", get: get_preference, set: Some(set_preference), doc: Some("-1: a woken receiver runs at once; 1: a woken sender runs at once; 0: neither") },
    GetSetDef { name: "schedule_all", get: get_schedule_all, set: Some(set_schedule_all), doc: Some("a woken tasklet is queued and the caller yields") },
];

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("init", init),
    MethodDef::function("resume", resume),
    MethodDef::function("schedule", schedule),
    MethodDef::function("schedule_remove", schedule_remove),
    MethodDef::function("push_front", push_front),
    MethodDef::function("enqueue", enqueue),
    MethodDef::function("enqueue_front", enqueue_front),
    MethodDef::function("leave_queue", leave_queue),
    MethodDef::function("unblock", unblock),
    MethodDef::function("queue_head", queue_head),
    MethodDef::function("queue_len", queue_len),
    MethodDef::function("set_in_run", set_in_run),
    MethodDef::function("in_run", in_run),
    MethodDef::function("current", current),
    MethodDef::function("main", main_fn),
    MethodDef::function("set_tick", set_tick),
    MethodDef::function("preempted", preempted),
];

/// The `_stackless` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::modules::new_module(vm, "_stackless", FUNCTIONS);
    let spec = TypeSpec { name: "tasklet", module: "_stackless", basetype: true, methods: TASKLET_METHODS, getsets: TASKLET_GETSETS, flags: 0 };
    let t = new_type(vm, &spec, None);
    crate::modules::set_attr(vm, &m, "tasklet", t.to_value());
    let spec = TypeSpec { name: "channel", module: "_stackless", basetype: true, methods: CHANNEL_METHODS, getsets: CHANNEL_GETSETS, flags: 0 };
    let c = new_type(vm, &spec, None);
    crate::modules::set_attr(vm, &m, "channel", c.to_value());
    crate::modules::set_attr(vm, &m, "MAX_NATIVE_STACKS", Value::Int(switch::MAX_RUNNERS as i64));
    Ok(m)
}
