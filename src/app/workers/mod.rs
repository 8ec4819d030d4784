//! Work done off the UI thread: saving, making PDFs, sharing and file dialogs.

pub mod dialogs;
pub mod exporter;
pub mod saver;
pub mod sharer;
