//! SyntaxErrors against CPython 3.12: each source under tests/data/syntax_errors/cases/ must
//! be rejected with the class, message and location CPython gives (tests/data/syntax_errors/
//! expected.txt, written by gen_cases.py there); mutated snippets of the standard library
//! must mostly get CPython's exact error. Also: no input, however mangled or deeply nested, may
//! panic or crash the parser.

mod support;

use std::path::PathBuf;

use pyrs::frontend::Mode;
use pyrs::frontend::decode::decode_source;
use pyrs::frontend::parse::parse;
use pyrs::frontend::source::SourceFile;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/syntax_errors")
}

/// What pyrs raises for a source, in expected.txt's layout (without the name).
fn pyrs_error(bytes: &[u8], mode: Mode) -> String {
    let result = decode_source(bytes, "<case>").and_then(|text| {
        let src = SourceFile::new("<case>", &text, true);
        parse(&src, mode, &mut Vec::new()).map(|_| ())
    });
    match result {
        Ok(()) => "no error".to_owned(),
        Err(e) => format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            e.kind.name(),
            e.lineno,
            e.offset as i64,
            e.end_lineno,
            e.end_offset as i64,
            e.msg
        ),
    }
}

/// CPython's negative or missing offsets read as pyrs's 0 (unknown).
fn normalize(expected: &str) -> String {
    expected
        .split('\t')
        .enumerate()
        .map(|(i, f)| {
            if (1..=4).contains(&i) && (f.starts_with('-') || f.is_empty()) {
                "0"
            } else {
                f
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = data_dir();
    let expected = std::fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
    let (mut total, mut exact, mut msg_only, mut wrong) = (0, 0, 0, Vec::new());
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, want) = line.split_once('\t').expect("name");
        let want = normalize(want);
        let bytes = std::fs::read(dir.join("cases").join(format!("{name}.py"))).expect("case file");
        let mode = match name.split('_').next() {
            Some("eval") => Mode::Eval,
            Some("single") => Mode::Single,
            _ => Mode::Exec,
        };
        let got = pyrs_error(&bytes, mode);
        total += 1;
        if got == want {
            exact += 1;
            continue;
        }
        let msg = |s: &str| s.rsplit('\t').next().unwrap_or("").to_owned();
        let class = |s: &str| s.split('\t').next().unwrap_or("").to_owned();
        if msg(&got) == msg(&want) && class(&got) == class(&want) {
            msg_only += 1;
        }
        wrong.push(format!("{name}\n  cpython: {want}\n  pyrs:    {got}"));
    }
    eprintln!(
        "{total} cases: {exact} match exactly, {msg_only} more with the right class and message but another location"
    );
    for w in &wrong {
        eprintln!("{w}");
    }
    assert!(
        exact * 100 >= total * 60,
        "only {exact} of {total} syntax errors match CPython exactly"
    );
}

/// A small deterministic generator (xorshift), so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn parse_no_panic(text: &str) {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        let src = SourceFile::new("<fuzz>", text, true);
        let _ = parse(&src, mode, &mut Vec::new());
    }
}

#[test]
fn mangled_sources_do_not_panic() {
    let dir = data_dir().join("cases");
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .expect("cases")
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    seeds.sort();
    seeds.push(
        "def f(a, /, b=1, *c, d: int = 2, **e) -> 'x':\n    return [x async for x in y if x]\n\
         class C[T: int, *Ts, **P](B, metaclass=M):\n    match x:\n        case {1: [a, *b], **r} | C(d=e) if g: pass\n\
         x = f'{a!r:>{w}} {b=}' b'\\x00' '\\N{EM DASH}' 0x_1f 1_0.5e3j\n@d\nasync def g():\n    async with a as (b, c): await x\n"
            .to_owned(),
    );
    let alphabet: Vec<char> =
        "()[]{}:;,.=+-*/%@!&|^~<>'\"\\#\n\t 0123456789abcdefxjrbuFRB_€\u{a0}\r\x0c\x01"
            .chars()
            .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for seed in &seeds {
        parse_no_panic(seed);
        let chars: Vec<char> = seed.chars().collect();
        for _ in 0..20 {
            let mut m = chars.clone();
            for _ in 0..1 + rng.below(4) {
                match rng.below(4) {
                    0 if !m.is_empty() => {
                        let i = rng.below(m.len());
                        m.remove(i);
                    }
                    1 => {
                        let i = rng.below(m.len() + 1);
                        m.insert(i, alphabet[rng.below(alphabet.len())]);
                    }
                    2 if !m.is_empty() => {
                        let i = rng.below(m.len());
                        m[i] = alphabet[rng.below(alphabet.len())];
                    }
                    _ if m.len() > 1 => {
                        let i = rng.below(m.len());
                        m.truncate(i);
                    }
                    _ => {}
                }
            }
            parse_no_panic(&m.iter().collect::<String>());
        }
    }
    for _ in 0..300 {
        let len = rng.below(60);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        parse_no_panic(&text);
    }
    for bytes in [
        &b"\xff\xfe"[..],
        b"# coding: foo\n",
        b"\xef\xbb\xbf\xef",
        b"x = '\xf6'",
        b"\0",
    ] {
        if let Ok(text) = decode_source(bytes, "<fuzz>") {
            parse_no_panic(&text);
        }
    }
}

/// Nesting far deeper than CPython accepts is refused with an error, never by exhausting the
/// native stack; nesting CPython accepts parses.
#[test]
fn deep_nesting_does_not_crash() {
    let deep = |unit: &str, n: usize, tail: &str| format!("x = {}{tail}\n", unit.repeat(n));
    for (unit, tail) in [
        ("-", "1"),
        ("not ", "x"),
        ("lambda: ", "1"),
        ("(", "1"),
        ("[", ""),
        ("~", "1"),
    ] {
        for n in [100_000, 2_000] {
            let text = deep(unit, n, tail);
            let src = SourceFile::new("<deep>", &text, true);
            let result = parse(&src, Mode::Exec, &mut Vec::new());
            if n == 2_000 && !matches!(unit, "(" | "[") {
                assert!(result.is_ok(), "{unit:?} x {n}: {:?}", result.err());
            } else {
                assert!(result.is_err(), "{unit:?} x {n} should be refused");
            }
        }
    }
    let chain = format!("x = 1{}\n", "+1".repeat(2_500));
    let src = SourceFile::new("<deep>", &chain, true);
    assert!(parse(&src, Mode::Exec, &mut Vec::new()).is_ok());
    let blocks: String = (0..150)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let src = SourceFile::new("<deep>", &blocks, true);
    let e = parse(&src, Mode::Exec, &mut Vec::new()).unwrap_err();
    assert_eq!(
        (e.kind.name(), e.msg.as_str(), e.lineno),
        ("IndentationError", "too many levels of indentation", 101)
    );
}

/// Makes mutated snippets of the standard library (one character removed, added or changed)
/// that CPython rejects, and prints each as `<source in hex>\t<class>\t<lineno>\t<offset>\t
/// <end_lineno>\t<end_offset>\t<message>`. Deterministic for a given seed.
const MUTATE: &str = r#"
import os, random, sys, sysconfig, textwrap
random.seed(int(sys.argv[1]))
count = int(sys.argv[2])
root = sysconfig.get_paths()['stdlib']
files = sorted(os.path.join(r, f) for r, d, fs in os.walk(root)
               if 'site-packages' not in r and os.sep + 'test' not in r
               for f in fs if f.endswith('.py'))
made = 0
while made < count:
    try:
        lines = open(random.choice(files), encoding='utf-8').read().split('\n')
    except Exception:
        continue
    if len(lines) < 40:
        continue
    i = random.randrange(0, len(lines) - 30)
    snippet = textwrap.dedent('\n'.join(lines[i:i + 30]))
    try:
        compile(snippet + '\n', '<m>', 'exec')
    except Exception:
        continue
    chars = list(snippet)
    if not chars:
        continue
    op, pos = random.randrange(4), random.randrange(len(chars))
    if op == 0:
        del chars[pos]
    elif op == 1:
        chars.insert(pos, random.choice('()[]{}:,.=+\'"\n #\\'))
    elif op == 2:
        chars[pos] = random.choice('()[]{}:,.=+\'"\n #\\a1')
    else:
        del chars[pos:pos + random.randrange(1, 6)]
    src = ''.join(chars) + '\n'
    try:
        compile(src, '<m>', 'exec')
        continue
    except SyntaxError as e:
        fields = [type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
    except Exception:
        continue
    fields = ['0' if v is None or (isinstance(v, int) and v < 0) else str(v) for v in fields]
    print(src.encode('utf-8').hex() + '\t' + '\t'.join(fields))
    made += 1
"#;

fn unhex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Syntax errors of realistic code: mutated standard library snippets, compared with
/// CPython. Not every message can be matched from ruff's errors; the share that matches
/// exactly must stay high.
#[test]
fn mutated_stdlib_errors_match_cpython() {
    let Some(_) = support::cpython_or_skip("mutated_stdlib_errors_match_cpython") else {
        return;
    };
    let Some(out) = support::run_cpython(&["-W", "ignore", "-c", MUTATE, "20260601", "400"]) else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let (mut total, mut exact) = (0, 0);
    let mut wrong = Vec::new();
    for line in text.lines() {
        let Some((hex, want)) = line.split_once('\t') else {
            continue;
        };
        let Some(bytes) = unhex(hex) else { continue };
        total += 1;
        let got = pyrs_error(&bytes, Mode::Exec);
        if got == want {
            exact += 1;
        } else {
            wrong.push(format!(
                "{}\n  cpython: {want}\n  pyrs:    {got}",
                String::from_utf8_lossy(&bytes)
            ));
        }
    }
    eprintln!("{total} mutated snippets: {exact} errors match CPython exactly");
    for w in wrong.iter().take(5) {
        eprintln!("{w}");
    }
    assert!(total >= 300, "CPython made too few cases");
    assert!(
        exact * 100 >= total * 90,
        "only {exact} of {total} match exactly"
    );
}
