//! Scratch folders of files for the tests that run pyrs and CPython on real trees.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

/// A scratch folder under the system's temporary folder, removed when dropped.
pub struct Tree {
    pub root: PathBuf,
}

impl Tree {
    /// A new empty folder whose name holds the process, a counter and `name`.
    pub fn new(name: &str) -> Tree {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("pyrs-test-{}-{n}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).unwrap();
        Tree { root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Writes a file (making its folders) with a fixed modification time, `mtime` seconds after
    /// the epoch.
    pub fn write_at(&self, rel: &str, text: &str, mtime: u64) -> &Tree {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, text).unwrap();
        let f = fs::File::options().write(true).open(&p).unwrap();
        f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(mtime)).unwrap();
        self
    }

    pub fn mkdir(&self, rel: &str) -> &Tree {
        fs::create_dir_all(self.path(rel)).unwrap();
        self
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = make_writable(&self.root);
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Gives every folder under `dir` its owner's write permission back (tests make some
/// read-only), so that the tree can be removed.
fn make_writable(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::symlink_metadata(dir)?;
    if !meta.is_dir() {
        return Ok(());
    }
    let mode = meta.permissions().mode();
    fs::set_permissions(dir, fs::Permissions::from_mode(mode | 0o700))?;
    for e in fs::read_dir(dir)?.flatten() {
        make_writable(&e.path())?;
    }
    Ok(())
}
