//! Holds the fonts shipped in `assets/fonts` (see `assets/fonts/OFL.txt`),
//! one copy each in the program: the window ([`crate::app`]) and the
//! printed documents ([`crate::report`]) both take their bytes from here.

/// Noto Sans, regular: the body text of the window and the documents.
pub static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans, bold: headings and emphasis.
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans, italic (documents only).
pub static NOTO_SANS_ITALIC: &[u8] = include_bytes!("../assets/fonts/NotoSans-Italic.ttf");
/// Noto Sans, bold italic (documents only).
pub static NOTO_SANS_BOLD_ITALIC: &[u8] = include_bytes!("../assets/fonts/NotoSans-BoldItalic.ttf");
/// Noto Sans Symbols: the first fallback, for signs such as ● and ◆.
pub static NOTO_SANS_SYMBOLS: &[u8] = include_bytes!("../assets/fonts/NotoSansSymbols-Regular.ttf");
/// Noto Sans Symbols 2: the second fallback.
pub static NOTO_SANS_SYMBOLS2: &[u8] =
    include_bytes!("../assets/fonts/NotoSansSymbols2-Regular.ttf");
/// Noto Emoji (black and white): the last fallback, for emoji.
pub static NOTO_EMOJI: &[u8] = include_bytes!("../assets/fonts/NotoEmoji-Regular.ttf");
