//! `reflectietool poll`: the member poll of a questionnaire as PDF.

use std::io::Write;
use std::path::Path;

use crate::lang::Lang;

/// Makes the member poll of a questionnaire (the built-in one when none is
/// given) and writes it to `out_path`; returns whether it was written.
/// `network` heads the page (empty: no name).
pub fn poll(
    questionnaire: Option<&Path>,
    network: &str,
    out_path: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let Some(q) = super::questionnaire_or_builtin(questionnaire, lang, err) else {
        return false;
    };
    let result = crate::report::poll_pdf_on(&q, network, lang, crate::report::today())
        .and_then(|pdf| crate::report::write_pdf(out_path, &pdf));
    super::finish(result, out_path, lang, out, err)
}
