//! The board's members on the theme page: the panel to add, rename and
//! remove them, and the choice of who scores now when the laptop is passed
//! round (blind: a member sees only their own answers).

use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{QuestionKind, Questionnaire, Theme};
use crate::model::reflection::Respondent;

/// The longest label of a member, in characters.
const LABEL_CHARS: usize = 60;

/// Returns whether a question is scored by each member alone (a statement
/// or a position); the other kinds are answered by the board together.
pub fn scored_alone(kind: &QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::Scale { .. } | QuestionKind::Position { .. }
    )
}

/// Returns the name a member is shown by: their label, or "Lid n" while
/// the label is empty.
pub fn member_name(lang: Lang, r: &Respondent, index: usize) -> String {
    let label = r.label.trim();
    if label.is_empty() {
        format!("{} {}", t(lang, "Lid", "Member"), index + 1)
    } else {
        label.to_owned()
    }
}

/// Returns whether a member has scored a theme: every statement and
/// position of it answered or skipped.
pub fn has_scored(r: &Respondent, theme: &Theme, q: &Questionnaire) -> bool {
    theme
        .questions
        .iter()
        .filter(|qq| scored_alone(&qq.kind))
        .all(|qq| r.answers.get(&qq.id).is_some_and(|e| e.is_handled(qq, q)))
}

/// Draws the one-line button in the sidebar that opens (or closes) the
/// members panel; `n` members, `open`: whether the panel is open.
pub fn members_button_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    n: usize,
    open: bool,
    commands: &mut Vec<Command>,
) {
    let hover = match (n, lang) {
        (0, Lang::Nl) => "Leden van het bestuur: nog geen; elk lid kan apart scoren".to_owned(),
        (0, Lang::En) => "Board members: none yet; each member can score alone".to_owned(),
        (n, Lang::Nl) => format!("Leden van het bestuur: {n}; elk lid kan apart scoren"),
        (n, Lang::En) => format!("Board members: {n}; each member can score alone"),
    };
    if ui
        .add(
            egui::Button::selectable(open, t(lang, "Leden…", "Members…")).frame_when_inactive(true),
        )
        .on_hover_text(hover)
        .clicked()
    {
        commands.push(Command::ShowMembers(!open));
    }
}

/// Draws the top of the theme page: the members panel when open, and who
/// scores now. Returns whether the rest of the page stays hidden (the
/// laptop is being passed).
pub fn page_top_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> bool {
    if session.members.open && session.respondent.is_none() {
        members_ui(ui, lang, session, commands);
        ui.add_space(10.0);
    }
    scoring_ui(ui, lang, session, commands)
}

/// Draws the panel of the board's members.
fn members_ui(ui: &mut egui::Ui, lang: Lang, session: &mut Session, commands: &mut Vec<Command>) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().window_fill)
        .inner_margin(egui::Margin::same(14))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::title(t(lang, "Leden van het bestuur", "Board members")));
            ui.add(
                egui::Label::new(t(
                    lang,
                    "Elk lid kan de stellingen en posities apart scoren, zonder de antwoorden van de anderen te zien. Jullie gezamenlijke antwoord blijft het antwoord van het bestuur.",
                    "Each member can score the statements and positions alone, without seeing the others' answers. Your joint answer stays the board's answer.",
                ))
                .wrap(),
            );
            ui.add_space(6.0);
            let mut changed = false;
            for i in 0..session.reflection.respondents.len() {
                let r = &mut session.reflection.respondents[i];
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(format!("{} {}", t(lang, "Lid", "Member"), i + 1));
                    // narrower on a narrow page; "Verwijderen" wraps below
                    let width = (ui.available_width() - 24.0).clamp(80.0, 220.0);
                    changed |= ui
                        .add(
                            egui::TextEdit::singleline(&mut r.label)
                                .char_limit(LABEL_CHARS)
                                .desired_width(width),
                        )
                        .labelled_by(label.id)
                        .changed();
                    if ui.button(t(lang, "Verwijderen", "Delete")).clicked() {
                        commands.push(Command::AskRemoveMember(r.id.clone()));
                    }
                });
            }
            if changed {
                commands.push(Command::Edited);
            }
            for (_, r) in &session.members.removed {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        egui::RichText::new(format!(
                            "{} {}",
                            t(lang, "Verwijderd:", "Deleted:"),
                            member_name(lang, r, 0)
                        ))
                        .color(style::muted(ui)),
                    );
                    if ui.button(t(lang, "Terugzetten", "Restore")).clicked() {
                        commands.push(Command::RestoreMember(r.id.clone()));
                    }
                });
            }
            ui.add_space(8.0);
            let label = ui.label(style::bold(t(lang, "Nieuw lid", "New member")));
            crate::app::widgets::text::hint_ui(
                ui,
                t(
                    lang,
                    "Een rol of initialen, zoals “Penningmeester” of “JdV”; geen volledige naam nodig",
                    "A role or initials, such as “Treasurer” or “JdV”; no full name needed",
                ),
            );
            ui.horizontal_wrapped(|ui| {
                let width = (ui.available_width() - 24.0).clamp(80.0, 220.0);
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut session.members.new_label)
                            // an id of its own: the row a new member adds above
                            // would change a counted one, and with it the focus
                            .id_salt("new_member")
                            .char_limit(LABEL_CHARS)
                            .desired_width(width),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut session.members.focus_new) {
                    field.request_focus();
                }
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let add = ui.add_enabled(
                    !session.members.new_label.trim().is_empty(),
                    egui::Button::new(t(lang, "Toevoegen", "Add")),
                );
                if add.clicked() || enter {
                    commands.push(Command::AddMember);
                    if enter {
                        field.request_focus();
                    }
                }
            });
            ui.add_space(6.0);
            if ui.button(t(lang, "Sluiten", "Close")).clicked() {
                commands.push(Command::ShowMembers(false));
            }
        });
    remove_modal_ui(ui.ctx(), lang, session, commands);
}

/// Asks before a member is removed; the safe choice comes first.
fn remove_modal_ui(
    ctx: &egui::Context,
    lang: Lang,
    session: &Session,
    commands: &mut Vec<Command>,
) {
    let focused_id = egui::Id::unique("confirm_remove_member_focused");
    let Some(id) = &session.members.confirm_remove else {
        ctx.data_mut(|d| d.remove::<bool>(focused_id));
        return;
    };
    let Some((i, r)) = session
        .reflection
        .respondents
        .iter()
        .enumerate()
        .find(|(_, r)| &r.id == id)
    else {
        return;
    };
    let name = member_name(lang, r, i);
    let modal = egui::Modal::new(egui::Id::unique("confirm_remove_member")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(style::title(t(lang, "Lid verwijderen?", "Delete member?")));
        ui.add_space(6.0);
        ui.add(
            egui::Label::new(match lang {
                Lang::Nl => format!(
                    "“{name}” en de antwoorden van dit lid verdwijnen uit de reflectie. Zolang de reflectie open is, kunnen jullie ze terugzetten."
                ),
                Lang::En => format!(
                    "“{name}” and this member's answers leave the reflection. While the reflection is open, you can restore them."
                ),
            })
            .wrap(),
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let cancel = ui.button(style::bold(t(lang, "Annuleren", "Cancel")));
            if !ui.data(|d| d.get_temp::<bool>(focused_id).unwrap_or(false)) {
                cancel.request_focus();
                ui.data_mut(|d| d.insert_temp(focused_id, true));
                // the modal is measured in its first frame and drawn in
                // the next: ask for that one frame
                ui.ctx().request_repaint();
            }
            if cancel.clicked() {
                commands.push(Command::CancelRemoveMember);
            }
            if ui
                .add(super::home::destructive_button(
                    ui,
                    t(lang, "Lid verwijderen", "Delete member"),
                ))
                .clicked()
            {
                commands.push(Command::RemoveMember(id.clone()));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelRemoveMember);
    }
}

/// Draws who scores now: a banner while a member scores, else the choice
/// between the board together and each member, with how many members have
/// scored this theme. Returns whether the rest of the page stays hidden.
fn scoring_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &Session,
    commands: &mut Vec<Command>,
) -> bool {
    let members = &session.reflection.respondents;
    if let Some(i) = session.respondent
        && let Some(r) = members.get(i)
    {
        let name = member_name(lang, r, i);
        egui::Frame::new()
            .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35))
            .stroke(ui.visuals().selection.stroke)
            .inner_margin(egui::Margin::same(12))
            .corner_radius(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(style::title(match lang {
                        Lang::Nl => {
                            format!("Nu scoort: {name} — de antwoorden van anderen zijn verborgen")
                        }
                        Lang::En => {
                            format!("Scoring now: {name} — the others' answers are hidden")
                        }
                    }))
                    .wrap(),
                );
                ui.add_space(6.0);
                if ui
                    .button(style::bold(t(lang, "Klaar, geef door", "Done, pass it on")))
                    .on_hover_text(t(
                        lang,
                        "Terug naar de keuze wie nu scoort, zonder iets te laten zien",
                        "Back to the choice of who scores now, without showing anything",
                    ))
                    .clicked()
                {
                    commands.push(Command::PassOn);
                }
            });
        ui.add_space(10.0);
        return false;
    }
    if members.is_empty() {
        return false;
    }
    let passing = session.members.passing;
    ui.label(style::bold(t(
        lang,
        "Wie scoort nu?",
        "Who is scoring now?",
    )));
    if passing {
        ui.add(
            egui::Label::new(
                egui::RichText::new(t(
                    lang,
                    "Geef de laptop door. Kies wie nu scoort; de antwoorden van de anderen blijven verborgen.",
                    "Pass the laptop on. Choose who scores now; the others' answers stay hidden.",
                ))
                .color(style::muted(ui)),
            )
            .wrap(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add(
                egui::Button::selectable(
                    !passing,
                    t(lang, "Het bestuur samen", "The board together"),
                )
                .frame_when_inactive(true),
            )
            .clicked()
        {
            commands.push(Command::ScoreAs(None));
        }
        for (i, r) in members.iter().enumerate() {
            if ui
                .add(
                    egui::Button::selectable(false, member_name(lang, r, i))
                        .frame_when_inactive(true),
                )
                .clicked()
            {
                commands.push(Command::ScoreAs(Some(r.id.clone())));
            }
        }
    });
    if let Some(theme) = session.questionnaire.themes.get(session.theme) {
        let q = &session.questionnaire;
        let done = members.iter().filter(|r| has_scored(r, theme, q)).count();
        let all = members.len();
        let alone = theme.questions.iter().any(|qq| scored_alone(&qq.kind));
        ui.label(
            egui::RichText::new(match (alone, lang) {
                (false, Lang::Nl) => {
                    "Dit thema heeft geen stellingen of posities: jullie beantwoorden het samen."
                        .to_owned()
                }
                (false, Lang::En) => {
                    "This theme has no statements or positions: you answer it together.".to_owned()
                }
                (true, Lang::Nl) => format!("{done} van {all} leden hebben dit thema gescoord"),
                (true, Lang::En) => format!("{done} of {all} members have scored this theme"),
            })
            .color(style::muted(ui)),
        );
    }
    ui.add_space(10.0);
    passing
}
