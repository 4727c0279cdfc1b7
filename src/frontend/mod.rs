//! The shared front end: Python 3.12 source in, CPython 3.12 code objects out. The stages are
//! CPython's: decode the source bytes, parse to a syntax tree, check `__future__` imports, fold
//! constants, build the symbol table, generate an instruction sequence per code unit, then
//! optimize the flow graph and assemble each unit into a code object.

pub mod assemble;
pub mod ast;
pub mod astdump;
pub mod codegen;
pub mod decode;
pub mod error;
pub mod flowgraph;
pub mod fold;
pub mod future;
pub mod ir;
pub mod parse;
pub mod source;
pub mod symtable;

use std::sync::Arc;

use crate::bytecode::code::CodeObject;
pub use error::{CompileError, CompileWarning, SyntaxError, SyntaxErrorKind};
use source::SourceFile;

/// What the source is compiled as (the `mode` argument of `compile()`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script (`exec`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`): expression values are printed.
    Single,
}

/// Settings of one compilation.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub mode: Mode,
    /// `-O` level: 1 drops asserts and makes `__debug__` false, 2 also drops docstrings.
    pub optimize: u8,
    /// `from __future__` flags inherited from the caller (co_flags bits).
    pub future_flags: u32,
    /// Whether errors raised after parsing show the source line (true for files, false for
    /// `-c` and `<stdin>`, as CPython rereads the line from the file).
    pub text_in_compile_errors: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            mode: Mode::Exec,
            optimize: 0,
            future_flags: 0,
            text_in_compile_errors: true,
        }
    }
}

/// A compiled code object and the warnings emitted on the way.
#[derive(Debug)]
pub struct Compiled {
    pub code: Arc<CodeObject>,
    pub warnings: Vec<CompileWarning>,
}

/// Compiles source bytes (decoded as CPython decodes source files: BOM, PEP 263 cookie,
/// UTF-8 by default).
pub fn compile_bytes(
    source: &[u8],
    filename: &str,
    opts: &CompileOptions,
) -> Result<Compiled, CompileError> {
    let text = decode::decode_source(source, filename)?;
    compile_str(&text, filename, opts)
}

/// Compiles a script file's bytes as `python FILE` reads them: its decoding errors are the
/// tokenizer's (`Non-UTF-8 code starting with ...`), not those of `compile()`.
pub fn compile_script(
    source: &[u8],
    filename: &str,
    opts: &CompileOptions,
) -> Result<Compiled, CompileError> {
    let text = decode::decode_script(source, filename)?;
    compile_str(&text, filename, opts)
}

/// Compile warnings as CPython's `warnings` module prints them by default, each with its line
/// of `source` (the bytes that were compiled).
pub fn render_warnings(list: &[CompileWarning], source: &[u8], filename: &str) -> String {
    if list.is_empty() {
        return String::new();
    }
    let text = decode::decode_source(source, filename)
        .unwrap_or_else(|_| String::from_utf8_lossy(source).into_owned());
    let file = SourceFile::new(filename, &text, true);
    error::render_warnings(list, |n| file.line_text(n))
}

/// The native stack the front end runs on: room for the recursion of every stage at the
/// deepest nesting they accept (the parser's pre-scan and the recursion limits of folding, the
/// symbol table and code generation bound it). Only the pages touched are committed.
const FRONT_END_STACK: usize = 512 << 20;

/// Compiles source text. The stages run on a thread of their own with a deep stack, so that
/// deeply nested (but valid) source cannot exhaust the caller's; a panic there, which would be a
/// bug, becomes a SystemError instead of taking the caller down.
pub fn compile_str(text: &str, filename: &str, opts: &CompileOptions) -> Result<Compiled, CompileError> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("pyrs-compile".into())
            .stack_size(FRONT_END_STACK)
            .spawn_scoped(scope, || compile_here(text, filename, opts));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(CompileError::system(format!("internal compiler error while compiling {filename}")))
            }),
            // No thread could be started: compile on the caller's stack.
            Err(_) => compile_here(text, filename, opts),
        }
    })
}

fn compile_here(text: &str, filename: &str, opts: &CompileOptions) -> Result<Compiled, CompileError> {
    let source = SourceFile::new(filename, text, opts.text_in_compile_errors);
    let mut warnings = Vec::new();
    let mut module = parse::parse(&source, opts.mode, &mut warnings)?;
    let future_flags = future::check(&module, &source)? | opts.future_flags;
    fold::fold_module(&mut module, opts.optimize, future_flags, &mut warnings)?;
    let table = symtable::build(&module, &source, future_flags)?;
    let code = codegen::compile_module(&module, &table, &source, opts, future_flags, &mut warnings)?;
    Ok(Compiled { code: Arc::new(code), warnings })
}
