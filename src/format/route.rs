//! Reading and validating session routes: every problem in a route file is
//! reported together, each with its line, column and what to change, as
//! for a questionnaire. A route is checked against the questionnaire it
//! belongs to: its themes and questions must be there.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::format::problem::{Listing, Problem, format_problems, not_utf8};
use crate::format::scan::{Locations, Pos};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::{BUILTIN_ROUTES, Route};

/// The longest a block may be planned, in minutes (a whole day).
pub const BLOCK_MINUTES: u32 = 480;

/// Why a route could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RouteError {
    /// The file could not be read from disk.
    #[error("{}: cannot read the route: {}; check that it exists and that you may read it", path.display(), crate::format::plain::io_reason(source, Lang::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The file was read but has one or more problems.
    #[error("{}", Listing(file, problems))]
    Invalid {
        /// The file, as it should be named in messages.
        file: String,
        /// Every problem found, in the order of the file.
        problems: Vec<Problem>,
    },
}

impl RouteError {
    /// Describes the error in the given language, one problem per line.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            RouteError::Read { path, source } => match lang {
                Lang::Nl => format!(
                    "{}: de route is niet te openen: {}; controleer of het bestand bestaat en of jullie het mogen lezen",
                    path.display(),
                    crate::format::plain::io_reason(source, Lang::Nl)
                ),
                Lang::En => self.to_string(),
            },
            RouteError::Invalid { file, problems } => format_problems(file, problems, lang),
        }
    }

    /// Returns the problems found in the file (none for a read error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            RouteError::Read { .. } => &[],
            RouteError::Invalid { problems, .. } => problems,
        }
    }
}

/// Reads, parses and validates a route file against its questionnaire.
pub fn load_route(path: &Path, q: &Questionnaire) -> Result<Route, RouteError> {
    let bytes = std::fs::read(path).map_err(|source| RouteError::Read {
        path: path.to_owned(),
        source,
    })?;
    let file = path.display().to_string();
    let source = std::str::from_utf8(&bytes).map_err(|e| RouteError::Invalid {
        file: file.clone(),
        problems: vec![not_utf8(&bytes, &e)],
    })?;
    parse_route(source, &file, q)
}

/// Returns the id of the questionnaire a route's text names, read
/// leniently (without validating the rest), or none when it names none.
pub fn named_questionnaire(source: &str) -> Option<String> {
    named_head(source).map(|(id, _)| id)
}

/// Returns the id and the version (empty when it names none) of the
/// questionnaire a route's text names, read leniently like
/// [`named_questionnaire`].
pub fn named_head(source: &str) -> Option<(String, String)> {
    #[derive(serde::Deserialize)]
    struct Head {
        questionnaire: String,
        #[serde(default)]
        version: String,
    }
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    ron::from_str::<ron::Value>(source)
        .ok()?
        .into_rust::<Head>()
        .ok()
        .map(|h| (h.questionnaire, h.version))
}

/// Parses and validates a route; `file` names it in messages.
pub fn parse_route(source: &str, file: &str, q: &Questionnaire) -> Result<Route, RouteError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let route: Route = ron::from_str(source).map_err(|e| RouteError::Invalid {
        file: file.to_owned(),
        problems: vec![Problem::from_ron_in(&e, source)],
    })?;
    let problems = validate_route(&route, source, q);
    if problems.is_empty() {
        Ok(route)
    } else {
        Err(RouteError::Invalid {
            file: file.to_owned(),
            problems,
        })
    }
}

/// Checks a parsed route against its questionnaire; `source` is its text,
/// for positions.
pub fn validate_route(route: &Route, source: &str, q: &Questionnaire) -> Vec<Problem> {
    let loc = Locations::scan(source);
    let mut problems = Vec::new();
    let mut push = |pos: Pos, nl: String, en: String| problems.push(Problem::new(pos, nl, en));
    let id_ok = |id: &str| {
        !id.trim().is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    if !id_ok(&route.id) {
        push(
            loc.find("id"),
            format!(
                "de route heeft id \"{}\"; geef een korte id van letters, cijfers, '-', '_' of '.', zoals \"bestuursavond\"",
                route.id
            ),
            format!(
                "the route has id \"{}\"; give it a short id of letters, digits, '-', '_' or '.', such as \"board-evening\"",
                route.id
            ),
        );
    }
    if route.questionnaire != q.id {
        push(
            loc.find("questionnaire"),
            format!(
                "de route hoort bij vragenlijst \"{}\", maar wordt gelezen bij \"{}\"; zet questionnaire: \"{}\" of leg de route bij haar eigen vragenlijst",
                route.questionnaire, q.id, q.id
            ),
            format!(
                "the route belongs to questionnaire \"{}\" but is read with \"{}\"; set questionnaire: \"{}\" or put the route beside its own questionnaire",
                route.questionnaire, q.id, q.id
            ),
        );
    }
    if route.questionnaire == q.id && !route.version.is_empty() && route.version != q.version {
        push(
            loc.find("version"),
            format!(
                "de route is gemaakt voor versie {} van vragenlijst \"{}\", maar wordt gelezen bij versie {}; zet version: \"{}\" als de route ook bij deze versie past, of laat version weg",
                route.version, q.id, q.version, q.version
            ),
            format!(
                "the route was made for version {} of questionnaire \"{}\" but is read with version {}; set version: \"{}\" if the route fits this version too, or leave version out",
                route.version, q.id, q.version, q.version
            ),
        );
    }
    for (lang_path, text, nl_name, en_name) in [
        ("title.nl", &route.title.nl, "Nederlandse", "Dutch"),
        ("title.en", &route.title.en, "Engelse", "English"),
    ] {
        if text.trim().is_empty() {
            push(
                loc.find(lang_path),
                format!("de route heeft geen {nl_name} titel; vul {lang_path}: \"...\" in"),
                format!("the route has no {en_name} title; fill in {lang_path}: \"...\""),
            );
        }
    }
    if route.blocks.is_empty() {
        push(
            loc.find("blocks"),
            "de route heeft geen blokken; voeg er minstens één toe: Block(theme: \"...\", minutes: 20)".to_owned(),
            "the route has no blocks; add at least one: Block(theme: \"...\", minutes: 20)".to_owned(),
        );
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (b, block) in route.blocks.iter().enumerate() {
        let path = format!("blocks[{b}]");
        let Some(theme) = q.themes.iter().find(|t| t.id == block.theme) else {
            let ids = q
                .themes
                .iter()
                .map(|t| format!("\"{}\"", t.id))
                .collect::<Vec<_>>()
                .join(", ");
            push(
                loc.find(&format!("{path}.theme")),
                format!(
                    "blok {} noemt thema \"{}\", maar dat staat niet in de vragenlijst; kies een van {ids}",
                    b + 1,
                    block.theme
                ),
                format!(
                    "block {} names theme \"{}\", which the questionnaire does not have; choose one of {ids}",
                    b + 1,
                    block.theme
                ),
            );
            continue;
        };
        if block.minutes == 0 || block.minutes > BLOCK_MINUTES {
            push(
                loc.find(&format!("{path}.minutes")),
                format!(
                    "blok {} duurt {} minuten; plan tussen 1 en {BLOCK_MINUTES} minuten",
                    b + 1,
                    block.minutes
                ),
                format!(
                    "block {} lasts {} minutes; plan between 1 and {BLOCK_MINUTES} minutes",
                    b + 1,
                    block.minutes
                ),
            );
        }
        let ids: Vec<&str> = if block.questions.is_empty() {
            theme.questions.iter().map(|x| x.id.as_str()).collect()
        } else {
            block.questions.iter().map(String::as_str).collect()
        };
        for (i, id) in ids.iter().enumerate() {
            let at = if block.questions.is_empty() {
                loc.find(&format!("{path}.theme"))
            } else {
                loc.find(&format!("{path}.questions[{i}]"))
            };
            if !theme.questions.iter().any(|x| x.id == *id) {
                let elsewhere = q
                    .questions()
                    .find(|(_, x)| x.id == *id)
                    .map(|(t, _)| t.id.clone());
                match elsewhere {
                    Some(other) => push(
                        at,
                        format!(
                            "vraag \"{id}\" hoort bij thema \"{other}\", niet bij \"{}\"; zet haar in een blok van \"{other}\"",
                            theme.id
                        ),
                        format!(
                            "question \"{id}\" belongs to theme \"{other}\", not \"{}\"; put it in a block of \"{other}\"",
                            theme.id
                        ),
                    ),
                    None => push(
                        at,
                        format!(
                            "vraag \"{id}\" staat niet in de vragenlijst; gebruik de id van een bestaande vraag van thema \"{}\"",
                            theme.id
                        ),
                        format!(
                            "the questionnaire has no question \"{id}\"; use the id of a question of theme \"{}\"",
                            theme.id
                        ),
                    ),
                }
                continue;
            }
            if let Some(first) = seen.insert(id, b) {
                push(
                    at,
                    format!(
                        "vraag \"{id}\" staat al in blok {}; een vraag komt één keer in een route",
                        first + 1
                    ),
                    format!(
                        "question \"{id}\" is already in block {}; a question comes once in a route",
                        first + 1
                    ),
                );
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.column));
    problems
}

/// Returns the routes that come with the program for this questionnaire,
/// read and validated (a built-in route that does not fit is left out; a
/// test checks that each fits the built-in questionnaire).
pub fn builtin_routes(q: &Questionnaire) -> Vec<Route> {
    BUILTIN_ROUTES
        .iter()
        .filter_map(|(name, source)| parse_route(source, name, q).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_routes_fit_the_builtin_questionnaire() {
        for q in [Questionnaire::builtin_v1(), Questionnaire::builtin()] {
            // every built-in route fits the version it names, and only that one
            let mut fitting = 0;
            for (name, source) in BUILTIN_ROUTES {
                let (_, version) = named_head(source).unwrap();
                match parse_route(source, name, &q) {
                    Ok(_) => {
                        assert_eq!(version, q.version, "{name}");
                        fitting += 1;
                    }
                    Err(e) if version == q.version => {
                        panic!("{}", e.describe(crate::Lang::En))
                    }
                    Err(_) => {}
                }
            }
            assert_eq!(fitting, 2, "two routes for version {}", q.version);
            let routes = builtin_routes(&q);
            let evening = routes.iter().find(|r| r.id == "bestuursavond").unwrap();
            let count = evening.question_count(&q);
            assert!((22..=28).contains(&count), "about 25 questions: {count}");
            assert!(
                (140..=160).contains(&evening.minutes()),
                "about 2½ hours: {}",
                evening.minutes()
            );
            let workshop = routes.iter().find(|r| r.id == "workshop-90").unwrap();
            let count = workshop.question_count(&q);
            assert!((10..=14).contains(&count), "about 12 questions: {count}");
            assert_eq!(workshop.minutes(), 90);
            assert_eq!(
                workshop.question_ids(&q).first().map(String::as_str),
                Some("waarde.blij-balen"),
                "the workshop opens with what members enjoy and find disappointing"
            );
        }
    }

    fn problems_of(source: &str) -> Vec<String> {
        let q = Questionnaire::builtin_v1();
        match parse_route(source, "r.ron", &q) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems()
                .iter()
                .map(|p| format!("{}:{} {}", p.line, p.column, p.message.en))
                .collect(),
        }
    }

    #[test]
    fn every_problem_is_named_at_its_line_and_column() {
        let source = r#"Route(
    id: "proef",
    questionnaire: "reflectietool",
    title: (nl: "Proef", en: ""),
    blocks: [
        Block(theme: "waarde", minutes: 0, questions: ["waarde.erkenning", "missie.waarom"]),
        Block(theme: "bestaat-niet", minutes: 10),
        Block(theme: "waarde", minutes: 10, questions: ["waarde.erkenning", "geen.vraag"]),
    ],
)"#;
        let p = problems_of(source);
        assert_eq!(p.len(), 6, "{p:#?}");
        assert!(
            p[0].starts_with("4:") && p[0].contains("no English title"),
            "{p:#?}"
        );
        assert!(
            p[1].starts_with("6:") && p[1].contains("lasts 0 minutes"),
            "{p:#?}"
        );
        assert!(
            p[2].starts_with("6:") && p[2].contains("belongs to theme \"missie\""),
            "{p:#?}"
        );
        assert!(
            p[3].starts_with("7:") && p[3].contains("theme \"bestaat-niet\""),
            "{p:#?}"
        );
        assert!(
            p[4].starts_with("8:") && p[4].contains("already in block 1"),
            "{p:#?}"
        );
        assert!(
            p[5].starts_with("8:") && p[5].contains("no question \"geen.vraag\""),
            "{p:#?}"
        );
    }

    #[test]
    fn a_route_of_another_questionnaire_and_a_syntax_error_are_refused() {
        let other = r#"Route(id: "x", questionnaire: "ander", title: (nl: "X", en: "X"),
            blocks: [Block(theme: "waarde", minutes: 5)])"#;
        let p = problems_of(other);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("belongs to questionnaire \"ander\""), "{p:?}");
        let broken = "Route(\n  id: \"x\",\n  title: (nl: \"X\" en: \"X\"),\n)";
        let p = problems_of(broken);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("3:"), "{p:?}");
    }
}
