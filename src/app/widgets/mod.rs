//! Widgets made for this program, used by several screens, and the limits
//! every text field keeps to.

pub mod dots;
pub mod pair_track;
pub mod position;
pub mod radar;
pub mod text;
pub mod tile;

/// The most characters a multi-line text (an answer, a note) takes: the
/// limit that reading a reflection file allows.
pub const TEXT_CHARS: usize = crate::format::reflection::MAX_TEXT_CHARS;

/// The most characters a one-line field (a name, "other, namely", who and
/// when of an action point) takes: one line of a field stays short, so that
/// typing in it stays light.
pub const LINE_CHARS: usize = 300;

/// The most characters a typed file path takes.
pub const PATH_CHARS: usize = 4096;
