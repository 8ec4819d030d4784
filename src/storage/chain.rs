//! The chain of a network's board years in a folder: from a reflection
//! back along its `continues` links, each previous reflection found by its
//! id (its own file name first, then any file in the folder with that id
//! and the same network id, so a renamed file is still found). A link that
//! cannot be followed is named, and the years found before it are kept.
//!
//! Nothing is written: the chain only reads files.

use std::path::{Path, PathBuf};

use crate::lang::{Lang, Text};
use crate::model::continuity::{self, BrokenLink, History, PastYear};
use crate::model::questionnaire::Questionnaire;
use crate::model::reflection::{Continues, Reflection};
use crate::storage::catalogue::Catalogue;
use crate::storage::{EXTENSION, StorageError, Store, Summary, collection, read_reflection};

/// The most earlier years a chain follows (a guard against a loop of
/// links that no program wrote, but a person might have).
pub const MAX_YEARS: usize = 30;

impl Store {
    /// Starts the next board year of `previous`: writes a new reflection
    /// for the same network on `questionnaire` with `board_year`, linked
    /// to `previous` (see [`continuity::next_year`]), in a file of its own.
    /// The previous reflection's file is not touched.
    pub fn start_next_year(
        &self,
        previous: &Reflection,
        questionnaire: &Questionnaire,
        board_year: &str,
    ) -> Result<(Reflection, PathBuf), StorageError> {
        let r = continuity::next_year(previous, questionnaire, board_year);
        let path = self.save_at(&self.new_path_for(&r.id), &r)?;
        Ok((r, path))
    }

    /// Follows the links of `reflection` back through the data folder.
    pub fn history(&self, reflection: &Reflection, catalogue: &Catalogue) -> History {
        follow(self.dir(), reflection, catalogue)
    }
}

/// Follows the links of `reflection` back through the reflections in
/// `dir`; see the module documentation. Reads only.
pub fn follow(dir: &Path, reflection: &Reflection, catalogue: &Catalogue) -> History {
    let mut history = History::default();
    let mut seen = vec![reflection.id.clone()];
    let mut summaries: Option<Vec<Summary>> = None;
    let mut link = reflection.continues.clone();
    let network = reflection.network_id.clone();
    while let Some(c) = link.take() {
        if history.years.len() >= MAX_YEARS {
            break;
        }
        if seen.contains(&c.id) {
            history.broken = Some(broken(
                &c,
                Text::new(
                    "de koppelingen tussen de jaren vormen een kring; controleer het veld continues in de bestanden",
                    "the links between the years form a loop; check the continues field in the files",
                ),
            ));
            break;
        }
        seen.push(c.id.clone());
        match find(dir, &c, &network, &mut summaries) {
            Ok(previous) => {
                link = previous.continues.clone();
                let questionnaire = catalogue.find(&previous.questionnaire);
                history.years.push(PastYear {
                    reflection: previous,
                    questionnaire,
                });
            }
            Err(reason) => {
                history.broken = Some(broken(&c, reason));
                break;
            }
        }
    }
    history
}

fn broken(c: &Continues, reason: Text) -> BrokenLink {
    BrokenLink {
        id: c.id.clone(),
        board_year: c.board_year.clone(),
        reason,
    }
}

/// Finds the reflection a link names in `dir`, or says why not.
fn find(
    dir: &Path,
    link: &Continues,
    network: &str,
    summaries: &mut Option<Vec<Summary>>,
) -> Result<Reflection, Text> {
    let same_network = |r: &str| network.is_empty() || r.is_empty() || r == network;
    let named = dir.join(format!("{}.{EXTENSION}", link.id));
    let mut unreadable: Option<StorageError> = None;
    if crate::format::reflection::is_safe_id(&link.id) && named.is_file() {
        match read_reflection(&named) {
            Ok(l) if l.reflection.id == link.id && same_network(&l.reflection.network_id) => {
                return Ok(l.reflection);
            }
            Ok(_) => {}
            Err(e) => unreadable = Some(e),
        }
    }
    // a renamed file: any file in the folder with the id
    let all = summaries.get_or_insert_with(|| {
        collection::summarise_folder(dir)
            .map(|c| c.files.into_iter().filter_map(|f| f.content.ok()).collect())
            .unwrap_or_default()
    });
    let mut other_network = false;
    for s in all.iter().filter(|s| s.id == link.id) {
        if !same_network(&s.network_id) {
            other_network = true;
            continue;
        }
        match read_reflection(&s.path) {
            Ok(l) => return Ok(l.reflection),
            Err(e) => unreadable = Some(e),
        }
    }
    let shown = dir.display();
    if let Some(e) = unreadable {
        return Err(Text::new(
            format!(
                "het bestand is er, maar is niet te lezen ({}); herstel het of zet een goede kopie terug. De rest van deze reflectie werkt gewoon.",
                e.describe(Lang::Nl)
            ),
            format!(
                "the file is there but cannot be read ({}); repair it or put a good copy back. The rest of this reflection works as usual.",
                e.describe(Lang::En)
            ),
        ));
    }
    if other_network {
        return Err(Text::new(
            format!(
                "het bestand met dit id in {shown} hoort bij een ander netwerk; zet het bestand van jullie eigen vorige jaar in deze map. De rest van deze reflectie werkt gewoon."
            ),
            format!(
                "the file with this id in {shown} belongs to another network; put your own previous year's file in this folder. The rest of this reflection works as usual."
            ),
        ));
    }
    Err(Text::new(
        format!(
            "het bestand staat niet (meer) in de map {shown}; misschien is het verwijderd, verplaatst of staat het in de prullenbak. Zet het terug om vorig jaar naast dit jaar te zien. De rest van deze reflectie werkt gewoon."
        ),
        format!(
            "the file is not (or no longer) in the folder {shown}; it may have been deleted, moved or put in the trash. Put it back to see last year beside this year. The rest of this reflection works as usual."
        ),
    ))
}
