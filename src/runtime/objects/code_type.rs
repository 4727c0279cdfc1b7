//! The `code` type: the `co_*` attributes, `co_lines()`, `co_positions()`, `replace()`,
//! `_varname_from_oparg()`, equality, hashing and the repr of code objects.

use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::pystr::PyStr;
use crate::runtime::code::Code;
use crate::runtime::object::Payload;
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::types::init::{add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

fn code(v: &Value) -> Option<&Rc<Code>> {
    match v.payload() {
        Some(Payload::Code(c)) => Some(c),
        _ => None,
    }
}

fn wrong(vm: &Vm, v: &Value) -> PyErr {
    let t = ops::type_name(vm, v);
    vm.type_error(format!("descriptor requires a 'code' object but received a '{t}'"))
}

fn this(args: &CallArgs) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

macro_rules! code_or_err {
    ($vm:expr, $v:expr) => {
        match code($v) {
            Some(c) => c.clone(),
            None => return Err(wrong($vm, $v)),
        }
    };
}

/// `<code object f at 0x..., file "x.py", line 3>`.
fn code_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let c = code_or_err!(vm, &v);
    let o = &c.object;
    let s = format!("<code object {} at {:#x}, file \"{}\", line {}>", o.name, v.id(), o.filename, o.firstlineno);
    Ok(vm.new_str(&s))
}

fn names_tuple(vm: &Vm, names: &[Arc<str>]) -> Value {
    let items = names.iter().map(|n| Value::Obj(vm.intern(n))).collect();
    vm.new_tuple(items)
}

fn bytes_value(vm: &Vm, b: &[u8]) -> Value {
    vm.new_object(vm.types.bytes.clone(), Payload::Bytes(b.to_vec().into_boxed_slice()))
}

fn get_argcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.argcount as i64))
}

fn get_posonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.posonlyargcount as i64))
}

fn get_kwonlyargcount(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.kwonlyargcount as i64))
}

fn get_stacksize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.stacksize as i64))
}

fn get_flags(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.flags as i64))
}

fn get_nlocals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.nlocals() as i64))
}

fn get_firstlineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code_or_err!(vm, v).object.firstlineno as i64))
}

fn get_consts(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(vm.new_tuple(c.consts.to_vec()))
}

fn get_names(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(vm.new_tuple(c.names.iter().map(|n| Value::Obj(n.clone())).collect()))
}

fn get_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(names_tuple(vm, &c.object.varnames()))
}

fn get_cellvars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(names_tuple(vm, &c.object.cellvars()))
}

fn get_freevars(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(names_tuple(vm, &c.object.freevars()))
}

fn get_filename(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_or_err!(vm, v).filename.clone()))
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_or_err!(vm, v).name.clone()))
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(code_or_err!(vm, v).qualname.clone()))
}

fn get_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(bytes_value(vm, &c.object.code))
}

/// `_co_code_adaptive`: pyrs specializes nothing, so this is co_code as CPython 3.12 quickens it
/// before the code first runs.
fn get_code_adaptive(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(bytes_value(vm, &crate::bytecode::dis::quicken(&c.object.code)))
}

fn get_linetable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(bytes_value(vm, &c.object.linetable))
}

fn get_exceptiontable(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    Ok(bytes_value(vm, &c.object.exceptiontable))
}

/// The (start, end, line) byte ranges of `co_lines()`: runs of code units on the same line.
fn line_ranges(c: &Code) -> Vec<(usize, usize, Option<i32>)> {
    let n = c.instrs.len();
    let mut out: Vec<(usize, usize, Option<i32>)> = Vec::new();
    for i in 0..n {
        let line = c.line_of(i as u32);
        match out.last_mut() {
            Some(last) if last.2 == line => last.1 = 2 * (i + 1),
            _ => out.push((2 * i, 2 * (i + 1), line)),
        }
    }
    out
}

fn co_lines(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let c = code_or_err!(vm, &v);
    let items: Vec<Value> = line_ranges(&c)
        .into_iter()
        .map(|(s, e, l)| vm.new_tuple(vec![Value::Int(s as i64), Value::Int(e as i64), l.map_or(Value::None, |l| Value::Int(l as i64))]))
        .collect();
    let list = vm.new_list(items);
    ops::iter(vm, &list)
}

fn co_positions(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let c = code_or_err!(vm, &v);
    let opt = |x: Option<i32>| x.map_or(Value::None, |x| Value::Int(x as i64));
    let items: Vec<Value> = (0..c.instrs.len())
        .map(|i| {
            let p = c.position(i as u32);
            vm.new_tuple(vec![opt(p.lineno), opt(p.end_lineno), opt(p.col), opt(p.end_col)])
        })
        .collect();
    let list = vm.new_list(items);
    ops::iter(vm, &list)
}

/// The deprecated `co_lnotab`: (byte delta, line delta) pairs, each split to fit a byte.
fn get_lnotab(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = code_or_err!(vm, v);
    let mut out: Vec<u8> = Vec::new();
    let mut last_line = c.object.firstlineno;
    let mut last_byte = 0usize;
    for (start, _end, line) in line_ranges(&c) {
        let Some(line) = line else { continue };
        let mut bdelta = start - last_byte;
        let mut ldelta = line - last_line;
        if ldelta == 0 {
            continue;
        }
        while bdelta > 255 {
            out.extend([255, 0]);
            bdelta -= 255;
        }
        while ldelta > 127 {
            out.extend([bdelta as u8, 127]);
            bdelta = 0;
            ldelta -= 127;
        }
        while ldelta < -128 {
            out.extend([bdelta as u8, 128]);
            bdelta = 0;
            ldelta += 128;
        }
        out.extend([bdelta as u8, ldelta as i8 as u8]);
        last_byte = start;
        last_line = line;
    }
    Ok(bytes_value(vm, &out))
}

fn varname_from_oparg(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [v, i] = args.pos() else { return Err(vm.type_error("_varname_from_oparg() takes exactly one argument")) };
    let c = code_or_err!(vm, v);
    match i {
        Value::Int(i) if *i >= 0 && (*i as usize) < c.localsplusnames.len() => Ok(Value::Obj(c.localsplusnames[*i as usize].clone())),
        _ => Err(vm.index_error("tuple index out of range")),
    }
}

fn code_eq_impl(vm: &mut Vm, args: CallArgs, eq: bool) -> PyResult<Value> {
    let [a, b] = args.pos() else { return Err(vm.type_error("expected 1 argument")) };
    let (Some(x), Some(y)) = (code(a), code(b)) else { return Ok(vm.not_implemented()) };
    let same = Rc::ptr_eq(x, y) || x.object.same_as(&y.object);
    Ok(Value::Bool(same == eq))
}

fn code_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    code_eq_impl(vm, args, true)
}

fn code_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    code_eq_impl(vm, args, false)
}

fn not_implemented(vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn code_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let c = code_or_err!(vm, &v);
    let o = &c.object;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: u64| {
        h ^= x;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for b in o.name.bytes().chain(o.code.iter().copied()) {
        mix(b as u64);
    }
    mix(o.argcount as u64);
    mix(o.flags as u64);
    mix(o.firstlineno as u64);
    let h = (h >> 1) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn code_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(&args);
    let c = code_or_err!(vm, &v);
    Ok(Value::Int((std::mem::size_of::<Code>() + c.object.code.len()) as i64))
}

/// A constant for `replace(co_consts=...)`, back from a value.
fn value_to_constant(vm: &mut Vm, v: &Value) -> PyResult<Constant> {
    Ok(match v {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(*b),
        Value::Int(i) => Constant::int(*i),
        Value::Float(f) => Constant::Float(*f),
        Value::Null => Constant::None,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Constant::Int(b.clone()),
            Payload::Str(s) => Constant::Str(PyStr::from_code_points(s.chars())),
            Payload::Bytes(b) => Constant::Bytes(Arc::from(&b[..])),
            Payload::Complex { re, im } => Constant::Complex { re: *re, im: *im },
            Payload::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items.iter() {
                    out.push(value_to_constant(vm, i)?);
                }
                Constant::tuple(out)
            }
            Payload::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                let mut out = Vec::with_capacity(items.len());
                for i in &items {
                    out.push(value_to_constant(vm, i)?);
                }
                Constant::FrozenSet(Arc::from(out))
            }
            Payload::Code(c) => Constant::Code(c.object.clone()),
            Payload::Singleton(_) if Rc::ptr_eq(o, &vm.ellipsis) => Constant::Ellipsis,
            _ => {
                let t = ops::type_name(vm, v);
                return Err(vm.type_error(format!("cannot use a '{t}' constant in a code object")));
            }
        },
    })
}

fn int_arg(vm: &mut Vm, key: &str, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("replace() argument '{key}' must be int, not {t}")))
        }
    }
}

fn str_arg(vm: &mut Vm, key: &str, v: &Value) -> PyResult<Arc<str>> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(Arc::from(s.to_string_lossy().as_str())),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("replace() argument '{key}' must be str, not {t}")))
        }
    }
}

fn bytes_arg(vm: &mut Vm, key: &str, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("replace() argument '{key}' must be bytes, not {t}")))
        }
    }
}

fn names_arg(vm: &mut Vm, key: &str, v: &Value) -> PyResult<Vec<Arc<str>>> {
    let Some(Payload::Tuple(items)) = v.payload() else {
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!("replace() argument '{key}' must be tuple, not {t}")));
    };
    let items = items.to_vec();
    let mut out = Vec::with_capacity(items.len());
    for i in &items {
        out.push(str_arg(vm, key, i)?);
    }
    Ok(out)
}

/// `code.replace(**changes)`: a copy with some fields replaced.
fn code_replace(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(v) = pos.first() else { return Err(vm.type_error("replace() needs a code object")) };
    if pos.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let c = code_or_err!(vm, v);
    let mut o: CodeObject = (*c.object).clone();
    for (k, val) in args.kwargs() {
        let key = ops::repr::text_of(k).unwrap_or_default();
        match key.as_str() {
            "co_argcount" => o.argcount = int_arg(vm, &key, val)? as u32,
            "co_posonlyargcount" => o.posonlyargcount = int_arg(vm, &key, val)? as u32,
            "co_kwonlyargcount" => o.kwonlyargcount = int_arg(vm, &key, val)? as u32,
            "co_stacksize" => o.stacksize = int_arg(vm, &key, val)? as u32,
            "co_flags" => o.flags = int_arg(vm, &key, val)? as u32,
            "co_firstlineno" => o.firstlineno = int_arg(vm, &key, val)? as i32,
            "co_nlocals" => {
                int_arg(vm, &key, val)?;
            }
            "co_code" => o.code = bytes_arg(vm, &key, val)?,
            "co_linetable" => o.linetable = bytes_arg(vm, &key, val)?,
            "co_exceptiontable" => o.exceptiontable = bytes_arg(vm, &key, val)?,
            "co_filename" => o.filename = str_arg(vm, &key, val)?,
            "co_name" => o.name = str_arg(vm, &key, val)?,
            "co_qualname" => o.qualname = str_arg(vm, &key, val)?,
            "co_names" => o.names = names_arg(vm, &key, val)?,
            "co_consts" => {
                let Some(Payload::Tuple(items)) = val.payload() else {
                    let t = ops::type_name(vm, val);
                    return Err(vm.type_error(format!("replace() argument 'co_consts' must be tuple, not {t}")));
                };
                let items = items.to_vec();
                let mut consts = Vec::with_capacity(items.len());
                for i in &items {
                    consts.push(value_to_constant(vm, i)?);
                }
                o.consts = consts;
            }
            "co_varnames" | "co_cellvars" | "co_freevars" => {
                let new = names_arg(vm, &key, val)?;
                let bit = match key.as_str() {
                    "co_varnames" => crate::bytecode::code::kinds::LOCAL,
                    "co_cellvars" => crate::bytecode::code::kinds::CELL,
                    _ => crate::bytecode::code::kinds::FREE,
                };
                let slots: Vec<usize> = (0..o.localspluskinds.len()).filter(|&i| o.localspluskinds[i] & bit != 0).collect();
                if slots.len() != new.len() {
                    return Err(vm.value_error(format!("code: {key} is too {}", if new.len() < slots.len() { "small" } else { "big" })));
                }
                for (slot, name) in slots.into_iter().zip(new) {
                    o.localsplusnames[slot] = name;
                }
            }
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for replace()"))),
        }
    }
    let loaded = crate::runtime::code::load(vm, &Arc::new(o))?;
    Ok(vm.new_object(vm.types.code.clone(), Payload::Code(loaded)))
}

static CODE_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", code_repr),
    MethodDef::slot("__hash__", code_hash),
    MethodDef::slot("__lt__", not_implemented),
    MethodDef::slot("__le__", not_implemented),
    MethodDef::slot("__eq__", code_eq),
    MethodDef::slot("__ne__", code_ne),
    MethodDef::slot("__gt__", not_implemented),
    MethodDef::slot("__ge__", not_implemented),
    MethodDef::method("__sizeof__", code_sizeof),
    MethodDef::method("co_lines", co_lines),
    MethodDef::method("co_positions", co_positions),
    MethodDef::method("replace", code_replace),
    MethodDef::method("_varname_from_oparg", varname_from_oparg),
];

static CODE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "co_argcount", get: get_argcount, set: None, doc: None },
    GetSetDef { name: "co_posonlyargcount", get: get_posonlyargcount, set: None, doc: None },
    GetSetDef { name: "co_kwonlyargcount", get: get_kwonlyargcount, set: None, doc: None },
    GetSetDef { name: "co_stacksize", get: get_stacksize, set: None, doc: None },
    GetSetDef { name: "co_flags", get: get_flags, set: None, doc: None },
    GetSetDef { name: "co_nlocals", get: get_nlocals, set: None, doc: None },
    GetSetDef { name: "co_consts", get: get_consts, set: None, doc: None },
    GetSetDef { name: "co_names", get: get_names, set: None, doc: None },
    GetSetDef { name: "co_filename", get: get_filename, set: None, doc: None },
    GetSetDef { name: "co_name", get: get_name, set: None, doc: None },
    GetSetDef { name: "co_qualname", get: get_qualname, set: None, doc: None },
    GetSetDef { name: "co_firstlineno", get: get_firstlineno, set: None, doc: None },
    GetSetDef { name: "co_linetable", get: get_linetable, set: None, doc: None },
    GetSetDef { name: "co_exceptiontable", get: get_exceptiontable, set: None, doc: None },
    GetSetDef { name: "co_lnotab", get: get_lnotab, set: None, doc: None },
    GetSetDef { name: "_co_code_adaptive", get: get_code_adaptive, set: None, doc: None },
    GetSetDef { name: "co_varnames", get: get_varnames, set: None, doc: None },
    GetSetDef { name: "co_cellvars", get: get_cellvars, set: None, doc: None },
    GetSetDef { name: "co_freevars", get: get_freevars, set: None, doc: None },
    GetSetDef { name: "co_code", get: get_code, set: None, doc: None },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    add_methods(vm, &t, CODE_METHODS);
    add_getsets(vm, &t, CODE_GETSETS);
}
