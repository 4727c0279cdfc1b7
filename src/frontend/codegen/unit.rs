//! Code units and their stack: entering and leaving scopes (cell and free variables, qualified
//! names), emitting instructions with their operands (constants, names, jumps), finishing a unit
//! (code flags, the final return) and making functions and closures from finished units.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::exc::FBlock;
use super::{CResult, Compiler};
use crate::bytecode::code::{CodeObject, Constant, flags as co};
use crate::bytecode::opcode::{Op, make_function};
use crate::bytecode::pyhash::const_key_eq;
use crate::frontend::ast::{Ident, Loc};
use crate::frontend::error::CompileError;
use crate::frontend::ir::{CodeUnitMetadata, InstrSequence, Label};
use crate::frontend::symtable::{Scope, ScopeId, ScopeKey, Symbol, SymbolScope, def, mangle};

/// What kind of unit is being compiled (CPython's `COMPILER_SCOPE_*`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    TypeParams,
}

/// One code unit being compiled (CPython's `struct compiler_unit`).
pub(crate) struct Unit<'a> {
    pub ste: &'a Scope,
    pub scope_type: ScopeType,
    /// The class name used for private name mangling.
    pub private: Option<Ident>,
    pub seq: InstrSequence,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    pub meta: CodeUnitMetadata,
    /// Names turned into fast locals by inlined comprehensions in a module or class scope:
    /// true while the comprehension is being compiled.
    pub fasthidden: FxHashMap<Ident, bool>,
    /// Symbols temporarily replaced while an inlined comprehension is compiled.
    pub overrides: FxHashMap<Ident, Symbol>,
    /// `ste_coroutine`, which top-level `await` may set.
    pub coroutine: bool,
    /// Constants holding a NaN, by the syntax-tree nodes they were made from: CPython compares
    /// them by object identity, so only the same nodes give the same constant.
    pub nan_consts: Vec<(Vec<usize>, u32)>,
}

impl Unit<'_> {
    /// The flags of `name` in this unit's scope, temporary replacements included.
    pub fn symbol(&self, name: &str) -> Symbol {
        match self.overrides.get(name) {
            Some(s) => *s,
            None => self.ste.lookup(name),
        }
    }

    /// `_PyST_GetScope`: the scope bits of `name` (0 when unknown).
    pub fn scope_of(&self, name: &str) -> u32 {
        self.symbol(name).scope_value()
    }
}

/// A finished unit before assembly.
#[derive(Debug)]
pub struct GeneratedUnit {
    pub seq: InstrSequence,
    pub meta: CodeUnitMetadata,
    /// co_flags.
    pub flags: u32,
}

/// A nested unit, assembled: its code object and its free variables (what a closure over it
/// must supply).
pub(crate) struct Child {
    pub code: Arc<CodeObject>,
    pub freevars: Vec<Arc<str>>,
}

pub(crate) const SCOPE_LOCAL: u32 = SymbolScope::Local as u32;
pub(crate) const SCOPE_GLOBAL_EXPLICIT: u32 = SymbolScope::GlobalExplicit as u32;
pub(crate) const SCOPE_GLOBAL_IMPLICIT: u32 = SymbolScope::GlobalImplicit as u32;
pub(crate) const SCOPE_FREE: u32 = SymbolScope::Free as u32;
pub(crate) const SCOPE_CELL: u32 = SymbolScope::Cell as u32;

/// Whether a constant holds a NaN float (which never equals another object).
fn has_nan(c: &Constant) -> bool {
    match c {
        Constant::Float(f) => f.is_nan(),
        Constant::Complex { re, im } => re.is_nan() || im.is_nan(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().any(has_nan),
        _ => false,
    }
}

/// Whether a constant holds code objects or frozensets, whose equality as constant keys is not
/// the structural equality of `Constant`.
fn needs_key_search(c: &Constant) -> bool {
    match c {
        Constant::Code(_) | Constant::FrozenSet(_) => true,
        Constant::Tuple(items) => items.iter().any(needs_key_search),
        _ => false,
    }
}

/// Names of `ste` whose scope is `scope` or which carry `flag`, sorted (`dictbytype`).
fn names_by_scope(ste: &Scope, scope: u32, flag: u32) -> Vec<Ident> {
    let mut names: Vec<Ident> = ste
        .symbols
        .iter()
        .filter(|(_, s)| s.scope_value() == scope || s.has(flag))
        .map(|(n, _)| n.clone())
        .collect();
    names.sort();
    names
}

impl<'a> Compiler<'a, '_> {
    pub(crate) fn u(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    pub(crate) fn um(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    /// Enters the scope the symbol table made for the node `key`.
    pub(crate) fn enter_scope(
        &mut self,
        name: Ident,
        scope_type: ScopeType,
        key: ScopeKey,
        lineno: i32,
    ) -> CResult {
        let Some(id) = self.table.lookup_key(key) else {
            return Err(CompileError::system(format!(
                "no symtable entry for {name}"
            )));
        };
        self.enter_scope_id(name, scope_type, id, lineno)
    }

    /// `compiler_enter_scope`.
    pub(crate) fn enter_scope_id(
        &mut self,
        name: Ident,
        scope_type: ScopeType,
        id: ScopeId,
        lineno: i32,
    ) -> CResult {
        let ste = self.table.scope(id);
        let mut meta = CodeUnitMetadata {
            name: name.clone(),
            ..Default::default()
        };
        for v in &ste.varnames {
            meta.varnames.insert(v.clone());
        }
        for n in names_by_scope(ste, SCOPE_CELL, def::COMP_CELL) {
            meta.cellvars.insert(n);
        }
        if ste.needs_class_closure {
            meta.cellvars.insert(Arc::from("__class__"));
        }
        if ste.needs_classdict {
            meta.cellvars.insert(Arc::from("__classdict__"));
        }
        for n in names_by_scope(ste, SCOPE_FREE, def::FREE_CLASS) {
            meta.freevars.insert(n);
        }
        meta.firstlineno = lineno;
        let private = self.units.last().and_then(|u| u.private.clone());
        self.units.push(Unit {
            ste,
            scope_type,
            private,
            seq: InstrSequence::default(),
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            meta,
            fasthidden: FxHashMap::default(),
            overrides: FxHashMap::default(),
            coroutine: ste.coroutine,
            nan_consts: Vec::new(),
        });
        self.nestlevel += 1;
        let mut loc = Loc::new(lineno, lineno, 0, 0);
        if scope_type == ScopeType::Module {
            loc.lineno = 0;
            self.um().meta.qualname = name;
        } else {
            self.set_qualname();
        }
        self.addop_i(Op::RESUME, 0, loc);
        Ok(())
    }

    /// `compiler_exit_scope`.
    pub(crate) fn exit_scope(&mut self) {
        self.nestlevel -= 1;
        self.units.pop();
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let stack_size = n - 1;
        let u = &self.units[n - 1];
        let mut base: Option<String> = None;
        if stack_size > 1 {
            let mut parent = &self.units[stack_size - 1];
            if parent.scope_type == ScopeType::TypeParams {
                if stack_size == 2 {
                    let name = u.meta.name.clone();
                    self.um().meta.qualname = name;
                    return;
                }
                parent = &self.units[stack_size - 2];
            }
            let mut force_global = false;
            if matches!(
                u.scope_type,
                ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
            ) {
                let mangled = mangle(parent.private.as_deref(), &u.meta.name);
                if parent.scope_of(&mangled) == SCOPE_GLOBAL_EXPLICIT {
                    force_global = true;
                }
            }
            if !force_global {
                if matches!(
                    parent.scope_type,
                    ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
                ) {
                    base = Some(format!("{}.<locals>", parent.meta.qualname));
                } else {
                    base = Some(parent.meta.qualname.to_string());
                }
            }
        }
        let qualname: Arc<str> = match base {
            Some(b) => Arc::from(format!("{b}.{}", u.meta.name)),
            None => u.meta.name.clone(),
        };
        self.um().meta.qualname = qualname;
    }

    // ----- emission -----

    pub(crate) fn addop(&mut self, op: Op, loc: Loc) {
        self.um().seq.addop(op, 0, loc);
    }

    pub(crate) fn addop_i(&mut self, op: Op, arg: u32, loc: Loc) {
        self.um().seq.addop(op, arg, loc);
    }

    pub(crate) fn addop_j(&mut self, op: Op, target: Label, loc: Loc) {
        self.um().seq.addop(op, target.0, loc);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.um().seq.new_label()
    }

    pub(crate) fn use_label(&mut self, label: Label) {
        self.um().seq.use_label(label);
    }

    /// The index of a constant in the current unit, adding it if new (`compiler_add_const`).
    /// Constants are the same when CPython's constant keys are equal: code objects by value (a
    /// body compiled twice, like a `while` test or a `finally` block, makes equal ones) and
    /// frozensets as sets, whatever the order of their items.
    pub(crate) fn add_const(&mut self, value: Constant) -> u32 {
        let consts = &mut self.um().meta.consts;
        if needs_key_search(&value)
            && let Some(i) = consts.items().iter().position(|c| const_key_eq(c, &value))
        {
            return i as u32;
        }
        consts.insert(value)
    }

    /// `add_const` for a constant made from the syntax-tree nodes at addresses `nodes`: a
    /// constant holding a NaN is only shared with one made from the same nodes.
    pub(crate) fn add_const_from(&mut self, value: Constant, nodes: Vec<usize>) -> u32 {
        if !has_nan(&value) {
            return self.add_const(value);
        }
        let u = self.um();
        if let Some((_, i)) = u.nan_consts.iter().find(|(n, _)| *n == nodes) {
            return *i;
        }
        let i = u.meta.consts.push_distinct(value);
        u.nan_consts.push((nodes, i));
        i
    }

    /// LOAD_CONST of a constant made from syntax-tree nodes (see `add_const_from`).
    pub(crate) fn load_const_from(&mut self, value: Constant, nodes: Vec<usize>, loc: Loc) {
        let i = self.add_const_from(value, nodes);
        self.addop_i(Op::LOAD_CONST, i, loc);
    }

    pub(crate) fn load_const(&mut self, value: Constant, loc: Loc) {
        let i = self.add_const(value);
        self.addop_i(Op::LOAD_CONST, i, loc);
    }

    pub(crate) fn load_none(&mut self, loc: Loc) {
        self.load_const(Constant::None, loc);
    }

    /// An instruction naming `name` in co_names, mangled, with the operand packing of
    /// LOAD_ATTR, LOAD_METHOD and the LOAD_SUPER_* forms (`compiler_addop_name` on u_names).
    pub(crate) fn addop_name(&mut self, op: Op, name: &Ident, loc: Loc) {
        let mangled = mangle(self.u().private.as_deref(), name);
        let mut arg = self.um().meta.names.insert(mangled);
        let mut op = op;
        match op {
            Op::LOAD_ATTR => arg <<= 1,
            Op::LOAD_METHOD => {
                op = Op::LOAD_ATTR;
                arg = (arg << 1) | 1;
            }
            Op::LOAD_SUPER_ATTR => arg = (arg << 2) | 2,
            Op::LOAD_SUPER_METHOD => {
                op = Op::LOAD_SUPER_ATTR;
                arg = (arg << 2) | 3;
            }
            Op::LOAD_ZERO_SUPER_ATTR => {
                op = Op::LOAD_SUPER_ATTR;
                arg <<= 2;
            }
            Op::LOAD_ZERO_SUPER_METHOD => {
                op = Op::LOAD_SUPER_ATTR;
                arg = (arg << 2) | 1;
            }
            _ => {}
        }
        self.addop_i(op, arg, loc);
    }

    /// An instruction naming `name` in co_names, unmangled (`ADDOP_N` on u_names).
    pub(crate) fn addop_name_raw(&mut self, op: Op, name: Ident, loc: Loc) {
        let arg = self.um().meta.names.insert(name);
        self.addop_i(op, arg, loc);
    }

    /// An instruction on the fast local `name`, added to the locals if new.
    pub(crate) fn addop_varname(&mut self, op: Op, name: Ident, loc: Loc) {
        let arg = self.um().meta.varnames.insert(name);
        self.addop_i(op, arg, loc);
    }

    /// The deref index (cells first, then free variables) of a cell variable, adding it if new.
    pub(crate) fn cell_index(&mut self, name: Ident) -> u32 {
        self.um().meta.cellvars.insert(name)
    }

    /// The deref index of a free variable, adding it if new.
    pub(crate) fn free_index(&mut self, name: Ident) -> u32 {
        let ncells = self.u().meta.cellvars.len() as u32;
        ncells + self.um().meta.freevars.insert(name)
    }

    /// `get_ref_type`: how `name` resolves in the current unit (its scope bits).
    pub(crate) fn get_ref_type(&self, name: &str) -> CResult<u32> {
        let u = self.u();
        if u.scope_type == ScopeType::Class && (name == "__class__" || name == "__classdict__") {
            return Ok(SCOPE_CELL);
        }
        let scope = u.scope_of(name);
        if scope == 0 {
            return Err(CompileError::system(format!(
                "_PyST_GetScope(name={name:?}) failed: unknown scope in unit {}",
                u.meta.name
            )));
        }
        Ok(scope)
    }

    // ----- finishing units -----

    /// `compute_code_flags` for the current unit.
    fn code_flags(&self) -> u32 {
        let u = self.u();
        let ste = u.ste;
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= co::NEWLOCALS | co::OPTIMIZED;
            if ste.nested {
                flags |= co::NESTED;
            }
            match (ste.generator, u.coroutine) {
                (true, false) => flags |= co::GENERATOR,
                (false, true) => flags |= co::COROUTINE,
                (true, true) => flags |= co::ASYNC_GENERATOR,
                (false, false) => {}
            }
            if ste.varargs {
                flags |= co::VARARGS;
            }
            if ste.varkeywords {
                flags |= co::VARKEYWORDS;
            }
        }
        flags |= self.flags & super::CF_MASK;
        if self.is_top_level_await() && u.coroutine && !ste.generator {
            flags |= co::COROUTINE;
        }
        flags
    }

    /// Ends the current unit with `return None` (or a bare `return` of the value on the stack
    /// when `add_none` is false) and takes its instructions and metadata, leaving the unit on
    /// the stack.
    pub(crate) fn finish_unit(&mut self, add_none: bool) -> CResult<GeneratedUnit> {
        let flags = self.code_flags();
        if add_none {
            self.load_none(Loc::NONE);
        }
        self.addop(Op::RETURN_VALUE, Loc::NONE);
        let u = self.um();
        let seq = std::mem::take(&mut u.seq);
        let mut meta = std::mem::take(&mut u.meta);
        meta.fasthidden = u.fasthidden.keys().cloned().collect();
        Ok(GeneratedUnit { seq, meta, flags })
    }

    /// Finishes the current unit, leaves its scope and assembles it (`optimize_and_assemble`
    /// followed by `compiler_exit_scope`).
    pub(crate) fn finish_scope(&mut self, add_none: bool) -> CResult<Child> {
        let unit = self.finish_unit(add_none);
        self.exit_scope();
        let unit = unit?;
        let freevars = unit.meta.freevars.items().to_vec();
        let code = (self.asm)(unit.seq, unit.meta, unit.flags)?;
        Ok(Child {
            code: Arc::new(code),
            freevars,
        })
    }

    /// `compiler_make_closure`: loads the cells a nested unit closes over, its code, and makes
    /// the function.
    pub(crate) fn make_closure(&mut self, loc: Loc, child: Child, mut flags: u32) -> CResult {
        if !child.freevars.is_empty() {
            for name in &child.freevars {
                let reftype = self.get_ref_type(name)?;
                let u = self.u();
                let arg = if reftype == SCOPE_CELL {
                    u.meta.cellvars.get(name)
                } else {
                    u.meta
                        .freevars
                        .get(name)
                        .map(|i| i + u.meta.cellvars.len() as u32)
                };
                let Some(arg) = arg else {
                    return Err(CompileError::system(format!(
                        "compiler_lookup_arg(name={name:?}) with reftype={reftype} failed in {}; freevars of code {}: {:?}",
                        u.meta.name, child.code.name, child.freevars
                    )));
                };
                self.addop_i(Op::LOAD_CLOSURE, arg, loc);
            }
            flags |= make_function::CLOSURE;
            self.addop_i(Op::BUILD_TUPLE, child.freevars.len() as u32, loc);
        }
        self.load_const(Constant::Code(child.code), loc);
        self.addop_i(Op::MAKE_FUNCTION, flags, loc);
        Ok(())
    }

    /// The first fast local of the current unit (`self` for `super()`).
    pub(crate) fn first_varname(&self) -> Option<Ident> {
        self.u().meta.varnames.items().first().cloned()
    }
}
