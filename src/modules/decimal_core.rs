//! `_decimal_core`: the hot paths of the decimal module (lib/_decnum.py) done natively. Each
//! function handles the common case of an operation (finite operands of the exact Decimal
//! class, exponents and precisions of moderate size) exactly as the Python code does, with the
//! same result and signals, and returns None for every other case, which the Python code then
//! handles itself. `setup` hands over the classes the functions need.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::object::{Object, Payload};
use crate::runtime::objects::dict::Dict;
use crate::runtime::ops;
use crate::runtime::types::TypeRef;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("setup", setup),
    MethodDef::function("arith", arith),
    MethodDef::function("quantize", quantize),
    MethodDef::function("new", new),
    MethodDef::function("compare", compare),
    MethodDef::function("install", install),
];

/// The Decimal methods `install` replaces, in the order of `FALLBACKS`.
const METHODS: &[MethodDef] = &[
    MethodDef::method("__add__", m_add),
    MethodDef::method("__radd__", m_radd),
    MethodDef::method("__sub__", m_sub),
    MethodDef::method("__mul__", m_mul),
    MethodDef::method("__rmul__", m_rmul),
    MethodDef::method("__truediv__", m_truediv),
    MethodDef::method("__eq__", m_eq),
    MethodDef::method("__ne__", m_ne),
    MethodDef::method("__lt__", m_lt),
    MethodDef::method("__le__", m_le),
    MethodDef::method("__gt__", m_gt),
    MethodDef::method("__ge__", m_ge),
    MethodDef::method("quantize", m_quantize),
    MethodDef::staticmethod("__new__", m_new),
    MethodDef::method("__pow__", m_pow),
];

/// The `_decimal_core` module.
pub fn create(vm: &mut Vm) -> Value {
    super::new_module(vm, "_decimal_core", FUNCTIONS)
}

/// Precisions and exponent spans past which the functions leave the work to Python.
const MAX_WORK: i64 = 20_000;
/// Exponents past which the functions leave the work to Python.
const MAX_EXP: i64 = 1 << 60;

// Condition bits.
const OVERFLOW: u32 = 1;
const SUBNORMAL: u32 = 2;
const UNDERFLOW: u32 = 4;
const INEXACT: u32 = 8;
const ROUNDED: u32 = 16;
const CLAMPED: u32 = 32;

/// What `setup` gave: the Decimal class and its slot indices (_sign, _int, _exp,
/// _is_special), the Context class and its slot indices (_prec, _rounding, _Emin, _Emax,
/// _clamp), the condition classes in bit order, and the module holding the current context.
struct State {
    dec: TypeRef,
    dslots: [usize; 4],
    ctx: TypeRef,
    cslots: [usize; 7],
    conds: Vec<Value>,
    /// The conditions' hashes (identity hashes: fixed).
    hashes: Vec<i64>,
    ctxmod: Value,
    f: Value,
    /// The slot of a signal dict's `_values`.
    values_slot: usize,
    sigdict: TypeRef,
    names: Names,
}

/// Interned attribute names.
struct Names {
    current: crate::runtime::value::ObjRef,
    getcontext: crate::runtime::value::ObjRef,
    raise: crate::runtime::value::ObjRef,
}

thread_local! {
    static STATE: RefCell<Option<std::rc::Rc<State>>> = const { RefCell::new(None) };
    static POW10: RefCell<Vec<BigUint>> = const { RefCell::new(Vec::new()) };
    /// The Python methods the native ones of `METHODS` fall back on.
    static FALLBACKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn state() -> Option<std::rc::Rc<State>> {
    STATE.with(|s| s.borrow().clone())
}

fn slot_index(vm: &Vm, t: &TypeRef, name: &str) -> Option<usize> {
    let d = t.lookup(vm, &vm.intern(name))?;
    match d.as_obj().map(|o| &o.payload) {
        Some(Payload::Member { index, .. }) => Some(*index),
        _ => None,
    }
}

/// setup(Decimal, Context, conditions, context_module, signal_dict_class): conditions are
/// Overflow, Subnormal, Underflow, Inexact, Rounded, Clamped.
fn setup(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 5 {
        return Err(vm.type_error("setup() takes 5 arguments"));
    }
    let as_type = |v: &Value| v.as_obj().and_then(|o| TypeRef::from_obj(o.clone()));
    let (Some(dec), Some(ctx), Some(sigdict)) = (as_type(&a[0]), as_type(&a[1]), as_type(&a[4])) else {
        return Err(vm.type_error("setup() needs the Decimal and Context classes"));
    };
    let mut dslots = [0; 4];
    for (i, n) in ["_sign", "_int", "_exp", "_is_special"].iter().enumerate() {
        dslots[i] = slot_index(vm, &dec, n).ok_or_else(|| vm.type_error("Decimal lacks its slots"))?;
    }
    let mut cslots = [0; 7];
    for (i, n) in ["_prec", "_rounding", "_Emin", "_Emax", "_clamp", "_flags", "_traps"].iter().enumerate() {
        cslots[i] = slot_index(vm, &ctx, n).ok_or_else(|| vm.type_error("Context lacks its slots"))?;
    }
    let conds = crate::runtime::eval::collect_items(vm, &a[2])?;
    if conds.len() != 6 {
        return Err(vm.type_error("setup() needs 6 conditions"));
    }
    let values_slot = slot_index(vm, &sigdict, "_values").ok_or_else(|| vm.type_error("the signal dict lacks its slot"))?;
    let mut hashes = Vec::with_capacity(conds.len());
    for c in &conds {
        hashes.push(ops::hash(vm, c)?);
    }
    let names = Names { current: vm.intern("_current"), getcontext: vm.intern("getcontext"), raise: vm.intern("_raise") };
    let st = State { dec, dslots, ctx, cslots, conds, hashes, ctxmod: a[3].clone(), f: vm.new_str("F"), values_slot, sigdict, names };
    STATE.with(|s| *s.borrow_mut() = Some(std::rc::Rc::new(st)));
    Ok(Value::None)
}

/// The rounding modes.
#[derive(Clone, Copy, PartialEq)]
enum Rounding {
    HalfEven,
    HalfUp,
    HalfDown,
    Up,
    Down,
    Ceiling,
    Floor,
    R05Up,
}

fn rounding_of(v: &Value) -> Option<Rounding> {
    let o = v.as_obj()?;
    if !matches!(o.payload, Payload::Str(_)) {
        return None;
    }
    let s = o.as_str()?.as_ascii()?;
    Some(match s {
        "ROUND_HALF_EVEN" => Rounding::HalfEven,
        "ROUND_HALF_UP" => Rounding::HalfUp,
        "ROUND_HALF_DOWN" => Rounding::HalfDown,
        "ROUND_UP" => Rounding::Up,
        "ROUND_DOWN" => Rounding::Down,
        "ROUND_CEILING" => Rounding::Ceiling,
        "ROUND_FLOOR" => Rounding::Floor,
        "ROUND_05UP" => Rounding::R05Up,
        _ => return None,
    })
}

/// A context's numbers.
struct Ctx {
    obj: Value,
    prec: i64,
    rounding: Rounding,
    emin: i64,
    emax: i64,
    clamp: i64,
}

/// The context: `context`, or the current one when None. None when it is not a plain
/// Context with moderate values.
fn context(vm: &mut Vm, st: &State, context: &Value) -> PyResult<Option<Ctx>> {
    let obj = if context.is_none() {
        let cur = ops::attr::getattr(vm, &st.ctxmod, &st.names.current)?;
        if cur.is_none() {
            let f = ops::attr::getattr(vm, &st.ctxmod, &st.names.getcontext)?;
            vm.call(&f, &[], &[])?
        } else {
            cur
        }
    } else {
        context.clone()
    };
    let Some(o) = obj.as_obj() else { return Ok(None) };
    if !o.class_ref().ptr_eq(&st.ctx) {
        return Ok(None);
    }
    let get = |i: usize| o.slots.get(st.cslots[i]).map(|c| c.borrow().clone());
    let int = |v: Option<Value>| match v {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    let (Some(prec), Some(emin), Some(emax), Some(clamp)) = (int(get(0)), int(get(2)), int(get(3)), int(get(4))) else {
        return Ok(None);
    };
    let Some(rounding) = get(1).as_ref().and_then(rounding_of) else { return Ok(None) };
    if !(1..=MAX_WORK).contains(&prec) || emin.abs() > MAX_EXP || emax.abs() > MAX_EXP {
        return Ok(None);
    }
    Ok(Some(Ctx { obj, prec, rounding, emin, emax, clamp }))
}

/// A finite Decimal's parts.
struct Dec {
    sign: bool,
    coef: BigUint,
    exp: i64,
}

fn biguint_of(v: &Value) -> Option<BigUint> {
    match v {
        Value::Int(i) if *i >= 0 => Some(BigUint::from(*i as u64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if b.sign() != Sign::Minus => Some(b.magnitude().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The parts of `v` when it is a finite Decimal of the exact class with a moderate exponent.
fn dec_of(st: &State, v: &Value) -> Option<Dec> {
    let o = v.as_obj()?;
    if !o.class_ref().ptr_eq(&st.dec) {
        return None;
    }
    let get = |i: usize| o.slots.get(st.dslots[i]).map(|c| c.borrow().clone());
    let sign = match get(0)? {
        Value::Int(0) => false,
        Value::Int(1) => true,
        _ => return None,
    };
    let exp = match get(2)? {
        Value::Int(e) if e.abs() <= MAX_EXP => e,
        _ => return None,
    };
    let coef = biguint_of(&get(1)?)?;
    Some(Dec { sign, coef, exp })
}

/// An int operand as a Decimal (exact ints only: bools and subclasses are left to Python).
fn int_dec(vm: &Vm, v: &Value) -> Option<Dec> {
    match v {
        Value::Int(i) => Some(Dec { sign: *i < 0, coef: BigUint::from(i.unsigned_abs()), exp: 0 }),
        Value::Obj(o) if o.class_ref().ptr_eq(&vm.types.int) => match &o.payload {
            Payload::BigInt(b) => Some(Dec { sign: b.sign() == Sign::Minus, coef: b.magnitude().clone(), exp: 0 }),
            _ => None,
        },
        _ => None,
    }
}

/// A new Decimal of the exact class.
fn make(vm: &Vm, st: &State, sign: bool, coef: BigUint, exp: Option<i64>) -> Value {
    let o = Object::with_slots_rc(st.dec.clone(), Payload::Instance, st.dec.nslots.get());
    let vals = [
        Value::Int(sign as i64),
        Value::from_bigint(vm, BigInt::from_biguint(Sign::Plus, coef)),
        match exp {
            Some(e) => Value::Int(e),
            None => st.f.clone(),
        },
        Value::Bool(exp.is_none()),
    ];
    for (i, v) in vals.into_iter().enumerate() {
        *o.slots[st.dslots[i]].borrow_mut() = v;
    }
    Value::Obj(o)
}

/// 10**k.
fn pow10(k: u64) -> BigUint {
    if k < 400 {
        POW10.with(|p| {
            let mut p = p.borrow_mut();
            if p.is_empty() {
                let mut x = BigUint::from(1u32);
                for _ in 0..400 {
                    p.push(x.clone());
                    x *= 10u32;
                }
            }
            p[k as usize].clone()
        })
    } else {
        num_traits::pow(BigUint::from(10u32), k as usize)
    }
}

/// Whether n >= 10**k (the power borrowed from the table when it is there).
fn ge_pow10(n: &BigUint, k: u64) -> bool {
    if k < 400 {
        POW10.with(|p| {
            let p = p.borrow();
            if let Some(x) = p.get(k as usize) {
                return Some(n >= x);
            }
            None
        })
        .unwrap_or_else(|| *n >= pow10(k))
    } else {
        *n >= pow10(k)
    }
}

/// Whether n < 10**k, without building big powers when the sizes tell.
fn less_pow10(n: &BigUint, k: u64) -> bool {
    digits(n) <= k
}

/// The number of decimal digits of n (1 for 0).
fn digits(n: &BigUint) -> u64 {
    if let Some(x) = n.to_u64() {
        return if x == 0 { 1 } else { u64::from(x.ilog10()) + 1 };
    }
    let bits = n.bits();
    // 2**(bits-1) <= n < 2**bits: the digit count is low or low + 1.
    let low = ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
    if ge_pow10(n, low) {
        low + 1
    } else {
        low
    }
}

/// coef with its last `drop` digits removed and rounded: (new coef, inexact), as
/// `_round_digits` does.
fn round_digits(coef: &BigUint, drop: i64, rounding: Rounding, sign: bool) -> (BigUint, bool) {
    if drop <= 0 {
        return (coef * pow10((-drop) as u64), false);
    }
    let (q, r, half_cmp): (BigUint, BigUint, i32);
    if drop as u64 > digits(coef) + 1 {
        q = BigUint::zero();
        r = coef.clone();
        half_cmp = if coef.is_zero() { -2 } else { -1 };
    } else {
        let p = pow10(drop as u64);
        let (qq, rr) = coef.div_rem(&p);
        if rr.is_zero() {
            return (qq, false);
        }
        let half = &p >> 1u32;
        half_cmp = match rr.cmp(&half) {
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Less => -1,
        };
        q = qq;
        r = rr;
    }
    if r.is_zero() && half_cmp == -2 {
        return (q, false);
    }
    let odd = q.bit(0);
    let up = match rounding {
        Rounding::HalfEven => half_cmp > 0 || (half_cmp == 0 && odd),
        Rounding::HalfUp => half_cmp >= 0,
        Rounding::HalfDown => half_cmp > 0,
        Rounding::Up => true,
        Rounding::Down => false,
        Rounding::Ceiling => !sign,
        Rounding::Floor => sign,
        Rounding::R05Up => {
            let m = (&q % 10u32).to_u32().unwrap_or(1);
            m == 0 || m == 5
        }
    };
    (if up { q + 1u32 } else { q }, true)
}

/// A result: sign, coefficient, exponent (None for Infinity), conditions.
type Fixed = (bool, BigUint, Option<i64>, u32);

/// `_fix`: (sign, coef, exp) fitted to the context.
fn fix(ctx: &Ctx, sign: bool, coef: BigUint, exp: i64) -> Fixed {
    let prec = ctx.prec;
    let etiny = ctx.emin - prec + 1;
    let etop = ctx.emax - prec + 1;
    if !coef.is_zero() && ctx.emin <= exp && exp <= etop && less_pow10(&coef, prec as u64) {
        return (sign, coef, Some(exp), 0);
    }
    if coef.is_zero() {
        let emax = if ctx.clamp == 0 { ctx.emax } else { etop };
        let new = exp.max(etiny).min(emax);
        return (sign, coef, Some(new), if new != exp { CLAMPED } else { 0 });
    }
    let mut conds = 0;
    let (mut coef, mut exp) = (coef, exp);
    let nd = digits(&coef) as i64;
    let mut exp_min = nd + exp - prec;
    if exp_min > etop {
        return overflow(ctx, sign);
    }
    let subnormal = exp_min < etiny;
    if subnormal {
        exp_min = etiny;
    }
    if exp < exp_min {
        let (mut newcoef, inexact) = round_digits(&coef, exp_min - exp, ctx.rounding, sign);
        if !newcoef.is_zero() && digits(&newcoef) as i64 > prec {
            newcoef /= 10u32;
            exp_min += 1;
            if exp_min > etop {
                return overflow(ctx, sign);
            }
        }
        coef = newcoef;
        exp = exp_min;
        if subnormal {
            conds |= SUBNORMAL;
            if inexact {
                conds |= UNDERFLOW;
            }
        }
        if inexact {
            conds |= INEXACT;
        }
        conds |= ROUNDED;
        if subnormal && coef.is_zero() {
            conds |= CLAMPED;
        }
    } else if subnormal {
        conds |= SUBNORMAL;
    }
    if ctx.clamp == 1 && exp > etop {
        coef *= pow10((exp - etop) as u64);
        exp = etop;
        conds |= CLAMPED;
    } else if exp > ctx.emax && coef.is_zero() {
        exp = ctx.emax;
    }
    (sign, coef, Some(exp), conds)
}

fn overflow(ctx: &Ctx, sign: bool) -> Fixed {
    let to_inf = match ctx.rounding {
        Rounding::HalfUp | Rounding::HalfEven | Rounding::HalfDown | Rounding::Up => true,
        Rounding::Down | Rounding::R05Up => false,
        Rounding::Ceiling => !sign,
        Rounding::Floor => sign,
    };
    let conds = OVERFLOW | INEXACT | ROUNDED;
    if to_inf {
        (sign, BigUint::zero(), None, conds)
    } else {
        (sign, pow10(ctx.prec as u64) - 1u32, Some(ctx.emax - ctx.prec + 1), conds)
    }
}

/// The Decimal of a result, its conditions raised through the context's `_raise`.
fn finish(vm: &mut Vm, st: &State, ctx: &Ctx, r: Fixed) -> PyResult<Value> {
    let (sign, coef, exp, conds) = r;
    let v = make(vm, st, sign, coef, exp);
    raise(vm, st, &ctx.obj, conds)?;
    Ok(v)
}

fn raise(vm: &mut Vm, st: &State, ctx: &Value, conds: u32) -> PyResult<()> {
    if conds == 0 {
        return Ok(());
    }
    // When none of the conditions is trapped, their flags are set here; otherwise the
    // context's `_raise` does it all (flags, then the exception).
    if let Some((flags, traps)) = signal_dicts(st, ctx) {
        let (Some(Payload::Dict(fd)), Some(Payload::Dict(td))) = (flags.payload(), traps.payload()) else {
            unreachable!("checked by signal_dicts")
        };
        let mut plain = true;
        let mut slots = [None; 6];
        for i in 0..6 {
            if conds & (1 << i) != 0 {
                let trapped = Dict::get_item_hashed(td, vm, &st.conds[i], st.hashes[i])?;
                let at = Dict::find(fd, vm, st.hashes[i], &st.conds[i])?;
                if !matches!(trapped, Some(Value::Bool(false))) || at.is_none() {
                    plain = false;
                    break;
                }
                slots[i] = at;
            }
        }
        if plain {
            for at in slots.into_iter().flatten() {
                fd.borrow_mut().replace_value_at(at, Value::Bool(true));
            }
            return Ok(());
        }
    }
    let list: Vec<Value> = (0..6).filter(|i| conds & (1 << i) != 0).map(|i| st.conds[i].clone()).collect();
    let list = vm.new_list(list);
    let f = ops::attr::getattr(vm, ctx, &st.names.raise)?;
    vm.call(&f, &[list], &[])?;
    Ok(())
}

/// The dicts of a context's flags and traps (signal to bool), when they are plain dicts in
/// signal dicts.
fn signal_dicts(st: &State, ctx: &Value) -> Option<(Value, Value)> {
    let o = ctx.as_obj()?;
    let get = |slot: usize| -> Option<Value> {
        let sd = o.slots.get(st.cslots[slot])?.borrow().clone();
        let so = sd.as_obj()?;
        if !so.class_ref().ptr_eq(&st.sigdict) {
            return None;
        }
        let d = so.slots.get(st.values_slot)?.borrow().clone();
        matches!(d.payload(), Some(Payload::Dict(_))).then_some(d)
    };
    Some((get(5)?, get(6)?))
}

fn signed(d: &Dec) -> BigInt {
    BigInt::from_biguint(if d.sign { Sign::Minus } else { Sign::Plus }, d.coef.clone())
}

/// arith(op, a, b, context): a + b, a - b, a * b or a / b (op 0 to 3) for a finite Decimal a
/// and a finite Decimal or int b; None where the Python code must do it.
fn arith(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    let Some(st) = state() else { return Ok(Value::None) };
    if a.len() != 4 {
        return Ok(Value::None);
    }
    let Value::Int(op) = a[0] else { return Ok(Value::None) };
    Ok(arith_values(vm, &st, op, &a[1], &a[2], &a[3])?.unwrap_or(Value::None))
}

/// `arith` for op on a and b: the result, or None where the Python code must do it.
fn arith_values(vm: &mut Vm, st: &State, op: i64, a: &Value, b: &Value, cv: &Value) -> PyResult<Option<Value>> {
    let Some(x) = dec_of(st, a) else { return Ok(None) };
    let Some(y) = dec_of(st, b).or_else(|| int_dec(vm, b)) else { return Ok(None) };
    match op {
        0 | 1 => {
            if x.coef.is_zero() || y.coef.is_zero() || (x.exp - y.exp).abs() >= 60 {
                return Ok(None);
            }
            let Some(ctx) = context(vm, st, cv)? else { return Ok(None) };
            let ys = if op == 1 { -signed(&y) } else { signed(&y) };
            let xs = signed(&x);
            let (total, exp) = if x.exp == y.exp {
                (xs + ys, x.exp)
            } else if x.exp > y.exp {
                (xs * BigInt::from(pow10((x.exp - y.exp) as u64)) + ys, y.exp)
            } else {
                (xs + ys * BigInt::from(pow10((y.exp - x.exp) as u64)), x.exp)
            };
            if total.is_zero() {
                let sign = ctx.rounding == Rounding::Floor;
                let r = fix(&ctx, sign, BigUint::zero(), exp);
                return finish(vm, st, &ctx, r).map(Some);
            }
            let (sign, mag) = (total.sign() == Sign::Minus, total.magnitude().clone());
            let r = fix(&ctx, sign, mag, exp);
            finish(vm, st, &ctx, r).map(Some)
        }
        2 => {
            let Some(ctx) = context(vm, st, cv)? else { return Ok(None) };
            let r = fix(&ctx, x.sign != y.sign, &x.coef * &y.coef, x.exp + y.exp);
            finish(vm, st, &ctx, r).map(Some)
        }
        3 => {
            if x.coef.is_zero() || y.coef.is_zero() || digits(&x.coef) > 3000 || digits(&y.coef) > 3000 {
                return Ok(None);
            }
            let Some(ctx) = context(vm, st, cv)? else { return Ok(None) };
            let r = divide(&ctx, &x, &y);
            finish(vm, st, &ctx, r).map(Some)
        }
        _ => Ok(None),
    }
}

/// x / y (nonzero finite operands) fitted to the context, as `_fast_div`.
fn divide(ctx: &Ctx, x: &Dec, y: &Dec) -> Fixed {
    {
        {
            let shift = digits(&y.coef) as i64 - digits(&x.coef) as i64 + ctx.prec + 1;
            let ideal = x.exp - y.exp;
            let mut exp = ideal - shift;
            let (mut q, r) = if shift >= 0 {
                (&x.coef * pow10(shift as u64)).div_rem(&y.coef)
            } else {
                x.coef.div_rem(&(&y.coef * pow10((-shift) as u64)))
            };
            if !r.is_zero() {
                if (&q % 5u32).is_zero() {
                    q += 1u32;
                }
            } else {
                while exp < ideal {
                    let (qq, rr) = q.div_rem(&BigUint::from(10u32));
                    if !rr.is_zero() {
                        break;
                    }
                    q = qq;
                    exp += 1;
                }
            }
            fix(ctx, x.sign != y.sign, q, exp)
        }
    }
}

/// quantize(a, q, rounding, context): the common case of Decimal.quantize, or None.
fn quantize(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    let Some(st) = state() else { return Ok(Value::None) };
    if a.len() != 4 {
        return Ok(Value::None);
    }
    Ok(quantize_values(vm, &st, &a[0], &a[1], &a[2], &a[3])?.unwrap_or(Value::None))
}

/// `quantize` for a, q, rounding and context: the result, or None.
fn quantize_values(vm: &mut Vm, st: &State, a: &Value, qv: &Value, rv: &Value, cv: &Value) -> PyResult<Option<Value>> {
    let st = st;
    let (Some(x), Some(q)) = (dec_of(st, a), dec_of(st, qv)) else { return Ok(None) };
    if x.coef.is_zero() {
        return Ok(None);
    }
    let Some(ctx) = context(vm, st, cv)? else { return Ok(None) };
    if !(ctx.emin <= q.exp && q.exp <= ctx.emax - ctx.prec + 1) {
        return Ok(None);
    }
    let rounding = if rv.is_none() {
        ctx.rounding
    } else {
        match rounding_of(rv) {
            Some(r) => r,
            None => return Ok(None),
        }
    };
    let target = q.exp;
    let (coef, inexact) = if target <= x.exp {
        if x.exp - target > ctx.prec {
            return Ok(None);
        }
        (&x.coef * pow10((x.exp - target) as u64), false)
    } else {
        round_digits(&x.coef, target - x.exp, rounding, x.sign)
    };
    if !less_pow10(&coef, ctx.prec as u64) {
        return Ok(None);
    }
    let conds = if target > x.exp {
        if inexact {
            INEXACT | ROUNDED
        } else {
            ROUNDED
        }
    } else {
        0
    };
    let v = make(vm, st, x.sign, coef, Some(target));
    raise(vm, st, &ctx.obj, conds)?;
    Ok(Some(v))
}

/// new(value): Decimal(value) for an exact int, or a str of plain ASCII digits with an
/// optional sign, point and exponent; None otherwise.
fn new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    let Some(st) = state() else { return Ok(Value::None) };
    if a.len() != 1 {
        return Ok(Value::None);
    }
    Ok(new_value(vm, &st, &a[0]).unwrap_or(Value::None))
}

/// `new` of value, or None.
fn new_value(vm: &Vm, st: &State, value: &Value) -> Option<Value> {
    if let Some(d) = int_dec(vm, value) {
        return Some(make(vm, st, d.sign, d.coef, Some(0)));
    }
    let o = value.as_obj()?;
    if !o.class_ref().ptr_eq(&vm.types.str) {
        return None;
    }
    let d = parse(o.as_str()?.as_ascii()?)?;
    Some(make(vm, st, d.sign, d.coef, Some(d.exp)))
}

fn parse(s: &str) -> Option<Dec> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut sign = false;
    if let Some(&c) = b.first() {
        if c == b'+' || c == b'-' {
            sign = c == b'-';
            i = 1;
        }
    }
    let mut digs = String::new();
    let mut frac = 0i64;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            digs.push(c as char);
            if seen_point {
                frac += 1;
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if digs.is_empty() || digs.len() > 4300 {
        return None;
    }
    let mut exp = 0i64;
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        let rest = &s[i + 1..];
        let body = rest.strip_prefix(['+', '-']).unwrap_or(rest);
        if body.is_empty() || body.len() > 15 || !body.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        exp = rest.parse::<i64>().ok()?;
    }
    let coef: BigUint = digs.parse().ok()?;
    Some(Dec { sign, coef, exp: exp - frac })
}

/// compare(a, b): -1, 0 or 1 for a finite Decimal a and a finite Decimal or int b; None
/// otherwise.
fn compare(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    let Some(st) = state() else { return Ok(Value::None) };
    if a.len() != 2 {
        return Ok(Value::None);
    }
    Ok(compare_values(vm, &st, &a[0], &a[1]).map_or(Value::None, Value::Int))
}

/// `compare` of a and b, or None.
fn compare_values(vm: &Vm, st: &State, a: &Value, b: &Value) -> Option<i64> {
    let x = dec_of(st, a)?;
    let y = dec_of(st, b).or_else(|| int_dec(vm, b))?;
    let r = if x.coef.is_zero() {
        if y.coef.is_zero() {
            0
        } else if y.sign {
            1
        } else {
            -1
        }
    } else if y.coef.is_zero() {
        if x.sign {
            -1
        } else {
            1
        }
    } else if x.sign != y.sign {
        if x.sign {
            -1
        } else {
            1
        }
    } else {
        let xa = x.exp + digits(&x.coef) as i64;
        let ya = y.exp + digits(&y.coef) as i64;
        let r = if xa != ya {
            if xa > ya {
                1
            } else {
                -1
            }
        } else {
            let e = x.exp.min(y.exp);
            let xv = &x.coef * pow10((x.exp - e) as u64);
            let yv = &y.coef * pow10((y.exp - e) as u64);
            match xv.cmp(&yv) {
                std::cmp::Ordering::Greater => 1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Less => -1,
            }
        };
        if x.sign {
            -r
        } else {
            r
        }
    };
    Some(r)
}

/// install(Decimal): puts the native methods of `METHODS` on the class, each falling back on
/// the Python method it replaces for the cases it leaves.
fn install(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let a = args.pos();
    let Some(t) = a.first().and_then(|v| v.as_obj()).and_then(|o| TypeRef::from_obj(o.clone())) else {
        return Err(vm.type_error("install() needs the Decimal class"));
    };
    if !state().is_some_and(|st| st.dec.ptr_eq(&t)) {
        return Err(vm.type_error("install() needs the Decimal class given to setup()"));
    }
    let mut fallbacks = Vec::new();
    for def in METHODS {
        let name = vm.intern(def.name);
        fallbacks.push(ops::attr::getattr(vm, &a[0], &name)?);
    }
    FALLBACKS.with(|f| *f.borrow_mut() = fallbacks);
    for def in METHODS {
        let f = crate::runtime::types::init::native_function(vm, def, Some(&t));
        let name = vm.intern(def.name);
        ops::attr::setattr(vm, &a[0], &name, f)?;
    }
    Ok(Value::None)
}

/// Calls the Python method number `idx` of `METHODS` with the call's arguments.
fn fallback(vm: &mut Vm, idx: usize, args: &CallArgs) -> PyResult<Value> {
    let Some(f) = FALLBACKS.with(|f| f.borrow().get(idx).cloned()) else {
        return Err(vm.type_error("decimal methods are not installed"));
    };
    let mut all: Vec<Value> = args.pos().to_vec();
    let mut names = Vec::new();
    for (k, v) in args.kwargs() {
        names.push(k.clone());
        all.push(v.clone());
    }
    vm.call(&f, &all, &names)
}

fn binary(vm: &mut Vm, args: CallArgs, op: i64, idx: usize) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() {
        if let Some(st) = state() {
            if let Some(r) = arith_values(vm, &st, op, &p[0], &p[1], &Value::None)? {
                return Ok(r);
            }
        }
    }
    fallback(vm, idx, &args)
}

fn m_add(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 0, 0)
}

fn m_radd(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 0, 1)
}

fn m_sub(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 1, 2)
}

fn m_mul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 2, 3)
}

fn m_rmul(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 2, 4)
}

fn m_truediv(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    binary(vm, args, 3, 5)
}

fn comparison(vm: &mut Vm, args: CallArgs, test: fn(i64) -> bool, idx: usize) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() {
        if let Some(st) = state() {
            if let Some(c) = compare_values(vm, &st, &p[0], &p[1]) {
                return Ok(Value::Bool(test(c)));
            }
        }
    }
    fallback(vm, idx, &args)
}

fn m_eq(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c == 0, 6)
}

fn m_ne(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c != 0, 7)
}

fn m_lt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c < 0, 8)
}

fn m_le(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c <= 0, 9)
}

fn m_gt(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c > 0, 10)
}

fn m_ge(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    comparison(vm, args, |c| c >= 0, 11)
}

/// quantize(self, exp, rounding=None, context=None).
fn m_quantize(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = args.pos();
    if (2..=4).contains(&p.len()) {
        let mut rounding = p.get(2).cloned().unwrap_or(Value::None);
        let mut context = p.get(3).cloned().unwrap_or(Value::None);
        let mut plain = true;
        for (k, v) in args.kwargs() {
            let name = k.as_obj().and_then(|o| o.as_str()).and_then(|s| s.as_ascii());
            match name {
                Some("rounding") if p.len() < 3 => rounding = v.clone(),
                Some("context") if p.len() < 4 => context = v.clone(),
                _ => plain = false,
            }
        }
        if plain {
            if let Some(st) = state() {
                if let Some(r) = quantize_values(vm, &st, &p[0], &p[1], &rounding, &context)? {
                    return Ok(r);
                }
            }
        }
    }
    fallback(vm, 12, &args)
}

/// Decimal.__new__(cls, value='0', context=None).
fn m_new(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() {
        if let Some(st) = state() {
            if p[0].as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, st.dec.obj())) {
                if let Some(v) = new_value(vm, &st, &p[1]) {
                    return Ok(v);
                }
            }
        }
    }
    fallback(vm, 13, &args)
}

/// Decimal.__pow__(self, other): the common case of a finite nonzero Decimal to a nonzero int
/// power whose exact value is of moderate size and well inside the exponent range (where the
/// Python code computes it exactly and rounds it once); the Python method otherwise.
fn m_pow(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 2 && !args.has_kwargs() {
        if let Some(st) = state() {
            if let Some(r) = power(vm, &st, &p[0], &p[1])? {
                return Ok(r);
            }
        }
    }
    fallback(vm, 14, &args)
}

fn power(vm: &mut Vm, st: &State, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = dec_of(st, a) else { return Ok(None) };
    let Value::Int(n) = b else { return Ok(None) };
    let n = *n;
    if x.coef.is_zero() || n == 0 || n.unsigned_abs() > 100_000 {
        return Ok(None);
    }
    let Some(ctx) = context(vm, st, &Value::None)? else { return Ok(None) };
    let m = n.unsigned_abs();
    if m.saturating_mul(digits(&x.coef)) > (4 * ctx.prec).max(200) as u64 + 1000 {
        return Ok(None);
    }
    let Some(pe) = x.exp.checked_mul(m as i64).filter(|e| e.abs() <= MAX_EXP) else { return Ok(None) };
    let sign = x.sign && n % 2 != 0;
    let pc = num_traits::pow(x.coef.clone(), m as usize);
    let adj = digits(&pc) as i64 - 1 + pe;
    let r = if n > 0 {
        if adj < ctx.emin || adj > ctx.emax {
            return Ok(None);
        }
        fix(&ctx, sign, pc, pe)
    } else {
        if -adj - 1 < ctx.emin || -adj > ctx.emax {
            return Ok(None);
        }
        let one = Dec { sign, coef: BigUint::from(1u32), exp: 0 };
        divide(&ctx, &one, &Dec { sign: false, coef: pc, exp: pe })
    };
    finish(vm, st, &ctx, r).map(Some)
}
