//! The tool modules that run through `-m` natively: py_compile, compileall and dis.

use crate::cli::InterpreterOptions;

/// Runs `-m NAME` if NAME is one of the native tool modules; `argv[0]` is the module name.
/// Returns the exit status, or None if there is no such tool.
pub fn run_module(name: &str, argv: &[String], options: &InterpreterOptions) -> Option<i32> {
    let _ = (argv, options);
    match name {
        _ => None,
    }
}
