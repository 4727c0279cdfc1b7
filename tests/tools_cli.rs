//! `pyrs -m py_compile` and `pyrs -m compileall` against `python3.12 -m py_compile` and
//! `python3.12 -m compileall` on small trees: the same stdout, stderr and exit status, and the
//! same files written, with the same headers. Each case runs in two identical copies of a
//! tree (same contents, same modification times), one per implementation.
//!
//! Cases that need pyrs to compile source (rather than fail before compiling, or find the pycs
//! up to date) wait for the front end: until `frontend::compile_bytes` compiles, they print a
//! reason and check nothing.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use pyrs::bytecode::code::{CodeObject, Constant};
use pyrs::cli::InterpreterOptions;
use pyrs::frontend::{
    CompileError, CompileOptions, CompileWarning, Compiled, SyntaxError, SyntaxErrorKind,
};
use pyrs::tools::compileall::{Report, Settings, compile_dir, compile_dir_to};
use pyrs::tools::py_compile::InvalidationMode;

/// What `Tree::files` holds for something that is neither a file nor a directory.
const OTHER: &[u8] = b"<not a regular file>";

/// The modification time given to every source file, so that headers agree.
const MTIME: u64 = 1_700_000_000;

use support::tree::Tree;

impl Tree {
    fn write(&self, rel: &str, text: &str) -> &Tree {
        self.write_at(rel, text, MTIME)
    }

    /// A copy with the same contents and modification times.
    fn copy(&self, name: &str) -> Tree {
        let other = Tree::new(name);
        copy_dir(&self.root, &other.root);
        other
    }

    /// Every file under the tree and its bytes.
    fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.root.clone()];
        while let Some(d) = stack.pop() {
            for e in fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                let meta = fs::symlink_metadata(&p).unwrap();
                let rel = p
                    .strip_prefix(&self.root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                if meta.is_dir() {
                    stack.push(p);
                } else if meta.is_file() {
                    out.insert(rel, fs::read(&p).unwrap());
                } else {
                    out.insert(rel, OTHER.to_vec());
                }
            }
        }
        out
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        let meta = fs::symlink_metadata(&src).unwrap();
        if meta.is_dir() {
            copy_dir(&src, &dst);
            fs::set_permissions(&dst, meta.permissions()).unwrap();
        } else if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&src).unwrap(), &dst).unwrap();
        } else {
            fs::copy(&src, &dst).unwrap();
            let f = fs::File::options().write(true).open(&dst).unwrap();
            f.set_modified(meta.modified().unwrap()).unwrap();
        }
    }
}

/// What a run printed and returned.
#[derive(Debug, PartialEq, Eq)]
struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(
    program: &Path,
    pre: &[&str],
    args: &[&str],
    cwd: &Path,
    env: &[(&str, &str)],
    stdin: &str,
) -> Outcome {
    use std::io::Write;
    let mut cmd = Command::new(program);
    cmd.args(pre)
        .args(args)
        .current_dir(cwd)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("COLUMNS", "80")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    // A program that does not read its input may exit first: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    Outcome {
        stdout: normalize(&String::from_utf8_lossy(&out.stdout)),
        stderr: normalize(&String::from_utf8_lossy(&out.stderr)),
        status: out.status.code().unwrap_or(-1),
    }
}

/// Temporary file names end in a number that differs between runs.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(".pyc.") {
        out.push_str(&rest[..i + 5]);
        rest = &rest[i + 5..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            out.push('N');
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
}

/// Whether pyrs's front end compiles source yet.
fn front_end_ready() -> bool {
    pyrs::frontend::compile_bytes(b"x = 1\n", "t.py", &Default::default()).is_ok()
}

fn skip_without_front_end(test: &str) -> bool {
    if front_end_ready() {
        return false;
    }
    eprintln!("skipping {test}: pyrs's front end does not compile source yet");
    true
}

/// Runs `-m MODULE args` under CPython in one copy of `tree` and under pyrs in another; checks
/// that the outputs agree and returns both copies for further checks.
fn compare_in(
    tree: &Tree,
    module: &str,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: &str,
) -> Option<(Tree, Tree)> {
    let py = support::cpython_or_skip(&format!("{module} {args:?}"))?;
    let a = tree.copy(&format!("{module}-cpython"));
    let b = tree.copy(&format!("{module}-pyrs"));
    let expected = run(py, &["-m", module], args, &a.root, env, stdin);
    let mut got = run(
        &support::pyrs_bin(),
        &["-m", module],
        args,
        &b.root,
        env,
        stdin,
    );
    let mut expected = expected;
    // CPython's worker processes print as they go, so with `-j` their lines may interleave, even
    // within a line: compare the lines regardless of order.
    if args.contains(&"-j") {
        for outcome in [&mut got, &mut expected] {
            outcome.stdout = unordered_lines(&outcome.stdout);
        }
    }
    assert_eq!(
        got, expected,
        "pyrs -m {module} {args:?} differs from CPython"
    );
    Some((a, b))
}

/// compileall's output in a form that does not depend on how its workers' writes interleave:
/// each worker writes the "*** " marker, a message, "Compiling '...'..." and each line end
/// separately, so another worker's write may land between any two of them. The markers are
/// counted apart, each "Compiling"/"Listing" starts a line and each "..." ends one, and the
/// remaining lines are sorted.
fn unordered_lines(text: &str) -> String {
    let markers = text.matches("*** ").count();
    let spaced = text
        .replace("*** ", "")
        .replace("...", "...\n")
        .replace("Compiling '", "\nCompiling '")
        .replace("Listing '", "\nListing '");
    let mut v: Vec<&str> = spaced.lines().filter(|l| !l.trim().is_empty()).collect();
    v.sort_unstable();
    format!("{markers} markers\n{}", v.join("\n"))
}

/// As `compare_in`, and the trees must end up with the same files and the same pyc headers.
fn compare_files(tree: &Tree, module: &str, args: &[&str], env: &[(&str, &str)]) {
    let Some((a, b)) = compare_in(tree, module, args, env, "") else {
        return;
    };
    let (fa, fb) = (a.files(), b.files());
    let names = |f: &BTreeMap<String, Vec<u8>>| f.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&fb),
        names(&fa),
        "pyrs -m {module} {args:?} wrote other files than CPython"
    );
    for (name, da) in &fa {
        let db = &fb[name];
        if name.ends_with(".pyc") && da != OTHER {
            assert_eq!(db.get(..16), da.get(..16), "header of {name}");
            check_loads_like(&a.root.join(name), &b.root.join(name));
        } else {
            assert_eq!(db, da, "{name}");
        }
    }
}

/// CPython must load pyrs's pyc as a code object with the file name CPython itself compiled in.
fn check_loads_like(cpython_pyc: &Path, pyrs_pyc: &Path) {
    let script = "import marshal, sys\n\
                  a = marshal.loads(open(sys.argv[1], 'rb').read()[16:])\n\
                  b = marshal.loads(open(sys.argv[2], 'rb').read()[16:])\n\
                  assert type(b).__name__ == 'code', type(b)\n\
                  assert a.co_filename == b.co_filename, (a.co_filename, b.co_filename)\n";
    let out = support::run_cpython(&[
        "-c",
        script,
        &cpython_pyc.to_string_lossy(),
        &pyrs_pyc.to_string_lossy(),
    ])
    .expect("CPython runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A package tree with subpackages, a non-Python file and a data directory.
fn sample_tree(name: &str) -> Tree {
    let t = Tree::new(name);
    t.write("pkg/__init__.py", "")
        .write("pkg/a.py", "x = 1\n")
        .write("pkg/b.py", "def f(a, b=2):\n    return a + b\n")
        .write("pkg/notes.txt", "not python\n")
        .write("pkg/sub/__init__.py", "")
        .write(
            "pkg/sub/c.py",
            "import os\nclass C:\n    def m(self):\n        return os.sep\n",
        )
        .write("pkg/sub/deeper/d.py", "y = [i * i for i in range(3)]\n")
        .write("pkg/test_skip.py", "z = 3\n")
        .write("top.py", "print('top')\n")
        .write("list.txt", "pkg/a.py\n  top.py  \nmissing_dir\n");
    t
}

/// The same tree with every pyc already written by CPython (for the given compileall
/// arguments), so that compileall finds them up to date.
fn precompiled(name: &str, args: &[&str]) -> Option<Tree> {
    let t = sample_tree(name);
    let py = support::cpython()?;
    let out = run(py, &["-m", "compileall", "-q"], args, &t.root, &[], "");
    assert_eq!(out.status, 0, "{out:?}");
    Some(t)
}

#[test]
fn py_compile_command_line() {
    let t = sample_tree("pyc-cli");
    for args in [
        &[][..],
        &["-h"],
        &["--help"],
        &["--bogus", "x.py"],
        &["-q="],
        &["--quiet=x", "top.py"],
        &["-qz"],
    ] {
        compare_in(&t, "py_compile", args, &[], "");
    }
}

#[test]
fn py_compile_missing_file() {
    let t = sample_tree("pyc-missing");
    compare_in(&t, "py_compile", &["missing.py"], &[], "");
    compare_in(&t, "py_compile", &["-q", "missing.py"], &[], "");
    compare_in(&t, "py_compile", &["pkg"], &[], "");
    compare_in(&t, "py_compile", &["-"], &[], "missing.py\nother.py\n");
}

#[test]
fn compileall_command_line() {
    let t = sample_tree("ca-cli");
    let cases: &[&[&str]] = &[
        &["-h"],
        &["-r"],
        &["-r", "x", "pkg"],
        &["--invalidation-mode", "foo", "pkg"],
        &["--bogus", "pkg"],
        &["-d", "a", "-s", "b", "pkg"],
        &["--hardlink-dupes", "pkg"],
        &["--h", "pkg"],
        &["pkg", "-q", "top.py"],
        &["-x"],
        &["-lz", "pkg"],
        &["-i", "no-such-list"],
        &["-qq", "-i", "no-such-list"],
        &["-j", "x", "pkg"],
        &["-o", "1.5", "pkg"],
        &["-r", "x", "--h", "pkg"],
        &["-x", "-q", "pkg"],
        &["-x", "--", "pkg"],
        &["--inv", "timestamp", "--bogus=1", "pkg"],
        &["--hardlink-dupes=1", "pkg"],
        &["-fz", "pkg"],
        &["-j", "-1x", "pkg"],
    ];
    for args in cases {
        compare_in(&t, "compileall", args, &[], "");
    }
}

#[test]
fn compileall_up_to_date_trees() {
    let Some(t) = precompiled("ca-fresh", &["pkg", "top.py"]) else {
        return;
    };
    let cases: &[&[&str]] = &[
        &["pkg"],
        &["pkg", "top.py", "missing_dir"],
        &["-q", "pkg", "missing_dir"],
        &["-qq", "pkg", "missing_dir"],
        &["-l", "pkg"],
        &["-r", "0", "pkg"],
        &["-r1", "-l", "pkg"],
        &["-x", "test_", "pkg"],
        &["-x", "sub", "-q", "pkg"],
        &["-i", "list.txt"],
        &["-i", "-", "pkg"],
        &["-j", "0", "pkg"],
        &["-j", "2", "-q", "pkg", "missing_dir"],
        &["--workers=3", "pkg"],
        &["-e", "pkg", "pkg"],
        &["--", "pkg"],
        &["-qx", "sub", "pkg"],
        &["-x", "-1", "-q", "pkg"],
        &["-r", " 1_0 ", "pkg"],
        &["-x sub", "-q", "pkg"],
        &["-d", "/dest", "pkg"],
        &["-s", "pkg", "-p", "/x", "pkg"],
    ];
    for args in cases {
        compare_files(&t, "compileall", args, &[]);
        compare_in(&t, "compileall", args, &[], "top.py\npkg/sub\n");
    }
}

#[test]
fn compileall_up_to_date_optimization_levels() {
    let Some(t) = precompiled("ca-opt", &["-o", "1", "-o", "2", "-o", "0", "pkg"]) else {
        return;
    };
    compare_files(&t, "compileall", &["-o", "2", "-o1", "-o", "0", "pkg"], &[]);
    compare_files(
        &t,
        "compileall",
        &["-o", "1", "-o", "2", "--hardlink-dupes", "-q", "pkg"],
        &[],
    );
}

#[test]
fn compileall_pyc_in_the_way() {
    // A directory where the pyc should go: py_compile refuses before compiling.
    let t = sample_tree("ca-inway");
    t.mkdir("pkg/__pycache__/a.cpython-312.pyc");
    t.mkdir("pkg/__pycache__/b.cpython-312.pyc");
    compare_files(&t, "compileall", &["-q", "pkg/a.py", "pkg/b.py"], &[]);
    compare_in(&t, "py_compile", &["pkg/a.py"], &[], "");
    // A symbolic link where the pyc should go.
    let t = sample_tree("ca-symlink");
    t.mkdir("pkg/__pycache__");
    std::os::unix::fs::symlink(
        "elsewhere.pyc",
        t.root.join("pkg/__pycache__/a.cpython-312.pyc"),
    )
    .unwrap();
    compare_files(&t, "compileall", &["pkg/a.py"], &[]);
    compare_in(&t, "py_compile", &["pkg/a.py"], &[], "");
}

#[test]
fn compileall_bad_worker_count() {
    let Some(py) = support::cpython_or_skip("compileall_bad_worker_count") else {
        return;
    };
    let t = sample_tree("ca-workers");
    let expected = run(
        py,
        &["-m", "compileall"],
        &["-j", "-1", "pkg"],
        &t.root,
        &[],
        "",
    );
    let got = run(
        &support::pyrs_bin(),
        &["-m", "compileall"],
        &["-j", "-1", "pkg"],
        &t.root,
        &[],
        "",
    );
    // CPython prints a traceback; its last line is the error.
    assert_eq!(got.status, expected.status);
    assert_eq!(got.stdout, expected.stdout);
    assert_eq!(got.stderr.lines().last(), expected.stderr.lines().last());
}

#[test]
fn compileall_without_arguments_explains() {
    let t = sample_tree("ca-noargs");
    let got = run(
        &support::pyrs_bin(),
        &["-m", "compileall"],
        &[],
        &t.root,
        &[],
        "",
    );
    assert_eq!(got.status, 1);
    assert!(got.stderr.contains("sys.path"), "{got:?}");
}

#[test]
fn compiling_trees() {
    if skip_without_front_end("compiling_trees") {
        return;
    }
    let t = sample_tree("ca-compile");
    let cases: &[&[&str]] = &[
        &["pkg", "top.py"],
        &["-q", "pkg"],
        &["-l", "pkg"],
        &["-b", "pkg"],
        &["-j", "0", "pkg", "top.py"],
        &["-d", "/dest", "pkg"],
        &["-d", "/dest", "top.py"],
        &["-s", "pkg", "-p", "/x", "pkg"],
        &["-o", "1", "-o", "2", "pkg"],
        &["-o", "1", "-o", "2", "-o", "1", "--hardlink-dupes", "pkg"],
        &["--invalidation-mode", "checked-hash", "pkg"],
        &["--invalidation-mode=unchecked-hash", "pkg"],
        &["-x", "sub", "pkg"],
    ];
    for args in cases {
        compare_files(&t, "compileall", args, &[]);
    }
    compare_files(&t, "compileall", &["pkg"], &[("SOURCE_DATE_EPOCH", "1")]);
    compare_files(&t, "py_compile", &["pkg/a.py", "top.py"], &[]);
    compare_files(&t, "py_compile", &["-"], &[]);
}

#[test]
fn compile_errors() {
    if skip_without_front_end("compile_errors") {
        return;
    }
    let t = sample_tree("ca-errors");
    t.write("pkg/bad.py", "def f(:\n    pass\n")
        .write("pkg/indent.py", "if 1:\n  x\n    y\n")
        .write("pkg/ret.py", "return 5\n")
        .write("pkg/nul.py", "x = 1\0\n")
        .write("pkg/warn.py", "x = '\\d'\ny = '\\d'\n");
    for args in [
        &["pkg"][..],
        &["-q", "pkg"],
        &["-qq", "pkg"],
        &["-d", "/dest", "pkg"],
        &["-j", "2", "pkg"],
    ] {
        compare_files(&t, "compileall", args, &[]);
    }
    for file in [
        "pkg/bad.py",
        "pkg/indent.py",
        "pkg/ret.py",
        "pkg/nul.py",
        "pkg/warn.py",
    ] {
        compare_files(&t, "py_compile", &[file], &[]);
        compare_files(&t, "py_compile", &["-q", file, "pkg/a.py"], &[]);
    }
}

#[test]
fn unwritable_directories() {
    if skip_without_front_end("unwritable_directories") {
        return;
    }
    // `__pycache__` is a file: the pyc cannot be written.
    let t = sample_tree("ca-unwritable");
    t.write("pkg/__pycache__", "in the way\n");
    compare_files(&t, "compileall", &["pkg"], &[]);
    compare_in(&t, "py_compile", &["pkg/a.py"], &[], "");
    // A read-only directory (meaningless for root, who may write anywhere).
    let t = sample_tree("ca-readonly");
    let dir = t.root.join("pkg/sub/deeper");
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(dir.join("probe"), "").is_ok() {
        eprintln!("skipping the read-only directory case: running as root");
    } else if let Some((a, b)) = compare_in(&t, "compileall", &["pkg"], &[], "") {
        for tree in [&a, &b] {
            let d = tree.root.join("pkg/sub/deeper");
            fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
}

/// A stand-in for the front end: a minimal module named after the file, so that everything
/// around compiling (which files, which pycs, their headers, names and links) can be checked
/// before the real front end compiles.
fn stand_in_compiler(
    _source: &[u8],
    filename: &str,
    _opts: &CompileOptions,
) -> Result<Compiled, CompileError> {
    let code = CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 1,
        flags: 0,
        code: vec![0x97, 0x00, 0x79, 0x00],
        consts: vec![Constant::None],
        names: vec![],
        localsplusnames: vec![],
        localspluskinds: vec![],
        filename: Arc::from(filename),
        name: Arc::from("<module>"),
        qualname: Arc::from("<module>"),
        firstlineno: 1,
        linetable: vec![0xf0, 0x03, 0x01, 0x01],
        exceptiontable: vec![],
    };
    Ok(Compiled {
        code: Arc::new(code),
        warnings: Vec::new(),
    })
}

fn settings() -> Settings {
    Settings {
        ddir: None,
        force: false,
        rx: None,
        quiet: 2,
        legacy: false,
        optimize: vec![-1],
        invalidation_mode: InvalidationMode::Timestamp,
        stripdir: None,
        prependdir: None,
        limit_sl_dest: None,
        hardlink_dupes: false,
        compiler: stand_in_compiler,
    }
}

/// CPython's `compileall ARGS ROOT_A/pkg` against pyrs's `compile_dir` on ROOT_B/pkg with the
/// stand-in compiler: the same pycs, headers, file names compiled in (up to the roots) and
/// hard links.
fn compare_stand_in(
    name: &str,
    args: &[&str],
    maxlevels: Option<i64>,
    workers: i64,
    edit: impl Fn(&mut Settings, &Path),
) {
    let Some(py) = support::cpython_or_skip(name) else {
        return;
    };
    let t = sample_tree(name);
    let (a, b) = (t.copy("stand-in-cpython"), t.copy("stand-in-pyrs"));
    let dir_a = a.root.join("pkg");
    let mut full: Vec<String> = args
        .iter()
        .map(|s| s.replace("ROOT", &a.root.to_string_lossy()))
        .collect();
    full.push(dir_a.to_string_lossy().into_owned());
    let full: Vec<&str> = full.iter().map(String::as_str).collect();
    let out = run(py, &["-m", "compileall", "-qq"], &full, &a.root, &[], "");
    assert_eq!(out.status, 0, "{out:?}");
    let mut s = settings();
    edit(&mut s, &b.root);
    let options = default_options();
    assert_eq!(
        compile_dir(&b.root.join("pkg"), maxlevels, workers, &s, &options),
        Ok(true)
    );

    let (fa, fb) = (a.files(), b.files());
    assert_eq!(
        fb.keys().collect::<Vec<_>>(),
        fa.keys().collect::<Vec<_>>(),
        "{name}: other files written"
    );
    let script = "import marshal, sys\n\
                  for p in sys.argv[1:]:\n\
                  \x20   print(marshal.loads(open(p, 'rb').read()[16:]).co_filename)\n";
    let pycs: Vec<&String> = fa.keys().filter(|k| k.ends_with(".pyc")).collect();
    assert!(!pycs.is_empty(), "{name}: CPython wrote no pyc");
    let mut argv = vec!["-c".to_string(), script.to_string()];
    for tree in [&a, &b] {
        argv.extend(
            pycs.iter()
                .map(|k| tree.root.join(k).to_string_lossy().into_owned()),
        );
    }
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let shown = support::run_cpython(&argv).expect("CPython runs");
    let names = String::from_utf8_lossy(&shown.stdout).into_owned();
    let names: Vec<&str> = names.lines().collect();
    let (na, nb) = names.split_at(pycs.len());
    for ((k, x), y) in pycs.iter().zip(na).zip(nb) {
        assert_eq!(
            y.replace(&*b.root.to_string_lossy(), "ROOT"),
            x.replace(&*a.root.to_string_lossy(), "ROOT"),
            "{name}: co_filename of {k}"
        );
        assert_eq!(fb[*k].get(..16), fa[*k].get(..16), "{name}: header of {k}");
        use std::os::unix::fs::MetadataExt;
        let links = |t: &Tree| fs::metadata(t.root.join(k)).unwrap().nlink();
        assert_eq!(links(&b), links(&a), "{name}: links of {k}");
    }
}

#[test]
fn writing_with_a_stand_in_compiler() {
    compare_stand_in("plain", &[], None, 1, |_, _| {});
    compare_stand_in("threads", &["-j", "3"], None, 3, |_, _| {});
    compare_stand_in("levels", &["-l"], Some(0), 1, |_, _| {});
    compare_stand_in("ddir", &["-d", "/dest"], None, 1, |s, _| {
        s.ddir = Some("/dest".into())
    });
    compare_stand_in("strip", &["-s", "ROOT", "-p", "/x"], None, 1, |s, root| {
        s.stripdir = Some(root.to_path_buf());
        s.prependdir = Some("/x".into());
    });
    compare_stand_in("legacy", &["-b"], None, 1, |s, _| s.legacy = true);
    compare_stand_in("exclude", &["-x", "sub"], None, 1, |s, _| {
        s.rx = Some(regex::Regex::new("sub").unwrap())
    });
    compare_stand_in(
        "checked",
        &["--invalidation-mode", "checked-hash"],
        None,
        1,
        |s, _| s.invalidation_mode = InvalidationMode::CheckedHash,
    );
    compare_stand_in(
        "unchecked",
        &["--invalidation-mode", "unchecked-hash"],
        None,
        1,
        |s, _| s.invalidation_mode = InvalidationMode::UncheckedHash,
    );
    compare_stand_in("optimized", &["-o", "0", "-o", "2"], None, 1, |s, _| {
        s.optimize = vec![0, 2]
    });
    compare_stand_in(
        "hardlinks",
        &["-o", "1", "-o", "2", "--hardlink-dupes"],
        None,
        1,
        |s, _| {
            s.optimize = vec![2, 1];
            s.hardlink_dupes = true;
        },
    );
}

/// The stand-in compiler, failing on the error samples with the exceptions CPython raises for
/// them (their fields taken from CPython 3.12.1's `compile()`), and warning as CPython does.
fn erring_stand_in(
    source: &[u8],
    filename: &str,
    opts: &CompileOptions,
) -> Result<Compiled, CompileError> {
    let error = |kind, msg: &str, lineno, offset, end_offset, text: Option<&str>| {
        Err(CompileError::Syntax(SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.into(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset,
            text: text.map(Into::into),
            // CPython raises the null-byte error with a message only.
            located: !msg.ends_with("null bytes"),
        }))
    };
    use SyntaxErrorKind::{IndentationError, SyntaxError as Plain};
    match source {
        b"def f(:\n    pass\n" => error(Plain, "invalid syntax", 1, 7, 8, Some("def f(:\n")),
        b"if 1:\n  x\n    y\n" => error(
            IndentationError,
            "unexpected indent",
            3,
            4,
            0,
            Some("    y\n"),
        ),
        b"x = 1\0\n" => error(
            Plain,
            "source code string cannot contain null bytes",
            0,
            0,
            0,
            None,
        ),
        // Found after parsing: CPython shows the line only if it can read it from the file.
        b"return 5\n" => {
            let text = opts.text_in_compile_errors.then_some("return 5\n");
            error(Plain, "'return' outside function", 1, 1, 9, text)
        }
        b"def f():\n\tx = (1,\n" => {
            error(Plain, "'(' was never closed", 2, 6, 0, Some("\tx = (1,\n"))
        }
        b"x = '\\d'\ny = '\\d'\n" => {
            let mut ok = stand_in_compiler(source, filename, opts)?;
            for lineno in [1, 2] {
                ok.warnings.push(CompileWarning {
                    category: "SyntaxWarning",
                    msg: "invalid escape sequence '\\d'".into(),
                    filename: filename.into(),
                    lineno,
                });
            }
            Ok(ok)
        }
        _ => stand_in_compiler(source, filename, opts),
    }
}

#[test]
fn error_reports_with_a_stand_in_compiler() {
    let Some(py) = support::cpython_or_skip("error_reports_with_a_stand_in_compiler") else {
        return;
    };
    let t = sample_tree("reports");
    t.write("pkg/bad.py", "def f(:\n    pass\n")
        .write("pkg/indent.py", "if 1:\n  x\n    y\n")
        .write("pkg/nul.py", "x = 1\0\n")
        .write("pkg/ret.py", "return 5\n")
        .write("pkg/eof.py", "def f():\n\tx = (1,\n")
        .write("pkg/warn.py", "x = '\\d'\ny = '\\d'\n");
    let cases: &[(&[&str], usize, Option<&str>, i64)] = &[
        (&[], 0, None, 1),
        (&["-q"], 1, None, 1),
        (&["-qq"], 2, None, 1),
        (&["-d", "/dest"], 0, Some("/dest"), 1),
        (&["-j", "2"], 0, None, 2),
    ];
    let options = default_options();
    for (args, quiet, ddir, workers) in cases {
        let (a, b) = (t.copy("reports-cpython"), t.copy("reports-pyrs"));
        // CPython's workers share one stdout and write a report in several pieces, so its
        // output under `-j` interleaves at random, even inside a line: the oracle for the
        // parallel case is CPython's serial run, compared line by line regardless of order.
        let mut full: Vec<&str> = if *workers == 1 { args.to_vec() } else { Vec::new() };
        let dir_a = a.root.join("pkg").to_string_lossy().into_owned();
        full.push(&dir_a);
        let expected = run(py, &["-m", "compileall"], &full, &a.root, &[], "");
        let mut s = settings();
        s.quiet = *quiet;
        s.ddir = ddir.map(PathBuf::from);
        s.compiler = erring_stand_in;
        let mut report = Report::buffered();
        let ok = compile_dir_to(
            &b.root.join("pkg"),
            None,
            *workers,
            &s,
            &options,
            &mut report,
        )
        .unwrap();
        let unroot = |text: &str, tree: &Tree| text.replace(&*tree.root.to_string_lossy(), "ROOT");
        // With workers, compare the lines regardless of order (see `compare_in`).
        let lines = |text: String| if *workers == 1 { text } else { unordered_lines(&text) };
        assert_eq!(
            lines(unroot(&report.text(false), &b)),
            lines(unroot(&expected.stdout, &a)),
            "stdout for {args:?}"
        );
        assert_eq!(
            unroot(&report.text(true), &b),
            unroot(&expected.stderr, &a),
            "stderr for {args:?}"
        );
        assert_eq!(i32::from(!ok), expected.status, "status for {args:?}");
        let names = |t: &Tree| t.files().into_keys().collect::<Vec<_>>();
        assert_eq!(names(&b), names(&a), "files for {args:?}");
    }
}

#[test]
fn interpreter_optimization_level() {
    // `-O` picks the `.opt-1` pycs: written by CPython, they are up to date for both.
    let Some(t) = precompiled("ca-dash-o", &["-o", "1", "pkg"]) else {
        return;
    };
    let Some(py) = support::cpython() else { return };
    let (a, b) = (t.copy("dash-o-cpython"), t.copy("dash-o-pyrs"));
    let expected = run(py, &["-O", "-m", "compileall"], &["pkg"], &a.root, &[], "");
    let got = run(
        &support::pyrs_bin(),
        &["-O", "-m", "compileall"],
        &["pkg"],
        &b.root,
        &[],
        "",
    );
    assert_eq!(got, expected);
    assert_eq!(
        b.files().into_keys().collect::<Vec<_>>(),
        a.files().into_keys().collect::<Vec<_>>()
    );
}

/// The interpreter options of a plain `pyrs` command line.
fn default_options() -> InterpreterOptions {
    <InterpreterOptions as clap::Parser>::parse_from(["pyrs"])
}
