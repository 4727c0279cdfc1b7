use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::*;
use crate::bytecode::code::Constant;

fn h(c: &Constant) -> Option<i64> {
    hash_constant(c, ZERO_KEY, None).value()
}

// Expected values: CPython 3.12 with PYTHONHASHSEED=0.
#[test]
fn plain_values() {
    let s = |t: &str| hash_str(&PyStr::new(t), ZERO_KEY);
    assert_eq!(s("a"), 4644417185603328019);
    assert_eq!(s("abc"), -4594863902769663758);
    assert_eq!(s(""), 0);
    assert_eq!(s("é"), 6047309291227476195);
    assert_eq!(s("\u{20ac}"), -5_529_981_157_763_016_009);
    assert_eq!(s("日本"), 6243316497235261705);
    assert_eq!(s("😀"), -3536540696076613844);
    assert_eq!(hash_bytes(b"abc", ZERO_KEY), -4594863902769663758);
    assert_eq!(hash_bytes(b"a", ZERO_KEY), 4_644_417_185_603_328_019);
    assert_eq!(hash_bytes(b"", ZERO_KEY), 0);
    assert_eq!(hash_float(1.5), Some(1152921504606846977));
    assert_eq!(hash_float(-2.75), Some(-1729382256910270466));
    assert_eq!(hash_float(-2.0), Some(-2));
    assert_eq!(hash_float(-0.5), Some(-1_152_921_504_606_846_976));
    assert_eq!(hash_float(1e300), Some(1224995262755759164));
    assert_eq!(
        hash_float(1e300),
        BigInt::from_f64(1e300).map(|i| hash_int(&i))
    );
    assert_eq!(hash_float(5e-324), Some(16_777_216));
    assert_eq!(hash_float(0.1), Some(230584300921369408));
    assert_eq!(hash_float(f64::INFINITY), Some(314159));
    assert_eq!(hash_float(f64::NAN), None);
    assert_eq!(hash_int(&(BigInt::from(1) << 61u32)), 1);
    assert_eq!(hash_int(&-(BigInt::from(1) << 70u32)), -512);
    assert_eq!(hash_int(&BigInt::from(-1)), -2);
    let big: BigInt = "123456789012345678901234567890".parse().unwrap();
    assert_eq!(hash_int(&big), 248_789_772_095_949_448);
    assert_eq!(hash_complex(3.0, 4.0), Some(4000015));
    assert_eq!(hash_complex(3.0, 0.0), Some(3));
    assert_eq!(hash_complex(f64::NAN, 0.0), None);
}

#[test]
fn constants() {
    let t = |items: &[Constant]| h(&Constant::tuple(items.to_vec()));
    assert_eq!(
        t(&[Constant::int(1), Constant::int(2)]),
        Some(-3550055125485641917)
    );
    assert_eq!(t(&[]), Some(5740354900026072187));
    assert_eq!(t(&[Constant::str("a")]), Some(7319529274390396360));
    assert_eq!(h(&Constant::None), Some(4238894112));
    assert_eq!(h(&Constant::Bool(true)), Some(1));
    assert_eq!(h(&Constant::Ellipsis), None);
    assert_eq!(
        hash_constant(&Constant::tuple(vec![Constant::Ellipsis]), ZERO_KEY, None),
        ConstHash::ByAddress
    );
    // An unhashable item wins over one hashed by address, wherever it stands.
    let list = Constant::List(vec![].into());
    assert_eq!(
        hash_constant(
            &Constant::tuple(vec![Constant::Float(f64::NAN), list]),
            ZERO_KEY,
            None
        ),
        ConstHash::Unhashable("list")
    );
    let stand_ins = Some(StandIns { nan: 0, object: 7 });
    assert_eq!(
        hash_constant(&Constant::Float(f64::NAN), ZERO_KEY, stand_ins),
        ConstHash::Value(0)
    );
    assert_eq!(
        hash_constant(&Constant::Ellipsis, ZERO_KEY, stand_ins),
        ConstHash::Value(7)
    );
    let mut budget = Budget::new(2);
    let pair = Constant::tuple(vec![Constant::int(1), Constant::int(2)]);
    assert_eq!(
        hash_constant_within(&pair, ZERO_KEY, &mut budget),
        Err(OverBudget)
    );
}

#[test]
fn equality_across_types() {
    assert!(py_eq(&Constant::int(1), &Constant::Float(1.0)));
    assert!(py_eq(
        &Constant::Bool(true),
        &Constant::Complex { re: 1.0, im: 0.0 }
    ));
    assert!(!py_eq(
        &Constant::Float(f64::NAN),
        &Constant::Float(f64::NAN)
    ));
    let big: BigInt = BigInt::from(2u8).pow(53) + 1;
    assert!(!py_eq(
        &Constant::Int(big),
        &Constant::Float(9007199254740992.0)
    ));
    assert!(!py_eq(
        &Constant::str("a"),
        &Constant::Bytes(b"a"[..].into())
    ));
    let fs = |v: &[i64]| Constant::FrozenSet(v.iter().map(|&i| Constant::int(i)).collect());
    assert!(py_eq(&fs(&[1, 2]), &fs(&[2, 1])));
    assert!(const_key_eq(&fs(&[1, 2]), &fs(&[2, 1])));
    assert!(!const_key_eq(&Constant::int(1), &Constant::Float(1.0)));
    assert!(!const_key_eq(&Constant::Float(0.0), &Constant::Float(-0.0)));
}

#[test]
fn set_orders() {
    let ints =
        |v: &[i64]| -> Vec<i64> { v.iter().map(|&i| h(&Constant::int(i)).unwrap()).collect() };
    // Checked against CPython 3.12: list(frozenset([10, 20, 30, 40, 50, 60]))
    assert_eq!(
        set_order(&ints(&[10, 20, 30, 40, 50, 60]), |_, _| false),
        vec![3, 0, 4, 1, 5, 2]
    );
    assert_eq!(set_order(&ints(&[3, 1, 2]), |_, _| false), vec![1, 2, 0]);
    assert_eq!(set_order(&ints(&[1, 1, 1]), |_, _| true), vec![0]);
}
