//! The bar at the top: back to the reflections, the open reflection's name
//! and save status, language, light or dark, and zoom.

use crate::app::{Command, Page, SaveStatus, Session, style, t};
use crate::lang::Lang;
use crate::storage::settings::{Settings, ThemeChoice};

/// The least width the open reflection's name keeps on the bar's first row
/// before the bar uses two rows.
const TITLE_MIN: f32 = 160.0;

/// Draws the top bar.
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    settings: &Settings,
    session: Option<&Session>,
    page: Page,
    exporting: bool,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    // The controls on the right are laid out after the left part, so that Tab
    // visits them in reading order; their width is remembered from the last
    // frame to right-align them (a changed width draws the frame again).
    // Too narrow for the name, the save status and the controls (a small
    // window, or zoomed in): the controls go on a row of their own.
    let right_id = egui::Id::unique("top_bar_right_width");
    let fixed_id = egui::Id::unique("top_bar_left_fixed_width");
    let right_w: f32 = ui.data(|d| d.get_temp(right_id)).unwrap_or(460.0);
    let fixed_w: f32 = ui.data(|d| d.get_temp(fixed_id)).unwrap_or(300.0);
    let spacing = ui.spacing().item_spacing.x;
    let (new_right, new_fixed) = if ui.available_width() < right_w + fixed_w + TITLE_MIN + spacing {
        let fixed = ui
            .horizontal_wrapped(|ui| top_left_ui(ui, lang, session, page, exporting, commands))
            .inner;
        let right = ui
            .horizontal_wrapped(|ui| top_right_ui(ui, lang, settings, commands))
            .inner;
        (right, fixed)
    } else {
        ui.horizontal(|ui| {
            let left_w = ui.available_width() - right_w - spacing;
            let fixed = ui
                .allocate_ui_with_layout(
                    egui::vec2(left_w, 32.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_max_width(left_w);
                        top_left_ui(ui, lang, session, page, exporting, commands)
                    },
                )
                .inner;
            let gap = ui.available_width() - right_w - spacing;
            if gap > 0.0 {
                ui.add_space(gap);
            }
            let right = ui
                .horizontal(|ui| top_right_ui(ui, lang, settings, commands))
                .inner;
            (right, fixed)
        })
        .inner
    };
    if (new_right - right_w).abs() > 0.5 || (new_fixed - fixed_w).abs() > 0.5 {
        ui.data_mut(|d| {
            d.insert_temp(right_id, new_right);
            d.insert_temp(fixed_id, new_fixed);
        });
        ui.ctx().request_discard("the top bar's width changed");
    }
    ui.add_space(2.0);
}

/// Returns the save status text and its colour.
fn status_text(ui: &egui::Ui, lang: Lang, status: &SaveStatus) -> (String, egui::Color32) {
    match status {
        SaveStatus::Idle => (String::new(), style::muted(ui)),
        SaveStatus::Pending => (t(lang, "Opslaan…", "Saving…").to_owned(), style::muted(ui)),
        SaveStatus::Saved(at) => (
            format!("{} {at}", t(lang, "✔ Opgeslagen om", "✔ Saved at")),
            style::muted(ui),
        ),
        SaveStatus::Failed => (
            t(
                lang,
                "⚠ Niet opgeslagen — zie de melding",
                "⚠ Not saved — see the message",
            )
            .to_owned(),
            style::error_colour(ui),
        ),
    }
}

/// Draws the left part; returns the width of everything but the name
/// (which gives way when space is short; the save status never does).
fn top_left_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: Option<&Session>,
    page: Page,
    exporting: bool,
    commands: &mut Vec<Command>,
) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    let start = ui.cursor().min.x;
    if exporting {
        ui.spinner();
        ui.label(egui::RichText::new(t(lang, "Pdf maken…", "Making the PDF…")).small());
    }
    if page != Page::Home
        && ui
            .button(t(lang, "⌂ Reflecties", "⌂ Reflections"))
            .on_hover_text(t(
                lang,
                "Terug naar alle reflecties",
                "Back to all reflections",
            ))
            .clicked()
    {
        commands.push(Command::GoHome);
    }
    let before_title = ui.cursor().min.x - start;
    let (title, status) = match session.filter(|_| page == Page::Reflect) {
        Some(s) => {
            let (text, colour) = status_text(ui, lang, &s.status);
            let status = egui::WidgetText::from(egui::RichText::new(text).color(colour).small())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Small,
                );
            (
                format!(
                    "{} {}",
                    s.reflection.profile.name, s.reflection.profile.board_year
                ),
                Some(status),
            )
        }
        None => ("Reflectietool".to_owned(), None),
    };
    let status_w = status.as_ref().map_or(0.0, |g| g.size().x + spacing);
    // the name is cut off (with …) before the save status is
    let title_w = (ui.available_width() - status_w).max(80.0);
    ui.scope(|ui| {
        ui.set_max_width(title_w);
        ui.add(egui::Label::new(style::title(title)).truncate());
    });
    if let Some(status) = status {
        ui.add(egui::Label::new(status).extend());
    }
    before_title + status_w
}

/// Draws language, light or dark, and zoom; returns their width.
fn top_right_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    settings: &Settings,
    commands: &mut Vec<Command>,
) -> f32 {
    let start = ui.cursor().min.x;
    if ui
        .selectable_label(lang == Lang::Nl, "Nederlands")
        .clicked()
    {
        commands.push(Command::SetLang(Lang::Nl));
    }
    if ui.selectable_label(lang == Lang::En, "English").clicked() {
        commands.push(Command::SetLang(Lang::En));
    }
    ui.separator();
    let (label, next) = match settings.theme {
        ThemeChoice::Light => (t(lang, "Donker", "Dark"), ThemeChoice::Dark),
        ThemeChoice::Dark => (t(lang, "Licht", "Light"), ThemeChoice::Light),
    };
    if ui
        .button(label)
        .on_hover_text(t(
            lang,
            "Wissel tussen licht en donker. Licht is beter leesbaar op een beamer.",
            "Switch between light and dark. Light is easier to read on a projector.",
        ))
        .clicked()
    {
        commands.push(Command::SetTheme(next));
    }
    ui.separator();
    if ui
        .button("−")
        .on_hover_text(t(lang, "Kleiner (Ctrl −)", "Smaller (Ctrl −)"))
        .accessible_name(t(lang, "Uitzoomen", "Zoom out"))
        .clicked()
    {
        commands.push(Command::Zoom(-1));
    }
    // as wide as the widest percentage, so that − and + stay where they are
    let widest = egui::WidgetText::from("200 %")
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x;
    let pct = format!("{:.0} %", settings.zoom * 100.0);
    if ui
        .add(egui::Button::new(pct).min_size(egui::vec2(
            widest + 2.0 * ui.spacing().button_padding.x,
            0.0,
        )))
        .on_hover_text(t(
            lang,
            "Terug naar 100 % (Ctrl 0)",
            "Back to 100 % (Ctrl 0)",
        ))
        .clicked()
    {
        commands.push(Command::Zoom(0));
    }
    if ui
        .button("+")
        .on_hover_text(t(lang, "Groter (Ctrl +)", "Larger (Ctrl +)"))
        .accessible_name(t(lang, "Inzoomen", "Zoom in"))
        .clicked()
    {
        commands.push(Command::Zoom(1));
    }
    ui.min_rect().max.x - start
}
