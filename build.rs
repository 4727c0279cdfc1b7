//! Build script: makes cargo rebuild the tests when programs are added under tests/programs/,
//! since tests/programs.rs lists them at compile time (rstest's `#[files]`), and embeds pyrs's
//! own Python library (`lib/`) in the binary: it writes `library_files.rs` into OUT_DIR, a table
//! of each file's path (relative to `lib/`, '/'-separated, sorted) and its bytes.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=tests/programs");
    println!("cargo:rerun-if-changed=lib");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let lib = root.join("lib");
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    files.sort();
    let mut out = String::from("/// pyrs's library: (path under lib/, contents), sorted by path.\npub static FILES: &[(&str, &[u8])] = &[\n");
    for rel in &files {
        let abs = lib.join(rel);
        out += &format!("    ({rel:?}, include_bytes!({:?})),\n", abs.display().to_string());
    }
    out += "];\n";
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("library_files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The `.py` files under `dir`, as paths relative to `base` joined with '/'.
fn collect(base: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "__pycache__" {
                collect(base, &path, files);
            }
        } else if name.ends_with(".py") {
            let rel = path.strip_prefix(base).expect("under base");
            let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            files.push(parts.join("/"));
        }
    }
}
