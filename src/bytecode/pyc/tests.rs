//! Unit tests of the pyc header, naming rules and writer, with expected values from CPython
//! 3.12.1's importlib.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::bytecode::code::{CodeObject, Constant};

#[test]
fn source_hash_matches_importlib() {
    assert_eq!(
        source_hash(b""),
        [0xba, 0xf1, 0x8e, 0xed, 0xc9, 0x38, 0x7a, 0x25]
    );
    assert_eq!(hex(&source_hash(b"print(1)\n")), "bf71f361a5f8cd69");
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn cache_names_match_importlib() {
    let cases = [
        (
            "/a/b/m.py",
            "/a/b/__pycache__/m.cpython-312.pyc",
            "/a/b/__pycache__/m.cpython-312.opt-2.pyc",
        ),
        (
            "m.py",
            "__pycache__/m.cpython-312.pyc",
            "__pycache__/m.cpython-312.opt-2.pyc",
        ),
        (
            "/m.py",
            "__pycache__/m.cpython-312.pyc",
            "__pycache__/m.cpython-312.opt-2.pyc",
        ),
        (
            "a.b.py",
            "__pycache__/a.b.cpython-312.pyc",
            "__pycache__/a.b.cpython-312.opt-2.pyc",
        ),
        (
            "dir/README",
            "dir/__pycache__/READMEcpython-312.pyc",
            "dir/__pycache__/READMEcpython-312.opt-2.pyc",
        ),
        (
            "dir/.hidden",
            "dir/__pycache__/hidden.cpython-312.pyc",
            "dir/__pycache__/hidden.cpython-312.opt-2.pyc",
        ),
        (
            "dir/",
            "dir/__pycache__/cpython-312.pyc",
            "dir/__pycache__/cpython-312.opt-2.pyc",
        ),
        (
            "a//b//m.py",
            "a//b/__pycache__/m.cpython-312.pyc",
            "a//b/__pycache__/m.cpython-312.opt-2.pyc",
        ),
    ];
    for (src, plain, opt2) in cases {
        assert_eq!(
            cache_from_source(Path::new(src), "cpython-312", "").unwrap(),
            PathBuf::from(plain)
        );
        assert_eq!(
            cache_from_source(Path::new(src), "cpython-312", "2").unwrap(),
            PathBuf::from(opt2)
        );
    }
    assert_eq!(
        cache_from_source(Path::new("m.py"), "cpython-312", "a-b")
            .unwrap_err()
            .to_string(),
        "ValueError: 'a-b' is not alphanumeric"
    );
    assert_eq!(
        cache_from_source_with_prefix(
            Path::new("/x/y/m.py"),
            "pypy-312",
            "",
            Some(Path::new("pfx/"))
        )
        .unwrap(),
        PathBuf::from("pfx/x/y/m.pypy-312.pyc")
    );
}

#[test]
fn source_names_match_importlib() {
    let ok = [
        ("/a/__pycache__/m.cpython-312.pyc", "/a/m.py"),
        ("__pycache__/m.cpython-312.opt-1.pyc", "m.py"),
        ("__pycache__/.x.y", ".py"),
    ];
    for (p, want) in ok {
        assert_eq!(
            source_from_cache(Path::new(p), None).unwrap(),
            PathBuf::from(want)
        );
    }
    let bad = [
        (
            "a/m.cpython-312.pyc",
            "__pycache__ not bottom-level directory in 'a/m.cpython-312.pyc'",
        ),
        (
            "a/__pycache__/m.pyc",
            "expected only 2 or 3 dots in 'm.pyc'",
        ),
        (
            "a/__pycache__/m.x.y.z.pyc",
            "expected only 2 or 3 dots in 'm.x.y.z.pyc'",
        ),
        (
            "a/__pycache__/m.x.opt-.pyc",
            "optimization level 'opt-' is not an alphanumeric value",
        ),
        (
            "a/__pycache__/m.x.o1.pyc",
            "optimization portion of filename does not start with 'opt-'",
        ),
    ];
    for (p, want) in bad {
        assert_eq!(source_from_cache(Path::new(p), None).unwrap_err().msg, want);
    }
    assert_eq!(
        source_from_cache(Path::new("pfx/x/y/m.pypy-312.pyc"), Some(Path::new("pfx"))).unwrap(),
        PathBuf::from("/x/y/m.py")
    );
}

fn tiny_code() -> CodeObject {
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 1,
        flags: 0,
        code: vec![0x97, 0, 0x79, 0],
        consts: vec![Constant::None],
        names: vec![],
        localsplusnames: vec![],
        localspluskinds: vec![],
        filename: Arc::from("m.py"),
        name: Arc::from("<module>"),
        qualname: Arc::from("<module>"),
        firstlineno: 1,
        linetable: vec![],
        exceptiontable: vec![],
    }
}

#[test]
fn headers() {
    let code = tiny_code();
    let ts = timestamp_pyc(&code, 0x1_2345_6789, 0x1_0000_0010);
    assert_eq!(
        &ts[..16],
        b"\xcb\r\r\n\x00\x00\x00\x00\x89\x67\x45\x23\x10\x00\x00\x00"
    );
    let (h, back) = read_pyc(&ts, "m", "m.pyc").unwrap();
    assert!(back.same_as(&code));
    assert!(validate_timestamp(&h, 0x2345_6789, Some(0x10), "m").is_ok());
    assert_eq!(
        validate_timestamp(&h, 1, None, "m")
            .unwrap_err()
            .to_string(),
        "ImportError: bytecode is stale for 'm'"
    );
    let hp = hash_pyc(&code, source_hash(b"x"), true);
    let (h, _) = read_pyc(&hp, "m", "m.pyc").unwrap();
    assert_eq!(h.flags, 3);
    assert!(validate_hash(&h, &source_hash(b"x"), "m").is_ok());
    assert!(validate_hash(&h, &source_hash(b"y"), "m").is_err());
    assert_eq!(hash_pyc(&code, [0; 8], false)[4], 1);

    let err = |d: &[u8]| read_pyc(d, "m", "m.pyc").unwrap_err().to_string();
    assert_eq!(
        err(b"\xcc\r\r\nxxxx"),
        "ImportError: bad magic number in 'm': b'\\xcc\\r\\r\\n'"
    );
    assert_eq!(
        err(b"\xcb\r"),
        "ImportError: bad magic number in 'm': b'\\xcb\\r'"
    );
    assert_eq!(
        err(b"\xcb\r\r\n\0\0"),
        "EOFError: reached EOF while reading pyc header of 'm'"
    );
    assert_eq!(
        err(b"\xcb\r\r\n\x04\0\0\0\0\0\0\0\0\0\0\0N"),
        "ImportError: invalid flags 4 in 'm'"
    );
    assert_eq!(
        err(b"\xcb\r\r\n\0\0\0\0\0\0\0\0\0\0\0\0N"),
        "ImportError: Non-code object in 'm.pyc'"
    );
    assert_eq!(
        err(b"\xcb\r\r\n\0\0\0\0\0\0\0\0\0\0\0\0"),
        "EOFError: EOF read where object expected"
    );
}

#[test]
fn atomic_write() {
    let dir = std::env::temp_dir().join(format!("pyrs-pyc-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let target = dir.join("a/b/__pycache__/m.cpython-312.pyc");
    set_data(&target, b"data", 0o644).unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"data");
    write_atomic(&target, b"more", 0o644).unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"more");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o200, 0o200);
    }
    // Only the target is left: no temporary file.
    let names: Vec<_> = std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1);
    // A missing directory is an error naming the temporary file.
    let e = write_atomic(&dir.join("nope/x.pyc"), b"", 0o644).unwrap_err();
    assert_eq!(e.exc_type, "FileNotFoundError");
    assert!(
        e.text.starts_with("[Errno 2] No such file or directory: '"),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
