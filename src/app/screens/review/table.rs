//! The review's table: one row per network and board year, one column per
//! theme with the agreed level as a word on a colour, how complete each
//! reflection is, how much the board disagreed, and the change since the
//! same network's previous year. Headers sort (again to reverse); the
//! filters above choose the rows. Only the rows in view are laid out, so
//! that 300 networks scroll as smoothly as 10.

use egui_extras::{Column, TableBuilder};

use super::cells::*;
use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, style, t};
use crate::lang::Lang;
use crate::review::overview::{Filter, Sort, SortKey};

/// Draws the table page: problems in short, the filters and the table;
/// `viewport` is the height of the page's view, so that the table fills
/// what is left of it (and some rows at least).
pub fn table_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    viewport: f32,
    commands: &mut Vec<Command>,
) {
    problems_in_short_ui(ui, lang, state, commands);
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
    // how far down the page the table starts, however it is scrolled
    let offset = ui.cursor().top() - ui.min_rect().top();
    overview_table_ui(ui, lang, state, viewport - offset, commands);
}

/// Draws one line per file that cannot be read (file:line:column and what
/// is wrong; at most three) and one line on the duplicates, each leading
/// to the page with every problem in full.
fn problems_in_short_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    let bad = &state.review.unreadable;
    let dups = state.review.same_network_year.len();
    if bad.is_empty() && dups == 0 {
        return;
    }
    let red = style::error_colour(ui);
    for u in bad.iter().take(3) {
        let full = u.describe(lang);
        let first = full.lines().next().unwrap_or_default().to_owned();
        ui.add(egui::Label::new(egui::RichText::new(format!("⚠ {first}")).color(red)).truncate())
            .on_hover_text(full);
    }
    ui.horizontal_wrapped(|ui| {
        if bad.len() > 3 {
            ui.label(egui::RichText::new(match lang {
                Lang::Nl => format!("en nog {} onleesbare bestanden.", bad.len() - 3),
                Lang::En => format!("and {} more unreadable files.", bad.len() - 3),
            }).color(red));
        }
        if dups > 0 {
            ui.label(egui::RichText::new(match lang {
                Lang::Nl if dups == 1 => "⚠ Voor 1 netwerk en bestuursjaar zijn er twee of meer bestanden; elk staat apart in de tabel, gemarkeerd met “dubbel”; ze worden niet samengevoegd.".to_owned(),
                Lang::Nl => format!("⚠ Voor {dups} combinaties van netwerk en bestuursjaar zijn er twee of meer bestanden; elk staat apart in de tabel, gemarkeerd met “dubbel”; ze worden niet samengevoegd."),
                Lang::En if dups == 1 => "⚠ 1 network and board year has two or more files; each has a row of its own, marked “duplicate”; they are not merged.".to_owned(),
                Lang::En => format!("⚠ {dups} pairs of network and board year have two or more files; each has a row of its own, marked “duplicate”; they are not merged."),
            }).color(red));
        }
        if ui.small_button(t(lang, "Alle problemen en uitleg", "All problems, explained")).clicked() {
            commands.push(Command::Review(ReviewCommand::Show(ReviewView::Problems)));
        }
    });
    ui.add_space(4.0);
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
    height: f32,
    commands: &mut Vec<Command>,
) {
    let themes = scored_columns(state);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    // the name as a button (at least as high as any control), the space
    // between, and the small line under it with room for its descenders
    let spacing = ui.spacing();
    let button_h = spacing
        .interact_size
        .y
        .max(body + 2.0 * spacing.button_padding.y);
    let row_h = button_h + spacing.item_spacing.y + small + 8.0;
    let head_h = body * 3.0 + 8.0;
    let height = height.max(head_h + 6.0 * row_h) - head_h - 24.0;
    egui::ScrollArea::horizontal()
        .id_salt("review_table_h")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("review_table")
                .striped(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .min_scrolled_height(height)
                .max_scroll_height(height)
                .column(
                    Column::initial(210.0)
                        .at_least(150.0)
                        .clip(true)
                        .resizable(true),
                )
                .column(Column::initial(112.0).at_least(80.0));
            for _ in &themes {
                table = table.column(Column::initial(120.0).at_least(90.0).clip(true));
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
