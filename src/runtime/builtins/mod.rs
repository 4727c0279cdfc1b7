//! The `builtins` module: its functions and constants, and the builtin types under their names.

pub mod numeric;

use crate::runtime::object::Payload;
use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::native_function;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

pub mod iteration;
pub mod async_iter;
pub mod args;
pub mod attrs;
pub mod conv;
pub mod exec;
pub mod introspect;
pub mod output;
pub mod site;

fn repr_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [v] = args.pos() else { return Err(vm.type_error(format!("repr() takes exactly one argument ({} given)", args.pos().len()))) };
    ops::repr(vm, v)
}

/// `isinstance(obj, class_or_tuple)`, honouring `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        if ops::is_instance(vm, obj, &t) {
            return Ok(true);
        }
        let meta = cls.class(vm);
        if meta.ptr_eq(&vm.types.type_) {
            return Ok(false);
        }
        let name = vm.names.__instancecheck__.clone();
        if let Some(r) = ops::call_special(vm, cls, &name, std::slice::from_ref(obj))? {
            return ops::is_true(vm, &r);
        }
        return Ok(false);
    }
    if let Some(Payload::Tuple(items)) = cls.payload() {
        for i in items.to_vec() {
            if isinstance(vm, obj, &i)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let name = vm.names.__instancecheck__.clone();
    if let Some(r) = ops::call_special(vm, cls, &name, std::slice::from_ref(obj))? {
        return ops::is_true(vm, &r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

fn isinstance_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [obj, cls] = args::unpack(vm, &args, "isinstance", 2, 2)? else { return Ok(Value::None) };
    Ok(Value::Bool(isinstance(vm, obj, cls)?))
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = ops::repr(vm, v)?;
    let s = match r.payload() {
        Some(Payload::Str(s)) => s.chars().collect::<Vec<u32>>(),
        _ => Vec::new(),
    };
    let mut out = String::new();
    for c in s {
        match c {
            0..=0x7f => out.push(char::from_u32(c).unwrap_or('?')),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    Ok(vm.new_str(&out))
}

/// `format(v, spec)`: `type(v).__format__(v, spec)`, which must return a str (fast paths for the
/// exact builtin types).
pub fn format_value(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    crate::runtime::format::format_object(vm, v, spec)
}

/// What an expression statement of the interactive prompt does with its value: calls
/// `sys.displayhook` (RuntimeError if it is gone).
pub fn displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let Some(hook) = crate::modules::sys::get(vm, "displayhook") else {
        return Err(vm.runtime_error("lost sys.displayhook"));
    };
    if crate::modules::sys::is_native(vm, &hook, "displayhook") {
        return default_displayhook(vm, v);
    }
    vm.call(&hook, std::slice::from_ref(v), &[])?;
    Ok(())
}

/// `sys.displayhook(v)`: writes the repr of a non-None value and a newline to `sys.stdout` and
/// stores the value in `builtins._`.
pub fn default_displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let underscore = vm.intern("_");
    dict_set_str(vm, &vm.builtins_dict.clone(), underscore.clone(), Value::None);
    let out = crate::modules::sys::stdout(vm);
    if out.is_none() {
        return Err(vm.runtime_error("lost sys.stdout"));
    }
    let r = ops::repr(vm, v)?;
    crate::runtime::stdio::write_value(vm, &out, &r)?;
    let nl = vm.new_str("\n");
    crate::runtime::stdio::write_value(vm, &out, &nl)?;
    dict_set_str(vm, &vm.builtins_dict.clone(), underscore, v.clone());
    Ok(())
}

/// How CPython names a callable in call errors: `module.qualname()` (without the module for
/// builtins), the callable's str() when it has no `__qualname__`.
pub fn func_desc(vm: &mut Vm, f: &Value) -> String {
    let qualname = vm.names.__qualname__.clone();
    let q = match ops::getattr_opt(vm, f, &qualname) {
        Ok(Some(q)) => ops::str_of(vm, &q).ok().and_then(|q| ops::repr::text_of(&q)),
        _ => None,
    };
    let Some(q) = q else {
        return match ops::str_of(vm, f).ok().and_then(|s| ops::repr::text_of(&s)) {
            Some(s) => s,
            None => format!("{} object", ops::type_name(vm, f)),
        };
    };
    let module = vm.names.__module__.clone();
    match ops::getattr_opt(vm, f, &module) {
        Ok(Some(m)) => match ops::repr::text_of(&m) {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        },
        _ => format!("{q}()"),
    }
}

/// `object.__dir__`: the names in the instance dict and along the class's MRO, sorted.
pub fn object_dir(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |k: &Value, names: &mut Vec<Value>| {
        if let Some(s) = ops::repr::text_of(k)
            && seen.insert(s)
        {
            names.push(k.clone());
        }
    };
    if let Some(o) = v.as_obj()
        && let Some(d) = o.dict.borrow().as_ref()
        && let Payload::Dict(d) = &d.payload
    {
        for k in d.borrow().keys() {
            add(k, &mut names);
        }
    }
    let classes: Vec<TypeRef> = match v.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) => t.mro.borrow().clone(),
        None => v.class(vm).mro.borrow().clone(),
    };
    for c in classes {
        if let Payload::Dict(d) = &c.dict.payload {
            for k in d.borrow().keys() {
                add(k, &mut names);
            }
        }
    }
    names.sort_by_key(|k| ops::repr::text_of(k).unwrap_or_default());
    Ok(vm.new_list(names))
}

static BUILTIN_FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("print", output::print),
    MethodDef::function("input", output::input),
    MethodDef::function("open", crate::runtime::io::open::open),
    MethodDef::function("chr", conv::chr),
    MethodDef::function("ord", conv::ord),
    MethodDef::function("ascii", conv::ascii),
    MethodDef::function("format", conv::format),
    MethodDef::function("bin", conv::bin),
    MethodDef::function("oct", conv::oct),
    MethodDef::function("hex", conv::hex),
    MethodDef::function("hash", conv::hash),
    MethodDef::function("id", conv::id),
    MethodDef::function("callable", conv::callable),
    MethodDef::function("globals", introspect::globals),
    MethodDef::function("locals", introspect::locals),
    MethodDef::function("vars", introspect::vars),
    MethodDef::function("dir", introspect::dir),
    MethodDef::function("exec", exec::exec),
    MethodDef::function("eval", exec::eval),
    MethodDef::function("compile", exec::compile),
    MethodDef::function("repr", repr_builtin),
    MethodDef::function("isinstance", isinstance_builtin),
    MethodDef::function("issubclass", attrs::issubclass_builtin),
    MethodDef::function("getattr", attrs::getattr),
    MethodDef::function("setattr", attrs::setattr),
    MethodDef::function("delattr", attrs::delattr),
    MethodDef::function("hasattr", attrs::hasattr),
    MethodDef::function("breakpoint", site::breakpoint),
    MethodDef::function("__build_class__", crate::runtime::types::class::build_class),
    MethodDef::function("__import__", crate::runtime::import::builtin_import),
];

/// Fills the builtins module.
pub fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    for def in BUILTIN_FUNCTIONS {
        let f = native_function(vm, def, None);
        if let Some(Payload::BuiltinFunction(_)) = f.payload() {
            // Module functions report the builtins module as their `__self__`.
        }
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    for def in async_iter::FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    crate::runtime::types::introspect::register_builtins(vm, &d);
    for def in iteration::FUNCTIONS.iter() { let f = native_function(vm, def, None); dict_set_str(vm, &d, vm.intern(def.name), f); }
    for t in vm.types.all() {
        let name = t.name();
        let public = !matches!(
            &*name,
            "NoneType" | "NotImplementedType" | "ellipsis" | "function" | "builtin_function_or_method"
                | "method_descriptor" | "wrapper_descriptor" | "classmethod_descriptor" | "getset_descriptor"
                | "member_descriptor" | "method" | "code" | "module" | "cell" | "generator" | "coroutine"
                | "async_generator" | "async_generator_wrapped_value" | "async_generator_asend" | "frame"
                | "traceback" | "mappingproxy" | "list_iterator" | "tuple_iterator" | "range_iterator"
                | "str_ascii_iterator" | "str_iterator" | "dict_keyiterator" | "dict_valueiterator" | "dict_itemiterator"
                | "iterator" | "callable_iterator"
                | "list_reverseiterator" | "longrange_iterator" | "set_iterator" | "dict_reversekeyiterator"
                | "dict_reversevalueiterator" | "dict_reverseitemiterator" | "dict_keys" | "dict_values" | "dict_items"
                | "GenericAlias"
                | "method-wrapper"
                | "FileIO" | "BufferedReader" | "BufferedWriter" | "BufferedRandom" | "TextIOWrapper" | "SimpleNamespace"
                | "_IOBase" | "_RawIOBase" | "_BufferedIOBase" | "_TextIOBase" | "StringIO" | "BytesIO"
                | "Quitter" | "_Printer" | "_Helper"
                | "bytes_iterator" | "bytearray_iterator" | "memory_iterator"
                | "async_generator_athrow" | "coroutine_wrapper" | "TypeVar"
                | "ParamSpec" | "TypeVarTuple" | "ParamSpecArgs" | "ParamSpecKwargs" | "TypeAliasType" | "Generic"
                | "UnionType" | "_GenericAlias" | "_UnionGenericAlias" | "_UnpackGenericAlias"
                | "_SpecialForm"
                | "anext_awaitable"
        );
        if public {
            dict_set_str(vm, &d, vm.intern(&name), t.to_value());
        }
    }
    numeric::init(vm);
    dict_set_str(vm, &d, vm.intern("None"), Value::None);
    dict_set_str(vm, &d, vm.intern("True"), Value::Bool(true));
    dict_set_str(vm, &d, vm.intern("False"), Value::Bool(false));
    dict_set_str(vm, &d, vm.intern("Ellipsis"), Value::Obj(vm.ellipsis.clone()));
    dict_set_str(vm, &d, vm.intern("NotImplemented"), Value::Obj(vm.not_implemented.clone()));
    dict_set_str(vm, &d, vm.intern("__name__"), vm.new_str("builtins"));
    dict_set_str(vm, &d, vm.intern("__doc__"), Value::None);
    dict_set_str(vm, &d, vm.intern("__package__"), vm.new_str(""));
    dict_set_str(vm, &d, vm.intern("__loader__"), Value::None);
    dict_set_str(vm, &d, vm.intern("__spec__"), Value::None);
    let os_error = vm.types.exc.os_error.to_value();
    dict_set_str(vm, &d, vm.intern("EnvironmentError"), os_error.clone());
    dict_set_str(vm, &d, vm.intern("IOError"), os_error);
    dict_set_str(vm, &d, vm.intern("__debug__"), Value::Bool(vm.settings.optimize == 0));
    introspect::init(vm);
    site::init(vm);
}
