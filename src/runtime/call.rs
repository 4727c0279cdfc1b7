//! Calls: `vm.call` for every kind of callable, and the binding of arguments to a Python
//! function's parameters (defaults, keyword-only, positional-only, `*args`, `**kwargs`) with
//! CPython's error messages.

use std::rc::Rc;

use crate::bytecode::code::flags as co_flags;
use crate::machine::Engine;

use super::frame::Frame;
use super::object::Payload;
use super::objects::dict::Dict;
use super::objects::function::{BuiltinFunction, CallArgs, Function, NativeKind};
use super::ops;
use super::types::TypeRef;
use super::value::{ObjRef, Value};
use super::vm::{PyResult, Vm};

/// Whether a class attribute is called with the receiver prepended, without binding: Python
/// functions and builtin method descriptors.
#[inline]
pub fn is_plain_method(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.payload {
        Payload::Function(_) => true,
        Payload::BuiltinFunction(b) => {
            b.bound.is_none()
                && matches!(b.kind, super::objects::function::NativeKind::Method | super::objects::function::NativeKind::Slot)
        }
        _ => false,
    }
}

impl Vm {
    /// `callable(*args)` with the last `kwnames.len()` args passed by keyword.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        super::finalize::run_due(self);
        let Value::Obj(o) = callable else {
            let t = ops::type_name(self, callable);
            return Err(self.type_error(format!("'{t}' object is not callable")));
        };
        match &o.payload {
            Payload::Function(_) => call_function(self, o, args, kwnames),
            Payload::BuiltinFunction(b) => match &b.bound {
                None => {
                    if !matches!(b.kind, NativeKind::Function | NativeKind::StaticMethod) {
                        check_descriptor_receiver(self, b, &args[..args.len() - kwnames.len()])?;
                    }
                    (b.func)(self, CallArgs { args, kwnames })
                }
                Some(recv) => with_prepended(recv, args, |all| (b.func)(self, CallArgs { args: all, kwnames })),
            },
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                call_prepended(self, &func, &receiver, args, kwnames)
            }
            Payload::Type(_) if !o.class_ref().has_flag(super::types::flags::HEAPTYPE) => {
                let cls = TypeRef::from_obj(o.clone()).unwrap_or_else(|| self.types.object.clone());
                super::types::class::type_call(self, &cls, args, kwnames)
            }
            _ => {
                let t = o.class();
                match t.lookup(self, &self.names.__call__) {
                    Some(f) => {
                        if is_plain_method(&f) {
                            call_prepended(self, &f, callable, args, kwnames)
                        } else {
                            let bound = ops::attr::bind(self, &f, callable)?;
                            self.call(&bound, args, kwnames)
                        }
                    }
                    None => Err(self.type_error(format!("'{}' object is not callable", t.name()))),
                }
            }
        }
    }

    /// `callable(*args)`, positional only.
    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, &[], &[])
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method_name(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let (m, recv) = ops::attr::load_method(self, obj, &n)?;
        if m.is_null() {
            self.call(&recv, args, &[])
        } else {
            call_prepended(self, &m, &recv, args, &[])
        }
    }
}

/// Runs `f` on the slice `[first, *args]`, built on the stack when it is short.
#[inline]
pub fn with_prepended<R>(first: &Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    const N: usize = 8;
    if args.len() < N {
        let mut buf: [Value; N] = Default::default();
        buf[0] = first.clone();
        buf[1..=args.len()].clone_from_slice(args);
        f(&buf[..=args.len()])
    } else {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(first.clone());
        all.extend_from_slice(args);
        f(&all)
    }
}

/// `callable(first, *args)` with the last `kwnames.len()` args passed by keyword, without
/// allocating for a few arguments.
#[inline]
pub fn call_prepended(vm: &mut Vm, callable: &Value, first: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    with_prepended(first, args, |all| vm.call(callable, all, kwnames))
}

/// Whether `v` is an instance of the type object `owner` (by MRO).
fn instance_of_obj(vm: &Vm, v: &Value, owner: &ObjRef) -> bool {
    let check = |t: &TypeRef| Rc::ptr_eq(t.obj(), owner) || t.mro.borrow().iter().any(|b| Rc::ptr_eq(b.obj(), owner));
    match v {
        Value::Obj(o) => check(&o.class_ref()),
        _ => check(&v.class(vm)),
    }
}

/// The checks of calling a builtin method descriptor unbound (`list.append(x, 1)`): its first
/// argument must be an instance (a subclass, for class methods) of the defining type.
fn check_descriptor_receiver(vm: &Vm, b: &BuiltinFunction, pos: &[Value]) -> PyResult<()> {
    let Some(owner) = &b.owner else { return Ok(()) };
    if b.kind != NativeKind::ClassMethod
        && let Some(first) = pos.first()
        && instance_of_obj(vm, first, owner)
    {
        return Ok(());
    }
    let owner_name = TypeRef::from_obj(owner.clone()).map(|t| t.name()).unwrap_or_else(|| Rc::from("?"));
    let name = b.name;
    let Some(first) = pos.first() else {
        return Err(vm.type_error(match b.kind {
            NativeKind::Method => format!("unbound method {owner_name}.{name}() needs an argument"),
            _ => format!("descriptor '{name}' of '{owner_name}' object needs an argument"),
        }));
    };
    match b.kind {
        NativeKind::ClassMethod => match first.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
            None => {
                let t = ops::type_name(vm, first);
                Err(vm.type_error(format!("descriptor '{name}' for type '{owner_name}' needs a type, not a '{t}' as arg 2")))
            }
            Some(t) if !t.mro.borrow().iter().any(|x| Rc::ptr_eq(x.obj(), owner)) => {
                Err(vm.type_error(format!("descriptor '{name}' requires a subtype of '{owner_name}' but received '{}'", t.name())))
            }
            Some(_) => Ok(()),
        },
        _ if instance_of_obj(vm, first, owner) => Ok(()),
        NativeKind::Slot => {
            let t = ops::type_name(vm, first);
            Err(vm.type_error(format!("descriptor '{name}' requires a '{owner_name}' object but received a '{t}'")))
        }
        _ => {
            let t = ops::type_name(vm, first);
            Err(vm.type_error(format!("descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{t}' object")))
        }
    }
}

/// Native parameters parsed the way Argument Clinic parses them: one value per name in
/// `names` (Null where not given), with CPython's messages. The first `posonly` parameters are
/// positional-only, the first `required` are required; `maxpos` parameters may be given by
/// position.
pub struct NativeParams<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub required: usize,
    pub maxpos: usize,
}

impl NativeParams<'_> {
    pub fn parse(&self, vm: &Vm, args: &CallArgs) -> PyResult<Vec<Value>> {
        let pos = args.pos();
        let f = self.fname;
        if pos.len() > self.maxpos {
            let n = self.maxpos;
            let s = if n == 1 { "" } else { "s" };
            let how = if self.required >= self.maxpos { "exactly" } else { "at most" };
            let what = if self.maxpos < self.names.len() { "positional " } else { "" };
            return Err(vm.type_error(format!("{f}() takes {how} {n} {what}argument{s} ({} given)", pos.len())));
        }
        let mut out = vec![Value::Null; self.names.len()];
        out[..pos.len()].clone_from_slice(pos);
        if args.has_kwargs() && self.posonly >= self.names.len() {
            return Err(vm.type_error(format!("{f}() takes no keyword arguments")));
        }
        for (k, v) in args.kwargs() {
            let key = ops::repr::text_of(k).unwrap_or_default();
            let at = self.names.iter().position(|n| *n == key).filter(|&i| i >= self.posonly);
            let Some(i) = at else {
                return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {f}()")));
            };
            if !out[i].is_null() {
                return Err(vm.type_error(format!("argument for {f}() given by name ('{key}') and position ({})", i + 1)));
            }
            out[i] = v.clone();
        }
        for (i, v) in out.iter().enumerate().take(self.required) {
            if v.is_null() {
                return Err(vm.type_error(format!("{f}() missing required argument '{}' (pos {})", self.names[i], i + 1)));
            }
        }
        Ok(out)
    }
}

/// Calls a Python function object.
pub fn call_function(vm: &mut Vm, func_obj: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Payload::Function(f) = &func_obj.payload else {
        return Err(vm.type_error("not a function"));
    };
    let frame = make_frame(vm, func_obj, f, args, kwnames)?;
    let engine = vm.engine;
    engine.run_frame(vm, frame)
}

/// A new frame for calling `f` with these arguments, bound to its parameters.
pub fn make_frame(vm: &mut Vm, func_obj: &ObjRef, f: &Function, args: &[Value], kwnames: &[Value]) -> PyResult<Box<Frame>> {
    let code = f.code.clone();
    let mut frame = Frame::pooled(vm, code, f.globals.clone(), f.builtins.clone());
    frame.func = Some(func_obj.clone());
    if kwnames.is_empty()
        && binds_positionally(f, args.len())
        && let Some(slots) = frame.localsplus.get_mut(..args.len())
    {
        // One to one: nothing to check.
        slots.clone_from_slice(args);
    } else {
        bind_arguments(vm, f, &mut frame.localsplus, args, kwnames)?;
    }
    install_closure(&mut frame, f);
    Ok(frame)
}

/// Puts a function's closure cells into the free-variable slots of its new frame.
#[inline(always)]
pub fn install_closure(frame: &mut Frame, f: &Function) {
    if let Some(closure) = &f.closure {
        let n = frame.localsplus.len();
        let nfree = closure.len().min(n);
        for (i, cell) in closure.iter().take(nfree).enumerate() {
            frame.localsplus[n - nfree + i] = cell.clone();
        }
    }
}

/// Whether a call with exactly `nargs` positional arguments binds them one to one to the
/// function's parameters (no defaults, keyword-only parameters, `*args` or `**kwargs` involved).
#[inline]
pub fn binds_positionally(f: &Function, nargs: usize) -> bool {
    let code = &f.code;
    code.argcount == nargs
        && code.kwonlyargcount == 0
        && code.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
}

fn qualname_text(f: &Function) -> String {
    match &*f.qualname.borrow() {
        Value::Obj(o) => o.as_str().map(|s| s.to_string_lossy()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds call arguments into the fast locals of a new frame (CPython's `initialize_locals`).
pub fn bind_arguments(vm: &mut Vm, f: &Function, locals: &mut [Value], args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let code = &f.code;
    let argcount = code.argcount;
    let posonly = code.posonlyargcount;
    let kwonly = code.kwonlyargcount;
    let has_varargs = code.flags & co_flags::VARARGS != 0;
    let has_varkw = code.flags & co_flags::VARKEYWORDS != 0;
    let npos = args.len() - kwnames.len();
    let total = argcount + kwonly;
    // **kwargs dict, created first (its slot comes after *args).
    let varkw_slot = total + usize::from(has_varargs);
    let kwdict = if has_varkw {
        let d = vm.new_dict();
        locals[varkw_slot] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    // Positional arguments.
    let n = npos.min(argcount);
    locals[..n].clone_from_slice(&args[..n]);
    if has_varargs {
        let extra = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
        locals[total] = vm.new_tuple(extra);
    }
    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in kwnames.iter().zip(&args[npos..]) {
        let Value::Obj(name_obj) = name else { continue };
        let Some(name_str) = name_obj.as_str() else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let mut found = None;
        for i in posonly..total {
            let pn = &code.localsplusnames[i];
            if Rc::ptr_eq(pn, name_obj) || pn.as_str().is_some_and(|p| p.equals(name_str)) {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) => {
                if !locals[i].is_null() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname_text(f),
                        name_str.to_string_lossy()
                    )));
                }
                locals[i] = value.clone();
            }
            None => {
                if let Some(d) = &kwdict {
                    if let Payload::Dict(dd) = &d.payload {
                        Dict::set_item(dd, vm, name.clone(), value.clone())?;
                    }
                    continue;
                }
                let is_posonly = (0..posonly).any(|i| code.localsplusnames[i].as_str().is_some_and(|p| p.equals(name_str)));
                if is_posonly {
                    posonly_as_kw.push(name_str.to_string_lossy());
                    continue;
                }
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname_text(f),
                    name_str.to_string_lossy()
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname_text(f),
            posonly_as_kw.join(", ")
        )));
    }
    if !has_varargs && npos > argcount {
        return Err(too_many_positional(vm, f, npos, locals));
    }
    // Defaults of positional parameters.
    if npos < argcount {
        let defaults_obj = match &*f.defaults.borrow() {
            Value::Obj(o) => Some(o.clone()),
            _ => None,
        };
        let defaults: &[Value] = match defaults_obj.as_deref().map(|o| &o.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in npos..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.local_name(i));
                }
            }
        }
        if !missing.is_empty() {
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() missing {} required positional argument{s}: {}",
                qualname_text(f),
                missing.len(),
                name_list(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if !locals[i].is_null() {
                continue;
            }
            let name = code.localsplusnames[i].clone();
            let d = match &kwdefaults {
                Value::Obj(o) => match &o.payload {
                    Payload::Dict(d) => Dict::get_item(d, vm, &Value::Obj(name))?,
                    _ => None,
                },
                _ => None,
            };
            match d {
                Some(v) => locals[i] = v,
                None => missing.push(code.local_name(i)),
            }
        }
        if !missing.is_empty() {
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{s}: {}",
                qualname_text(f),
                missing.len(),
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

/// "f() takes 2 positional arguments but 3 were given", with CPython's variants.
fn too_many_positional(vm: &Vm, f: &Function, given: usize, locals: &[Value]) -> super::vm::PyErr {
    let code = &f.code;
    let argcount = code.argcount;
    let ndefaults = match &*f.defaults.borrow() {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.len(),
            _ => 0,
        },
        _ => 0,
    };
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", argcount - ndefaults.min(argcount), argcount)
    } else {
        format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
    };
    let kwonly_given = (argcount..argcount + code.kwonlyargcount).filter(|&i| !locals[i].is_null()).count();
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    vm.type_error(format!("{}() takes {takes} but {given_text}", qualname_text(f)))
}
