//! The import system and the per-engine bytecode cache, end to end: real files in temporary
//! folders, real `pyrs` processes, and CPython 3.12 beside them where it is the reference or
//! the other side of the shared `cpython-312` cache.

mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use support::tree::Tree;

/// The modification time the tests give their files unless they say otherwise.
const MTIME: u64 = 1_600_000_000;

impl Tree {
    fn write(&self, rel: &str, text: &str) -> &Tree {
        self.write_at(rel, text, MTIME)
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        fs::read(self.path(rel)).unwrap()
    }

    fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }
}

fn set_writable(p: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(p, fs::Permissions::from_mode(0o755))
}

/// What a run printed.
#[derive(Debug, PartialEq, Eq)]
struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

/// Runs `exe args` in `dir` with the bytecode-writing environment cleared and `env` set.
fn run_in(exe: &Path, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("PYTHONPATH")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("PYENV_VERSION", "3.12.1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run");
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

fn pyrs(t: &Tree, args: &[&str]) -> Outcome {
    run_in(&support::pyrs_bin(), &t.root, args, &[])
}

fn pyrs_env(t: &Tree, args: &[&str], env: &[(&str, &str)]) -> Outcome {
    run_in(&support::pyrs_bin(), &t.root, args, env)
}

/// Runs the same command under pyrs and CPython (when present) in copies of the same tree and
/// checks that stdout, stderr and status agree; returns pyrs's outcome.
fn same_as_cpython(files: &[(&str, &str)], args: &[&str]) -> Outcome {
    let a = Tree::new("pyrs");
    for (rel, text) in files {
        a.write(rel, text);
    }
    let got = pyrs(&a, args);
    if let Some(py) = support::cpython_or_skip("imports: same_as_cpython") {
        let b = Tree::new("cpython");
        for (rel, text) in files {
            b.write(rel, text);
        }
        let expected = run_in(py, &b.root, args, &[]);
        let norm = |o: &Outcome, root: &Path| Outcome {
            stdout: o.stdout.replace(&root.display().to_string(), "ROOT"),
            stderr: o.stderr.replace(&root.display().to_string(), "ROOT"),
            status: o.status,
        };
        assert_eq!(norm(&got, &a.root), norm(&expected, &b.root), "pyrs {args:?} differs from CPython");
    }
    got
}

const TAG_PYC: &str = "__pycache__/m.cpython-312.pyc";

#[test]
fn cache_file_is_named_by_the_engine_tag() {
    let t = Tree::new("tag");
    t.write("m.py", "X = 1\n").write("main.py", "import m, sys\nprint(m.X, sys.implementation.cache_tag, m.__cached__.endswith('m.cpython-312.pyc'))\n");
    let o = pyrs(&t, &["main.py"]);
    assert_eq!(o.stdout, "1 cpython-312 True\n", "{o:?}");
    assert!(t.exists(TAG_PYC));
    // The top-level script is never cached.
    assert!(!t.exists("__pycache__/main.cpython-312.pyc"));
    // The stackless engine caches under its own tag, beside the cpython engine's file.
    let o = pyrs(&t, &["--impl", "stackless", "main.py"]);
    assert_eq!(o.stdout, "1 stackless-312 False\n", "{o:?}");
    assert!(t.exists("__pycache__/m.stackless-312.pyc"));
    assert!(t.exists(TAG_PYC));
    // The engine not built yet refuses to run rather than share or fake a cache.
    let o = pyrs(&t, &["--impl", "pypy", "main.py"]);
    assert_eq!(o.status, 2, "{o:?}");
}

#[test]
fn unchanged_source_reuses_the_pyc() {
    let t = Tree::new("reuse");
    t.write("m.py", "print('m runs')\n").write("main.py", "import m\n");
    let first = pyrs(&t, &["-v", "main.py"]);
    assert!(first.stderr.contains("# created"), "{first:?}");
    let bytes = t.read(TAG_PYC);
    let mtime = fs::metadata(t.path(TAG_PYC)).unwrap().modified().unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let second = pyrs(&t, &["-v", "main.py"]);
    assert_eq!(second.stdout, "m runs\n");
    assert!(second.stderr.contains("# code object from"), "{second:?}");
    assert!(!second.stderr.contains("# created"), "{second:?}");
    assert_eq!(t.read(TAG_PYC), bytes);
    assert_eq!(fs::metadata(t.path(TAG_PYC)).unwrap().modified().unwrap(), mtime);
}

#[test]
fn edited_source_is_recompiled() {
    let t = Tree::new("edit");
    t.write_at("m.py", "print('old')\n", 1_600_000_000).write("main.py", "import m\n");
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "old\n");
    // Another size and time.
    t.write_at("m.py", "print('newer')\n", 1_600_000_100);
    let o = pyrs(&t, &["-v", "main.py"]);
    assert_eq!(o.stdout, "newer\n");
    assert!(o.stderr.contains("# bytecode is stale for 'm'"), "{o:?}");
    assert!(o.stderr.contains("# created"), "{o:?}");
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "newer\n");
}

#[test]
fn same_size_same_second_edit_needs_a_checked_hash_pyc() {
    let t = Tree::new("samesize");
    t.write_at("m.py", "print('AAA')\n", 1_600_000_000).write("main.py", "import m\n");
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "AAA\n");
    // A timestamp pyc cannot see an edit that keeps the size and the second: as in CPython,
    // the cached code runs.
    t.write_at("m.py", "print('BBB')\n", 1_600_000_000);
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "AAA\n");
    // A checked-hash pyc (compileall with SOURCE_DATE_EPOCH) sees it.
    t.write_at("m.py", "print('AAA')\n", 1_600_000_000);
    let o = pyrs_env(&t, &["-m", "compileall", "-q", "-f", "m.py"], &[("SOURCE_DATE_EPOCH", "1")]);
    assert_eq!(o.status, 0, "{o:?}");
    assert_eq!(t.read(TAG_PYC)[4], 3, "flags of a checked-hash pyc");
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "AAA\n");
    t.write_at("m.py", "print('BBB')\n", 1_600_000_000);
    let o = pyrs(&t, &["-v", "main.py"]);
    assert_eq!(o.stdout, "BBB\n", "{o:?}");
    assert!(o.stderr.contains("hash in bytecode doesn't match hash of source 'm'"), "{o:?}");
    // Rewritten as a checked-hash pyc, as CPython keeps the kind.
    assert_eq!(t.read(TAG_PYC)[4], 3);
}

#[test]
fn hash_based_invalidation_modes() {
    for (kind, flags) in [("unchecked-hash", 1u8), ("checked-hash", 3)] {
        for (mode, expect_new) in [("default", flags == 3), ("always", true), ("never", false)] {
            let t = Tree::new("modes");
            t.write("m.py", "print('first')\n").write("main.py", "import m\n");
            let o = pyrs(&t, &["-m", "compileall", "-q", "--invalidation-mode", kind, "m.py"]);
            assert_eq!(o.status, 0, "{o:?}");
            assert_eq!(t.read(TAG_PYC)[4], flags);
            t.write("m.py", "print('second')\n");
            let o = pyrs(&t, &["--check-hash-based-pycs", mode, "main.py"]);
            let want = if expect_new { "second\n" } else { "first\n" };
            assert_eq!(o.stdout, want, "{kind} pyc under --check-hash-based-pycs {mode}: {o:?}");
            if let Some(py) = support::cpython() {
                let c = Tree::new("modes-cpython");
                c.write("m.py", "print('first')\n").write("main.py", "import m\n");
                let o = run_in(py, &c.root, &["-m", "compileall", "-q", "--invalidation-mode", kind, "m.py"], &[]);
                assert_eq!(o.status, 0, "{o:?}");
                c.write("m.py", "print('second')\n");
                let o = run_in(py, &c.root, &["--check-hash-based-pycs", mode, "main.py"], &[]);
                assert_eq!(o.stdout, want, "CPython: {kind} under {mode}");
            }
        }
    }
}

#[test]
fn not_writing_bytecode() {
    let t = Tree::new("dontwrite");
    t.write("m.py", "X = 1\n").write("main.py", "import sys\nimport m\nprint(sys.dont_write_bytecode)\n");
    assert_eq!(pyrs(&t, &["-B", "main.py"]).stdout, "True\n");
    assert!(!t.exists(TAG_PYC));
    assert_eq!(pyrs_env(&t, &["main.py"], &[("PYTHONDONTWRITEBYTECODE", "1")]).stdout, "True\n");
    assert!(!t.exists(TAG_PYC));
    // Checked at each import: set at run time, it stops the next import's write.
    t.write("n.py", "Y = 2\n").write("rt.py", "import sys\nimport m\nsys.dont_write_bytecode = True\nimport n\n");
    assert_eq!(pyrs(&t, &["rt.py"]).status, 0);
    assert!(t.exists(TAG_PYC));
    assert!(!t.exists("__pycache__/n.cpython-312.pyc"));
    // An existing pyc is still read under -B.
    let o = pyrs(&t, &["-B", "-v", "main.py"]);
    assert!(o.stderr.contains("# code object from"), "{o:?}");
}

#[test]
fn pycache_prefix() {
    let t = Tree::new("prefix");
    t.write("m.py", "X = 1\n").write("main.py", "import sys, m\nprint(sys.pycache_prefix is not None, m.__cached__.startswith(sys.pycache_prefix))\n");
    let pfx = t.path("pfx").display().to_string();
    let o = pyrs(&t, &["-X", &format!("pycache_prefix={pfx}"), "main.py"]);
    assert_eq!(o.stdout, "True True\n", "{o:?}");
    let rel = t.root.strip_prefix("/").unwrap().join("m.cpython-312.pyc");
    assert!(t.path("pfx").join(&rel).is_file());
    assert!(!t.exists(TAG_PYC));
    let pfx2 = t.path("pfx2").display().to_string();
    let o = pyrs_env(&t, &["main.py"], &[("PYTHONPYCACHEPREFIX", &pfx2)]);
    assert_eq!(o.stdout, "True True\n", "{o:?}");
    assert!(t.path("pfx2").join(&rel).is_file());
    // The option wins over the environment.
    let pfx3 = t.path("pfx3").display().to_string();
    let o = run_in(&support::pyrs_bin(), &t.root, &["-X", &format!("pycache_prefix={pfx3}"), "main.py"], &[("PYTHONPYCACHEPREFIX", &pfx2)]);
    assert_eq!(o.status, 0);
    assert!(t.path("pfx3").join(&rel).is_file());
}

#[test]
fn damaged_pycs_are_ignored_and_rewritten() {
    let t = Tree::new("damaged");
    t.write("m.py", "print('from source')\n").write("main.py", "import m\n");
    assert_eq!(pyrs(&t, &["main.py"]).status, 0);
    let good = t.read(TAG_PYC);
    let mut wrong_magic = good.clone();
    wrong_magic[0] ^= 1;
    let mut bad_flags = good.clone();
    bad_flags[4] = 4;
    let mut corrupt = good.clone();
    corrupt.truncate(16);
    corrupt.extend_from_slice(b"\xff\xff\xff");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), ""),
        ("truncated header", good[..10].to_vec(), ""),
        ("wrong magic", wrong_magic, "# bad magic number in 'm'"),
        ("bad flags", bad_flags, "# invalid flags"),
        ("corrupt body", corrupt, ""),
        ("truncated body", good[..good.len() - 5].to_vec(), ""),
    ];
    for (what, data, message) in cases {
        fs::write(t.path(TAG_PYC), &data).unwrap();
        let o = pyrs(&t, &["-v", "main.py"]);
        assert_eq!((o.stdout.as_str(), o.status), ("from source\n", 0), "{what}: {o:?}");
        assert!(o.stderr.contains(message), "{what}: {o:?}");
        assert_eq!(t.read(TAG_PYC), good, "{what}: the pyc is rewritten");
    }
}

#[test]
fn read_only_pycache_is_skipped_silently() {
    use std::os::unix::fs::PermissionsExt;
    let t = Tree::new("readonly");
    t.write("m.py", "print('imported')\n").write("main.py", "import m\n");
    fs::create_dir(t.path("__pycache__")).unwrap();
    fs::set_permissions(t.path("__pycache__"), fs::Permissions::from_mode(0o555)).unwrap();
    // Root may write anyway; the point is that nothing fails either way.
    let o = pyrs(&t, &["main.py"]);
    assert_eq!((o.stdout.as_str(), o.stderr.as_str(), o.status), ("imported\n", "", 0));
    set_writable(&t.path("__pycache__")).unwrap();
    // A folder that cannot be created (a file is in the way) is skipped too.
    let u = Tree::new("blocked");
    u.write("m.py", "print('imported')\n").write("main.py", "import m\n").write("__pycache__", "not a folder");
    let o = pyrs(&u, &["main.py"]);
    assert_eq!((o.stdout.as_str(), o.stderr.as_str(), o.status), ("imported\n", "", 0));
}

#[test]
fn sourceless_import() {
    let t = Tree::new("sourceless");
    t.write("m.py", "print('compiled in', __name__, __file__.endswith('m.pyc'))\n").write("main.py", "import m\nprint(m.__cached__ == m.__file__)\n");
    let o = pyrs(&t, &["-m", "py_compile", "m.py"]);
    assert_eq!(o.status, 0, "{o:?}");
    fs::rename(t.path(TAG_PYC), t.path("m.pyc")).unwrap();
    fs::remove_file(t.path("m.py")).unwrap();
    let o = pyrs(&t, &["main.py"]);
    assert_eq!(o.stdout, "compiled in m True\nTrue\n", "{o:?}");
    // A bad one is an ImportError.
    fs::write(t.path("m.pyc"), b"\xcc\r\r\n\0\0\0\0\0\0\0\0\0\0\0\0").unwrap();
    let o = pyrs(&t, &["-c", "import m"]);
    assert!(o.stderr.contains("ImportError: bad magic number in 'm': b'\\xcc\\r\\r\\n'"), "{o:?}");
}

#[test]
fn packages_relative_and_circular_imports() {
    let files = [
        ("pkg/__init__.py", "print('pkg', __name__, __package__)\nfrom . import a\n"),
        ("pkg/a.py", "from .sub import b\nVALUE = 'a'\nfrom . import c\n"),
        ("pkg/sub/__init__.py", ""),
        ("pkg/sub/b.py", "from .. import a\nprint('b sees a partly:', hasattr(a, 'VALUE'))\n"),
        ("pkg/c.py", "from pkg.a import VALUE\n"),
        ("ns/part/mod.py", "print('namespace portion')\n"),
        ("circ1.py", "import circ2\nX = 1\n"),
        ("circ2.py", "from circ1 import X\n"),
        (
            "main.py",
            "import pkg.sub.b, pkg\n\
             print(pkg.a.VALUE, pkg.sub.b.__name__, pkg.sub.__package__, pkg.sub.b.__spec__.parent)\n\
             print(pkg.__spec__.submodule_search_locations == pkg.__path__, pkg.__file__.endswith('pkg/__init__.py'))\n\
             import ns.part.mod\n\
             print(type(ns.__path__).__name__, ns.__file__ if hasattr(ns, '__file__') else 'no file', ns.__spec__.origin)\n\
             from pkg import *\n\
             import pkg.sub as s\n\
             print(s is pkg.sub)\n\
             try:\n    import circ1\nexcept ImportError as e:\n    print(type(e).__name__, str(e).replace(__file__.rsplit('/', 1)[0], 'DIR'), e.name)\n\
             try:\n    from . import nothing\nexcept ImportError as e:\n    print(e)\n\
             try:\n    import pkg.missing\nexcept ModuleNotFoundError as e:\n    print(e, e.name)\n\
             try:\n    __import__('pkg.a', fromlist=[1])\nexcept TypeError as e:\n    print(e)\n\
             print(__import__('pkg.sub.b', fromlist=['x']).__name__, __import__('pkg.sub.b').__name__)\n",
        ),
    ];
    let o = same_as_cpython(&files, &["main.py"]);
    assert_eq!(o.status, 0, "{o:?}");
}

#[test]
fn import_errors_match_cpython() {
    let files = [
        ("m.py", "X = 1\n"),
        ("bad.py", "def f(:\n    pass\n"),
        ("raises.py", "X = 1\nraise ValueError('in module')\n"),
        (
            "main.py",
            "import sys\n\
             for stmt in ['import nope', 'import m.sub', 'from m import Y', 'import bad', 'from .. import x', 'import raises']:\n\
             \x20   try:\n\
             \x20       exec(stmt)\n\
             \x20   except Exception as e:\n\
             \x20       print(stmt, '->', type(e).__name__, str(e).replace(sys.path[0], 'DIR'), getattr(e, 'name', None))\n\
             print('raises' in sys.modules, 'm' in sys.modules)\n\
             sys.modules['blocked'] = None\n\
             try:\n    import blocked\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
        ),
    ];
    same_as_cpython(&files, &["main.py"]);
}

#[test]
fn cpython_and_pyrs_share_the_cpython_cache() {
    let Some(py) = support::cpython_or_skip("cpython_and_pyrs_share_the_cpython_cache") else {
        return;
    };
    // pyrs writes, CPython reads without rewriting.
    let t = Tree::new("interop1");
    t.write("m.py", "def f(x):\n    return [i * x for i in range(3)]\nprint(f(2), __name__)\n").write("main.py", "import m\n");
    let o = pyrs(&t, &["main.py"]);
    assert_eq!(o.stdout, "[0, 2, 4] m\n");
    let written = t.read(TAG_PYC);
    let o = run_in(py, &t.root, &["-v", "main.py"], &[]);
    assert_eq!(o.stdout, "[0, 2, 4] m\n");
    assert!(o.stderr.contains(&format!("# code object from '{}'", t.path(TAG_PYC).display())), "{}", o.stderr);
    assert_eq!(t.read(TAG_PYC), written, "CPython rewrote pyrs's pyc");
    // CPython writes, pyrs reads without rewriting.
    let u = Tree::new("interop2");
    u.write("m.py", "class C:\n    def __repr__(self):\n        return 'C()'\nprint([C()], __name__)\n").write("main.py", "import m\n");
    let o = run_in(py, &u.root, &["main.py"], &[]);
    assert_eq!(o.stdout, "[C()] m\n");
    let written = u.read(TAG_PYC);
    let o = pyrs(&u, &["-v", "main.py"]);
    assert_eq!(o.stdout, "[C()] m\n");
    assert!(o.stderr.contains("# code object from"), "{o:?}");
    assert_eq!(u.read(TAG_PYC), written, "pyrs rewrote CPython's pyc");
}

#[test]
fn dash_m_runs_modules_and_packages() {
    let files = [
        ("tool.py", "import sys\nprint(__name__, __spec__.name, repr(__package__), sys.argv[1:], sys.argv[0].endswith('tool.py'))\nif __name__ == '__main__':\n    print('main guard')\n"),
        ("app/__init__.py", "print('app init')\n"),
        ("app/__main__.py", "import sys\nfrom . import util\nprint(__name__, __spec__.name, __package__, util.X, sys.argv[0].endswith('__main__.py'))\n"),
        ("app/util.py", "X = 'util'\n"),
        ("plain/__init__.py", ""),
        ("mod.py", "Y = 1\n"),
    ];
    let norm = |o: Outcome| Outcome { stderr: o.stderr.split_once(": ").map_or(o.stderr.clone(), |(_, rest)| rest.to_string()), ..o };
    for args in [
        &["-m", "tool", "a", "b"][..],
        &["-m", "app", "x"],
        &["-m", "app.util"],
        &["-m", "plain"],
        &["-m", "nope"],
        &["-m", "nope.x"],
        &["-m", "mod.x"],
    ] {
        let a = Tree::new("dash-m");
        for (rel, text) in files {
            a.write(rel, text);
        }
        let got = norm(pyrs(&a, args));
        if let Some(py) = support::cpython() {
            let b = Tree::new("dash-m-cpython");
            for (rel, text) in files {
                b.write(rel, text);
            }
            let expected = norm(run_in(py, &b.root, args, &[]));
            assert_eq!(got, expected, "pyrs {args:?}");
        }
    }
    // The module's code is cached like any import's; the script's is not.
    let t = Tree::new("dash-m-cache");
    t.write("tool.py", "print('ran')\n");
    assert_eq!(pyrs(&t, &["-m", "tool"]).stdout, "ran\n");
    assert!(t.exists("__pycache__/tool.cpython-312.pyc"));
}

#[test]
fn concurrent_imports_never_see_a_torn_pyc() {
    let t = Tree::new("concurrent");
    let mut body = String::from("def check():\n    total = 0\n");
    for i in 0..300 {
        body.push_str(&format!("    total += {i} * len('{}')\n", "x".repeat(i % 17)));
    }
    body.push_str("    return total\n");
    t.write("m.py", &body).write("main.py", "import m\nprint(m.check())\n");
    // The reference: one import alone.
    let alone = pyrs(&t, &["main.py"]);
    assert_eq!(alone.status, 0, "{alone:?}");
    let reference = t.read(TAG_PYC);
    for round in 0..50 {
        fs::remove_dir_all(t.path("__pycache__")).unwrap();
        let children: Vec<_> = (0..8)
            .map(|_| {
                Command::new(support::pyrs_bin())
                    .arg("main.py")
                    .current_dir(&t.root)
                    .env_remove("PYTHONDONTWRITEBYTECODE")
                    .env_remove("PYTHONPYCACHEPREFIX")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", String::from_utf8_lossy(&out.stderr));
            assert_eq!(String::from_utf8_lossy(&out.stdout), alone.stdout, "round {round}");
        }
        assert_eq!(t.read(TAG_PYC), reference, "round {round}: the pyc left behind");
        let leftovers: Vec<_> = fs::read_dir(t.path("__pycache__")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers.len(), 1, "round {round}: temporary files left: {leftovers:?}");
    }
}

#[test]
fn importlib_functions_match_cpython() {
    let script = r#"import importlib, importlib.util, sys
m = importlib.import_module('mod_a')
print(m.X, importlib.import_module('pkg.sub.deep').__name__)
print(importlib.import_module('.helper', 'pkg').__name__, importlib.import_module('..helper', 'pkg.sub').__name__)
for bad in [lambda: importlib.import_module('.x'), lambda: importlib.import_module(''), lambda: importlib.import_module(5), lambda: importlib.import_module('...x', 'pkg')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.util.cache_from_source('/a/b/m.py'), importlib.util.cache_from_source('m.py', optimization=2))
print(importlib.util.source_from_cache('/a/b/__pycache__/m.cpython-312.pyc'))
for bad in ['/a/b/m.pyc', '/a/__pycache__/m.pyc']:
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print('ValueError', e)
print(importlib.util.MAGIC_NUMBER, importlib.util.source_hash(b''), importlib.util.source_hash(b'x = 1\n'))
print(importlib.util.find_spec('mod_a').name, importlib.util.find_spec('nope'), importlib.util.find_spec('pkg.helper').parent)
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('mod_a').cached == m.__cached__)
open('rl.py', 'w').write('N = 1\n')
import rl
print(rl.N)
open('rl.py', 'w').write('N = 22\nM = 3\n')
r = importlib.reload(rl)
print(r is rl, rl.N, rl.M)
try:
    importlib.reload(5)
except TypeError as e:
    print(e)
del sys.modules['rl']
try:
    importlib.reload(rl)
except ImportError as e:
    print(e, e.name)
print(importlib.invalidate_caches())
"#;
    let files = [
        ("mod_a.py", "X = 1\n"),
        ("pkg/__init__.py", ""),
        ("pkg/helper.py", ""),
        ("pkg/sub/__init__.py", ""),
        ("pkg/sub/deep.py", ""),
        ("main.py", script),
    ];
    let o = same_as_cpython(&files, &["main.py"]);
    assert_eq!(o.status, 0, "{o:?}");
}

#[test]
fn uncaught_errors_in_imported_modules_match_cpython() {
    for main in ["import badsyn\n", "import raiser\n", "from pkg import nothing_here\n", "import pkg.deeper\n", "from . import x\n"] {
        let files = [
            ("badsyn.py", "def f(:\n    pass\n"),
            ("raiser.py", "x = 1\nraise KeyError('k')\n"),
            ("pkg/__init__.py", "Y = 1\n"),
            ("pkg/deeper.py", "import raiser\n"),
            ("main.py", main),
        ];
        let o = same_as_cpython(&files, &["main.py"]);
        assert_eq!(o.status, 1, "{main}: {o:?}");
    }
}

#[test]
fn meta_path_finders_and_the_loader_protocol() {
    let script = r#"import sys, importlib.util

class Finder:
    def find_spec(self, name, path, target=None):
        if name in ("virtual", "pkgv.inner"):
            return importlib.util.spec_from_loader(name, Loader())
        return None

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42

sys.meta_path.insert(0, Finder())
import virtual
print(virtual.answer, virtual.__name__, type(virtual.__spec__).__name__, virtual.__loader__.__class__.__name__)
import pkgv.inner
print(pkgv.inner.answer, pkgv.inner.__package__)
print(type(sys.meta_path[0]).__name__, [f.__name__ for f in sys.meta_path[1:] if isinstance(f, type)][-1:])
spec = importlib.util.spec_from_file_location("plug", "sub/plugin_file.py")
print(spec.name, spec.origin.endswith("sub/plugin_file.py"), spec.cached.endswith("sub/__pycache__/plugin_file.cpython-312.pyc"), repr(spec.parent), spec.has_location)
m = importlib.util.module_from_spec(spec)
print(m.__name__, m.__file__.endswith("plugin_file.py"), "plug" in sys.modules)
spec.loader.exec_module(m)
print(m.VAL, m.__spec__ is spec)
code = spec.loader.get_code("plug")
print(type(code).__name__, code.co_filename.endswith("plugin_file.py"))
print(spec.loader.is_package("plug"), spec.loader.get_filename().endswith("plugin_file.py"))
print(importlib.util.spec_from_file_location("x", "data.txt"))

class Failing:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        raise RuntimeError("exec failed")

class Finder2:
    def find_spec(self, name, path, target=None):
        return importlib.util.spec_from_loader(name, Failing()) if name == "broken" else None

sys.meta_path.insert(0, Finder2())
try:
    import broken
except RuntimeError as e:
    print(e, "broken" in sys.modules)
"#;
    let files = [
        ("sub/plugin_file.py", "print('plugin', __name__, __file__.rsplit('/', 1)[1])\nVAL = 7\n"),
        ("pkgv/__init__.py", ""),
        ("main.py", script),
    ];
    let o = same_as_cpython(&files, &["main.py"]);
    assert_eq!(o.status, 0, "{o:?}");
}

#[test]
fn verbose_reports_like_cpython() {
    let Some(py) = support::cpython_or_skip("verbose_reports_like_cpython") else {
        return;
    };
    // The import decisions about the tree's own module, in order, as `python -v` words them
    // (the loader's address aside).
    let decisions = |o: &Outcome, root: &Path| -> Vec<String> {
        let root = root.display().to_string();
        o.stderr
            .lines()
            .filter(|l| l.contains(&root) || l.starts_with("import 'm'"))
            .map(|l| l.replace(&root, "ROOT").split(" object at ").next().unwrap().to_string())
            .collect()
    };
    let (a, b) = (Tree::new("verbose-pyrs"), Tree::new("verbose-cpython"));
    for t in [&a, &b] {
        t.write("m.py", "X = 1\n").write("main.py", "import m\n");
    }
    let steps: [(&str, Option<&str>); 4] = [("fresh", None), ("cached", None), ("edited", Some("X = 22\n")), ("bad magic", None)];
    for (what, edit) in steps {
        for t in [&a, &b] {
            if let Some(text) = edit {
                t.write_at("m.py", text, MTIME + 50);
            }
            if what == "bad magic" {
                let mut data = t.read(TAG_PYC);
                data[0] ^= 1;
                fs::write(t.path(TAG_PYC), data).unwrap();
            }
        }
        let got = pyrs(&a, &["-v", "main.py"]);
        let expected = run_in(py, &b.root, &["-v", "main.py"], &[]);
        let seen = decisions(&got, &a.root);
        assert!(seen.iter().any(|l| l.starts_with("# code object from")), "{what}: {seen:?}");
        assert_eq!(seen, decisions(&expected, &b.root), "{what}");
    }
}

#[test]
fn pycache_prefix_set_at_run_time() {
    let t = Tree::new("prefix-runtime");
    let pfx = t.path("rt-prefix").display().to_string();
    t.write("m.py", "X = 1\n").write("main.py", &format!("import sys\nsys.pycache_prefix = {pfx:?}\nimport m\nprint(m.__cached__.startswith(sys.pycache_prefix))\n"));
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "True\n");
    assert!(!t.exists(TAG_PYC));
    let rel = t.root.strip_prefix("/").unwrap().join("m.cpython-312.pyc");
    assert!(t.path("rt-prefix").join(rel).is_file());
}

#[test]
fn dunder_import_without_fromlist_returns_what_cpython_does() {
    let files = [
        ("p/__init__.py", ""),
        ("p/a.py", "__name__ = 'renamed'\n"),
        ("p/q/__init__.py", ""),
        ("p/q/r.py", ""),
        (
            "main.py",
            "g = {'__package__': 'p', '__name__': 'p.m'}\n\
             print(__import__('a', g, None, None, 1).__name__)\n\
             print(__import__('q.r', g, None, None, 1).__name__)\n\
             print(__import__('p.q.r').__name__, __import__('p.q.r', fromlist=['r']).__name__)\n",
        ),
    ];
    same_as_cpython(&files, &["main.py"]);
    // With the package gone from sys.modules, CPython 3.12 formats its KeyError from a string it
    // has already freed (the message is garbage); pyrs names the module it looked for.
    let t = Tree::new("not-as-expected");
    for (rel, text) in &files[..4] {
        t.write(rel, text);
    }
    t.write(
        "main.py",
        "import sys\ng = {'__package__': 'p', '__name__': 'p.m'}\n__import__('q.r', g, None, None, 1)\ndel sys.modules['p.q']\n\
         try:\n    __import__('q.r', g, None, None, 1)\nexcept KeyError as e:\n    print('KeyError', e)\n",
    );
    assert_eq!(pyrs(&t, &["main.py"]).stdout, "KeyError \"'p.q' not in sys.modules as expected\"\n");
}
