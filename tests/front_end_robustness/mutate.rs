//! Mutations of real programs that keep them mostly valid, so that every stage after the parser
//! sees strange but legal code: statement blocks swapped, duplicated, deleted or wrapped in a new
//! compound statement; identifiers, keywords, operators and literals swapped for others of
//! their kind; odd statements inserted; the whole program moved into a function or a class.

use super::Rng;

/// A token of the rough lexer below: its byte range and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
    kind: Kind,
}

/// Operators, longest first so that the lexer takes the longest match.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^",
    "~", "<", ">", "@", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

/// Groups of interchangeable tokens: a token of one group is replaced by another of it.
const GROUPS: &[&[&str]] = &[
    &[
        "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
    ],
    &["<", ">", "<=", ">=", "==", "!="],
    &[
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
    ],
    &["and", "or"],
    &["is", "in"],
    &["break", "continue", "pass", "return", "yield", "raise"],
    &["if", "while", "elif"],
    &["True", "False", "None", "__debug__", "..."],
    &["global", "nonlocal"],
    &["def", "async def"],
    &["for", "async for"],
    &["with", "async with"],
    &["lambda", "lambda *a, **k"],
    &[
        "not",
        "await",
        "-",
        "~",
        "+",
        "yield",
        "yield from",
        "*",
        "**",
    ],
];

/// Names a name may become: builtins, names the compiler treats specially, soft keywords.
const ODD_NAMES: &[&str] = &[
    "__class__",
    "super",
    "__debug__",
    "_",
    "print",
    "self",
    "__name__",
    "__annotations__",
    "__qualname__",
    "__classcell__",
    "match",
    "case",
    "type",
    "await",
    "yield",
    "None",
    "__builtins__",
    "locals",
    "__module__",
    "_ÿ",
    "ℕ",
];

/// Literals a number may become: huge, tiny, signed zero, complex, underscores, non-decimal.
fn odd_number(rng: &mut Rng) -> String {
    match rng.below(14) {
        0 => "9".repeat(4300),
        1 => "9".repeat(4301),
        2 => format!("0x{}", "f".repeat(2000 + rng.below(3000))),
        3 => "1e400".into(),
        4 => "-0.0".into(),
        5 => "0.0".into(),
        6 => "1j".into(),
        7 => "1_000_000".into(),
        8 => "0o777".into(),
        9 => "0b1010".into(),
        10 => "18446744073709551616".into(),
        11 => "(2**64)".into(),
        12 => "(1 << 200)".into(),
        _ => format!("{}", rng.next_u64() as i64),
    }
}

/// Literals a string may become: huge, with escapes that make lone surrogates or named
/// characters, bytes, f-strings, implicit concatenations.
fn odd_string(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => format!("'{}'", "x".repeat(100_000 + rng.below(100_000))),
        1 => "'\\ud800'".into(),
        2 => "'\\N{EM DASH}\\U0001F600'".into(),
        3 => "b'\\xff\\x00'".into(),
        4 => "f'{x!r:>{w}}{y=}'".into(),
        5 => "'a' 'b' f'{c}' 'd'".into(),
        6 => "''".into(),
        7 => "r'\\d'".into(),
        8 => "'\\d'".into(),
        9 => "f'{{}}{1+1}'".into(),
        10 => "('a' * 4097)".into(),
        _ => "\"\"\"doc\nstring\"\"\"".into(),
    }
}

/// Headers a block may be wrapped in, and what follows the wrapped block.
const WRAPPERS: &[(&str, &str)] = &[
    ("if x:", ""),
    ("if not __debug__:", ""),
    ("while x:", ""),
    ("for _i in x:", ""),
    ("async for _i in x:", ""),
    ("try:", "except Exception as _e:\n    pass"),
    ("try:", "finally:\n    pass"),
    ("try:", "except* ValueError:\n    pass"),
    ("with x as _w:", ""),
    ("async with x:", ""),
    ("def _f():", ""),
    ("async def _f():", ""),
    ("def _g(*args, **kwargs):", ""),
    ("class _C:", ""),
    ("class _D[T]:", ""),
    ("def _h[T](x: T) -> T:", ""),
    ("match x:\n    case [a, *b] if b:", ""),
    ("while True:", "else:\n    pass"),
];

/// Statements that may be inserted anywhere.
const STATEMENTS: &[&str] = &[
    "global x",
    "nonlocal x",
    "del x",
    "x: int",
    "x: int = 1",
    "__class__",
    "super()",
    "yield",
    "await x",
    "return",
    "return 1",
    "break",
    "continue",
    "from __future__ import annotations",
    "from os import *",
    "import a.b.c as d",
    "from . import x",
    "assert x, 'm'",
    "raise",
    "raise x from None",
    "x = lambda: (yield)",
    "x = [(yield) for _ in y]",
    "x = [await z async for z in y]",
    "type X[T] = list[T]",
    "def g[T](): pass",
    "class K[T]: pass",
    "x = (y := 1)",
    "[y := 1 for _ in z]",
    "x = {**a, 'k': 1, **b}",
    "f(*a, *b, k=1, **c, **d)",
    "x[1:2, ::3] = y",
    "a, *b, c = d",
    "(a, b), [c, *d] = e",
    "x = a if b else c if d else e",
    "x = not not not a",
    "x = 1 if 2 else 3",
    "x = (1, 2, 3)[1]",
    "x = -(-(-1))",
    "x = 2 ** 128 + 'a' * 4",
    "x = f'{1}{2!r}{3:>{4}}'",
    "with a as (b, c), d: pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "match x:\n    case {1: a, **r} | C(d=[*_]) if a:\n        pass\n    case _:\n        pass",
    "for x in y:\n    if x:\n        continue\n    else:\n        break\nelse:\n    pass",
    "while x:\n    try:\n        break\n    finally:\n        continue",
    "class C(B, metaclass=M, **kw):\n    def m(self):\n        return __class__",
    "@d\n@e(1)\ndef f(a, /, b=1, *c, d, e=2, **g) -> h:\n    return a",
];

/// Cuts a source into rough tokens (strings and comments skipped whole, including triple
/// quotes and prefixes), and records for every line whether a statement may start there
/// (bracket depth zero, not inside a string, previous line not continued by a backslash).
fn lex(text: &str) -> (Vec<Token>, Vec<bool>) {
    let b = text.as_bytes();
    let mut tokens = Vec::new();
    let mut statement_line = vec![true];
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c == b'\n' {
            i += 1;
            let continued = i >= 2 && b[i - 2] == b'\\';
            statement_line.push(depth == 0 && !continued);
            continue;
        }
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_whitespace() || c == b'\\' {
            i += 1;
            continue;
        }
        let is_name_start = |c: u8| c.is_ascii_alphabetic() || c == b'_' || c >= 0x80;
        if is_name_start(c) {
            while i < b.len() && (is_name_start(b[i]) || b[i].is_ascii_digit()) {
                i += 1;
            }
            let prefix = &text[start..i];
            let is_prefix = prefix.len() <= 2 && prefix.chars().all(|c| "rRbBuUfF".contains(c));
            if is_prefix && i < b.len() && (b[i] == b'\'' || b[i] == b'"') {
                i = skip_string(b, i, &mut statement_line);
                tokens.push(Token {
                    start,
                    end: i,
                    kind: Kind::Str,
                });
            } else {
                tokens.push(Token {
                    start,
                    end: i,
                    kind: Kind::Name,
                });
            }
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                let e = b[i] == b'e' || b[i] == b'E';
                i += 1;
                if e && i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                    i += 1;
                }
            }
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Number,
            });
            continue;
        }
        if c == b'\'' || c == b'"' {
            i = skip_string(b, i, &mut statement_line);
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Str,
            });
            continue;
        }
        let op = OPERATORS
            .iter()
            .find(|op| b[i..].starts_with(op.as_bytes()));
        let len = op.map_or(1, |op| op.len());
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += len;
        tokens.push(Token {
            start,
            end: i,
            kind: Kind::Op,
        });
    }
    (tokens, statement_line)
}

/// The end of the string literal whose quote is at `i`; lines inside it cannot start a
/// statement.
fn skip_string(b: &[u8], mut i: usize, lines: &mut Vec<bool>) -> usize {
    let q = b[i];
    let triple = b[i..].starts_with(&[q, q, q]);
    i += if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => {
                if b.get(i + 1) == Some(&b'\n') {
                    lines.push(false);
                }
                i += 2;
                continue;
            }
            b'\n' if !triple => return i,
            b'\n' => lines.push(false),
            c if c == q && (!triple || b[i..].starts_with(&[q, q, q])) => {
                return i + if triple { 3 } else { 1 };
            }
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The source's lines, where a statement may start at each, and each line's indentation.
struct Lines {
    lines: Vec<String>,
    starts: Vec<bool>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let (_, mut starts) = lex(text);
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        starts.resize(lines.len(), false);
        for (s, l) in starts.iter_mut().zip(&lines) {
            let t = l.trim_start();
            if t.is_empty() || t.starts_with('#') {
                *s = false;
            }
        }
        Lines { lines, starts }
    }

    fn indent(&self, i: usize) -> usize {
        let l = &self.lines[i];
        l.len() - l.trim_start_matches([' ', '\t']).len()
    }

    /// The lines of the statement starting at `i` with its nested blocks: up to the next line
    /// that starts a statement at the same or a lower indentation.
    fn block(&self, i: usize) -> std::ops::Range<usize> {
        let ind = self.indent(i);
        let mut j = i + 1;
        while j < self.lines.len() && !(self.starts[j] && self.indent(j) <= ind) {
            j += 1;
        }
        // Leave trailing blank lines and comments outside the block.
        while j > i + 1 && !self.starts[j - 1] && {
            let t = self.lines[j - 1].trim();
            t.is_empty() || t.starts_with('#')
        } {
            j -= 1;
        }
        i..j
    }

    fn statement_starts(&self) -> Vec<usize> {
        (0..self.lines.len()).filter(|&i| self.starts[i]).collect()
    }
}

fn indent_text(text: &str, by: &str) -> String {
    text.split('\n')
        .map(|l| {
            if l.trim().is_empty() {
                l.to_string()
            } else {
                format!("{by}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One mutation of `text`, or None when the chosen kind does not apply.
fn mutate_once(rng: &mut Rng, text: &str) -> Option<String> {
    let l = Lines::new(text);
    let starts = l.statement_starts();
    match rng.below(10) {
        // Swap two blocks at the same indentation.
        0 => {
            let a = *rng.pick(&starts)?;
            let same: Vec<usize> = starts
                .iter()
                .copied()
                .filter(|&s| s != a && l.indent(s) == l.indent(a))
                .collect();
            let b = *rng.pick(&same)?;
            let (first, second) = (l.block(a.min(b)), l.block(a.max(b)));
            if first.end > second.start {
                return None;
            }
            let mut out: Vec<String> = l.lines[..first.start].to_vec();
            out.extend_from_slice(&l.lines[second.clone()]);
            out.extend_from_slice(&l.lines[first.end..second.start]);
            out.extend_from_slice(&l.lines[first.clone()]);
            out.extend_from_slice(&l.lines[second.end..]);
            Some(out.join("\n"))
        }
        // Duplicate a block.
        1 => {
            let r = l.block(*rng.pick(&starts)?);
            let mut out: Vec<String> = l.lines[..r.end].to_vec();
            out.extend_from_slice(&l.lines[r.clone()]);
            out.extend_from_slice(&l.lines[r.end..]);
            Some(out.join("\n"))
        }
        // Replace a block by `pass`.
        2 => {
            let s = *rng.pick(&starts)?;
            let r = l.block(s);
            let mut out: Vec<String> = l.lines[..r.start].to_vec();
            out.push(format!("{}pass", " ".repeat(l.indent(s))));
            out.extend_from_slice(&l.lines[r.end..]);
            Some(out.join("\n"))
        }
        // Wrap a block in a compound statement.
        3 => {
            let s = *rng.pick(&starts)?;
            let r = l.block(s);
            let pad = l.lines[s][..l.indent(s)].to_string();
            let (head, tail) = rng.pick(WRAPPERS)?;
            let inner = l.lines[r.clone()]
                .iter()
                .map(|x| x.strip_prefix(pad.as_str()).unwrap_or(x))
                .collect::<Vec<_>>()
                .join("\n");
            let depth = head.matches('\n').count() + 1;
            let mut wrapped = format!("{head}\n{}", indent_text(&inner, &"    ".repeat(depth)));
            if !tail.is_empty() {
                wrapped.push('\n');
                wrapped.push_str(tail);
            }
            let mut out: Vec<String> = l.lines[..r.start].to_vec();
            out.push(indent_text(&wrapped, &pad));
            out.extend_from_slice(&l.lines[r.end..]);
            Some(out.join("\n"))
        }
        // Insert an odd statement before a statement.
        4 => {
            let s = *rng.pick(&starts)?;
            let pad = l.lines[s][..l.indent(s)].to_string();
            let mut out: Vec<String> = l.lines[..s].to_vec();
            out.push(indent_text(rng.pick(STATEMENTS)?, &pad));
            out.extend_from_slice(&l.lines[s..]);
            Some(out.join("\n"))
        }
        // Move the whole program into a function or a class.
        5 => {
            let heads = [
                "def _outer():",
                "async def _outer():",
                "class _Outer:",
                "def _gen():\n    yield",
            ];
            let head = rng.pick(&heads)?;
            let body = if head.contains("yield") {
                format!("{head}\n")
            } else {
                format!("{head}\n    pass\n")
            };
            Some(format!("{body}{}", indent_text(text, "    ")))
        }
        // Swap a token for another of its kind.
        _ => {
            let (tokens, _) = lex(text);
            let t = *rng.pick(&tokens)?;
            let word = &text[t.start..t.end];
            let replacement = match t.kind {
                Kind::Number => odd_number(rng),
                Kind::Str => odd_string(rng),
                Kind::Name | Kind::Op => {
                    let groups: Vec<&&[&str]> =
                        GROUPS.iter().filter(|g| g.contains(&word)).collect();
                    if let Some(g) = rng.pick(&groups) {
                        rng.pick(g)?.to_string()
                    } else if t.kind == Kind::Name {
                        let names: Vec<&Token> =
                            tokens.iter().filter(|x| x.kind == Kind::Name).collect();
                        if rng.chance(3) {
                            rng.pick(ODD_NAMES)?.to_string()
                        } else {
                            let other = rng.pick(&names)?;
                            text[other.start..other.end].to_string()
                        }
                    } else {
                        return None;
                    }
                }
            };
            Some(format!(
                "{}{replacement}{}",
                &text[..t.start],
                &text[t.end..]
            ))
        }
    }
}

/// A mutant of `text`: one to three mutations.
pub fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_string();
    let n = 1 + rng.below(3);
    let mut done = 0;
    for _ in 0..20 {
        if done == n {
            break;
        }
        if let Some(m) = mutate_once(rng, &out) {
            out = m;
            done += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_follow_indentation_and_brackets() {
        let text = "a = (1,\n  2)\nif x:\n    s = '''\nnot a statement\n'''\n    y\n\n# c\nz\n";
        let l = Lines::new(text);
        assert_eq!(l.statement_starts(), vec![0, 2, 3, 6, 9]);
        assert_eq!(l.block(2), 2..7);
        assert_eq!(l.block(0), 0..2);
    }
}
