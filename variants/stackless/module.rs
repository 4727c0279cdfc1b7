//! `_stackless`, the native core of the `stackless` module (lib/stackless.py builds Stackless
//! Python's API on it): the tasklet base type and the switch primitive.

use crate::modules::native_type::{TypeSpec, new_instance, new_type};
use crate::runtime::eval::make_exception;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::switch::{self, Cont, TaskletCore, Transfer, core, sched};

/// Whether `callable` is `_stackless.switch` (which a tasklet loop lets switch softly).
pub fn is_switch(callable: &Value) -> bool {
    match callable.payload() {
        Some(Payload::BuiltinFunction(b)) => std::ptr::fn_addr_eq(b.func, switch_fn as crate::runtime::objects::function::NativeFn),
        _ => false,
    }
}

fn tasklet_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(cls) = args.pos().first().and_then(|c| c.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("tasklet.__new__(X): X is not a type object"));
    };
    Ok(new_instance(&cls, TaskletCore::new()))
}

fn tasklet_init(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
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

/// `init(main, preempt_marker, end_hook)`: starts the scheduler.
fn init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [main, marker, hook] = args.pos() else { return Err(vm.type_error("init(main, marker, end_hook)")) };
    switch::init(vm, main.clone(), marker.clone(), hook.clone())?;
    Ok(Value::None)
}

/// `switch(target, value=None, exc=None, dying=False)`: runs `target`, which gets `value` (or
/// has `exc` raised); returns what this tasklet gets when switched back to.
fn switch_fn(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(target) = pos.first().cloned() else {
        vm.soft_call = false;
        return Err(vm.type_error("switch() needs a target tasklet"));
    };
    let value = pos.get(1).cloned().unwrap_or(Value::None);
    let transfer = match pos.get(2) {
        Some(e) if !e.is_none() => match make_exception(vm, e.clone()) {
            Ok(err) => Transfer::Raise(err),
            Err(err) => {
                vm.soft_call = false;
                return Err(err);
            }
        },
        _ => Transfer::Value(value),
    };
    let dying = match pos.get(3) {
        Some(d) => crate::runtime::ops::is_true(vm, d)?,
        None => false,
    };
    switch::switch(vm, target, transfer, dying)
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

static TASKLET_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", tasklet_new),
    MethodDef::slot("__init__", tasklet_init),
    MethodDef::method("_bind_start", bind_start),
    MethodDef::method("_unbind", unbind),
    MethodDef::method("_state", state),
    MethodDef::method("_atomic", atomic),
];

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("init", init),
    MethodDef::function("switch", switch_fn),
    MethodDef::function("current", current),
    MethodDef::function("main", main_fn),
    MethodDef::function("set_tick", set_tick),
    MethodDef::function("preempted", preempted),
];

/// The `_stackless` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::modules::new_module(vm, "_stackless", FUNCTIONS);
    let spec = TypeSpec { name: "tasklet", module: "_stackless", basetype: true, methods: TASKLET_METHODS, getsets: &[], flags: 0 };
    let t = new_type(vm, &spec, None);
    crate::modules::set_attr(vm, &m, "tasklet", t.to_value());
    crate::modules::set_attr(vm, &m, "MAX_NATIVE_STACKS", Value::Int(switch::MAX_RUNNERS as i64));
    Ok(m)
}
