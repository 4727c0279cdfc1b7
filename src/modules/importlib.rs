//! `importlib` and `importlib.util`, built in: the parts that speak to the import system
//! (`import_module`, `reload`, `invalidate_caches`, `find_spec`) and to the bytecode cache
//! (`cache_from_source`, `source_from_cache`, `MAGIC_NUMBER`, `source_hash`), with the running
//! engine's cache tag.

use std::path::Path;

use crate::bytecode::pyc;
use crate::runtime::builtins::args::Signature;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const IMPORTLIB: &[MethodDef] = &[
    MethodDef::function("import_module", import_module),
    MethodDef::function("reload", reload),
    MethodDef::function("invalidate_caches", invalidate_caches),
];

const UTIL: &[MethodDef] = &[
    MethodDef::function("cache_from_source", cache_from_source),
    MethodDef::function("source_from_cache", source_from_cache),
    MethodDef::function("source_hash", source_hash),
    MethodDef::function("find_spec", find_spec),
    MethodDef::function("resolve_name", resolve_name),
];

const MACHINERY: &[MethodDef] = &[MethodDef::function("all_suffixes", all_suffixes)];

/// The file suffixes of `importlib.machinery`: sources, then bytecode; pyrs loads no extension
/// modules, so `EXTENSION_SUFFIXES` is empty.
const SOURCE_SUFFIXES: &[&str] = &[".py"];
const BYTECODE_SUFFIXES: &[&str] = &[".pyc"];

/// The `importlib` package.
pub fn create_importlib(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "importlib", IMPORTLIB);
    if let Some(d) = m.as_obj().and_then(|o| o.dict.borrow().clone()) {
        let path = vm.new_list(Vec::new());
        dict_set_str(vm, &d, vm.intern("__path__"), path);
        dict_set_str(vm, &d, vm.intern("__package__"), vm.new_str("importlib"));
    }
    m
}

/// `importlib.util` (`spec_from_file_location`, `spec_from_loader` and `module_from_spec` are the import
/// system's, from its bootstrap module).
pub fn create_util(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "importlib.util", UTIL);
    if let Some(d) = m.as_obj().and_then(|o| o.dict.borrow().clone()) {
        let magic = crate::runtime::objects::bytes_type::new_bytes(vm, pyc::MAGIC.to_vec());
        dict_set_str(vm, &d, vm.intern("MAGIC_NUMBER"), magic);
        let boot = crate::import::bootstrap(vm)?;
        for name in ["spec_from_file_location", "spec_from_loader", "module_from_spec"] {
            let f = ops::getattr(vm, &boot, &vm.intern(name))?;
            dict_set_str(vm, &d, vm.intern(name), f);
        }
    }
    Ok(m)
}

/// `importlib.machinery`: the import system's own classes (from its bootstrap module) and the
/// file suffixes it recognizes.
pub fn create_machinery(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "importlib.machinery", MACHINERY);
    let boot = crate::import::bootstrap(vm)?;
    for name in ["ModuleSpec", "BuiltinImporter", "PathFinder", "SourceFileLoader", "SourcelessFileLoader", "NamespaceLoader"] {
        let c = ops::getattr(vm, &boot, &vm.intern(name))?;
        super::set_attr(vm, &m, name, c);
    }
    let lists: [(&str, &[&str]); 5] = [
        ("SOURCE_SUFFIXES", SOURCE_SUFFIXES),
        ("BYTECODE_SUFFIXES", BYTECODE_SUFFIXES),
        ("DEBUG_BYTECODE_SUFFIXES", BYTECODE_SUFFIXES),
        ("OPTIMIZED_BYTECODE_SUFFIXES", BYTECODE_SUFFIXES),
        ("EXTENSION_SUFFIXES", &[]),
    ];
    for (name, items) in lists {
        let l = suffix_list(vm, items);
        super::set_attr(vm, &m, name, l);
    }
    Ok(m)
}

fn suffix_list(vm: &mut Vm, items: &[&str]) -> Value {
    let items = items.iter().map(|s| vm.new_str(*s)).collect();
    vm.new_list(items)
}

/// `importlib.machinery.all_suffixes()`: every suffix a module file may have.
fn all_suffixes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    crate::runtime::objects::numargs::no_args(vm, &args, "all_suffixes")?;
    let all: Vec<&str> = SOURCE_SUFFIXES.iter().chain(BYTECODE_SUFFIXES).copied().collect();
    Ok(suffix_list(vm, &all))
}

static RESOLVE_NAME_SIG: Signature =
    Signature { name: "resolve_name", params: &["name", "package"], required: 0, positional_only: 0, keyword_only: 2 };

/// `importlib.util.resolve_name(name, package)`: a relative name made absolute against `package`.
fn resolve_name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = RESOLVE_NAME_SIG.bind(vm, &args)?;
    // Missing arguments are reported as for the Python function CPython's is.
    let missing: Vec<&str> = ["name", "package"].into_iter().zip(&a).filter(|(_, v)| v.is_none()).map(|(n, _)| n).collect();
    match missing[..] {
        [] => {}
        [one] => return Err(vm.type_error(format!("resolve_name() missing 1 required positional argument: '{one}'"))),
        _ => return Err(vm.type_error("resolve_name() missing 2 required positional arguments: 'name' and 'package'")),
    }
    let name_v = a[0].clone().unwrap_or(Value::None);
    let package = a[1].clone().unwrap_or(Value::None);
    let Some(name) = ops::repr::text_of(&name_v).filter(|_| crate::runtime::eval::is_str(&name_v)) else {
        // As importlib: `name.startswith('.')` is the first use of the name.
        let startswith = ops::getattr(vm, &name_v, &vm.intern("startswith"))?;
        let dot = vm.new_str(".");
        vm.call(&startswith, &[dot], &[])?;
        return Ok(name_v);
    };
    if !name.starts_with('.') {
        return Ok(name_v);
    }
    if !ops::is_true(vm, &package)? {
        let r = crate::text::str_repr(&name);
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), format!("no package specified for {r} (required for relative module names)")));
    }
    let Some(package) = ops::repr::text_of(&package).filter(|_| crate::runtime::eval::is_str(&package)) else {
        ops::getattr(vm, &package, &vm.intern("rsplit"))?;
        let t = ops::type_name(vm, &package);
        return Err(vm.type_error(format!("expected str, not {t}")));
    };
    let level = name.chars().take_while(|c| *c == '.').count();
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(vm.new_error(&vm.types.exc.import_error.clone(), "attempted relative import beyond top-level package"));
    }
    let base = bits[bits.len() - 1];
    let rest = &name[level..];
    let full = if rest.is_empty() { base.to_string() } else { format!("{base}.{rest}") };
    Ok(vm.new_str(&full))
}

static IMPORT_MODULE_SIG: Signature =
    Signature { name: "import_module", params: &["name", "package"], required: 1, positional_only: 0, keyword_only: 2 };

/// `importlib.import_module(name, package=None)`.
fn import_module(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = IMPORT_MODULE_SIG.bind(vm, &args)?;
    let name_v = a[0].clone().unwrap_or(Value::None);
    let Some(name) = ops::repr::text_of(&name_v).filter(|_| crate::runtime::eval::is_str(&name_v)) else {
        // As importlib: `name.startswith('.')` is the first use of the name.
        ops::getattr(vm, &name_v, &vm.intern("startswith"))?;
        let t = ops::type_name(vm, &name_v);
        return Err(vm.type_error(format!("module name must be str, not {t}")));
    };
    let package = a[1].clone().filter(|p| !p.is_none());
    let level = name.chars().take_while(|c| *c == '.').count();
    if level == 0 {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        return crate::import::gcd_import(vm, &name);
    }
    let package_text = match &package {
        Some(p) if ops::is_true(vm, p)? => p.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "the 'package' argument is required to perform a relative import for {}",
                crate::text::str_repr(&name)
            )));
        }
    };
    let Some(pkg) = ops::repr::text_of(&package_text).filter(|_| crate::runtime::eval::is_str(&package_text)) else {
        return Err(vm.type_error("__package__ not set to a string"));
    };
    let full = crate::import::resolve_name(vm, &name[level..], pkg, level as i64)?;
    crate::import::gcd_import(vm, &full)
}

/// `importlib.reload(module)`.
fn reload(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let m = crate::runtime::builtins::args::one_arg(vm, &args, "reload")?.clone();
    crate::import::reload(vm, &m)
}

/// `importlib.invalidate_caches()`: the finders keep no directory listings (each import looks
/// at the folders afresh), so there is nothing to forget.
fn invalidate_caches(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if !args.pos().is_empty() || args.has_kwargs() {
        return Err(vm.type_error("invalidate_caches() takes 0 positional arguments"));
    }
    Ok(Value::None)
}

static CACHE_FROM_SOURCE_SIG: Signature = Signature {
    name: "cache_from_source",
    params: &["path", "debug_override", "optimization"],
    required: 1,
    positional_only: 0,
    keyword_only: 2,
};

/// A path argument: str (or an `os.PathLike` giving one).
fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if crate::runtime::eval::is_str(v) {
        return Ok(ops::repr::text_of(v).unwrap_or_default());
    }
    if let Some(f) = ops::getattr_opt(vm, v, &vm.intern("__fspath__"))? {
        let r = vm.call(&f, &[], &[])?;
        if crate::runtime::eval::is_str(&r) {
            return Ok(ops::repr::text_of(&r).unwrap_or_default());
        }
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")))
}


/// `importlib.util.cache_from_source(path, debug_override=None, *, optimization=None)`.
fn cache_from_source(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = CACHE_FROM_SOURCE_SIG.bind(vm, &args)?;
    let path = path_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let debug_override = a[1].clone().filter(|v| !v.is_none());
    let mut optimization = a[2].clone().filter(|v| !v.is_none());
    if let Some(d) = debug_override {
        if optimization.is_some() {
            return Err(vm.type_error("debug_override or optimization must be set to None"));
        }
        optimization = Some(if ops::is_true(vm, &d)? { vm.new_str("") } else { Value::Int(1) });
    }
    let opt = match optimization {
        None => crate::import::cache::optimization_tag(vm),
        Some(v) => {
            let s = ops::repr::str_of(vm, &v)?;
            ops::repr::text_of(&s).unwrap_or_default()
        }
    };
    let tag = crate::machine::Engine::cache_tag(&vm.engine);
    let pfx = crate::import::cache::pycache_prefix(vm);
    match pyc::cache_from_source_with_prefix(Path::new(&path), tag, &opt, pfx.as_deref()) {
        Ok(p) => Ok(vm.new_str(&p.display().to_string())),
        Err(e) => Err(vm.error_named(e.exc_type, e.msg)),
    }
}

/// `importlib.util.source_from_cache(path)`.
fn source_from_cache(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "source_from_cache")?.clone();
    let path = path_arg(vm, &v)?;
    let pfx = crate::import::cache::pycache_prefix(vm);
    match pyc::source_from_cache(Path::new(&path), pfx.as_deref()) {
        Ok(p) => Ok(vm.new_str(&p.display().to_string())),
        Err(e) => Err(vm.error_named(e.exc_type, e.msg)),
    }
}

/// `importlib.util.source_hash(source_bytes)`: the 8 bytes a hash-based pyc stores.
fn source_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "source_hash")?.clone();
    let hash = pyc::source_hash(&crate::runtime::objects::bytes_type::need_buffer(vm, &v)?);
    Ok(crate::runtime::objects::bytes_type::new_bytes(vm, hash.to_vec()))
}

static FIND_SPEC_SIG: Signature =
    Signature { name: "find_spec", params: &["name", "package"], required: 1, positional_only: 0, keyword_only: 2 };

/// `importlib.util.find_spec(name, package=None)`.
fn find_spec(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = FIND_SPEC_SIG.bind(vm, &args)?;
    let name_v = a[0].clone().unwrap_or(Value::None);
    let name = ops::repr::text_of(&name_v).unwrap_or_default();
    let full = if name.starts_with('.') {
        let package = a[1].clone().filter(|p| !p.is_none()).and_then(|p| ops::repr::text_of(&p));
        let Some(package) = package else {
            return Err(vm.new_error(
                &vm.types.exc.import_error.clone(),
                format!("no package specified for {} (required for relative module names)", crate::text::str_repr(&name)),
            ));
        };
        let level = name.chars().take_while(|c| *c == '.').count();
        crate::import::resolve_name(vm, &name[level..], package, level as i64)?
    } else {
        name
    };
    crate::import::find_spec(vm, &full)
}
