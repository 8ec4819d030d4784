//! The words of the self-assessment's pages on last year beside this year
//! (see [`crate::report::continuity`]), in the same form as
//! [`crate::report::words`], which reads them with its own.

/// The words of last year beside this year, by key: `(key, Dutch, English)`.
pub(crate) const YEAR_WORDS: &[(&str, &str, &str)] = &[
    (
        "letter",
        "Brief aan het volgende bestuur",
        "Letter to the next board",
    ),
    (
        "letter_explain",
        "Wat dit bestuur het volgende bestuur wil meegeven.",
        "What this board wants to pass on to the next board.",
    ),
    (
        "outcomes_title",
        "Actiepunten van het vorige bestuur",
        "The previous board's action points",
    ),
    (
        "outcomes_explain",
        "Wat het vorige bestuur van plan was, en wat er volgens dit bestuur van geworden is.",
        "What the previous board planned, and what became of it according to this board.",
    ),
    ("outcome", "Wat is ervan geworden", "What became of it"),
    ("outcome_none", "Nog niet ingevuld", "Not filled in yet"),
    ("outcome_why", "Waarom", "Why"),
    ("status_then", "Status vorig jaar", "Status last year"),
    (
        "carried",
        "Meegenomen naar dit jaar",
        "Taken into this year",
    ),
    ("changed_title", "Wat is er veranderd", "What has changed"),
    (
        "changed_explain",
        "Dit bestuursjaar vergeleken met het vorige: het gemiddelde van de stellingen per thema, en de stellingen die het meest verschoven. Vragen met hetzelfde id worden vergeleken.",
        "This board year compared with the previous one: the average of the statements per theme, and the statements that moved most. Questions with the same id are compared.",
    ),
    ("changed_themes", "Per thema", "Per theme"),
    (
        "changed_moved",
        "Stellingen die het meest verschoven",
        "Statements that moved most",
    ),
    (
        "changed_none",
        "Geen stelling staat op een ander niveau dan vorig jaar.",
        "No statement is on another level than last year.",
    ),
    ("last_year", "Vorig jaar", "Last year"),
    ("this_year", "Dit jaar", "This year"),
    ("change", "Verschil", "Change"),
    ("lines_title", "Over de jaren", "Over the years"),
    (
        "lines_explain",
        "Het gemiddelde van de stellingen per thema in elk gekoppeld bestuursjaar, het oudste links.",
        "The average of the statements per theme in every linked board year, the oldest on the left.",
    ),
    ("broken_title", "Koppeling verbroken", "Broken link"),
    (
        "positions_before",
        "Vervaagd: vorig jaar",
        "Faded: last year",
    ),
    ("previous_year", "Vorig bestuursjaar", "Previous board year"),
];
