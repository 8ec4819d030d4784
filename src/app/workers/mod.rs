//! Work done off the UI thread: saving, making PDFs and file dialogs.

pub mod dialogs;
pub mod exporter;
pub mod saver;
