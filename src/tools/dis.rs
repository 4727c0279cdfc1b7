//! `-m dis [-C] [FILE | -]`: what `python3.12 -m dis FILE` prints, for a source file (compiled by
//! pyrs) or a .pyc file (loaded as it is); `-C` also shows the inline caches.

use std::io::{Read, Write};

use crate::bytecode::dis::{DisOptions, disassemble_with};
use crate::bytecode::{marshal, pyc};
use crate::cli::{InterpreterOptions, errno_text, print_compile_error};
use crate::frontend::{self, CompileOptions};

const USAGE: &str = "usage: dis.py [-h] [-C] [infile]";

const HELP: &str = "\
positional arguments:
  infile

options:
  -h, --help         show this help message and exit
  -C, --show-caches  show inline caches";

/// An argparse-style usage error: exit status 2.
fn usage_error(msg: &str) -> i32 {
    eprintln!("{USAGE}");
    eprintln!("dis.py: error: {msg}");
    2
}

pub fn main(argv: &[String], options: &InterpreterOptions) -> i32 {
    let mut show_caches = false;
    let mut infile: Option<&str> = None;
    let mut extra = Vec::new();
    let mut only_positional = false;
    for a in argv.iter().skip(1) {
        match a.as_str() {
            "-h" | "--help" if !only_positional => {
                println!("{USAGE}\n\n{HELP}");
                return 0;
            }
            "-C" | "--show-caches" if !only_positional => show_caches = true,
            "--" if !only_positional => only_positional = true,
            s if s.starts_with('-') && s != "-" && !only_positional => extra.push(s),
            s if infile.is_none() => infile = Some(s),
            s => extra.push(s),
        }
    }
    // As argparse does, the file is opened (a directory fails here too) before the leftover
    // arguments are reported.
    let cant_open = |path: &str, e: std::io::Error| {
        usage_error(&format!(
            "argument infile: can't open '{path}': [Errno {}] {}: '{path}'",
            e.raw_os_error().unwrap_or(0),
            errno_text(&e)
        ))
    };
    let mut data = Vec::new();
    let from_stdin = matches!(infile, None | Some("-"));
    let name = match infile {
        Some(path) if path != "-" => {
            if let Err(e) = std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut data)) {
                return cant_open(path, e);
            }
            path.to_owned()
        }
        _ => "<stdin>".to_owned(),
    };
    if !extra.is_empty() {
        return usage_error(&format!("unrecognized arguments: {}", extra.join(" ")));
    }
    if from_stdin && let Err(e) = std::io::stdin().read_to_end(&mut data) {
        eprintln!("dis.py: can't read <stdin>: {}", errno_text(&e));
        return 1;
    }
    let is_pyc = name.ends_with(".pyc") || data.starts_with(&pyc::MAGIC[..2]);
    let code = if is_pyc {
        if data.len() < 16 {
            eprintln!("EOFError: {name} is too short to be a .pyc file");
            return 1;
        }
        if data[..4] != pyc::MAGIC {
            eprintln!("RuntimeError: Bad magic number in .pyc file");
            return 1;
        }
        match marshal::loads_code(&data[16..]) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("{}: {}", e.exc_type, e.msg);
                return 1;
            }
        }
    } else {
        let opts = CompileOptions {
            optimize: options.optimize,
            ..CompileOptions::default()
        };
        match frontend::compile_bytes(&data, &name, &opts) {
            Ok(compiled) => {
                eprint!("{}", frontend::render_warnings(&compiled.warnings, &data, &name));
                compiled.code
            }
            Err(e) => {
                print_compile_error(&e);
                return 1;
            }
        }
    };
    let text = disassemble_with(&code, DisOptions { show_caches });
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) ends the output quietly.
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
    0
}
