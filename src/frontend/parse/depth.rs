//! A linear pre-scan bounding how deeply the source nests, run before the recursive parser so
//! that pathological input (thousands of nested brackets, unary operators, lambdas or
//! indented blocks) is refused with an error instead of exhausting the native stack.

use super::tokenizer::{is_ident_char, is_ident_start};

/// What the scan found beyond the limits.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Depth {
    Fine,
    /// More than CPython's 200 nested brackets or 100 indentation levels: the tokenizer scan
    /// reports it with CPython's message and location.
    TokenizerLimit,
    /// An expression nested more deeply than the parser handles.
    TooDeep,
}

/// The deepest expression nesting the parser accepts. CPython's own limit is about 3,000
/// (its compiler's recursion limit); the estimate below counts generously, so the bound sits
/// above that, leaving CPython's limit to the later stages.
const MAX_DEPTH: usize = 6000;

/// Estimates the nesting of every logical line: per open bracket, the operators and keywords
/// since the last comma, semicolon or assignment (a chain of them nests the tree that deep),
/// plus the brackets themselves. Strings and comments are skipped.
pub(super) fn check(text: &str) -> Depth {
    let b = text.as_bytes();
    let mut i = 0;
    // Per open bracket (and the line's outer level), the operator chain so far.
    let mut chains: Vec<usize> = vec![0];
    let mut total = 0usize;
    let mut indents = 0usize;
    let mut last_indent: Vec<usize> = vec![0];
    let mut at_line_start = true;
    while i < b.len() {
        if at_line_start && chains.len() == 1 {
            at_line_start = false;
            let mut col = 0;
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
                col += 1;
                i += 1;
            }
            if i < b.len() && !matches!(b[i], b'#' | b'\n' | b'\r') {
                if col > *last_indent.last().unwrap_or(&0) {
                    last_indent.push(col);
                    indents += 1;
                    if indents >= 100 {
                        return Depth::TokenizerLimit;
                    }
                } else {
                    while last_indent.len() > 1 && col < *last_indent.last().unwrap_or(&0) {
                        last_indent.pop();
                        indents -= 1;
                    }
                }
            }
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\n' | b'\r' if chains.len() == 1 => {
                chains[0] = 0;
                total = 0;
                at_line_start = true;
            }
            b'\\' => {
                i += 2;
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                if chains.len() > 200 {
                    return Depth::TokenizerLimit;
                }
                chains.push(0);
                total += 1;
            }
            b')' | b']' | b'}' if chains.len() > 1 => {
                total -= 1 + chains.pop().unwrap_or(0);
            }
            b',' | b';' => {
                if let Some(last) = chains.last_mut() {
                    total -= *last;
                    *last = 0;
                }
            }
            b'=' if b.get(i + 1) != Some(&b'=')
                && !matches!(b.get(i.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
            {
                if let Some(last) = chains.last_mut() {
                    total -= *last;
                    *last = 0;
                }
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>'
            | b'.' | b'!' | b'=' => {
                bump(&mut chains, &mut total);
            }
            _ if is_ident_start(c) => {
                let start = i;
                while i < b.len() && is_ident_char(b[i]) {
                    i += 1;
                }
                let word = &b[start..i];
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && word.len() <= 2 {
                    i = skip_string(b, i);
                    continue;
                }
                if matches!(
                    word,
                    b"not"
                        | b"lambda"
                        | b"await"
                        | b"if"
                        | b"else"
                        | b"and"
                        | b"or"
                        | b"is"
                        | b"in"
                        | b"yield"
                        | b"for"
                ) {
                    bump(&mut chains, &mut total);
                }
                if total + chains.len() > MAX_DEPTH {
                    return Depth::TooDeep;
                }
                continue;
            }
            _ => {}
        }
        if total + chains.len() > MAX_DEPTH {
            return Depth::TooDeep;
        }
        i += 1;
    }
    Depth::Fine
}

fn bump(chains: &mut [usize], total: &mut usize) {
    if let Some(last) = chains.last_mut() {
        *last += 1;
        *total += 1;
    }
}

/// The offset after the string literal whose quote is at `i`.
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        let c = b[j];
        if c == b'\\' {
            j += 2;
            continue;
        }
        if c == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) {
            return j + if triple { 3 } else { 1 };
        }
        if !triple && (c == b'\n' || c == b'\r') {
            return j;
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert_eq!(check("x = [-1, -2, -3] * 3\n"), Depth::Fine);
        let many: String = (0..20000).map(|i| format!("'k{i}': -1, ")).collect();
        assert_eq!(check(&format!("d = {{{many}}}\n")), Depth::Fine);
        assert_eq!(
            check(&format!("x = {}1\n", "-".repeat(10000))),
            Depth::TooDeep
        );
        assert_eq!(
            check(&format!("x = {}1\n", "(".repeat(300))),
            Depth::TokenizerLimit
        );
        assert_eq!(check(&format!("x = '{}'\n", "(".repeat(300))), Depth::Fine);
        assert_eq!(
            check(&format!("x = 1{}\n", "+1".repeat(10000))),
            Depth::TooDeep
        );
        let deep_if: String = (0..120)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect();
        assert_eq!(check(&deep_if), Depth::TokenizerLimit);
    }
}
