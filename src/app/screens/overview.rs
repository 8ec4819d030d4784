//! The overview of an open reflection: progress per theme, where the
//! members' own scores differ most, the questions still to discuss or still
//! open (each a link to its question), all action
//! points in one table, and printing: what is incomplete, which document
//! (short or full) and what goes in.

use crate::app::screens::actions::{Place, action_ui};
use crate::app::{Command, ExportKind, Session, style, t};
use crate::lang::Lang;
use crate::model::consensus;
use crate::model::progress::{self, ThemeProgress, Totals};
use crate::model::questionnaire::Questionnaire;
use crate::report::{Document, Print};

/// Draws the overview of the open reflection; returns where.
pub fn overview_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    egui::CentralPanel::default()
        .show(ui, |ui| {
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt("overview")
                .auto_shrink([false, false]);
            let opened = session.scroll_to_top;
            if opened {
                scroll = scroll.vertical_scroll_offset(0.0);
                session.scroll_to_top = false;
            }
            scroll.show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 240.0));
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        overview_ui(ui, lang, session, opened, commands);
                    });
                });
                crate::app::focus::keep_in_view(ui);
            });
        })
        .response
        .rect
}

/// Says what is incomplete: "7 van 54 vragen beantwoord; 3 staan op later
/// bespreken".
pub fn incomplete_line(lang: Lang, totals: &Totals) -> String {
    let skipped = totals.handled - totals.answered;
    let mut line = match lang {
        Lang::Nl => format!("{} van {} vragen beantwoord", totals.answered, totals.total),
        Lang::En => format!("{} of {} questions answered", totals.answered, totals.total),
    };
    if skipped > 0 {
        line.push_str(&match lang {
            Lang::Nl => format!("; {skipped} overgeslagen"),
            Lang::En => format!("; {skipped} skipped"),
        });
    }
    if totals.later > 0 {
        line.push_str(&match (lang, totals.later) {
            (Lang::Nl, 1) => "; 1 staat op later bespreken".to_owned(),
            (Lang::Nl, n) => format!("; {n} staan op later bespreken"),
            (Lang::En, 1) => "; 1 is marked to discuss later".to_owned(),
            (Lang::En, n) => format!("; {n} are marked to discuss later"),
        });
    }
    line
}

/// Draws the overview; `opened`: in its first frame (opened to print, the
/// print choices are scrolled into view, also at 200 %).
fn overview_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    opened: bool,
    commands: &mut Vec<Command>,
) {
    let q = session.questionnaire.clone();
    let themes = progress::progress(&q, &session.reflection.agreed);
    let totals = progress::totals(&themes);
    ui.add_space(10.0);
    ui.heading(t(lang, "Overzicht", "Overview"));
    ui.add(
        egui::Label::new(t(
            lang,
            "Waar jullie staan: de voortgang per thema, wat nog open staat, alle actiepunten, en het afdrukken van de zelfevaluatie. Een overgeslagen vraag telt mee in de voortgang.",
            "Where you stand: progress per theme, what is still open, all action points, and printing the self-assessment. A skipped question counts towards the progress.",
        ))
        .wrap(),
    );
    ui.add_space(6.0);
    if !session.print_first {
        // opened to print: the print box says it
        ui.label(style::bold(incomplete_line(lang, &totals)));
    }
    ui.add_space(12.0);
    if session.print_first {
        let shown = ui
            .scope(|ui| print_ui(ui, lang, session, &totals, commands))
            .response;
        if opened {
            ui.scroll_to_rect(shown.rect, Some(egui::Align::TOP));
        }
        ui.add_space(16.0);
    }
    progress_ui(ui, lang, &q, &themes, commands);
    ui.add_space(16.0);
    if !session.reflection.respondents.is_empty() {
        differences_ui(ui, lang, &q, &session.reflection, commands);
        ui.add_space(16.0);
    }
    questions_ui(ui, lang, &q, &themes, commands);
    ui.add_space(16.0);
    actions_ui(ui, lang, &q, session, commands);
    ui.add_space(16.0);
    super::letter::letter_ui(ui, lang, &mut session.reflection.letter, commands);
    if !session.print_first {
        ui.add_space(16.0);
        print_ui(ui, lang, session, &totals, commands);
    }
    ui.add_space(24.0);
}

/// The width of the progress bar of a theme, in points.
const BAR_WIDTH: f32 = 140.0;

/// The gap between the columns of the progress table, in points.
const GAP: f32 = 16.0;

/// Returns the width of a text on one line, in points.
fn width_of(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

/// Draws the progress per theme, each theme a link to its page: a table
/// where it fits, else each theme's title with its numbers under it.
fn progress_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    themes: &[ThemeProgress],
    commands: &mut Vec<Command>,
) {
    ui.label(style::title(t(
        lang,
        "Voortgang per thema",
        "Progress per theme",
    )));
    ui.add_space(4.0);
    let headers = [
        t(lang, "Thema", "Theme"),
        t(lang, "Beantwoord", "Answered"),
        t(lang, "Beantwoord of\novergeslagen", "Answered or\nskipped"),
        t(lang, "Later bespreken", "Discuss later"),
    ];
    let of = t(lang, "van", "of");
    let title =
        |p: &ThemeProgress| format!("{}. {}", p.theme + 1, q.themes[p.theme].title.get(lang));
    let link = |ui: &mut egui::Ui, p: &ThemeProgress, commands: &mut Vec<Command>| {
        if ui
            .link(title(p))
            .on_hover_text(t(lang, "Open dit thema", "Open this theme"))
            .clicked()
        {
            commands.push(Command::SelectTheme(p.theme));
        }
    };
    let bar = |p: &ThemeProgress| {
        egui::ProgressBar::new(if p.total == 0 {
            0.0
        } else {
            p.handled as f32 / p.total as f32
        })
        .desired_width(BAR_WIDTH)
        .text(format!("{} {of} {}", p.handled, p.total))
    };
    let later = |p: &ThemeProgress| {
        if p.later.is_empty() {
            "–".to_owned()
        } else {
            p.later.len().to_string()
        }
    };
    // the table's width: the widest title, the headers, the bar, the gaps
    let widest = themes
        .iter()
        .map(|p| width_of(ui, title(p)))
        .chain([width_of(ui, style::bold(headers[0]))])
        .fold(0.0, f32::max);
    let needed = widest
        + width_of(ui, style::bold(headers[1])).max(width_of(ui, format!("99 {of} 99")))
        + width_of(ui, style::bold(headers[2])).max(BAR_WIDTH)
        + width_of(ui, style::bold(headers[3]))
        + 3.0 * GAP
        + 8.0;
    if needed <= ui.available_width() {
        egui::Grid::new("overview_progress")
            .num_columns(4)
            .spacing([GAP, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for h in headers {
                    ui.label(style::bold(h));
                }
                ui.end_row();
                for p in themes {
                    link(ui, p, commands);
                    ui.label(format!("{} {of} {}", p.answered, p.total));
                    ui.add(bar(p));
                    ui.label(later(p));
                    ui.end_row();
                }
            });
        return;
    }
    // too narrow for a table: under each theme's title its bar, then the
    // other numbers
    // the bar holds only the numbers (a longer text would be cut off in it);
    // the line under it says what they count
    let handled = t(lang, "Beantwoord of overgeslagen", "Answered or skipped");
    for p in themes {
        link(ui, p, commands);
        ui.add(bar(p).desired_width(ui.available_width().min(2.0 * BAR_WIDTH)));
        let mut line = format!(
            "{handled}: {} {of} {}  ·  {}: {} {of} {}",
            p.handled, p.total, headers[1], p.answered, p.total
        );
        if !p.later.is_empty() {
            line.push_str(&format!("  ·  {}: {}", headers[3], later(p)));
        }
        ui.add(egui::Label::new(line).wrap());
        ui.add_space(8.0);
    }
}

/// Picks one list of questions out of a theme's progress.
type Pick = fn(&ThemeProgress) -> &Vec<usize>;

/// Draws the questions to discuss later and the unanswered ones, each a
/// button that opens its theme at the question.
fn questions_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    themes: &[ThemeProgress],
    commands: &mut Vec<Command>,
) {
    let lists: [(&str, &str, Pick); 2] = [
        (
            t(lang, "Later bespreken", "Discuss later"),
            t(
                lang,
                "Geen vragen staan op later bespreken.",
                "No questions are marked to discuss later.",
            ),
            |p| &p.later,
        ),
        (
            t(lang, "Nog niet beantwoord", "Not answered yet"),
            t(
                lang,
                "Elke vraag is beantwoord of overgeslagen.",
                "Every question is answered or skipped.",
            ),
            |p| &p.open,
        ),
    ];
    for (title, none, pick) in lists {
        let count: usize = themes.iter().map(|p| pick(p).len()).sum();
        ui.label(style::title(format!("{title} ({count})")));
        ui.add_space(4.0);
        if count == 0 {
            ui.label(egui::RichText::new(none).color(style::muted(ui)));
        }
        for p in themes {
            let theme = &q.themes[p.theme];
            for &qi in pick(p) {
                let question = &theme.questions[qi];
                let text = format!("{}.{} {}", p.theme + 1, qi + 1, question.prompt.get(lang));
                let r = ui.add(egui::Link::new(text)).on_hover_text(format!(
                    "{} {}",
                    t(
                        lang,
                        "Naar deze vraag in thema",
                        "Go to this question in theme"
                    ),
                    theme.title.get(lang)
                ));
                if r.clicked() {
                    commands.push(Command::GoToQuestion(p.theme, question.id.clone()));
                }
            }
        }
        ui.add_space(12.0);
    }
}

/// Draws where to talk first: the questions on which the members' own
/// scores differ most, widest first, each a link to its question.
fn differences_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    r: &crate::model::reflection::Reflection,
    commands: &mut Vec<Command>,
) {
    let differences = consensus::least_consensus(&consensus::consensus(q, r, lang));
    ui.label(style::title(format!(
        "{} ({})",
        t(
            lang,
            "Waar het bestuur verschilt",
            "Where the board differs"
        ),
        differences.len()
    )));
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Hier lagen de eigen antwoorden van de leden het verst uit elkaar. Begin het gesprek bovenaan.",
                "Here the members' own answers lay furthest apart. Start the conversation at the top.",
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    ui.add_space(4.0);
    if differences.is_empty() {
        ui.label(
            egui::RichText::new(t(
                lang,
                "De leden liggen nergens ver uit elkaar.",
                "The members lie far apart nowhere.",
            ))
            .color(style::muted(ui)),
        );
    }
    for d in differences {
        let theme = &q.themes[d.theme];
        let Some(question) = theme.questions.get(d.index) else {
            continue;
        };
        let text = format!(
            "{}.{} {}",
            d.theme + 1,
            d.index + 1,
            question.prompt.get(lang)
        );
        let r = ui.add(egui::Link::new(text)).on_hover_text(t(
            lang,
            "Naar deze vraag",
            "Go to this question",
        ));
        if r.clicked() {
            commands.push(Command::GoToQuestion(d.theme, d.id.clone()));
        }
    }
}

/// Draws every action point of every theme, editable, each a card as on its
/// theme's page (fields side by side where they fit, else stacked).
fn actions_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    q: &Questionnaire,
    session: &mut Session,
    commands: &mut Vec<Command>,
) {
    ui.label(style::title(t(
        lang,
        "Alle actiepunten",
        "All action points",
    )));
    ui.add_space(4.0);
    if session.reflection.actions.is_empty() {
        ui.label(
            egui::RichText::new(t(
                lang,
                "Er zijn nog geen actiepunten. Jullie voegen ze toe onderaan elk thema.",
                "There are no action points yet. You add them at the bottom of each theme.",
            ))
            .color(style::muted(ui)),
        );
        return;
    }
    let mut changed = false;
    for (i, a) in session.reflection.actions.iter_mut().enumerate() {
        let n = i + 1;
        let theme = match a
            .theme
            .as_ref()
            .and_then(|id| q.themes.iter().position(|th| &th.id == id))
        {
            Some(ti) => format!(
                "{} {}. {}",
                t(lang, "Thema", "Theme"),
                ti + 1,
                q.themes[ti].title.get(lang)
            ),
            None => t(lang, "Bij geen thema", "Not part of a theme").to_owned(),
        };
        let group = egui::UiBuilder::new()
            .id_salt(("overview_action", i))
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(format!("{} {n}", t(lang, "Actiepunt", "Action point")));
        ui.scope_builder(group, |ui| {
            changed |= action_ui(
                ui,
                lang,
                a,
                Place::Overview { n, theme: &theme },
                false,
                commands,
            );
        });
        ui.add_space(6.0);
    }
    if changed {
        commands.push(Command::Edited);
    }
}

/// Draws the print choices: what is incomplete, which document, what goes
/// in, and the button that asks where to save it.
fn print_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    totals: &Totals,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(14))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::title(t(lang, "Afdrukken", "Print")));
            if totals.answered < totals.total || totals.later > 0 {
                incomplete_ui(ui, lang, totals);
            }
            ui.add_space(6.0);
            ui.label(style::bold(t(lang, "Welk document?", "Which document?")));
            for (doc, hint) in [
                (
                    Document::Short,
                    t(
                        lang,
                        "Voor de algemene ledenvergadering, 2 tot 4 pagina's: samenvatting, grafiek, posities, actiepunten.",
                        "For the general assembly, 2 to 4 pages: summary, chart, positions, action points.",
                    ),
                ),
                (
                    Document::Full,
                    t(
                        lang,
                        "Voor de diversiteitscoördinator, 10 tot 25 pagina's: alles, met elk antwoord per thema.",
                        "For the diversity officer, 10 to 25 pages: everything, with every answer per theme.",
                    ),
                ),
            ] {
                if ui
                    .radio(session.print.document == doc, doc.label(lang))
                    .clicked()
                    && session.print.document != doc
                {
                    session.print = Print::new(doc);
                }
                ui.indent(("doc_hint", doc.key()), |ui| {
                    ui.add(
                        egui::Label::new(egui::RichText::new(hint).color(style::muted(ui))).wrap(),
                    );
                });
            }
            ui.add_space(6.0);
            ui.label(style::bold(t(lang, "Wat komt erin?", "What goes in?")));
            let short = session.print.document == Document::Short;
            let o = &mut session.print.options;
            ui.checkbox(&mut o.notes, t(lang, "Notities per thema", "Notes per theme"));
            ui.add_enabled(
                !short,
                egui::Checkbox::new(
                    &mut o.reasons,
                    t(
                        lang,
                        "“Waarom” en “Niet iedereen is het eens” bij de antwoorden",
                        "“Why” and “Not everyone agrees” with the answers",
                    ),
                ),
            );
            // said under it, not in a tooltip that covers the next line
            if short {
                ui.indent("reasons_hint", |ui| {
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(t(
                                lang,
                                "Alleen in Volledig: het korte document toont geen antwoorden.",
                                "Only in Full: the short document shows no answers.",
                            ))
                            .color(style::muted(ui)),
                        )
                        .wrap(),
                    );
                });
            }
            ui.checkbox(
                &mut o.discuss_later,
                t(
                    lang,
                    "Markeringen “Later bespreken”",
                    "“Discuss later” marks",
                ),
            );
            ui.add(
                egui::Label::new(
                    egui::RichText::new(t(
                        lang,
                        "Privénotities komen nooit in een pdf.",
                        "Private notes never go into a PDF.",
                    ))
                    .color(style::muted(ui)),
                )
                .wrap(),
            );
            ui.add_space(8.0);
            if ui
                .button(style::bold(format!(
                    "{} ({})…",
                    t(lang, "Pdf opslaan", "Save PDF"),
                    session.print.document.label(lang)
                )))
                .clicked()
            {
                commands.push(Command::Export(ExportKind::SelfAssessment));
            }
        });
}

/// Says calmly what is still open before printing: a normal state, not an
/// error.
fn incomplete_ui(ui: &mut egui::Ui, lang: Lang, totals: &Totals) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(1.0, style::accent(ui)))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(style::bold(format!("{}.", incomplete_line(lang, totals)))).wrap(),
            );
            ui.add(
                egui::Label::new(t(
                    lang,
                    "Jullie kunnen toch afdrukken; wat open staat, staat zo in de pdf.",
                    "You can print anyway; what is open shows as such in the PDF.",
                ))
                .wrap(),
            );
        });
    ui.add_space(4.0);
}
