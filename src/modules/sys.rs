//! The `sys` module.

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::types::init::native_function;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn sys_dict(vm: &Vm) -> crate::runtime::value::ObjRef {
    vm.sys.dict.borrow().clone().unwrap_or_else(|| vm.new_dict())
}

/// `sys.stdout` (None when unset).
pub fn stdout(vm: &Vm) -> Value {
    dict_get_str(vm, &sys_dict(vm), &vm.intern("stdout")).unwrap_or(Value::None)
}

/// `sys.stderr` (None when unset).
pub fn stderr(vm: &Vm) -> Value {
    dict_get_str(vm, &sys_dict(vm), &vm.intern("stderr")).unwrap_or(Value::None)
}

/// Whether a value is the process's own stream for file descriptor `fd` (the objects pyrs puts
/// in `sys.stdout` and `sys.stderr` at start-up).
pub fn is_native_stream(vm: &Vm, v: &Value, fd: i64) -> bool {
    let key = if fd == 1 { "__stdout__" } else { "__stderr__" };
    dict_get_str(vm, &sys_dict(vm), &vm.intern(key)).is_some_and(|s| s.is(v))
}

fn exit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let code: Vec<Value> = args.pos().iter().take(1).cloned().collect();
    Err(vm.new_exception(&vm.types.exc.system_exit.clone(), code))
}

fn getrecursionlimit(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Int(n)] if *n >= 1 => {
            if (*n as usize) <= vm.depth {
                return Err(vm.recursion_error(format!(
                    "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                    vm.depth
                )));
            }
            vm.recursion_limit = *n as usize;
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        [other] => {
            let t = crate::runtime::ops::type_name(vm, other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
        _ => Err(vm.type_error("setrecursionlimit() takes exactly one argument")),
    }
}

fn exception(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.handled.clone())
}

fn exc_info(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = e.class(vm).to_value();
    let tb = crate::runtime::objects::exception::traceback_of(vm, &e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as an uncaught one.
fn excepthook(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [_, value, tb] = args.pos() else {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", args.pos().len())));
    };
    crate::runtime::traceback::display(vm, value, tb);
    Ok(Value::None)
}

static SYS_FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("exit", exit),
    MethodDef::function("getrecursionlimit", getrecursionlimit),
    MethodDef::function("setrecursionlimit", setrecursionlimit),
    MethodDef::function("exception", exception),
    MethodDef::function("exc_info", exc_info),
    MethodDef::function("excepthook", excepthook),
];

/// Fills `sys` and registers `sys` and `builtins` in `sys.modules`.
pub fn init(vm: &mut Vm) {
    let d = sys_dict(vm);
    for def in SYS_FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    if let Some(hook) = dict_get_str(vm, &d, &vm.intern("excepthook")) {
        dict_set_str(vm, &d, vm.intern("__excepthook__"), hook);
    }
    dict_set_str(vm, &d, vm.intern("__name__"), vm.new_str("sys"));
    dict_set_str(vm, &d, vm.intern("modules"), Value::Obj(vm.modules.clone()));
    let argv: Vec<Value> = vm.settings.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    dict_set_str(vm, &d, vm.intern("argv"), argv);
    let path: Vec<Value> = vm.settings.path.clone().iter().map(|a| vm.new_str(a)).collect();
    let path = vm.new_list(path);
    dict_set_str(vm, &d, vm.intern("path"), path);
    dict_set_str(vm, &d, vm.intern("maxsize"), Value::Int(i64::MAX));
    dict_set_str(vm, &d, vm.intern("byteorder"), vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict_set_str(vm, &d, vm.intern("version"), vm.new_str("3.12.1 (pyrs)"));
    // The process's streams: marker objects the runtime writes through natively.
    let out = vm.new_object(vm.types.object.clone(), Payload::Instance);
    let err = vm.new_object(vm.types.object.clone(), Payload::Instance);
    for (k, v) in [("stdout", &out), ("__stdout__", &out), ("stderr", &err), ("__stderr__", &err)] {
        dict_set_str(vm, &d, vm.intern(k), v.clone());
    }
    let modules = vm.modules.clone();
    dict_set_str(vm, &modules, vm.intern("sys"), Value::Obj(vm.sys.clone()));
    dict_set_str(vm, &modules, vm.intern("builtins"), Value::Obj(vm.builtins.clone()));
}
