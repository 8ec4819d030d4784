//! Holds the fonts shipped in `assets/fonts` (see `assets/fonts/OFL.txt`),
//! one copy each in the program: the window ([`crate::app`]) and the
//! printed documents ([`crate::report`]) both take their bytes from here.
//!
//! The program carries them deflated (`build.rs` packs them, 3.4 MB become
//! 1.8 MB); each is unpacked once, on first use, and kept for the rest of
//! the run. The window unpacks them on a thread while it opens
//! (`window::run`).

use std::sync::OnceLock;

/// A font carried packed in the program, unpacked on first use.
pub struct PackedFont {
    /// The file in `assets/fonts` it was packed from.
    file: &'static str,
    packed: &'static [u8],
    bytes: OnceLock<Box<[u8]>>,
}

impl PackedFont {
    const fn new(file: &'static str, packed: &'static [u8]) -> PackedFont {
        PackedFont {
            file,
            packed,
            bytes: OnceLock::new(),
        }
    }

    /// Returns the font file's bytes, unpacking them on the first call.
    pub fn bytes(&'static self) -> &'static [u8] {
        self.bytes.get_or_init(|| {
            // build.rs made these bytes from the font file: they cannot be
            // other than what it wrote
            miniz_oxide::inflate::decompress_to_vec(self.packed)
                .unwrap_or_else(|e| panic!("{} as build.rs packed it: {e:?}", self.file))
                .into_boxed_slice()
        })
    }
}

macro_rules! packed {
    ($file:literal) => {
        PackedFont::new(
            $file,
            include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".deflate")),
        )
    };
}

/// Noto Sans, regular: the body text of the window and the documents.
pub static NOTO_SANS_REGULAR: PackedFont = packed!("NotoSans-Regular.ttf");
/// Noto Sans, bold: headings and emphasis.
pub static NOTO_SANS_BOLD: PackedFont = packed!("NotoSans-Bold.ttf");
/// Noto Sans, italic (documents only).
pub static NOTO_SANS_ITALIC: PackedFont = packed!("NotoSans-Italic.ttf");
/// Noto Sans, bold italic (documents only).
pub static NOTO_SANS_BOLD_ITALIC: PackedFont = packed!("NotoSans-BoldItalic.ttf");
/// Noto Sans Symbols: the first fallback, for signs such as ● and ◆.
pub static NOTO_SANS_SYMBOLS: PackedFont = packed!("NotoSansSymbols-Regular.ttf");
/// Noto Sans Symbols 2: the second fallback.
pub static NOTO_SANS_SYMBOLS2: PackedFont = packed!("NotoSansSymbols2-Regular.ttf");
/// Noto Emoji (black and white): the last fallback, for emoji.
pub static NOTO_EMOJI: PackedFont = packed!("NotoEmoji-Regular.ttf");

/// Every font, in the order the documents list them.
pub static ALL: [&PackedFont; 7] = [
    &NOTO_SANS_REGULAR,
    &NOTO_SANS_BOLD,
    &NOTO_SANS_ITALIC,
    &NOTO_SANS_BOLD_ITALIC,
    &NOTO_SANS_SYMBOLS,
    &NOTO_SANS_SYMBOLS2,
    &NOTO_EMOJI,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_font_unpacks_to_the_file_in_assets() {
        for font in ALL {
            let file = font.file;
            let on_disk = std::fs::read(format!(
                "{}/assets/fonts/{file}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("the font file");
            assert_eq!(font.bytes(), &on_disk[..], "{file}");
            assert!(
                font.packed.len() < on_disk.len(),
                "{file} is packed smaller"
            );
        }
    }
}
