//! The second pass of the symbol table (CPython 3.12's `symtable_analyze`): decides for every
//! name whether it is local, cell, free, or an explicit or implicit global, inlines list, set
//! and dict comprehensions into their parents (PEP 709), and raises the SyntaxErrors that need
//! the enclosing scopes (`nonlocal` without a binding, ...).

use rustc_hash::{FxHashMap, FxHashSet};

use super::builder::{Built, Res};
use super::{ComprehensionKind, Scope, ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable, def};
use crate::frontend::ast::Ident;
use crate::frontend::error::CompileError;
use crate::frontend::source::SourceFile;

type NameSet = FxHashSet<Ident>;

/// Scope values (stored in a symbol's flags above `def::SCOPE_OFFSET`).
const LOCAL: u32 = SymbolScope::Local as u32;
const GLOBAL_EXPLICIT: u32 = SymbolScope::GlobalExplicit as u32;
const GLOBAL_IMPLICIT: u32 = SymbolScope::GlobalImplicit as u32;
const FREE: u32 = SymbolScope::Free as u32;
const CELL: u32 = SymbolScope::Cell as u32;

struct Analyzer<'s, 'a> {
    scopes: Vec<Scope>,
    directives: Vec<Vec<super::builder::Directive>>,
    source: &'s SourceFile<'a>,
    class_name: Ident,
    classdict_name: Ident,
}

pub(super) fn analyze(built: Built, source: &SourceFile) -> Res<SymbolTable> {
    let Built { table, directives } = built;
    let SymbolTable {
        scopes,
        by_key,
        top,
        future_flags,
    } = table;
    let mut a = Analyzer {
        scopes,
        directives,
        source,
        class_name: "__class__".into(),
        classdict_name: "__classdict__".into(),
    };
    let mut free = NameSet::default();
    let mut global = NameSet::default();
    let mut type_params = NameSet::default();
    a.analyze_block(top, None, &mut free, &mut global, &mut type_params, None)?;
    Ok(SymbolTable {
        scopes: a.scopes,
        by_key,
        top,
        future_flags,
    })
}

impl Analyzer<'_, '_> {
    fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.0 as usize]
    }

    /// A SyntaxError placed at the `global`/`nonlocal` declaration of `name` in scope `id`.
    fn error_at_directive(&self, id: ScopeId, name: &Ident, msg: String) -> Box<CompileError> {
        let found = self.directives[id.0 as usize]
            .iter()
            .find(|(n, _)| n == name);
        Box::new(match found {
            Some((_, loc)) => CompileError::Syntax(self.source.compile_error(msg, *loc)),
            None => CompileError::system("BUG: internal directive bookkeeping broken"),
        })
    }

    /// Decides the scope of one name of block `id` (`analyze_name`).
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut FxHashMap<Ident, u32>,
        name: &Ident,
        flags: u32,
        bound: &mut Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Res {
        if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            scopes.insert(name.clone(), GLOBAL_EXPLICIT);
            global.insert(name.clone());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & def::NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !b.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            if type_params.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                ));
            }
            scopes.insert(name.clone(), FREE);
            self.scope_mut(id).has_free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if flags & def::BOUND != 0 {
            scopes.insert(name.clone(), LOCAL);
            local.insert(name.clone());
            global.remove(name);
            if flags & def::TYPE_PARAM != 0 {
                type_params.insert(name.clone());
            } else {
                type_params.remove(name);
            }
            return Ok(());
        }
        // In a scope that can see an enclosing class, a name the class binds (or declares
        // global) is looked up in the class namespace and then the globals.
        if let Some(class) = class_entry {
            let class_flags = self.scope(class).lookup(name).0;
            if class_flags & def::GLOBAL != 0 {
                scopes.insert(name.clone(), GLOBAL_EXPLICIT);
                return Ok(());
            } else if class_flags & def::BOUND != 0 && class_flags & def::NONLOCAL == 0 {
                scopes.insert(name.clone(), GLOBAL_IMPLICIT);
                return Ok(());
            }
        }
        if let Some(b) = bound
            && b.contains(name)
        {
            scopes.insert(name.clone(), FREE);
            self.scope_mut(id).has_free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if global.contains(name) {
            scopes.insert(name.clone(), GLOBAL_IMPLICIT);
            return Ok(());
        }
        if self.scope(id).nested {
            self.scope_mut(id).has_free = true;
        }
        scopes.insert(name.clone(), GLOBAL_IMPLICIT);
        Ok(())
    }

    /// Makes the final decisions for block `id` and, recursively, its children
    /// (`analyze_block`). `bound` is None only for the module.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<ScopeId>,
    ) -> Res {
        let mut local = NameSet::default();
        let mut scopes: FxHashMap<Ident, u32> = FxHashMap::default();
        let mut newglobal = NameSet::default();
        let mut newfree = NameSet::default();
        let mut newbound = NameSet::default();
        let mut inlined_cells = NameSet::default();
        let kind = self.scope(id).kind;
        let function_like = self.scope(id).is_function_like();

        // Class bindings are not visible in nested scopes: what they see is fixed before the
        // class's own names are analyzed.
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols: Vec<(Ident, u32)> = self
            .scope(id)
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.0))
            .collect();
        for (name, flags) in &symbols {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *flags,
                &mut bound,
                &mut local,
                free,
                global,
                type_params,
                class_entry,
            )?;
        }
        if kind != ScopeKind::Class {
            if function_like {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert(self.class_name.clone());
            newbound.insert(self.classdict_name.clone());
        }

        let children = self.scope(id).children.clone();
        for &child in &children {
            let c = self.scope(child);
            let new_class_entry = if c.can_see_class_scope {
                if kind == ScopeKind::Class {
                    Some(id)
                } else {
                    class_entry
                }
            } else {
                None
            };
            // Every comprehension but a generator expression is inlined.
            let inline = c.comprehension != ComprehensionKind::None && !c.generator;
            let mut child_bound = newbound.clone();
            let mut child_free = newfree.clone();
            let mut child_global = newglobal.clone();
            let mut child_type_params = type_params.clone();
            self.analyze_block(
                child,
                Some(&mut child_bound),
                &mut child_free,
                &mut child_global,
                &mut child_type_params,
                new_class_entry,
            )?;
            if inline {
                self.inline_comprehension(
                    id,
                    child,
                    &mut scopes,
                    &mut child_free,
                    &mut inlined_cells,
                );
                self.scope_mut(child).comp_inlined = true;
            }
            newfree.extend(child_free);
            let c = self.scope(child);
            if c.has_free || c.child_free {
                self.scope_mut(id).child_free = true;
            }
        }

        // The children of inlined comprehensions take their place.
        let mut spliced = Vec::with_capacity(children.len());
        for &child in &children {
            let c = self.scope(child);
            if c.comp_inlined {
                spliced.extend(c.children.iter().copied());
            } else {
                spliced.push(child);
            }
        }
        self.scope_mut(id).children = spliced;

        if function_like {
            analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
        } else if kind == ScopeKind::Class {
            if newfree.remove(&self.class_name) {
                self.scope_mut(id).needs_class_closure = true;
            }
            if newfree.remove(&self.classdict_name) {
                self.scope_mut(id).needs_classdict = true;
            }
        }
        let classflag = kind == ScopeKind::Class || self.scope(id).can_see_class_scope;
        self.update_symbols(
            id,
            &scopes,
            bound.as_deref(),
            &newfree,
            &inlined_cells,
            classflag,
        );
        free.extend(newfree);
        Ok(())
    }

    /// Merges the symbols of comprehension `comp` into its parent `id`
    /// (`inline_comprehension`).
    fn inline_comprehension(
        &mut self,
        id: ScopeId,
        comp: ScopeId,
        scopes: &mut FxHashMap<Ident, u32>,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let comp_symbols: Vec<(Ident, u32)> = self
            .scope(comp)
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.0))
            .collect();
        let parent_is_class = self.scope(id).kind == ScopeKind::Class;
        for (name, flags) in comp_symbols {
            // The comprehension's parameter `.0`.
            if flags & def::PARAM != 0 {
                continue;
            }
            let scope = Symbol(flags).scope_value();
            let only_flags = flags & ((1 << def::SCOPE_OFFSET) - 1);
            if scope == CELL || only_flags & def::COMP_CELL != 0 {
                inlined_cells.insert(name.clone());
            }
            match self.scope(id).symbols.get(&name) {
                None => {
                    self.scope_mut(id).symbols.set(&name, Symbol(only_flags));
                    scopes.insert(name, scope);
                }
                Some(existing) => {
                    // A name free in the comprehension and bound in the parent is simply a
                    // local of the parent, unless a nested scope needs it as a cell or the
                    // parent is a class.
                    if existing.0 & def::BOUND != 0
                        && !self.is_free_in_any_child(comp, &name)
                        && !parent_is_class
                    {
                        comp_free.remove(&name);
                    }
                }
            }
        }
    }

    fn is_free_in_any_child(&self, comp: ScopeId, name: &Ident) -> bool {
        self.scope(comp)
            .children
            .iter()
            .any(|&c| self.scope(c).lookup(name).scope_value() == FREE)
    }

    /// Stores the decided scopes into the symbols of block `id`, and adds the names free in
    /// its children that pass through it (`update_symbols`).
    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &FxHashMap<Ident, u32>,
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        classflag: bool,
    ) {
        let symbols = &mut self.scopes[id.0 as usize].symbols;
        let names: Vec<(Ident, u32)> = symbols.iter().map(|(n, s)| (n.clone(), s.0)).collect();
        for (name, mut flags) in names {
            if inlined_cells.contains(&name) {
                flags |= def::COMP_CELL;
            }
            let scope = scopes.get(&name).copied().unwrap_or(0);
            flags |= scope << def::SCOPE_OFFSET;
            symbols.set(&name, Symbol(flags));
        }
        // CPython walks a set here, in hash order; sorting keeps pyrs deterministic.
        let mut pending: Vec<&Ident> = free.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(sym) = symbols.get(name) {
                // A free name of a method that the class also binds or uses.
                if classflag {
                    symbols.set(name, Symbol(sym.0 | def::FREE_CLASS));
                }
                continue;
            }
            if let Some(b) = bound
                && !b.contains(name)
            {
                continue;
            }
            symbols.set(name, Symbol(FREE << def::SCOPE_OFFSET));
        }
    }
}

/// Locals that nested scopes (or inlined comprehensions) use freely become cells
/// (`analyze_cells`).
fn analyze_cells(scopes: &mut FxHashMap<Ident, u32>, free: &mut NameSet, inlined_cells: &NameSet) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != LOCAL {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = CELL;
        free.remove(name);
    }
}
