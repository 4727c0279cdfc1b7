//! Code generation, as CPython 3.12's compile.c does it: walks the syntax tree with the symbol
//! table and produces, for every code unit (module, class body, function, lambda, generator
//! expression, non-inlined comprehension, type-parameter and type-alias scopes), an instruction
//! sequence and its metadata; each finished unit is handed to the assembler and becomes a code
//! constant of its parent.

mod call;
mod comp;
mod exc;
mod expr;
mod func;
mod nameop;
mod pattern;
mod stmt;
mod unit;
pub mod unparse;

use std::sync::Arc;

use super::CompileOptions;
use super::assemble;
use super::ast::{Loc, Mod};
use super::future;
use super::error::{CompileError, CompileWarning};
use super::ir::{CodeUnitMetadata, InstrSequence};
use super::source::SourceFile;
use super::symtable::SymbolTable;
use crate::bytecode::code::CodeObject;

pub use unit::GeneratedUnit;
use unit::{ScopeType, Unit};

/// What turns one finished unit (its instructions, metadata and co_flags) into a code object.
pub type AssembleFn<'f> =
    dyn FnMut(InstrSequence, CodeUnitMetadata, u32) -> Result<CodeObject, CompileError> + 'f;

/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for` and `async with` allowed at module level.
pub const CF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;
/// `PyCF_MASK`: the `from __future__` bits that code objects inherit.
const CF_MASK: u32 = 0x01FE_0000;
/// `CO_FUTURE_ANNOTATIONS`.
const FUTURE_ANNOTATIONS: u32 = crate::bytecode::code::flags::FUTURE_ANNOTATIONS;

/// Nesting depth of the syntax tree beyond which compilation raises RecursionError instead of
/// risking the native stack.
const MAX_DEPTH: u32 = 4000;

/// Compiles a module (or an expression or interactive statement, by `module`'s kind) to its code
/// object, assembling every unit with the flow-graph optimizer and assembler.
pub fn compile_module(
    module: &Mod,
    table: &SymbolTable,
    source: &SourceFile,
    opts: &CompileOptions,
    future_flags: u32,
    warnings: &mut Vec<CompileWarning>,
) -> Result<CodeObject, CompileError> {
    let filename: Arc<str> = Arc::from(source.filename);
    let mut asm = |seq: InstrSequence, meta: CodeUnitMetadata, flags: u32| {
        assemble::assemble_code_unit(seq, meta, flags, &filename)
    };
    let unit = generate(
        module,
        table,
        source,
        opts,
        future_flags,
        warnings,
        &mut asm,
    )?;
    asm(unit.seq, unit.meta, unit.flags)
}

/// Generates the top-level unit of `module`, handing every nested unit to `asm` on the way, and
/// returns the top-level unit unassembled (what `_testinternalcapi.compiler_codegen` shows).
pub fn generate(
    module: &Mod,
    table: &SymbolTable,
    source: &SourceFile,
    opts: &CompileOptions,
    future_flags: u32,
    warnings: &mut Vec<CompileWarning>,
    asm: &mut AssembleFn<'_>,
) -> Result<GeneratedUnit, CompileError> {
    let mut c = Compiler {
        table,
        source,
        optimize: opts.optimize,
        interactive: false,
        flags: future_flags | opts.future_flags,
        future_location: future::parse(module, source).map_or(Loc::NONE, |f| f.location),
        nestlevel: 0,
        units: Vec::new(),
        warnings,
        asm,
        depth: 0,
    };
    c.codegen(module)?;
    let add_none = !matches!(module, Mod::Expression(_));
    c.finish_unit(add_none)
}

/// The compiler's state for one module (CPython's `struct compiler`).
pub(crate) struct Compiler<'a, 'w> {
    table: &'a SymbolTable,
    source: &'a SourceFile<'a>,
    optimize: u8,
    interactive: bool,
    /// `from __future__` features merged with the caller's compile flags.
    flags: u32,
    future_location: Loc,
    nestlevel: u32,
    /// The unit stack: the last is the unit being compiled.
    units: Vec<Unit<'a>>,
    warnings: &'w mut Vec<CompileWarning>,
    asm: &'w mut AssembleFn<'w>,
    depth: u32,
}

type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a, '_> {
    /// `compiler_codegen`: enters the module scope and compiles the body.
    fn codegen(&mut self, module: &'a Mod) -> CResult {
        let top = self.table.top;
        self.enter_scope_id(Arc::from("<module>"), ScopeType::Module, top, 1)?;
        let loc = Loc::new(1, 1, 0, 0);
        match module {
            Mod::Module(body) => self.body(loc, body),
            Mod::Interactive(body) => {
                if stmt::find_ann(body) {
                    self.addop(crate::bytecode::opcode::Op::SETUP_ANNOTATIONS, loc);
                }
                self.interactive = true;
                for s in body {
                    self.visit_stmt(s)?;
                }
                Ok(())
            }
            Mod::Expression(e) => self.visit_expr(e),
        }
    }

    fn is_top_level_await(&self) -> bool {
        self.flags & CF_ALLOW_TOP_LEVEL_AWAIT != 0
            && self.u().ste.kind == crate::frontend::symtable::ScopeKind::Module
    }

    fn future_annotations(&self) -> bool {
        self.flags & FUTURE_ANNOTATIONS != 0
    }

    /// A SyntaxError at `loc` (`compiler_error`).
    fn error(&self, loc: Loc, msg: impl Into<String>) -> CompileError {
        CompileError::Syntax(self.source.compile_error(msg, loc))
    }

    /// Emits a SyntaxWarning at `loc` (`compiler_warn`).
    fn warn(&mut self, loc: Loc, msg: impl Into<String>) {
        self.warnings.push(CompileWarning {
            category: "SyntaxWarning",
            msg: msg.into(),
            filename: self.source.filename.to_owned(),
            lineno: loc.lineno.max(0) as u32,
        });
    }

    /// Guards the native stack on deeply nested trees.
    fn enter_depth(&mut self) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::Other {
                exc_type: "RecursionError",
                msg: "maximum recursion depth exceeded during compilation".into(),
            });
        }
        Ok(())
    }

    fn leave_depth(&mut self) {
        self.depth -= 1;
    }
}
