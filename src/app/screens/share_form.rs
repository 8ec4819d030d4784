//! *Delen met de diversiteitscoördinator*: what goes into the copy for the
//! officer (the sharing choices, saved with the reflection), what will and
//! will not be in it, where it goes, and the button that writes it.

use std::path::PathBuf;

use crate::app::{Command, Page, style, t};
use crate::lang::Lang;
use crate::model::reflection::{MemberSharing, Reflection};
use crate::model::share::contents;
use crate::report::share::share_stem;

/// The share page's state (the choices themselves are in the reflection).
#[derive(Debug, Clone, PartialEq)]
pub struct ShareForm {
    /// The folder the copy goes into.
    pub folder: PathBuf,
    /// The folder as typed, when no folder dialog can be shown.
    pub typed: Option<String>,
    /// The page *Terug* returns to: the reflection or its overview.
    pub back: Page,
}

/// Draws the share page of the open reflection: the choices (each change
/// pushes [`Command::Edited`], so that it is saved like any other), what
/// goes along and what does not, the folder, *Delen* and *Terug*.
/// `busy`: a share is being written.
pub fn share_form_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut ShareForm,
    reflection: &mut Reflection,
    busy: bool,
    commands: &mut Vec<Command>,
) {
    ui.heading(t(
        lang,
        "Delen met de diversiteitscoördinator",
        "Share with the diversity officer",
    ));
    ui.add(
        egui::Label::new(t(
            lang,
            "Jullie maken een kopie van deze reflectie voor de diversiteitscoördinator, met de zelfevaluatie als pdf erbij. In de kopie staat alleen wat jullie hieronder kiezen. Jullie eigen reflectie blijft zoals ze is.",
            "You make a copy of this reflection for the diversity officer, with the self-assessment as PDF. The copy holds only what you choose below. Your own reflection stays as it is.",
        ))
        .wrap(),
    );
    ui.add_space(10.0);
    if choices_ui(ui, lang, reflection) {
        commands.push(Command::Edited);
    }
    ui.add_space(10.0);
    summary_ui(ui, lang, reflection);
    ui.add_space(10.0);
    let go = folder_ui(ui, lang, form, reflection, commands);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let share = ui
            .add_enabled(
                !busy,
                egui::Button::new(style::bold(t(lang, "Delen", "Share"))),
            )
            .clicked();
        if (share || go) && !busy {
            let folder = match &form.typed {
                Some(typed) => PathBuf::from(typed.trim()),
                None => form.folder.clone(),
            };
            commands.push(Command::ShareTo(folder));
        }
        if ui.button(t(lang, "Terug", "Back")).clicked() {
            commands.push(Command::CloseShare);
        }
        if busy {
            ui.spinner();
            ui.label(t(lang, "Bezig met delen…", "Sharing…"));
        }
    });
}

/// Draws the sharing choices; returns whether one changed.
fn choices_ui(ui: &mut egui::Ui, lang: Lang, reflection: &mut Reflection) -> bool {
    let before = reflection.sharing.clone();
    let members = reflection.respondents.len();
    let s = &mut reflection.sharing;
    ui.label(style::bold(t(lang, "Wat gaat mee?", "What goes along?")));
    ui.checkbox(
        &mut s.notes,
        t(lang, "Notities per thema", "Notes per theme"),
    );
    ui.checkbox(&mut s.actions, t(lang, "Actiepunten", "Action points"));
    ui.checkbox(
        &mut s.reasons,
        t(
            lang,
            "“Waarom” en “Niet iedereen is het eens” bij de antwoorden",
            "“Why” and “Not everyone agrees” with the answers",
        ),
    );
    ui.add_space(6.0);
    ui.label(style::bold(t(
        lang,
        "De eigen antwoorden van de leden",
        "The members' own answers",
    )));
    if members == 0 {
        ui.add(
            egui::Label::new(
                egui::RichText::new(t(
                    lang,
                    "Geen leden scoorden apart; alleen de antwoorden van het bestuur gaan mee.",
                    "No members scored on their own; only the board's answers go along.",
                ))
                .color(style::muted(ui)),
            )
            .wrap(),
        );
    } else {
        for (choice, nl, en) in [
            (
                MemberSharing::Omit,
                "Niet meesturen: alleen de antwoorden van het bestuur",
                "Leave out: only the board's answers",
            ),
            (
                MemberSharing::Anonymous,
                "Zonder namen: als Lid 1, Lid 2, …",
                "Without names: as Member 1, Member 2, …",
            ),
            (
                MemberSharing::ByLabel,
                "Met de namen die jullie ze gaven",
                "With the names you gave them",
            ),
        ] {
            if ui.radio(s.members == choice, t(lang, nl, en)).clicked() {
                s.members = choice;
            }
        }
    }
    reflection.sharing != before
}

/// Draws what will and will not be in the copy, in two columns where they
/// fit (one under the other where not).
fn summary_ui(ui: &mut egui::Ui, lang: Lang, reflection: &Reflection) {
    let c = contents(reflection);
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(12))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // left-aligned, not justified: a column's lines keep their spaces
            let list = |ui: &mut egui::Ui, head: &str, items: &[crate::lang::Text]| {
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(style::bold(head));
                    for item in items {
                        ui.add(egui::Label::new(format!("• {}", item.get(lang))).wrap());
                    }
                });
            };
            let included = t(lang, "✔ Gaat mee", "✔ Included");
            let excluded = t(lang, "✖ Gaat niet mee", "✖ Not included");
            if ui.available_width() >= 520.0 {
                ui.columns(2, |cols| {
                    list(&mut cols[0], included, &c.included);
                    list(&mut cols[1], excluded, &c.excluded);
                });
            } else {
                list(ui, included, &c.included);
                ui.add_space(6.0);
                list(ui, excluded, &c.excluded);
            }
            ui.add_space(6.0);
            ui.add(
                egui::Label::new(egui::RichText::new(c.note.get(lang)).color(style::muted(ui)))
                    .wrap(),
            );
        });
}

/// Draws where the copy goes: the folder and *Andere map kiezen…*, or a
/// field for the folder when no folder dialog can be shown. Returns whether
/// Enter was pressed in that field.
fn folder_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut ShareForm,
    r: &Reflection,
    commands: &mut Vec<Command>,
) -> bool {
    ui.label(style::bold(t(lang, "Waar komt het?", "Where does it go?")));
    let mut enter = false;
    match &mut form.typed {
        Some(typed) => {
            let label = ui.add(
                egui::Label::new(t(
                    lang,
                    "Op deze computer kan het programma geen mapvenster openen. In welke map komt de kopie? Bijvoorbeeld de map van de stick.",
                    "The program cannot open a folder dialog on this computer. Which folder does the copy go into? For example the stick's folder.",
                ))
                .wrap(),
            );
            let edit = ui
                .add(
                    egui::TextEdit::singleline(typed)
                        .char_limit(crate::app::widgets::PATH_CHARS)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        }
        None => {
            ui.add(
                egui::Label::new(format!(
                    "{} {}",
                    t(lang, "Map:", "Folder:"),
                    form.folder.display()
                ))
                .wrap(),
            );
            if ui
                .button(t(lang, "Andere map kiezen…", "Choose another folder…"))
                .clicked()
            {
                commands.push(Command::PickShareFolder);
            }
        }
    }
    let stem = share_stem(r, lang);
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!(
                "{} {stem}.ron {} {stem}.pdf{}",
                t(lang, "Twee bestanden:", "Two files:"),
                t(lang, "en", "and"),
                t(
                    lang,
                    "; staan die er al, dan komt er (2) achter de naam. Er wordt niets overschreven.",
                    "; if they are already there, (2) is added to the name. Nothing is overwritten.",
                )
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    enter
}
