//! The position markers of a traceback line (CPython 3.12's `extract_anchors_from_line`): for a
//! binary operation the operator is marked `^` and its operands `~`; for a subscript the
//! brackets and index are marked `^` and the subscripted value (with any space before the
//! bracket) `~`.

use crate::frontend::ast::{ExprKind, Mod};
use crate::frontend::source::SourceFile;
use crate::frontend::{Mode, parse};

/// Where the secondary marks go within a code segment, in characters.
pub struct Anchors {
    pub left_end: usize,
    pub right_start: usize,
    pub primary: char,
    pub secondary: char,
}

fn char_offset(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// The anchors of a one-line code segment, if it is a binary operation or a subscript.
pub fn anchors(segment: &str) -> Option<Anchors> {
    let wrapped = format!("(\n{segment}\n)");
    let source = SourceFile::new("<segment>", &wrapped, false);
    let mut warnings = Vec::new();
    let Mod::Expression(e) = parse::parse(&source, Mode::Eval, &mut warnings).ok()? else { return None };
    let bytes = segment.as_bytes();
    let (left, right) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.loc.end_lineno != 2 || right.loc.lineno != 2 {
                return None;
            }
            let mut found = None;
            let mut i = left.loc.end_col_offset as usize;
            let stop = right.loc.col_offset as usize;
            while i < stop && i < bytes.len() {
                let c = bytes[i];
                if c == b' ' || c == b'\t' || c == b'\x0c' {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < stop && !matches!(bytes.get(i + 1), Some(b' ' | b'\t' | b'\x0c')) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < stop && c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found?
        }
        ExprKind::Subscript { value, slice, .. } => {
            if value.loc.end_lineno != 2 || slice.loc.end_lineno != 2 {
                return None;
            }
            // The anchors move forward to the brackets (past any spaces before them).
            let mut left = value.loc.end_col_offset as usize;
            let mut right = slice.loc.end_col_offset as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            (left, right)
        }
        _ => return None,
    };
    Some(Anchors { left_end: char_offset(segment, left), right_start: char_offset(segment, right), primary: '~', secondary: '^' })
}
