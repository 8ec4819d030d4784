//! Loading and validating questionnaires: every problem in a file is
//! reported together, each with its line, column and what to change.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::format::problem::{Listing, Problem, format_problems, not_utf8};
use crate::format::scan::{Locations, Pos};
use crate::lang::Lang;
mod extras;
mod poll;
pub use poll::POLL_ITEMS;

use crate::model::questionnaire::{
    BUILTIN_NAME, BUILTIN_SOURCE, BUILTIN_V1_NAME, BUILTIN_V1_SOURCE, Choice, QuestionKind,
    Questionnaire, Text,
};

/// The fewest and most levels a scale may have.
pub const SCALE_LEVELS: (usize, usize) = (2, 10);
/// The fewest and most options a choice question may have.
pub const CHOICE_OPTIONS: (usize, usize) = (2, 20);

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireError {
    /// The file could not be read from disk.
    #[error("{}: cannot read the file: {}; check that it exists and that you may read it", path.display(), crate::format::plain::io_reason(source, Lang::En))]
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

impl QuestionnaireError {
    /// Describes the error in the given language, one problem per line.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            QuestionnaireError::Read { path, source } => match lang {
                Lang::Nl => format!(
                    "{}: het bestand is niet te openen: {}; controleer of het bestaat en of jullie het mogen lezen",
                    path.display(),
                    crate::format::plain::io_reason(source, Lang::Nl)
                ),
                Lang::En => self.to_string(),
            },
            QuestionnaireError::Invalid { file, problems } => format_problems(file, problems, lang),
        }
    }

    /// Returns the problems found in the file (none for a read error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            QuestionnaireError::Read { .. } => &[],
            QuestionnaireError::Invalid { problems, .. } => problems,
        }
    }
}

/// Reads, parses and validates a questionnaire file.
pub fn load_questionnaire(path: &Path) -> Result<Questionnaire, QuestionnaireError> {
    let bytes = std::fs::read(path).map_err(|source| QuestionnaireError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse_questionnaire_bytes(&bytes, &path.display().to_string())
}

/// Parses and validates a questionnaire from the bytes of its file; bytes
/// that are not UTF-8 are reported with their line and column.
pub fn parse_questionnaire_bytes(
    bytes: &[u8],
    file: &str,
) -> Result<Questionnaire, QuestionnaireError> {
    let source = std::str::from_utf8(bytes).map_err(|e| QuestionnaireError::Invalid {
        file: file.to_owned(),
        problems: vec![not_utf8(bytes, &e)],
    })?;
    parse_questionnaire(source, file)
}

/// Parses and validates a questionnaire; `file` names it in messages.
pub fn parse_questionnaire(source: &str, file: &str) -> Result<Questionnaire, QuestionnaireError> {
    // a byte order mark, as some editors write, is not part of the text
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let q: Questionnaire = ron::from_str(source).map_err(|e| QuestionnaireError::Invalid {
        file: file.to_owned(),
        problems: vec![Problem::from_ron_in(&e, source)],
    })?;
    let problems = validate(&q, source);
    if problems.is_empty() {
        Ok(q)
    } else {
        Err(QuestionnaireError::Invalid {
            file: file.to_owned(),
            problems,
        })
    }
}

/// Checks a parsed questionnaire; `source` is its text, for positions.
pub fn validate(q: &Questionnaire, source: &str) -> Vec<Problem> {
    let mut v = Validator {
        loc: Locations::scan(source),
        problems: Vec::new(),
    };
    v.run(q);
    v.problems.sort_by_key(|p| (p.line, p.column));
    v.problems
}

struct Validator {
    loc: Locations,
    problems: Vec<Problem>,
}

/// Whether a text must be filled in, or may be left out entirely.
#[derive(Clone, Copy, PartialEq)]
enum Need {
    Required,
    Optional,
}

impl Validator {
    fn at(&self, path: &str) -> Pos {
        self.loc.find(path)
    }

    fn push(&mut self, path: &str, nl: String, en: String) {
        let pos = self.at(path);
        self.problems.push(Problem::new(pos, nl, en));
    }

    fn id(&mut self, path: &str, id: &str, what_nl: &str, what_en: &str) {
        if id.trim().is_empty() {
            self.push(
                path,
                format!("{what_nl} heeft een lege id; geef een korte id zoals \"netwerk.doel\""),
                format!("{what_en} has an empty id; give it a short id such as \"network.goal\""),
            );
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.push(
                path,
                format!(
                    "id \"{id}\" bevat andere tekens dan letters, cijfers, '-', '_' of '.'; gebruik alleen die tekens"
                ),
                format!(
                    "id \"{id}\" contains characters other than letters, digits, '-', '_' or '.'; use only those"
                ),
            );
        }
    }

    fn text(&mut self, path: &str, text: &Text, need: Need, what_nl: &str, what_en: &str) {
        let nl_empty = text.nl.trim().is_empty();
        let en_empty = text.en.trim().is_empty();
        if need == Need::Optional && nl_empty && en_empty {
            return;
        }
        if nl_empty {
            self.push(
                &format!("{path}.nl"),
                format!("{what_nl} heeft geen Nederlandse tekst; vul nl: \"...\" in"),
                format!("{what_en} has no Dutch text; fill in nl: \"...\""),
            );
        }
        if en_empty {
            self.push(
                &format!("{path}.en"),
                format!("{what_nl} heeft geen Engelse tekst; vul en: \"...\" in"),
                format!("{what_en} has no English text; fill in en: \"...\""),
            );
        }
    }

    fn unique(
        &mut self,
        seen: &mut HashMap<String, Pos>,
        path: &str,
        id: &str,
        what_nl: &str,
        what_en: &str,
    ) {
        if id.trim().is_empty() {
            return;
        }
        let here = self.at(path);
        if let Some(first) = seen.get(id) {
            self.push(
                path,
                format!(
                    "{what_nl}-id \"{id}\" komt twee keer voor (ook op regel {}, kolom {}); geef ze allebei een eigen id",
                    first.line, first.column
                ),
                format!(
                    "duplicate {what_en} id \"{id}\" (also used at line {}, column {}); give every {what_en} its own id",
                    first.line, first.column
                ),
            );
        } else {
            seen.insert(id.to_owned(), here);
        }
    }

    fn run(&mut self, q: &Questionnaire) {
        self.id("id", &q.id, "De vragenlijst", "The questionnaire");
        if q.version.trim().is_empty() {
            self.push(
                "version",
                "de vragenlijst heeft geen versie; voeg bijvoorbeeld version: \"1.0\" toe".into(),
                "the questionnaire has no version; add for example version: \"1.0\"".into(),
            );
        }
        self.text("title", &q.title, Need::Required, "De titel", "The title");
        self.text(
            "introduction",
            &q.introduction,
            Need::Optional,
            "De inleiding",
            "The introduction",
        );

        let mut scale_ids = HashMap::new();
        for (i, s) in q.scales.iter().enumerate() {
            let p = format!("scales[{i}]");
            self.id(&format!("{p}.id"), &s.id, "Een schaal", "A scale");
            self.unique(&mut scale_ids, &format!("{p}.id"), &s.id, "schaal", "scale");
            let (min, max) = SCALE_LEVELS;
            if s.levels.len() < min || s.levels.len() > max {
                self.push(
                    &format!("{p}.levels"),
                    format!(
                        "schaal \"{}\" heeft {} niveau(s); geef haar tussen {min} en {max} niveaus",
                        s.id,
                        s.levels.len()
                    ),
                    format!(
                        "scale \"{}\" has {} level(s); give it between {min} and {max} levels",
                        s.id,
                        s.levels.len()
                    ),
                );
            }
            for (j, l) in s.levels.iter().enumerate() {
                let lp = format!("{p}.levels[{j}]");
                let n = j + 1;
                self.text(
                    &format!("{lp}.label"),
                    &l.label,
                    Need::Required,
                    &format!("Niveau {n} van schaal \"{}\"", s.id),
                    &format!("Level {n} of scale \"{}\"", s.id),
                );
                self.text(
                    &format!("{lp}.description"),
                    &l.description,
                    Need::Required,
                    &format!("De beschrijving van niveau {n} van schaal \"{}\"", s.id),
                    &format!("The description of level {n} of scale \"{}\"", s.id),
                );
            }
        }

        if q.themes.is_empty() {
            self.push(
                "themes",
                "de vragenlijst heeft geen thema's; voeg minstens één thema met vragen toe".into(),
                "the questionnaire has no themes; add at least one theme with questions".into(),
            );
        }
        let mut theme_ids = HashMap::new();
        let mut question_ids = HashMap::new();
        for (i, t) in q.themes.iter().enumerate() {
            let p = format!("themes[{i}]");
            self.id(&format!("{p}.id"), &t.id, "Een thema", "A theme");
            self.unique(&mut theme_ids, &format!("{p}.id"), &t.id, "thema", "theme");
            self.text(
                &format!("{p}.title"),
                &t.title,
                Need::Required,
                &format!("De titel van thema \"{}\"", t.id),
                &format!("The title of theme \"{}\"", t.id),
            );
            self.text(
                &format!("{p}.introduction"),
                &t.introduction,
                Need::Required,
                &format!("De inleiding van thema \"{}\"", t.id),
                &format!("The introduction of theme \"{}\"", t.id),
            );
            if t.questions.is_empty() {
                self.push(
                    &format!("{p}.questions"),
                    format!(
                        "thema \"{}\" heeft geen vragen; voeg er minstens één toe",
                        t.id
                    ),
                    format!("theme \"{}\" has no questions; add at least one", t.id),
                );
            }
            for (j, question) in t.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                let qid = &question.id;
                self.id(&format!("{qp}.id"), qid, "Een vraag", "A question");
                self.unique(
                    &mut question_ids,
                    &format!("{qp}.id"),
                    qid,
                    "vraag",
                    "question",
                );
                self.text(
                    &format!("{qp}.prompt"),
                    &question.prompt,
                    Need::Required,
                    &format!("Vraag \"{qid}\""),
                    &format!("Question \"{qid}\""),
                );
                self.extras(q, &qp, question);
                let kp = format!("{qp}.kind");
                match &question.kind {
                    QuestionKind::Open { hint } => self.text(
                        &format!("{kp}.hint"),
                        hint,
                        Need::Optional,
                        &format!("De hint van vraag \"{qid}\""),
                        &format!("The hint of question \"{qid}\""),
                    ),
                    QuestionKind::Scale { scale, .. } => {
                        if q.scale(scale).is_none() {
                            let known: Vec<&str> = q.scales.iter().map(|s| s.id.as_str()).collect();
                            let known = if known.is_empty() {
                                "(geen / none)".to_owned()
                            } else {
                                known.join(", ")
                            };
                            self.push(
                                &format!("{kp}.scale"),
                                format!(
                                    "vraag \"{qid}\" verwijst naar schaal \"{scale}\", die niet bestaat; kies een van: {known}"
                                ),
                                format!(
                                    "question \"{qid}\" refers to scale \"{scale}\", which does not exist; use one of: {known}"
                                ),
                            );
                        }
                    }
                    QuestionKind::Single { options, .. }
                    | QuestionKind::Multiple { options, .. } => {
                        self.choices(&kp, qid, options);
                    }
                    QuestionKind::Position { left, right } => {
                        self.text(
                            &format!("{kp}.left"),
                            left,
                            Need::Required,
                            &format!("De linkerpool van vraag \"{qid}\""),
                            &format!("The left pole of question \"{qid}\""),
                        );
                        self.text(
                            &format!("{kp}.right"),
                            right,
                            Need::Required,
                            &format!("De rechterpool van vraag \"{qid}\""),
                            &format!("The right pole of question \"{qid}\""),
                        );
                    }
                }
            }
        }
        self.poll(q);
        for (i, id) in q.asks.iter().enumerate() {
            if !question_ids.contains_key(id.as_str()) {
                self.push(
                    &format!("asks[{i}]"),
                    format!(
                        "asks noemt vraag \"{id}\", maar die vraag staat niet in de vragenlijst; gebruik de id van een bestaande vraag"
                    ),
                    format!(
                        "asks names question \"{id}\", but the questionnaire has no such question; use the id of an existing question"
                    ),
                );
            }
        }
    }

    fn choices(&mut self, kp: &str, qid: &str, options: &[Choice]) {
        let (min, max) = CHOICE_OPTIONS;
        if options.len() < min || options.len() > max {
            self.push(
                &format!("{kp}.options"),
                format!(
                    "vraag \"{qid}\" heeft {} antwoordoptie(s); geef haar tussen {min} en {max} opties",
                    options.len()
                ),
                format!(
                    "question \"{qid}\" has {} option(s); give it between {min} and {max} options",
                    options.len()
                ),
            );
        }
        let mut ids = HashMap::new();
        for (k, c) in options.iter().enumerate() {
            let op = format!("{kp}.options[{k}]");
            self.id(&format!("{op}.id"), &c.id, "Een antwoordoptie", "An option");
            if c.id == crate::model::reflection::OTHER {
                self.push(
                    &format!("{op}.id"),
                    format!(
                        "optie-id \"{}\" is gereserveerd voor \"anders, namelijk\"; zet other: true en kies een andere id",
                        c.id
                    ),
                    format!(
                        "option id \"{}\" is reserved for \"other, namely\"; set other: true and choose another id",
                        c.id
                    ),
                );
            }
            self.unique(&mut ids, &format!("{op}.id"), &c.id, "optie", "option");
            self.text(
                &format!("{op}.label"),
                &c.label,
                Need::Required,
                &format!("Optie \"{}\" van vraag \"{qid}\"", c.id),
                &format!("Option \"{}\" of question \"{qid}\"", c.id),
            );
        }
    }
}

impl Questionnaire {
    /// Loads and validates the questionnaire built into the program.
    ///
    /// # Panics
    /// Never in a released build: a test asserts that the built-in
    /// questionnaire is valid.
    pub fn builtin() -> Questionnaire {
        parse_questionnaire(BUILTIN_SOURCE, BUILTIN_NAME)
            .expect("the built-in questionnaire is valid")
    }

    /// Loads and validates version 1.0 of the built-in questionnaire,
    /// which reflections made before 2.0 answer.
    ///
    /// # Panics
    /// Never in a released build: a test asserts that it is valid.
    pub fn builtin_v1() -> Questionnaire {
        parse_questionnaire(BUILTIN_V1_SOURCE, BUILTIN_V1_NAME)
            .expect("version 1.0 of the built-in questionnaire is valid")
    }

    /// Returns the built-in questionnaire, parsed on the first call and
    /// shared for the rest of the run.
    pub fn builtin_shared() -> Arc<Questionnaire> {
        static SHARED: OnceLock<Arc<Questionnaire>> = OnceLock::new();
        SHARED
            .get_or_init(|| Arc::new(Questionnaire::builtin()))
            .clone()
    }

    /// Returns version 1.0 of the built-in questionnaire, parsed on the
    /// first call and shared for the rest of the run.
    pub fn builtin_v1_shared() -> Arc<Questionnaire> {
        static SHARED: OnceLock<Arc<Questionnaire>> = OnceLock::new();
        SHARED
            .get_or_init(|| Arc::new(Questionnaire::builtin_v1()))
            .clone()
    }
}
