//! The scheduling policy of the `stackless` module: the run queue, the channels, and which
//! tasklet runs when one blocks, yields or ends. `switch` moves control; this decides where
//! it goes. Native, so that a send or receive is one native call made from the tasklet's own
//! frame: a blocked tasklet keeps its frames and its object, nothing more.
//!
//! The run queue holds the scheduled tasklets, the running one first while it is scheduled.
//! The main tasklet inside `run()` waits outside it (`Sched::in_run`). Whoever makes a tasklet
//! runnable stores what it gets when it runs (`TaskletCore::tempval` and `pending_exc`); every
//! switch hands that over.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

use super::switch::{self, Transfer, core, sched};

/// A tasklet blocked on a channel, with what it sends (a value, or an exception to raise in
/// the receiver).
struct Waiter {
    tasklet: Value,
    value: Value,
    exc: Option<PyErr>,
}

/// The native state of a channel object.
pub struct ChannelCore {
    /// The blocked tasklets, first in, first out; all send or all receive.
    waiting: RefCell<VecDeque<Waiter>>,
    /// 1: the waiting tasklets send; -1: they receive; 0: none waits.
    dir: Cell<i8>,
    /// Who runs first when a send meets a receive: -1 the receiver, 1 the sender, 0 whoever
    /// was already running (the woken tasklet is queued). A woken tasklet that runs first runs
    /// at once, the caller going to the end of the run queue.
    pub preference: Cell<i8>,
    /// A send or receive queues the woken tasklet last and the caller yields to the queue.
    pub schedule_all: Cell<bool>,
    /// No more sends or receives may block on it.
    pub closing: Cell<bool>,
}

impl Default for ChannelCore {
    fn default() -> ChannelCore {
        ChannelCore {
            waiting: RefCell::new(VecDeque::new()),
            dir: Cell::new(0),
            preference: Cell::new(-1),
            schedule_all: Cell::new(false),
            closing: Cell::new(false),
        }
    }
}

impl ChannelCore {
    /// The number of blocked tasklets, positive for senders.
    pub fn balance(&self) -> i64 {
        self.dir.get() as i64 * self.waiting.borrow().len() as i64
    }

    /// The first blocked tasklet, or None.
    pub fn first(&self) -> Value {
        self.waiting.borrow().front().map_or(Value::None, |w| w.tasklet.clone())
    }

    pub fn closed(&self) -> bool {
        self.closing.get() && self.waiting.borrow().is_empty()
    }
}

/// The native state of a value that must be a channel; TypeError otherwise.
pub fn channel_core<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ChannelCore> {
    crate::modules::native_type::state_of(v).ok_or_else(|| vm.type_error("expected a channel"))
}

/// Puts `t` last in the run queue.
pub fn push(vm: &mut Vm, t: &Value) -> PyResult<()> {
    core(vm, t)?.inq.set(true);
    sched(vm)?.queue.push_back(t.clone());
    Ok(())
}

/// Puts `t` first in the run queue.
pub fn push_front(vm: &mut Vm, t: &Value) -> PyResult<()> {
    core(vm, t)?.inq.set(true);
    sched(vm)?.queue.push_front(t.clone());
    Ok(())
}

/// Takes `t` out of the run queue if it is there.
pub fn leave_queue(vm: &mut Vm, t: &Value) -> PyResult<()> {
    let c = core(vm, t)?;
    if !c.inq.get() {
        return Ok(());
    }
    c.inq.set(false);
    let q = &mut sched(vm)?.queue;
    if q.front().is_some_and(|f| f.is(t)) {
        q.pop_front();
    } else if let Some(i) = q.iter().position(|x| x.is(t)) {
        q.remove(i);
    }
    Ok(())
}

/// Whether `t` is the main tasklet waiting inside `run()` (it then stays out of the queue).
fn main_in_run(vm: &mut Vm, t: &Value) -> PyResult<bool> {
    let s = sched(vm)?;
    Ok(s.in_run && t.is(&s.main))
}

/// Puts `t` last in the queue, unless it is the main tasklet inside `run()`.
pub fn enqueue(vm: &mut Vm, t: &Value) -> PyResult<()> {
    if main_in_run(vm, t)? { Ok(()) } else { push(vm, t) }
}

/// Puts `t` first in the queue, unless it is the main tasklet inside `run()`.
pub fn enqueue_front(vm: &mut Vm, t: &Value) -> PyResult<()> {
    if main_in_run(vm, t)? { Ok(()) } else { push_front(vm, t) }
}

/// Stores what `t` gets when it next runs.
pub fn set_pending(vm: &Vm, t: &Value, value: Value, exc: Option<PyErr>) -> PyResult<()> {
    let c = core(vm, t)?;
    *c.tempval.borrow_mut() = value;
    *c.pending_exc.borrow_mut() = exc;
    Ok(())
}

/// Takes what `t` gets when it runs now.
fn take_pending(vm: &Vm, t: &Value) -> PyResult<Transfer> {
    let c = core(vm, t)?;
    let value = c.tempval.replace(Value::None);
    Ok(match c.pending_exc.borrow_mut().take() {
        Some(e) => Transfer::Raise(e),
        None => Transfer::Value(value),
    })
}

/// Switches to `target`, which gets what was stored for it; returns what the current tasklet
/// gets when it runs again (at once, a placeholder, for a soft switch).
pub fn resume(vm: &mut Vm, target: &Value, soft: bool) -> PyResult<Value> {
    let transfer = take_pending(vm, target)?;
    switch::switch(vm, target.clone(), transfer, soft)
}

/// The first tasklet of the run queue, or the main tasklet when it is empty.
fn next_or_main(vm: &mut Vm) -> PyResult<Value> {
    let s = sched(vm)?;
    Ok(s.queue.front().unwrap_or(&s.main).clone())
}

/// Takes `t` off the channel it is blocked on.
pub fn unblock(vm: &mut Vm, t: &Value) -> PyResult<()> {
    let c = core(vm, t)?;
    let ch = c.channel.replace(Value::None);
    c.blocked.set(0);
    if ch.is_none() {
        return Ok(());
    }
    let cc = channel_core(vm, &ch)?;
    let mut waiting = cc.waiting.borrow_mut();
    if let Some(i) = waiting.iter().position(|w| w.tasklet.is(t)) {
        waiting.remove(i);
    }
    if waiting.is_empty() {
        cc.dir.set(0);
    }
    Ok(())
}

/// Nothing else can run: the main tasklet, if it is blocked on a channel, is taken off it and
/// gets this error.
fn deadlock_for_main(vm: &mut Vm) -> PyResult<Option<PyErr>> {
    let main = sched(vm)?.main.clone();
    let mc = core(vm, &main)?;
    let d = mc.blocked.get();
    if mc.channel.borrow().is_none() {
        return Ok(None);
    }
    unblock(vm, &main)?;
    let what = if d < 0 { "receiving without a sender" } else { "sending without a receiver" };
    Ok(Some(vm.runtime_error(format!("the main tasklet is {what} available."))))
}

/// The main tasklet is to run while it is outside `run()`: it goes back into the queue, with
/// the deadlock error if it was blocked.
fn wake_main(vm: &mut Vm, main: &Value) -> PyResult<()> {
    if let Some(err) = deadlock_for_main(vm)? {
        set_pending(vm, main, Value::None, Some(err))?;
    }
    if !core(vm, main)?.inq.get() {
        push(vm, main)?;
    }
    Ok(())
}

/// The current tasklet `cur` has stopped running (blocked, paused, or yielded with its value
/// stored): switches to the next tasklet, or to main when the queue is empty. (A blocked
/// `cur` is never the next: a main tasklet that would be is stopped by the deadlock check.)
fn switch_away(vm: &mut Vm, cur: &Value, soft: bool) -> PyResult<Value> {
    let next = next_or_main(vm)?;
    if next.is(cur) {
        // Only the main tasklet gets here: there is nothing else to run.
        return match take_pending(vm, cur)? {
            Transfer::Value(v) => Ok(v),
            Transfer::Raise(e) => Err(e),
        };
    }
    if !sched(vm)?.in_run && next.is(&sched(vm)?.main) {
        wake_main(vm, &next)?;
    }
    resume(vm, &next, soft)
}

/// `schedule(retval)` (`remove`: `schedule_remove`): the current tasklet yields to the queue,
/// going to its end (or out of it), and gets `retval` (itself when None) when it runs again.
pub fn schedule(vm: &mut Vm, retval: Value, remove: bool, soft: bool) -> PyResult<Value> {
    let cur = sched(vm)?.current.clone();
    let retval = if retval.is_none() { cur.clone() } else { retval };
    leave_queue(vm, &cur)?;
    if !remove {
        enqueue(vm, &cur)?;
    }
    let s = sched(vm)?;
    let alone = if remove { cur.is(&s.main) && s.queue.is_empty() } else { s.queue.front().is_some_and(|f| f.is(&cur)) };
    if alone {
        set_pending(vm, &cur, Value::None, None)?;
        return Ok(retval);
    }
    set_pending(vm, &cur, retval, None)?;
    switch_away(vm, &cur, soft)
}

/// A send (`d` = 1, of `value` or, given `exc`, of an exception to raise in the receiver) or a
/// receive (`d` = -1) on channel `ch`: it pairs with a tasklet waiting the other way, or blocks
/// the current tasklet until one comes.
pub fn channel_action(vm: &mut Vm, ch: &Value, d: i8, value: Value, exc: Option<PyErr>, soft: bool) -> PyResult<Value> {
    let cc = channel_core(vm, ch)?;
    let cur = sched(vm)?.current.clone();
    let paired = if cc.dir.get() == -d {
        let mut waiting = cc.waiting.borrow_mut();
        let other = waiting.pop_front();
        if waiting.is_empty() {
            cc.dir.set(0);
        }
        other
    } else {
        None
    };
    if let Some(other) = paired {
        let oc = core(vm, &other.tasklet)?;
        oc.blocked.set(0);
        *oc.channel.borrow_mut() = Value::None;
        // What the woken tasklet gets, and what the caller gets.
        let (mine, my_exc) = if d == 1 {
            set_pending(vm, &other.tasklet, value, exc)?;
            (Value::None, None)
        } else {
            set_pending(vm, &other.tasklet, Value::None, None)?;
            (other.value, other.exc)
        };
        if cc.schedule_all.get() {
            push(vm, &other.tasklet)?;
            set_pending(vm, &cur, mine, my_exc)?;
            leave_queue(vm, &cur)?;
            enqueue(vm, &cur)?;
            return switch_away(vm, &cur, soft);
        }
        let pref = cc.preference.get();
        if (pref == -1 && d == 1) || (pref == 1 && d == -1) {
            // The woken tasklet runs now; the caller goes to the end of the queue.
            leave_queue(vm, &cur)?;
            enqueue(vm, &cur)?;
            push_front(vm, &other.tasklet)?;
            set_pending(vm, &cur, mine, my_exc)?;
            return resume(vm, &other.tasklet, soft);
        }
        push(vm, &other.tasklet)?;
        return match my_exc {
            Some(e) => Err(e),
            None => Ok(mine),
        };
    }
    if cc.closing.get() {
        return Err(vm.value_error("Send/receive operation on a closed channel"));
    }
    let s = sched(vm)?;
    if cur.is(&s.main) && !s.in_run {
        let inq = core(vm, &cur)?.inq.get();
        let s = sched(vm)?;
        if s.queue.is_empty() || (s.queue.len() == 1 && inq) {
            return Err(vm.runtime_error("Deadlock: the last runnable tasklet cannot be blocked."));
        }
    }
    leave_queue(vm, &cur)?;
    let c = core(vm, &cur)?;
    c.blocked.set(d);
    *c.channel.borrow_mut() = ch.clone();
    // A blocked sender's tempval is what it sends.
    let tempval = if d == 1 { value.clone() } else { Value::None };
    set_pending(vm, &cur, tempval, None)?;
    cc.dir.set(d);
    cc.waiting.borrow_mut().push_back(Waiter { tasklet: cur.clone(), value, exc });
    switch_away(vm, &cur, soft)
}

/// Tasklet `t`'s function returned (`exc` None) or raised: the tasklet to run next and what it
/// gets. An exception other than TaskletExit goes to the main tasklet.
pub fn ended(vm: &mut Vm, t: &Value, exc: Option<PyErr>) -> PyResult<(Value, Transfer)> {
    leave_queue(vm, t)?;
    let c = core(vm, t)?;
    c.blocked.set(0);
    *c.func.borrow_mut() = Value::None;
    c.started.set(false);
    let main = sched(vm)?.main.clone();
    if let Some(e) = exc {
        let exit = sched(vm)?.tasklet_exit.clone();
        let is_exit = exit.is_some_and(|x| Value::Obj(e.0.clone()).class(vm).is_subtype(&x));
        if !is_exit {
            if core(vm, &main)?.blocked.get() != 0 {
                unblock(vm, &main)?;
            }
            set_pending(vm, &main, Value::None, None)?;
            return Ok((main, Transfer::Raise(e)));
        }
    }
    let next = next_or_main(vm)?;
    if next.is(&main) && !sched(vm)?.in_run {
        if !core(vm, &main)?.inq.get() {
            push(vm, &main)?;
        }
        if let Some(err) = deadlock_for_main(vm)? {
            return Ok((main, Transfer::Raise(err)));
        }
    }
    let transfer = take_pending(vm, &next)?;
    Ok((next, transfer))
}
