//! `_struct` (under lib/struct.py): packing values into bytes and back by format strings, with
//! CPython's byte orders (`@` native with alignment, `=`, `<`, `>`, `!`), every format
//! character, `Struct` objects, and `struct.error` with CPython's messages.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use super::native_type::{TypeSpec, new_instance, new_type, state_of};
use crate::runtime::object::Payload;
use crate::runtime::objects::bytes_type::{need_buffer, new_bytes};
use crate::runtime::objects::function::{CallArgs, GetSetDef, MethodDef};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyErr, PyResult, Vm};

#[derive(Copy, Clone, PartialEq, Eq)]
enum Order {
    Native,
    NativeStd,
    Little,
    Big,
}

/// One packed value: its format character, offset, and (for `s` and `p`) length.
#[derive(Clone)]
struct Field {
    code: u8,
    offset: usize,
    len: usize,
}

/// A parsed format.
#[derive(Clone)]
pub struct Format {
    text: String,
    order: Order,
    fields: Vec<Field>,
    size: usize,
}

fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    let text = String::from_utf8_lossy(fmt).into_owned();
    let (order, mut i) = match fmt.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'=') => (Order::NativeStd, 1),
        Some(b'<') => (Order::Little, 1),
        Some(b'>') | Some(b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let mut fields = Vec::new();
    let mut offset: usize = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < fmt.len() && fmt[i].is_ascii_digit() {
            let d = (fmt[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or("total struct size too long")?);
            i += 1;
        }
        if i >= fmt.len() {
            return Err("repeat count given without format specifier");
        }
        let code = fmt[i];
        i += 1;
        let size = code_size(code, order).ok_or("bad char in struct format")?;
        let n = count.unwrap_or(1);
        if order == Order::Native && size > 1 && !matches!(code, b's' | b'p' | b'x') {
            offset = offset.div_ceil(size).checked_mul(size).ok_or("total struct size too long")?;
        }
        match code {
            b'x' => offset = offset.checked_add(n).ok_or("total struct size too long")?,
            b's' | b'p' => {
                fields.push(Field { code, offset, len: n });
                offset = offset.checked_add(n).ok_or("total struct size too long")?;
            }
            _ => {
                let total = n.checked_mul(size).and_then(|t| offset.checked_add(t)).ok_or("total struct size too long")?;
                if total > isize::MAX as usize {
                    return Err("total struct size too long");
                }
                for k in 0..n {
                    fields.push(Field { code, offset: offset + k * size, len: size });
                }
                offset = total;
            }
        }
        if offset > isize::MAX as usize {
            return Err("total struct size too long");
        }
    }
    Ok(Format { text, order, fields, size: offset })
}

/// `struct.error`, from the `_struct` module.
fn struct_error(vm: &mut Vm, msg: impl AsRef<str>) -> PyErr {
    let cls = crate::runtime::import::import_module(vm, "_struct").ok().and_then(|m| {
        let n = vm.intern("error");
        ops::getattr(vm, &m, &n).ok()
    });
    match cls.and_then(|c| c.as_obj().and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone()))) {
        Some(t) => vm.new_error(&t, msg),
        None => vm.new_error(&vm.types.exc.exception.clone(), msg),
    }
}

fn format_of(vm: &mut Vm, v: &Value, who: &str) -> PyResult<Format> {
    if let Some(f) = state_of::<Format>(v) {
        return Ok(f.clone());
    }
    let bytes = match v.payload() {
        Some(Payload::Str(s)) => s.to_wtf8(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            let t = ops::type_name(vm, v);
            return Err(vm.type_error(format!("{who}() argument 1 must be a str or bytes object, not {t}")));
        }
    };
    parse(&bytes).map_err(|m| struct_error(vm, m))
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    let ty = v.class(vm);
    if ty.lookup(vm, &vm.intern("__index__")).is_none() {
        return Err(struct_error(vm, "required argument is not an integer"));
    }
    crate::runtime::builtins::args::index_bigint(vm, v)
}

fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        _ => {}
    }
    if let Some(Payload::Float(f)) = v.payload() {
        return Ok(*f);
    }
    let ty = v.class(vm);
    let has = ty.lookup(vm, &vm.intern("__float__")).is_some() || ty.lookup(vm, &vm.intern("__index__")).is_some();
    if !has {
        return Err(struct_error(vm, "required argument is not a float"));
    }
    let r = vm.call(&vm.types.float.to_value(), std::slice::from_ref(v), &[])?;
    match r {
        Value::Float(f) => Ok(f),
        _ => match r.payload() {
            Some(Payload::Float(f)) => Ok(*f),
            _ => Err(struct_error(vm, "required argument is not a float")),
        },
    }
}

fn put_int(out: &mut [u8], v: u128, order: Order) {
    let n = out.len();
    let bytes = v.to_le_bytes();
    for k in 0..n {
        let idx = if order == Order::Big { n - 1 - k } else { k };
        out[idx] = bytes[k];
    }
}

fn get_int(data: &[u8], order: Order, signed: bool) -> i128 {
    let n = data.len();
    let mut v: u128 = 0;
    for k in 0..n {
        let idx = if order == Order::Big { n - 1 - k } else { k };
        v |= (data[idx] as u128) << (8 * k);
    }
    if signed && n < 16 && v >> (8 * n - 1) & 1 == 1 {
        (v as i128) - (1i128 << (8 * n))
    } else {
        v as i128
    }
}

/// The half-precision bits of `x` (round half to even); None when too large.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let (m, e) = frexp(a);
    let mut e = e - 1;
    let mut f = 2.0 * m - 1.0;
    if e >= 16 {
        return None;
    }
    if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = (1.0 + f) * 2f64.powi(e + 14);
        e = 0;
    } else {
        e += 15;
    }
    let scaled = f * 1024.0;
    let mut bits = scaled.floor() as u32;
    let rem = scaled - bits as f64;
    if rem > 0.5 || (rem == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits as u16)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

fn int_range(code: u8, size: usize) -> (BigInt, BigInt) {
    let bits = 8 * size as u32;
    let signed = code.is_ascii_lowercase();
    if signed {
        (-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1)
    } else {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    }
}

fn pack_field(vm: &mut Vm, f: &Field, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let slot = &mut out[f.offset..f.offset + f.len];
    match f.code {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => slot[0] = b[0],
            _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data: Vec<u8> = match v.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(_)) => need_buffer(vm, v)?.to_vec(),
                _ => return Err(struct_error(vm, format!("argument for '{}' must be a bytes object", f.code as char))),
            };
            if f.code == b's' {
                let n = data.len().min(f.len);
                slot[..n].copy_from_slice(&data[..n]);
            } else if f.len > 0 {
                let n = data.len().min(f.len - 1).min(255);
                slot[0] = n as u8;
                slot[1..1 + n].copy_from_slice(&data[..n]);
            }
        }
        b'?' => slot[0] = ops::is_true(vm, v)? as u8,
        b'e' => {
            let x = float_of(vm, v)?;
            let Some(h) = to_half(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put_int(slot, h as u128, order);
        }
        b'f' => {
            let x = float_of(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && order != Order::Native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_int(slot, y.to_bits() as u128, order);
        }
        b'd' => {
            let x = float_of(vm, v)?;
            put_int(slot, x.to_bits() as u128, order);
        }
        code => {
            let n = int_of(vm, v)?;
            let (lo, hi) = if code == b'P' { (-(BigInt::one() << 63u32), (BigInt::one() << 64u32) - BigInt::one()) } else { int_range(code, f.len) };
            if n < lo || n > hi {
                return Err(struct_error(vm, format!("'{}' format requires {lo} <= number <= {hi}", code as char)));
            }
            let bits = if n.sign() == num_bigint::Sign::Minus {
                (n.to_i128().unwrap_or(0)) as u128
            } else {
                n.to_u128().unwrap_or(0)
            };
            put_int(slot, bits, order);
        }
    }
    Ok(())
}

fn unpack_field(vm: &Vm, f: &Field, order: Order, data: &[u8]) -> Value {
    let s = &data[f.offset..f.offset + f.len];
    match f.code {
        b'c' | b's' => new_bytes(vm, s.to_vec()),
        b'p' => {
            if s.is_empty() {
                return new_bytes(vm, Vec::new());
            }
            let n = (s[0] as usize).min(f.len - 1);
            new_bytes(vm, s[1..1 + n].to_vec())
        }
        b'?' => Value::Bool(s[0] != 0),
        b'e' => Value::Float(from_half(get_int(s, order, false) as u16)),
        b'f' => Value::Float(f32::from_bits(get_int(s, order, false) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(get_int(s, order, false) as u64)),
        code => {
            let v = get_int(s, order, code.is_ascii_lowercase());
            match i64::try_from(v) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(vm, BigInt::from(v)),
            }
        }
    }
}

fn pack_values(vm: &mut Vm, fmt: &Format, values: &[Value], who: &str) -> PyResult<Vec<u8>> {
    if values.len() != fmt.fields.len() {
        return Err(struct_error(vm, format!("{who} expected {} items for packing (got {})", fmt.fields.len(), values.len())));
    }
    let mut out = vec![0u8; fmt.size];
    for (f, v) in fmt.fields.iter().zip(values) {
        pack_field(vm, f, fmt.order, v, &mut out)?;
    }
    Ok(out)
}

fn unpack_values(vm: &Vm, fmt: &Format, data: &[u8]) -> Value {
    let items = fmt.fields.iter().map(|f| unpack_field(vm, f, fmt.order, data)).collect();
    vm.new_tuple(items)
}

/// Splits `(format, rest...)` for the module functions, or `(self, rest...)` for methods.
fn split_args<'a>(vm: &mut Vm, args: &CallArgs<'a>, who: &str) -> PyResult<(Format, &'a [Value])> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{who}() takes no keyword arguments")));
    }
    let Some((first, rest)) = args.pos().split_first() else {
        return Err(vm.type_error(format!("{who}() missing required argument 'format' (pos 1)")));
    };
    let f = format_of(vm, first, "Struct")?;
    Ok((f, rest))
}

fn pack(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, rest) = split_args(vm, &args, "pack")?;
    let out = pack_values(vm, &f, rest, "pack")?;
    Ok(new_bytes(vm, out))
}

fn unpack(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, rest) = split_args(vm, &args, "unpack")?;
    let [buf] = rest else {
        return Err(vm.type_error(format!("unpack expected 2 arguments, got {}", rest.len() + 1)));
    };
    let data = need_buffer(vm, buf)?.to_vec();
    if data.len() != f.size {
        return Err(struct_error(vm, format!("unpack requires a buffer of {} bytes", f.size)));
    }
    Ok(unpack_values(vm, &f, &data))
}

fn offset_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => crate::runtime::builtins::args::index_arg(vm, v),
    }
}

fn unpack_from(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let mut buffer = pos.get(1).cloned();
    let mut offset = pos.get(2).cloned();
    for (k, v) in args.kwargs() {
        match ops::repr::text_of(k).as_deref() {
            Some("buffer") => buffer = Some(v.clone()),
            Some("offset") => offset = Some(v.clone()),
            _ => return Err(vm.type_error("unpack_from() got an unexpected keyword argument")),
        }
    }
    let plain = CallArgs::positional(&pos[..pos.len().min(1)]);
    let (f, _) = split_args(vm, &plain, "unpack_from")?;
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let data = need_buffer(vm, &buffer)?.to_vec();
    let mut off = offset_arg(vm, offset.as_ref())?;
    let len = data.len() as i64;
    let size = f.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(vm, format!("not enough data to unpack {size} bytes at offset {off}")));
        }
        if off + len < 0 {
            return Err(struct_error(vm, format!("offset {off} out of range for {len}-byte buffer")));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!("unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})", size + off),
        ));
    }
    Ok(unpack_values(vm, &f, &data[off as usize..(off + size) as usize]))
}

fn pack_into(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, rest) = split_args(vm, &args, "pack_into")?;
    if rest.len() < 2 {
        return Err(vm.type_error("pack_into expected buffer argument"));
    }
    let buffer = rest[0].clone();
    let writable = match buffer.payload() {
        Some(Payload::ByteArray(_)) => true,
        Some(Payload::MemoryView(_)) => {
            let name = vm.intern("readonly");
            let ro = ops::getattr(vm, &buffer, &name)?;
            !ops::is_true(vm, &ro)?
        }
        _ => false,
    };
    if !writable {
        let t = ops::type_name(vm, &buffer);
        return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {t}")));
    }
    let mut off = offset_arg(vm, Some(&rest[1]))?;
    let data = pack_values(vm, &f, &rest[2..], "pack_into")?;
    let len = ops::len(vm, &buffer)? as i64;
    let size = f.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(vm, format!("no space to pack {size} bytes at offset {off}")));
        }
        if off + len < 0 {
            return Err(struct_error(vm, format!("offset {off} out of range for {len}-byte buffer")));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!("pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})", size + off),
        ));
    }
    let slice = vm.new_object(vm.types.slice.clone(), Payload::Slice { start: Value::Int(off), stop: Value::Int(off + size), step: Value::None });
    let chunk = new_bytes(vm, data);
    ops::setitem(vm, &buffer, &slice, chunk)?;
    Ok(Value::None)
}

fn iter_unpack(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, rest) = split_args(vm, &args, "iter_unpack")?;
    let [buf] = rest else {
        return Err(vm.type_error(format!("iter_unpack expected 2 arguments, got {}", rest.len() + 1)));
    };
    if f.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = need_buffer(vm, buf)?.to_vec();
    if data.len() % f.size != 0 {
        return Err(struct_error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size)));
    }
    let items: Vec<Value> = data.chunks(f.size).map(|c| unpack_values(vm, &f, c)).collect();
    let list = vm.new_list(items);
    ops::iter(vm, &list)
}

fn calcsize(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let (f, rest) = split_args(vm, &args, "calcsize")?;
    if !rest.is_empty() {
        return Err(vm.type_error(format!("calcsize() takes exactly one argument ({} given)", rest.len() + 1)));
    }
    Ok(Value::Int(f.size as i64))
}

// ---- Struct ----

fn struct_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first().and_then(|c| c.as_obj()).and_then(|o| crate::runtime::types::TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("Struct.__new__(X): X is not a type object"));
    };
    let mut fmt = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        if ops::repr::text_of(k).as_deref() == Some("format") && fmt.is_none() {
            fmt = Some(v.clone());
        } else {
            return Err(vm.type_error("Struct() got an unexpected keyword argument"));
        }
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("Struct() takes at most 1 argument ({} given)", pos.len() - 1)));
    }
    let Some(fmt) = fmt else { return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)")) };
    let f = format_of(vm, &fmt, "Struct")?;
    Ok(new_instance(&cls, f))
}

fn struct_init(_vm: &mut Vm, _args: CallArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn format_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match state_of::<Format>(v) {
        Some(f) => Ok(vm.new_str(&f.text)),
        None => Err(vm.type_error("descriptor 'format' needs a Struct")),
    }
}

fn size_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match state_of::<Format>(v) {
        Some(f) => Ok(Value::Int(f.size as i64)),
        None => Err(vm.type_error("descriptor 'size' needs a Struct")),
    }
}

static STRUCT_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", struct_new),
    MethodDef::slot("__init__", struct_init),
    MethodDef::method("pack", pack),
    MethodDef::method("unpack", unpack),
    MethodDef::method("unpack_from", unpack_from),
    MethodDef::method("pack_into", pack_into),
    MethodDef::method("iter_unpack", iter_unpack),
];

static STRUCT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "format", get: format_get, set: None, doc: None },
    GetSetDef { name: "size", get: size_get, set: None, doc: None },
];

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("pack", pack),
    MethodDef::function("unpack", unpack),
    MethodDef::function("unpack_from", unpack_from),
    MethodDef::function("pack_into", pack_into),
    MethodDef::function("iter_unpack", iter_unpack),
    MethodDef::function("calcsize", calcsize),
];

/// The `_struct` module.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module(vm, "_struct", FUNCTIONS);
    let spec = TypeSpec { name: "Struct", module: "_struct", basetype: true, methods: STRUCT_METHODS, getsets: STRUCT_GETSETS, flags: 0 };
    let t = new_type(vm, &spec, None);
    super::set_attr(vm, &m, "Struct", t.to_value());
    let ns = vm.new_dict();
    crate::runtime::objects::dict::dict_set_str(vm, &ns, vm.names.__module__.clone(), vm.new_str("struct"));
    let bases = vm.new_tuple(vec![vm.types.exc.exception.to_value()]);
    let name = vm.new_str("error");
    let type_ = vm.types.type_.clone();
    let err = crate::runtime::types::class::new_class(vm, &type_, &name, &bases, &Value::Obj(ns))?;
    super::set_attr(vm, &m, "error", err);
    Ok(m)
}
