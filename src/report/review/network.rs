//! One network's paragraph, written plainly from its data: strongest and
//! weakest theme, how complete, how it moved, how much its members
//! differed, what it asks, and its action points when shared.

use crate::lang::Lang;
use crate::report::text::{LONGEST_WORD, Shaper};
use crate::review::Review;
use crate::review::asks::AskedQuestion;
use crate::review::overview::{Overview, Row};

use super::{NetworkView, arrow, level_text};

/// Writes one network's paragraph plainly from its data.
pub(super) fn network_view(
    review: &Review,
    ov: &Overview,
    r: &Row,
    shown: &[usize],
    asked: &[AskedQuestion],
    lang: Lang,
    shape: &Shaper,
) -> NetworkView {
    let e = &review.entries[r.entry];
    let mut parts: Vec<String> = Vec::new();
    let themed: Vec<(String, f64)> = shown
        .iter()
        .filter_map(|&c| {
            r.cells[c]
                .value
                .map(|v| (ov.columns[c].title.get(lang).to_owned(), v))
        })
        .collect();
    let word = |v: f64| level_text(ov, Some(v), lang);
    if r.unknown_questionnaire {
        parts.push(
            lang.pick(
                "De vragenlijst van deze reflectie is onbekend, dus er zijn geen niveaus per thema.",
                "The questionnaire of this reflection is unknown, so there are no levels per theme.",
            )
            .to_owned(),
        );
    } else if themed.is_empty() {
        parts.push(
            lang.pick(
                "Er zijn nog geen stellingen beantwoord.",
                "No statements have been answered yet.",
            )
            .to_owned(),
        );
    } else {
        let best = themed
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("not empty");
        let worst = themed
            .iter()
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .expect("not empty");
        if themed.len() == 1 || (best.1 - worst.1).abs() < 1e-9 {
            parts.push(format!(
                "{} {}.",
                lang.pick(
                    "Elk beantwoord thema staat op",
                    "Every answered theme stands at"
                ),
                word(best.1)
            ));
        } else {
            parts.push(format!(
                "{}: {} ({}); {}: {} ({}).",
                lang.pick("Sterkste thema", "Strongest theme"),
                best.0,
                word(best.1),
                lang.pick("zwakste thema", "weakest theme"),
                worst.0,
                word(worst.1)
            ));
        }
        parts.push(
            lang.pick(
                "{p}% van de vragen is beantwoord of overgeslagen.",
                "{p}% of the questions are answered or skipped.",
            )
            .replace("{p}", &((r.complete() * 100.0).round() as i64).to_string()),
        );
    }
    if let Some(p) = r.previous {
        let moved: Vec<&str> = shown
            .iter()
            .filter_map(|&c| r.cells[c].change.map(|d| arrow(d, ov.levels.len())))
            .collect();
        if !moved.is_empty() {
            let n = |a: &str| moved.iter().filter(|m| **m == a).count().to_string();
            parts.push(
                lang.pick(
                    "Thema's vergeleken met {y}: {u} hoger, {d} lager, {s} gelijk.",
                    "Themes compared with {y}: {u} higher, {d} lower, {s} the same.",
                )
                .replace("{y}", &ov.rows[p].board_year)
                .replace("{u}", &n("↑"))
                .replace("{d}", &n("↓"))
                .replace("{s}", &n("")),
            );
        }
    }
    if let Some(d) = r.disagreement.filter(|d| d.compared > 0) {
        parts.push(
            lang.pick(
                "De {m} leden scoorden eerst apart en verschilden op {x} van de {c} stellingen en posities.",
                "The {m} members first scored on their own and differed on {x} of the {c} statements and positions.",
            )
            .replace("{m}", &d.members.to_string())
            .replace("{x}", &d.differing.to_string())
            .replace("{c}", &d.compared.to_string()),
        );
    }
    // what it asks: its choices in the first question of `asks` that has options
    if let Some(a) = asked.iter().find(|a| !a.options.is_empty()) {
        let mut chosen: Vec<String> = a
            .options
            .iter()
            .filter(|o| o.entries.contains(&r.entry) && o.id != crate::model::reflection::OTHER)
            .map(|o| o.label.get(lang).to_owned())
            .collect();
        chosen.extend(
            a.words
                .iter()
                .filter(|(i, _)| *i == r.entry)
                .map(|(_, t)| t.clone()),
        );
        if !chosen.is_empty() {
            parts.push(format!(
                "{}: {}.",
                lang.pick("Vraagt", "Asks"),
                chosen.join("; ")
            ));
        }
    }
    if e.reflection.sharing.actions {
        let n = e.reflection.actions.len();
        parts.push(match n {
            0 => lang
                .pick("Geen actiepunten.", "No action points.")
                .to_owned(),
            1 => lang.pick("1 actiepunt.", "1 action point.").to_owned(),
            n => format!("{n} {}.", lang.pick("actiepunten", "action points")),
        });
    } else {
        parts.push(
            lang.pick(
                "De actiepunten zijn niet gedeeld.",
                "The action points were not shared.",
            )
            .to_owned(),
        );
    }
    let about = [r.kind.label().get(lang).to_owned(), r.institution.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    NetworkView {
        title: shape.line(&e.title(), LONGEST_WORD),
        about: shape.line(&about, LONGEST_WORD),
        text: shape.line(&parts.join(" "), LONGEST_WORD),
    }
}
