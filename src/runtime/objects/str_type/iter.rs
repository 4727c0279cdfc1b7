//! The str iterators: `str_ascii_iterator` (over an ASCII str) and `str_iterator`, with
//! `__next__`, `__length_hint__`, `__reduce__` and `__setstate__`.

use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::IterState;
use crate::runtime::ops;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

fn state<'a>(vm: &Vm, a: &CallArgs<'a>, name: &str) -> PyResult<(&'a Value, &'a std::cell::RefCell<IterState>)> {
    let Some(this) = a.pos().first() else {
        return Err(vm.type_error(format!("unbound method str_iterator.{name}() needs an argument")));
    };
    match this.payload() {
        Some(Payload::Iter(st)) if matches!(&*st.borrow(), IterState::Str { .. } | IterState::Done) => Ok((this, st)),
        _ => Err(crate::runtime::format::wrong_receiver(vm, name, "str_iterator", this)),
    }
}

fn iter_self(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, _) = state(vm, &a, "__iter__")?;
    Ok(this.clone())
}

fn next(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (this, _) = state(vm, &a, "__next__")?;
    let this = this.clone();
    match ops::next(vm, &this)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn length_hint(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (_, st) = state(vm, &a, "__length_hint__")?;
    let n = match &*st.borrow() {
        IterState::Str { s, index } => match s.payload() {
            Some(Payload::Str(ps)) => ps.len().saturating_sub(*index),
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn reduce(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (_, st) = state(vm, &a, "__reduce__")?;
    let iter_name = vm.intern("iter");
    let iter_fn = crate::runtime::objects::dict::dict_get_str(vm, &vm.builtins_dict.clone(), &iter_name)
        .ok_or_else(|| vm.name_error("name 'iter' is not defined"))?;
    let current = match &*st.borrow() {
        IterState::Str { s, index } => Some((s.clone(), *index)),
        _ => None,
    };
    Ok(match current {
        Some((s, index)) => {
            let args = vm.new_tuple(vec![s]);
            vm.new_tuple(vec![iter_fn, args, Value::Int(index as i64)])
        }
        None => {
            let args = vm.new_tuple(vec![vm.new_str("")]);
            vm.new_tuple(vec![iter_fn, args])
        }
    })
}

fn setstate(vm: &mut Vm, a: CallArgs) -> PyResult<Value> {
    let (_, st) = state(vm, &a, "__setstate__")?;
    let Some(v) = a.pos().get(1) else {
        return Err(vm.type_error("str_iterator.__setstate__() takes exactly one argument (0 given)"));
    };
    let i = super::args::ssize(vm, v)?;
    if let IterState::Str { s, index } = &mut *st.borrow_mut() {
        let len = match s.payload() {
            Some(Payload::Str(ps)) => ps.len(),
            _ => 0,
        };
        *index = i.clamp(0, len as i64) as usize;
    }
    Ok(Value::None)
}

static ITER_METHODS: &[MethodDef] = &[
    MethodDef::slot("__getattribute__", crate::runtime::ops::attr::object_getattribute),
    MethodDef::slot("__iter__", iter_self),
    MethodDef::slot("__next__", next),
    MethodDef::method("__length_hint__", length_hint),
    MethodDef::method("__reduce__", reduce),
    MethodDef::method("__setstate__", setstate),
];

pub fn init(vm: &mut Vm) {
    for t in [vm.types.str_iterator.clone(), vm.types.str_uni_iterator.clone()] {
        add_methods(vm, &t, ITER_METHODS);
    }
}
