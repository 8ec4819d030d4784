//! Where the keyboard focus goes: to the first control of a page that just
//! appeared, and with F6 / Shift+F6 from one region of the window to the
//! next (the questions, the theme list, the top bar).

use egui::{FocusDirection, Key, Modifiers, Rect};

/// A region of the window that F6 moves between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The page itself: the questions of a theme, the form, the list.
    Main,
    /// The list of themes beside the questions.
    Sidebar,
    /// The bar at the top.
    TopBar,
    /// The messages under the top bar.
    Notices,
}

/// The order in which F6 visits the regions; Shift+F6 goes backwards.
const CYCLE: [Region; 4] = [
    Region::Main,
    Region::Sidebar,
    Region::TopBar,
    Region::Notices,
];

/// Where the number of the pass with the last Tab or Shift+Tab is kept.
const TABBED: &str = "focus_tabbed_pass";

/// Scrolls the scroll area being drawn so that the control that Tab or
/// Shift+Tab just gave the focus is wholly in view, with its outline: egui
/// itself leaves it where it is, off screen. Call at the end of a scroll
/// area's contents.
pub fn keep_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let now = ctx.cumulative_pass_nr();
    // egui moves the focus in the pass of the key (Tab) or the one after
    // (Shift+Tab)
    let tabbed = ctx
        .data(|d| d.get_temp::<u64>(egui::Id::unique(TABBED)))
        .is_some_and(|pass| pass + 2 >= now);
    if !tabbed {
        return;
    }
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(widget) = ctx.viewport(|v| v.this_pass.widgets.get(id).copied()) else {
        return;
    };
    let margin = crate::app::style::FOCUS_GAP + crate::app::style::FOCUS_WIDTH;
    let rect = widget.rect.expand(margin);
    let mine = widget.layer_id == ui.layer_id() && ui.min_rect().intersects(widget.rect);
    if mine && rect.is_finite() && !ui.clip_rect().contains_rect(rect) {
        ui.scroll_to_rect(rect, None);
    }
}

/// The focus moves asked for, and where the regions were drawn.
#[derive(Debug, Default)]
pub struct FocusState {
    /// The region whose first control gets the focus in this frame.
    pending: Option<Region>,
    /// The regions drawn in the last frame, with their rectangles.
    drawn: Vec<(Region, Rect)>,
    /// The regions drawn so far in this frame.
    drawing: Vec<(Region, Rect)>,
}

impl FocusState {
    /// Gives the focus to the first control of `region` in the next frame
    /// that draws it.
    pub fn focus_first(&mut self, region: Region) {
        self.pending = Some(region);
    }

    /// Handles F6 and Shift+F6 (the next or previous region), and Tab when
    /// nothing has the focus on a page with `first_on_tab` (it goes to the
    /// page itself, not to the top bar). Call before drawing.
    pub fn handle_keys(&mut self, ctx: &egui::Context, first_on_tab: bool) {
        if ctx.input(|i| i.key_pressed(Key::Tab) && !i.modifiers.ctrl && !i.modifiers.alt) {
            let pass = ctx.cumulative_pass_nr();
            ctx.data_mut(|d| d.insert_temp(egui::Id::unique(TABBED), pass));
        }
        let (previous, next, tab) = ctx.input_mut(|i| {
            // Shift first: a pattern without Shift also matches Shift+F6
            let previous = i.consume_key(Modifiers::SHIFT, Key::F6);
            let next = i.consume_key(Modifiers::NONE, Key::F6);
            (
                previous,
                next,
                i.key_pressed(Key::Tab) && i.modifiers.is_none(),
            )
        });
        let focused = ctx.memory(|m| m.focused());
        if tab && first_on_tab && focused.is_none() {
            self.pending = Some(Region::Main);
            return;
        }
        if !next && !previous {
            return;
        }
        let order: Vec<Region> = CYCLE
            .into_iter()
            .filter(|r| self.drawn.iter().any(|(d, _)| d == r))
            .collect();
        if order.is_empty() {
            return;
        }
        let here = focused
            .and_then(|id| ctx.read_response(id))
            .and_then(|r| {
                let at = r.rect.center();
                self.drawn
                    .iter()
                    .find(|(_, rect)| rect.contains(at))
                    .map(|(region, _)| *region)
            })
            .and_then(|region| order.iter().position(|r| *r == region));
        let n = order.len();
        let to = match (here, next) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            // nothing focused: F6 starts with the page, Shift+F6 from the end
            (None, true) => 0,
            (None, false) => n - 1,
        };
        self.pending = Some(order[to]);
    }

    /// Starts a frame: the regions are drawn anew.
    pub fn begin_frame(&mut self) {
        self.drawing.clear();
    }

    /// Call right before drawing `region`: if its first control is to get
    /// the focus, the first focusable widget drawn after this call gets it.
    pub fn before(&mut self, ctx: &egui::Context, region: Region) {
        if self.pending == Some(region) {
            self.pending = None;
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
                // with nothing focused, egui gives the focus to the next
                // widget that wants it, as for Tab
                m.move_focus(FocusDirection::Next);
            });
        }
    }

    /// Call right after drawing `region` in `rect`.
    pub fn after(&mut self, region: Region, rect: Rect) {
        self.drawing.push((region, rect));
    }

    /// Ends a frame: what was drawn is where F6 looks in the next frame. A
    /// move to a region this frame did not draw is dropped, so that the
    /// focus never jumps there later.
    pub fn end_frame(&mut self) {
        if let Some(region) = self.pending
            && !self.drawing.iter().any(|(r, _)| *r == region)
        {
            self.pending = None;
        }
        self.drawn = std::mem::take(&mut self.drawing);
    }
}
