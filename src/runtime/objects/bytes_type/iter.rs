//! The iterators over bytes and bytearray (`bytes_iterator`, `bytearray_iterator`): a
//! sequence iterator yielding each byte as an int, with the length hint and pickling methods.

use super::Kind;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::iter::IterState;
use crate::runtime::ops;
use crate::runtime::types::init::add_methods;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

type R = PyResult<Value>;

/// A new iterator over a bytes or bytearray `this`.
pub fn new_iter(vm: &Vm, this: &Value, kind: Kind) -> Value {
    let class = match kind {
        Kind::Bytes => &vm.types.bytes_iterator,
        Kind::ByteArray => &vm.types.bytearray_iterator,
    };
    ops::iter::new_iter(
        vm,
        class,
        IterState::Seq {
            seq: this.clone(),
            index: 0,
        },
    )
}

/// The byte at `index` of a bytes or bytearray (the step of the builtin sequence iterator).
pub fn byte_at(seq: &Value, index: usize) -> Option<Value> {
    match seq.payload() {
        Some(Payload::Bytes(b)) => b.get(index).map(|&x| Value::Int(i64::from(x))),
        Some(Payload::ByteArray(b)) => b.borrow().get(index).map(|&x| Value::Int(i64::from(x))),
        _ => None,
    }
}

/// The receiver of an iterator method, checked to be an iterator of `class_name`.
fn this_iter<'a>(vm: &Vm, a: &CallArgs<'a>, class_name: &str, meth: &str) -> PyResult<&'a Value> {
    match a.pos().first() {
        Some(v)
            if matches!(v.payload(), Some(Payload::Iter(_)))
                && &*ops::type_name(vm, v) == class_name =>
        {
            Ok(v)
        }
        Some(v) => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!(
                "descriptor '{meth}' for '{class_name}' objects doesn't apply to a '{t}' object"
            )))
        }
        None => Err(vm.type_error(format!(
            "unbound method {class_name}.{meth}() needs an argument"
        ))),
    }
}

fn state_of(v: &Value) -> Option<(Value, usize)> {
    match v.payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Seq { seq, index } => Some((seq.clone(), *index)),
            _ => None,
        },
        _ => None,
    }
}

fn seq_len(seq: &Value) -> usize {
    match seq.payload() {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.borrow().len(),
        _ => 0,
    }
}

fn next_impl(vm: &mut Vm, a: CallArgs, class_name: &str) -> R {
    let it = this_iter(vm, &a, class_name, "__next__")?;
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.types.exc.stop_iteration.clone(), Vec::new())),
    }
}

fn iter_impl(vm: &mut Vm, a: CallArgs, class_name: &str) -> R {
    Ok(this_iter(vm, &a, class_name, "__iter__")?.clone())
}

fn length_hint_impl(vm: &mut Vm, a: CallArgs, class_name: &str) -> R {
    let it = this_iter(vm, &a, class_name, "__length_hint__")?;
    let n = match state_of(it) {
        Some((seq, index)) => seq_len(&seq).saturating_sub(index),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn reduce_impl(vm: &mut Vm, a: CallArgs, class_name: &str) -> R {
    let it = this_iter(vm, &a, class_name, "__reduce__")?;
    let iter_fn = match crate::runtime::objects::dict::dict_get_str(
        vm,
        &vm.builtins_dict.clone(),
        &vm.intern("iter"),
    ) {
        Some(f) => f,
        None => {
            return Err(vm.new_error(
                &vm.types.exc.attribute_error.clone(),
                "module 'builtins' has no attribute 'iter'",
            ));
        }
    };
    Ok(match state_of(it) {
        Some((seq, index)) => {
            let args = vm.new_tuple(vec![seq]);
            vm.new_tuple(vec![iter_fn, args, Value::Int(index as i64)])
        }
        None => {
            let empty = vm.new_tuple(Vec::new());
            let args = vm.new_tuple(vec![empty]);
            vm.new_tuple(vec![iter_fn, args])
        }
    })
}

fn setstate_impl(vm: &mut Vm, a: CallArgs, class_name: &str) -> R {
    let it = this_iter(vm, &a, class_name, "__setstate__")?;
    let Some(state) = a.pos().get(1) else {
        return Err(vm.type_error(format!(
            "{class_name}.__setstate__() takes exactly one argument (0 given)"
        )));
    };
    let n = match ops::iter::index_value(vm, state)? {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX),
        None => {
            let t = ops::type_name(vm, state);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if let Some(Payload::Iter(st)) = it.payload()
        && let IterState::Seq { seq, index } = &mut *st.borrow_mut() {
            let len = seq_len(seq) as i64;
            *index = n.clamp(0, len) as usize;
        }
    Ok(Value::None)
}

macro_rules! iter_methods {
    ($table:ident, $cls:literal) => {
        static $table: &[MethodDef] = &[
            MethodDef::slot("__next__", |vm, a| next_impl(vm, a, $cls)),
            MethodDef::slot("__iter__", |vm, a| iter_impl(vm, a, $cls)),
            MethodDef::slot("__getattribute__", ops::attr::object_getattribute),
            MethodDef::method("__length_hint__", |vm, a| length_hint_impl(vm, a, $cls)),
            MethodDef::method("__reduce__", |vm, a| reduce_impl(vm, a, $cls)),
            MethodDef::method("__setstate__", |vm, a| setstate_impl(vm, a, $cls)),
        ];
    };
}

iter_methods!(BYTES_ITER_METHODS, "bytes_iterator");
iter_methods!(BYTEARRAY_ITER_METHODS, "bytearray_iterator");

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes_iterator.clone();
    add_methods(vm, &t, BYTES_ITER_METHODS);
    let t = vm.types.bytearray_iterator.clone();
    add_methods(vm, &t, BYTEARRAY_ITER_METHODS);
}
