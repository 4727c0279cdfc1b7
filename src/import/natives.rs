//! The native functions `bootstrap.py` calls (put in its namespace before it runs): the
//! built-in module table, the path search, running a file module's code and getting it,
//! through the bytecode cache.

use std::path::{Path, PathBuf};

use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::native_function;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

const NATIVES: &[MethodDef] = &[
    MethodDef::function("_is_builtin", is_builtin),
    MethodDef::function("_create_builtin", create_builtin),
    MethodDef::function("_path_find_spec", path_find_spec),
    MethodDef::function("_exec_file_module", exec_file_module),
    MethodDef::function("_get_code", get_code),
    MethodDef::function("_cache_from_source", cache_from_source),
    MethodDef::function("_abspath", abspath),
    MethodDef::function("_new_module", new_module),
    MethodDef::function("_read_data", read_data),
];

/// Puts the native functions in the bootstrap module's namespace.
pub fn install(vm: &mut Vm, d: &ObjRef) {
    for def in NATIVES {
        let f = native_function(vm, def, None);
        dict_set_str(vm, d, vm.intern(def.name), f);
    }
}

/// The str arguments of a native entry point (they are called by bootstrap.py only, with
/// strs where it says so; anything else is a TypeError).
fn str_arg(vm: &mut Vm, args: &CallArgs, i: usize, func: &str) -> PyResult<String> {
    match args.pos().get(i) {
        Some(v) if crate::runtime::eval::is_str(v) => Ok(ops::repr::text_of(v).unwrap_or_default()),
        _ => Err(vm.type_error(format!("{func}() argument {} must be str", i + 1))),
    }
}

fn is_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_is_builtin")?;
    Ok(Value::Bool(crate::modules::is_builtin(vm, &name)))
}

fn create_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_create_builtin")?;
    match crate::modules::create_builtin(vm, &name)? {
        Some(m) => Ok(m),
        None => Err(vm.new_error(&vm.types.exc.import_error.clone(), format!("no built-in module named {name}"))),
    }
}

/// `PathFinder.find_spec(fullname, path)`: the spec of the module the search finds on `path`
/// (a package's `__path__`) or `sys.path`, or None.
fn path_find_spec(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_path_find_spec")?;
    let entries = match args.pos().get(1) {
        None | Some(Value::None) => super::sys_path(vm)?,
        Some(p) => super::path_entries(vm, p)?,
    };
    let tail = name.rsplit('.').next().unwrap_or(&name).to_string();
    match super::find::find(&entries, &tail) {
        Some(found) => Ok(super::spec_for(vm, &name, &found)?.0),
        None => Ok(Value::None),
    }
}

/// A file loader's `exec_module(module)`: the file's code, through the cache for a source,
/// run in the module's namespace.
fn exec_file_module(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (Some(module), Some(_)) = (args.pos().first().cloned(), args.pos().get(1)) else {
        return Err(vm.type_error("_exec_file_module() takes 2 arguments"));
    };
    let path = PathBuf::from(str_arg(vm, &args, 1, "_exec_file_module")?);
    let Some(mo) = module.as_obj().cloned() else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    let spec = ops::getattr_opt(vm, &module, &vm.names.__spec__.clone())?.unwrap_or(Value::None);
    let name_v = if spec.is_none() {
        ops::getattr(vm, &module, &vm.names.__name__.clone())?
    } else {
        ops::getattr(vm, &spec, &vm.intern("name"))?
    };
    let name = ops::repr::text_of(&name_v).unwrap_or_default();
    let Some(d) = mo.dict.borrow().clone() else {
        return Err(vm.type_error("exec_module() argument has no namespace"));
    };
    let is_source = !path.extension().is_some_and(|e| e == "pyc");
    super::run_file_module(vm, &name, &path, is_source, &spec, &d, &mo)?;
    Ok(Value::None)
}

/// A file loader's `get_code(fullname)`.
fn get_code(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_get_code")?;
    let path = PathBuf::from(str_arg(vm, &args, 1, "_get_code")?);
    let code = if path.extension().is_some_and(|e| e == "pyc") {
        super::cache::sourceless_code(vm, &name, &path)?
    } else {
        let settings = super::cache_settings(vm)?;
        super::cache::source_code(vm, &name, &path, &settings)?.0
    };
    let code = crate::runtime::code::load(vm, &code)?;
    Ok(vm.new_object(vm.types.code.clone(), crate::runtime::object::Payload::Code(code)))
}

/// Where the running engine caches a source's code, or None.
fn cache_from_source(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let source = str_arg(vm, &args, 0, "_cache_from_source")?;
    let settings = super::cache_settings(vm)?;
    Ok(super::cache::cache_path(vm, Path::new(&source), settings.prefix.as_deref())
        .map_or(Value::None, |p| vm.new_str(&p.display().to_string())))
}

fn abspath(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = str_arg(vm, &args, 0, "_abspath")?;
    let abs = std::path::absolute(&p).unwrap_or_else(|_| PathBuf::from(&p));
    Ok(vm.new_str(&abs.display().to_string()))
}

fn new_module(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_new_module")?;
    Ok(Value::Obj(crate::runtime::run::new_module(vm, &name)))
}

/// `FileLoader.get_data(path)`: the bytes of a file, from the embedded library or from disk.
fn read_data(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = str_arg(vm, &args, 0, "_read_data")?;
    match super::library::read_file(Path::new(&p)) {
        Ok(bytes) => Ok(crate::runtime::objects::bytes_type::new_bytes(vm, bytes)),
        Err(e) => Err(super::cache::os_error(vm, &e, Path::new(&p))),
    }
}
