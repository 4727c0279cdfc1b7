//! `compile`, `exec` and `eval`: source text (str or bytes) or code objects, the modes `exec`,
//! `eval` and `single`, the namespaces they run in (with `__builtins__` put into globals that
//! lack it), and compile errors raised as SyntaxError instances with their fields.

use std::rc::Rc;

use super::args::{Signature, index_arg};
use crate::bytecode::code::flags as co_flags;
use crate::frontend::{self, CompileError, CompileOptions, Mode};
use crate::machine::Engine;
use crate::runtime::code::Code;
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::CallArgs;
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// `ast.PyCF_ONLY_AST`: compile() would return a syntax tree.
pub const PYCF_ONLY_AST: i64 = 0x0400;
/// The `compile()` flags pyrs accepts besides the `__future__` ones; they change nothing here.
const PYCF_ACCEPTED: i64 = 0x0100 // PyCF_SOURCE_IS_UTF8
    | 0x0200 // PyCF_DONT_IMPLY_DEDENT
    | 0x0800 // PyCF_IGNORE_COOKIE
    | 0x1000 // PyCF_TYPE_COMMENTS
    | 0x2000 // PyCF_ALLOW_TOP_LEVEL_AWAIT
    | 0x4000; // PyCF_ALLOW_INCOMPLETE_INPUT
/// The `__future__` feature flags (co_flags bits a compilation may inherit).
pub const FUTURE_MASK: u32 = co_flags::FUTURE_DIVISION
    | co_flags::FUTURE_ABSOLUTE_IMPORT
    | co_flags::FUTURE_WITH_STATEMENT
    | co_flags::FUTURE_PRINT_FUNCTION
    | co_flags::FUTURE_UNICODE_LITERALS
    | co_flags::FUTURE_BARRY_AS_BDFL
    | co_flags::FUTURE_GENERATOR_STOP
    | co_flags::FUTURE_ANNOTATIONS;

/// The exception a compile error is raised as: SyntaxError (or IndentationError, TabError) with
/// `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset` set.
pub fn compile_error_to_exception(vm: &mut Vm, err: &CompileError) -> PyErr {
    match err {
        CompileError::Syntax(e) => {
            let t = match e.kind {
                frontend::SyntaxErrorKind::SyntaxError => vm.types.exc.syntax_error.clone(),
                frontend::SyntaxErrorKind::IndentationError => {
                    vm.types.exc.indentation_error.clone()
                }
                frontend::SyntaxErrorKind::TabError => vm.types.exc.tab_error.clone(),
            };
            let msg = vm.new_str(&e.msg);
            if !e.located {
                return vm.new_exception(&t, vec![msg]);
            }
            let text = match &e.text {
                Some(s) => vm.new_str(s),
                None => Value::None,
            };
            let filename = vm.new_str(&e.filename);
            let fields = vec![
                filename.clone(),
                Value::Int(e.lineno as i64),
                Value::Int(e.offset as i64),
                text.clone(),
                Value::Int(e.end_lineno as i64),
                Value::Int(e.end_offset as i64),
            ];
            let details = vm.new_tuple(fields);
            let exc = vm.new_exception(&t, vec![msg.clone(), details]);
            let ev = Value::Obj(exc.0.clone());
            let attrs = [
                ("msg", msg),
                ("filename", filename),
                ("lineno", Value::Int(e.lineno as i64)),
                ("offset", Value::Int(e.offset as i64)),
                ("text", text),
                ("end_lineno", Value::Int(e.end_lineno as i64)),
                ("end_offset", Value::Int(e.end_offset as i64)),
            ];
            for (k, v) in attrs {
                let name = vm.intern(k);
                if ops::setattr(vm, &ev, &name, v.clone()).is_err() {
                    set_in_dict(vm, &exc.0, k, v);
                }
            }
            exc
        }
        CompileError::Other { exc_type, msg } => vm.error_named(exc_type, msg),
    }
}

fn set_in_dict(vm: &Vm, o: &ObjRef, k: &str, v: Value) {
    let d = o.dict.borrow().clone().unwrap_or_else(|| {
        let d = vm.new_dict();
        *o.dict.borrow_mut() = Some(d.clone());
        d
    });
    dict_set_str(vm, &d, vm.intern(k), v);
}

/// The source of `compile`/`exec`/`eval`: text or bytes (decoded as a source file is).
enum Source {
    Text(String),
    Bytes(Vec<u8>),
}

fn source_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Option<Source>> {
    Ok(match v.payload() {
        Some(Payload::Str(s)) => Some(Source::Text(s.to_string_lossy())),
        Some(Payload::Bytes(b)) => Some(Source::Bytes(b.to_vec())),
        Some(Payload::ByteArray(b)) => Some(Source::Bytes(b.borrow().clone())),
        Some(Payload::Code(_)) => None,
        _ => {
            let what = if func == "compile" {
                "a string, bytes or AST object"
            } else {
                "a string, bytes or code object"
            };
            return Err(vm.type_error(format!("{func}() arg 1 must be {what}")));
        }
    })
}

/// Compiles a source into a runtime code object.
fn compile_source(
    vm: &mut Vm,
    src: Source,
    filename: &str,
    opts: &CompileOptions,
) -> PyResult<Rc<Code>> {
    let result = match src {
        Source::Text(t) => {
            if t.contains('\0') {
                return Err(vm.new_error(
                    &vm.types.exc.syntax_error.clone(),
                    "source code string cannot contain null bytes",
                ));
            }
            frontend::compile_str(&t, filename, opts)
        }
        Source::Bytes(b) => {
            if b.contains(&0) {
                return Err(vm.new_error(
                    &vm.types.exc.syntax_error.clone(),
                    "source code string cannot contain null bytes",
                ));
            }
            frontend::compile_bytes(&b, filename, opts)
        }
    };
    match result {
        Ok(c) => {
            if !c.warnings.is_empty() {
                crate::runtime::warnings::warn_compile(vm, &c.warnings)?;
            }
            crate::runtime::code::load(vm, &c.code)
        }
        Err(e) => Err(compile_error_to_exception(vm, &e)),
    }
}

/// The `__future__` flags of the innermost running code (what `compile` inherits).
fn caller_future_flags(vm: &Vm) -> u32 {
    vm.current_frame()
        .map(|f| f.code.flags & FUTURE_MASK)
        .unwrap_or(0)
}

fn code_value(vm: &Vm, code: Rc<Code>) -> Value {
    vm.new_object(vm.types.code.clone(), Payload::Code(code))
}

static COMPILE_SIG: Signature = Signature {
    name: "compile",
    params: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ],
    required: 3,
    positional_only: 0,
    keyword_only: 6,
};

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = COMPILE_SIG.bind(vm, &args)?;
    let [
        Some(source),
        Some(filename),
        Some(mode),
        flags,
        dont_inherit,
        optimize,
        _,
    ] = &a[..]
    else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = fspath_text(vm, filename)?;
    let mode_s = super::args::str_arg(vm, mode, "compile", "argument 'mode'")?;
    let flags = match flags {
        Some(f) => index_arg(vm, f)?,
        None => 0,
    };
    let dont_inherit = match dont_inherit {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    let optimize = match optimize {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let future = (flags as u32) & FUTURE_MASK;
    if flags & !(PYCF_ACCEPTED | PYCF_ONLY_AST | FUTURE_MASK as i64) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode_s.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if flags & PYCF_ONLY_AST != 0 => Mode::Exec,
        _ => {
            let msg = if flags & PYCF_ONLY_AST != 0 {
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
            } else {
                "compile() mode must be 'exec', 'eval' or 'single'"
            };
            return Err(vm.value_error(msg));
        }
    };
    let Some(src) = source_arg(vm, source, "compile")? else {
        // A code object compiles to itself.
        return Ok(source.clone());
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.new_error(
            &vm.types.exc.not_implemented_error.clone(),
            "compile() with ast.PyCF_ONLY_AST (syntax trees as Python objects) is not supported by pyrs",
        ));
    }
    let inherited = if dont_inherit {
        0
    } else {
        caller_future_flags(vm)
    };
    let opts = CompileOptions {
        mode,
        optimize: if optimize < 0 {
            vm.settings.optimize
        } else {
            optimize as u8
        },
        future_flags: future | inherited,
        text_in_compile_errors: false,
    };
    let code = compile_source(vm, src, &filename, &opts)?;
    Ok(code_value(vm, code))
}

/// A file name argument: str, or bytes decoded, or an `os.PathLike`.
fn fspath_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.to_string_lossy()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let name = vm.intern("__fspath__");
            if let Some(r) = ops::call_special(vm, v, &name, &[])? {
                return fspath_text(vm, &r);
            }
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {t}"
            )))
        }
    }
}

/// The builtins a frame running in `globals` gets: `globals['__builtins__']` (a module's dict or
/// a dict), else the interpreter's.
pub fn builtins_for(vm: &Vm, globals: &ObjRef) -> ObjRef {
    match dict_get_str(vm, globals, &vm.names.__builtins__) {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Dict(_) => o,
            Payload::Module(_) => o
                .dict
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.builtins_dict.clone()),
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    }
}

/// Whether a value can serve as the locals of exec/eval (a mapping: has `__getitem__`).
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_)) => true,
        _ => v.class(vm).lookup(vm, &vm.names.__getitem__).is_some(),
    }
}

/// Resolves the namespaces of exec/eval: (globals dict, locals mapping).
fn namespaces(
    vm: &mut Vm,
    func: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(ObjRef, Value)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    if let Some(l) = locals
        && !is_mapping(vm, l)
    {
        let msg = if func == "exec" {
            let t = ops::type_name(vm, l);
            format!("locals must be a mapping or None, not {t}")
        } else {
            "locals must be a mapping".to_string()
        };
        return Err(vm.type_error(msg));
    }
    let (g, l) = match globals {
        Some(g) => {
            let Some(Payload::Dict(_)) = g.payload() else {
                let msg = if func == "exec" {
                    let t = ops::type_name(vm, g);
                    format!("exec() globals must be a dict, not {t}")
                } else if is_mapping(vm, g) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                };
                return Err(vm.type_error(msg));
            };
            let g = g.as_obj().cloned().unwrap_or_else(|| vm.new_dict());
            let l = locals.cloned().unwrap_or_else(|| Value::Obj(g.clone()));
            (g, l)
        }
        None => {
            let g = match super::introspect::current_globals(vm) {
                Value::Obj(o) => o,
                _ => vm.builtins_dict.clone(),
            };
            let l = match locals {
                Some(l) => l.clone(),
                None => super::introspect::current_locals(vm),
            };
            (g, l)
        }
    };
    if dict_get_str(vm, &g, &vm.names.__builtins__).is_none() {
        let b = match vm.current_frame() {
            Some(f) => f.builtins.clone(),
            None => vm.builtins_dict.clone(),
        };
        let key = vm.names.__builtins__.clone();
        if let Payload::Dict(d) = &g.payload {
            crate::runtime::objects::dict::Dict::set_item(d, vm, Value::Obj(key), Value::Obj(b))?;
        }
    }
    Ok((g, l))
}

/// Runs a code object with the given namespaces.
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: ObjRef, locals: Value) -> PyResult<Value> {
    let builtins = builtins_for(vm, &globals);
    let frame = Frame::new(code, globals, builtins, Some(locals));
    let engine = vm.engine;
    engine.run_frame(vm, frame)
}

static EXEC_SIG: Signature = Signature {
    name: "exec",
    params: &["source", "globals", "locals", "closure"],
    required: 1,
    positional_only: 3,
    keyword_only: 3,
};

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn exec(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = EXEC_SIG.bind(vm, &args)?;
    let source = a[0].clone().unwrap_or_default();
    let (g, l) = namespaces(vm, "exec", a[1].as_ref(), a[2].as_ref())?;
    let closure = a[3].clone().filter(|c| !c.is_none());
    let code = match source_arg(vm, &source, "exec")? {
        Some(src) => {
            let opts = CompileOptions {
                mode: Mode::Exec,
                optimize: vm.settings.optimize,
                future_flags: caller_future_flags(vm),
                text_in_compile_errors: false,
            };
            compile_source(vm, src, "<string>", &opts)?
        }
        None => match source.payload() {
            Some(Payload::Code(c)) => c.clone(),
            _ => return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
        },
    };
    let cells: Vec<Value> = match &closure {
        None if code.nfrees > 0 => {
            return Err(
                vm.type_error("code object passed to exec() may not contain free variables")
            );
        }
        None => Vec::new(),
        Some(_) if !matches!(source.payload(), Some(Payload::Code(_))) => {
            return Err(vm.type_error("closure can only be used when source is a code object"));
        }
        Some(_) if code.nfrees == 0 => {
            return Err(vm.type_error("cannot use a closure with this code object"));
        }
        Some(c) => {
            let items = match c.payload() {
                Some(Payload::Tuple(t)) if t.len() == code.nfrees => t.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "code object requires a closure of exactly length {}",
                        code.nfrees
                    )));
                }
            };
            if !items
                .iter()
                .all(|i| matches!(i.payload(), Some(Payload::Cell(_))))
            {
                return Err(vm.type_error("closure can only be a tuple of cells"));
            }
            items
        }
    };
    let builtins = builtins_for(vm, &g);
    let mut frame = Frame::new(code, g, builtins, Some(l));
    let n = frame.localsplus.len();
    for (i, c) in cells.into_iter().enumerate() {
        frame.localsplus[n - frame.code.nfrees + i] = c;
    }
    let engine = vm.engine;
    engine.run_frame(vm, frame)?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn eval(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    if pos.is_empty() || pos.len() > 3 {
        let what = if pos.is_empty() {
            "at least 1 argument"
        } else {
            "at most 3 arguments"
        };
        return Err(vm.type_error(format!("eval expected {what}, got {}", pos.len())));
    }
    let source = pos[0].clone();
    if !matches!(
        source.payload(),
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Code(_))
    ) {
        return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"));
    }
    let (g, l) = namespaces(vm, "eval", pos.get(1), pos.get(2))?;
    let code = match source_arg(vm, &source, "eval")? {
        Some(src) => {
            let opts = CompileOptions {
                mode: Mode::Eval,
                optimize: vm.settings.optimize,
                future_flags: caller_future_flags(vm),
                text_in_compile_errors: false,
            };
            // eval() ignores leading spaces and tabs.
            let src = match src {
                Source::Text(t) => Source::Text(t.trim_start_matches([' ', '\t']).to_string()),
                Source::Bytes(b) => {
                    let start = b
                        .iter()
                        .position(|c| *c != b' ' && *c != b'\t')
                        .unwrap_or(b.len());
                    Source::Bytes(b[start..].to_vec())
                }
            };
            compile_source(vm, src, "<string>", &opts)?
        }
        None => match source.payload() {
            Some(Payload::Code(c)) => c.clone(),
            _ => return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object")),
        },
    };
    if code.nfrees > 0 {
        return Err(vm.type_error("code object passed to eval() may not contain free variables"));
    }
    run_code(vm, code, g, l)
}
