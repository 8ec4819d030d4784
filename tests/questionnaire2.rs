//! Questionnaire 2.0 (questionnaires/reflectietool-2.0.ron): plain
//! language, documented sources, both languages for every kind of network,
//! evidence hints, a scale that can be scored the same way twice, the
//! member poll, and one board evening.

use reflectietool::format::parse_questionnaire;
use reflectietool::lang::{Lang, Text};
use reflectietool::model::questionnaire::{Question, QuestionKind, Questionnaire};
use reflectietool::model::reflection::NetworkKind;
use reflectietool::report::sources::{KNOWN_SOURCES, NO_YEAR, citations};

const SOURCE: &str = include_str!("../questionnaires/reflectietool-2.0.ron");

fn q2() -> Questionnaire {
    parse_questionnaire(SOURCE, "questionnaires/reflectietool-2.0.ron")
        .unwrap_or_else(|e| panic!("{}", e.describe(Lang::En)))
}

/// Splits a text into sentences, leaving out what is in brackets (a
/// citation does not count towards a sentence's length).
fn sentences(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = plain.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends = matches!(c, '.' | '?' | '!');
        let next_is_space = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        // "e.a." and "z.j." inside brackets are gone; a full stop followed
        // by a space ends a sentence
        if ends && next_is_space {
            if !current.trim().is_empty() {
                out.push(current.trim().to_owned());
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn the_sentence_splitter_counts_outside_brackets() {
    let s =
        sentences("Een twee drie (Slootman e.a., 2023). Vier vijf? Zes (Mars & Ponzoni, z.j.).");
    assert_eq!(s, vec!["Een twee drie .", "Vier vijf?", "Zes ."]);
    assert_eq!(words(&s[0]), 3);
}

#[test]
fn theme_introductions_have_two_to_five_sentences_of_at_most_20_words() {
    let q = q2();
    for theme in &q.themes {
        for lang in [Lang::Nl, Lang::En] {
            let intro = theme.introduction.get(lang);
            let s = sentences(intro);
            assert!(
                (2..=5).contains(&s.len()),
                "{} ({lang:?}): {} sentences: {s:?}",
                theme.id,
                s.len()
            );
            for sentence in &s {
                assert!(
                    words(sentence) <= 20,
                    "{} ({lang:?}): {} words: {sentence}",
                    theme.id,
                    words(sentence)
                );
            }
        }
    }
}

#[test]
fn the_introduction_first_says_what_an_identity_network_is() {
    let q = q2();
    let nl = sentences(&q.introduction.nl);
    let en = sentences(&q.introduction.en);
    assert!(nl[0].starts_with("Een identiteitsnetwerk "), "{}", nl[0]);
    assert!(en[0].starts_with("An identity network "), "{}", en[0]);
    for s in nl.iter().chain(&en) {
        assert!(words(s) <= 20, "{s}");
    }
}

#[test]
fn every_dutch_and_english_sentence_a_board_reads_has_at_most_20_words() {
    let q = q2();
    let mut texts: Vec<&Text> = Vec::new();
    for (_, question) in q.questions() {
        texts.push(&question.prompt);
        texts.push(&question.hint);
        texts.push(&question.evidence);
        if let QuestionKind::Open { hint } = &question.kind {
            texts.push(hint);
        }
        if let QuestionKind::Scale { descriptions, .. } = &question.kind {
            texts.extend(descriptions);
        }
        for v in &question.variants {
            texts.push(&v.prompt);
            texts.push(&v.hint);
        }
    }
    for scale in &q.scales {
        texts.extend(scale.levels.iter().map(|l| &l.description));
    }
    let mut long = Vec::new();
    for text in texts {
        for lang in [Lang::Nl, Lang::En] {
            for s in sentences(text.get(lang)) {
                if words(&s) > 20 {
                    long.push(format!("{lang:?} {}: {s}", words(&s)));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences over 20 words:\n{}",
        long.join("\n")
    );
}

#[test]
fn every_citation_is_a_documented_source() {
    let q = q2();
    let mut cited = 0;
    for theme in &q.themes {
        for lang in [Lang::Nl, Lang::En] {
            let found = citations(theme.introduction.get(lang));
            assert!(
                !found.is_empty(),
                "{} ({lang:?}) cites no research",
                theme.id
            );
            for c in found {
                cited += 1;
                let first = c
                    .authors
                    .split([' ', '&'])
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let first = if first == "Van" {
                    c.authors.split(' ').take(2).collect::<Vec<_>>().join(" ")
                } else {
                    first
                };
                let known = KNOWN_SOURCES.iter().any(|(name, year, _, _)| {
                    name.eq_ignore_ascii_case(&first)
                        && (*year == c.year
                            || (NO_YEAR.contains(year) && NO_YEAR.contains(&c.year.as_str())))
                });
                assert!(known, "{} ({lang:?}): undocumented source {c:?}", theme.id);
            }
        }
    }
    assert!(cited >= 20, "{cited}");
    // the Refugee Academy report names its authors and has no year of its own
    assert!(SOURCE.contains("(Mars & Ponzoni, z.j.)") && SOURCE.contains("(Mars & Ponzoni, n.d.)"));
    assert!(!SOURCE.contains("in 2019 met de Refugee Academy"));
}

fn complete(t: &Text) -> bool {
    !t.nl.trim().is_empty() && !t.en.trim().is_empty()
}

fn half(t: &Text) -> bool {
    t.nl.trim().is_empty() != t.en.trim().is_empty()
}

#[test]
fn both_languages_are_complete_for_every_kind_of_network() {
    let q = q2();
    for kind in NetworkKind::ALL {
        let questions: Vec<&Question> = q.questions_for(kind).map(|(_, q)| q).collect();
        assert!(questions.len() >= 40, "{kind:?}: {}", questions.len());
        for question in questions {
            let prompt = question.prompt_for(kind);
            assert!(complete(prompt), "{kind:?} {}: prompt", question.id);
            assert!(
                !half(question.hint_for(kind)),
                "{kind:?} {}: hint",
                question.id
            );
            if question.asks_evidence() {
                assert!(
                    complete(&question.evidence),
                    "{kind:?} {}: evidence hint",
                    question.id
                );
            }
        }
        // every theme has questions for every kind
        for theme in &q.themes {
            assert!(
                theme.questions.iter().any(|x| x.applies_to(kind)),
                "{kind:?}: theme {} is empty",
                theme.id
            );
        }
    }
}

#[test]
fn an_employee_network_reads_colleagues_and_organisation() {
    let q = q2();
    let employee = NetworkKind::Employee;
    let student = NetworkKind::StudentAssociation;
    let erkenning = q.question("waarde.erkenning").unwrap();
    assert!(erkenning.prompt_for(employee).nl.starts_with("Collega's"));
    assert!(erkenning.prompt_for(student).nl.starts_with("Leden"));
    let tafel = q.question("positie.aan-tafel").unwrap();
    assert!(tafel.prompt_for(employee).nl.contains("organisatie"));
    assert!(tafel.prompt_for(student).nl.contains("instelling"));
    // student-only questions and an employee-only one
    assert!(
        !q.question("diversiteit.familie")
            .unwrap()
            .applies_to(employee)
    );
    assert!(
        q.question("diversiteit.familie")
            .unwrap()
            .applies_to(student)
    );
    assert!(q.question("positie.sponsor").unwrap().applies_to(employee));
    assert!(!q.question("positie.sponsor").unwrap().applies_to(student));
    let variants = q
        .questions()
        .filter(|(_, x)| x.variant(employee).is_some())
        .count();
    assert!(variants >= 15, "{variants}");
}

#[test]
fn the_scale_says_what_you_would_see_and_what_evidence_there_is() {
    let q = q2();
    let mate = q.scale("mate").unwrap();
    let d: Vec<&str> = mate
        .levels
        .iter()
        .map(|l| l.description.nl.as_str())
        .collect();
    assert!(d[0].contains("geen voorbeeld"), "{}", d[0]);
    assert!(d[1].contains("één of twee"), "{}", d[1]);
    assert!(
        d[2].contains("meerdere voorbeelden van dit jaar"),
        "{}",
        d[2]
    );
    assert!(d[3].contains("laten zien"), "{}", d[3]);
    // item-specific descriptions on the statements that matter most
    let specific: Vec<&str> = q
        .questions()
        .filter_map(|(_, x)| match &x.kind {
            QuestionKind::Scale {
                scale,
                descriptions,
            } if !descriptions.is_empty() => {
                let levels = q.scale(scale).unwrap().levels.len();
                assert_eq!(descriptions.len(), levels, "{}", x.id);
                Some(x.id.as_str())
            }
            _ => None,
        })
        .collect();
    assert!(specific.len() >= 5, "{specific:?}");
    // statements where agreeing is not the comfortable answer
    let uncomfortable = q
        .questions()
        .filter(
            |(_, x)| matches!(&x.kind, QuestionKind::Scale { scale, .. } if scale == "herkenning"),
        )
        .count();
    assert!(uncomfortable >= 4, "{uncomfortable}");
    assert_eq!(
        q.scale("herkenning").unwrap().levels[0].label.nl,
        "Herkennen we sterk"
    );
}

#[test]
fn the_member_poll_draws_on_statements_about_members() {
    let q = q2();
    let poll = q.poll.as_ref().expect("a member poll");
    assert!((6..=10).contains(&poll.items.len()), "{}", poll.items.len());
    assert!(complete(&poll.introduction));
    let mut seen = std::collections::HashSet::new();
    for item in &poll.items {
        assert!(seen.insert(&item.question), "{} twice", item.question);
        assert!(complete(&item.prompt), "{}", item.question);
        let question = q
            .question(&item.question)
            .expect("a question of the questionnaire");
        let QuestionKind::Scale { scale, .. } = &question.kind else {
            panic!("{} is not a statement", item.question);
        };
        assert_eq!(
            q.scale(scale).unwrap().levels.len(),
            poll.answers.len(),
            "{}",
            item.question
        );
        assert!(
            question.kinds.is_empty(),
            "{} is asked of every network",
            item.question
        );
    }
}

#[test]
fn one_board_evening_holds_the_whole_questionnaire_for_every_kind() {
    let q = q2();
    for kind in NetworkKind::ALL {
        let minutes = q.estimated_minutes(kind);
        assert!(
            (100..=150).contains(&minutes),
            "{kind:?}: {minutes} minutes"
        );
    }
    let opens = q
        .questions()
        .filter(|(_, x)| matches!(x.kind, QuestionKind::Open { .. }))
        .count();
    assert!(opens <= 8, "{opens} open questions");
}

#[test]
fn ids_kept_from_1_0_keep_their_kind_of_answer() {
    let q1 = Questionnaire::builtin_v1();
    let q = q2();
    assert_eq!(q1.version, "1.0");
    assert_eq!(q.version, "2.0");
    assert_eq!(q.id, q1.id);
    let mut kept = 0;
    for (_, new) in q.questions() {
        if let Some(old) = q1.question(&new.id) {
            kept += 1;
            assert_eq!(
                old.kind.index(),
                new.kind.index(),
                "{} changed its kind",
                new.id
            );
        }
    }
    assert!(kept >= 25, "{kept}");
    // the questions that asked two things at once have new ids
    for gone in [
        "waarde.oefenen",
        "waarde.identiteit",
        "missie.leden-bepalen",
        "missie.loopbaan",
        "positie.overaanpassing",
        "profiel.basis",
    ] {
        assert!(q.question(gone).is_none(), "{gone}");
    }
}

#[test]
fn the_method_page_describes_every_source_of_2_0() {
    let q = q2();
    for lang in [Lang::Nl, Lang::En] {
        let found = reflectietool::report::sources::sources(&q, lang);
        let cites: Vec<&str> = found.iter().map(|s| s.cite.as_str()).collect();
        for name in [
            "Slootman",
            "Azghari",
            "Ranshuysen",
            "Janssen",
            "Van Ostaijen",
            "Hilhorst",
            "Bruno",
            "Mars",
            "Kleinhans",
        ] {
            assert!(
                cites.iter().any(|c| c.starts_with(name)),
                "{lang:?}: {name} missing in {cites:?}"
            );
        }
        for s in &found {
            assert!(
                !s.about.is_empty(),
                "{lang:?}: no description for {}",
                s.cite
            );
        }
    }
}
