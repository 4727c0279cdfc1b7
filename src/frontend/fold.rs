//! Constant folding on the syntax tree (CPython's ast_opt.c). (Placeholder.)

use super::ast::Mod;

pub fn fold_module(_module: &mut Mod, _optimize: u8, _future_flags: u32) {}
