//! The tool modules that run through `-m` natively: py_compile, compileall and dis.

pub mod compileall;
pub mod dis;
pub mod py_compile;

use crate::cli::InterpreterOptions;

/// Runs `-m NAME` if NAME is one of the native tool modules; `argv[0]` is the module name.
/// Returns the exit status, or None if there is no such tool.
pub fn run_module(name: &str, argv: &[String], options: &InterpreterOptions) -> Option<i32> {
    match name {
        "py_compile" => Some(py_compile::main(argv, options)),
        "compileall" => Some(compileall::main(argv, options)),
        "dis" => Some(dis::main(argv, options)),
        _ => None,
    }
}

/// The `__pycache__` tag of the engine the tools run under (`cpython-312`, ...).
pub fn cache_tag(options: &InterpreterOptions) -> String {
    format!("{}-312", options.engine.name())
}
