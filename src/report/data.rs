//! The data a report template reads: a reflection or a questionnaire with
//! every text already resolved in one language, including every heading and
//! every word of the user interface. Templates never see the other language,
//! and user text reaches them only as data, never as markup.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lang::Lang;
use crate::model::questionnaire::{QuestionKind, Questionnaire, Scale};
use crate::model::reflection::{Answer, Entry, OTHER, Reflection, ScaleAnswer};

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
        "Waar het netwerk om draait",
        "What the network centres on",
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
    (
        "discuss_later_count",
        "Nog te bespreken",
        "Still to discuss",
    ),
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
    ("theme", "Thema", "Theme"),
    ("average", "Gemiddelde", "Average"),
    ("statements", "stellingen", "statements"),
    (
        "positions",
        "Waar staan we, en waar willen we heen?",
        "Where are we, and where do we want to be?",
    ),
    (
        "positions_none",
        "De vragen over jullie positie zijn nog niet beantwoord.",
        "The questions about your position have not been answered yet.",
    ),
    ("now", "Nu", "Now"),
    ("desired", "Waar we heen willen", "Where we want to be"),
    ("desired_short", "Doel", "Goal"),
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
    ("action_plan", "Actieplan", "Action plan"),
    (
        "action_none",
        "Er zijn nog geen actiepunten.",
        "There are no action points yet.",
    ),
    ("what", "Wat", "What"),
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
    ("notes", "Aantekeningen", "Notes"),
    ("other_namely", "Anders, namelijk", "Other, namely"),
    (
        "unknown_option",
        "optie bestaat niet meer",
        "option no longer exists",
    ),
    ("none_chosen", "Niets gekozen", "Nothing chosen"),
    ("no_notes", "Geen aantekeningen.", "No notes."),
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
        "Vul dit werkblad samen in. Schrijf op de lijnen, zet een kruisje in de hokjes, en zet op de lijnen tussen twee polen twee tekens: N voor waar jullie nu staan, D voor waar jullie heen willen (jullie doel).",
        "Fill in this worksheet together. Write on the lines, put a cross in the tick boxes, and put two marks on the pole lines: N for where you are now, G for where you want to be (your goal).",
    ),
    ("ws_one", "Kies één antwoord.", "Choose one answer."),
    ("ws_many", "Kies alles wat past.", "Choose all that apply."),
    ("ws_scale", "Kies één niveau.", "Choose one level."),
    (
        "ws_position",
        "Zet N (nu) en D (doel) op de lijn.",
        "Mark N (now) and G (goal) on the line.",
    ),
    (
        "ws_open",
        "Schrijf jullie antwoord op.",
        "Write down your answer.",
    ),
    ("ws_dont_know", "Weet niet", "Don't know"),
    ("ws_not_applicable", "Niet van toepassing", "Not applicable"),
    (
        "ws_notes",
        "Aantekeningen bij dit thema",
        "Notes on this theme",
    ),
    ("ws_actions", "Actiepunten", "Action points"),
    (
        "ws_rationale",
        "Waarom kozen jullie dit?",
        "Why did you choose this?",
    ),
];

/// Returns the report words in one language, by key.
pub fn words(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    WORDS
        .iter()
        .map(|(k, nl, en)| (*k, lang.pick(nl, en)))
        .collect()
}

/// Returns every key of the report words, for tests.
pub fn word_keys() -> Vec<&'static str> {
    WORDS.iter().map(|(k, _, _)| *k).collect()
}

/// Formats a date as `24 november 2026` or `24 November 2026`.
pub fn long_date(date: jiff::civil::Date, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let m = (date.month().clamp(1, 12) - 1) as usize;
    let month = match lang {
        Lang::Nl => NL[m],
        Lang::En => EN[m],
    };
    format!("{} {month} {}", date.day(), date.year())
}

/// Formats a number with one decimal, with a decimal comma in Dutch.
fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The longest run of characters without a break opportunity that a text
/// keeps; longer runs (a web address, a row of dashes) get invisible break
/// opportunities, so that they wrap instead of running off the page.
pub const LONGEST_WORD: usize = 40;

/// The same for the narrower places: the "what" column of the action plan
/// and the network's name in large type on the cover.
const LONGEST_WORD_MEDIUM: usize = 24;

/// The same for the narrow "who" and "by when" columns of the action plan.
const LONGEST_WORD_NARROW: usize = 16;

/// Inserts a zero-width space after every `max` characters of a run of
/// characters that has no space, so that the typesetter may break it.
pub fn soft(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars() {
        if c.is_whitespace() || c == '-' || c == '/' || c == '\u{200b}' {
            run = 0;
        } else {
            if run == max {
                out.push('\u{200b}');
                run = 0;
            }
            run += 1;
        }
        out.push(c);
    }
    out
}

/// The network's name and the board year, shortened to one footer line.
fn footer(name: &str, board_year: &str) -> String {
    const MAX: usize = 64;
    let parts: Vec<&str> = [name.trim(), board_year.trim()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let joined = parts.join(" · ");
    if joined.chars().count() <= MAX {
        return joined;
    }
    let year = board_year.trim();
    let keep_year = !year.is_empty() && year.chars().count() <= 24;
    let room = if keep_year {
        MAX - year.chars().count() - 4
    } else {
        MAX - 1
    };
    let name = name.trim();
    if name.chars().count() <= room {
        return name.to_owned();
    }
    let short: String = name.chars().take(room).collect();
    if keep_year {
        format!("{}… · {year}", short.trim_end())
    } else {
        format!("{}…", short.trim_end())
    }
}

/// Splits free text into paragraphs at blank lines; lines inside a
/// paragraph stay lines.
fn paragraphs(text: &str) -> Vec<String> {
    paragraphs_within(text, LONGEST_WORD)
}

/// Like [`paragraphs`], for a place where at most `max` characters fit.
fn paragraphs_within(text: &str, max: usize) -> Vec<String> {
    let text = soft(text, max);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// A label and a value, as the cover lists them.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// What it is.
    pub label: String,
    /// Its value.
    pub value: String,
}

/// The cover of the self-assessment.
#[derive(Debug, Clone, Serialize)]
pub struct Cover {
    /// The questionnaire's title.
    pub title: String,
    /// The network's name.
    pub network: String,
    /// The board year.
    pub board_year: String,
    /// The network and the board year for the page footer, shortened to fit.
    pub footer: String,
    /// The date of printing.
    pub date: String,
    /// The facts listed on the cover, empty ones left out.
    pub facts: Vec<Fact>,
    /// Questions answered.
    pub answered: usize,
    /// Questions in the questionnaire.
    pub total: usize,
    /// The share answered, from 0 to 1.
    pub fraction: f64,
    /// "40 of 54 questions answered (74%)".
    pub completeness: String,
}

/// One axis of the radar chart: a theme with statements.
#[derive(Debug, Clone, Serialize)]
pub struct Axis {
    /// The theme's number, as in the answers part.
    pub number: usize,
    /// The theme's title.
    pub title: String,
    /// The average level, from 0 (the lowest level) to 1 (the highest), if any statement has a level.
    pub value: Option<f64>,
    /// The average as text: "2,4 · Grotendeels", or "–".
    pub display: String,
    /// Statements answered with a level.
    pub answered: usize,
    /// Statements in the theme.
    pub statements: usize,
}

/// A ring of the radar chart.
#[derive(Debug, Clone, Serialize)]
pub struct Ring {
    /// Where it lies, from 0 (centre) to 1 (edge).
    pub at: f64,
    /// Its label.
    pub label: String,
}

/// The radar chart of the statement themes.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// The themes with statements.
    pub axes: Vec<Axis>,
    /// The rings, from the centre outwards.
    pub rings: Vec<Ring>,
    /// The themes without statements.
    pub excluded: Vec<String>,
    /// Whether any statement has a level, so that there is anything to draw.
    pub has_data: bool,
}

/// A position question with its two answers.
#[derive(Debug, Clone, Serialize)]
pub struct PositionView {
    /// The question's number.
    pub number: String,
    /// The question.
    pub prompt: String,
    /// The left pole.
    pub left: String,
    /// The right pole.
    pub right: String,
    /// Where the network stands now, from 0 (left) to 1 (right).
    pub now: Option<f64>,
    /// Where it wants to be.
    pub desired: Option<f64>,
}

/// A statement with its agreed level, for strengths and points of attention.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    /// The question's number.
    pub number: String,
    /// The statement.
    pub prompt: String,
    /// The theme's title.
    pub theme: String,
    /// The chosen level's label.
    pub label: String,
    /// The chosen level, from 0.
    pub level: usize,
    /// The number of levels of the scale.
    pub levels: usize,
    #[serde(skip)]
    value: f64,
    #[serde(skip)]
    order: usize,
}

/// An action point in the words of the chosen language.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    /// What will be done.
    pub what: Vec<String>,
    /// Who does it.
    pub who: String,
    /// By when.
    pub due: String,
    /// The status, in words.
    pub status: String,
    /// The status as a key: open, busy, done or dropped.
    pub status_key: &'static str,
    /// The theme it came from.
    pub theme: String,
}

/// A scale answer: the chosen level or "don't know" / "not applicable".
#[derive(Debug, Clone, Serialize)]
pub struct ScaleView {
    /// The number of levels.
    pub levels: usize,
    /// The chosen level, from 0; none for "don't know" and "not applicable".
    pub chosen: Option<usize>,
    /// The chosen level's label, or "Weet niet" / "Niet van toepassing".
    pub label: String,
    /// The chosen level's description.
    pub description: String,
}

/// A chosen option.
#[derive(Debug, Clone, Serialize)]
pub struct ChoiceView {
    /// The option's label.
    pub label: String,
    /// Whether this is "other, namely".
    pub other: bool,
    /// Whether the option no longer exists in the questionnaire.
    pub unknown: bool,
}

/// A question with its agreed answer.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// "2.3": the theme's number and the question's.
    pub number: String,
    /// The question.
    pub prompt: String,
    /// open, scale, single, multiple or position.
    pub kind: &'static str,
    /// answered, unanswered, skipped or mismatch.
    pub state: &'static str,
    /// Marked to be discussed later.
    pub discuss_later: bool,
    /// The open answer, in paragraphs.
    pub text: Vec<String>,
    /// The scale answer.
    pub scale: Option<ScaleView>,
    /// The chosen options.
    pub choices: Vec<ChoiceView>,
    /// The text after "other, namely".
    pub other_text: String,
    /// The position answer.
    pub position: Option<PositionView>,
    /// Why the board agreed, in paragraphs.
    pub rationale: Vec<String>,
    /// A dissenting note, in paragraphs.
    pub dissent: Vec<String>,
}

/// A theme with its questions and notes.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    /// The theme's number, from 1.
    pub number: usize,
    /// The title.
    pub title: String,
    /// The introduction.
    pub introduction: Vec<String>,
    /// The questions.
    pub questions: Vec<QuestionView>,
    /// The board's notes, in paragraphs.
    pub notes: Vec<String>,
}

/// An answer to a question that the questionnaire no longer has.
#[derive(Debug, Clone, Serialize)]
pub struct OrphanView {
    /// The question's id.
    pub id: String,
    /// The answer as plain text.
    pub text: Vec<String>,
}

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

/// Everything the self-assessment template reads.
#[derive(Debug, Clone, Serialize)]
pub struct SelfAssessment {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words of the document.
    pub words: BTreeMap<&'static str, &'static str>,
    /// The cover.
    pub cover: Cover,
    /// The radar chart.
    pub chart: Chart,
    /// The answered position questions.
    pub positions: Vec<PositionView>,
    /// The statements with the highest levels.
    pub strongest: Vec<Statement>,
    /// The statements with the lowest levels.
    pub weakest: Vec<Statement>,
    /// The action plan.
    pub actions: Vec<ActionView>,
    /// The themes with all answers.
    pub themes: Vec<ThemeView>,
    /// Answers to questions the questionnaire no longer has.
    pub orphans: Vec<OrphanView>,
    /// The closing page on the method, in paragraphs.
    pub method: Vec<String>,
    /// The research cited in the theme introductions.
    pub sources: Vec<SourceView>,
}

/// How many statements the summary lists as strengths and as points of attention.
pub const TOP: usize = 3;

fn scale_of<'a>(q: &'a Questionnaire, kind: &QuestionKind) -> Option<&'a Scale> {
    match kind {
        QuestionKind::Scale { scale } => q.scale(scale),
        _ => None,
    }
}

fn agreed_level(entry: Option<&Entry>, scale: &Scale) -> Option<usize> {
    match entry.and_then(|e| e.answer.as_ref()) {
        Some(Answer::Scale(ScaleAnswer::Level(l))) if (*l as usize) < scale.levels.len() => {
            Some(*l as usize)
        }
        _ => None,
    }
}

/// Builds the data of the self-assessment of a reflection.
pub fn self_assessment(
    r: &Reflection,
    q: &Questionnaire,
    lang: Lang,
    today: jiff::civil::Date,
) -> SelfAssessment {
    let words = words(lang);
    let w = |k: &str| words.get(k).copied().unwrap_or_default().to_owned();

    // cover
    let total = q.question_count();
    let answered = r.answered_count(q);
    let fraction = if total == 0 {
        0.0
    } else {
        answered as f64 / total as f64
    };
    let p = &r.profile;
    let (kind_nl, kind_en) = p.kind.label();
    let mut facts = vec![
        Fact {
            label: w("network"),
            value: soft(&p.name, LONGEST_WORD),
        },
        Fact {
            label: w("kind"),
            value: lang.pick(kind_nl, kind_en).to_owned(),
        },
        Fact {
            label: w("institution"),
            value: soft(&p.institution, LONGEST_WORD),
        },
        Fact {
            label: w("city"),
            value: soft(&p.city, LONGEST_WORD),
        },
        Fact {
            label: w("dimensions"),
            value: soft(&p.dimensions.join(", "), LONGEST_WORD),
        },
        Fact {
            label: w("size"),
            value: p.size.map(|s| s.to_string()).unwrap_or_default(),
        },
        Fact {
            label: w("board_year"),
            value: soft(&p.board_year, LONGEST_WORD),
        },
        Fact {
            label: w("questionnaire"),
            value: if q.version.is_empty() {
                q.title.get(lang).to_owned()
            } else {
                format!("{}, {} {}", q.title.get(lang), w("version"), q.version)
            },
        },
        Fact {
            label: w("respondents"),
            value: if r.respondents.is_empty() {
                String::new()
            } else {
                r.respondents.len().to_string()
            },
        },
        Fact {
            label: w("action_count"),
            value: r.actions.len().to_string(),
        },
        Fact {
            label: w("updated"),
            value: crate::model::reflection::local_time(&r.updated),
        },
        Fact {
            label: w("printed"),
            value: long_date(today, lang),
        },
    ];
    let discuss = q
        .questions()
        .filter(|(_, qu)| r.agreed.get(&qu.id).is_some_and(|e| e.discuss_later))
        .count();
    if discuss > 0 {
        facts.insert(
            10,
            Fact {
                label: w("discuss_later_count"),
                value: discuss.to_string(),
            },
        );
    }
    let skipped = q
        .questions()
        .filter(|(_, qu)| {
            r.agreed
                .get(&qu.id)
                .is_some_and(|e| e.skipped && !e.is_answered())
        })
        .count();
    if skipped > 0 {
        facts.insert(
            10,
            Fact {
                label: w("skipped_count"),
                value: skipped.to_string(),
            },
        );
    }
    facts.retain(|f| !f.value.trim().is_empty());
    let cover = Cover {
        title: q.title.get(lang).to_owned(),
        network: soft(&p.name, LONGEST_WORD_MEDIUM),
        footer: footer(&p.name, &p.board_year),
        board_year: soft(&p.board_year, LONGEST_WORD),
        date: long_date(today, lang),
        facts,
        answered,
        total,
        fraction,
        completeness: format!(
            "{answered} {} {total} {} ({}%)",
            w("of"),
            w("answered_of"),
            (fraction * 100.0).round() as i64
        ),
    };

    // the chart: the average level of the agreed statements per theme
    let used_levels: Vec<usize> = q
        .questions()
        .filter_map(|(_, qu)| scale_of(q, &qu.kind).map(|s| s.levels.len()))
        .collect();
    let uniform = used_levels
        .first()
        .copied()
        .filter(|n| used_levels.iter().all(|m| m == n) && *n >= 2);
    let main_scale = q.questions().find_map(|(_, qu)| scale_of(q, &qu.kind));
    let rings: Vec<Ring> = match (uniform, main_scale) {
        (Some(n), Some(s)) => (0..n)
            .map(|i| Ring {
                at: i as f64 / (n - 1) as f64,
                label: s.levels[i].label.get(lang).to_owned(),
            })
            .collect(),
        _ => (0..=4)
            .map(|i| Ring {
                at: i as f64 / 4.0,
                label: format!("{}%", i * 25),
            })
            .collect(),
    };
    let mut axes = Vec::new();
    let mut excluded = Vec::new();
    let mut all_statements: Vec<Statement> = Vec::new();
    let mut order = 0;
    for (ti, theme) in q.themes.iter().enumerate() {
        let mut count = 0;
        let mut values = Vec::new();
        for (qi, qu) in theme.questions.iter().enumerate() {
            let Some(scale) = scale_of(q, &qu.kind) else {
                continue;
            };
            count += 1;
            if let Some(level) = agreed_level(r.agreed.get(&qu.id), scale) {
                let n = scale.levels.len().max(2);
                let value = level as f64 / (n - 1) as f64;
                values.push(value);
                all_statements.push(Statement {
                    number: format!("{}.{}", ti + 1, qi + 1),
                    prompt: qu.prompt.get(lang).to_owned(),
                    theme: theme.title.get(lang).to_owned(),
                    label: scale.levels[level].label.get(lang).to_owned(),
                    level,
                    levels: scale.levels.len(),
                    value,
                    order,
                });
                order += 1;
            }
        }
        if count == 0 {
            excluded.push(theme.title.get(lang).to_owned());
            continue;
        }
        let value = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
        let display = match (value, uniform, main_scale) {
            (None, _, _) => "–".to_owned(),
            (Some(v), Some(n), Some(s)) => {
                let on_scale = 1.0 + v * (n - 1) as f64;
                let nearest = (v * (n - 1) as f64).round() as usize;
                format!(
                    "{} · {}",
                    decimal(on_scale, lang),
                    s.levels[nearest.min(n - 1)].label.get(lang)
                )
            }
            (Some(v), _, _) => format!("{}%", (v * 100.0).round() as i64),
        };
        axes.push(Axis {
            number: ti + 1,
            title: theme.title.get(lang).to_owned(),
            value,
            display,
            answered: values.len(),
            statements: count,
        });
    }
    let has_data = axes.iter().any(|a| a.value.is_some());
    let chart = Chart {
        axes,
        rings,
        excluded,
        has_data,
    };

    // strengths and points of attention
    let mut ranked = all_statements.clone();
    ranked.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.order.cmp(&b.order)));
    let strong_n = TOP.min(ranked.len().div_ceil(2));
    let strongest: Vec<Statement> = ranked.iter().take(strong_n).cloned().collect();
    let weak_n = TOP.min(ranked.len() - strong_n);
    let mut weakest: Vec<Statement> = ranked.iter().rev().take(weak_n).cloned().collect();
    weakest.sort_by(|a, b| a.value.total_cmp(&b.value).then(a.order.cmp(&b.order)));

    // themes with all answers
    let mut themes = Vec::new();
    let mut positions = Vec::new();
    for (ti, theme) in q.themes.iter().enumerate() {
        let mut questions = Vec::new();
        for (qi, qu) in theme.questions.iter().enumerate() {
            let number = format!("{}.{}", ti + 1, qi + 1);
            let view = question_view(q, qu, r.agreed.get(&qu.id), number, lang, &words);
            if let Some(pos) = &view.position
                && view.state == "answered"
            {
                positions.push(pos.clone());
            }
            questions.push(view);
        }
        themes.push(ThemeView {
            number: ti + 1,
            title: theme.title.get(lang).to_owned(),
            introduction: paragraphs(theme.introduction.get(lang)),
            questions,
            notes: paragraphs(r.notes.get(&theme.id).map_or("", String::as_str)),
        });
    }

    // the action plan
    let actions = r
        .actions
        .iter()
        .map(|a| {
            let (nl, en) = a.status.label();
            ActionView {
                what: paragraphs_within(&a.what, LONGEST_WORD_MEDIUM),
                who: soft(&a.who, LONGEST_WORD_NARROW),
                due: soft(&a.due, LONGEST_WORD_NARROW),
                status: lang.pick(nl, en).to_owned(),
                status_key: match a.status {
                    crate::model::reflection::ActionStatus::Open => "open",
                    crate::model::reflection::ActionStatus::Busy => "busy",
                    crate::model::reflection::ActionStatus::Done => "done",
                    crate::model::reflection::ActionStatus::Dropped => "dropped",
                },
                theme: a
                    .theme
                    .as_ref()
                    .and_then(|id| q.themes.iter().find(|t| &t.id == id))
                    .map(|t| t.title.get(lang).to_owned())
                    .unwrap_or_default(),
            }
        })
        .collect();

    // answers that the questionnaire no longer asks for
    let orphans = r
        .agreed
        .iter()
        .filter(|(id, e)| q.question(id).is_none() && !e.is_empty())
        .map(|(id, e)| OrphanView {
            id: id.clone(),
            text: paragraphs(&plain_answer(e, lang)),
        })
        .collect();

    SelfAssessment {
        lang: lang.code(),
        words: words.clone(),
        cover,
        chart,
        positions,
        strongest,
        weakest,
        actions,
        themes,
        orphans,
        method: method(q, lang),
        sources: sources(q, lang),
    }
}

fn question_view(
    q: &Questionnaire,
    qu: &crate::model::questionnaire::Question,
    entry: Option<&Entry>,
    number: String,
    lang: Lang,
    words: &BTreeMap<&'static str, &'static str>,
) -> QuestionView {
    let w = |k: &str| words.get(k).copied().unwrap_or_default().to_owned();
    let answer = entry
        .and_then(|e| e.answer.as_ref())
        .filter(|a| !a.is_empty());
    let state = match answer {
        Some(a) if a.fits(qu) => "answered",
        Some(_) => "mismatch",
        None if entry.is_some_and(|e| e.skipped) => "skipped",
        None => "unanswered",
    };
    let mut view = QuestionView {
        number: number.clone(),
        prompt: qu.prompt.get(lang).to_owned(),
        kind: crate::model::questionnaire::KIND_NAMES[qu.kind.index()],
        state,
        discuss_later: entry.is_some_and(|e| e.discuss_later),
        text: Vec::new(),
        scale: None,
        choices: Vec::new(),
        other_text: String::new(),
        position: None,
        rationale: paragraphs(entry.map_or("", |e| e.rationale.as_str())),
        dissent: paragraphs(entry.map_or("", |e| e.dissent.as_str())),
    };
    let answer = if state == "answered" { answer } else { None };
    let option_label = |options: &[crate::model::questionnaire::Choice], id: &str| -> ChoiceView {
        if id == OTHER {
            return ChoiceView {
                label: w("other_namely"),
                other: true,
                unknown: false,
            };
        }
        match options.iter().find(|o| o.id == id) {
            Some(o) => ChoiceView {
                label: o.label.get(lang).to_owned(),
                other: false,
                unknown: false,
            },
            None => ChoiceView {
                label: soft(id, LONGEST_WORD),
                other: false,
                unknown: true,
            },
        }
    };
    match (&qu.kind, answer) {
        (QuestionKind::Open { .. }, Some(Answer::Open(text))) => view.text = paragraphs(text),
        (QuestionKind::Scale { scale }, Some(Answer::Scale(a))) => {
            let scale = q.scale(scale);
            let levels = scale.map_or(0, |s| s.levels.len());
            view.scale = Some(match a {
                ScaleAnswer::Level(l) => {
                    let level = scale.and_then(|s| s.levels.get(*l as usize));
                    ScaleView {
                        levels,
                        chosen: level.map(|_| *l as usize),
                        label: level.map_or_else(
                            || (*l as usize + 1).to_string(),
                            |lv| lv.label.get(lang).to_owned(),
                        ),
                        description: level
                            .map_or_else(String::new, |lv| lv.description.get(lang).to_owned()),
                    }
                }
                ScaleAnswer::DontKnow => ScaleView {
                    levels,
                    chosen: None,
                    label: w("ws_dont_know"),
                    description: String::new(),
                },
                ScaleAnswer::NotApplicable => ScaleView {
                    levels,
                    chosen: None,
                    label: w("ws_not_applicable"),
                    description: String::new(),
                },
            });
        }
        (QuestionKind::Single { options, .. }, Some(Answer::Single { choice, other })) => {
            view.choices = vec![option_label(options, choice)];
            if choice == OTHER {
                view.other_text = soft(other, LONGEST_WORD);
            }
        }
        (QuestionKind::Multiple { options, .. }, Some(Answer::Multiple { choices, other })) => {
            // in the questionnaire's order, "other" last
            let mut chosen: Vec<ChoiceView> = options
                .iter()
                .filter(|o| choices.contains(&o.id))
                .map(|o| option_label(options, &o.id))
                .collect();
            chosen.extend(
                choices
                    .iter()
                    .filter(|c| *c != OTHER && !options.iter().any(|o| &o.id == *c))
                    .map(|c| option_label(options, c)),
            );
            if choices.iter().any(|c| c == OTHER) || !other.trim().is_empty() {
                chosen.push(option_label(options, OTHER));
                view.other_text = soft(other, LONGEST_WORD);
            }
            view.choices = chosen;
        }
        (QuestionKind::Position { left, right }, Some(Answer::Position { now, desired })) => {
            view.position = Some(PositionView {
                number,
                prompt: qu.prompt.get(lang).to_owned(),
                left: left.get(lang).to_owned(),
                right: right.get(lang).to_owned(),
                now: now.map(|v| f64::from(v.clamp(0.0, 1.0))),
                desired: desired.map(|v| f64::from(v.clamp(0.0, 1.0))),
            });
        }
        _ => {}
    }
    view
}

/// Renders an answer as plain text, for answers whose question is gone.
fn plain_answer(e: &Entry, lang: Lang) -> String {
    let body = match &e.answer {
        None => String::new(),
        Some(Answer::Open(t)) => t.clone(),
        Some(Answer::Scale(ScaleAnswer::Level(l))) => {
            format!("{} {}", lang.pick("Niveau", "Level"), *l as usize + 1)
        }
        Some(Answer::Scale(ScaleAnswer::DontKnow)) => {
            lang.pick("Weet niet", "Don't know").to_owned()
        }
        Some(Answer::Scale(ScaleAnswer::NotApplicable)) => lang
            .pick("Niet van toepassing", "Not applicable")
            .to_owned(),
        Some(Answer::Single { choice, other }) => [choice.as_str(), other.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(": "),
        Some(Answer::Multiple { choices, other }) => {
            let mut s = choices.join(", ");
            if !other.is_empty() {
                s.push_str(": ");
                s.push_str(other);
            }
            s
        }
        Some(Answer::Position { now, desired }) => {
            let f = |v: &Option<f32>| {
                v.map_or("–".to_owned(), |v| {
                    format!("{}%", (v * 100.0).round() as i64)
                })
            };
            format!(
                "{} {}, {} {}",
                lang.pick("nu", "now"),
                f(now),
                lang.pick("doel", "goal"),
                f(desired)
            )
        }
    };
    let mut parts = vec![body];
    if !e.rationale.is_empty() {
        parts.push(e.rationale.clone());
    }
    if !e.dissent.is_empty() {
        parts.push(e.dissent.clone());
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n\n")
}

/// The closing page: how the method works, in a few paragraphs. The first
/// paragraph and the scale's words describe the built-in questionnaire; for
/// another questionnaire they name that one instead.
fn method(q: &Questionnaire, lang: Lang) -> Vec<String> {
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
/// author's name and the year: `(name, year, Dutch, English)`.
const KNOWN_SOURCES: &[(&str, &str, &str, &str)] = &[
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
        "A chapter on participation and migration-related diversity: barriers of money, time, knowledge, information and a social kind, and roles that groups can take towards institutions, such as critical friend, co-creator and co-maker.",
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
        "Bruno",
        "2025",
        "Een masterscriptie over informele netwerken en medewerkersnetwerken bij een gemeente: netwerken zonder mandaat, middelen en sponsor blijven vaak een eiland, en cijfers alleen zeggen weinig.",
        "A master's thesis on informal networks and employee networks in a municipality: networks without a mandate, means and a sponsor often remain an island, and numbers alone say little.",
    ),
];

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
            let year_ok = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
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
                .find(|(name, year, _, _)| name.eq_ignore_ascii_case(&first) && *year == c.year)
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

/// The first author's surname: the words before "e.a.", "et al." or "&".
fn first_author(authors: &str) -> String {
    let cut = [" e.a.", " et al.", " &", " en ", " and "]
        .iter()
        .filter_map(|m| authors.find(m))
        .min()
        .unwrap_or(authors.len());
    authors[..cut].trim().to_owned()
}

// ---------------------------------------------------------------------------
// The worksheet
// ---------------------------------------------------------------------------

/// A level of a scale, for the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    /// The label.
    pub label: String,
    /// The description.
    pub description: String,
}

/// A question on the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct BlankQuestion {
    /// "2.3".
    pub number: String,
    /// The question.
    pub prompt: String,
    /// open, scale, single, multiple or position.
    pub kind: &'static str,
    /// How to answer ("Kies één antwoord."), or empty when the prompt says so already.
    pub how: String,
    /// The hint of an open question.
    pub hint: String,
    /// The levels of a scale.
    pub levels: Vec<LevelView>,
    /// The extra choices of a scale: "Weet niet", "Niet van toepassing".
    pub extra: Vec<String>,
    /// The options of a choice question.
    pub options: Vec<String>,
    /// Whether "other, namely" may be chosen.
    pub other: bool,
    /// The left pole.
    pub left: String,
    /// The right pole.
    pub right: String,
}

/// A theme on the worksheet.
#[derive(Debug, Clone, Serialize)]
pub struct BlankTheme {
    /// The theme's number, from 1.
    pub number: usize,
    /// The title.
    pub title: String,
    /// The introduction.
    pub introduction: Vec<String>,
    /// The questions.
    pub questions: Vec<BlankQuestion>,
}

/// Everything the worksheet template reads.
#[derive(Debug, Clone, Serialize)]
pub struct Worksheet {
    /// `nl` or `en`.
    pub lang: &'static str,
    /// The words of the document.
    pub words: BTreeMap<&'static str, &'static str>,
    /// The questionnaire's title.
    pub title: String,
    /// "Vragenlijst reflectietool, versie 1.0".
    pub questionnaire: String,
    /// The questionnaire's introduction.
    pub introduction: Vec<String>,
    /// The themes.
    pub themes: Vec<BlankTheme>,
}

/// How to answer a question on paper, unless its prompt already says so.
fn how(
    qu: &crate::model::questionnaire::Question,
    lang: Lang,
    words: &BTreeMap<&'static str, &'static str>,
) -> String {
    let key = match qu.kind {
        QuestionKind::Open { .. } => "ws_open",
        QuestionKind::Scale { .. } => "ws_scale",
        QuestionKind::Single { .. } => "ws_one",
        QuestionKind::Multiple { .. } => "ws_many",
        QuestionKind::Position { .. } => "ws_position",
    };
    let how = words.get(key).copied().unwrap_or_default();
    let core = how.trim_end_matches('.').to_lowercase();
    if qu.prompt.get(lang).to_lowercase().contains(&core) {
        String::new()
    } else {
        how.to_owned()
    }
}

/// Builds the data of the blank worksheet of a questionnaire.
pub fn worksheet(q: &Questionnaire, lang: Lang) -> Worksheet {
    let words = words(lang);
    let w = |k: &str| words.get(k).copied().unwrap_or_default().to_owned();
    let themes = q
        .themes
        .iter()
        .enumerate()
        .map(|(ti, t)| BlankTheme {
            number: ti + 1,
            title: t.title.get(lang).to_owned(),
            introduction: paragraphs(t.introduction.get(lang)),
            questions: t
                .questions
                .iter()
                .enumerate()
                .map(|(qi, qu)| {
                    let mut b = BlankQuestion {
                        number: format!("{}.{}", ti + 1, qi + 1),
                        prompt: qu.prompt.get(lang).to_owned(),
                        kind: crate::model::questionnaire::KIND_NAMES[qu.kind.index()],
                        how: how(qu, lang, &words),
                        hint: String::new(),
                        levels: Vec::new(),
                        extra: Vec::new(),
                        options: Vec::new(),
                        other: false,
                        left: String::new(),
                        right: String::new(),
                    };
                    match &qu.kind {
                        QuestionKind::Open { hint } => b.hint = hint.get(lang).to_owned(),
                        QuestionKind::Scale { scale } => {
                            if let Some(s) = q.scale(scale) {
                                b.levels = s
                                    .levels
                                    .iter()
                                    .map(|l| LevelView {
                                        label: l.label.get(lang).to_owned(),
                                        description: l.description.get(lang).to_owned(),
                                    })
                                    .collect();
                                if s.dont_know {
                                    b.extra.push(w("ws_dont_know"));
                                }
                                if s.not_applicable {
                                    b.extra.push(w("ws_not_applicable"));
                                }
                            }
                        }
                        QuestionKind::Single { options, other }
                        | QuestionKind::Multiple { options, other } => {
                            b.options = options
                                .iter()
                                .map(|o| o.label.get(lang).to_owned())
                                .collect();
                            b.other = *other;
                        }
                        QuestionKind::Position { left, right } => {
                            b.left = left.get(lang).to_owned();
                            b.right = right.get(lang).to_owned();
                        }
                    }
                    b
                })
                .collect(),
        })
        .collect();
    Worksheet {
        lang: lang.code(),
        words: words.clone(),
        title: q.title.get(lang).to_owned(),
        questionnaire: if q.version.is_empty() {
            q.id.clone()
        } else {
            format!(
                "{} {}, {} {}",
                w("questionnaire"),
                q.id,
                w("version"),
                q.version
            )
        },
        introduction: paragraphs(q.introduction.get(lang)),
        themes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_page_names_a_custom_questionnaire() {
        let builtin = Questionnaire::builtin();
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
        assert_eq!(first_author("Van Ostaijen"), "Van Ostaijen");
        assert_eq!(first_author("Janssen & Verboord"), "Janssen");
        assert_eq!(first_author("Slootman et al."), "Slootman");
    }

    #[test]
    fn builtin_sources_are_all_described() {
        let q = Questionnaire::builtin();
        for lang in [Lang::Nl, Lang::En] {
            let s = sources(&q, lang);
            assert!(s.len() >= 6, "{s:?}");
            for src in &s {
                assert!(!src.about.is_empty(), "no description for {}", src.cite);
            }
        }
    }

    #[test]
    fn long_words_get_break_opportunities() {
        assert_eq!(soft("kort woord", 5), "kort woord");
        assert_eq!(soft("abcdefghij", 4), "abcd\u{200b}efgh\u{200b}ij");
        assert_eq!(soft("ab/cdefg-hi", 4), "ab/cdef\u{200b}g-hi");
    }

    #[test]
    fn the_footer_stays_short() {
        assert_eq!(footer("Kort", "2026-2027"), "Kort · 2026-2027");
        assert_eq!(footer("", "2026"), "2026");
        let long = "Vereniging van Eerstegeneratiestudenten en Hun Vrienden aan de Hogeschool";
        let f = footer(long, "2026-2027");
        assert!(
            f.ends_with("… · 2026-2027") && f.chars().count() <= 66,
            "{f}"
        );
        let f = footer(long, "2026-2027 (tweede helft, na de wissel in februari)");
        assert!(
            f.ends_with('…') && f.starts_with("Vereniging van Eerstegeneratie"),
            "{f}"
        );
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(
            paragraphs("a\nb\n\n\nc\r\n"),
            vec!["a\nb".to_owned(), "c".to_owned()]
        );
        assert!(paragraphs("  \n ").is_empty());
    }
}
