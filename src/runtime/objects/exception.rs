//! The data of an exception instance (`BaseException` and its subclasses): args, traceback,
//! cause, context; the traceback chain built as an exception leaves frames; frame objects;
//! `except` matching and exception-group splitting for `except*`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::code::Code;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// What every exception instance carries.
pub struct ExceptionData {
    /// `args`: a tuple.
    pub args: RefCell<Value>,
    /// `__traceback__`: a traceback object or None.
    pub traceback: RefCell<Value>,
    /// `__cause__`: an exception or None.
    pub cause: RefCell<Value>,
    /// `__context__`: an exception or None.
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Whether its context has been set since it was last raised.
    pub raised: Cell<bool>,
    /// The fields a subclass adds (OSError's errno, SyntaxError's lineno, a group's
    /// exceptions, ...), by the indexes `exception_kinds` and `exception_group` define; Null
    /// for one never set.
    pub fields: RefCell<Vec<Value>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            raised: Cell::new(false),
            fields: RefCell::new(Vec::new()),
        }
    }
}

/// What Python sees of a frame: its code, namespaces and where it was.
pub struct FrameObject {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (None in functions).
    pub locals: Option<Value>,
    pub lasti: Cell<u32>,
    /// `f_back`.
    pub back: RefCell<Value>,
    /// The value of a local named `self` when a NameError passed through the frame (for the
    /// "Did you mean: 'self.x'" suggestion).
    pub self_value: RefCell<Value>,
}

fn data(e: &PyErr) -> Option<&ExceptionData> {
    match &e.0.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// The exception data of a value, if it is an exception instance.
pub fn exc_data(v: &Value) -> Option<&ExceptionData> {
    match v.payload()? {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// Marks an exception as raised now (its context is set at this raise).
pub fn mark_raised(e: &PyErr) {
    if let Some(d) = data(e) {
        d.raised.set(true);
    }
}

/// `__context__ = the exception being handled`, as CPython sets it when raising (breaking any
/// cycle the new context would make).
pub fn set_context(vm: &Vm, e: &PyErr) {
    let Some(d) = data(e) else { return };
    d.raised.set(true);
    let handled = vm.handled.clone();
    let Value::Obj(h) = &handled else { return };
    if Rc::ptr_eq(h, &e.0) || !matches!(h.payload, Payload::Exception(_)) {
        return;
    }
    // Cut the chain where it would come back to `e`.
    let mut o = handled.clone();
    let mut steps = 0;
    while let Some(od) = exc_data(&o) {
        let ctx = od.context.borrow().clone();
        match &ctx {
            Value::Obj(c) if Rc::ptr_eq(c, &e.0) => {
                *od.context.borrow_mut() = Value::None;
                break;
            }
            Value::Obj(_) => o = ctx,
            _ => break,
        }
        steps += 1;
        if steps > 100_000 {
            break;
        }
    }
    *d.context.borrow_mut() = handled;
}

/// Sets the context of an exception raised by native code, the first time the loop sees it.
pub fn set_context_once(vm: &Vm, e: &PyErr) {
    if data(e).is_some_and(|d| !d.raised.get()) {
        set_context(vm, e);
    }
}

/// `raise ... from cause`.
pub fn set_cause(e: &PyErr, cause: Value) {
    if let Some(d) = data(e) {
        *d.cause.borrow_mut() = cause;
        d.suppress_context.set(true);
    }
}

/// The frame object of a running frame (made once per activation).
pub fn frame_object(vm: &Vm, raw: *mut Frame) -> Value {
    // SAFETY: `raw` is a running frame (see eval); the reference is dropped before returning.
    let f = unsafe { &mut *raw };
    if let Some(fo) = &f.frame_object {
        if let Some(Payload::FrameObj(o)) = fo.payload() {
            o.lasti.set(f.lasti);
        }
        return fo.clone();
    }
    let obj = vm.new_object(
        vm.types.frame.clone(),
        Payload::FrameObj(Box::new(FrameObject {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: f.locals.clone(),
            lasti: Cell::new(f.lasti),
            back: RefCell::new(Value::None),
            self_value: RefCell::new(Value::Null),
        })),
    );
    f.frame_object = Some(obj.clone());
    obj
}

/// Adds the running frame, at its current instruction, to the head of the exception's
/// traceback (`PyTraceBack_Here`).
pub fn add_traceback(vm: &Vm, e: &PyErr, raw: *mut Frame) {
    let Some(d) = data(e) else { return };
    if hidden(vm, raw) {
        return;
    }
    let frame = frame_object(vm, raw);
    // SAFETY: as in `frame_object`.
    let (lasti, lineno) = {
        let f = unsafe { &*raw };
        (f.lasti, f.code.line_of(f.lasti))
    };
    if vm.err_is(e, &vm.types.exc.name_error) {
        record_self(&frame, raw);
    }
    let next = d.traceback.borrow().clone();
    let tb = vm.new_object(vm.types.traceback.clone(), Payload::Traceback { frame, lasti, lineno, next: RefCell::new(next) });
    *d.traceback.borrow_mut() = tb;
}

/// Whether a frame is left out of tracebacks: those of a module setting
/// `__tracebackhide__ = True`, a library module written in Python that stands in for what
/// CPython (or Stackless Python) implements in C, whose frames its tracebacks never show.
fn hidden(vm: &Vm, raw: *mut Frame) -> bool {
    // SAFETY: as in `frame_object`.
    let f = unsafe { &*raw };
    matches!(crate::runtime::objects::dict::dict_get_str(vm, &f.globals, &vm.names.__tracebackhide__), Some(Value::Bool(true)))
}

/// Keeps the frame's `self` local on its frame object.
fn record_self(frame: &Value, raw: *mut Frame) {
    let Some(Payload::FrameObj(fo)) = frame.payload() else { return };
    // SAFETY: as in `frame_object`.
    let f = unsafe { &*raw };
    let slot = f.code.localsplusnames.iter().position(|n| n.as_str().is_some_and(|s| s.to_string_lossy() == "self"));
    if let Some(v) = slot.and_then(|i| f.localsplus.get(i)) {
        *fo.self_value.borrow_mut() = v.clone();
    }
}

/// `exc.__traceback__`.
pub fn traceback_of(_vm: &Vm, exc: &Value) -> Value {
    exc_data(exc).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None)
}

/// `isinstance(exc, t)` for `except t:` (t a class or a tuple of classes).
pub fn matches(vm: &mut Vm, exc: &Value, t: &Value) -> PyResult<bool> {
    let cls = exc.class(vm);
    Ok(match t.payload() {
        Some(Payload::Tuple(items)) => items.iter().any(|i| class_of(i).is_some_and(|c| cls.is_subtype(&c))),
        _ => class_of(t).is_some_and(|c| cls.is_subtype(&c)),
    })
}

fn class_of(v: &Value) -> Option<TypeRef> {
    v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()))
}

/// `StopIteration.value` of an exception (its first argument, or None).
pub fn stop_iteration_value(_vm: &Vm, exc: &Value) -> Value {
    let Some(d) = exc_data(exc) else { return Value::None };
    match d.args.borrow().payload() {
        Some(Payload::Tuple(items)) => items.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Splits what `except* T` caught: (the rest to re-raise or None, the matched group or None).
pub fn split_group(vm: &mut Vm, eg: &Value, t: &Value) -> PyResult<(Value, Value)> {
    if eg.is_none() {
        return Ok((Value::None, Value::None));
    }
    if matches(vm, eg, t)? {
        let is_group = eg.class(vm).is_subtype(&vm.types.exc.base_exception_group);
        if is_group {
            return Ok((Value::None, eg.clone()));
        }
        // A naked exception that matches is wrapped in a group.
        let empty = vm.new_str("");
        let list = vm.new_tuple(vec![eg.clone()]);
        let group_type = vm.types.exc.base_exception_group.to_value();
        let wrapped = vm.call(&group_type, &[empty, list], &[])?;
        if let (Some(wd), Some(ed)) = (exc_data(&wrapped), exc_data(eg)) {
            *wd.traceback.borrow_mut() = ed.traceback.borrow().clone();
        }
        return Ok((Value::None, wrapped));
    }
    let is_group = eg.class(vm).is_subtype(&vm.types.exc.base_exception_group);
    if !is_group {
        return Ok((eg.clone(), Value::None));
    }
    let pair = vm.call_method_name(eg, "split", std::slice::from_ref(t))?;
    match pair.payload() {
        Some(Payload::Tuple(items)) if items.len() == 2 => Ok((items[1].clone(), items[0].clone())),
        _ => Err(vm.type_error("ExceptionGroup.split must return a 2-tuple")),
    }
}

/// Field `i` of an exception (None when unset).
pub fn field(v: &Value, i: usize) -> Value {
    match exc_data(v).and_then(|d| d.fields.borrow().get(i).cloned()) {
        Some(Value::Null) | None => Value::None,
        Some(f) => f,
    }
}

/// Field `i` of an exception, Null when never set.
pub fn field_raw(v: &Value, i: usize) -> Value {
    exc_data(v).and_then(|d| d.fields.borrow().get(i).cloned()).unwrap_or(Value::Null)
}

/// Sets field `i` of an exception.
pub fn set_field(v: &Value, i: usize, value: Value) {
    if let Some(d) = exc_data(v) {
        let mut f = d.fields.borrow_mut();
        if f.len() <= i {
            f.resize(i + 1, Value::Null);
        }
        f[i] = value;
    }
}

/// Records on an AttributeError the object and name (its `obj` and `name` attributes, which
/// the traceback printer uses for suggestions).
pub fn set_attribute_error_context(_vm: &Vm, err: &PyErr, obj: &Value, name: &ObjRef) {
    let e = Value::Obj(err.0.clone());
    set_field(&e, crate::runtime::objects::exception_kinds::ATTR_NAME, Value::Obj(name.clone()));
    set_field(&e, crate::runtime::objects::exception_kinds::ATTR_OBJ, obj.clone());
}

/// The note CPython 3.12 adds to an error raised by `__set_name__` during class creation.
pub fn add_note_set_name(vm: &mut Vm, err: &PyErr, value: &Value, name: &Value, cls: &TypeRef) {
    let t = crate::runtime::ops::type_name(vm, value);
    let n = crate::runtime::ops::repr(vm, name).ok().and_then(|r| crate::runtime::ops::repr::text_of(&r)).unwrap_or_default();
    let note = vm.new_str(&format!("Error calling __set_name__ on '{t}' instance {n} in '{}'", cls.name()));
    let exc = Value::Obj(err.0.clone());
    let _ = vm.call_method_name(&exc, "add_note", &[note]);
}
