//! Widgets made for this program, used by several screens.

pub mod position;
