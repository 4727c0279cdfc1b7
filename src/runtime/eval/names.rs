//! Name access in the loop: fast locals' errors, cells and free variables, LOAD_NAME and its
//! family (locals, globals, builtins), globals, attributes and `super()` attributes.

use crate::bytecode::opcode::Op;
use crate::runtime::code::{Code, GlobalCache};
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::{Dict, dict_get_str, dict_set_str};
use crate::runtime::objects::super_::super_lookup;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::vm::{PyErr, PyResult, Vm};

use super::{fr, pop, push};

/// UnboundLocalError for fast local `i`.
pub(super) fn unbound_local(vm: &Vm, raw: *mut Frame, i: u32) -> PyErr {
    let name = fr!(raw).code.local_name(i as usize);
    let e = vm.new_error(
        &vm.types.exc.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    set_name_attr(vm, &e, &name);
    e
}

/// NameError("name 'x' is not defined"), with its `name` attribute.
pub fn name_not_defined(vm: &Vm, name: &ObjRef) -> PyErr {
    let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
    let e = vm.name_error(format!("name '{n}' is not defined"));
    set_name_attr(vm, &e, &n);
    e
}

fn set_name_attr(vm: &Vm, e: &PyErr, name: &str) {
    crate::runtime::objects::exception_kinds::set_name(vm, e, name);
}

/// The error of reading an empty cell or free variable.
fn empty_cell(vm: &Vm, raw: *mut Frame, i: u32) -> PyErr {
    let f = fr!(raw);
    let name = f.code.local_name(i as usize);
    let is_free = f.code.localspluskinds.get(i as usize).is_some_and(|k| k & crate::bytecode::code::kinds::FREE != 0);
    if is_free {
        let e = vm.name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ));
        set_name_attr(vm, &e, &name);
        e
    } else {
        unbound_local(vm, raw, i)
    }
}

fn cell_get(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    }
}

pub(super) fn cells(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    let i = arg as usize;
    match op {
        Op::MAKE_CELL => {
            let f = fr!(raw);
            let initial = std::mem::take(&mut f.localsplus[i]);
            let cell = vm.new_object(vm.types.cell.clone(), Payload::Cell(std::cell::RefCell::new(initial)));
            fr!(raw).localsplus[i] = cell;
            Ok(())
        }
        // The closure was copied into the free slots when the frame was made.
        Op::COPY_FREE_VARS => Ok(()),
        Op::LOAD_CLOSURE => {
            let v = fr!(raw).localsplus[i].clone();
            push(raw, v);
            Ok(())
        }
        Op::LOAD_DEREF => {
            let v = cell_get(&fr!(raw).localsplus[i]);
            if v.is_null() {
                return Err(empty_cell(vm, raw, arg));
            }
            push(raw, v);
            Ok(())
        }
        Op::STORE_DEREF => {
            let v = pop(raw);
            let cell = fr!(raw).localsplus[i].clone();
            if let Some(Payload::Cell(c)) = cell.payload() {
                let old = std::mem::replace(&mut *c.borrow_mut(), v);
                drop(old);
            }
            Ok(())
        }
        Op::DELETE_DEREF => {
            let cell = fr!(raw).localsplus[i].clone();
            if let Some(Payload::Cell(c)) = cell.payload() {
                if c.borrow().is_null() {
                    return Err(empty_cell(vm, raw, arg));
                }
                let old = std::mem::take(&mut *c.borrow_mut());
                drop(old);
            }
            Ok(())
        }
        Op::LOAD_FROM_DICT_OR_DEREF => {
            let mapping = pop(raw);
            let name = fr!(raw).code.localsplusnames[i].clone();
            if let Some(v) = mapping_get(vm, &mapping, &name)? {
                push(raw, v);
                return Ok(());
            }
            let v = cell_get(&fr!(raw).localsplus[i]);
            if v.is_null() {
                return Err(empty_cell(vm, raw, arg));
            }
            push(raw, v);
            Ok(())
        }
        _ => Err(vm.system_error("unexpected cell opcode")),
    }
}

/// `mapping[name]`, None for a missing key (KeyError swallowed for non-dict mappings).
fn mapping_get(vm: &mut Vm, mapping: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(Payload::Dict(d)) = mapping.payload() {
        if ops::is_exact(vm, mapping, &vm.types.dict.clone()) {
            if let Some(o) = mapping.as_obj() {
                if let Some(v) = dict_get_str(vm, o, name) {
                    return Ok(Some(v));
                }
            }
            return Dict::get_item(d, vm, &Value::Obj(name.clone()));
        }
    }
    match ops::getitem(vm, mapping, &Value::Obj(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, &vm.types.exc.key_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A global, then a builtin.
pub fn load_global(vm: &mut Vm, globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> PyResult<Value> {
    if let Some(v) = dict_get_str(vm, globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_str(vm, builtins, name) {
        return Ok(v);
    }
    Err(name_not_defined(vm, name))
}

/// LOAD_GLOBAL (pushing NULL first with the low bit of `arg`).
pub(super) fn load_global_op(vm: &mut Vm, raw: *mut Frame, arg: u32) -> PyResult<()> {
    let v = load_global_cached(vm, raw, arg)?;
    if arg & 1 != 0 {
        push(raw, Value::Null);
    }
    push(raw, v);
    Ok(())
}

/// LOAD_GLOBAL's cache hit (for the instruction at `at`), run inside the loop: the value at
/// the remembered entry, pushed straight onto the stack (after NULL with the low bit of
/// `arg`). False (nothing changed) on a miss, which `load_global_op` then handles.
#[inline(always)]
pub(super) fn load_global_fast(f: &mut Frame, code: &Code, arg: u32, at: usize) -> bool {
    let Some(cache) = code.instrs.get(at + 1).and_then(|c| code.global_caches.get(c.arg as usize)) else {
        return false;
    };
    let Some(name) = code.names.get((arg >> 1) as usize) else { return false };
    let c = cache.get();
    if c.globals != std::rc::Rc::as_ptr(&f.globals) as usize {
        return false;
    }
    let (Payload::Dict(globals), Payload::Dict(builtins)) = (&f.globals.payload, &f.builtins.payload) else {
        return false;
    };
    let globals = globals.borrow();
    let v = if !c.builtin {
        match globals.str_ref_at(c.index as usize, name) {
            Some(v) => v.clone(),
            None => return false,
        }
    } else {
        if globals.version != c.globals_version {
            return false;
        }
        match builtins.borrow().str_ref_at(c.index as usize, name) {
            Some(v) => v.clone(),
            None => return false,
        }
    };
    drop(globals);
    if arg & 1 != 0 {
        super::stack_push(&mut f.stack, Value::Null);
    }
    super::stack_push(&mut f.stack, v);
    true
}

/// LOAD_GLOBAL through its cache (`code::GlobalCache`): a hit reads the remembered dict entry
/// directly; a miss looks the name up and remembers where it was found.
#[inline]
fn load_global_cached(vm: &mut Vm, raw: *mut Frame, arg: u32) -> PyResult<Value> {
    let f = fr!(raw);
    let code = &f.code;
    let name = &code.names[(arg >> 1) as usize];
    let slot = code.instrs.get(f.lasti as usize + 1).map_or(0, |c| c.arg as usize);
    let (Payload::Dict(globals), Payload::Dict(builtins)) = (&f.globals.payload, &f.builtins.payload) else {
        let (name, globals, builtins) = (name.clone(), f.globals.clone(), f.builtins.clone());
        return load_global(vm, &globals, &builtins, &name);
    };
    let Some(cache) = code.global_caches.get(slot) else {
        let (name, globals, builtins) = (name.clone(), f.globals.clone(), f.builtins.clone());
        return load_global(vm, &globals, &builtins, &name);
    };
    let c = cache.get();
    let gaddr = std::rc::Rc::as_ptr(&f.globals) as usize;
    if c.globals == gaddr {
        if !c.builtin {
            if let Some(v) = globals.borrow().str_at(c.index as usize, name) {
                return Ok(v);
            }
        } else if globals.borrow().version == c.globals_version {
            if let Some(v) = builtins.borrow().str_at(c.index as usize, name) {
                return Ok(v);
            }
        }
    }
    let Payload::Str(s) = &name.payload else {
        return Err(vm.system_error("a global name is not a str"));
    };
    let hash = s.hash(vm.hash_key);
    let g = globals.borrow();
    if let Some(i) = g.index_of_str(name, hash) {
        cache.set(GlobalCache { globals: gaddr, globals_version: g.version, index: i as u32, builtin: false });
        return Ok(g.value_at(i).unwrap_or_default());
    }
    let b = builtins.borrow();
    if let Some(i) = b.index_of_str(name, hash) {
        cache.set(GlobalCache { globals: gaddr, globals_version: g.version, index: i as u32, builtin: true });
        return Ok(b.value_at(i).unwrap_or_default());
    }
    drop((g, b));
    let (name, globals, builtins) = (name.clone(), f.globals.clone(), f.builtins.clone());
    load_global(vm, &globals, &builtins, &name)
}

pub(super) fn names(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    match op {
        Op::LOAD_NAME => {
            let (name, locals, globals, builtins) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.locals.clone(), f.globals.clone(), f.builtins.clone())
            };
            let Some(locals) = locals else {
                let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
                return Err(vm.system_error(format!("no locals when loading '{n}'")));
            };
            if let Some(v) = mapping_get(vm, &locals, &name)? {
                push(raw, v);
                return Ok(());
            }
            let v = load_global(vm, &globals, &builtins, &name)?;
            push(raw, v);
            Ok(())
        }
        Op::LOAD_FROM_DICT_OR_GLOBALS => {
            let mapping = pop(raw);
            let (name, globals, builtins) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.globals.clone(), f.builtins.clone())
            };
            if let Some(v) = mapping_get(vm, &mapping, &name)? {
                push(raw, v);
                return Ok(());
            }
            let v = load_global(vm, &globals, &builtins, &name)?;
            push(raw, v);
            Ok(())
        }
        Op::STORE_NAME => {
            let v = pop(raw);
            let (name, locals) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.locals.clone())
            };
            let Some(locals) = locals else {
                let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
                return Err(vm.system_error(format!("no locals found when storing '{n}'")));
            };
            if let Some(o) = locals.as_obj() {
                if ops::is_exact(vm, &locals, &vm.types.dict.clone()) {
                    dict_set_str(vm, o, name, v);
                    return Ok(());
                }
            }
            ops::setitem(vm, &locals, &Value::Obj(name), v)
        }
        Op::DELETE_NAME => {
            let (name, locals) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.locals.clone())
            };
            let Some(locals) = locals else {
                let n = name.as_str().map(|s| s.to_string_lossy()).unwrap_or_default();
                return Err(vm.system_error(format!("no locals when deleting '{n}'")));
            };
            match ops::delitem(vm, &locals, &Value::Obj(name.clone())) {
                Ok(()) => Ok(()),
                Err(e) if vm.err_is(&e, &vm.types.exc.key_error.clone()) => Err(name_not_defined(vm, &name)),
                Err(e) => Err(e),
            }
        }
        Op::STORE_GLOBAL => {
            let v = pop(raw);
            let (name, globals) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.globals.clone())
            };
            dict_set_str(vm, &globals, name, v);
            Ok(())
        }
        Op::DELETE_GLOBAL => {
            let (name, globals) = {
                let f = fr!(raw);
                (f.code.names[arg as usize].clone(), f.globals.clone())
            };
            let Payload::Dict(d) = &globals.payload else { return Ok(()) };
            if Dict::del_item(d, vm, &Value::Obj(name.clone()))?.is_none() {
                return Err(name_not_defined(vm, &name));
            }
            Ok(())
        }
        Op::LOAD_LOCALS => {
            let locals = fr!(raw).locals.clone();
            match locals {
                Some(l) => {
                    push(raw, l);
                    Ok(())
                }
                None => Err(vm.system_error("no locals found")),
            }
        }
        Op::SETUP_ANNOTATIONS => {
            let Some(locals) = fr!(raw).locals.clone() else {
                return Err(vm.system_error("no locals found when setting up annotations"));
            };
            let key = vm.names.__annotations__.clone();
            if mapping_get(vm, &locals, &key)?.is_none() {
                let d = Value::Obj(vm.new_dict());
                ops::setitem(vm, &locals, &Value::Obj(key), d)?;
            }
            Ok(())
        }
        _ => Err(vm.system_error("unexpected name opcode")),
    }
}

/// LOAD_SUPER_ATTR: `super().name` or `super(cls, self).name` (with the method bit, a method
/// and its receiver, as LOAD_ATTR's method form).
pub(super) fn load_super_attr(vm: &mut Vm, raw: *mut Frame, arg: u32) -> PyResult<()> {
    let name = fr!(raw).code.names[(arg >> 2) as usize].clone();
    let this = pop(raw);
    let class = pop(raw);
    let global_super = pop(raw);
    let is_builtin_super = global_super.as_obj().is_some_and(|o| TypeRef::from_obj(o.clone()).is_some_and(|t| t.ptr_eq(&vm.types.super_)));
    let class_t = class.as_obj().and_then(|o| TypeRef::from_obj(o.clone()));
    if let (true, Some(cls)) = (is_builtin_super, class_t) {
        let (found, receiver) = super_lookup(vm, &cls, &this, &name, arg & 1 != 0)?;
        if arg & 1 != 0 {
            push(raw, found);
            push(raw, receiver);
        } else {
            push(raw, found);
        }
        return Ok(());
    }
    let sup = if arg & 2 != 0 { vm.call(&global_super, &[class, this], &[])? } else { vm.call(&global_super, &[], &[])? };
    let v = ops::getattr(vm, &sup, &name)?;
    if arg & 1 != 0 {
        push(raw, Value::Null);
    }
    push(raw, v);
    Ok(())
}
