//! Last year beside this year, on a question's card: the previous board's
//! agreed answer with its reasons (folded on open questions, with *Neem
//! over als begin* while this year's text is empty), the mark on a question
//! that is new in this questionnaire, and a theme's change since last year.

use crate::app::{Command, style, t};
use crate::lang::Lang;
use crate::model::answer_words::answer_words;
use crate::model::continuity::Change;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::Entry;

/// The text of the button that starts this year's text from last year's.
pub const TAKE_OVER: (&str, &str) = ("Neem over als begin", "Take over as a start");

/// Draws the mark of a question that last year's questionnaire did not have.
pub fn new_mark_ui(ui: &mut egui::Ui, lang: Lang) {
    ui.label(
        egui::RichText::new(t(
            lang,
            "Nieuw: deze vraag stond vorig jaar niet in de vragenlijst",
            "New: this question was not in last year's questionnaire",
        ))
        .small()
        .strong()
        .color(style::accent(ui)),
    );
}

/// Draws last year's answer to a question, from the board year `year`;
/// `now_empty`: this year's answer is still empty (then an open text can
/// be taken over).
#[allow(clippy::too_many_arguments)]
pub fn last_year_answer_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    question: &Question,
    read_with: Option<(&Questionnaire, &Question)>,
    before: Option<&Entry>,
    year: &str,
    now_empty: bool,
    commands: &mut Vec<Command>,
) {
    // last year's answer in last year's words (its levels and options)
    let (wq, wquestion) = read_with.unwrap_or((q, question));
    let title = format!("{} {year}", t(lang, "Vorig jaar", "Last year"))
        .trim_end()
        .to_owned();
    let words = before
        .map(|e| answer_words(wq, wquestion, e, lang))
        .unwrap_or_default();
    let Some(before) = before.filter(|_| !words.trim().is_empty()) else {
        ui.label(
            egui::RichText::new(format!(
                "{title}: {}",
                t(lang, "niet beantwoord", "not answered")
            ))
            .small()
            .color(style::muted(ui)),
        );
        return;
    };
    let reasons = |ui: &mut egui::Ui| {
        for (label, text) in [
            (t(lang, "Waarom", "Why"), &before.rationale),
            (
                t(lang, "Niet iedereen is het eens", "Not everyone agrees"),
                &before.dissent,
            ),
        ] {
            if !text.trim().is_empty() {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(format!("{label}: {}", text.trim()))
                            .color(style::muted(ui)),
                    )
                    .wrap(),
                );
            }
        }
    };
    let frame = egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(egui::Margin::same(8));
    if matches!(question.kind, QuestionKind::Open { .. }) {
        // an open answer can be long: folded until asked for
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::CollapsingHeader::new(format!(
                "{title}: {}",
                t(
                    lang,
                    "het antwoord van het vorige bestuur",
                    "the previous board's answer"
                )
            ))
            .id_salt(("last_year", &question.id))
            .default_open(false)
            .show(ui, |ui| {
                ui.add(egui::Label::new(words.trim()).wrap());
                reasons(ui);
                if now_empty {
                    let text = lang.pick(TAKE_OVER.0, TAKE_OVER.1);
                    if ui
                        .button(text)
                        .accessible_name(format!("{text}: {}", question.prompt.get(lang)))
                        .on_hover_text(t(
                            lang,
                            "Zet de tekst van vorig jaar in jullie antwoord, om die aan te passen",
                            "Puts last year's text in your answer, to change it",
                        ))
                        .clicked()
                    {
                        commands.push(Command::TakeOver(question.id.clone()));
                    }
                }
            });
        });
    } else {
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("{title}: {}", words.trim())).strong(),
                )
                .wrap(),
            );
            reasons(ui);
        });
    }
}

/// Draws how a theme's statements moved since last year, if they did.
pub fn theme_change_ui(ui: &mut egui::Ui, lang: Lang, change: Option<Change>, year: &str) {
    let Some(c) = change else { return };
    ui.label(
        egui::RichText::new(format!(
            "{} {}: {} {}",
            t(
                lang,
                "Stellingen, vergeleken met",
                "Statements, compared with"
            ),
            year,
            c.symbol(),
            c.label().get(lang)
        ))
        .color(style::muted(ui)),
    );
}
