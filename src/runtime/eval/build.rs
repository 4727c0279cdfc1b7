//! Data-building instructions: tuples, lists, sets, dicts, strings and f-string formatting,
//! unpacking, the comprehension appends, pattern-matching helpers, and the intrinsics.

use crate::bytecode::opcode::{Op, intrinsic};
use crate::runtime::frame::Frame;
use crate::runtime::object::Payload;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::{set, strops};
use crate::runtime::ops;
use crate::runtime::types::flags;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{fr, pop, pop_n, push};

/// `slice(start, stop, step)`.
pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    vm.new_object(vm.types.slice.clone(), Payload::Slice { start, stop, step })
}

/// The items of an iterable, as a vector (fast for lists and tuples).
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if !o.class_ref().has_flag(flags::HEAPTYPE) {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
    }
    let it = ops::iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// The value `n` slots below the top (1 = top).
fn peek(raw: *mut Frame, n: u32) -> Value {
    let s = &fr!(raw).stack;
    s[s.len() - n as usize].clone()
}

pub(super) fn data_op(vm: &mut Vm, raw: *mut Frame, op: Op, arg: u32) -> PyResult<()> {
    match op {
        Op::BUILD_TUPLE => {
            let items = pop_n(raw, arg as usize);
            push(raw, vm.new_tuple(items));
        }
        Op::BUILD_LIST => {
            let items = pop_n(raw, arg as usize);
            push(raw, vm.new_list(items));
        }
        Op::BUILD_SET => {
            let items = pop_n(raw, arg as usize);
            let s = set::new_set(vm, items)?;
            push(raw, s);
        }
        Op::BUILD_MAP => {
            let items = pop_n(raw, 2 * arg as usize);
            let d = vm.new_dict();
            if let Payload::Dict(dd) = &d.payload {
                for kv in items.chunks(2) {
                    Dict::set_item(dd, vm, kv[0].clone(), kv[1].clone())?;
                }
            }
            push(raw, Value::Obj(d));
        }
        Op::BUILD_CONST_KEY_MAP => {
            let keys = pop(raw);
            let values = pop_n(raw, arg as usize);
            let d = vm.new_dict();
            if let (Payload::Dict(dd), Some(Payload::Tuple(ks))) = (&d.payload, keys.payload()) {
                let ks = ks.clone();
                for (k, v) in ks.iter().zip(values) {
                    Dict::set_item(dd, vm, k.clone(), v)?;
                }
            }
            push(raw, Value::Obj(d));
        }
        Op::BUILD_STRING => {
            let parts = pop_n(raw, arg as usize);
            let s = strops::join_strs(vm, &parts);
            push(raw, s);
        }
        Op::FORMAT_VALUE => {
            let spec = if arg & 4 != 0 { pop(raw) } else { Value::Null };
            let v = pop(raw);
            let v = match arg & 3 {
                1 => ops::str_of(vm, &v)?,
                2 => ops::repr(vm, &v)?,
                3 => crate::runtime::builtins::ascii_of(vm, &v)?,
                _ => v,
            };
            let out = if spec.is_null() && ops::is_exact(vm, &v, &vm.types.str.clone()) {
                v
            } else {
                let spec = if spec.is_null() { vm.new_str("") } else { spec };
                crate::runtime::builtins::format_value(vm, &v, &spec)?
            };
            push(raw, out);
        }
        Op::LIST_APPEND => {
            let v = pop(raw);
            let l = peek(raw, arg);
            if let Some(Payload::List(items)) = l.payload() {
                items.borrow_mut().push(v);
            }
        }
        Op::SET_ADD => {
            let v = pop(raw);
            let s = peek(raw, arg);
            set::set_add(vm, &s, v)?;
        }
        Op::MAP_ADD => {
            let value = pop(raw);
            let key = pop(raw);
            let d = peek(raw, arg);
            if let Some(Payload::Dict(dd)) = d.payload() {
                Dict::set_item(dd, vm, key, value)?;
            }
        }
        Op::LIST_EXTEND => {
            let iterable = pop(raw);
            let l = peek(raw, arg);
            let items = match collect(vm, &iterable) {
                Ok(items) => items,
                Err(e) => {
                    let not_iterable = vm.err_is(&e, &vm.types.exc.type_error.clone())
                        && ops::iter(vm, &iterable).is_err();
                    if not_iterable {
                        let t = ops::type_name(vm, &iterable);
                        return Err(vm.type_error(format!("Value after * must be an iterable, not {t}")));
                    }
                    return Err(e);
                }
            };
            if let Some(Payload::List(dst)) = l.payload() {
                dst.borrow_mut().extend(items);
            }
        }
        Op::SET_UPDATE => {
            let iterable = pop(raw);
            let s = peek(raw, arg);
            // CPython's `set_update_internal`: a set or dict operand is merged by its table.
            match s.payload() {
                Some(Payload::Set(cell)) => set::SetTable::update(cell, vm, &iterable)?,
                _ => return Err(vm.system_error("SET_UPDATE on a non-set")),
            }
        }
        Op::DICT_UPDATE => {
            let src = pop(raw);
            let d = peek(raw, arg);
            if let Err(e) = crate::runtime::objects::dictops::update(vm, &d, &src) {
                let not_mapping = vm.err_is(&e, &vm.types.exc.attribute_error.clone());
                if not_mapping {
                    let t = ops::type_name(vm, &src);
                    return Err(vm.type_error(format!("'{t}' object is not a mapping")));
                }
                return Err(e);
            }
        }
        Op::DICT_MERGE => {
            let src = pop(raw);
            let d = peek(raw, arg);
            // The callable sits two slots below the dict being merged into.
            let func = peek(raw, arg + 2);
            crate::runtime::objects::dictops::merge_kwargs(vm, &d, &src, &func)?;
        }
        Op::UNPACK_SEQUENCE => {
            let seq = pop(raw);
            let items = unpack(vm, &seq, arg as usize, None)?;
            let s = &mut fr!(raw).stack;
            s.extend(items.into_iter().rev());
        }
        Op::UNPACK_EX => {
            let before = (arg & 0xFF) as usize;
            let after = (arg >> 8) as usize;
            let seq = pop(raw);
            let items = unpack(vm, &seq, before, Some(after))?;
            let s = &mut fr!(raw).stack;
            s.extend(items.into_iter().rev());
        }
        Op::GET_LEN => {
            let v = peek(raw, 1);
            let n = ops::len(vm, &v)?;
            push(raw, Value::Int(n as i64));
        }
        Op::MATCH_MAPPING => {
            let v = peek(raw, 1);
            let m = v.class(vm).has_flag(flags::MAPPING) || matches!(v.payload(), Some(Payload::Dict(_)));
            push(raw, Value::Bool(m));
        }
        Op::MATCH_SEQUENCE => {
            let v = peek(raw, 1);
            let m = v.class(vm).has_flag(flags::SEQUENCE);
            push(raw, Value::Bool(m));
        }
        Op::MATCH_KEYS => {
            let keys = peek(raw, 1);
            let subject = peek(raw, 2);
            let r = crate::runtime::objects::pattern::match_keys(vm, &subject, &keys)?;
            push(raw, r);
        }
        Op::MATCH_CLASS => {
            let names = pop(raw);
            let cls = pop(raw);
            let subject = pop(raw);
            let r = crate::runtime::objects::pattern::match_class(vm, &subject, &cls, arg as usize, &names)?;
            push(raw, r);
        }
        Op::CALL_INTRINSIC_1 => {
            let v = pop(raw);
            let r = intrinsic_1(vm, raw, arg, v)?;
            push(raw, r);
        }
        Op::CALL_INTRINSIC_2 => {
            let v1 = pop(raw);
            let v2 = pop(raw);
            let r = if arg == intrinsic::PREP_RERAISE_STAR {
                crate::runtime::objects::exception_group::prep_reraise_star(vm, v2, v1)?
            } else {
                crate::runtime::objects::typing::intrinsic_2(vm, arg, v2, v1)?
            };
            push(raw, r);
        }
        _ => return Err(vm.system_error("unexpected data opcode")),
    }
    Ok(())
}

/// Unpacks `seq` into exactly `before` items, or with a starred target, `before` items, a
/// list, and `after` items. The items come back in order.
fn unpack(vm: &mut Vm, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match seq.payload() {
        Some(Payload::Tuple(t)) if !seq.class(vm).has_flag(flags::HEAPTYPE) => t.to_vec(),
        Some(Payload::List(l)) if !seq.class(vm).has_flag(flags::HEAPTYPE) => l.borrow().clone(),
        _ => {
            if ops::iter(vm, seq).is_err() {
                let t = ops::type_name(vm, seq);
                return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
            }
            match after {
                None => {
                    // Stop one past the expected count, as CPython does.
                    let it = ops::iter(vm, seq)?;
                    let mut out = Vec::with_capacity(before);
                    while let Some(x) = ops::next(vm, &it)? {
                        out.push(x);
                        if out.len() > before {
                            return Err(vm.value_error(format!("too many values to unpack (expected {before})")));
                        }
                    }
                    out
                }
                Some(_) => collect(vm, seq)?,
            }
        }
    };
    match after {
        None => {
            if items.len() < before {
                let got = items.len();
                return Err(vm.value_error(format!("not enough values to unpack (expected {before}, got {got})")));
            }
            if items.len() > before {
                return Err(vm.value_error(format!("too many values to unpack (expected {before})")));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                let got = items.len();
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {got})",
                    before + after
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            let mut out = items;
            out.push(vm.new_list(middle));
            out.extend(tail);
            Ok(out)
        }
    }
}

fn intrinsic_1(vm: &mut Vm, raw: *mut Frame, arg: u32, v: Value) -> PyResult<Value> {
    match arg {
        intrinsic::PRINT => {
            crate::runtime::builtins::displayhook(vm, &v)?;
            Ok(Value::None)
        }
        intrinsic::IMPORT_STAR => {
            let locals = fr!(raw).locals.clone();
            crate::runtime::import::import_star(vm, &v, locals)?;
            Ok(Value::None)
        }
        intrinsic::STOPITERATION_ERROR => crate::runtime::objects::generator::stopiteration_error(vm, fr!(raw).code.flags, v),
        intrinsic::ASYNC_GEN_WRAP => Ok(crate::runtime::objects::generator::async_gen_wrap(vm, v)),
        intrinsic::UNARY_POSITIVE => ops::unary_op(vm, &v, ops::arith::UnaryOp::Pos),
        intrinsic::LIST_TO_TUPLE => match v.payload() {
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                Ok(vm.new_tuple(items))
            }
            _ => Err(vm.system_error("LIST_TO_TUPLE of a non-list")),
        },
        intrinsic::TYPEVAR | intrinsic::PARAMSPEC | intrinsic::TYPEVARTUPLE | intrinsic::SUBSCRIPT_GENERIC | intrinsic::TYPEALIAS => {
            crate::runtime::objects::typing::intrinsic_1(vm, arg, v)
        }
        _ => Err(vm.system_error(format!("invalid intrinsic function {arg}"))),
    }
}
