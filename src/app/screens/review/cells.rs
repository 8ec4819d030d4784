//! The cells of the review's table: each drawn as one piece of text on an
//! optional colour and named as a whole for a screen reader, so that a
//! level is heard as its word and a change as words ("gestegen met 0,3
//! niveau sinds 2024-2025"), never as a colour or an arrow.

use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, style, t};
use crate::lang::Lang;
use crate::palette;
use crate::review::overview::{Cell, Row};

pub(super) fn name_cell_ui(
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

pub(super) fn theme_cell_ui(
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
        ("↓ –", "gedaald met", "down by")
    };
    (
        Some(format!("{arrow}{n}")),
        Some(match lang {
            Lang::Nl => format!("{nl} {} sinds {since}", level(&n)),
            Lang::En => format!("{en} {} since {since}", level(&n)),
        }),
    )
}

pub(super) fn complete_cell_ui(ui: &mut egui::Ui, lang: Lang, r: &Row) {
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

pub(super) fn disagreement_cell_ui(ui: &mut egui::Ui, lang: Lang, r: &Row) {
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
