//! Finalization of generators, coroutines and async generators that are freed while suspended:
//! a freed object cannot reach the interpreter, so its frame is queued and the eval loop closes
//! it at the next instruction (running its `finally` blocks, as CPython's `close()` at
//! deallocation does), or warns about a coroutine that was never awaited. Also the reports
//! such finalizers make: "Exception ignored in" and the runtime warnings of this area.

use std::cell::{Cell, RefCell};

use crate::bytecode::code::flags as co_flags;
use crate::runtime::frame::Frame;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::exception;
use crate::runtime::objects::generator::{self as genr, FrameState, GenData, GenKind};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// A freed generator's frame and what is needed to rebuild an object around it.
struct Orphan {
    kind: GenKind,
    frame: Box<Frame>,
    name: Value,
    qualname: Value,
    handled: Value,
    state: FrameState,
}

thread_local! {
    /// Generators freed with work left (interpreters each run on their own thread).
    static QUEUE: RefCell<Vec<Orphan>> = const { RefCell::new(Vec::new()) };
    /// Whether the queue is non-empty (checked by the eval loop between instructions).
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether freed generators wait to be finalized.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Whether freeing a generator in this state runs code or reports something.
fn needs_finalization(g: &GenData) -> bool {
    match g.state.get() {
        FrameState::Created => g.kind == GenKind::Coroutine && g.code.flags & co_flags::COROUTINE != 0,
        FrameState::Suspended => {
            let frame = g.frame.borrow();
            let Some(f) = frame.as_ref() else { return false };
            // A yield inside a handler (try, with, a loop over a sub-iterator) or a delegation
            // in progress: closing runs code.
            let at_yield = f.code.instrs.get(f.lasti as usize).map(|i| (i.op, i.arg));
            let delegating = f.code.instrs.get(f.pc as usize).is_some_and(|i| i.op == crate::bytecode::opcode::Op::RESUME && i.arg >= 2);
            delegating || !matches!(at_yield, Some((crate::bytecode::opcode::Op::YIELD_VALUE, 1)))
        }
        _ => false,
    }
}

/// Called when a generator object is freed: queues its frame if closing it runs code.
pub(super) fn on_drop(g: &mut GenData) {
    if !needs_finalization(g) {
        return;
    }
    let kind = g.kind;
    let Some((frame, name, qualname, handled, state)) = g.take_for_finalization() else { return };
    let orphan = Orphan { kind, frame, name, qualname, handled, state };
    // During thread teardown the queue may be gone: the frame is then just freed.
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(orphan);
            let _ = PENDING.try_with(|p| p.set(true));
        }
    });
}

/// At interpreter exit the `__main__` module is freed, and its namespace with it: each value
/// is released in insertion order (the names are set to None here), and generators freed so
/// are finalized as each goes.
pub fn clear_main_at_exit(vm: &mut Vm, module: &ObjRef) {
    let Some(d) = module.dict.borrow().clone() else { return };
    let keys: Vec<Value> = match &d.payload {
        crate::runtime::object::Payload::Dict(t) => t.borrow().keys().cloned().collect(),
        _ => return,
    };
    let d = Value::Obj(d);
    for k in &keys {
        if ops::repr::text_of(k).as_deref() == Some("__builtins__") {
            continue;
        }
        if ops::setitem(vm, &d, k, Value::None).is_err() {
            return;
        }
        if pending() {
            drain(vm);
        }
    }
}

/// Finalizes the queued generators (their finalizers may queue more).
pub fn drain(vm: &mut Vm) {
    loop {
        let next = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            let o = q.pop();
            if q.is_empty() {
                PENDING.with(|p| p.set(false));
            }
            o
        });
        let Some(o) = next else { return };
        let obj = genr::restore_generator(vm, o.kind, o.frame, o.name, o.qualname, o.handled, o.state);
        if let Some(obj) = obj.as_obj() {
            finalize(vm, obj);
        }
    }
}

/// `_PyGen_Finalize`: closes a suspended generator, or warns about a never-awaited coroutine;
/// errors are reported as unraisable. The exception being handled is left as it was.
pub fn finalize(vm: &mut Vm, o: &ObjRef) {
    let Some(g) = genr::gen_data(o) else { return };
    match g.state.get() {
        FrameState::Completed | FrameState::Executing => return,
        _ => {}
    }
    // TODO: async generators' finalizer hook waits for sys.set_asyncgen_hooks.
    let saved = vm.handled.clone();
    let r = if g.state.get() == FrameState::Created && g.code.flags & co_flags::COROUTINE != 0 {
        g.state.set(FrameState::Completed);
        let frame = g.frame.borrow_mut().take();
        drop(frame);
        let q = g.qualname.borrow().clone();
        let name = ops::repr::text_of(&q).unwrap_or_default();
        let category = vm.types.exc.runtime_warning.clone();
        warn_with_source(vm, &category, &format!("coroutine '{name}' was never awaited"), true)
    } else {
        genr::close(vm, o)
    };
    if let Err(e) = r {
        write_unraisable(vm, &e, Some(&Value::Obj(o.clone())));
    }
    vm.handled = saved;
}

/// `PyErr_WriteUnraisable`: "Exception ignored in: <obj>" and the traceback, on stderr; an
/// exception that has no traceback gets the running frame's line.
pub fn write_unraisable(vm: &mut Vm, err: &PyErr, obj: Option<&Value>) {
    let exc = Value::Obj(err.0.clone());
    if exception::traceback_of(vm, &exc).is_none() {
        if let Some(p) = vm.frames.last().copied() {
            exception::add_traceback(vm, err, p.as_ptr());
        }
    }
    if crate::modules::sys::custom_unraisablehook(vm, err, obj) {
        return;
    }
    let mut text = String::new();
    if let Some(o) = obj {
        let shown = match ops::repr(vm, o) {
            Ok(r) => ops::repr::text_of(&r).unwrap_or_default(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        text.push_str(&format!("Exception ignored in: {shown}\n"));
    }
    text.push_str(&crate::runtime::traceback::format_exception(vm, &exc));
    crate::runtime::stdio::write_stderr(vm, &text);
}

/// Emits a warning of `category` attributed to the running Python code (`stacklevel` 1).
pub fn warn(vm: &mut Vm, category: &TypeRef, msg: &str) -> PyResult<()> {
    warn_with_source(vm, category, msg, false)
}

/// The warning machinery's default behaviour for the warnings this area raises: the default
/// filters (DeprecationWarning shown only for code in `__main__`, the others once per
/// location), the module's `__warningregistry__`, and the report on `sys.stderr`.
// TODO: route through the `warnings` module's filters and showwarning once it exists.
fn warn_with_source(vm: &mut Vm, category: &TypeRef, msg: &str, has_source: bool) -> PyResult<()> {
    let Some(p) = vm.frames.last().copied() else {
        // No Python code runs (interpreter shutdown): CPython attributes it to `sys`, line 1.
        if !category.is_subtype(&vm.types.exc.deprecation_warning) {
            crate::runtime::stdio::write_stderr(vm, &format!("sys:1: {}: {msg}\n", category.name()));
        }
        return Ok(());
    };
    let (filename, lineno, globals) = {
        // SAFETY: a live frame (listed in `vm.frames`); read without keeping a reference.
        let f = unsafe { p.as_ref() };
        let filename = ops::repr::text_of(&Value::Obj(f.code.filename.clone())).unwrap_or_default();
        (filename, f.lineno().unwrap_or(0), f.globals.clone())
    };
    let module = dict_get_str(vm, &globals, &vm.names.__name__).and_then(|m| ops::repr::text_of(&m)).unwrap_or_default();
    let ignored_by_default = [
        &vm.types.exc.deprecation_warning,
        &vm.types.exc.pending_deprecation_warning,
        &vm.types.exc.import_warning,
        &vm.types.exc.resource_warning,
    ];
    let shown_in_main = category.is_subtype(&vm.types.exc.deprecation_warning) && module == "__main__";
    if !shown_in_main && ignored_by_default.iter().any(|t| category.is_subtype(t)) {
        return Ok(());
    }
    // Once per (text, category, line) in the module's registry ("default" action).
    let reg_name = vm.intern("__warningregistry__");
    let registry = match dict_get_str(vm, &globals, &reg_name) {
        Some(r) if matches!(r.payload(), Some(crate::runtime::object::Payload::Dict(_))) => r,
        _ => {
            let d = Value::Obj(vm.new_dict());
            dict_set_str(vm, &globals, reg_name, d.clone());
            d
        }
    };
    let key = vm.new_tuple(vec![vm.new_str(msg), category.to_value(), Value::Int(i64::from(lineno))]);
    if ops::item::contains(vm, &registry, &key)? {
        return Ok(());
    }
    ops::setitem(vm, &registry, &key, Value::Bool(true))?;
    let mut text = format!("{filename}:{lineno}: {}: {msg}\n", category.name());
    if let Some(line) = crate::runtime::traceback::source_line(vm, &filename, lineno) {
        let line = line.trim();
        if !line.is_empty() {
            text.push_str(&format!("  {line}\n"));
        }
    }
    if has_source {
        text.push_str(&format!("{}: Enable tracemalloc to get the object allocation traceback\n", category.name()));
    }
    crate::runtime::stdio::write_stderr(vm, &text);
    Ok(())
}
