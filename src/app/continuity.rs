//! The next board year in the window: the form that asks its board year,
//! starting it (a new linked reflection; the old file is not touched),
//! reading the network's earlier years when a reflection opens, carrying
//! an action point over and taking over last year's text.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::app::{Command, Notice, Page, ReflectieApp, SaveStatus, Session, clock_now, style, t};
use crate::lang::Lang;
use crate::model::continuity::{self, History};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{Answer, Reflection};

/// The form that starts the next board year of a reflection.
#[derive(Debug, Clone, PartialEq)]
pub struct NextYearForm {
    /// The file of the reflection it continues.
    pub from: PathBuf,
    /// The network's name and board year, to say which.
    pub name: String,
    /// The new board year, editable.
    pub board_year: String,
}

impl ReflectieApp {
    /// Opens the form for the next board year of the reflection in `path`.
    pub(crate) fn ask_next_year(&mut self, path: PathBuf) {
        let Some(store) = &self.store else { return };
        let reflection = match &self.session {
            Some(s) if s.path == path => s.reflection.clone(),
            _ => match store.load_at(&path) {
                Ok(l) => l.reflection,
                Err(e) => {
                    self.notices.push(Notice::storage(&e));
                    return;
                }
            },
        };
        let p = &reflection.profile;
        self.next_year = Some(NextYearForm {
            from: path,
            name: format!("{} {}", p.name, p.board_year).trim_end().to_owned(),
            board_year: continuity::next_board_year(&p.board_year),
        });
    }

    /// Starts the next board year as the form says: saves what is pending,
    /// reads the reflection it continues from disk, writes the new one on
    /// the current questionnaire and opens it on last year's page.
    pub(crate) fn start_next_year(&mut self) {
        let Some(form) = self.next_year.clone() else {
            return;
        };
        if form.board_year.trim().is_empty() {
            return;
        }
        if let Err(e) = self.flush() {
            self.notices.push(Notice::storage(&e));
            return;
        }
        let Some(store) = self.store.clone() else {
            return;
        };
        let previous = match store.load_at(&form.from) {
            Ok(l) => l.reflection,
            Err(e) => {
                self.notices.push(Notice::storage(&e));
                return;
            }
        };
        let q = self.current_questionnaire(&previous);
        match store.start_next_year(&previous, &q, &form.board_year) {
            Ok((reflection, path)) => {
                self.next_year = None;
                self.refresh();
                let mut session = Session::new(reflection, q, path, SaveStatus::Saved(clock_now()));
                self.attach_history(&mut session);
                self.offer_routes(&mut session);
                self.session = Some(session);
                self.page = Page::LastYear;
            }
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
    }

    /// Returns the questionnaire a new board year answers: the newest
    /// version here of the questionnaire the previous year answered, else
    /// the built-in one.
    fn current_questionnaire(&self, previous: &Reflection) -> Arc<Questionnaire> {
        self.questionnaires
            .newest(&previous.questionnaire.id)
            .unwrap_or_else(|| self.builtin.clone())
    }

    /// Reads the network's earlier years for a session whose reflection
    /// continues another, and names a broken link once.
    pub(crate) fn attach_history(&mut self, session: &mut Session) {
        if session.reflection.continues.is_none() {
            return;
        }
        let history = match &self.store {
            Some(store) => store.history(&session.reflection, &self.questionnaires),
            None => History::default(),
        };
        if let Some(b) = &history.broken {
            let text = b.describe();
            let n = Notice::error(text.nl, text.en);
            if !self.notices.contains(&n) {
                self.notices.push(n);
            }
        }
        session.set_history(history);
    }

    /// Carries the previous board's action point with this id into this
    /// year's action points.
    pub(crate) fn carry_action(&mut self, id: &str) {
        let Some(s) = &mut self.session else { return };
        if continuity::carry_action(&mut s.reflection, id).is_some() {
            edited(s);
        }
    }

    /// Starts this year's answer to a question from last year's text, when
    /// this year's answer is still empty.
    pub(crate) fn take_over(&mut self, question: &str) {
        let Some(s) = &mut self.session else { return };
        let Some(Some(Answer::Open(text))) = s
            .last_answers()
            .and_then(|a| a.get(question))
            .map(|e| e.answer.clone())
        else {
            return;
        };
        let entry = s.reflection.agreed.entry(question.to_owned()).or_default();
        if entry.answer.as_ref().is_none_or(Answer::is_empty) {
            entry.answer = Some(Answer::Open(text));
            edited(s);
        }
    }
}

/// Records that the open reflection changed, as `Command::Edited` does.
fn edited(s: &mut Session) {
    s.reflection.touch();
    s.dirty.mark(Instant::now());
    s.status = SaveStatus::Pending;
}

/// The text of the button that starts the next board year.
pub const NEXT_YEAR: (&str, &str) = (
    "Volgend bestuursjaar starten…",
    "Start the next board year…",
);

/// Draws the form for the next board year, if it is open.
pub fn next_year_modal_ui(
    ctx: &egui::Context,
    lang: Lang,
    form: &mut Option<NextYearForm>,
    commands: &mut Vec<Command>,
) {
    let Some(f) = form else { return };
    let modal = egui::Modal::new(egui::Id::unique("next_year")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.label(style::title(t(
            lang,
            "Volgend bestuursjaar starten",
            "Start the next board year",
        )));
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(match lang {
                Lang::Nl => format!(
                    "Jullie maken een nieuwe reflectie voor het volgende bestuur, gekoppeld aan “{}”. De bestaande reflectie verandert niet. Het nieuwe bestuur beantwoordt de vragen opnieuw, en ziet bij elke vraag het antwoord van vorig jaar.",
                    f.name
                ),
                Lang::En => format!(
                    "You make a new reflection for the next board, linked to “{}”. The existing reflection does not change. The new board answers the questions again, and sees last year's answer beside each question.",
                    f.name
                ),
            })
            .wrap(),
        );
        ui.add_space(8.0);
        let label = ui.label(style::bold(t(lang, "Nieuw bestuursjaar", "New board year")));
        ui.add(egui::TextEdit::singleline(&mut f.board_year).char_limit(40))
            .labelled_by(label.id);
        if f.board_year.trim().is_empty() {
            ui.label(
                egui::RichText::new(t(
                    lang,
                    "Vul het bestuursjaar in, bijvoorbeeld 2026-2027.",
                    "Fill in the board year, for example 2026-2027.",
                ))
                .color(style::error_colour(ui)),
            );
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
                commands.push(Command::CancelNextYear);
            }
            let start = ui.add_enabled(
                !f.board_year.trim().is_empty(),
                egui::Button::new(style::bold(t(lang, "Starten", "Start"))),
            );
            if start.clicked() {
                commands.push(Command::StartNextYear);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelNextYear);
    }
}
