//! `_random`, the core of `random`: the class `Random` holding a Mersenne Twister (MT19937)
//! seeded as CPython seeds it (init_by_array over the 32-bit words of an int's absolute value,
//! or OS entropy), with `random()` at 53-bit resolution, `getrandbits(k)` for any k and the
//! state as CPython's tuple of 625 ints. Also `_urandom(n)`, OS entropy for `random.py`.

use std::io::Read;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::runtime::objects::bytes_type::{new_bytearray, new_bytes};
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::int::is_int;
use crate::runtime::object::Payload;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const N: usize = 624;
const M: usize = 397;
/// The slot holding an instance's generator: a bytearray of the 624 words and the index.
const STATE_SLOT: &str = "_random_state";

const METHODS: &[MethodDef] = &[
    MethodDef::method("__init__", random_init),
    MethodDef::method("random", random_random),
    MethodDef::method("seed", random_seed),
    MethodDef::method("getstate", random_getstate),
    MethodDef::method("setstate", random_setstate),
    MethodDef::method("getrandbits", random_getrandbits),
];

const FUNCTIONS: &[MethodDef] = &[MethodDef::function("_urandom", urandom)];

/// The `_random` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_random", FUNCTIONS);
    let ns = vm.new_dict();
    crate::runtime::objects::dict::dict_set_str(vm, &ns, vm.names.__module__.clone(), vm.new_str("_random"));
    let slots = vm.new_tuple(vec![vm.new_str(STATE_SLOT)]);
    crate::runtime::objects::dict::dict_set_str(vm, &ns, vm.intern("__slots__"), slots);
    let bases = vm.new_tuple(Vec::new());
    let name = vm.new_str("Random");
    let meta = vm.types.type_.clone();
    let cls = crate::runtime::types::class::new_class(vm, &meta, &name, &bases, &Value::Obj(ns))?;
    if let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        crate::runtime::types::init::add_methods(vm, &t, METHODS);
    }
    super::set_attr(vm, &m, "Random", cls);
    Ok(m)
}

/// The generator's state, read and written in place in the instance's bytearray: the 624 words
/// then the index, each 4 bytes little-endian (`STATE_BYTES` in all). Working in place keeps a
/// draw from copying the 2.5 KB state.
struct Mt<'a> {
    b: &'a mut [u8],
}

const STATE_BYTES: usize = 4 * N + 4;

/// A zeroed state whose index asks for a twist before the first draw.
fn fresh_state() -> Vec<u8> {
    let mut v = vec![0u8; STATE_BYTES];
    Mt { b: &mut v }.set_index(N + 1);
    v
}

impl Mt<'_> {
    fn word(&self, i: usize) -> u32 {
        let w = &self.b[4 * i..4 * i + 4];
        u32::from_le_bytes([w[0], w[1], w[2], w[3]])
    }

    fn set_word(&mut self, i: usize, v: u32) {
        self.b[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn index(&self) -> usize {
        self.word(N) as usize
    }

    fn set_index(&mut self, ix: usize) {
        self.set_word(N, ix as u32);
    }

    fn init_genrand(&mut self, s: u32) {
        self.set_word(0, s);
        for i in 1..N {
            let prev = self.word(i - 1);
            self.set_word(i, 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32));
        }
        self.set_index(N);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.word(i - 1);
            let v = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set_word(i, v);
            i += 1;
            j += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.word(i - 1);
            let v = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            self.set_word(i, v);
            i += 1;
            if i >= N {
                self.set_word(0, self.word(N - 1));
                i = 1;
            }
        }
        self.set_word(0, 0x8000_0000);
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        let mut index = self.index();
        if index >= N {
            for kk in 0..N {
                let y = (self.word(kk) & UPPER) | (self.word((kk + 1) % N) & LOWER);
                let v = self.word((kk + M) % N) ^ (y >> 1) ^ mag(y);
                self.set_word(kk, v);
            }
            index = 0;
        }
        let mut y = self.word(index);
        self.set_index(index + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// `n` bytes from the operating system's entropy source.
fn os_entropy(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.new_error(&vm.types.exc.os_error.clone(), e.to_string()))?;
    Ok(buf)
}

/// The receiver of a method of `_random.Random`.
fn this<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("descriptor '{name}' of '_random.Random' object needs an argument"))),
    }
}

/// Runs `f` on the instance's generator (seeded from entropy first if it has none), in place.
fn with_mt<R>(vm: &mut Vm, obj: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let slot = vm.intern(STATE_SLOT);
    let held = ops::attr::getattr_opt(vm, obj, &slot)?;
    let holder = match held {
        Some(h) if matches!(h.payload(), Some(Payload::ByteArray(b)) if b.borrow().len() == STATE_BYTES) => h,
        _ => {
            let mut state = fresh_state();
            seed_entropy(vm, &mut Mt { b: &mut state })?;
            let h = new_bytearray(vm, state);
            ops::attr::setattr(vm, obj, &slot, h.clone())?;
            h
        }
    };
    let Some(Payload::ByteArray(data)) = holder.payload() else { unreachable!("checked above") };
    let mut bytes = data.borrow_mut();
    Ok(f(&mut Mt { b: &mut bytes[..] }))
}

fn seed_entropy(vm: &Vm, mt: &mut Mt) -> PyResult<()> {
    let bytes = os_entropy(vm, 4 * N)?;
    let key: Vec<u32> = bytes.chunks_exact(4).map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]])).collect();
    mt.init_by_array(&key);
    Ok(())
}

/// Seeds from `arg`: None (entropy), an int (its absolute value's 32-bit words), or any other
/// hashable value (its hash as an unsigned 64-bit word).
fn seed_with(vm: &mut Vm, obj: &Value, arg: Option<&Value>) -> PyResult<()> {
    let mut state = fresh_state();
    let mut mt = Mt { b: &mut state };
    match arg {
        None => seed_entropy(vm, &mut mt)?,
        Some(v) if v.is_none() => seed_entropy(vm, &mut mt)?,
        Some(v) => {
            let n = if is_int(v) {
                v.to_bigint().unwrap_or_default().abs()
            } else {
                // A hash seeds as the unsigned word holding it.
                BigInt::from(ops::hash::hash(vm, v)? as u64)
            };
            let mut key = n.to_u32_digits().1;
            if key.is_empty() {
                key.push(0);
            }
            mt.init_by_array(&key);
        }
    }
    let h = new_bytearray(vm, state);
    let slot = vm.intern(STATE_SLOT);
    ops::attr::setattr(vm, obj, &slot, h)
}

fn random_init(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "__init__")?.clone();
    if args.has_kwargs() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, &obj, rest.first())?;
    Ok(Value::None)
}

fn random_seed(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "seed")?.clone();
    if args.has_kwargs() {
        return Err(vm.type_error("Random.seed() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!("seed expected at most 1 argument, got {}", rest.len())));
    }
    seed_with(vm, &obj, rest.first())?;
    Ok(Value::None)
}

fn no_args(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<()> {
    crate::runtime::objects::numargs::no_args(vm, args, name)
}

fn random_random(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "random")?.clone();
    no_args(vm, &args, "Random.random")?;
    Ok(Value::Float(with_mt(vm, &obj, |mt| mt.random())?))
}

fn random_getstate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "getstate")?.clone();
    no_args(vm, &args, "Random.getstate")?;
    let words: Vec<u32> = with_mt(vm, &obj, |mt| (0..=N).map(|i| mt.word(i)).collect())?;
    let items: Vec<Value> = words.iter().map(|w| Value::Int(i64::from(*w))).collect();
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "setstate")?.clone();
    let state = crate::runtime::objects::numargs::one_arg(vm, &args, "Random.setstate")?.clone();
    let Some(Payload::Tuple(items)) = state.payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let items = items.to_vec();
    let mut state = fresh_state();
    let mut mt = Mt { b: &mut state };
    for (i, v) in items.iter().enumerate() {
        if !is_int(v) {
            return Err(vm.type_error("an integer is required"));
        }
        let b = v.to_bigint().unwrap_or_default();
        if i < N {
            let Some(w) = b.to_u64().filter(|_| b.sign() != Sign::Minus) else {
                return Err(vm.overflow_error(if b.sign() == Sign::Minus {
                    "can't convert negative value to unsigned int"
                } else {
                    "Python int too large to convert to C unsigned long"
                }));
            };
            mt.set_word(i, w as u32);
        } else {
            match b.to_i64() {
                Some(ix) if (0..=N as i64).contains(&ix) => mt.set_index(ix as usize),
                Some(_) => return Err(vm.value_error("invalid state")),
                None => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    }
    let h = new_bytearray(vm, state);
    let slot = vm.intern(STATE_SLOT);
    ops::attr::setattr(vm, &obj, &slot, h)?;
    Ok(Value::None)
}

fn random_getrandbits(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let obj = this(vm, &args, "getrandbits")?.clone();
    let kv = crate::runtime::objects::numargs::one_arg(vm, &args, "Random.getrandbits")?.clone();
    let k = crate::runtime::objects::int_type::index_isize(vm, &kv)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = with_mt(vm, &obj, |mt| mt.next_u32() >> (32 - k))?;
        return Ok(Value::Int(i64::from(r)));
    }
    if k as u64 > crate::runtime::objects::int::MAX_BUILT_BITS {
        return Err(vm.memory_error());
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let digits = with_mt(vm, &obj, |mt| {
        let mut left = k;
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        out
    })?;
    Ok(Value::from_bigint(vm, BigInt::from_slice(Sign::Plus, &digits)))
}

/// `_urandom(n)`: n bytes of OS entropy.
fn urandom(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = crate::runtime::builtins::args::one_arg(vm, &args, "_urandom")?.clone();
    let n = crate::runtime::objects::int_type::index_isize(vm, &v)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let b = os_entropy(vm, n as usize)?;
    Ok(new_bytes(vm, b))
}
