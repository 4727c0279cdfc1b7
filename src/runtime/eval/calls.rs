//! Calls and function creation in the loop: CALL (with KW_NAMES), CALL_FUNCTION_EX,
//! MAKE_FUNCTION, LOAD_BUILD_CLASS, and the import instructions.

use std::cell::RefCell;

use crate::bytecode::opcode::{Op, make_function as mf};
use crate::bytecode::code::flags as co_flags;
use crate::runtime::call::{binds_positionally, install_closure, make_frame};
use crate::runtime::frame::{Frame, OnReturn};
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_get_str};
use crate::runtime::objects::function::{CallArgs, Function};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{LoopStrategy, fr, pop, push, top};

/// What a call instruction did.
pub(super) enum Called {
    /// The call is over; its result is on the caller's stack.
    Done,
    /// A Python function's frame for the loop to run in place of its caller (engines with
    /// `INLINE_CALLS`); its result goes onto the caller's stack when it returns.
    Push(Box<Frame>),
}

/// Runs a Python function's new frame: in the caller's loop (`Called::Push`) or by recursion.
#[inline(always)]
fn enter<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, frame: Box<Frame>) -> PyResult<Called> {
    enter_python_call(raw);
    if E::INLINE_CALLS {
        return Ok(Called::Push(frame));
    }
    let v = E::default().run_frame(vm, frame)?;
    push(raw, v);
    Ok(Called::Done)
}

/// CALL argc: `[method or NULL, callable or self, args...]` → result.
pub(super) fn call<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, argc: u32, kwnames: Option<Value>) -> PyResult<Called> {
    let argc = argc as usize;
    {
        // A bound method object called as `f(...)`: its function and receiver take the two
        // slots, as for a method call, so that no argument vector is built for it.
        let s = &mut fr!(raw).stack;
        let base = s.len() - argc - 2;
        if s[base].is_null()
            && let Value::Obj(o) = &s[base + 1]
            && let Payload::BoundMethod { func, receiver } = &o.payload
        {
            let (func, receiver) = (func.clone(), receiver.clone());
            s[base] = func;
            s[base + 1] = receiver;
        }
    }
    if kwnames.is_none()
        && let Some(r) = call_python_positional::<E>(vm, raw, argc)
    {
        return r;
    }
    let kw: &[Value] = match &kwnames {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => t,
            _ => &[],
        },
        _ => &[],
    };
    let s = &fr!(raw).stack;
    let base = s.len() - argc - 2;
    let at = if s[base].is_null() { base + 1 } else { base };
    let callable = s[at].clone();
    let nargs = s.len() - at - 1;
    // SAFETY: the arguments stay on this frame's value stack, which nothing touches while the
    // callee runs (the callee has its own frame; this one is suspended in this instruction).
    // The stack is cut back only after the call has returned.
    let args: &[Value] = unsafe { std::slice::from_raw_parts(s.as_ptr().add(at + 1), nargs) };
    if let Value::Obj(o) = &callable
        && let Payload::Function(f) = &o.payload
    {
        let frame = make_frame(vm, o, f, args, kw);
        fr!(raw).stack.truncate(base);
        return enter::<E>(vm, raw, frame?);
    }
    // A class whose call is making an instance and running its Python `__init__`: the
    // `__init__` frame runs in this loop too, the instance waiting as the call's value.
    if E::INLINE_CALLS
        && let Value::Obj(o) = &callable
        && o.class_is(&vm.types.type_)
        && let Some(cls) = crate::runtime::types::TypeRef::from_obj(o.clone())
        && let Some((init, obj)) = crate::runtime::types::class::plain_init(vm, &cls)
        && let Payload::Function(f) = &init.payload
    {
        let frame = crate::runtime::call::with_prepended(&obj, args, |full| make_frame(vm, &init, f, full, kw));
        fr!(raw).stack.truncate(base);
        let mut frame = frame?;
        frame.on_return = OnReturn::Instance;
        push(raw, obj);
        enter_python_call(raw);
        return Ok(Called::Push(frame));
    }
    // An instance of a class with a Python `__call__`: its frame runs in this loop.
    if E::INLINE_CALLS
        && let Value::Obj(o) = &callable
        && o.class_has_flag(crate::runtime::types::flags::HEAPTYPE)
        && !matches!(o.payload, Payload::Type(_))
        && let Some(call) = ops::python_method(vm, &callable.class(vm), &vm.names.__call__)
        && let Payload::Function(f) = &call.payload
    {
        crate::runtime::finalize::run_due(vm);
        let frame = crate::runtime::call::with_prepended(&callable, args, |full| make_frame(vm, &call, f, full, kw));
        fr!(raw).stack.truncate(base);
        enter_python_call(raw);
        return Ok(Called::Push(frame?));
    }
    // A class statement (`__build_class__`): its body runs in this loop too, and the class is
    // made when it returns.
    if E::INLINE_CALLS
        && let Value::Obj(o) = &callable
        && let Payload::BuiltinFunction(b) = &o.payload
        && std::ptr::fn_addr_eq(b.func, crate::runtime::types::class::build_class as crate::runtime::objects::function::NativeFn)
    {
        crate::runtime::finalize::run_due(vm);
        let prepared = crate::runtime::types::class::prepare_class(vm, CallArgs { args, kwnames: kw });
        fr!(raw).stack.truncate(base);
        let (mut frame, body) = prepared?;
        frame.on_return = OnReturn::Then(Box::new(move |vm, cell| body.finish(vm, cell)));
        return Ok(Called::Push(frame));
    }
    let r = vm.call(&callable, args, kw);
    fr!(raw).stack.truncate(base);
    push(raw, r?);
    Ok(Called::Done)
}

/// While a CALL runs a Python function's frame, the caller's last instruction is the CALL's
/// last cache unit, as in CPython 3.12 (which skips the caches before it enters the callee):
/// what `tb_lasti` and `f_lasti` show of the caller.
#[inline]
fn enter_python_call(raw: *mut Frame) {
    fr!(raw).lasti += Op::CALL.caches();
}

/// The common case of CALL, without allocating: a Python function (or method, with its `self`
/// on the stack) called with positional arguments that bind one to one, the parameters left
/// over taking their defaults. The arguments move from the caller's stack into the callee's
/// fast locals. None when the call is not of that kind (the stack is then untouched).
#[inline]
fn call_python_positional<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, argc: usize) -> Option<PyResult<Called>> {
    let s = &fr!(raw).stack;
    let base = s.len().checked_sub(argc + 2)?;
    let (at, nargs) = if s[base].is_null() { (base + 1, argc) } else { (base, argc + 1) };
    let Value::Obj(func_obj) = &s[at] else { return None };
    let Payload::Function(f) = &func_obj.payload else { return None };
    let defaults = if binds_positionally(f, nargs) {
        None
    } else {
        Some(positional_defaults(f, nargs)?)
    };
    let func_obj = func_obj.clone();
    let Payload::Function(f) = &func_obj.payload else { return None };
    let s = &mut fr!(raw).stack;
    let first = s.len() - nargs;
    let mut frame = Frame::pooled_with_args(vm, f.code.clone(), f.globals.clone(), f.builtins.clone(), s, first);
    s.truncate(base);
    if let Some(d) = defaults
        && let Payload::Tuple(t) = &d.payload
    {
        let argcount = f.code.argcount;
        let missing = argcount - nargs;
        frame.localsplus[nargs..argcount].clone_from_slice(&t[t.len() - missing..]);
    }
    install_closure(&mut frame, f);
    frame.func = Some(func_obj);
    Some(enter::<E>(vm, raw, frame))
}

/// The defaults tuple of `f` when a call with `nargs` positional arguments (fewer than its
/// positional parameters) binds them one to one and the defaults fill the rest.
#[inline]
fn positional_defaults(f: &Function, nargs: usize) -> Option<crate::runtime::value::ObjRef> {
    let code = &f.code;
    if nargs >= code.argcount || code.kwonlyargcount != 0 || code.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) != 0 {
        return None;
    }
    match &*f.defaults.borrow() {
        Value::Obj(o) if let Payload::Tuple(t) = &o.payload && t.len() >= code.argcount - nargs => Some(o.clone()),
        _ => None,
    }
}

/// CALL_FUNCTION_EX: `f(*args)` or `f(*args, **kwargs)`.
pub(super) fn call_function_ex<E: LoopStrategy>(vm: &mut Vm, raw: *mut Frame, arg: u32) -> PyResult<Called> {
    let kwargs = if arg & 1 != 0 { pop(raw) } else { Value::None };
    let callargs = pop(raw);
    let func = pop(raw);
    pop(raw);
    let mut args = match callargs.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => match super::build::collect(vm, &callargs) {
            Ok(items) => items,
            Err(e) => {
                if vm.err_is(&e, &vm.types.exc.type_error.clone()) && ops::iter(vm, &callargs).is_err() {
                    let fname = crate::runtime::builtins::func_desc(vm, &func);
                    let t = ops::type_name(vm, &callargs);
                    return Err(vm.type_error(format!("{fname} argument after * must be an iterable, not {t}")));
                }
                return Err(e);
            }
        },
    };
    let mut kwnames = Vec::new();
    if let Some(Payload::Dict(d)) = kwargs.payload() {
        let items: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            if !super::is_str(&k) {
                return Err(vm.type_error("keywords must be strings"));
            }
            kwnames.push(k);
            args.push(v);
        }
    }
    if E::INLINE_CALLS
        && let Value::Obj(o) = &func
        && let Payload::Function(f) = &o.payload
    {
        let frame = make_frame(vm, o, f, &args, &kwnames)?;
        return Ok(Called::Push(frame));
    }
    let r = vm.call(&func, &args, &kwnames)?;
    push(raw, r);
    Ok(Called::Done)
}

/// MAKE_FUNCTION flags: `[defaults] [kwdefaults] [annotations] [closure] code` → function.
pub(super) fn make_function(vm: &mut Vm, raw: *mut Frame, flags: u32) -> PyResult<()> {
    let code_obj = pop(raw);
    let closure = if flags & mf::CLOSURE != 0 { Some(pop(raw)) } else { None };
    let annotations = if flags & mf::ANNOTATIONS != 0 { pop(raw) } else { Value::None };
    let kwdefaults = if flags & mf::KWDEFAULTS != 0 { pop(raw) } else { Value::None };
    let defaults = if flags & mf::DEFAULTS != 0 { pop(raw) } else { Value::None };
    let Some(Payload::Code(code)) = code_obj.payload() else {
        return Err(vm.system_error("MAKE_FUNCTION without a code object"));
    };
    let code = code.clone();
    let (globals, builtins) = {
        let f = fr!(raw);
        (f.globals.clone(), f.builtins.clone())
    };
    let closure = closure.and_then(|c| match c.payload() {
        Some(Payload::Tuple(t)) => Some(t.clone()),
        _ => None,
    });
    let doc = match code.consts.first() {
        Some(v) if super::is_str(v) => v.clone(),
        _ => Value::None,
    };
    let module = dict_get_str(vm, &globals, &vm.names.__name__).unwrap_or(Value::None);
    let func = Function {
        name: RefCell::new(Value::Obj(code.name.clone())),
        qualname: RefCell::new(Value::Obj(code.qualname.clone())),
        code,
        globals,
        builtins,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        annotations: RefCell::new(annotations),
        module: RefCell::new(module),
        doc: RefCell::new(doc),
        type_params: RefCell::new(Value::Null),
    };
    let f = vm.new_object(vm.types.function.clone(), Payload::Function(Box::new(func)));
    push(raw, f);
    Ok(())
}

/// LOAD_BUILD_CLASS: pushes `builtins.__build_class__`.
pub(super) fn load_build_class(vm: &mut Vm, raw: *mut Frame) -> PyResult<()> {
    let builtins = fr!(raw).builtins.clone();
    let Payload::Dict(d) = &builtins.payload else { return Err(vm.name_error("__build_class__ not found")) };
    let key = Value::Obj(vm.names.__build_class__.clone());
    match Dict::get_item(d, vm, &key)? {
        Some(v) => {
            push(raw, v);
            Ok(())
        }
        None => Err(vm.name_error("__build_class__ not found")),
    }
}

/// IMPORT_NAME and IMPORT_FROM.
pub(super) fn import(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    let name = fr!(raw).code.names[arg as usize].clone();
    match op {
        Op::IMPORT_NAME => {
            let fromlist = pop(raw);
            let level = pop(raw);
            let (globals, locals) = {
                let f = fr!(raw);
                (f.globals.clone(), f.locals.clone())
            };
            let m = crate::runtime::import::import_name(vm, &name, &globals, locals, &fromlist, &level)?;
            push(raw, m);
            Ok(())
        }
        Op::IMPORT_FROM => {
            let module = top(raw);
            let v = crate::runtime::import::import_from(vm, &module, &name)?;
            push(raw, v);
            Ok(())
        }
        _ => Err(vm.system_error("unexpected import opcode")),
    }
}
