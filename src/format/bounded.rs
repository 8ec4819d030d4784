//! Reading a file without reading more than any questionnaire or reflection
//! may be: a file over [`MAX_FILE_BYTES`] costs no more memory than the
//! limit, whatever its size.

use std::io::Read;
use std::path::Path;

use crate::format::reflection::{MAX_FILE_BYTES, ReflectionError};
use crate::format::scan::{FileKind, file_kind};
use crate::lang::Lang;

/// What [`read_bounded`] read from a file.
#[derive(Debug)]
pub enum Bounded {
    /// The whole file, within [`MAX_FILE_BYTES`].
    Whole(Vec<u8>),
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// Its kind, judged by its first 64 KiB.
        kind: FileKind,
    },
}

/// Reads a file, but never more than [`MAX_FILE_BYTES`] and one byte.
pub fn read_bounded(path: &Path) -> std::io::Result<Bounded> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() <= MAX_FILE_BYTES {
        return Ok(Bounded::Whole(bytes));
    }
    bytes.truncate(64 * 1024);
    Ok(Bounded::TooLarge {
        size: usize::try_from(size)
            .unwrap_or(usize::MAX)
            .max(MAX_FILE_BYTES + 1),
        kind: file_kind(&String::from_utf8_lossy(&bytes)),
    })
}

/// Says that a file is over the size limit and is not read, in the given
/// language: as a reflection's [`ReflectionError::TooLarge`] for a
/// reflection, in words that fit any file otherwise.
pub fn too_large_message(path: &Path, size: usize, kind: &FileKind, lang: Lang) -> String {
    if *kind == FileKind::Reflection {
        let error = ReflectionError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        };
        return error.describe(lang);
    }
    let mb = |b: usize| format!("{:.1}", b as f64 / (1024.0 * 1024.0));
    match lang {
        Lang::Nl => format!(
            "{}: dit bestand is {} MB, groter dan de {} MB die een vragenlijst of reflectie mag zijn; het wordt niet gelezen. Controleer of het het goede bestand is. Het bestand is niet veranderd.",
            path.display(),
            mb(size).replace('.', ","),
            mb(MAX_FILE_BYTES).replace('.', ",")
        ),
        Lang::En => format!(
            "{}: this file is {} MB, larger than the {} MB a questionnaire or reflection may be; it is not read. Check that it is the right file. The file is left untouched.",
            path.display(),
            mb(size),
            mb(MAX_FILE_BYTES)
        ),
    }
}
