//! The program tests' shared machinery: the expected outputs committed beside each program of
//! tests/programs/, running a command on a program with its output normalized, the xfail list,
//! and comparing outcomes with a readable diff.

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The programs known not to pass under an engine yet: lines `ENGINE AREA/CASE` in
/// tests/programs/xfail.txt. A listed program must still fail (so the list only shrinks and is
/// kept true); tests/data/update_xfail.sh rewrites it from a run.
pub fn xfail() -> &'static std::collections::HashSet<String> {
    static LIST: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/xfail.txt");
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect()
    })
}

/// What a run printed and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// The exit status, or how the run failed to end with one.
    pub status: Result<i32, String>,
}

/// `area/case.py` for the program at `path`.
pub fn program_name(path: &Path) -> String {
    let area = path
        .parent()
        .and_then(Path::file_name)
        .unwrap_or_default()
        .to_string_lossy();
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    format!("{area}/{file}")
}

/// What CPython 3.12 printed for the program at `path`: its `.stdout`, `.stderr` and `.exit`
/// siblings, as tests/data/gen_program_outputs.py wrote them.
pub fn expected_outcome(path: &Path) -> Outcome {
    expected_outcome_of(path, "")
}

/// What engine `engine` must print for the program: `<case>.<engine>.stdout` (with its
/// `.stderr` and `.exit`) where the engine differs by design, else the program's expected output.
pub fn expected_for_engine(path: &Path, engine: &str) -> Outcome {
    let own = format!("{engine}.");
    if path.with_extension(format!("{own}stdout")).exists() {
        expected_outcome_of(path, &own)
    } else {
        expected_outcome(path)
    }
}

/// The expected outcome in the files `<case>.<prefix>stdout` (`stderr`, `exit`).
fn expected_outcome_of(path: &Path, prefix: &str) -> Outcome {
    let name = program_name(path);
    let read = |ext: &str| std::fs::read(path.with_extension(format!("{prefix}{ext}"))).ok();
    let stdout = read("stdout").unwrap_or_else(|| {
        panic!(
            "{name}: no expected output {}; write it with `python3.12 tests/data/gen_program_outputs.py {}`",
            path.with_extension(format!("{prefix}stdout")).display(),
            path.display()
        )
    });
    let status = match read("exit") {
        None => 0,
        Some(text) => String::from_utf8_lossy(&text)
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}: bad {}", path.with_extension(format!("{prefix}exit")).display())),
    };
    Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: read("stderr")
            .map(|e| String::from_utf8_lossy(&e).into_owned())
            .unwrap_or_default(),
        status: Ok(status),
    }
}

/// Runs a command in folder `dir` with no PYTHON* variables, stdin closed and a
/// timeout; normalizes its output (`dir`'s path plus "/" removed).
pub fn run_in(dir: &Path, exe: &Path, args: &[&std::ffi::OsStr], timeout: Duration) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: String::new(),
                stderr: String::new(),
                status: Err(format!("could not start {}: {e}", exe.display())),
            };
        }
    };
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st.code().ok_or_else(|| format!("ended by a signal ({st})")),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("timed out after {} s", timeout.as_secs()));
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => break Err(format!("could not wait for it: {e}")),
        }
    };
    let prefix = format!("{}/", dir.display());
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).replace(&prefix, "");
    Outcome {
        stdout: text(stdout.join().unwrap_or_default()),
        stderr: text(stderr.join().unwrap_or_default()),
        status,
    }
}

/// Reads a child's pipe to its end on a thread of its own (so neither pipe can fill and block).
pub fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Describes how `got` differs from `expected` (empty when it does not).
pub fn compare(what: &str, expected: &Outcome, got: &Outcome) -> String {
    if expected == got {
        return String::new();
    }
    let mut out = format!("{what}: differs from CPython 3.12\n");
    let status = |s: &Result<i32, String>| match s {
        Ok(code) => format!("exit status {code}"),
        Err(why) => why.clone(),
    };
    if expected.status != got.status {
        let _ = writeln!(
            out,
            "  expected {}, got {}",
            status(&expected.status),
            status(&got.status)
        );
    }
    for (stream, want, have) in [
        ("stdout", &expected.stdout, &got.stdout),
        ("stderr", &expected.stderr, &got.stderr),
    ] {
        if want != have {
            let _ = writeln!(out, "  {stream} (- expected, + got):");
            out += &diff(want, have);
        }
    }
    out
}

/// A line diff with two lines of context around each change.
pub fn diff(expected: &str, got: &str) -> String {
    const CONTEXT: usize = 2;
    const MAX_CELLS: usize = 4_000_000;
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = got.split_inclusive('\n').collect();
    let show = |mark: char, line: &str| {
        let line = line
            .strip_suffix('\n')
            .map_or_else(|| format!("{line}⏎ (no newline at end)"), str::to_owned);
        format!("    {mark} {line}\n")
    };
    if (a.len() + 1) * (b.len() + 1) > MAX_CELLS {
        let first = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        let mut out = format!(
            "    (too long to diff: {} vs {} lines; first difference at line {})\n",
            a.len(),
            b.len(),
            first + 1
        );
        if let Some(l) = a.get(first) {
            out += &show('-', l);
        }
        if let Some(l) = b.get(first) {
            out += &show('+', l);
        }
        return out;
    }
    // Longest common subsequence table, filled from the ends.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        ops[lo..hi].iter().any(|(m, _)| *m != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (mark, line)) in ops.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out += "    ...\n";
                skipped = false;
            }
            out += &show(*mark, line);
        } else {
            skipped = true;
        }
    }
    if skipped {
        out += "    ...\n";
    }
    out
}
