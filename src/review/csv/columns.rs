//! The columns of `answers_long.csv` and `summary_wide.csv`, each with its
//! meaning in Dutch and English: one list that both the files' headers and
//! the codebook are made from, so that the codebook covers every column.

use crate::model::questionnaire::{QuestionKind, Questionnaire};
use crate::model::reflection::{Decision, MemberSharing, NetworkKind};

use super::super::Review;
use super::super::overview::Overview;

/// One column of a CSV file and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnDoc {
    /// The column's name in the header.
    pub name: String,
    /// What it holds, in Dutch.
    pub nl: String,
    /// What it holds, in English.
    pub en: String,
    /// What values it takes (a kind of value, a range, or "codes").
    pub values: &'static str,
}

const TEXT: &str = "tekst / text";
const SHARE: &str = "getal 0-1 / number 0-1";
const COUNT: &str = "geheel getal / whole number";
const FLAG: &str = "0 | 1";
const CODES: &str = "code (zie de codes hieronder / see the codes below)";

/// Describes a column by its fixed texts.
fn doc(name: &str, nl: &str, en: &str, values: &'static str) -> ColumnDoc {
    ColumnDoc {
        name: name.to_owned(),
        nl: nl.to_owned(),
        en: en.to_owned(),
        values,
    }
}

/// Lists the columns that say which network, year, file and questionnaire a
/// row is about; both files start with them.
fn identity() -> Vec<ColumnDoc> {
    vec![
        doc(
            "network_id",
            "Vaste id van het netwerk, in elk bestuursjaar dezelfde",
            "The network's stable id, the same in every board year",
            TEXT,
        ),
        doc(
            "network_name",
            "Naam van het netwerk",
            "The network's name",
            TEXT,
        ),
        doc(
            "board_year",
            "Bestuursjaar, zoals 2026-2027",
            "Board year, such as 2026-2027",
            TEXT,
        ),
        doc("kind", "Soort netwerk", "Kind of network", CODES),
        doc(
            "kind_label",
            "Soort netwerk in woorden (in de taal van --lang)",
            "Kind of network in words (in the language of --lang)",
            TEXT,
        ),
        doc(
            "institution",
            "Instelling waar het netwerk bij hoort",
            "Institution the network belongs to",
            TEXT,
        ),
        doc(
            "file",
            "Naam van het reflectiebestand waaruit de rij komt",
            "Name of the reflection file the row comes from",
            TEXT,
        ),
        doc(
            "questionnaire_id",
            "Id van de vragenlijst",
            "The questionnaire's id",
            TEXT,
        ),
        doc(
            "questionnaire_version",
            "Versie van de vragenlijst",
            "The questionnaire's version",
            TEXT,
        ),
    ]
}

/// Lists the columns of `answers_long.csv`, in order.
pub fn answers_long() -> Vec<ColumnDoc> {
    let mut out = identity();
    out.extend([
        doc("theme_id", "Id van het thema (leeg als de vragenlijst de vraag niet meer heeft)", "The theme's id (empty when the questionnaire no longer has the question)", TEXT),
        doc("theme_title", "Titel van het thema", "The theme's title", TEXT),
        doc("question_number", "Plaats van de vraag in de vragenlijst, vanaf 1 (leeg als de vragenlijst de vraag niet meer heeft)", "Place of the question in the questionnaire, from 1 (empty when the questionnaire no longer has the question)", COUNT),
        doc("question_id", "Vaste id van de vraag", "The question's stable id", TEXT),
        doc("question_text", "De vraag of stelling (leeg als de vragenlijst de vraag niet meer heeft; het antwoord is bewaard)", "The question or statement (empty when the questionnaire no longer has the question; the answer is kept)", TEXT),
        doc("question_kind", "Soort vraag", "Kind of question", CODES),
        doc("scale", "Id van de schaal van een stelling; de niveaus staan bij de codes hieronder", "The id of a statement's scale; its levels are among the codes below", TEXT),
        doc("who", "Wie antwoordde: agreed (het bestuur samen) of de naam van het lid zoals het bestuur die deelt (label, of Lid 1, Lid 2 … als het anoniem deelt)", "Who answered: agreed (the board together) or the member's name as the board shares it (label, or Member 1, Member 2 … when shared anonymously)", TEXT),
        doc("member_number", "Nummer van het lid, vanaf 1 (leeg bij agreed)", "The member's number, from 1 (empty for agreed)", COUNT),
        doc("status", "Wat voor antwoord er is", "What kind of answer there is", CODES),
        doc("level", "Gekozen niveau van de schaal, vanaf 0 (het laagste)", "Level chosen on the scale, from 0 (the lowest)", "geheel getal; codes hieronder / whole number; codes below"),
        doc("levels", "Aantal niveaus van de schaal", "Number of levels of the scale", COUNT),
        doc("options", "Gekozen opties, hun id's gescheiden door |", "Chosen options, their ids separated by |", "codes hieronder / codes below"),
        doc("now", "Positie Nu, van 0 (linkerpool) tot 1 (rechterpool)", "Position Now, from 0 (left pole) to 1 (right pole)", SHARE),
        doc("desired", "Positie Doel, van 0 (linkerpool) tot 1 (rechterpool)", "Position Goal, from 0 (left pole) to 1 (right pole)", SHARE),
        doc("answer_text", "Het antwoord in woorden: naam van het niveau, de opties (gescheiden door ; ), 'Anders, namelijk: …' of de open tekst", "The answer in words: the level's name, the options (separated by ; ), 'Other, namely: …' or the open text", TEXT),
        doc("other_text", "Tekst bij 'Anders, namelijk'", "Text after 'Other, namely'", TEXT),
        doc("discuss_later", "Gemarkeerd als Later bespreken", "Marked Discuss later", FLAG),
        doc("skipped", "Overgeslagen", "Skipped", FLAG),
        doc("decided", "Hoe besloten (alleen bij agreed)", "How decided (agreed only)", CODES),
        doc("reasons_shared", "Of het bestuur Waarom en Niet iedereen is het eens deelt", "Whether the board shares Why and Not everyone agrees", FLAG),
        doc("rationale", "Waarom (alleen als het bestuur dat deelt)", "Why (only when the board shares it)", TEXT),
        doc("dissent", "Niet iedereen is het eens (alleen als het bestuur dat deelt)", "Not everyone agrees (only when the board shares it)", TEXT),
        doc("evidence", "Hoe weten jullie dit? Waar het bestuur naar wijst bij een stelling of positie (alleen als het bestuur Waarom deelt)", "How do you know? What the board points to for a statement or position (only when the board shares Why)", TEXT),
    ]);
    out
}

/// A position question that `summary_wide.csv` has two columns for.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionColumn {
    /// The question's id.
    pub id: String,
    /// The question, and its poles, in Dutch.
    pub nl: String,
    /// The question, and its poles, in English.
    pub en: String,
}

/// Lists the position questions of the review's questionnaires, each id
/// once, in the order of the first questionnaire that has it.
pub fn positions(review: &Review) -> Vec<PositionColumn> {
    let mut out: Vec<PositionColumn> = Vec::new();
    for q in review
        .entries
        .iter()
        .filter_map(|e| e.questionnaire.as_deref())
    {
        for (_, question) in q.questions() {
            if let QuestionKind::Position { left, right } = &question.kind
                && !out.iter().any(|p| p.id == question.id)
            {
                out.push(PositionColumn {
                    id: question.id.clone(),
                    nl: format!("{} ({} ↔ {})", question.prompt.nl, left.nl, right.nl),
                    en: format!("{} ({} ↔ {})", question.prompt.en, left.en, right.en),
                });
            }
        }
    }
    out
}

/// Lists the columns of `summary_wide.csv`, in order: the identity, then
/// three per theme, two per position question, then the members.
pub fn summary_wide(overview: &Overview, positions: &[PositionColumn]) -> Vec<ColumnDoc> {
    let mut out = identity();
    out.extend([
        doc("questions", "Aantal vragen in de vragenlijst (leeg als het programma de vragenlijst niet kent)", "Number of questions in the questionnaire (empty when the program does not know the questionnaire)", COUNT),
        doc("handled", "Aantal vragen beantwoord of overgeslagen", "Number of questions answered or skipped", COUNT),
        doc("complete", "Hoe compleet: beantwoord of overgeslagen gedeeld door het aantal vragen", "How complete: answered or skipped divided by the number of questions", SHARE),
    ]);
    for c in &overview.columns {
        let name = format!("theme_{}", c.id);
        out.push(ColumnDoc {
            nl: format!("Thema {}: gemiddeld niveau van de stellingen zoals het bestuur ze samen beantwoordde, van 0 (laagste niveau) tot 1 (hoogste); Weet niet en Niet van toepassing tellen niet mee", c.title.nl),
            en: format!("Theme {}: average level of the statements as the board answered them together, from 0 (lowest level) to 1 (highest); Don't know and Not applicable do not count", c.title.en),
            values: SHARE,
            name: name.clone(),
        });
        out.push(ColumnDoc {
            name: format!("{name}_level"),
            nl: format!(
                "Thema {}: het niveau dat het dichtst bij het gemiddelde ligt, in woorden",
                c.title.nl
            ),
            en: format!(
                "Theme {}: the level nearest to the average, in words",
                c.title.en
            ),
            values: TEXT,
        });
        out.push(ColumnDoc {
            name: format!("{name}_change"),
            nl: format!("Thema {}: verschil met het vorige bestuursjaar van hetzelfde netwerk (leeg als dat er niet is)", c.title.nl),
            en: format!("Theme {}: change since the same network's previous board year (empty when there is none)", c.title.en),
            values: "getal -1 tot 1 / number -1 to 1",
        });
    }
    for p in positions {
        for (end, nl, en) in [("now", "Nu", "Now"), ("desired", "Doel", "Goal")] {
            out.push(ColumnDoc {
                name: format!("position_{}_{end}", p.id),
                nl: format!(
                    "Positie {nl}, van 0 (linkerpool) tot 1 (rechterpool): {}",
                    p.nl
                ),
                en: format!(
                    "Position {en}, from 0 (left pole) to 1 (right pole): {}",
                    p.en
                ),
                values: SHARE,
            });
        }
    }
    out.extend([
        doc("members", "Aantal leden dat zelf scoorde", "Number of members who scored on their own", COUNT),
        doc("members_shared", "Hoe het bestuur de antwoorden van de leden deelt", "How the board shares the members' answers", CODES),
        doc("disagreement", "Hoeveel het bestuur verschilde: het deel van de stellingen en posities waarop de leden uiteenliepen", "How much the board disagreed: the share of statements and positions the members answered apart", SHARE),
        doc("differing", "Aantal stellingen en posities waarop de leden uiteenliepen", "Number of statements and positions the members answered apart", COUNT),
        doc("compared", "Aantal stellingen en posities die minstens twee leden beantwoordden", "Number of statements and positions at least two members answered", COUNT),
        doc("reasons_shared", "Of het bestuur Waarom en Niet iedereen is het eens deelt", "Whether the board shares Why and Not everyone agrees", FLAG),
        doc("duplicate", "Een ander bestand heeft hetzelfde netwerk en bestuursjaar", "Another file holds the same network and board year", FLAG),
        doc("unknown_questionnaire", "Het programma kent de vragenlijst van deze reflectie niet", "The program does not know this reflection's questionnaire", FLAG),
    ]);
    out
}

/// Returns the code of a kind of network.
pub fn kind_code(kind: NetworkKind) -> &'static str {
    match kind {
        NetworkKind::StudentAssociation => "student_association",
        NetworkKind::Women => "women",
        NetworkKind::Pride => "pride",
        NetworkKind::Disability => "disability",
        NetworkKind::Employee => "employee",
        NetworkKind::FirstGeneration => "first_generation",
        NetworkKind::Other => "other",
    }
}

/// Returns the code of how the board decided.
pub fn decision_code(d: Decision) -> &'static str {
    match d {
        Decision::Agreed => "all_agreed",
        Decision::Majority => "majority",
        Decision::ChairDecided => "chair_decided",
    }
}

/// Returns the code of how the members' answers are shared.
pub fn members_code(m: MemberSharing) -> &'static str {
    match m {
        MemberSharing::Omit => "omit",
        MemberSharing::Anonymous => "anonymous",
        MemberSharing::ByLabel => "by_label",
    }
}

/// One code of the codebook: a value of a column and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The file the column is in.
    pub file: &'static str,
    /// The column.
    pub column: &'static str,
    /// The value.
    pub code: String,
    /// The questionnaire (id and version) it belongs to, if it belongs to one.
    pub questionnaire: String,
    /// The scale or question it belongs to, if any (`scale <id>`,
    /// `question <id>`).
    pub scope: String,
    /// What it means, in Dutch.
    pub nl: String,
    /// What it means, in English.
    pub en: String,
}

/// Lists the fixed codes: statuses, kinds of question, kinds of network,
/// how decided, how members are shared, and `agreed`.
pub fn fixed_codes() -> Vec<Code> {
    const LONG: &str = super::ANSWERS_LONG;
    const WIDE: &str = super::SUMMARY_WIDE;
    let code = |file, column, code: &str, nl: &str, en: &str| Code {
        file,
        column,
        code: code.to_owned(),
        questionnaire: String::new(),
        scope: String::new(),
        nl: nl.to_owned(),
        en: en.to_owned(),
    };
    let mut out = vec![
        code(
            LONG,
            "who",
            "agreed",
            "Het bestuur samen",
            "The board together",
        ),
        code(LONG, "status", "answered", "Beantwoord", "Answered"),
        code(LONG, "status", "dont_know", "Weet niet", "Don't know"),
        code(
            LONG,
            "status",
            "not_applicable",
            "Niet van toepassing",
            "Not applicable",
        ),
        code(
            LONG,
            "status",
            "unanswered",
            "Nog niet beantwoord (zie ook skipped)",
            "Not answered yet (see also skipped)",
        ),
        code(
            LONG,
            "status",
            "unreadable",
            "Onleesbare waarde: het antwoord past niet bij de vraag en telt nergens mee",
            "Unreadable value: the answer does not fit the question and counts nowhere",
        ),
        code(LONG, "question_kind", "open", "Open vraag", "Open question"),
        code(
            LONG,
            "question_kind",
            "scale",
            "Stelling met een schaal",
            "Statement with a scale",
        ),
        code(
            LONG,
            "question_kind",
            "single",
            "Eén keuze",
            "Single choice",
        ),
        code(
            LONG,
            "question_kind",
            "multiple",
            "Meer keuzes",
            "Multiple choice",
        ),
        code(
            LONG,
            "question_kind",
            "position",
            "Positie tussen twee polen: Nu en Doel",
            "Position between two poles: Now and Goal",
        ),
        code(
            LONG,
            "question_kind",
            "unknown",
            "De vragenlijst heeft deze vraag niet (meer); het antwoord is bewaard",
            "The questionnaire does not have this question (any more); the answer is kept",
        ),
        code(
            LONG,
            "options",
            crate::model::reflection::OTHER,
            "Anders, namelijk (de tekst staat in other_text)",
            "Other, namely (the text is in other_text)",
        ),
    ];
    for d in Decision::ALL {
        let l = d.label();
        out.push(code(LONG, "decided", decision_code(d), &l.nl, &l.en));
    }
    for file in [LONG, WIDE] {
        for k in NetworkKind::ALL {
            let l = k.label();
            out.push(code(file, "kind", kind_code(k), &l.nl, &l.en));
        }
    }
    for (m, nl, en) in [
        (
            MemberSharing::Omit,
            "Niet gedeeld: alleen de antwoorden van het bestuur samen",
            "Not shared: only the board's agreed answers",
        ),
        (
            MemberSharing::Anonymous,
            "Anoniem gedeeld: Lid 1, Lid 2 …",
            "Shared anonymously: Member 1, Member 2 …",
        ),
        (
            MemberSharing::ByLabel,
            "Gedeeld met de labels die de leden kozen",
            "Shared with the labels the members chose",
        ),
    ] {
        out.push(code(WIDE, "members_shared", members_code(m), nl, en));
    }
    out
}

/// Lists the level codes of every scale and the option codes of every
/// choice question of a questionnaire.
pub fn questionnaire_codes(q: &Questionnaire) -> Vec<Code> {
    let questionnaire = format!("{} {}", q.id, q.version);
    let mut out = Vec::new();
    for s in &q.scales {
        for (i, l) in s.levels.iter().enumerate() {
            out.push(Code {
                file: super::ANSWERS_LONG,
                column: "level",
                code: i.to_string(),
                questionnaire: questionnaire.clone(),
                scope: format!("scale {}", s.id),
                nl: l.label.nl.clone(),
                en: l.label.en.clone(),
            });
        }
    }
    for (_, question) in q.questions() {
        if let QuestionKind::Single { options, .. } | QuestionKind::Multiple { options, .. } =
            &question.kind
        {
            for o in options {
                out.push(Code {
                    file: super::ANSWERS_LONG,
                    column: "options",
                    code: o.id.clone(),
                    questionnaire: questionnaire.clone(),
                    scope: format!("question {}", question.id),
                    nl: o.label.nl.clone(),
                    en: o.label.en.clone(),
                });
            }
        }
    }
    out
}
