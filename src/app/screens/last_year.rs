//! The first page of a board year that continues another: the letter of
//! the previous board first, then what became of its action points (done,
//! partly, dropped, still open, and a line of why; an open one carried into
//! this year with one click), the answers to questions that are gone, and
//! the questions that are new. Also the sidebar's button to this page, with
//! the themes' change markers, and the button that starts the next year.

use std::path::PathBuf;

use crate::app::continuity::NEXT_YEAR;
use crate::app::widgets::LINE_CHARS;
use crate::app::{Command, Session, focus, style, t};
use crate::lang::Lang;
use crate::model::answer_words::plain_answer;
use crate::model::continuity::{self, Change, OUTCOMES};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{ActionPoint, Outcome};

/// What the sidebar shows of the earlier years.
#[derive(Debug, Clone, Default)]
pub struct SidebarPast {
    /// Last year's board year, when the reflection continues another.
    pub last_year: Option<String>,
    /// Whether last year's page is on screen.
    pub selected: bool,
    /// Per theme of the questionnaire, how its statements moved.
    pub changes: Vec<Option<Change>>,
    /// The reflection's file, to start the next year from.
    pub path: PathBuf,
}

impl SidebarPast {
    /// Gathers what the sidebar shows of the session's earlier years.
    pub fn of(session: &Session, q: &Questionnaire, selected: bool) -> SidebarPast {
        let changes = match session.last_answers() {
            Some(before) => continuity::theme_changes(q, &session.reflection.agreed, before),
            None => Vec::new(),
        };
        SidebarPast {
            last_year: session
                .history
                .is_linked()
                .then(|| session.last_board_year().unwrap_or_default()),
            selected,
            changes,
            path: session.path.clone(),
        }
    }
}

/// Draws the sidebar's button to last year's page, when there is one.
pub fn last_year_button_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    past: &SidebarPast,
    commands: &mut Vec<Command>,
) {
    let Some(year) = &past.last_year else { return };
    let text = format!(
        "← {} {year}",
        t(lang, "Vorig bestuursjaar", "Previous board year")
    );
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        if ui
            .add(egui::Button::selectable(past.selected, text.trim_end()).frame_when_inactive(true))
            .on_hover_text(t(
                lang,
                "De brief van het vorige bestuur en wat er van zijn actiepunten is geworden",
                "The previous board's letter and what became of its action points",
            ))
            .clicked()
        {
            commands.push(Command::ShowLastYear);
        }
    });
    ui.add_space(8.0);
}

/// Draws the button that starts the next board year of the reflection in
/// `path`.
pub fn next_year_button_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    path: &std::path::Path,
    commands: &mut Vec<Command>,
) {
    if ui
        .button(lang.pick(NEXT_YEAR.0, NEXT_YEAR.1))
        .on_hover_text(t(
            lang,
            "Een nieuwe reflectie voor het volgende bestuur, gekoppeld aan deze; deze blijft zoals ze is",
            "A new reflection for the next board, linked to this one; this one stays as it is",
        ))
        .clicked()
    {
        commands.push(Command::AskNextYear(path.to_owned()));
    }
}

/// Draws last year's page; returns where.
pub fn last_year_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    egui::CentralPanel::default()
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("last_year")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 40.0));
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            last_year_ui(ui, lang, session, commands);
                        });
                    });
                    focus::keep_in_view(ui);
                });
        })
        .response
        .rect
}

fn muted(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add(egui::Label::new(egui::RichText::new(text.into()).color(style::muted(ui))).wrap());
}

fn last_year_ui(ui: &mut egui::Ui, lang: Lang, session: &mut Session, commands: &mut Vec<Command>) {
    let year = session.last_board_year().unwrap_or_default();
    ui.add_space(10.0);
    ui.heading(
        format!(
            "{} {year}",
            t(lang, "Vorig bestuursjaar", "Previous board year")
        )
        .trim_end(),
    );
    ui.add(
        egui::Label::new(t(
            lang,
            "Jullie gaan verder waar het vorige bestuur stopte. Lees eerst de brief van het vorige bestuur. Kijk dan wat er van de actiepunten van vorig jaar is geworden. Bij elke vraag zien jullie daarna het antwoord van vorig jaar; jullie antwoorden zelf opnieuw.",
            "You carry on where the previous board stopped. First read the previous board's letter. Then look at what became of last year's action points. With every question you then see last year's answer; you answer again yourselves.",
        ))
        .wrap(),
    );
    ui.add_space(8.0);
    if let Some(b) = &session.history.broken {
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.5, style::error_colour(ui)))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    style::bold(t(lang, "⚠ Koppeling verbroken", "⚠ Broken link"))
                        .color(style::error_colour(ui)),
                );
                ui.add(egui::Label::new(b.describe().get(lang)).wrap());
            });
        ui.add_space(8.0);
    }

    // the letter first
    ui.label(style::title(t(
        lang,
        "Brief van het vorige bestuur",
        "Letter from the previous board",
    )));
    match session
        .history
        .last_year()
        .map(|y| y.reflection.letter.trim())
    {
        Some(letter) if !letter.is_empty() => {
            egui::Frame::group(ui.style())
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(egui::Margin::same(12))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.add(egui::Label::new(letter).wrap());
                });
        }
        Some(_) => muted(
            ui,
            t(
                lang,
                "Het vorige bestuur schreef geen brief.",
                "The previous board wrote no letter.",
            ),
        ),
        None => muted(
            ui,
            t(
                lang,
                "De brief is niet te lezen, omdat de reflectie van vorig jaar niet gevonden is.",
                "The letter cannot be read, because last year's reflection was not found.",
            ),
        ),
    }
    ui.add_space(16.0);

    outcomes_ui(ui, lang, session, commands);
    ui.add_space(16.0);
    carried_over_ui(ui, lang, session);
    ui.add_space(16.0);
    if ui
        .button(style::bold(format!(
            "{} →",
            t(lang, "Naar het eerste thema", "To the first theme")
        )))
        .clicked()
    {
        commands.push(Command::SelectTheme(0));
    }
    ui.add_space(24.0);
}

/// Draws the previous board's action points, each with what became of it.
fn outcomes_ui(ui: &mut egui::Ui, lang: Lang, session: &mut Session, commands: &mut Vec<Command>) {
    ui.label(style::title(t(
        lang,
        "Actiepunten van vorig jaar: wat is ervan geworden?",
        "Last year's action points: what became of them?",
    )));
    if session.reflection.previous_actions.is_empty() {
        muted(
            ui,
            t(
                lang,
                "Het vorige bestuur had geen actiepunten.",
                "The previous board had no action points.",
            ),
        );
        return;
    }
    muted(
        ui,
        t(
            lang,
            "Kies per actiepunt wat ermee gebeurd is, en schrijf in één regel waarom. Een actiepunt dat nog open staat, kunnen jullie meenemen naar de actiepunten van dit jaar.",
            "Choose for each action point what happened to it, and write in one line why. An action point that is still open you can take into this year's action points.",
        ),
    );
    ui.add_space(4.0);
    let q = session.full_questionnaire.clone();
    let mut changed = false;
    let carried: Vec<bool> = {
        let r = &session.reflection;
        r.previous_actions
            .iter()
            .map(|a| {
                a.origin
                    .as_ref()
                    .is_some_and(|o| continuity::is_carried(r, o))
            })
            .collect()
    };
    for (n, a) in session.reflection.previous_actions.iter_mut().enumerate() {
        let group = egui::UiBuilder::new()
            .id_salt(("previous_action", n))
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(format!(
                "{} {}: {}",
                t(lang, "Actiepunt van vorig jaar", "Last year's action point"),
                n + 1,
                first_line(&a.what)
            ));
        ui.scope_builder(group, |ui| {
            changed |= outcome_ui(ui, lang, &q, n + 1, a, carried[n], commands);
        });
        ui.add_space(6.0);
    }
    if changed {
        commands.push(Command::Edited);
    }
}

fn first_line(text: &str) -> String {
    crate::format::problem::shorten(text.lines().next().unwrap_or_default())
}

/// Draws one of last year's action points with its outcome; returns
/// whether the outcome changed.
fn outcome_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    n: usize,
    a: &mut ActionPoint,
    carried: bool,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.add(egui::Label::new(style::bold(a.what.trim())).wrap());
        let mut facts = Vec::new();
        if let Some(theme) = a
            .theme
            .as_ref()
            .and_then(|id| q.themes.iter().find(|th| &th.id == id))
        {
            facts.push(theme.title.get(lang).to_owned());
        }
        if !a.who.trim().is_empty() {
            facts.push(format!("{}: {}", t(lang, "Wie", "Who"), a.who.trim()));
        }
        if !a.due.trim().is_empty() {
            facts.push(format!(
                "{}: {}",
                t(lang, "Wanneer klaar", "By when"),
                crate::lang::long_date(a.due.trim(), lang)
            ));
        }
        facts.push(format!(
            "{}: {}",
            t(lang, "Status vorig jaar", "Status last year"),
            a.status.label().get(lang)
        ));
        muted(ui, facts.join("  ·  "));
        ui.add_space(4.0);
        ui.label(style::bold(t(
            lang,
            "Wat is ervan geworden?",
            "What became of it?",
        )));
        ui.horizontal_wrapped(|ui| {
            for result in OUTCOMES {
                let on = a.outcome.as_ref().is_some_and(|o| o.result == result);
                let r = ui.radio(on, continuity::outcome_label(result).get(lang));
                let label = format!(
                    "{} — {} {n}",
                    continuity::outcome_label(result).get(lang),
                    t(lang, "actiepunt van vorig jaar", "last year's action point")
                );
                let enabled = r.enabled();
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::RadioButton, enabled, on, &label)
                });
                if r.clicked() && !on {
                    let why = a.outcome.take().map(|o| o.why).unwrap_or_default();
                    a.outcome = Some(Outcome { result, why });
                    changed = true;
                }
            }
        });
        if let Some(o) = &mut a.outcome {
            ui.label(t(lang, "Waarom (één regel)", "Why (one line)"));
            let field = egui::TextEdit::singleline(&mut o.why)
                .char_limit(LINE_CHARS)
                .desired_width(ui.available_width());
            // named with its number: every card has a field "Waarom"
            let r = ui.add(field).accessible_name(format!(
                "{} — {} {n}",
                t(lang, "Waarom", "Why"),
                t(lang, "actiepunt van vorig jaar", "last year's action point")
            ));
            changed |= r.changed();
            if o.result == crate::model::reflection::OutcomeResult::StillOpen {
                if carried {
                    ui.label(
                        egui::RichText::new(t(
                            lang,
                            "✓ Meegenomen naar de actiepunten van dit jaar",
                            "✓ Taken into this year's action points",
                        ))
                        .color(style::accent(ui)),
                    );
                } else {
                    let text = t(lang, "Meenemen naar dit jaar", "Take into this year");
                    let b = ui
                        .button(text)
                        .accessible_name(format!("{text}: {}", first_line(&a.what)));
                    if b.clicked() {
                        commands.push(Command::CarryAction(a.id.clone()));
                    }
                }
            }
        }
    });
    changed
}

/// Lists last year's answers to questions that this questionnaire no
/// longer has (kept, never dropped) and the questions that are new.
fn carried_over_ui(ui: &mut egui::Ui, lang: Lang, session: &Session) {
    let q = &session.full_questionnaire;
    let carry = &session.carry;
    if !carry.gone.is_empty() {
        ui.label(style::title(t(
            lang,
            "Antwoorden van vorig jaar op vragen die er niet meer zijn",
            "Last year's answers to questions that are gone",
        )));
        muted(
            ui,
            t(
                lang,
                "Deze vragen staan niet meer in de vragenlijst. De antwoorden blijven bewaard in het bestand van vorig jaar.",
                "These questions are no longer in the questionnaire. The answers stay kept in last year's file.",
            ),
        );
        for (id, e) in &carry.gone {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(id).small().color(style::muted(ui)));
                ui.add(egui::Label::new(plain_answer(e, lang)).wrap());
            });
        }
        ui.add_space(12.0);
    }
    if !carry.new.is_empty() {
        ui.label(style::title(match lang {
            Lang::Nl => format!("Nieuw in de vragenlijst: {} vragen", carry.new.len()),
            Lang::En => format!("New in the questionnaire: {} questions", carry.new.len()),
        }));
        for id in &carry.new {
            if let Some(question) = q.question(id) {
                ui.add(egui::Label::new(format!("• {}", question.prompt.get(lang))).wrap());
            }
        }
    }
}
