//! The subset of Python's `argparse` that the command lines of py_compile and compileall use,
//! with its parsing rules (combined short flags, attached values, `--name=value`, unambiguous
//! prefixes of long options, `--`, negative numbers as values, one run of positionals) and its
//! messages, usage lines and exit statuses.

use std::collections::HashMap;
use std::io::Write;

/// What an option does.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `store_true` / `store_const`: no value.
    Flag,
    /// `count`: no value, counted.
    Count,
    /// One value, checked by the function (an error message, as argparse words it, or Ok).
    Value(fn(&str) -> Result<(), String>),
}

pub struct Opt {
    /// The option strings, short first (`-j`, `--workers`).
    pub strings: &'static [&'static str],
    pub dest: &'static str,
    pub kind: Kind,
}

/// How many values the positional argument takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nargs {
    ZeroOrMore,
    OneOrMore,
}

pub struct Parser {
    /// The program name (`compileall.py`).
    pub prog: &'static str,
    /// The usage text, beginning with "usage: " and ending with a newline.
    pub usage: &'static str,
    /// The full `-h` text, ending with a newline.
    pub help: &'static str,
    pub options: &'static [Opt],
    pub positional: &'static str,
    pub nargs: Nargs,
}

/// The parsed command line.
#[derive(Default, Debug)]
pub struct Args {
    /// Every value given to each value option, in order.
    pub values: HashMap<&'static str, Vec<String>>,
    /// How many times each flag or count option was given.
    pub counts: HashMap<&'static str, usize>,
    pub positionals: Vec<String>,
}

impl Args {
    pub fn last(&self, dest: &str) -> Option<&str> {
        self.values
            .get(dest)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    pub fn all(&self, dest: &str) -> &[String] {
        self.values.get(dest).map_or(&[], Vec::as_slice)
    }

    pub fn count(&self, dest: &str) -> usize {
        self.counts.get(dest).copied().unwrap_or(0)
    }
}

/// `int(text)` as Python's `int()` parses a string: surrounding whitespace, a sign, digits
/// with single underscores between them. Values beyond i64 saturate.
pub fn parse_int(text: &str) -> Option<i64> {
    let t = text.trim();
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.chars() {
        match c {
            '_' => {}
            '0'..='9' => v = (v * 10 + i128::from(c as u8 - b'0')).min(i128::from(i64::MAX) + 1),
            _ => return None,
        }
    }
    let v = if neg { -v } else { v };
    Some(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// The check of `type=int` options.
pub fn int_value(text: &str) -> Result<(), String> {
    match parse_int(text) {
        Some(_) => Ok(()),
        None => Err(format!(
            "invalid int value: {}",
            crate::text::str_repr(text)
        )),
    }
}

/// argparse's `_negative_number_matcher`: `-\d+` or `-\d*\.\d+`.
fn looks_negative_number(a: &str) -> bool {
    let Some(rest) = a.strip_prefix('-') else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    if rest.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    match rest.split_once('.') {
        Some((int, frac)) => {
            int.bytes().all(|b| b.is_ascii_digit())
                && !frac.is_empty()
                && frac.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// An option matched in one command-line string, with the value attached to it, if any.
struct Matched<'p> {
    opt: &'p Opt,
    string: &'static str,
    explicit: Option<String>,
}

/// What argparse makes of one command-line string (its `_parse_optional`).
enum Class<'p> {
    /// The first `--`: everything after it is positional.
    DashDash,
    Positional,
    Option(Matched<'p>),
    /// Looks like an option but names none: reported as unrecognized.
    Unknown,
}

/// Why parsing stopped.
pub enum Exit {
    /// `-h`: the help was printed.
    Help,
    /// An error was printed with the usage: exit status 2.
    Error,
}

impl Exit {
    pub fn status(&self) -> i32 {
        match self {
            Exit::Help => 0,
            Exit::Error => 2,
        }
    }
}

impl Parser {
    /// `parser.error(msg)`: the usage and the message on stderr.
    pub fn error(&self, msg: &str) -> Exit {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}{}: error: {msg}", self.usage, self.prog);
        Exit::Error
    }

    fn display(opt: &Opt) -> String {
        opt.strings.join("/")
    }

    fn find(&self, s: &str) -> Option<(&Opt, &'static str)> {
        self.options
            .iter()
            .find_map(|o| o.strings.iter().find(|&&x| x == s).map(|&x| (o, x)))
    }

    /// Classifies a string as argparse's `_parse_optional` does, in its order: exact option,
    /// `name=value`, unique prefix (long) or attached value (short), negative number, space.
    fn classify(&self, arg: &str) -> Result<Class<'_>, Exit> {
        if !arg.starts_with('-') {
            return Ok(Class::Positional);
        }
        if let Some((opt, string)) = self.find(arg) {
            return Ok(Class::Option(Matched {
                opt,
                string,
                explicit: None,
            }));
        }
        if arg.len() == 1 {
            return Ok(Class::Positional);
        }
        if let Some((name, value)) = arg.split_once('=')
            && let Some((opt, string)) = self.find(name)
        {
            return Ok(Class::Option(Matched {
                opt,
                string,
                explicit: Some(value.to_owned()),
            }));
        }
        if arg.starts_with("--") {
            let (name, value) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v.to_owned())),
                None => (arg, None),
            };
            let found: Vec<(&Opt, &'static str)> = self
                .options
                .iter()
                .flat_map(|o| o.strings.iter().map(move |s| (o, *s)))
                .filter(|(_, s)| s.starts_with("--") && s.starts_with(name))
                .collect();
            match found.len() {
                0 => {}
                1 => {
                    return Ok(Class::Option(Matched {
                        opt: found[0].0,
                        string: found[0].1,
                        explicit: value,
                    }));
                }
                _ => {
                    let names: Vec<&str> = found.iter().map(|(_, s)| *s).collect();
                    return Err(self.error(&format!(
                        "ambiguous option: {arg} could match {}",
                        names.join(", ")
                    )));
                }
            }
        } else {
            // A short option with something attached: `-r3`, `-qq`.
            let prefix: String = arg.chars().take(2).collect();
            if let Some((opt, string)) = self.find(&prefix) {
                let rest = &arg[prefix.len()..];
                return Ok(Class::Option(Matched {
                    opt,
                    string,
                    explicit: Some(rest.to_owned()),
                }));
            }
        }
        if looks_negative_number(arg) || arg.contains(' ') {
            return Ok(Class::Positional);
        }
        Ok(Class::Unknown)
    }

    /// Parses `argv` (without the program name). On `-h` or an error, the text is printed and
    /// the returned `Exit` tells the status.
    pub fn parse(&self, argv: &[String]) -> Result<Args, Exit> {
        // argparse classifies every string before acting on any (so an ambiguous option is
        // reported first).
        let mut classes = Vec::with_capacity(argv.len());
        let mut after_dashdash = false;
        for a in argv {
            classes.push(if after_dashdash {
                Class::Positional
            } else if a == "--" {
                after_dashdash = true;
                Class::DashDash
            } else {
                self.classify(a)?
            });
        }
        let mut args = Args::default();
        let mut extras: Vec<String> = Vec::new();
        // 0: no positional run yet; 1: in the first run; 2: the first run is over.
        let mut run_state = 0;
        let mut classes = classes.into_iter().zip(argv).peekable();
        while let Some((class, a)) = classes.next() {
            let mut m = match class {
                Class::DashDash => continue,
                Class::Positional => {
                    match run_state {
                        0 | 1 => {
                            run_state = 1;
                            args.positionals.push(a.clone());
                        }
                        _ => extras.push(a.clone()),
                    }
                    continue;
                }
                Class::Unknown => {
                    if run_state == 1 {
                        run_state = 2;
                    }
                    extras.push(a.clone());
                    continue;
                }
                Class::Option(m) => m,
            };
            if run_state == 1 {
                run_state = 2;
            }
            loop {
                match m.opt.kind {
                    Kind::Flag | Kind::Count => {
                        if m.string == "-h" || m.string == "--help" {
                            let _ = std::io::stdout().lock().write_all(self.help.as_bytes());
                            return Err(Exit::Help);
                        }
                        *args.counts.entry(m.opt.dest).or_insert(0) += 1;
                        match m.explicit.take() {
                            None => break,
                            Some(rest) if m.string.starts_with("--") || rest.is_empty() => {
                                return Err(self.error(&format!(
                                    "argument {}: ignored explicit argument {}",
                                    Self::display(m.opt),
                                    crate::text::str_repr(&rest)
                                )));
                            }
                            Some(rest) => {
                                // `-qq`, `-lf`: the rest is more short options.
                                let mut chars = rest.chars();
                                let c = chars.next().unwrap_or('-');
                                let next = format!("-{c}");
                                let tail: String = chars.collect();
                                match self.find(&next) {
                                    Some((opt, string)) => {
                                        m = Matched {
                                            opt,
                                            string,
                                            explicit: (!tail.is_empty()).then_some(tail),
                                        };
                                    }
                                    None => {
                                        return Err(self.error(&format!(
                                            "argument {}: ignored explicit argument {}",
                                            Self::display(m.opt),
                                            crate::text::str_repr(&rest)
                                        )));
                                    }
                                }
                            }
                        }
                    }
                    Kind::Value(check) => {
                        let value = match m.explicit.take() {
                            Some(v) => v,
                            None => {
                                match classes.next_if(|(c, _)| matches!(c, Class::Positional)) {
                                    Some((_, v)) => v.clone(),
                                    None => {
                                        return Err(self.error(&format!(
                                            "argument {}: expected one argument",
                                            Self::display(m.opt)
                                        )));
                                    }
                                }
                            }
                        };
                        if let Err(msg) = check(&value) {
                            return Err(
                                self.error(&format!("argument {}: {msg}", Self::display(m.opt)))
                            );
                        }
                        args.values.entry(m.opt.dest).or_default().push(value);
                        break;
                    }
                }
            }
        }
        if self.nargs == Nargs::OneOrMore && args.positionals.is_empty() {
            return Err(self.error(&format!(
                "the following arguments are required: {}",
                self.positional
            )));
        }
        if !extras.is_empty() {
            return Err(self.error(&format!("unrecognized arguments: {}", extras.join(" "))));
        }
        Ok(args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_as_python_parses_them() {
        assert_eq!(parse_int(" 1_0 "), Some(10));
        assert_eq!(parse_int("-3"), Some(-3));
        assert_eq!(parse_int("+4"), Some(4));
        for bad in ["", "1__0", "_1", "1_", "x", "1.0", "- 1"] {
            assert_eq!(parse_int(bad), None, "{bad}");
        }
        assert!(looks_negative_number("-1"));
        assert!(looks_negative_number("-.5"));
        assert!(!looks_negative_number("-x"));
    }
}
