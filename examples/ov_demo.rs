use reflectietool::model::reflection::Entry;
use reflectietool::storage::Store;
use reflectietool::{Questionnaire, sample};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let q = Questionnaire::builtin();
    let mut r = sample::full_reflection(&q, "demo", 0);
    r.profile.name = "Pride Rotterdam".into();
    // leave some open, some skipped, some later
    let ids: Vec<String> = q.questions().map(|(_, qu)| qu.id.clone()).collect();
    for (i, id) in ids.iter().enumerate() {
        if i % 3 == 1 {
            r.agreed.remove(id);
        }
        if i % 7 == 2 {
            r.agreed.insert(
                id.clone(),
                Entry {
                    skipped: true,
                    ..Entry::default()
                },
            );
        }
    }
    r.actions.truncate(4);
    for a in &mut r.actions {
        a.what = a.what.chars().take(60).collect();
    }
    Store::open(std::path::Path::new(&dir))
        .unwrap()
        .save(&r)
        .unwrap();
}
