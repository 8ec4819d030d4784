//! The reflection itself: themes in a sidebar, one theme page at a time,
//! notes and action points at the end of each theme.

use std::collections::BTreeMap;

use super::questions;
use crate::app::{Command, ExportKind, Session, focus, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{QuestionKind, Questionnaire, Theme};
use crate::model::reflection::Entry;

/// Returns the answers being edited: the board's, or one respondent's.
fn answers_mut(session: &mut Session) -> &mut BTreeMap<String, Entry> {
    match session.respondent {
        Some(i) if i < session.reflection.respondents.len() => {
            &mut session.reflection.respondents[i].answers
        }
        _ => &mut session.reflection.agreed,
    }
}

/// Counts the handled questions of a theme (answered or skipped, see
/// [`Entry::is_handled`]); an unreadable answer does not count, as in the
/// self-assessment.
pub fn theme_progress(
    theme: &Theme,
    questionnaire: &Questionnaire,
    answers: &BTreeMap<String, Entry>,
) -> (usize, usize) {
    let done = theme
        .questions
        .iter()
        .filter(|q| {
            answers
                .get(&q.id)
                .is_some_and(|e| e.is_handled(q, questionnaire))
        })
        .count();
    (done, theme.questions.len())
}

/// Which page beside the sidebar is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beside {
    /// A theme.
    Theme,
    /// The overview.
    Overview,
    /// Last year's page.
    LastYear,
    /// The member poll's page.
    Poll,
    /// The page that moves the reflection to a newer questionnaire.
    Move,
}

/// Draws the theme sidebar of the open reflection beside a theme, the
/// overview or last year's page; returns where.
pub fn sidebar_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &Session,
    beside: Beside,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let q = session.questionnaire.clone();
    egui::Panel::left("themes")
        .resizable(true)
        .default_size(260.0)
        .size_range(200.0..=380.0)
        .show(ui, |ui| {
            let answers = match session.respondent {
                Some(i) if i < session.reflection.respondents.len() => {
                    &session.reflection.respondents[i].answers
                }
                _ => &session.reflection.agreed,
            };
            let current = (beside == Beside::Theme).then_some(session.theme);
            // while a member scores or the laptop is passed, nothing leads
            // to the board's answers (the overview, printing)
            let scoring = session.respondent.is_some() || session.members.passing;
            let members =
                (!scoring).then_some((session.reflection.respondents.len(), session.members.open));
            let routes = super::route::RouteChoice {
                routes: &session.routes,
                current: session.route().map(|r| r.id.as_str()),
                full: &session.kind_questionnaire,
            };
            let past = super::last_year::SidebarPast::of(session, &q, beside == Beside::LastYear);
            let poll_page = beside == Beside::Poll;
            let newer = session
                .newer
                .as_ref()
                .map(|n| (n.version.as_str(), beside == Beside::Move));
            sidebar_ui(
                ui, lang, &q, current, answers, members, &routes, &past, poll_page, newer, commands,
            );
        })
        .response
        .rect
}

/// Draws the theme page of the open reflection; returns where.
pub fn theme_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let q = session.questionnaire.clone();
    egui::CentralPanel::default()
        .show(ui, |ui| {
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(("theme", session.theme))
                .auto_shrink([false, false]);
            if session.scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
                session.scroll_to_top = false;
            }
            scroll.show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 40.0));
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        theme_page_ui(ui, lang, &q, session, commands);
                    });
                });
                focus::keep_in_view(ui);
            });
        })
        .response
        .rect
}

fn sidebar_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    current: Option<usize>,
    answers: &BTreeMap<String, Entry>,
    members: Option<(usize, bool)>,
    routes: &super::route::RouteChoice<'_>,
    past: &super::last_year::SidebarPast,
    poll_page: bool,
    newer: Option<(&str, bool)>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(8.0);
    super::last_year::last_year_button_ui(ui, lang, past, commands);
    ui.label(style::title(t(lang, "Thema's", "Themes")));
    ui.add_space(4.0);
    let mut total = (0, 0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, theme) in q.themes.iter().enumerate() {
            let (done, all) = theme_progress(theme, &q, answers);
            total = (total.0 + done, total.1 + all);
            let later = theme
                .questions
                .iter()
                .filter(|qq| answers.get(&qq.id).is_some_and(|e| e.discuss_later))
                .count();
            let mut text = format!("{}. {}", i + 1, theme.title.get(lang));
            text.push_str(&format!("  {done}/{all}"));
            // along a route: the time planned for the theme
            if let Some(minutes) = routes.minutes_for(&theme.id) {
                text.push_str(&format!("  · {minutes} min"));
            }
            if later > 0 {
                text.push_str(&format!("  ⚑{later}"));
            }
            // compared with last year: ▲, ▼ or =
            let change = past.changes.get(i).copied().flatten();
            if let Some(c) = change {
                text.push_str(&format!("  {}", c.symbol()));
            }
            let r = ui
                .with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                    ui.add(egui::Button::selectable(Some(i) == current, text).wrap())
                })
                .inner
                .on_hover_text({
                    let mut hover = match (later, lang) {
                        (0, _) => String::new(),
                        (1, Lang::Nl) => "1 vraag staat op later bespreken".to_owned(),
                        (1, Lang::En) => "1 question is marked to discuss later".to_owned(),
                        (n, Lang::Nl) => format!("{n} vragen staan op later bespreken"),
                        (n, Lang::En) => format!("{n} questions are marked to discuss later"),
                    };
                    if let Some(c) = change {
                        if !hover.is_empty() {
                            hover.push_str("; ");
                        }
                        hover.push_str(&format!(
                            "{}: {}",
                            t(lang, "Stellingen", "Statements"),
                            c.label().get(lang)
                        ));
                    }
                    hover
                });
            if r.clicked() {
                commands.push(Command::SelectTheme(i));
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
            .accessible_name(progress_name(lang, theme.title.get(lang), done, all));
            ui.add_space(4.0);
        }
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(format!(
                "{} {}/{}",
                t(lang, "Beantwoord of overgeslagen:", "Answered or skipped:"),
                total.0,
                total.1
            ))
            .color(style::muted(ui)),
        );
        ui.add_space(6.0);
        // `None`: a member scores or the laptop is passed
        let Some((n_members, members_open)) = members else {
            focus::keep_in_view(ui);
            return;
        };
        super::route::route_choice_ui(ui, lang, routes, commands);
        ui.add_space(6.0);
        // after the themes: the overview of them all
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            if ui
                .add(
                    egui::Button::selectable(
                        current.is_none(),
                        t(lang, "☰ Overzicht", "☰ Overview"),
                    )
                    .frame_when_inactive(true),
                )
                .on_hover_text(t(
                    lang,
                    "Voortgang, open vragen, alle actiepunten en afdrukken (Ctrl+Shift+O)",
                    "Progress, open questions, all action points and printing (Ctrl+Shift+O)",
                ))
                .clicked()
            {
                commands.push(Command::ShowOverview { print: false });
            }
        });
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            if ui
                .button(t(lang, "▶ Presenteren", "▶ Present"))
                .on_hover_text(t(
                    lang,
                    "Eén vraag tegelijk in grote letters, volledig scherm, voor de beamer (F5)",
                    "One question at a time in large type, full screen, for the projector (F5)",
                ))
                .clicked()
            {
                commands.push(Command::Present(true));
            }
        });
        ui.add_space(12.0);
        ui.separator();
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            super::members::members_button_ui(ui, lang, n_members, members_open, commands);
            crate::app::profile::network_details_button_ui(ui, lang, commands);
            crate::app::members_import::members_import_button_ui(ui, lang, commands);
        });
        ui.add_space(8.0);
        ui.label(style::bold(t(lang, "Afdrukken", "Print")));
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            if ui
                .button(t(lang, "Zelfevaluatie (pdf)…", "Self-assessment (PDF)…"))
                .on_hover_text(t(
                    lang,
                    "Eerst het overzicht: wat nog open staat, en de keuze tussen de korte versie voor de algemene ledenvergadering en de volledige voor de diversiteitscoördinator",
                    "The overview first: what is still open, and the choice between the short version for the general assembly and the full one for the diversity officer",
                ))
                .clicked()
            {
                commands.push(Command::ShowOverview { print: true });
            }
            if ui
                .button(t(lang, "Leeg werkblad (pdf)…", "Blank worksheet (PDF)…"))
                .on_hover_text(t(
                    lang,
                    "Alle vragen op papier, voor groepen zonder laptop",
                    "All questions on paper, for groups without a laptop",
                ))
                .clicked()
            {
                commands.push(Command::Export(ExportKind::Worksheet));
            }
        });
        if q.poll.is_some() {
            poll_button_ui(ui, lang, poll_page, commands);
        }
        ui.add_space(8.0);
        ui.label(style::bold(t(lang, "Delen", "Share")));
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            crate::app::share::share_button_ui(ui, lang, commands);
        });
        ui.add_space(8.0);
        ui.label(style::bold(t(lang, "Volgend jaar", "Next year")));
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
            super::last_year::next_year_button_ui(ui, lang, &past.path, commands);
        });
        if let Some((version, current)) = newer {
            ui.add_space(8.0);
            ui.label(style::bold(t(lang, "Vragenlijst", "Questionnaire")));
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                let label = format!("{}…", super::move_page::move_label(lang, version));
                if ui
                    .add(egui::Button::selectable(current, label).frame_when_inactive(true))
                    .on_hover_text(t(
                        lang,
                        "Eerst zien wat meegaat, wat nieuw is en wat apart bewaard blijft",
                        "First see what carries over, what is new and what is kept aside",
                    ))
                    .clicked()
                {
                    commands.push(Command::ShowMove);
                }
            });
        }
        focus::keep_in_view(ui);
    });
}

/// Returns what a theme's progress bar says to a screen reader.
pub fn progress_name(lang: Lang, theme: &str, done: usize, all: usize) -> String {
    match lang {
        Lang::Nl => {
            format!("Thema {theme}: {done} van {all} vragen beantwoord of overgeslagen")
        }
        Lang::En => format!("Theme {theme}: {done} of {all} questions answered or skipped"),
    }
}

fn theme_page_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    session: &mut Session,
    commands: &mut Vec<Command>,
) {
    let Some(theme) = q.themes.get(session.theme) else {
        return;
    };
    let n_themes = q.themes.len();
    // the page's width, taken before anything is drawn: a widget that is
    // too wide for it cannot make the cards after it wider than the window
    let page_width = ui.available_width();
    ui.add_space(10.0);
    if super::members::page_top_ui(ui, lang, session, commands) {
        return;
    }
    let scoring = session.respondent.is_some();
    let mut together = 0;
    let consensus = (!scoring && session.revealed.contains(&session.theme))
        .then(|| crate::model::consensus::consensus(q, &session.reflection, lang));
    let names =
        session.reflection.sharing.members == crate::model::reflection::MemberSharing::ByLabel;
    ui.label(
        egui::RichText::new(format!(
            "{} {} {} {}",
            t(lang, "Thema", "Theme"),
            session.theme + 1,
            t(lang, "van", "of"),
            n_themes
        ))
        .color(style::muted(ui)),
    );
    ui.heading(theme.title.get(lang));
    let last = (!scoring)
        .then(|| session.last_answers().cloned())
        .flatten();
    let last_year = session.last_board_year().unwrap_or_default();
    // last year's answers read with last year's questions and levels
    let last_q = session
        .history
        .last_year()
        .and_then(|y| y.questionnaire.clone());
    if let Some(before) = &last {
        let changes =
            crate::model::continuity::theme_changes(q, &session.reflection.agreed, before);
        super::beside::theme_change_ui(
            ui,
            lang,
            changes.get(session.theme).copied().flatten(),
            &last_year,
        );
    }
    let new_questions = session.carry.new.clone();
    ui.add_space(4.0);
    ui.add(egui::Label::new(theme.introduction.get(lang)).wrap());
    ui.add_space(12.0);
    // the levels of the theme's statements, once, above them
    let mut scales: Vec<&str> = Vec::new();
    for question in &theme.questions {
        if let QuestionKind::Scale { scale, .. } = &question.kind
            && !scales.contains(&scale.as_str())
        {
            scales.push(scale);
        }
    }
    if !scoring {
        super::reveal::reveal_button_ui(ui, lang, session, commands);
    }
    for scale in scales.iter().filter_map(|id| q.scale(id)) {
        questions::scale_legend_ui(ui, lang, scale);
        ui.add_space(8.0);
    }

    let n = theme.questions.len();
    for (i, question) in theme.questions.iter().enumerate() {
        // a member alone scores only statements and positions
        if scoring && !super::members::scored_alone(&question.kind) {
            together += 1;
            continue;
        }
        // one group per question, named by its prompt, so that a screen
        // reader says which question an option or flag belongs to
        let group = egui::UiBuilder::new()
            .id_salt(("question", &question.id))
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(question.prompt.get(lang));
        let shown = ui.scope_builder(group, |ui| {
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
                    if !scoring && new_questions.contains(&question.id) {
                        super::beside::new_mark_ui(ui, lang);
                    }
                    let prompt =
                        ui.add(egui::Label::new(style::bold(question.prompt.get(lang))).wrap());
                    // a statement's or position's hint (an open question's
                    // stays above its field)
                    if question.asks_evidence() && !question.hint.is_empty() {
                        crate::app::widgets::text::hint_ui(ui, question.hint.get(lang));
                    }
                    ui.add_space(4.0);
                    let card_width = ui.available_width();
                    let agreed = session.respondent.is_none();
                    let tally = session.reflection.poll.clone();
                    let answers = answers_mut(session);
                    let mut entry = answers.get(&question.id).cloned().unwrap_or_default();
                    let before = last.as_ref().and_then(|b| b.get(&question.id));
                    if let Some(b) = &last {
                        ui.scope(|ui| {
                            ui.set_max_width(card_width);
                            let now_empty = entry.answer.as_ref().is_none_or(|a| a.is_empty());
                            let read_with = last_q
                                .as_deref()
                                .and_then(|lq| lq.question(&question.id).map(|x| (lq, x)));
                            super::beside::last_year_answer_ui(
                                ui,
                                lang,
                                q,
                                question,
                                read_with,
                                b.get(&question.id),
                                &last_year,
                                now_empty,
                                commands,
                            );
                        });
                        ui.add_space(4.0);
                    }
                    let mut changed = questions::question_beside_ui(
                        ui, lang, q, question, prompt.id, &mut entry, before,
                    );
                    if agreed {
                        super::poll::tally_beside_ui(ui, lang, q, tally.as_ref(), question, &entry);
                    }
                    if agreed && let Some(c) = &consensus {
                        ui.add_space(6.0);
                        changed |= ui
                            .scope(|ui| {
                                ui.set_max_width(card_width);
                                super::reveal::spread_ui(
                                    ui, lang, q, c, question, names, &mut entry,
                                )
                            })
                            .inner;
                    }
                    if agreed {
                        changed |= ui
                            .scope(|ui| {
                                ui.set_max_width(card_width);
                                super::evidence::evidence_ui(ui, lang, question, &mut entry)
                            })
                            .inner;
                        changed |= ui
                            .scope(|ui| {
                                ui.set_max_width(card_width);
                                super::reasons::reasons_ui(ui, lang, &mut entry)
                            })
                            .inner;
                    }
                    if changed {
                        if entry.is_empty() {
                            answers.remove(&question.id);
                        } else {
                            answers.insert(question.id.clone(), entry);
                        }
                        commands.push(Command::Edited);
                    }
                })
        });
        // a link on the overview opens the theme at this question
        if session.focus_question.as_deref() == Some(question.id.as_str()) {
            session.focus_question = None;
            shown.response.scroll_to_me(Some(egui::Align::TOP));
        }
        ui.add_space(8.0);
    }

    if scoring {
        // the board's notes and action points are not this member's
        if together > 0 {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(match lang {
                        Lang::Nl => format!(
                            "De andere {together} vragen van dit thema beantwoorden jullie samen."
                        ),
                        Lang::En => format!(
                            "The other {together} questions of this theme you answer together."
                        ),
                    })
                    .color(style::muted(ui)),
                )
                .wrap(),
            );
        }
    } else {
        ui.add_space(8.0);
        ui.scope(|ui| {
            ui.set_max_width(page_width);
            super::notes::notes_ui(ui, lang, theme, session, commands);
            ui.add_space(12.0);
            super::actions::actions_ui(ui, lang, theme, session, commands);
        });
    }
    ui.add_space(16.0);

    ui.horizontal(|ui| {
        if session.theme > 0
            && ui
                .button(format!("← {}", t(lang, "Vorig thema", "Previous theme")))
                .on_hover_text("Alt ←")
                .clicked()
        {
            commands.push(Command::SelectTheme(session.theme - 1));
        }
        if session.theme + 1 < n_themes {
            if ui
                .button(style::bold(format!(
                    "{} →",
                    t(lang, "Volgend thema", "Next theme")
                )))
                .on_hover_text("Alt →")
                .clicked()
            {
                commands.push(Command::SelectTheme(session.theme + 1));
            }
        } else if !scoring
            && ui
                .button(style::bold(t(
                    lang,
                    "Klaar — naar het overzicht →",
                    "Done — to the overview →",
                )))
                .on_hover_text("Ctrl+Shift+O")
                .clicked()
        {
            commands.push(Command::ShowOverview { print: false });
        }
    });
    ui.add_space(24.0);
}

pub use super::notes::{NOTES_LABEL, PRIVATE_NOTES_LABEL};

/// Draws the sidebar's buttons of the member poll: its page (the tallies)
/// and printing it.
fn poll_button_ui(ui: &mut egui::Ui, lang: Lang, current: bool, commands: &mut Vec<Command>) {
    ui.add_space(8.0);
    ui.label(style::bold(t(lang, "Ledenpeiling", "Member poll")));
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        if ui
            .add(
                egui::Button::selectable(current, t(lang, "Uitslag invullen", "Enter the results"))
                    .frame_when_inactive(true),
            )
            .on_hover_text(t(
                lang,
                "Hoeveel leden elk antwoord aankruisten, naast jullie eigen score",
                "How many members ticked each answer, beside your own score",
            ))
            .clicked()
        {
            commands.push(Command::ShowPoll);
        }
        if ui
            .button(t(lang, "Ledenpeiling afdrukken…", "Print the member poll…"))
            .on_hover_text(t(
                lang,
                "Eén pagina die leden anoniem invullen, vóór de reflectie",
                "One page that members fill in anonymously, before the reflection",
            ))
            .clicked()
        {
            commands.push(Command::Export(ExportKind::Poll));
        }
    });
}
