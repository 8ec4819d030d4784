//! Session routes: found in the program and in the data folder (a broken
//! one listed with its line and column, one of another questionnaire left
//! alone), checked by `reflectietool check`, followed by the blank
//! worksheet (`worksheet --route`) and named on the self-assessment's cover
//! with what the route left out.

use std::path::Path;
use std::process::Command;

use reflectietool::Questionnaire;
use reflectietool::format::route::builtin_routes;
use reflectietool::storage::routes::routes_for;
use reflectietool::storage::{Store, to_ron};

fn run(args: &[&str], data: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reflectietool"))
        .args(args)
        .env("REFLECTIETOOL_DATA_DIR", data)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("the program runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const OWN_ROUTE: &str = r#"Route(
    id: "kort",
    questionnaire: "reflectietool",
    title: (nl: "Kort overleg", en: "A short meeting"),
    blocks: [
        Block(theme: "vooruit", minutes: 20, questions: ["vooruit.prioriteit", "vooruit.behouden"]),
    ],
)"#;

const BROKEN_ROUTE: &str = r#"Route(
    id: "kapot",
    questionnaire: "reflectietool",
    title: (nl: "Kapot", en: "Broken"),
    blocks: [
        Block(theme: "vooruit", minutes: 20, questions: ["vooruit.bestaat-niet"]),
    ],
)"#;

const OTHER_ROUTE: &str = r#"Route(
    id: "ander",
    questionnaire: "een-andere-vragenlijst",
    title: (nl: "Ander", en: "Other"),
    blocks: [Block(theme: "x", minutes: 5)],
)"#;

fn data_with_routes() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("questionnaires").join("routes");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a-kort.ron"), OWN_ROUTE).unwrap();
    std::fs::write(dir.join("b-kapot.ron"), BROKEN_ROUTE).unwrap();
    std::fs::write(dir.join("c-ander.ron"), OTHER_ROUTE).unwrap();
    data
}

#[test]
fn routes_come_from_the_program_and_the_data_folder() {
    let q = Questionnaire::builtin_v1();
    let data = data_with_routes();
    let found = routes_for(&q, Some(data.path()));
    let ids: Vec<&str> = found.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["bestuursavond", "workshop-90", "kort"]);
    assert_eq!(found.problems.len(), 1, "{:?}", found.problems);
    let message = found.problems[0].describe(reflectietool::Lang::En);
    assert!(
        message.contains("b-kapot.ron:6:") && message.contains("vooruit.bestaat-niet"),
        "{message}"
    );
    // without a data folder: only the program's own
    assert_eq!(routes_for(&q, None).routes.len(), builtin_routes(&q).len());
}

#[test]
fn check_reads_route_files_and_names_each_problem_where_it_is() {
    let data = data_with_routes();
    let dir = data.path().join("questionnaires").join("routes");
    let good = dir.join("a-kort.ron");
    let bad = dir.join("b-kapot.ron");
    let (code, stdout, stderr) = run(
        &["check", good.to_str().unwrap(), bad.to_str().unwrap()],
        data.path(),
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stdout.contains("a-kort.ron: ok, Kort overleg · 2 vragen · 20 min"),
        "{stdout}"
    );
    assert!(
        stderr.contains("b-kapot.ron:6:") && stderr.contains("vooruit.bestaat-niet"),
        "{stderr}"
    );
}

#[test]
fn the_worksheet_follows_a_route_and_names_it() {
    let data = data_with_routes();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("werkblad.pdf");
    let (code, _, stderr) = run(
        &[
            "worksheet",
            "--route",
            "workshop-90",
            "--out",
            pdf.to_str().unwrap(),
        ],
        data.path(),
    );
    assert_eq!(code, Some(0), "{stderr}");
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Route: Workshop van 90 minuten · 13 vragen · 90 min"),
        "{text}"
    );
    // the command line's worksheet is of the built-in questionnaire 2.0
    let q = Questionnaire::builtin();
    let prompt = |id: &str| q.question(id).unwrap().prompt.nl.clone();
    // the opening exercise comes first, as 1.1
    assert!(
        text.contains(&format!("1.1 {}", prompt("waarde.blij-balen"))),
        "{text}"
    );
    // a question the route leaves out is not there
    assert!(!text.contains(&prompt("profiel.bestaan")), "{text}");
    // a route of the data folder, and one that does not exist
    let (code, _, _) = run(
        &[
            "worksheet",
            "--route",
            "kort",
            "--out",
            pdf.to_str().unwrap(),
        ],
        data.path(),
    );
    assert_eq!(code, Some(0));
    assert!(pdf_text(&pdf).contains(&prompt("vooruit.prioriteit")));
    let (code, _, stderr) = run(
        &[
            "--lang",
            "en",
            "worksheet",
            "--route",
            "nergens",
            "--out",
            "/tmp/x.pdf",
        ],
        data.path(),
    );
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("no route \"nergens\"")
            && stderr.contains("bestuursavond, workshop-90, kort"),
        "{stderr}"
    );
}

#[test]
fn the_self_assessment_names_the_route_and_what_it_left_out() {
    let q = Questionnaire::builtin_v1();
    let data = tempfile::tempdir().unwrap();
    let mut r = reflectietool::sample::full_reflection(&q, "met-route", 0);
    r.route = Some("workshop-90".into());
    let path = Store::open(data.path()).unwrap().save(&r).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("route: Some(\"workshop-90\")")
    );
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("zelfevaluatie.pdf");
    let (code, _, stderr) = run(
        &[
            "export",
            path.to_str().unwrap(),
            "--out",
            pdf.to_str().unwrap(),
            "--document",
            "volledig",
        ],
        data.path(),
    );
    assert_eq!(code, Some(0), "{stderr}");
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Gevolgde route Workshop van 90 minuten (12 van 54 vragen)"),
        "{text}"
    );
    assert!(text.contains("Niet in de route"), "{text}");
    assert!(text.contains("Over jullie netwerk: 6"), "{text}");
    // a question outside the route is not in the document
    let left_out = &q.question("profiel.bestaan").unwrap().prompt.nl;
    assert!(!text.contains(left_out.as_str()), "{text}");
    // the same file without a route prints every theme, and no route
    let mut whole = r.clone();
    whole.route = None;
    std::fs::write(&path, to_ron(&whole)).unwrap();
    let (code, _, _) = run(
        &[
            "export",
            path.to_str().unwrap(),
            "--out",
            pdf.to_str().unwrap(),
            "--document",
            "volledig",
        ],
        data.path(),
    );
    assert_eq!(code, Some(0));
    let text = pdf_text(&pdf);
    assert!(!text.contains("Gevolgde route"));
    assert!(text.contains(left_out.as_str()));
}
