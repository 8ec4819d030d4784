//! The words of the documents: every heading, label and phrase that a
//! report prints besides the questionnaire's and the board's own texts, in
//! Dutch and English, by key. The templates read them as `words.KEY`.

use std::collections::BTreeMap;

use crate::lang::Lang;

/// The words of one language, by key, as the templates read them.
pub type Words = BTreeMap<&'static str, &'static str>;

/// The words of the reports, by key: `(key, Dutch, English)`.
const WORDS: &[(&str, &str, &str)] = &[
    ("doc_title", "Zelfevaluatie", "Self-assessment"),
    ("worksheet_title", "Werkblad", "Worksheet"),
    ("page", "Pagina", "Page"),
    ("of", "van", "of"),
    // cover
    ("network", "Netwerk", "Network"),
    ("kind", "Soort netwerk", "Kind of network"),
    ("institution", "Instelling", "Institution"),
    ("city", "Plaats", "City"),
    (
        "dimensions",
        "Identiteiten die het netwerk centraal stelt",
        "Identities the network centres",
    ),
    ("size", "Aantal leden", "Number of members"),
    ("board_year", "Bestuursjaar", "Board year"),
    ("date", "Datum", "Date"),
    ("printed", "Afgedrukt op", "Printed on"),
    ("updated", "Laatst gewijzigd", "Last changed"),
    ("questionnaire", "Vragenlijst", "Questionnaire"),
    ("version", "versie", "version"),
    ("completeness", "Hoe compleet", "How complete"),
    ("answered_of", "vragen beantwoord", "questions answered"),
    (
        "respondents",
        "Bestuursleden die apart scoorden",
        "Board members who scored on their own",
    ),
    // consensus
    (
        "consensus_title",
        "Waar het bestuur verschilt",
        "Where the board differs",
    ),
    (
        "consensus_explain",
        "Eerst scoorde elk bestuurslid de stellingen apart; daarna kwam het bestuur samen tot één antwoord. Hieronder staan de stellingen en posities waarop de antwoorden het verst uit elkaar lagen (twee of meer niveaus, of aan beide kanten van het midden), de grootste verschillen eerst. Elke stip is één bestuurslid.",
        "First each board member scored the statements on their own; then the board agreed on one answer. Below are the statements and positions where the answers lay furthest apart (two or more levels, or on both sides of the middle), the largest differences first. Each dot is one board member.",
    ),
    (
        "consensus_none",
        "Op geen enkele stelling of positie lagen de antwoorden ver uit elkaar.",
        "On no statement or position did the answers lie far apart.",
    ),
    (
        "consensus_scored",
        "bestuursleden scoorden eerst elk apart",
        "board members first scored on their own",
    ),
    (
        "consensus_scored_one",
        "bestuurslid scoorde eerst apart",
        "board member first scored on their own",
    ),
    ("consensus_members", "Bestuursleden", "Board members"),
    (
        "consensus_agreed",
        "Het antwoord van het bestuur",
        "The board's answer",
    ),
    ("consensus_no_answer", "Geen antwoord", "No answer"),
    (
        "consensus_not_agreed",
        "Nog geen antwoord van het bestuur",
        "No answer from the board yet",
    ),
    ("consensus_left", "Links", "Left"),
    ("consensus_right", "Rechts", "Right"),
    ("consensus_spread", "Apart gescoord", "Scored apart"),
    ("discuss_later_count", "Later bespreken", "Discuss later"),
    ("skipped_count", "Overgeslagen", "Skipped"),
    ("action_count", "Actiepunten", "Action points"),
    (
        "cover_note",
        "Deze zelfevaluatie is gemaakt door het bestuur zelf, met de Reflectietool voor identiteitsnetwerken. Ze beschrijft hoe het bestuur het netwerk nu ziet; het is geen meting of keurmerk.",
        "This self-assessment was made by the board itself, with the Reflection tool for identity networks. It describes how the board sees the network today; it is not a measurement or a quality mark.",
    ),
    // summary
    ("summary", "Samenvatting", "Summary"),
    (
        "chart_title",
        "Stellingen per thema",
        "Statements per theme",
    ),
    (
        "chart_explain",
        "Het gemiddelde niveau van de stellingen per thema, zoals het bestuur ze samen beantwoordde. Hoe verder naar buiten, hoe beter het gaat. ‘Weet niet’ en ‘niet van toepassing’ tellen niet mee.",
        "The average level of the statements per theme, as the board answered them together. The further out, the better it goes. ‘Don't know’ and ‘not applicable’ do not count.",
    ),
    (
        "chart_none",
        "Er zijn nog geen stellingen beantwoord, dus er is nog geen grafiek. Beantwoord de stellingen samen om hier het beeld per thema te zien.",
        "No statements have been answered yet, so there is no chart yet. Answer the statements together to see the picture per theme here.",
    ),
    (
        "chart_excluded",
        "Zonder stellingen, dus niet in de grafiek",
        "Without statements, so not in the chart",
    ),
    ("chart_no_answers", "nog geen antwoord", "no answer yet"),
    (
        "chart_axis_unanswered",
        "nog geen antwoorden",
        "no answers yet",
    ),
    (
        "chart_sparse",
        "minder dan de helft beantwoord: een voorlopig beeld (open punt in de grafiek)",
        "fewer than half answered: a provisional picture (hollow point in the chart)",
    ),
    ("theme", "Thema", "Theme"),
    ("average", "Gemiddelde", "Average"),
    ("statements", "stellingen", "statements"),
    (
        "positions",
        "Waar staan jullie nu, en waar willen jullie naartoe?",
        "Where are you now, and where do you want to go?",
    ),
    (
        "positions_none",
        "De vragen over jullie positie zijn nog niet beantwoord.",
        "The questions about your position have not been answered yet.",
    ),
    ("now", "Nu", "Now"),
    ("goal", "Doel", "Goal"),
    ("strongest", "Sterke punten", "Strengths"),
    ("weakest", "Aandachtspunten", "Points of attention"),
    (
        "strongest_explain",
        "De stellingen met het hoogste niveau.",
        "The statements with the highest level.",
    ),
    (
        "weakest_explain",
        "De stellingen met het laagste niveau.",
        "The statements with the lowest level.",
    ),
    (
        "statements_none",
        "Nog geen stellingen beantwoord.",
        "No statements answered yet.",
    ),
    (
        "statements_few",
        "Te weinig stellingen beantwoord om te vergelijken.",
        "Too few statements answered to compare.",
    ),
    ("action_plan", "Actiepunten", "Action points"),
    // a copy shared with the diversity officer
    (
        "shared",
        "Gedeeld met de diversiteitscoördinator",
        "Shared with the diversity officer",
    ),
    ("not_shared", "niet gedeeld", "not shared"),
    // a session route
    ("route", "Gevolgde route", "Route followed"),
    (
        "route_left_out",
        "Niet in de route",
        "Left out by the route",
    ),
    ("route_questions", "vragen", "questions"),
    // questions that are not for this kind of network
    (
        "kind_left_out",
        "Niet voor dit soort netwerk",
        "Not for this kind of network",
    ),
    // the note under a statement or position: how the board knows
    ("evidence", "Hoe we dit weten", "How we know"),
    ("ws_evidence", "Hoe weten jullie dit?", "How do you know?"),
    ("poll_tally", "Ledenpeiling", "Member poll"),
    (
        "action_not_shared",
        "Het bestuur heeft de actiepunten niet gedeeld.",
        "The board did not share its action points.",
    ),
    (
        "action_none",
        "Er zijn nog geen actiepunten.",
        "There are no action points yet.",
    ),
    ("what", "Wat", "What"),
    // the short document
    ("short_title", "In het kort", "In brief"),
    ("adoption", "Vaststelling", "Adoption"),
    (
        "adopted",
        "Vastgesteld door het bestuur op",
        "Adopted by the board on",
    ),
    (
        "signature",
        "Handtekening namens het bestuur",
        "Signed on behalf of the board",
    ),
    ("name_role", "Naam en functie", "Name and role"),
    (
        "short_note",
        "Dit is de korte versie van de zelfevaluatie, voor de algemene ledenvergadering. De volledige versie, met elk antwoord per thema, heeft het bestuur.",
        "This is the short version of the self-assessment, for the general assembly. The board has the full version, with every answer per theme.",
    ),
    ("who", "Wie", "Who"),
    ("due", "Wanneer klaar", "By when"),
    ("status", "Status", "Status"),
    // answers
    ("answers", "Alle antwoorden", "All answers"),
    ("not_answered", "Nog niet beantwoord", "Not answered yet"),
    ("skipped", "Overgeslagen", "Skipped"),
    ("discuss_later", "Later bespreken", "Discuss later"),
    (
        "mismatch",
        "Het bewaarde antwoord past niet meer bij deze vraag.",
        "The saved answer no longer fits this question.",
    ),
    ("rationale", "Waarom", "Why"),
    (
        "dissent",
        "Niet iedereen is het eens",
        "Not everyone agrees",
    ),
    ("notes", "Notities", "Notes"),
    ("other_namely", "Anders, namelijk", "Other, namely"),
    ("unreadable", "onleesbare waarde", "unreadable value"),
    ("truncated", "tekst ingekort", "text shortened"),
    ("characters", "tekens", "characters"),
    ("none_chosen", "Niets gekozen", "Nothing chosen"),
    ("no_notes", "Geen notities.", "No notes."),
    (
        "orphans",
        "Antwoorden op vragen die niet meer in de vragenlijst staan",
        "Answers to questions the questionnaire no longer has",
    ),
    (
        "orphans_explain",
        "Deze antwoorden zijn bewaard, maar de huidige versie van de vragenlijst stelt deze vragen niet meer.",
        "These answers are kept, but the current version of the questionnaire no longer asks these questions.",
    ),
    // closing
    ("method", "Over de methode", "About the method"),
    (
        "sources",
        "Het onderzoek achter de vragen",
        "The research behind the questions",
    ),
    (
        "sources_explain",
        "De thema-inleidingen noemen deze bronnen. De vragen zijn zelf geschreven; de ideeën komen uit dit onderzoek.",
        "The theme introductions name these sources. The questions are our own; the ideas come from this research.",
    ),
    ("cited_in", "Genoemd bij", "Cited in"),
    // worksheet
    ("ws_group", "Groep of namen", "Group or names"),
    (
        "ws_intro",
        "Vul dit werkblad samen in. Schrijf op de lijnen en zet een kruisje in de hokjes. Bij een vraag met twee polen kleuren jullie op de lijn Nu één rondje in (waar jullie nu staan) en op de lijn Doel één ruitje (waar jullie naartoe willen).",
        "Fill in this worksheet together. Write on the lines and put a cross in the tick boxes. For a question with two poles, fill in one circle on the Now line (where you stand now) and one diamond on the Goal line (where you want to go).",
    ),
    ("ws_one", "Kies één antwoord.", "Choose one answer."),
    ("ws_many", "Kies alles wat past.", "Choose all that apply."),
    ("ws_scale", "Kies één niveau.", "Choose one level."),
    (
        "ws_position",
        "Kleur één rondje in bij Nu en één ruitje bij Doel.",
        "Fill in one circle for Now and one diamond for Goal.",
    ),
    (
        "ws_open",
        "Schrijf jullie antwoord op.",
        "Write down your answer.",
    ),
    ("ws_dont_know", "Weet niet", "Don't know"),
    ("ws_not_applicable", "Niet van toepassing", "Not applicable"),
    ("ws_notes", "Notities bij dit thema", "Notes on this theme"),
    ("ws_actions", "Actiepunten", "Action points"),
    (
        "ws_rationale",
        "Waarom kozen jullie dit?",
        "Why did you choose this?",
    ),
    // the officer's overview
    (
        "ov_title",
        "Overzicht van de netwerken",
        "Overview of the networks",
    ),
    (
        "ov_kicker",
        "Reflecties van identiteitsnetwerken",
        "Reflections of identity networks",
    ),
    ("ov_network_one", "netwerk", "network"),
    ("ov_networks", "netwerken", "networks"),
    ("ov_file_one", "bestand gelezen", "file read"),
    ("ov_files", "bestanden gelezen", "files read"),
    ("ov_networks_label", "Netwerken", "Networks"),
    ("ov_files_label", "Bestanden", "Files"),
    ("ov_years", "Bestuursjaren", "Board years"),
    (
        "ov_duplicates",
        "Twee bestanden voor één netwerk en jaar",
        "Two files for one network and year",
    ),
    (
        "ov_unknown_q_label",
        "Met een onbekende vragenlijst",
        "With an unknown questionnaire",
    ),
    (
        "ov_unreadable_label",
        "Bestanden die niet te lezen waren",
        "Files that could not be read",
    ),
    (
        "ov_read_only",
        "Alleen gelezen: de Reflectietool heeft in deze bestanden en mappen niets veranderd. Privénotities zitten nooit in dit overzicht.",
        "Read only: the Reflectietool changed nothing in these files and folders. Private notes are never in this overview.",
    ),
    (
        "ov_table",
        "Per netwerk en bestuursjaar",
        "Per network and board year",
    ),
    (
        "ov_table_explain",
        "Per thema het gemiddelde niveau van de stellingen zoals het bestuur ze samen beantwoordde, als woord; de kleur herhaalt het woord. ↑ of ↓: het thema staat hoger of lager dan in het vorige bestuursjaar van hetzelfde netwerk. Compleet: het deel van de vragen dat beantwoord of overgeslagen is. Sinds vorig jaar: de gemiddelde verandering over de thema's, in niveaus.",
        "Per theme the average level of the statements as the board answered them together, as a word; the colour repeats the word. ↑ or ↓: the theme is higher or lower than in the same network's previous board year. Complete: the share of the questions answered or skipped. Since last year: the average change over the themes, in levels.",
    ),
    ("ov_kind", "Soort", "Kind"),
    ("ov_complete", "Compleet", "Complete"),
    ("ov_change", "Sinds vorig jaar", "Since last year"),
    ("ov_levels", "Niveaus", "Levels"),
    (
        "ov_average",
        "Het gemiddelde netwerk",
        "The average network",
    ),
    (
        "ov_average_explain",
        "Per thema het gemiddelde over de nieuwste reflectie van elk netwerk: een netwerk telt één keer, met zijn laatste bestuursjaar. Hoe verder naar buiten, hoe beter het gaat.",
        "Per theme the mean over the newest reflection of each network: a network counts once, with its latest board year. The further out, the better it goes.",
    ),
    (
        "ov_average_sparse",
        "minder dan de helft van de netwerken heeft hier een niveau (open punt in de grafiek)",
        "fewer than half of the networks have a level here (hollow point in the chart)",
    ),
    ("ov_asks", "Wat netwerken vragen", "What networks ask"),
    (
        "ov_asks_explain",
        "Van elk netwerk telt de nieuwste reflectie. Per keuze het aantal netwerken dat haar koos; daaronder hun eigen woorden, met de naam van het netwerk.",
        "The newest reflection of each network counts. Per option the number of networks that chose it; below, their own words, with the network's name.",
    ),
    (
        "ov_asks_none",
        "De vragenlijsten van deze reflecties hebben geen vragen over wat een netwerk vraagt.",
        "The questionnaires of these reflections have no questions about what a network asks.",
    ),
    ("ov_own_words", "In hun eigen woorden", "In their own words"),
    ("ov_per_network", "Per netwerk", "Per network"),
    (
        "ov_per_network_explain",
        "Van elk netwerk de nieuwste reflectie, kort beschreven vanuit de antwoorden van het bestuur.",
        "The newest reflection of each network, briefly described from the board's answers.",
    ),
    (
        "ov_none",
        "Er zijn geen reflecties om te tonen.",
        "There are no reflections to show.",
    ),
    // the feedback letter
    ("fb_title", "Terugkoppeling", "Feedback"),
    ("fb_to", "Aan het bestuur van", "To the board of"),
    (
        "fb_intro",
        "Dit is de terugkoppeling van de diversiteitscoördinator op jullie reflectie. Naast elke opmerking staat hoe jullie het thema zelf zagen.",
        "This is the diversity officer's feedback on your reflection. Beside each remark is how you saw the theme yourselves.",
    ),
    ("fb_general", "In het algemeen", "In general"),
    (
        "fb_general_none",
        "Geen algemene terugkoppeling.",
        "No general feedback.",
    ),
    ("fb_themes", "Per thema", "Per theme"),
    ("fb_board_view", "Hoe jullie het zagen", "How you saw it"),
    ("fb_feedback", "Terugkoppeling", "Feedback"),
    (
        "fb_theme_none",
        "Geen terugkoppeling bij dit thema.",
        "No feedback on this theme.",
    ),
    ("fb_no_statements", "geen stellingen", "no statements"),
    (
        "fb_statements_answered",
        "stellingen met een niveau",
        "statements with a level",
    ),
    ("fb_summary", "Jullie reflectie", "Your reflection"),
    (
        "fb_actions_not_shared",
        "Jullie hebben de actiepunten niet gedeeld.",
        "You did not share your action points.",
    ),
    (
        "fb_unknown_q",
        "De vragenlijst van jullie reflectie is onbekend; daarom staat hier alleen de terugkoppeling.",
        "The questionnaire of your reflection is unknown; so only the feedback is here.",
    ),
    (
        "fb_from",
        "De diversiteitscoördinator",
        "The diversity officer",
    ),
];

/// Returns the report words in one language, by key.
pub fn words(lang: Lang) -> Words {
    WORDS
        .iter()
        .chain(crate::report::year_words::YEAR_WORDS)
        .map(|(k, nl, en)| (*k, lang.pick(nl, en)))
        .collect()
}

/// Returns every key of the report words, for tests.
pub fn word_keys() -> Vec<&'static str> {
    WORDS
        .iter()
        .chain(crate::report::year_words::YEAR_WORDS)
        .map(|(k, _, _)| *k)
        .collect()
}

/// Formats a date as `24 november 2026` or `24 November 2026`.
pub fn long_date(date: jiff::civil::Date, lang: Lang) -> String {
    crate::lang::date_words(
        i32::from(date.year()),
        date.month() as u32,
        date.day() as u32,
        lang,
    )
}

/// Formats a number with one decimal, with a decimal comma in Dutch.
pub fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Formats a whole number with a thousands separator: `7.340.032` in
/// Dutch, `7,340,032` in English.
pub fn whole(n: usize, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Returns one word in one language straight from the table, without
/// building the whole map; an empty text for a key the table does not have.
pub fn word_in(key: &str, lang: Lang) -> &'static str {
    WORDS
        .iter()
        .chain(crate::report::year_words::YEAR_WORDS)
        .find(|(k, _, _)| *k == key)
        .map_or("", |(_, nl, en)| lang.pick(nl, en))
}

/// Returns one word in one language, or an empty text for a key that the
/// table does not have.
pub fn word(words: &Words, key: &str) -> String {
    words.get(key).copied().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_exists_once_in_both_languages() {
        let keys = word_keys();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "a key is in the table twice");
        for lang in [Lang::Nl, Lang::En] {
            let w = words(lang);
            for k in &keys {
                assert!(!w[k].trim().is_empty(), "{k} is empty in {}", lang.code());
            }
        }
        assert_eq!(words(Lang::Nl)["unreadable"], "onleesbare waarde");
        assert_eq!(words(Lang::En)["unreadable"], "unreadable value");
    }

    #[test]
    fn the_markers_are_named_as_in_the_window() {
        use crate::model::position::Marker;
        for lang in [Lang::Nl, Lang::En] {
            let w = words(lang);
            assert_eq!(w["now"], Marker::Now.name(lang));
            assert_eq!(w["goal"], Marker::Goal.name(lang));
        }
    }

    #[test]
    fn numbers_and_dates_read_as_each_language_writes_them() {
        assert_eq!(whole(7_340_032, Lang::Nl), "7.340.032");
        assert_eq!(whole(7_340_032, Lang::En), "7,340,032");
        assert_eq!(whole(100_000, Lang::Nl), "100.000");
        assert_eq!(whole(999, Lang::En), "999");
        assert_eq!(whole(0, Lang::Nl), "0");
        assert_eq!(decimal(2.44, Lang::Nl), "2,4");
        assert_eq!(decimal(2.26, Lang::En), "2.3");
        let d = jiff::civil::date(2026, 3, 7);
        assert_eq!(long_date(d, Lang::Nl), "7 maart 2026");
        assert_eq!(long_date(d, Lang::En), "7 March 2026");
    }
}
