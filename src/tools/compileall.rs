//! `-m compileall`. (Placeholder while being written.)

use crate::cli::InterpreterOptions;

pub fn main(_argv: &[String], _options: &InterpreterOptions) -> i32 {
    eprintln!("pyrs: -m compileall is not built yet");
    1
}
