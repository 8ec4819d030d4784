//! The bar at the top: back to the reflections, the open reflection's name
//! and save status, language, light or dark, and zoom.

use crate::app::{Command, Page, SaveStatus, Session, style, t};
use crate::lang::Lang;
use crate::storage::settings::{Settings, ThemeChoice};

/// Draws the top bar.
#[allow(clippy::too_many_arguments)] // one value per part of the bar
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    settings: &Settings,
    session: Option<&Session>,
    page: Page,
    busy: Option<&str>,
    portable: Option<&std::path::Path>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    // The controls on the right are laid out after the left part, so that Tab
    // visits them in reading order; their width is remembered from the last
    // frame to right-align them (a changed width draws the frame again).
    // Too narrow for the whole name and save status between the back button
    // and the controls (a small window, or zoomed in): the name and status
    // go on a second row, where a long name wraps. The controls stay on the
    // first row, right-aligned, so that + stays under the pointer.
    let right_id = egui::Id::unique("top_bar_right_width");
    let name_id = egui::Id::unique("top_bar_name_width");
    let lead_id = egui::Id::unique("top_bar_lead_width");
    let remembered = |id, default: f32| ui.data(|d| d.get_temp(id)).unwrap_or(default);
    let (right_w, name_w, lead_w) = (
        remembered(right_id, 460.0),
        remembered(name_id, 300.0),
        remembered(lead_id, 0.0),
    );
    let spacing = ui.spacing().item_spacing.x;
    let (mut new_right, mut new_name, mut new_lead) = (right_w, name_w, lead_w);
    let one_row = if ui.available_width() >= lead_w + right_w + 2.0 * spacing {
        ui.horizontal(|ui| {
            let start = ui.cursor().min.x;
            top_lead_ui(ui, lang, page, portable, commands);
            new_lead = ui.cursor().min.x - start;
            let rest = ui.available_width();
            let one_row = rest >= name_w + right_w + spacing;
            if one_row {
                ui.scope(|ui| {
                    ui.set_max_width(rest - right_w - spacing);
                    new_name = top_name_ui(ui, lang, session, page, false);
                });
            }
            let gap = ui.available_width() - right_w;
            if gap > 0.0 {
                ui.add_space(gap);
            }
            new_right = ui
                .horizontal(|ui| top_right_ui(ui, lang, settings, commands))
                .inner;
            one_row
        })
        .inner
    } else {
        // narrower still: everything wraps; the widths stay as measured
        ui.horizontal_wrapped(|ui| {
            top_lead_ui(ui, lang, page, portable, commands);
            top_right_ui(ui, lang, settings, commands);
        });
        false
    };
    if !one_row {
        ui.horizontal_wrapped(|ui| new_name = top_name_ui(ui, lang, session, page, true));
    }
    let changed = |a: f32, b: f32| (a - b).abs() > 0.5;
    if changed(new_right, right_w) || changed(new_name, name_w) || changed(new_lead, lead_w) {
        ui.data_mut(|d| {
            d.insert_temp(right_id, new_right);
            d.insert_temp(name_id, new_name);
            d.insert_temp(lead_id, new_lead);
        });
        ui.ctx().request_discard("the top bar's width changed");
    }
    ui.add_space(2.0);
    if let Some(doing) = busy {
        progress_ui(ui, doing);
    }
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

/// Draws what comes first: the way back home.
fn top_lead_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    page: Page,
    portable: Option<&std::path::Path>,
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
    if let Some(dir) = portable {
        ui.label(
            egui::RichText::new(t(
                lang,
                "Draagbaar: gegevens op deze stick",
                "Portable: data on this stick",
            ))
            .small()
            .color(style::muted(ui)),
        )
        .on_hover_text(format!(
            "{} {}",
            t(
                lang,
                "Reflecties en instellingen staan naast het programma, in:",
                "Reflections and settings are kept next to the program, in:"
            ),
            dir.join(crate::storage::location::PORTABLE_DATA).display()
        ));
    }
}

/// Draws the open reflection's name and save status; returns the width
/// they need on one row. The name wraps when `wrap`, else it is cut off
/// (with …) before the save status is.
fn top_name_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: Option<&Session>,
    page: Page,
    wrap: bool,
) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    let (title, status) = match session.filter(|_| {
        matches!(
            page,
            Page::Reflect | Page::Overview | Page::Profile | Page::Share | Page::Poll | Page::Move
        )
    }) {
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
    let title_text = egui::WidgetText::from(style::title(title));
    let title_natural = title_text
        .clone()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    let title_w = (ui.available_width() - status_w).max(80.0);
    ui.scope(|ui| {
        ui.set_max_width(title_w);
        let label = egui::Label::new(title_text);
        ui.add(if wrap { label.wrap() } else { label.truncate() });
    });
    if let Some(status) = status {
        ui.add(egui::Label::new(status).extend());
    }
    title_natural + spacing + status_w
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
    let hint = t(
        lang,
        "Wissel tussen licht en donker. Licht is beter leesbaar op een beamer.",
        "Switch between light and dark. Light is easier to read on a projector.",
    );
    let theme_button = ui.button(label).on_hover_text(hint);
    // the hint also shows when the button is reached with the keyboard
    if theme_button.has_focus() && !theme_button.hovered() {
        theme_button.show_tooltip_text(hint);
    }
    if theme_button.clicked() {
        commands.push(Command::SetTheme(next));
    }
    ui.separator();
    if ui
        .button("–")
        .on_hover_text(t(lang, "Kleiner (Ctrl -)", "Smaller (Ctrl -)"))
        .accessible_name(t(lang, "Uitzoomen", "Zoom out"))
        .clicked()
    {
        commands.push(Command::Zoom(-1));
    }
    // as wide as the widest percentage, so that – and + stay where they are
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

/// Shows what is being done ("Pdf maken…", "Delen…") with a spinner in a
/// small box in the window's lower right corner while a PDF is being made
/// or a copy shared: it floats above the page,
/// so nothing moves when it comes or goes, and it takes no room otherwise.
fn progress_ui(ui: &egui::Ui, doing: &str) {
    egui::Area::new(egui::Id::unique("export_progress"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(doing);
                });
            });
        });
}
