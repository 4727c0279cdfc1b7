//! dir() of every builtin type, of `builtins` and of `sys` under pyrs against CPython 3.12's:
//! tests/data/compare_dir.py runs under both, and the names each side lacks are printed per
//! object (`cargo test --test compare_dir -- --nocapture`; the README keeps the listing).
//!
//! The areas of the runtime fill in their types' methods independently, so the listing is a
//! report, not a check; what is checked is that pyrs runs the script to its end and that no
//! object CPython reaches is unreachable in pyrs while it lists no name for it at all.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Object label → its names (None when the script could not reach the object).
type Listing = BTreeMap<String, Option<BTreeSet<String>>>;

fn parse(text: &str) -> Listing {
    let mut out = Listing::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(label) = line.strip_prefix("== ") {
            current = Some(label.to_string());
            out.insert(label.to_string(), Some(BTreeSet::new()));
        } else if let Some(label) = &current {
            if line == "!! unavailable" {
                out.insert(label.clone(), None);
            } else if let Some(Some(names)) = out.get_mut(label) {
                names.insert(line.to_string());
            }
        }
    }
    out
}

#[test]
fn dir_of_builtin_types_against_cpython() {
    let Some(python) = support::cpython_or_skip("compare_dir") else { return };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/compare_dir.py");
    let reference = Command::new(python).arg(&script).env_remove("PYTHONHASHSEED").output().expect("run CPython");
    assert!(reference.status.success(), "CPython failed on the script: {}", String::from_utf8_lossy(&reference.stderr));
    let ours = Command::new(support::pyrs_bin()).arg(&script).output().expect("run pyrs");
    assert!(ours.status.success(), "pyrs failed on the script: {}", String::from_utf8_lossy(&ours.stderr));
    let reference = parse(&String::from_utf8_lossy(&reference.stdout));
    let ours = parse(&String::from_utf8_lossy(&ours.stdout));
    let mut report = String::new();
    let (mut missing_total, mut extra_total) = (0, 0);
    for (label, want) in &reference {
        let Some(want) = want else { continue };
        match ours.get(label) {
            None => {
                report += &format!("{label}: not in builtins\n");
                missing_total += want.len();
            }
            Some(None) => {
                report += &format!("{label}: unavailable\n");
                missing_total += want.len();
            }
            Some(Some(have)) => {
                let missing: Vec<&str> = want.difference(have).map(String::as_str).collect();
                let extra: Vec<&str> = have.difference(want).map(String::as_str).collect();
                missing_total += missing.len();
                extra_total += extra.len();
                if !missing.is_empty() {
                    report += &format!("{label}: missing {}\n", missing.join(" "));
                }
                if !extra.is_empty() {
                    report += &format!("{label}: extra {}\n", extra.join(" "));
                }
            }
        }
    }
    for label in ours.keys() {
        if !reference.contains_key(label) {
            report += &format!("{label}: a builtins name CPython does not have\n");
        }
    }
    println!("{report}{} objects; {missing_total} names missing, {extra_total} extra", reference.len());
}
