//! The bar at the top: back to the reflections, the open reflection's name
//! and save status, language, light or dark, and zoom.

use crate::app::{Command, Page, SaveStatus, Session, style, t};
use crate::lang::Lang;
use crate::storage::settings::{Settings, ThemeChoice};

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
    // frame to right-align them. Too narrow (a small window, or zoomed in):
    // they go on a row of their own.
    let width_id = egui::Id::unique("top_bar_right_width");
    let right_w: f32 = ui.data(|d| d.get_temp(width_id)).unwrap_or(420.0);
    let spacing = ui.spacing().item_spacing.x;
    let right_width = if ui.available_width() < right_w + 320.0 {
        ui.horizontal(|ui| top_left_ui(ui, lang, session, page, commands));
        ui.horizontal(|ui| top_right_ui(ui, lang, settings, commands))
            .response
            .rect
            .width()
    } else {
        ui.horizontal(|ui| {
            let left_w = ui.available_width() - right_w - spacing;
            ui.allocate_ui_with_layout(
                egui::vec2(left_w, 32.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_max_width(left_w);
                    top_left_ui(ui, lang, session, page, commands);
                },
            );
            let gap = ui.available_width() - right_w - spacing;
            if gap > 0.0 {
                ui.add_space(gap);
            }
            ui.horizontal(|ui| top_right_ui(ui, lang, settings, commands))
                .response
                .rect
                .width()
        })
        .inner
    };
    ui.data_mut(|d| d.insert_temp(width_id, right_width));
    ui.add_space(2.0);
    if exporting {
        progress_ui(ui, lang);
    }
}

fn top_left_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: Option<&Session>,
    page: Page,
    commands: &mut Vec<Command>,
) {
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
    match session.filter(|_| matches!(page, Page::Reflect | Page::Overview)) {
        Some(s) => {
            let (text, colour) = match &s.status {
                SaveStatus::Idle => (String::new(), style::muted(ui)),
                SaveStatus::Pending => {
                    (t(lang, "Opslaan…", "Saving…").to_owned(), style::muted(ui))
                }
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
            };
            ui.add(
                egui::Label::new(style::title(format!(
                    "{} {}",
                    s.reflection.profile.name, s.reflection.profile.board_year
                )))
                .truncate(),
            );
            ui.add(egui::Label::new(egui::RichText::new(text).color(colour).small()).truncate());
        }
        None => {
            ui.add(egui::Label::new(style::title("Reflectietool")).truncate());
        }
    }
}

fn top_right_ui(ui: &mut egui::Ui, lang: Lang, settings: &Settings, commands: &mut Vec<Command>) {
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
            "Wissel tussen licht en donker",
            "Switch between light and dark",
        ))
        .clicked()
    {
        commands.push(Command::SetTheme(next));
    }
    ui.separator();
    if ui
        .button("−")
        .on_hover_text(t(lang, "Kleiner (Ctrl −)", "Smaller (Ctrl −)"))
        .clicked()
    {
        commands.push(Command::Zoom(-1));
    }
    let pct = format!("{:.0} %", settings.zoom * 100.0);
    if ui
        .button(pct)
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
        .clicked()
    {
        commands.push(Command::Zoom(1));
    }
}

/// Shows "Pdf maken…" with a spinner in a small box in the window's
/// lower right corner while a PDF is being made: it floats above the page,
/// so nothing moves when it comes or goes, and it takes no room otherwise.
fn progress_ui(ui: &egui::Ui, lang: Lang) {
    egui::Area::new(egui::Id::unique("export_progress"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t(lang, "Pdf maken…", "Making the PDF…"));
                });
            });
        });
}
