//! Sharing with the diversity officer, from the board's side: the commands
//! of the share page (open it, choose the folder, write the copy and its
//! PDF off the UI thread, close it) and the page itself.

use std::path::PathBuf;

use crate::app::focus::Region;
use crate::app::screens::share_form::{ShareForm, share_form_ui};
use crate::app::workers::dialogs::{Answer, Purpose, Request};
use crate::app::workers::sharer::ShareDone;
use crate::app::{Command, Notice, Page, ReflectieApp, style, t};
use crate::lang::Lang;

impl ReflectieApp {
    /// Applies a command of the share page; returns false for any other
    /// command.
    pub(crate) fn apply_share(&mut self, ctx: &egui::Context, command: &Command) -> bool {
        match command {
            Command::ShowShare => self.show_share(),
            Command::CloseShare => {
                if let (Page::Share, Some(form)) = (self.page, &self.share) {
                    self.page = form.back;
                }
            }
            Command::PickShareFolder => {
                let Some(form) = &self.share else {
                    return true;
                };
                let request = Request {
                    purpose: Purpose::ShareFolder,
                    title: t(
                        self.lang(),
                        "Map kiezen voor de gedeelde kopie",
                        "Choose the folder for the shared copy",
                    )
                    .into(),
                    save: false,
                    filter_name: String::new(),
                    extensions: Vec::new(),
                    directory: Some(form.folder.clone()),
                    file_name: None,
                };
                self.open_dialog(ctx, request);
            }
            Command::ShareTo(folder) => self.share_to(ctx, folder.clone()),
            _ => return false,
        }
        true
    }

    /// Shows the share page of the open reflection, remembering the page
    /// it was opened from; not while a member scores alone.
    fn show_share(&mut self) {
        let Some(s) = &self.session else { return };
        if s.respondent.is_some() || s.members.passing {
            return;
        }
        if self.page == Page::Share {
            return;
        }
        // the folder of the last share is offered again
        let folder = match &self.share {
            Some(form) => form.folder.clone(),
            None => self.default_export_dir(),
        };
        let back = match self.page {
            Page::Overview => Page::Overview,
            _ => Page::Reflect,
        };
        self.share = Some(ShareForm {
            folder,
            typed: None,
            back,
        });
        self.page = Page::Share;
    }

    /// Starts writing the shared copy of the open reflection and its PDF
    /// into `folder`, off the UI thread.
    fn share_to(&mut self, ctx: &egui::Context, folder: PathBuf) {
        let Some(s) = &self.session else { return };
        if folder.as_os_str().is_empty() {
            self.notices.push(Notice::error(
                "Er is nog geen map gekozen; typ in welke map de kopie komt, bijvoorbeeld die van de stick.".into(),
                "No folder is chosen yet; type which folder the copy goes into, for example the stick's.".into(),
            ));
            return;
        }
        let wake = ctx.clone();
        let started = self.sharer.start(
            s.reflection.clone(),
            s.questionnaire.clone(),
            self.lang(),
            folder.clone(),
            move || wake.request_repaint(),
        );
        if !started {
            self.notices.push(Notice::info(
                "Er wordt al gedeeld; probeer het zo opnieuw.".into(),
                "A copy is already being shared; try again in a moment.".into(),
            ));
        } else if let Some(form) = &mut self.share {
            form.folder = folder;
        }
    }

    /// Applies the answer of the folder dialog: the chosen folder; nothing
    /// when cancelled; the field for a folder when no dialog could be shown.
    pub(crate) fn finish_share_dialog(&mut self, answer: Answer) {
        let Some(form) = &mut self.share else { return };
        match answer {
            Answer::Chosen(folder) => {
                form.folder = folder;
                form.typed = None;
            }
            // a folder dialog answers with one folder; several come here as the first
            Answer::ChosenMany(_) | Answer::Cancelled => {}
            Answer::Unavailable => form.typed = Some(form.folder.display().to_string()),
        }
    }

    /// Reports a finished share: where the two files are, with *Map
    /// openen*, or what went wrong and what to do.
    pub(crate) fn finish_share(&mut self, done: ShareDone) {
        let notice = match done.result {
            Ok(shared) => {
                let name = |p: &std::path::Path| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                };
                let (copy, pdf) = (name(&shared.copy), name(&shared.pdf));
                let folder = shared.folder();
                let shown = folder.display();
                Notice::info(
                    format!(
                        "Gedeeld: {copy} en {pdf} staan in {shown}. Geef ze aan de diversiteitscoördinator, per mail of op de stick."
                    ),
                    format!(
                        "Shared: {copy} and {pdf} are in {shown}. Give them to the diversity officer, by mail or on the stick."
                    ),
                )
                .with_action("Map openen", "Open folder", Command::OpenWithSystem(folder))
            }
            Err(e) => Notice::error(e.describe(Lang::Nl), e.describe(Lang::En)),
        };
        self.notices.push(notice);
    }

    /// Returns whether a share is being written.
    pub fn is_sharing(&self) -> bool {
        self.sharer.is_busy()
    }

    /// Draws the share page of the open reflection, or goes back when there
    /// is nothing to share.
    pub(crate) fn share_page_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let lang = self.lang();
        let busy = self.sharer.is_busy();
        let (Some(form), Some(session)) = (&mut self.share, &mut self.session) else {
            self.page = Page::Home;
            return;
        };
        let ctx = ui.ctx().clone();
        self.focus.before(&ctx, Region::Main);
        let r = egui::CentralPanel::default()
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH));
                        ui.add_space(8.0);
                        share_form_ui(ui, lang, form, &mut session.reflection, busy, commands);
                        crate::app::focus::keep_in_view(ui);
                    });
            })
            .response
            .rect;
        self.focus.after(Region::Main, r);
    }
}

/// Draws the sidebar's button that opens the share page.
pub fn share_button_ui(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    if ui
        .add(
            egui::Button::new(t(
                lang,
                "Delen met de diversiteitscoördinator…",
                "Share with the diversity officer…",
            ))
            .wrap(),
        )
        .on_hover_text(t(
            lang,
            "Een kopie met alleen wat jullie kiezen te delen, met de pdf erbij; privénotities nooit",
            "A copy with only what you choose to share, with its PDF; never the private notes",
        ))
        .clicked()
    {
        commands.push(Command::ShowShare);
    }
}
