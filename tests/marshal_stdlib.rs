//! Every standard-library module compiled by CPython 3.12 into a temporary directory: pyrs's
//! pyc reader must read each one, and what pyrs's marshal writer makes of it must load in
//! CPython as a code object equal to the original (code `==`, plus the location and exception
//! tables and the constants, recursively, compared by type and value).

mod support;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use pyrs::bytecode::code::{CodeObject, Constant};
use pyrs::bytecode::marshal;
use pyrs::bytecode::pyc;

/// Compiles the files listed on stdin (one per line) to `<out>/<index>.pyc` and prints the
/// indexes that compiled.
const COMPILE: &str = r#"
import py_compile, sys, warnings
warnings.simplefilter('ignore')
out = sys.argv[1]
for i, line in enumerate(sys.stdin.read().splitlines()):
    try:
        py_compile.compile(line, cfile=f'{out}/{i}.pyc', doraise=True)
    except py_compile.PyCompileError:
        continue
    print(i)
"#;

/// Loads `<orig>/<i>.pyc` and `<back>/<i>.pyc` for the indexes on stdin and compares them.
const COMPARE: &str = r#"
import marshal, struct, sys, types
ATTRS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags',
         'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_nlocals',
         'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
         'co_exceptiontable')
def same(a, b, path):
    if type(a) is not type(b):
        return f'{path}: {type(a).__name__} != {type(b).__name__}'
    if isinstance(a, types.CodeType):
        for attr in ATTRS:
            if getattr(a, attr) != getattr(b, attr):
                return f'{path}.{attr} differs'
        return same(a.co_consts, b.co_consts, path + '.co_consts')
    if isinstance(a, (tuple, list)):
        if len(a) != len(b):
            return f'{path}: lengths differ'
        for i, (x, y) in enumerate(zip(a, b)):
            r = same(x, y, f'{path}[{i}]')
            if r:
                return r
        return None
    if isinstance(a, frozenset):
        if a != b or sorted(map(repr, a)) != sorted(map(repr, b)):
            return f'{path}: frozensets differ'
        return None
    if isinstance(a, float):
        return None if struct.pack('<d', a) == struct.pack('<d', b) else f'{path}: {a!r} != {b!r}'
    if isinstance(a, complex):
        ok = struct.pack('<dd', a.real, a.imag) == struct.pack('<dd', b.real, b.imag)
        return None if ok else f'{path}: {a!r} != {b!r}'
    return None if a == b else f'{path}: {a!r} != {b!r}'
orig, back = sys.argv[1], sys.argv[2]
n = bad = 0
for line in sys.stdin.read().split():
    with open(f'{orig}/{line}.pyc', 'rb') as f:
        a = f.read()
    with open(f'{back}/{line}.pyc', 'rb') as f:
        b = f.read()
    n += 1
    try:
        r = None if a[:16] == b[:16] else 'headers differ'
        x, y = marshal.loads(a[16:]), marshal.loads(b[16:])
        # `==` on code objects compares constants, and NaN constants are never equal to
        # those of another load: then only the field-by-field comparison below applies.
        if x != y and x == marshal.loads(a[16:]):
            r = r or 'code objects differ'
        r = r or same(x, y, 'code')
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    if r:
        bad += 1
        if bad <= 20:
            print(f'MISMATCH {line}: {r}')
print(f'checked {n} mismatches {bad}')
"#;

fn count_code(code: &CodeObject) -> usize {
    1 + code
        .consts
        .iter()
        .map(|c| match c {
            Constant::Code(inner) => count_code(inner),
            _ => 0,
        })
        .sum::<usize>()
}

fn scratch_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrs-marshal-stdlib-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("orig")).unwrap();
    fs::create_dir_all(dir.join("back")).unwrap();
    dir
}

fn run_python(py: &Path, script: &str, args: &[&Path], stdin: &str) -> String {
    let mut child = Command::new(py)
        .arg("-c")
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("run CPython");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "CPython failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn stdlib_pycs_round_trip() {
    let Some(py) = support::cpython_or_skip("stdlib_pycs_round_trip") else {
        return;
    };
    let sources = support::stdlib_sources();
    assert!(!sources.is_empty(), "no standard library sources found");
    let dir = scratch_dir();
    let (orig, back) = (dir.join("orig"), dir.join("back"));

    let t = Instant::now();
    let list: String = sources
        .iter()
        .map(|p| format!("{}\n", p.display()))
        .collect();
    let compiled = run_python(py, COMPILE, &[&orig], &list);
    let indexes: Vec<&str> = compiled.split_whitespace().collect();
    let cpython_time = t.elapsed();

    let files: Vec<(String, Vec<u8>)> = indexes
        .iter()
        .map(|i| {
            (
                i.to_string(),
                fs::read(orig.join(format!("{i}.pyc"))).unwrap(),
            )
        })
        .collect();
    let in_bytes: usize = files.iter().map(|(_, d)| d.len()).sum();

    let t = Instant::now();
    let mut codes = Vec::with_capacity(files.len());
    let mut failures = Vec::new();
    for (i, data) in &files {
        match pyc::read_pyc(data, i, i) {
            Ok((_, code)) => codes.push((i.clone(), data[..16].to_vec(), code)),
            Err(e) => failures.push(format!(
                "{} ({i}): {e}",
                sources[i.parse::<usize>().unwrap()].display()
            )),
        }
    }
    let read_time = t.elapsed();
    assert!(
        failures.is_empty(),
        "pyrs could not read {} pycs:\n{}",
        failures.len(),
        failures.join("\n")
    );

    let t = Instant::now();
    let written: Vec<Vec<u8>> = codes
        .iter()
        .map(|(_, header, code)| {
            let mut out = header.clone();
            marshal::dump_code_into(code, &mut out);
            out
        })
        .collect();
    let write_time = t.elapsed();
    let out_bytes: usize = written.iter().map(Vec::len).sum();

    let mut code_objects = 0;
    for ((i, _, code), data) in codes.iter().zip(&written) {
        code_objects += count_code(code);
        let again = marshal::loads_code(&data[16..]).unwrap();
        assert!(
            again.same_as(code),
            "pyrs does not read back what it wrote for {i}"
        );
        fs::write(back.join(format!("{i}.pyc")), data).unwrap();
    }

    let t = Instant::now();
    let report = run_python(py, COMPARE, &[&orig, &back], &compiled);
    let compare_time = t.elapsed();
    eprintln!(
        "{} sources, {} compiled by CPython in {:.1?}; {} code objects, {} bytes of pyc read by pyrs in {:.1?}, \
         written again in {:.1?} ({} bytes); CPython compared them in {:.1?}",
        sources.len(),
        files.len(),
        cpython_time,
        code_objects,
        in_bytes,
        read_time,
        write_time,
        out_bytes,
        compare_time
    );
    eprint!("{report}");
    let ok = report.ends_with(&format!("checked {} mismatches 0\n", files.len()));
    if ok {
        let _ = fs::remove_dir_all(&dir);
    }
    assert!(
        ok,
        "mismatches (the pycs are kept in {}):\n{report}",
        dir.display()
    );
}
