//! The disassembler: code objects printed in CPython 3.12's `dis` format (`dis.dis` on a code
//! object, with nested code objects after it), byte for byte, malformed code included (it never
//! panics; lookups that are out of range print `<index out of range>`).

mod instr;

use std::fmt::Write;

use crate::bytecode::code::{CodeObject, Constant};
use crate::text::code_repr;

pub use instr::{Instruction, cache_format, decoded_op, exception_entries, instructions, line_starts, quicken, unpack_opargs};

/// How to disassemble.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct DisOptions {
    /// Show each inline cache unit as a CACHE line (`show_caches=True`).
    pub show_caches: bool,
}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// `dis.dis(code)`: the code object, then each code object among its constants (recursively, in
/// constant order) after a blank line and a `Disassembly of <code object ...>:` header.
pub fn disassemble(code: &CodeObject) -> String {
    disassemble_with(code, DisOptions::default())
}

/// `dis.dis(code, show_caches=...)`.
pub fn disassemble_with(code: &CodeObject, options: DisOptions) -> String {
    let mut out = String::new();
    disassemble_recursive(code, options, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, options: DisOptions, out: &mut String) {
    disassemble_code_into(code, options, out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, options, out);
        }
    }
}

/// `dis.disassemble(code)`: one code object, without the nested ones.
pub fn disassemble_code(code: &CodeObject, options: DisOptions) -> String {
    let mut out = String::new();
    disassemble_code_into(code, options, &mut out);
    out
}

fn disassemble_code_into(code: &CodeObject, options: DisOptions, out: &mut String) {
    let starts = line_starts(code);
    let lineno_width = match starts.values().max() {
        None => 0,
        Some(&max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    let max_offset = code.code.len() as i64 - 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    for instr in instructions(code, options.show_caches) {
        if lineno_width > 0 && instr.starts_line.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        format_instruction(&instr, lineno_width, offset_width, out);
        out.push('\n');
    }
    let entries = exception_entries(code);
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in entries {
            let end = i64::from(e.end) * 2 - 2;
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                u64::from(e.start) * 2,
                end,
                u64::from(e.target) * 2,
                e.depth,
                lasti
            );
        }
    }
}

/// One line as `Instruction._disassemble` lays it out (without the current-instruction marker).
fn format_instruction(
    instr: &Instruction,
    lineno_width: usize,
    offset_width: usize,
    out: &mut String,
) {
    let start = out.len();
    if lineno_width > 0 {
        match instr.starts_line {
            Some(line) => {
                let _ = write!(out, "{line:>lineno_width$} ");
            }
            None => {
                let _ = write!(out, "{:lineno_width$} ", "");
            }
        }
    }
    out.push_str("    ");
    out.push_str(if instr.is_jump_target { ">>" } else { "  " });
    let _ = write!(
        out,
        " {:>offset_width$} {:<OPNAME_WIDTH$}",
        instr.offset, instr.opname
    );
    if let Some(arg) = instr.arg {
        let _ = write!(out, " {arg:>OPARG_WIDTH$}");
        if !instr.argrepr.is_empty() {
            let _ = write!(out, " ({})", instr.argrepr);
        }
    }
    let trimmed = out[start..].trim_end().len();
    out.truncate(start + trimmed);
}

#[cfg(test)]
mod tests;
