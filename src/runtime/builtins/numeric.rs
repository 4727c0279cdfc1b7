//! The numeric builtins: `abs`, `divmod`, `pow`, `round`, `bin`, `oct`, `hex`.

use crate::runtime::objects::dict::dict_set_str;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::int;
use crate::runtime::objects::int_type;
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::ops;
use crate::runtime::types::init::native_function;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `abs(x)`.
pub fn abs(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => {
            if let Some(a) = i.checked_abs() {
                return Ok(Value::Int(a));
            }
        }
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    let name = vm.names.__abs__.clone();
    match ops::call_special(vm, v, &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let t = ops::type_name(vm, v);
            Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
        }
    }
}

fn abs_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one(vm, &args, "abs")?;
    abs(vm, &v)
}

/// The one argument of a `METH_O` builtin.
fn one(vm: &Vm, args: &CallArgs, name: &str) -> PyResult<Value> {
    numargs::no_kwargs(vm, args, name)?;
    match args.pos() {
        [v] => Ok(v.clone()),
        p => Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", p.len()))),
    }
}

fn divmod_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    numargs::no_kwargs(vm, &args, "divmod")?;
    let [a, b] = numargs::unpack(vm, &args, 0, "divmod", 2, 2)? else { unreachable!("two arguments checked") };
    ops::arith::divmod(vm, a, b)
}

static POW_SIG: Signature =
    Signature { name: "pow", params: &["base", "exp", "mod"], required: 2, max_pos: 3, posonly: 0 };

fn pow_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [base, exp, modulus] = numargs::parse::<3>(vm, &args, 0, &POW_SIG)?;
    let m = if modulus.is_null() { Value::None } else { modulus };
    ops::arith::power(vm, &base, &exp, &m)
}

static ROUND_SIG: Signature =
    Signature { name: "round", params: &["number", "ndigits"], required: 1, max_pos: 2, posonly: 0 };

/// `round(number, ndigits)` (ndigits Null or None for the one-argument form).
pub fn round(vm: &mut Vm, number: &Value, ndigits: &Value) -> PyResult<Value> {
    let no_digits = ndigits.is_null() || ndigits.is_none();
    match number {
        Value::Float(f) if no_digits => return crate::runtime::objects::float_type::round_to_int(vm, *f),
        Value::Int(i) if no_digits => return Ok(Value::Int(*i)),
        _ => {}
    }
    let cls = number.class(vm);
    let Some(f) = cls.lookup(vm, &vm.names.__round__) else {
        return Err(vm.type_error(format!("type {} doesn't define __round__ method", cls.name())));
    };
    if no_digits {
        ops::call_method(vm, &f, number, &[])
    } else {
        ops::call_method(vm, &f, number, std::slice::from_ref(ndigits))
    }
}

fn round_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [number, ndigits] = numargs::parse::<2>(vm, &args, 0, &ROUND_SIG)?;
    round(vm, &number, &ndigits)
}

fn base_builtin(vm: &mut Vm, args: CallArgs, name: &str, base: u32) -> PyResult<Value> {
    let v = one(vm, &args, name)?;
    let i = int_type::index_bigint(vm, &v)?;
    Ok(vm.new_str(&int::int_to_base(&i, base)))
}

fn bin_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    base_builtin(vm, args, "bin", 2)
}

fn oct_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    base_builtin(vm, args, "oct", 8)
}

fn hex_builtin(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    base_builtin(vm, args, "hex", 16)
}

static NUMERIC_FUNCTIONS: &[MethodDef] = &[
    MethodDef::function("abs", abs_builtin),
    MethodDef::function("divmod", divmod_builtin),
    MethodDef::function("pow", pow_builtin),
    MethodDef::function("round", round_builtin),
    MethodDef::function("bin", bin_builtin),
    MethodDef::function("oct", oct_builtin),
    MethodDef::function("hex", hex_builtin),
];

/// Adds the numeric builtins to the builtins module.
pub fn init(vm: &mut Vm) {
    let d = vm.builtins_dict.clone();
    for def in NUMERIC_FUNCTIONS {
        let f = native_function(vm, def, None);
        dict_set_str(vm, &d, vm.intern(def.name), f);
    }
}
