//! Reflectietool: a structured, offline self-assessment for the boards of
//! identity networks.
//!
//! The model ([`questionnaire`], [`reflection`]) and [`storage`] are free of
//! any user interface, so that they are tested without a window.

pub mod lang;
pub mod locate;
pub mod problem;
pub mod questionnaire;
pub mod report;
pub mod reflection;
pub mod sample;
pub mod settings;
pub mod storage;
pub mod validate;
pub mod cli;
pub mod app;
pub mod window;

pub use lang::Lang;
pub use questionnaire::{Questionnaire, Text};
pub use reflection::Reflection;
