//! Two reflections of the review side by side: two networks, or two board
//! years of one network. A radar of the theme averages (with its text
//! alternative and the levels in words beside it), the position questions
//! with both reflections' *Nu* and *Doel* on one track, the statements
//! that differ most, and the questions that cannot be compared. The
//! officer chooses both sides and swaps them; every choice shows
//! [`ReviewView::Compare`].

use crate::app::widgets::pair_track;
use crate::app::widgets::radar::{self, Series, Side};
use crate::app::{Command, ReviewCommand, ReviewState, ReviewView, style, t};
use crate::lang::{Lang, Text};
use crate::model::analysis::{common_scale, statement_scale};
use crate::review::compare::{Comparison, NotComparable, StatementPair, compare};
use crate::review::overview::level_index;
use crate::review::{Review, ReviewEntry};

/// How many of the statements that differ most show before *Meer*.
const SHOWN_STATEMENTS: usize = 10;

/// Chooses the partner of a network's reflection for a comparison: its
/// previous board year (then on the left), else its next one, else the
/// newest reflection of another network. Returns the pair, left first, or
/// none when the review has nothing to compare it with.
pub fn default_pair(review: &Review, entry: usize) -> Option<(usize, usize)> {
    review.entries.get(entry)?;
    if let Some(p) = review.previous_year(entry) {
        return Some((p, entry));
    }
    let years = review.years_of(entry);
    if let Some(&next) = years
        .iter()
        .skip_while(|&&i| i != entry)
        .nth(1)
        .filter(|&&i| !review.is_duplicate(i) || !review.is_duplicate(entry))
    {
        return Some((entry, next));
    }
    let network = &review.entries[entry].reflection.network_id;
    review
        .latest_per_network()
        .into_iter()
        .find(|&i| {
            i != entry
                && (network.is_empty() || review.entries[i].reflection.network_id != *network)
        })
        .map(|other| (entry, other))
}

/// Returns the short names of the two sides: the board years when both
/// are the same network, else the names with their years; a file name is
/// added when the two would read the same.
pub fn side_names(review: &Review, a: usize, b: usize) -> (String, String) {
    let (Some(ea), Some(eb)) = (review.entries.get(a), review.entries.get(b)) else {
        return (String::new(), String::new());
    };
    let same_network = !ea.reflection.network_id.is_empty()
        && ea.reflection.network_id == eb.reflection.network_id;
    let (na, nb) =
        if same_network && !ea.board_year().is_empty() && ea.board_year() != eb.board_year() {
            (ea.board_year().to_owned(), eb.board_year().to_owned())
        } else {
            (ea.title(), eb.title())
        };
    if na == nb {
        let file = |e: &ReviewEntry| {
            e.path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        (
            format!("{na} · {}", file(ea)),
            format!("{nb} · {}", file(eb)),
        )
    } else {
        (na, nb)
    }
}

/// Returns the level names that a reflection's theme averages are read on
/// (from its questionnaire's common scale; empty without one).
fn level_names(entry: Option<&ReviewEntry>) -> Vec<Text> {
    entry
        .and_then(|e| e.questionnaire.as_deref())
        .and_then(common_scale)
        .map(|s| s.levels.iter().map(|l| l.label.clone()).collect())
        .unwrap_or_default()
}

/// Returns an average (0 to 1) as the nearest level's name, or "geen
/// niveau" when there is none.
fn level_word(value: Option<f64>, levels: &[Text], lang: Lang) -> String {
    match value.and_then(|v| level_index(v, levels.len())) {
        Some(i) => levels[i].get(lang).to_owned(),
        None => t(lang, "geen niveau", "no level").to_owned(),
    }
}

/// Returns the text alternative of the radar: per theme, both reflections'
/// average level in words. Themes without a level on either side are left
/// out, as they are on the chart.
pub fn radar_text(
    lang: Lang,
    comparison: &Comparison,
    names: (&str, &str),
    levels: &[Text],
) -> String {
    let mut out = t(
        lang,
        "Radar van het gemiddelde niveau per thema.",
        "Radar of the average level per theme.",
    )
    .to_owned();
    for theme in comparison
        .themes
        .iter()
        .filter(|p| p.a.is_some() || p.b.is_some())
    {
        out.push_str(&format!(
            " {}: {} {}, {} {}.",
            theme.column.title.get(lang),
            names.0,
            level_word(theme.a, levels, lang),
            names.1,
            level_word(theme.b, levels, lang)
        ));
    }
    out
}

/// Returns the command that compares entries `a` (left) and `b` (right).
pub fn compare_command(a: usize, b: usize) -> Command {
    Command::Review(ReviewCommand::Show(ReviewView::Compare(a, b)))
}

/// Draws the comparison page of an open review in a scroll area of its
/// own (a new pair starts at the top).
pub fn compare_page_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    a: usize,
    b: usize,
    commands: &mut Vec<Command>,
) {
    let review = &state.review;
    let comparison = match (review.entries.get(a), review.entries.get(b)) {
        (Some(ea), Some(eb)) => compare(ea, eb),
        _ => None,
    };
    // the review's page scrolls as a whole, with its head
    ui.scope(|ui| {
        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 560.0));
        compare_ui(ui, lang, review, a, b, comparison.as_ref(), commands);
    });
}

/// Draws the comparison of entries `a` (left) and `b` (right) of the
/// review; `comparison` is none when either questionnaire is unknown.
pub fn compare_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    review: &Review,
    a: usize,
    b: usize,
    comparison: Option<&Comparison>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(10.0);
    ui.heading(t(lang, "Vergelijken", "Compare"));
    ui.add(
        egui::Label::new(t(
            lang,
            "Twee reflecties naast elkaar: twee netwerken, of twee jaren van één netwerk. Alleen vragen die beide met dezelfde vraag beantwoordden, worden vergeleken.",
            "Two reflections side by side: two networks, or two years of one network. Only questions that both answered with the same question are compared.",
        ))
        .wrap(),
    );
    ui.add_space(8.0);
    choose_ui(ui, lang, review, a, b, commands);
    ui.add_space(12.0);
    let (Some(ea), Some(eb)) = (review.entries.get(a), review.entries.get(b)) else {
        return;
    };
    if a == b {
        ui.add(
            egui::Label::new(t(
                lang,
                "Kies rechts een andere reflectie dan links.",
                "Choose another reflection on the right than on the left.",
            ))
            .wrap(),
        );
        return;
    }
    let Some(c) = comparison else {
        let unknown = if ea.questionnaire.is_none() { ea } else { eb };
        ui.colored_label(
            style::error_colour(ui),
            match lang {
                Lang::Nl => format!(
                    "De vragenlijst van {} ({} {}) kent het programma niet; daarom kan deze reflectie niet vergeleken worden.",
                    unknown.title(),
                    unknown.reflection.questionnaire.id,
                    unknown.reflection.questionnaire.version
                ),
                Lang::En => format!(
                    "The program does not know the questionnaire of {} ({} {}), so this reflection cannot be compared.",
                    unknown.title(),
                    unknown.reflection.questionnaire.id,
                    unknown.reflection.questionnaire.version
                ),
            },
        );
        return;
    };
    let (na, nb) = side_names(review, a, b);
    if ui.available_width() >= 1000.0 {
        ui.horizontal(|ui| {
            radar::legend_ui(ui, Side::A, &na);
            ui.add_space(24.0);
            radar::legend_ui(ui, Side::B, &nb);
        });
    } else {
        radar::legend_ui(ui, Side::A, &na);
        radar::legend_ui(ui, Side::B, &nb);
    }
    ui.add_space(8.0);
    themes_ui(ui, lang, c, (&na, &nb), ea, eb);
    ui.add_space(16.0);
    pair_track::positions_ui(ui, lang, c, (&na, &nb));
    ui.add_space(16.0);
    statements_ui(ui, lang, c, (&na, &nb), ea, eb);
    ui.add_space(16.0);
    not_comparable_ui(ui, lang, c, (&na, &nb), ea, eb);
    ui.add_space(24.0);
}

/// Draws the two choosers (left and right), *Omwisselen* and the way back
/// to the left one's previous year.
fn choose_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    review: &Review,
    a: usize,
    b: usize,
    commands: &mut Vec<Command>,
) {
    let title = |i: usize| review.entries.get(i).map(|e| e.title()).unwrap_or_default();
    let pick = |ui: &mut egui::Ui, label: String, id: &str, current: usize, other: usize| {
        let mut chosen = None;
        ui.label(radar::marked(ui, &label, false));
        let r = egui::ComboBox::from_id_salt(id)
            .selected_text(title(current))
            .width(320.0_f32.min(ui.available_width() - 8.0))
            .show_ui(ui, |ui| {
                for (i, e) in review.entries.iter().enumerate() {
                    if i != other
                        && ui.selectable_label(i == current, e.title()).clicked()
                        && i != current
                    {
                        chosen = Some(i);
                    }
                }
            });
        r.response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
        chosen
    };
    // side by side where they fit, else one under the other (a row that
    // does not fit would widen the whole page)
    let left = format!("{} {}", Side::A.symbol(), t(lang, "Links:", "Left:"));
    let right = format!("{} {}", Side::B.symbol(), t(lang, "Rechts:", "Right:"));
    let mut chosen = (None, None);
    let buttons = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
        if ui
            .button(t(lang, "Links en rechts omwisselen", "Swap left and right"))
            .clicked()
        {
            commands.push(compare_command(b, a));
        }
        if let Some(p) = review.previous_year(b)
            && p != a
            && ui
                .button(t(
                    lang,
                    "Rechts met het jaar ervoor",
                    "Right with the year before",
                ))
                .clicked()
        {
            commands.push(compare_command(p, b));
        }
    };
    if ui.available_width() >= 1100.0 {
        ui.horizontal(|ui| {
            chosen.0 = pick(ui, left, "compare_a", a, b);
            ui.add_space(12.0);
            chosen.1 = pick(ui, right, "compare_b", b, a);
            ui.add_space(12.0);
            buttons(ui, commands);
        });
    } else {
        ui.horizontal(|ui| chosen.0 = pick(ui, left, "compare_a", a, b));
        ui.horizontal(|ui| chosen.1 = pick(ui, right, "compare_b", b, a));
        ui.horizontal_wrapped(|ui| buttons(ui, commands));
    }
    if let Some(i) = chosen.0 {
        commands.push(compare_command(i, b));
    }
    if let Some(i) = chosen.1 {
        commands.push(compare_command(a, i));
    }
}

/// Draws the radar of the theme averages and, beside or under it, each
/// theme's two levels in words.
fn themes_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    c: &Comparison,
    names: (&str, &str),
    ea: &ReviewEntry,
    eb: &ReviewEntry,
) {
    ui.label(style::title(t(lang, "Thema's", "Themes")));
    let mut levels = level_names(Some(ea));
    if levels.is_empty() {
        levels = level_names(Some(eb));
    }
    let shown: Vec<_> = c
        .themes
        .iter()
        .filter(|p| p.a.is_some() || p.b.is_some())
        .collect();
    if shown.is_empty() {
        ui.label(t(
            lang,
            "Geen van beide gaf een niveau bij een uitspraak.",
            "Neither gave a level to any statement.",
        ));
        return;
    }
    let axes: Vec<String> = shown
        .iter()
        .map(|p| p.column.title.get(lang).to_owned())
        .collect();
    let rings: Vec<String> = levels.iter().map(|l| l.get(lang).to_owned()).collect();
    let va: Vec<Option<f64>> = shown.iter().map(|p| p.a).collect();
    let vb: Vec<Option<f64>> = shown.iter().map(|p| p.b).collect();
    let series = [
        Series {
            side: Side::A,
            values: &va,
        },
        Series {
            side: Side::B,
            values: &vb,
        },
    ];
    let alt = radar_text(lang, c, names, &levels);
    let words = |ui: &mut egui::Ui| {
        for p in &shown {
            ui.add(egui::Label::new(style::bold(p.column.title.get(lang))).wrap());
            let line = format!(
                "{} {}: {} · {} {}: {}",
                Side::A.symbol(),
                names.0,
                level_word(p.a, &levels, lang),
                Side::B.symbol(),
                names.1,
                level_word(p.b, &levels, lang)
            );
            ui.add(egui::Label::new(radar::marked(ui, &line, false)).wrap());
        }
    };
    if ui.available_width() >= 980.0 {
        ui.horizontal_top(|ui| {
            radar::radar_ui(ui, &axes, &rings, &series, &alt);
            ui.vertical(|ui| {
                ui.add_space(24.0);
                words(ui);
            });
        });
    } else {
        radar::radar_ui(ui, &axes, &rings, &series, &alt);
        words(ui);
    }
}

/// Returns a statement's level as its scale's word, from the questionnaire
/// of the reflection that gave it.
fn statement_word(entry: &ReviewEntry, id: &str, level: usize, lang: Lang) -> String {
    entry
        .questionnaire
        .as_deref()
        .and_then(|q| {
            q.question(id)
                .and_then(|question| statement_scale(q, question))
        })
        .and_then(|s| s.levels.get(level))
        .map_or_else(|| (level + 1).to_string(), |l| l.label.get(lang).to_owned())
}

/// Says how far apart two levels are: "2 niveaus uit elkaar".
pub fn apart_words(apart: usize, lang: Lang) -> String {
    match (lang, apart) {
        (Lang::Nl, 0) => "hetzelfde niveau".to_owned(),
        (Lang::Nl, 1) => "1 niveau uit elkaar".to_owned(),
        (Lang::Nl, n) => format!("{n} niveaus uit elkaar"),
        (Lang::En, 0) => "the same level".to_owned(),
        (Lang::En, 1) => "1 level apart".to_owned(),
        (Lang::En, n) => format!("{n} levels apart"),
    }
}

fn statements_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    c: &Comparison,
    names: (&str, &str),
    ea: &ReviewEntry,
    eb: &ReviewEntry,
) {
    ui.label(style::title(t(
        lang,
        "Uitspraken die het meest verschillen",
        "Statements that differ most",
    )));
    let differing: Vec<&StatementPair> = c.differing().collect();
    let same = c.statements.len() - differing.len();
    ui.add(
        egui::Label::new(
            egui::RichText::new(match lang {
                Lang::Nl => format!(
                    "{} van de {} uitspraken die beide scoorden, verschillen; {same} kregen hetzelfde niveau.",
                    differing.len(),
                    c.statements.len()
                ),
                Lang::En => format!(
                    "{} of the {} statements that both scored differ; {same} got the same level.",
                    differing.len(),
                    c.statements.len()
                ),
            })
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    let item = |ui: &mut egui::Ui, s: &StatementPair| {
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(egui::Margin::same(8))
            .corner_radius(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width().min(style::TEXT_WIDTH + 120.0));
                if let Some(theme) = ea
                    .questionnaire
                    .as_deref()
                    .and_then(|q| q.themes.get(s.theme))
                {
                    ui.label(
                        egui::RichText::new(theme.title.get(lang))
                            .small()
                            .color(style::muted(ui)),
                    );
                }
                ui.add(egui::Label::new(s.prompt.get(lang)).wrap());
                let line = format!(
                    "{} {}: {} · {} {}: {}",
                    Side::A.symbol(),
                    names.0,
                    statement_word(ea, &s.id, s.a, lang),
                    Side::B.symbol(),
                    names.1,
                    statement_word(eb, &s.id, s.b, lang)
                );
                ui.add(egui::Label::new(radar::marked(ui, &line, false)).wrap());
                ui.label(style::bold(apart_words(s.apart(), lang)));
            });
        ui.add_space(4.0);
    };
    for s in differing.iter().take(SHOWN_STATEMENTS) {
        item(ui, s);
    }
    if differing.len() > SHOWN_STATEMENTS {
        let more = differing.len() - SHOWN_STATEMENTS;
        egui::CollapsingHeader::new(match lang {
            Lang::Nl => format!("Meer verschillen ({more})"),
            Lang::En => format!("More differences ({more})"),
        })
        .id_salt("compare_more")
        .show(ui, |ui| {
            for s in differing.iter().skip(SHOWN_STATEMENTS) {
                item(ui, s);
            }
        });
    }
}

/// Says why a question is not compared.
fn reason(
    why: NotComparable,
    lang: Lang,
    names: (&str, &str),
    ea: &ReviewEntry,
    eb: &ReviewEntry,
) -> String {
    let version = |e: &ReviewEntry| {
        e.questionnaire.as_deref().map_or_else(
            || e.reflection.questionnaire.version.clone(),
            |q| q.version.clone(),
        )
    };
    match (why, lang) {
        (NotComparable::OnlyInA, Lang::Nl) => {
            format!(
                "Alleen in de vragenlijst van {} (versie {})",
                names.0,
                version(ea)
            )
        }
        (NotComparable::OnlyInA, Lang::En) => {
            format!(
                "Only in the questionnaire of {} (version {})",
                names.0,
                version(ea)
            )
        }
        (NotComparable::OnlyInB, Lang::Nl) => {
            format!(
                "Alleen in de vragenlijst van {} (versie {})",
                names.1,
                version(eb)
            )
        }
        (NotComparable::OnlyInB, Lang::En) => {
            format!(
                "Only in the questionnaire of {} (version {})",
                names.1,
                version(eb)
            )
        }
        (NotComparable::Changed, Lang::Nl) => {
            "In beide, maar met een ander soort antwoord of een andere schaal".to_owned()
        }
        (NotComparable::Changed, Lang::En) => {
            "In both, but with another kind of answer or another scale".to_owned()
        }
    }
}

fn not_comparable_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    c: &Comparison,
    names: (&str, &str),
    ea: &ReviewEntry,
    eb: &ReviewEntry,
) {
    ui.label(style::title(t(
        lang,
        "Niet te vergelijken",
        "Not comparable",
    )));
    if c.not_comparable.is_empty() {
        ui.add(
            egui::Label::new(t(
                lang,
                "Alle vragen zijn te vergelijken: beide gebruiken dezelfde vragen.",
                "Every question can be compared: both use the same questions.",
            ))
            .wrap(),
        );
        return;
    }
    ui.add(
        egui::Label::new(
            egui::RichText::new(t(
                lang,
                "Deze vragen horen bij een andere versie van de vragenlijst en worden niet vergeleken.",
                "These questions belong to another version of the questionnaire and are not compared.",
            ))
            .color(style::muted(ui)),
        )
        .wrap(),
    );
    for (_, prompt, why) in &c.not_comparable {
        ui.add_space(4.0);
        ui.add(egui::Label::new(prompt.get(lang)).wrap());
        ui.add(
            egui::Label::new(
                egui::RichText::new(reason(*why, lang, names, ea, eb))
                    .small()
                    .color(style::muted(ui)),
            )
            .wrap(),
        );
    }
}
