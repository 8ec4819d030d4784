//! The diversity officer's pages: each draws the review's state and
//! pushes `Command`s.

pub mod asks;
pub mod compare;
