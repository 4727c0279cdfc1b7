//! The command line, shaped like `python`'s: `pyrs [OPTIONS] [-c CMD | -m MODULE | FILE | -]
//! [ARGS...]`. Interpreter options come first; the first of `-c`, `-m`, a file or `-` ends them,
//! and everything after belongs to the program (its `sys.argv`), as in CPython. With no
//! program and a terminal on stdin, the interactive prompt (`repl`).

pub mod repl;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

use crate::frontend::{self, CompileError, CompileOptions, Mode};
use crate::tools;

/// The execution engines of `--impl`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Engine {
    /// Recursive native-stack VM.
    Cpython,
    /// Heap-frame VM with tasklets and channels.
    Stackless,
    /// Tracing-optimized VM.
    Pypy,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Cpython => "cpython",
            Engine::Stackless => "stackless",
            Engine::Pypy => "pypy",
        }
    }
}

/// Interpreter options (those before the program).
#[derive(Parser, Debug, Clone)]
#[command(
    name = "pyrs",
    version = concat!("(pyrs ", env!("CARGO_PKG_VERSION"), ") Python 3.12"),
    about = "A Python 3.12 interpreter with three engines sharing one front end",
    override_usage = "pyrs [option] ... [-c cmd | -m mod | file | -] [arg] ...",
    after_help = "Arguments after -c CMD, -m MOD or the file are passed to the program in sys.argv[1:]."
)]
pub struct InterpreterOptions {
    /// Execution engine.
    #[arg(long = "impl", value_enum, default_value = "cpython")]
    pub engine: Engine,
    /// Remove assert statements and __debug__-dependent code; -OO also removes docstrings.
    #[arg(short = 'O', action = clap::ArgAction::Count)]
    pub optimize: u8,
    /// Don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x.
    #[arg(short = 'B')]
    pub dont_write_bytecode: bool,
    /// Verbose: report the import system's decisions (pyc reads, writes, stale caches) on
    /// stderr; can be given twice.
    #[arg(short = 'v', action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// How hash-based .pyc files are checked against their sources.
    #[arg(long = "check-hash-based-pycs", value_enum, default_value = "default")]
    pub check_hash_based_pycs: CheckHashBasedPycs,
    /// Implementation-specific options: `-X pycache_prefix=PATH` writes and reads .pyc files
    /// in a parallel tree rooted at PATH instead of __pycache__ folders.
    #[arg(short = 'X', value_name = "opt")]
    pub xoptions: Vec<String>,
}

/// `--check-hash-based-pycs`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckHashBasedPycs {
    Default,
    Always,
    Never,
}

impl InterpreterOptions {
    /// `-X pycache_prefix=PATH`, or PYTHONPYCACHEPREFIX (the option wins).
    pub fn pycache_prefix(&self) -> Option<String> {
        let from_x = self.xoptions.iter().rev().find_map(|x| x.strip_prefix("pycache_prefix=").map(str::to_owned));
        from_x.or_else(|| std::env::var("PYTHONPYCACHEPREFIX").ok().filter(|v| !v.is_empty()))
    }
}

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Command(String),
    Module(String),
    File(PathBuf),
    Stdin,
    /// No program given: the interactive prompt on a terminal, else stdin as a script.
    Default,
}

/// A parsed command line.
#[derive(Debug)]
pub struct Invocation {
    pub options: InterpreterOptions,
    pub target: Target,
    /// The program's arguments (what follows the target).
    pub args: Vec<String>,
}

/// Options that take a separate value, so that splitting can skip it.
const VALUED_OPTIONS: &[&str] = &["--impl", "--check-hash-based-pycs", "-X"];

/// Splits argv into the interpreter's part and the program's, then parses the first with clap.
/// Returns Err(exit status) after printing help, the version or an error.
pub fn parse_args(argv: Vec<String>) -> Result<Invocation, i32> {
    let mut interp: Vec<String> = vec![argv.first().cloned().unwrap_or_else(|| "pyrs".into())];
    let mut target = None;
    let mut rest = Vec::new();
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        if a == "-c" || a == "-m" {
            let Some(v) = argv.get(i + 1) else {
                eprintln!("Argument expected for the {a} option");
                eprintln!("usage: pyrs [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                eprintln!("Try `pyrs -h' for more information.");
                return Err(2);
            };
            target = Some(if a == "-c" { Target::Command(v.clone()) } else { Target::Module(v.clone()) });
            rest = argv[i + 2..].to_vec();
            break;
        } else if let Some(v) = a.strip_prefix("-c").filter(|v| !v.is_empty() && !a.starts_with("--")) {
            target = Some(Target::Command(v.to_owned()));
            rest = argv[i + 1..].to_vec();
            break;
        } else if let Some(v) = a.strip_prefix("-m").filter(|v| !v.is_empty() && !a.starts_with("--")) {
            target = Some(Target::Module(v.to_owned()));
            rest = argv[i + 1..].to_vec();
            break;
        } else if a == "-" {
            target = Some(Target::Stdin);
            rest = argv[i + 1..].to_vec();
            break;
        } else if a == "--" {
            if let Some(f) = argv.get(i + 1) {
                target = Some(if f == "-" { Target::Stdin } else { Target::File(PathBuf::from(f)) });
                rest = argv[i + 2..].to_vec();
            }
            break;
        } else if a.starts_with('-') {
            interp.push(a.clone());
            if VALUED_OPTIONS.contains(&a.as_str())
                && let Some(v) = argv.get(i + 1)
            {
                interp.push(v.clone());
                i += 1;
            }
        } else {
            target = Some(Target::File(PathBuf::from(a)));
            rest = argv[i + 1..].to_vec();
            break;
        }
        i += 1;
    }
    let options = match InterpreterOptions::try_parse_from(interp) {
        Ok(o) => o,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Err(code);
        }
    };
    let target = target.unwrap_or(Target::Default);
    Ok(Invocation { options, target, args: rest })
}

/// Runs the `pyrs` command; returns the process exit status.
pub fn main() -> i32 {
    let argv: Vec<String> = std::env::args_os().map(os_to_string).collect();
    let inv = match parse_args(argv) {
        Ok(inv) => inv,
        Err(code) => return code,
    };
    run(inv)
}

fn os_to_string(s: OsString) -> String {
    s.into_string().unwrap_or_else(|s| s.to_string_lossy().into_owned())
}

/// Runs a parsed invocation.
pub fn run(inv: Invocation) -> i32 {
    let engine = inv.options.engine;
    if engine == Engine::Pypy {
        eprintln!(
            "pyrs: the {} engine is not built yet; `--impl cpython` and `--impl stackless` run programs",
            engine.name()
        );
        return 2;
    }
    match &inv.target {
        Target::Module(name) => {
            let mut argv = vec![name.clone()];
            argv.extend(inv.args.iter().cloned());
            match tools::run_module(name, &argv, &inv.options) {
                Some(code) => code,
                None => {
                    // A module of the program: sys.path[0] is the current folder, sys.argv[0]
                    // becomes the module's file once it is found.
                    let mut argv = vec!["-m".to_string()];
                    argv.extend(inv.args.iter().cloned());
                    let mut settings = settings_for(argv, &inv.options, None);
                    if let Some(first) = settings.path.first_mut() {
                        *first = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
                    }
                    let name = name.clone();
                    on_interpreter_thread(inv.options.engine, settings, move |vm| crate::runtime::run::run_module_main(vm, &name))
                }
            }
        }
        Target::Command(cmd) => {
            let opts = CompileOptions {
                mode: Mode::Exec,
                optimize: inv.options.optimize,
                text_in_compile_errors: false,
                ..CompileOptions::default()
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(inv.args.iter().cloned());
            compile_then_run(cmd.as_bytes(), "<string>", &opts, &inv.options, argv)
        }
        Target::Default if repl::stdin_is_terminal() => repl::run(&inv.options, inv.args.clone()),
        Target::Stdin | Target::Default => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("pyrs: can't read <stdin>: {e}");
                return 2;
            }
            let opts = CompileOptions {
                mode: Mode::Exec,
                optimize: inv.options.optimize,
                text_in_compile_errors: false,
                ..CompileOptions::default()
            };
            let mut argv = vec![if inv.target == Target::Stdin { "-" } else { "" }.to_string()];
            argv.extend(inv.args.iter().cloned());
            compile_then_run(&buf, "<stdin>", &opts, &inv.options, argv)
        }
        Target::File(path) => {
            let data = match std::fs::read(path) {
                Ok(d) => d,
                Err(e) => {
                    let abs = std::path::absolute(path).unwrap_or_else(|_| path.clone());
                    eprintln!(
                        "pyrs: can't open file {:?}: [Errno {}] {}",
                        abs.display().to_string(),
                        e.raw_os_error().unwrap_or(0),
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone()).display().to_string();
            let is_pyc = path.extension().is_some_and(|e| e == "pyc") || data.starts_with(&crate::bytecode::pyc::MAGIC[..2]);
            if is_pyc {
                let mut argv = vec![path.display().to_string()];
                argv.extend(inv.args.iter().cloned());
                return run_pyc(&data, &path.display().to_string(), &inv.options, argv);
            }
            let opts = CompileOptions { optimize: inv.options.optimize, ..CompileOptions::default() };
            let mut argv = vec![path.display().to_string()];
            argv.extend(inv.args.iter().cloned());
            compile_then_run(&data, &shown, &opts, &inv.options, argv)
        }
    }
}

/// The strerror text of an OS error, without Rust's " (os error N)" suffix.
pub fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Prints a compile error as CPython prints an uncaught one at the top level.
pub fn print_compile_error(err: &CompileError) {
    let mut stderr = std::io::stderr().lock();
    match err {
        CompileError::Syntax(e) => {
            let _ = write!(stderr, "{}", e.render());
        }
        CompileError::Other { exc_type, msg } => {
            let _ = writeln!(stderr, "{exc_type}: {msg}");
        }
    }
}

/// The native stack of the interpreter thread: deep Python recursion (50,000 frames after
/// `sys.setrecursionlimit`) runs on it. Only the pages touched are committed.
const INTERPRETER_STACK: usize = 256 << 20;

/// Compiles a program and runs it on a new interpreter, on a thread with a large stack.
fn compile_then_run(src: &[u8], filename: &str, opts: &CompileOptions, options: &InterpreterOptions, argv: Vec<String>) -> i32 {
    let compiled = match frontend::compile_script(src, filename, opts) {
        Ok(c) => c,
        Err(e) => {
            print_compile_error(&e);
            return 1;
        }
    };
    eprint!("{}", frontend::render_warnings(&compiled.warnings, src, filename));
    run_code(compiled.code, filename, options, argv)
}

/// Runs a code object as `__main__` on a new interpreter.
fn run_code(code: std::sync::Arc<crate::bytecode::code::CodeObject>, filename: &str, options: &InterpreterOptions, argv: Vec<String>) -> i32 {
    let file = filename.to_string();
    let shown = if file.starts_with('<') { None } else { Some(file.clone()) };
    let settings = settings_for(argv, options, shown.as_deref());
    on_interpreter_thread(options.engine, settings, move |vm| crate::runtime::run::run_main(vm, &code, shown.as_deref()))
}

/// Runs a .pyc file as `python FILE.pyc` does: the magic must match; the rest of the header is
/// not checked.
fn run_pyc(data: &[u8], filename: &str, options: &InterpreterOptions, argv: Vec<String>) -> i32 {
    if data.len() < 16 || data[..4] != crate::bytecode::pyc::MAGIC {
        eprintln!("RuntimeError: Bad magic number in .pyc file");
        return 1;
    }
    match crate::bytecode::marshal::loads_code(&data[16..]) {
        Ok(code) => run_code(code, filename, options, argv),
        Err(e) => {
            eprintln!("{}: {}", e.exc_type, e.msg);
            1
        }
    }
}

/// The interpreter's settings for a program: `sys.argv`, `sys.path` (the script's folder, or ''
/// for -c, stdin and the prompt, then PYTHONPATH), the hash seed and the bytecode-writing choice
/// from the environment.
pub fn settings_for(argv: Vec<String>, options: &InterpreterOptions, script: Option<&str>) -> crate::runtime::vm::Settings {
    let first = match script {
        Some(f) => {
            let p = std::path::absolute(f).unwrap_or_else(|_| PathBuf::from(f));
            p.parent().map(|d| d.display().to_string()).unwrap_or_default()
        }
        None => String::new(),
    };
    let mut path = vec![first];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_owned));
    }
    path.push(crate::import::library::entry());
    use crate::import::cache::CheckHashMode;
    crate::runtime::vm::Settings {
        argv,
        optimize: options.optimize,
        dont_write_bytecode: options.dont_write_bytecode
            || std::env::var("PYTHONDONTWRITEBYTECODE").is_ok_and(|v| !v.is_empty()),
        hash_seed: std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.parse().ok()),
        path,
        verbose: options.verbose,
        check_hash_based_pycs: match options.check_hash_based_pycs {
            CheckHashBasedPycs::Default => CheckHashMode::Default,
            CheckHashBasedPycs::Always => CheckHashMode::Always,
            CheckHashBasedPycs::Never => CheckHashMode::Never,
        },
        pycache_prefix: options.pycache_prefix(),
    }
}

/// The engine value of an `--impl` choice.
pub fn machine_for(engine: Engine) -> crate::machine::Machine {
    match engine {
        Engine::Cpython => crate::machine::Machine::Cpython(crate::variants::cpython::CpythonEngine),
        Engine::Stackless => crate::machine::Machine::Stackless(crate::variants::stackless::StacklessEngine),
        Engine::Pypy => unreachable!("checked by run"),
    }
}

/// Runs `body` on a new interpreter, on a thread with a large stack; an uncaught
/// KeyboardInterrupt ends the process by SIGINT.
pub fn on_interpreter_thread(
    engine: Engine,
    settings: crate::runtime::vm::Settings,
    body: impl FnOnce(&mut crate::runtime::vm::Vm) -> i32 + Send + 'static,
) -> i32 {
    let machine = machine_for(engine);
    let worker = std::thread::Builder::new().name("pyrs-main".into()).stack_size(INTERPRETER_STACK).spawn(move || {
        let mut vm = crate::runtime::vm::Vm::new(machine, settings);
        crate::runtime::recursion::set_stack_size(&mut vm, INTERPRETER_STACK);
        body(&mut vm)
    });
    match worker.map(|h| h.join()) {
        Ok(Ok(crate::runtime::run::STATUS_SIGINT)) => crate::runtime::signals::die_by_sigint(),
        Ok(Ok(status)) => status,
        Ok(Err(_)) => {
            eprintln!("pyrs: internal error: the interpreter panicked");
            70
        }
        Err(e) => {
            eprintln!("pyrs: cannot start the interpreter thread: {e}");
            70
        }
    }
}
