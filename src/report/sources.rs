//! The closing page of the self-assessment: how the method works, and the
//! research that the questionnaire's theme introductions cite, found in
//! their text as `(Author, 2023)`.

use serde::Serialize;

use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;

/// A source cited in the theme introductions.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// "Slootman e.a. (2023)".
    pub cite: String,
    /// What the source is about, if known.
    pub about: String,
    /// The titles of the themes that cite it.
    pub themes: Vec<String>,
}

/// Returns the closing page: how the method works, in a few paragraphs. The first
/// paragraph and the scale's words describe the built-in questionnaire; for
/// another questionnaire they name that one instead.
pub fn method(q: &Questionnaire, lang: Lang) -> Vec<String> {
    let nl = [
        "De Reflectietool helpt het bestuur van een identiteitsnetwerk om samen stil te staan bij vier vragen: wat betekent het netwerk voor zijn leden, wat doen we en waarom, wie doen er mee (en wie niet), en hoe staan we tegenover de instellingen om ons heen. Het doel is het gesprek, niet een cijfer.",
        "Het bestuur werkt de thema’s samen door. Soms vult eerst elk bestuurslid de stellingen apart in; daarna bespreekt het bestuur waar de antwoorden verschillen en spreekt het één antwoord af. Dat afgesproken antwoord staat in deze zelfevaluatie, met de reden en, als iemand het er niet mee eens was, een notitie daarover.",
        "Stellingen krijgen een niveau op een beschreven schaal, van ‘nog niet’ tot ‘helemaal’. De grafiek op de samenvatting toont per thema het gemiddelde van die niveaus. ‘Weet niet’ en ‘niet van toepassing’ tellen daarin niet mee. De sterke punten en aandachtspunten zijn de stellingen met het hoogste en het laagste niveau. Bij de positievragen geeft het bestuur aan waar het netwerk nu staat tussen twee polen, en waar het heen wil.",
        "Dit is een zelfevaluatie: het beeld dat het bestuur nu van het netwerk heeft. Het is geen meting en geen oordeel van buitenaf. Het volgende bestuur kan hier verder mee: kijk volgend jaar wat er van de actiepunten is geworden en wat er is veranderd.",
    ];
    let en = [
        "The Reflection tool helps the board of an identity network to reflect together on four questions: what does the network mean for its members, what do we do and why, who takes part (and who does not), and how do we stand towards the institutions around us. The aim is the conversation, not a score.",
        "The board works through the themes together. Sometimes each board member first scores the statements on their own; the board then discusses where the answers differ and agrees on one answer. That agreed answer is what this self-assessment shows, with the reason and, if someone disagreed, a note about that.",
        "Statements get a level on a described scale, from ‘not yet’ to ‘fully’. The chart in the summary shows the average of those levels per theme. ‘Don't know’ and ‘not applicable’ do not count. The strengths and points of attention are the statements with the highest and the lowest levels. In the position questions the board marks where the network stands now between two poles, and where it wants to be.",
        "This is a self-assessment: the picture the board has of the network today. It is not a measurement and not an outside judgement. The next board can build on it: next year, look at what became of the action points and what has changed.",
    ];
    let mut paragraphs: Vec<String> = match lang {
        Lang::Nl => nl.iter().map(|s| (*s).to_owned()).collect(),
        Lang::En => en.iter().map(|s| (*s).to_owned()).collect(),
    };
    if q.id == crate::model::questionnaire::BUILTIN_ID && !q.version.starts_with("1.") {
        // version 2.0 and later: the scale of evidence, the uncomfortable
        // statements, "how do you know?", the member poll, kinds of network
        paragraphs[2] = lang
            .pick(
                "Stellingen krijgen een niveau op een beschreven schaal, van ‘nog niet’ tot ‘vast onderdeel’. Elk niveau zegt wat je dan ziet en wat je kunt laten zien: geen voorbeeld, één of twee, meerdere van dit jaar, of iets dat geregeld is. Bij elke stelling schrijft het bestuur op hoe het dat weet. Een paar stellingen beschrijven iets dat je liever niet ziet; daar is ‘herkennen we niet’ het hoogste niveau. De grafiek op de samenvatting toont per thema het gemiddelde van de niveaus. ‘Weet niet’ en ‘niet van toepassing’ tellen niet mee. Bij de positievragen geeft het bestuur aan waar het netwerk nu staat tussen twee polen, en waar het heen wil.",
                "Statements get a level on a described scale, from ‘not yet’ to ‘built in’. Each level says what you would see and what you can show: no example, one or two, several from this year, or something that is arranged. For each statement the board writes down how it knows. A few statements describe something you would rather not see; there ‘not familiar’ is the highest level. The chart in the summary shows the average level per theme. ‘Don't know’ and ‘not applicable’ do not count. In the position questions the board marks where the network stands now between two poles, and where it wants to be.",
            )
            .to_owned();
        paragraphs.insert(
            3,
            lang.pick(
                "Een netwerk ziet alleen de vragen die bij zijn soort passen: een medewerkersnetwerk leest ‘collega’s’ en ‘organisatie’ waar een studentenvereniging ‘leden’ en ‘instelling’ leest. Wat voor dit soort netwerk is weggelaten, staat op de voorkant. Heeft het bestuur een ledenpeiling gehouden, dan staan de antwoorden van leden naast het oordeel van het bestuur.",
                "A network sees only the questions that fit its kind: an employee network reads ‘colleagues’ and ‘organisation’ where a student association reads ‘members’ and ‘institution’. What was left out for this kind of network is named on the cover. If the board held a member poll, the members' answers stand beside the board's own score.",
            )
            .to_owned(),
        );
    }
    if q.id != crate::model::questionnaire::BUILTIN_ID {
        let title = q.title.get(lang);
        let version = &q.version;
        paragraphs[0] = match lang {
            Lang::Nl => format!(
                "Deze zelfevaluatie volgt de vragenlijst ‘{title}’ (versie {version}). Het bestuur van het netwerk heeft de vragen samen doorgenomen. Het doel is het gesprek, niet een cijfer."
            ),
            Lang::En => format!(
                "This self-assessment follows the questionnaire ‘{title}’ (version {version}). The board of the network went through the questions together. The aim is the conversation, not a score."
            ),
        };
        paragraphs[2] = paragraphs[2]
            .replace(", van ‘nog niet’ tot ‘helemaal’", "")
            .replace(", from ‘not yet’ to ‘fully’", "");
    }
    paragraphs
}

/// What the sources of the built-in questionnaire are about, by the first
/// author's name and the year: `(name, year, Dutch, English)`. These are
/// the only sources the built-in questionnaires may cite (a test checks it);
/// questionnaires/README.md lists them in full.
pub const KNOWN_SOURCES: &[(&str, &str, &str, &str)] = &[
    (
        "Slootman",
        "2023",
        "Onderzoek naar identiteitsnetwerken, zoals studentenverenigingen, vrouwen-, Pride- en medewerkersnetwerken: wat ze hun leden geven (erbij horen, contacten, kennis van de ongeschreven regels, ruimte om te oefenen), welke activiteiten ze organiseren, hoe divers ze van binnen zijn en hoe ze zich verhouden tot instellingen.",
        "Research on identity networks such as student associations and women's, Pride and employee networks: what they give their members (belonging, contacts, knowledge of the unwritten rules, room to practise), what activities they organise, how diverse they are inside and how they relate to institutions.",
    ),
    (
        "Azghari",
        "2022",
        "Actieonderzoek onder mbo- en hbo-studenten naar studentsucces: familie, een persoonlijke bondgenoot en sociale veiligheid op school blijken belangrijk, met ‘delen, ontmoeten en verbinden’ als handelingskader.",
        "Action research among mbo and hbo students on student success: family, a personal ally and social safety at school turn out to matter, with ‘sharing, meeting and connecting’ as a frame for action.",
    ),
    (
        "Janssen",
        "2022",
        "Een hoofdstuk over deelname en migratiegerelateerde diversiteit: drempels van geld, tijd, kennis, informatie en sociale aard, en rollen die groepen kunnen hebben tegenover instellingen, zoals kritische vriend, co-creator en meemaker.",
        "A chapter on participation and migration-related diversity: barriers of money, time, knowledge, information and a social kind, and roles that groups can take towards institutions, such as critical friend, co-designer and partner in action.",
    ),
    (
        "Van Ostaijen",
        "2022",
        "Een hoofdstuk over eerstegeneratiestudenten en ‘klassenmigratie’: leven tussen de wereld van thuis en die van de opleiding.",
        "A chapter on first-generation students and ‘class migration’: living between the world of home and that of education.",
    ),
    (
        "Hilhorst",
        "2022",
        "Een hoofdstuk over maatschappelijke organisaties rond migratie en de posities die ze kiezen tegenover de overheid, van openlijk confronterend tot binnenskamers.",
        "A chapter on civil-society organisations around migration and the positions they take towards government, from openly confrontational to behind closed doors.",
    ),
    (
        "Mars",
        "z.j.",
        "Een verslag van de Refugee Academy (Vrije Universiteit Amsterdam) over masterclasses in 2019 met vluchtelingeninitiatieven in Amsterdam: hun werk vult dat van instellingen aan en vervangt het niet.",
        "A report by the Refugee Academy (Vrije Universiteit Amsterdam) on masterclasses held in 2019 with refugee initiatives in Amsterdam: their work adds to that of institutions and does not replace it.",
    ),
    (
        "Kleinhans",
        "2022",
        "Een hoofdstuk over diversiteit in de stad, waar groepen strijden om schaarse voorzieningen zoals woningen en onderwijs.",
        "A chapter on diversity in the city, where groups compete for scarce resources such as housing and education.",
    ),
    (
        "Ranshuysen",
        "2005",
        "Onderzoek naar cultuurdeelname dat vijf soorten drempels noemt: geld, tijd, kennis, informatie en sociale drempels (besproken door Janssen & Verboord, 2022).",
        "Research on cultural participation that names five kinds of barrier: money, time, knowledge, information and social barriers (discussed by Janssen & Verboord, 2022).",
    ),
    (
        "Bruno",
        "2025",
        "Een masterscriptie over informele netwerken en medewerkersnetwerken bij de gemeente Amsterdam: zonder mandaat, middelen en een sponsor uit het topmanagement hadden ze weinig invloed, en cijfers alleen zeiden weinig.",
        "A master's thesis on informal networks and employee networks at the municipality of Amsterdam: without a mandate, means and a sponsor from top management they had little influence, and numbers alone said little.",
    ),
];

/// How a source without a year is cited, in Dutch and in English.
pub const NO_YEAR: [&str; 2] = ["z.j.", "n.d."];

/// Tells whether two cited years are the same ("z.j." and "n.d." are).
fn same_year(a: &str, b: &str) -> bool {
    a == b || (NO_YEAR.contains(&a) && NO_YEAR.contains(&b))
}

/// A citation found in a text: the authors as written and the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The authors as written, such as "Slootman e.a." or "Janssen & Verboord".
    pub authors: String,
    /// The year, such as "2023".
    pub year: String,
}

/// Finds citations written as `(Author, 2023)`, `(Author e.a., 2023)` or
/// `(A & B, 2022; C, 2021)` in a text.
pub fn citations(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        for part in after[..close].split(';') {
            let part = part.trim();
            let Some((authors, year)) = part.rsplit_once(',') else {
                continue;
            };
            let authors = authors.trim();
            let year = year.trim();
            // a source without a year is cited "z.j." (Dutch) or "n.d."
            let year_ok = (year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()))
                || NO_YEAR.contains(&year);
            let authors_ok = authors.chars().next().is_some_and(char::is_uppercase)
                && authors.chars().count() <= 80
                && !authors.contains(',');
            if year_ok && authors_ok {
                out.push(Citation {
                    authors: authors.to_owned(),
                    year: year.to_owned(),
                });
            }
        }
        rest = &after[close + 1..];
    }
    out
}

/// Lists the sources cited in a questionnaire's introductions, in the order
/// they first appear, with what they are about and where they are cited.
pub fn sources(q: &Questionnaire, lang: Lang) -> Vec<SourceView> {
    let mut found: Vec<(Citation, Vec<String>)> = Vec::new();
    let mut add = |c: Citation, theme: &str| {
        let key = |c: &Citation| (first_author(&c.authors).to_lowercase(), c.year.clone());
        match found.iter_mut().find(|(f, _)| key(f) == key(&c)) {
            Some((_, themes)) => {
                if !theme.is_empty() && !themes.iter().any(|t| t == theme) {
                    themes.push(theme.to_owned());
                }
            }
            None => found.push((
                c,
                if theme.is_empty() {
                    vec![]
                } else {
                    vec![theme.to_owned()]
                },
            )),
        }
    };
    for c in citations(q.introduction.get(lang)) {
        add(c, "");
    }
    for t in &q.themes {
        for c in citations(t.introduction.get(lang)) {
            add(c, t.title.get(lang));
        }
    }
    found
        .into_iter()
        .map(|(c, themes)| {
            let first = first_author(&c.authors);
            let about = KNOWN_SOURCES
                .iter()
                .find(|(name, year, _, _)| {
                    name.eq_ignore_ascii_case(&first) && same_year(year, &c.year)
                })
                .map(|(_, _, nl, en)| lang.pick(nl, en).to_owned())
                .unwrap_or_default();
            SourceView {
                cite: format!("{} ({})", c.authors, c.year),
                about,
                themes,
            }
        })
        .collect()
}

/// Returns the first author's surname: the words before "e.a.", "et al." or "&".
fn first_author(authors: &str) -> String {
    let cut = [" e.a.", " et al.", " &", " en ", " and "]
        .iter()
        .filter_map(|m| authors.find(m))
        .min()
        .unwrap_or(authors.len());
    authors[..cut].trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_page_names_a_custom_questionnaire() {
        let builtin = Questionnaire::builtin_v1();
        let nl = method(&builtin, Lang::Nl);
        assert!(nl[0].contains("vier vragen"), "the built-in one: {}", nl[0]);
        assert!(nl[2].contains("van ‘nog niet’ tot ‘helemaal’"));

        let mut custom = builtin.clone();
        custom.id = "gemeente".into();
        custom.title = crate::model::questionnaire::Text::new(
            "Netwerkscan Gemeente",
            "Network scan Municipality",
        );
        custom.version = "2.1".into();
        for lang in [Lang::Nl, Lang::En] {
            let m = method(&custom, lang);
            assert!(
                m[0].contains(custom.title.get(lang)) && m[0].contains("2.1"),
                "{}",
                m[0]
            );
            assert!(!m[0].contains("vier vragen") && !m[0].contains("four questions"));
            assert!(
                !m[2].contains("nog niet") && !m[2].contains("not yet"),
                "{}",
                m[2]
            );
        }
    }

    #[test]
    fn the_method_page_of_2_0_describes_its_scale_kinds_and_poll() {
        let mut q = Questionnaire::builtin_v1();
        q.version = "2.0".into();
        for (lang, scale, kinds) in [
            (
                Lang::Nl,
                "van ‘nog niet’ tot ‘vast onderdeel’",
                "medewerkersnetwerk",
            ),
            (Lang::En, "from ‘not yet’ to ‘built in’", "employee network"),
        ] {
            let m = method(&q, lang);
            assert_eq!(m.len(), 5);
            assert!(m[2].contains(scale), "{}", m[2]);
            assert!(m[3].contains(kinds), "{}", m[3]);
        }
        assert_eq!(method(&Questionnaire::builtin_v1(), Lang::Nl).len(), 4);
    }

    #[test]
    fn finds_citations() {
        let c = citations(
            "Zo (Slootman e.a., 2023). En (Janssen & Verboord, 2022; Bruno, 2025) maar niet (lhbtiq+) of (VU).",
        );
        let got: Vec<(String, String)> = c.into_iter().map(|c| (c.authors, c.year)).collect();
        assert_eq!(
            got,
            vec![
                ("Slootman e.a.".to_owned(), "2023".to_owned()),
                ("Janssen & Verboord".to_owned(), "2022".to_owned()),
                ("Bruno".to_owned(), "2025".to_owned()),
            ]
        );
        let undated =
            citations("Zo (Mars & Ponzoni, z.j.) en (Mars & Ponzoni, n.d.), niet (Mars, z.).");
        let years: Vec<&str> = undated.iter().map(|c| c.year.as_str()).collect();
        assert_eq!(years, ["z.j.", "n.d."]);
        assert!(same_year("z.j.", "n.d.") && !same_year("z.j.", "2019"));
        assert_eq!(first_author("Van Ostaijen"), "Van Ostaijen");
        assert_eq!(first_author("Janssen & Verboord"), "Janssen");
        assert_eq!(first_author("Slootman et al."), "Slootman");
    }

    #[test]
    fn builtin_sources_are_all_described() {
        let q = Questionnaire::builtin_v1();
        for lang in [Lang::Nl, Lang::En] {
            let s = sources(&q, lang);
            assert!(s.len() >= 6, "{s:?}");
            for src in &s {
                assert!(!src.about.is_empty(), "no description for {}", src.cite);
            }
        }
    }
}
