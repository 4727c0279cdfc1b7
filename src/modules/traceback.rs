//! `_traceback` (under lib/traceback.py): the runtime's own report of an exception, so that
//! `traceback.format_exception` and friends print exactly what an uncaught exception prints.

use crate::runtime::builtins::args::one_arg;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn check_exception(vm: &mut Vm, v: &Value, who: &str) -> PyResult<()> {
    if crate::runtime::objects::exception::exc_data(v).is_none() {
        let t = crate::runtime::ops::type_name(vm, v);
        return Err(vm.type_error(format!("{who}(): Exception expected for value, {t} found")));
    }
    Ok(())
}

/// `format_exception(exc)`: the whole report (chain, traceback, last line) as one str.
fn format_exception(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let exc = one_arg(vm, &args, "format_exception")?.clone();
    check_exception(vm, &exc, "format_exception")?;
    let text = crate::runtime::traceback::format_exception(vm, &exc);
    Ok(vm.new_str(&text))
}

/// `format_exception_only(exc)`: the last line(s) of the report.
fn format_exception_only(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let exc = one_arg(vm, &args, "format_exception_only")?.clone();
    check_exception(vm, &exc, "format_exception_only")?;
    let text = crate::runtime::traceback::format_exception_only(vm, &exc);
    Ok(vm.new_str(&text))
}

/// `format_entry(tb)`: the lines of one traceback entry.
fn format_entry(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let tb = one_arg(vm, &args, "format_entry")?.clone();
    let text = crate::runtime::traceback::format_traceback_entry(vm, &tb);
    Ok(vm.new_str(&text))
}

/// `source_line(filename, lineno)`: that line of a source file (as the report shows it), or
/// "" when it cannot be read.
fn source_line(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = crate::runtime::builtins::args::unpack(vm, &args, "source_line", 2, 2)?;
    let name = crate::runtime::ops::repr::text_of(&a[0]).unwrap_or_default();
    let n = crate::runtime::builtins::args::index_arg(vm, &a[1])?;
    let line = i32::try_from(n).ok().and_then(|n| crate::runtime::traceback::source_line(vm, &name, n));
    Ok(vm.new_str(&line.map(|l| l + "\n").unwrap_or_default()))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("source_line", source_line),
    MethodDef::function("format_exception", format_exception),
    MethodDef::function("format_exception_only", format_exception_only),
    MethodDef::function("format_entry", format_entry),
];

/// The `_traceback` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    Ok(super::new_module(vm, "_traceback", FUNCTIONS))
}
