//! The action points of a theme: what, who, when and status of each, a
//! button that adds one (its "what" field takes the focus), and an undo
//! for the one removed last.

use crate::app::widgets::text::growing_ui;
use crate::app::widgets::{LINE_CHARS, TEXT_CHARS};
use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Theme;
use crate::model::reflection::{ActionPoint, ActionStatus};

/// Draws a theme's action points and pushes what the user asks for.
pub fn actions_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    theme: &Theme,
    session: &mut Session,
    commands: &mut Vec<Command>,
) {
    ui.label(style::title(t(lang, "Actiepunten", "Action points")));
    ui.label(
        egui::RichText::new(t(
            lang,
            "Wat gaan jullie doen naar aanleiding van dit thema? Wie doet het, en wanneer is het klaar? Actiepunten komen in de pdf.",
            "What will you do following this theme? Who does it, and when will it be done? Action points are printed in the PDF.",
        ))
        .color(style::muted(ui)),
    );
    let mut changed = false;
    let mut shown = 0;
    let undo_at = session
        .removed_action
        .as_ref()
        .filter(|(_, a)| a.theme.as_deref() == Some(theme.id.as_str()))
        .map(|(i, a)| (*i, a.what.clone()));
    let mut undo_drawn = false;
    let focus = session.focus_action.clone();
    for (i, a) in session.reflection.actions.iter_mut().enumerate() {
        if let Some((at, what)) = &undo_at
            && *at == i
            && !undo_drawn
        {
            undo_ui(ui, lang, what, commands);
            undo_drawn = true;
        }
        if a.theme.as_deref() != Some(theme.id.as_str()) {
            continue;
        }
        shown += 1;
        let take_focus = focus.as_deref() == Some(a.id.as_str());
        // one group per action point, so that "Wat" and "Wie" are heard
        // with the action point they belong to
        let group = egui::UiBuilder::new()
            .id_salt(&a.id)
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(format!("{} {shown}", t(lang, "Actiepunt", "Action point")));
        ui.scope_builder(group, |ui| {
            changed |= action_ui(ui, lang, a, take_focus, commands);
        });
        if take_focus {
            session.focus_action = None;
        }
        ui.add_space(6.0);
    }
    if let Some((_, what)) = &undo_at
        && !undo_drawn
    {
        undo_ui(ui, lang, what, commands);
    }
    if ui
        .button(t(lang, "+ Actiepunt toevoegen", "+ Add action point"))
        .clicked()
    {
        commands.push(Command::AddAction(theme.id.clone()));
    }
    if changed {
        commands.push(Command::Edited);
    }
}

/// Draws one action point; returns whether it changed.
fn action_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    a: &mut ActionPoint,
    take_focus: bool,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let l = ui.label(style::bold(t(lang, "Wat", "What")));
        let what = growing_ui(ui, &mut a.what, 2, TEXT_CHARS, l.id);
        if take_focus {
            what.request_focus();
            what.scroll_to_me(None);
        }
        changed |= what.changed();
        ui.add_space(4.0);
        // who, when and status side by side where they fit, else one
        // under the other: never cut off
        let mut who = |ui: &mut egui::Ui| {
            let l = ui.label(style::bold(t(lang, "Wie", "Who")));
            ui.add(
                egui::TextEdit::singleline(&mut a.who)
                    .char_limit(LINE_CHARS)
                    .desired_width(220.0),
            )
            .labelled_by(l.id)
            .changed()
        };
        let side_by_side = ui.available_width() >= 680.0;
        if side_by_side {
            ui.horizontal_top(|ui| {
                changed |= ui.vertical(&mut who).inner;
                changed |= ui.vertical(|ui| due_ui(ui, lang, &mut a.due)).inner;
                changed |= ui.vertical(|ui| status_ui(ui, lang, &mut a.status)).inner;
            });
        } else {
            changed |= who(ui);
            changed |= due_ui(ui, lang, &mut a.due);
            changed |= status_ui(ui, lang, &mut a.status);
        }
        ui.add_space(4.0);
        if ui
            .small_button(t(lang, "Actiepunt verwijderen", "Delete action point"))
            .clicked()
        {
            commands.push(Command::RemoveAction(a.id.clone()));
        }
    });
    changed
}

/// Draws the "done by" field of an action point; returns whether it changed.
fn due_ui(ui: &mut egui::Ui, lang: Lang, due: &mut String) -> bool {
    // the hint beside the label keeps the three fields in line
    let l = ui
        .horizontal(|ui| {
            let l = ui.label(style::bold(t(lang, "Wanneer klaar", "By when")));
            ui.label(
                egui::RichText::new(t(lang, "bijv. maart 2027", "e.g. March 2027"))
                    .color(style::muted(ui)),
            );
            l
        })
        .inner;
    ui.add(
        egui::TextEdit::singleline(due)
            .char_limit(LINE_CHARS)
            .desired_width(180.0),
    )
    .labelled_by(l.id)
    .changed()
}

/// Draws the status of an action point; returns whether it changed.
fn status_ui(ui: &mut egui::Ui, lang: Lang, status: &mut ActionStatus) -> bool {
    let l = ui.label(style::bold(t(lang, "Status", "Status")));
    let before = *status;
    egui::ComboBox::from_id_salt("status")
        .selected_text(status.label().get(lang))
        .show_ui(ui, |ui| {
            for s in ActionStatus::ALL {
                ui.selectable_value(status, s, s.label().get(lang));
            }
        })
        .response
        .labelled_by(l.id);
    before != *status
}

/// Draws the notice of a removed action point, with its undo.
fn undo_ui(ui: &mut egui::Ui, lang: Lang, what: &str, commands: &mut Vec<Command>) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, style::accent(ui)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let what = what.lines().next().unwrap_or_default();
                let text = if what.trim().is_empty() {
                    t(lang, "Actiepunt verwijderd", "Action point deleted").to_owned()
                } else {
                    format!(
                        "{} “{}”",
                        t(lang, "Actiepunt verwijderd:", "Action point deleted:"),
                        crate::format::problem::shorten(what)
                    )
                };
                ui.add(egui::Label::new(text).wrap());
                if ui
                    .button(style::bold(t(lang, "Ongedaan maken", "Undo")))
                    .clicked()
                {
                    commands.push(Command::RestoreAction);
                }
            });
        });
    ui.add_space(6.0);
}
