//! The compiler's intermediate form between code generation and the flow graph: per code unit,
//! a flat instruction sequence (real and pseudo opcodes, jump targets as labels) and the unit's
//! metadata (names, constants, variables, argument counts), as CPython 3.12's compile.c hands
//! them to flowgraph.c.

use std::hash::Hash;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::bytecode::code::Constant;
pub use crate::bytecode::linetable::Location;
use crate::bytecode::opcode::Op;

/// A jump target. Labels are numbered per code unit from 0.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One instruction. For jumps and block pushes (`op.has_target()`), `arg` is the target
/// label's number. Cell and free variable opargs are indices into cellvars followed by
/// freevars (CPython's "deref" numbering); the flow graph converts them to localsplus indices.
/// Other real opcodes carry their final oparg (LOAD_GLOBAL, LOAD_ATTR and LOAD_SUPER_ATTR
/// with their flag bits, as compile.c's `compiler_addop_name` packs them); the name pseudo-ops
/// LOAD_METHOD, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD and LOAD_ZERO_SUPER_ATTR carry the
/// plain name index and are packed into LOAD_ATTR/LOAD_SUPER_ATTR by the flow graph.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub loc: Location,
}

/// The instructions of one code unit in emission order, with where each label was placed.
///
/// Every placed label starts a basic block, jumped to or not, and some optimizations see block
/// boundaries (NOP removal, LOAD_CONST/POP_TOP pair removal, line propagation): labels must be
/// placed exactly where CPython's code generator places them for the output to match. A label
/// placed at the end, after the last instruction, may not be a jump target. The sequence ends
/// with the implicit return CPython's `add_return_at_end` appends.
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// label number -> index into `instrs` of the instruction the label precedes
    /// (`instrs.len()` for a label placed at the end); `u32::MAX` while unplaced.
    pub label_map: Vec<u32>,
}

impl InstrSequence {
    pub fn new_label(&mut self) -> Label {
        self.label_map.push(u32::MAX);
        Label(self.label_map.len() as u32 - 1)
    }

    /// Places `label` before the next instruction emitted.
    pub fn use_label(&mut self, label: Label) {
        self.label_map[label.0 as usize] = self.instrs.len() as u32;
    }

    pub fn addop(&mut self, op: Op, arg: u32, loc: Location) {
        self.instrs.push(Instr { op, arg, loc });
    }

    /// Inserts an instruction at `pos`, shifting the labels placed after it.
    pub fn insert(&mut self, pos: usize, instr: Instr) {
        self.instrs.insert(pos, instr);
        for l in &mut self.label_map {
            if *l != u32::MAX && *l as usize > pos {
                *l += 1;
            }
        }
    }
}

/// An insertion-ordered set that hands out indices: co_names, co_consts, varnames, cellvars...
#[derive(Clone, Debug)]
pub struct IndexSet<K: Eq + Hash + Clone> {
    items: Vec<K>,
    index: FxHashMap<K, u32>,
}

impl<K: Eq + Hash + Clone> Default for IndexSet<K> {
    fn default() -> Self {
        IndexSet { items: Vec::new(), index: FxHashMap::default() }
    }
}

impl<K: Eq + Hash + Clone> IndexSet<K> {
    pub fn new() -> Self {
        Self::default()
    }

    /// The index of `key`, adding it at the end if absent.
    pub fn insert(&mut self, key: K) -> u32 {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.items.len() as u32;
        self.index.insert(key.clone(), i);
        self.items.push(key);
        i
    }

    /// Appends `key` even if an equal one is present (constants CPython keeps apart, like two
    /// NaN float objects); lookups keep finding the first.
    pub fn push_distinct(&mut self, key: K) -> u32 {
        let i = self.items.len() as u32;
        self.index.entry(key.clone()).or_insert(i);
        self.items.push(key);
        i
    }

    pub fn get(&self, key: &K) -> Option<u32> {
        self.index.get(key).copied()
    }

    pub fn contains(&self, key: &K) -> bool {
        self.index.contains_key(key)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[K] {
        &self.items
    }

    pub fn into_items(self) -> Vec<K> {
        self.items
    }
}

/// The metadata of one code unit (CPython's `_PyCompile_CodeUnitMetadata`).
#[derive(Clone, Debug, Default)]
pub struct CodeUnitMetadata {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    /// co_consts in first-use order (the flow graph may add folded constants and drops
    /// unused ones).
    pub consts: IndexSet<Constant>,
    pub names: IndexSet<Arc<str>>,
    /// Fast locals: parameters first, in order.
    pub varnames: IndexSet<Arc<str>>,
    /// Cell variables, sorted by name.
    pub cellvars: IndexSet<Arc<str>>,
    /// Free variables, sorted by name.
    pub freevars: IndexSet<Arc<str>>,
    /// Fast locals of inlined comprehensions in module and class scopes (kind HIDDEN).
    pub fasthidden: FxHashSet<Arc<str>>,
    /// Positional-or-keyword parameters, not counting the positional-only ones (CPython's
    /// `u_argcount`; co_argcount is `posonlyargcount + argcount`).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// The unit's first line (co_firstlineno); must be positive.
    pub firstlineno: i32,
}
