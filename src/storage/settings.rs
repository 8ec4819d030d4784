//! The user's view choices, remembered between runs in the data folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The file in the data folder that holds the settings.
pub const SETTINGS_FILE: &str = crate::storage::NOT_REFLECTIONS[0];

/// The smallest and largest zoom factors.
pub const ZOOM_RANGE: (f32, f32) = (0.75, 2.0);

/// Light or dark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Light colours.
    #[default]
    Light,
    /// Dark colours.
    Dark,
}

/// The view choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language of the program and the questionnaire.
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// The zoom factor, 1.0 is 100 %.
    pub zoom: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Nl,
            theme: ThemeChoice::Light,
            zoom: 1.0,
        }
    }
}

impl Settings {
    /// Returns the settings file in a data folder.
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(SETTINGS_FILE)
    }

    /// Reads the settings from a data folder; missing or unreadable settings
    /// give the defaults (settings are never worth an error).
    pub fn load(dir: &Path) -> Settings {
        Self::load_or(dir, Lang::Nl)
    }

    /// Reads the settings like [`Settings::load`]; on a first start (no
    /// readable settings) the language is `first_lang`.
    pub fn load_or(dir: &Path, first_lang: Lang) -> Settings {
        std::fs::read_to_string(Self::path_in(dir))
            .ok()
            .and_then(|s| ron::from_str::<Settings>(&s).ok())
            .map(Settings::clamped)
            .unwrap_or(Settings {
                lang: first_lang,
                ..Settings::default()
            })
    }

    /// Writes the settings atomically into a data folder.
    pub fn save(&self, dir: &Path) -> Result<(), crate::storage::StorageError> {
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).unwrap_or_default();
        crate::storage::write_atomic(&Self::path_in(dir), text.as_bytes())
    }

    /// Returns the settings with the zoom kept within [`ZOOM_RANGE`].
    pub fn clamped(mut self) -> Settings {
        let (lo, hi) = ZOOM_RANGE;
        self.zoom = if self.zoom.is_finite() {
            self.zoom.clamp(lo, hi)
        } else {
            1.0
        };
        self
    }
}
