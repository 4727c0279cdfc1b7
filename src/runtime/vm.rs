//! `Vm`: the interpreter value. Everything an interpreter needs hangs off it (types, interned
//! names, modules, the exception state, the live frames, limits, the engine), so that several
//! interpreters can live in one process.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::frame::Frame;
use super::names::Names;
use super::object::{Object, Payload};
use super::objects::dict::Dict;
use super::objects::str::PyString;
use super::types::builtin::BuiltinTypes;
use super::types::{CacheEntry, TypeRef};
use super::value::{ObjRef, Value};
use crate::machine::Machine;

/// A raised Python exception: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.class().name())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// Method cache size (a power of two).
const METHOD_CACHE_SIZE: usize = 4096;

/// Settings fixed when the interpreter starts (from the command line and environment).
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-O` level.
    pub optimize: u8,
    /// `-B` / PYTHONDONTWRITEBYTECODE.
    pub dont_write_bytecode: bool,
    /// PYTHONHASHSEED: None for random, Some(0) to disable randomization.
    pub hash_seed: Option<u64>,
    /// `sys.path` entries to start with.
    pub path: Vec<String>,
    /// `-v`: import decisions reported on stderr.
    pub verbose: u8,
    /// `--check-hash-based-pycs`.
    pub check_hash_based_pycs: crate::import::cache::CheckHashMode,
    /// `sys.pycache_prefix` at startup (`-X pycache_prefix`, PYTHONPYCACHEPREFIX).
    pub pycache_prefix: Option<String>,
}

/// The interpreter.
pub struct Vm {
    pub types: BuiltinTypes,
    pub names: Names,
    /// The `builtins` module and its dict.
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub sys: ObjRef,
    /// `NotImplemented` and `Ellipsis`.
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    /// The empty tuple, shared.
    pub empty_tuple: ObjRef,
    interned: RefCell<FxHashMap<Box<str>, ObjRef>>,
    pub(crate) method_cache: RefCell<Box<[CacheEntry]>>,
    next_version: Cell<u32>,
    /// SipHash-1-3 key of str and bytes hashes.
    pub hash_key: (u64, u64),
    pub engine: Machine,
    pub settings: Settings,
    /// Python frames and native re-entries currently active, against the recursion limit.
    pub depth: usize,
    pub recursion_limit: usize,
    /// The lowest native stack address the interpreter may use (RecursionError below it).
    pub stack_limit: usize,
    /// The exception being handled (`sys.exception()`), None if none.
    pub handled: Value,
    /// What the caller of the running generator was handling when it resumed it (None outside
    /// generators): the state a generator frame sees once its own handlers are closed.
    pub handled_outer: Value,
    /// The live frames, innermost last. Each pointer is valid while its frame runs.
    pub frames: Vec<NonNull<Frame>>,
    /// Finished frames kept for reuse, so that a call does not allocate (see `Frame::pooled`).
    pub frame_pool: Vec<Box<Frame>>,
    /// Containers whose repr is being computed (addresses), for `[...]`.
    pub repr_stack: Vec<usize>,
    /// Source files read for tracebacks (linecache), by name; None if unreadable.
    pub source_cache: FxHashMap<String, Option<String>>,
    /// Objects waiting for their `__del__` (`runtime::finalize`).
    pub finalizers: Rc<super::finalize::FinalizeQueue>,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub int_max_str_digits: usize,
    /// Set by a tasklet's loop for a call that may switch tasklets softly (see
    /// `eval::LoopStrategy::switches`); taken by the callee.
    pub soft_call: bool,
    /// Set by a callee that asks the tasklet's loop calling it for a soft switch.
    pub switch_pending: bool,
    /// Instructions left before a tasklet's loop asks its engine about preemption.
    pub tick: u64,
    /// The engine's own state (the stackless engine's scheduler), made on first use.
    pub engine_state: Option<Box<dyn std::any::Any>>,
}

impl Vm {
    /// A new interpreter running on `engine`.
    pub fn new(engine: Machine, settings: Settings) -> Vm {
        super::bootstrap::new_vm(engine, settings)
    }

    /// The next type version tag (never 0, which means "not cacheable").
    pub fn next_type_version(&self) -> u32 {
        let v = self.next_version.get();
        // Wrapping would reuse tags; stop caching rather than risk a stale hit.
        let next = v.checked_add(1).unwrap_or(0);
        self.next_version.set(next);
        v
    }

    #[inline]
    pub(crate) fn method_cache_slot(&self, version: u32, name: &ObjRef) -> usize {
        let p = Rc::as_ptr(name) as usize;
        ((version as usize).wrapping_mul(0x9E37) ^ (p >> 4)) & (METHOD_CACHE_SIZE - 1)
    }

    pub(crate) fn empty_method_cache(placeholder: &ObjRef) -> RefCell<Box<[CacheEntry]>> {
        let entry = CacheEntry { version: 0, name: placeholder.clone(), value: None };
        RefCell::new(vec![entry; METHOD_CACHE_SIZE].into_boxed_slice())
    }

    pub(crate) fn assemble(parts: VmParts) -> Vm {
        Vm {
            types: parts.types,
            names: parts.names,
            builtins: parts.builtins,
            builtins_dict: parts.builtins_dict,
            modules: parts.modules,
            sys: parts.sys,
            not_implemented: parts.not_implemented,
            ellipsis: parts.ellipsis,
            empty_tuple: parts.empty_tuple,
            interned: RefCell::new(parts.interned),
            method_cache: parts.method_cache,
            next_version: Cell::new(parts.next_version),
            hash_key: parts.hash_key,
            engine: parts.engine,
            settings: parts.settings,
            depth: 0,
            recursion_limit: 1000,
            stack_limit: 0,
            handled: Value::None,
            handled_outer: Value::None,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            soft_call: false,
            switch_pending: false,
            tick: u64::MAX,
            engine_state: None,
            repr_stack: Vec::new(),
            source_cache: FxHashMap::default(),
            finalizers: Rc::default(),
            int_max_str_digits: 4300,
        }
    }

    // ---- object construction ----

    /// A new object of `class` with `payload`.
    #[inline]
    pub fn new_object(&self, class: TypeRef, payload: Payload) -> Value {
        Value::Obj(Object::new_rc(class, payload))
    }

    /// A new str.
    pub fn new_str(&self, s: &str) -> Value {
        self.new_object(self.types.str.clone(), Payload::Str(PyString::new(s)))
    }

    /// A str object from storage.
    pub fn str_value(&self, s: PyString) -> Value {
        self.new_object(self.types.str.clone(), Payload::Str(s))
    }

    /// How many strings are interned (`sys.getunicodeinternedsize()`).
    pub fn interned_count(&self) -> usize {
        self.interned.borrow().len()
    }

    /// The interned str object for `s`.
    pub fn intern(&self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.borrow().get(s) {
            return o.clone();
        }
        let o = Object::new_rc(self.types.str.clone(), Payload::Str(PyString::new(s)));
        if let Payload::Str(ps) = &o.payload {
            ps.interned.set(true);
        }
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    /// The interned copy of a str object (itself if it is already interned, or if it holds
    /// surrogates, which are not interned).
    pub fn intern_obj(&self, o: &ObjRef) -> ObjRef {
        let Payload::Str(s) = &o.payload else { return o.clone() };
        if s.interned.get() {
            return o.clone();
        }
        match s.to_str() {
            Some(text) => self.intern(&text),
            None => o.clone(),
        }
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        self.new_object(self.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.new_object(self.types.list.clone(), Payload::List(RefCell::new(items)))
    }

    pub fn new_dict(&self) -> ObjRef {
        Object::new_rc(self.types.dict.clone(), Payload::Dict(RefCell::new(Dict::new())))
    }

    pub fn new_dict_from(&self, d: Dict) -> ObjRef {
        Object::new_rc(self.types.dict.clone(), Payload::Dict(RefCell::new(d)))
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.not_implemented))
    }

    // ---- frames ----

    /// The innermost running frame.
    pub fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: the pointers in `frames` belong to frames that are running; a frame removes
        // its pointer before it stops, and the eval loop holds no reference into its frame
        // while it calls into the runtime (which is the only code that reads these).
        self.frames.last().map(|p| unsafe { p.as_ref() })
    }

    /// The frame `depth` levels out from the innermost one.
    pub fn frame_at(&self, depth: usize) -> Option<&Frame> {
        let n = self.frames.len();
        let i = n.checked_sub(depth + 1)?;
        // SAFETY: as in `current_frame`.
        Some(unsafe { self.frames[i].as_ref() })
    }
}

/// What start-up hands to `Vm::assemble`.
pub(crate) struct VmParts {
    pub types: BuiltinTypes,
    pub names: Names,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub modules: ObjRef,
    pub sys: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub empty_tuple: ObjRef,
    pub interned: FxHashMap<Box<str>, ObjRef>,
    pub method_cache: RefCell<Box<[CacheEntry]>>,
    pub next_version: u32,
    pub hash_key: (u64, u64),
    pub engine: Machine,
    pub settings: Settings,
}
