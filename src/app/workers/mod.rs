//! Work done off the UI thread: saving, making PDFs, sharing, gathering the groups' files, file dialogs, and reading and saving the officer's review.

pub mod dialogs;
pub mod exporter;
pub mod gatherer;
pub mod review;
pub mod saver;
pub mod sharer;
