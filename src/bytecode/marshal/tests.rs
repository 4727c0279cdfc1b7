//! Unit tests of marshal: error messages and values checked against CPython 3.12.1's
//! `marshal.loads`, and write/read round trips.

use std::sync::Arc;

use num_bigint::BigInt;

use super::*;
use crate::bytecode::code::{CodeObject, Constant};
use crate::bytecode::pystr::PyStr;

fn err(data: &[u8]) -> String {
    match loads(data) {
        Ok(v) => panic!("expected an error for {data:?}, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn i32b(v: i32) -> [u8; 4] {
    v.to_le_bytes()
}

#[test]
fn errors_match_cpython() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "EOFError: EOF read where object expected"),
        (b"i", "EOFError: marshal data too short"),
        (b"i\x01", "EOFError: marshal data too short"),
        (b"z", "EOFError: EOF read where not expected"),
        (b"z\x05ab", "EOFError: marshal data too short"),
        (
            b"s\xff\xff\xff\xff",
            "ValueError: bad marshal data (bytes object size out of range)",
        ),
        (
            b"a\x00\x00\x00\x80",
            "ValueError: bad marshal data (string size out of range)",
        ),
        (
            b"l\x01\x00\x00\x00\x00\x00",
            "ValueError: bad marshal data (unnormalized long data)",
        ),
        (
            b"l\x02\x00\x00\x00\x01\x00\x00\x00",
            "ValueError: bad marshal data (unnormalized long data)",
        ),
        (
            b"l\x01\x00\x00\x00\x00\x80",
            "ValueError: bad marshal data (digit out of range in long)",
        ),
        (
            b"l\x00\x00\x00\x80",
            "ValueError: bad marshal data (long size out of range)",
        ),
        (b"l\x01\x00\x00\x00\x01", "EOFError: marshal data too short"),
        (
            b"r\x00\x00\x00\x00",
            "ValueError: bad marshal data (invalid reference)",
        ),
        (
            b"\xf2\x00\x00\x00\x00",
            "ValueError: bad marshal data (invalid reference)",
        ),
        (b"?", "ValueError: bad marshal data (unknown type code)"),
        (b"\x80", "ValueError: bad marshal data (unknown type code)"),
        (b"0", "TypeError: NULL object in marshal data for object"),
        (
            b"(\x01\x00\x00\x000",
            "TypeError: NULL object in marshal data for tuple",
        ),
        (
            b"[\x01\x00\x00\x000",
            "TypeError: NULL object in marshal data for list",
        ),
        (
            b"<\x01\x00\x00\x000",
            "TypeError: NULL object in marshal data for set",
        ),
        (
            b"u\x02\x00\x00\x00\xff\xfe",
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        ),
        (b")", "EOFError: EOF read where not expected"),
        (b")\x01", "EOFError: EOF read where object expected"),
        (
            b"(\xff\xff\xff\xff",
            "ValueError: bad marshal data (tuple size out of range)",
        ),
        (
            b"[\xff\xff\xff\x7f",
            "EOFError: EOF read where object expected",
        ),
        (b"{N", "EOFError: EOF read where object expected"),
        (
            b"{[\x00\x00\x00\x00N0",
            "TypeError: unhashable type: 'list'",
        ),
        (
            b"<\x01\x00\x00\x00[\x00\x00\x00\x00",
            "TypeError: unhashable type: 'list'",
        ),
        (
            b"{)\x01[\x00\x00\x00\x00N0",
            "TypeError: unhashable type: 'list'",
        ),
        (
            b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00",
            "ValueError: bad marshal data (invalid reference)",
        ),
        (
            b"f\x03abc",
            "ValueError: could not convert string to float: 'abc'",
        ),
        (
            b"f\x05  1.5",
            "ValueError: could not convert string to float: '  1.5'",
        ),
        (
            b"f\x031_0",
            "ValueError: could not convert string to float: '1_0'",
        ),
        (
            b"f\x04nan1",
            "ValueError: could not convert string to float: 'nan1'",
        ),
        (b"f", "EOFError: EOF read where not expected"),
        (b"x\x011", "EOFError: EOF read where not expected"),
        (b"c", "EOFError: marshal data too short"),
        (
            b">\xff\xff\xff\xff",
            "ValueError: bad marshal data (set size out of range)",
        ),
        (b"y\x00\x00", "EOFError: marshal data too short"),
        (b"I\x01\x00", "EOFError: marshal data too short"),
    ];
    for (data, want) in cases {
        assert_eq!(&err(data), want, "for {data:?}");
    }
}

#[test]
fn values_match_cpython() {
    let v = |d: &[u8]| loads(d).unwrap();
    assert_eq!(v(b"l\xff\xff\xff\xff\x01\x00"), Constant::int(-1));
    assert_eq!(
        v(b"l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00"),
        Constant::Int(BigInt::from(1u64 << 31))
    );
    assert_eq!(
        v(b"I\x01\x00\x00\x00\x00\x00\x00\x80"),
        Constant::Int(BigInt::from(-9223372036854775807i64))
    );
    assert_eq!(v(b"\xce"), Constant::None);
    assert_eq!(v(b"\xe9\x01\x00\x00\x00"), Constant::int(1));
    assert_eq!(v(b"\xd3r\x00\x00\x00\x00"), Constant::StopIteration);
    assert_eq!(v(b"f\x031.5"), Constant::Float(1.5));
    assert_eq!(v(b"f\x031\x002"), Constant::Float(1.0));
    assert_eq!(v(b"f\x041e99999"), Constant::Float(1e99));
    assert_eq!(v(b"f\x03INF"), Constant::Float(f64::INFINITY));
    assert_eq!(v(b"f\x08Infinity"), Constant::Float(f64::INFINITY));
    assert_eq!(v(b"f\x02.5"), Constant::Float(0.5));
    assert_eq!(v(b"f\x021."), Constant::Float(1.0));
    assert_eq!(v(b"f\x03+.5"), Constant::Float(0.5));
    assert_eq!(v(b"f\x041.e5"), Constant::Float(100000.0));
    assert!(matches!(v(b"f\x04-nan"), Constant::Float(f) if f.is_nan()));
    assert_eq!(v(b"x\x011\x012"), Constant::Complex { re: 1.0, im: 2.0 });
    assert_eq!(
        v(b"Z\x01\xff"),
        Constant::Str(PyStr::from_code_points([0xFF]))
    );
    assert_eq!(v(b"t\x00\x00\x00\x00"), Constant::str(""));
    assert_eq!(
        v(b"u\x03\x00\x00\x00\xed\xa0\x80"),
        Constant::Str(PyStr::from_code_points([0xD800]))
    );
    assert_eq!(
        v(b">\x00\x00\x00\x00"),
        Constant::FrozenSet(Arc::from(Vec::new()))
    );
    // Python equality merges 1, 1.0 and True; the first stays.
    assert_eq!(
        v(b"<\x03\x00\x00\x00i\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf0?T"),
        Constant::Set(Arc::from(vec![Constant::int(1)]))
    );
    // NaNs are never equal: both stay.
    let nans =
        v(b">\x02\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8\x7fg\x00\x00\x00\x00\x00\x00\xf8\x7f");
    assert!(matches!(nans, Constant::FrozenSet(ref s) if s.len() == 2));
    // (1, True) == (1.0, 1)
    let t = v(b">\x02\x00\x00\x00)\x02i\x01\x00\x00\x00T)\x02g\x00\x00\x00\x00\x00\x00\xf0?i\x01\x00\x00\x00");
    assert!(matches!(t, Constant::FrozenSet(ref s) if s.len() == 1));
    // Dicts: a repeated key keeps its first position and takes the last value.
    let d = v(
        b"{i\x01\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00i\x02\x00\x00\x00Ti\x03\x00\x00\x000",
    );
    assert_eq!(
        d,
        Constant::Dict(Arc::from(vec![
            (Constant::int(1), Constant::int(3)),
            (Constant::int(2), Constant::int(2))
        ]))
    );
    // A NULL value ends the dict.
    assert_eq!(v(b"{N0"), Constant::Dict(Arc::from(Vec::new())));
    // References to finished objects.
    assert_eq!(
        v(b"\xa9\x02\xe9\x01\x00\x00\x00r\x01\x00\x00\x00"),
        Constant::tuple(vec![Constant::int(1), Constant::int(1)])
    );
}

#[test]
fn self_containing_containers_are_refused() {
    let e = err(b"\xa9\x02\xe9\x01\x00\x00\x00r\x00\x00\x00\x00");
    assert!(
        e.starts_with("ValueError: bad marshal data (reference to a tuple from inside itself"),
        "{e}"
    );
    let e = err(b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00");
    assert!(e.contains("list"), "{e}");
}

#[test]
fn depth_limit() {
    let mut ok = b")\x01".repeat(1999);
    ok.push(b'N');
    assert!(loads(&ok).is_ok());
    let mut deep = b")\x01".repeat(2000);
    deep.push(b'N');
    assert_eq!(err(&deep), "ValueError: recursion limit exceeded");
    // Height reached through references counts too: each tuple refers to the previous one.
    let mut data = vec![b'(', 0, 0, 0, 0];
    let n = 3000i32;
    data[1..5].copy_from_slice(&i32b(n));
    data.extend_from_slice(b"\xa9\x00");
    for k in 0..n - 1 {
        data.extend_from_slice(b"\xa9\x01r");
        data.extend_from_slice(&i32b(k));
    }
    assert_eq!(err(&data), "ValueError: recursion limit exceeded");
}

/// A code object with every field set to something recognizable.
fn sample_code() -> CodeObject {
    let inner = CodeObject {
        argcount: 2,
        posonlyargcount: 1,
        kwonlyargcount: 0,
        stacksize: 3,
        flags: 3,
        code: vec![0x97, 0, 0x7c, 0, 0x53, 0],
        consts: vec![
            Constant::None,
            Constant::Float(1.5),
            Constant::Int(BigInt::from(10).pow(20)),
        ],
        names: vec![],
        localsplusnames: vec![Arc::from("a"), Arc::from("b"), Arc::from("café")],
        localspluskinds: vec![0x20, 0x20, 0x20],
        filename: Arc::from("some/file.py"),
        name: Arc::from("f"),
        qualname: Arc::from("C.f"),
        firstlineno: 3,
        linetable: vec![0x80, 0x00],
        exceptiontable: vec![],
    };
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 2,
        flags: 0,
        code: vec![0x97, 0, 0x64, 0, 0x53, 0],
        consts: vec![
            Constant::Code(Arc::new(inner)),
            Constant::str("a docstring that is long"),
            Constant::str("name_like"),
            Constant::Str(PyStr::from_code_points([0x61, 0xDC80])),
            Constant::Int(BigInt::from(-(1i64 << 40))),
            Constant::int(-7),
            Constant::Complex {
                re: -0.0,
                im: f64::INFINITY,
            },
            Constant::Bytes(Arc::from(&b"\x00\x01"[..])),
            Constant::tuple(vec![
                Constant::str("x"),
                Constant::Bool(true),
                Constant::Ellipsis,
            ]),
            Constant::FrozenSet(Arc::from(vec![Constant::int(1), Constant::int(2)])),
            Constant::str(&"long ".repeat(100)),
        ],
        names: vec![Arc::from("print"), Arc::from("some/file.py")],
        localsplusnames: vec![],
        localspluskinds: vec![],
        filename: Arc::from("some/file.py"),
        name: Arc::from("<module>"),
        qualname: Arc::from("<module>"),
        firstlineno: 1,
        linetable: vec![0xf0, 0x03, 0x01],
        exceptiontable: vec![],
    }
}

#[test]
fn round_trip_code() {
    let code = sample_code();
    let data = dumps_code(&code);
    let back = loads_code(&data).unwrap();
    assert!(back.same_as(&code));
    // Repeated long strings become references.
    assert!(data.contains(&type_code::REF));
    assert_eq!(dumps(&Constant::Code(Arc::new(code))), data);
}

#[test]
fn round_trip_values() {
    let values = vec![
        Constant::None,
        Constant::Int(BigInt::from(1u64 << 31)),
        Constant::Int(-BigInt::from(1u64 << 31)),
        Constant::int(i64::from(i32::MIN)),
        Constant::Int(BigInt::from(7).pow(100)),
        Constant::Float(-0.0),
        Constant::List(Arc::from(vec![Constant::None, Constant::str("é")])),
        Constant::Set(Arc::from(vec![Constant::int(3)])),
        Constant::Dict(Arc::from(vec![(
            Constant::str("k"),
            Constant::List(Arc::from(vec![])),
        )])),
        Constant::StopIteration,
        Constant::tuple((0..300).map(Constant::int).collect()),
    ];
    for v in values {
        let back = loads(&dumps(&v)).unwrap();
        assert!(back.same_as(&v), "{v:?} came back as {back:?}");
    }
    // Minimal encodings CPython uses.
    assert_eq!(dumps(&Constant::int(1)), b"i\x01\x00\x00\x00");
    assert_eq!(
        dumps(&Constant::Int(BigInt::from(1u64 << 31))),
        b"l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00"
    );
    assert_eq!(dumps(&Constant::str("abc")), b"Z\x03abc");
    assert_eq!(dumps(&Constant::str("a b")), b"z\x03a b");
}

#[test]
fn try_dumps_limits_depth() {
    let mut v = Constant::None;
    for _ in 0..2000 {
        v = Constant::tuple(vec![v]);
    }
    assert_eq!(
        try_dumps(&v).unwrap_err().to_string(),
        "ValueError: object too deeply nested to marshal"
    );
}

fn code_with(edit: impl FnOnce(&mut Vec<u8>)) -> String {
    // A minimal module code object, serialized, then edited.
    let mut d = Vec::new();
    d.push(b'c');
    for v in [0, 0, 0, 1, 0] {
        d.extend_from_slice(&i32b(v));
    }
    edit(&mut d);
    err(&d)
}

#[test]
fn code_validation() {
    let rest = |d: &mut Vec<u8>, code: &[u8]| {
        d.extend_from_slice(code);
        d.extend_from_slice(b")\x01N)\x00)\x00s\x00\x00\x00\x00z\x01fz\x01nz\x01q");
        d.extend_from_slice(&i32b(1));
        d.extend_from_slice(b"s\x00\x00\x00\x00s\x00\x00\x00\x00");
    };
    assert_eq!(
        code_with(|d| rest(d, b"s\x03\x00\x00\x00\x97\x00y")),
        "ValueError: code: co_code is malformed"
    );
    assert!(
        code_with(|d| rest(d, b"z\x02ab"))
            .starts_with("SystemError: bad argument to internal function")
    );
    assert_eq!(
        code_with(|d| d.push(b'0')),
        "TypeError: NULL object in marshal data for code object"
    );
    assert_eq!(
        code_with(|d| {
            d[1..5].copy_from_slice(&i32b(1));
            rest(d, b"s\x00\x00\x00\x00");
        }),
        "ValueError: code: co_varnames is too small"
    );
}

#[test]
fn shared_objects_are_written_once() {
    // A DAG whose tree expansion has 2^60 leaves: written with references, it stays small.
    let mut v = Constant::tuple(vec![Constant::int(1)]);
    for _ in 0..60 {
        v = Constant::tuple(vec![v.clone(), v]);
    }
    let data = dumps(&v);
    assert!(data.len() < 1000, "{} bytes", data.len());
    let back = loads(&data).unwrap();
    assert_eq!(dumps(&back), data);
    // The reader shares what was referenced, so writing again is stable.
    let nested = loads(b")\x02\xa9\x01N)\x02r\x00\x00\x00\x00r\x00\x00\x00\x00").unwrap();
    let once = dumps(&nested);
    assert_eq!(dumps(&loads(&once).unwrap()), once);
}
