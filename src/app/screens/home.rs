//! The home page: the saved reflections, new, open, import and delete.

use std::path::PathBuf;

use crate::app::{Command, ExportKind, style, t};
use crate::lang::Lang;
use crate::lang::long_date_time;
use crate::storage::{StorageError, Store, Summary};

/// The home page's state.
#[derive(Debug, Default)]
pub struct HomeState {
    /// The reflection files in the data folder, read or with their errors.
    pub entries: Vec<Result<Summary, StorageError>>,
    /// The reflection file waiting for a delete confirmation.
    pub confirm_delete: Option<PathBuf>,
    /// Whether the field for typing a path to import is shown.
    pub show_path_field: bool,
    /// The path typed in that field.
    pub import_path: String,
    /// The report of the last gathering of several files or a folder.
    pub gathered: Option<crate::app::gathering::Gathered>,
    /// Whether a gathering is under way.
    pub gathering: bool,
    /// The number of questions of each known questionnaire, by id, version
    /// and the kind of network that reads it.
    pub totals: std::collections::HashMap<Scope, usize>,
    /// The session routes of each known questionnaire, by questionnaire
    /// id and version and route id: a card of a reflection that follows one counts
    /// against its questions.
    pub routes: std::collections::HashMap<((String, String), String), RouteScope>,
    /// The reflections in the trash folder.
    pub trash: Vec<crate::storage::trash::Trashed>,
}

/// A questionnaire by id and version, with the kind of network that reads
/// it: what a reflection's number of questions depends on.
pub type Scope = (String, String, crate::model::reflection::NetworkKind);

/// What a home card needs of a session route: its name and its questions.
#[derive(Debug, Clone)]
pub struct RouteScope {
    /// The route's name.
    pub title: crate::lang::Text,
    /// The ids of its questions.
    pub questions: std::collections::BTreeSet<String>,
}

/// Draws the home page; returns where.
pub fn home_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    home: &mut HomeState,
    reviews: &mut crate::app::Reviews,
    store: Option<&Store>,
    portable: bool,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("home").auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 200.0));
            ui.add_space(8.0);
            ui.heading(t(lang, "Reflecties", "Reflections"));
            ui.label(t(
                lang,
                "Sta als bestuur stil bij wat jullie netwerk betekent voor de leden, jullie missie, de diversiteit binnen het netwerk en jullie positie tegenover hogeschool, universiteit, gemeente en werkgevers. Alles blijft op deze computer.",
                "Reflect as a board on what your network means for its members, your mission, the diversity within the network and your position towards universities, municipalities and employers. Everything stays on this computer.",
            ));
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(store.is_some(), primary_button(ui, t(lang, "+ Nieuwe reflectie", "+ New reflection")))
                    .on_hover_text("Ctrl N")
                    .clicked()
                {
                    commands.push(Command::ShowNewForm);
                }
                if ui
                    .add_enabled(store.is_some(), egui::Button::new(t(lang, "Importeren…", "Import…")))
                    .on_hover_text(t(lang, "Een of meer reflectiebestanden (.ron) van een ander bestuur, een groep of een andere computer toevoegen", "Add one or more reflection files (.ron) from another board, a group or another computer"))
                    .clicked()
                {
                    commands.push(Command::PickImport);
                }
                if ui
                    .add_enabled(store.is_some() && !home.gathering, egui::Button::new(t(lang, "Map importeren…", "Import folder…")))
                    .on_hover_text(t(lang, "Alle reflectiebestanden in een map (bijvoorbeeld een USB-stick met het werk van de groepen) toevoegen; er wordt niets overschreven", "Add every reflection file in a folder (for example a USB stick with the groups' work); nothing is overwritten"))
                    .clicked()
                {
                    commands.push(Command::PickImportFolder);
                }
                if ui.button(t(lang, "Lijst vernieuwen", "Refresh list")).clicked() {
                    commands.push(Command::Refresh);
                }
                if ui
                    .button(t(lang, "Leeg werkblad (pdf)…", "Blank worksheet (PDF)…"))
                    .on_hover_text(t(
                        lang,
                        "Alle vragen van de ingebouwde vragenlijst op papier, voor groepen zonder laptop",
                        "All questions of the built-in questionnaire on paper, for groups without a laptop",
                    ))
                    .clicked()
                {
                    commands.push(Command::Export(ExportKind::Worksheet));
                }
            });
            // after the buttons, so that the new-reflection button is the
            // first control; folded once there are reflections, so that the
            // cards come first
            ui.add_space(4.0);
            how_it_works_ui(ui, lang, home.entries.is_empty());
            // the path field takes the focus once, when it appears
            let focused_id = egui::Id::unique("import_path_focused");
            if home.show_path_field {
                import_field_ui(ui, lang, home, focused_id, commands);
            } else {
                ui.data_mut(|d| d.remove::<bool>(focused_id));
            }
            if home.gathering {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t(lang, "Importeren…", "Importing…"));
                });
            }
            if let Some(g) = &home.gathered {
                ui.add_space(8.0);
                gathered_ui(ui, lang, g, commands);
            }
            ui.add_space(12.0);

            let readable: Vec<&Summary> = home.entries.iter().filter_map(|e| e.as_ref().ok()).collect();
            if readable.is_empty() {
                ui.label(egui::RichText::new(t(
                    lang,
                    "Nog geen reflecties. Begin met “Nieuwe reflectie”.",
                    "No reflections yet. Start with “New reflection”.",
                )).color(style::muted(ui)));
            } else {
                reflections_grid_ui(ui, lang, &readable, &home.totals, &home.routes, commands);
            }

            let broken: Vec<&StorageError> = home.entries.iter().filter_map(|e| e.as_ref().err()).collect();
            if !broken.is_empty() {
                ui.add_space(16.0);
                ui.label(style::bold(t(lang, "Bestanden die niet te lezen zijn", "Files that cannot be read")));
                ui.label(egui::RichText::new(t(
                    lang,
                    "Deze bestanden staan in de map maar kunnen niet geopend worden. Het programma laat ze ongemoeid.",
                    "These files are in the folder but cannot be opened. The program leaves them untouched.",
                )).color(style::muted(ui)));
                for e in broken {
                    egui::Frame::group(ui.style())
                        .stroke(egui::Stroke::new(1.0, style::error_colour(ui)))
                        .show(ui, |ui| {
                            ui.add(egui::Label::new(egui::RichText::new(e.describe(lang)).color(style::error_colour(ui))).wrap());
                        });
                }
            }
            // the officer's part, after the board's
            super::review::home::review_section_ui(ui, lang, reviews, commands);
            if !home.trash.is_empty() {
                ui.add_space(16.0);
                super::trash::trash_ui(ui, lang, &home.trash, commands);
            }
            if let Some(store) = store {
                ui.add_space(16.0);
                ui.label(egui::RichText::new(format!(
                    "{} {}",
                    if portable {
                        t(lang, "Gegevensmap (draagbaar, naast het programma):", "Data folder (portable, next to the program):")
                    } else {
                        t(lang, "Gegevensmap:", "Data folder:")
                    },
                    store.dir().display()
                )).small().color(style::muted(ui)));
            }
            crate::app::focus::keep_in_view(ui);
        });
    }).response.rect
}

fn reflections_grid_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    rows: &[&Summary],
    totals: &std::collections::HashMap<Scope, usize>,
    routes: &std::collections::HashMap<((String, String), String), RouteScope>,
    commands: &mut Vec<Command>,
) {
    // cards rather than a table, so that nothing is cut off at 200 % zoom
    for s in rows {
        egui::Frame::group(ui.style())
            .fill(ui.visuals().window_fill)
            .inner_margin(egui::Margin::same(12))
            .corner_radius(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(style::title(&s.profile.name)).wrap());
                // a board that follows a route counts against its questions
                let route = s.route.as_ref().and_then(|r| {
                    routes.get(&(
                        (s.questionnaire.id.clone(), s.questionnaire.version.clone()),
                        r.clone(),
                    ))
                });
                let total = match route {
                    Some(r) => Some(r.questions.len()),
                    None => totals
                        .get(&(
                            s.questionnaire.id.clone(),
                            s.questionnaire.version.clone(),
                            s.profile.kind,
                        ))
                        .copied(),
                };
                let (answered, open) = match route {
                    Some(r) => s.progress_within(&r.questions),
                    None => (s.answered, s.open_points(total)),
                };
                let progress = match total {
                    Some(total) => format!(
                        "{} / {total} {}",
                        answered.min(total),
                        t(lang, "beantwoord", "answered")
                    ),
                    None => format!("{answered} {}", t(lang, "beantwoord", "answered")),
                };
                let mut facts = Vec::new();
                if !s.profile.board_year.is_empty() {
                    facts.push(format!(
                        "{} {}",
                        t(lang, "Bestuursjaar", "Board year"),
                        s.profile.board_year
                    ));
                }
                facts.push(progress);
                if let Some(r) = route {
                    facts.push(format!(
                        "{}: {}",
                        t(lang, "Route", "Route"),
                        r.title.get(lang)
                    ));
                }
                // a copy shared with the officer, imported here: said, so
                // that it is not taken for the board's full file
                if let Some(at) = &s.shared {
                    facts.push(format!(
                        "{} {}",
                        t(lang, "gedeelde kopie van", "shared copy of"),
                        long_date_time(at, lang)
                    ));
                }
                facts.push(format!(
                    "{} {}",
                    t(lang, "laatste wijziging", "last change"),
                    long_date_time(&s.updated, lang)
                ));
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(facts.join("  ·  ")).color(style::muted(ui)),
                    )
                    .wrap(),
                );
                let work = format!(
                    "{}  ·  {}",
                    count(
                        lang,
                        open,
                        ("open punt", "open punten"),
                        ("open point", "open points")
                    ),
                    count(
                        lang,
                        s.actions,
                        ("actiepunt", "actiepunten"),
                        ("action point", "action points")
                    ),
                );
                ui.add(egui::Label::new(work).wrap());
                ui.horizontal_wrapped(|ui| {
                    // the visible text is short; the name says which reflection
                    let which = format!("{} {}", s.profile.name, s.profile.board_year);
                    let which = which.trim_end();
                    let open_text = t(lang, "Openen", "Open");
                    let open = ui
                        .button(style::bold(open_text))
                        .accessible_name(format!("{open_text}: {which}"))
                        .on_hover_text(format!("{} {}", t(lang, "Open", "Open"), s.profile.name));
                    if open.clicked() {
                        commands.push(Command::Open(s.path.clone()));
                    }
                    let details_text = t(lang, "Netwerkgegevens…", "Network details…");
                    if ui
                        .button(details_text)
                        .accessible_name(format!("{details_text}: {which}"))
                        .clicked()
                    {
                        commands.push(Command::EditProfileAt(s.path.clone()));
                    }
                    let next_text = lang.pick(
                        crate::app::continuity::NEXT_YEAR.0,
                        crate::app::continuity::NEXT_YEAR.1,
                    );
                    if ui
                        .button(next_text)
                        .accessible_name(format!("{next_text}: {which}"))
                        .clicked()
                    {
                        commands.push(Command::AskNextYear(s.path.clone()));
                    }
                    let delete_text = t(lang, "Verwijderen…", "Delete…");
                    if ui
                        .button(delete_text)
                        .accessible_name(format!("{delete_text}: {which}"))
                        .clicked()
                    {
                        commands.push(Command::AskDelete(s.path.clone()));
                    }
                });
            });
        ui.add_space(6.0);
    }
}

fn import_field_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    home: &mut HomeState,
    focused_id: egui::Id,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Label::new(style::bold(t(lang, "Reflectie importeren", "Import a reflection"))).wrap());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(t(lang, "✖ Sluiten", "✖ Close"))
                    .accessible_name(t(lang, "Importeren sluiten", "Close import"))
                    .on_hover_text("Esc")
                    .clicked()
                {
                    commands.push(Command::ClosePathField);
                }
            });
        });
        ui.add(egui::Label::new(t(
            lang,
            "Op deze computer kan het programma geen keuzevenster openen. Typ of plak hier het pad naar het reflectiebestand:",
            "The program cannot open a file dialog on this computer. Type or paste the path to the reflection file here:",
        )).wrap());
        let label = ui.label(t(lang, "Pad naar bestand", "Path to file"));
        ui.label(egui::RichText::new(t(lang, "Bijvoorbeeld /media/usb/netwerk-2026.ron", "For example /media/usb/netwerk-2026.ron")).small().color(style::muted(ui)));
        ui.horizontal_wrapped(|ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(&mut home.import_path)
                    .char_limit(crate::app::widgets::PATH_CHARS)
                    .desired_width(420.0),
            ).labelled_by(label.id);
            if !ui.data(|d| d.get_temp::<bool>(focused_id).unwrap_or(false)) {
                edit.request_focus();
                ui.data_mut(|d| d.insert_temp(focused_id, true));
            }
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let go = ui.button(t(lang, "Bestand importeren", "Import file")).clicked();
            if (go || enter) && !home.import_path.trim().is_empty() {
                commands.push(Command::Import(PathBuf::from(home.import_path.trim())));
            }
        });
    });
    if home.confirm_delete.is_none() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        commands.push(Command::ClosePathField);
    }
}

/// Explains in a few lines how long it takes, who does it, that everything
/// saves itself, and how to use a projector; open at first, folded once
/// there are reflections.
fn how_it_works_ui(ui: &mut egui::Ui, lang: Lang, open: bool) {
    egui::CollapsingHeader::new(style::bold(t(lang, "Hoe werkt het?", "How does it work?")))
        .id_salt("how_it_works")
        .default_open(open)
        .show(ui, |ui| how_it_works_lines_ui(ui, lang));
}

fn how_it_works_lines_ui(ui: &mut egui::Ui, lang: Lang) {
    for (nl, en) in [
        (
            "Duur: ongeveer 2½ uur voor een bestuursavond; jullie kunnen het ook over meer avonden verdelen.",
            "Time: about 2½ hours for a board evening; you can also spread it over several evenings.",
        ),
        (
            "Wie: het bestuur samen, rond één scherm; jullie spreken per vraag één antwoord af.",
            "Who: the board together, around one screen; you agree on one answer per question.",
        ),
        (
            "Opslaan: alles wordt vanzelf op deze computer bewaard; er gaat niets het internet op.",
            "Saving: everything is kept on this computer by itself; nothing goes onto the internet.",
        ),
        (
            "Op een beamer: kies Licht (rechtsboven) en maak alles groter met Ctrl +.",
            "On a projector: choose Light (top right) and make everything larger with Ctrl +.",
        ),
    ] {
        ui.add(egui::Label::new(format!("•  {}", t(lang, nl, en))).wrap());
    }
}

/// Returns the filled button in the accent colour: the one thing to do
/// first on a page.
fn primary_button(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let on_accent = if ui.visuals().dark_mode {
        egui::Color32::from_rgb(0x0b, 0x1f, 0x1f)
    } else {
        egui::Color32::WHITE
    };
    egui::Button::new(style::bold(text.to_owned()).color(on_accent)).fill(style::accent(ui))
}

/// Returns the filled button in the error colour, for a step that removes
/// something.
pub(crate) fn destructive_button(ui: &egui::Ui, text: &str) -> egui::Button<'static> {
    let (fill, on) = if ui.visuals().dark_mode {
        (
            egui::Color32::from_rgb(0xe0, 0x6c, 0x5c),
            egui::Color32::from_rgb(0x1f, 0x0b, 0x08),
        )
    } else {
        (
            egui::Color32::from_rgb(0xa3, 0x1d, 0x12),
            egui::Color32::WHITE,
        )
    };
    egui::Button::new(style::bold(text.to_owned()).color(on)).fill(fill)
}

/// Writes a number with the noun it counts: `geen open punten`, `1 open
/// punt`, `3 open punten`.
fn count(lang: Lang, n: usize, nl: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::Nl => nl,
        Lang::En => en,
    };
    match n {
        0 => format!("{} {many}", lang.pick("geen", "no")),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// Draws the delete confirmation, if one is pending.
pub fn delete_modal_ui(
    ctx: &egui::Context,
    lang: Lang,
    home: &HomeState,
    commands: &mut Vec<Command>,
) {
    // the first frame of the question puts the focus on Annuleren
    let focused_id = egui::Id::unique("confirm_delete_focused");
    let Some(path) = &home.confirm_delete else {
        ctx.data_mut(|d| d.remove::<bool>(focused_id));
        return;
    };
    let name = home
        .entries
        .iter()
        .filter_map(|e| e.as_ref().ok())
        .find(|s| &s.path == path)
        .map(|s| format!("{} {}", s.profile.name, s.profile.board_year))
        .unwrap_or_else(|| path.display().to_string());
    let modal = egui::Modal::new(egui::Id::unique("confirm_delete")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(style::title(t(lang, "Reflectie verwijderen?", "Delete reflection?")));
        ui.add_space(6.0);
        ui.label(format!(
            "{} “{name}” {}",
            t(lang, "De reflectie", "The reflection"),
            t(
                lang,
                "gaat naar de prullenbak. Jullie kunnen haar op deze pagina onder “Prullenbak” terugzetten.",
                "moves to the trash. You can restore it on this page under “Trash”.",
            )
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            // the safe choice comes first and has the focus: Enter cancels
            let cancel = ui.button(style::bold(t(lang, "Annuleren", "Cancel")));
            if !ui.data(|d| d.get_temp::<bool>(focused_id).unwrap_or(false)) {
                cancel.request_focus();
                ui.data_mut(|d| d.insert_temp(focused_id, true));
            }
            if cancel.clicked() {
                commands.push(Command::CancelDelete);
            }
            if ui
                .add(destructive_button(ui, t(lang, "Naar prullenbak", "Move to trash")))
                .clicked()
            {
                commands.push(Command::ConfirmDelete(path.clone()));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelDelete);
    }
}

/// Draws the report of the last gathering: the counts, then what came in,
/// what was skipped and what was broken.
fn gathered_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    g: &crate::app::gathering::Gathered,
    commands: &mut Vec<Command>,
) {
    let stroke = if g.ok {
        ui.visuals().widgets.noninteractive.bg_stroke
    } else {
        egui::Stroke::new(1.0, style::error_colour(ui))
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.add(
                    egui::Label::new(style::bold(t(
                        lang,
                        "Verslag van het importeren",
                        "Import report",
                    )))
                    .wrap(),
                );
                if ui
                    .button(t(lang, "Verslag sluiten", "Close report"))
                    .clicked()
                {
                    commands.push(Command::CloseGatherReport);
                }
            });
            for (i, line) in g.lines(lang).iter().enumerate() {
                let text = egui::RichText::new(line);
                let text = if i == 0 || i <= g.good {
                    text
                } else {
                    text.color(style::error_colour(ui))
                };
                ui.add(egui::Label::new(text).wrap());
            }
        });
}
