//! `gc`: the garbage collector interface. pyrs frees objects by reference counting alone and
//! has no cycle collector yet, so `collect()` can reclaim nothing that reference counting has
//! not: it runs the finalizers that are due, calls `gc.callbacks`, counts the collection in
//! `get_stats()` and returns 0 (no unreachable objects found). The enabled flag and the
//! thresholds are kept and reported but trigger nothing.

use std::cell::Cell;

use crate::runtime::builtins::args::Signature;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::seq_args as sa;
use crate::runtime::ops;
use crate::runtime::types::flags;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const DOC: &str = "Interface to the garbage collector.\n\n\
pyrs frees objects by reference counting and has no cycle collector: objects in reference \
cycles are not reclaimed before exit. collect() runs the finalizers that are due, calls the \
functions in gc.callbacks and returns 0, the number of unreachable objects it found. The \
enabled flag and the thresholds are recorded but start no automatic collection.";

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLDS: Cell<[i64; 3]> = const { Cell::new([700, 10, 10]) };
    static COLLECTIONS: Cell<[i64; 3]> = const { Cell::new([0, 0, 0]) };
}

const DEFS: &[MethodDef] = &[
    MethodDef::function("enable", enable),
    MethodDef::function("disable", disable),
    MethodDef::function("isenabled", isenabled),
    MethodDef::function("collect", collect),
    MethodDef::function("get_threshold", get_threshold),
    MethodDef::function("set_threshold", set_threshold),
    MethodDef::function("get_stats", get_stats),
    MethodDef::function("is_tracked", is_tracked),
    MethodDef::function("is_finalized", is_finalized),
];

/// The `gc` module.
pub fn create(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "gc", DEFS);
    let doc = vm.new_str(DOC);
    super::set_attr(vm, &m, "__doc__", doc);
    let garbage = vm.new_list(Vec::new());
    super::set_attr(vm, &m, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    super::set_attr(vm, &m, "callbacks", callbacks);
    m
}

fn no_args(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    if !args.pos().is_empty() || args.has_kwargs() {
        let n = args.pos().len() + args.kwnames.len();
        return Err(vm.type_error(format!("gc.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn one_arg<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    sa::no_kwargs(vm, args, name)?;
    match args.pos() {
        [x] => Ok(x),
        a => Err(vm.type_error(format!("gc.{name}() takes exactly one argument ({} given)", a.len()))),
    }
}

fn enable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "enable")?;
    ENABLED.with(|e| e.set(true));
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "disable")?;
    ENABLED.with(|e| e.set(false));
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "isenabled")?;
    Ok(Value::Bool(ENABLED.with(Cell::get)))
}

static COLLECT_SIG: Signature = Signature { name: "collect", params: &["generation"], required: 0, positional_only: 0, keyword_only: 1 };

/// Calls each of `gc.callbacks` with `phase` and the collection's info dict; an exception from
/// one is reported as unraisable and the others still run.
fn run_callbacks(vm: &mut Vm, phase: &str, generation: i64) -> PyResult<()> {
    let module = crate::runtime::import::import_module(vm, "gc")?;
    let callbacks = ops::getattr(vm, &module, &vm.intern("callbacks"))?;
    if !matches!(callbacks.payload(), Some(Payload::List(_))) {
        return Ok(());
    }
    let list = sa::collect(vm, &callbacks)?;
    if list.is_empty() {
        return Ok(());
    }
    let info = vm.new_dict();
    for (k, v) in [("generation", generation), ("collected", 0), ("uncollectable", 0)] {
        crate::runtime::objects::dict::dict_set_str(vm, &info, vm.intern(k), Value::Int(v));
    }
    let info = Value::Obj(info);
    let phase = vm.new_str(phase);
    for cb in list {
        if let Err(e) = vm.call(&cb, &[phase.clone(), info.clone()], &[]) {
            let text = match ops::repr(vm, &cb) {
                Ok(r) => ops::repr::text_of(&r).unwrap_or_default(),
                Err(_) => "<object repr() failed>".to_string(),
            };
            crate::runtime::stdio::write_stderr(vm, &format!("Exception ignored in garbage collection callback: {text}\n"));
            let exc = Value::Obj(e.0.clone());
            crate::runtime::traceback::print_exception(vm, &exc);
        }
    }
    Ok(())
}

fn collect(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = COLLECT_SIG.bind(vm, &args)?;
    let generation = match &a[0] {
        None => 2,
        Some(v) => sa::index_i64(vm, v)?,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    run_callbacks(vm, "start", generation)?;
    crate::runtime::finalize::run_pending(vm);
    COLLECTIONS.with(|c| {
        let mut n = c.get();
        n[generation as usize] += 1;
        c.set(n);
    });
    run_callbacks(vm, "stop", generation)?;
    Ok(Value::Int(0))
}

fn get_threshold(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "get_threshold")?;
    let t = THRESHOLDS.with(Cell::get);
    Ok(vm.new_tuple(t.iter().map(|&x| Value::Int(x)).collect()))
}

fn set_threshold(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    sa::no_kwargs(vm, &args, "set_threshold")?;
    let a = args.pos();
    if a.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({} given)", a.len())));
    }
    let mut t = THRESHOLDS.with(Cell::get);
    for (i, v) in a.iter().enumerate() {
        let n = sa::index_i64(vm, v)?;
        if i32::try_from(n).is_err() {
            let what = if n < 0 { "less than minimum" } else { "greater than maximum" };
            return Err(vm.overflow_error(format!("signed integer is {what}")));
        }
        t[i] = n;
    }
    THRESHOLDS.with(|c| c.set(t));
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    no_args(vm, &args, "get_stats")?;
    let counts = COLLECTIONS.with(Cell::get);
    let mut out = Vec::new();
    for n in counts {
        let d = vm.new_dict();
        for (k, v) in [("collections", n), ("collected", 0), ("uncollectable", 0)] {
            crate::runtime::objects::dict::dict_set_str(vm, &d, vm.intern(k), Value::Int(v));
        }
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

/// Whether CPython's collector tracks `v`: objects of the atomic builtin types (numbers,
/// strings, bytes, None, ranges, code, plain `object()`s, builtin classes) are never tracked;
/// a dict only while it holds a tracked key or value, a tuple only when it holds a tracked item
/// (as after a collection); every other object is.
fn tracked(v: &Value, depth: usize) -> bool {
    let Value::Obj(o) = v else { return false };
    let cls = o.class_ref();
    if cls.has_flag(flags::HEAPTYPE) {
        return true;
    }
    if depth > 500 {
        return true;
    }
    match &o.payload {
        Payload::Type(_) => return v.as_obj().and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone())).is_some_and(|t| t.has_flag(flags::HEAPTYPE)),
        Payload::Tuple(items) => return items.iter().any(|x| tracked(x, depth + 1)),
        Payload::Dict(d) => return d.borrow().items().any(|(k, x)| tracked(k, depth + 1) || tracked(x, depth + 1)),
        _ => {}
    }
    let name = cls.name();
    !matches!(
        &*name,
        "int"
            | "bool"
            | "float"
            | "complex"
            | "str"
            | "bytes"
            | "bytearray"
            | "NoneType"
            | "NotImplementedType"
            | "ellipsis"
            | "range"
            | "range_iterator"
            | "longrange_iterator"
            | "code"
            | "object"
    )
}

fn is_tracked(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = one_arg(vm, &args, "is_tracked")?;
    Ok(Value::Bool(tracked(x, 0)))
}

fn is_finalized(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = one_arg(vm, &args, "is_finalized")?;
    Ok(Value::Bool(match x {
        Value::Obj(o) => vm.finalizers.is_finalized(o),
        _ => false,
    }))
}
