//! A text dump of a symbol table, in the form the tests compare with CPython's `_symtable`:
//! every scope in pre-order with its type, name, line, nested flag, parameters and number of
//! children, then each symbol with its raw flags (scope bits included) in table order.

use std::fmt::Write;

use super::{ScopeId, SymbolTable, def};

/// Dumps the table. Where CPython adds names in the hash order of a set (the free names a
/// scope only passes on to its children, whose flags below the scope bits are all zero), runs
/// of such names are sorted, so that dumps compare equal across processes.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, table.top, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, out: &mut String) {
    let s = table.scope(id);
    let varnames: Vec<&str> = s.varnames.iter().map(|v| &**v).collect();
    let _ = writeln!(
        out,
        "scope {} {} line {} nested {} children {} varnames [{}]",
        s.kind.cpython_code(),
        s.name,
        s.lineno,
        u8::from(s.nested),
        s.children.len(),
        varnames.join(" ")
    );
    let symbols: Vec<(String, u32)> = s
        .symbols
        .iter()
        .map(|(n, sym)| (n.to_string(), sym.0))
        .collect();
    for (name, flags) in sort_free_runs(symbols) {
        let _ = writeln!(out, "  {name} {flags}");
    }
    for &c in &s.children {
        dump_scope(table, c, out);
    }
}

/// Sorts each maximal run of symbols whose flags below the scope bits are zero.
pub fn sort_free_runs(mut symbols: Vec<(String, u32)>) -> Vec<(String, u32)> {
    let passed_on = |f: u32| f & ((1 << def::SCOPE_OFFSET) - 1) == 0;
    let mut i = 0;
    while i < symbols.len() {
        if passed_on(symbols[i].1) {
            let start = i;
            while i < symbols.len() && passed_on(symbols[i].1) {
                i += 1;
            }
            symbols[start..i].sort();
        } else {
            i += 1;
        }
    }
    symbols
}
