//! Build script: makes cargo rebuild the tests when programs are added under tests/programs/,
//! since tests/programs.rs lists them at compile time (rstest's `#[files]`).

fn main() {
    println!("cargo:rerun-if-changed=tests/programs");
}
