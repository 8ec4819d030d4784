//! Reading files: one RON scanner for positions, problems with line and
//! column, validation of questionnaires and reflections, and the migration
//! of older reflection formats. Knows nothing of the window or of the disk
//! layout (see [`crate::storage`]).

pub mod bounded;
pub mod migrate;
pub mod plain;
pub mod problem;
pub mod questionnaire;
pub mod reflection;
pub mod ron_message;
pub mod route;
pub mod scan;

pub use problem::{Problem, format_problems};
pub use questionnaire::{
    QuestionnaireError, load_questionnaire, parse_questionnaire, parse_questionnaire_bytes,
};
pub use reflection::{Loaded, ReflectionError, decode, parse_reflection};
