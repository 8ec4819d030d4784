//! The desktop program: pages, the commands they emit, and the one place
//! where commands are applied after each frame.

mod exporter;
mod home;
mod new_reflection;
mod questions;
mod reflect;
pub mod saver;
pub mod style;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{NetworkProfile, Reflection};
use crate::storage::settings::{Settings, ThemeChoice, ZOOM_RANGE};
use crate::storage::{self, StorageError, Store, Summary};

use exporter::{Exporter, Job, Opened};
pub use home::HomeState;
pub use new_reflection::NewForm;
use saver::{Dirty, Saver};

pub use crate::storage::QUESTIONNAIRE_DIR;

/// Picks the Dutch or English text for the current language.
pub fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    lang.pick(nl, en)
}

/// The pages of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The saved reflections.
    Home,
    /// The form for a new reflection.
    New,
    /// An open reflection.
    Reflect,
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
    /// Open a saved reflection by id.
    Open(String),
    /// Ask the system for a file to import.
    PickImport,
    /// Import a reflection file into the data folder.
    Import(PathBuf),
    /// Ask for confirmation before deleting.
    AskDelete(String),
    /// Move a reflection to the trash folder.
    ConfirmDelete(String),
    /// Cancel a pending delete.
    CancelDelete,
    /// Show a theme of the open reflection.
    SelectTheme(usize),
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
}

/// Which PDF to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The self-assessment of the open reflection.
    SelfAssessment,
    /// The blank worksheet of the open reflection's questionnaire, or of
    /// the built-in one on the home page.
    Worksheet,
}

/// The form that asks for a path when no save dialog is available.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportForm {
    /// Which PDF.
    pub kind: ExportKind,
    /// The path as typed.
    pub path: String,
}

/// How serious a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something went well or is worth knowing.
    Info,
    /// Something went wrong.
    Error,
}

/// A message shown once in the window, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// How serious it is.
    pub level: Level,
    /// The Dutch text.
    pub nl: String,
    /// The English text.
    pub en: String,
}

impl Notice {
    fn storage(e: &StorageError) -> Notice {
        Notice {
            level: Level::Error,
            nl: e.describe(Lang::Nl),
            en: e.describe(Lang::En),
        }
    }

    fn info(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Info,
            nl,
            en,
        }
    }

    fn error(nl: String, en: String) -> Notice {
        Notice {
            level: Level::Error,
            nl,
            en,
        }
    }
}

pub use crate::storage::catalogue::{Available, Catalogue};

/// The state of saving, shown quietly in the top bar.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing has changed since opening.
    Idle,
    /// Changes wait to be saved.
    Pending,
    /// Saved at this local time.
    Saved(String),
    /// The last save failed; the notice says why.
    Failed,
}

/// The open reflection.
pub struct Session {
    /// The reflection being answered.
    pub reflection: Reflection,
    /// Its questionnaire.
    pub questionnaire: Arc<Questionnaire>,
    /// The theme on screen.
    pub theme: usize,
    /// Whose answers are being edited: `None` for the board's agreed answers.
    pub respondent: Option<usize>,
    /// Unsaved changes.
    pub dirty: Dirty,
    /// The state of saving.
    pub status: SaveStatus,
    /// Whether the theme page should scroll back to the top.
    pub scroll_to_top: bool,
}

impl Session {
    /// Opens a reflection on its first theme, with the board's answers.
    pub fn new(
        reflection: Reflection,
        questionnaire: Arc<Questionnaire>,
        status: SaveStatus,
    ) -> Session {
        Session {
            reflection,
            questionnaire,
            theme: 0,
            respondent: None,
            dirty: Dirty::default(),
            status,
            scroll_to_top: true,
        }
    }
}

/// The whole program state.
pub struct ReflectieApp {
    /// The data folder, if it could be opened.
    pub store: Option<Store>,
    /// The view choices.
    pub settings: Settings,
    /// The questionnaires to choose from.
    pub questionnaires: Catalogue,
    /// The page on screen.
    pub page: Page,
    /// The home page's state.
    pub home: HomeState,
    /// The new-reflection form.
    pub form: NewForm,
    /// The open reflection, if any.
    pub session: Option<Session>,
    /// Messages to show.
    pub notices: Vec<Notice>,
    /// The form that asks where to save a PDF, when it is open.
    pub export_form: Option<ExportForm>,
    /// Whether a finished PDF is opened in the system viewer (off in tests).
    pub open_viewer: bool,
    builtin: Arc<Questionnaire>,
    saver: Saver,
    exporter: Exporter,
    commands: Vec<Command>,
    close_anyway: bool,
    close_pending: bool,
    startup_probe: bool,
}

/// The environment variable that makes the program close itself after its
/// first frame, so that `scripts/first-frame.sh` can time the start.
pub const STARTUP_PROBE_ENV: &str = "REFLECTIETOOL_STARTUP_PROBE";

impl ReflectieApp {
    /// Builds the program on a data folder; `ctx` gets the fonts and style.
    pub fn new(ctx: &egui::Context, data_dir: &Path) -> ReflectieApp {
        style::apply(ctx);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let mut notices = Vec::new();
        let store = match Store::open(data_dir) {
            Ok(s) => Some(s),
            Err(e) => {
                notices.push(Notice::storage(&e));
                None
            }
        };
        let settings = Settings::load(data_dir);
        style::set_theme(ctx, settings.theme);
        ctx.set_zoom_factor(settings.zoom);
        let wake_ctx = ctx.clone();
        let mut app = ReflectieApp {
            store,
            settings,
            questionnaires: Catalogue::builtin(Arc::new(Questionnaire::builtin())),
            page: Page::Home,
            home: HomeState::default(),
            form: NewForm::default(),
            session: None,
            notices,
            export_form: None,
            open_viewer: true,
            builtin: Arc::new(Questionnaire::builtin()),
            saver: Saver::start(move || wake_ctx.request_repaint()),
            exporter: Exporter::default(),
            commands: Vec::new(),
            close_anyway: false,
            close_pending: false,
            startup_probe: std::env::var_os(STARTUP_PROBE_ENV).is_some(),
        };
        app.refresh();
        app
    }

    /// Returns the language in use.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Queues a command, as a click would.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Returns whether a PDF is being made.
    pub fn is_exporting(&self) -> bool {
        self.exporter.is_busy()
    }

    fn finish_export(&mut self, done: exporter::ExportDone) {
        let shown = done.path.display();
        self.notices.push(match done.result {
            Ok(Opened::Yes) => Notice::info(
                format!("De pdf is opgeslagen en geopend: {shown}"),
                format!("The PDF is saved and opened: {shown}"),
            ),
            Ok(Opened::No) => Notice::info(
                format!("De pdf is opgeslagen: {shown} — er ging geen pdf-lezer vanzelf open; open het bestand zelf."),
                format!("The PDF is saved: {shown} — no PDF viewer opened by itself; open the file yourself."),
            ),
            Err(e) => Notice::error(e.describe(Lang::Nl), e.describe(Lang::En)),
        });
    }

    /// Returns the folder where a PDF goes by default: Documents, else home,
    /// else the data folder.
    fn default_export_dir(&self) -> PathBuf {
        directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(|d| d.to_owned())
                    .or(Some(u.home_dir().to_owned()))
            })
            .or_else(|| self.store.as_ref().map(|s| s.dir().to_owned()))
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Returns the questionnaire a worksheet is made of: the open
    /// reflection's, else the built-in one.
    fn worksheet_questionnaire(&self) -> Arc<Questionnaire> {
        self.session
            .as_ref()
            .map_or_else(|| self.builtin.clone(), |s| s.questionnaire.clone())
    }

    fn export_job(&self, kind: ExportKind) -> Job {
        match (kind, &self.session) {
            (ExportKind::SelfAssessment, Some(s)) => {
                Job::SelfAssessment(Box::new(s.reflection.clone()), s.questionnaire.clone())
            }
            _ => Job::Worksheet(self.worksheet_questionnaire()),
        }
    }

    fn export_file_name(&self, kind: ExportKind) -> String {
        let lang = self.lang();
        match (kind, &self.session) {
            (ExportKind::SelfAssessment, Some(s)) => {
                crate::report::self_assessment_file_name(&s.reflection, lang)
            }
            _ => crate::report::worksheet_file_name(&self.worksheet_questionnaire(), lang),
        }
    }

    /// Returns whether there are changes not yet on disk.
    pub fn has_unsaved(&self) -> bool {
        self.saver.is_busy() || self.session.as_ref().is_some_and(|s| s.dirty.is_dirty())
    }

    /// Saves whatever is not yet on disk and waits for it; returns the error
    /// if saving failed.
    pub fn flush(&mut self) -> Result<(), StorageError> {
        if let Some(done) = self.saver.wait() {
            self.finish_save(done);
        }
        let (Some(store), Some(session)) = (&self.store, &mut self.session) else {
            return Ok(());
        };
        if !session.dirty.is_dirty() {
            return Ok(());
        }
        session.dirty.clear();
        match store.save(&session.reflection) {
            Ok(_) => {
                session.status = SaveStatus::Saved(clock_now());
                Ok(())
            }
            Err(e) => {
                session.dirty.mark(Instant::now());
                session.status = SaveStatus::Failed;
                Err(e)
            }
        }
    }

    fn refresh(&mut self) {
        self.questionnaires =
            Catalogue::load(self.builtin.clone(), self.store.as_ref().map(|s| s.dir()));
        if let Some(store) = &self.store {
            self.home.entries = match store.list() {
                Ok(entries) => entries,
                Err(e) => {
                    self.notices.push(Notice::storage(&e));
                    Vec::new()
                }
            };
        }
        self.home.totals = self
            .questionnaires
            .valid()
            .map(|q| (q.id.clone(), q.question_count()))
            .collect();
    }

    /// Finds the questionnaire a reflection answers: the same id and
    /// version if there is one, else the same id.
    fn questionnaire_for(&self, r: &Reflection) -> Option<Arc<Questionnaire>> {
        self.questionnaires.find(&r.questionnaire)
    }

    fn open_reflection(&mut self, reflection: Reflection, upgraded_from: Option<u32>) {
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
        self.session = Some(Session::new(reflection, q, SaveStatus::Idle));
        self.page = Page::Reflect;
    }

    fn finish_save(&mut self, done: saver::SaveDone) {
        match done.result {
            Ok(()) => {
                if let Some(s) = &mut self.session
                    && s.reflection.id == done.id
                    && !s.dirty.is_dirty()
                {
                    s.status = SaveStatus::Saved(clock_now());
                }
            }
            Err(e) => {
                if let Some(s) = &mut self.session
                    && s.reflection.id == done.id
                {
                    s.status = SaveStatus::Failed;
                    // keep it dirty so it is tried again at the next change or on close
                    s.dirty.mark(Instant::now());
                }
                let n = Notice::storage(&e);
                if !self.notices.contains(&n) {
                    self.notices.push(n);
                }
            }
        }
    }

    /// Does the per-frame work that draws nothing: finished saves, and
    /// starting a save when changes have waited long enough.
    pub fn tick(&mut self, ctx: &egui::Context) {
        while let Some(done) = self.saver.poll() {
            self.finish_save(done);
        }
        if let Some(done) = self.exporter.poll() {
            self.finish_export(done);
        }
        let now = Instant::now();
        let (Some(store), Some(session)) = (&self.store, &mut self.session) else {
            return;
        };
        if session.status == SaveStatus::Failed {
            // retry only after a new change, not in a loop
            return;
        }
        match session.dirty.wait(now) {
            Some(wait) if wait.is_zero() => {
                if self.saver.submit(store, session.reflection.clone()) {
                    session.dirty.clear();
                }
            }
            Some(wait) => ctx.request_repaint_after(wait),
            None => {}
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::GoHome => {
                if let Err(e) = self.flush() {
                    self.notices.push(Notice::storage(&e));
                    return;
                }
                self.session = None;
                self.page = Page::Home;
                self.refresh();
            }
            Command::ShowNewForm => {
                self.form = NewForm::default();
                self.page = Page::New;
            }
            Command::CreateReflection => self.create_reflection(),
            Command::Open(id) => {
                let Some(store) = &self.store else { return };
                match store.load(&id) {
                    Ok(l) => self.open_reflection(l.reflection, l.upgraded_from),
                    Err(e) => self.notices.push(Notice::storage(&e)),
                }
            }
            Command::PickImport => {
                let picked = rfd::FileDialog::new()
                    .set_title(t(
                        self.lang(),
                        "Reflectie importeren",
                        "Import a reflection",
                    ))
                    .add_filter("Reflectie (.ron)", &["ron"])
                    .pick_file();
                match picked {
                    Some(p) => self.apply(ctx, Command::Import(p)),
                    None => self.home.show_path_field = true,
                }
            }
            Command::Import(path) => self.import(&path),
            Command::AskDelete(id) => self.home.confirm_delete = Some(id),
            Command::CancelDelete => self.home.confirm_delete = None,
            Command::ConfirmDelete(id) => {
                self.home.confirm_delete = None;
                if let Some(store) = &self.store {
                    match store.trash(&id) {
                        Ok(to) => self.notices.push(Notice::info(
                            format!(
                                "De reflectie staat nu in de prullenbak-map: {}",
                                to.display()
                            ),
                            format!(
                                "The reflection is now in the trash folder: {}",
                                to.display()
                            ),
                        )),
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
                }
            }
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
                if kind == ExportKind::SelfAssessment && self.session.is_none() {
                    return;
                }
                let name = self.export_file_name(kind);
                let dir = self.default_export_dir();
                let picked = rfd::FileDialog::new()
                    .set_title(match kind {
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
                    })
                    .set_directory(&dir)
                    .set_file_name(&name)
                    .add_filter("PDF", &["pdf"])
                    .save_file();
                match picked {
                    Some(path) => self.apply(ctx, Command::ExportTo(kind, path)),
                    None => {
                        self.export_form = Some(ExportForm {
                            kind,
                            path: dir.join(name).display().to_string(),
                        })
                    }
                }
            }
            Command::ExportTo(kind, path) => {
                self.export_form = None;
                let path = if path.extension().is_none() {
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
            Command::CloseWithoutSaving => {
                self.close_anyway = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
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
        let lang = self.lang();
        let Some(store) = self.store.clone() else {
            return;
        };
        let valid: Vec<Arc<Questionnaire>> = self.questionnaires.valid().cloned().collect();
        let Some(q) = valid
            .get(self.form.questionnaire)
            .or(valid.first())
            .cloned()
        else {
            return;
        };
        let profile: NetworkProfile = match self.form.profile() {
            Ok(p) => p,
            Err(msg) => {
                self.form.error = Some(msg.get(lang).to_owned());
                return;
            }
        };
        let reflection = Reflection::new(profile, &q);
        match store.save(&reflection) {
            Ok(_) => {
                self.session = Some(Session::new(reflection, q, SaveStatus::Saved(clock_now())));
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
                if store.path_of(&r.id).exists() || !valid_id(&r.id) {
                    r.id = crate::model::reflection::new_id(&r.profile.name);
                }
                match store.save(&r) {
                    Ok(_) => {
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
                        self.open_reflection(r, loaded.upgraded_from);
                    }
                    Err(e) => self.notices.push(Notice::storage(&e)),
                }
            }
            Err(e) => self.notices.push(Notice::storage(&e)),
        }
    }

    /// Returns the summaries of the readable reflections on the home page.
    pub fn summaries(&self) -> impl Iterator<Item = &Summary> {
        self.home.entries.iter().filter_map(|e| e.as_ref().ok())
    }

    fn handle_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let (zoom_in, zoom_out, zoom_reset) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::Plus)
                    || i.consume_key(Modifiers::COMMAND, Key::Equals)
                    || i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Equals),
                i.consume_key(Modifiers::COMMAND, Key::Minus),
                i.consume_key(Modifiers::COMMAND, Key::Num0),
            )
        });
        if zoom_in {
            self.push(Command::Zoom(1));
        }
        if zoom_out {
            self.push(Command::Zoom(-1));
        }
        if zoom_reset {
            self.push(Command::Zoom(0));
        }
        if self.page == Page::Home
            && self.store.is_some()
            && ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::N))
        {
            self.push(Command::ShowNewForm);
        }
        if let Some(s) = &self.session
            && self.page == Page::Reflect
        {
            let (next, prev) = ctx.input_mut(|i| {
                (
                    i.consume_key(Modifiers::ALT, Key::ArrowRight)
                        || i.consume_key(Modifiers::COMMAND, Key::PageDown),
                    i.consume_key(Modifiers::ALT, Key::ArrowLeft)
                        || i.consume_key(Modifiers::COMMAND, Key::PageUp),
                )
            });
            let (n, theme) = (s.questionnaire.themes.len(), s.theme);
            if next && theme + 1 < n {
                self.push(Command::SelectTheme(theme + 1));
            }
            if prev && theme > 0 {
                self.push(Command::SelectTheme(theme - 1));
            }
        }
    }

    fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_anyway {
            return;
        }
        if let Err(e) = self.flush() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            let n = Notice::storage(&e);
            if !self.notices.contains(&n) {
                self.notices.push(n);
            }
            self.close_pending = true;
        }
    }

    /// Draws one frame and applies the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.tick(&ctx);
        self.handle_close(&ctx);
        self.handle_keys(&ctx);
        let lang = self.lang();
        let mut commands = std::mem::take(&mut self.commands);

        egui::Panel::top("top_bar").show(ui, |ui| {
            top_bar_ui(
                ui,
                lang,
                &self.settings,
                self.session.as_ref(),
                self.page,
                self.exporter.is_busy(),
                &mut commands,
            );
        });
        if !self.notices.is_empty() || self.close_pending {
            egui::Panel::top("notices").show(ui, |ui| {
                notices_ui(ui, lang, &self.notices, self.close_pending, &mut commands);
            });
        }
        match self.page {
            Page::Home => {
                home::home_ui(ui, lang, &mut self.home, self.store.as_ref(), &mut commands)
            }
            Page::New => new_reflection::new_reflection_ui(
                ui,
                lang,
                &mut self.form,
                self.questionnaires.entries(),
                &mut commands,
            ),
            Page::Reflect => match &mut self.session {
                Some(session) => reflect::reflect_ui(ui, lang, session, &mut commands),
                None => self.page = Page::Home,
            },
        }
        home::delete_modal_ui(&ctx, lang, &self.home, &mut commands);
        if let Some(form) = &mut self.export_form {
            export_form_ui(&ctx, lang, form, &mut commands);
        }

        for c in commands {
            self.apply(&ctx, c);
        }
        // a change made this frame is saved without waiting for input
        self.tick(&ctx);
        if self.startup_probe {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl eframe::App for ReflectieApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn on_exit(&mut self) {
        if let Err(e) = self.flush() {
            eprintln!("{}", e.describe(self.lang()));
        }
    }
}

fn top_bar_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    settings: &Settings,
    session: Option<&Session>,
    page: Page,
    exporting: bool,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    // The controls on the right are laid out after the left part, so that Tab
    // visits them in reading order; their width is remembered from the last
    // frame to right-align them. Too narrow (a small window, or zoomed in):
    // they go on a row of their own.
    let width_id = egui::Id::unique("top_bar_right_width");
    let right_w: f32 = ui.data(|d| d.get_temp(width_id)).unwrap_or(420.0);
    let spacing = ui.spacing().item_spacing.x;
    let right_width = if ui.available_width() < right_w + 320.0 {
        ui.horizontal(|ui| top_left_ui(ui, lang, session, page, exporting, commands));
        ui.horizontal(|ui| top_right_ui(ui, lang, settings, commands))
            .response
            .rect
            .width()
    } else {
        ui.horizontal(|ui| {
            let left_w = ui.available_width() - right_w - spacing;
            ui.allocate_ui_with_layout(
                egui::vec2(left_w, 32.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_max_width(left_w);
                    top_left_ui(ui, lang, session, page, exporting, commands);
                },
            );
            let gap = ui.available_width() - right_w - spacing;
            if gap > 0.0 {
                ui.add_space(gap);
            }
            ui.horizontal(|ui| top_right_ui(ui, lang, settings, commands))
                .response
                .rect
                .width()
        })
        .inner
    };
    ui.data_mut(|d| d.insert_temp(width_id, right_width));
    ui.add_space(2.0);
}

fn top_left_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: Option<&Session>,
    page: Page,
    exporting: bool,
    commands: &mut Vec<Command>,
) {
    if exporting {
        ui.spinner();
        ui.label(egui::RichText::new(t(lang, "Pdf maken…", "Making the PDF…")).small());
    }
    if page != Page::Home
        && ui
            .button(t(lang, "⌂ Reflecties", "⌂ Reflections"))
            .on_hover_text(t(
                lang,
                "Terug naar alle reflecties",
                "Back to all reflections",
            ))
            .clicked()
    {
        commands.push(Command::GoHome);
    }
    match session.filter(|_| page == Page::Reflect) {
        Some(s) => {
            let (text, colour) = match &s.status {
                SaveStatus::Idle => (String::new(), style::muted(ui)),
                SaveStatus::Pending => {
                    (t(lang, "Opslaan…", "Saving…").to_owned(), style::muted(ui))
                }
                SaveStatus::Saved(at) => (
                    format!("{} {at}", t(lang, "✔ Opgeslagen om", "✔ Saved at")),
                    style::muted(ui),
                ),
                SaveStatus::Failed => (
                    t(
                        lang,
                        "⚠ Niet opgeslagen — zie de melding",
                        "⚠ Not saved — see the message",
                    )
                    .to_owned(),
                    style::error_colour(ui),
                ),
            };
            ui.add(
                egui::Label::new(style::title(format!(
                    "{} {}",
                    s.reflection.profile.name, s.reflection.profile.board_year
                )))
                .truncate(),
            );
            ui.add(egui::Label::new(egui::RichText::new(text).color(colour).small()).truncate());
        }
        None => {
            ui.add(egui::Label::new(style::title("Reflectietool")).truncate());
        }
    }
}

fn top_right_ui(ui: &mut egui::Ui, lang: Lang, settings: &Settings, commands: &mut Vec<Command>) {
    if ui
        .selectable_label(lang == Lang::Nl, "Nederlands")
        .clicked()
    {
        commands.push(Command::SetLang(Lang::Nl));
    }
    if ui.selectable_label(lang == Lang::En, "English").clicked() {
        commands.push(Command::SetLang(Lang::En));
    }
    ui.separator();
    let (label, next) = match settings.theme {
        ThemeChoice::Light => (t(lang, "Donker", "Dark"), ThemeChoice::Dark),
        ThemeChoice::Dark => (t(lang, "Licht", "Light"), ThemeChoice::Light),
    };
    if ui
        .button(label)
        .on_hover_text(t(
            lang,
            "Wissel tussen licht en donker",
            "Switch between light and dark",
        ))
        .clicked()
    {
        commands.push(Command::SetTheme(next));
    }
    ui.separator();
    if ui
        .button("−")
        .on_hover_text(t(lang, "Kleiner (Ctrl −)", "Smaller (Ctrl −)"))
        .clicked()
    {
        commands.push(Command::Zoom(-1));
    }
    let pct = format!("{:.0} %", settings.zoom * 100.0);
    if ui
        .button(pct)
        .on_hover_text(t(
            lang,
            "Terug naar 100 % (Ctrl 0)",
            "Back to 100 % (Ctrl 0)",
        ))
        .clicked()
    {
        commands.push(Command::Zoom(0));
    }
    if ui
        .button("+")
        .on_hover_text(t(lang, "Groter (Ctrl +)", "Larger (Ctrl +)"))
        .clicked()
    {
        commands.push(Command::Zoom(1));
    }
}

fn notices_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    notices: &[Notice],
    close_pending: bool,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    for (i, n) in notices.iter().enumerate() {
        let colour = match n.level {
            Level::Error => style::error_colour(ui),
            Level::Info => style::accent(ui),
        };
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.5, colour))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        egui::RichText::new(match n.level {
                            Level::Error => "⚠",
                            Level::Info => "ℹ",
                        })
                        .color(colour),
                    );
                    let text = lang.pick(&n.nl, &n.en);
                    ui.add(egui::Label::new(text).wrap());
                });
                ui.horizontal(|ui| {
                    if ui.button(t(lang, "Sluiten", "Dismiss")).clicked() {
                        commands.push(Command::Dismiss(i));
                    }
                });
            });
    }
    if close_pending {
        ui.horizontal(|ui| {
            ui.label(t(
                lang,
                "Het programma sluiten zonder de laatste wijzigingen op te slaan?",
                "Close the program without saving the last changes?",
            ));
            if ui.button(t(lang, "Toch sluiten", "Close anyway")).clicked() {
                commands.push(Command::CloseWithoutSaving);
            }
        });
    }
    ui.add_space(4.0);
}

/// Returns the local time of day as `21:58`, for the save status.
fn clock_now() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}

/// Asks where to save a PDF when the system has no save dialog (or it was
/// cancelled): a path field, filled in with a suggestion.
fn export_form_ui(
    ctx: &egui::Context,
    lang: Lang,
    form: &mut ExportForm,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("export_form")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(style::title(match form.kind {
            ExportKind::SelfAssessment => t(lang, "Zelfevaluatie als pdf", "Self-assessment as PDF"),
            ExportKind::Worksheet => t(lang, "Leeg werkblad als pdf", "Blank worksheet as PDF"),
        }));
        ui.add(
            egui::Label::new(t(
                lang,
                "Er kwam geen bestandsnaam uit het opslagvenster (geannuleerd, of op deze computer is geen opslagvenster beschikbaar). Waar wil je de pdf opslaan?",
                "No file name came from the save dialog (cancelled, or no save dialog is available on this computer). Where do you want to save the PDF?",
            ))
            .wrap(),
        );
        let label = ui.label(t(lang, "Pad van de pdf", "Path of the PDF"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut form.path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            let save = ui.button(style::bold(t(lang, "Opslaan", "Save"))).clicked();
            if (save || enter) && !form.path.trim().is_empty() {
                commands.push(Command::ExportTo(form.kind, PathBuf::from(form.path.trim())));
            }
            if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
                commands.push(Command::CancelExport);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelExport);
    }
}
