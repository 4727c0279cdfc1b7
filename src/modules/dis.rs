//! `_opcode` (`stack_effect`, as CPython's) and `_dis`, pyrs's own helper of the `dis` and
//! `opcode` modules (lib/dis.py, lib/opcode.py): the one opcode table of `bytecode::opcode` and the
//! instruction decoding of `bytecode::dis` (EXTENDED_ARG folding, inline caches, jump targets,
//! labels, the exception table), shared with `pyrs -m dis`.

use std::sync::Arc;

use crate::bytecode::code::CodeObject;
use crate::bytecode::dis::{cache_format, decoded_op, exception_entries, instructions};
use crate::bytecode::opcode::{self, ALL, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE, MIN_PSEUDO_OPCODE, Op, Operand};
use crate::runtime::io::binary::bytes_like;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::{new_module, set_attr};

/// The `_opcode` module.
pub fn create_opcode(vm: &mut Vm) -> Value {
    new_module(vm, "_opcode", &[MethodDef::function("stack_effect", stack_effect)])
}

/// A C `int` argument (`opcode`): OverflowError beyond 32 bits.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let l = c_long(vm, v, "int")?;
    i32::try_from(l).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// `PyLong_AsLong` (`'x' object cannot be interpreted as an integer`, OverflowError beyond 64
/// bits, naming `what`).
fn c_long(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    let Some(b) = ops::iter::index_value(vm, v)? else {
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    i64::try_from(&b).map_err(|_| vm.overflow_error(format!("Python int too large to convert to C {what}")))
}

/// Whether CPython 3.12's `HAS_ARG` holds: real opcodes from HAVE_ARGUMENT up (any number
/// beyond the pseudo-ops too), and the pseudo-ops that take an oparg.
fn c_has_arg(n: i32) -> bool {
    let pseudo = (i32::from(MIN_PSEUDO_OPCODE)..=266).contains(&n);
    if pseudo {
        return Op::from_number(n as u32).is_some_and(Op::has_arg);
    }
    n >= i32::from(HAVE_ARGUMENT)
}

/// The (popped, pushed) counts of the opcodes whose counts follow the oparg, computed in C's
/// 32-bit arithmetic as CPython's generated metadata does (a negative count is invalid).
fn counts(op: Op, a: i32) -> Option<(i32, i32)> {
    use Op::*;
    Some(match op {
        UNPACK_SEQUENCE => (1, a),
        UNPACK_EX => (1, (a & 0xFF).wrapping_add(a >> 8).wrapping_add(1)),
        SWAP => (a.wrapping_sub(2).wrapping_add(2), a.wrapping_sub(2).wrapping_add(2)),
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => (a, 1),
        BUILD_MAP => (a.wrapping_mul(2), 1),
        RERAISE => (a.wrapping_add(1), a),
        COPY => (a.wrapping_sub(1).wrapping_add(1), a.wrapping_sub(1).wrapping_add(2)),
        RAISE_VARARGS => (a, 0),
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE => (a.wrapping_sub(1).wrapping_add(2), a.wrapping_sub(1).wrapping_add(1)),
        BUILD_CONST_KEY_MAP => (a.wrapping_add(1), 1),
        CALL => (a.wrapping_add(2), 1),
        _ => return None,
    })
}

/// `PyCompile_OpcodeStackEffectWithJump`: `jump` None means the larger of both edges.
fn effect(n: i32, oparg: i32, jump: Option<bool>) -> Option<i32> {
    let op = u32::try_from(n).ok().and_then(Op::from_number)?;
    if let Some((popped, pushed)) = counts(op, oparg) {
        return (popped >= 0 && pushed >= 0).then(|| pushed.wrapping_sub(popped));
    }
    let arg = oparg as u32;
    if op.is_pseudo() {
        // C treats the "either" jump (-1) as true here.
        return op.stack_effect(arg, jump.unwrap_or(true));
    }
    match jump {
        Some(j) => op.stack_effect(arg, j),
        None => {
            let a = op.stack_effect(arg, false)?;
            let b = op.stack_effect(arg, true)?;
            Some(a.max(b))
        }
    }
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let nkw = args.kwnames.len();
    if pos.len() > 2 {
        let msg = if nkw > 0 {
            format!("stack_effect() takes at most 3 arguments ({} given)", pos.len() + nkw)
        } else {
            format!("stack_effect() takes at most 2 positional arguments ({} given)", pos.len())
        };
        return Err(vm.type_error(msg));
    }
    let mut jump = Value::None;
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("jump") => jump = v.clone(),
            Some(name) => {
                return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for stack_effect()")));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let Some(opv) = pos.first() else {
        return Err(vm.type_error("stack_effect() takes at least 1 positional argument (0 given)"));
    };
    let n = c_int(vm, opv)?;
    let oparg = pos.get(1).cloned().unwrap_or(Value::None);
    let mut arg = 0;
    if c_has_arg(n) {
        if oparg.is_none() {
            return Err(vm.value_error("stack_effect: opcode requires oparg but oparg was not specified"));
        }
        // C's `(int)PyLong_AsLong(oparg)`: wraps to 32 bits.
        arg = c_long(vm, &oparg, "long")? as i32;
    } else if !oparg.is_none() {
        return Err(vm.value_error("stack_effect: opcode does not permit oparg but oparg was specified"));
    }
    let jump = match jump {
        Value::None => None,
        Value::Bool(b) => Some(b),
        _ => return Err(vm.value_error("stack_effect: jump must be False, True or None")),
    };
    match effect(n, arg, jump) {
        Some(e) => Ok(Value::Int(i64::from(e))),
        None => Err(vm.value_error("invalid opcode or oparg")),
    }
}

/// The `_dis` module.
pub fn create_dis(vm: &mut Vm) -> Value {
    let m = new_module(
        vm,
        "_dis",
        &[
            MethodDef::function("decode", decode),
            MethodDef::function("exception_entries", exception_table),
            MethodDef::function("findlabels", findlabels),
        ],
    );
    let s = |vm: &Vm, t: &str| vm.new_str(t);
    // (name, number, kind) of every opcode of the table, in numeric order.
    let ops: Vec<Value> = ALL
        .iter()
        .map(|op| {
            let kind = kind_name(*op);
            vm.new_tuple(vec![s(vm, op.name()), Value::Int(i64::from(op.number())), s(vm, kind)])
        })
        .collect();
    let ops = vm.new_tuple(ops);
    set_attr(vm, &m, "opcodes", ops);
    let specs: Vec<Value> = opcode::SPECIALIZATIONS
        .iter()
        .map(|(base, names)| {
            let names = vm.new_tuple(names.iter().map(|n| s(vm, n)).collect());
            vm.new_tuple(vec![s(vm, base.name()), names])
        })
        .collect();
    let specs = vm.new_tuple(specs);
    set_attr(vm, &m, "specializations", specs);
    // In the order of CPython's `opcode._cache_format`.
    const CACHED: [Op; 12] = [
        Op::LOAD_GLOBAL,
        Op::BINARY_OP,
        Op::UNPACK_SEQUENCE,
        Op::COMPARE_OP,
        Op::BINARY_SUBSCR,
        Op::FOR_ITER,
        Op::LOAD_SUPER_ATTR,
        Op::LOAD_ATTR,
        Op::STORE_ATTR,
        Op::CALL,
        Op::STORE_SUBSCR,
        Op::SEND,
    ];
    let mut formats = Vec::new();
    for op in &CACHED {
        let f = cache_format(*op);
        if f.is_empty() {
            continue;
        }
        let fields = f.iter().map(|(n, size)| vm.new_tuple(vec![s(vm, n), Value::Int(*size as i64)])).collect();
        let fields = vm.new_tuple(fields);
        formats.push(vm.new_tuple(vec![s(vm, op.name()), fields]));
    }
    let formats = vm.new_tuple(formats);
    set_attr(vm, &m, "cache_formats", formats);
    let nb: Vec<Value> = opcode::NB_OPS.iter().map(|(n, sym)| vm.new_tuple(vec![s(vm, n), s(vm, sym)])).collect();
    let nb = vm.new_tuple(nb);
    set_attr(vm, &m, "nb_ops", nb);
    for (name, table) in [("intrinsic_1", &opcode::INTRINSIC_1[..]), ("intrinsic_2", &opcode::INTRINSIC_2[..]), ("cmp_op", &opcode::CMP_OPS[..])] {
        let t = vm.new_tuple(table.iter().map(|n| s(vm, n)).collect());
        set_attr(vm, &m, name, t);
    }
    set_attr(vm, &m, "HAVE_ARGUMENT", Value::Int(i64::from(HAVE_ARGUMENT)));
    set_attr(vm, &m, "EXTENDED_ARG", Value::Int(i64::from(Op::EXTENDED_ARG.number())));
    set_attr(vm, &m, "MIN_INSTRUMENTED_OPCODE", Value::Int(i64::from(MIN_INSTRUMENTED_OPCODE)));
    set_attr(vm, &m, "MIN_PSEUDO_OPCODE", Value::Int(i64::from(MIN_PSEUDO_OPCODE)));
    m
}

/// Which `opcode.has*` list an opcode belongs to (besides `hasarg`).
fn kind_name(op: Op) -> &'static str {
    match op.operand() {
        Operand::None => "",
        Operand::Arg => "arg",
        Operand::Jump => "jrel",
        Operand::BlockPush => "exc",
        Operand::Const => "const",
        Operand::Name => "name",
        Operand::Local => "local",
        Operand::Free => "free",
        Operand::Compare => "compare",
    }
}

/// A code object holding only `code` and `exceptiontable`, for the decoder.
fn bare_code(code: Vec<u8>, exceptiontable: Vec<u8>) -> CodeObject {
    let empty: Arc<str> = Arc::from("");
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: 0,
        code,
        consts: Vec::new(),
        names: Vec::new(),
        localsplusnames: Vec::new(),
        localspluskinds: Vec::new(),
        filename: empty.clone(),
        name: empty.clone(),
        qualname: empty,
        firstlineno: 0,
        linetable: Vec::new(),
        exceptiontable,
    }
}

fn bool_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => ops::is_true(vm, v),
    }
}

/// `decode(code, exceptiontable, show_caches)`: the instructions of co_code as tuples
/// `(opname, opcode, arg, kind, argrepr, offset, is_jump_target, jump_target)`. `kind` says
/// what the oparg refers to, for dis to look up (`const`, `name`, `global`, `attr`,
/// `super_attr`, `local`, `compare`, `format`, `jump`), `cache` for a CACHE line, else empty
/// (`argrepr` is then complete).
fn decode(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let [code, table, rest @ ..] = pos else { return Err(vm.type_error("decode() takes 2 or 3 arguments")) };
    let code = bytes_like(vm, code)?;
    let table = if table.is_none() { Vec::new() } else { bytes_like(vm, table)? };
    let show_caches = bool_arg(vm, rest.first())?;
    let co = bare_code(code, table);
    let mut out = Vec::new();
    for ins in instructions(&co, show_caches) {
        // A CACHE line of show_caches carries an oparg of 0; the CACHE opcode itself has none.
        let is_cache_line = ins.opname == "CACHE" && ins.arg.is_some();
        let kind = match (decoded_op(ins.opcode), ins.arg) {
            _ if is_cache_line => "cache",
            (Some(op), Some(_)) => match op.operand() {
                Operand::Const => "const",
                Operand::Name => match op {
                    Op::LOAD_GLOBAL => "global",
                    Op::LOAD_ATTR => "attr",
                    Op::LOAD_SUPER_ATTR => "super_attr",
                    _ => "name",
                },
                Operand::Jump => "jump",
                Operand::Local | Operand::Free => "local",
                Operand::Compare => "compare",
                _ if op == Op::FORMAT_VALUE => "format",
                _ => "",
            },
            _ => "",
        };
        let arg = ins.arg.map_or(Value::None, Value::Int);
        let target = ins.jump_target.map_or(Value::None, Value::Int);
        let t = vm.new_tuple(vec![
            vm.new_str(&ins.opname),
            Value::Int(i64::from(ins.opcode)),
            arg,
            vm.new_str(kind),
            vm.new_str(&ins.argrepr),
            Value::Int(ins.offset as i64),
            Value::Bool(ins.is_jump_target),
            target,
        ]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

/// `exception_entries(exceptiontable)`: `(start, end, target, depth, lasti)` in bytes, as
/// `dis._parse_exception_table` reads them.
fn exception_table(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [table] = args.pos() else { return Err(vm.type_error("exception_entries() takes exactly one argument")) };
    let table = bytes_like(vm, table)?;
    let co = bare_code(Vec::new(), table);
    let out = exception_entries(&co)
        .into_iter()
        .map(|e| {
            let start = i64::from(e.start) * 2;
            let end = i64::from(e.end) * 2;
            vm.new_tuple(vec![
                Value::Int(start),
                Value::Int(end),
                Value::Int(i64::from(e.target) * 2),
                Value::Int(i64::from(e.depth)),
                Value::Bool(e.lasti),
            ])
        })
        .collect();
    Ok(vm.new_list(out))
}

/// `findlabels(code)`: the jump targets of co_code in the order first seen.
fn findlabels(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [code] = args.pos() else { return Err(vm.type_error("findlabels() takes exactly one argument")) };
    let code = bytes_like(vm, code)?;
    let co = bare_code(code, Vec::new());
    let mut out: Vec<i64> = Vec::new();
    for ins in instructions(&co, false) {
        if let Some(t) = ins.jump_target
            && !out.contains(&t)
        {
            out.push(t);
        }
    }
    Ok(vm.new_list(out.into_iter().map(Value::Int).collect()))
}
