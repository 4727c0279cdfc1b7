//! `hash()`: CPython's hash values (ints modulo 2**61 - 1, floats consistent with ints, str and
//! bytes with SipHash-1-3 under the interpreter's key, tuples with CPython's xxHash-based mix),
//! `__hash__` for other objects, and the key derived from PYTHONHASHSEED.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::object::Payload;
use crate::runtime::types::flags;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use crate::bytecode::pyhash::{self, HASH_NONE};

const MODULUS: i64 = (1 << 61) - 1;

/// The SipHash key CPython derives from PYTHONHASHSEED: zero for seed 0, CPython's LCG bytes for
/// other seeds, random bytes when unset.
pub fn key_from_seed(seed: Option<u64>) -> (u64, u64) {
    let mut secret = [0u8; 16];
    match seed {
        Some(0) => {}
        Some(s) => {
            let mut x = s as u32;
            for b in secret.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = ((x >> 16) & 0xff) as u8;
            }
        }
        None => fill_random(&mut secret),
    }
    let k0 = u64::from_le_bytes(secret[0..8].try_into().unwrap_or([0; 8]));
    let k1 = u64::from_le_bytes(secret[8..16].try_into().unwrap_or([0; 8]));
    (k0, k1)
}

fn fill_random(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    // No entropy source: mix the clock and an address.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let a = buf.as_ptr() as u64;
    for (i, b) in buf.iter_mut().enumerate() {
        *b = ((t ^ a.rotate_left(i as u32 * 7)) >> ((i % 8) * 8)) as u8;
    }
}

/// `hash(i)` of an i64.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let h = if v.unsigned_abs() < MODULUS as u64 { v } else { v % MODULUS };
    if h == -1 { -2 } else { h }
}

/// `hash(i)` of any int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    pyhash::hash_int(v)
}

/// `hash(x)` of a float (NaN hashes like the object it is; unboxed NaNs hash to 0).
pub fn hash_f64(v: f64) -> i64 {
    pyhash::hash_float(v).unwrap_or(0)
}

/// The hash of an object by identity (`object.__hash__`): its address rotated by 4 bits.
pub fn hash_pointer(p: usize) -> i64 {
    let h = p.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Float(f) => Ok(hash_f64(*f)),
        Value::Bool(b) => Ok(*b as i64),
        Value::None => Ok(HASH_NONE),
        Value::Null => Ok(0),
        Value::Obj(o) => {
            let heap = o.class_ref().has_flag(flags::HEAPTYPE);
            if !heap {
                match &o.payload {
                    Payload::Str(s) => return Ok(s.hash(vm.hash_key)),
                    Payload::BigInt(b) => return Ok(hash_bigint(b)),
                    Payload::Bytes(b) => return Ok(pyhash::hash_bytes(b, vm.hash_key)),
                    Payload::Tuple(items) => return crate::runtime::objects::tuple_type::hash_items(vm, items),
                    Payload::FrozenSet(t) => return Ok(t.frozen_hash()),
                    _ => {}
                }
            }
            let cls = o.class();
            match cls.lookup(vm, &vm.names.__hash__) {
                Some(Value::None) | None => Err(vm.type_error(format!("unhashable type: '{}'", cls.name()))),
                Some(f) => {
                    if let Value::Obj(fo) = &f {
                        if let Payload::BuiltinFunction(b) = &fo.payload {
                            if b.name == "__hash__" && std::ptr::fn_addr_eq(b.func, object_hash as crate::runtime::objects::function::NativeFn) {
                                return Ok(hash_pointer(Rc::as_ptr(o) as *const u8 as usize));
                            }
                        }
                    }
                    let r = super::call_method(vm, &f, v, &[])?;
                    hash_result(vm, r)
                }
            }
        }
    }
}

/// What `__hash__` returned, reduced as CPython reduces it.
fn hash_result(vm: &mut Vm, r: Value) -> PyResult<i64> {
    match r {
        Value::Int(i) => Ok(hash_i64(i)),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => Ok(r.to_bigint().map(|b| hash_bigint(&b)).unwrap_or(0)),
        _ => Err(vm.type_error("__hash__ method should return an integer")),
    }
}

/// `object.__hash__`: identity hash.
pub fn object_hash(vm: &mut Vm, args: crate::runtime::objects::function::CallArgs) -> PyResult<Value> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error("descriptor '__hash__' of 'object' object needs an argument"));
    };
    Ok(Value::Int(match this {
        Value::Obj(o) => hash_pointer(Rc::as_ptr(o) as *const u8 as usize),
        other => hash(vm, other)?,
    }))
}
