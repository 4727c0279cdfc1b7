//! The import system: `__import__` with CPython 3.12's semantics (`importlib._bootstrap`'s
//! `__import__`, `_gcd_import`, `_find_and_load`, `_handle_fromlist`) over `sys.modules`, the
//! built-in modules and the module files on `sys.path`, each source module's bytecode cached per
//! engine (`cache`). The Python-visible spec and loader objects come from `bootstrap.py`.

pub mod cache;
pub mod find;
pub mod library;
mod natives;

use std::path::{Path, PathBuf};

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::ops;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

use cache::CacheSettings;
use find::Found;

/// The Python source of the spec and loader classes.
const BOOTSTRAP: &str = include_str!("bootstrap.py");
/// The module that holds them (as in CPython).
const BOOTSTRAP_NAME: &str = "_frozen_importlib";

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_level(vm: &mut Vm, name: &str, globals: Option<&Value>, fromlist: &Value, level: i64) -> PyResult<Value> {
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let abs_name = if level == 0 {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.to_string()
    } else {
        let package = calc_package(vm, globals)?;
        resolve_name(vm, name, package, level)?
    };
    let module = gcd_import(vm, &abs_name)?;
    let fromlist_empty = match fromlist {
        Value::None | Value::Null => true,
        v => !ops::is_true(vm, v)?,
    };
    if fromlist_empty {
        // Without a fromlist, `import a.b.c` binds `a`: the module the name's first part
        // names, relative to where the import started (as PyImport_ImportModuleLevelObject).
        let Some(dot) = name.find('.') else {
            return Ok(module);
        };
        if level == 0 {
            return gcd_import(vm, &name[..dot]);
        }
        let cut_off = name.len() - dot;
        let wanted = abs_name[..abs_name.len() - cut_off].to_string();
        return match dict_get_str(vm, &vm.modules.clone(), &vm.intern(&wanted)) {
            Some(m) => Ok(m),
            None => Err(vm.new_error(
                &vm.types.exc.key_error.clone(),
                format!("{} not in sys.modules as expected", crate::text::str_repr(&wanted)),
            )),
        };
    }
    if ops::getattr_opt(vm, &module, &vm.intern("__path__"))?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// The package a relative import is relative to, from the importing module's globals, as
/// `PyImport_ImportModuleLevelObject` finds it: `__package__`, else `__spec__.parent`, else
/// `__name__` (less its last part unless the module is a package).
fn calc_package(vm: &mut Vm, globals: Option<&Value>) -> PyResult<String> {
    let key_error = |vm: &mut Vm| vm.new_error(&vm.types.exc.key_error.clone(), "'__name__' not in globals");
    let g = match globals {
        None | Some(Value::None) => return Err(key_error(vm)),
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        Some(_) => return Err(vm.type_error("globals must be a dict")),
    };
    let get = |vm: &mut Vm, k: &str| dict_get_str(vm, &g, &vm.intern(k)).filter(|v| !v.is_none());
    let text = |v: &Value| ops::repr::text_of(v).filter(|_| crate::runtime::eval::is_str(v));
    if let Some(p) = get(vm, "__package__") {
        return text(&p).ok_or_else(|| vm.type_error("package must be a string"));
    }
    if let Some(spec) = get(vm, "__spec__") {
        let parent = ops::getattr(vm, &spec, &vm.intern("parent"))?;
        return text(&parent).ok_or_else(|| vm.type_error("__spec__.parent must be a string"));
    }
    // CPython warns here with an ImportWarning, which its default filters ignore.
    let Some(name) = get(vm, "__name__") else {
        return Err(key_error(vm));
    };
    let Some(name) = text(&name) else {
        return Err(vm.type_error("__name__ must be a string"));
    };
    if get(vm, "__path__").is_some() {
        return Ok(name);
    }
    Ok(name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()))
}

/// `_resolve_name`, with `_sanity_check`'s errors for relative imports.
pub(crate) fn resolve_name(vm: &mut Vm, name: &str, package: String, level: i64) -> PyResult<String> {
    if package.is_empty() {
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), "attempted relative import with no known parent package"));
    }
    let bits: Vec<&str> = package.rsplitn(level as usize, '.').collect();
    if (bits.len() as i64) < level {
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), "attempted relative import beyond top-level package"));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `_handle_fromlist`: the names of a fromlist that a package does not have yet are imported
/// as its submodules (a missing one is left for IMPORT_FROM to report).
fn handle_fromlist(vm: &mut Vm, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let items = crate::runtime::eval::collect_items(vm, fromlist)?;
    for x in items {
        let Some(text) = x.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))).and_then(|_| ops::repr::text_of(&x)) else {
            let where_ = if recursive { format!("{}.__all__", module_name(vm, module)?) } else { "``from list''".to_string() };
            let t = ops::type_name(vm, &x);
            return Err(vm.type_error(format!("Item in {where_} must be str, not {t}")));
        };
        if text == "*" {
            if !recursive && let Some(all) = ops::getattr_opt(vm, module, &vm.names.__all__.clone())? {
                handle_fromlist(vm, module, &all, true)?;
            }
            continue;
        }
        let key = vm.intern(&text);
        if ops::getattr_opt(vm, module, &key)?.is_some() {
            continue;
        }
        let from_name = format!("{}.{text}", module_name(vm, module)?);
        if let Err(e) = gcd_import(vm, &from_name) {
            if vm.err_is(&e, &vm.types.exc.module_not_found_error.clone())
                && error_name(vm, &e).as_deref() == Some(from_name.as_str())
                && !matches!(dict_get_str(vm, &vm.modules.clone(), &vm.intern(&from_name)), Some(Value::None))
            {
                continue;
            }
            return Err(e);
        }
    }
    Ok(())
}

/// The `name` attribute of an ImportError.
fn error_name(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let v = ops::getattr_opt(vm, &Value::Obj(e.0.clone()), &vm.intern("name")).ok()??;
    ops::repr::text_of(&v)
}

/// A module's `__name__`.
fn module_name(vm: &mut Vm, module: &Value) -> PyResult<String> {
    let n = ops::getattr(vm, module, &vm.names.__name__.clone())?;
    Ok(ops::repr::text_of(&n).unwrap_or_default())
}

/// `_gcd_import` of an absolute name: the module from `sys.modules`, or found and loaded
/// (its parents first).
pub fn gcd_import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    let modules = vm.modules.clone();
    match dict_get_str(vm, &modules, &key) {
        Some(Value::None) => {
            let e = vm.new_error(&vm.types.exc.module_not_found_error.clone(), format!("import of {name} halted; None in sys.modules"));
            crate::runtime::objects::exception_kinds::set_name(vm, &e, name);
            Err(e)
        }
        Some(m) => Ok(m),
        None => find_and_load(vm, name),
    }
}

/// `_find_and_load_unlocked`: the parent first, then each finder of `sys.meta_path` in turn.
/// The import system's own finders (`BuiltinImporter`, `PathFinder`) run natively; any other
/// is asked through its `find_spec`.
fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.modules.clone();
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let mut search: Option<(Vec<String>, Value)> = None;
    if let Some(parent) = parent {
        let pkey = vm.intern(parent);
        if dict_get_str(vm, &modules, &pkey).is_none() {
            gcd_import(vm, parent)?;
        }
        // Importing the parent may have imported this module.
        if let Some(m) = dict_get_str(vm, &modules, &vm.intern(name)) {
            return Ok(m);
        }
        let parent_module = dict_get_str(vm, &modules, &pkey).unwrap_or(Value::None);
        let Some(path) = ops::getattr_opt(vm, &parent_module, &vm.intern("__path__"))? else {
            let e = vm.new_error(
                &vm.types.exc.module_not_found_error.clone(),
                format!("No module named {}; {} is not a package", crate::text::str_repr(name), crate::text::str_repr(parent)),
            );
            crate::runtime::objects::exception_kinds::set_name(vm, &e, name);
            return Err(e);
        };
        search = Some((path_entries(vm, &path)?, path));
    }
    let boot = bootstrap(vm)?;
    let finders = match cache::sys_attr(vm, "meta_path") {
        Some(m) if !m.is_none() => crate::runtime::eval::collect_items(vm, &m)?,
        _ => return Err(vm.new_error(&vm.types.exc.import_error.clone(), "sys.meta_path is None, Python is likely shutting down")),
    };
    let builtin_importer = ops::getattr(vm, &boot, &vm.intern("BuiltinImporter"))?;
    let path_finder = ops::getattr(vm, &boot, &vm.intern("PathFinder"))?;
    let mut module = None;
    for finder in finders {
        if finder.is(&builtin_importer) {
            if crate::modules::is_builtin(vm, name)
                && let Some(m) = crate::modules::create_builtin(vm, name)?
            {
                dict_set_str(vm, &modules, vm.intern(name), m.clone());
                module = Some(m);
                break;
            }
        } else if finder.is(&path_finder) {
            let entries = match &search {
                Some((entries, _)) => entries.clone(),
                None => sys_path(vm)?,
            };
            if let Some(found) = find::find(&entries, child) {
                module = Some(load(vm, name, found)?);
                break;
            }
        } else if let Some(find_spec) = ops::getattr_opt(vm, &finder, &vm.intern("find_spec"))? {
            let path = search.as_ref().map_or(Value::None, |s| s.1.clone());
            let spec = vm.call(&find_spec, &[vm.new_str(name), path, Value::None], &[])?;
            if !spec.is_none() {
                module = Some(load_spec(vm, &boot, name, &spec)?);
                break;
            }
        }
    }
    let Some(module) = module else {
        let e = vm.new_error(&vm.types.exc.module_not_found_error.clone(), format!("No module named {}", crate::text::str_repr(name)));
        crate::runtime::objects::exception_kinds::set_name(vm, &e, name);
        return Err(e);
    };
    if let Some(parent) = parent {
        let parent_module = dict_get_str(vm, &modules, &vm.intern(parent)).unwrap_or(Value::None);
        ops::setattr(vm, &parent_module, &vm.intern(child), module.clone())?;
    }
    Ok(module)
}

/// `_load_unlocked` of a spec a finder of the program's gave: `module_from_spec`, then the
/// loader's `exec_module`, with the module in `sys.modules` meanwhile.
fn load_spec(vm: &mut Vm, boot: &Value, name: &str, spec: &Value) -> PyResult<Value> {
    let module = call_attr(vm, boot, "module_from_spec", std::slice::from_ref(spec))?;
    let modules = vm.modules.clone();
    let key = vm.intern(name);
    ops::setattr(vm, spec, &vm.intern("_initializing"), Value::Bool(true))?;
    dict_set_str(vm, &modules, key.clone(), module.clone());
    let loader = ops::getattr(vm, spec, &vm.intern("loader"))?;
    let result = if loader.is_none() {
        Ok(Value::None)
    } else {
        match ops::getattr_opt(vm, &loader, &vm.intern("exec_module"))? {
            Some(exec) => vm.call(&exec, std::slice::from_ref(&module), &[]),
            None => Err(vm.new_error(&vm.types.exc.import_error.clone(), "loader has no exec_module()")),
        }
    };
    ops::setattr(vm, spec, &vm.intern("_initializing"), Value::Bool(false))?;
    if let Err(e) = result {
        if let Payload::Dict(md) = &modules.payload {
            // The error being raised wins over a failure to remove the entry.
            let _ = crate::runtime::objects::dict::Dict::del_item(md, vm, &Value::Obj(key));
        }
        return Err(e);
    }
    Ok(dict_get_str(vm, &modules, &key).unwrap_or(module))
}

/// The entries of `sys.path` that are strs.
fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    match cache::sys_attr(vm, "path") {
        Some(p) => path_entries(vm, &p),
        None => Err(vm.new_error(&vm.types.exc.import_error.clone(), "sys.path must be a list of directory names")),
    }
}

/// The str items of a search path (other items are skipped, as CPython's path finder does).
fn path_entries(vm: &mut Vm, path: &Value) -> PyResult<Vec<String>> {
    let items = crate::runtime::eval::collect_items(vm, path)?;
    Ok(items
        .iter()
        .filter(|v| crate::runtime::eval::is_str(v))
        .filter_map(ops::repr::text_of)
        .collect())
}

/// What `sys` says about writing bytecode, read at each import.
fn cache_settings(vm: &mut Vm) -> PyResult<CacheSettings> {
    let dont_write = match cache::sys_attr(vm, "dont_write_bytecode") {
        Some(v) => ops::is_true(vm, &v)?,
        None => false,
    };
    Ok(CacheSettings { dont_write, prefix: cache::pycache_prefix(vm) })
}

/// The spec of a found module, and its file with whether that is source (None for a
/// namespace package).
fn spec_for(vm: &mut Vm, name: &str, found: &Found) -> PyResult<(Value, Option<(PathBuf, bool)>)> {
    let boot = bootstrap(vm)?;
    Ok(match found {
        Found::Source { path, package } => {
            let loader = make_loader(vm, &boot, "SourceFileLoader", name, path)?;
            let spec = make_spec(vm, &boot, name, &loader, Some(path), package.as_deref())?;
            (spec, Some((path.clone(), true)))
        }
        Found::Sourceless { path, package } => {
            let loader = make_loader(vm, &boot, "SourcelessFileLoader", name, path)?;
            let spec = make_spec(vm, &boot, name, &loader, Some(path), package.as_deref())?;
            (spec, Some((path.clone(), false)))
        }
        Found::Namespace(portions) => {
            let list: Vec<Value> = portions.iter().map(|p| vm.new_str(&p.display().to_string())).collect();
            let list = vm.new_list(list);
            let nspath = call_attr(vm, &boot, "_NamespacePath", &[vm.new_str(name), list])?;
            let loader = call_attr(vm, &boot, "NamespaceLoader", &[vm.new_str(name), nspath.clone()])?;
            let spec = call_kw(vm, &boot, "ModuleSpec", &[vm.new_str(name), loader], &[("is_package", Value::Bool(true))])?;
            ops::setattr(vm, &spec, &vm.intern("submodule_search_locations"), nspath)?;
            (spec, None)
        }
    })
}

/// `_init_module_attrs` (overriding what is there, as a reload does): `__spec__`,
/// `__loader__`, `__package__`, `__path__` for a package, `__file__`.
fn init_module_attrs(vm: &mut Vm, d: &ObjRef, spec: &Value, file: Option<&Path>) -> PyResult<()> {
    let set = |vm: &mut Vm, k: &str, v: Value| dict_set_str(vm, d, vm.intern(k), v);
    let name = ops::getattr(vm, spec, &vm.intern("name"))?;
    set(vm, "__name__", name);
    let loader = ops::getattr(vm, spec, &vm.intern("loader"))?;
    set(vm, "__spec__", spec.clone());
    set(vm, "__loader__", loader);
    let parent = ops::getattr(vm, spec, &vm.intern("parent"))?;
    set(vm, "__package__", parent);
    let locations = ops::getattr(vm, spec, &vm.intern("submodule_search_locations"))?;
    if !locations.is_none() {
        set(vm, "__path__", locations);
    }
    let file = file.map_or(Value::None, |p| vm.new_str(&p.display().to_string()));
    set(vm, "__file__", file);
    Ok(())
}

/// `_load_unlocked`: makes the module with its spec, registers it in `sys.modules` (so that a
/// circular import sees it, partly initialised) and runs its code; a failure takes it out again.
fn load(vm: &mut Vm, name: &str, found: Found) -> PyResult<Value> {
    let (spec, file) = spec_for(vm, name, &found)?;
    let module = crate::runtime::run::new_module(vm, name);
    let mval = Value::Obj(module.clone());
    let d = module.dict.borrow().clone().unwrap_or_else(|| vm.new_dict());
    init_module_attrs(vm, &d, &spec, file.as_ref().map(|f| f.0.as_path()))?;
    let modules = vm.modules.clone();
    let key = vm.intern(name);
    dict_set_str(vm, &modules, key.clone(), mval.clone());
    ops::setattr(vm, &spec, &vm.intern("_initializing"), Value::Bool(true))?;
    let result = match file {
        Some((path, is_source)) => run_file_module(vm, name, &path, is_source, &spec, &d, &module),
        None => Ok(()),
    };
    ops::setattr(vm, &spec, &vm.intern("_initializing"), Value::Bool(false))?;
    if let Err(e) = result {
        if let Payload::Dict(md) = &modules.payload {
            // The error being raised wins over a failure to remove the entry.
            let _ = crate::runtime::objects::dict::Dict::del_item(md, vm, &Value::Obj(key));
        }
        return Err(e);
    }
    if vm.settings.verbose > 0 {
        let loader = ops::getattr(vm, &spec, &vm.intern("loader"))?;
        let shown = ops::repr::repr(vm, &loader).ok().and_then(|r| ops::repr::text_of(&r)).unwrap_or_default();
        cache::verbose(vm, &format!("import {} # {shown}", crate::text::str_repr(name)));
    }
    // The module the code left in sys.modules (it may have replaced itself).
    Ok(dict_get_str(vm, &modules, &key).unwrap_or(mval))
}

/// The search path a module named `name` is found on: its parent's `__path__` (the parent
/// must be imported), or `sys.path`. Err(message) for a parent that is not a package.
fn search_path_of(vm: &mut Vm, name: &str) -> PyResult<Result<Vec<String>, String>> {
    match name.rsplit_once('.') {
        Some((parent, _)) => {
            let Some(pm) = dict_get_str(vm, &vm.modules.clone(), &vm.intern(parent)) else {
                return Ok(Err(format!("parent {} not in sys.modules", crate::text::str_repr(parent))));
            };
            match ops::getattr_opt(vm, &pm, &vm.intern("__path__"))? {
                Some(path) => Ok(Ok(path_entries(vm, &path)?)),
                None => Ok(Err(format!("__path__ attribute not found on {} while trying to find {}", crate::text::str_repr(parent), crate::text::str_repr(name)))),
            }
        }
        None => Ok(Ok(sys_path(vm)?)),
    }
}

/// `importlib.reload(module)`: finds the module again and runs its code in its own namespace.
pub fn reload(vm: &mut Vm, module: &Value) -> PyResult<Value> {
    let is_module = matches!(module.payload(), Some(Payload::Module(_)));
    if !is_module {
        return Err(vm.type_error("reload() argument must be a module"));
    }
    let spec = ops::getattr_opt(vm, module, &vm.names.__spec__.clone())?.filter(|s| !s.is_none());
    let name_v = match spec {
        Some(s) => ops::getattr(vm, &s, &vm.intern("name"))?,
        None => ops::getattr(vm, module, &vm.names.__name__.clone())?,
    };
    let name = ops::repr::text_of(&name_v).unwrap_or_default();
    let modules = vm.modules.clone();
    let current = dict_get_str(vm, &modules, &vm.intern(&name));
    if !current.as_ref().is_some_and(|m| m.is(module)) {
        let e = vm.new_error(&vm.types.exc.import_error.clone(), format!("module {name} not in sys.modules"));
        crate::runtime::objects::exception_kinds::set_name(vm, &e, &name);
        return Err(e);
    }
    if crate::modules::is_builtin(vm, &name) {
        return Ok(module.clone());
    }
    let entries = match search_path_of(vm, &name)? {
        Ok(e) => e,
        Err(msg) => {
            let parent = name.rsplit_once('.').map_or("", |p| p.0).to_string();
            let e = vm.new_error(&vm.types.exc.import_error.clone(), msg);
            crate::runtime::objects::exception_kinds::set_name(vm, &e, &parent);
            return Err(e);
        }
    };
    let tail = name.rsplit('.').next().unwrap_or(&name).to_string();
    let Some(found) = find::find(&entries, &tail) else {
        let e = vm.new_error(&vm.types.exc.module_not_found_error.clone(), format!("spec not found for the module {}", crate::text::str_repr(&name)));
        crate::runtime::objects::exception_kinds::set_name(vm, &e, &name);
        return Err(e);
    };
    let (spec, file) = spec_for(vm, &name, &found)?;
    let Some(mo) = module.as_obj() else { return Ok(module.clone()) };
    let d = mo.dict.borrow().clone().unwrap_or_else(|| vm.new_dict());
    init_module_attrs(vm, &d, &spec, file.as_ref().map(|f| f.0.as_path()))?;
    if let Some((path, is_source)) = file {
        ops::setattr(vm, &spec, &vm.intern("_initializing"), Value::Bool(true))?;
        let r = run_file_module(vm, &name, &path, is_source, &spec, &d, mo);
        ops::setattr(vm, &spec, &vm.intern("_initializing"), Value::Bool(false))?;
        r?;
    }
    Ok(dict_get_str(vm, &modules, &vm.intern(&name)).unwrap_or_else(|| module.clone()))
}

/// `importlib.util.find_spec(name)` of an absolute name: the spec of the module in
/// `sys.modules`, or of the one the search finds (its parent imported first), or None.
pub fn find_spec(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.modules.clone();
    let builtin = crate::modules::is_builtin(vm, name);
    if let Some(m) = dict_get_str(vm, &modules, &vm.intern(name)) {
        let spec = ops::getattr_opt(vm, &m, &vm.names.__spec__.clone())?.unwrap_or(Value::None);
        if !spec.is_none() {
            return Ok(spec);
        }
        if !builtin {
            return Err(vm.value_error(format!("{name}.__spec__ is None")));
        }
    }
    if builtin {
        let boot = bootstrap(vm)?;
        let loader = ops::getattr(vm, &boot, &vm.intern("BuiltinImporter"))?;
        return call_kw(vm, &boot, "ModuleSpec", &[vm.new_str(name), loader], &[("origin", vm.new_str("built-in"))]);
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        gcd_import(vm, parent)?;
    }
    let entries = match search_path_of(vm, name)? {
        Ok(e) => e,
        Err(msg) => {
            let e = vm.new_error(&vm.types.exc.module_not_found_error.clone(), msg);
            crate::runtime::objects::exception_kinds::set_name(vm, &e, name);
            return Err(e);
        }
    };
    let tail = name.rsplit('.').next().unwrap_or(name);
    match find::find(&entries, tail) {
        Some(found) => Ok(spec_for(vm, name, &found)?.0),
        None => Ok(Value::None),
    }
}

/// Gets a file module's code (through the cache for a source) and runs it.
fn run_file_module(vm: &mut Vm, name: &str, path: &Path, is_source: bool, spec: &Value, d: &ObjRef, module: &ObjRef) -> PyResult<()> {
    let code = if is_source {
        let settings = cache_settings(vm)?;
        let (code, cached) = cache::source_code(vm, name, path, &settings)?;
        let cached = match cached {
            Some(c) => vm.new_str(&c.display().to_string()),
            None => Value::None,
        };
        dict_set_str(vm, d, vm.intern("__cached__"), cached.clone());
        ops::setattr(vm, spec, &vm.intern("cached"), cached)?;
        code
    } else {
        let path_value = vm.new_str(&path.display().to_string());
        dict_set_str(vm, d, vm.intern("__cached__"), path_value.clone());
        ops::setattr(vm, spec, &vm.intern("cached"), path_value)?;
        cache::sourceless_code(vm, name, path)?
    };
    dict_set_str(vm, d, vm.names.__builtins__.clone(), Value::Obj(vm.builtins_dict.clone()));
    crate::runtime::run::exec_module_code(vm, &code, module)?;
    Ok(())
}

/// A loader object of the bootstrap module.
fn make_loader(vm: &mut Vm, boot: &Value, class: &str, name: &str, path: &Path) -> PyResult<Value> {
    let args = [vm.new_str(name), vm.new_str(&path.display().to_string())];
    call_attr(vm, boot, class, &args)
}

/// A ModuleSpec for a file module (a package's lists its folder as the search location).
fn make_spec(vm: &mut Vm, boot: &Value, name: &str, loader: &Value, origin: Option<&Path>, package: Option<&Path>) -> PyResult<Value> {
    let origin = origin.map_or(Value::None, |p| vm.new_str(&p.display().to_string()));
    let spec = call_kw(
        vm,
        boot,
        "ModuleSpec",
        &[vm.new_str(name), loader.clone()],
        &[("origin", origin), ("is_package", Value::Bool(package.is_some()))],
    )?;
    if let Some(dir) = package {
        let l = vm.new_list(vec![vm.new_str(&dir.display().to_string())]);
        ops::setattr(vm, &spec, &vm.intern("submodule_search_locations"), l)?;
    }
    ops::setattr(vm, &spec, &vm.intern("has_location"), Value::Bool(true))?;
    Ok(spec)
}

/// `boot.<class>(*args)`.
fn call_attr(vm: &mut Vm, boot: &Value, class: &str, args: &[Value]) -> PyResult<Value> {
    call_kw(vm, boot, class, args, &[])
}

/// `boot.<class>(*args, **kwargs)`.
fn call_kw(vm: &mut Vm, boot: &Value, class: &str, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    let f = ops::getattr(vm, boot, &vm.intern(class))?;
    let mut all: Vec<Value> = args.to_vec();
    let mut names = Vec::new();
    for (k, v) in kwargs {
        all.push(v.clone());
        names.push(vm.new_str(k));
    }
    vm.call(&f, &all, &names)
}

/// The bootstrap module (`_frozen_importlib`), compiled and run on first use and kept in
/// `sys.modules`.
pub fn bootstrap(vm: &mut Vm) -> PyResult<Value> {
    let key = vm.intern(BOOTSTRAP_NAME);
    let modules = vm.modules.clone();
    if let Some(m) = dict_get_str(vm, &modules, &key)
        && !m.is_none()
    {
        return Ok(m);
    }
    let opts = crate::frontend::CompileOptions { mode: crate::frontend::Mode::Exec, ..Default::default() };
    let code = match crate::frontend::compile_str(BOOTSTRAP, "<frozen importlib._bootstrap>", &opts) {
        Ok(c) => c.code,
        Err(e) => return Err(crate::runtime::builtins::exec::compile_error_to_exception(vm, &e)),
    };
    let module = crate::runtime::run::new_module(vm, BOOTSTRAP_NAME);
    if let Some(d) = module.dict.borrow().clone() {
        natives::install(vm, &d);
    }
    crate::runtime::run::exec_module_code(vm, &code, &module)?;
    dict_set_str(vm, &modules, key, Value::Obj(module.clone()));
    let boot = Value::Obj(module);
    // The import system's finders join `sys.meta_path` after any the program put there first.
    if let Some(meta_path) = cache::sys_attr(vm, "meta_path")
        && let Some(Payload::List(l)) = meta_path.payload()
    {
        for class in ["BuiltinImporter", "PathFinder"] {
            let f = ops::getattr(vm, &boot, &vm.intern(class))?;
            l.borrow_mut().push(f);
        }
    }
    Ok(boot)
}

/// `-m name`: runs a module (or a package's `__main__`) found by the import system as the
/// `__main__` module, as `runpy._run_module_as_main` does: its parents are imported, its code
/// comes through the bytecode cache, `sys.argv[0]` becomes its file. Err(message) when there is
/// nothing to run (printed after the executable's path, as CPython does).
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> Result<PyResult<()>, String> {
    let (mod_name, found) = match main_spec(vm, name, None) {
        Ok(Ok(x)) => x,
        Ok(Err(msg)) => return Err(msg),
        Err(e) => {
            let t = ops::type_name(vm, &Value::Obj(e.0.clone()));
            let text = ops::repr::str_of(vm, &Value::Obj(e.0.clone())).ok().and_then(|v| ops::repr::text_of(&v)).unwrap_or_default();
            return Err(format!("Error while finding module specification for {} ({t}: {text})", crate::text::str_repr(name)));
        }
    };
    Ok(run_found_as_main(vm, &mod_name, found))
}

/// Finds what `-m name` runs: Ok(Err(message)) when nothing; Err when importing a parent
/// failed.
fn main_spec(vm: &mut Vm, name: &str, package_of: Option<&str>) -> PyResult<Result<(String, Found), String>> {
    if name.starts_with('.') {
        return Ok(Err("Relative module names not supported".into()));
    }
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let entries = match parent {
        Some(parent) => {
            let pm = gcd_import(vm, parent)?;
            match ops::getattr_opt(vm, &pm, &vm.intern("__path__"))? {
                Some(path) => path_entries(vm, &path)?,
                None => {
                    let e = vm.new_error(
                        &vm.types.exc.module_not_found_error.clone(),
                        format!("__path__ attribute not found on {} while trying to find {}", crate::text::str_repr(parent), crate::text::str_repr(name)),
                    );
                    return Err(e);
                }
            }
        }
        None => {
            if crate::modules::is_builtin(vm, name) {
                return Ok(Err(format!("No code object available for {name}")));
            }
            sys_path(vm)?
        }
    };
    let Some(found) = find::find(&entries, child) else {
        return Ok(Err(match package_of {
            Some(pkg) => format!("No module named {name}; {} is a package and cannot be directly executed", crate::text::str_repr(pkg)),
            None => format!("No module named {name}"),
        }));
    };
    let is_package = matches!(&found, Found::Source { package: Some(_), .. } | Found::Sourceless { package: Some(_), .. } | Found::Namespace(_));
    if is_package {
        if package_of.is_some() {
            return Ok(Err(format!("Cannot use package as __main__ module; {} is a package and cannot be directly executed", crate::text::str_repr(name))));
        }
        return main_spec(vm, &format!("{name}.__main__"), Some(name));
    }
    Ok(Ok((name.to_string(), found)))
}

/// Runs a found module's code in `__main__`, with the module's spec.
fn run_found_as_main(vm: &mut Vm, name: &str, found: Found) -> PyResult<()> {
    let boot = bootstrap(vm)?;
    let (path, is_source) = match &found {
        Found::Source { path, .. } => (path.clone(), true),
        Found::Sourceless { path, .. } => (path.clone(), false),
        Found::Namespace(_) => return Err(vm.new_error(&vm.types.exc.import_error.clone(), format!("No code object available for {name}"))),
    };
    let class = if is_source { "SourceFileLoader" } else { "SourcelessFileLoader" };
    let loader = make_loader(vm, &boot, class, name, &path)?;
    let spec = make_spec(vm, &boot, name, &loader, Some(&path), None)?;
    let file = path.display().to_string();
    let main = crate::runtime::run::main_module(vm, Some(&file));
    let d = main.dict.borrow().clone().unwrap_or_else(|| vm.new_dict());
    dict_set_str(vm, &d, vm.intern("__spec__"), spec.clone());
    dict_set_str(vm, &d, vm.intern("__loader__"), loader);
    let parent = ops::getattr(vm, &spec, &vm.intern("parent"))?;
    dict_set_str(vm, &d, vm.intern("__package__"), parent);
    if let Some(argv) = cache::sys_attr(vm, "argv") {
        let first = Value::Int(0);
        let f = vm.new_str(&file);
        ops::setitem(vm, &argv, &first, f)?;
    }
    run_file_module(vm, name, &path, is_source, &spec, &d, &main)
}
