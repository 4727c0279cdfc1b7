//! The `float` type: its slot wrappers (arithmetic with ints and floats, the reflected forms,
//! exact comparisons with ints, hash, repr), methods (`__round__`, `hex`, `fromhex`,
//! `as_integer_ratio`, `__getformat__`, ...), and `float.__new__` with the conversion it makes
//! (`__float__`, `__index__`, strings and bytes).

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::float::{self, FromHexError};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::objects::int::{is_int, small_int};
use crate::runtime::objects::int_type::{self, new_cls, numeric_text, repr_for_message};
use crate::runtime::objects::numargs;
use crate::runtime::objects::numparse;
use crate::runtime::ops::arith::BinOp;
use crate::runtime::ops::compare::{CompareOp, cmp_int_float};
use crate::runtime::ops::{self, attr};
use crate::runtime::types::TypeRef;
use crate::runtime::types::init::{add_attr, add_getsets, add_methods};
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// The value of a float (unboxed, or an instance of a float subclass).
#[inline]
pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match o.payload {
            Payload::Float(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

/// An instance of `cls` (float or a subclass) with value `x`.
pub fn new_float(vm: &Vm, cls: &TypeRef, x: f64) -> Value {
    if cls.ptr_eq(&vm.types.float) {
        return Value::Float(x);
    }
    Value::Obj(Object::with_slots_rc(cls.clone(), Payload::Float(x), cls.nslots.get()))
}

/// A float or int operand as f64 (OverflowError for ints too large); None for other values.
pub fn as_double(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float_of(v) {
        return Ok(Some(f));
    }
    if is_int(v) {
        return int_type::int_to_f64(vm, v).map(Some);
    }
    Ok(None)
}

/// What `__float__` returned, checked: a float's value.
fn float_result(vm: &mut Vm, v: &Value, r: &Value) -> PyResult<f64> {
    match float_of(r) {
        Some(f) => Ok(f),
        None => {
            let (t, rt) = (ops::type_name(vm, v), ops::type_name(vm, r));
            Err(vm.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
        }
    }
}

/// `PyFloat_AsDouble(v)`: floats, `__float__`, then `__index__`; TypeError otherwise.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = float_of(v) {
        return Ok(f);
    }
    if let Some(i) = small_int(v)
        && i.unsigned_abs() <= 1 << 53
    {
        return Ok(i as f64);
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__float__) {
        let r = ops::call_method(vm, &f, v, &[])?;
        return float_result(vm, v, &r);
    }
    if cls.lookup(vm, &vm.names.__index__).is_some() {
        let i = int_type::index(vm, v)?;
        return int_type::int_to_f64(vm, &i);
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// `float(v)` (`PyNumber_Float`) for a value other than a str: `__float__`, `__index__`, then
/// text.
pub fn number_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.names.__float__) {
        let r = ops::call_method(vm, &f, v, &[])?;
        return float_result(vm, v, &r);
    }
    if cls.lookup(vm, &vm.names.__index__).is_some() {
        let i = int_type::index(vm, v)?;
        return int_type::int_to_f64(vm, &i);
    }
    if let Some(text) = numeric_text(v) {
        return float_from_text(vm, v, &text);
    }
    let t = ops::type_name(vm, v);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
}

/// `float(text)` for a str, bytes or bytearray value.
pub fn float_from_text(vm: &mut Vm, v: &Value, text: &[u8]) -> PyResult<f64> {
    match numparse::parse_float(text) {
        Some(f) => Ok(f),
        None => {
            let r = repr_for_message(vm, v)?;
            Err(vm.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

fn float_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = new_cls(vm, args.pos().first(), &vm.types.float.clone())?;
    numargs::no_kwargs(vm, &args, "float")?;
    let rest = numargs::unpack(vm, &args, 1, "float", 0, 1)?;
    let x = match rest.first() {
        None => 0.0,
        Some(v) => number_float(vm, v)?,
    };
    Ok(new_float(vm, &cls, x))
}

// ---- slot wrappers ----

fn this(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<f64> {
    let v = numargs::receiver(vm, args, name, &vm.types.float)?;
    Ok(float_of(v).unwrap_or(0.0))
}

fn binary_slot(vm: &mut Vm, args: CallArgs, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    let Some(b) = as_double(vm, b)? else { return Ok(vm.not_implemented()) };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = float::float_binary(vm, x, y, op)?;
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
    float_add, float_radd, "__add__", "__radd__", Add;
    float_sub, float_rsub, "__sub__", "__rsub__", Sub;
    float_mul, float_rmul, "__mul__", "__rmul__", Mul;
    float_mod, float_rmod, "__mod__", "__rmod__", Mod;
    float_floordiv, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", TrueDiv;
}

fn divmod_slot(vm: &mut Vm, args: CallArgs, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    let Some(b) = as_double(vm, b)? else { return Ok(vm.not_implemented()) };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = float::float_divmod(vm, x, y)?;
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    divmod_slot(vm, args, "__divmod__", false)
}

fn float_rdivmod_slot(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    divmod_slot(vm, args, "__rdivmod__", true)
}

/// `pow(a, b, m)` where one of a, b is a float: TypeError with a modulus, NotImplemented for
/// operands that are not real numbers.
pub fn float_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if !m.is_none() {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (Some(x), Some(y)) = (as_double(vm, a)?, as_double(vm, b)?) else { return Ok(vm.not_implemented()) };
    float::power(vm, x, y)
}

fn float_pow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__pow__")?;
    let a = args.pos()[0].clone();
    let (b, m) = int_type::pow_slot_args(vm, &args, "__pow__")?;
    float_pow3(vm, &a, &b, &m)
}

fn float_rpow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__rpow__")?;
    let a = args.pos()[0].clone();
    let (b, m) = int_type::pow_slot_args(vm, &args, "__rpow__")?;
    float_pow3(vm, &b, &a, &m)
}

fn unary_this(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<f64> {
    let x = this(vm, args, name)?;
    numargs::slot_args(vm, args, name, 0)?;
    Ok(x)
}

fn float_neg(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Float(-unary_this(vm, &args, "__neg__")?))
}

fn float_pos(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Float(unary_this(vm, &args, "__pos__")?))
}

fn float_abs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Float(unary_this(vm, &args, "__abs__")?.abs()))
}

fn float_bool(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Bool(unary_this(vm, &args, "__bool__")? != 0.0))
}

fn float_int(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = unary_this(vm, &args, "__int__")?;
    float::float_to_int(vm, x)
}

fn float_float(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Float(unary_this(vm, &args, "__float__")?))
}

fn float_repr(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = unary_this(vm, &args, "__repr__")?;
    Ok(vm.new_str(&crate::text::float_repr(x)))
}

/// `hash(x)` of a float value; NaN hashes by identity as in CPython.
pub fn float_hash_value(v: &Value) -> i64 {
    let x = float_of(v).unwrap_or(0.0);
    match crate::bytecode::pyhash::hash_float(x) {
        Some(h) => h,
        None => match v {
            Value::Obj(o) => ops::hash::hash_pointer(Rc::as_ptr(o) as *const u8 as usize),
            _ => ops::hash::hash_f64(x),
        },
    }
}

fn float_hash(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    unary_this(vm, &args, "__hash__")?;
    Ok(Value::Int(float_hash_value(&args.pos()[0])))
}

/// A float compared with a float or an int, exactly; None for NaN or another type.
pub fn float_compare(x: f64, other: &Value) -> Option<Option<Ordering>> {
    if let Some(y) = float_of(other) {
        return Some(x.partial_cmp(&y));
    }
    if let Some(i) = small_int(other)
        && i.unsigned_abs() <= 1 << 53
    {
        return Some(x.partial_cmp(&(i as f64)));
    }
    let b = other.to_bigint()?;
    Some(cmp_int_float(&b, x).map(Ordering::reverse))
}

fn compare_slot(vm: &mut Vm, args: CallArgs, name: &str, op: CompareOp) -> PyResult<Value> {
    let a = this(vm, &args, name)?;
    let [b] = numargs::slot_args(vm, &args, name, 1)? else { unreachable!("one argument checked") };
    match float_compare(a, b) {
        None => Ok(vm.not_implemented()),
        Some(None) => Ok(Value::Bool(op == CompareOp::Ne)),
        Some(Some(o)) => Ok(Value::Bool(op.test(o))),
    }
}

crate::runtime::objects::function::compare_slots! {
    compare_slot;
    float_lt, "__lt__", Lt;
    float_le, "__le__", Le;
    float_eq, "__eq__", Eq;
    float_ne, "__ne__", Ne;
    float_gt, "__gt__", Gt;
    float_ge, "__ge__", Ge;
}

// ---- methods ----

fn noargs(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<f64> {
    let x = this(vm, args, name)?;
    numargs::no_args(vm, args, &format!("float.{name}"))?;
    Ok(x)
}

fn float_trunc(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "__trunc__")?;
    float::float_to_int(vm, x)
}

fn float_floor(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "__floor__")?;
    float::float_to_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "__ceil__")?;
    float::float_to_int(vm, x.ceil())
}

fn float_conjugate(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    Ok(Value::Float(noargs(vm, &args, "conjugate")?))
}

fn float_is_integer(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x == x.trunc()))
}

fn float_getnewargs(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}

fn float_sizeof(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    noargs(vm, &args, "__sizeof__")?;
    Ok(Value::Int(24))
}

fn float_hex_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "hex")?;
    Ok(vm.new_str(&float::float_hex(x)))
}

fn float_as_integer_ratio(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = noargs(vm, &args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (n, d): (BigInt, BigInt) = float::as_integer_ratio(x);
    let (n, d) = (Value::from_bigint(vm, n), Value::from_bigint(vm, d));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `round(x)` of a float: the nearest int, ties to even.
pub fn round_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    float::float_to_int(vm, x.round_ties_even())
}

fn float_round(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let x = this(vm, &args, "__round__")?;
    numargs::no_kwargs(vm, &args, "__round__")?;
    let rest = numargs::unpack(vm, &args, 1, "__round__", 0, 1)?;
    match rest.first() {
        None | Some(Value::None) => round_to_int(vm, x),
        Some(nd) => {
            let nd = int_type::index_clamped(vm, nd)?;
            match float::round_float(x, nd) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            }
        }
    }
}

fn float_format(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    this(vm, &args, "__format__")?;
    let v = args.pos()[0].clone();
    let spec = numargs::one_arg(vm, &args, "__format__")?.clone();
    int_type::format_number(vm, &v, &spec, "float")
}

fn float_fromhex_method(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or_default();
    let s = numargs::one_arg(vm, &args, "float.fromhex")?.clone();
    let text = match s.payload() {
        Some(Payload::Str(st)) => st.chars().map(|c| if c < 0x80 { c as u8 } else { b'?' }).collect::<Vec<u8>>(),
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let x = match float::float_fromhex(&text) {
        Ok(x) => x,
        Err(FromHexError::Invalid) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(FromHexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    match cls.as_obj().and_then(|o| TypeRef::from_obj(o.clone())) {
        Some(t) if t.ptr_eq(&vm.types.float) => Ok(Value::Float(x)),
        _ => vm.call(&cls, &[Value::Float(x)], &[]),
    }
}

fn float_getformat(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = numargs::one_arg(vm, &args, "float.__getformat__")?;
    match v.payload() {
        Some(Payload::Str(s)) if s.eq_str("double") || s.eq_str("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(Payload::Str(_)) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        _ => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {t}")))
        }
    }
}

// ---- attributes ----

fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(float_of(v).unwrap_or(0.0)))
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", float_new),
    MethodDef::slot("__repr__", float_repr),
    MethodDef::slot("__hash__", float_hash),
    MethodDef::slot("__getattribute__", attr::object_getattribute),
    MethodDef::slot("__lt__", float_lt),
    MethodDef::slot("__le__", float_le),
    MethodDef::slot("__eq__", float_eq),
    MethodDef::slot("__ne__", float_ne),
    MethodDef::slot("__gt__", float_gt),
    MethodDef::slot("__ge__", float_ge),
    MethodDef::slot("__add__", float_add),
    MethodDef::slot("__radd__", float_radd),
    MethodDef::slot("__sub__", float_sub),
    MethodDef::slot("__rsub__", float_rsub),
    MethodDef::slot("__mul__", float_mul),
    MethodDef::slot("__rmul__", float_rmul),
    MethodDef::slot("__mod__", float_mod),
    MethodDef::slot("__rmod__", float_rmod),
    MethodDef::slot("__divmod__", float_divmod_slot),
    MethodDef::slot("__rdivmod__", float_rdivmod_slot),
    MethodDef::slot("__pow__", float_pow),
    MethodDef::slot("__rpow__", float_rpow),
    MethodDef::slot("__neg__", float_neg),
    MethodDef::slot("__pos__", float_pos),
    MethodDef::slot("__abs__", float_abs),
    MethodDef::slot("__bool__", float_bool),
    MethodDef::slot("__int__", float_int),
    MethodDef::slot("__float__", float_float),
    MethodDef::slot("__floordiv__", float_floordiv),
    MethodDef::slot("__rfloordiv__", float_rfloordiv),
    MethodDef::slot("__truediv__", float_truediv),
    MethodDef::slot("__rtruediv__", float_rtruediv),
    MethodDef::method("conjugate", float_conjugate),
    MethodDef::method("__trunc__", float_trunc),
    MethodDef::method("__floor__", float_floor),
    MethodDef::method("__ceil__", float_ceil),
    MethodDef::method("__round__", float_round),
    MethodDef::method("as_integer_ratio", float_as_integer_ratio),
    MethodDef::classmethod("fromhex", float_fromhex_method),
    MethodDef::method("hex", float_hex_method),
    MethodDef::method("is_integer", float_is_integer),
    MethodDef::method("__getnewargs__", float_getnewargs),
    MethodDef::classmethod("__getformat__", float_getformat),
    MethodDef::method("__format__", float_format),
    MethodDef::method("__sizeof__", float_sizeof),
];

static FLOAT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_real, set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: get_imag, set: None, doc: Some("the imaginary part of a complex number") },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    add_methods(vm, &t, FLOAT_METHODS);
    add_getsets(vm, &t, FLOAT_GETSETS);
    let doc = vm.new_str("Convert a string or number to a floating point number, if possible.");
    add_attr(vm, &t, "__doc__", doc);
}
