//! Writing a file so that a crash at any moment leaves either the old or the
//! new file, never a broken one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use crate::storage::StorageError;

/// Writes bytes to a file atomically: a temporary file in the same folder,
/// fsync, rename over the target, fsync the folder. A crash at any moment
/// leaves either the old or the new file, never a broken one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_via_temporary(path, bytes, |tmp| fs::rename(tmp, path))
}

/// Writes bytes to a new file atomically, like [`write_atomic`], but never
/// over a file that is there: then it fails with
/// [`std::io::ErrorKind::AlreadyExists`] and changes nothing. The
/// temporary file is linked to its name, which fails when the name is
/// taken; on a disk without hard links (FAT and exFAT sticks) it is
/// renamed after a check that the name is free.
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_via_temporary(path, bytes, |tmp| match fs::hard_link(tmp, path) {
        Ok(()) => {
            // the file is complete under its name; the second name goes
            let _ = fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(path).is_ok() => {
            Err(io::Error::from(io::ErrorKind::AlreadyExists))
        }
        Err(_) => fs::rename(tmp, path),
    })
}

/// Writes bytes to a temporary file next to `path`, fsyncs it, and lets
/// `publish` give it its name; then fsyncs the folder. The temporary file
/// is removed again when anything fails.
fn write_via_temporary(
    path: &Path,
    bytes: &[u8],
    publish: impl FnOnce(&Path) -> io::Result<()>,
) -> Result<(), StorageError> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let err = |source| StorageError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        publish(&tmp)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// Flushes a folder's entries to disk, where the system supports it.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
