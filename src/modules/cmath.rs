//! The `cmath` module: complex functions with C99 Annex G's special values (tables indexed by
//! the classes of the real and imaginary parts), CPython's formulas for finite arguments
//! (careful near overflow, underflow and branch cuts), and its errors: ValueError "math domain
//! error" and OverflowError "math range error".

use crate::runtime::builtins::args::one_arg;
use crate::runtime::object::Payload;
use crate::runtime::objects::complex::complex_value;
use crate::runtime::objects::function::{CallArgs, MethodDef};
use crate::runtime::objects::numargs::{self, Signature};
use crate::runtime::ops;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

use super::math::{arg_f64, domain_error, range_error};

unsafe extern "C" {
    safe fn asinh(x: f64) -> f64;
    safe fn log1p(x: f64) -> f64;
    safe fn hypot(x: f64, y: f64) -> f64;
    safe fn atan2(y: f64, x: f64) -> f64;
}

type C = (f64, f64);

#[derive(Clone, Copy, PartialEq)]
enum Errno {
    None,
    Dom,
    Range,
}

const PI: f64 = std::f64::consts::PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// A placeholder for table entries that finite arguments never reach.
const U: f64 = -9.5426319407711027e33;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const LARGE: f64 = f64::MAX / 4.0;
const SCALE_UP: i64 = 53;
const SCALE_DOWN: i64 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// The class of a double for the special-value tables: -inf, negative, -0, +0, positive,
/// +inf, NaN.
fn class(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

type Table = [[C; 7]; 7];

fn special(table: &Table, z: C) -> C {
    table[class(z.0)][class(z.1)]
}

const ACOS: Table = [
    [(P34, INF), (PI, INF), (PI, INF), (PI, -INF), (PI, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

const ACOSH: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

const ASINH: Table = [
    [(-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N)],
    [(-INF, -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -0.), (0., 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.), (N, 0.), (N, N), (INF, N), (N, N)],
];

const ATANH: Table = [
    [(-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N)],
    [(-0., -P12), (U, U), (U, U), (U, U), (U, U), (-0., P12), (N, N)],
    [(-0., -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-0., P12), (-0., N)],
    [(0., -P12), (U, U), (0., -0.), (0., 0.), (U, U), (0., P12), (0., N)],
    [(0., -P12), (U, U), (U, U), (U, U), (U, U), (0., P12), (N, N)],
    [(0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N)],
    [(0., -P12), (N, N), (N, N), (N, N), (N, N), (0., P12), (N, N)],
];

const COSH: Table = [
    [(INF, N), (U, U), (INF, 0.), (INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, 0.), (U, U), (1., 0.), (1., -0.), (U, U), (N, 0.), (N, 0.)],
    [(N, 0.), (U, U), (1., -0.), (1., 0.), (U, U), (N, 0.), (N, 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const EXP: Table = [
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const LOG: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -PI), (-INF, PI), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

const SINH: Table = [
    [(INF, N), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., N), (U, U), (-0., -0.), (-0., 0.), (U, U), (0., N), (0., N)],
    [(0., N), (U, U), (0., -0.), (0., 0.), (U, U), (0., N), (0., N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const SQRT: Table = [
    [(INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

const TANH: Table = [
    [(-1., 0.), (U, U), (-1., -0.), (-1., 0.), (U, U), (-1., 0.), (-1., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (-0., -0.), (-0., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (0., -0.), (0., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(1., 0.), (U, U), (1., -0.), (1., 0.), (U, U), (1., 0.), (1., 0.)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const RECT: Table = [
    [(INF, N), (U, U), (-INF, 0.), (-INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., 0.), (U, U), (-0., 0.), (-0., -0.), (U, U), (0., 0.), (0., 0.)],
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn c_sqrt(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&SQRT, z), Errno::None);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::None);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE && (ax > 0.0 || ay > 0.0) {
        ax = super::math::ldexp(ax, SCALE_UP);
        super::math::ldexp((ax + hypot(ax, super::math::ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 { (s, d.copysign(z.1)) } else { (d, s.copysign(z.1)) };
    (r, Errno::None)
}

fn c_acos(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ACOS, z), Errno::None);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = atan2(z.1.abs(), z.0);
        let l = hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 { -l.copysign(z.1) } else { l.copysign(-z.1) };
        return ((re, im), Errno::None);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
    let s2 = c_sqrt((1.0 + z.0, z.1)).0;
    ((2.0 * atan2(s1.0, s2.0), asinh(s2.0 * s1.1 - s2.1 * s1.0)), Errno::None)
}

fn c_acosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ACOSH, z), Errno::None);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0;
        return ((re, atan2(z.1, z.0)), Errno::None);
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
    let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
    ((asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * atan2(s1.1, s2.0)), Errno::None)
}

fn c_asinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ASINH, z), Errno::None);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 { l.copysign(z.0) } else { -l.copysign(-z.0) };
        return ((re, atan2(z.1, z.0.abs())), Errno::None);
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
    let s2 = c_sqrt((1.0 - z.1, z.0)).0;
    ((asinh(s1.0 * s2.1 - s2.0 * s1.1), atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1)), Errno::None)
}

fn c_asin(z: C) -> (C, Errno) {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ATANH, z), Errno::None);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = hypot(z.0 / 2.0, z.1 / 2.0);
        return ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), Errno::None);
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        let re = -(ay.sqrt() / hypot(ay, 2.0).sqrt()).ln();
        return ((re, (atan2(2.0, -ay) / 2.0).copysign(z.1)), Errno::None);
    }
    let re = log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
    let im = -atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    ((re, im), Errno::None)
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// cosh, sinh and exp share the treatment of an infinite real part with a finite nonzero
/// imaginary part (infinities or zeros signed by cos and sin of the imaginary part).
fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (INF.copysign(z.1.cos()), -INF.copysign(z.1.sin()))
            }
        } else {
            special(&COSH, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Dom } else { Errno::None };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * std::f64::consts::E, z.1.sin() * x1.sinh() * std::f64::consts::E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    let e = if r.0.is_infinite() || r.1.is_infinite() { Errno::Range } else { Errno::None };
    (r, e)
}

fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (-INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            }
        } else {
            special(&SINH, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Dom } else { Errno::None };
        return (r, e);
    }
    let r = if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * std::f64::consts::E, z.1.sin() * x1.cosh() * std::f64::consts::E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    let e = if r.0.is_infinite() || r.1.is_infinite() { Errno::Range } else { Errno::None };
    (r, e)
}

fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (0.0f64.copysign(z.1.cos()), 0.0f64.copysign(z.1.sin()))
            }
        } else {
            special(&EXP, z)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Dom
        } else {
            Errno::None
        };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * std::f64::consts::E, l * z.1.sin() * std::f64::consts::E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    let e = if r.0.is_infinite() || r.1.is_infinite() { Errno::Range } else { Errno::None };
    (r, e)
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            if z.0 > 0.0 { (1.0, im) } else { (-1.0, im) }
        } else {
            special(&TANH, z)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() { Errno::Dom } else { Errno::None };
        return (r, e);
    }
    if z.0.abs() > log_large() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1.0f64.copysign(z.0), im), Errno::None);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx), Errno::None)
}

fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&LOG, z), Errno::None);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        hypot(ax / 2.0, ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            hypot(super::math::ldexp(ax, 53), super::math::ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            return ((-INF, atan2(z.1, z.0)), Errno::Dom);
        }
    } else {
        let h = hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    ((re, atan2(z.1, z.0)), Errno::None)
}

fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN10, r.1 / LN10), e)
}

/// Complex division as CPython's `_Py_c_quot` (EDOM for a zero divisor).
fn c_quot(a: C, b: C) -> (C, Errno) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom), Errno::None)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom), Errno::None)
    } else {
        ((N, N), Errno::None)
    }
}

/// |z| as CPython's `_Py_c_abs` (ERANGE when a finite z's modulus overflows).
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::None);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::None);
        }
        return (N, Errno::None);
    }
    let r = hypot(z.0, z.1);
    (r, if r.is_finite() { Errno::None } else { Errno::Range })
}

/// A complex argument (`PyComplex_AsCComplex`): a complex, `__complex__`, or a real number.
fn arg_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Payload::Complex { re, im }) = v.payload() {
        return Ok((*re, *im));
    }
    let cls = v.class(vm);
    if let Some(f) = cls.lookup(vm, &vm.intern("__complex__")) {
        let r = ops::call_method(vm, &f, v, &[])?;
        if let Some(Payload::Complex { re, im }) = r.payload() {
            return Ok((*re, *im));
        }
        let t = ops::type_name(vm, &r);
        return Err(vm.type_error(format!("__complex__ returned non-complex (type {t})")));
    }
    Ok((arg_f64(vm, v)?, 0.0))
}

fn result(vm: &Vm, r: C, e: Errno) -> PyResult<Value> {
    match e {
        Errno::None => Ok(complex_value(vm, r)),
        Errno::Dom => Err(domain_error(vm)),
        Errno::Range => Err(range_error(vm)),
    }
}

fn unary(vm: &mut Vm, args: &CallArgs, name: &str, f: fn(C) -> (C, Errno)) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?.clone();
    let z = arg_complex(vm, &v)?;
    let (r, e) = f(z);
    result(vm, r, e)
}

macro_rules! cfunc {
    ($name:ident, $py:literal, $f:ident) => {
        fn $name(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
            unary(vm, &args, concat!("cmath.", $py), $f)
        }
    };
}

cfunc!(m_acos, "acos", c_acos);
cfunc!(m_acosh, "acosh", c_acosh);
cfunc!(m_asin, "asin", c_asin);
cfunc!(m_asinh, "asinh", c_asinh);
cfunc!(m_atan, "atan", c_atan);
cfunc!(m_atanh, "atanh", c_atanh);
cfunc!(m_cos, "cos", c_cos);
cfunc!(m_cosh, "cosh", c_cosh);
cfunc!(m_exp, "exp", c_exp);
cfunc!(m_log10, "log10", c_log10);
cfunc!(m_sin, "sin", c_sin);
cfunc!(m_sinh, "sinh", c_sinh);
cfunc!(m_sqrt, "sqrt", c_sqrt);
cfunc!(m_tan, "tan", c_tan);
cfunc!(m_tanh, "tanh", c_tanh);

fn m_log(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let a = crate::runtime::builtins::args::unpack(vm, &args, "log", 1, 2)?;
    let x = arg_complex(vm, &a[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(base) = a.get(1) {
        let b = arg_complex(vm, base)?;
        let (lb, eb) = c_log(b);
        let (q, eq) = c_quot(r, lb);
        r = q;
        e = if eq != Errno::None { eq } else { eb };
    }
    result(vm, r, e)
}

fn m_phase(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "cmath.phase")?.clone();
    let z = arg_complex(vm, &v)?;
    let phi = phase(z);
    // The C library's atan2 reports an underflow to zero as a range error, which CPython's
    // phase passes on.
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() && z.1.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(phi))
}

/// atan2(z.imag, z.real) with C99's special values.
fn phase(z: C) -> f64 {
    let (x, y) = z;
    if x.is_nan() || y.is_nan() {
        return N;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() { P14.copysign(y) } else { P34.copysign(y) };
        }
        return P12.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    atan2(y, x)
}

fn m_polar(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "cmath.polar")?.clone();
    let z = arg_complex(vm, &v)?;
    let phi = phase(z);
    let (r, e) = c_abs(z);
    if e == Errno::Range {
        return Err(range_error(vm));
    }
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn m_rect(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    let a = crate::runtime::builtins::args::unpack(vm, &args, "rect", 2, 2)?;
    let r = arg_f64(vm, &a[0])?;
    let phi = arg_f64(vm, &a[1])?;
    let (z, e) = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                (INF.copysign(phi.cos()), INF.copysign(phi.sin()))
            } else {
                (-INF.copysign(phi.cos()), -INF.copysign(phi.sin()))
            }
        } else {
            special(&RECT, (r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { Errno::Dom } else { Errno::None };
        (z, e)
    } else if phi == 0.0 {
        ((r, r * phi), Errno::None)
    } else {
        ((r * phi.cos(), r * phi.sin()), Errno::None)
    };
    result(vm, z, e)
}

fn test(vm: &mut Vm, args: &CallArgs, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?.clone();
    let z = arg_complex(vm, &v)?;
    Ok(Value::Bool(f(z)))
}

fn m_isfinite(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    test(vm, &args, "cmath.isfinite", finite)
}

fn m_isinf(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    test(vm, &args, "cmath.isinf", |z| z.0.is_infinite() || z.1.is_infinite())
}

fn m_isnan(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    test(vm, &args, "cmath.isnan", |z| z.0.is_nan() || z.1.is_nan())
}

static ISCLOSE_SIG: Signature =
    Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], required: 2, max_pos: 2, posonly: 0 };

fn m_isclose(vm: &mut Vm, args: CallArgs) -> PyResult<Value> {
    let [a, b, rel, abs] = numargs::parse::<4>(vm, &args, 0, &ISCLOSE_SIG)?;
    let a = arg_complex(vm, &a)?;
    let b = arg_complex(vm, &b)?;
    let rel_tol = if rel.is_null() { 1e-9 } else { arg_f64(vm, &rel)? };
    let abs_tol = if abs.is_null() { 0.0 } else { arg_f64(vm, &abs)? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    let close = diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol;
    Ok(Value::Bool(close))
}

const DEFS: &[MethodDef] = &[
    MethodDef::function("acos", m_acos),
    MethodDef::function("acosh", m_acosh),
    MethodDef::function("asin", m_asin),
    MethodDef::function("asinh", m_asinh),
    MethodDef::function("atan", m_atan),
    MethodDef::function("atanh", m_atanh),
    MethodDef::function("cos", m_cos),
    MethodDef::function("cosh", m_cosh),
    MethodDef::function("exp", m_exp),
    MethodDef::function("isclose", m_isclose),
    MethodDef::function("isfinite", m_isfinite),
    MethodDef::function("isinf", m_isinf),
    MethodDef::function("isnan", m_isnan),
    MethodDef::function("log", m_log),
    MethodDef::function("log10", m_log10),
    MethodDef::function("phase", m_phase),
    MethodDef::function("polar", m_polar),
    MethodDef::function("rect", m_rect),
    MethodDef::function("sin", m_sin),
    MethodDef::function("sinh", m_sinh),
    MethodDef::function("sqrt", m_sqrt),
    MethodDef::function("tan", m_tan),
    MethodDef::function("tanh", m_tanh),
];

/// The `cmath` module.
pub fn create(vm: &mut Vm) -> Value {
    let m = super::new_module(vm, "cmath", DEFS);
    super::set_attr(vm, &m, "pi", Value::Float(PI));
    super::set_attr(vm, &m, "e", Value::Float(std::f64::consts::E));
    super::set_attr(vm, &m, "tau", Value::Float(std::f64::consts::TAU));
    super::set_attr(vm, &m, "inf", Value::Float(INF));
    super::set_attr(vm, &m, "nan", Value::Float(N));
    let infj = complex_value(vm, (0.0, INF));
    super::set_attr(vm, &m, "infj", infj);
    let nanj = complex_value(vm, (0.0, N));
    super::set_attr(vm, &m, "nanj", nanj);
    m
}
