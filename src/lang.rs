//! The two languages of the program: Dutch first, English complete.

use serde::{Deserialize, Serialize};

/// A language the program and the questionnaires speak.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Returns the ISO code, `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses `nl` or `en` (any case); returns `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Returns the language of a locale name such as `LANG`'s value:
    /// English when it starts with `en`, Dutch for anything else (`C`,
    /// `POSIX`, empty, another language).
    pub fn from_locale(locale: &str) -> Lang {
        if locale.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    /// Returns the language the environment asks for: the first set one of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` (the POSIX order) decides, through
    /// [`Lang::from_locale`]; nothing set gives Dutch.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.trim().is_empty())
            .unwrap_or_default();
        Lang::from_locale(&locale)
    }

    /// Picks the Dutch or the English text.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// A text that users see, in Dutch and in English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The Dutch text.
    #[serde(default)]
    pub nl: String,
    /// The English text.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// Creates a text from its Dutch and English versions.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// Tells whether both languages are empty (only spaces counts as empty).
    pub fn is_empty(&self) -> bool {
        self.nl.trim().is_empty() && self.en.trim().is_empty()
    }

    /// Returns the text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

const MONTHS_NL: [&str; 12] = [
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

const MONTHS_EN: [&str; 12] = [
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

/// Writes a day as people do: `25 november 2026` or `25 November 2026`.
/// A month outside 1–12 is clamped.
pub fn date_words(year: i32, month: u32, day: u32, lang: Lang) -> String {
    let m = (month.clamp(1, 12) - 1) as usize;
    let month = match lang {
        Lang::Nl => MONTHS_NL[m],
        Lang::En => MONTHS_EN[m],
    };
    format!("{day} {month} {year}")
}

/// Writes a date as people do (`25 november 2026`). Takes `2026-11-25`, or
/// an RFC 3339 time stamp (shown as its local day); any other text comes
/// back unchanged.
pub fn long_date(date: &str, lang: Lang) -> String {
    match local_parts(date) {
        Some((d, _)) => date_words(i32::from(d.year()), d.month() as u32, d.day() as u32, lang),
        None => date.to_owned(),
    }
}

/// Writes a moment as people do: `25 november 2026, 13:00` (local time).
/// Takes an RFC 3339 time stamp or `2026-11-25 13:00`; a bare date gives
/// the date alone; any other text comes back unchanged.
pub fn long_date_time(stamp: &str, lang: Lang) -> String {
    match local_parts(stamp) {
        Some((d, Some(t))) => format!(
            "{}, {:02}:{:02}",
            date_words(i32::from(d.year()), d.month() as u32, d.day() as u32, lang),
            t.hour(),
            t.minute()
        ),
        Some((d, None)) => date_words(i32::from(d.year()), d.month() as u32, d.day() as u32, lang),
        None => stamp.to_owned(),
    }
}

/// Reads a time stamp (turned into local time), a local date and time, or
/// a date.
fn local_parts(text: &str) -> Option<(jiff::civil::Date, Option<jiff::civil::Time>)> {
    let text = text.trim();
    if let Ok(t) = text.parse::<jiff::Timestamp>() {
        let z = t.to_zoned(jiff::tz::TimeZone::system());
        return Some((z.date(), Some(z.time())));
    }
    if let Ok(dt) = text.parse::<jiff::civil::DateTime>()
        && text.len() > 10
    {
        return Some((dt.date(), Some(dt.time())));
    }
    text.parse::<jiff::civil::Date>().ok().map(|d| (d, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(long_date("2026-11-25", Lang::Nl), "25 november 2026");
        assert_eq!(long_date("2026-11-25", Lang::En), "25 November 2026");
        assert_eq!(long_date("2027-03-07", Lang::Nl), "7 maart 2027");
        assert_eq!(long_date("2027-01-01", Lang::En), "1 January 2027");
        // not a date: unchanged, never a panic
        assert_eq!(long_date("morgen", Lang::Nl), "morgen");
        assert_eq!(long_date("2026-13-45", Lang::Nl), "2026-13-45");
        assert_eq!(long_date("", Lang::En), "");
    }

    #[test]
    fn date_and_time_read_as_people_write_them() {
        assert_eq!(
            long_date_time("2026-11-25 13:00", Lang::Nl),
            "25 november 2026, 13:00"
        );
        assert_eq!(
            long_date_time("2026-11-25T09:05", Lang::En),
            "25 November 2026, 09:05"
        );
        assert_eq!(long_date_time("2026-11-25", Lang::Nl), "25 november 2026");
        assert_eq!(long_date_time("nooit", Lang::En), "nooit");
        // a time stamp is shown in local time: the same as jiff says
        let stamp = "2026-06-30T22:30:00Z";
        let z = stamp
            .parse::<jiff::Timestamp>()
            .unwrap()
            .to_zoned(jiff::tz::TimeZone::system());
        let want = format!(
            "{}, {}",
            date_words(
                i32::from(z.year()),
                z.month() as u32,
                z.day() as u32,
                Lang::Nl
            ),
            z.strftime("%H:%M")
        );
        assert_eq!(long_date_time(stamp, Lang::Nl), want);
        assert_eq!(
            long_date(stamp, Lang::En),
            date_words(
                i32::from(z.year()),
                z.month() as u32,
                z.day() as u32,
                Lang::En
            )
        );
    }

    #[test]
    fn every_month_has_its_name() {
        for m in 1..=12 {
            let nl = date_words(2026, m, 1, Lang::Nl);
            let en = date_words(2026, m, 1, Lang::En);
            assert_ne!(nl, en, "month {m}: {nl}");
            let name = nl.split(' ').nth(1).unwrap();
            assert_eq!(name, name.to_lowercase(), "Dutch months are lower case");
        }
        assert_eq!(date_words(2026, 12, 31, Lang::Nl), "31 december 2026");
        assert_eq!(date_words(2026, 5, 31, Lang::Nl), "31 mei 2026");
    }

    #[test]
    fn only_an_english_locale_gives_english() {
        for english in ["en_US.UTF-8", "en", "EN_GB", "en_NL.utf8"] {
            assert_eq!(Lang::from_locale(english), Lang::En, "{english}");
        }
        for dutch in [
            "C",
            "C.UTF-8",
            "POSIX",
            "",
            "nl_NL.UTF-8",
            "de_DE.UTF-8",
            "fr",
        ] {
            assert_eq!(Lang::from_locale(dutch), Lang::Nl, "{dutch}");
        }
    }
}
