//! The presentation on two screens: the slides in their own window on the
//! projector, and on the laptop the presenter view — the slide on the wall,
//! what comes next, the theme's notes and the timer.

use std::time::Instant;

use egui::RichText;

use super::present::{Look, TIMER_SIZE, bold, slide_ui, timer_ui};
use crate::app::present::{Presentation, ScreenCommand, present_keys};
use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::slides::Slide;

/// The label of the button that puts the slides on a screen of their own.
pub const OPEN_LABEL: (&str, &str) = ("🖵 Toon op tweede scherm", "🖵 Show on second screen");
/// The label of the button that takes the slides back to this window.
pub const CLOSE_LABEL: (&str, &str) = ("Tweede scherm sluiten", "Close second screen");
/// The label of the chooser of the screen for the slides.
pub const SCREEN_LABEL: (&str, &str) = ("Scherm voor de dia's:", "Screen for the slides:");
/// The title of the slides' own window.
pub const WINDOW_TITLE: (&str, &str) = ("Reflectietool — dia's", "Reflectietool — slides");
/// The heading above what comes after the slide on the wall.
pub const NEXT_HEADING: (&str, &str) = ("Hierna", "Next");

/// Draws the controls of the second screen: which screen, and the button
/// that opens or closes the slides' own window. Nothing while the computer
/// has one screen, but the button that looks again.
pub fn screen_controls_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    present: &Presentation,
    commands: &mut Vec<Command>,
) {
    if !present.has_second_screen() {
        if ui
            .button(t(lang, "Tweede scherm zoeken", "Look for a second screen"))
            .on_hover_text(t(
                lang,
                "Sluit de beamer aan als tweede scherm (niet gespiegeld) en kijk opnieuw.",
                "Connect the projector as a second screen (not mirrored) and look again.",
            ))
            .clicked()
        {
            commands.push(Command::Screen(ScreenCommand::Find));
        }
        ui.separator();
        return;
    }
    // the chooser and its button stay together on one line: on the next
    // row where this one has no room for them
    let room = ui.max_rect().right() - ui.cursor().min.x;
    if room < 36.0 * ui.text_style_height(&egui::TextStyle::Body) {
        ui.end_row();
    }
    ui.horizontal(|ui| chooser_ui(ui, lang, present, commands));
    ui.separator();
}

/// Draws the chooser of the screen for the slides and the button that
/// opens or closes their window.
fn chooser_ui(ui: &mut egui::Ui, lang: Lang, present: &Presentation, commands: &mut Vec<Command>) {
    let label = ui.label(lang.pick(SCREEN_LABEL.0, SCREEN_LABEL.1));
    let chosen = present.chosen.min(present.screens.len() - 1);
    let mut pick = chosen;
    egui::ComboBox::from_id_salt("slide_screen")
        .selected_text(present.screens[chosen].describe(chosen))
        .show_ui(ui, |ui| {
            for (i, screen) in present.screens.iter().enumerate() {
                let mut text = screen.describe(i);
                if screen.current {
                    text.push_str(t(lang, " — dit venster", " — this window"));
                }
                ui.selectable_value(&mut pick, i, text);
            }
        })
        .response
        .labelled_by(label.id);
    if pick != chosen {
        commands.push(Command::Screen(ScreenCommand::Choose(pick)));
    }
    let (text, command) = if present.second.is_some() {
        (
            lang.pick(CLOSE_LABEL.0, CLOSE_LABEL.1),
            ScreenCommand::Close,
        )
    } else {
        (lang.pick(OPEN_LABEL.0, OPEN_LABEL.1), ScreenCommand::Open)
    };
    if ui.button(text).clicked() {
        commands.push(Command::Screen(command));
    }
}

/// Draws the presenter view on the laptop: beside the slide that is on the
/// wall (answerable here too), the timer, what comes next and the theme's
/// notes.
#[allow(clippy::too_many_arguments)]
pub fn presenter_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    present: &Presentation,
    all: &[Slide],
    at: usize,
    now: Instant,
    commands: &mut Vec<Command>,
) {
    let side = (ui.available_width() * 0.34).clamp(280.0, 520.0);
    egui::Panel::right("presenter_side")
        .resizable(false)
        .exact_size(side)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("presenter_side")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    side_ui(ui, lang, session, present, all, at, now, commands)
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let on = present
            .second
            .and_then(|i| present.screens.get(i).map(|s| s.describe(i)))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!(
                "{} {on}",
                t(
                    lang,
                    "Nu op het tweede scherm:",
                    "Now on the second screen:"
                )
            ))
            .color(style::muted(ui)),
        );
        ui.push_id("presenter_slide", |ui| {
            slide_ui(
                ui,
                lang,
                session,
                &present.timer,
                at,
                now,
                Look::LAPTOP,
                commands,
            );
        });
    });
}

/// Draws the side of the presenter view: the timer, the next slide, the
/// notes of the theme on the wall.
#[allow(clippy::too_many_arguments)]
fn side_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    present: &Presentation,
    all: &[Slide],
    at: usize,
    now: Instant,
    commands: &mut Vec<Command>,
) {
    ui.add_space(8.0);
    ui.label(style::bold(t(lang, "Tijd", "Time")));
    timer_ui(ui, lang, &present.timer, now);
    ui.add_space(12.0);
    ui.separator();
    ui.label(style::bold(lang.pick(NEXT_HEADING.0, NEXT_HEADING.1)));
    let q = &session.questionnaire;
    let next = match all.get(at + 1) {
        None => t(lang, "Dit is de laatste dia.", "This is the last slide.").to_owned(),
        Some(Slide::ThemeIntro { theme }) => format!(
            "{} {}: {}",
            t(lang, "Thema", "Theme"),
            theme + 1,
            q.themes[*theme].title.get(lang)
        ),
        Some(Slide::Question { theme, question }) => q.themes[*theme]
            .questions
            .get(*question)
            .map(|q| q.prompt.get(lang).to_owned())
            .unwrap_or_default(),
    };
    ui.add(egui::Label::new(RichText::new(next).font(bold(TIMER_SIZE * 0.5))).wrap());
    ui.add_space(12.0);
    ui.separator();
    let theme = all.get(at).map_or(0, |s| s.theme());
    if let Some(th) = session.questionnaire.themes.get(theme).cloned() {
        super::notes::notes_ui(ui, lang, &th, session, commands);
    }
}

/// Shows the slides in their own window, full screen on the chosen screen;
/// the keys pressed there move the slides as on the laptop, and closing the
/// window brings the slides back to the laptop.
pub fn slides_window_ui(
    ctx: &egui::Context,
    lang: Lang,
    session: &mut Session,
    present: &Presentation,
    at: usize,
    now: Instant,
    commands: &mut Vec<Command>,
) {
    let Some(screen) = present.second else { return };
    let mut builder = egui::ViewportBuilder::default()
        .with_title(lang.pick(WINDOW_TITLE.0, WINDOW_TITLE.1))
        .with_monitor(screen);
    if let Some(s) = present.screens.get(screen)
        && !ctx.embed_viewports()
    {
        // where the system cannot make it full screen, it still covers the screen
        let rect = s.rect();
        builder = builder.with_position(rect.min).with_inner_size(rect.size());
    }
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("reflectietool_slides"),
        builder,
        |ui, class| {
            let ctx = ui.ctx().clone();
            if ctx.input(|i| i.viewport().close_requested()) {
                commands.push(Command::Screen(ScreenCommand::Close));
            }
            present_keys(&ctx, at, false, commands);
            let mut draw = |ui: &mut egui::Ui| {
                ui.push_id("wall_slide", |ui| {
                    slide_ui(
                        ui,
                        lang,
                        session,
                        &present.timer,
                        at,
                        now,
                        Look::WALL,
                        commands,
                    );
                });
            };
            if class == egui::ViewportClass::EmbeddedWindow {
                // no windows of its own here (tests): the slides in a box
                ui.set_min_size(egui::vec2(640.0, 360.0));
                draw(ui);
            } else {
                egui::CentralPanel::default().show(ui, draw);
            }
        },
    );
}
