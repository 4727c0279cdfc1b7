//! Fuzzing the marshal and pyc readers: random bytes, randomly generated marshal streams, and
//! mutations of real pycs (bit flips, byte changes, truncations, splices, corrupted length
//! fields). No input may panic; every failure must be a clear Python exception; each input
//! must be handled in bounded time and memory; and whatever loads must write and load back to
//! the same bytes. A small deterministic PRNG of our own drives everything, so a failure is
//! reproducible from its printed seed and iteration.

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pyrs::bytecode::code::{CodeObject, Constant};
use pyrs::bytecode::marshal;
use pyrs::bytecode::pyc;

/// Counts the bytes allocated by the current thread, and the peak since the last reset.
struct Counting;

thread_local! {
    static CURRENT: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    let _ = CURRENT.try_with(|c| {
        let now = c.get() + delta;
        c.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            track(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        track(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The bytes allocated beyond what was live before `f` ran, at the peak.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = CURRENT.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let r = f();
    let peak = PEAK.with(Cell::get);
    (r, (peak - base).max(0) as usize)
}

/// xorshift64*: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const ALLOWED: &[&str] = &[
    "ValueError",
    "EOFError",
    "TypeError",
    "SystemError",
    "UnicodeDecodeError",
    "ImportError",
];

/// What the runs observed, for the report.
#[derive(Default)]
struct Stats {
    inputs: usize,
    loaded: usize,
    slowest: Duration,
    worst_ratio: f64,
    peak: usize,
}

/// Reads one input as a pyc (when `pyc`, its marshal body starts after the header) and as a
/// bare marshal stream, checking every property.
fn check(data: &[u8], pyc: bool, what: &str, stats: &mut Stats) {
    stats.inputs += 1;
    let t = Instant::now();
    let (results, peak) = peak_during(|| {
        catch_unwind(AssertUnwindSafe(|| {
            let as_pyc = pyc::read_pyc(data, "m", "m.pyc")
                .map(|_| ())
                .map_err(|e| (e.exc_type, e.msg));
            let body = if pyc {
                data.get(16..).unwrap_or(&[])
            } else {
                data
            };
            let as_value = marshal::loads(body).map_err(|e| (e.exc_type, e.msg));
            (as_pyc, as_value)
        }))
    });
    let elapsed = t.elapsed();
    let Ok((as_pyc, as_value)) = results else {
        panic!("{what}: the reader panicked on {}", hex(data));
    };
    for r in [&as_pyc.as_ref().map(|_| ()), &as_value.as_ref().map(|_| ())] {
        if let Err((exc, msg)) = r {
            assert!(
                ALLOWED.contains(exc),
                "{what}: unexpected exception {exc}: {msg}"
            );
            assert!(!msg.is_empty(), "{what}: {exc} without a message");
        }
    }
    assert!(
        elapsed < Duration::from_secs(2),
        "{what}: {elapsed:?} for {} bytes",
        data.len()
    );
    stats.slowest = stats.slowest.max(elapsed);
    let limit = 256 * data.len() + (4 << 20);
    assert!(
        peak <= limit,
        "{what}: {peak} bytes allocated for a {}-byte input",
        data.len()
    );
    stats.peak = stats.peak.max(peak);
    if data.len() >= 64 {
        stats.worst_ratio = stats.worst_ratio.max(peak as f64 / data.len() as f64);
    }
    if let Ok(value) = as_value {
        stats.loaded += 1;
        // What loads writes back to bytes that load and write to the same bytes.
        let once = marshal::try_dumps(&value).unwrap_or_else(|e| panic!("{what}: {e}"));
        let again = marshal::loads(&once)
            .unwrap_or_else(|e| panic!("{what}: written data does not load: {e}"));
        assert_eq!(
            marshal::dumps(&again),
            once,
            "{what}: writing is not stable"
        );
    }
}

fn hex(data: &[u8]) -> String {
    let shown: String = data.iter().take(256).map(|b| format!("{b:02x}")).collect();
    if data.len() > 256 {
        format!("{shown}... ({} bytes)", data.len())
    } else {
        shown
    }
}

/// Real pycs: CPython's own, from the standard library's caches when CPython is here, and
/// always some written by pyrs.
fn corpus() -> Vec<Vec<u8>> {
    let mut out = vec![pyc::timestamp_pyc(&synthetic_code(), 12345, 678)];
    if let Some(dir) = support::stdlib_dir() {
        let mut pycs: Vec<_> = walkdir(dir)
            .into_iter()
            .filter(|p| p.to_string_lossy().ends_with(".cpython-312.pyc"))
            .filter_map(|p| std::fs::read(&p).ok())
            .filter(|d| d.len() < 24_000)
            .collect();
        pycs.sort_by_key(Vec::len);
        let step = (pycs.len() / 40).max(1);
        out.extend(pycs.into_iter().step_by(step).take(40));
    } else {
        eprintln!("CPython's standard library is not available: fuzzing pyrs-written pycs only");
    }
    out
}

fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.ends_with("site-packages") {
                    stack.push(p);
                }
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn synthetic_code() -> CodeObject {
    let inner = CodeObject {
        argcount: 1,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 2,
        flags: 3,
        code: vec![0x97, 0, 0x7c, 0, 0x53, 0],
        consts: vec![
            Constant::None,
            Constant::Float(f64::NAN),
            Constant::Int(num_bigint::BigInt::from(3).pow(90)),
        ],
        names: vec![Arc::from("len")],
        localsplusnames: vec![Arc::from("x")],
        localspluskinds: vec![0x20],
        filename: Arc::from("fuzz.py"),
        name: Arc::from("f"),
        qualname: Arc::from("f"),
        firstlineno: 2,
        linetable: vec![0x80, 0x00, 0xd8, 0x0b],
        exceptiontable: vec![0x82, 0x04, 0x06, 0x02],
    };
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 1,
        flags: 0,
        code: vec![0x97, 0, 0x64, 0, 0x5a, 0, 0x79, 1],
        consts: vec![
            Constant::Code(Arc::new(inner)),
            Constant::str("a string constant"),
            Constant::FrozenSet(Arc::from(vec![
                Constant::str("a"),
                Constant::int(1),
                Constant::Complex { re: 1.0, im: -2.0 },
            ])),
            Constant::tuple(vec![
                Constant::Bool(true),
                Constant::Ellipsis,
                Constant::Bytes(Arc::from(&b"xyz"[..])),
            ]),
            Constant::str("fuzz.py"),
        ],
        names: vec![Arc::from("f")],
        localsplusnames: vec![],
        localspluskinds: vec![],
        filename: Arc::from("fuzz.py"),
        name: Arc::from("<module>"),
        qualname: Arc::from("<module>"),
        firstlineno: 1,
        linetable: vec![0xf0, 0x03, 0x01, 0x01],
        exceptiontable: vec![],
    }
}

const INTERESTING_BYTES: &[u8] = &[
    0, 1, 2, 0x7f, 0x80, 0xff, b'N', b'r', b'c', b'(', b')', b'z', b'u', b's', b'l', b'0', 0xe3,
    0xf2,
];
const INTERESTING_I32: &[i32] = &[
    0,
    1,
    2,
    -1,
    -2,
    255,
    256,
    0x7fff,
    0x8000,
    0xffff,
    0x10000,
    i32::MAX,
    i32::MIN,
    1 << 24,
];
const LENGTH_CODES: &[u8] = b"sauti(l[<>r";

fn mutate(rng: &mut Rng, data: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut d = data.to_vec();
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        if d.is_empty() {
            d.push(rng.byte());
        }
        match rng.below(8) {
            0 => {
                for _ in 0..1 + rng.below(4) {
                    let i = rng.below(d.len());
                    d[i] ^= 1 << rng.below(8);
                }
            }
            1 => {
                let i = rng.below(d.len());
                d[i] = if rng.chance(2) {
                    *rng.pick(INTERESTING_BYTES)
                } else {
                    rng.byte()
                };
            }
            2 => d.truncate(rng.below(d.len() + 1)),
            3 => {
                // Splice a piece of another pyc in, replacing or inserting.
                let other = rng.pick(corpus);
                let a = rng.below(other.len());
                let b = (a + 1 + rng.below(64)).min(other.len());
                let at = rng.below(d.len() + 1);
                let piece = other[a..b].to_vec();
                if rng.chance(2) {
                    let end = (at + piece.len()).min(d.len());
                    d.splice(at..end, piece);
                } else {
                    d.splice(at..at, piece);
                }
            }
            4 | 5 => {
                // Corrupt the length field after something that looks like a type code.
                let starts: Vec<usize> = (0..d.len().saturating_sub(5))
                    .filter(|&i| LENGTH_CODES.contains(&(d[i] & 0x7f)))
                    .collect();
                if starts.is_empty() {
                    continue;
                }
                let i = *rng.pick(&starts) + 1;
                let old = i32::from_le_bytes([d[i], d[i + 1], d[i + 2], d[i + 3]]);
                let v = match rng.below(3) {
                    0 => *rng.pick(INTERESTING_I32),
                    1 => old.wrapping_add(rng.below(5) as i32 - 2),
                    _ => old.wrapping_mul(1 + rng.below(1000) as i32),
                };
                d[i..i + 4].copy_from_slice(&v.to_le_bytes());
            }
            6 => {
                // Short lengths: the byte after z, Z or ).
                let starts: Vec<usize> = (0..d.len().saturating_sub(1))
                    .filter(|&i| b"zZ)".contains(&(d[i] & 0x7f)))
                    .collect();
                if let Some(&i) = starts.get(rng.below(starts.len().max(1))) {
                    d[i + 1] = rng.byte();
                }
            }
            _ => {
                // Delete or duplicate a range.
                let a = rng.below(d.len());
                let b = (a + 1 + rng.below(32)).min(d.len());
                if rng.chance(2) {
                    d.drain(a..b);
                } else {
                    let piece = d[a..b].to_vec();
                    d.splice(b..b, piece);
                }
            }
        }
    }
    d
}

/// A random marshal stream from the grammar, with random flaws.
fn generate(rng: &mut Rng, depth: usize, out: &mut Vec<u8>) {
    let codes = b"NTF.Siilgyszzzuttaa()))[<>{cr0?IfxAZ";
    let mut t = *rng.pick(codes);
    if depth > 6 && b"([<>{c)".contains(&t) {
        t = b'N';
    }
    out.push(if rng.chance(4) { t | 0x80 } else { t });
    let small_i32 = |rng: &mut Rng| -> [u8; 4] {
        let v = if rng.chance(8) {
            *rng.pick(INTERESTING_I32)
        } else {
            rng.below(6) as i32
        };
        v.to_le_bytes()
    };
    match t {
        b'i' | b'r' => out.extend_from_slice(&small_i32(rng)),
        b'I' | b'g' => out.extend((0..8).map(|_| rng.byte())),
        b'y' => out.extend((0..16).map(|_| rng.byte())),
        b'l' => {
            let n = rng.below(5) as i32 - 2;
            out.extend_from_slice(&n.to_le_bytes());
            for _ in 0..n.unsigned_abs() {
                out.extend_from_slice(&(rng.below(0x8002) as u16).to_le_bytes());
            }
        }
        b'f' | b'x' => {
            let texts: &[&[u8]] = &[b"1.5", b"-inf", b"nan", b"1e5", b"x", b"", b"1_0"];
            for _ in 0..(if t == b'x' { 2 } else { 1 }) {
                let s = rng.pick(texts);
                out.push(s.len() as u8);
                out.extend_from_slice(s);
            }
        }
        b's' | b'a' | b'u' | b't' | b'A' => {
            let n = rng.below(6);
            out.extend_from_slice(&(n as i32).to_le_bytes());
            out.extend((0..n).map(|_| {
                if rng.chance(3) {
                    rng.byte()
                } else {
                    b'a' + rng.below(3) as u8
                }
            }));
        }
        b'z' | b'Z' => {
            let n = rng.below(6);
            out.push(n as u8);
            out.extend((0..n).map(|_| b'a' + rng.below(3) as u8));
        }
        b'(' | b')' | b'[' | b'<' | b'>' => {
            let n = rng.below(4);
            if t == b')' {
                out.push(n as u8);
            } else {
                out.extend_from_slice(&(n as i32).to_le_bytes());
            }
            for _ in 0..n {
                generate(rng, depth + 1, out);
            }
        }
        b'{' => {
            for _ in 0..rng.below(3) * 2 {
                generate(rng, depth + 1, out);
            }
            out.push(b'0');
        }
        b'c' => {
            for _ in 0..5 {
                out.extend_from_slice(&small_i32(rng));
            }
            for field in 0..10 {
                if field == 8 {
                    out.extend_from_slice(&small_i32(rng));
                }
                generate(rng, depth + 1, out);
            }
        }
        _ => {}
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng::new(1);
    let mut stats = Stats::default();
    for i in 0..20_000 {
        let len = if rng.chance(50) {
            rng.below(4096)
        } else {
            rng.below(48)
        };
        let data: Vec<u8> = (0..len).map(|_| rng.byte()).collect();
        check(&data, i % 2 == 0, &format!("random bytes #{i}"), &mut stats);
    }
    eprintln!(
        "random bytes: {} inputs, {} loaded, slowest {:?}",
        stats.inputs, stats.loaded, stats.slowest
    );
}

#[test]
fn generated_streams() {
    let mut rng = Rng::new(2);
    let mut stats = Stats::default();
    for i in 0..30_000 {
        let mut data = Vec::new();
        generate(&mut rng, 0, &mut data);
        check(&data, false, &format!("generated stream #{i}"), &mut stats);
    }
    eprintln!(
        "generated streams: {} inputs, {} loaded, slowest {:?}",
        stats.inputs, stats.loaded, stats.slowest
    );
    assert!(
        stats.loaded > 1000,
        "the generator produces too little valid data"
    );
}

#[test]
fn mutated_pycs() {
    let corpus = corpus();
    let mut rng = Rng::new(3);
    let mut stats = Stats::default();
    for data in &corpus {
        check(data, true, "corpus pyc", &mut stats);
    }
    let average = corpus.iter().map(Vec::len).sum::<usize>() / corpus.len();
    // About 120 MB of mutated input in all.
    let rounds = (120_000_000 / average.max(1)).clamp(1000, 30_000);
    for i in 0..rounds {
        let seed = rng.pick(&corpus).clone();
        let data = mutate(&mut rng, &seed, &corpus);
        check(&data, true, &format!("mutation #{i}"), &mut stats);
    }
    eprintln!(
        "mutated pycs: {} corpus files, {} inputs, {} loaded, slowest {:?}, peak {} bytes, worst {:.1} bytes allocated per input byte",
        corpus.len(),
        stats.inputs,
        stats.loaded,
        stats.slowest,
        stats.peak,
        stats.worst_ratio
    );
}

/// Inputs built to be expensive: wide reference fan-out (whose expansion as a tree is
/// astronomically large), deep nesting through references, and sets of such values.
#[test]
fn adversarial_structures() {
    let mut stats = Stats::default();
    // 200 levels of tuples, each holding 255 references to the level below.
    let mut d = vec![b'(', 0, 0, 0, 0];
    d[1..5].copy_from_slice(&201i32.to_le_bytes());
    d.extend_from_slice(b"\xa9\x01N");
    for k in 0..200i32 {
        d.extend_from_slice(b"\xa9\xff");
        for _ in 0..255 {
            d.push(b'r');
            d.extend_from_slice(&k.to_le_bytes());
        }
    }
    check(&d, false, "fan-out", &mut stats);
    let v = marshal::loads(&d).expect("the fan-out loads");
    assert!(marshal::dumps(&v).len() < 2 * d.len());
    // The same levels inside a frozenset twice over: hashing and comparing them is bounded.
    let mut s = vec![b'>', 2, 0, 0, 0];
    s.extend_from_slice(&d);
    s.extend_from_slice(&d);
    check(&s, false, "frozenset of fan-outs", &mut stats);
    let e = marshal::loads(&s).unwrap_err();
    assert_eq!(
        e.msg,
        "bad marshal data (set or dict keys too costly to compare)"
    );
    // A chain of references 5000 deep.
    let mut c = vec![b'(', 0, 0, 0, 0];
    c[1..5].copy_from_slice(&5001i32.to_le_bytes());
    c.extend_from_slice(b"\xa9\x00");
    for k in 0..5000i32 {
        c.extend_from_slice(b"\xa9\x01r");
        c.extend_from_slice(&k.to_le_bytes());
    }
    check(&c, false, "reference chain", &mut stats);
    assert_eq!(
        marshal::loads(&c).unwrap_err().msg,
        "recursion limit exceeded"
    );
    // Huge declared lengths with no data behind them.
    for code in LENGTH_CODES {
        let mut h = vec![*code];
        h.extend_from_slice(&i32::MAX.to_le_bytes());
        check(&h, false, "huge length", &mut stats);
    }
    eprintln!(
        "adversarial: slowest {:?}, peak {} bytes",
        stats.slowest, stats.peak
    );
}
