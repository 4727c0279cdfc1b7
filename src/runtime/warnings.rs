//! The `warnings` module's basics: `warn`, `warn_explicit`, the filters (`filters`,
//! `simplefilter`, `filterwarnings`, `resetwarnings`) with CPython 3.12's defaults and actions
//! (default, once, module, always, ignore, error), and the report CPython prints on stderr
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

const ACTIONS: &[&str] = &["error", "ignore", "always", "default", "module", "once"];

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

/// The `warnings` module's namespace.
fn module_dict(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::runtime::import::import_module(vm, "warnings")?;
    match m.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(d) => Ok(d),
        None => Err(vm.system_error("warnings module has no namespace")),
    }
}

fn filters(vm: &mut Vm) -> PyResult<Value> {
    let d = module_dict(vm)?;
    match dict_get_str(vm, &d, &vm.intern("filters")) {
        Some(f) if matches!(f.payload(), Some(Payload::List(_))) => Ok(f),
        _ => Err(vm.type_error("warnings.filters must be a list")),
    }
}

fn filter_tuple(vm: &Vm, action: &str, message: Value, category: &TypeRef, module: Value, lineno: i64) -> Value {
    vm.new_tuple(vec![vm.new_str(action), message, category.to_value(), module, Value::Int(lineno)])
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

fn check_action(vm: &mut Vm, action: &Value) -> PyResult<String> {
    match text(action) {
        Some(a) if ACTIONS.contains(&a.as_str()) => Ok(a),
        _ => {
            let r = ops::repr(vm, action)?;
            let r = ops::repr::text_of(&r).unwrap_or_default();
            Err(vm.new_error(&vm.types.exc.assertion_error.clone(), format!("invalid action: {r}")))
        }
    }
}

/// Puts a filter first (or last with `append`), removing an equal one.
fn add_filter(vm: &mut Vm, item: Value, append: bool) -> PyResult<()> {
    let f = filters(vm)?;
    let Some(Payload::List(l)) = f.payload() else { return Ok(()) };
    let items = l.borrow().clone();
    let mut kept = Vec::with_capacity(items.len() + 1);
    for i in items {
        if !ops::compare::eq_bool(vm, &i, &item)? {
            kept.push(i);
        }
    }
    if append {
        kept.push(item);
    } else {
        kept.insert(0, item);
    }
    *l.borrow_mut() = kept;
    Ok(())
}

fn simplefilter(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "simplefilter", &args, &["action", "category", "lineno", "append"], 1)?;
    let action = check_action(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let category = match &a[1] {
        Some(c) => check_category(vm, c)?,
        None => vm.types.exc.warning.clone(),
    };
    let lineno = match &a[2] {
        Some(Value::Int(n)) if *n >= 0 => *n,
        None => 0,
        Some(_) => return Err(vm.new_error(&vm.types.exc.assertion_error.clone(), "lineno must be an int >= 0")),
    };
    let append = match &a[3] {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    let item = filter_tuple(vm, &action, Value::None, &category, Value::None, lineno);
    add_filter(vm, item, append)?;
    Ok(Value::None)
}

fn filterwarnings(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "filterwarnings", &args, &["action", "message", "category", "module", "lineno", "append"], 1)?;
    let action = check_action(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let as_pattern = |v: &Option<Value>| match v {
        Some(s) if text(s).is_some_and(|t| !t.is_empty()) => s.clone(),
        _ => Value::None,
    };
    let message = as_pattern(&a[1]);
    let module = as_pattern(&a[3]);
    let category = match &a[2] {
        Some(c) => check_category(vm, c)?,
        None => vm.types.exc.warning.clone(),
    };
    let lineno = match &a[4] {
        Some(Value::Int(n)) if *n >= 0 => *n,
        None => 0,
        Some(_) => return Err(vm.new_error(&vm.types.exc.assertion_error.clone(), "lineno must be an int >= 0")),
    };
    let append = match &a[5] {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    let item = filter_tuple(vm, &action, message, &category, module, lineno);
    add_filter(vm, item, append)?;
    Ok(Value::None)
}

fn resetwarnings(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    let f = filters(vm)?;
    if let Some(Payload::List(l)) = f.payload() {
        let old = std::mem::take(&mut *l.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

/// The action of the first filter matching a warning ("default" when none does).
fn action_for(vm: &mut Vm, text_: &str, category: &TypeRef, module: &str, lineno: i64) -> PyResult<String> {
    let f = filters(vm)?;
    let items = match f.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    for item in items {
        let Some(Payload::Tuple(t)) = item.payload() else { continue };
        let [action, msg, cat, module_pat, ln] = &t[..] else { continue };
        let msg_ok = match text(msg) {
            None => msg.is_none(),
            Some(m) => text_.to_lowercase().starts_with(&m.to_lowercase()),
        };
        let cat_ok = cat.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).is_some_and(|c| category.is_subtype(&c));
        let mod_ok = match text(module_pat) {
            None => module_pat.is_none(),
            Some(m) => m == module,
        };
        let ln_ok = matches!(ln, Value::Int(0)) || matches!(ln, Value::Int(n) if *n == lineno);
        if msg_ok && cat_ok && mod_ok && ln_ok {
            return Ok(text(action).unwrap_or_else(|| "default".to_string()));
        }
    }
    Ok("default".to_string())
}

/// Whether a key is already in the registry; records it.
fn seen_before(vm: &mut Vm, registry: &ObjRef, key: &str) -> PyResult<bool> {
    let k = vm.new_str(key);
    let Payload::Dict(d) = &registry.payload else { return Ok(false) };
    if crate::runtime::objects::dict::Dict::get_item(d, vm, &k)?.is_some() {
        return Ok(true);
    }
    crate::runtime::objects::dict::Dict::set_item(d, vm, k, Value::Bool(true))?;
    Ok(false)
}

/// A registry dict kept in a namespace under `name` (made on first use).
fn registry_in(vm: &mut Vm, ns: &ObjRef, name: &str) -> ObjRef {
    let key = vm.intern(name);
    match dict_get_str(vm, ns, &key) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o,
        _ => {
            let d = vm.new_dict();
            dict_set_str(vm, ns, key, Value::Obj(d.clone()));
            d
        }
    }
}

/// Where the places a warning was already shown from are kept.
pub enum Registry<'a> {
    /// The `__warningregistry__` of a module's globals.
    Globals(&'a ObjRef),
    /// The warnings module's own (for a warning with no Python frame).
    Module,
    /// None: the warning is shown each time its filter lets it.
    None,
}

/// One warning, from where it is attributed: filtered, then printed (or raised).
pub fn warn_explicit(vm: &mut Vm, message: Value, category: &TypeRef, filename: &str, lineno: i64, module: &str, globals: Registry) -> PyResult<()> {
    let is_instance = message.class(vm).is_subtype(&vm.types.exc.warning);
    let (msg_text, category, instance) = if is_instance {
        let s = ops::str_of(vm, &message)?;
        (ops::repr::text_of(&s).unwrap_or_default(), message.class(vm), message.clone())
    } else {
        let s = ops::str_of(vm, &message)?;
        let inst = vm.call(&category.to_value(), std::slice::from_ref(&message), &[])?;
        (ops::repr::text_of(&s).unwrap_or_default(), category.clone(), inst)
    };
    let action = action_for(vm, &msg_text, &category, module, lineno)?;
    if action == "error" {
        return match instance {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Err(crate::runtime::vm::PyErr(o)),
            _ => Err(vm.type_error("exceptions must derive from BaseException")),
        };
    }
    if action == "ignore" {
        return Ok(());
    }
    let wdict = module_dict(vm)?;
    let registry = match globals {
        Registry::Globals(g) => Some(registry_in(vm, g, "__warningregistry__")),
        Registry::Module => Some(registry_in(vm, &wdict, "_registry")),
        Registry::None => None,
    };
    let key = format!("{msg_text}\u{0}{}\u{0}{lineno}", category.name());
    let show = match (action.as_str(), &registry) {
        ("always", _) => true,
        ("once", _) => {
            if let Some(r) = &registry {
                seen_before(vm, r, &key)?;
            }
            let once = registry_in(vm, &wdict, "_onceregistry");
            !seen_before(vm, &once, &format!("{msg_text}\u{0}{}", category.name()))?
        }
        ("module", Some(r)) => {
            seen_before(vm, r, &key)?;
            !seen_before(vm, r, &format!("{msg_text}\u{0}{}\u{0}0", category.name()))?
        }
        (_, Some(r)) => !seen_before(vm, r, &key)?,
        (_, None) => true,
    };
    if show {
        let mut out = format!("{filename}:{lineno}: {}: {msg_text}\n", category.name());
        if let Some(line) = crate::runtime::traceback::source_line(vm, filename, lineno as i32) {
            let line = line.trim();
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        crate::runtime::stdio::write_stderr(vm, &out);
    }
    Ok(())
}

/// `warnings.warn(message, category=None, stacklevel=1, source=None)`.
fn warn(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "warn", &args, &["message", "category", "stacklevel", "source"], 1)?;
    let message = a[0].clone().unwrap_or(Value::None);
    let category = match &a[1] {
        Some(c) if !c.is_none() => check_category(vm, c)?,
        _ => vm.types.exc.user_warning.clone(),
    };
    let stacklevel = match &a[2] {
        Some(Value::Int(n)) => *n,
        _ => 1,
    };
    let level = (stacklevel.max(1) - 1) as usize;
    let place = vm.frame_at(level).map(|f| (f.code.clone(), f.lasti, f.globals.clone()));
    let (filename, lineno, module, globals) = match place {
        Some((code, lasti, globals)) => {
            let filename = ops::repr::text_of(&Value::Obj(code.filename.clone())).unwrap_or_default();
            let lineno = code.line_of(lasti).map(i64::from).unwrap_or(1);
            let module = dict_get_str(vm, &globals, &vm.names.__name__).and_then(|n| text(&n)).unwrap_or_else(|| "<string>".to_string());
            (filename, lineno, module, Some(globals))
        }
        None => ("sys".to_string(), 1, "sys".to_string(), None),
    };
    let registry = match &globals {
        Some(g) => Registry::Globals(g),
        None => Registry::Module,
    };
    warn_explicit(vm, message, &category, &filename, lineno, &module, registry)?;
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

/// `warnings.formatwarning(message, category, filename, lineno, line=None)`.
fn formatwarning(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = bind(vm, "formatwarning", &args, &["message", "category", "filename", "lineno", "line"], 4)?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    let msg = ops::str_of(vm, &get(0))?;
    let cat = get(1);
    let cname = cat.as_obj().and_then(|o| TypeRef::from_obj(o.clone())).map(|t| t.name().to_string()).unwrap_or_default();
    let file = ops::str_of(vm, &get(2))?;
    let lineno = ops::str_of(vm, &get(3))?;
    let (file, lineno) = (ops::repr::text_of(&file).unwrap_or_default(), ops::repr::text_of(&lineno).unwrap_or_default());
    let mut out = format!("{file}:{lineno}: {cname}: {}\n", ops::repr::text_of(&msg).unwrap_or_default());
    let line = match get(4) {
        Value::None => lineno.parse::<i32>().ok().and_then(|n| crate::runtime::traceback::source_line(vm, &file, n)),
        l => text(&l),
    };
    if let Some(l) = line {
        let l = l.trim();
        if !l.is_empty() {
            out.push_str(&format!("  {l}\n"));
        }
    }
    Ok(vm.new_str(&out))
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("warn", warn),
    MethodDef::function("simplefilter", simplefilter),
    MethodDef::function("filterwarnings", filterwarnings),
    MethodDef::function("resetwarnings", resetwarnings),
    MethodDef::function("formatwarning", formatwarning),
];

/// Makes the `warnings` module, with CPython 3.12's default filters.
pub fn create(vm: &mut Vm) -> Value {
    let d = vm.new_dict();
    let m = Object::new_rc(vm.types.module.clone(), Payload::Module(crate::runtime::object::ModuleData { name: Rc::from("warnings") }));
    *m.dict.borrow_mut() = Some(d.clone());
    for def in FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
    dict_set_str(vm, &d, vm.intern("__name__"), vm.new_str("warnings"));
    let e = &vm.types.exc;
    let defaults = [
        ("default", &e.deprecation_warning, Some("__main__")),
        ("ignore", &e.deprecation_warning, None),
        ("ignore", &e.pending_deprecation_warning, None),
        ("ignore", &e.import_warning, None),
        ("ignore", &e.resource_warning, None),
    ];
    let items: Vec<Value> = defaults
        .iter()
        .map(|(a, c, m)| filter_tuple(vm, a, Value::None, c, m.map(|s| vm.new_str(s)).unwrap_or(Value::None), 0))
        .collect();
    let list = vm.new_list(items);
    dict_set_str(vm, &d, vm.intern("filters"), list);
    dict_set_str(vm, &d, vm.intern("defaultaction"), vm.new_str("default"));
    Value::Obj(m)
}
