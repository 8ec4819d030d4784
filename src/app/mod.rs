//! The desktop program's shell: the program state, the frame (top bar,
//! notices, the page on screen), and the per-frame work of the workers.
//! Commands are defined and applied in [`command`]; each page is drawn by a
//! module in [`screens`]; work off the UI thread lives in [`workers`].

mod answering;
mod command;
pub mod continuity;
pub mod focus;
mod gathering;
mod home_actions;
pub(crate) mod members;
pub(crate) mod members_import;
mod notice;
mod overview;
pub mod present;
pub(crate) mod profile;
pub mod review;
pub mod screens;
mod session;
pub(crate) mod share;
pub mod style;
pub mod widgets;
pub mod workers;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::storage::settings::Settings;
use crate::storage::{StorageError, Store, Summary};

pub use command::{Command, ExportKind, Page};
use focus::{FocusState, Region};
pub use home_actions::Opener;
pub use notice::{Level, Notice, NoticeAction};
pub use profile::ProfileEdit;
pub use review::{ReviewCommand, ReviewState, ReviewView, Reviews};
pub use screens::export_form::ExportForm;
pub use screens::home::HomeState;
pub use screens::new_reflection::NewForm;
pub use screens::share_form::ShareForm;
pub use session::{SaveStatus, Session};
use workers::dialogs::{Dialogs, Picker};
use workers::exporter::{self, Exporter, Opened};
use workers::gatherer::Gatherer;
pub use workers::saver;
use workers::saver::Saver;
use workers::sharer::Sharer;

pub use crate::storage::QUESTIONNAIRE_DIR;
pub use crate::storage::catalogue::{Available, Catalogue};

/// Picks the Dutch or English text for the current language.
pub fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    lang.pick(nl, en)
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
    /// The open reflection's profile while it is edited.
    pub profile_edit: Option<ProfileEdit>,
    /// Messages to show.
    pub notices: Vec<Notice>,
    /// The form that asks where to save a PDF, when it is open.
    pub export_form: Option<ExportForm>,
    /// The share page's state, kept after it closes (its folder is offered
    /// again).
    pub share: Option<ShareForm>,
    /// The officer's review: the open one, and the earlier ones.
    pub reviews: Reviews,
    /// The program's own folder when the data lives next to it (portable
    /// mode, e.g. a USB stick); paths inside it are stored relative to it.
    pub portable: Option<std::path::PathBuf>,
    /// The presentation's slide, full screen and timer.
    pub present: present::Presentation,
    /// The form that starts the next board year, when it is open.
    pub next_year: Option<continuity::NextYearForm>,
    /// Whether a finished PDF is opened in the system viewer (off in tests).
    pub open_viewer: bool,
    /// Opens a file or folder with the system's program for it (tests put
    /// one in its place that only records the request).
    opener: Opener,
    builtin: Arc<Questionnaire>,
    saver: Saver,
    dialogs: Dialogs,
    exporter: Exporter,
    sharer: Sharer,
    gatherer: Gatherer,
    commands: Vec<Command>,
    close_anyway: bool,
    close_pending: bool,
    startup_probe: bool,
    focus: FocusState,
    /// The page shown in the last frame (and its theme), to notice a new one.
    last_view: Option<(Page, usize)>,
    /// The window title last sent to the system.
    title: String,
}

/// The environment variable that makes the program close itself after its
/// first frame, so that `scripts/first-frame.sh` can time the start.
pub const STARTUP_PROBE_ENV: &str = "REFLECTIETOOL_STARTUP_PROBE";

impl ReflectieApp {
    /// Builds the program on a data folder; `ctx` gets the fonts and style.
    /// A first start (no settings yet) is in Dutch.
    pub fn new(ctx: &egui::Context, data_dir: &Path) -> ReflectieApp {
        Self::with_first_lang(ctx, data_dir, Lang::Nl)
    }

    /// Builds the program like [`ReflectieApp::new`]; a first start is in
    /// `first_lang`.
    pub fn with_first_lang(ctx: &egui::Context, data_dir: &Path, first_lang: Lang) -> ReflectieApp {
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
        let settings = Settings::load_or(data_dir, first_lang);
        style::set_theme(ctx, settings.theme);
        ctx.set_zoom_factor(settings.zoom);
        let wake_ctx = ctx.clone();
        // parsed once (at start, on another thread: window::run): the
        // catalogue and the new-reflection form share it
        let builtin = Questionnaire::builtin_shared();
        let mut app = ReflectieApp {
            store,
            settings,
            questionnaires: Catalogue::builtin(builtin.clone()),
            page: Page::Home,
            home: HomeState::default(),
            form: NewForm::default(),
            session: None,
            profile_edit: None,
            notices,
            export_form: None,
            share: None,
            reviews: Reviews::default(),
            portable: None,
            present: present::Presentation::default(),
            next_year: None,
            open_viewer: true,
            opener: home_actions::system_opener(),
            builtin,
            saver: Saver::start(move || wake_ctx.request_repaint()),
            dialogs: Dialogs::default(),
            exporter: Exporter::default(),
            sharer: Sharer::default(),
            gatherer: Gatherer::default(),
            commands: Vec::new(),
            close_anyway: false,
            close_pending: false,
            startup_probe: std::env::var_os(STARTUP_PROBE_ENV).is_some(),
            focus: FocusState::default(),
            last_view: None,
            title: String::new(),
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

    /// Shows file dialogs with this picker instead of the system's (tests
    /// use one that opens no window).
    pub fn set_file_picker(&mut self, picker: Picker) {
        self.dialogs = Dialogs::with_picker(picker);
    }

    /// Returns whether a file dialog is open.
    pub fn is_dialog_open(&self) -> bool {
        self.dialogs.is_open()
    }

    /// Returns whether a PDF is being made.
    pub fn is_exporting(&self) -> bool {
        self.exporter.is_busy()
    }

    fn finish_export(&mut self, done: exporter::ExportDone) {
        let shown = done.path.display();
        if done.csv {
            let notice = match done.result {
                Ok(_) => Notice::info(
                    format!(
                        "De csv-bestanden (answers_long, summary_wide, codebook) staan in: {shown}"
                    ),
                    format!("The CSV files (answers_long, summary_wide, codebook) are in: {shown}"),
                )
                .with_action(
                    "Map openen",
                    "Open folder",
                    Command::OpenWithSystem(done.path.clone()),
                ),
                Err(e) => Notice::error(e.describe(Lang::Nl), e.describe(Lang::En)),
            };
            self.notices.push(notice);
            return;
        }
        let notice = match done.result {
            Ok(Opened::Yes) => Notice::info(
                format!("De pdf is opgeslagen en geopend: {shown}"),
                format!("The PDF is saved and opened: {shown}"),
            ),
            Ok(Opened::No) => Notice::info(
                format!("De pdf is opgeslagen: {shown}"),
                format!("The PDF is saved: {shown}"),
            ),
            Err(e) => Notice::error(e.describe(Lang::Nl), e.describe(Lang::En)),
        };
        let notice = if notice.level == Level::Info {
            let folder = done.path.parent().map(Path::to_owned).unwrap_or_default();
            notice
                .with_action(
                    "Pdf openen",
                    "Open PDF",
                    Command::OpenWithSystem(done.path.clone()),
                )
                .with_action("Map openen", "Open folder", Command::OpenWithSystem(folder))
        } else {
            notice
        };
        self.notices.push(notice);
    }

    /// Returns whether there are changes not yet on disk.
    pub fn has_unsaved(&self) -> bool {
        self.saver.is_busy()
            || self.session.as_ref().is_some_and(|s| s.dirty.is_dirty())
            || self.reviews.has_unsaved()
    }

    /// Returns whether a worker thread has yet to wake the window for work
    /// whose result may already be taken: tests wait for it before they
    /// check that the window is quiet.
    pub fn has_threads_waking(&mut self) -> bool {
        self.saver.is_waking() || self.reviews.has_threads()
    }

    /// Saves whatever is not yet on disk and waits for it; returns the error
    /// if saving failed.
    pub fn flush(&mut self) -> Result<(), StorageError> {
        self.flush_review();
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
        match store.save_at(&session.path, &session.reflection) {
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
        self.refresh_trash();
        self.refresh_reviews();
        self.home.totals = self
            .questionnaires
            .valid()
            .flat_map(|q| {
                crate::model::reflection::NetworkKind::ALL
                    .iter()
                    .map(|&kind| {
                        (
                            (q.id.clone(), q.version.clone(), kind),
                            q.questions_for(kind).count(),
                        )
                    })
            })
            .collect();
        let data = self.store.as_ref().map(|s| s.dir().to_owned());
        self.home.routes = self
            .questionnaires
            .valid()
            .flat_map(|q| {
                crate::storage::routes::routes_for(q, data.as_deref())
                    .routes
                    .into_iter()
                    .map(|r| {
                        let scope = screens::home::RouteScope {
                            title: r.title.clone(),
                            questions: r.question_ids(q).into_iter().collect(),
                        };
                        (((q.id.clone(), q.version.clone()), r.id), scope)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
    }

    fn finish_save(&mut self, done: saver::SaveDone) {
        match done.result {
            Ok(()) => {
                if let Some(s) = &mut self.session
                    && s.path == done.path
                    && !s.dirty.is_dirty()
                {
                    s.status = SaveStatus::Saved(clock_now());
                }
            }
            Err(e) => {
                if let Some(s) = &mut self.session
                    && s.path == done.path
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
        if let Some(done) = self.sharer.poll() {
            self.finish_share(done);
        }
        if let Some(report) = self.gatherer.poll() {
            self.finish_gather(report);
        }
        if let Some(picked) = self.dialogs.poll() {
            self.finish_dialog(ctx, picked);
        }
        self.tick_review(ctx);
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
                if self
                    .saver
                    .submit(store, &session.path, session.reflection.clone())
                {
                    session.dirty.clear();
                }
            }
            Some(wait) => ctx.request_repaint_after(wait),
            None => {}
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
        // F5: the presentation, from a theme or the overview
        if self.session.is_some()
            && matches!(self.page, Page::Reflect | Page::Overview)
            && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5))
        {
            self.push(Command::Present(true));
        }
        if self.page == Page::Present {
            let (slide, typing) = (self.present.slide, self.present.typing);
            present::present_keys(ctx, slide, typing, &mut self.commands);
        }
        // Ctrl+Shift+O: the overview, from every theme
        if self.session.is_some()
            && self.page == Page::Reflect
            && ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::O))
        {
            self.push(Command::ShowOverview { print: false });
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

    /// Returns the page on screen and, on a reflection, its theme.
    fn view(&self) -> (Page, usize) {
        let theme = match (self.page, &self.session) {
            (Page::Reflect, Some(s)) => s.theme,
            (Page::Overview, Some(s)) => usize::from(s.print_first),
            (Page::Review, _) => self.reviews.open.as_ref().map_or(0, ReviewState::view_key),
            (Page::Present, _) => self.present.slide,
            _ => 0,
        };
        (self.page, theme)
    }

    /// Returns the window's name: the program, and the open network.
    pub fn window_title(&self) -> String {
        match (&self.session, self.page) {
            (
                Some(s),
                Page::Reflect
                | Page::Overview
                | Page::Profile
                | Page::Share
                | Page::Present
                | Page::LastYear
                | Page::Poll
                | Page::Move,
            ) => {
                let p = &s.reflection.profile;
                format!("Reflectietool — {} {}", p.name, p.board_year)
                    .trim_end()
                    .to_owned()
            }
            (_, Page::Review) => match &self.reviews.open {
                Some(r) => format!("Reflectietool — Review: {}", r.file.title),
                None => "Reflectietool — Review".to_owned(),
            },
            _ => "Reflectietool".to_owned(),
        }
    }

    /// Names the window, in its title bar and for screen readers.
    fn name_window(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.clone());
        });
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Draws a page of the open reflection: the sidebar, then `main` beside
    /// it, each in its focus region; home when no reflection is open.
    fn reflection_page_ui(
        &mut self,
        ui: &mut egui::Ui,
        beside: screens::reflect::Beside,
        main: PanelUi,
        commands: &mut Vec<Command>,
    ) {
        let ctx = ui.ctx().clone();
        let lang = self.lang();
        let Some(session) = &mut self.session else {
            self.page = Page::Home;
            return;
        };
        self.focus.before(&ctx, Region::Sidebar);
        let r = screens::reflect::sidebar_panel_ui(ui, lang, session, beside, commands);
        self.focus.after(Region::Sidebar, r);
        self.focus.before(&ctx, Region::Main);
        let r = main(ui, lang, session, commands);
        self.focus.after(Region::Main, r);
    }

    /// Draws one frame and applies the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.tick(&ctx);
        self.refresh_on_focus(&ctx);
        self.handle_close(&ctx);
        self.handle_keys(&ctx);
        self.handle_drops(&ctx);
        self.focus.handle_keys(
            &ctx,
            matches!(self.page, Page::Reflect | Page::Overview) && self.export_form.is_none(),
        );
        self.focus.begin_frame();
        self.name_window(&ctx);
        let lang = self.lang();
        let mut commands = std::mem::take(&mut self.commands);

        let busy = if self.exporter.is_busy() {
            Some(t(lang, "Pdf maken…", "Making the PDF…"))
        } else {
            self.sharer
                .is_busy()
                .then(|| t(lang, "Delen…", "Sharing…"))
                .or_else(|| {
                    self.gatherer
                        .is_busy()
                        .then(|| t(lang, "Importeren…", "Importing…"))
                })
        };
        // the slides fill the screen: no top bar
        if self.page != Page::Present {
            self.focus.before(&ctx, Region::TopBar);
            let bar = egui::Panel::top("top_bar").show(ui, |ui| {
                screens::top_bar::top_bar_ui(
                    ui,
                    lang,
                    &self.settings,
                    self.session.as_ref(),
                    self.page,
                    busy,
                    self.portable.as_deref(),
                    &mut commands,
                );
            });
            self.focus.after(Region::TopBar, bar.response.rect);
        }
        if !self.notices.is_empty() || self.close_pending {
            self.focus.before(&ctx, Region::Notices);
            let notices = egui::Panel::top("notices").show(ui, |ui| {
                screens::notices::notices_ui(
                    ui,
                    lang,
                    &self.notices,
                    self.close_pending,
                    &mut commands,
                );
            });
            self.focus.after(Region::Notices, notices.response.rect);
        }
        match self.page {
            Page::Home => {
                self.focus.before(&ctx, Region::Main);
                let r = screens::home::home_ui(
                    ui,
                    lang,
                    &mut self.home,
                    &mut self.reviews,
                    self.store.as_ref(),
                    self.portable.is_some(),
                    &mut commands,
                );
                self.focus.after(Region::Main, r);
            }
            Page::New => {
                self.focus.before(&ctx, Region::Main);
                let r = screens::new_reflection::new_reflection_ui(
                    ui,
                    lang,
                    &mut self.form,
                    self.questionnaires.entries(),
                    &self.questionnaires.choosable(),
                    &mut commands,
                );
                self.focus.after(Region::Main, r);
            }
            Page::Profile => self.profile_page_ui(ui, &mut commands),
            Page::Share => self.share_page_ui(ui, &mut commands),
            Page::Reflect => self.reflection_page_ui(
                ui,
                screens::reflect::Beside::Theme,
                screens::reflect::theme_panel_ui,
                &mut commands,
            ),
            Page::Overview => self.reflection_page_ui(
                ui,
                screens::reflect::Beside::Overview,
                screens::overview::overview_panel_ui,
                &mut commands,
            ),
            Page::LastYear => self.reflection_page_ui(
                ui,
                screens::reflect::Beside::LastYear,
                screens::last_year::last_year_panel_ui,
                &mut commands,
            ),
            Page::Poll => self.reflection_page_ui(
                ui,
                screens::reflect::Beside::Poll,
                screens::poll::poll_panel_ui,
                &mut commands,
            ),
            Page::Move => self.reflection_page_ui(
                ui,
                screens::reflect::Beside::Move,
                screens::move_page::move_panel_ui,
                &mut commands,
            ),
            Page::Present => match &mut self.session {
                Some(session) => {
                    screens::present::present_ui(ui, lang, session, &self.present, &mut commands)
                }
                None => self.page = Page::Home,
            },
            Page::Review => {
                self.focus.before(&ctx, Region::Main);
                let r = screens::review::review_page_ui(ui, lang, &mut self.reviews, &mut commands);
                self.focus.after(Region::Main, r);
            }
        }
        self.present.typing = self.page == Page::Present && ctx.text_edit_focused();
        screens::home::delete_modal_ui(&ctx, lang, &self.home, &mut commands);
        continuity::next_year_modal_ui(&ctx, lang, &mut self.next_year, &mut commands);
        if let Some(form) = &mut self.export_form {
            screens::export_form::export_form_ui(&ctx, lang, form, &mut commands);
        }
        self.focus.end_frame();
        style::paint_focus_outline(&ctx);

        for c in commands {
            self.apply(&ctx, c);
        }
        // a new page (another theme, the form, home) starts with the focus
        // on its first control
        let view = self.view();
        if self.last_view != Some(view) {
            self.last_view = Some(view);
            self.focus.focus_first(Region::Main);
            ctx.request_repaint();
        }
        // a change made this frame is saved without waiting for input
        self.tick(&ctx);
        if self.startup_probe {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

impl eframe::App for ReflectieApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if std::mem::take(&mut self.present.find_screens) {
            find_screens(frame, &mut self.present);
        }
        self.frame_ui(ui);
    }

    fn on_exit(&mut self) {
        // a copy being written onto a stick is finished, not cut off
        if let Some(done) = self.sharer.wait()
            && let Err(e) = done.result
        {
            eprintln!("{}", e.describe(self.lang()));
        }
        // files being copied in from a stick are finished, not cut off
        let _ = self.gatherer.wait();
        if let Err(e) = self.flush() {
            eprintln!("{}", e.describe(self.lang()));
        }
    }
}

/// Asks the system which screens there are, for the presentation's second
/// screen; where the window cannot ask (tests), the list stays as it is.
fn find_screens(frame: &eframe::Frame, present: &mut present::Presentation) {
    let Some(window) = frame.winit_window() else {
        return;
    };
    let current = window.current_monitor();
    let screens = window
        .available_monitors()
        .map(|m| present::Screen {
            name: m.name().unwrap_or_default(),
            size: [m.size().width, m.size().height],
            position: [m.position().x, m.position().y],
            scale: m.scale_factor() as f32,
            current: current.as_ref() == Some(&m),
        })
        .collect();
    present.set_screens(screens);
}

/// The main panel of a page of the open reflection; returns where it is.
type PanelUi = fn(&mut egui::Ui, Lang, &mut Session, &mut Vec<Command>) -> egui::Rect;

/// Returns the local time of day as `21:58`, for the save status.
fn clock_now() -> String {
    jiff::Zoned::now().strftime("%H:%M").to_string()
}
