//! `-m py_compile`. (Placeholder while being written.)

use crate::cli::InterpreterOptions;

pub fn main(_argv: &[String], _options: &InterpreterOptions) -> i32 {
    eprintln!("pyrs: -m py_compile is not built yet");
    1
}
