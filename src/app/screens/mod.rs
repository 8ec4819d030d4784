//! The screens of the program, one module each; each drawing function takes
//! only the state it edits and pushes `Command`s.

pub mod actions;
pub mod beside;
pub mod evidence;
pub mod export_form;
pub mod home;
pub mod last_year;
pub mod letter;
pub mod members;
pub mod move_page;
pub mod new_reflection;
pub mod notes;
pub mod notices;
pub mod overview;
pub mod poll;
pub mod present;
pub mod presenter;
pub mod profile_form;
pub mod questions;
pub mod reasons;
pub mod reflect;
pub mod reveal;
pub mod review;
pub mod route;
pub mod share_form;
pub mod top_bar;
pub mod trash;
