//! Python's repr rules for values, shared by the disassembler and the runtime: str (quote choice,
//! escapes, printability of code points), bytes, int, float (shortest round-trip digits), complex,
//! containers (sets in CPython's iteration order, from bytecode::pyhash), and the constants of
//! code objects.

pub mod constant;
pub mod numbers;
mod printable_table;
pub mod strings;

#[cfg(test)]
mod oracle_tests;

pub use constant::{code_repr, constant_repr};
pub use numbers::{complex_repr, float_repr, int_repr};
pub use strings::{bytes_repr, is_printable, str_ascii, str_repr};
