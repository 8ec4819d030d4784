//! A questionnaire with a member poll for the tests: the built-in
//! questionnaire 1.0 with a poll of eight statements, as a file of its own
//! version ("1.0-peiling") that the program finds in the data folder.

use std::path::{Path, PathBuf};

use reflectietool::Questionnaire;

/// The version of the poll fixture.
pub const VERSION: &str = "1.0-peiling";

/// The polled statements, in the order of the poll.
pub const ITEMS: [&str; 8] = [
    "waarde.erkenning",
    "waarde.niets-uitleggen",
    "waarde.nieuwe-leden",
    "waarde.contacten",
    "waarde.oefenen",
    "missie.leden-bepalen",
    "diversiteit.ruimte",
    "missie.zichtbaar",
];

/// The poll field, as a questionnaire file holds it.
pub const POLL: &str = r#"
    poll: Some((
        introduction: (
            nl: "Het bestuur kijkt terug op wat het netwerk voor jullie betekent. Er zijn geen goede of foute antwoorden.",
            en: "The board is looking back on what the network means to you. There are no right or wrong answers.",
        ),
        answers: [
            (nl: "Klopt niet", en: "Not true"),
            (nl: "Klopt een beetje", en: "A little true"),
            (nl: "Klopt grotendeels", en: "Mostly true"),
            (nl: "Klopt helemaal", en: "Fully true"),
        ],
        items: [
            (question: "waarde.erkenning", prompt: (nl: "Ik ontmoet hier mensen die mijn ervaringen herkennen.", en: "Here I meet people who recognise my experiences.")),
            (question: "waarde.niets-uitleggen", prompt: (nl: "Ik hoef hier niet uit te leggen waarom ik iets wel of niet doe.", en: "Here I don't have to explain why I do or don't do something.")),
            (question: "waarde.nieuwe-leden", prompt: (nl: "Toen ik nieuw was, vond ik snel iemand bij wie ik terechtkon.", en: "When I was new, I soon found someone I could turn to.")),
            (question: "waarde.contacten", prompt: (nl: "Via het netwerk kom ik in contact met mensen die mij verder helpen.", en: "Through the network I meet people who help me on my way.")),
            (question: "waarde.oefenen", prompt: (nl: "Ik durf hier dingen te proberen, zoals iets organiseren of presenteren.", en: "Here I dare to try things, such as organising or presenting.")),
            (question: "missie.leden-bepalen", prompt: (nl: "Het bestuur vraagt mij wat ik nodig heb.", en: "The board asks me what I need.")),
            (question: "diversiteit.ruimte", prompt: (nl: "Ook als ik anders denk dan de meesten, voel ik me hier welkom.", en: "Even when I think differently from most, I feel welcome here.")),
            (question: "missie.zichtbaar", prompt: (nl: "In mijn eerste weken wist ik al dat het netwerk bestond.", en: "In my first weeks I already knew that the network existed.")),
        ],
    )),
"#;

/// Returns the text of the fixture file: the built-in questionnaire's,
/// with its own version and the poll before its closing bracket.
pub fn source() -> String {
    let builtin = reflectietool::model::questionnaire::BUILTIN_V1_SOURCE;
    let s = builtin.replacen("version: \"1.0\"", &format!("version: \"{VERSION}\""), 1);
    let end = s
        .trim_end()
        .rfind(')')
        .expect("the questionnaire ends with )");
    format!("{}{POLL}{}", &s[..end], &s[end..])
}

/// Returns the fixture questionnaire, loaded and validated.
pub fn questionnaire() -> Questionnaire {
    reflectietool::format::parse_questionnaire(&source(), "peiling.ron")
        .unwrap_or_else(|e| panic!("the poll fixture is valid: {e}"))
}

/// Writes the fixture into the questionnaires folder of a data folder, so
/// that the program finds it; returns the file.
pub fn install(data_dir: &Path) -> PathBuf {
    let dir = data_dir.join("questionnaires");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("reflectietool-peiling.ron");
    std::fs::write(&path, source()).unwrap();
    path
}
