//! Checking the member poll's tallies in a reflection: each counted
//! statement is polled by its questionnaire, with one count per answer and
//! one for "don't know", and no statement counts more ticks than members.

use crate::lang::Text;
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::Reflection;

/// Returns the problems of the poll's tallies, each with its path in the
/// file; the questionnaire, when given, says which statements are polled.
pub(super) fn poll_tally_problems(
    r: &Reflection,
    questionnaire: Option<&Questionnaire>,
) -> Vec<(String, Text)> {
    let mut found = Vec::new();
    let Some(tally) = &r.poll else {
        return found;
    };
    let poll = questionnaire.map(|q| q.poll.as_ref());
    for (id, counts) in &tally.counts {
        let at = format!("poll[0].counts[\"{id}\"]");
        match poll {
            Some(None) => found.push((
                at.clone(),
                Text::new(
                    format!(
                        "er zijn peilingsaantallen voor \"{id}\", maar de vragenlijst heeft geen ledenpeiling; gebruik de vragenlijst met de peiling of haal de aantallen weg"
                    ),
                    format!(
                        "there are poll tallies for \"{id}\", but the questionnaire has no member poll; use the questionnaire with the poll or remove the tallies"
                    ),
                ),
            )),
            Some(Some(p)) if !p.items.iter().any(|i| i.question == *id) => found.push((
                at.clone(),
                Text::new(
                    format!(
                        "\"{id}\" is geen vraag van de ledenpeiling; gebruik de id van een gepeilde stelling"
                    ),
                    format!(
                        "\"{id}\" is not a question of the member poll; use the id of a polled statement"
                    ),
                ),
            )),
            Some(Some(p)) if counts.len() != p.answers.len() + 1 => {
                let want = p.answers.len() + 1;
                found.push((
                    at.clone(),
                    Text::new(
                        format!(
                            "\"{id}\" heeft {} aantallen; geef er {want}: één per antwoord van de peiling en één voor weet niet",
                            counts.len()
                        ),
                        format!(
                            "\"{id}\" has {} counts; give {want}: one per answer of the poll and one for don't know",
                            counts.len()
                        ),
                    ),
                ))
            }
            _ => {}
        }
        let ticked: u64 = counts.iter().map(|n| u64::from(*n)).sum();
        if ticked > u64::from(tally.count) {
            found.push((
                at,
                Text::new(
                    format!(
                        "bij \"{id}\" zijn samen {ticked} vakjes aangekruist, meer dan de {} leden die de peiling invulden; elk lid kruist hoogstens één vakje per vraag aan",
                        tally.count
                    ),
                    format!(
                        "\"{id}\" has {ticked} ticks in all, more than the {} members who answered the poll; each member ticks at most one box per question",
                        tally.count
                    ),
                ),
            ));
        }
    }
    found
}
