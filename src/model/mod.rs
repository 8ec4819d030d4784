//! The model: questionnaires, reflections and what can be computed from
//! them. Knows nothing of files or of the window.

pub mod action;
pub mod analysis;
pub mod answer;
pub mod answer_words;
pub mod consensus;
pub mod continuity;
pub mod poll;
pub mod position;
pub mod profile;
pub mod progress;
pub mod questionnaire;
pub mod reflection;
pub mod route;
pub mod scope;
pub mod share;
pub mod slides;
pub mod timer;
pub mod upgrade;
