//! The diversity officer's review: the page that reads many networks'
//! reflections without changing them. [`review_page_ui`] draws the page of
//! the open review ([`ReviewView`]): the table, one network read-only with
//! the officer's feedback beside it, the comparison, what networks ask, and
//! the files that could not be read.
//!
//! The compare and asks pages plug in here: `compare.rs` and `asks.rs` in
//! this folder, called from [`review_page_ui`] for
//! [`ReviewView::Compare`] and [`ReviewView::Asks`].

pub mod asks;
mod cells;
pub mod compare;
pub mod feedback;
pub mod home;
pub mod network;
pub mod problems;
pub mod table;

use crate::app::ExportKind;
use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, Reviews, SaveStatus, style, t};
use crate::lang::Lang;
use crate::review::csv::Separator;

/// Draws the review page; returns where.
pub fn review_page_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    reviews: &mut Reviews,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let loading = reviews.loading.is_some();
    let Some(state) = &reviews.open else {
        return egui::CentralPanel::default()
            .show(ui, |ui| {
                loading_ui(
                    ui,
                    lang,
                    reviews.loading.as_deref().unwrap_or(&[]),
                    commands,
                )
            })
            .response
            .rect;
    };
    let rect = match state.view {
        ReviewView::Network(entry) => network::network_page_ui(ui, lang, state, entry, commands),
        view => {
            egui::CentralPanel::default()
                .show(ui, |ui| {
                    // the whole page scrolls where the window is short (200 %
                    // on a laptop), so that the table always gets some rows
                    let viewport = ui.available_height();
                    let mut scroll = egui::ScrollArea::vertical()
                        .id_salt(("review_page", view_salt(view)))
                        .auto_shrink([false, false]);
                    if state.scroll_to_top {
                        scroll = scroll.vertical_scroll_offset(0.0);
                    }
                    scroll.show(ui, |ui| {
                        header_ui(ui, lang, state, loading, commands);
                        match view {
                            ReviewView::Table => {
                                table::table_ui(ui, lang, state, viewport, commands)
                            }
                            ReviewView::Problems => {
                                problems::problems_ui(ui, lang, state, commands)
                            }
                            ReviewView::Compare(a, b) => {
                                compare::compare_page_ui(ui, lang, state, a, b, commands)
                            }
                            ReviewView::Asks => asks::asks_page_ui(ui, lang, state, commands),
                            ReviewView::Network(_) => {}
                        }
                        crate::app::focus::keep_in_view(ui);
                    });
                })
                .response
                .rect
        }
    };
    // the jump back to the top is done; the page scrolls freely again
    if let Some(s) = &mut reviews.open {
        s.scroll_to_top = false;
    }
    rect
}

/// Tells the pages' scroll positions apart.
fn view_salt(view: ReviewView) -> u8 {
    match view {
        ReviewView::Table => 0,
        ReviewView::Network(_) => 1,
        ReviewView::Compare(..) => 2,
        ReviewView::Asks => 3,
        ReviewView::Problems => 4,
    }
}

/// Draws the page while a review is read for the first time.
fn loading_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    sources: &[std::path::PathBuf],
    commands: &mut Vec<Command>,
) {
    ui.add_space(16.0);
    read_only_badge_ui(ui, lang);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(style::title(t(
            lang,
            "De reflecties worden gelezen…",
            "Reading the reflections…",
        )));
    });
    for s in sources {
        ui.label(egui::RichText::new(s.display().to_string()).color(style::muted(ui)));
    }
    ui.add_space(8.0);
    if ui
        .button(t(
            lang,
            "⌂ Terug naar de reflecties",
            "⌂ Back to the reflections",
        ))
        .clicked()
    {
        commands.push(Command::GoHome);
    }
}

/// What "Alleen lezen" means, in one line.
pub const READ_ONLY_LINE: (&str, &str) = (
    "de bestanden van de netwerken worden alleen gelezen; feedback komt in een eigen reviewbestand",
    "the networks' files are only read; feedback goes into a review file of its own",
);

/// Draws the "Alleen lezen" mark alone; its tooltip says what it means.
pub fn read_only_mark_ui(ui: &mut egui::Ui, lang: Lang) {
    let on = if ui.visuals().dark_mode {
        egui::Color32::from_rgb(0x0b, 0x1f, 0x1f)
    } else {
        egui::Color32::WHITE
    };
    egui::Frame::new()
        .fill(style::accent(ui))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| {
            ui.label(style::bold(t(lang, "Alleen lezen", "Read-only")).color(on))
                .on_hover_text(t(lang, READ_ONLY_TEXT.0, READ_ONLY_TEXT.1));
        });
}

/// What "Alleen lezen" means, in full.
const READ_ONLY_TEXT: (&str, &str) = (
    "De bestanden van de netwerken worden alleen gelezen: het programma schrijft er niets in, ook geen reservekopie. De feedback komt in een eigen reviewbestand in de gegevensmap op deze computer.",
    "The networks' files are only read: the program writes nothing into them, not even a backup. The feedback goes into a review file of its own in the data folder on this computer.",
);

/// Draws the prominent "Alleen lezen" mark and what it means.
pub fn read_only_badge_ui(ui: &mut egui::Ui, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        read_only_mark_ui(ui, lang);
        ui.add(egui::Label::new(t(lang, READ_ONLY_TEXT.0, READ_ONLY_TEXT.1)).wrap());
    });
}

/// Draws the head of every review page: its name, the read-only mark, what
/// it reads, the pages, and the state of saving the feedback.
/// The accessible name of the field that renames a review.
pub const TITLE_LABEL: (&str, &str) = ("Naam van deze review", "Name of this review");

fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    loading: bool,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    // the name being typed, while the officer renames the review
    let editing_id = egui::Id::unique("review_title_edit");
    let mut editing: Option<String> = ui.data(|d| d.get_temp(editing_id));
    ui.horizontal_wrapped(|ui| {
        match &mut editing {
            Some(text) => {
                let label = ui.label(t(lang, TITLE_LABEL.0, TITLE_LABEL.1));
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .desired_width(320.0)
                            .char_limit(200),
                    )
                    .labelled_by(label.id);
                if ui.data(|d| d.get_temp::<bool>(editing_id.with("focused")).is_none()) {
                    edit.request_focus();
                    ui.data_mut(|d| d.insert_temp(editing_id.with("focused"), true));
                }
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
                if ui.button(t(lang, "Opslaan", "Save")).clicked() || enter {
                    commands.push(Command::Review(ReviewCommand::SetTitle(text.clone())));
                    editing = None;
                } else if ui.button(t(lang, "Annuleren", "Cancel")).clicked() || escape {
                    editing = None;
                }
            }
            None => {
                ui.heading(format!(
                    "{}: {}",
                    t(lang, "Review", "Review"),
                    state.file.title
                ));
                if ui
                    .small_button(t(lang, "✎ Naam wijzigen", "✎ Rename"))
                    .on_hover_text(t(
                        lang,
                        "Geef deze review een eigen naam, zoals “Netwerken 2026”",
                        "Give this review a name of its own, such as “Networks 2026”",
                    ))
                    .clicked()
                {
                    editing = Some(state.file.title.clone());
                }
            }
        }
        read_only_mark_ui(ui, lang);
        if loading {
            ui.spinner();
            ui.label(t(lang, "Opnieuw lezen…", "Reading again…"));
        }
        status_ui(ui, lang, &state.status);
    });
    ui.data_mut(|d| match editing {
        Some(text) => {
            d.insert_temp(editing_id, text);
        }
        None => {
            d.remove::<String>(editing_id);
            d.remove::<bool>(editing_id.with("focused"));
        }
    });
    let n = state.review.entries.len();
    let bad = state.review.unreadable.len();
    let sources: Vec<String> = state
        .file
        .sources
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    ui.add(
        egui::Label::new(
            egui::RichText::new(match lang {
                Lang::Nl => format!(
                    "{n} reflecties, {bad} onleesbaar · uit {} · {}",
                    sources.join(", "),
                    READ_ONLY_LINE.0
                ),
                Lang::En => format!(
                    "{n} reflections, {bad} unreadable · from {} · {}",
                    sources.join(", "),
                    READ_ONLY_LINE.1
                ),
            })
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let view = state.view;
        let tab = |ui: &mut egui::Ui,
                   on: bool,
                   text: String,
                   to: ReviewView,
                   commands: &mut Vec<Command>| {
            if ui.add(egui::Button::selectable(on, text)).clicked() {
                commands.push(Command::Review(ReviewCommand::Show(to)));
            }
        };
        tab(
            ui,
            view == ReviewView::Table,
            t(lang, "Tabel", "Table").into(),
            ReviewView::Table,
            commands,
        );
        let compare_to = compare_pair(state);
        tab(
            ui,
            matches!(view, ReviewView::Compare(..)),
            t(lang, "Vergelijken", "Compare").into(),
            compare_to,
            commands,
        );
        tab(
            ui,
            view == ReviewView::Asks,
            t(lang, "Wat netwerken vragen", "What networks ask").into(),
            ReviewView::Asks,
            commands,
        );
        let problems = bad + state.review.same_network_year.len();
        tab(
            ui,
            view == ReviewView::Problems,
            format!("{} ({problems})", t(lang, "Problemen", "Problems")),
            ReviewView::Problems,
            commands,
        );
        ui.separator();
        ui.menu_button(t(lang, "Exporteren", "Export"), |ui| {
            let items = [
                (
                    t(lang, "Overzicht (pdf)…", "Overview (PDF)…"),
                    ExportKind::ReviewOverview,
                ),
                (
                    t(
                        lang,
                        "Csv voor Excel (puntkomma)…",
                        "CSV for Dutch Excel (semicolon)…",
                    ),
                    ExportKind::ReviewCsv(Separator::Semicolon),
                ),
                (
                    t(lang, "Csv (komma)…", "CSV (comma)…"),
                    ExportKind::ReviewCsv(Separator::Comma),
                ),
            ];
            for (label, kind) in items {
                if ui.button(label).clicked() {
                    commands.push(Command::Export(kind));
                    ui.close();
                }
            }
        });
        if ui
            .button(t(lang, "Opnieuw lezen", "Read again"))
            .on_hover_text(t(
                lang,
                "Leest de mappen en bestanden van deze review opnieuw (ook nieuwe bestanden)",
                "Reads the folders and files of this review again (new files too)",
            ))
            .clicked()
        {
            commands.push(Command::Review(ReviewCommand::Reload));
        }
    });
    ui.add_space(6.0);
}

/// Returns what *Vergelijken* opens: the first two rows of the table as
/// it is sorted and filtered (so filtering down to two rows picks them),
/// or the first row with its previous year (or another network).
fn compare_pair(state: &ReviewState) -> ReviewView {
    if let ReviewView::Compare(a, b) = state.view {
        return ReviewView::Compare(a, b);
    }
    let entry = |i: usize| state.rows.get(i).map(|&r| state.overview.rows[r].entry);
    match (entry(0), entry(1)) {
        (Some(a), Some(b)) => ReviewView::Compare(a, b),
        (Some(a), None) => compare::default_pair(&state.review, a)
            .map_or(ReviewView::Compare(a, a), |(x, y)| {
                ReviewView::Compare(x, y)
            }),
        _ => ReviewView::Compare(0, 0),
    }
}

/// Draws the state of saving the feedback.
pub fn status_ui(ui: &mut egui::Ui, lang: Lang, status: &SaveStatus) {
    let (text, colour) = match status {
        SaveStatus::Idle => return,
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
    };
    ui.label(egui::RichText::new(text).color(colour));
}
