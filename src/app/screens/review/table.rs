//! The review's table: one row per network and board year, one column per
//! theme with the agreed level as a word on a colour, how complete each
//! reflection is, how much the board disagreed, and the change since the
//! same network's previous year. Headers sort (again to reverse); the
//! filters above choose the rows. Only the rows in view are laid out, so
//! that 300 networks scroll as smoothly as 10.

use egui_extras::{Column, TableBuilder};

use super::problems;
use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, style, t};
use crate::lang::Lang;
use crate::palette;
use crate::review::overview::{Cell, Filter, Row, Sort, SortKey};

/// Draws the table page: problems in short, the filters and the table.
pub fn table_ui(ui: &mut egui::Ui, lang: Lang, state: &ReviewState, commands: &mut Vec<Command>) {
    problems::unreadable_ui(ui, lang, state, 3, commands);
    let dups = state.review.same_network_year.len();
    if dups > 0 {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(match lang {
                    Lang::Nl => format!("⚠ {dups} keer twee of meer bestanden voor hetzelfde netwerk en bestuursjaar; ze staan apart in de tabel, gemarkeerd met “dubbel”, en worden niet samengevoegd."),
                    Lang::En => format!("⚠ {dups} times two or more files for the same network and board year; they have rows of their own, marked “duplicate”, and are not merged."),
                })
                .color(style::error_colour(ui)),
            );
            if ui.small_button(t(lang, "Uitleg en bestanden", "Explanation and files")).clicked() {
                commands.push(Command::Review(ReviewCommand::Show(ReviewView::Problems)));
            }
        });
        ui.add_space(4.0);
    }
    filters_ui(ui, lang, state, commands);
    ui.add_space(4.0);
    if state.review.entries.is_empty() {
        ui.label(t(
            lang,
            "Er is geen reflectie gelezen. Kies een map met reflectiebestanden (.ron), of sleep bestanden op dit venster.",
            "No reflection was read. Choose a folder with reflection files (.ron), or drop files on this window.",
        ));
        return;
    }
    overview_table_ui(ui, lang, state, commands);
}

/// Draws the filters: board year, kind, institution and a search field.
fn filters_ui(ui: &mut egui::Ui, lang: Lang, state: &ReviewState, commands: &mut Vec<Command>) {
    let f = &state.filter;
    let mut next = f.clone();
    ui.horizontal_wrapped(|ui| {
        let all_years = t(lang, "Alle jaren", "All years");
        let l = ui.label(t(lang, "Bestuursjaar", "Board year"));
        let years = state.review.board_years();
        egui::ComboBox::from_id_salt("review_year")
            .selected_text(f.board_year.clone().unwrap_or_else(|| all_years.into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut next.board_year, None, all_years);
                for y in years {
                    let shown = if y.is_empty() {
                        t(lang, "(geen)", "(none)").to_owned()
                    } else {
                        y.clone()
                    };
                    ui.selectable_value(&mut next.board_year, Some(y), shown);
                }
            })
            .response
            .labelled_by(l.id);
        ui.add_space(8.0);
        let all_kinds = t(lang, "Alle soorten", "All kinds");
        let l = ui.label(t(lang, "Soort netwerk", "Kind of network"));
        let mut kinds: Vec<_> = state.overview.rows.iter().map(|r| r.kind).collect();
        kinds.sort_by_key(|k| {
            crate::model::reflection::NetworkKind::ALL
                .iter()
                .position(|x| x == k)
        });
        kinds.dedup();
        egui::ComboBox::from_id_salt("review_kind")
            .selected_text(
                f.kind
                    .map_or_else(|| all_kinds.to_owned(), |k| k.label().get(lang).to_owned()),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut next.kind, None, all_kinds);
                for k in kinds {
                    ui.selectable_value(&mut next.kind, Some(k), k.label().get(lang));
                }
            })
            .response
            .labelled_by(l.id);
        ui.add_space(8.0);
        let all_inst = t(lang, "Alle instellingen", "All institutions");
        let l = ui.label(t(lang, "Instelling", "Institution"));
        egui::ComboBox::from_id_salt("review_institution")
            .selected_text(f.institution.clone().unwrap_or_else(|| all_inst.into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut next.institution, None, all_inst);
                for i in state.review.institutions() {
                    ui.selectable_value(&mut next.institution, Some(i.clone()), i);
                }
            })
            .response
            .labelled_by(l.id);
        ui.add_space(8.0);
        let l = ui.label(t(lang, "Zoeken", "Search"));
        ui.add(
            egui::TextEdit::singleline(&mut next.text)
                .hint_text(t(lang, "naam of instelling", "name or institution"))
                .char_limit(crate::app::widgets::LINE_CHARS)
                .desired_width(180.0),
        )
        .labelled_by(l.id);
        if !f.is_empty()
            && ui
                .button(t(lang, "Filters wissen", "Clear filters"))
                .clicked()
        {
            next = Filter::default();
        }
        ui.label(
            egui::RichText::new(match lang {
                Lang::Nl => format!(
                    "{} van {} rijen",
                    state.rows.len(),
                    state.overview.rows.len()
                ),
                Lang::En => format!("{} of {} rows", state.rows.len(), state.overview.rows.len()),
            })
            .color(style::muted(ui)),
        );
    });
    if next != *f {
        commands.push(Command::Review(ReviewCommand::SetFilter(next)));
    }
}

/// Returns the theme columns that have a level in some row (a theme of
/// only open and choice questions has none).
fn scored_columns(state: &ReviewState) -> Vec<usize> {
    (0..state.overview.columns.len())
        .filter(|&c| {
            state
                .overview
                .rows
                .iter()
                .any(|r| r.cells.get(c).is_some_and(|x| x.value.is_some()))
        })
        .collect()
}

fn overview_table_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    let themes = scored_columns(state);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let row_h = body + small + 12.0;
    let head_h = body * 2.0 + 8.0;
    egui::ScrollArea::horizontal()
        .id_salt("review_table_h")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("review_table")
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(
                    Column::initial(230.0)
                        .at_least(150.0)
                        .clip(true)
                        .resizable(true),
                )
                .column(Column::initial(96.0).at_least(80.0));
            for _ in &themes {
                table = table.column(Column::initial(118.0).at_least(90.0).clip(true));
            }
            table = table
                .column(Column::initial(92.0).at_least(80.0))
                .column(Column::initial(110.0).at_least(90.0))
                .column(Column::initial(92.0).at_least(80.0));
            if state.scroll_to_top {
                table = table.vertical_scroll_offset(0.0);
            }
            table
                .header(head_h, |mut header| {
                    let sort = state.sort;
                    header.col(|ui| {
                        header_ui(
                            ui,
                            lang,
                            t(lang, "Netwerk", "Network"),
                            SortKey::Name,
                            sort,
                            commands,
                        )
                    });
                    header.col(|ui| {
                        header_ui(
                            ui,
                            lang,
                            t(lang, "Bestuursjaar", "Board year"),
                            SortKey::Year,
                            sort,
                            commands,
                        )
                    });
                    for &c in &themes {
                        let title = state.overview.columns[c].title.get(lang);
                        header.col(|ui| {
                            header_ui(ui, lang, title, SortKey::Theme(c), sort, commands)
                        });
                    }
                    header.col(|ui| {
                        header_ui(
                            ui,
                            lang,
                            t(lang, "Compleet", "Complete"),
                            SortKey::Complete,
                            sort,
                            commands,
                        )
                    });
                    header.col(|ui| {
                        header_ui(
                            ui,
                            lang,
                            t(lang, "Verschil leden", "Members differ"),
                            SortKey::Disagreement,
                            sort,
                            commands,
                        )
                    });
                    header.col(|ui| {
                        ui.label(style::bold(t(lang, "Feedback", "Feedback")));
                    });
                })
                .body(|body| {
                    body.rows(row_h, state.rows.len(), |mut row| {
                        let r = &state.overview.rows[state.rows[row.index()]];
                        row.col(|ui| name_cell_ui(ui, lang, state, r, commands));
                        row.col(|ui| {
                            ui.label(if r.board_year.is_empty() {
                                "—"
                            } else {
                                r.board_year.as_str()
                            });
                        });
                        for &c in &themes {
                            let title = state.overview.columns[c].title.get(lang);
                            row.col(|ui| theme_cell_ui(ui, lang, state, r, c, title));
                        }
                        row.col(|ui| complete_cell_ui(ui, lang, r));
                        row.col(|ui| disagreement_cell_ui(ui, lang, r));
                        row.col(|ui| {
                            if state.has_feedback(r.entry) {
                                ui.label(
                                    style::bold(format!("✎ {}", t(lang, "geschreven", "written")))
                                        .color(style::accent(ui)),
                                )
                                .on_hover_text(t(
                                    lang,
                                    "Er is feedback geschreven voor dit netwerk en jaar",
                                    "Feedback is written for this network and year",
                                ));
                            } else {
                                ui.label(
                                    egui::RichText::new(t(lang, "nog geen", "none yet"))
                                        .color(style::muted(ui)),
                                );
                            }
                        });
                        if row.response().clicked() {
                            commands.push(Command::Review(ReviewCommand::Show(
                                ReviewView::Network(r.entry),
                            )));
                        }
                    });
                });
        });
}

/// Draws a header that sorts by its column; the arrow and the accessible
/// name say how it is sorted now.
fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    title: &str,
    key: SortKey,
    sort: Sort,
    commands: &mut Vec<Command>,
) {
    let (arrow, state) = match (sort.key == key, sort.ascending) {
        (true, true) => (
            " ▲",
            t(
                lang,
                "gesorteerd oplopend; klik om om te draaien",
                "sorted ascending; click to reverse",
            ),
        ),
        (true, false) => (
            " ▼",
            t(
                lang,
                "gesorteerd aflopend; klik om om te draaien",
                "sorted descending; click to reverse",
            ),
        ),
        (false, _) => (
            "",
            t(lang, "klik om hierop te sorteren", "click to sort by it"),
        ),
    };
    let r = ui
        .add(
            egui::Button::new(style::bold(format!("{title}{arrow}")))
                .frame(false)
                .wrap(),
        )
        .accessible_name(format!("{title}: {state}"))
        .on_hover_text(state);
    if r.clicked() {
        commands.push(Command::Review(ReviewCommand::SortBy(key)));
    }
}

fn name_cell_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    r: &Row,
    commands: &mut Vec<Command>,
) {
    ui.vertical(|ui| {
        let title = state.review.entries[r.entry].title();
        let open = t(lang, "Openen", "Open");
        if ui
            .add(
                egui::Button::new(style::bold(&r.name).color(style::accent(ui)))
                    .frame(false)
                    .truncate(),
            )
            .accessible_name(format!("{open}: {title}"))
            .on_hover_text(format!("{open}: {title}"))
            .clicked()
        {
            commands.push(Command::Review(ReviewCommand::Show(ReviewView::Network(
                r.entry,
            ))));
        }
        let mut facts = vec![r.kind.label().get(lang).to_owned()];
        if !r.institution.is_empty() {
            facts.push(r.institution.clone());
        }
        ui.horizontal(|ui| {
            if r.duplicate {
                ui.label(
                    egui::RichText::new(t(lang, "⚠ dubbel", "⚠ duplicate"))
                        .small()
                        .color(style::error_colour(ui)),
                )
                .on_hover_text(t(
                    lang,
                    "Een ander bestand heeft hetzelfde netwerk en bestuursjaar; zie Problemen",
                    "Another file has the same network and board year; see Problems",
                ));
            }
            if r.unknown_questionnaire {
                ui.label(
                    egui::RichText::new(t(
                        lang,
                        "⚠ onbekende vragenlijst",
                        "⚠ unknown questionnaire",
                    ))
                    .small()
                    .color(style::error_colour(ui)),
                );
            } else if let Some((v, _)) = state.other_version(r.entry) {
                ui.label(
                    egui::RichText::new(format!("{} {v}", t(lang, "vragenlijst", "questionnaire")))
                        .small()
                        .color(style::error_colour(ui)),
                )
                .on_hover_text(t(
                    lang,
                    "Een andere versie van de vragenlijst; zie Problemen",
                    "Another version of the questionnaire; see Problems",
                ));
            }
            ui.add(
                egui::Label::new(
                    egui::RichText::new(facts.join(" · "))
                        .small()
                        .color(style::muted(ui)),
                )
                .truncate(),
            );
        });
    });
}

/// Writes a number with one decimal, with a decimal comma in Dutch.
fn number(x: f64, lang: Lang) -> String {
    let s = format!("{:.1}", x.abs());
    if lang == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

fn theme_cell_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    r: &Row,
    c: usize,
    title: &str,
) {
    let cell = r.cells.get(c).copied().unwrap_or_default();
    let dark = ui.visuals().dark_mode;
    let Some(value) = cell.value else {
        let words = format!("{title}: {}", t(lang, "geen niveau", "no level"));
        text_cell_ui(ui, None, None, "—", None, &words, None);
        return;
    };
    let word = state
        .overview
        .level_word(value, lang)
        .map_or_else(|| format!("{:.0} %", value * 100.0), str::to_owned);
    let steps = (state.overview.levels.len().max(2) - 1) as f64;
    let previous = r
        .previous
        .and_then(|p| state.review.entries.get(p))
        .map(|e| e.board_year().to_owned());
    let (change, change_words) = change_text(lang, cell, steps, previous.as_deref());
    let fill = style::colour(palette::level_fill(value, dark));
    let ink = style::colour(if dark {
        palette::LEVEL_TEXT_DARK
    } else {
        palette::LEVEL_TEXT
    });
    let mut words = format!("{title}: {word}");
    if let Some(w) = change_words {
        words.push_str(&format!(", {w}"));
    }
    let hover = match lang {
        Lang::Nl => format!(
            "{words}\nGemiddeld {} op een schaal van 1 tot {}; {} van {} stellingen met een niveau",
            number(value * steps + 1.0, lang),
            steps + 1.0,
            cell.answered,
            cell.statements
        ),
        Lang::En => format!(
            "{words}\nAverage {} on a scale of 1 to {}; {} of {} statements with a level",
            number(value * steps + 1.0, lang),
            steps + 1.0,
            cell.answered,
            cell.statements
        ),
    };
    text_cell_ui(
        ui,
        Some(fill),
        Some(ink),
        &word,
        change.as_deref(),
        &words,
        Some(&hover),
    );
}

/// Returns the change since the previous year as shown (↑ 0,3) and in
/// words for a screen reader.
fn change_text(
    lang: Lang,
    cell: Cell,
    steps: f64,
    previous: Option<&str>,
) -> (Option<String>, Option<String>) {
    let Some(d) = cell.change else {
        return (None, None);
    };
    let n = number(d * steps, lang);
    let since = previous.unwrap_or_default();
    let level = |n: &str| match lang {
        Lang::Nl => format!("{n} niveau"),
        Lang::En => format!("{n} level"),
    };
    if (d * steps).abs() < 0.05 {
        return (
            Some("= 0".into()),
            Some(match lang {
                Lang::Nl => format!("gelijk gebleven sinds {since}"),
                Lang::En => format!("unchanged since {since}"),
            }),
        );
    }
    let (arrow, nl, en) = if d > 0.0 {
        ("↑ +", "gestegen met", "up by")
    } else {
        ("↓ −", "gedaald met", "down by")
    };
    (
        Some(format!("{arrow}{n}")),
        Some(match lang {
            Lang::Nl => format!("{nl} {} sinds {since}", level(&n)),
            Lang::En => format!("{en} {} since {since}", level(&n)),
        }),
    )
}

fn complete_cell_ui(ui: &mut egui::Ui, lang: Lang, r: &Row) {
    if r.questions == 0 {
        text_cell_ui(
            ui,
            None,
            None,
            "—",
            None,
            t(lang, "Compleet: onbekend", "Complete: unknown"),
            None,
        );
        return;
    }
    let pct = format!("{:.0} %", r.complete() * 100.0);
    let of = format!("{} / {}", r.handled, r.questions);
    let words = match lang {
        Lang::Nl => format!(
            "Compleet: {pct}, {} van {} vragen beantwoord of overgeslagen",
            r.handled, r.questions
        ),
        Lang::En => format!(
            "Complete: {pct}, {} of {} questions answered or skipped",
            r.handled, r.questions
        ),
    };
    text_cell_ui(ui, None, None, &pct, Some(&of), &words, None);
}

fn disagreement_cell_ui(ui: &mut egui::Ui, lang: Lang, r: &Row) {
    let Some(d) = r.disagreement else {
        text_cell_ui(
            ui,
            None,
            None,
            "—",
            None,
            t(
                lang,
                "Verschil leden: geen leden die apart scoorden",
                "Members differ: no members who scored alone",
            ),
            None,
        );
        return;
    };
    let main = format!("{} / {}", d.differing, d.compared);
    let members = match lang {
        Lang::Nl => format!("{} leden", d.members),
        Lang::En => format!("{} members", d.members),
    };
    let words = match lang {
        Lang::Nl => format!(
            "Verschil leden: bij {} van {} vragen verschillen de {} leden",
            d.differing, d.compared, d.members
        ),
        Lang::En => format!(
            "Members differ: the {} members differ on {} of {} questions",
            d.members, d.differing, d.compared
        ),
    };
    text_cell_ui(ui, None, None, &main, Some(&members), &words, None);
}

/// Draws a cell of one or two lines on an optional fill, named as a whole
/// (`words`) for a screen reader.
fn text_cell_ui(
    ui: &mut egui::Ui,
    fill: Option<egui::Color32>,
    ink: Option<egui::Color32>,
    first: &str,
    second: Option<&str>,
    words: &str,
    hover: Option<&str>,
) {
    let rect = ui.max_rect();
    let response = ui.allocate_rect(rect, egui::Sense::hover());
    let ink = ink.unwrap_or_else(|| ui.visuals().text_color());
    if ui.is_rect_visible(rect) {
        let inner = rect.shrink2(egui::vec2(1.0, 2.0));
        if let Some(fill) = fill {
            ui.painter().rect_filled(inner, 4.0, fill);
        }
        let width = inner.width() - 10.0;
        let g1 = egui::WidgetText::from(style::bold(first)).into_galley(
            ui,
            Some(egui::TextWrapMode::Truncate),
            width,
            egui::TextStyle::Body,
        );
        let g2 = second.map(|s| {
            egui::WidgetText::from(egui::RichText::new(s).small()).into_galley(
                ui,
                Some(egui::TextWrapMode::Truncate),
                width,
                egui::TextStyle::Small,
            )
        });
        let h = g1.size().y + g2.as_ref().map_or(0.0, |g| g.size().y);
        let mut y = inner.center().y - h / 2.0;
        let x = inner.left() + 5.0;
        let h1 = g1.size().y;
        ui.painter().galley(egui::pos2(x, y), g1, ink);
        y += h1;
        if let Some(g2) = g2 {
            ui.painter().galley(egui::pos2(x, y), g2, ink);
        }
    }
    let words = words.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
    if let Some(h) = hover {
        response.on_hover_text(h.to_owned());
    }
}
