//! `marshal`: values to and from CPython's marshal format (versions 0 to 4), over the bytecode
//! crate's reader (`bytecode::marshal::loads_prefix`) and object writer
//! (`bytecode::marshal::ObjectWriter`): None, bools, ints, floats, complex numbers, str, bytes
//! and other buffers, tuples, lists, sets, frozensets, dicts, Ellipsis, StopIteration and code
//! objects.
//!
//! Writing walks the objects as CPython's `w_object` does. CPython marks an object with
//! FLAG_REF (and writes later occurrences as references) when its reference count is above
//! one, or when it is an interned str: here the reference count of the object is used the same
//! way, and ints and floats, which pyrs holds unboxed, count as shared (in CPython they are
//! almost always constants, variables or cached small ints), equal values being one object.

use std::rc::Rc;
use std::sync::Arc;

use num_bigint::BigInt;
use rustc_hash::FxHashMap;

use crate::bytecode::code::Constant;
use crate::bytecode::marshal::{self, Container, MarshalError, ObjectWriter, type_code as tc};
use crate::runtime::builtins::args::{index_bigint, unpack};
use crate::runtime::object::Payload;
use crate::runtime::objects::bytes_type::{buffer, need_buffer, new_bytes};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

/// The format version written by default.
const VERSION: i64 = 4;

/// The identity of an object for the reference table.
#[derive(Hash, PartialEq, Eq)]
enum Key {
    Addr(usize),
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    EmptyTuple,
}

struct Dumper {
    w: ObjectWriter,
    seen: FxHashMap<Key, u32>,
    /// Objects kept alive while their addresses are in `seen`.
    keep: Vec<Value>,
}

fn error(vm: &Vm, e: MarshalError) -> PyErr {
    vm.error_named(e.exc_type, e.msg)
}

impl Dumper {
    fn new(version: i64) -> Dumper {
        Dumper {
            w: ObjectWriter::new(version),
            seen: FxHashMap::default(),
            keep: Vec::new(),
        }
    }

    /// `w_object`. `held` is the reference count `v` has when nothing but its container (or
    /// the caller) holds it.
    fn object(&mut self, vm: &Vm, v: &Value, held: usize, in_const: bool) {
        if self.w.failed() || !self.w.enter() {
            return;
        }
        match v {
            Value::None => self.w.code_byte(tc::NONE),
            Value::Bool(true) => self.w.code_byte(tc::TRUE),
            Value::Bool(false) => self.w.code_byte(tc::FALSE),
            Value::Obj(o) if Rc::ptr_eq(o, &vm.ellipsis) => self.w.code_byte(tc::ELLIPSIS),
            Value::Obj(_) if v.is(&vm.types.exc.stop_iteration.to_value()) => self.w.code_byte(tc::STOPITER),
            _ => {
                let (key, shared) = match v {
                    Value::Int(i) => (Key::Int(*i), true),
                    Value::Float(f) => (Key::Float(f.to_bits()), true),
                    Value::Obj(o) => {
                        let addr = Key::Addr(Rc::as_ptr(o) as *const u8 as usize);
                        match &o.payload {
                            // The interned, the empty and the one-character latin-1 strs are
                            // shared in CPython, and so are the constants of code objects:
                            // the equal ones are one object.
                            Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_)
                                if !(o.class_is(&vm.types.str) || o.class_is(&vm.types.bytes) || o.class_is(&vm.types.tuple)) =>
                            {
                                (addr, Rc::strong_count(o) > held)
                            }
                            Payload::Str(s) if s.interned.get() || s.is_empty() || in_const || (s.len() == 1 && s.max_char() < 256) => {
                                (Key::Str(s.to_wtf8()), true)
                            }
                            Payload::Str(s) if Rc::strong_count(o) > held => (Key::Str(s.to_wtf8()), true),
                            Payload::Bytes(b) if b.len() < 2 => (Key::Bytes(b.to_vec()), true),
                            Payload::Tuple(t) if t.is_empty() => (Key::EmptyTuple, true),
                            // A function or a variable holds it (`f.__code__` makes a new
                            // reference object each time: the code is the identity).
                            Payload::Code(c) => (Key::Addr(Rc::as_ptr(c) as *const u8 as usize), true),
                            Payload::BigInt(_) | Payload::Bytes(_) | Payload::Complex { .. } | Payload::Tuple(_) | Payload::FrozenSet(_) | Payload::Float(_)
                                if in_const =>
                            {
                                (addr, true)
                            }
                            _ => (addr, Rc::strong_count(o) > held),
                        }
                    }
                    _ => (Key::Int(0), false),
                };
                let mut flag = 0;
                if shared && self.w.version() >= 3 {
                    if let Some(&i) = self.seen.get(&key) {
                        self.w.reference(i);
                        self.w.leave();
                        return;
                    }
                    if let Some(i) = self.w.new_ref() {
                        self.seen.insert(key, i);
                        self.keep.push(v.clone());
                        flag = tc::FLAG_REF;
                    }
                }
                self.body(vm, v, flag, shared);
            }
        }
        self.w.leave();
    }

    /// `w_complex_object`.
    fn body(&mut self, vm: &Vm, v: &Value, flag: u8, shared: bool) {
        let o = match v {
            Value::Int(i) => return self.w.int(&BigInt::from(*i), flag),
            Value::Float(f) => return self.w.float(*f, flag),
            Value::Obj(o) => o,
            _ => return self.w.unmarshallable(flag),
        };
        let exact = |t: &crate::runtime::types::TypeRef| o.class_is(t);
        match &o.payload {
            Payload::BigInt(b) if exact(&vm.types.int) => self.w.int(b, flag),
            Payload::Float(f) if exact(&vm.types.float) => self.w.float(*f, flag),
            Payload::Complex { re, im } if exact(&vm.types.complex) => self.w.complex(*re, *im, flag),
            Payload::Bytes(b) if exact(&vm.types.bytes) => self.w.bytes(b, flag),
            Payload::Str(s) if exact(&vm.types.str) => self.w.str(&s.to_wtf8(), s.interned.get() || s.is_empty(), flag),
            Payload::Tuple(t) if exact(&vm.types.tuple) => {
                let items = t.to_vec();
                self.w.container(Container::Tuple, items.len(), flag);
                self.items(vm, &items, shared);
            }
            Payload::List(l) if exact(&vm.types.list) => {
                let items = l.borrow().clone();
                self.w.container(Container::List, items.len(), flag);
                self.items(vm, &items, false);
            }
            Payload::Dict(d) if exact(&vm.types.dict) => {
                let pairs: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
                self.w.dict(flag);
                for (k, val) in &pairs {
                    self.object(vm, k, 2, false);
                    self.object(vm, val, 2, false);
                }
                self.w.code_byte(tc::NULL);
            }
            Payload::Set(s) if exact(&vm.types.set) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                self.set(vm, Container::Set, items, flag, false);
            }
            Payload::FrozenSet(s) if exact(&vm.types.frozenset) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                self.set(vm, Container::FrozenSet, items, flag, shared);
            }
            Payload::Code(c) => self.code(vm, c, flag),
            _ => match buffer(vm, v) {
                Ok(Some(b)) => {
                    let data = b.to_vec();
                    self.w.bytes(&data, flag);
                }
                _ => self.w.unmarshallable(flag),
            },
        }
    }

    /// A str that CPython holds more than once (a name, a file name): equal ones are one
    /// object.
    fn shared_str(&mut self, text: &[u8], interned: bool) {
        if self.w.failed() || !self.w.enter() {
            return;
        }
        let key = Key::Str(text.to_vec());
        if let Some(&i) = self.seen.get(&key) {
            self.w.reference(i);
        } else {
            let mut flag = 0;
            if let Some(i) = self.w.new_ref() {
                self.seen.insert(key, i);
                flag = tc::FLAG_REF;
            }
            self.w.str(text, interned, flag);
        }
        self.w.leave();
    }

    /// A bytes object that only its code object holds (shared only when it is one of
    /// CPython's cached empty or one-byte bytes objects), or that is held twice (`co_code`).
    fn code_bytes(&mut self, b: &[u8], shared: bool) {
        if self.w.failed() || !self.w.enter() {
            return;
        }
        let mut flag = 0;
        if b.len() < 2 {
            let key = Key::Bytes(b.to_vec());
            if let Some(&i) = self.seen.get(&key) {
                self.w.reference(i);
                self.w.leave();
                return;
            }
            if let Some(i) = self.w.new_ref() {
                self.seen.insert(key, i);
                flag = tc::FLAG_REF;
            }
        } else if shared && let Some(_) = self.w.new_ref() {
            flag = tc::FLAG_REF;
        }
        self.w.bytes(b, flag);
        self.w.leave();
    }

    /// A tuple of names (interned strs) that only its code object holds.
    fn name_tuple(&mut self, names: &[crate::runtime::ObjRef]) {
        if names.is_empty() {
            return self.empty_tuple(());
        }
        if self.w.failed() || !self.w.enter() {
            return;
        }
        self.w.container(Container::Tuple, names.len(), 0);
        for n in names {
            if let Payload::Str(s) = &n.payload {
                self.shared_str(&s.to_wtf8(), true);
            }
        }
        self.w.leave();
    }

    /// `()`, a singleton in CPython.
    fn empty_tuple(&mut self, _: ()) {
        if self.w.failed() || !self.w.enter() {
            return;
        }
        if let Some(&i) = self.seen.get(&Key::EmptyTuple) {
            self.w.reference(i);
        } else {
            let mut flag = 0;
            if let Some(i) = self.w.new_ref() {
                self.seen.insert(Key::EmptyTuple, i);
                flag = tc::FLAG_REF;
            }
            self.w.container(Container::Tuple, 0, flag);
        }
        self.w.leave();
    }

    /// A code object, field by field as CPython writes it.
    fn code(&mut self, vm: &Vm, c: &crate::runtime::code::Code, flag: u8) {
        let o = &c.object;
        let int = |v: u32| v.min(i32::MAX as u32) as i32;
        self.w.code_header(flag, [int(o.argcount), int(o.posonlyargcount), int(o.kwonlyargcount), int(o.stacksize), int(o.flags)]);
        self.code_bytes(&o.code, true);
        if c.consts.is_empty() {
            self.empty_tuple(());
        } else if self.w.enter() {
            self.w.container(Container::Tuple, c.consts.len(), 0);
            self.items(vm, &c.consts, true);
            self.w.leave();
        }
        self.name_tuple(&c.names);
        self.name_tuple(&c.localsplusnames);
        self.code_bytes(&o.localspluskinds, false);
        self.shared_str(o.filename.as_bytes(), false);
        self.shared_str(o.name.as_bytes(), identifier_like(&o.name));
        self.shared_str(o.qualname.as_bytes(), identifier_like(&o.qualname));
        self.w.raw_i32(o.firstlineno);
        self.code_bytes(&o.linetable, false);
        self.code_bytes(&o.exceptiontable, false);
    }

    /// The items of a container; `in_const`: the container is shared and immutable, as the
    /// constants of code objects are, and so are its immutable items.
    fn items(&mut self, vm: &Vm, items: &[Value], in_const: bool) {
        for i in items {
            self.object(vm, i, 2, in_const);
        }
    }

    /// Set elements in the order of their own marshal data, so that the output does not
    /// depend on hashing.
    fn set(&mut self, vm: &Vm, kind: Container, items: Vec<Value>, flag: u8, in_const: bool) {
        self.w.container(kind, items.len(), flag);
        let mut keyed = Vec::with_capacity(items.len());
        for i in items {
            let mut d = Dumper::new(self.w.version());
            d.object(vm, &i, 2, in_const);
            match d.w.finish() {
                Ok(b) => keyed.push((b, i)),
                Err(e) => {
                    self.w.set_error(e);
                    return;
                }
            }
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, i) in &keyed {
            self.object(vm, i, 2, in_const);
        }
    }

}

/// An identifier (the names CPython's compiler gives interned).
fn identifier_like(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn to_value(vm: &mut Vm, c: &Constant, memo: &mut FxHashMap<usize, Value>) -> PyResult<Value> {
    // Objects the data shares (through references) stay one object.
    let addr = match c {
        Constant::List(a) | Constant::Set(a) | Constant::Tuple(a) | Constant::FrozenSet(a) => Some(Arc::as_ptr(a) as *const u8 as usize),
        Constant::Dict(a) => Some(Arc::as_ptr(a) as *const u8 as usize),
        _ => None,
    };
    if let Some(v) = addr.and_then(|a| memo.get(&a)) {
        return Ok(v.clone());
    }
    let many = |vm: &mut Vm, items: &[Constant], memo: &mut FxHashMap<usize, Value>| -> PyResult<Vec<Value>> {
        items.iter().map(|i| to_value(vm, i, memo)).collect()
    };
    let v = match c {
        Constant::List(items) => {
            let v = many(vm, items, memo)?;
            vm.new_list(v)
        }
        Constant::Set(items) => {
            let v = many(vm, items, memo)?;
            let s = vm.types.set.to_value();
            let l = vm.new_list(v);
            vm.call(&s, &[l], &[])?
        }
        Constant::Tuple(items) => {
            let v = many(vm, items, memo)?;
            vm.new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            let v = many(vm, items, memo)?;
            crate::runtime::objects::set::new_frozenset(vm, v)?
        }
        Constant::Dict(pairs) => {
            let d = Value::Obj(vm.new_dict());
            for (k, val) in pairs.iter() {
                let k = to_value(vm, k, memo)?;
                let val = to_value(vm, val, memo)?;
                ops::setitem(vm, &d, &k, val)?;
            }
            d
        }
        other => crate::runtime::code::constant_value(vm, other)?,
    };
    if let Some(a) = addr {
        memo.insert(a, v.clone());
    }
    Ok(v)
}

/// The version argument (a C int).
fn version_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => {
            let n = index_bigint(vm, v)?;
            match i32::try_from(&n) {
                Ok(n) => Ok(i64::from(n)),
                Err(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    }
}

/// The marshal data of `v`; `held` is its reference count when only the caller holds it.
fn dump_bytes(vm: &mut Vm, v: &Value, version: i64, held: usize) -> PyResult<Vec<u8>> {
    let mut d = Dumper::new(version);
    d.object(vm, v, held, false);
    d.w.finish().map_err(|e| error(vm, e))
}

fn load_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<(Value, usize)> {
    let (c, used) = marshal::loads_prefix(data).map_err(|e| error(vm, e))?;
    let mut memo = FxHashMap::default();
    Ok((to_value(vm, &c, &mut memo)?, used))
}

/// The positional arguments, with CPython's messages for keywords and for a wrong count.
fn positional<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("marshal.{name}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if min == 1 && max == 1 && n != 1 {
        return Err(vm.type_error(format!("marshal.{name}() takes exactly one argument ({n} given)")));
    }
    unpack(vm, args, name, min, max)
}

/// The reference count a value passed to a function has when nothing else holds it.
const ARG_HELD: usize = 1;

/// `dumps(value, version=4, /)`.
fn dumps(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "dumps", 1, 2)?;
    let version = version_arg(vm, a.get(1))?;
    let out = dump_bytes(vm, &a[0], version, ARG_HELD)?;
    Ok(new_bytes(vm, out))
}

/// `loads(bytes, /)`: the first object of the data (what follows it is ignored).
fn loads(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "loads", 1, 1)?;
    let data = need_buffer(vm, &a[0])?.to_vec();
    Ok(load_bytes(vm, &data)?.0)
}

/// `dump(value, file, version=4, /)`.
fn dump(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "dump", 2, 3)?;
    let version = version_arg(vm, a.get(2))?;
    let out = dump_bytes(vm, &a[0], version, ARG_HELD)?;
    let b = new_bytes(vm, out);
    vm.call_method_name(&a[1], "write", &[b])?;
    Ok(Value::None)
}

/// `load(file, /)`: reads the rest of the file, loads its first object and seeks back to just
/// after it.
fn load(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = positional(vm, &args, "load", 1, 1)?;
    let f = a[0].clone();
    let data = vm.call_method_name(&f, "read", &[])?;
    let data = match data.payload() {
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => need_buffer(vm, &data)?.to_vec(),
        _ => {
            let t = ops::type_name(vm, &data);
            return Err(vm.type_error(format!("file.read() returned not bytes but {t}")));
        }
    };
    let (v, used) = load_bytes(vm, &data)?;
    if used < data.len() {
        let back = -((data.len() - used) as i64);
        vm.call_method_name(&f, "seek", &[Value::Int(back), Value::Int(1)])?;
    }
    Ok(v)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("dumps", dumps),
    MethodDef::function("loads", loads),
    MethodDef::function("dump", dump),
    MethodDef::function("load", load),
];

/// The `marshal` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "marshal", FUNCTIONS);
    super::set_attr(vm, &m, "version", Value::Int(VERSION));
    Ok(m)
}
