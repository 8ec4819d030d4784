//! Reflectietool: a structured, offline self-assessment for the boards of
//! identity networks.
//!
//! The layers, from the bottom: [`lang`] (Dutch and English), [`model`]
//! (questionnaires, reflections, analysis), [`format`] (reading and
//! validating files), [`storage`] (the data folder, atomic writes,
//! settings), [`review`] (the diversity officer's view of many networks'
//! reflections), [`report`] (the printable documents, the officer's among
//! them), then [`cli`] and [`app`] (the window). Everything below `cli` and `app` is free of any
//! user interface, so that it is tested without a window.

pub mod app;
pub mod cli;
pub mod console;
pub mod fonts;
pub mod format;
pub mod lang;
pub mod model;
pub mod palette;
pub mod report;
pub mod review;
pub mod sample;
pub mod storage;
pub mod window;

pub use lang::{Lang, Text};
pub use model::questionnaire::Questionnaire;
pub use model::reflection::Reflection;
