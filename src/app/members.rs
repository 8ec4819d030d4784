//! The board's members: adding, renaming and removing them (a removed
//! member can be brought back until the reflection is closed), and whose
//! turn it is to score when the laptop is passed round.

use crate::app::focus::Region;
use crate::app::{Command, ReflectieApp};
use crate::model::reflection::{MemberSharing, Respondent, new_id};

/// What the members panel and the passing of the laptop need to remember
/// while a reflection is open (never saved).
#[derive(Debug, Clone, Default)]
pub struct Members {
    /// Whether the members panel is open.
    pub open: bool,
    /// The label typed for a new member.
    pub new_label: String,
    /// The member (by id) whose removal waits for a yes.
    pub confirm_remove: Option<String>,
    /// Removed members with their answers, and where they stood, to bring
    /// back until the reflection is closed.
    pub removed: Vec<(usize, Respondent)>,
    /// Whether the laptop is being passed: nobody scores and nothing but
    /// the choice of who scores next is shown.
    pub passing: bool,
    /// Whether the field for a new member's label takes the keyboard focus
    /// when it is drawn next (the panel was just opened).
    pub focus_new: bool,
}

impl ReflectieApp {
    /// Applies a command about members: `None` when it is not one, else
    /// whether the reflection changed (then [`Command::Edited`] follows).
    pub(crate) fn apply_members(&mut self, command: &Command) -> Option<bool> {
        if !is_members_command(command) {
            return None;
        }
        let s = self.session.as_mut()?;
        let edited = match command {
            Command::ShowMembers(open) => {
                s.members.open = *open;
                // opened: to the field for a new member; closed: to the
                // page, where the choice of who scores now comes first
                s.members.focus_new = *open;
                if !*open {
                    self.focus.focus_first(Region::Main);
                }
                false
            }
            Command::AddMember => {
                let label = s.members.new_label.trim().to_owned();
                if label.is_empty() {
                    return Some(false);
                }
                let taken = |id: &str| {
                    s.reflection.respondents.iter().any(|r| r.id == id)
                        || s.members.removed.iter().any(|(_, r)| r.id == id)
                };
                let mut id = new_id(&label);
                while taken(&id) {
                    id = new_id(&label);
                }
                s.reflection.respondents.push(Respondent {
                    id,
                    label,
                    answers: Default::default(),
                });
                s.members.new_label.clear();
                true
            }
            Command::AskRemoveMember(id) => {
                s.members.confirm_remove = Some(id.clone());
                false
            }
            Command::CancelRemoveMember => {
                s.members.confirm_remove = None;
                false
            }
            Command::RemoveMember(id) => {
                s.members.confirm_remove = None;
                let Some(i) = s.reflection.respondents.iter().position(|r| &r.id == id) else {
                    return Some(true);
                };
                let member = s.reflection.respondents.remove(i);
                s.respondent = match s.respondent {
                    Some(j) if j == i => None,
                    Some(j) if j > i => Some(j - 1),
                    other => other,
                };
                s.members.removed.push((i, member));
                s.members.focus_new = true;
                true
            }
            Command::RestoreMember(id) => {
                let Some(k) = s.members.removed.iter().position(|(_, r)| &r.id == id) else {
                    return Some(true);
                };
                let (i, member) = s.members.removed.remove(k);
                let i = i.min(s.reflection.respondents.len());
                s.reflection.respondents.insert(i, member);
                if let Some(j) = s.respondent
                    && j >= i
                {
                    s.respondent = Some(j + 1);
                }
                s.members.focus_new = true;
                true
            }
            Command::ScoreAs(who) => {
                // the page changes under the focus: it starts again at the
                // page's first control (the member's "Klaar, geef door",
                // or the choice of who scores)
                self.focus.focus_first(Region::Main);
                match who {
                    Some(id) => {
                        if let Some(i) = s.reflection.respondents.iter().position(|r| &r.id == id) {
                            s.respondent = Some(i);
                            s.members.passing = false;
                            s.members.open = false;
                            s.scroll_to_top = true;
                        }
                    }
                    None => {
                        s.respondent = None;
                        s.members.passing = false;
                    }
                }
                false
            }
            Command::PassOn => {
                self.focus.focus_first(Region::Main);
                s.respondent = None;
                s.members.passing = true;
                s.scroll_to_top = true;
                false
            }
            Command::ShowMemberLabels(on) => {
                let sharing = &mut s.reflection.sharing.members;
                let to = match (*on, *sharing) {
                    (true, _) => MemberSharing::ByLabel,
                    // hiding the labels never shares more than before
                    (false, MemberSharing::ByLabel) => MemberSharing::Anonymous,
                    (false, other) => other,
                };
                let changed = to != *sharing;
                *sharing = to;
                changed
            }
            _ => return None,
        };
        Some(edited)
    }
}

fn is_members_command(command: &Command) -> bool {
    matches!(
        command,
        Command::ShowMembers(_)
            | Command::AddMember
            | Command::AskRemoveMember(_)
            | Command::CancelRemoveMember
            | Command::RemoveMember(_)
            | Command::RestoreMember(_)
            | Command::ScoreAs(_)
            | Command::PassOn
            | Command::ShowMemberLabels(_)
    )
}
