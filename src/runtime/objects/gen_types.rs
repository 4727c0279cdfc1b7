//! The methods and attributes of `generator`, `coroutine`, `async_generator` and of the
//! awaitables that drive them (`coroutine_wrapper`, `async_generator_asend`,
//! `async_generator_athrow`): `send`, `throw`, `close`, iteration, `__await__`, `asend`,
//! `athrow`, `aclose`, the `gi_*`/`cr_*`/`ag_*` attributes, names and reprs.

use crate::runtime::object::Payload;
use crate::runtime::objects::async_gen::{self, AsyncOp};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::generator::{self as genr, FrameState, GenData, GenKind, Sent};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The type name of a generator kind (for messages).
fn type_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    }
}

/// The receiver of a method of the generator type of `kind`.
fn receiver<'a>(vm: &Vm, args: &'a CallArgs, kind: GenKind, method: &str) -> PyResult<&'a ObjRef> {
    let tn = type_name(kind);
    match args.pos().first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Generator(g) if g.kind == kind) => Ok(o),
        Some(other) => {
            let t = ops::type_name(vm, other);
            Err(vm.type_error(format!("descriptor '{method}' for '{tn}' objects doesn't apply to a '{t}' object")))
        }
        None => Err(vm.type_error(format!("unbound method {tn}.{method}() needs an argument"))),
    }
}

fn data(o: &ObjRef) -> &GenData {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => unreachable!("receivers are checked to be generators"),
    }
}

/// The arguments after the receiver, refusing keyword arguments.
fn rest<'a>(vm: &Vm, args: &'a CallArgs, qual: &str) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(&args.pos()[1..])
}

fn one_arg(vm: &Vm, args: &CallArgs, qual: &str) -> PyResult<Value> {
    match rest(vm, args, qual)? {
        [v] => Ok(v.clone()),
        other => Err(vm.type_error(format!("{qual}() takes exactly one argument ({} given)", other.len()))),
    }
}

fn no_args(vm: &Vm, args: &CallArgs, qual: &str) -> PyResult<()> {
    match rest(vm, args, qual)? {
        [] => Ok(()),
        other => Err(vm.type_error(format!("{qual}() takes no arguments ({} given)", other.len()))),
    }
}

/// A slot wrapper's check that it got no arguments.
fn slot_no_args(vm: &Vm, args: &CallArgs) -> PyResult<()> {
    let n = args.pos().len().saturating_sub(1) + args.kwnames.len();
    if n != 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

/// A step of a generator or coroutine as what `send`/`throw` return or raise.
fn result(vm: &Vm, kind: GenKind, r: PyResult<Sent>) -> PyResult<Value> {
    async_gen::as_result(vm, kind, r)
}

// ---- shared by the three generator types ----

fn gen_send(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "send")?;
    let v = one_arg(vm, &args, &format!("{}.send", type_name(kind)))?;
    let r = genr::send(vm, o, v);
    result(vm, kind, r)
}

fn gen_throw(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "throw")?;
    let a = rest(vm, &args, &format!("{}.throw", type_name(kind)))?;
    let ta = async_gen::throw_args(vm, "throw", a)?;
    let r = genr::throw(vm, o, true, &ta);
    result(vm, kind, r)
}

fn gen_close(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "close")?;
    no_args(vm, &args, &format!("{}.close", type_name(kind)))?;
    genr::close(vm, o).map(|_| Value::None)
}

fn gen_repr(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "__repr__")?;
    let q = data(o).qualname.borrow().clone();
    let q = ops::str_of(vm, &q)?;
    let q = ops::repr::text_of(&q).unwrap_or_default();
    let id = Value::Obj(o.clone()).id();
    Ok(vm.new_str(&format!("<{} object {q} at {id:#x}>", type_name(kind))))
}

fn gen_sizeof(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "__sizeof__")?;
    let g = data(o);
    let slots = g.code.nlocalsplus() + g.code.stacksize;
    Ok(Value::Int((std::mem::size_of::<GenData>() + 80 + slots * 8) as i64))
}

fn gen_del(vm: &mut Vm, args: CallArgs, kind: GenKind) -> PyResult<Value> {
    let o = receiver(vm, &args, kind, "__del__")?.clone();
    slot_no_args(vm, &args)?;
    crate::runtime::objects::gen_finalize::finalize(vm, &o);
    Ok(Value::None)
}

macro_rules! per_kind {
    ($($name:ident => $shared:ident, $kind:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
            $shared(vm, args, GenKind::$kind)
        })*
    };
}

per_kind! {
    generator_send => gen_send, Generator;
    generator_throw => gen_throw, Generator;
    generator_close => gen_close, Generator;
    generator_repr => gen_repr, Generator;
    generator_sizeof => gen_sizeof, Generator;
    generator_del => gen_del, Generator;
    coroutine_send => gen_send, Coroutine;
    coroutine_throw => gen_throw, Coroutine;
    coroutine_close => gen_close, Coroutine;
    coroutine_repr => gen_repr, Coroutine;
    coroutine_sizeof => gen_sizeof, Coroutine;
    coroutine_del => gen_del, Coroutine;
    async_generator_repr => gen_repr, AsyncGenerator;
    async_generator_sizeof => gen_sizeof, AsyncGenerator;
    async_generator_del => gen_del, AsyncGenerator;
}

fn generator_iter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::Generator, "__iter__")?;
    slot_no_args(vm, &args)?;
    Ok(Value::Obj(o.clone()))
}

fn generator_next(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::Generator, "__next__")?;
    slot_no_args(vm, &args)?;
    match genr::iternext(vm, o)? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn coroutine_await(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::Coroutine, "__await__")?;
    slot_no_args(vm, &args)?;
    Ok(async_gen::coro_wrapper(vm, o))
}

fn async_generator_aiter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::AsyncGenerator, "__aiter__")?;
    slot_no_args(vm, &args)?;
    Ok(Value::Obj(o.clone()))
}

fn async_generator_anext(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::AsyncGenerator, "__anext__")?.clone();
    slot_no_args(vm, &args)?;
    async_gen::anext(vm, &o)
}

fn async_generator_asend(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::AsyncGenerator, "asend")?.clone();
    let v = one_arg(vm, &args, "async_generator.asend")?;
    Ok(async_gen::asend(vm, &o, v))
}

fn async_generator_athrow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::AsyncGenerator, "athrow")?.clone();
    let a = rest(vm, &args, "async_generator.athrow")?.to_vec();
    if a.len() > 1 {
        crate::runtime::objects::gen_finalize::warn(
            vm,
            &vm.types.exc.deprecation_warning.clone(),
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        )?;
    }
    Ok(async_gen::athrow(vm, &o, Some(a)))
}

fn async_generator_aclose(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let o = receiver(vm, &args, GenKind::AsyncGenerator, "aclose")?.clone();
    no_args(vm, &args, "async_generator.aclose")?;
    Ok(async_gen::athrow(vm, &o, None))
}

fn async_generator_class_getitem(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [cls, item] = args.pos() else {
        return Err(vm.type_error("__class_getitem__() takes exactly one argument"));
    };
    let (cls, item) = (cls.clone(), item.clone());
    crate::runtime::objects::typing::generic_alias(vm, &cls, &item)
}

// ---- attributes ----

fn gen_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GenData> {
    match v.payload() {
        Some(Payload::Generator(g)) => Ok(g),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("descriptor for generator objects doesn't apply to a '{t}' object")))
        }
    }
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(vm, v)?.name.borrow().clone())
}

fn set_name(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let g = gen_of(vm, v)?;
    if !matches!(value.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *g.name.borrow_mut() = value;
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(vm, v)?.qualname.borrow().clone())
}

fn set_qualname(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let g = gen_of(vm, v)?;
    if !matches!(value.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *g.qualname.borrow_mut() = value;
    Ok(())
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let code = gen_of(vm, v)?.code.clone();
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(code)))
}

fn get_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(vm, v)?;
    Ok(genr::frame_object(vm, g))
}

fn get_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gen_of(vm, v)?.state.get() == FrameState::Executing))
}

fn get_suspended(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gen_of(vm, v)?.state.get() == FrameState::Suspended))
}

fn get_yieldfrom(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    gen_of(vm, v)?;
    Ok(v.as_obj().and_then(genr::delegate).unwrap_or(Value::None))
}

fn get_origin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // TODO: origins are recorded once sys.set_coroutine_origin_tracking_depth exists.
    gen_of(vm, v)?;
    Ok(Value::None)
}

fn get_ag_running(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gen_of(vm, v)?.running_async.get()))
}

// ---- the awaitables ----

fn op_receiver<'a>(vm: &Vm, args: &'a CallArgs, tn: &str, method: &str) -> PyResult<&'a AsyncOp> {
    let first = args.pos().first();
    match first.and_then(async_gen::async_op) {
        Some(op) if first.is_some_and(|f| ops::type_name(vm, f).as_ref() == tn) => Ok(op),
        _ => match first {
            Some(other) => {
                let t = ops::type_name(vm, other);
                Err(vm.type_error(format!("descriptor '{method}' for '{tn}' objects doesn't apply to a '{t}' object")))
            }
            None => Err(vm.type_error(format!("unbound method {tn}.{method}() needs an argument"))),
        },
    }
}

fn op_self(vm: &mut Vm, args: CallArgs, tn: &str, method: &str) -> PyResult<Value> {
    op_receiver(vm, &args, tn, method)?;
    slot_no_args(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn op_next(vm: &mut Vm, args: CallArgs, tn: &str) -> PyResult<Value> {
    let op = op_receiver(vm, &args, tn, "__next__")?;
    slot_no_args(vm, &args)?;
    async_gen::op_send(vm, op, None)
}

fn op_send(vm: &mut Vm, args: CallArgs, tn: &str) -> PyResult<Value> {
    let op = op_receiver(vm, &args, tn, "send")?;
    let v = one_arg(vm, &args, &format!("{tn}.send"))?;
    async_gen::op_send(vm, op, Some(v))
}

fn op_throw(vm: &mut Vm, args: CallArgs, tn: &str) -> PyResult<Value> {
    let op = op_receiver(vm, &args, tn, "throw")?;
    let a = rest(vm, &args, &format!("{tn}.throw"))?;
    async_gen::op_throw(vm, op, a)
}

fn op_close(vm: &mut Vm, args: CallArgs, tn: &str) -> PyResult<Value> {
    let op = op_receiver(vm, &args, tn, "close")?;
    no_args(vm, &args, &format!("{tn}.close"))?;
    async_gen::op_close(vm, op)
}

macro_rules! per_op_type {
    ($($name:ident => $shared:ident, $tn:literal $(, $method:literal)?;)*) => {
        $(fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
            $shared(vm, args, $tn $(, $method)?)
        })*
    };
}

per_op_type! {
    wrapper_iter => op_self, "coroutine_wrapper", "__iter__";
    wrapper_next => op_next, "coroutine_wrapper";
    wrapper_send => op_send, "coroutine_wrapper";
    wrapper_throw => op_throw, "coroutine_wrapper";
    wrapper_close => op_close, "coroutine_wrapper";
    asend_await => op_self, "async_generator_asend", "__await__";
    asend_iter => op_self, "async_generator_asend", "__iter__";
    asend_next => op_next, "async_generator_asend";
    asend_send => op_send, "async_generator_asend";
    asend_throw => op_throw, "async_generator_asend";
    asend_close => op_close, "async_generator_asend";
    athrow_await => op_self, "async_generator_athrow", "__await__";
    athrow_iter => op_self, "async_generator_athrow", "__iter__";
    athrow_next => op_next, "async_generator_athrow";
    athrow_send => op_send, "async_generator_athrow";
    athrow_throw => op_throw, "async_generator_athrow";
    athrow_close => op_close, "async_generator_athrow";
    anext_await => op_self, "anext_awaitable", "__await__";
    anext_iter => op_self, "anext_awaitable", "__iter__";
    anext_next => op_next, "anext_awaitable";
    anext_send => op_send, "anext_awaitable";
    anext_throw => op_throw, "anext_awaitable";
    anext_close => op_close, "anext_awaitable";
}

static ANEXT_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__await__", anext_await),
    MethodDef::slot("__iter__", anext_iter),
    MethodDef::slot("__next__", anext_next),
    MethodDef::method("send", anext_send),
    MethodDef::method("throw", anext_throw),
    MethodDef::method("close", anext_close),
];

const GETATTRIBUTE: MethodDef = MethodDef::slot("__getattribute__", ops::attr::object_getattribute);

static GENERATOR_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__repr__", generator_repr),
    MethodDef::slot("__iter__", generator_iter),
    MethodDef::slot("__next__", generator_next),
    MethodDef::slot("__del__", generator_del),
    MethodDef::method("send", generator_send),
    MethodDef::method("throw", generator_throw),
    MethodDef::method("close", generator_close),
    MethodDef::method("__sizeof__", generator_sizeof),
];

static COROUTINE_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__repr__", coroutine_repr),
    MethodDef::slot("__await__", coroutine_await),
    MethodDef::slot("__del__", coroutine_del),
    MethodDef::method("send", coroutine_send),
    MethodDef::method("throw", coroutine_throw),
    MethodDef::method("close", coroutine_close),
    MethodDef::method("__sizeof__", coroutine_sizeof),
];

static ASYNC_GENERATOR_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__repr__", async_generator_repr),
    MethodDef::slot("__aiter__", async_generator_aiter),
    MethodDef::slot("__anext__", async_generator_anext),
    MethodDef::slot("__del__", async_generator_del),
    MethodDef::method("asend", async_generator_asend),
    MethodDef::method("athrow", async_generator_athrow),
    MethodDef::method("aclose", async_generator_aclose),
    MethodDef::method("__sizeof__", async_generator_sizeof),
    MethodDef::classmethod("__class_getitem__", async_generator_class_getitem),
];

static WRAPPER_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__iter__", wrapper_iter),
    MethodDef::slot("__next__", wrapper_next),
    MethodDef::method("send", wrapper_send),
    MethodDef::method("throw", wrapper_throw),
    MethodDef::method("close", wrapper_close),
];

static ASEND_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__await__", asend_await),
    MethodDef::slot("__iter__", asend_iter),
    MethodDef::slot("__next__", asend_next),
    MethodDef::method("send", asend_send),
    MethodDef::method("throw", asend_throw),
    MethodDef::method("close", asend_close),
];

static ATHROW_METHODS: &[MethodDef] = &[
    GETATTRIBUTE,
    MethodDef::slot("__await__", athrow_await),
    MethodDef::slot("__iter__", athrow_iter),
    MethodDef::slot("__next__", athrow_next),
    MethodDef::method("send", athrow_send),
    MethodDef::method("throw", athrow_throw),
    MethodDef::method("close", athrow_close),
];

const NAME: GetSetDef = GetSetDef { name: "__name__", get: get_name, set: Some(set_name), doc: None };
const QUALNAME: GetSetDef = GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname), doc: None };

static GENERATOR_GETSETS: &[GetSetDef] = &[
    NAME,
    QUALNAME,
    GetSetDef { name: "gi_yieldfrom", get: get_yieldfrom, set: None, doc: None },
    GetSetDef { name: "gi_running", get: get_running, set: None, doc: None },
    GetSetDef { name: "gi_frame", get: get_frame, set: None, doc: None },
    GetSetDef { name: "gi_suspended", get: get_suspended, set: None, doc: None },
    GetSetDef { name: "gi_code", get: get_code, set: None, doc: None },
];

static COROUTINE_GETSETS: &[GetSetDef] = &[
    NAME,
    QUALNAME,
    GetSetDef { name: "cr_await", get: get_yieldfrom, set: None, doc: None },
    GetSetDef { name: "cr_running", get: get_running, set: None, doc: None },
    GetSetDef { name: "cr_frame", get: get_frame, set: None, doc: None },
    GetSetDef { name: "cr_code", get: get_code, set: None, doc: None },
    GetSetDef { name: "cr_suspended", get: get_suspended, set: None, doc: None },
    GetSetDef { name: "cr_origin", get: get_origin, set: None, doc: None },
];

static ASYNC_GENERATOR_GETSETS: &[GetSetDef] = &[
    NAME,
    QUALNAME,
    GetSetDef { name: "ag_await", get: get_yieldfrom, set: None, doc: None },
    GetSetDef { name: "ag_frame", get: get_frame, set: None, doc: None },
    GetSetDef { name: "ag_code", get: get_code, set: None, doc: None },
    GetSetDef { name: "ag_suspended", get: get_suspended, set: None, doc: None },
    GetSetDef { name: "ag_running", get: get_ag_running, set: None, doc: None },
];

fn add(vm: &mut Vm, t: &TypeRef, methods: &[MethodDef], getsets: &'static [GetSetDef]) {
    add_methods(vm, t, methods);
    add_getsets(vm, t, getsets);
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    add(vm, &t, GENERATOR_METHODS, GENERATOR_GETSETS);
    let t = vm.types.coroutine.clone();
    add(vm, &t, COROUTINE_METHODS, COROUTINE_GETSETS);
    let t = vm.types.async_generator.clone();
    add(vm, &t, ASYNC_GENERATOR_METHODS, ASYNC_GENERATOR_GETSETS);
    let t = vm.types.coroutine_wrapper.clone();
    add(vm, &t, WRAPPER_METHODS, &[]);
    let t = vm.types.async_gen_asend.clone();
    add(vm, &t, ASEND_METHODS, &[]);
    let t = vm.types.async_gen_athrow.clone();
    add(vm, &t, ATHROW_METHODS, &[]);
    let t = vm.types.anext_awaitable.clone();
    add(vm, &t, ANEXT_METHODS, &[]);
}
