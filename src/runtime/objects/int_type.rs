//! The `int` type: its slot wrappers (arithmetic with the reflected forms, comparisons, hash,
//! repr, conversions), methods (`bit_length`, `to_bytes`, `from_bytes`, `__round__`, ...),
//! attributes (`real`, `imag`, `numerator`, `denominator`) and `int.__new__` with the
//! conversions it makes (`__int__`, `__index__`, `__trunc__`, strings and bytes in any base).


use num_bigint::BigInt;
use num_traits::Signed;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::int::{self, is_int, small_int};
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::objects::numparse::{self, IntParseError};
use crate::runtime::ops::arith::BinOp;
use crate::runtime::ops::compare::CompareOp;
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

// ---- conversions other modules use ----

/// An instance of `cls` (int or a subclass) with value `v`: unboxed for exact ints that fit,
/// a boxed int payload with the subclass as class otherwise.
pub fn new_int(vm: &Vm, cls: &TypeRef, v: BigInt) -> Value {
    if cls.ptr_eq(&vm.types.int) {
        return Value::from_bigint(vm, v);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::BigInt(v), cls.nslots.get()))
}

/// `operator.index(v)` (`PyNumber_Index`): an exact int, from `__index__` for other types.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_int(v) {
        return Ok(int::exact_copy(vm, v));
    }
    let cls = v.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__index__) else {
        let t = ops::type_name(vm, v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    let r = ops::call_method(vm, &f, v, &[])?;
    if !is_int(&r) {
        let t = ops::type_name(vm, &r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    Ok(int::exact_copy(vm, &r))
}

/// `operator.index(v)` as a BigInt.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(index(vm, v)?.to_bigint().unwrap_or_default())
}

/// A `Py_ssize_t` argument (`__index__`, then `PyLong_AsSsize_t`): an index that fits a
/// machine word.
pub fn index_isize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = index(vm, v)?;
    small_int(&i).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index clamped to the machine word's range.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = index(vm, v)?;
    Ok(match small_int(&i) {
        Some(n) => n,
        None if i.to_bigint().is_some_and(|b| b.is_negative()) => i64::MIN,
        None => i64::MAX,
    })
}

/// The text of a str, bytes or bytearray value as ASCII for the number parsers (None for other
/// values).
pub fn numeric_text(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Str(s) => Some(match s.as_ascii() {
            Some(a) => a.as_bytes().to_vec(),
            None => numparse::to_ascii(s.chars()),
        }),
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// The repr of a value for a parse error message, cut to 200 characters as `%.200R` does.
pub fn repr_for_message(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    let text = ops::repr::text_of(&r).unwrap_or_default();
    Ok(match text.char_indices().nth(200) {
        Some((i, _)) => text[..i].to_string(),
        None => text,
    })
}

/// `int(text, base)` for a str, bytes or bytearray value.
pub fn int_from_text(vm: &mut Vm, v: &Value, text: &[u8], base: u32) -> PyResult<BigInt> {
    let limit = int::max_str_digits(vm);
    match numparse::parse_int(text, base, limit) {
        Ok(i) => Ok(i),
        Err(IntParseError::Invalid(b)) => {
            let r = repr_for_message(vm, v)?;
            Err(vm.value_error(format!("invalid literal for int() with base {b}: {r}")))
        }
        Err(IntParseError::TooManyDigits(n)) => Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
    }
}

/// `int(v)` (`PyNumber_Long`): `__int__`, `__index__`, then `__trunc__`, then text.
pub fn number_long(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return crate::runtime::objects::float::float_to_int(vm, *f),
        _ => {}
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__int__) {
        let r = ops::call_method(vm, &f, v, &[])?;
        if !is_int(&r) {
            let t = ops::type_name(vm, &r);
            return Err(vm.type_error(format!("__int__ returned non-int (type {t})")));
        }
        return Ok(int::exact_copy(vm, &r));
    }
    if cls.lookup(vm, &vm.names.__index__).is_some() {
        return index(vm, v);
    }
    if let Some(f) = cls.lookup(vm, &vm.names.__trunc__) {
        let r = ops::call_method(vm, &f, v, &[])?;
        if is_int(&r) {
            return Ok(int::exact_copy(vm, &r));
        }
        let rc = r.class(vm);
        if rc.lookup(vm, &vm.names.__index__).is_none() {
            let t = ops::type_name(vm, &r);
            return Err(vm.type_error(format!("__trunc__ returned non-Integral (type {t})")));
        }
        return index(vm, &r);
    }
    if let Some(text) = numeric_text(v) {
        let i = int_from_text(vm, v, &text, 10)?;
        return Ok(Value::from_bigint(vm, i));
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
}

/// The class argument of a builtin `__new__`: a subtype of `base`, created the way `base`
/// creates instances.
pub fn new_cls(vm: &Vm, cls: Option<&Value>, base: &TypeRef) -> PyResult<TypeRef> {
    let bn = base.name();
    let Some(cls) = cls else {
        return Err(vm.type_error(format!("{bn}.__new__(): not enough arguments")));
    };
    let Some(t) = cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) else {
        let tn = ops::type_name(vm, cls);
        return Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({tn})")));
    };
    if !t.is_subtype(base) {
        return Err(vm.type_error(format!("{bn}.__new__({}): {} is not a subtype of {bn}", t.name(), t.name())));
    }
    // A subtype with another constructor (bool for int) must be made by that constructor.
    if !t.has_flag(crate::runtime::types::flags::HEAPTYPE) && !t.ptr_eq(base) {
        return Err(vm.type_error(format!("{bn}.__new__({}) is not safe, use {}.__new__()", t.name(), t.name())));
    }
    Ok(t)
}

static INT_NEW_SIG: Signature = Signature { name: "int", params: &["x", "base"], required: 0, max_pos: 2, posonly: 1 };

fn int_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = new_cls(vm, args.pos().first(), &vm.types.int.clone())?;
    let [x, base] = numargs::parse::<2>(vm, &args, 1, &INT_NEW_SIG)?;
    let v = if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        Value::Int(0)
    } else if base.is_null() {
        number_long(vm, &x)?
    } else {
        let b = index_clamped(vm, &base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(text) = numeric_text(&x) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let i = int_from_text(vm, &x, &text, b as u32)?;
        Value::from_bigint(vm, i)
    };
    if cls.ptr_eq(&vm.types.int) {
        return Ok(v);
    }
    Ok(new_int(vm, &cls, v.to_bigint().unwrap_or_default()))
}

// ---- slot wrappers ----

fn this<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    numargs::receiver(vm, args, name, &vm.types.int)
}

/// A binary slot: `self <op> other` (or `other <op> self` when reflected); NotImplemented when
/// the other operand is not an int.
fn binary_slot(vm: &mut Vm, args: CallArgs, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    if !is_int(b) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = int::int_values_binary(vm, x, y, op)?;
    Ok(if r.is_null() { vm.not_implemented() } else { r })
}

macro_rules! binary_slots {
    ($($f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                binary_slot(vm, args, $name, BinOp::$op, false)
            }
            fn $rf(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                binary_slot(vm, args, $rname, BinOp::$op, true)
            }
        )*
    };
}

binary_slots! {
    int_add, int_radd, "__add__", "__radd__", Add;
    int_sub, int_rsub, "__sub__", "__rsub__", Sub;
    int_mul, int_rmul, "__mul__", "__rmul__", Mul;
    int_mod, int_rmod, "__mod__", "__rmod__", Mod;
    int_floordiv, int_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    int_truediv, int_rtruediv, "__truediv__", "__rtruediv__", TrueDiv;
    int_lshift, int_rlshift, "__lshift__", "__rlshift__", LShift;
    int_rshift, int_rrshift, "__rshift__", "__rrshift__", RShift;
    int_and, int_rand, "__and__", "__rand__", And;
    int_or, int_ror, "__or__", "__ror__", Or;
    int_xor, int_rxor, "__xor__", "__rxor__", Xor;
}

/// `divmod(a, b)` of two int values.
pub fn int_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
        if y == 0 {
            return Err(vm.zero_division_error("integer division or modulo by zero"));
        }
        if !(x == i64::MIN && y == -1) {
            let q = num_integer::Integer::div_floor(&x, &y);
            let r = num_integer::Integer::mod_floor(&x, &y);
            return Ok(vm.new_tuple(vec![Value::Int(q), Value::Int(r)]));
        }
    }
    let (x, y) = (a.to_bigint().unwrap_or_default(), b.to_bigint().unwrap_or_default());
    let (q, r) = int::divmod_big(vm, &x, &y, "integer division or modulo by zero")?;
    Ok(vm.new_tuple(vec![Value::from_bigint(vm, q), Value::from_bigint(vm, r)]))
}

fn divmod_slot(vm: &mut Vm, args: CallArgs, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    if !is_int(b) {
        return Ok(vm.not_implemented());
    }
    if reflected { int_divmod(vm, b, a) } else { int_divmod(vm, a, b) }
}

fn int_divmod_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    divmod_slot(vm, args, "__divmod__", false)
}

fn int_rdivmod_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    divmod_slot(vm, args, "__rdivmod__", true)
}

/// `pow(a, b, m)` for int values (m None for two arguments); NotImplemented for other operands.
pub fn int_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if !is_int(a) || !is_int(b) {
        return Ok(vm.not_implemented());
    }
    if m.is_none() {
        return int::int_values_binary(vm, a, b, BinOp::Pow);
    }
    if !is_int(m) {
        return Ok(vm.not_implemented());
    }
    let (x, y, z) =
        (a.to_bigint().unwrap_or_default(), b.to_bigint().unwrap_or_default(), m.to_bigint().unwrap_or_default());
    let r = int::pow_mod(vm, &x, &y, &z)?;
    Ok(Value::from_bigint(vm, r))
}

/// The arguments of a ternary slot wrapper (`__pow__(value, mod=None)`).
pub fn pow_slot_args<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(Value, Value)> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = numargs::unpack(vm, args, 1, "", 1, 2)?;
    Ok((rest[0].clone(), rest.get(1).cloned().unwrap_or(Value::None)))
}

fn int_pow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = this(vm, &args, "__pow__")?.clone();
    let (b, m) = pow_slot_args(vm, &args, "__pow__")?;
    int_pow3(vm, &a, &b, &m)
}

fn int_rpow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = this(vm, &args, "__rpow__")?.clone();
    let (b, m) = pow_slot_args(vm, &args, "__rpow__")?;
    int_pow3(vm, &b, &a, &m)
}

fn unary_this<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a Value> {
    let v = this(vm, args, name)?;
    numargs::slot_args(vm, args, name, 0)?;
    Ok(v)
}

/// `-v` of an int value.
pub fn int_negate(vm: &Vm, v: &Value) -> Value {
    match small_int(v).and_then(i64::checked_neg) {
        Some(n) => Value::Int(n),
        None => Value::from_bigint(vm, -v.to_bigint().unwrap_or_default()),
    }
}

fn int_neg(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__neg__")?;
    Ok(int_negate(vm, v))
}

fn int_pos(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__pos__")?;
    Ok(int::exact_copy(vm, v))
}

fn int_abs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__abs__")?;
    Ok(match small_int(v) {
        Some(n) if n >= 0 => Value::Int(n),
        _ if v.to_bigint().is_some_and(|b| !b.is_negative()) => int::exact_copy(vm, v),
        _ => int_negate(vm, v),
    })
}

/// `~v` of an int value.
pub fn int_invert_value(vm: &Vm, v: &Value) -> Value {
    match small_int(v) {
        Some(n) => Value::Int(!n),
        None => Value::from_bigint(vm, -(v.to_bigint().unwrap_or_default()) - 1),
    }
}

fn int_invert(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__invert__")?;
    Ok(int_invert_value(vm, v))
}

fn int_bool(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__bool__")?;
    Ok(Value::Bool(small_int(v) != Some(0)))
}

fn int_int(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__int__")?;
    Ok(int::exact_copy(vm, v))
}

fn int_index(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__index__")?;
    Ok(int::exact_copy(vm, v))
}

/// `float(i)` of an int value.
pub fn int_to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match small_int(v) {
        Some(n) => Ok(n as f64),
        None => int::bigint_to_f64(vm, &v.to_bigint().unwrap_or_default()),
    }
}

fn int_float(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__float__")?;
    Ok(Value::Float(int_to_f64(vm, v)?))
}

fn int_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__repr__")?;
    let s = int::int_value_str(vm, v)?;
    Ok(vm.new_str(&s))
}

fn int_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = unary_this(vm, &args, "__hash__")?;
    Ok(Value::Int(match small_int(v) {
        Some(n) => ops::hash::hash_i64(n),
        None => ops::hash::hash_bigint(&v.to_bigint().unwrap_or_default()),
    }))
}

/// Compares two int values.
pub fn int_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (small_int(a), small_int(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.to_bigint().unwrap_or_default().cmp(&b.to_bigint().unwrap_or_default()),
    }
}

fn compare_slot(vm: &mut Vm, args: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    if !is_int(b) {
        return Ok(vm.not_implemented());
    }
    Ok(Value::Bool(op.test(int_cmp(a, b))))
}

macro_rules! compare_slots {
    ($($f:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
                compare_slot(vm, args, $name, CompareOp::$op)
            }
        )*
    };
}

compare_slots! {
    int_lt, "__lt__", Lt;
    int_le, "__le__", Le;
    int_eq, "__eq__", Eq;
    int_ne, "__ne__", Ne;
    int_gt, "__gt__", Gt;
    int_ge, "__ge__", Ge;
}

// ---- methods ----

fn noargs_copy(vm: &mut Vm, args: CallArgs, name: &str) -> PyResult<Value> {
    let v = this(vm, &args, name)?;
    numargs::no_args(vm, &args, &format!("int.{name}"))?;
    Ok(int::exact_copy(vm, v))
}

fn int_trunc(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs_copy(vm, args, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs_copy(vm, args, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs_copy(vm, args, "__ceil__")
}

fn int_conjugate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs_copy(vm, args, "conjugate")
}

fn int_round(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "__round__")?.clone();
    numargs::no_kwargs(vm, &args, "__round__")?;
    let rest = numargs::unpack(vm, &args, 1, "__round__", 0, 1)?;
    match rest.first() {
        None | Some(Value::None) => Ok(int::exact_copy(vm, &v)),
        Some(nd) => {
            let nd = index_bigint(vm, nd)?;
            let b = v.to_bigint().unwrap_or_default();
            Ok(Value::from_bigint(vm, int::round_int(&b, &nd)))
        }
    }
}

fn int_getnewargs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "__getnewargs__")?;
    numargs::no_args(vm, &args, "int.__getnewargs__")?;
    let c = int::exact_copy(vm, v);
    Ok(vm.new_tuple(vec![c]))
}

fn int_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "__sizeof__")?;
    numargs::no_args(vm, &args, "int.__sizeof__")?;
    Ok(Value::Int(int::int_sizeof(v)))
}

fn int_bit_length(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "bit_length")?;
    numargs::no_args(vm, &args, "int.bit_length")?;
    Ok(Value::Int(int::bit_length(v) as i64))
}

fn int_bit_count(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "bit_count")?;
    numargs::no_args(vm, &args, "int.bit_count")?;
    Ok(Value::Int(int::bit_count(v) as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "as_integer_ratio")?;
    numargs::no_args(vm, &args, "int.as_integer_ratio")?;
    let c = int::exact_copy(vm, v);
    Ok(vm.new_tuple(vec![c, Value::Int(1)]))
}

fn int_is_integer(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "is_integer")?;
    numargs::no_args(vm, &args, "int.is_integer")?;
    Ok(Value::Bool(true))
}

/// `__format__(spec)` of a number: spec must be a str; the empty spec gives `str(self)`.
pub fn format_number(vm: &mut Vm, v: &Value, spec: &Value, tname: &str) -> PyResult<Value> {
    let spec = match spec.payload() {
        Some(Payload::Str(s)) => s,
        _ => {
            let t = ops::type_name(vm, spec);
            return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
        }
    };
    if spec.is_empty() {
        return ops::str_of(vm, v);
    }
    crate::runtime::format::format_number(vm, v, spec, tname)
}

fn int_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "__format__")?.clone();
    let spec = numargs::one_arg(vm, &args, "__format__")?.clone();
    format_number(vm, &v, &spec, "int")
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    match v.payload() {
        Some(Payload::Str(s)) if s.eq_str("little") => Ok(true),
        Some(Payload::Str(s)) if s.eq_str("big") => Ok(false),
        Some(Payload::Str(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("{fname}() argument 'byteorder' must be str, not {t}")))
        }
    }
}

static TO_BYTES_SIG: Signature =
    Signature { name: "to_bytes", params: &["length", "byteorder", "signed"], required: 0, max_pos: 2, posonly: 0 };

fn int_to_bytes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = this(vm, &args, "to_bytes")?.clone();
    let [length, order, signed] = numargs::parse::<3>(vm, &args, 1, &TO_BYTES_SIG)?;
    let length = if length.is_null() { 1 } else { index_isize(vm, &length)? };
    let little = byteorder(vm, &order, "to_bytes")?;
    let signed = !signed.is_null() && ops::is_true(vm, &signed)?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if length as u64 > int::MAX_BUILT_BITS / 8 {
        return Err(vm.memory_error());
    }
    let b = v.to_bigint().unwrap_or_default();
    match int::to_bytes(&b, length as usize, little, signed) {
        Ok(bytes) => Ok(vm.new_object(vm.types.bytes.clone(), Payload::Bytes(bytes.into_boxed_slice()))),
        Err(m) => Err(vm.overflow_error(m)),
    }
}

/// The bytes of a bytes-like value or an iterable of ints (what `bytes(v)` would give).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        Some(Payload::Tuple(items)) => return byte_items(vm, &items.to_vec()),
        Some(Payload::List(items)) => {
            let items = items.borrow().clone();
            return byte_items(vm, &items);
        }
        _ => {}
    }
    let bytes_name = vm.intern("__bytes__");
    if let Some(b) = ops::call_special(vm, v, &bytes_name, &[])? {
        return match b.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            _ => {
                let t = ops::type_name(vm, &b);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
            }
        };
    }
    let it = match ops::iter(vm, v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, &vm.types.exc.type_error) => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(item) = ops::next(vm, &it)? {
        items.push(item);
    }
    byte_items(vm, &items)
}

/// The bytes of a sequence of ints, each in range(0, 256).
fn byte_items(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let i = index(vm, item)?;
        match small_int(&i) {
            Some(n) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

static FROM_BYTES_SIG: Signature =
    Signature { name: "from_bytes", params: &["bytes", "byteorder", "signed"], required: 1, max_pos: 2, posonly: 0 };

fn int_from_bytes(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or_default();
    let [bytes, order, signed] = numargs::parse::<3>(vm, &args, 1, &FROM_BYTES_SIG)?;
    let little = byteorder(vm, &order, "from_bytes")?;
    let signed = !signed.is_null() && ops::is_true(vm, &signed)?;
    let data = bytes_of(vm, &bytes)?;
    let v = Value::from_bigint(vm, int::from_bytes(&data, little, signed));
    match cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) if t.ptr_eq(&vm.types.int) => Ok(v),
        _ => vm.call(&cls, &[v], &[]),
    }
}

// ---- attributes ----

fn get_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::exact_copy(vm, v))
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_denominator(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

static INT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", int_new),
    MethodDef::slot("__repr__", int_repr),
    MethodDef::slot("__hash__", int_hash),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__lt__", int_lt),
    MethodDef::slot("__le__", int_le),
    MethodDef::slot("__eq__", int_eq),
    MethodDef::slot("__ne__", int_ne),
    MethodDef::slot("__gt__", int_gt),
    MethodDef::slot("__ge__", int_ge),
    MethodDef::slot("__add__", int_add),
    MethodDef::slot("__radd__", int_radd),
    MethodDef::slot("__sub__", int_sub),
    MethodDef::slot("__rsub__", int_rsub),
    MethodDef::slot("__mul__", int_mul),
    MethodDef::slot("__rmul__", int_rmul),
    MethodDef::slot("__mod__", int_mod),
    MethodDef::slot("__rmod__", int_rmod),
    MethodDef::slot("__divmod__", int_divmod_slot),
    MethodDef::slot("__rdivmod__", int_rdivmod_slot),
    MethodDef::slot("__pow__", int_pow),
    MethodDef::slot("__rpow__", int_rpow),
    MethodDef::slot("__neg__", int_neg),
    MethodDef::slot("__pos__", int_pos),
    MethodDef::slot("__abs__", int_abs),
    MethodDef::slot("__bool__", int_bool),
    MethodDef::slot("__invert__", int_invert),
    MethodDef::slot("__lshift__", int_lshift),
    MethodDef::slot("__rlshift__", int_rlshift),
    MethodDef::slot("__rshift__", int_rshift),
    MethodDef::slot("__rrshift__", int_rrshift),
    MethodDef::slot("__and__", int_and),
    MethodDef::slot("__rand__", int_rand),
    MethodDef::slot("__xor__", int_xor),
    MethodDef::slot("__rxor__", int_rxor),
    MethodDef::slot("__or__", int_or),
    MethodDef::slot("__ror__", int_ror),
    MethodDef::slot("__int__", int_int),
    MethodDef::slot("__float__", int_float),
    MethodDef::slot("__floordiv__", int_floordiv),
    MethodDef::slot("__rfloordiv__", int_rfloordiv),
    MethodDef::slot("__truediv__", int_truediv),
    MethodDef::slot("__rtruediv__", int_rtruediv),
    MethodDef::slot("__index__", int_index),
    MethodDef::method("conjugate", int_conjugate),
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("bit_count", int_bit_count),
    MethodDef::method("to_bytes", int_to_bytes),
    MethodDef::classmethod("from_bytes", int_from_bytes),
    MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    MethodDef::method("__trunc__", int_trunc),
    MethodDef::method("__floor__", int_floor),
    MethodDef::method("__ceil__", int_ceil),
    MethodDef::method("__round__", int_round),
    MethodDef::method("__getnewargs__", int_getnewargs),
    MethodDef::method("__format__", int_format),
    MethodDef::method("__sizeof__", int_sizeof),
    MethodDef::method("is_integer", int_is_integer),
];

static INT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_real, set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: get_imag, set: None, doc: Some("the imaginary part of a complex number") },
    GetSetDef {
        name: "numerator",
        get: get_real,
        set: None,
        doc: Some("the numerator of a rational number in lowest terms"),
    },
    GetSetDef {
        name: "denominator",
        get: get_denominator,
        set: None,
        doc: Some("the denominator of a rational number in lowest terms"),
    },
];

const INT_DOC: &str = "int([x]) -> integer\n\
int(x, base=10) -> integer\n\
\n\
Convert a number or string to an integer, or return 0 if no arguments\n\
are given.  If x is a number, return x.__int__().  For floating point\n\
numbers, this truncates towards zero.\n\
\n\
If x is not a number or if base is given, then x must be a string,\n\
bytes, or bytearray instance representing an integer literal in the\n\
given base.  The literal can be preceded by '+' or '-' and be surrounded\n\
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n\
Base 0 means to interpret the base from the string as an integer literal.\n\
>>> int('0b100', base=0)\n\
4";

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    add_methods(vm, &t, INT_METHODS);
    add_getsets(vm, &t, INT_GETSETS);
    let doc = vm.new_str(INT_DOC);
    add_attr(vm, &t, "__doc__", doc);
}
