//! `pyrs FILE.pyc` on damaged .pyc files that CPython 3.12 wrote for a few programs of
//! tests/programs/: truncated ones, ones with the wrong magic number (an older CPython's, or
//! garbage) and ones with bits flipped. A truncated or wrong-magic file is refused with a clear
//! error (`SomethingError: message` last on stderr) and a non-zero exit status; a bit-flipped one
//! may still load and run, but no run may panic or die of a signal. (tests/front_end_robustness.rs
//! covers pycs that pyrs itself wrote, damaged at random.) Skipped with a printed reason where
//! CPython 3.12 is absent.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::programs::run_in;

/// Programs whose .pyc files get damaged: functions, classes, closures, generators, exceptions.
const PROGRAMS: &[&str] = &[
    "classes/inheritance.py",
    "closures/closure_counters.py",
    "generators/generator_pipelines.py",
];

/// How long one run may take (a flipped jump can make a program loop for ever: that is no fault).
const TIMEOUT: Duration = Duration::from_secs(10);

/// The magic number of CPython 3.11's .pyc files.
const MAGIC_311: [u8; 4] = [0xa7, 0x0d, 0x0d, 0x0a];

/// Whether the last line of an error output names an exception and says something.
fn clear_last_line(stderr: &str) -> bool {
    let last = stderr.trim_end().lines().last().unwrap_or("");
    last.split_once(": ").is_some_and(|(class, msg)| {
        !msg.trim().is_empty()
            && (class.ends_with("Error") || class.ends_with("Exception"))
            && class.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// A small deterministic generator of positions.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Damaged versions of a .pyc: (label, bytes, must it be refused).
fn damaged(good: &[u8], rng: &mut Rng) -> Vec<(String, Vec<u8>, bool)> {
    let mut out = Vec::new();
    for cut in [0, 1, 3, 4, 8, 15, 16, 17, 18, 20, 24, 32] {
        out.push((
            format!("truncated to {cut} bytes"),
            good[..cut.min(good.len())].to_vec(),
            true,
        ));
    }
    for _ in 0..12 {
        let cut = 16 + rng.below(good.len() - 17);
        out.push((
            format!("truncated to {cut} bytes"),
            good[..cut].to_vec(),
            true,
        ));
    }
    out.push((
        format!("truncated to {} bytes", good.len() - 1),
        good[..good.len() - 1].to_vec(),
        true,
    ));
    let mut old = good.to_vec();
    old[..4].copy_from_slice(&MAGIC_311);
    out.push(("CPython 3.11's magic".into(), old, true));
    for (i, bit) in [(0, 0), (1, 3), (2, 1), (3, 7)] {
        let mut m = good.to_vec();
        m[i] ^= 1 << bit;
        out.push((format!("magic byte {i} bit {bit} flipped"), m, true));
    }
    let mut text = b"print('not a pyc')\n".to_vec();
    text.extend_from_slice(&good[16..]);
    out.push(("source text for a header".into(), text, true));
    for _ in 0..40 {
        let mut m = good.to_vec();
        let i = 16 + rng.below(good.len() - 16);
        let bit = rng.below(8);
        m[i] ^= 1 << bit;
        out.push((format!("byte {i} bit {bit} flipped"), m, false));
    }
    out
}

#[test]
fn damaged_cpython_pycs() {
    let Some(python) = support::cpython_or_skip("damaged_cpython_pycs") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let scratch =
        Scratch(std::env::temp_dir().join(format!("pyrs-invalid-pycs-{}", std::process::id())));
    std::fs::create_dir_all(&scratch.0).expect("a temporary folder");
    let mut failures = Vec::new();
    let (mut runs, mut refused, mut ran, mut timed_out) = (0, 0, 0, 0);
    let mut rng = Rng(2024);
    for (n, program) in PROGRAMS.iter().enumerate() {
        let src = root.join(program);
        let good_path = scratch.0.join(format!("good{n}.pyc"));
        let script = format!(
            "import py_compile; py_compile.compile({:?}, cfile={:?}, doraise=True)",
            src.display().to_string(),
            good_path.display().to_string()
        );
        let out = std::process::Command::new(python)
            .args(["-c", &script])
            .output()
            .expect("CPython runs");
        assert!(
            out.status.success(),
            "CPython could not compile {program}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let good = std::fs::read(&good_path).expect("CPython wrote the .pyc");
        for (i, (label, bytes, must_refuse)) in damaged(&good, &mut rng).into_iter().enumerate() {
            let path = scratch.0.join(format!("bad{n}_{i}.cpython-312.pyc"));
            std::fs::write(&path, &bytes).expect("write a damaged .pyc");
            let got = run_in(
                &scratch.0,
                &support::pyrs_bin(),
                &[path.as_os_str()],
                TIMEOUT,
            );
            runs += 1;
            let what = format!("{program}'s .pyc, {label}");
            if got.stderr.contains("panicked") {
                failures.push(format!("{what}: panicked:\n{}", got.stderr));
                continue;
            }
            match got.status {
                Err(why) if why.starts_with("timed out") && !must_refuse => timed_out += 1,
                Err(why) => failures.push(format!("{what}: {why}\n{}", got.stderr)),
                Ok(0) if must_refuse => failures.push(format!("{what}: ran with exit status 0")),
                Ok(0) => ran += 1,
                Ok(code) => {
                    if must_refuse && !clear_last_line(&got.stderr) {
                        failures.push(format!(
                            "{what}: exit status {code}, no clear error:\n{}",
                            got.stderr
                        ));
                    } else if must_refuse {
                        refused += 1;
                    } else {
                        ran += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "{runs} damaged CPython .pyc files: {refused} refused with a clear error, {ran} ran (flipped bits), \
         {timed_out} still running after {} s (flipped bits), {} failures",
        TIMEOUT.as_secs(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
