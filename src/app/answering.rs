//! What answering a theme asks of the program beyond an edit: adding an
//! action point that takes the focus, removing one, and undoing that.

use std::time::Instant;

use crate::app::{ReflectieApp, SaveStatus, Session};
use crate::model::reflection::{ActionPoint, new_id};

/// Records that the open reflection changed, as `Command::Edited` does.
fn edited(s: &mut Session) {
    s.reflection.touch();
    s.dirty.mark(Instant::now());
    s.status = SaveStatus::Pending;
}

impl ReflectieApp {
    /// Adds an empty action point to a theme; its "what" field takes the
    /// focus when it is drawn.
    pub(crate) fn add_action(&mut self, theme: &str) {
        let Some(s) = &mut self.session else { return };
        let id = new_id("actie");
        s.reflection.actions.push(ActionPoint {
            id: id.clone(),
            theme: Some(theme.to_owned()),
            ..ActionPoint::default()
        });
        s.focus_action = Some(id);
        edited(s);
    }

    /// Removes an action point, keeping it and its place for an undo.
    pub(crate) fn remove_action(&mut self, id: &str) {
        let Some(s) = &mut self.session else { return };
        let Some(i) = s.reflection.actions.iter().position(|a| a.id == id) else {
            return;
        };
        let removed = s.reflection.actions.remove(i);
        s.removed_action = Some((i, removed));
        edited(s);
    }

    /// Puts the action point removed last back at its place, with all it
    /// held.
    pub(crate) fn restore_action(&mut self) {
        let Some(s) = &mut self.session else { return };
        let Some((i, action)) = s.removed_action.take() else {
            return;
        };
        let at = i.min(s.reflection.actions.len());
        s.reflection.actions.insert(at, action);
        edited(s);
    }
}
