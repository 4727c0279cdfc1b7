//! The marshal reader: CPython 3.12's `r_object`, over a byte slice, producing `Constant`s, with
//! the reference table, depth limit and code-object validation.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use rustc_hash::FxHashSet;

use super::keys::{KeyedItems, Keys};
use super::type_code as tc;
use super::{MAX_DEPTH, MarshalError, utf8};
use crate::bytecode::code::{CodeObject, Constant, kinds};
use crate::bytecode::pystr::PyStr;

/// A slot of the reference table.
enum Slot {
    /// Reserved by an object still being read. `Some(type)` for the containers CPython would
    /// already have published (a reference to them makes a cycle pyrs cannot represent);
    /// `None` for code objects and frozensets, whose slot CPython fills only when complete.
    Pending(Option<&'static str>),
    /// A finished object and its height (1 for a leaf).
    Done(Constant, u32),
}

pub(super) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: u32,
    refs: Vec<Slot>,
    /// Names of code objects, shared between code objects as CPython's interning shares them.
    names: FxHashSet<Arc<str>>,
    keys: Keys,
}

/// An object read and its height.
type Obj = (Constant, u32);

impl<'a> Reader<'a> {
    pub(super) fn new(data: &'a [u8]) -> Reader<'a> {
        Reader {
            data,
            pos: 0,
            depth: 0,
            refs: Vec::new(),
            names: FxHashSet::default(),
            keys: Keys::new(),
        }
    }

    /// `marshal.loads`: one object; TYPE_NULL at the top is a TypeError.
    pub(super) fn read_top(&mut self) -> Result<Constant, MarshalError> {
        match self.read_object()? {
            Some((c, _)) => Ok(c),
            None => Err(MarshalError::new(
                "TypeError",
                "NULL object in marshal data for object",
            )),
        }
    }

    /// How many bytes have been read.
    pub(super) fn position(&self) -> usize {
        self.pos
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], MarshalError> {
        if self.remaining() < n {
            return Err(MarshalError::too_short());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// A length byte (short strings, small tuples, text floats).
    fn byte_not_eof(&mut self) -> Result<u8, MarshalError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(MarshalError::new("EOFError", "EOF read where not expected")),
        }
    }

    fn i32(&mut self) -> Result<i32, MarshalError> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    /// A size field that must not be negative.
    fn size(&mut self, what: &str) -> Result<usize, MarshalError> {
        let n = self.i32()?;
        usize::try_from(n).map_err(|_| MarshalError::bad(&format!("{what} size out of range")))
    }

    fn reserve(&mut self, flag: bool, kind: Option<&'static str>) -> Option<usize> {
        flag.then(|| {
            self.refs.push(Slot::Pending(kind));
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, idx: Option<usize>, obj: &Obj) {
        if let Some(i) = idx {
            self.refs[i] = Slot::Done(obj.0.clone(), obj.1);
        }
    }

    /// Reads one object; Ok(None) is TYPE_NULL.
    fn read_object(&mut self) -> Result<Option<Obj>, MarshalError> {
        let Some(&code) = self.data.get(self.pos) else {
            return Err(MarshalError::new(
                "EOFError",
                "EOF read where object expected",
            ));
        };
        self.pos += 1;
        if self.depth >= MAX_DEPTH {
            return Err(MarshalError::value("recursion limit exceeded"));
        }
        self.depth += 1;
        let r = self.read_body(code);
        self.depth -= 1;
        r
    }

    fn read_body(&mut self, code: u8) -> Result<Option<Obj>, MarshalError> {
        let flag = code & tc::FLAG_REF != 0;
        let t = code & !tc::FLAG_REF;
        let leaf = |c: Constant| Ok(Some((c, 1)));
        match t {
            tc::NULL => Ok(None),
            tc::NONE => leaf(Constant::None),
            tc::STOPITER => leaf(Constant::StopIteration),
            tc::ELLIPSIS => leaf(Constant::Ellipsis),
            tc::FALSE => leaf(Constant::Bool(false)),
            tc::TRUE => leaf(Constant::Bool(true)),
            tc::REF => self.read_ref().map(Some),
            tc::CODE => self.read_code(flag).map(Some),
            tc::TUPLE | tc::SMALL_TUPLE | tc::LIST => self.read_sequence(t, flag).map(Some),
            tc::DICT => self.read_dict(flag).map(Some),
            tc::SET | tc::FROZENSET => self.read_set(t, flag).map(Some),
            _ => {
                let c = self.read_scalar(t)?;
                let obj = (c, 1);
                if flag {
                    self.refs.push(Slot::Done(obj.0.clone(), 1));
                }
                Ok(Some(obj))
            }
        }
    }

    /// Objects without children.
    fn read_scalar(&mut self, t: u8) -> Result<Constant, MarshalError> {
        Ok(match t {
            tc::INT => Constant::Int(BigInt::from(self.i32()?)),
            tc::INT64 => {
                let b = self.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Constant::Int(BigInt::from(i64::from_le_bytes(a)))
            }
            tc::LONG => Constant::Int(self.read_long()?),
            tc::FLOAT => Constant::Float(self.read_float_str()?),
            tc::BINARY_FLOAT => Constant::Float(self.f64()?),
            tc::COMPLEX => {
                let re = self.read_float_str()?;
                let im = self.read_float_str()?;
                Constant::Complex { re, im }
            }
            tc::BINARY_COMPLEX => {
                let re = self.f64()?;
                let im = self.f64()?;
                Constant::Complex { re, im }
            }
            tc::STRING => {
                let n = self.size("bytes object")?;
                Constant::Bytes(Arc::from(self.take(n)?))
            }
            tc::ASCII | tc::ASCII_INTERNED => {
                let n = self.size("string")?;
                Constant::Str(PyStr::from_latin1(self.take(n)?))
            }
            tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = usize::from(self.byte_not_eof()?);
                Constant::Str(PyStr::from_latin1(self.take(n)?))
            }
            tc::UNICODE | tc::INTERNED => {
                let n = self.size("string")?;
                Constant::Str(utf8::decode_surrogatepass(self.take(n)?)?)
            }
            _ => return Err(MarshalError::bad("unknown type code")),
        })
    }

    /// TYPE_LONG: a signed count of 15-bit digits, least significant first.
    fn read_long(&mut self) -> Result<BigInt, MarshalError> {
        let n = self.i32()?;
        if n == 0 {
            return Ok(BigInt::from(0));
        }
        if n == i32::MIN {
            return Err(MarshalError::bad("long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        // Digits are read one by one (so errors come in CPython's order); the buffer never
        // exceeds what the input holds.
        let mut digits: Vec<u32> = Vec::with_capacity(count.min(self.remaining() / 2) / 2 + 1);
        let mut acc: u64 = 0;
        let mut bits = 0u32;
        for j in 0..count {
            let b = self.take(2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d > 0x7FFF {
                return Err(MarshalError::bad("digit out of range in long"));
            }
            if d == 0 && j == count - 1 {
                return Err(MarshalError::bad("unnormalized long data"));
            }
            acc |= u64::from(d) << bits;
            bits += 15;
            if bits >= 32 {
                digits.push(acc as u32);
                acc >>= 32;
                bits -= 32;
            }
        }
        if bits > 0 {
            digits.push(acc as u32);
        }
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_slice(sign, &digits))
    }

    /// TYPE_FLOAT / TYPE_COMPLEX: a length byte and the repr digits.
    fn read_float_str(&mut self) -> Result<f64, MarshalError> {
        let n = usize::from(self.byte_not_eof()?);
        let raw = self.take(n)?;
        // CPython copies into a NUL-terminated buffer: the text ends at the first NUL.
        let raw = raw.split(|&b| b == 0).next().unwrap_or(&[]);
        parse_python_float(raw).ok_or_else(|| {
            let shown: String = String::from_utf8_lossy(raw).chars().take(200).collect();
            MarshalError::value(format!("could not convert string to float: '{shown}'"))
        })
    }

    fn read_ref(&mut self) -> Result<Obj, MarshalError> {
        let n = self.i32()?;
        let slot = usize::try_from(n).ok().and_then(|i| self.refs.get(i));
        match slot {
            Some(Slot::Done(c, h)) => {
                // The object now sits at this depth: its whole height must fit the limit.
                if self.depth - 1 + *h > MAX_DEPTH {
                    return Err(MarshalError::value("recursion limit exceeded"));
                }
                Ok((c.clone(), *h))
            }
            Some(Slot::Pending(Some(kind))) => Err(MarshalError::bad(&format!(
                "reference to a {kind} from inside itself: a {kind} that contains itself is not supported"
            ))),
            Some(Slot::Pending(None)) | None => Err(MarshalError::bad("invalid reference")),
        }
    }

    fn child(&mut self, what: &str) -> Result<Obj, MarshalError> {
        self.read_object()?.ok_or_else(|| {
            MarshalError::new(
                "TypeError",
                format!("NULL object in marshal data for {what}"),
            )
        })
    }

    fn read_sequence(&mut self, t: u8, flag: bool) -> Result<Obj, MarshalError> {
        let n = match t {
            tc::SMALL_TUPLE => usize::from(self.byte_not_eof()?),
            tc::TUPLE => self.size("tuple")?,
            _ => self.size("list")?,
        };
        let (kind, what) = if t == tc::LIST {
            ("list", "list")
        } else {
            ("tuple", "tuple")
        };
        let idx = self.reserve(flag, Some(kind));
        let mut items = Vec::with_capacity(n.min(self.remaining()));
        let mut height = 0;
        for _ in 0..n {
            let (c, h) = self.child(what)?;
            height = height.max(h);
            items.push(c);
        }
        let c = if t == tc::LIST {
            Constant::List(Arc::from(items))
        } else {
            Constant::Tuple(Arc::from(items))
        };
        let obj = (c, height + 1);
        self.fill(idx, &obj);
        Ok(obj)
    }

    fn read_dict(&mut self, flag: bool) -> Result<Obj, MarshalError> {
        let idx = self.reserve(flag, Some("dict"));
        let mut map: KeyedItems<Constant> = KeyedItems::with_capacity(0);
        let mut height = 0;
        while let Some((key, hk)) = self.read_object()? {
            let Some((value, hv)) = self.read_object()? else {
                break;
            };
            height = height.max(hk).max(hv);
            self.keys.insert(&mut map, key, value)?;
        }
        let obj = (Constant::Dict(Arc::from(map.items)), height + 1);
        self.fill(idx, &obj);
        Ok(obj)
    }

    fn read_set(&mut self, t: u8, flag: bool) -> Result<Obj, MarshalError> {
        let n = self.size("set")?;
        let frozen = t == tc::FROZENSET;
        if n == 0 && frozen {
            let obj = (Constant::FrozenSet(Arc::from(Vec::new())), 1);
            if flag {
                self.refs.push(Slot::Done(obj.0.clone(), 1));
            }
            return Ok(obj);
        }
        let idx = self.reserve(flag, if frozen { None } else { Some("set") });
        let mut set: KeyedItems<()> = KeyedItems::with_capacity(n.min(self.remaining()));
        let mut height = 0;
        for _ in 0..n {
            let (c, h) = self.child("set")?;
            height = height.max(h);
            self.keys.set_add(&mut set, c)?;
        }
        let items: Vec<Constant> = set.items.into_iter().map(|(c, ())| c).collect();
        let c = if frozen {
            Constant::FrozenSet(Arc::from(items))
        } else {
            Constant::Set(Arc::from(items))
        };
        let obj = (c, height + 1);
        self.fill(idx, &obj);
        Ok(obj)
    }

    fn read_code(&mut self, flag: bool) -> Result<Obj, MarshalError> {
        let idx = self.reserve(flag, None);
        let argcount = self.i32()?;
        let posonlyargcount = self.i32()?;
        let kwonlyargcount = self.i32()?;
        let stacksize = self.i32()?;
        let flags = self.i32()?;
        let mut height = 0;
        let mut field = |r: &mut Self| -> Result<Constant, MarshalError> {
            let (c, h) = r.child("code object")?;
            height = height.max(h);
            Ok(c)
        };
        let code = field(self)?;
        let consts = field(self)?;
        let names = field(self)?;
        let localsplusnames = field(self)?;
        let localspluskinds = field(self)?;
        let filename = field(self)?;
        let name = field(self)?;
        let qualname = field(self)?;
        let firstlineno = self.i32()?;
        let linetable = field(self)?;
        let exceptiontable = field(self)?;
        let raw = RawCode {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        };
        let code = raw.validate(&mut self.names)?;
        let obj = (Constant::Code(Arc::new(code)), height + 1);
        self.fill(idx, &obj);
        Ok(obj)
    }
}

/// The fields of a code object as read, before validation.
struct RawCode {
    argcount: i32,
    posonlyargcount: i32,
    kwonlyargcount: i32,
    stacksize: i32,
    flags: i32,
    code: Constant,
    consts: Constant,
    names: Constant,
    localsplusnames: Constant,
    localspluskinds: Constant,
    filename: Constant,
    name: Constant,
    qualname: Constant,
    firstlineno: i32,
    linetable: Constant,
    exceptiontable: Constant,
}

fn bad_call(what: &str) -> MarshalError {
    MarshalError::new(
        "SystemError",
        format!("bad argument to internal function ({what})"),
    )
}

fn bytes_of(c: &Constant, field: &str) -> Result<Vec<u8>, MarshalError> {
    match c {
        Constant::Bytes(b) => Ok(b.to_vec()),
        other => Err(bad_call(&format!(
            "{field} must be bytes, not {}",
            other.type_name()
        ))),
    }
}

fn tuple_of<'c>(c: &'c Constant, field: &str) -> Result<&'c [Constant], MarshalError> {
    match c {
        Constant::Tuple(t) => Ok(t),
        other => Err(bad_call(&format!(
            "{field} must be a tuple, not {}",
            other.type_name()
        ))),
    }
}

fn str_of<'c>(c: &'c Constant, field: &str) -> Result<&'c PyStr, MarshalError> {
    match c {
        Constant::Str(s) => Ok(s),
        other => Err(bad_call(&format!(
            "{field} must be a str, not {}",
            other.type_name()
        ))),
    }
}

/// A string pyrs keeps as a Rust `str` (names, the file name): surrogates are refused.
fn text(s: &PyStr, field: &str, table: &mut FxHashSet<Arc<str>>) -> Result<Arc<str>, MarshalError> {
    let Some(t) = s.as_str() else {
        return Err(MarshalError::bad(&format!(
            "{field} holds a lone surrogate, which pyrs does not support there"
        )));
    };
    if let Some(shared) = table.get(t) {
        return Ok(shared.clone());
    }
    let rc: Arc<str> = Arc::from(t);
    table.insert(rc.clone());
    Ok(rc)
}

fn name_tuple(
    items: &[Constant],
    field: &str,
    table: &mut FxHashSet<Arc<str>>,
) -> Result<Vec<Arc<str>>, MarshalError> {
    items
        .iter()
        .map(|c| match c {
            Constant::Str(s) => text(s, field, table),
            _ => Err(MarshalError::new(
                "SystemError",
                "non-string found in code slot",
            )),
        })
        .collect()
}

impl RawCode {
    /// `_PyCode_Validate` and the checks of `_PyCode_New`, in CPython's order.
    fn validate(self, table: &mut FxHashSet<Arc<str>>) -> Result<CodeObject, MarshalError> {
        if self.argcount < self.posonlyargcount {
            return Err(bad_call("co_argcount is less than co_posonlyargcount"));
        }
        for (v, f) in [
            (self.posonlyargcount, "co_posonlyargcount"),
            (self.kwonlyargcount, "co_kwonlyargcount"),
            (self.stacksize, "co_stacksize"),
            (self.flags, "co_flags"),
        ] {
            if v < 0 {
                return Err(bad_call(&format!("{f} is negative")));
            }
        }
        let code = bytes_of(&self.code, "co_code")?;
        let consts = tuple_of(&self.consts, "co_consts")?;
        let names = tuple_of(&self.names, "co_names")?;
        let lpnames = tuple_of(&self.localsplusnames, "co_localsplusnames")?;
        let lpkinds = bytes_of(&self.localspluskinds, "co_localspluskinds")?;
        if lpnames.len() != lpkinds.len() {
            return Err(bad_call(
                "co_localsplusnames and co_localspluskinds differ in length",
            ));
        }
        let name = str_of(&self.name, "co_name")?;
        let qualname = str_of(&self.qualname, "co_qualname")?;
        let filename = str_of(&self.filename, "co_filename")?;
        let linetable = bytes_of(&self.linetable, "co_linetable")?;
        let exceptiontable = bytes_of(&self.exceptiontable, "co_exceptiontable")?;
        if code.len() % 2 != 0 {
            return Err(MarshalError::value("code: co_code is malformed"));
        }
        let nlocals = lpkinds.iter().filter(|&&k| k & kinds::LOCAL != 0).count() as i64;
        let plain = nlocals
            - i64::from(self.argcount)
            - i64::from(self.kwonlyargcount)
            - i64::from(self.flags as u32 & crate::bytecode::code::flags::VARARGS != 0)
            - i64::from(self.flags as u32 & crate::bytecode::code::flags::VARKEYWORDS != 0);
        if plain < 0 {
            return Err(MarshalError::value("code: co_varnames is too small"));
        }
        let names = name_tuple(names, "co_names", table)?;
        let consts = consts.to_vec();
        let localsplusnames = name_tuple(lpnames, "co_localsplusnames", table)?;
        Ok(CodeObject {
            argcount: self.argcount as u32,
            posonlyargcount: self.posonlyargcount as u32,
            kwonlyargcount: self.kwonlyargcount as u32,
            stacksize: self.stacksize as u32,
            flags: self.flags as u32,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds: lpkinds,
            filename: text(filename, "co_filename", table)?,
            name: text(name, "co_name", table)?,
            qualname: text(qualname, "co_qualname", table)?,
            firstlineno: self.firstlineno,
            linetable,
            exceptiontable,
        })
    }
}

/// `PyOS_string_to_double` without an overflow exception: Python's float syntax, the whole
/// text, no surrounding whitespace, no underscores; out-of-range values become infinities.
fn parse_python_float(raw: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(raw).ok()?;
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = body.to_ascii_lowercase();
    let special = matches!(lower.as_str(), "inf" | "infinity" | "nan");
    if !special {
        // Only digits, one dot, and an exponent: Rust's parser accepts nothing else either,
        // but check the characters so that forms like "1_0" or "0x1" are refused for sure.
        if body.is_empty()
            || !body
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return None;
        }
    }
    s.parse::<f64>().ok()
}
