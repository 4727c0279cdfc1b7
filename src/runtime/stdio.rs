//! The standard streams as the runtime writes them: `print` and the traceback printer write to
//! `sys.stdout`/`sys.stderr` when those are Python objects, else straight to the process's
//! streams (buffered, flushed at exit and before stderr output).

use std::io::Write;

use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Writes text to a file-like object, or to the process's stdout when `file` is None.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if file.is_none() {
        let target = crate::modules::sys::stdout(vm);
        if !target.is_none() {
            return write_to(vm, &target, text);
        }
        let mut out = std::io::stdout().lock();
        return out.write_all(text.as_bytes()).map_err(|e| io_error(vm, &e));
    }
    if crate::modules::sys::is_native_stream(vm, file, 1) {
        let mut out = std::io::stdout().lock();
        return out.write_all(text.as_bytes()).map_err(|e| io_error(vm, &e));
    }
    if crate::modules::sys::is_native_stream(vm, file, 2) {
        let _ = std::io::stdout().flush();
        let mut err = std::io::stderr().lock();
        return err.write_all(text.as_bytes()).map_err(|e| io_error(vm, &e));
    }
    let s = vm.new_str(text);
    vm.call_method_name(file, "write", &[s])?;
    Ok(())
}

/// Flushes a file-like object (or stdout).
pub fn flush_to(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if file.is_none() || crate::modules::sys::is_native_stream(vm, file, 1) || crate::modules::sys::is_native_stream(vm, file, 2) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        return Ok(());
    }
    vm.call_method_name(file, "flush", &[])?;
    Ok(())
}

/// Text to stderr (the traceback printer), through `sys.stderr`.
pub fn write_stderr(vm: &mut Vm, text: &str) {
    let target = crate::modules::sys::stderr(vm);
    if !target.is_none() && !crate::modules::sys::is_native_stream(vm, &target, 2) {
        if write_to(vm, &target, text).is_ok() {
            return;
        }
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

fn io_error(vm: &Vm, e: &std::io::Error) -> crate::runtime::vm::PyErr {
    vm.new_error(&vm.types.exc.os_error, format!("[Errno {}] {}", e.raw_os_error().unwrap_or(0), crate::cli::errno_text(e)))
}
