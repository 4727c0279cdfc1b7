//! Programs at and beyond the front end's limits: more than 256 and 65,536 locals, names and
//! constants (one and two EXTENDED_ARG prefixes), jumps over giant functions, long elif chains
//! and boolean chains, nesting near the limits of blocks, indentation, brackets, functions,
//! classes, lambdas and comprehensions, huge literals, and constant folding at its size limits.

/// `n` lines made by `f`.
fn lines(n: usize, f: impl Fn(usize) -> String) -> String {
    (0..n).map(|i| f(i) + "\n").collect()
}

/// `unit` nested `n` deep: `open` and `close` around a core.
fn nest(n: usize, open: &str, core: &str, close: &str) -> String {
    format!("{}{core}{}", open.repeat(n), close.repeat(n))
}

/// Statement headers nested `n` deep (one indentation level each) around `body`.
fn blocks(n: usize, head: impl Fn(usize) -> String, body: &str) -> String {
    let mut out = String::new();
    for k in 0..n {
        out.push_str(&format!("{}{}\n", " ".repeat(k), head(k)));
    }
    out.push_str(&format!("{}{body}\n", " ".repeat(n)));
    out
}

fn elif_chain(n: usize) -> String {
    format!(
        "def f(x):\n    if x == 0:\n        return 0\n{}    else:\n        return -1\n",
        lines(n, |i| format!(
            "    elif x == {}:\n        return {i}",
            i + 1
        ))
    )
}

fn many_locals(n: usize) -> String {
    format!(
        "def f(p):\n{}    return {}\n",
        lines(n, |i| format!("    v{i} = p + {i}")),
        (0..n)
            .step_by(n / 8 + 1)
            .map(|i| format!("v{i}"))
            .collect::<Vec<_>>()
            .join(" + ")
    )
}

fn giant_function(n: usize) -> String {
    format!(
        "def f(x, E):\n    total = 0\n{}    return total\n",
        lines(n, |i| format!(
            "    for i in range(x):\n        if i == {i}:\n            try:\n                total += i * {i}\n            except E:\n                break\n            finally:\n                total -= 1\n        elif i > {}:\n            continue\n        while total > {i}:\n            total //= 2",
            i * 7
        ))
    )
}

/// The synthetic programs, named.
pub fn programs() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, text: String| out.push((name.to_string(), text));

    for n in [300, 70_000] {
        add(&format!("{n} locals"), many_locals(n));
        add(
            &format!("{n} module names and float constants"),
            lines(n, |i| format!("n{i} = {i}.5")),
        );
        add(
            &format!("{n} attribute names and str constants"),
            format!(
                "def f(o):\n{}",
                lines(n, |i| format!("    o.a{i} = 's{i}'"))
            ),
        );
        add(
            &format!("call with {n} arguments"),
            format!(
                "f({})\n",
                (0..n)
                    .map(|i| format!("a{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
        add(
            &format!("dict display of {n} pairs"),
            format!(
                "d = {{{}}}\n",
                (0..n)
                    .map(|i| format!("'k{i}': v{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
        add(
            &format!("tuple of {n} constants"),
            format!(
                "t = ({})\n",
                (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(",")
            ),
        );
        add(
            &format!("list of {n} names"),
            format!(
                "t = [{}]\n",
                (0..n)
                    .map(|i| format!("x{}", i % 300))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        );
        add(
            &format!("{n} cell variables"),
            format!(
                "def f():\n{}    def g():\n        return {}\n    return g\n",
                lines(n.min(2000), |i| format!("    c{i} = {i}")),
                (0..n.min(2000))
                    .map(|i| format!("c{i}"))
                    .collect::<Vec<_>>()
                    .join("+")
            ),
        );
    }
    add(
        "giant function (jumps beyond 65,536 code units)",
        giant_function(2_500),
    );
    add(
        "giant function body of 20,000 calls",
        format!(
            "def f():\n{}",
            lines(20_000, |i| format!("    g({i}, x, y=z)"))
        ),
    );
    for n in [200, 900, 1_400, 3_000] {
        add(&format!("elif chain of {n}"), elif_chain(n));
    }
    for (op, n) in [
        ("and", 3_000),
        ("and", 8_000),
        ("or", 8_000),
        ("<", 8_000),
        ("+", 900),
        ("+", 4_000),
        ("|", 4_000),
    ] {
        add(
            &format!("chain of {n} '{op}'"),
            format!("x = {}\n", vec!["a"; n].join(&format!(" {op} "))),
        );
    }
    add(
        "8,000 string literals concatenated",
        format!("x = {}\n", vec!["'ab'"; 8_000].join(" ")),
    );
    add(
        "f-string of 3,000 fields",
        format!("x = f'{}'\n", "{a}-".repeat(3_000)),
    );
    for n in [19, 20, 21] {
        add(
            &format!("{n} nested for loops"),
            blocks(n, |k| format!("for i{k} in x:"), "pass"),
        );
        add(
            &format!("{n} nested try blocks"),
            blocks(n, |_| "try:".to_string(), "pass").replace(
                "pass\n",
                &format!(
                    "pass\n{}",
                    (0..n)
                        .rev()
                        .map(|k| format!("{}finally:\n{} pass\n", " ".repeat(k), " ".repeat(k)))
                        .collect::<String>()
                ),
            ),
        );
        add(
            &format!("{n} nested with blocks"),
            blocks(n, |k| format!("with a as w{k}:"), "pass"),
        );
    }
    for n in [60, 98, 99, 100] {
        add(
            &format!("{n} nested if blocks"),
            blocks(n, |k| format!("if x{k}:"), "pass"),
        );
        add(
            &format!("{n} nested functions"),
            blocks(
                n,
                |k| format!("def f{k}(a{k}=1):"),
                &format!(
                    "return {}",
                    (0..n)
                        .step_by(7)
                        .map(|k| format!("a{k}"))
                        .collect::<Vec<_>>()
                        .join("+")
                ),
            ),
        );
        add(
            &format!("{n} nested classes"),
            blocks(n, |k| format!("class C{k}:"), "x = __class__"),
        );
    }
    for n in [150, 199, 200, 201] {
        add(
            &format!("{n} nested parentheses"),
            format!("x = {}\n", nest(n, "(", "1", ")")),
        );
        add(
            &format!("{n} nested lists"),
            format!("x = {}\n", nest(n, "[", "a", "]")),
        );
        add(
            &format!("{n} nested calls"),
            format!("x = {}\n", nest(n, "f(", "a", ")")),
        );
    }
    for n in [100, 500, 1_000, 2_900] {
        add(
            &format!("{n} nested lambdas"),
            format!("f = {}a\n", "lambda a: ".repeat(n)),
        );
        add(
            &format!("{n} nested unary minus"),
            format!("x = {}a\n", "-".repeat(n)),
        );
        add(
            &format!("{n} nested not"),
            format!("x = {}a\n", "not ".repeat(n)),
        );
        add(
            &format!("{n} nested conditional expressions"),
            format!("x = {}c\n", "a if b else ".repeat(n)),
        );
        add(
            &format!("attribute chain of {n}"),
            format!("x = a{}\n", ".b".repeat(n)),
        );
        add(
            &format!("call chain of {n}"),
            format!("x = a{}\n", "()".repeat(n)),
        );
    }
    for n in [5, 20, 21] {
        let comp = format!(
            "{}i0{}",
            "[".repeat(n),
            (0..n)
                .map(|k| format!(" for i{k} in range(2)]"))
                .collect::<String>()
        );
        add(
            &format!("{n} nested list comprehensions"),
            format!("x = {comp}\ndef f():\n    return {comp}\n"),
        );
        add(
            &format!("{n} nested generator expressions"),
            format!("x = {}\n", nest(n, "(a for a in ", "b", ")")),
        );
        add(
            &format!("{n} nested classes in functions"),
            blocks(
                n,
                |k| {
                    if k % 2 == 0 {
                        format!("def f{k}(self):")
                    } else {
                        format!("class C{k}:")
                    }
                },
                "return super().f()",
            ),
        );
        add(
            &format!("{n} nested lambdas with defaults"),
            format!(
                "f = {}0\n",
                (0..n)
                    .map(|k| format!("lambda a{k}=lambda: {k}: "))
                    .collect::<String>()
            ),
        );
        add(
            &format!("{n} nested f-strings"),
            format!("x = {}\n", nest(n.min(4), "f'{", "a", "}'")),
        );
    }
    add(
        "f-string debug text with an escape",
        "x = f'{\"\\u20ac\"=}'\n".to_string(),
    );
    add(
        "int literal of 4,300 digits",
        format!("x = {}\n", "9".repeat(4_300)),
    );
    add(
        "int literal of 4,301 digits",
        format!("x = {}\n", "9".repeat(4_301)),
    );
    add(
        "hex literal of 20,000 digits",
        format!("x = 0x{}\n", "f".repeat(20_000)),
    );
    add(
        "str literal of 2 MB",
        format!("x = '{}'\n", "a".repeat(2_000_000)),
    );
    add(
        "bytes literal of 200 KB",
        format!("x = b'{}'\n", "b".repeat(200_000)),
    );
    add(
        "10,000 escapes",
        format!("x = '{}'\n", "\\x00\\ud800\\N{EM DASH}".repeat(10_000)),
    );
    add(
        "folding at the size limits",
        "a = 2**128\nb = 2**129\nc = 'ab' * 2048\nd = 'ab' * 2049\ne = (1,) * 100\nf = (1, 2) * 1000\n\
         g = -(2**100)\nh = 1 << 1000\ni = 1 << 100000\nj = ~5\nk = not 5\nl = 1e308 * 10\nm = (1, 2)[1]\n\
         n = 'abc'[1]\no = b'x' * 5000\np = 2 ** -1\nq = 0 ** -1\nr = 1 / 0\ns = 'a' % ()\nt = (1, 2) < (3,)\n\
         u = -0.0\nv = 1 if 2 else 3\nw = (-1) ** 0.5\ny = 10 ** 400\nz = '%s' % 'a' * 3\n"
            .to_string(),
    );
    add(
        "100,000 statements",
        lines(100_000, |i| format!("x{} = x{} + 1", i % 50, (i + 1) % 50)),
    );
    add(
        "one line of 10,000 statements",
        format!("{}\n", vec!["x = y"; 10_000].join("; ")),
    );
    add(
        "match of 2,000 cases",
        format!(
            "match x:\n{}",
            lines(2_000, |i| format!(
                "    case {{'k{i}': [a, *b]}} | C{i}(y=[a, *b]) if a:\n        pass"
            ))
        ),
    );
    add(
        "try with 2,000 handlers",
        format!(
            "try:\n    pass\n{}",
            lines(2_000, |i| format!("except E{i} as e:\n    pass"))
        ),
    );
    add(
        "class with 5,000 methods",
        format!(
            "class C:\n{}",
            lines(5_000, |i| format!(
                "    def m{i}(self, a=__class__):\n        return super().m{i}()"
            ))
        ),
    );
    add(
        "200 decorators",
        format!("{}def f(): pass\n", lines(200, |i| format!("@d{i}"))),
    );
    out
}
