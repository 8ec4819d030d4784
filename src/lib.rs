//! Reflectietool: a structured, offline self-assessment for the boards of
//! identity networks.
//!
//! The model ([`questionnaire`], [`reflection`]) and [`storage`] are free of
//! any user interface, so that they are tested without a window.

pub mod app;
pub mod cli;
pub mod lang;
pub mod locate;
pub mod problem;
pub mod questionnaire;
pub mod reflection;
pub mod report;
pub mod sample;
pub mod settings;
pub mod storage;
pub mod validate;
pub mod window;

pub use lang::Lang;
pub use questionnaire::{Questionnaire, Text};
pub use reflection::Reflection;
