//! `-m py_compile`: byte-compiling source files to .pyc files as CPython 3.12's `py_compile`
//! module does (its `compile()` function, which compileall uses too, and its command line),
//! with the same messages, exit statuses and files written.

pub mod argparse;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::bytecode::pyc::{self, OsError, PycHeader};
use crate::cli::InterpreterOptions;
use crate::frontend::{
    self, CompileError, CompileOptions, CompileWarning, error::render_warnings, Compiled, Mode, SyntaxError,
    SyntaxErrorKind,
};

/// How the written pyc is to be validated (`py_compile.PycInvalidationMode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidationMode {
    Timestamp,
    CheckedHash,
    UncheckedHash,
}

impl InvalidationMode {
    /// The default: checked-hash when SOURCE_DATE_EPOCH is set (and not empty), else timestamp.
    pub fn from_environment() -> InvalidationMode {
        match std::env::var_os("SOURCE_DATE_EPOCH") {
            Some(v) if !v.is_empty() => InvalidationMode::CheckedHash,
            _ => InvalidationMode::Timestamp,
        }
    }
}

/// What to compile: `py_compile.compile(file, cfile, dfile, optimize=..., invalidation_mode=...)`.
#[derive(Clone, Debug)]
pub struct Request {
    pub file: PathBuf,
    /// The pyc to write; None for the `__pycache__` location.
    pub cfile: Option<PathBuf>,
    /// The name compiled into the code object and shown in errors; None for `file`.
    pub dfile: Option<PathBuf>,
    /// The optimization level; -1 for the interpreter's (`-O`).
    pub optimize: i64,
    pub invalidation_mode: InvalidationMode,
}

/// Why a file was not compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// `PyCompileError`: its message (the SyntaxError text, or "Sorry: ...").
    Compile(String),
    /// An OSError (reading the source, making directories, writing the pyc).
    Os(OsError),
}

/// The `__pycache__` file name for `file` at an optimization level (-1: the interpreter's),
/// as `importlib.util.cache_from_source` names it.
pub fn cache_path(
    file: &Path,
    optimize: i64,
    options: &InterpreterOptions,
) -> Result<PathBuf, Failure> {
    let level = if optimize < 0 {
        i64::from(options.optimize)
    } else {
        optimize
    };
    let optimization = if level >= 1 {
        level.to_string()
    } else {
        String::new()
    };
    pyc::cache_from_source(file, &super::cache_tag(options), &optimization)
        .map_err(|e| Failure::Compile(format!("Sorry: {}: {}", e.exc_type, e.msg)))
}

/// The file name of a path as Python shows it in `str()`.
fn shown(p: &Path) -> String {
    pyc::fspath::path_display(p)
}

/// A compiler from source bytes: `frontend::compile_bytes`, or a stand-in in tests.
pub type Compiler = fn(&[u8], &str, &CompileOptions) -> Result<Compiled, CompileError>;

/// `py_compile.compile(..., doraise=True)`: compiles `req.file` and writes the pyc. Compile
/// warnings are written to `warnings` as the warnings module prints them.
pub fn compile(
    req: &Request,
    options: &InterpreterOptions,
    warnings: &mut dyn Write,
) -> Result<PathBuf, Failure> {
    compile_with(req, options, warnings, frontend::compile_bytes)
}

/// `compile` with the given compiler.
pub fn compile_with(
    req: &Request,
    options: &InterpreterOptions,
    warnings: &mut dyn Write,
    compiler: Compiler,
) -> Result<PathBuf, Failure> {
    let cfile = match &req.cfile {
        Some(c) => c.clone(),
        None => cache_path(&req.file, req.optimize, options)?,
    };
    if cfile.is_symlink() {
        return Err(Failure::Os(OsError::custom(
            "FileExistsError",
            format!(
                "{} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it",
                shown(&cfile)
            ),
        )));
    }
    if cfile.exists() && !cfile.is_file() {
        return Err(Failure::Os(OsError::custom(
            "FileExistsError",
            format!(
                "{} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it",
                shown(&cfile)
            ),
        )));
    }
    let source =
        std::fs::read(&req.file).map_err(|e| Failure::Os(OsError::from_io(&e, &req.file)))?;
    let display = req.dfile.as_deref().unwrap_or(&req.file);
    let filename = shown(display);
    let optimize = if req.optimize == -1 {
        i64::from(options.optimize)
    } else {
        req.optimize
    };
    if !(0..=2).contains(&optimize) {
        return Err(Failure::Compile(
            "Sorry: ValueError: compile(): invalid optimize value".into(),
        ));
    }
    let copts = CompileOptions {
        mode: Mode::Exec,
        optimize: optimize as u8,
        future_flags: 0,
        // CPython rereads the line of a late error from the file the code is named after.
        text_in_compile_errors: display.is_file(),
    };
    let compiled = match compiler(&source, &filename, &copts) {
        Ok(c) => c,
        Err(e) => return Err(Failure::Compile(compile_error_message(&e, &filename))),
    };
    print_warnings(
        &compiled.warnings,
        display,
        (display == req.file).then_some(&source[..]),
        warnings,
    );
    if let Some(dir) = cfile.parent() {
        pyc::create_parent_dirs(dir).map_err(Failure::Os)?;
    }
    let header = match req.invalidation_mode {
        InvalidationMode::Timestamp => {
            let meta = std::fs::metadata(&req.file)
                .map_err(|e| Failure::Os(OsError::from_io(&e, &req.file)))?;
            PycHeader::timestamp(pyc::source_mtime(&meta), meta.len())
        }
        InvalidationMode::CheckedHash => PycHeader::hash_of(&source, true),
        InvalidationMode::UncheckedHash => PycHeader::hash_of(&source, false),
    };
    let data = pyc::build_pyc(&compiled.code, &header);
    pyc::write_atomic(&cfile, &data, pyc::calc_mode(&req.file)).map_err(Failure::Os)?;
    Ok(cfile)
}

/// The message of the `PyCompileError` py_compile raises for a compile error: for a plain
/// SyntaxError, `traceback.format_exception_only`; for anything else (IndentationError
/// included), "Sorry: TYPE: str(error)".
pub fn compile_error_message(err: &CompileError, filename: &str) -> String {
    match err {
        CompileError::Syntax(e) if e.kind == SyntaxErrorKind::SyntaxError => {
            format_syntax_error(e).replace("File \"<string>\"", &format!("File \"{filename}\""))
        }
        CompileError::Syntax(e) => format!("Sorry: {}: {}", e.kind.name(), syntax_error_str(e)),
        CompileError::Other { exc_type, msg } => format!("Sorry: {exc_type}: {msg}"),
    }
}

/// `str(SyntaxError)`: the message with the base name of the file and the line.
pub fn syntax_error_str(e: &SyntaxError) -> String {
    let base = e.filename.rsplit('/').next().unwrap_or(&e.filename);
    if has_location(e) {
        format!("{} ({base}, line {})", e.msg, e.lineno)
    } else {
        e.msg.clone()
    }
}

/// Whether the error carries a file and line (CPython raises some with a message only).
fn has_location(e: &SyntaxError) -> bool {
    e.located
}

/// `traceback.format_exception_only` of a SyntaxError (the Python formatter, which differs from
/// the interpreter's own printer in what it strips and how it places the carets).
pub fn format_syntax_error(e: &SyntaxError) -> String {
    let mut out = String::new();
    if has_location(e) {
        let name = if e.filename.is_empty() {
            "<string>"
        } else {
            &e.filename
        };
        out.push_str(&format!("  File \"{name}\", line {}\n", e.lineno));
        if let Some(text) = &e.text {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(&format!("    {ltext}\n"));
            if e.offset != 0 {
                let offset = i64::from(e.offset);
                let mut end_offset = if e.end_offset == 0 {
                    offset
                } else {
                    i64::from(e.end_offset)
                };
                if offset == end_offset {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                if colno >= 0 {
                    let caretspace: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let carets = "^".repeat((end_colno - colno).max(0) as usize);
                    out.push_str(&format!("    {caretspace}{carets}\n"));
                }
            }
        }
    }
    let msg = if e.msg.is_empty() {
        "<no detail available>"
    } else {
        &e.msg
    };
    out.push_str(&format!("{}: {msg}\n", e.kind.name()));
    out
}

/// Prints compile warnings as the warnings module does by default. The source lines come from
/// the file the code is named after, as linecache reads it.
fn print_warnings(
    list: &[CompileWarning],
    named: &Path,
    source: Option<&[u8]>,
    out: &mut dyn Write,
) {
    if list.is_empty() {
        return;
    }
    let text = match source {
        Some(s) => Some(String::from_utf8_lossy(s).into_owned()),
        None => std::fs::read(named)
            .ok()
            .map(|s| String::from_utf8_lossy(&s).into_owned()),
    };
    let lines: Vec<&str> = text.as_deref().map(|t| t.lines().collect()).unwrap_or_default();
    let rendered =
        render_warnings(list, |n| lines.get((n as usize).checked_sub(1)?).map(|l| l.to_string()));
    let _ = out.write_all(rendered.as_bytes());
}

const USAGE: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";

const HELP: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]

A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
";

const OPTIONS: &[argparse::Opt] = &[
    argparse::Opt {
        strings: &["-h", "--help"],
        dest: "help",
        kind: argparse::Kind::Flag,
    },
    argparse::Opt {
        strings: &["-q", "--quiet"],
        dest: "quiet",
        kind: argparse::Kind::Flag,
    },
];

const PARSER: argparse::Parser = argparse::Parser {
    prog: "py_compile.py",
    usage: USAGE,
    help: HELP,
    options: OPTIONS,
    positional: "filenames",
    nargs: argparse::Nargs::OneOrMore,
};

/// `python -m py_compile [-q] FILE...` (or `-` to read the names from stdin): compiles each
/// file; the first failure ends the run with status 1 and its message on stderr.
pub fn main(argv: &[String], options: &InterpreterOptions) -> i32 {
    let args = match PARSER.parse(argv.get(1..).unwrap_or(&[])) {
        Ok(a) => a,
        Err(exit) => return exit.status(),
    };
    let quiet = args.count("quiet") > 0;
    let filenames: Vec<String> = if args.positionals == ["-"] {
        std::io::stdin()
            .lock()
            .split(b'\n')
            .map_while(Result::ok)
            .map(|l| String::from_utf8_lossy(&l).into_owned())
            .collect()
    } else {
        args.positionals
    };
    let mut stderr = std::io::stderr();
    for name in filenames {
        let req = Request {
            file: PathBuf::from(&name),
            cfile: None,
            dfile: None,
            optimize: -1,
            invalidation_mode: InvalidationMode::from_environment(),
        };
        let failure = match compile(&req, options, &mut stderr) {
            Ok(_) => continue,
            Err(Failure::Compile(msg)) => msg,
            Err(Failure::Os(e)) => e.text,
        };
        if !quiet {
            let _ = stderr.write_all(failure.as_bytes());
        }
        return 1;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(
        kind: SyntaxErrorKind,
        msg: &str,
        text: Option<&str>,
        offset: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: "pkg/bad.py".into(),
            lineno: 2,
            offset,
            end_lineno: 2,
            end_offset,
            text: text.map(Into::into),
            located: true,
        }
    }

    #[test]
    fn syntax_errors_as_format_exception_only() {
        let e = err(
            SyntaxErrorKind::SyntaxError,
            "invalid syntax",
            Some("def f(:\n"),
            7,
            8,
        );
        assert_eq!(
            format_syntax_error(&e),
            "  File \"pkg/bad.py\", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"
        );
        // Tabs are not stripped and stay in the caret line.
        let e = err(
            SyntaxErrorKind::SyntaxError,
            "'(' was never closed",
            Some("\tx = (1,\n"),
            6,
            7,
        );
        assert_eq!(
            format_syntax_error(&e),
            "  File \"pkg/bad.py\", line 2\n    \tx = (1,\n    \t    ^\nSyntaxError: '(' was never closed\n"
        );
        let e = err(
            SyntaxErrorKind::SyntaxError,
            "'return' outside function",
            Some("  return 5\n"),
            3,
            11,
        );
        assert!(format_syntax_error(&e).contains("\n    return 5\n    ^^^^^^^^\n"));
        let e = err(SyntaxErrorKind::SyntaxError, "no binding", None, 3, 11);
        assert_eq!(
            format_syntax_error(&e),
            "  File \"pkg/bad.py\", line 2\nSyntaxError: no binding\n"
        );
        let e = err(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            Some("  y\n"),
            3,
            4,
        );
        assert_eq!(
            compile_error_message(&CompileError::Syntax(e), "pkg/bad.py"),
            "Sorry: IndentationError: unexpected indent (bad.py, line 2)"
        );
        let mut e = err(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            None,
            0,
            0,
        );
        e.located = false;
        assert_eq!(
            format_syntax_error(&e),
            "SyntaxError: source code string cannot contain null bytes\n"
        );
    }
}
