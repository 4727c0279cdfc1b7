//! Running a program: the `__main__` module, executing its code object, and turning the outcome
//! into an exit status (SystemExit's code, or a printed traceback and status 1).

use std::sync::Arc;

use crate::bytecode::code::CodeObject;
use crate::machine::Engine;
use crate::runtime::frame::Frame;
use crate::runtime::object::{ModuleData, Object, Payload};
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// A new module object named `name`, with its dict (`__name__`, `__doc__`, `__package__`,
/// `__loader__`, `__spec__`).
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let m = std::rc::Rc::new(Object::new(vm.types.module.clone(), Payload::Module(ModuleData { name: std::rc::Rc::from(name) })));
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

/// Runs a program's code as `__main__`; returns the process exit status.
pub fn run_main(vm: &mut Vm, code: &Arc<CodeObject>, file: Option<&str>) -> i32 {
    let main = new_module(vm, "__main__");
    if let Some(d) = main.dict.borrow().clone() {
        dict_set_str(vm, &d, vm.names.__builtins__.clone(), Value::Obj(vm.builtins.clone()));
        if let Some(f) = file {
            dict_set_str(vm, &d, vm.names.__file__.clone(), vm.new_str(f));
        }
    }
    let modules = vm.modules.clone();
    dict_set_str(vm, &modules, vm.names.__main__.clone(), Value::Obj(main.clone()));
    let r = exec_module_code(vm, code, &main);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    crate::runtime::stdio::flush_to(vm, &Value::None).ok();
    status
}

/// The exit status for an exception that reached the top: SystemExit's code, or the printed
/// traceback and 1.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let exc = Value::Obj(e.0.clone());
    if vm.err_is(&e, &vm.types.exc.system_exit.clone()) {
        let code_name = vm.intern("code");
        let code = ops::getattr(vm, &exc, &code_name).unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = match ops::str_of(vm, &other) {
                    Ok(s) => ops::repr::text_of(&s).unwrap_or_default(),
                    Err(_) => String::new(),
                };
                crate::runtime::stdio::write_stderr(vm, &format!("{text}\n"));
                1
            }
        };
    }
    crate::runtime::traceback::print_exception(vm, &exc);
    // CPython ends by SIGINT after an uncaught KeyboardInterrupt: a shell sees status 130.
    if vm.err_is(&e, &vm.types.exc.keyboard_interrupt.clone()) {
        return 130;
    }
    1
}
