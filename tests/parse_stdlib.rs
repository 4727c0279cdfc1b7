//! The parser against CPython 3.12 over the whole standard library: every file CPython parses
//! must parse to the same `ast.dump(tree, include_attributes=True)` with the same
//! SyntaxWarnings, and every file CPython rejects must be rejected with the same SyntaxError
//! (class, message and location).

mod support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use pyrs::frontend::Mode;
use pyrs::frontend::astdump::dump;
use pyrs::frontend::decode::decode_source;
use pyrs::frontend::parse::parse;
use pyrs::frontend::source::SourceFile;

/// Reads file names from stdin and prints two lines per file: `OK <dump>` or
/// `ERR <class>|<lineno>|<offset>|<end_lineno>|<end_offset>|<message>`, then `W` and the
/// warnings as `<category>:<lineno>:<message>` joined by ` ; `.
const ORACLE: &str = r#"
import ast, sys, warnings
out = sys.stdout
def clean(s):
    return s.replace('\n', ' ').encode('utf-8', 'backslashreplace').decode('utf-8')
for path in sys.stdin.read().splitlines():
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            with open(path, 'rb') as f:
                src = f.read()
            tree = compile(src, path, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
            line = 'OK ' + ast.dump(tree, include_attributes=True)
        except SyntaxError as e:
            fields = [type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
            fields = [0 if v is None or (isinstance(v, int) and v < 0) else v for v in fields]
            line = 'ERR ' + '|'.join(str(v) for v in fields)
        except ValueError as e:
            line = 'ERR ValueError|' + str(e)
    warned = ' ; '.join(f'{w.category.__name__}:{w.lineno}:{w.message}' for w in ws)
    out.write(clean(line) + '\n' + clean('W ' + warned) + '\n')
"#;

/// What pyrs makes of a file, in the oracle's format.
fn pyrs_view(path: &std::path::Path) -> (String, String) {
    let bytes = std::fs::read(path).expect("read source");
    let name = path.display().to_string();
    let mut warnings = Vec::new();
    let result = decode_source(&bytes, &name).and_then(|text| {
        let src = SourceFile::new(&name, &text, true);
        parse(&src, Mode::Exec, &mut warnings).map(|m| dump(&m))
    });
    let line = match result {
        Ok(d) => format!("OK {d}"),
        Err(e) => format!(
            "ERR {}|{}|{}|{}|{}|{}",
            e.kind.name(),
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            e.msg.replace('\n', " ")
        ),
    };
    let warned: Vec<String> = warnings
        .iter()
        .map(|w| format!("{}:{}:{}", w.category, w.lineno, w.msg.replace('\n', " ")))
        .collect();
    (line, format!("W {}", warned.join(" ; ")))
}

/// Compares pyrs with CPython over files; returns a summary and the differences.
fn compare(py: &std::path::Path, files: &[std::path::PathBuf]) -> (String, Vec<String>) {
    let mut child = Command::new(py)
        .args(["-c", ORACLE])
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
    let ours: Vec<(String, String)> = files.iter().map(|p| pyrs_view(p)).collect();
    writer.join().expect("writer").expect("write file list");
    let text = reader.join().expect("reader").expect("utf-8 output");
    child.wait().expect("CPython exit");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        2 * files.len(),
        "CPython printed two lines per file"
    );

    let (mut same, mut rejected_same, mut warned, mut failures) = (0, 0, 0, Vec::new());
    for (i, (path, (got, got_warnings))) in files.iter().zip(ours).enumerate() {
        let name = path.display().to_string();
        let (want, want_warnings) = (lines[2 * i], lines[2 * i + 1]);
        if want == got {
            if want.starts_with("OK ") {
                same += 1;
            } else {
                rejected_same += 1;
            }
        } else if let (Some(w), Some(g)) = (want.strip_prefix("OK "), got.strip_prefix("OK ")) {
            let at = w.bytes().zip(g.bytes()).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(150);
            let w_ctx: String = w.get(from..).unwrap_or("").chars().take(300).collect();
            let g_ctx: String = g.get(from..).unwrap_or("").chars().take(300).collect();
            failures.push(format!(
                "{name}: dumps differ at byte {at}\n  cpython: ...{w_ctx}\n  pyrs:    ...{g_ctx}"
            ));
        } else {
            let short = |s: &str| s.chars().take(200).collect::<String>();
            failures.push(format!(
                "{name}:\n  cpython: {}\n  pyrs:    {}",
                short(want),
                short(&got)
            ));
        }
        if want_warnings != got_warnings {
            failures.push(format!(
                "{name}: warnings differ\n  cpython: {want_warnings}\n  pyrs:    {got_warnings}"
            ));
        } else if want_warnings != "W " {
            warned += 1;
        }
    }
    let summary = format!(
        "{} files: {same} parse to the same tree, {rejected_same} rejected with the same error, \
         {warned} with the same warnings, {} differences",
        files.len(),
        failures.len()
    );
    (summary, failures)
}

fn check(py: &std::path::Path, files: &[std::path::PathBuf]) {
    let (summary, failures) = compare(py, files);
    eprintln!("{summary}");
    for f in failures.iter().take(30) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} differences from CPython",
        failures.len()
    );
}

#[test]
fn stdlib_parses_like_cpython() {
    let Some(py) = support::cpython_or_skip("stdlib_parses_like_cpython") else {
        return;
    };
    let files = support::stdlib_sources();
    assert!(files.len() > 1000, "standard library not found");
    check(py, &files);
}

/// Sources with the less common spellings: line endings, encodings, f-string corners, every
/// statement and expression form.
#[test]
fn tricky_sources_parse_like_cpython() {
    let Some(py) = support::cpython_or_skip("tricky_sources_parse_like_cpython") else {
        return;
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/parse_cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("parse cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    check(py, &files);
}
