//! *Netwerkgegevens*: the profile of the open reflection, edited at any
//! time with the same fields and checks as the new-reflection form.

use std::path::PathBuf;

use crate::app::focus::Region;
use crate::app::screens::profile_form::{ProfileForm, error_summary_ui, profile_form_ui};
use crate::app::{Command, Page, ReflectieApp, style, t};
use crate::lang::Lang;
use crate::model::profile::ProfileInput;

/// The profile being edited, and the page to go back to.
#[derive(Debug, Clone)]
pub struct ProfileEdit {
    /// The fields and their errors.
    pub form: ProfileForm,
    /// Where Opslaan and Annuleren lead: the reflection, its overview, or
    /// home.
    pub back: Page,
}

impl ReflectieApp {
    /// Shows the open reflection's profile to edit; `back` is the page that
    /// Opslaan and Annuleren return to.
    pub(crate) fn edit_profile(&mut self, back: Page) {
        let Some(s) = &self.session else { return };
        // opened from the overview, the form leads back to the overview
        let back = match (back, self.page) {
            (Page::Reflect, Page::Overview) => Page::Overview,
            _ => back,
        };
        self.profile_edit = Some(ProfileEdit {
            form: ProfileForm::new(ProfileInput::from_profile(&s.reflection.profile)),
            back,
        });
        self.page = Page::Profile;
    }

    /// Opens the reflection in this file and shows its profile to edit;
    /// Opslaan and Annuleren return home.
    pub(crate) fn edit_profile_at(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.apply(ctx, Command::Open(path));
        if self.page == Page::Reflect {
            self.edit_profile(Page::Home);
        }
    }

    /// Checks the edited profile: if it is right, it replaces the open
    /// reflection's profile (saved like any other change) and the form
    /// closes; if not, the form shows what is wrong and nothing changes.
    pub(crate) fn save_profile(&mut self, ctx: &egui::Context) {
        let Some(edit) = &mut self.profile_edit else {
            return;
        };
        let Some(profile) = edit.form.submit() else {
            return;
        };
        let back = edit.back;
        let Some(s) = &mut self.session else { return };
        if s.reflection.profile != profile {
            let kind_changed = s.reflection.profile.kind != profile.kind;
            s.reflection.profile = profile;
            if kind_changed {
                // another kind of network reads other questions and words
                s.walk_route();
                s.revealed.clear();
            }
            self.apply(ctx, Command::Edited);
        }
        self.close_profile(ctx, back);
    }

    /// Closes the profile form without keeping what was typed.
    pub(crate) fn cancel_profile(&mut self, ctx: &egui::Context) {
        let back = self
            .profile_edit
            .as_ref()
            .map(|e| e.back)
            .unwrap_or(Page::Reflect);
        self.close_profile(ctx, back);
    }

    fn close_profile(&mut self, ctx: &egui::Context, back: Page) {
        self.profile_edit = None;
        match back {
            Page::Home => self.apply(ctx, Command::GoHome),
            Page::Overview => self.page = Page::Overview,
            _ => self.page = Page::Reflect,
        }
    }

    /// Draws the profile page of the open reflection, or goes home when
    /// there is nothing to edit.
    pub(crate) fn profile_page_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang();
        let (Some(edit), Some(session)) = (&mut self.profile_edit, &self.session) else {
            self.page = Page::Home;
            return;
        };
        let ctx = ui.ctx().clone();
        self.focus.before(&ctx, Region::Main);
        let name = session.reflection.profile.name.clone();
        let r = egui::CentralPanel::default()
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH));
                        ui.add_space(8.0);
                        profile_page_body_ui(ui, lang, &name, &mut edit.form, commands);
                        crate::app::focus::keep_in_view(ui);
                    });
            })
            .response
            .rect;
        self.focus.after(Region::Main, r);
    }
}

fn profile_page_body_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    name: &str,
    form: &mut ProfileForm,
    commands: &mut Vec<Command>,
) {
    error_summary_ui(ui, lang, form);
    ui.heading(t(lang, "Netwerkgegevens", "Network details"));
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!(
                "{} {name}. {}",
                t(lang, "Wie jullie zijn:", "Who you are:"),
                t(
                    lang,
                    "Deze gegevens staan op de voorkant van de pdf en in de titel van het venster.",
                    "These details appear on the PDF's cover and in the window's title.",
                )
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(12.0);
    let submit = profile_form_ui(ui, lang, form);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui.button(style::bold(t(lang, "Opslaan", "Save"))).clicked() || submit {
            commands.push(Command::SaveProfile);
        }
        if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
            commands.push(Command::CancelProfile);
        }
    });
}

/// Draws the button that opens *Netwerkgegevens* for the open reflection.
pub fn network_details_button_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    if ui
        .button(t(lang, "Netwerkgegevens…", "Network details…"))
        .on_hover_text(t(
            lang,
            "Naam, soort netwerk, instelling, aantal leden en bestuursjaar aanpassen",
            "Change the name, kind of network, institution, number of members and board year",
        ))
        .clicked()
    {
        commands.push(Command::EditProfile);
    }
}
