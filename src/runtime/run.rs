//! Running a program: the `__main__` module, executing its code object, and turning the outcome
//! into an exit status: SystemExit's code (masked to a byte, a non-integer code printed to
//! stderr), an uncaught exception reported through `sys.excepthook` (status 1), or an
//! uncaught KeyboardInterrupt (the process then dies by SIGINT, as CPython's does).

use std::sync::Arc;

use crate::bytecode::code::CodeObject;
use crate::machine::Engine;
use crate::runtime::frame::Frame;
use crate::runtime::object::{ModuleData, Object, Payload};
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// The status `run_main` returns for an uncaught KeyboardInterrupt: the caller ends the process
/// by SIGINT (`signals::die_by_sigint`).
pub const STATUS_SIGINT: i32 = -1;

/// A new module object named `name`, with its dict (`__name__`, `__doc__`, `__package__`,
/// `__loader__`, `__spec__`).
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let m = Object::new_rc(vm.types.module.clone(), Payload::Module(ModuleData { name: std::rc::Rc::from(name) }));
    let d = vm.new_dict();
    dict_set_str(vm, &d, vm.names.__name__.clone(), vm.new_str(name));
    dict_set_str(vm, &d, vm.names.__doc__.clone(), Value::None);
    dict_set_str(vm, &d, vm.names.__package__.clone(), Value::None);
    dict_set_str(vm, &d, vm.intern("__loader__"), Value::None);
    dict_set_str(vm, &d, vm.names.__spec__.clone(), Value::None);
    *m.dict.borrow_mut() = Some(d);
    m
}

/// Runs a module-level code object in `module`'s namespace.
pub fn exec_module_code(vm: &mut Vm, code: &Arc<CodeObject>, module: &ObjRef) -> PyResult<Value> {
    let globals = module.dict.borrow().clone().unwrap_or_else(|| vm.new_dict());
    let code = crate::runtime::code::load(vm, code)?;
    let frame = Frame::new(code, globals.clone(), vm.builtins_dict.clone(), Some(Value::Obj(globals)));
    let engine = vm.engine;
    engine.run_frame(vm, frame)
}

/// The `__main__` module (made and registered in `sys.modules` on first use), with
/// `__builtins__` and, for a file, `__file__`.
pub fn main_module(vm: &mut Vm, file: Option<&str>) -> ObjRef {
    let key = vm.names.__main__.clone();
    if let Some(Value::Obj(m)) = crate::runtime::objects::dict::dict_get_str(vm, &vm.modules.clone(), &key) {
        if matches!(m.payload, Payload::Module(_)) {
            return m;
        }
    }
    let main = new_module(vm, "__main__");
    if let Some(d) = main.dict.borrow().clone() {
        dict_set_str(vm, &d, vm.names.__builtins__.clone(), Value::Obj(vm.builtins.clone()));
        if let Some(f) = file {
            dict_set_str(vm, &d, vm.names.__file__.clone(), vm.new_str(f));
        }
    }
    let modules = vm.modules.clone();
    dict_set_str(vm, &modules, key, Value::Obj(main.clone()));
    main
}

/// Runs a program's code as `__main__`; returns the process exit status (or `STATUS_SIGINT`).
pub fn run_main(vm: &mut Vm, code: &Arc<CodeObject>, file: Option<&str>) -> i32 {
    crate::runtime::signals::install();
    let main = main_module(vm, file);
    let r = exec_module_code(vm, code, &main);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    crate::runtime::finalize::run_atexit(vm);
    crate::runtime::objects::gen_finalize::clear_main_at_exit(vm, &main);
    crate::runtime::finalize::shutdown(vm);
    crate::runtime::stdio::flush_std_streams(vm);
    status
}

/// Runs `-m name` as `__main__`; returns the process exit status. Nothing to run is reported
/// after the executable's path, with status 1, as CPython does.
pub fn run_module_main(vm: &mut Vm, name: &str) -> i32 {
    crate::runtime::signals::install();
    let status = match crate::import::run_module_as_main(vm, name) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => handle_uncaught(vm, e),
        Err(msg) => {
            let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "pyrs".into());
            crate::runtime::stdio::write_stderr(vm, &format!("{exe}: {msg}\n"));
            1
        }
    };
    let main = main_module(vm, None);
    crate::runtime::finalize::run_atexit(vm);
    crate::runtime::objects::gen_finalize::clear_main_at_exit(vm, &main);
    crate::runtime::finalize::shutdown(vm);
    crate::runtime::stdio::flush_std_streams(vm);
    status
}

/// The exit status of `SystemExit(code)`: None is 0, an int is its low byte, anything else is
/// printed to stderr and gives 1.
pub fn system_exit_status(vm: &mut Vm, exc: &Value) -> i32 {
    let code_name = vm.intern("code");
    let code = match ops::getattr(vm, exc, &code_name) {
        Ok(c) => c,
        Err(_) => {
            let args = crate::runtime::objects::exception::exc_data(exc).map(|d| d.args.borrow().clone());
            match args.as_ref().and_then(|a| a.payload()) {
                Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
                Some(Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
                _ => args.unwrap_or(Value::None),
            }
        }
    };
    match code {
        Value::None => 0,
        Value::Int(i) => (i & 0xff) as i32,
        Value::Bool(b) => b as i32,
        Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
            let low = code.to_bigint().map(|b| b & num_bigint::BigInt::from(0xff)).unwrap_or_default();
            num_traits::ToPrimitive::to_i32(&low).unwrap_or(1)
        }
        other => {
            crate::runtime::stdio::flush_to(vm, &Value::None).ok();
            let text = match ops::str_of(vm, &other) {
                Ok(s) => ops::repr::text_of(&s).unwrap_or_default(),
                Err(_) => String::new(),
            };
            crate::runtime::stdio::write_stderr(vm, &format!("{text}\n"));
            1
        }
    }
}

/// Reports an exception that reached the top through `sys.excepthook` (the native printer by
/// default; a replaced hook that fails is reported with the original exception).
pub fn report_exception(vm: &mut Vm, exc: &Value) {
    let hook = crate::modules::sys::get(vm, "excepthook");
    match hook {
        Some(h) if !crate::modules::sys::is_native(vm, &h, "excepthook") => {
            let t = exc.class(vm).to_value();
            let tb = crate::runtime::objects::exception::traceback_of(vm, exc);
            if let Err(e) = vm.call(&h, &[t, exc.clone(), tb], &[]) {
                let hook_exc = Value::Obj(e.0.clone());
                if vm.err_is(&e, &vm.types.exc.system_exit.clone()) {
                    return;
                }
                crate::runtime::stdio::write_stderr(vm, "Error in sys.excepthook:\n");
                crate::runtime::traceback::print_exception(vm, &hook_exc);
                crate::runtime::stdio::write_stderr(vm, "\nOriginal exception was:\n");
                crate::runtime::traceback::print_exception(vm, exc);
            }
        }
        Some(_) => crate::runtime::traceback::print_exception(vm, exc),
        None => {
            crate::runtime::stdio::write_stderr(vm, "sys.excepthook is missing\n");
            crate::runtime::traceback::print_exception(vm, exc);
        }
    }
}

/// The exit status for an exception that reached the top.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let exc = Value::Obj(e.0.clone());
    if vm.err_is(&e, &vm.types.exc.system_exit.clone()) {
        return system_exit_status(vm, &exc);
    }
    crate::runtime::stdio::flush_to(vm, &Value::None).ok();
    report_exception(vm, &exc);
    if vm.err_is(&e, &vm.types.exc.keyboard_interrupt.clone()) {
        return STATUS_SIGINT;
    }
    1
}
