//! SyntaxErrors against CPython 3.12: each source under tests/data/syntax_errors/cases/ must
//! be rejected with the class, message and location CPython gives (tests/data/syntax_errors/
//! expected.txt, written by gen_cases.py there). Also: no input, however mangled, may panic
//! the parser.

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
