//! The look: Noto Sans from `assets/`, body text at 16 px, calm colours.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::fonts;
use crate::model::position::Marker;
use crate::palette;
use crate::storage::settings::ThemeChoice;

/// The font family name of the bold face.
pub const BOLD: &str = "bold";

/// The widest a column of text may be, in points: about 75 characters.
pub const TEXT_WIDTH: f32 = 680.0;

/// The accent colour in light mode: a calm teal with enough contrast on white.
pub const ACCENT_LIGHT: Color32 = Color32::from_rgb(0x0b, 0x6e, 0x6e);
/// The accent colour in dark mode.
pub const ACCENT_DARK: Color32 = Color32::from_rgb(0x5f, 0xc8, 0xc0);
/// Turns a colour of the shared palette into an egui colour.
pub fn colour(c: palette::Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The width of the focus outline around the control that has the keyboard
/// focus, in points.
pub const FOCUS_WIDTH: f32 = 2.0;

/// The gap between a control and its focus outline, in points.
pub const FOCUS_GAP: f32 = 2.0;

/// Returns the colour of the focus outline in light or dark mode: the
/// accent, at 3:1 or more against every background of the theme.
pub fn focus_colour(dark: bool) -> Color32 {
    if dark { ACCENT_DARK } else { ACCENT_LIGHT }
}

/// Paints an outline around the control that has the keyboard focus, so
/// that it can be seen from across a room (egui itself only changes the
/// control's fill a little). Call it after everything else is drawn.
pub fn paint_focus_outline(ctx: &egui::Context) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    // the widget's rectangle as drawn; not `read_response`, which would
    // take the focus away again when a click elsewhere just gave it (a link
    // that moves the focus to a field)
    let Some(r) = ctx.viewport(|v| {
        v.this_pass
            .widgets
            .get(id)
            .or_else(|| v.prev_pass.widgets.get(id))
            .copied()
    }) else {
        return;
    };
    if !r.interact_rect.is_positive() || !r.rect.is_finite() {
        return;
    }
    let margin = FOCUS_GAP + FOCUS_WIDTH;
    ctx.layer_painter(r.layer_id)
        .with_clip_rect(r.interact_rect.expand(margin))
        .rect_stroke(
            r.rect.expand(FOCUS_GAP),
            egui::CornerRadius::same(4),
            egui::Stroke::new(FOCUS_WIDTH, focus_colour(ctx.theme() == egui::Theme::Dark)),
            egui::StrokeKind::Outside,
        );
}

/// Returns the colour of a position marker (● *Nu*, ◆ *Doel*) on the given
/// theme: the colours of the printed documents, lighter in dark mode.
pub fn marker_colour(visuals: &egui::Visuals, marker: Marker) -> Color32 {
    colour(match (marker, visuals.dark_mode) {
        (Marker::Now, false) => palette::NOW,
        (Marker::Now, true) => palette::NOW_DARK,
        (Marker::Goal, false) => palette::GOAL,
        (Marker::Goal, true) => palette::GOAL_DARK,
    })
}

/// Returns the colour of one side of a comparison (`first`: the left one)
/// on the given theme; the shapes and line styles that go with it are in
/// [`crate::app::widgets::radar`].
pub fn side_colour(visuals: &egui::Visuals, first: bool) -> Color32 {
    colour(match (first, visuals.dark_mode) {
        (true, false) => palette::SIDE_A,
        (true, true) => palette::SIDE_A_DARK,
        (false, false) => palette::SIDE_B,
        (false, true) => palette::SIDE_B_DARK,
    })
}

/// Returns the colour of a position track and its ticks: at 3:1 or more
/// against the page and the question cards.
pub fn track_colour(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x8b, 0x93, 0x9e)
    } else {
        Color32::from_rgb(0x6b, 0x72, 0x7b)
    }
}

/// The window's fonts, by the names its font families use: Noto Sans
/// regular and bold, then the fallbacks in the order they are tried
/// (symbols, then emoji). The bytes are the ones the PDF uses, see
/// [`crate::fonts`].
pub static WINDOW_FONTS: [(&str, &fonts::PackedFont); 5] = [
    ("noto-regular", &fonts::NOTO_SANS_REGULAR),
    ("noto-bold", &fonts::NOTO_SANS_BOLD),
    ("noto-symbols", &fonts::NOTO_SANS_SYMBOLS),
    ("noto-symbols2", &fonts::NOTO_SANS_SYMBOLS2),
    ("noto-emoji", &fonts::NOTO_EMOJI),
];

/// Loads the fonts shipped in `assets/fonts`; no system fonts are used, and
/// egui's own fonts are not in the program (its `default_fonts` is off).
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    for (name, font) in WINDOW_FONTS {
        fonts
            .font_data
            .insert(name.into(), Arc::new(FontData::from_static(font.bytes())));
    }
    let order: Vec<String> = WINDOW_FONTS
        .iter()
        .map(|(name, _)| *name)
        .filter(|&name| name != "noto-bold")
        .map(str::to_owned)
        .collect();
    let mut bold = vec!["noto-bold".to_owned()];
    bold.extend(order.iter().cloned());
    // the few monospace texts (egui's own) are set in Noto Sans as well
    fonts.families.insert(FontFamily::Monospace, order.clone());
    fonts.families.insert(FontFamily::Proportional, order);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// Sets fonts, text sizes, spacing and both colour themes.
pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(13.0)),
            (TextStyle::Body, FontId::proportional(16.0)),
            (TextStyle::Button, FontId::proportional(16.0)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
            (
                TextStyle::Heading,
                FontId::new(26.0, FontFamily::Name(BOLD.into())),
            ),
            (
                TextStyle::Name("title".into()),
                FontId::new(19.0, FontFamily::Name(BOLD.into())),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
        style.spacing.icon_width = 18.0;
        style.spacing.slider_width = 280.0;
        style.spacing.icon_width_inner = 10.0;
        // solid scroll bars: floating ones cover the right edge of cards and
        // buttons when the pointer comes near
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        style.spacing.scroll.bar_width = 10.0;
        // a steady text cursor: a blinking one repaints the window twice a
        // second for as long as a field has the focus (idle is free), and
        // blinking distracts some readers
        style.visuals.text_cursor.blink = false;
        // outlines drawn as designed, not fitted to the pixel grid: side by
        // side at 100 % the two are hard to tell apart (egui drew text this
        // way before 0.37), and the first frame waits for no hinting program
        // (some 8 ms of its glyphs, docs/packaging.md)
        style.visuals.text_options.font_hinting = false;
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        let v = &mut style.visuals;
        v.panel_fill = Color32::from_rgb(0xf7, 0xf6, 0xf2);
        v.window_fill = Color32::from_rgb(0xfd, 0xfc, 0xf9);
        v.extreme_bg_color = Color32::WHITE;
        v.faint_bg_color = Color32::from_rgb(0xee, 0xec, 0xe6);
        v.selection.bg_fill = Color32::from_rgb(0xc9, 0xe6, 0xe3);
        v.selection.stroke.color = ACCENT_LIGHT;
        v.hyperlink_color = ACCENT_LIGHT;
        v.override_text_color = Some(Color32::from_rgb(0x1f, 0x24, 0x2b));
        v.widgets.noninteractive.fg_stroke.color = Color32::from_rgb(0x1f, 0x24, 0x2b);
        // edges of fields, boxes and buttons at 4.5:1 or more against the page
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_rgb(0x6b, 0x72, 0x7b));
        v.widgets.inactive.bg_fill = Color32::from_rgb(0xe9, 0xe7, 0xe1);
        v.widgets.inactive.weak_bg_fill = Color32::from_rgb(0xe9, 0xe7, 0xe1);
        // a focused (or pressed) control keeps a calm fill: the focus
        // outline marks it, not egui's dark grey
        v.widgets.active.bg_fill = Color32::from_rgb(0xd9, 0xe9, 0xe6);
        v.widgets.active.weak_bg_fill = Color32::from_rgb(0xd9, 0xe9, 0xe6);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        let v = &mut style.visuals;
        v.panel_fill = Color32::from_rgb(0x1c, 0x1f, 0x24);
        v.window_fill = Color32::from_rgb(0x22, 0x26, 0x2c);
        v.extreme_bg_color = Color32::from_rgb(0x14, 0x16, 0x1a);
        v.faint_bg_color = Color32::from_rgb(0x26, 0x2a, 0x31);
        v.selection.bg_fill = Color32::from_rgb(0x1f, 0x55, 0x52);
        v.selection.stroke.color = ACCENT_DARK;
        v.hyperlink_color = ACCENT_DARK;
        v.override_text_color = Some(Color32::from_rgb(0xe6, 0xe8, 0xeb));
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_rgb(0x8b, 0x93, 0x9e));
    });
}

/// Switches between light and dark.
pub fn set_theme(ctx: &egui::Context, theme: ThemeChoice) {
    ctx.set_theme(match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark => egui::Theme::Dark,
    });
}

/// Returns the accent colour for the current theme.
pub fn accent(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        ACCENT_DARK
    } else {
        ACCENT_LIGHT
    }
}

/// Returns a muted text colour that still has enough contrast.
pub fn muted(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0xb4, 0xba, 0xc2)
    } else {
        Color32::from_rgb(0x4a, 0x52, 0x5c)
    }
}

/// Returns the colour for error text.
pub fn error_colour(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0xff, 0x9a, 0x8a)
    } else {
        Color32::from_rgb(0xa3, 0x1d, 0x12)
    }
}

/// Returns a bold rich text.
pub fn bold(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(FontFamily::Name(BOLD.into()))
}

/// Returns a title-sized bold rich text.
pub fn title(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).text_style(TextStyle::Name("title".into()))
}
