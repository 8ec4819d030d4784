//! The colours that the window and the printed documents share, defined
//! once, free of any user interface, with the contrast arithmetic of WCAG
//! 2.x to check them.

/// A colour as red, green and blue, 0–255 each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Returns the colour as `#rrggbb`, the way typst and CSS write it.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Returns the relative luminance of WCAG 2.x, from 0 (black) to 1
    /// (white).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// Returns the contrast ratio of WCAG 2.x between two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colour of the *Nu* marker (● filled circle) on paper and on a light
/// background: a deep orange.
pub const NOW: Rgb = Rgb(0xc2, 0x41, 0x0c);
/// The colour of the *Doel* marker (◆ diamond) on paper and on a light
/// background: a deep blue.
pub const GOAL: Rgb = Rgb(0x1d, 0x4e, 0xd8);
/// The *Nu* colour on a dark background: the same orange, lighter.
pub const NOW_DARK: Rgb = Rgb(0xfb, 0x92, 0x3c);
/// The *Doel* colour on a dark background: the same blue, lighter.
pub const GOAL_DARK: Rgb = Rgb(0x93, 0xb4, 0xfd);

/// The colour of the first reflection of a comparison (the left one: a
/// solid line with squares) on a light background: a deep green.
pub const SIDE_A: Rgb = Rgb(0x04, 0x78, 0x57);
/// The colour of the second reflection of a comparison (the right one: a
/// dashed line with triangles) on a light background: a deep magenta.
pub const SIDE_B: Rgb = Rgb(0xa2, 0x1c, 0xaf);
/// The first reflection's colour on a dark background: the same green,
/// lighter.
pub const SIDE_A_DARK: Rgb = Rgb(0x34, 0xd3, 0x99);
/// The second reflection's colour on a dark background: the same magenta,
/// lighter.
pub const SIDE_B_DARK: Rgb = Rgb(0xf0, 0xab, 0xfc);

/// Names the shared colours for a document: `now` and `goal` as `#rrggbb`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocumentPalette {
    /// The colour of the *Nu* marker.
    pub now: String,
    /// The colour of the *Doel* marker.
    pub goal: String,
}

/// Returns the colours a printed document uses for the two markers.
pub fn document() -> DocumentPalette {
    DocumentPalette {
        now: NOW.hex(),
        goal: GOAL.hex(),
    }
}

/// The text colour on a level's fill in light mode.
pub const LEVEL_TEXT: Rgb = Rgb(0x1b, 0x1b, 0x1b);
/// The text colour on a level's fill in dark mode.
pub const LEVEL_TEXT_DARK: Rgb = Rgb(0xf2, 0xf2, 0xf2);

/// The fills of the lowest level, the middle and the highest level, light:
/// orange, grey and blue (told apart also by people who see red and green
/// alike); always with the level's word on it, never alone.
const LEVEL_LIGHT: [Rgb; 3] = [
    Rgb(0xf6, 0xc2, 0x9b),
    Rgb(0xee, 0xee, 0xee),
    Rgb(0xa9, 0xcd, 0xf0),
];
/// The same for a dark background.
const LEVEL_DARK: [Rgb; 3] = [
    Rgb(0x6b, 0x34, 0x14),
    Rgb(0x3a, 0x3a, 0x3a),
    Rgb(0x1f, 0x4f, 0x80),
];

/// Returns the fill of an average level from 0 (the lowest) to 1 (the
/// highest), on a light or a dark background.
pub fn level_fill(value: f64, dark: bool) -> Rgb {
    let stops = if dark { LEVEL_DARK } else { LEVEL_LIGHT };
    let v = if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let (a, b, f) = if v < 0.5 {
        (stops[0], stops[1], v * 2.0)
    } else {
        (stops[1], stops[2], (v - 0.5) * 2.0)
    };
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known 4.54:1
        let grey = contrast(Rgb(0x76, 0x76, 0x76), white);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }

    #[test]
    fn the_markers_stand_out_on_paper() {
        let paper = Rgb(255, 255, 255);
        for c in [NOW, GOAL] {
            assert!(contrast(c, paper) >= 3.0, "{}", c.hex());
        }
        assert_eq!(Rgb(0xc2, 0x41, 0x0c).hex(), "#c2410c");
        assert_eq!(document().goal, GOAL.hex());
    }

    #[test]
    fn the_two_sides_of_a_comparison_stand_out_on_light_and_dark() {
        let light = [
            Rgb(255, 255, 255),
            Rgb(0xf7, 0xf6, 0xf2),
            Rgb(0xfd, 0xfc, 0xf9),
        ];
        let dark = [Rgb(0x1c, 0x1f, 0x24), Rgb(0x22, 0x26, 0x2c)];
        for c in [SIDE_A, SIDE_B] {
            assert!(light.iter().all(|&g| contrast(c, g) >= 4.5), "{}", c.hex());
        }
        for c in [SIDE_A_DARK, SIDE_B_DARK] {
            assert!(dark.iter().all(|&g| contrast(c, g) >= 4.5), "{}", c.hex());
        }
    }

    #[test]
    fn the_level_words_read_on_every_level_fill() {
        for dark in [false, true] {
            let text = if dark { LEVEL_TEXT_DARK } else { LEVEL_TEXT };
            for i in 0..=20 {
                let fill = level_fill(f64::from(i) / 20.0, dark);
                let c = contrast(text, fill);
                assert!(c >= 7.0, "{dark} {i}: {c}");
            }
        }
        assert_ne!(level_fill(0.0, false), level_fill(1.0, false));
    }
}
