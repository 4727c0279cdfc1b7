//! `Code`: a code object prepared for execution, built once from a `bytecode::CodeObject`:
//! instructions decoded one per code unit (so jump targets and exception-table offsets stay
//! CPython's), constants turned into values, names interned, the exception table decoded. The
//! bytecode is verified on the way (indices in range, jumps inside the code, a consistent stack
//! depth), so that a malformed .pyc raises an error instead of misbehaving.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use crate::bytecode::code::{CodeObject, Constant, flags as co_flags, kinds};
use crate::bytecode::exctable::{self, ExceptionEntry};
use crate::bytecode::linetable::{self, Position};
use crate::bytecode::opcode::{Op, Operand};

use super::object::Payload;
use super::value::{ObjRef, Value};
use super::vm::{PyResult, Vm};

/// One decoded instruction. `next` is the code-unit index of the following instruction (after
/// the caches); EXTENDED_ARG units become `Op::EXTENDED_ARG` entries the loop steps over.
#[derive(Copy, Clone, Debug)]
pub struct Instr {
    pub op: Op,
    /// How many CACHE units follow (`op.caches()`, kept here for the loop).
    pub skip: u8,
    /// Which instruction right after this one the loop runs in the same dispatch (a jump to
    /// the second still runs it alone).
    pub fuse: Fuse,
    pub arg: u32,
}

/// Pairs of instructions run in one dispatch (see `Instr::fuse`).
#[derive(Copy, Clone, Default, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Fuse {
    #[default]
    No,
    /// A LOAD_FAST or STORE_FAST followed by a LOAD_FAST.
    LoadFast,
    /// A LOAD_FAST followed by a LOAD_ATTR, when the attribute load hits its cache inline.
    LoadAttr,
}

/// Which case an attribute instruction's cache holds (see `eval::attr_cache`).
#[derive(Copy, Clone, Default, PartialEq, Eq, Debug)]
pub enum AttrKind {
    #[default]
    Empty,
    /// The attribute lives in the instance dict (at entry `index`, last time); the type has no
    /// attribute of that name. For STORE_ATTR: the store goes to the instance dict.
    InstanceDict,
    /// A method load: `value` is the function found on the type, not shadowed by the instance.
    Method,
    /// `value` is a data descriptor of a builtin kind (property, member, getset) on the type.
    DataDescr,
    /// `value` is a plain class attribute (of a builtin type, no `__get__`), unless the
    /// instance dict shadows it.
    ClassAttr,
    /// `value` is a non-data descriptor of a builtin kind (function, classmethod,
    /// staticmethod, builtin method) on the type, bound at each load, unless the instance dict
    /// shadows it.
    NonDataDescr,
    /// A load on a class whose metaclass is `type` (keyed by the class's own version tag):
    /// `value` was found along the class's MRO, `type` has no attribute of that name, and the
    /// load is `value.__get__(None, cls)` (builtin descriptor kinds only).
    TypeAttr,
    /// None of the cached cases: go straight to the general path.
    Slow,
}

/// One entry of an attribute instruction's cache, valid for the type whose version tag is
/// `version` (0: empty).
#[derive(Clone, Default)]
pub struct AttrCache {
    pub version: u32,
    pub kind: AttrKind,
    pub index: u32,
    pub value: Value,
}

/// How many types one attribute instruction remembers (sites that see several classes, such
/// as a method called on the subclasses of a base, stay cached).
pub const ATTR_WAYS: usize = 4;

/// The cache of one LOAD_ATTR or STORE_ATTR instruction: an entry per type seen, replaced in
/// turn once all are used.
#[derive(Clone, Default)]
pub struct AttrSite {
    pub ways: [AttrCache; ATTR_WAYS],
    pub next: u8,
}

impl AttrSite {
    /// The entry for a type version, if cached.
    #[inline]
    pub fn find(&self, version: u32) -> Option<&AttrCache> {
        self.ways.iter().find(|w| w.version == version)
    }

    /// Remembers an entry, in place of the one for the same version or the oldest.
    pub fn fill(&mut self, entry: AttrCache) {
        let at = match self.ways.iter().position(|w| w.version == entry.version || w.version == 0) {
            Some(i) => i,
            None => {
                let i = self.next as usize % ATTR_WAYS;
                self.next = ((i + 1) % ATTR_WAYS) as u8;
                i
            }
        };
        self.ways[at] = entry;
    }
}

/// What LOAD_GLOBAL remembers of its last lookup: in which namespace the name was found and at
/// which entry (`Dict::str_at`). The entry is checked to still hold the name on every use; a
/// builtin hit also requires the globals to have gained no key since (`globals_version`).
#[derive(Copy, Clone, Default)]
pub struct GlobalCache {
    /// The globals dict the lookup ran with (its address; 0 when empty).
    pub globals: usize,
    pub globals_version: u64,
    pub index: u32,
    pub builtin: bool,
}

pub struct Code {
    /// The code object as loaded (what `co_code`, `co_lines()`... expose).
    pub object: Arc<CodeObject>,
    pub instrs: Box<[Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    pub localsplusnames: Box<[ObjRef]>,
    pub localspluskinds: Box<[u8]>,
    pub exceptions: Box<[ExceptionEntry]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub flags: u32,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub stacksize: usize,
    /// Number of fast locals (parameters first).
    pub nlocals: usize,
    pub ncells: usize,
    pub nfrees: usize,
    positions: OnceCell<Vec<Position>>,
    /// One per LOAD_GLOBAL instruction (numbered in its first CACHE unit).
    pub global_caches: Box<[Cell<GlobalCache>]>,
    /// One per LOAD_ATTR and STORE_ATTR instruction (numbered in its first CACHE unit).
    pub attr_caches: Box<[RefCell<AttrSite>]>,
}

impl Code {
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// Total number of parameters (positional, keyword-only, *args, **kwargs).
    pub fn total_args(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + usize::from(self.flags & co_flags::VARARGS != 0)
            + usize::from(self.flags & co_flags::VARKEYWORDS != 0)
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
    }

    /// The position of the instruction at code unit `i`.
    pub fn position(&self, i: u32) -> Position {
        let pos = self.positions.get_or_init(|| {
            linetable::decode(&self.object.linetable, self.object.firstlineno, self.instrs.len())
        });
        pos.get(i as usize).copied().unwrap_or(Position { lineno: None, end_lineno: None, col: None, end_col: None })
    }

    /// The line of the instruction at code unit `i` (None where the code has no line).
    pub fn line_of(&self, i: u32) -> Option<i32> {
        self.position(i).lineno
    }

    /// The handler covering code unit `i`.
    pub fn handler_for(&self, i: u32) -> Option<&ExceptionEntry> {
        self.exceptions.iter().find(|e| e.start <= i && i < e.end)
    }

    /// The name of localsplus slot `i` as Rust text.
    pub fn local_name(&self, i: usize) -> String {
        match self.localsplusnames.get(i).map(|o| &o.payload) {
            Some(Payload::Str(s)) => s.to_string_lossy(),
            _ => "?".into(),
        }
    }

    pub fn is_cell_slot(&self, i: usize) -> bool {
        self.localspluskinds.get(i).is_some_and(|k| k & kinds::CELL != 0)
    }
}

/// Builds the runtime code for a code object (and, recursively, its nested code constants).
pub fn load(vm: &mut Vm, object: &Arc<CodeObject>) -> PyResult<Rc<Code>> {
    let bad = |vm: &Vm, msg: String| vm.system_error(format!("invalid code object: {msg}"));
    let units = object.code.len() / 2;
    if object.code.len() % 2 != 0 {
        return Err(bad(vm, "co_code has an odd length".into()));
    }
    let mut instrs = Vec::with_capacity(units);
    let mut ext: u32 = 0;
    let mut nglobal_caches: u32 = 0;
    let mut nattr_caches: u32 = 0;
    let mut i = 0;
    while i < units {
        let byte = object.code[2 * i];
        let arg = u32::from(object.code[2 * i + 1]);
        let Some(op) = Op::from_byte(byte) else {
            return Err(bad(vm, format!("unknown opcode {byte} at offset {}", 2 * i)));
        };
        let full = (ext << 8) | arg;
        if op == Op::EXTENDED_ARG {
            ext = full;
            instrs.push(Instr { op, skip: 0, fuse: Fuse::No, arg: full });
            i += 1;
            continue;
        }
        ext = 0;
        let arg = if op.has_arg() { full } else { 0 };
        let skip = op.caches() as u8;
        instrs.push(Instr { op, skip, fuse: Fuse::No, arg });
        // The first cache unit of LOAD_GLOBAL, LOAD_ATTR and STORE_ATTR holds the index of
        // the instruction's slot in `global_caches` or `attr_caches`.
        let cache_arg = match op {
            Op::LOAD_GLOBAL => {
                nglobal_caches += 1;
                nglobal_caches - 1
            }
            Op::LOAD_ATTR | Op::STORE_ATTR => {
                nattr_caches += 1;
                nattr_caches - 1
            }
            _ => 0,
        };
        for k in 0..skip {
            instrs.push(Instr { op: Op::CACHE, skip: 0, fuse: Fuse::No, arg: if k == 0 { cache_arg } else { 0 } });
        }
        i += 1 + op.caches() as usize;
    }
    if instrs.len() != units {
        return Err(bad(vm, "an instruction's caches run past the end of co_code".into()));
    }
    for k in 1..instrs.len() {
        instrs[k - 1].fuse = match (instrs[k - 1].op, instrs[k].op) {
            (Op::LOAD_FAST | Op::STORE_FAST, Op::LOAD_FAST) => Fuse::LoadFast,
            (Op::LOAD_FAST, Op::LOAD_ATTR) => Fuse::LoadAttr,
            _ => Fuse::No,
        };
    }
    let mut consts = Vec::with_capacity(object.consts.len());
    for c in &object.consts {
        consts.push(constant_value(vm, c)?);
    }
    let names: Vec<ObjRef> = object.names.iter().map(|n| vm.intern(n)).collect();
    let localsplusnames: Vec<ObjRef> = object.localsplusnames.iter().map(|n| vm.intern(n)).collect();
    if object.localspluskinds.len() != localsplusnames.len() {
        return Err(bad(vm, "co_localspluskinds and co_localsplusnames differ in length".into()));
    }
    let kinds = &object.localspluskinds;
    let nlocals = kinds.iter().filter(|k| *k & kinds::LOCAL != 0).count();
    let ncells = kinds.iter().filter(|k| *k & kinds::CELL != 0).count();
    let nfrees = kinds.iter().filter(|k| *k & kinds::FREE != 0).count();
    let exceptions = exctable::decode(&object.exceptiontable).map_err(|m| bad(vm, m))?;
    let code = Code {
        object: object.clone(),
        instrs: instrs.into_boxed_slice(),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        localsplusnames: localsplusnames.into_boxed_slice(),
        localspluskinds: kinds.clone().into_boxed_slice(),
        exceptions: exceptions.into_boxed_slice(),
        name: vm.intern(&object.name),
        qualname: vm.intern(&object.qualname),
        filename: vm.new_str(&object.filename).as_obj().cloned().unwrap_or_else(|| vm.intern("?")),
        flags: object.flags,
        argcount: object.argcount as usize,
        posonlyargcount: object.posonlyargcount as usize,
        kwonlyargcount: object.kwonlyargcount as usize,
        stacksize: object.stacksize as usize,
        nlocals,
        ncells,
        nfrees,
        positions: OnceCell::new(),
        global_caches: (0..nglobal_caches).map(|_| Cell::new(GlobalCache::default())).collect(),
        attr_caches: (0..nattr_caches).map(|_| RefCell::new(AttrSite::default())).collect(),
    };
    verify(&code).map_err(|m| bad(vm, m))?;
    Ok(Rc::new(code))
}

/// Turns a constant into a value (code constants into code objects).
pub fn constant_value(vm: &mut Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Obj(vm.ellipsis.clone()),
        Constant::StopIteration => vm.types.exc.stop_iteration.to_value(),
        Constant::Int(i) => Value::from_bigint(vm, i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { re, im } => vm.new_object(vm.types.complex.clone(), Payload::Complex { re: *re, im: *im }),
        Constant::Str(s) => match s.as_str() {
            // Identifier-like constants are interned, as CPython's code constructor does.
            Some(t) if t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => Value::Obj(vm.intern(t)),
            _ => vm.str_value(super::objects::str::PyString::from_code_points(s.code_points())),
        },
        Constant::Bytes(b) => vm.new_object(vm.types.bytes.clone(), Payload::Bytes(b.to_vec().into_boxed_slice())),
        Constant::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for i in items.iter() {
                v.push(constant_value(vm, i)?);
            }
            vm.new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            let mut v = Vec::with_capacity(items.len());
            for i in items.iter() {
                v.push(constant_value(vm, i)?);
            }
            super::objects::set::new_frozenset(vm, v)?
        }
        Constant::Code(co) => {
            let code = load(vm, co)?;
            vm.new_object(vm.types.code.clone(), Payload::Code(code))
        }
        Constant::List(_) | Constant::Set(_) | Constant::Dict(_) => {
            return Err(vm.system_error(format!("invalid code object: a {} constant", c.type_name())));
        }
    })
}

/// Checks what the eval loop relies on: operand indices in range, jump targets inside the code
/// and landing on instructions, and a stack depth that never goes below zero or above
/// co_stacksize on any path (exception handlers included).
fn verify(code: &Code) -> Result<(), String> {
    let n = code.instrs.len();
    let nconsts = code.consts.len();
    let nnames = code.names.len();
    let nlocalsplus = code.localsplusnames.len();
    let mut is_start = vec![false; n];
    let mut i = 0;
    while i < n {
        is_start[i] = true;
        let ins = code.instrs[i];
        i += 1 + ins.op.caches() as usize;
    }
    // Operands.
    for (i, ins) in code.instrs.iter().enumerate() {
        if !is_start[i] {
            continue;
        }
        let a = ins.arg as usize;
        let ok = match ins.op.operand() {
            Operand::Const => a < nconsts,
            Operand::Name => {
                let idx = match ins.op {
                    Op::LOAD_GLOBAL | Op::LOAD_ATTR => a >> 1,
                    Op::LOAD_SUPER_ATTR => a >> 2,
                    _ => a,
                };
                idx < nnames
            }
            Operand::Local | Operand::Free => a < nlocalsplus,
            Operand::Jump => jump_target(code, i).is_some_and(|t| t < n && is_start[t]),
            _ => true,
        };
        if !ok {
            return Err(format!("bad operand {} of {} at offset {}", ins.arg, ins.op.name(), 2 * i));
        }
        if ins.op == Op::COPY_FREE_VARS && a != code.nfrees {
            return Err("COPY_FREE_VARS does not match co_freevars".into());
        }
    }
    for e in code.exceptions.iter() {
        if e.start > e.end || e.end as usize > n || e.target as usize >= n || !is_start[e.target as usize] {
            return Err("exception table entry out of range".into());
        }
    }
    // Stack depth along every path.
    let limit = code.stacksize as i64;
    let mut depth: Vec<i64> = vec![-1; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    if n == 0 {
        return Err("empty code".into());
    }
    while let Some((i, d)) = work.pop() {
        if i >= n {
            return Err("execution runs past the end of the code".into());
        }
        if depth[i] >= 0 {
            if depth[i] != d {
                return Err(format!("inconsistent stack depth at offset {}", 2 * i));
            }
            continue;
        }
        depth[i] = d;
        let ins = code.instrs[i];
        if ins.op == Op::EXTENDED_ARG {
            work.push((i + 1, d));
            continue;
        }
        // Exception handlers reachable from here.
        if let Some(h) = code.handler_for(i as u32) {
            let hd = h.depth as i64 + i64::from(h.lasti) + 1;
            if h.depth as i64 > d || hd > limit {
                return Err(format!("exception handler depth out of range at offset {}", 2 * i));
            }
            work.push((h.target as usize, hd));
        }
        let next = i + 1 + ins.op.caches() as usize;
        let Some(eff) = ins.op.stack_effect(ins.arg, false) else {
            return Err(format!("{} is not allowed in a code object", ins.op.name()));
        };
        let popped = pops(ins.op, ins.arg);
        if d < popped {
            return Err(format!("stack underflow at offset {}", 2 * i));
        }
        // RETURN_GENERATOR returns the generator at once; the first send() resumes after it
        // with the sent value pushed.
        let nd = d + if ins.op == Op::RETURN_GENERATOR { 1 } else { eff as i64 };
        if nd > limit {
            return Err(format!("stack overflow at offset {}", 2 * i));
        }
        if ins.op.is_jump() {
            let t = jump_target(code, i).unwrap_or(0);
            let je = ins.op.stack_effect(ins.arg, true).unwrap_or(0) as i64;
            // FOR_ITER's exhausted edge skips END_FOR and drops the iterator and the value.
            let (t, jd) = if ins.op == Op::FOR_ITER { (t + 1, d - 1) } else { (t, d + je) };
            work.push((t, jd));
            if !ins.op.is_unconditional_jump() {
                work.push((next, nd));
            }
        } else if !ins.op.is_scope_exit() {
            work.push((next, nd));
        }
    }
    Ok(())
}

/// How many values an instruction needs on the stack before it runs.
fn pops(op: Op, arg: u32) -> i64 {
    let a = arg as i64;
    match op {
        Op::POP_TOP | Op::RETURN_VALUE | Op::GET_ITER | Op::GET_YIELD_FROM_ITER | Op::UNARY_NEGATIVE
        | Op::UNARY_NOT | Op::UNARY_INVERT | Op::STORE_FAST | Op::STORE_NAME | Op::STORE_GLOBAL
        | Op::STORE_DEREF | Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE | Op::POP_JUMP_IF_NONE
        | Op::POP_JUMP_IF_NOT_NONE | Op::YIELD_VALUE | Op::GET_AWAITABLE | Op::DELETE_ATTR
        | Op::FOR_ITER | Op::POP_EXCEPT | Op::PUSH_EXC_INFO | Op::LOAD_ATTR | Op::UNPACK_SEQUENCE
        | Op::UNPACK_EX | Op::IMPORT_FROM | Op::GET_AITER | Op::GET_ANEXT | Op::GET_LEN
        | Op::MATCH_MAPPING | Op::MATCH_SEQUENCE | Op::BEFORE_WITH | Op::BEFORE_ASYNC_WITH
        | Op::CALL_INTRINSIC_1 | Op::FORMAT_VALUE | Op::RERAISE | Op::LOAD_FROM_DICT_OR_GLOBALS
        | Op::LOAD_FROM_DICT_OR_DEREF | Op::SETUP_ANNOTATIONS => match op {
            Op::RERAISE => 1 + i64::from(arg != 0),
            Op::FORMAT_VALUE => 1 + i64::from(arg & 4 != 0),
            Op::SETUP_ANNOTATIONS => 0,
            _ => 1,
        },
        Op::BINARY_OP | Op::BINARY_SUBSCR | Op::COMPARE_OP | Op::IS_OP | Op::CONTAINS_OP
        | Op::STORE_ATTR | Op::DELETE_SUBSCR | Op::IMPORT_NAME | Op::END_FOR | Op::END_SEND
        | Op::CALL_INTRINSIC_2 | Op::CHECK_EXC_MATCH | Op::CHECK_EG_MATCH | Op::SEND
        | Op::MATCH_KEYS | Op::END_ASYNC_FOR => 2,
        Op::LIST_APPEND | Op::SET_ADD | Op::LIST_EXTEND | Op::SET_UPDATE | Op::DICT_MERGE
        | Op::DICT_UPDATE => a + 1,
        Op::MAP_ADD => a + 2,
        Op::STORE_SUBSCR | Op::BINARY_SLICE | Op::CLEANUP_THROW | Op::MATCH_CLASS | Op::LOAD_SUPER_ATTR => 3,
        Op::STORE_SLICE | Op::WITH_EXCEPT_START => 4,
        Op::COPY | Op::SWAP => a,
        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => a,
        Op::BUILD_MAP => 2 * a,
        Op::BUILD_CONST_KEY_MAP => a + 1,
        Op::BUILD_SLICE => a,
        Op::RAISE_VARARGS => a,
        Op::CALL => a + 2,
        Op::CALL_FUNCTION_EX => 3 + (a & 1),
        Op::MAKE_FUNCTION => 1 + i64::from((arg & 0xF).count_ones()),
        _ => 0,
    }
}

/// The code unit an instruction at `i` jumps to.
pub fn jump_target(code: &Code, i: usize) -> Option<usize> {
    let ins = code.instrs[i];
    let next = i + 1 + ins.op.caches() as usize;
    if ins.op.is_backward_jump() {
        next.checked_sub(ins.arg as usize)
    } else {
        Some(next + ins.arg as usize)
    }
}
