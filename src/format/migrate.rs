//! The one place where older reflection formats become the current one.
//! An older file is upgraded in memory only; it is written in the current
//! format at the next real change.
//!
//! Format 1 → 2: format 2 adds the network id, the link to the previous
//! board's reflection, private notes, what the board shares, how an agreed
//! answer was reached, and the outcome and origin of action points. Every
//! new field has a default, so a format-1 text reads as format 2; the
//! network id, which format 1 did not have, becomes the reflection's id
//! (stable, because format 1 files were named after it). Format 1's notes
//! were printed, so they stay shared notes.

use crate::model::reflection::{FORMAT_VERSION, Reflection};

/// Parses a reflection written in format `version` (1 up to the current
/// one) and returns it in the current format.
pub fn upgrade(source: &str, version: u32) -> Result<Reflection, ron::error::SpannedError> {
    let mut reflection: Reflection = ron::from_str(source)?;
    if version < 2 {
        from_1_to_2(&mut reflection);
    }
    reflection.format_version = FORMAT_VERSION;
    Ok(reflection)
}

/// Fills in what format 1 did not have.
fn from_1_to_2(r: &mut Reflection) {
    if r.network_id.is_empty() {
        r.network_id = r.id.clone();
    }
}
