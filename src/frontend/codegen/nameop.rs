//! Name resolution at code generation (`compiler_nameop`): which load, store or delete
//! instruction a name gets from its scope (fast local, cell or free variable, global, or name in
//! a namespace), with private name mangling and the class-namespace forms of PEP 695.

use std::sync::Arc;

use super::unit::{
    SCOPE_CELL, SCOPE_FREE, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_LOCAL,
};
use super::{CResult, Compiler};
use crate::bytecode::opcode::Op;
use crate::frontend::ast::{ExprContext, Ident, Loc};
use crate::frontend::symtable::{ScopeKind, mangle};

#[derive(Copy, Clone, PartialEq, Eq)]
enum OpType {
    Fast,
    Global,
    Deref,
    Name,
}

impl Compiler<'_, '_> {
    /// `forbidden_name`: assigning to or deleting `__debug__` is a SyntaxError.
    pub(crate) fn check_forbidden(&self, loc: Loc, name: &str, ctx: ExprContext) -> CResult {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error(loc, "cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error(loc, "cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    /// `compiler_nameop`.
    pub(crate) fn nameop(&mut self, loc: Loc, name: &Ident, ctx: ExprContext) -> CResult {
        self.check_forbidden(loc, name, ctx)?;
        let mangled = mangle(self.u().private.as_deref(), name);
        let u = self.u();
        let scope = u.scope_of(&mangled);
        let function_like = u.ste.is_function_like();
        let optype = match scope {
            SCOPE_FREE | SCOPE_CELL => OpType::Deref,
            SCOPE_LOCAL => {
                if function_like || u.fasthidden.get(&mangled) == Some(&true) {
                    OpType::Fast
                } else {
                    OpType::Name
                }
            }
            SCOPE_GLOBAL_IMPLICIT => {
                if function_like {
                    OpType::Global
                } else {
                    OpType::Name
                }
            }
            SCOPE_GLOBAL_EXPLICIT => OpType::Global,
            _ => OpType::Name,
        };
        let in_class = u.ste.kind == ScopeKind::Class;
        let in_inlined_comp = u.in_inlined_comp > 0;
        let can_see_class_scope = u.ste.can_see_class_scope;
        match optype {
            OpType::Deref => {
                let op = match ctx {
                    ExprContext::Load => {
                        if in_class && !in_inlined_comp {
                            self.addop(Op::LOAD_LOCALS, loc);
                            Op::LOAD_FROM_DICT_OR_DEREF
                        } else if can_see_class_scope {
                            let i = self.free_index(Arc::from("__classdict__"));
                            self.addop_i(Op::LOAD_DEREF, i, loc);
                            Op::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            Op::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Op::STORE_DEREF,
                    ExprContext::Del => Op::DELETE_DEREF,
                };
                let arg = if scope == SCOPE_FREE {
                    self.free_index(mangled)
                } else {
                    self.cell_index(mangled)
                };
                self.addop_i(op, arg, loc);
            }
            OpType::Fast => {
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_FAST,
                    ExprContext::Store => Op::STORE_FAST,
                    ExprContext::Del => Op::DELETE_FAST,
                };
                self.addop_varname(op, mangled, loc);
            }
            OpType::Global => {
                let op = match ctx {
                    ExprContext::Load => {
                        if can_see_class_scope && scope == SCOPE_GLOBAL_IMPLICIT {
                            let i = self.free_index(Arc::from("__classdict__"));
                            self.addop_i(Op::LOAD_DEREF, i, loc);
                            Op::LOAD_FROM_DICT_OR_GLOBALS
                        } else {
                            Op::LOAD_GLOBAL
                        }
                    }
                    ExprContext::Store => Op::STORE_GLOBAL,
                    ExprContext::Del => Op::DELETE_GLOBAL,
                };
                let mut arg = self.um().meta.names.insert(mangled);
                if op == Op::LOAD_GLOBAL {
                    arg <<= 1;
                }
                self.addop_i(op, arg, loc);
            }
            OpType::Name => {
                let op = match ctx {
                    ExprContext::Load => {
                        if in_class && in_inlined_comp {
                            Op::LOAD_GLOBAL
                        } else {
                            Op::LOAD_NAME
                        }
                    }
                    ExprContext::Store => Op::STORE_NAME,
                    ExprContext::Del => Op::DELETE_NAME,
                };
                let mut arg = self.um().meta.names.insert(mangled);
                if op == Op::LOAD_GLOBAL {
                    arg <<= 1;
                }
                self.addop_i(op, arg, loc);
            }
        }
        Ok(())
    }

    /// `nameop` for a name given as a string.
    pub(crate) fn nameop_str(&mut self, loc: Loc, name: &str, ctx: ExprContext) -> CResult {
        self.nameop(loc, &Arc::from(name), ctx)
    }
}
