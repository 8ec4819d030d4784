//! Example reflections: a fully answered one for benchmarks, tests and
//! trying the program out.

use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::reflection::{
    ActionPoint, ActionStatus, Answer, Decision, Entry, NetworkKind, NetworkProfile, OTHER,
    Reflection, Respondent, ScaleAnswer,
};

/// Returns a realistic piece of free text, a few sentences long.
pub fn text(seed: usize) -> String {
    format!(
        "Antwoord {seed}: we merken dat nieuwe leden vooral via vrienden binnenkomen; \
         de activiteiten trekken steeds dezelfde groep. Afspraak: in het voorjaar \
         vragen we na de borrel wie er voor het eerst was, en waarom (of waarom niet)."
    )
}

/// Returns an answer of the kind the question asks for, varied by `seed`.
pub fn answer_for(q: &Questionnaire, question: &Question, seed: usize) -> Answer {
    match &question.kind {
        QuestionKind::Open { .. } => Answer::Open(text(seed)),
        QuestionKind::Scale { scale, .. } => {
            let scale = q.scale(scale);
            let levels = scale.map_or(5, |s| s.levels.len()).max(1);
            match seed % 9 {
                7 if scale.is_some_and(|s| s.dont_know) => Answer::Scale(ScaleAnswer::DontKnow),
                8 if scale.is_some_and(|s| s.not_applicable) => {
                    Answer::Scale(ScaleAnswer::NotApplicable)
                }
                _ => Answer::Scale(ScaleAnswer::Level((seed % levels) as u8)),
            }
        }
        QuestionKind::Single { options, other } => {
            if options.is_empty() || (*other && seed % 4 == 0) {
                Answer::Single {
                    choice: OTHER.into(),
                    other: "iets anders, namelijk de studievereniging".into(),
                }
            } else {
                Answer::Single {
                    choice: options[seed % options.len()].id.clone(),
                    other: String::new(),
                }
            }
        }
        QuestionKind::Multiple { options, other } => {
            let mut choices: Vec<String> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + seed) % 2 == 0)
                .map(|(_, o)| o.id.clone())
                .collect();
            let mut other_text = String::new();
            if *other && seed % 3 == 0 {
                choices.push(OTHER.into());
                other_text = "en de alumnivereniging".into();
            }
            Answer::Multiple {
                choices,
                other: other_text,
            }
        }
        QuestionKind::Position { .. } => Answer::Position {
            now: Some((seed % 11) as f32 / 10.0),
            desired: Some(((seed + 4) % 11) as f32 / 10.0),
        },
    }
}

/// Builds a reflection with every question answered by each of
/// `respondents` people and agreed by the board, with notes for every theme
/// and ten action points.
pub fn full_reflection(q: &Questionnaire, id: &str, respondents: usize) -> Reflection {
    let mut r = Reflection::new(
        NetworkProfile {
            name: "Studentenvereniging Ünal & Łukasz".into(),
            kind: NetworkKind::StudentAssociation,
            institution: "Hogeschool Rotterdam".into(),
            city: "Rotterdam".into(),
            dimensions: vec!["migratieachtergrond".into(), "eerste generatie".into()],
            size: Some(240),
            board_year: "2026-2027".into(),
        },
        q,
    );
    r.id = id.to_owned();
    let questions: Vec<&Question> = q.questions().map(|(_, question)| question).collect();
    r.respondents = (0..respondents)
        .map(|p| Respondent {
            id: format!("r{p}"),
            label: format!("Bestuurslid {}", p + 1),
            answers: questions
                .iter()
                .enumerate()
                .map(|(i, question)| {
                    let entry = Entry {
                        answer: Some(answer_for(q, question, i * 7 + p)),
                        ..Entry::default()
                    };
                    (question.id.clone(), entry)
                })
                .collect(),
        })
        .collect();
    r.agreed = questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let entry = Entry {
                answer: Some(answer_for(q, question, i * 7)),
                discuss_later: i % 5 == 0,
                skipped: false,
                rationale: if i % 2 == 0 { text(i) } else { String::new() },
                dissent: if i % 6 == 0 {
                    "De penningmeester ziet het anders.".into()
                } else {
                    String::new()
                },
                decided: Some(Decision::ALL[i % Decision::ALL.len()]),
                evidence: String::new(),
            };
            (question.id.clone(), entry)
        })
        .collect();
    r.notes = q
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), text(1000 + i)))
        .collect();
    r.actions = (0..10)
        .map(|i| ActionPoint {
            id: format!("a{i}"),
            theme: q
                .themes
                .get(i % q.themes.len().max(1))
                .map(|t| t.id.clone()),
            what: text(2000 + i),
            who: "Voorzitter".into(),
            due: "voor de ALV in maart".into(),
            status: ActionStatus::ALL[i % ActionStatus::ALL.len()],
            outcome: None,
            origin: None,
        })
        .collect();
    r.private_notes = q
        .themes
        .iter()
        .take(2)
        .map(|t| (t.id.clone(), format!("PRIVATE-NOTE {}", t.id)))
        .collect();
    r
}

/// The names, kinds and institutions that [`network_year`] draws from.
const NETWORKS: [(&str, NetworkKind, &str); 8] = [
    (
        "Studentenvereniging Ünal & Łukasz",
        NetworkKind::StudentAssociation,
        "Hogeschool Rotterdam",
    ),
    (
        "Vrouwennetwerk Aletta",
        NetworkKind::Women,
        "Gemeente Utrecht",
    ),
    ("Pride Erasmus", NetworkKind::Pride, "Erasmus Universiteit"),
    (
        "Netwerk Zonder Drempels",
        NetworkKind::Disability,
        "Hogeschool Rotterdam",
    ),
    (
        "Kleurrijk Personeel",
        NetworkKind::Employee,
        "Gemeente Utrecht",
    ),
    (
        "Eerste in de Familie",
        NetworkKind::FirstGeneration,
        "Erasmus Universiteit",
    ),
    (
        "Şahin Studenten",
        NetworkKind::StudentAssociation,
        "Hogeschool Inholland",
    ),
    ("Queer & Kleur", NetworkKind::Pride, "Hogeschool Inholland"),
];

/// Builds the reflection of network number `network` in the board year that
/// starts in `year` (such as 2025 for "2025-2026"): a stable network id,
/// answers varied by network and year (every third question left open),
/// `respondents` members who scored (shared with the officer by their
/// labels), three action points and a private note. Numbers beyond the eight built-in names get a numbered name.
pub fn network_year(
    q: &Questionnaire,
    network: usize,
    year: i32,
    respondents: usize,
) -> Reflection {
    let (name, kind, institution) = NETWORKS[network % NETWORKS.len()];
    let name = if network < NETWORKS.len() {
        name.to_owned()
    } else {
        format!("{name} {}", network / NETWORKS.len() + 1)
    };
    let board_year = format!("{year}-{}", year + 1);
    let mut r = Reflection::new(
        NetworkProfile {
            name: name.clone(),
            kind,
            institution: institution.into(),
            city: "Rotterdam".into(),
            dimensions: Vec::new(),
            size: Some(30 + (network as u32 * 17) % 200),
            board_year: board_year.clone(),
        },
        q,
    );
    r.id = format!("netwerk-{network}-{year}");
    r.network_id = format!("netwerk-{network}");
    r.sharing.members = crate::model::reflection::MemberSharing::ByLabel;
    let seed = network * 31 + (year.rem_euclid(100) as usize) * 5;
    let questions: Vec<&Question> = q.questions().map(|(_, question)| question).collect();
    r.agreed = questions
        .iter()
        .enumerate()
        .filter(|(i, _)| (i + seed) % 3 != 0)
        .map(|(i, question)| {
            let entry = Entry {
                answer: Some(answer_for(q, question, i * 3 + seed)),
                rationale: if i % 4 == 0 {
                    format!("Reden {i}")
                } else {
                    String::new()
                },
                ..Entry::default()
            };
            (question.id.clone(), entry)
        })
        .collect();
    r.respondents = (0..respondents)
        .map(|p| Respondent {
            id: format!("m{p}"),
            label: format!("Bestuurslid {}", p + 1),
            answers: questions
                .iter()
                .enumerate()
                .map(|(i, question)| {
                    let entry = Entry {
                        answer: Some(answer_for(q, question, i * 3 + seed + p * 2)),
                        ..Entry::default()
                    };
                    (question.id.clone(), entry)
                })
                .collect(),
        })
        .collect();
    r.notes = q
        .themes
        .iter()
        .take(2)
        .map(|t| (t.id.clone(), format!("Notitie van {name} over {}", t.id)))
        .collect();
    r.private_notes = q
        .themes
        .iter()
        .take(1)
        .map(|t| (t.id.clone(), format!("PRIVATE-NOTE {name} {board_year}")))
        .collect();
    r.actions = (0..3)
        .map(|i| ActionPoint {
            id: format!("a{i}"),
            theme: q
                .themes
                .get(i % q.themes.len().max(1))
                .map(|t| t.id.clone()),
            what: format!("Actie {} van {name}", i + 1),
            who: "Voorzitter".into(),
            due: "voor de ALV".into(),
            status: ActionStatus::ALL[i % ActionStatus::ALL.len()],
            outcome: None,
            origin: None,
        })
        .collect();
    r
}
