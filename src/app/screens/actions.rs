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
            changed |= action_ui(ui, lang, a, Place::Theme, take_focus, commands);
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

/// Where an action point is drawn.
pub enum Place<'a> {
    /// On its theme's page: its fields are named by their labels (the
    /// action point's group says which one), and it can be removed.
    Theme,
    /// In the overview, as the `n`-th of all action points under the title
    /// of its theme: each field is named with the number ("Wie — actiepunt
    /// 2"), and it is not removed there (the undo lives on the theme page).
    Overview {
        /// Its number among all action points, from 1.
        n: usize,
        /// The theme it belongs to, as the overview names it.
        theme: &'a str,
    },
}

/// Draws one action point in a card: "Wat" over the whole width, then who,
/// when and status side by side where they fit, else one under the other;
/// returns whether it changed.
pub fn action_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    a: &mut ActionPoint,
    place: Place<'_>,
    take_focus: bool,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    // the field's accessible name: its label, numbered in the overview
    let name = |r: egui::Response, label: &egui::Response, text: &str| match &place {
        Place::Theme => r.labelled_by(label.id),
        Place::Overview { n, .. } => r.accessible_name(format!(
            "{text} — {} {n}",
            t(lang, "actiepunt", "action point")
        )),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if let Place::Overview { theme, .. } = &place {
            ui.add(egui::Label::new(egui::RichText::new(*theme).color(style::muted(ui))).wrap());
        }
        if a.origin.is_some() {
            ui.label(
                egui::RichText::new(t(
                    lang,
                    "← Meegenomen uit het vorige bestuursjaar",
                    "← Taken over from the previous board year",
                ))
                .small()
                .color(style::muted(ui)),
            );
        }
        let what_text = t(lang, "Wat", "What");
        let l = ui.label(style::bold(what_text));
        // labelled by "Wat" already; numbered in the overview
        let mut what = growing_ui(ui, &mut a.what, 2, TEXT_CHARS, l.id);
        if let Place::Overview { .. } = place {
            what = name(what, &l, what_text);
        }
        if take_focus {
            what.request_focus();
            what.scroll_to_me(None);
        }
        changed |= what.changed();
        ui.add_space(4.0);
        // who, when and status side by side where they fit, else one
        // under the other: never cut off; who and when share the row's
        // room beside the status, or take the card's width
        let row = ui.available_width();
        let side_by_side = row >= 680.0;
        let width = if side_by_side {
            ((row - 240.0) / 2.0).min(360.0)
        } else {
            row
        };
        let mut who = |ui: &mut egui::Ui| {
            let text = t(lang, "Wie", "Who");
            let l = ui.label(style::bold(text));
            let field = egui::TextEdit::singleline(&mut a.who)
                .char_limit(LINE_CHARS)
                .desired_width(width);
            name(ui.add(field), &l, text).changed()
        };
        if side_by_side {
            ui.horizontal_top(|ui| {
                changed |= ui.vertical(&mut who).inner;
                changed |= ui
                    .vertical(|ui| due_ui(ui, lang, &mut a.due, width, &name))
                    .inner;
                changed |= ui
                    .vertical(|ui| status_ui(ui, lang, &mut a.status, &name))
                    .inner;
            });
        } else {
            changed |= who(ui);
            changed |= due_ui(ui, lang, &mut a.due, width, &name);
            changed |= status_ui(ui, lang, &mut a.status, &name);
        }
        if let Place::Theme = place {
            ui.add_space(4.0);
            if ui
                .small_button(t(lang, "Actiepunt verwijderen", "Delete action point"))
                .clicked()
            {
                commands.push(Command::RemoveAction(a.id.clone()));
            }
        }
    });
    changed
}

/// Names a field of an action point: its response, its label, the label's
/// text.
type Name<'n> = dyn Fn(egui::Response, &egui::Response, &str) -> egui::Response + 'n;

/// Draws the "done by" field of an action point; returns whether it changed.
fn due_ui(ui: &mut egui::Ui, lang: Lang, due: &mut String, width: f32, name: &Name<'_>) -> bool {
    // the hint beside the label keeps the three fields in line; under it
    // where both do not fit
    let text = t(lang, "Wanneer klaar", "By when");
    let l = ui
        .horizontal_wrapped(|ui| {
            let l = ui.label(style::bold(text));
            ui.label(
                egui::RichText::new(t(lang, "bijv. maart 2027", "e.g. March 2027"))
                    .color(style::muted(ui)),
            );
            l
        })
        .inner;
    let field = egui::TextEdit::singleline(due)
        .char_limit(LINE_CHARS)
        .desired_width(width);
    name(ui.add(field), &l, text).changed()
}

/// Draws the status of an action point; returns whether it changed.
fn status_ui(ui: &mut egui::Ui, lang: Lang, status: &mut ActionStatus, name: &Name<'_>) -> bool {
    let text = t(lang, "Status", "Status");
    let l = ui.label(style::bold(text));
    let before = *status;
    let r = egui::ComboBox::from_id_salt("status")
        .selected_text(status.label().get(lang))
        .show_ui(ui, |ui| {
            for s in ActionStatus::ALL {
                ui.selectable_value(status, s, s.label().get(lang));
            }
        })
        .response;
    name(r, &l, text);
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
