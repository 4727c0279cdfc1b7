//! `_warnings`, the core of `warnings` (lib/warnings.py holds the rest): `warn`,
//! `warn_explicit`, the filters with CPython 3.12's defaults, `_defaultaction`,
//! `_onceregistry` and `_filters_mutated`. As in CPython, the filters, the default action and
//! the once registry are read from the `warnings` module when it has been imported (so that
//! `catch_warnings` can swap them), and a warning is shown through `warnings._showwarnmsg`
//! (a `WarningMessage`); before `warnings` is imported, it is written to stderr directly
//! (`file:line: Category: message` and the source line).

use std::rc::Rc;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::native_function;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyResult, Vm};

use std::cell::Cell;

fn text(v: &Value) -> Option<String> {
    ops::repr::text_of(v).filter(|_| matches!(v.payload(), Some(Payload::Str(_))))
}

/// Binds a call's arguments to parameter names (after the receiverless positional ones);
/// TypeError for an unknown or repeated one.
fn bind(vm: &Vm, fname: &str, args: &CallArgs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(vm.type_error(format!("{fname}() takes at most {} arguments ({} given)", names.len(), pos.len())));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let k = ops::repr::text_of(k).unwrap_or_default();
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => return Err(vm.type_error(format!("{fname}() got multiple values for argument '{k}'"))),
            None => return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = out.iter().take(required).position(Option::is_none) {
        return Err(vm.type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok(out)
}


thread_local! {
    /// Bumped by `_filters_mutated`: registries made under another version are stale.
    static FILTERS_VERSION: Cell<i64> = const { Cell::new(0) };
}

fn check_category(vm: &mut Vm, category: &Value) -> PyResult<TypeRef> {
    match category.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) if t.is_subtype(&vm.types.exc.warning) => Ok(t),
        _ => {
            let t = ops::type_name(vm, category);
            Err(vm.type_error(format!("category must be a Warning subclass, not '{t}'")))
        }
    }
}

/// The `_warnings` module's namespace.
fn state_dict(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::runtime::import::import_module(vm, "_warnings")?;
    match m.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(d) => Ok(d),
        None => Err(vm.system_error("_warnings module has no namespace")),
    }
}

/// An attribute of the `warnings` module if it has been imported (None otherwise).
fn warnings_attr(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let key = vm.new_str("warnings");
    let modules = vm.modules.clone();
    let Payload::Dict(d) = &modules.payload else { return Ok(None) };
    let Some(m) = crate::runtime::objects::dict::Dict::get_item(d, vm, &key)? else { return Ok(None) };
    if m.is_none() {
        return Ok(None);
    }
    let attr = vm.intern(name);
    match ops::getattr(vm, &m, &attr) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.attribute_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `warnings.NAME` when imported, else `_warnings.STATE`.
fn setting(vm: &mut Vm, name: &str, state: &str) -> PyResult<Value> {
    if let Some(v) = warnings_attr(vm, name)? {
        return Ok(v);
    }
    let d = state_dict(vm)?;
    Ok(dict_get_str(vm, &d, &vm.intern(state)).unwrap_or(Value::None))
}

/// CPython's `check_matched`: None matches everything, a str must be equal, anything else is
/// asked `.match(text)`.
fn matched(vm: &mut Vm, pattern: &Value, text: &Value) -> PyResult<bool> {
    if pattern.is_none() {
        return Ok(true);
    }
    if let Some(o) = pattern.as_obj()
        && o.class_is(&vm.types.str)
    {
        return ops::compare::eq_bool(vm, pattern, text);
    }
    let r = vm.call_method_name(pattern, "match", std::slice::from_ref(text))?;
    ops::is_true(vm, &r)
}

/// The action of the first filter matching a warning (the default action when none does), and
/// the filter.
fn get_filter(vm: &mut Vm, category: &TypeRef, text: &Value, lineno: i64, module: &Value) -> PyResult<(Value, Value)> {
    let f = setting(vm, "filters", "filters")?;
    let items = match f.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return Err(vm.value_error("_warnings.filters must be a list")),
    };
    for (i, item) in items.iter().enumerate() {
        let parts = match item.payload() {
            Some(Payload::Tuple(t)) if t.len() == 5 => t.to_vec(),
            _ => return Err(vm.value_error(format!("_warnings.filters item {i} isn't a 5-tuple"))),
        };
        let [action, msg, cat, module_pat, ln] = &parts[..] else { continue };
        if !matches!(action.payload(), Some(Payload::Str(_))) {
            let t = ops::type_name(vm, action);
            return Err(vm.type_error(format!("action must be a string, not '{t}'")));
        }
        let good_msg = matched(vm, msg, text)?;
        let good_mod = matched(vm, module_pat, module)?;
        let is_sub = crate::runtime::builtins::attrs::issubclass(vm, &category.to_value(), cat)?;
        let ln = crate::runtime::builtins::args::index_arg(vm, ln)?;
        if good_msg && is_sub && good_mod && (ln == 0 || ln == lineno) {
            return Ok((action.clone(), item.clone()));
        }
    }
    let action = setting(vm, "defaultaction", "_defaultaction")?;
    if !matches!(action.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &action);
        return Err(vm.type_error(format!("_warnings.defaultaction must be a string, not '{t}'")));
    }
    Ok((action, Value::None))
}

/// CPython's `already_warned`: whether `key` is in the registry (emptied first when the
/// filters changed since it was filled); records it with `set`.
fn already_warned(vm: &mut Vm, registry: &Value, key: Value, set: bool) -> PyResult<bool> {
    let version = FILTERS_VERSION.with(Cell::get);
    let vkey = vm.intern("version");
    let current = ops::getitem(vm, registry, &Value::Obj(vkey.clone())).ok();
    if !matches!(current, Some(Value::Int(v)) if v == version) {
        vm.call_method_name(registry, "clear", &[])?;
        ops::setitem(vm, registry, &Value::Obj(vkey), Value::Int(version))?;
    } else {
        let got = vm.call_method_name(registry, "get", std::slice::from_ref(&key))?;
        if !got.is_none() {
            return ops::is_true(vm, &got);
        }
    }
    if set {
        ops::setitem(vm, registry, &key, Value::Bool(true))?;
    }
    Ok(false)
}

/// Where the places a warning was already shown from are kept.
pub enum Registry<'a> {
    /// The `__warningregistry__` of a module's globals.
    Globals(&'a ObjRef),
    /// A registry dict given by the caller.
    Dict(Value),
    /// None: the warning is shown each time its filter lets it.
    None,
}

/// One warning, from where it is attributed: filtered, then shown (or raised).
pub fn warn_explicit(vm: &mut Vm, message: Value, category: &TypeRef, filename: &str, lineno: i64, module: &str, registry: Registry) -> PyResult<()> {
    let module = vm.new_str(module);
    let filename = vm.new_str(filename);
    let registry = match registry {
        Registry::Globals(g) => {
            let key = vm.intern("__warningregistry__");
            match dict_get_str(vm, g, &key) {
                Some(r) => r,
                None => {
                    let d = Value::Obj(vm.new_dict());
                    dict_set_str(vm, g, key, d.clone());
                    d
                }
            }
        }
        Registry::Dict(d) => d,
        Registry::None => Value::None,
    };
    warn_explicit_value(vm, message, category.to_value(), filename, lineno, module, registry, Value::None, Value::None)
}

#[allow(clippy::too_many_arguments)]
fn warn_explicit_value(vm: &mut Vm, message: Value, category: Value, filename: Value, lineno: i64, module: Value, registry: Value, sourceline: Value, source: Value) -> PyResult<()> {
    if !registry.is_none() && !matches!(registry.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("'registry' must be a dict or None"));
    }
    let warning = vm.types.exc.warning.clone();
    let (text, category, message) = if ops::is_instance(vm, &message, &warning) {
        let t = ops::str_of(vm, &message)?;
        (t, message.class(vm).to_value(), message)
    } else {
        let inst = vm.call(&category, std::slice::from_ref(&message), &[])?;
        (message, category, inst)
    };
    let Some(cat_type) = category.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("category must be a class"));
    };
    let key = vm.new_tuple(vec![text.clone(), category.clone(), Value::Int(lineno)]);
    if !registry.is_none() && already_warned(vm, &registry, key.clone(), false)? {
        return Ok(());
    }
    let (action, item) = get_filter(vm, &cat_type, &text, lineno, &module)?;
    let action_s = text_of_str(&action);
    if action_s == "error" {
        return match message {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Err(crate::runtime::vm::PyErr(o)),
            _ => Err(vm.type_error("exceptions must derive from BaseException")),
        };
    }
    if action_s == "ignore" {
        return Ok(());
    }
    let mut seen = false;
    if action_s != "always" {
        if !registry.is_none() {
            ops::setitem(vm, &registry, &key, Value::Bool(true))?;
        }
        match action_s.as_str() {
            "once" => {
                let reg = if registry.is_none() { setting(vm, "onceregistry", "_onceregistry")? } else { registry.clone() };
                if !matches!(reg.payload(), Some(Payload::Dict(_))) {
                    let t = ops::type_name(vm, &reg);
                    return Err(vm.type_error(format!("_warnings.onceregistry must be a dict, not '{t}'")));
                }
                let alt = vm.new_tuple(vec![text.clone(), category.clone()]);
                seen = already_warned(vm, &reg, alt, true)?;
            }
            "module" => {
                if !registry.is_none() {
                    let alt = vm.new_tuple(vec![text.clone(), category.clone(), Value::Int(0)]);
                    seen = already_warned(vm, &registry, alt, true)?;
                }
            }
            "default" => {}
            _ => {
                let a = ops::repr(vm, &action)?;
                let i = ops::repr(vm, &item)?;
                let msg = format!("Unrecognized action ({}) in warnings.filters:\n {}", text_of_str(&a), text_of_str(&i));
                return Err(vm.new_error(&vm.types.exc.runtime_error.clone(), msg));
            }
        }
    }
    if seen {
        return Ok(());
    }
    show(vm, text, message, category, filename, lineno, sourceline, source)
}

fn text_of_str(v: &Value) -> String {
    text(v).unwrap_or_default()
}

/// CPython's `call_show_warning`: through `warnings._showwarnmsg` when `warnings` is imported,
/// else straight to stderr.
#[allow(clippy::too_many_arguments)]
fn show(vm: &mut Vm, text: Value, message: Value, category: Value, filename: Value, lineno: i64, sourceline: Value, source: Value) -> PyResult<()> {
    if let Some(show_fn) = warnings_attr(vm, "_showwarnmsg")? {
        if !crate::runtime::builtins::conv::is_callable(vm, &show_fn) {
            return Err(vm.type_error("warnings._showwarnmsg() must be set to a callable"));
        }
        let Some(cls) = warnings_attr(vm, "WarningMessage")? else {
            return Err(vm.new_error(&vm.types.exc.runtime_error.clone(), "unable to get warnings.WarningMessage"));
        };
        let msg = vm.call(&cls, &[message, category, filename, Value::Int(lineno), Value::None, Value::None, source], &[])?;
        vm.call(&show_fn, &[msg], &[])?;
        return Ok(());
    }
    let name = match category.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) => t.name().to_string(),
        None => String::new(),
    };
    let text = ops::str_of(vm, &text)?;
    let file = text_of_str(&filename);
    let mut out = format!("{file}:{lineno}: {name}: {}\n", text_of_str(&text));
    let line = match self::text(&sourceline) {
        Some(l) => Some(l),
        None => crate::runtime::traceback::source_line(vm, &file, lineno as i32),
    };
    if let Some(line) = line {
        let line = line.trim();
        if !line.is_empty() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    crate::runtime::stdio::write_stderr(vm, &out);
    Ok(())
}

/// `warn(message, category=None, stacklevel=1, source=None)`.
fn warn(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "warn", &args, &["message", "category", "stacklevel", "source"], 1)?;
    let message = a[0].clone().unwrap_or(Value::None);
    let warning = vm.types.exc.warning.clone();
    let category = if ops::is_instance(vm, &message, &warning) {
        message.class(vm)
    } else {
        match &a[1] {
            Some(c) if !c.is_none() => check_category(vm, c)?,
            _ => vm.types.exc.user_warning.clone(),
        }
    };
    let stacklevel = match &a[2] {
        Some(v) => crate::runtime::builtins::args::index_arg(vm, v)?,
        None => 1,
    };
    let source = a[3].clone().unwrap_or(Value::None);
    let place = if stacklevel >= 1 { vm.frame_at((stacklevel - 1) as usize).map(|f| (f.code.clone(), f.lasti, f.globals.clone())) } else { vm.frame_at(0).map(|f| (f.code.clone(), f.lasti, f.globals.clone())) };
    let (filename, lineno, module, globals) = match place {
        Some((code, lasti, globals)) => {
            let filename = Value::Obj(code.filename.clone());
            let lineno = code.line_of(lasti).map(i64::from).unwrap_or(1);
            let module = match dict_get_str(vm, &globals, &vm.names.__name__) {
                Some(n) if n.is_none() || matches!(n.payload(), Some(Payload::Str(_))) => n,
                _ => vm.new_str("<string>"),
            };
            (filename, lineno, module, globals)
        }
        None => {
            let sys = crate::runtime::import::import_module(vm, "sys")?;
            let g = match sys.as_obj().and_then(|o| o.dict.borrow().clone()) {
                Some(d) => d,
                None => vm.new_dict(),
            };
            (vm.new_str("sys"), 1, vm.new_str("sys"), g)
        }
    };
    let key = vm.intern("__warningregistry__");
    let registry = match dict_get_str(vm, &globals, &key) {
        Some(r) => r,
        None => {
            let d = Value::Obj(vm.new_dict());
            dict_set_str(vm, &globals, key, d.clone());
            d
        }
    };
    if module.is_none() {
        return Ok(Value::None);
    }
    warn_explicit_value(vm, message, category.to_value(), filename, lineno, module, registry, Value::None, source)?;
    Ok(Value::None)
}

/// `warn_explicit(message, category, filename, lineno, module=None, registry=None,
/// module_globals=None, source=None)`.
fn warn_explicit_fn(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "warn_explicit", &args, &["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], 4)?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    let filename = get(2);
    if !matches!(filename.payload(), Some(Payload::Str(_))) {
        let t = ops::type_name(vm, &filename);
        return Err(vm.type_error(format!("warn_explicit() argument 'filename' must be str, not {t}")));
    }
    let lineno = crate::runtime::builtins::args::index_arg(vm, &get(3))?;
    let module = match &a[4] {
        Some(m) => m.clone(),
        None => {
            // The file name without ".py", or "<unknown>".
            let f = text_of_str(&filename);
            if f.is_empty() {
                vm.new_str("<unknown>")
            } else if f.len() >= 3 && f.is_char_boundary(f.len() - 3) && f[f.len() - 3..].eq_ignore_ascii_case(".py") {
                vm.new_str(&f[..f.len() - 3])
            } else {
                filename.clone()
            }
        }
    };
    if module.is_none() {
        return Ok(Value::None);
    }
    let globals = get(6);
    let mut sourceline = Value::None;
    if !globals.is_none() {
        let Some(Payload::Dict(_)) = globals.payload() else {
            let t = ops::type_name(vm, &globals);
            return Err(vm.type_error(format!("module_globals must be a dict, not '{t}'")));
        };
        // The loader's get_source, when it has one.
        let g = globals.as_obj().cloned();
        if let Some(g) = g {
            let loader = dict_get_str(vm, &g, &vm.intern("__loader__"));
            let name = dict_get_str(vm, &g, &vm.names.__name__);
            if let (Some(loader), Some(name)) = (loader, name) {
                let attr = vm.intern("get_source");
                if let Ok(get_source) = ops::getattr(vm, &loader, &attr) {
                    let src = vm.call(&get_source, &[name], &[])?;
                    if let Some(s) = text(&src) {
                        if let Some(l) = s.lines().nth((lineno.max(1) - 1) as usize) {
                            sourceline = vm.new_str(l);
                        }
                    }
                }
            }
        }
    }
    warn_explicit_value(vm, get(0), get(1), filename, lineno, module, get(5), sourceline, get(7))?;
    Ok(Value::None)
}

/// `_filters_mutated()`: the registries filled so far are stale.
fn filters_mutated(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    FILTERS_VERSION.with(|v| v.set(v.get() + 1));
    Ok(Value::None)
}

/// Reports the warnings of a compilation at run time (`compile`, `exec`) through the filters,
/// as CPython's compiler does: attributed to the compiled file and line, with no registry.
pub fn warn_compile(vm: &mut Vm, list: &[crate::frontend::error::CompileWarning]) -> PyResult<()> {
    for w in list {
        let e = &vm.types.exc;
        let category = match w.category {
            "SyntaxWarning" => e.syntax_warning.clone(),
            "DeprecationWarning" => e.deprecation_warning.clone(),
            "RuntimeWarning" => e.runtime_warning.clone(),
            _ => e.warning.clone(),
        };
        let module = w.filename.strip_suffix(".py").unwrap_or(&w.filename).to_string();
        let module = if module.is_empty() { "<unknown>".to_string() } else { module };
        let msg = vm.new_str(&w.msg);
        if let Err(e) = warn_explicit(vm, msg, &category, &w.filename, i64::from(w.lineno), &module, Registry::None) {
            if !vm.err_is(&e, &vm.types.exc.syntax_warning.clone()) {
                return Err(e);
            }
            // A SyntaxWarning turned into an error is reported as a SyntaxError at its line.
            let details = vm.new_tuple(vec![vm.new_str(&w.filename), Value::Int(i64::from(w.lineno)), Value::None, Value::None]);
            let msg = vm.new_str(&w.msg);
            let t = vm.types.exc.syntax_error.to_value();
            return match vm.call(&t, &[msg, details], &[])? {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Err(crate::runtime::vm::PyErr(o)),
                _ => Err(e),
            };
        }
    }
    Ok(())
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("warn", warn),
    MethodDef::function("warn_explicit", warn_explicit_fn),
    MethodDef::function("_filters_mutated", filters_mutated),
];

fn filter_tuple(vm: &Vm, action: &str, category: &TypeRef, module: Value) -> Value {
    vm.new_tuple(vec![vm.new_str(action), Value::None, category.to_value(), module, Value::Int(0)])
}

/// Makes the `_warnings` module, with CPython 3.12's default filters.
pub fn create(vm: &mut Vm) -> Value {
    let d = vm.new_dict();
    let m = Object::new_rc(vm.types.module.clone(), Payload::Module(crate::runtime::object::ModuleData { name: Rc::from("_warnings") }));
    *m.dict.borrow_mut() = Some(d.clone());
    for def in FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    dict_set_str(vm, &d, vm.intern("__name__"), vm.new_str("_warnings"));
    let e = &vm.types.exc;
    let defaults = [
        ("default", &e.deprecation_warning, Some("__main__")),
        ("ignore", &e.deprecation_warning, None),
        ("ignore", &e.pending_deprecation_warning, None),
        ("ignore", &e.import_warning, None),
        ("ignore", &e.resource_warning, None),
    ];
    let items: Vec<Value> = defaults.iter().map(|(a, c, m)| filter_tuple(vm, a, c, m.map(|s| vm.new_str(s)).unwrap_or(Value::None))).collect();
    let list = vm.new_list(items);
    dict_set_str(vm, &d, vm.intern("filters"), list);
    dict_set_str(vm, &d, vm.intern("_defaultaction"), vm.new_str("default"));
    let once = Value::Obj(vm.new_dict());
    dict_set_str(vm, &d, vm.intern("_onceregistry"), once);
    Value::Obj(m)
}
