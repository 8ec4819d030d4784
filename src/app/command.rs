//! What the user can ask for, and the one place where it is applied after
//! each frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::app::screens::export_form::ExportForm;
use crate::app::screens::new_reflection::NewForm;
use crate::app::workers::dialogs::{Answer, Picked, Purpose, Request};
use crate::app::workers::exporter::Job;
use crate::app::{
    Level, Notice, QUESTIONNAIRE_DIR, ReflectieApp, SaveStatus, Session, clock_now, style, t,
};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;
use crate::storage;
use crate::storage::settings::{ThemeChoice, ZOOM_RANGE};

/// The pages of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The saved reflections.
    Home,
    /// The form for a new reflection.
    New,
    /// An open reflection.
    Reflect,
    /// The overview of the open reflection: progress, questions still
    /// open, all action points, and printing.
    Overview,
    /// The open reflection's profile, to edit (*Netwerkgegevens*).
    Profile,
    /// Sharing the open reflection with the diversity officer.
    Share,
    /// The diversity officer's review of many networks' reflections,
    /// read-only (its own pages: [`crate::app::ReviewView`]).
    Review,
    /// The open reflection as slides for the projector, full screen
    /// ([`crate::app::present`]).
    Present,
    /// The first page of a board year that continues another: the letter
    /// of the previous board, what became of its action points, and what
    /// carried over ([`crate::app::screens::last_year`]).
    LastYear,
    /// The member poll's tallies of the open reflection
    /// ([`crate::app::screens::poll`]).
    Poll,
    /// What moving the open reflection to the newer version of its
    /// questionnaire would do ([`crate::app::screens::move_page`]).
    Move,
}

/// Something the user asked for, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Go to the home page.
    GoHome,
    /// Show the form for a new reflection.
    ShowNewForm,
    /// Create the reflection described by the form and open it.
    CreateReflection,
    /// Open the reflection in this file (as listed; whatever its id).
    Open(PathBuf),
    /// Ask the system for a file to import.
    PickImport,
    /// Import a reflection file into the data folder.
    Import(PathBuf),
    /// Ask the system for a folder (a USB stick) to gather reflections from.
    PickImportFolder,
    /// Gather these reflection files and folders into the data folder, off
    /// the UI thread, and show the report on the home page.
    ImportMany(Vec<PathBuf>),
    /// Close the report of the last gathering.
    CloseGatherReport,
    /// Ask for confirmation before deleting the reflection in this file.
    AskDelete(PathBuf),
    /// Move the reflection file to the trash folder.
    ConfirmDelete(PathBuf),
    /// Cancel a pending delete.
    CancelDelete,
    /// Show a theme of the open reflection.
    SelectTheme(usize),
    /// Follow this session route (by id) in the open reflection, or the
    /// whole questionnaire for `None`.
    SetRoute(Option<String>),
    /// Record that the open reflection changed.
    Edited,
    /// Switch the language.
    SetLang(Lang),
    /// Switch light or dark.
    SetTheme(ThemeChoice),
    /// Zoom in or out by a step (positive or negative), or to 100 % with 0.
    Zoom(i32),
    /// Close a message.
    Dismiss(usize),
    /// Read the data folder again.
    Refresh,
    /// Close the window even though the last save failed.
    CloseWithoutSaving,
    /// Ask where to save a PDF, then make it.
    Export(ExportKind),
    /// Make a PDF and save it here.
    ExportTo(ExportKind, PathBuf),
    /// Close the form that asks where to save a PDF.
    CancelExport,
    /// Show the overview of the open reflection; `print`: with the print
    /// choices first.
    ShowOverview {
        /// Whether it was opened to print.
        print: bool,
    },
    /// Open a theme (by index) at a question (by id).
    GoToQuestion(usize, String),
    /// Close the field for typing a path to import.
    ClosePathField,
    /// Move a reflection from the trash folder back into the data folder.
    Restore(PathBuf),
    /// Open a file or folder with the system's program for it.
    OpenWithSystem(PathBuf),
    /// Edit the open reflection's profile.
    EditProfile,
    /// Open the reflection in this file and edit its profile.
    EditProfileAt(PathBuf),
    /// Check the edited profile and keep it if it is right.
    SaveProfile,
    /// Close the profile form without keeping the changes.
    CancelProfile,
    /// Add an action point to the theme with this id; its "what" field
    /// takes the keyboard focus.
    AddAction(String),
    /// Remove the action point with this id, keeping it for an undo.
    RemoveAction(String),
    /// Put the action point removed last back where it was.
    RestoreAction,
    /// Ask the system for members' files to import into the open reflection.
    PickMembers,
    /// Import these members' files into the open reflection as its members.
    ImportMembers(Vec<PathBuf>),
    /// Open (true) or close the panel of the board's members.
    ShowMembers(bool),
    /// Add a member with the label typed in the members panel.
    AddMember,
    /// Ask before removing the member with this id.
    AskRemoveMember(String),
    /// Keep the member whose removal was asked.
    CancelRemoveMember,
    /// Remove the member with this id, keeping them for an undo.
    RemoveMember(String),
    /// Bring a removed member back with their answers.
    RestoreMember(String),
    /// Let this member (by id) score, or the board together (`None`).
    ScoreAs(Option<String>),
    /// End a member's turn: show nothing but who scores next.
    PassOn,
    /// Show (true) or hide the members' answers on the theme on screen.
    Reveal(bool),
    /// Show the share page of the open reflection.
    ShowShare,
    /// Close the share page.
    CloseShare,
    /// Ask the system for the folder a shared copy goes into.
    PickShareFolder,
    /// Write the shared copy of the open reflection and its PDF into this folder.
    ShareTo(PathBuf),
    /// Show the members by their labels (true) or as "Lid 1", "Lid 2", in
    /// the reveal and the self-assessment.
    ShowMemberLabels(bool),
    /// Something in the officer's review (applied in [`crate::app::review`]).
    Review(crate::app::ReviewCommand),
    /// Show the open reflection as slides (true), or leave them.
    Present(bool),
    /// Show the slide at this place of the presentation.
    GoToSlide(usize),
    /// Put the window in full screen, or take it out.
    ToggleFullscreen,
    /// Start, pause, reset or set the presentation's timer.
    Timer(crate::app::present::TimerCommand),
    /// Open, close or choose the second screen of the presentation.
    Screen(crate::app::present::ScreenCommand),
    /// Ask for the board year of the next board, for the reflection in
    /// this file.
    AskNextYear(PathBuf),
    /// Close the form for the next board year.
    CancelNextYear,
    /// Start the next board year as the form says, and open it.
    StartNextYear,
    /// Show the page of the previous board year.
    ShowLastYear,
    /// Show the member poll's page of the open reflection.
    ShowPoll,
    /// Show what moving the open reflection to the newer version of its
    /// questionnaire would do.
    ShowMove,
    /// Move the open reflection to the newer version of its questionnaire.
    MoveQuestionnaire,
    /// Carry the previous board's action point (by id) into this year's
    /// action points.
    CarryAction(String),
    /// Start this year's answer to a question (by id) from last year's text.
    TakeOver(String),
}

/// Which PDF to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The self-assessment of the open reflection.
    SelfAssessment,
    /// The blank worksheet of the open reflection's questionnaire, or of
    /// the built-in one on the home page.
    Worksheet,
    /// The member poll of the open reflection's questionnaire.
    Poll,
    /// The officer's overview of the open review, as PDF.
    ReviewOverview,
    /// The CSV files of the open review, into a folder, with this separator.
    ReviewCsv(crate::review::csv::Separator),
    /// The feedback letter to one network of the open review (a place in
    /// [`crate::review::Review::entries`]), as PDF.
    FeedbackLetter(usize),
}

impl ExportKind {
    /// Returns whether the export is of the open review (the officer's).
    pub fn is_review(self) -> bool {
        matches!(
            self,
            ExportKind::ReviewOverview | ExportKind::ReviewCsv(_) | ExportKind::FeedbackLetter(_)
        )
    }
}

impl ReflectieApp {
    /// Applies one command.
    pub(crate) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        // a message that only informs belongs to the page it was given on:
        // going to another page closes it (warnings and errors stay)
        if matches!(
            command,
            Command::GoHome
                | Command::ShowNewForm
                | Command::Open(_)
                | Command::SelectTheme(_)
                | Command::ShowOverview { .. }
                | Command::EditProfile
                | Command::EditProfileAt(_)
                | Command::ShowLastYear
                | Command::ShowPoll
                | Command::ShowMove
        ) {
            self.notices.retain(|n| n.level != Level::Info);
        }
        if self.apply_share(ctx, &command) || self.apply_present(ctx, &command) {
            return;
        }
        if let Some(edited) = self.apply_members(&command) {
            if edited {
                self.apply(ctx, Command::Edited);
            }
            return;
        }
        match command {
            Command::GoHome => {
                if let Err(e) = self.flush() {
                    self.notices.push(Notice::storage(&e));
                    return;
                }
                self.session = None;
                self.close_review();
                self.page = Page::Home;
                self.refresh();
            }
            Command::ShowNewForm => {
                self.form = NewForm::default();
                self.page = Page::New;
            }
            Command::CreateReflection => self.create_reflection(),
            Command::Open(path) => {
                let Some(store) = &self.store else { return };
                match store.load_at(&path) {
                    Ok(l) => self.open_reflection(l.reflection, path, l.upgraded_from),
                    Err(e) => self.notices.push(Notice::storage(&e)),
                }
            }
            Command::PickImport => {
                let request = Request {
                    purpose: Purpose::Import,
                    title: t(self.lang(), "Reflectie importeren", "Import a reflection").into(),
                    save: false,
                    filter_name: t(self.lang(), "Reflectie (.ron)", "Reflection (.ron)").into(),
                    extensions: vec!["ron".into()],
                    directory: None,
                    file_name: None,
                };
                self.open_dialog(ctx, request);
            }
            Command::Import(path) if path.is_dir() => self.gather(ctx, vec![path]),
            Command::Import(path) => self.import(&path),
            Command::PickImportFolder => {
                let request = Request {
                    purpose: Purpose::ImportFolder,
                    title: t(
                        self.lang(),
                        "Map met reflecties importeren",
                        "Import a folder of reflections",
                    )
                    .into(),
                    save: false,
                    filter_name: String::new(),
                    extensions: Vec::new(),
                    directory: None,
                    file_name: None,
                };
                self.open_dialog(ctx, request);
            }
            Command::ImportMany(paths) => self.gather(ctx, paths),
            Command::CloseGatherReport => self.home.gathered = None,
            Command::AskDelete(path) => self.home.confirm_delete = Some(path),
            Command::CancelDelete => self.home.confirm_delete = None,
            Command::ConfirmDelete(path) => {
                self.home.confirm_delete = None;
                if let Some(store) = &self.store {
                    let name = self.home_name(&path);
                    match store.trash_at(&path) {
                        Ok(to) => self.notices.push(
                            Notice::info(
                                format!(
                                    "“{name}” staat nu in de prullenbak ({}). Terugzetten kan hier of onder “Prullenbak”.",
                                    to.display()
                                ),
                                format!(
                                    "“{name}” is now in the trash ({}). Restore it here or under “Trash”.",
                                    to.display()
                                ),
                            )
                            .with_action("Terugzetten", "Restore", Command::Restore(to)),
                        ),
                        Err(e) => self.notices.push(Notice::storage(&e)),
                    }
                }
                self.refresh();
            }
            Command::SelectTheme(i) => {
                if let Some(s) = &mut self.session
                    && i < s.questionnaire.themes.len()
                {
                    s.theme = i;
                    s.scroll_to_top = true;
                    self.page = Page::Reflect;
                }
            }
            Command::SetRoute(id) => {
                if let Some(s) = &mut self.session
                    && s.set_route(id)
                {
                    self.page = Page::Reflect;
                    s.reflection.touch();
                    s.dirty.mark(Instant::now());
                    s.status = SaveStatus::Pending;
                }
            }
            Command::AddAction(theme) => self.add_action(&theme),
            Command::RemoveAction(id) => self.remove_action(&id),
            Command::RestoreAction => self.restore_action(),
            Command::PickMembers => self.pick_members(ctx),
            Command::ImportMembers(paths) => self.import_members(&paths),
            Command::ShowMembers(_)
            | Command::AddMember
            | Command::AskRemoveMember(_)
            | Command::CancelRemoveMember
            | Command::RemoveMember(_)
            | Command::RestoreMember(_)
            | Command::ScoreAs(_)
            | Command::PassOn
            | Command::ShowMemberLabels(_) => {}
            Command::Reveal(on) => crate::app::screens::reveal::reveal(&mut self.session, on),
            Command::Review(c) => self.apply_review(ctx, c),
            // applied in `apply_present`
            Command::Present(_)
            | Command::GoToSlide(_)
            | Command::ToggleFullscreen
            | Command::Timer(_)
            | Command::Screen(_) => {}
            Command::Edited => {
                if let Some(s) = &mut self.session {
                    s.reflection.touch();
                    s.dirty.mark(Instant::now());
                    s.status = SaveStatus::Pending;
                }
            }
            Command::SetLang(lang) => {
                self.settings.lang = lang;
                self.save_settings();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                style::set_theme(ctx, theme);
                self.save_settings();
            }
            Command::Zoom(step) => {
                let (lo, hi) = ZOOM_RANGE;
                let z = if step == 0 {
                    1.0
                } else {
                    ((self.settings.zoom * 10.0).round() / 10.0 + 0.1 * step as f32).clamp(lo, hi)
                };
                self.settings.zoom = z;
                ctx.set_zoom_factor(z);
                self.save_settings();
            }
            Command::Dismiss(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::Refresh => self.refresh(),
            Command::Export(kind) => {
                if matches!(kind, ExportKind::SelfAssessment | ExportKind::Poll)
                    && self.session.is_none()
                {
                    return;
                }
                if kind.is_review() && self.reviews.open.is_none() {
                    return;
                }
                let name = self.export_file_name(kind);
                let dir = self.default_export_dir();
                let title = match kind {
                    ExportKind::SelfAssessment => t(
                        self.lang(),
                        "Zelfevaluatie opslaan als pdf",
                        "Save the self-assessment as PDF",
                    ),
                    ExportKind::Worksheet => t(
                        self.lang(),
                        "Leeg werkblad opslaan als pdf",
                        "Save the blank worksheet as PDF",
                    ),
                    ExportKind::Poll => t(
                        self.lang(),
                        "Ledenpeiling opslaan als pdf",
                        "Save the member poll as PDF",
                    ),
                    ExportKind::ReviewOverview => t(
                        self.lang(),
                        "Overzicht van de netwerken opslaan als pdf",
                        "Save the overview of the networks as PDF",
                    ),
                    ExportKind::ReviewCsv(_) => t(
                        self.lang(),
                        "Map kiezen voor de csv-bestanden",
                        "Choose a folder for the CSV files",
                    ),
                    ExportKind::FeedbackLetter(_) => t(
                        self.lang(),
                        "Terugkoppelingsbrief opslaan als pdf",
                        "Save the feedback letter as PDF",
                    ),
                };
                let csv = matches!(kind, ExportKind::ReviewCsv(_));
                let request = Request {
                    purpose: Purpose::Export {
                        kind,
                        suggested: dir.join(&name),
                    },
                    title: title.into(),
                    save: true,
                    filter_name: t(self.lang(), "Pdf", "PDF").into(),
                    extensions: vec!["pdf".into()],
                    directory: Some(dir),
                    file_name: (!csv).then_some(name),
                };
                self.open_dialog(ctx, request);
            }
            Command::ExportTo(kind, path) => {
                self.export_form = None;
                if kind == ExportKind::SelfAssessment && self.session.is_none() {
                    self.notices.push(Notice::info(
                        "Er is geen reflectie open om als pdf op te slaan; open er eerst een."
                            .into(),
                        "No reflection is open to save as PDF; open one first.".into(),
                    ));
                    return;
                }
                if kind.is_review() && self.reviews.open.is_none() {
                    return;
                }
                let path = if matches!(kind, ExportKind::ReviewCsv(_)) {
                    path
                } else if path.extension().is_none() {
                    path.with_extension("pdf")
                } else {
                    path
                };
                let job = self.export_job(kind);
                let wake = ctx.clone();
                if !self
                    .exporter
                    .start(job, self.lang(), path, self.open_viewer, move || {
                        wake.request_repaint()
                    })
                {
                    self.notices.push(Notice::info(
                        "Er wordt al een pdf gemaakt; probeer het zo opnieuw.".into(),
                        "A PDF is already being made; try again in a moment.".into(),
                    ));
                }
            }
            Command::CancelExport => self.export_form = None,
            Command::ShowOverview { print } => self.show_overview(print),
            Command::GoToQuestion(theme, id) => self.go_to_question(theme, id),
            Command::ClosePathField => self.close_path_field(),
            Command::Restore(path) => self.restore(&path),
            Command::OpenWithSystem(path) => self.open_with_system(&path),
            Command::EditProfile => self.edit_profile(Page::Reflect),
            Command::EditProfileAt(path) => self.edit_profile_at(ctx, path),
            Command::SaveProfile => self.save_profile(ctx),
            Command::CancelProfile => self.cancel_profile(ctx),
            Command::ShowShare
            | Command::CloseShare
            | Command::PickShareFolder
            | Command::ShareTo(_) => {}
            Command::AskNextYear(path) => self.ask_next_year(path),
            Command::CancelNextYear => self.next_year = None,
            Command::StartNextYear => self.start_next_year(),
            Command::ShowLastYear => {
                if self.session.as_ref().is_some_and(|s| s.history.is_linked()) {
                    self.page = Page::LastYear;
                }
            }
            Command::ShowPoll => {
                if self.session.is_some() {
                    self.page = Page::Poll;
                }
            }
            Command::ShowMove => {
                if self.session.as_ref().is_some_and(|s| s.newer.is_some()) {
                    self.page = Page::Move;
                }
            }
            Command::MoveQuestionnaire => self.move_questionnaire(ctx),
            Command::CarryAction(id) => self.carry_action(&id),
            Command::TakeOver(id) => self.take_over(&id),
            Command::CloseWithoutSaving => {
                self.close_anyway = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a file dialog off the UI thread; its answer is applied by
    /// [`ReflectieApp::finish_dialog`] when it closes.
    pub(crate) fn open_dialog(&mut self, ctx: &egui::Context, request: Request) {
        let wake = ctx.clone();
        if !self.dialogs.open(request, move || wake.request_repaint()) {
            self.notices.push(Notice::info(
                "Er staat al een bestandsvenster open; kies daar eerst een bestand of sluit het."
                    .into(),
                "A file dialog is already open; pick a file there first or close it.".into(),
            ));
        }
    }

    /// Applies the answer of a closed file dialog: the picked path; nothing
    /// when cancelled; the path field only when no dialog could be shown.
    pub(crate) fn finish_dialog(&mut self, ctx: &egui::Context, picked: Picked) {
        let answer = match (&picked.purpose, picked.answer) {
            // several files to import are gathered; one is imported and opened
            (Purpose::Import, Answer::ChosenMany(paths)) if paths.len() > 1 => {
                self.apply(ctx, Command::ImportMany(paths));
                return;
            }
            // a dialog for one file that answered with several: the first
            (
                Purpose::Import
                | Purpose::ImportFolder
                | Purpose::Export { .. }
                | Purpose::ShareFolder,
                Answer::ChosenMany(paths),
            ) => paths
                .into_iter()
                .next()
                .map_or(Answer::Cancelled, Answer::Chosen),
            (_, answer) => answer,
        };
        match (picked.purpose, answer) {
            (Purpose::ImportMembers, answer) => self.finish_members_dialog(ctx, answer),
            (Purpose::ShareFolder, answer) => self.finish_share_dialog(answer),
            (Purpose::ReviewFolder | Purpose::ReviewFiles, answer) => {
                self.finish_review_dialog(ctx, answer)
            }
            (_, Answer::Cancelled | Answer::ChosenMany(_)) => {}
            (Purpose::Import, Answer::Chosen(path)) => self.apply(ctx, Command::Import(path)),
            (Purpose::Import | Purpose::ImportFolder, Answer::Unavailable) => {
                self.home.show_path_field = true
            }
            (Purpose::ImportFolder, Answer::Chosen(path)) => {
                self.apply(ctx, Command::ImportMany(vec![path]))
            }
            (Purpose::Export { kind, .. }, Answer::Chosen(path)) => {
                self.apply(ctx, Command::ExportTo(kind, path))
            }
            (Purpose::Export { kind, suggested }, Answer::Unavailable) => {
                self.export_form = Some(ExportForm {
                    kind,
                    path: suggested.display().to_string(),
                })
            }
        }
    }

    fn save_settings(&mut self) {
        if let Some(store) = &self.store
            && let Err(e) = self.settings.save(store.dir())
        {
            let n = Notice::storage(&e);
            if !self.notices.contains(&n) {
                self.notices.push(n);
            }
        }
    }

    fn create_reflection(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let valid: Vec<Arc<Questionnaire>> = self
            .questionnaires
            .choosable()
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        let Some(q) = valid
            .get(self.form.questionnaire)
            .or(valid.first())
            .cloned()
        else {
            return;
        };
        let Some(profile) = self.form.profile.submit() else {
            return;
        };
        let reflection = Reflection::new(profile, &q);
        match store.save_at(&store.new_path_for(&reflection.id), &reflection) {
            Ok(path) => {
                let mut session = Session::new(reflection, q, path, SaveStatus::Saved(clock_now()));
                self.offer_routes(&mut session);
                self.session = Some(session);
                self.page = Page::Reflect;
            }
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
    }

    fn import(&mut self, path: &Path) {
        let Some(store) = self.store.clone() else {
            return;
        };
        match storage::read_reflection(path) {
            Ok(loaded) => {
                let mut r = loaded.reflection;
                if let Some(existing) = self.identical_reflection(&r) {
                    self.already_here(&r, existing);
                    return;
                }
                // a second reflection with an id in use gets an id of its own
                let in_use = self.summaries().any(|s| s.id == r.id);
                if in_use || store.path_of(&r.id).exists() || !valid_id(&r.id) {
                    r.id = crate::model::reflection::new_id(&r.profile.name);
                }
                match store.save_at(&store.new_path_for(&r.id), &r) {
                    Ok(saved) => {
                        self.notices.push(Notice::info(
                            format!(
                                "Geïmporteerd: {} ({})",
                                r.profile.name, r.profile.board_year
                            ),
                            format!("Imported: {} ({})", r.profile.name, r.profile.board_year),
                        ));
                        self.home.import_path.clear();
                        self.home.show_path_field = false;
                        self.refresh();
                        // the imported copy is already written in the current
                        // format: no "saved as format 2 at the next change"
                        self.open_reflection(r, saved, None);
                    }
                    Err(e) => self.notices.push(Notice::storage(&e)),
                }
            }
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
    }

    /// Finds the questionnaire a reflection answers: the same id and
    /// version if there is one, else the same id.
    fn questionnaire_for(&self, r: &Reflection) -> Option<Arc<Questionnaire>> {
        self.questionnaires.find(&r.questionnaire)
    }

    pub(crate) fn open_reflection(
        &mut self,
        reflection: Reflection,
        path: PathBuf,
        upgraded_from: Option<u32>,
    ) {
        let Some(q) = self.questionnaire_for(&reflection) else {
            let id = reflection.questionnaire.id.clone();
            self.notices.push(Notice::error(
                format!(
                    "Deze reflectie gebruikt vragenlijst \"{id}\", die niet in het programma of in de map {QUESTIONNAIRE_DIR} staat. Zet het vragenlijstbestand in die map en probeer het opnieuw."
                ),
                format!(
                    "This reflection uses questionnaire \"{id}\", which is neither built in nor in the {QUESTIONNAIRE_DIR} folder. Put the questionnaire file in that folder and try again."
                ),
            ));
            return;
        };
        let orphans = reflection.orphaned(&q);
        if !orphans.is_empty() {
            self.notices.push(Notice::info(
                format!(
                    "{} antwoord(en) horen bij vragen die deze versie van de vragenlijst niet meer heeft. Ze blijven bewaard in het bestand: {}",
                    orphans.len(),
                    orphans.join(", ")
                ),
                format!(
                    "{} answer(s) belong to questions that this version of the questionnaire no longer has. They stay kept in the file: {}",
                    orphans.len(),
                    orphans.join(", ")
                ),
            ));
        }
        if let Some(v) = upgraded_from {
            self.notices.push(Notice::info(
                format!("Deze reflectie had bestandsformaat {v}; bij de volgende wijziging wordt ze in het nieuwe formaat opgeslagen."),
                format!("This reflection had file format {v}; it is saved in the new format at the next change."),
            ));
        }
        let mut session = Session::new(reflection, q, path, SaveStatus::Idle);
        self.attach_history(&mut session);
        self.offer_routes(&mut session);
        // a board year that continues another starts on last year's page
        self.page = if session.history.is_linked() {
            Page::LastYear
        } else {
            Page::Reflect
        };
        self.session = Some(session);
    }

    /// Returns the folder where a PDF goes by default: Documents, else home,
    /// else the data folder.
    pub(crate) fn default_export_dir(&self) -> PathBuf {
        directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(|d| d.to_owned())
                    .or(Some(u.home_dir().to_owned()))
            })
            .or_else(|| self.store.as_ref().map(|s| s.dir().to_owned()))
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Returns the questionnaire a document of the open reflection is made
    /// of: the one its route walks, else the whole one (the document keeps
    /// to the network's kind itself and says what it left out).
    fn document_questionnaire(s: &Session) -> Arc<Questionnaire> {
        match s.route() {
            Some(_) => s.questionnaire.clone(),
            None => s.full_questionnaire.clone(),
        }
    }

    /// Moves the open reflection to the newer version of its questionnaire
    /// when no answer would be lost, and says what carried over, what is
    /// new and what was kept aside; else says why not and changes nothing.
    fn move_questionnaire(&mut self, ctx: &egui::Context) {
        let Some(mut s) = self.session.take() else {
            return;
        };
        let Some(to) = s.newer.clone() else {
            self.session = Some(s);
            return;
        };
        let from = s.full_questionnaire.clone();
        let plan = crate::model::upgrade::move_to(&mut s.reflection, &from, &to);
        if !plan.can_move() {
            let ids = plan.unfit.join(", ");
            self.notices.push(Notice::error(
                format!("Overzetten kon niet: het antwoord op {ids} past niet bij de nieuwe vraag. Er is niets veranderd; wis of verander dat antwoord eerst."),
                format!("Moving was not possible: the answer to {ids} does not fit the new question. Nothing was changed; clear or change that answer first."),
            ));
            self.session = Some(s);
            return;
        }
        s.full_questionnaire = to.clone();
        s.theme = 0;
        s.scroll_to_top = true;
        s.revealed.clear();
        s.set_history(s.history.clone());
        self.offer_routes(&mut s);
        let new = to
            .questions_for(s.reflection.profile.kind)
            .filter(|(_, q)| plan.new.contains(&q.id))
            .count();
        let (carried, aside) = (plan.carried.len(), plan.kept_aside.len());
        // "1 antwoord gaat", "2 antwoorden gaan"
        let count =
            |n: usize, one: &str, more: &str| format!("{n} {}", if n == 1 { one } else { more });
        self.notices.push(Notice::info(
            format!(
                "Overgezet naar vragenlijst {}: {} mee, {} nieuw, {} apart bewaard (in het overzicht en de pdf).",
                to.version,
                count(carried, "antwoord gaat", "antwoorden gaan"),
                count(new, "vraag is", "vragen zijn"),
                count(aside, "antwoord is", "antwoorden zijn"),
            ),
            format!(
                "Moved to questionnaire {}: {} over, {} new, {} aside (in the overview and the PDF).",
                to.version,
                count(carried, "answer carried", "answers carried"),
                count(new, "question is", "questions are"),
                count(aside, "answer is kept", "answers are kept"),
            ),
        ));
        self.session = Some(s);
        self.page = Page::Reflect;
        self.apply(ctx, Command::Edited);
    }

    /// Offers the session the routes for its questionnaire and follows the
    /// one its reflection names; tells once about route files with problems.
    /// Notes a newer version of its questionnaire, which it can move to.
    pub(crate) fn offer_routes(&mut self, session: &mut Session) {
        session.newer = self
            .questionnaires
            .newer_than(&session.reflection.questionnaire);
        let found = crate::storage::routes::routes_for(
            &session.full_questionnaire,
            self.store.as_ref().map(|s| s.dir()),
        );
        for e in &found.problems {
            self.notices
                .push(Notice::error(e.describe(Lang::Nl), e.describe(Lang::En)));
        }
        session.set_routes(found.routes);
        if let Some(id) = &session.reflection.route
            && session.route().is_none()
        {
            self.notices.push(Notice::info(
                format!("Deze reflectie volgde route “{id}”, maar die route is er op deze computer niet; jullie zien de hele vragenlijst."),
                format!("This reflection followed route “{id}”, which this computer does not have; you see the whole questionnaire."),
            ));
        }
    }

    /// Returns the job of the blank worksheet: the open reflection's
    /// questionnaire along its route, else the built-in one.
    fn worksheet_job(&self) -> Job {
        let route = self.session.as_ref().and_then(|s| {
            s.route()
                .map(|r| Box::new((r.clone(), s.full_questionnaire.clone())))
        });
        match &self.session {
            Some(s) => Job::Worksheet(
                Self::document_questionnaire(s),
                route,
                Some(s.reflection.profile.kind),
            ),
            None => Job::Worksheet(self.builtin.clone(), None, None),
        }
    }

    fn export_job(&self, kind: ExportKind) -> Job {
        match (kind, &self.session) {
            (ExportKind::Poll, Some(s)) => Job::Poll(
                s.kind_questionnaire.clone(),
                s.reflection.profile.name.clone(),
            ),
            (ExportKind::SelfAssessment, Some(s)) => Job::SelfAssessment(
                Box::new(s.reflection.clone()),
                Self::document_questionnaire(s),
                s.print,
                s.route()
                    .map(|r| Box::new((r.clone(), s.full_questionnaire.clone()))),
                Box::new(s.history.clone()),
            ),
            (
                ExportKind::ReviewOverview
                | ExportKind::ReviewCsv(_)
                | ExportKind::FeedbackLetter(_),
                _,
            ) => match (kind, &self.reviews.open) {
                (ExportKind::ReviewCsv(separator), Some(r)) => Job::ReviewCsv(
                    Box::new(r.review.clone()),
                    crate::review::csv::CsvOptions {
                        separator,
                        lang: self.lang(),
                    },
                ),
                (ExportKind::FeedbackLetter(i), Some(r)) if i < r.review.entries.len() => {
                    let entry = r.review.entries[i].clone();
                    let feedback = r
                        .file
                        .feedback
                        .get(&entry.key())
                        .cloned()
                        .unwrap_or_default();
                    Job::FeedbackLetter(Box::new(entry), Box::new(feedback))
                }
                (_, Some(r)) => Job::ReviewOverview(Box::new(r.review.clone())),
                (_, None) => self.worksheet_job(),
            },
            _ => self.worksheet_job(),
        }
    }

    fn export_file_name(&self, kind: ExportKind) -> String {
        let lang = self.lang();
        match (kind, &self.session) {
            (ExportKind::SelfAssessment, Some(s)) => {
                crate::report::document::file_name(&s.reflection, lang, s.print.document)
            }
            (ExportKind::Poll, Some(s)) => {
                crate::report::poll_file_name(&s.reflection.profile.name, lang)
            }
            (ExportKind::ReviewOverview, _) => {
                crate::report::review_overview_file_name(lang, crate::report::today())
            }
            (ExportKind::ReviewCsv(_), _) => lang.pick("csv-review", "review-csv").to_owned(),
            (ExportKind::FeedbackLetter(i), _) => self
                .reviews
                .open
                .as_ref()
                .and_then(|r| r.review.entries.get(i))
                .map(|e| crate::report::feedback_letter_file_name(e, lang))
                .unwrap_or_else(|| "terugkoppeling.pdf".to_owned()),
            _ => {
                let q = self
                    .session
                    .as_ref()
                    .map_or_else(|| self.builtin.clone(), |s| s.questionnaire.clone());
                crate::report::worksheet_file_name(&q, lang)
            }
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
