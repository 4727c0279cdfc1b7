"""Writes tables.rs: the Unicode character properties str's methods and the unicodedata module
need, as CPython 3.12 sees them (Unicode 15.0.0).

Run with CPython 3.12 from the repository root:

    python3.12 src/runtime/unicode/gen_tables.py NamedSequences.txt NameAliases.txt

The two files are the Unicode Character Database's lists of named sequences and of name
aliases; only the entries CPython's unicodedata.lookup() accepts are used (the named sequences
it knows, and the aliases newer than its Unicode version, which the character-name crate of
pyrs knows and lookup() must refuse).

Every code point gets a record: property flags, its decimal digit value, and its full lowercase,
uppercase, titlecase and casefold mappings. The properties are read from CPython itself, so the
tables agree with its str methods by construction:

- alpha, decimal, digit, numeric, space, lower, upper: str.isalpha() ... str.isupper() of the
  one-character string (CPython answers those from the same per-character flags);
- title: general category Lt (str.istitle() of one character also admits uppercase);
- cased: whether str.title() treats the next letter as following a cased character;
- case-ignorable: from where str.lower() puts a final sigma (the Final_Sigma context skips
  case-ignorable characters on both sides of U+03A3);
- XID_Start / XID_Continue: str.isidentifier() of the character (minus the low line, which
  CPython admits separately) and of "a" followed by it;
- the case mappings: lower(), upper(), title(), casefold() of the character;
- unicodedata's category, bidirectional class, combining class, east asian width, mirrored,
  digit and numeric values (numeric values as indexes into a table of the distinct values);
- for each normalization form, whether normalize() may need to change a string holding the
  character (CPython's quick check answering other than "yes": seen as normalize() of the
  one-character string in a str subclass not returning that string itself).

Decompositions (as unicodedata.decomposition() spells them), the canonical compositions NFC
makes (the two-character canonical decompositions whose character NFC keeps) and the named
sequences are separate tables sorted by code point or name.

Records are deduplicated, and code points map to records through a two-level table of blocks
of 128 (identical blocks shared).
"""

import os
import sys
import unicodedata

SHIFT = 7
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LOWER", "UPPER", "TITLE", "CASED",
    "CASE_IGNORABLE", "XID_START", "XID_CONTINUE",
]
EXTENDED = 1 << 24
CATEGORIES = {}
BIDI = {}
EAW = {}
NUMERIC = {}
FORMS = ("NFD", "NFKD", "NFC", "NFKC")


class Sub(str):
    pass


def index_of(table, key):
    if key not in table:
        table[key] = len(table)
    return table[key]


def properties(cp, ext, ext_index):
    c = chr(cp)
    cased = (c + "a").title().endswith("a")
    if cased:
        ignorable = ("A\u03a3" + c).lower()[1] != "\u03c3"
    else:
        ignorable = ("A\u03a3" + c + "A").lower()[1] == "\u03c3"
    bits = [
        c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(),
        c.isupper(), unicodedata.category(c) == "Lt", cased, ignorable,
        c.isidentifier() and c != "_", ("a" + c).isidentifier(),
    ]
    flags = sum(1 << i for i, b in enumerate(bits) if b)
    maps = []
    for m in (c.lower(), c.upper(), c.title(), c.casefold()):
        if len(m) == 1:
            maps.append(ord(m) - cp)
        else:
            key = tuple(ord(x) for x in m)
            if key not in ext_index:
                ext_index[key] = len(ext)
                ext.extend(key)
            maps.append(EXTENDED * len(key) + ext_index[key])
    num = unicodedata.numeric(c, None)
    qc = 0
    for i, form in enumerate(FORMS):
        if cp >= 0x80 and type(unicodedata.normalize(form, Sub(c))) is not Sub:
            qc |= 1 << i
    ucd = (
        index_of(CATEGORIES, unicodedata.category(c)),
        index_of(BIDI, unicodedata.bidirectional(c)),
        unicodedata.combining(c),
        index_of(EAW, unicodedata.east_asian_width(c)) | unicodedata.mirrored(c) << 3 | qc << 4,
        unicodedata.digit(c, -1),
        0 if num is None else index_of(NUMERIC, num) + 1,
    )
    return (flags, unicodedata.decimal(c, -1), *maps, *ucd)


def rows(values, per_line, indent="    "):
    out = []
    for i in range(0, len(values), per_line):
        out.append(indent + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(out)


def decompositions():
    """The decomposition of each character that has one: (code point, tag index, code points)."""
    tags = {"": 0}
    out = []
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = parts.pop(0) if parts[0].startswith("<") else ""
        out.append((cp, index_of(tags, tag), [int(x, 16) for x in parts]))
    return sorted(tags, key=tags.get), out


def compositions(decomps):
    """The canonical pairs NFC composes: (first, second, composite), sorted."""
    out = []
    for cp, tag, parts in decomps:
        if tag == 0 and len(parts) == 2 and unicodedata.normalize("NFC", chr(cp)) == chr(cp):
            out.append((parts[0], parts[1], cp))
    return sorted(out)


def named_sequences(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            name, cps = line.split(";")
            seq = "".join(chr(int(x, 16)) for x in cps.split())
            try:
                if unicodedata.lookup(name) == seq:
                    out.append((name, [ord(x) for x in seq]))
            except KeyError:
                pass
    return sorted(out)


def later_aliases(path):
    """The aliases of the file that CPython's lookup() refuses (newer than its Unicode)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            name = line.split(";")[1]
            try:
                unicodedata.lookup(name)
            except KeyError:
                out.append(name)
    return sorted(out)


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run with CPython 3.12")
    if len(sys.argv) != 3:
        sys.exit("usage: gen_tables.py NamedSequences.txt NameAliases.txt")
    tags, decomps = decompositions()
    comps = compositions(decomps)
    sequences = named_sequences(sys.argv[1])
    aliases = later_aliases(sys.argv[2])
    ext, ext_index = [], {}
    default = properties(0x0378, ext, ext_index)  # an unassigned code point
    records = {default: 0}
    per_cp = []
    for cp in range(0x110000):
        r = properties(cp, ext, ext_index)
        if r not in records:
            records[r] = len(records)
        per_cp.append(records[r])
    size = 1 << SHIFT
    blocks, index1 = {}, []
    default_block = tuple([0] * size)
    blocks[default_block] = 0
    for i in range(0, 0x110000, size):
        b = tuple(per_cp[i:i + size])
        if b not in blocks:
            blocks[b] = len(blocks)
        index1.append(blocks[b])
    while index1 and index1[-1] == 0:
        index1.pop()
    index2 = [r for b in sorted(blocks, key=blocks.get) for r in b]
    recs = sorted(records, key=records.get)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.rs")
    with open(path, "w") as f:
        f.write("//! Generated by gen_tables.py from CPython 3.12 (Unicode %s): do not edit.\n"
                % unicodedata.unidata_version)
        f.write("//! The character records, the extended case mappings and the two-level index.\n\n")
        f.write("use super::Record;\n\n")
        for i, name in enumerate(FLAGS):
            f.write("pub const %s: u16 = 1 << %d;\n" % (name, i))
        f.write("\n/// The version of the Unicode Character Database.\n")
        f.write("pub const UNIDATA_VERSION: &str = \"%s\";\n" % unicodedata.unidata_version)
        f.write("\n/// Block size of the index: code points per block, as a shift.\n")
        f.write("pub const SHIFT: u32 = %d;\n\n" % SHIFT)
        f.write("/// A mapping value at or above this is `len * EXTENDED + index` into `EXT`.\n")
        f.write("pub const EXTENDED: i32 = %d;\n\n" % EXTENDED)
        f.write("#[rustfmt::skip]\npub static RECORDS: [Record; %d] = [\n" % len(recs))
        for r in recs:
            f.write("    Record { flags: %d, decimal: %d, lower: %d, upper: %d, title: %d, fold: %d, "
                    "category: %d, bidi: %d, combining: %d, eaw: %d, digit: %d, numeric: %d },\n" % r)
        f.write("];\n\n")
        f.write("/// The code points of the mappings to more than one character.\n")
        f.write("#[rustfmt::skip]\npub static EXT: [u32; %d] = [\n%s\n];\n\n" % (len(ext), rows(ext, 16)))
        f.write("/// Block number of each block of code points (blocks past the end are block 0).\n")
        f.write("#[rustfmt::skip]\npub static INDEX1: [u16; %d] = [\n%s\n];\n\n" % (len(index1), rows(index1, 40)))
        f.write("/// Record number of each code point of each block.\n")
        f.write("#[rustfmt::skip]\npub static INDEX2: [u16; %d] = [\n%s\n];\n\n" % (len(index2), rows(index2, 64)))
        def names(title, table):
            keys = sorted(table, key=table.get)
            f.write("/// %s\n" % title)
            f.write("pub static %s: [&str; %d] = [%s];\n\n" % (
                title.split(":")[0], len(keys), ", ".join('"%s"' % k for k in keys)))
        names("CATEGORY_NAMES: the general categories, by record field.", CATEGORIES)
        names("BIDI_NAMES: the bidirectional classes, by record field.", BIDI)
        names("EAW_NAMES: the east asian widths, by the low 3 bits of the record field.", EAW)
        nums = sorted(NUMERIC, key=NUMERIC.get)
        f.write("/// The numeric values (the record field is 1 + an index, 0 for none).\n")
        f.write("#[rustfmt::skip]\npub static NUMERIC_VALUES: [f64; %d] = [\n%s\n];\n\n"
                % (len(nums), rows([repr(float(x)) for x in nums], 8)))
        f.write("/// The tags of decompositions (\"\" for canonical ones).\n")
        f.write("pub static DECOMP_TAGS: [&str; %d] = [%s];\n\n" % (len(tags), ", ".join('"%s"' % t for t in tags)))
        data, offsets = [], []
        for cp, tag, parts in decomps:
            offsets.append(len(data))
            data.append(tag | len(parts) << 8)
            data.extend(parts)
        assert len(data) < 1 << 16 and len(NUMERIC) < 255 and len(recs) < 1 << 16, "a field overflows"
        f.write("/// The code points that have a decomposition, in order.\n")
        f.write("#[rustfmt::skip]\npub static DECOMP_CHARS: [u32; %d] = [\n%s\n];\n\n"
                % (len(decomps), rows([d[0] for d in decomps], 16)))
        f.write("/// Where each one's decomposition starts in DECOMP_DATA.\n")
        f.write("#[rustfmt::skip]\npub static DECOMP_INDEX: [u16; %d] = [\n%s\n];\n\n"
                % (len(offsets), rows(offsets, 24)))
        f.write("/// Each decomposition: tag index + length * 256, then the code points.\n")
        f.write("#[rustfmt::skip]\npub static DECOMP_DATA: [u32; %d] = [\n%s\n];\n\n" % (len(data), rows(data, 16)))
        f.write("/// The canonical compositions: (first, second, composite), sorted.\n")
        f.write("#[rustfmt::skip]\npub static COMPOSITIONS: [(u32, u32, u32); %d] = [\n%s\n];\n\n"
                % (len(comps), rows(["(%d, %d, %d)" % c for c in comps], 8)))
        f.write("/// The named sequences lookup() knows, sorted by name.\n")
        f.write("#[rustfmt::skip]\npub static NAMED_SEQUENCES: [(&str, &[u32]); %d] = [\n%s\n];\n\n"
                % (len(sequences), "\n".join('    ("%s", &%r),' % (n, c) for n, c in sequences)))
        f.write("/// Name aliases newer than Unicode %s (lookup() refuses them).\n" % unicodedata.unidata_version)
        f.write("pub static LATER_ALIASES: [&str; %d] = [%s];\n" % (len(aliases), ", ".join('"%s"' % a for a in aliases)))
    print("records %d, ext %d, index1 %d, index2 %d, decompositions %d, compositions %d, sequences %d"
          % (len(recs), len(ext), len(index1), len(index2), len(decomps), len(comps), len(sequences)))


main()
