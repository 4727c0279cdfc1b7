//! The parser wrapper, the only module that names ruff's types: it runs ruff's parser for
//! Python 3.12, turns its errors into CPython's SyntaxErrors, and converts its tree into
//! pyrs's AST with CPython's node shapes and locations.

mod checks;
mod depth;
mod errors;
mod expr;
mod stmt;
mod strings;
mod tokenizer;
mod tree_search;

use std::panic::{AssertUnwindSafe, catch_unwind};

use ruff_python_ast as ra;
use ruff_python_parser::{Mode as RuffMode, ParseOptions};
use ruff_text_size::{TextRange, TextSize};

use super::Mode;
use super::ast::{Ident, Loc, Mod};
use super::error::{CompileWarning, SyntaxError, SyntaxErrorKind};
use super::source::SourceFile;

/// Parses source text into pyrs's AST. SyntaxWarnings (invalid escape sequences, numbers
/// touching keywords) are pushed to `warnings`.
///
/// Nesting deeper than any parser handles is refused first by a linear scan; what passes needs
/// the deep native stack the front end runs on (see `frontend::compile_str`).
pub fn parse(
    source: &SourceFile,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Mod, SyntaxError> {
    match depth::check(source.text) {
        depth::Depth::Fine => {}
        depth::Depth::TokenizerLimit => {
            return Err(tokenizer::scan(source)
                .error
                .unwrap_or_else(|| too_deep(source)));
        }
        depth::Depth::TooDeep => return Err(too_deep(source)),
    }
    parse_here(source, mode, warnings)
}

/// The SyntaxError for nesting deeper than the parser handles (CPython raises MemoryError
/// with this message).
fn too_deep(source: &SourceFile) -> SyntaxError {
    source.parse_error(
        SyntaxErrorKind::SyntaxError,
        "Parser stack overflowed - Python source too complex to parse",
        Loc::new(1, 1, 0, 0),
    )
}

fn parse_here(
    source: &SourceFile,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Mod, SyntaxError> {
    let text = source.text;
    let ruff_mode = match mode {
        Mode::Exec | Mode::Single => RuffMode::Module,
        Mode::Eval => RuffMode::Expression,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(ra::PythonVersion::PY312);
    // Last line of defence: a panic inside the parser becomes a SyntaxError.
    let parsed = catch_unwind(AssertUnwindSafe(|| {
        ruff_python_parser::parse_unchecked(text, options)
    }))
    .map_err(|_| {
        source.parse_error(
            SyntaxErrorKind::SyntaxError,
            "invalid syntax",
            Loc::new(1, 1, 0, 0),
        )
    })?;
    let errors: Vec<_> = errors::real_errors(&parsed, text).collect();
    // Errors in string literals are raised by the conversion, with CPython's messages.
    let convert_anyway = !errors.is_empty() && errors.iter().all(|e| errors::left_to_conversion(e));
    if !errors.is_empty() && !convert_anyway {
        return Err(errors::convert(source, &parsed, mode == Mode::Eval));
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(errors::unsupported(source, &parsed, e));
    }
    checks::check_indentation(source, parsed.tokens())?;
    checks::check_nesting(source, parsed.tokens())?;
    let first_warning = warnings.len();
    checks::number_warnings(source, parsed.tokens(), warnings);
    let mut conv = Conv {
        src: source,
        text,
        warnings,
        last_line: 0,
    };
    let converted = conv.module(parsed.syntax(), mode);
    if convert_anyway {
        return Err(converted
            .err()
            .unwrap_or_else(|| errors::convert(source, &parsed, mode == Mode::Eval)));
    }
    let m = converted?;
    checks::check_mode(source, &m, parsed.tokens())?;
    // In source order, as CPython's tokenizer and parser emit them.
    warnings[first_warning..].sort_by_key(|w| w.lineno);
    Ok(m)
}

impl Conv<'_, '_> {
    fn module(&mut self, m: &ra::Mod, mode: Mode) -> R<Mod> {
        Ok(match m {
            ra::Mod::Module(m) => {
                let body = self.body(&m.body)?;
                match mode {
                    Mode::Single => Mod::Interactive(body),
                    _ => Mod::Module(body),
                }
            }
            ra::Mod::Expression(e) => Mod::Expression(Box::new(self.expr(&e.body)?)),
        })
    }
}

/// Converts ruff nodes: locations into CPython's (line, UTF-8 byte column) pairs, literals
/// decoded from the source text.
pub(super) struct Conv<'a, 's> {
    src: &'a SourceFile<'s>,
    text: &'s str,
    warnings: &'a mut Vec<CompileWarning>,
    /// The line of the last position converted: positions mostly come in order.
    last_line: usize,
}

type R<T> = Result<T, SyntaxError>;

impl Conv<'_, '_> {
    /// (1-based line, byte column) of a byte offset.
    fn pos(&mut self, off: TextSize) -> (i32, i32) {
        let off = off.to_usize();
        let start = self.src.line_start(self.last_line as u32 + 1).unwrap_or(0);
        let next = self.src.line_start(self.last_line as u32 + 2);
        if off >= start && next.is_none_or(|n| off < n) {
            return ((self.last_line + 1) as i32, (off - start) as i32);
        }
        let (line, col) = self.src.line_col(off);
        self.last_line = line as usize - 1;
        (line as i32, col as i32)
    }

    fn loc2(&mut self, start: TextSize, end: TextSize) -> Loc {
        let (l1, c1) = self.pos(start);
        let (l2, c2) = self.pos(end);
        Loc::new(l1, l2, c1, c2)
    }

    fn loc(&mut self, r: TextRange) -> Loc {
        self.loc2(r.start(), r.end())
    }

    fn ident(&self, id: &ra::Identifier) -> Ident {
        Ident::from(id.id.as_str())
    }

    /// The source text of a range.
    fn slice(&self, r: TextRange) -> &str {
        self.text
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("")
    }

    /// The offset of the first token at or after `off`: skips blanks, line continuations,
    /// newlines and comments.
    fn skip_trivia(&self, off: TextSize) -> TextSize {
        let b = self.text.as_bytes();
        let mut i = off.to_usize();
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => i += 1,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        TextSize::new(i as u32)
    }

    /// A SyntaxError at a ruff range, placed as the parser places errors.
    fn error_at(&mut self, msg: impl Into<String>, r: TextRange) -> SyntaxError {
        let loc = self.loc(r);
        self.src.parse_error(SyntaxErrorKind::SyntaxError, msg, loc)
    }

    fn warn(&mut self, msg: String, off: TextSize) {
        let (line, _) = self.pos(off);
        self.warnings.push(CompileWarning {
            category: "SyntaxWarning",
            msg,
            filename: self.src.filename.to_owned(),
            lineno: line as u32,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::Constant;
    use crate::bytecode::pystr::PyStr;
    use crate::frontend::ast::{ExprKind, StmtKind};

    fn first_value(src: &str) -> (Constant, Vec<CompileWarning>) {
        let source = SourceFile::new("<t>", src, true);
        let mut warnings = Vec::new();
        let m = parse(&source, Mode::Exec, &mut warnings).expect("parses");
        let Mod::Module(body) = m else {
            panic!("module")
        };
        let StmtKind::Expr { value } = &body[0].kind else {
            panic!("expression statement")
        };
        let ExprKind::Constant { value, .. } = &value.kind else {
            panic!("constant")
        };
        (value.clone(), warnings)
    }

    #[test]
    fn string_escapes() {
        let s = |cps: &[u32]| Constant::Str(PyStr::from_code_points(cps.iter().copied()));
        assert_eq!(first_value(r#""\ud800""#).0, s(&[0xD800]));
        assert_eq!(
            first_value(r#""a\x41\101\u00e9\U0001F600\N{EM DASH}""#).0,
            s(&[0x61, 0x41, 0x41, 0xE9, 0x1F600, 0x2014])
        );
        assert_eq!(
            first_value(
                r#"r"\d" '\
x'"#
            )
            .0,
            Constant::str("\\dx")
        );
        assert_eq!(first_value("'''a\r\nb'''").0, Constant::str("a\nb"));
        assert_eq!(
            first_value(r#"b"\777\x41" b'\N'"#).0,
            Constant::Bytes(b"\xffA\\N".to_vec().into())
        );
        let (v, w) = first_value(r#""\d\q""#);
        assert_eq!(v, Constant::str("\\d\\q"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].msg, "invalid escape sequence '\\d'");
        let (_, w) = first_value("\n'\\777'");
        assert_eq!(
            (w[0].msg.as_str(), w[0].lineno),
            ("invalid octal escape sequence '\\777'", 2)
        );
        let (v, w) = first_value("'\\\u{41F}'");
        assert_eq!((v, w.len()), (Constant::str("\\\u{41F}"), 0));
    }

    #[test]
    fn numbers() {
        assert_eq!(first_value("1_000_000").0, Constant::int(1_000_000));
        assert_eq!(first_value("0x_FF").0, Constant::int(255));
        assert_eq!(first_value("0o17").0, Constant::int(15));
        assert_eq!(first_value("0b101").0, Constant::int(5));
        let big = first_value("123456789012345678901234567890").0;
        assert_eq!(
            format!("{big:?}"),
            format!(
                "{:?}",
                Constant::Int("123456789012345678901234567890".parse().unwrap())
            )
        );
        assert_eq!(first_value("1_0.5e1_0").0, Constant::Float(10.5e10));
        assert_eq!(
            first_value("2.5j").0,
            Constant::Complex { re: 0.0, im: 2.5 }
        );
    }

    #[test]
    fn eval_and_single_modes() {
        let source = SourceFile::new("<t>", "1 + 2", true);
        assert!(matches!(
            parse(&source, Mode::Eval, &mut Vec::new()),
            Ok(Mod::Expression(_))
        ));
        let source = SourceFile::new("<t>", "x = 1; y = 2\n", true);
        assert!(
            matches!(parse(&source, Mode::Single, &mut Vec::new()), Ok(Mod::Interactive(b)) if b.len() == 2)
        );
        let source = SourceFile::new("<t>", "x = 1\ny = 2\n", true);
        let e = parse(&source, Mode::Single, &mut Vec::new()).unwrap_err();
        assert_eq!(
            e.msg,
            "multiple statements found while compiling a single statement"
        );
    }
}
