//! The presentation for the projector: one slide at a time in large type —
//! a theme's introduction, or one question that the board can answer on
//! the slide — with the way through and the workshop timer.

use std::time::Instant;

use egui::{Color32, FontFamily, FontId, RichText};

use super::questions;
use crate::app::present::{Presentation, TimerCommand};
use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::slides::{self, Slide};
use crate::model::timer::{MAX_MINUTES, Scope, Timer};

/// The size of a question's prompt on a slide, in points: readable from
/// 8 m on a 1080p projector at 100 %.
pub const PROMPT_SIZE: f32 = 44.0;
/// The size of the timer's time.
pub(crate) const TIMER_SIZE: f32 = 40.0;
/// The widest the content of a slide is, in points.
const SLIDE_WIDTH: f32 = 1500.0;

/// How large a slide is drawn: on the wall, or in the presenter view on
/// the laptop.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Look {
    /// The size of a question's prompt.
    prompt: f32,
    /// The size of a theme's title on its introduction slide.
    title: f32,
    /// The size of the introduction's text.
    text: f32,
    /// The size of the small lines: the theme, where the question is.
    small: f32,
    /// How much larger than on a theme page the answers are.
    scale: f32,
}

impl Look {
    /// The slide on the projector: readable from the back of the room.
    pub(crate) const WALL: Look = Look {
        prompt: PROMPT_SIZE,
        title: 60.0,
        text: 30.0,
        small: 26.0,
        scale: 1.75,
    };
    /// The slide in the presenter view: as large as a theme page.
    pub(crate) const LAPTOP: Look = Look {
        prompt: 26.0,
        title: 32.0,
        text: 18.0,
        small: 16.0,
        scale: 1.0,
    };
}

pub(crate) fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(style::BOLD.into()))
}

/// Makes the texts, controls and spaces of `ui` larger by `f`.
fn enlarge(ui: &mut egui::Ui, f: f32) {
    let s = ui.style_mut();
    for font in s.text_styles.values_mut() {
        font.size *= f;
    }
    s.spacing.item_spacing *= f;
    s.spacing.button_padding *= f;
    s.spacing.interact_size *= f;
    s.spacing.icon_width *= f;
    s.spacing.icon_width_inner *= f;
    s.spacing.icon_spacing *= f;
}

/// Draws the presentation of the open reflection: the controls at the
/// bottom, the slide above them — or, while the slides have a screen of
/// their own, the presenter view here and the slides there.
pub fn present_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    present: &Presentation,
    commands: &mut Vec<Command>,
) {
    let all = slides::slides(&session.questionnaire);
    let at = present.slide.min(all.len().saturating_sub(1));
    let now = Instant::now();
    egui::Panel::bottom("present_controls").show(ui, |ui| {
        ui.add_space(6.0);
        controls_ui(ui, lang, present, at, all.len(), now, commands);
        ui.add_space(6.0);
    });
    if present.second.is_some() {
        super::presenter::presenter_ui(ui, lang, session, present, &all, at, now, commands);
        super::presenter::slides_window_ui(ui.ctx(), lang, session, present, at, now, commands);
    } else {
        egui::CentralPanel::default().show(ui, |ui| {
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
    }
    // the time on the slide changes once a second while the timer runs;
    // paused, stopped or done it asks for nothing
    if let Some(wait) = present.timer.next_tick(now) {
        ui.ctx().request_repaint_after(wait);
    }
}

/// Draws slide `at` of the open reflection, its header and its content,
/// as large as `look` says; the timer is shown in the header on the wall.
#[allow(clippy::too_many_arguments)]
pub(crate) fn slide_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    timer: &Timer,
    at: usize,
    now: Instant,
    look: Look,
    commands: &mut Vec<Command>,
) {
    let q = session.questionnaire.clone();
    let all = slides::slides(&q);
    let Some(slide) = all.get(at).copied() else {
        ui.label(t(
            lang,
            "Deze vragenlijst heeft geen thema's.",
            "This questionnaire has no themes.",
        ));
        return;
    };
    let wall = look.scale > 1.0;
    let theme_title = q.themes[slide.theme()].title.get(lang);
    header_ui(
        ui,
        lang,
        theme_title,
        slides::question_number(&all, at),
        wall.then_some(timer),
        now,
        look,
    );
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt(("slide", at))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(ui.available_width().min(SLIDE_WIDTH));
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.add_space(if wall { 24.0 } else { 8.0 });
                    match slide {
                        Slide::ThemeIntro { theme } => intro_ui(ui, lang, &q, theme, look),
                        Slide::Question { theme, question } => {
                            if let Some(question) = q.themes[theme].questions.get(question) {
                                question_slide_ui(ui, lang, &q, question, session, look, commands);
                            }
                        }
                    }
                    ui.add_space(24.0);
                });
            });
        });
}

/// Draws the top of a slide: the theme, where the question is, the timer.
fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    theme: &str,
    number: Option<(usize, usize)>,
    timer: Option<&Timer>,
    now: Instant,
    look: Look,
) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(theme)
                .font(bold(look.small))
                .color(style::muted(ui)),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(timer) = timer {
                timer_ui(ui, lang, timer, now);
                ui.add_space(24.0);
            }
            if let Some((n, of)) = number {
                ui.label(
                    RichText::new(match lang {
                        Lang::Nl => format!("Vraag {n} van {of}"),
                        Lang::En => format!("Question {n} of {of}"),
                    })
                    .size(look.small)
                    .color(style::muted(ui)),
                );
            }
        });
    });
}

/// Returns the soft colours (fill, text) of a timer whose time is up.
fn done_colours(dark: bool) -> (Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(0x4a, 0x3f, 0x24),
            Color32::from_rgb(0xf5, 0xe6, 0xc4),
        )
    } else {
        (
            Color32::from_rgb(0xf6, 0xe7, 0xc1),
            Color32::from_rgb(0x4a, 0x36, 0x08),
        )
    }
}

/// Draws the time left, large; at zero it says so in a soft colour.
pub(crate) fn timer_ui(ui: &mut egui::Ui, lang: Lang, timer: &Timer, now: Instant) {
    let done = timer.is_done(now);
    let text = timer.text(now);
    if done {
        let (fill, ink) = done_colours(ui.visuals().dark_mode);
        egui::Frame::new()
            .fill(fill)
            .corner_radius(8.0)
            .inner_margin(egui::Margin::symmetric(14, 4))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("{text}  {}", t(lang, "Tijd is om", "Time is up")))
                        .font(bold(TIMER_SIZE))
                        .color(ink),
                );
            });
    } else {
        let colour = if timer.is_running(now) {
            ui.visuals().strong_text_color()
        } else {
            style::muted(ui)
        };
        ui.label(RichText::new(text).font(bold(TIMER_SIZE)).color(colour))
            .on_hover_text(t(
                lang,
                "Resterende tijd (T: start of pauze, R: opnieuw)",
                "Time left (T: start or pause, R: reset)",
            ));
    }
}

/// Draws a theme's introduction slide.
fn intro_ui(ui: &mut egui::Ui, lang: Lang, q: &Questionnaire, theme: usize, look: Look) {
    let th = &q.themes[theme];
    ui.label(
        RichText::new(format!(
            "{} {} {} {}",
            t(lang, "Thema", "Theme"),
            theme + 1,
            t(lang, "van", "of"),
            q.themes.len()
        ))
        .size(look.small)
        .color(style::muted(ui)),
    );
    ui.add(egui::Label::new(RichText::new(th.title.get(lang)).font(bold(look.title))).wrap());
    ui.add_space(20.0);
    ui.add(egui::Label::new(RichText::new(th.introduction.get(lang)).size(look.text)).wrap());
    ui.add_space(20.0);
    let n = th.questions.len();
    ui.label(
        RichText::new(match (lang, n) {
            (Lang::Nl, 1) => "1 vraag".to_owned(),
            (Lang::En, 1) => "1 question".to_owned(),
            (Lang::Nl, n) => format!("{n} vragen"),
            (Lang::En, n) => format!("{n} questions"),
        })
        .size(look.small)
        .color(style::muted(ui)),
    );
}

/// Draws a question slide: the prompt, the answer widget (as on the theme
/// page, larger), the levels of a statement's scale, and the members'
/// answers when the theme is revealed. A change is saved as on the theme page.
fn question_slide_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    question: &Question,
    session: &mut Session,
    look: Look,
    commands: &mut Vec<Command>,
) {
    let group = egui::UiBuilder::new()
        .id_salt(("slide_question", &question.id))
        .accessibility_role(egui::accesskit::Role::Group)
        .accessibility_label(question.prompt.get(lang));
    ui.scope_builder(group, |ui| {
        let prompt = ui.add(
            egui::Label::new(RichText::new(question.prompt.get(lang)).font(bold(look.prompt)))
                .wrap(),
        );
        ui.add_space(if look.scale > 1.0 { 24.0 } else { 12.0 });
        enlarge(ui, look.scale);
        let width = ui.available_width();
        let mut entry = session
            .reflection
            .agreed
            .get(&question.id)
            .cloned()
            .unwrap_or_default();
        let mut changed = questions::question_ui(ui, lang, q, question, prompt.id, &mut entry);
        if let QuestionKind::Scale { scale, .. } = &question.kind
            && let Some(scale) = q.scale(scale)
        {
            ui.add_space(12.0);
            questions::scale_legend_ui(ui, lang, scale);
        }
        if !session.reflection.respondents.is_empty() {
            ui.add_space(16.0);
            super::reveal::reveal_button_ui(ui, lang, session, commands);
            if session.revealed.contains(&session.theme) {
                let c = crate::model::consensus::consensus(q, &session.reflection, lang);
                let names = session.reflection.sharing.members
                    == crate::model::reflection::MemberSharing::ByLabel;
                ui.add_space(8.0);
                changed |= ui
                    .scope(|ui| {
                        ui.set_max_width(width);
                        super::reveal::spread_ui(ui, lang, q, &c, question, names, &mut entry)
                    })
                    .inner;
            }
        }
        if changed {
            let answers = &mut session.reflection.agreed;
            if entry.is_empty() {
                answers.remove(&question.id);
            } else {
                answers.insert(question.id.clone(), entry);
            }
            commands.push(Command::Edited);
        }
    });
}

/// Draws the controls under the slides: back and forth, the timer, full
/// screen, and the way out.
fn controls_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    present: &Presentation,
    at: usize,
    n: usize,
    now: Instant,
    commands: &mut Vec<Command>,
) {
    enlarge(ui, 1.25);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                at > 0,
                egui::Button::new(format!("← {}", t(lang, "Vorige", "Previous"))),
            )
            .on_hover_text("← / PageUp")
            .clicked()
        {
            commands.push(Command::GoToSlide(at - 1));
        }
        if ui
            .add_enabled(
                at + 1 < n,
                egui::Button::new(style::bold(format!("{} →", t(lang, "Volgende", "Next")))),
            )
            .on_hover_text("→ / Space / PageDown")
            .clicked()
        {
            commands.push(Command::GoToSlide(at + 1));
        }
        ui.label(RichText::new(format!("{} / {n}", at + 1)).color(style::muted(ui)));
        ui.separator();
        timer_controls_ui(ui, lang, present, now, commands);
        ui.separator();
        super::presenter::screen_controls_ui(ui, lang, present, commands);
        if ui
            .button(if present.fullscreen {
                t(lang, "Volledig scherm uit (F11)", "Leave full screen (F11)")
            } else {
                t(lang, "Volledig scherm (F11)", "Full screen (F11)")
            })
            .clicked()
        {
            commands.push(Command::ToggleFullscreen);
        }
        if ui
            .button(t(
                lang,
                "✕ Presentatie sluiten (Esc)",
                "✕ Close presentation (Esc)",
            ))
            .clicked()
        {
            commands.push(Command::Present(false));
        }
    });
}

/// Draws the timer's controls: start or pause, reset, its minutes, and
/// whether it covers a slide or a theme.
fn timer_controls_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    present: &Presentation,
    now: Instant,
    commands: &mut Vec<Command>,
) {
    let timer = &present.timer;
    let start = if timer.is_running(now) {
        t(lang, "Pauze (T)", "Pause (T)")
    } else {
        t(lang, "▶ Timer starten (T)", "▶ Start timer (T)")
    };
    if ui
        .add_enabled(!timer.is_done(now), egui::Button::new(start))
        .clicked()
    {
        commands.push(Command::Timer(TimerCommand::Toggle));
    }
    if ui.button(t(lang, "Opnieuw (R)", "Reset (R)")).clicked() {
        commands.push(Command::Timer(TimerCommand::Reset));
    }
    let label = ui.label(t(lang, "Minuten:", "Minutes:"));
    let mut minutes = timer.set_minutes();
    if ui
        .add(egui::DragValue::new(&mut minutes).range(1..=MAX_MINUTES))
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::Timer(TimerCommand::Minutes(minutes)));
    }
    for (scope, nl, en) in [
        (Scope::Slide, "per dia", "per slide"),
        (Scope::Theme, "per thema", "per theme"),
    ] {
        if ui.radio(present.scope == scope, t(lang, nl, en)).clicked() && present.scope != scope {
            commands.push(Command::Timer(TimerCommand::Scope(scope)));
        }
    }
}
