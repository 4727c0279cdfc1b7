//! The interactive prompt: a banner, `>>> ` and `... ` prompts (`sys.ps1`/`sys.ps2`) with line
//! editing and history (rustyline), statements compiled in `single` mode so that expression
//! values go through `sys.displayhook`, continuation lines while the input is incomplete (as
//! CPython's `codeop` decides), exceptions reported and the session going on, Ctrl-C printing
//! KeyboardInterrupt, and Ctrl-D (or `exit()`/`sys.exit()`) ending it.

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::frontend::{self, CompileError, CompileOptions, Mode};
use crate::runtime::objects::dict::{dict_get_str, dict_set_str};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Whether stdin is a terminal (then pyrs with no program starts the prompt).
pub fn stdin_is_terminal() -> bool {
    // SAFETY: plain system call.
    unsafe { libc::isatty(0) == 1 }
}

/// What the lines typed so far amount to.
#[derive(Debug, PartialEq, Eq)]
pub enum Input {
    /// Nothing to run (blank lines and comments).
    Empty,
    /// A complete statement.
    Complete,
    /// More lines are needed.
    Incomplete,
    /// A syntax error to report.
    Error(CompileError),
}

/// Whether the first significant line opens a block (a compound statement or a decorator), so
/// that the input ends only at an empty line.
fn opens_block(source: &str) -> bool {
    for line in source.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let code = t.split(" #").next().unwrap_or(t).trim_end();
        return code.ends_with(':') || t.starts_with('@');
    }
    false
}

/// Whether the input is decorators still waiting for the definition they decorate.
fn decorator_only(source: &str) -> bool {
    source.lines().map(str::trim).filter(|t| !t.is_empty() && !t.starts_with('#')).all(|t| t.starts_with('@'))
}

/// Whether a compile error means the input stops too early rather than being wrong.
fn is_incomplete_error(e: &CompileError, source: &str) -> bool {
    let msg = e.message();
    if msg.contains("was never closed")
        || msg.contains("unterminated triple-quoted string")
        || msg.contains("unexpected EOF")
        || msg.contains("incomplete input")
        || msg.starts_with("expected an indented block")
    {
        return true;
    }
    if let CompileError::Syntax(s) = e {
        let lines = source.lines().count() as u32;
        return s.lineno > lines;
    }
    false
}

/// Classifies the input typed so far, as `codeop.compile_command` would.
pub fn classify(source: &str) -> Input {
    let significant = source.lines().any(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    });
    if !significant {
        return Input::Empty;
    }
    // The text after the last newline: an input ending in a newline ends with an empty line.
    let last_blank = source.rsplit('\n').next().is_none_or(|l| l.trim().is_empty());
    if source.trim_end_matches('\n').ends_with('\\') {
        return Input::Incomplete;
    }
    let opts = CompileOptions { mode: Mode::Single, text_in_compile_errors: false, ..CompileOptions::default() };
    match frontend::compile_str(&format!("{source}\n"), "<stdin>", &opts) {
        Ok(_) if opens_block(source) && !last_blank => Input::Incomplete,
        Ok(_) => Input::Complete,
        Err(e) if (is_incomplete_error(&e, source) || decorator_only(source)) && !last_blank => Input::Incomplete,
        Err(e) => Input::Error(e),
    }
}

fn text_attr(vm: &mut Vm, name: &str, default: &str) -> String {
    match crate::modules::sys::get(vm, name) {
        Some(v) => match ops::str_of(vm, &v) {
            Ok(s) => ops::repr::text_of(&s).unwrap_or_default(),
            Err(_) => default.to_string(),
        },
        None => default.to_string(),
    }
}

/// Runs one complete input in `__main__`. Returns Some(status) when the session must end
/// (SystemExit).
fn run_input(vm: &mut Vm, source: &str) -> Option<i32> {
    let opts = CompileOptions {
        mode: Mode::Single,
        optimize: vm.settings.optimize,
        text_in_compile_errors: false,
        ..CompileOptions::default()
    };
    let main = crate::runtime::run::main_module(vm, None);
    let compiled = match frontend::compile_str(&format!("{source}\n"), "<stdin>", &opts) {
        Ok(c) => c,
        Err(e) => {
            let exc = crate::runtime::builtins::exec::compile_error_to_exception(vm, &e);
            crate::runtime::run::report_exception(vm, &Value::Obj(exc.0));
            return None;
        }
    };
    if let Err(e) = crate::runtime::run::exec_module_code(vm, &compiled.code, &main) {
        let exc = Value::Obj(e.0.clone());
        if vm.err_is(&e, &vm.types.exc.system_exit.clone()) {
            return Some(crate::runtime::run::system_exit_status(vm, &exc));
        }
        crate::runtime::stdio::flush_to(vm, &Value::None).ok();
        crate::runtime::run::report_exception(vm, &exc);
    }
    None
}

/// The prompt loop on an interpreter; returns the exit status.
fn session(vm: &mut Vm) -> i32 {
    crate::runtime::signals::install();
    let sys = vm.sys.dict.borrow().clone();
    if let Some(d) = &sys {
        for (k, v) in [("ps1", ">>> "), ("ps2", "... ")] {
            if dict_get_str(vm, d, &vm.intern(k)).is_none() {
                dict_set_str(vm, d, vm.intern(k), vm.new_str(v));
            }
        }
    }
    let version = text_attr(vm, "version", "3.12.1");
    let platform = text_attr(vm, "platform", "linux");
    crate::runtime::stdio::write_stderr(
        vm,
        &format!("Python {version} on {platform}\nType \"exit()\" or press Ctrl-D (i.e. EOF) to exit.\n"),
    );
    let mut editor = match DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            crate::runtime::stdio::write_stderr(vm, &format!("pyrs: cannot start the line editor: {e}\n"));
            return 1;
        }
    };
    crate::runtime::run::main_module(vm, None);
    let mut buffer = String::new();
    loop {
        crate::runtime::stdio::flush_std_streams(vm);
        let prompt = if buffer.is_empty() { text_attr(vm, "ps1", ">>> ") } else { text_attr(vm, "ps2", "... ") };
        crate::runtime::signals::clear();
        match editor.readline(&prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                if !buffer.is_empty() {
                    buffer.push('\n');
                }
                buffer.push_str(&line);
                match classify(&buffer) {
                    Input::Incomplete => continue,
                    Input::Empty => {}
                    Input::Complete | Input::Error(_) => {
                        let source = std::mem::take(&mut buffer);
                        if let Some(status) = run_input(vm, &source) {
                            crate::runtime::stdio::flush_std_streams(vm);
                            return status;
                        }
                    }
                }
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                crate::runtime::stdio::write_stderr(vm, "\nKeyboardInterrupt\n");
            }
            Err(ReadlineError::Eof) => {
                crate::runtime::stdio::write_to(vm, &Value::None, "\n").ok();
                crate::runtime::stdio::flush_std_streams(vm);
                return 0;
            }
            Err(e) => {
                crate::runtime::stdio::write_stderr(vm, &format!("pyrs: reading the prompt failed: {e}\n"));
                return 1;
            }
        }
    }
}

/// Starts the interactive prompt on a new interpreter.
pub fn run(options: &super::InterpreterOptions, args: Vec<String>) -> i32 {
    let mut argv = vec![String::new()];
    argv.extend(args);
    let settings = super::settings_for(argv, options, None);
    super::on_interpreter_thread(options.engine, settings, session)
}

#[cfg(test)]
mod tests {
    use super::{Input, classify};

    #[test]
    fn simple_statements_are_complete() {
        assert_eq!(classify("1 + 1"), Input::Complete);
        assert_eq!(classify("x = 3"), Input::Complete);
        assert_eq!(classify("# only a comment"), Input::Empty);
        assert_eq!(classify(""), Input::Empty);
    }

    #[test]
    fn blocks_wait_for_an_empty_line() {
        assert_eq!(classify("if True:"), Input::Incomplete);
        assert_eq!(classify("if True:\n    x = 1"), Input::Incomplete);
        assert_eq!(classify("if True:\n    x = 1\n"), Input::Complete);
        assert_eq!(classify("@dec"), Input::Incomplete);
        assert_eq!(classify("def f():\n    return 1\n"), Input::Complete);
    }

    #[test]
    fn open_brackets_and_strings_continue() {
        assert_eq!(classify("(1,"), Input::Incomplete);
        assert_eq!(classify("x = [1,\n 2]"), Input::Complete);
        assert_eq!(classify("s = '''abc"), Input::Incomplete);
        assert_eq!(classify("x = 1 + \\"), Input::Incomplete);
    }

    #[test]
    fn errors_are_reported() {
        assert!(matches!(classify("1 +"), Input::Error(_)));
        assert!(matches!(classify("x = = 2"), Input::Error(_)));
    }
}
