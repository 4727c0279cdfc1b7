//! `-m compileall`: byte-compiling directory trees and files as CPython 3.12's `compileall`
//! does: its command line, its output ("Listing", "Compiling", "*** Error compiling"), exit
//! statuses, up-to-date checks and the pycs it writes. `-j` compiles in worker threads and
//! prints each file's output in order.
//!
//! Where it differs from CPython: `-x` takes the syntax of Rust's `regex` crate (Python's `re`
//! without look-around and back-references; a bad pattern is reported as `re.error: ...`
//! without a traceback); `-h` is formatted for 80 columns whatever the terminal; the `-i` list
//! must be UTF-8 with `\n` line ends; with `-j`, CPython's worker processes may interleave
//! their lines, pyrs prints each file's lines together; with no FILE|DIR argument pyrs reports
//! that it has no sys.path instead of compiling it; a negative `-j` prints CPython's error line
//! without its traceback.

mod run;

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::py_compile::InvalidationMode;
use super::py_compile::argparse::{self, Kind, Nargs, Opt, Parser};
use crate::cli::InterpreterOptions;
pub use run::{Report, Settings, compile_dir, compile_dir_to, compile_file};

const USAGE: &str = "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
";

const HELP_BODY: &str = "
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if `-l` and `-r`
                        options are specified, then `-r` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. `-d` and `-s` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by `-s` option. `-d` and `-p` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if \"-\", names are
                        read from stdin
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to \"checked-hash\"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and \"timestamp\" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
";

/// The help text: the usage, then the description and the options (80 columns, as argparse
/// formats it when the terminal width is unknown).
fn help() -> &'static str {
    static HELP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HELP.get_or_init(|| format!("{USAGE}{HELP_BODY}"))
}

fn any_value(_: &str) -> Result<(), String> {
    Ok(())
}

fn invalidation_choice(v: &str) -> Result<(), String> {
    match v {
        "checked-hash" | "timestamp" | "unchecked-hash" => Ok(()),
        _ => Err(format!(
            "invalid choice: {} (choose from 'checked-hash', 'timestamp', 'unchecked-hash')",
            crate::text::str_repr(v)
        )),
    }
}

const OPTIONS: &[Opt] = &[
    Opt {
        strings: &["-h", "--help"],
        dest: "help",
        kind: Kind::Flag,
    },
    Opt {
        strings: &["-l"],
        dest: "maxlevels",
        kind: Kind::Flag,
    },
    Opt {
        strings: &["-r"],
        dest: "recursion",
        kind: Kind::Value(argparse::int_value),
    },
    Opt {
        strings: &["-f"],
        dest: "force",
        kind: Kind::Flag,
    },
    Opt {
        strings: &["-q"],
        dest: "quiet",
        kind: Kind::Count,
    },
    Opt {
        strings: &["-b"],
        dest: "legacy",
        kind: Kind::Flag,
    },
    Opt {
        strings: &["-d"],
        dest: "ddir",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["-s"],
        dest: "stripdir",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["-p"],
        dest: "prependdir",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["-x"],
        dest: "rx",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["-i"],
        dest: "flist",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["-j", "--workers"],
        dest: "workers",
        kind: Kind::Value(argparse::int_value),
    },
    Opt {
        strings: &["--invalidation-mode"],
        dest: "invalidation_mode",
        kind: Kind::Value(invalidation_choice),
    },
    Opt {
        strings: &["-o"],
        dest: "opt_levels",
        kind: Kind::Value(argparse::int_value),
    },
    Opt {
        strings: &["-e"],
        dest: "limit_sl_dest",
        kind: Kind::Value(any_value),
    },
    Opt {
        strings: &["--hardlink-dupes"],
        dest: "hardlink_dupes",
        kind: Kind::Flag,
    },
];

fn parser() -> Parser {
    Parser {
        prog: "compileall.py",
        usage: USAGE,
        help: help(),
        options: OPTIONS,
        positional: "FILE|DIR",
        nargs: Nargs::ZeroOrMore,
    }
}

fn int_of(text: &str) -> i64 {
    argparse::parse_int(text).unwrap_or(0)
}

/// `python -m compileall [options] [FILE|DIR ...]`.
pub fn main(argv: &[String], options: &InterpreterOptions) -> i32 {
    let parser = parser();
    let args = match parser.parse(argv.get(1..).unwrap_or(&[])) {
        Ok(a) => a,
        Err(exit) => return exit.status(),
    };
    let quiet = args.count("quiet");
    let rx = match args.last("rx").filter(|r| !r.is_empty()) {
        None => None,
        Some(pattern) => match regex::Regex::new(pattern) {
            Ok(r) => Some(r),
            Err(e) => {
                let text = e.to_string();
                let last = text.lines().last().unwrap_or_default().trim();
                let detail = last.strip_prefix("error: ").unwrap_or(last);
                say(true, &format!("re.error: {detail}\n"));
                return 1;
            }
        },
    };
    let maxlevels = match args.last("recursion") {
        Some(r) => Some(int_of(r)),
        None if args.count("maxlevels") > 0 => Some(0),
        None => None,
    };
    let opt_levels: Vec<i64> = match args.all("opt_levels") {
        [] => vec![-1],
        levels => levels.iter().map(|l| int_of(l)).collect(),
    };
    let hardlink_dupes = args.count("hardlink_dupes") > 0;
    if opt_levels.len() == 1 && hardlink_dupes {
        return parser
            .error("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.")
            .status();
    }
    let ddir = args.last("ddir").map(PathBuf::from);
    let stripdir = args.last("stripdir").map(PathBuf::from);
    let prependdir = args.last("prependdir").map(PathBuf::from);
    if ddir.is_some() && (stripdir.is_some() || prependdir.is_some()) {
        return parser
            .error("-d cannot be used in combination with -s or -p")
            .status();
    }
    let mut dests: Vec<String> = args.positionals.clone();
    if let Some(flist) = args.last("flist") {
        match read_file_list(flist) {
            Ok(lines) => dests.extend(lines),
            Err(()) => {
                if quiet < 2 {
                    say(false, &format!("Error reading file list {flist}\n"));
                }
                return 1;
            }
        }
    }
    let invalidation_mode = match args.last("invalidation_mode") {
        Some("checked-hash") => InvalidationMode::CheckedHash,
        Some("unchecked-hash") => InvalidationMode::UncheckedHash,
        Some(_) => InvalidationMode::Timestamp,
        None => InvalidationMode::from_environment(),
    };
    let settings = Settings {
        ddir,
        force: args.count("force") > 0,
        rx,
        quiet,
        legacy: args.count("legacy") > 0,
        optimize: opt_levels,
        invalidation_mode,
        stripdir,
        prependdir,
        limit_sl_dest: args
            .last("limit_sl_dest")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from),
        hardlink_dupes,
        compiler: crate::frontend::compile_bytes,
    };
    let workers = args.last("workers").map_or(1, int_of);
    if dests.is_empty() {
        say(
            true,
            "pyrs: -m compileall needs FILE or DIR arguments: without them CPython compiles the \
             directories of sys.path, which pyrs does not have yet\n",
        );
        return 1;
    }
    let mut success = true;
    for dest in &dests {
        let path = PathBuf::from(dest);
        let ok = if path.is_file() {
            compile_file(&path, &settings, options, &mut run::Report::direct())
        } else {
            match compile_dir(&path, maxlevels, workers, &settings, options) {
                Ok(ok) => ok,
                Err(msg) => {
                    say(true, &format!("{msg}\n"));
                    return 1;
                }
            }
        };
        success &= ok;
    }
    let _ = std::io::stdout().flush();
    if success { 0 } else { 1 }
}

/// Prints to stdout or stderr (after flushing stdout), ignoring a closed stream.
fn say(to_stderr: bool, text: &str) {
    let _ = std::io::stdout().flush();
    if to_stderr {
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let _ = std::io::stdout().write_all(text.as_bytes());
    }
}

/// The names listed in `-i FILE` (or stdin for "-"), each stripped of surrounding whitespace.
fn read_file_list(flist: &str) -> Result<Vec<String>, ()> {
    let strip = |l: Vec<u8>| String::from_utf8_lossy(&l).trim().to_owned();
    if flist == "-" {
        return Ok(std::io::stdin()
            .lock()
            .split(b'\n')
            .map_while(Result::ok)
            .map(strip)
            .collect());
    }
    let data = std::fs::read(flist).map_err(|_| ())?;
    let text = std::str::from_utf8(&data).map_err(|_| ())?;
    Ok(text
        .split_inclusive('\n')
        .map(|l| l.trim().to_owned())
        .collect())
}
