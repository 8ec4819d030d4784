//! The presentation for the projector: which slide is on screen, full
//! screen, and the workshop timer; the commands that change them.

use std::time::Instant;

use crate::app::{Command, Page, ReflectieApp};
use crate::model::slides::{self, Slide};
use crate::model::timer::{Scope, Timer};

/// The state of the presentation while it is on screen.
#[derive(Debug, Clone, Default)]
pub struct Presentation {
    /// The place of the slide on screen in [`slides::slides`].
    pub slide: usize,
    /// Whether the window was put in full screen (F11 toggles it).
    pub fullscreen: bool,
    /// The workshop timer.
    pub timer: Timer,
    /// Whether the timer starts again per slide or per theme.
    pub scope: Scope,
    /// Whether a text field had the keyboard focus at the end of the last
    /// frame (egui drops the focus on Esc before the keys are read).
    pub typing: bool,
}

/// Something done to the timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerCommand {
    /// Start a stopped or paused timer, pause a running one.
    Toggle,
    /// Stop it at its full time.
    Reset,
    /// Set it to this many minutes (and stop it).
    Minutes(u32),
    /// Start it again per slide or per theme.
    Scope(Scope),
}

impl ReflectieApp {
    /// Applies a command of the presentation; returns whether it was one.
    pub(crate) fn apply_present(&mut self, ctx: &egui::Context, command: &Command) -> bool {
        match command {
            Command::Present(true) => self.start_presenting(ctx),
            Command::Present(false) => self.stop_presenting(ctx),
            Command::GoToSlide(i) => self.go_to_slide(ctx, *i),
            Command::ToggleFullscreen => {
                self.present.fullscreen = !self.present.fullscreen;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.present.fullscreen));
            }
            Command::Timer(t) => {
                let now = Instant::now();
                let timer = &mut self.present.timer;
                match t {
                    TimerCommand::Toggle => timer.toggle(now),
                    TimerCommand::Reset => timer.reset(),
                    TimerCommand::Minutes(m) => timer.set(*m),
                    TimerCommand::Scope(s) => self.present.scope = *s,
                }
            }
            _ => return false,
        }
        true
    }

    /// Shows the open reflection as slides, full screen, from the
    /// introduction of the theme on screen.
    fn start_presenting(&mut self, ctx: &egui::Context) {
        let Some(s) = &self.session else { return };
        // a member who scores alone, or the laptop being passed, does not
        // show the board's answers on the wall
        if s.respondent.is_some() || s.members.passing {
            return;
        }
        let slide = slides::slides(&s.questionnaire)
            .iter()
            .position(|sl| *sl == Slide::ThemeIntro { theme: s.theme })
            .unwrap_or(0);
        self.present.slide = slide;
        self.present.timer.reset();
        self.present.fullscreen = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        self.page = Page::Present;
        surrender_focus(ctx);
    }

    /// Leaves the presentation (and full screen) for the theme page of the
    /// slide that was on screen.
    fn stop_presenting(&mut self, ctx: &egui::Context) {
        if self.page != Page::Present {
            return;
        }
        if self.present.fullscreen {
            self.present.fullscreen = false;
        }
        // always: the window may have been put in full screen another way
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        self.present.timer.reset();
        self.page = Page::Reflect;
        if let Some(s) = &mut self.session {
            s.scroll_to_top = true;
        }
    }

    /// Shows slide `i` (kept within the slides); the timer starts again on
    /// a new slide or theme, as set.
    fn go_to_slide(&mut self, ctx: &egui::Context, i: usize) {
        let Some(s) = &mut self.session else { return };
        let all = slides::slides(&s.questionnaire);
        let Some(last) = all.len().checked_sub(1) else {
            return;
        };
        let i = i.min(last);
        if i == self.present.slide {
            return;
        }
        let theme = all[i].theme();
        let new_theme = theme != s.theme;
        // the theme page, the reveal and leaving follow the slide's theme
        s.theme = theme;
        self.present.slide = i;
        if self.present.scope == Scope::Slide || new_theme {
            self.present.timer.reset();
        }
        surrender_focus(ctx);
    }

    /// Handles the keys of the presentation (what clickers send, F11, Esc,
    /// T and R for the timer); call before drawing.
    pub(crate) fn present_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        // a text field takes what is typed; a focused control keeps its
        // arrows and Space (a marker moves, a tile is chosen)
        let typing = self.present.typing || ctx.text_edit_focused();
        let focused = ctx.memory(|m| m.focused().is_some());
        let slide = self.present.slide;
        let (next, prev, full, leave, toggle, reset) = ctx.input_mut(|i| {
            let mut next = i.consume_key(Modifiers::NONE, Key::PageDown);
            let mut prev = i.consume_key(Modifiers::NONE, Key::PageUp);
            if !focused {
                next |= i.consume_key(Modifiers::NONE, Key::ArrowRight)
                    || i.consume_key(Modifiers::NONE, Key::Space);
                prev |= i.consume_key(Modifiers::NONE, Key::ArrowLeft)
                    || i.consume_key(Modifiers::SHIFT, Key::Space);
            }
            let full = i.consume_key(Modifiers::NONE, Key::F11);
            let (leave, toggle, reset) = if typing {
                (false, false, false)
            } else {
                (
                    i.consume_key(Modifiers::NONE, Key::Escape),
                    i.consume_key(Modifiers::NONE, Key::T),
                    i.consume_key(Modifiers::NONE, Key::R),
                )
            };
            (next, prev, full, leave, toggle, reset)
        });
        if next {
            self.push(Command::GoToSlide(slide + 1));
        }
        if prev && slide > 0 {
            self.push(Command::GoToSlide(slide - 1));
        }
        if full {
            self.push(Command::ToggleFullscreen);
        }
        if leave {
            self.push(Command::Present(false));
        }
        if toggle {
            self.push(Command::Timer(TimerCommand::Toggle));
        }
        if reset {
            self.push(Command::Timer(TimerCommand::Reset));
        }
    }
}

/// Takes the keyboard focus from whatever has it, so that the arrows and
/// Space move through the slides again.
fn surrender_focus(ctx: &egui::Context) {
    ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
}
