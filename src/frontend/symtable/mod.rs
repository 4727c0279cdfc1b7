//! The symbol table: one scope per module, class, function, lambda, comprehension, annotation,
//! type alias, type-parameter list and type-variable bound, with the flags CPython 3.12's
//! symtable.c computes for every name (how it is bound and used, and whether it resolves as a
//! local, global, free or cell variable).

mod analyze;
mod builder;
pub mod dump;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::ast::{Ident, Mod};
use super::error::CompileError;
use super::source::SourceFile;

/// Symbol flags (the DEF_* bits of CPython's symtable).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE: u32 = 32;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const TYPE_PARAM: u32 = 1024;
    pub const COMP_CELL: u32 = 2048;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
    /// The scope is stored in the flags above this shift.
    pub const SCOPE_OFFSET: u32 = 12;
    pub const SCOPE_MASK: u32 = GLOBAL | LOCAL | PARAM | NONLOCAL;
}

/// Where a name resolves (the scope part of its flags).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// A name's flags: DEF_* bits below SCOPE_OFFSET, the scope above.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Symbol(pub u32);

impl Symbol {
    pub fn flags(self) -> u32 {
        self.0 & ((1 << def::SCOPE_OFFSET) - 1)
    }

    /// The scope part as a number (`_PyST_GetScope`): a [`SymbolScope`] value, 0 when unknown.
    pub fn scope_value(self) -> u32 {
        (self.0 >> def::SCOPE_OFFSET) & def::SCOPE_MASK
    }

    pub fn scope(self) -> SymbolScope {
        match self.scope_value() {
            1 => SymbolScope::Local,
            2 => SymbolScope::GlobalExplicit,
            3 => SymbolScope::GlobalImplicit,
            4 => SymbolScope::Free,
            5 => SymbolScope::Cell,
            _ => SymbolScope::Unknown,
        }
    }

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Function,
    Class,
    Module,
    Annotation,
    TypeAlias,
    TypeParam,
    TypeVarBound,
}

impl ScopeKind {
    /// CPython's `_Py_block_ty` value (what `_symtable` reports as an entry's `type`).
    pub fn cpython_code(self) -> u32 {
        match self {
            ScopeKind::Function => 0,
            ScopeKind::Class => 1,
            ScopeKind::Module => 2,
            ScopeKind::Annotation => 3,
            ScopeKind::TypeVarBound => 4,
            ScopeKind::TypeAlias => 5,
            ScopeKind::TypeParam => 6,
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    None,
    List,
    Set,
    Dict,
    Generator,
}

/// Identifies the AST node a scope was made for: the address of the node, taken with
/// `ScopeKey::of(&node)` on the node inside the tree given to `build`. Each kind of scope is
/// keyed by exactly one node:
///
/// | scope | name | key |
/// |---|---|---|
/// | module | `top` | the `Mod` |
/// | `def`, `async def` | the function's name | its `Stmt` |
/// | `class` body | the class's name | its `Stmt` |
/// | `type X = ...` value | `X` | its `Stmt` |
/// | `lambda` | `lambda` | its `Expr` |
/// | list/set/dict comprehension, generator expression | `listcomp`, `setcomp`, `dictcomp`, `genexpr` | its `Expr` |
/// | type parameters of a generic `def`, `class` or `type` | the definition's name | the `type_params` field (`&FunctionDef::type_params`, `&ClassDef::type_params`, or the `type_params` of `StmtKind::TypeAlias`), a `Vec<TypeParam>` |
/// | bound of a type variable `T: bound` | `T` | the `TypeParam` |
/// | postponed annotation (`from __future__ import annotations`) of a variable or a return | `_annotation` | the annotation's `Expr` |
/// | postponed annotations of a function's parameters | `_annotation` | the function's `Arguments` (`&*FunctionDef::args`) |
///
/// Annotation scopes are recorded but, as in CPython, are not children of any scope and are not
/// analyzed (code generation never needs them). When a postponed annotation is itself a lambda
/// or a comprehension, it and its annotation scope have the same node: the key finds the lambda
/// or comprehension, as in CPython. Every other scope is found by its own key. The tree must not move between building the
/// table and generating code.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScopeKey(pub usize);

impl ScopeKey {
    pub fn of<T>(node: &T) -> ScopeKey {
        ScopeKey(node as *const T as usize)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// An insertion-ordered map from names to symbols (CPython's `ste_symbols` dict: code
/// generation depends on its order).
#[derive(Clone, Debug, Default)]
pub struct SymbolMap {
    entries: Vec<(Ident, Symbol)>,
    index: FxHashMap<Ident, usize>,
}

impl SymbolMap {
    pub fn get(&self, name: &str) -> Option<Symbol> {
        self.index.get(name).map(|&i| self.entries[i].1)
    }

    /// Sets the flags of `name`, adding it at the end if new.
    pub fn set(&mut self, name: &Ident, sym: Symbol) {
        match self.index.get(name) {
            Some(&i) => self.entries[i].1 = sym,
            None => {
                self.index.insert(name.clone(), self.entries.len());
                self.entries.push((name.clone(), sym));
            }
        }
    }

    pub fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.entries.remove(i);
            for v in self.index.values_mut() {
                if *v > i {
                    *v -= 1;
                }
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Ident, Symbol)> {
        self.entries.iter().map(|(n, s)| (n, *s))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    pub name: Ident,
    pub kind: ScopeKind,
    pub key: ScopeKey,
    pub symbols: SymbolMap,
    /// The parameters in order: positional-only, positional, keyword-only, `*args`, `**kwargs`
    /// (for a comprehension, `.0`; for the type-parameter scope of a generic function,
    /// `.defaults`, and `.kwdefaults` if a keyword-only parameter has a default).
    pub varnames: Vec<Ident>,
    /// Nested scopes in source order. As in CPython, the children of an inlined comprehension
    /// are spliced into its parent's list in its place (the comprehension itself keeps them too).
    pub children: Vec<ScopeId>,
    /// The scope this one was created in (for children of an inlined comprehension, the
    /// comprehension).
    pub parent: Option<ScopeId>,
    /// Inside a function-like scope, directly or through other scopes (CO_NESTED).
    pub nested: bool,
    /// Contains `yield` or `yield from`, or is a generator expression.
    pub generator: bool,
    /// An `async def`, or a scope containing `await` or an `async for` comprehension; also
    /// a scope holding a list, set or dict comprehension that is itself a coroutine (as in
    /// CPython, which makes a generator expression around one an async generator).
    pub coroutine: bool,
    pub comprehension: ComprehensionKind,
    /// Has a `*args` parameter.
    pub varargs: bool,
    /// Has a `**kwargs` parameter.
    pub varkeywords: bool,
    /// Contains `return` with a value.
    pub returns_value: bool,
    /// A class body whose methods use `__class__` or zero-argument `super()`.
    pub needs_class_closure: bool,
    /// A class body whose nested scopes (type-parameter scopes) read its namespace.
    pub needs_classdict: bool,
    /// A comprehension inlined into its parent (PEP 709).
    pub comp_inlined: bool,
    /// Set only while the first pass visits the target of a comprehension's `for` (for the
    /// assignment-expression checks); false in a built table.
    pub comp_iter_target: bool,
    /// A type-parameter, type-alias or bound scope that may read the enclosing class namespace.
    pub can_see_class_scope: bool,
    pub lineno: i32,
    pub col_offset: i32,
    pub end_lineno: i32,
    pub end_col_offset: i32,
    /// Names mangled in type-parameter scopes (CPython's `ste_mangled_names`), None if the
    /// scope does not track them. CPython 3.12.1 tracks them nowhere (it mangles every name of
    /// a generic class's type-parameter scope), so this is always None.
    pub mangled_names: Option<Vec<Ident>>,
    /// Some name of this scope is free (CPython's `ste_free`).
    pub has_free: bool,
    /// Some nested scope has free names (CPython's `ste_child_free`).
    pub child_free: bool,
}

impl Scope {
    /// Functions, lambdas, comprehensions, and the type scopes that compile like functions.
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function
                | ScopeKind::TypeParam
                | ScopeKind::TypeAlias
                | ScopeKind::TypeVarBound
        )
    }

    pub fn lookup(&self, name: &str) -> Symbol {
        self.symbols.get(name).unwrap_or_default()
    }
}

/// The table for a whole module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_key: FxHashMap<ScopeKey, ScopeId>,
    pub top: ScopeId,
    /// The `from __future__` flags the table was built with.
    pub future_flags: u32,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub fn lookup_key(&self, key: ScopeKey) -> Option<ScopeId> {
        self.by_key.get(&key).copied()
    }
}

/// Builds the table for a module (CPython's `_PySymtable_Build`), raising SyntaxErrors as
/// CPython does (`nonlocal` at module level, names both parameter and global, ...), and
/// RecursionError for trees nested too deeply.
pub fn build(
    module: &Mod,
    source: &SourceFile,
    future_flags: u32,
) -> Result<SymbolTable, CompileError> {
    let built = builder::build(module, source, future_flags).map_err(|e| *e)?;
    analyze::analyze(built, source).map_err(|e| *e)
}

/// Private name mangling (`_Py_Mangle`): `__x` inside class `C` becomes `_C__x`, unless the
/// name ends in `__`, contains a dot, or the class name is all underscores.
pub fn mangle(private: Option<&str>, name: &Ident) -> Ident {
    let Some(class) = private else {
        return name.clone();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.clone();
    }
    Arc::from(format!("_{class}{name}"))
}
