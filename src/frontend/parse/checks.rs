//! Checks CPython's tokenizer and parser make that ruff does not: consistent use of tabs and
//! spaces in indentation, and one statement in `single` mode.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

use super::super::ast::{Loc, Mod, Stmt};
use super::super::error::{SyntaxError, SyntaxErrorKind};
use super::super::source::SourceFile;

/// CPython's TabError: the indentation of each logical line must compare the same way with
/// tabs counted to the next multiple of 8 and with tabs counted as one column.
pub(super) fn check_indentation(source: &SourceFile, tokens: &[Token]) -> Result<(), SyntaxError> {
    let text = source.text;
    if !text.contains('\t') {
        return Ok(());
    }
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut line_start = true;
    for t in tokens {
        match t.kind() {
            TokenKind::Newline => {
                line_start = true;
                continue;
            }
            TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::NonLogicalNewline
            | TokenKind::Comment => continue,
            _ if !line_start => continue,
            _ => {}
        }
        line_start = false;
        let (lineno, _) = source.line_col(t.start().to_usize());
        let start = source.line_start(lineno).unwrap_or(0);
        let (mut col, mut alt) = (0u32, 0u32);
        for b in text.as_bytes()[start..t.start().to_usize()].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let &(top, alt_top) = stack.last().unwrap_or(&(0, 0));
        let bad = if col == top {
            alt != alt_top
        } else if col > top {
            stack.push((col, alt));
            alt <= alt_top
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
                stack.pop();
            }
            stack.last().is_some_and(|&(c, a)| c == col && a != alt)
        };
        if bad {
            let mut e = source.parse_error(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Loc::new(lineno as i32, lineno as i32, 0, 0),
            );
            e.end_offset = 0;
            return Err(e);
        }
    }
    Ok(())
}

/// `single` mode takes one statement.
pub(super) fn check_single(source: &SourceFile, body: &[Stmt]) -> Result<(), SyntaxError> {
    if body.len() > 1 {
        let loc = body[0].loc;
        return Err(source.parse_error(
            SyntaxErrorKind::SyntaxError,
            "multiple statements found while compiling a single statement",
            loc,
        ));
    }
    Ok(())
}

/// Checks over the converted tree.
pub(super) fn check_tree(_source: &SourceFile, _m: &Mod) -> Result<(), SyntaxError> {
    Ok(())
}
