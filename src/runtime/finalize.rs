//! `__del__`: running finalizers when reference counting frees an object, as CPython does, without
//! ever running Python code inside Rust's `Drop`.
//!
//! When the last `Rc` of an object whose class has `HAS_FINALIZER` is dropped, `Object`'s `Drop`
//! calls `resurrect`: the object's contents (class, dict, slots, payload) move into a fresh
//! allocation that is appended to the interpreter's `FinalizeQueue` (reached through the class,
//! which holds a handle to it). The interpreter drains the queue at safe points (`run_pending`:
//! on entry to every call, and at shutdown), calling `__del__` on each object; an exception
//! from it is reported as "Exception ignored in: ..." and swallowed. Then the queue's reference
//! is dropped: if `__del__` stored the object somewhere, it lives on ("resurrection"), and its
//! finalizer is not called again when it finally goes (PEP 442): the addresses of finalized
//! objects are remembered until their memory is released.
//!
//! Containers release their items in CPython's order (lists and tuples last item first), so
//! that finalizers of objects freed together run in CPython's order.
//!
//! At shutdown `shutdown` clears `__main__`'s namespace (then the other modules' namespaces,
//! most recently imported first) entry by entry, in insertion order, running the finalizers each
//! removal makes due, as CPython's module teardown does.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use rustc_hash::FxHashSet;

use super::object::{Object, Payload};
use super::value::{ObjRef, Value};
use super::vm::Vm;

/// Objects waiting for their finalizer, shared by an interpreter and its classes.
#[derive(Default)]
pub struct FinalizeQueue {
    pending: RefCell<VecDeque<ObjRef>>,
    /// The length of `pending` (checked on every call).
    count: Cell<usize>,
    /// Addresses of live objects whose finalizer already ran.
    finalized: RefCell<FxHashSet<usize>>,
    /// Whether any class with a finalizer was made (shutdown looks for objects to finalize).
    pub classes: Cell<bool>,
    /// Calls waiting for a safe point (weak reference callbacks): (function, argument).
    callbacks: RefCell<VecDeque<(Value, Value)>>,
}

impl FinalizeQueue {
    /// Whether finalizers are waiting.
    #[inline(always)]
    pub fn has_pending(&self) -> bool {
        self.count.get() != 0
    }

    /// Queues `func(arg)` to run at the next safe point (counted with the finalizers, so the
    /// check on every call stays one).
    pub fn push_callback(&self, func: Value, arg: Value) {
        self.callbacks.borrow_mut().push_back((func, arg));
        self.count.set(self.count.get() + 1);
    }

    fn pop_callback(&self) -> Option<(Value, Value)> {
        let c = self.callbacks.borrow_mut().pop_front();
        if c.is_some() {
            self.count.set(self.count.get() - 1);
        }
        c
    }

    /// Whether `obj`'s finalizer already ran (it was resurrected by it).
    pub fn is_finalized(&self, obj: &ObjRef) -> bool {
        self.finalized.borrow().contains(&(Rc::as_ptr(obj) as usize))
    }

    fn pop(&self) -> Option<ObjRef> {
        let o = self.pending.borrow_mut().pop_front();
        if o.is_some() {
            self.count.set(self.count.get() - 1);
        }
        o
    }
}

/// Called from `Object`'s `Drop` for an object whose class has HAS_FINALIZER: moves it into a
/// new allocation queued for finalization, unless its finalizer already ran.
pub(crate) fn resurrect(obj: &mut Object) {
    let cls = obj.class();
    let Some(queue) = cls.extra.finalizers.borrow().clone() else { return };
    let addr = obj as *const Object as usize;
    if queue.finalized.borrow_mut().remove(&addr) {
        return;
    }
    let payload = std::mem::replace(&mut obj.payload, Payload::Instance);
    let mut fresh = Object::new(cls, payload);
    fresh.dict = RefCell::new(obj.dict.get_mut().take());
    fresh.slots = std::mem::take(&mut obj.slots);
    queue.pending.borrow_mut().push_back(Rc::new(fresh));
    queue.count.set(queue.count.get() + 1);
}

/// Releases the items of a list or tuple that is being freed last first, as CPython does.
#[inline]
pub(crate) fn release_items(payload: &mut Payload) {
    match payload {
        Payload::List(items) => {
            let items = std::mem::take(items.get_mut());
            for v in items.into_iter().rev() {
                drop(v);
            }
        }
        Payload::Tuple(items) if items.len() > 1 => {
            let items = Vec::from(std::mem::take(items));
            for v in items.into_iter().rev() {
                drop(v);
            }
        }
        _ => {}
    }
}

/// Runs the finalizers due, if any: what every call of Python code from the interpreter does
/// first (`Vm::call`, and the stackless loop where it runs such a call as a frame push).
#[inline]
pub fn run_due(vm: &mut Vm) {
    if vm.finalizers.has_pending() {
        run_pending(vm);
    }
}

/// Runs the finalizers waiting in the queue (a safe point: no borrow is held by the caller).
///
/// Objects queued together (the items of a freed list) wait while one of them is finalized, so
/// that what its `__del__` frees is finalized first, depth first, as under CPython, where a
/// finalizer runs the moment its object goes.
pub fn run_pending(vm: &mut Vm) {
    let queue = vm.finalizers.clone();
    loop {
        if let Some((func, arg)) = queue.pop_callback() {
            // The other callbacks due wait while this one runs (as objects do, below).
            let waiting = std::mem::take(&mut *queue.callbacks.borrow_mut());
            let n = waiting.len();
            queue.count.set(queue.count.get() - n);
            if let Err(e) = vm.call(&func, std::slice::from_ref(&arg), &[]) {
                report_unraisable(vm, &e, &func);
            }
            queue.callbacks.borrow_mut().extend(waiting);
            queue.count.set(queue.count.get() + n);
            continue;
        }
        let Some(obj) = queue.pop() else { break };
        let waiting = std::mem::take(&mut *queue.pending.borrow_mut());
        let n = waiting.len();
        queue.count.set(queue.count.get() - n);
        finalize(vm, &queue, obj);
        queue.pending.borrow_mut().extend(waiting);
        queue.count.set(queue.count.get() + n);
    }
}

/// Calls `__del__` on one object, then drops the queue's reference to it.
fn finalize(vm: &mut Vm, queue: &FinalizeQueue, obj: ObjRef) {
    let cls = obj.class();
    let del = cls.lookup(vm, &vm.names.__del__.clone());
    queue.finalized.borrow_mut().insert(Rc::as_ptr(&obj) as usize);
    let value = Value::Obj(obj);
    if let Some(del) = del {
        let r = match super::recursion::enter(vm, " while calling a Python object") {
            Ok(()) => {
                let r = super::ops::call_method(vm, &del, &value, &[]);
                super::recursion::leave(vm);
                r
            }
            Err(e) => Err(e),
        };
        if let Err(e) = r {
            report_unraisable(vm, &e, &del);
        }
    }
    drop(value);
}

/// Prints an exception that cannot be raised (from a finalizer), as CPython's default
/// `sys.unraisablehook` does: "Exception ignored in: <repr of obj>" and the traceback.
pub fn report_unraisable(vm: &mut Vm, err: &super::vm::PyErr, obj: &Value) {
    if crate::modules::sys::custom_unraisablehook(vm, err, Some(obj)) {
        return;
    }
    let text = match super::ops::repr(vm, obj) {
        Ok(r) => super::ops::repr::text_of(&r).unwrap_or_default(),
        Err(_) => "<object repr() failed>".to_string(),
    };
    super::stdio::write_stderr(vm, &format!("Exception ignored in: {text}\n"));
    let exc = Value::Obj(err.0.clone());
    super::traceback::print_exception(vm, &exc);
}

/// The `atexit` callbacks, when the program imported `atexit` (lib/atexit.py keeps them), as
/// CPython runs them first at exit.
pub fn run_atexit(vm: &mut Vm) {
    let key = vm.new_str("atexit");
    let module = match &vm.modules.clone().payload {
        Payload::Dict(d) => super::objects::dict::Dict::get_item(d, vm, &key).ok().flatten(),
        _ => None,
    };
    let Some(module) = module else { return };
    let name = vm.intern("_run_exitfuncs");
    if let Ok(f) = super::ops::getattr(vm, &module, &name) {
        if let Err(e) = vm.call(&f, &[], &[]) {
            super::traceback::print_exception(vm, &Value::Obj(e.0.clone()));
        }
    }
    run_pending(vm);
}

/// Interpreter shutdown, as CPython's module teardown behaves for programs: first the
/// finalizers of every object reachable from the module namespaces (`__main__` first, then the
/// other modules, most recently imported first) run while the namespaces are still intact (the
/// cycle collector finalizes a whole unreachable group before it clears any of it); then the
/// namespaces are cleared entry by entry in insertion order, running the finalizers each removal
/// makes due.
pub fn shutdown(vm: &mut Vm) {
    run_pending(vm);
    let namespaces = module_namespaces(vm);
    if vm.finalizers.classes.get() {
        let mut walk = Walk::default();
        for ns in &namespaces {
            walk.visit(&Value::Obj(ns.clone()));
        }
        let queue = vm.finalizers.clone();
        for obj in walk.found {
            if queue.finalized.borrow().contains(&(Rc::as_ptr(&obj) as usize)) {
                continue;
            }
            finalize(vm, &queue, obj);
            run_pending(vm);
        }
    }
    for ns in namespaces {
        clear_namespace(vm, &ns);
    }
    run_pending(vm);
}

/// The namespaces of `__main__` and of the other modules except `sys` and `builtins`, most
/// recently imported first.
fn module_namespaces(vm: &Vm) -> Vec<ObjRef> {
    let modules: Vec<(Value, Value)> = match &vm.modules.payload {
        Payload::Dict(d) => d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let name = |k: &Value| super::ops::repr::text_of(k);
    let main = modules.iter().filter(|(k, _)| name(k).as_deref() == Some("__main__"));
    let others = modules.iter().rev().filter(|(k, _)| !matches!(name(k).as_deref(), Some("__main__" | "sys" | "builtins")));
    main.chain(others)
        .filter(|(_, m)| matches!(m.payload(), Some(Payload::Module(_))))
        .filter_map(|(_, m)| m.as_obj().and_then(|o| o.dict.borrow().clone()))
        .collect()
}

/// A walk over the objects reachable from the namespaces, collecting those with finalizers in
/// the order first reached.
#[derive(Default)]
struct Walk {
    seen: FxHashSet<usize>,
    found: Vec<ObjRef>,
}

impl Walk {
    fn visit(&mut self, root: &Value) {
        let mut stack = vec![root.clone()];
        while let Some(v) = stack.pop() {
            let Value::Obj(o) = v else { continue };
            if !self.seen.insert(Rc::as_ptr(&o) as usize) || matches!(o.payload, Payload::Module(_)) {
                continue;
            }
            if o.class_ref().has_flag(super::types::flags::HAS_FINALIZER) {
                self.found.push(o.clone());
            }
            let mut children: Vec<Value> = Vec::new();
            match &o.payload {
                // A freed list or tuple releases its last item first.
                Payload::List(l) => children.extend(l.borrow().iter().rev().cloned()),
                Payload::Tuple(t) => children.extend(t.iter().rev().cloned()),
                Payload::Dict(d) => {
                    for (k, v) in d.borrow().items() {
                        children.push(k.clone());
                        children.push(v.clone());
                    }
                }
                Payload::Set(s) => children.extend(s.borrow().iter().cloned()),
                Payload::FrozenSet(s) => children.extend(s.iter().cloned()),
                Payload::Cell(c) => children.push(c.borrow().clone()),
                Payload::BoundMethod { func, receiver } => {
                    children.push(func.clone());
                    children.push(receiver.clone());
                }
                Payload::Function(f) => {
                    children.push(f.defaults.borrow().clone());
                    children.push(f.kwdefaults.borrow().clone());
                    if let Some(c) = &f.closure {
                        children.extend(c.iter().cloned());
                    }
                }
                Payload::Type(t) if t.has_flag(super::types::flags::HEAPTYPE) => children.push(Value::Obj(t.dict.clone())),
                _ => {}
            }
            if let Some(d) = o.dict.borrow().as_ref() {
                children.push(Value::Obj(d.clone()));
            }
            children.extend(o.slots.iter().map(|c| c.borrow().clone()));
            // Depth first, children in order.
            stack.extend(children.into_iter().rev());
        }
    }
}

/// Empties a module namespace entry by entry (`__builtins__` stays), running finalizers.
fn clear_namespace(vm: &mut Vm, dict: &ObjRef) {
    let Payload::Dict(d) = &dict.payload else { return };
    let keys: Vec<Value> = d.borrow().keys().cloned().collect();
    for k in keys {
        if super::ops::repr::text_of(&k).as_deref() == Some("__builtins__") {
            continue;
        }
        let old = super::objects::dict::Dict::del_item(d, vm, &k).unwrap_or_default();
        drop(old);
        run_pending(vm);
    }
}
