//! The differences from CPython 3.12 these tests know of, each with its explanation and a
//! test of whether a disagreement is one of them. The tests report every known difference they
//! meet, and fail when one they expect no longer happens, so that this list stays true.

/// A known kind of difference: a name, why it happens, and whether a disagreement (its kind
/// and description, which quotes both implementations' errors) is one.
pub struct Known {
    pub name: &'static str,
    pub why: &'static str,
    pub matches: fn(kind: &str, what: &str) -> bool,
}

/// Differences in what the front end compiles.
pub const COMPILE: &[Known] = &[
    Known {
        name: "int literal over 4,300 digits",
        why: "CPython refuses a decimal int literal of more than sys.get_int_max_str_digits() \
              (4,300) digits with a SyntaxError ('Exceeds the limit (4300 digits) for integer \
              string conversion ...'); pyrs compiles it",
        matches: |kind, what| {
            kind == "pyrs compiles what CPython rejects"
                && what.contains("Exceeds the limit (4300 digits)")
        },
    },
    Known {
        name: "flat operator chain over 6,000",
        why: "pyrs's pre-parse nesting estimate (frontend/parse/depth.rs) counts every operator of \
              a flat chain of `and`, `or` or comparisons as a level of nesting and refuses more \
              than 6,000 with 'Parser stack overflowed'; CPython's parser reads such chains in a \
              loop and compiles them",
        matches: |kind, what| {
            kind == "pyrs rejects what CPython compiles" && what.contains("Parser stack overflowed")
        },
    },
    Known {
        name: "f-string debug text with escapes",
        why: "CPython 3.12.1 applies backslash escapes to the source text that `f'{expr=}'` \
              shows (f'{\"\\n\"=}' makes the constant '\"<newline>\"='); pyrs keeps the text \
              as written",
        matches: |kind, what| {
            let first = what.lines().next().unwrap_or("");
            kind == "different code"
                && first.contains("=\") != CPython's Str(")
                && first.contains('\\')
        },
    },
];

/// Differences in what the `pyrs` command prints for sources it cannot compile.
pub const COMMAND_LINE: &[Known] = &[
    Known {
        name: "parser stack overflow is a MemoryError",
        why: "CPython raises MemoryError('Parser stack overflowed - Python source too complex to \
              parse') for very deep nesting; pyrs raises a SyntaxError with that message, with \
              the location of the start of the file",
        matches: |_, what| what.contains("MemoryError: Parser stack overflowed"),
    },
    Known {
        name: "codec that is not a text encoding",
        why: "for a coding cookie naming a codec that exists but is not a text encoding (rot13, \
              hex, base64, ...), CPython says \"'rot13' is not a text encoding; use \
              codecs.decode() to handle arbitrary codecs\"; pyrs says 'unknown encoding: rot13'",
        matches: |_, what| what.contains("is not a text encoding"),
    },
    Known {
        name: "carriage return in an undecodable source",
        why: "for a source that is not valid UTF-8, CPython counts a lone carriage return as a \
              line end in the error it raises ('(unicode error) ...' from compile(), 'Non-UTF-8 \
              code starting with ... on line N' for a script); pyrs does not, so the line \
              number, the source line shown and the caret differ",
        matches: |kind, what| {
            kind == "lone CR"
                && (what.contains("(unicode error)") || what.contains("Non-UTF-8 code"))
        },
    },
    Known {
        name: "caret of an undecodable name",
        why: "for bytes that are not UTF-8 where a name is expected, compile()'s '(unicode \
              error)' SyntaxError has its offset at the end of the name-like token (b'x = \\xa2\\xb3Y/' \
              gives offset 7); pyrs gives the offset of its first byte (5)",
        matches: |kind, what| kind == "differs" && what.contains("(unicode error)"),
    },
    Known {
        name: "EOF after a backslash in a script",
        why: "`python FILE` on a file that ends in a backslash with no newline prints 'unexpected \
              EOF while parsing' with no caret (the file tokenizer's offset is 0); `pyrs FILE` \
              prints a caret after the backslash, as compile() would place it",
        matches: |kind, what| kind == "differs" && what.contains("unexpected EOF while parsing"),
    },
];
