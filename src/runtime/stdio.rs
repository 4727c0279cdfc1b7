//! The standard streams as the runtime writes them: text goes to `sys.stdout`/`sys.stderr`
//! (any object with `write()`), straight into the buffers of pyrs's own file objects when they
//! are those; stderr output falls back to descriptor 2 when `sys.stderr` is missing or fails.

use std::io::Write;

use crate::runtime::object::Payload;
use crate::runtime::objects::str::PyString;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The native text file behind a value, when it is exactly a `TextIOWrapper` of pyrs.
fn native_text(vm: &Vm, v: &Value) -> Option<()> {
    let o = v.as_obj()?;
    if !o.class_ref().ptr_eq(&vm.types.text_io_wrapper) {
        return None;
    }
    matches!(&o.payload, Payload::File(_)).then_some(())
}

/// Writes a str object to a file-like object (`file.write(s)`).
pub fn write_value(vm: &mut Vm, file: &Value, s: &Value) -> PyResult<()> {
    if native_text(vm, file).is_some()
        && let (Some(Payload::File(f)), Some(Payload::Str(ps))) = (file.payload(), s.payload())
    {
        crate::runtime::io::write_text(vm, f, ps, s.as_obj())?;
        return Ok(());
    }
    vm.call_method_name(file, "write", std::slice::from_ref(s))?;
    Ok(())
}

/// Writes text to a file-like object; `file` None means `sys.stdout` (nothing is written when
/// that is None, as `print` does).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let target = if file.is_none() {
        crate::modules::sys::stdout(vm)
    } else {
        file.clone()
    };
    if target.is_none() {
        return Ok(());
    }
    if native_text(vm, &target).is_some()
        && let Some(Payload::File(f)) = target.payload()
    {
        crate::runtime::io::write_text(vm, f, &PyString::new(text), None)?;
        return Ok(());
    }
    let s = vm.new_str(text);
    vm.call_method_name(&target, "write", &[s])?;
    Ok(())
}

/// Flushes a file-like object (`sys.stdout` when `file` is None).
pub fn flush_to(vm: &mut Vm, file: &Value) -> PyResult<()> {
    let target = if file.is_none() {
        crate::modules::sys::stdout(vm)
    } else {
        file.clone()
    };
    if target.is_none() {
        return Ok(());
    }
    vm.call_method_name(&target, "flush", &[])?;
    Ok(())
}

/// Text to `sys.stderr` (the traceback printer), or to descriptor 2 if that fails.
pub fn write_stderr(vm: &mut Vm, text: &str) {
    let target = crate::modules::sys::stderr(vm);
    if !target.is_none() && write_to(vm, &target, text).is_ok() {
        let _ = flush_to(vm, &target);
        return;
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Flushes `sys.stdout` and `sys.stderr` (at exit and before the interactive prompt).
pub fn flush_std_streams(vm: &mut Vm) {
    for target in [
        crate::modules::sys::stdout(vm),
        crate::modules::sys::stderr(vm),
    ] {
        if !target.is_none() {
            let _ = vm.call_method_name(&target, "flush", &[]);
        }
    }
}

/// Prints a warning as the `warnings` module's default format does:
/// `file:line: Category: message` and the source line.
pub fn warn(vm: &mut Vm, category: &str, msg: &str) {
    let (file, line) = match vm.current_frame() {
        Some(f) => (
            crate::runtime::ops::repr::text_of(&Value::Obj(f.code.filename.clone()))
                .unwrap_or_default(),
            f.lineno().unwrap_or(0),
        ),
        None => ("sys".to_string(), 1),
    };
    let mut out = format!("{file}:{line}: {category}: {msg}\n");
    if let Some(src) = crate::runtime::traceback::source_line(vm, &file, line) {
        let s = src.trim();
        if !s.is_empty() {
            out.push_str(&format!("  {s}\n"));
        }
    }
    write_stderr(vm, &out);
}
