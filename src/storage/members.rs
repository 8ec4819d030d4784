//! Importing members' files into the board's reflection ("each on their own
//! laptop"): every member scores in a reflection on their own machine and
//! sends the file; the chair imports several at once and each becomes a
//! [`Respondent`] of the board's reflection.
//!
//! The members' files are only read ([`read_reflection`]): not a byte is
//! written to them. [`import_members`] does not change the board's
//! reflection either; it says what would be added and what is refused, and
//! [`MembersImport::apply`] adds the accepted members in memory (the normal
//! autosave writes the board's file).
//!
//! What counts as a member in a file:
//! - the file's agreed answers are the member's own answers, labelled with
//!   the file's profile name (the board can rename the member later);
//! - each respondent in the file counts as a member too, with their label
//!   (a member may have let a housemate or a co-board member score too).
//!
//! A member's id is derived from the file's reflection id, the respondent's
//! id (or "agreed") and the answers themselves, so that importing the same
//! file again adds nobody ("staat er al"), while two members who each filled
//! in a copy of the same blank file are still two members.
//!
//! Refused, with a message naming the file: a file that cannot be read (the
//! loader's message, with line and column), a file of another questionnaire,
//! a file of another network (both have a network id, they differ and the
//! network names differ too: a member who made a new reflection with the
//! network's name on their own laptop has a network id of their own), the
//! board's own reflection (or an unchanged copy of it), and a file without
//! answers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::lang::{Lang, Text};
use crate::model::reflection::{Entry, Reflection, Respondent};
use crate::storage::read_reflection;

/// What importing members' files would do: who is added, who was already
/// there, and which files are refused and why.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MembersImport {
    /// The members to add, in the order of the files.
    pub added: Vec<Member>,
    /// The members that the board's reflection already has.
    pub already: Vec<Member>,
    /// The files that were refused.
    pub refused: Vec<Refused>,
}

/// One member found in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The file the member came from.
    pub file: PathBuf,
    /// The member as a respondent of the board's reflection.
    pub respondent: Respondent,
}

/// A file that was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    /// The file.
    pub file: PathBuf,
    /// Why, and what to do, in Dutch and English; it names the file.
    pub reason: Text,
}

/// Reads members' files and returns what importing them into `board` would
/// add and what is refused, without changing `board` or any file.
pub fn import_members(board: &Reflection, files: &[PathBuf]) -> MembersImport {
    let mut out = MembersImport::default();
    let mut ids: BTreeSet<String> = board.respondents.iter().map(|r| r.id.clone()).collect();
    let mut labels: BTreeSet<String> = board
        .respondents
        .iter()
        .map(|r| r.label.trim().to_lowercase())
        .collect();
    for file in files {
        let member = match read_reflection(file) {
            Ok(loaded) => loaded.reflection,
            Err(e) => {
                out.refused.push(Refused {
                    file: file.clone(),
                    reason: Text::new(e.describe(Lang::Nl), e.describe(Lang::En)),
                });
                continue;
            }
        };
        if let Some(reason) = refusal(board, &member, file) {
            out.refused.push(Refused {
                file: file.clone(),
                reason,
            });
            continue;
        }
        for mut respondent in members_of(&member) {
            if ids.contains(&respondent.id) {
                if let Some(there) = board.respondents.iter().find(|r| r.id == respondent.id) {
                    respondent.label = there.label.clone();
                }
                out.already.push(Member {
                    file: file.clone(),
                    respondent,
                });
                continue;
            }
            respondent.label = free_label(&respondent.label, &labels);
            ids.insert(respondent.id.clone());
            labels.insert(respondent.label.trim().to_lowercase());
            out.added.push(Member {
                file: file.clone(),
                respondent,
            });
        }
    }
    out
}

impl MembersImport {
    /// Adds the accepted members to the board's reflection (in memory) and
    /// returns how many were added; a member whose id is already there is
    /// not added twice.
    pub fn apply(&self, board: &mut Reflection) -> usize {
        let mut n = 0;
        for m in &self.added {
            if board.respondents.iter().any(|r| r.id == m.respondent.id) {
                continue;
            }
            board.respondents.push(m.respondent.clone());
            n += 1;
        }
        if n > 0 {
            board.touch();
        }
        n
    }

    /// Describes the outcome in one message: who was added, who was
    /// already there, and what was refused and why.
    pub fn describe(&self, lang: Lang) -> String {
        let names = |ms: &[Member]| {
            ms.iter()
                .map(|m| format!("“{}”", m.respondent.label))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut lines = Vec::new();
        if !self.added.is_empty() {
            lines.push(match lang {
                Lang::Nl => format!(
                    "Toegevoegd als lid ({}): {}.",
                    self.added.len(),
                    names(&self.added)
                ),
                Lang::En => format!(
                    "Added as member ({}): {}.",
                    self.added.len(),
                    names(&self.added)
                ),
            });
        }
        if !self.already.is_empty() {
            lines.push(match lang {
                Lang::Nl => format!(
                    "Staat er al (niet opnieuw toegevoegd): {}.",
                    names(&self.already)
                ),
                Lang::En => format!("Already there (not added again): {}.", names(&self.already)),
            });
        }
        for r in &self.refused {
            lines.push(match lang {
                Lang::Nl => format!("Niet geïmporteerd: {}", r.reason.get(lang)),
                Lang::En => format!("Not imported: {}", r.reason.get(lang)),
            });
        }
        if lines.is_empty() {
            lines.push(
                lang.pick(
                    "Er zijn geen bestanden gekozen; er is niets veranderd.",
                    "No files were chosen; nothing changed.",
                )
                .to_owned(),
            );
        }
        lines.join("\n")
    }
}

/// Returns why a member's file cannot be imported into the board's
/// reflection, if it cannot.
fn refusal(board: &Reflection, member: &Reflection, file: &Path) -> Option<Text> {
    let f = file.display();
    if member.questionnaire.id != board.questionnaire.id {
        return Some(Text::new(
            format!(
                "{f}: dit bestand beantwoordt een andere vragenlijst (“{}”, jullie reflectie gebruikt “{}”). Vraag het lid de vragenlijst van het bestuur in te vullen, bijvoorbeeld in een kopie van jullie lege reflectie. Het bestand is niet veranderd.",
                member.questionnaire.id, board.questionnaire.id
            ),
            format!(
                "{f}: this file answers another questionnaire (“{}”; your reflection uses “{}”). Ask the member to fill in the board's questionnaire, for example in a copy of your blank reflection. The file was not changed.",
                member.questionnaire.id, board.questionnaire.id
            ),
        ));
    }
    let name = |r: &Reflection| r.profile.name.trim().to_lowercase();
    if !member.network_id.is_empty()
        && !board.network_id.is_empty()
        && member.network_id != board.network_id
        && name(member) != name(board)
    {
        return Some(Text::new(
            format!(
                "{f}: dit bestand hoort bij een ander netwerk (“{}”, niet “{}”). Controleer of jullie het goede bestand kozen. Het bestand is niet veranderd.",
                member.profile.name, board.profile.name
            ),
            format!(
                "{f}: this file belongs to another network (“{}”, not “{}”). Check that you chose the right file. The file was not changed.",
                member.profile.name, board.profile.name
            ),
        ));
    }
    if member.id == board.id && member.agreed == board.agreed {
        return Some(Text::new(
            format!(
                "{f}: dit is jullie eigen reflectie (of een ongewijzigde kopie ervan), niet het bestand van een lid. Kies de bestanden die de leden stuurden."
            ),
            format!(
                "{f}: this is your own reflection (or an unchanged copy of it), not a member's file. Choose the files the members sent."
            ),
        ));
    }
    if members_of(member).is_empty() {
        return Some(Text::new(
            format!(
                "{f}: in dit bestand is nog niets beantwoord. Vraag het lid eerst de vragen te beantwoorden en het bestand dan opnieuw te sturen."
            ),
            format!(
                "{f}: nothing is answered in this file yet. Ask the member to answer the questions first and then send the file again."
            ),
        ));
    }
    None
}

/// Lists the members in a member's file: its agreed answers (labelled with
/// its profile name) and each of its respondents; those without any answer
/// are left out.
fn members_of(member: &Reflection) -> Vec<Respondent> {
    let mut out = Vec::new();
    if has_answers(&member.agreed) {
        out.push(Respondent {
            id: member_id(&member.id, "agreed", &member.agreed),
            label: label_or(&member.profile.name),
            answers: member.agreed.clone(),
        });
    }
    for r in &member.respondents {
        if has_answers(&r.answers) {
            out.push(Respondent {
                id: member_id(&member.id, &r.id, &r.answers),
                label: label_or(&r.label),
                answers: r.answers.clone(),
            });
        }
    }
    out
}

fn has_answers(answers: &BTreeMap<String, Entry>) -> bool {
    answers.values().any(|e| e.answer.is_some() || e.skipped)
}

fn label_or(label: &str) -> String {
    let label = label.trim();
    if label.is_empty() {
        "Lid".to_owned()
    } else {
        label.to_owned()
    }
}

/// Makes a member's id: stable for the same reflection, respondent and
/// answers.
fn member_id(reflection: &str, respondent: &str, answers: &BTreeMap<String, Entry>) -> String {
    let text = ron::to_string(answers).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in reflection
        .bytes()
        .chain([0])
        .chain(respondent.bytes())
        .chain([0])
        .chain(text.bytes())
    {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("lid-{hash:016x}")
}

/// Returns the label, or the label with " (2)", " (3)" … when another
/// member already has it.
fn free_label(label: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(&label.trim().to_lowercase()) {
        return label.to_owned();
    }
    (2..)
        .map(|n| format!("{label} ({n})"))
        .find(|l| !taken.contains(&l.trim().to_lowercase()))
        .unwrap_or_else(|| label.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_label_gets_a_number() {
        let taken: BTreeSet<String> = ["sam".to_owned(), "sam (2)".to_owned()].into();
        assert_eq!(free_label("Sam", &taken), "Sam (3)");
        assert_eq!(free_label("Noor", &taken), "Noor");
    }

    #[test]
    fn the_id_follows_the_content() {
        let a = BTreeMap::new();
        let mut b = BTreeMap::new();
        b.insert("q".to_owned(), Entry::default());
        assert_eq!(member_id("r", "agreed", &a), member_id("r", "agreed", &a));
        assert_ne!(member_id("r", "agreed", &a), member_id("r", "agreed", &b));
        assert_ne!(member_id("r", "agreed", &a), member_id("r", "x", &a));
    }
}
