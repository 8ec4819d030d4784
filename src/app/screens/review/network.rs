//! One network's reflection, read-only: the same layout as the board's
//! theme pages — every answer, the members' spread, why the board chose,
//! dissent, the shared notes and the action points — drawn with the board's
//! own widgets in a disabled part of the page, so that no control takes
//! input, on a copy of each answer that is thrown away. Nothing here can
//! reach a network's file: the review has no saver. Private notes are not
//! there (they are emptied when the file is read).
//!
//! Around it: the themes of this reflection, back to the table, the
//! previous and next network, and the officer's feedback.

use super::{feedback, read_only_badge_ui};
use crate::app::screens::{questions, reasons, reflect, reveal};
use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, focus, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{QuestionKind, Questionnaire};
use crate::model::reflection::MemberSharing;
use crate::review::ReviewEntry;

/// The accessible name of the read-only part of the page.
pub const READ_ONLY_GROUP: (&str, &str) = ("Reflectie, alleen lezen", "Reflection, read-only");

/// Draws the page of one network; returns where.
pub fn network_page_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    entry: usize,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let Some(e) = state.review.entries.get(entry) else {
        return ui.max_rect();
    };
    let q = e.questionnaire.clone();
    // a narrow window (a laptop at 200 %): the feedback goes under the
    // reflection instead of beside it, and the themes take less room
    let narrow = ui.available_width() < 900.0;
    egui::Panel::left("review_network_nav")
        .resizable(true)
        .default_size(if narrow { 180.0 } else { 250.0 })
        .size_range(if narrow { 150.0..=300.0 } else { 200.0..=360.0 })
        .show(ui, |ui| {
            nav_ui(ui, lang, state, entry, q.as_deref(), commands)
        });
    let theme = q.as_deref().and_then(|q| q.themes.get(state.theme));
    if !narrow {
        egui::Panel::right("review_feedback")
            .resizable(true)
            .default_size(340.0)
            .size_range(260.0..=520.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("review_feedback_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        feedback::feedback_ui(ui, lang, state, e, theme, commands);
                        focus::keep_in_view(ui);
                    });
            });
    }
    egui::CentralPanel::default()
        .show(ui, |ui| {
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(("review_network", entry, state.theme))
                .auto_shrink([false, false]);
            if state.scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 40.0));
                head_ui(ui, lang, state, entry, e);
                let jump = egui::Id::unique("review_feedback_jump");
                if narrow
                    && ui
                        .button(format!("↓ {}", t(lang, "Naar de feedback", "To the feedback")))
                        .clicked()
                {
                    ui.data_mut(|d| d.insert_temp(jump, true));
                }
                match q.as_deref() {
                    Some(q) => {
                        let group = egui::UiBuilder::new()
                            .accessibility_role(egui::accesskit::Role::Group)
                            .accessibility_label(lang.pick(READ_ONLY_GROUP.0, READ_ONLY_GROUP.1));
                        ui.scope_builder(group, |ui| theme_ui(ui, lang, q, e, state.theme));
                        theme_steps_ui(ui, lang, q, state.theme, commands);
                    }
                    None => {
                        ui.label(
                            egui::RichText::new(match lang {
                                Lang::Nl => format!("Deze reflectie gebruikt vragenlijst “{}”, die het programma niet kent; de antwoorden kunnen niet worden getoond. Zet het vragenlijstbestand in de map questionnaires van de gegevensmap en lees de review opnieuw.", e.reflection.questionnaire.id),
                                Lang::En => format!("This reflection uses questionnaire “{}”, which the program does not know; its answers cannot be shown. Put the questionnaire file in the questionnaires folder of the data folder and read the review again.", e.reflection.questionnaire.id),
                            })
                            .color(style::error_colour(ui)),
                        );
                    }
                }
                if narrow {
                    ui.separator();
                    if ui.data_mut(|d| d.remove_temp::<bool>(jump)).unwrap_or(false) {
                        ui.scroll_to_cursor(Some(egui::Align::TOP));
                    }
                    feedback::feedback_ui(ui, lang, state, e, theme, commands);
                }
                focus::keep_in_view(ui);
            });
        })
        .response
        .rect
}

/// Draws the way back, the previous and next network, and the themes.
fn nav_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    entry: usize,
    q: Option<&Questionnaire>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(8.0);
    let show = |v| Command::Review(ReviewCommand::Show(v));
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        if ui
            .button(format!(
                "← {}",
                t(lang, "Terug naar de tabel", "Back to the table")
            ))
            .clicked()
        {
            commands.push(show(ReviewView::Table));
        }
        let (prev, next) = state.neighbours(entry);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    prev.is_some(),
                    egui::Button::new(format!("↑ {}", t(lang, "Vorige", "Previous"))),
                )
                .accessible_name(t(lang, "Vorig netwerk", "Previous network"))
                .clicked()
                && let Some(p) = prev
            {
                commands.push(show(ReviewView::Network(p)));
            }
            if ui
                .add_enabled(
                    next.is_some(),
                    egui::Button::new(format!("↓ {}", t(lang, "Volgende", "Next"))),
                )
                .accessible_name(t(lang, "Volgend netwerk", "Next network"))
                .clicked()
                && let Some(n) = next
            {
                commands.push(show(ReviewView::Network(n)));
            }
        });
        if let Some((a, b)) = super::compare::default_pair(&state.review, entry) {
            let text = if state.review.previous_year(entry).is_some() {
                t(
                    lang,
                    "Vergelijken met het jaar ervoor",
                    "Compare with the year before",
                )
            } else {
                t(lang, "Vergelijken…", "Compare…")
            };
            if ui.button(text).clicked() {
                commands.push(show(ReviewView::Compare(a, b)));
            }
        }
    });
    ui.add_space(8.0);
    let Some(q) = q else { return };
    ui.label(style::title(t(lang, "Thema's", "Themes")));
    let answers = &state.review.entries[entry].reflection.agreed;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, theme) in q.themes.iter().enumerate() {
            let (done, all) = reflect::theme_progress(theme, q, answers);
            let text = format!("{}. {}  {done}/{all}", i + 1, theme.title.get(lang));
            let r = ui
                .with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                    ui.add(egui::Button::selectable(i == state.theme, text).wrap())
                })
                .inner;
            if r.clicked() {
                commands.push(Command::Review(ReviewCommand::NetworkTheme(i)));
            }
            ui.add(
                egui::ProgressBar::new(if all == 0 {
                    0.0
                } else {
                    done as f32 / all as f32
                })
                .desired_height(4.0)
                .fill(style::accent(ui)),
            )
            .accessible_name(reflect::progress_name(
                lang,
                theme.title.get(lang),
                done,
                all,
            ));
            ui.add_space(4.0);
        }
        focus::keep_in_view(ui);
    });
}

/// Draws who the network is, the read-only mark and what is special about
/// this file.
fn head_ui(ui: &mut egui::Ui, lang: Lang, state: &ReviewState, entry: usize, e: &ReviewEntry) {
    ui.add_space(8.0);
    ui.heading(e.title());
    let p = &e.reflection.profile;
    let mut facts = vec![p.kind.label().get(lang).to_owned()];
    for s in [&p.institution, &p.city] {
        if !s.trim().is_empty() {
            facts.push(s.trim().to_owned());
        }
    }
    if let Some(n) = p.size {
        facts.push(match lang {
            Lang::Nl => format!("{n} leden"),
            Lang::En => format!("{n} members"),
        });
    }
    ui.add(egui::Label::new(egui::RichText::new(facts.join(" · ")).color(style::muted(ui))).wrap());
    ui.add(
        egui::Label::new(
            egui::RichText::new(e.path.display().to_string())
                .small()
                .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(4.0);
    read_only_badge_ui(ui, lang);
    if state.review.is_duplicate(entry) {
        ui.label(egui::RichText::new(t(
            lang,
            "⚠ Dubbel: een ander bestand in deze review heeft hetzelfde netwerk en bestuursjaar (zie Problemen).",
            "⚠ Duplicate: another file in this review has the same network and board year (see Problems).",
        )).color(style::error_colour(ui)));
    }
    if let Some((v, ours)) = state.other_version(entry) {
        ui.label(
            egui::RichText::new(match lang {
                Lang::Nl => format!("Vragenlijst versie {v}, getoond met versie {ours}."),
                Lang::En => format!("Questionnaire version {v}, shown with version {ours}."),
            })
            .color(style::error_colour(ui)),
        );
    }
    ui.add_space(8.0);
}

/// Draws one theme of the reflection exactly as the board's page lays it
/// out, with every control disabled.
fn theme_ui(ui: &mut egui::Ui, lang: Lang, q: &Questionnaire, e: &ReviewEntry, theme: usize) {
    let Some(th) = q.themes.get(theme) else {
        return;
    };
    let r = &e.reflection;
    ui.label(
        egui::RichText::new(format!(
            "{} {} {} {}",
            t(lang, "Thema", "Theme"),
            theme + 1,
            t(lang, "van", "of"),
            q.themes.len()
        ))
        .color(style::muted(ui)),
    );
    ui.heading(th.title.get(lang));
    ui.add(egui::Label::new(th.introduction.get(lang)).wrap());
    ui.add_space(8.0);
    let mut scales: Vec<&str> = Vec::new();
    for question in &th.questions {
        if let QuestionKind::Scale { scale, .. } = &question.kind
            && !scales.contains(&scale.as_str())
        {
            scales.push(scale);
        }
    }
    for scale in scales.iter().filter_map(|id| q.scale(id)) {
        questions::scale_legend_ui(ui, lang, scale);
        ui.add_space(8.0);
    }
    let consensus =
        (!r.respondents.is_empty()).then(|| crate::model::consensus::consensus(q, r, lang));
    let page_width = ui.available_width();
    let n = th.questions.len();
    for (i, question) in th.questions.iter().enumerate() {
        let group = egui::UiBuilder::new()
            .id_salt(("review_question", &question.id))
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(question.prompt.get(lang));
        ui.scope_builder(group, |ui| {
            ui.set_max_width(page_width);
            egui::Frame::group(ui.style())
                .fill(ui.visuals().window_fill)
                .inner_margin(egui::Margin::same(14))
                .corner_radius(8.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(format!(
                            "{} {} {} {n}",
                            t(lang, "Vraag", "Question"),
                            i + 1,
                            t(lang, "van", "of")
                        ))
                        .small()
                        .color(style::muted(ui)),
                    );
                    let prompt =
                        ui.add(egui::Label::new(style::bold(question.prompt.get(lang))).wrap());
                    ui.add_space(4.0);
                    // a copy, drawn by the board's widgets where nothing
                    // takes input, and thrown away
                    let mut entry = r.agreed.get(&question.id).cloned().unwrap_or_default();
                    let card_width = ui.available_width();
                    read_only(ui, |ui| {
                        questions::question_ui(ui, lang, q, question, prompt.id, &mut entry);
                        if let Some(c) = &consensus {
                            ui.set_max_width(card_width);
                            reveal::spread_ui(
                                ui,
                                lang,
                                q,
                                c,
                                question,
                                r.sharing.members == MemberSharing::ByLabel,
                                &mut entry,
                            );
                        }
                    });
                    if entry.answer.is_none() && !entry.skipped {
                        ui.label(
                            egui::RichText::new(t(lang, "Nog niet beantwoord", "Not answered yet"))
                                .color(style::muted(ui)),
                        );
                    }
                    written_ui(
                        ui,
                        lang.pick(reasons::REASON_LABEL.0, reasons::REASON_LABEL.1),
                        &entry.rationale,
                    );
                    written_ui(
                        ui,
                        lang.pick(reasons::DISSENT_LABEL.0, reasons::DISSENT_LABEL.1),
                        &entry.dissent,
                    );
                });
        });
        ui.add_space(8.0);
    }
    ui.add_space(8.0);
    ui.label(style::title(t(lang, "Notities", "Notes")));
    match r.notes.get(&th.id).filter(|n| !n.trim().is_empty()) {
        Some(note) => {
            ui.add(egui::Label::new(note.as_str()).wrap());
        }
        None => {
            ui.label(
                egui::RichText::new(t(
                    lang,
                    "Geen notities bij dit thema.",
                    "No notes on this theme.",
                ))
                .color(style::muted(ui)),
            );
        }
    }
    ui.label(
        egui::RichText::new(t(
            lang,
            "Privénotities blijven bij het bestuur; ze staan nooit in een review.",
            "Private notes stay with the board; they are never in a review.",
        ))
        .small()
        .color(style::muted(ui)),
    );
    ui.add_space(12.0);
    actions_ui(ui, lang, e, &th.id);
}

/// Draws a part of the page where no control takes input; the controls
/// stay almost as readable as on the board's page.
fn read_only(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    ui.scope(|ui| {
        ui.style_mut().visuals.disabled_alpha = 0.8;
        ui.disable();
        add(ui);
    });
}

/// Draws a written text under its label (why the board chose, dissent),
/// when there is one.
fn written_ui(ui: &mut egui::Ui, label: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(style::bold(label));
    ui.add(egui::Label::new(text).wrap());
}

fn actions_ui(ui: &mut egui::Ui, lang: Lang, e: &ReviewEntry, theme: &str) {
    ui.label(style::title(t(lang, "Actiepunten", "Action points")));
    let mut any = false;
    for a in e
        .reflection
        .actions
        .iter()
        .filter(|a| a.theme.as_deref() == Some(theme))
    {
        any = true;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(style::bold(if a.what.trim().is_empty() {
                    "—"
                } else {
                    a.what.as_str()
                }))
                .wrap(),
            );
            let dash = |s: &str| {
                if s.trim().is_empty() {
                    "—".to_owned()
                } else {
                    s.trim().to_owned()
                }
            };
            ui.add(
                egui::Label::new(format!(
                    "{}: {} · {}: {} · {}: {}",
                    t(lang, "Wie", "Who"),
                    dash(&a.who),
                    t(lang, "Wanneer klaar", "By when"),
                    dash(&a.due),
                    t(lang, "Status", "Status"),
                    a.status.label().get(lang)
                ))
                .wrap(),
            );
        });
    }
    if !any {
        ui.label(
            egui::RichText::new(t(
                lang,
                "Geen actiepunten bij dit thema.",
                "No action points on this theme.",
            ))
            .color(style::muted(ui)),
        );
    }
}

/// Draws the previous and next theme of this reflection.
fn theme_steps_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    theme: usize,
    commands: &mut Vec<Command>,
) {
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if theme > 0
            && ui
                .button(format!("← {}", t(lang, "Vorig thema", "Previous theme")))
                .clicked()
        {
            commands.push(Command::Review(ReviewCommand::NetworkTheme(theme - 1)));
        }
        if theme + 1 < q.themes.len()
            && ui
                .button(style::bold(format!(
                    "{} →",
                    t(lang, "Volgend thema", "Next theme")
                )))
                .clicked()
        {
            commands.push(Command::Review(ReviewCommand::NetworkTheme(theme + 1)));
        }
    });
    ui.add_space(24.0);
}
