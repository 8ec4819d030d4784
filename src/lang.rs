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

    /// Returns the text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

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
