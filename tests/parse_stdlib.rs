//! The parser against CPython 3.12 over the whole standard library: every file CPython parses
//! must parse to the same `ast.dump(tree, include_attributes=True)`, and every file CPython
//! rejects must be rejected with a SyntaxError.

mod support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use pyrs::frontend::Mode;
use pyrs::frontend::astdump::dump;
use pyrs::frontend::decode::decode_source;
use pyrs::frontend::parse::parse;
use pyrs::frontend::source::SourceFile;

/// Reads file names from stdin and prints one line per file: `OK <dump>` or `ERR <message>`.
const ORACLE: &str = r#"
import ast, sys
out = sys.stdout
for path in sys.stdin.read().splitlines():
    try:
        with open(path, 'rb') as f:
            src = f.read()
        tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
        line = 'OK ' + ast.dump(tree, include_attributes=True)
    except (SyntaxError, ValueError) as e:
        line = 'ERR ' + type(e).__name__ + ': ' + str(e).replace('\n', ' ')
    out.write(line.encode('utf-8', 'backslashreplace').decode('utf-8') + '\n')
"#;

#[test]
fn stdlib_parses_like_cpython() {
    let Some(py) = support::cpython_or_skip("stdlib_parses_like_cpython") else {
        return;
    };
    let files = support::stdlib_sources();
    assert!(files.len() > 1000, "standard library not found");
    let mut child = Command::new(py)
        .args(["-W", "ignore", "-c", ORACLE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run CPython");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    // pyrs parses while CPython does.
    let ours: Vec<Result<String, String>> = files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("read source");
            let name = path.display().to_string();
            decode_source(&bytes, &name)
                .and_then(|text| {
                    let src = SourceFile::new(&name, &text, true);
                    parse(&src, Mode::Exec, &mut Vec::new()).map(|m| dump(&m))
                })
                .map_err(|e| format!("{}: {e}", e.kind.name()))
        })
        .collect();
    writer.join().expect("writer").expect("write file list");
    let text = reader.join().expect("reader").expect("utf-8 output");
    child.wait().expect("CPython exit");
    let expected: Vec<&str> = text.lines().collect();
    assert_eq!(
        expected.len(),
        files.len(),
        "CPython printed one line per file"
    );

    let (mut same, mut rejected_both, mut failures) = (0, 0, Vec::new());
    for ((path, want), got) in files.iter().zip(&expected).zip(ours) {
        let name = path.display().to_string();
        match (want.strip_prefix("OK "), got) {
            (Some(w), Ok(g)) if w == g => same += 1,
            (Some(w), Ok(g)) => {
                let at = w.bytes().zip(g.bytes()).take_while(|(a, b)| a == b).count();
                let from = at.saturating_sub(150);
                let w_ctx: String = w.get(from..).unwrap_or("").chars().take(300).collect();
                let g_ctx: String = g.get(from..).unwrap_or("").chars().take(300).collect();
                failures.push(format!("{name}: dumps differ at byte {at}\n  cpython: ...{w_ctx}\n  pyrs:    ...{g_ctx}"));
            }
            (Some(_), Err(e)) => failures.push(format!("{name}: pyrs rejects it: {e}")),
            (None, Err(_)) => rejected_both += 1,
            (None, Ok(_)) => failures.push(format!(
                "{name}: CPython rejects it ({want}) but pyrs parses it"
            )),
        }
    }
    eprintln!(
        "{} files: {same} parse to the same tree, {rejected_both} rejected by both, {} differ",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(30) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from CPython",
        failures.len(),
        files.len()
    );
}
