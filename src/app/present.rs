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
    /// The screens the computer has, as last asked (empty where that
    /// cannot be asked, as in tests).
    pub screens: Vec<Screen>,
    /// The place in [`Self::screens`] chosen for the slides.
    pub chosen: usize,
    /// The screen the slides' own window is on, while there is one: the
    /// laptop then shows the presenter view.
    pub second: Option<usize>,
    /// Whether the screens should be asked again before the next frame.
    pub find_screens: bool,
}

/// A screen (monitor) of the computer, in the order the system lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The system's name for it, such as `HDMI-1`.
    pub name: String,
    /// Its size in pixels.
    pub size: [u32; 2],
    /// Where its top left corner is on the desktop, in pixels.
    pub position: [i32; 2],
    /// How many pixels a point takes on it.
    pub scale: f32,
    /// Whether the program's window is on it.
    pub current: bool,
}

impl Screen {
    /// Returns the screen's place and size in points, for a window that
    /// covers it (where the system cannot make it full screen).
    pub fn rect(&self) -> egui::Rect {
        let scale = if self.scale > 0.0 { self.scale } else { 1.0 };
        egui::Rect::from_min_size(
            egui::pos2(self.position[0] as f32, self.position[1] as f32) / scale,
            egui::vec2(self.size[0] as f32, self.size[1] as f32) / scale,
        )
    }

    /// Returns how the screen is named in the chooser: its number, name and size.
    pub fn describe(&self, index: usize) -> String {
        let name = if self.name.is_empty() {
            String::new()
        } else {
            format!(" {}", self.name)
        };
        format!("{}:{name} ({}×{})", index + 1, self.size[0], self.size[1])
    }
}

impl Presentation {
    /// Takes the screens the system lists and chooses, for the slides, the
    /// first one the program's window is not on.
    pub fn set_screens(&mut self, screens: Vec<Screen>) {
        self.chosen = screens
            .iter()
            .position(|s| !s.current)
            .unwrap_or(0)
            .min(screens.len().saturating_sub(1));
        if self.second.is_some_and(|i| i >= screens.len()) {
            self.second = None;
        }
        self.screens = screens;
    }

    /// Returns whether the slides can go to a screen of their own.
    pub fn has_second_screen(&self) -> bool {
        self.screens.len() >= 2
    }
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

/// Something done with the second screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenCommand {
    /// Ask the system again which screens there are.
    Find,
    /// Choose the screen at this place for the slides.
    Choose(usize),
    /// Show the slides in their own window on the chosen screen.
    Open,
    /// Close the slides' own window: the laptop shows the slides again.
    Close,
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
            Command::Screen(c) => self.apply_screen(ctx, *c),
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
        self.present.second = None;
        self.present.find_screens = true;
        self.present.fullscreen = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        self.page = Page::Present;
        surrender_focus(ctx);
    }

    /// Opens, closes or chooses the screen of the slides' own window.
    fn apply_screen(&mut self, ctx: &egui::Context, c: ScreenCommand) {
        let p = &mut self.present;
        match c {
            ScreenCommand::Find => p.find_screens = true,
            ScreenCommand::Choose(i) if i < p.screens.len() => {
                p.chosen = i;
                // an open window moves to the newly chosen screen
                if p.second.is_some() {
                    p.second = Some(i);
                }
            }
            ScreenCommand::Choose(_) => {}
            ScreenCommand::Open if p.has_second_screen() => {
                p.second = Some(p.chosen.min(p.screens.len() - 1));
                // the laptop shows the presenter view in its own window
                p.fullscreen = false;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
            ScreenCommand::Open => {}
            ScreenCommand::Close => p.second = None,
        }
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
        self.present.second = None;
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
}

/// Reads the keys of the presentation in the viewport of `ctx` (what
/// clickers send, F11, Esc, T and R for the timer) as commands; call before
/// drawing. `typing` says whether a text field had the focus last frame.
pub(crate) fn present_keys(
    ctx: &egui::Context,
    slide: usize,
    typing: bool,
    commands: &mut Vec<Command>,
) {
    use egui::{Key, Modifiers};
    // a text field takes what is typed; a focused control keeps its
    // arrows and Space (a marker moves, a tile is chosen)
    let typing = typing || ctx.text_edit_focused();
    let focused = ctx.memory(|m| m.focused().is_some());
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
        commands.push(Command::GoToSlide(slide + 1));
    }
    if prev && slide > 0 {
        commands.push(Command::GoToSlide(slide - 1));
    }
    if full {
        commands.push(Command::ToggleFullscreen);
    }
    if leave {
        commands.push(Command::Present(false));
    }
    if toggle {
        commands.push(Command::Timer(TimerCommand::Toggle));
    }
    if reset {
        commands.push(Command::Timer(TimerCommand::Reset));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(name: &str, x: i32, scale: f32, current: bool) -> Screen {
        Screen {
            name: name.into(),
            size: [3840, 2160],
            position: [x, 0],
            scale,
            current,
        }
    }

    #[test]
    fn a_screen_is_placed_in_points() {
        let r = screen("DP-2", 3840, 2.0, false).rect();
        assert_eq!(r.min, egui::pos2(1920.0, 0.0));
        assert_eq!(r.size(), egui::vec2(1920.0, 1080.0));
        // a screen that says nothing of its scale is taken at 1
        assert_eq!(screen("X", 0, 0.0, false).rect().width(), 3840.0);
        assert_eq!(screen("X", 0, 1.0, false).describe(0), "1: X (3840×2160)");
        assert_eq!(screen("", 0, 1.0, false).describe(2), "3: (3840×2160)");
    }

    #[test]
    fn the_slides_get_a_screen_the_window_is_not_on() {
        let mut p = Presentation::default();
        p.set_screens(vec![
            screen("A", 0, 1.0, false),
            screen("B", 3840, 1.0, true),
        ]);
        assert_eq!(p.chosen, 0);
        assert!(p.has_second_screen());
        p.second = Some(1);
        // a screen unplugged while the slides were on it: back to one window
        p.set_screens(vec![screen("B", 0, 1.0, true)]);
        assert_eq!(p.second, None);
        assert_eq!(p.chosen, 0);
        assert!(!p.has_second_screen());
        p.set_screens(Vec::new());
        assert_eq!(p.chosen, 0);
    }
}
