//! The opcode table equals CPython 3.12's: names, numbers, argument flags, inline caches,
//! operand kinds and stack effects, against a dump of its `opcode` and `dis` modules
//! (tests/data/opcode312.txt, written by tests/data/gen_opcode_dump.py).

use pyrs::bytecode::opcode::{ALL, HAVE_ARGUMENT, Op, Operand};

#[test]
fn opcode_table_matches_cpython_312() {
    let dump = include_str!("data/opcode312.txt");
    let mut seen = 0;
    for line in dump.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "#HAVE_ARGUMENT" => assert_eq!(f[1], HAVE_ARGUMENT.to_string()),
            "#EXTENDED_ARG" => assert_eq!(f[1], (Op::EXTENDED_ARG as u16).to_string()),
            name => {
                let num: u32 = f[1].parse().unwrap();
                let op = Op::from_name(name).unwrap_or_else(|| panic!("{name} missing"));
                assert_eq!(op as u32, num, "{name}: number");
                let flag = |i: usize| f[i] == "1";
                assert_eq!(op.has_arg(), flag(2), "{name}: hasarg");
                assert_eq!(op.caches().to_string(), f[3], "{name}: caches");
                let kind = op.operand();
                assert_eq!(kind == Operand::Jump, flag(4), "{name}: hasjrel");
                assert_eq!(kind == Operand::Const, flag(5), "{name}: hasconst");
                assert_eq!(kind == Operand::Name, flag(6), "{name}: hasname");
                assert_eq!(kind == Operand::Local, flag(7), "{name}: haslocal");
                assert_eq!(kind == Operand::Free, flag(8), "{name}: hasfree");
                assert_eq!(kind == Operand::Compare, flag(9), "{name}: hascompare");
                assert_eq!(op.is_pseudo(), flag(10), "{name}: pseudo");
                for probe in f[11].split(',') {
                    let (arg, effects) = probe.split_once(':').unwrap();
                    let (nojump, jump) = effects.split_once('/').unwrap();
                    let arg: u32 = arg.parse().unwrap();
                    for (j, want) in [(false, nojump), (true, jump)] {
                        let got = op
                            .stack_effect(arg, j)
                            .map_or("x".to_string(), |e| e.to_string());
                        assert_eq!(got, want, "{name}: stack effect of arg {arg}, jump {j}");
                    }
                }
                seen += 1;
            }
        }
    }
    // The table holds exactly CPython's opmap.
    assert_eq!(seen, ALL.len());
    for b in 0..=255u8 {
        if let Some(op) = Op::from_byte(b) {
            assert_eq!(op as u16, u16::from(b));
        }
    }
}
