//! The builtins CPython's `site` module adds: `exit` and `quit` (`_sitebuiltins.Quitter`),
//! `copyright`, `credits` and `license` (`_sitebuiltins._Printer`), `help` (`_sitebuiltins._Helper`,
//! which reports that pyrs has no pydoc) and `breakpoint` (through `sys.breakpointhook`, which
//! reports that pyrs has no debugger).

use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::{add_attr, add_methods};
use crate::runtime::types::{TypeRef, flags};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// What `help` shows as its repr.
const HELP_REPR: &str = "Type help() for interactive help, or help(object) for help about object.";

/// The text of `credits`, as CPython's site module has it.
const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";

/// The text of `license` when the license file is not found (pyrs has no standard library
/// folder to find it in).
const LICENSE: &str = "See https://www.python.org/psf/license/";

/// How many lines `_Printer` shows at once.
const MAX_LINES: usize = 23;

fn instance_attr(vm: &mut Vm, this: &Value, name: &str) -> Option<Value> {
    let d = ops::attr::instance_dict(vm, this.as_obj()?)?;
    let key = vm.intern(name);
    dict_get_str(vm, &d, &key)
}

fn set_instance_attr(vm: &mut Vm, this: &Value, name: &str, value: Value) {
    if let Some(d) = this.as_obj().and_then(|o| ops::attr::instance_dict(vm, o)) {
        let key = vm.intern(name);
        dict_set_str(vm, &d, key, value);
    }
}

fn text_attr(vm: &mut Vm, this: &Value, name: &str) -> String {
    instance_attr(vm, this, name)
        .and_then(|v| ops::repr::text_of(&v))
        .unwrap_or_default()
}

fn quitter_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let name = text_attr(vm, &this, "name");
    let eof = text_attr(vm, &this, "eof");
    Ok(vm.new_str(&format!("Use {name}() or {eof} to exit")))
}

/// `exit(code=None)`: closes `sys.stdin` (as CPython does, errors ignored) and raises
/// `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error("Quitter.__call__() got an unexpected keyword argument"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let stdin = crate::modules::sys::stdin(vm);
    if !stdin.is_none() {
        let _ = vm.call_method_name(&stdin, "close", &[]);
    }
    let code = pos.get(1).cloned().unwrap_or(Value::None);
    Err(vm.new_exception(&vm.types.exc.system_exit.clone(), vec![code]))
}

fn printer_lines(vm: &mut Vm, this: &Value) -> Vec<String> {
    text_attr(vm, this, "_Printer__data")
        .split('\n')
        .map(str::to_string)
        .collect()
}

fn printer_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let lines = printer_lines(vm, &this);
    if lines.len() <= MAX_LINES {
        return Ok(vm.new_str(&lines.join("\n")));
    }
    let name = text_attr(vm, &this, "_Printer__name");
    Ok(vm.new_str(&format!("Type {name}() to see the full {name} text")))
}

/// `copyright()`: prints the text, a screenful at a time, asking before each further one.
fn printer_call(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(vm.type_error(format!(
            "_Printer.__call__() takes 1 positional argument but {} were given",
            args.pos().len()
        )));
    }
    let lines = printer_lines(vm, &this);
    let print = dict_get_str(vm, &vm.builtins_dict.clone(), &vm.intern("print"));
    let input = dict_get_str(vm, &vm.builtins_dict.clone(), &vm.intern("input"));
    let (Some(print), Some(input)) = (print, input) else {
        return Ok(Value::None);
    };
    let mut at = 0;
    while at < lines.len() {
        for line in &lines[at..(at + MAX_LINES).min(lines.len())] {
            let s = vm.new_str(line);
            vm.call(&print, &[s], &[])?;
        }
        at += MAX_LINES;
        if at >= lines.len() {
            break;
        }
        let prompt = vm.new_str("Hit Return for more, or q (and Return) to quit: ");
        loop {
            let key = vm.call(&input, std::slice::from_ref(&prompt), &[])?;
            let key = ops::repr::text_of(&key).unwrap_or_default();
            match key.as_str() {
                "" => break,
                "q" => return Ok(Value::None),
                _ => {}
            }
        }
    }
    Ok(Value::None)
}

fn helper_repr(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.new_str(HELP_REPR))
}

fn helper_call(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.runtime_error("help() is not available: pyrs has no pydoc module"))
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
pub fn breakpoint(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let Some(hook) = crate::modules::sys::get(vm, "breakpointhook") else {
        return Err(vm.runtime_error("lost sys.breakpointhook"));
    };
    vm.call(&hook, args.args, args.kwnames)
}

/// `sys.breakpointhook(*args, **kws)`: pyrs has no debugger to enter.
pub fn default_breakpointhook(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Err(vm.runtime_error("breakpoint() is not available: pyrs has no pdb module"))
}

static QUITTER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", quitter_repr),
    MethodDef::slot("__call__", quitter_call),
];

static PRINTER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", printer_repr),
    MethodDef::slot("__call__", printer_call),
];

static HELPER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", helper_repr),
    MethodDef::slot("__call__", helper_call),
];

fn init_type(vm: &mut Vm, t: &TypeRef, methods: &[MethodDef]) {
    t.flags.set(t.flags.get() | flags::HAS_DICT);
    add_methods(vm, t, methods);
    add_getsets(vm, t);
    add_attr(vm, t, "__module__", vm.new_str("_sitebuiltins"));
}

fn add_getsets(vm: &mut Vm, t: &TypeRef) {
    crate::runtime::types::init::add_getsets(
        vm,
        t,
        std::slice::from_ref(&crate::runtime::objects::object_type::DICT_GETSET),
    );
}

/// Fills the three `_sitebuiltins` types.
pub fn init_types(vm: &mut Vm) {
    let t = vm.types.site_quitter.clone();
    init_type(vm, &t, QUITTER_METHODS);
    let t = vm.types.site_printer.clone();
    init_type(vm, &t, PRINTER_METHODS);
    let t = vm.types.site_helper.clone();
    init_type(vm, &t, HELPER_METHODS);
}

fn new_instance(vm: &mut Vm, t: &TypeRef, attrs: &[(&str, Value)]) -> Value {
    let o = Value::Obj(ops::attr::new_with_dict(
        vm,
        t.clone(),
        crate::runtime::object::Payload::Instance,
    ));
    for (k, v) in attrs {
        set_instance_attr(vm, &o, k, v.clone());
    }
    o
}

/// Adds `exit`, `quit`, `copyright`, `credits`, `license` and `help` to the builtins module.
pub fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    let quitter = vm.types.site_quitter.clone();
    let eof = vm.new_str("Ctrl-D (i.e. EOF)");
    for name in ["exit", "quit"] {
        let n = vm.new_str(name);
        let q = new_instance(vm, &quitter, &[("name", n), ("eof", eof.clone())]);
        dict_set_str(vm, &d, vm.intern(name), q);
    }
    let printer = vm.types.site_printer.clone();
    let copyright = vm.new_str(crate::modules::sys::attrs::COPYRIGHT);
    let credits = vm.new_str(CREDITS);
    let license = vm.new_str(LICENSE);
    for (name, data) in [
        ("copyright", copyright),
        ("credits", credits),
        ("license", license),
    ] {
        let n = vm.new_str(name);
        let p = new_instance(
            vm,
            &printer,
            &[("_Printer__name", n), ("_Printer__data", data)],
        );
        dict_set_str(vm, &d, vm.intern(name), p);
    }
    let helper = vm.types.site_helper.clone();
    let h = new_instance(vm, &helper, &[]);
    dict_set_str(vm, &d, vm.intern("help"), h);
}
