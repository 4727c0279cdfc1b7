//! The differential half of the robustness tests: CPython 3.12 compiles a batch of sources in
//! one process (restarted past any source that crashes it), and pyrs's code objects are compared
//! with CPython's, read back from marshal data.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use pyrs::bytecode::code::{CodeObject, Constant};
use pyrs::bytecode::dis::disassemble;
use pyrs::bytecode::marshal;

/// The file name every source is compiled under, by both implementations.
pub const FILENAME: &str = "mutant.py";

/// Compiles `<dir>/<i>.py` for i in `start..count` as `compile(source, FILENAME, 'exec')`
/// does, writing `<dir>/<i>.marshal` for what compiles. Prints `BEGIN i` before each source
/// (so that a crash can be pinned on it), then `OK i`, `ERR i<TAB>class<TAB>line<TAB>msg`, or
/// `NOMARSHAL i<TAB>class<TAB>msg` when the code compiles but marshal refuses it. Core dumps
/// are turned off: CPython 3.12.1 crashes on some sources.
const ORACLE: &str = r#"
import marshal, resource, sys, warnings
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
warnings.simplefilter('ignore')
d, start, count, filename = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
for i in range(start, count):
    print('BEGIN', i, flush=True)
    with open(f'{d}/{i}.py', 'rb') as f:
        source = f.read()
    try:
        code = compile(source, filename, 'exec', dont_inherit=True)
    except BaseException as e:
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        line = e.lineno if isinstance(e, SyntaxError) and isinstance(e.lineno, int) and e.lineno > 0 else 0
        msg = msg.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
        print(f'ERR {i}\t{type(e).__name__}\t{line}\t{msg}', flush=True)
        continue
    try:
        data = marshal.dumps(code)
    except Exception as e:
        print(f'NOMARSHAL {i}\t{type(e).__name__}\t{e}', flush=True)
        continue
    with open(f'{d}/{i}.marshal', 'wb') as f:
        f.write(data)
    print(f'OK {i}', flush=True)
"#;

/// What CPython made of one source.
#[derive(Debug)]
pub enum Cpython {
    Compiled(CodeObject),
    /// Class, line (0 if none or not positive) and message of the exception `compile()` raised.
    Rejected(String, u32, String),
    /// Compiled, but marshal refused the code object (class and message).
    Unmarshallable(String, String),
    /// The process died compiling it (CPython 3.12.1 crashes on some deeply nested sources).
    Crashed(String),
}

/// A scratch directory removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("pyrs-robustness-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Compiles every source with CPython 3.12 (`py`), in one process as long as it survives.
pub fn cpython_compile(py: &Path, sources: &[Vec<u8>], name: &str) -> Vec<Cpython> {
    let scratch = Scratch::new(name);
    let dir = &scratch.0;
    for (i, s) in sources.iter().enumerate() {
        fs::write(dir.join(format!("{i}.py")), s).unwrap();
    }
    let mut results: Vec<Option<Cpython>> = (0..sources.len()).map(|_| None).collect();
    let mut start = 0;
    while start < sources.len() {
        let out = Command::new(py)
            .arg("-c")
            .arg(ORACLE)
            .arg(dir)
            .arg(start.to_string())
            .arg(sources.len().to_string())
            .arg(FILENAME)
            .output()
            .expect("run CPython");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut current = None;
        for line in text.lines() {
            if let Some(i) = line.strip_prefix("BEGIN ") {
                current = Some(i.parse::<usize>().unwrap());
            } else if let Some(i) = line.strip_prefix("OK ") {
                let i: usize = i.parse().unwrap();
                let data = fs::read(dir.join(format!("{i}.marshal"))).unwrap();
                let code = marshal::loads_code(&data).unwrap_or_else(|e| {
                    panic!("pyrs cannot read CPython's marshal data of case {i}: {e}")
                });
                results[i] = Some(Cpython::Compiled((*code).clone()));
                current = None;
            } else if let Some(rest) = line.strip_prefix("NOMARSHAL ") {
                let mut f = rest.splitn(3, '\t');
                let i: usize = f.next().unwrap().parse().unwrap();
                let class = f.next().unwrap().to_string();
                results[i] = Some(Cpython::Unmarshallable(
                    class,
                    f.next().unwrap_or("").to_string(),
                ));
                current = None;
            } else if let Some(rest) = line.strip_prefix("ERR ") {
                let mut f = rest.splitn(4, '\t');
                let i: usize = f.next().unwrap().parse().unwrap();
                let class = f.next().unwrap().to_string();
                let lineno = f.next().unwrap().parse().unwrap_or_else(|_| panic!("unexpected oracle line: {line:?}"));
                results[i] = Some(Cpython::Rejected(
                    class,
                    lineno,
                    f.next().unwrap_or("").to_string(),
                ));
                current = None;
            }
        }
        if out.status.success() {
            break;
        }
        let Some(i) = current else {
            panic!(
                "the CPython oracle failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        results[i] = Some(Cpython::Crashed(format!("{}", out.status)));
        start = i + 1;
    }
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|| panic!("the CPython oracle said nothing of case {i}")))
        .collect()
}

/// Compares two code objects as CPython's `==` does plus every field marshal stores (location
/// and exception tables, localsplus kinds, names), recursively through the constants. Frozenset
/// constants compare as sets: CPython writes their elements in hash order, pyrs in the order the
/// compiler added them. Returns where they first differ.
pub fn same_code(ours: &CodeObject, theirs: &CodeObject) -> Result<(), String> {
    code_diff(ours, theirs, "module")
}

fn code_diff(a: &CodeObject, b: &CodeObject, path: &str) -> Result<(), String> {
    let path = format!("{path}<{}>", b.qualname);
    let fields: [(&str, bool); 15] = [
        ("argcount", a.argcount == b.argcount),
        ("posonlyargcount", a.posonlyargcount == b.posonlyargcount),
        ("kwonlyargcount", a.kwonlyargcount == b.kwonlyargcount),
        ("stacksize", a.stacksize == b.stacksize),
        ("flags", a.flags == b.flags),
        ("code", a.code == b.code),
        ("names", a.names == b.names),
        ("localsplusnames", a.localsplusnames == b.localsplusnames),
        ("localspluskinds", a.localspluskinds == b.localspluskinds),
        ("filename", a.filename == b.filename),
        ("name", a.name == b.name),
        ("qualname", a.qualname == b.qualname),
        ("firstlineno", a.firstlineno == b.firstlineno),
        ("linetable", a.linetable == b.linetable),
        ("exceptiontable", a.exceptiontable == b.exceptiontable),
    ];
    if let Some((field, _)) = fields.iter().find(|(_, same)| !same) {
        return Err(format!("{path}.{field} differs"));
    }
    if a.consts.len() != b.consts.len() {
        return Err(format!(
            "{path}.consts: {} constants, CPython {}",
            a.consts.len(),
            b.consts.len()
        ));
    }
    for (i, (x, y)) in a.consts.iter().zip(&b.consts).enumerate() {
        const_diff(x, y, &format!("{path}.consts[{i}]"))?;
    }
    Ok(())
}

fn const_diff(a: &Constant, b: &Constant, path: &str) -> Result<(), String> {
    let items = |x: &[Constant], y: &[Constant]| -> Result<(), String> {
        if x.len() != y.len() {
            return Err(format!("{path}: {} items, CPython {}", x.len(), y.len()));
        }
        x.iter()
            .zip(y)
            .enumerate()
            .try_for_each(|(i, (p, q))| const_diff(p, q, &format!("{path}[{i}]")))
    };
    match (a, b) {
        (Constant::Code(x), Constant::Code(y)) => code_diff(x, y, path),
        (Constant::Tuple(x), Constant::Tuple(y)) => items(x, y),
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            let found = x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| p.same_as(q)));
            if found {
                Ok(())
            } else {
                Err(format!("{path}: frozensets differ"))
            }
        }
        _ if a.same_as(b) => Ok(()),
        _ => Err(format!("{path}: {a:?} != CPython's {b:?}")),
    }
}

/// The first lines where the disassemblies of two code objects differ, for a failure message.
pub fn dis_diff(ours: &CodeObject, theirs: &CodeObject) -> String {
    let (a, b) = (disassemble(ours), disassemble(theirs));
    let mut out = String::new();
    for (n, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            let _ = writeln!(out, "  line {n}:\n    pyrs:    {x}\n    CPython: {y}");
            if out.len() > 600 {
                break;
            }
        }
    }
    if out.is_empty() && a.lines().count() != b.lines().count() {
        out = format!(
            "  {} lines of dis, CPython {}",
            a.lines().count(),
            b.lines().count()
        );
    }
    out
}
