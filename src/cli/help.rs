//! The command line's help in Dutch or English: clap writes it in English,
//! so the Dutch texts replace every line that a person reads.

use clap::{Arg, ArgAction, CommandFactory};

use super::Cli;
use crate::lang::Lang;

/// The layout of a help page with Dutch headings.
const TEMPLATE_NL: &str =
    "{before-help}{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// Returns the command-line definition with its help in one language.
pub fn command(lang: Lang) -> clap::Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd.about(
            "Reflectietool for identity networks: an offline self-assessment for the boards of networks",
        ),
        Lang::Nl => dutch(cmd),
    }
}

/// Gives an argument its Dutch help and the Dutch heading of its group;
/// the default value and the environment variable are in the text itself.
fn arg_nl(a: Arg, help: &'static str) -> Arg {
    let heading = if a.is_positional() {
        "Argumenten"
    } else {
        "Opties"
    };
    let value = match a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.as_str())
    {
        Some("FILE") => Some("BESTAND"),
        Some("DIR") => Some("MAP"),
        Some("DIR_OR_FILE") => Some("MAP_OF_BESTAND"),
        Some("OUT_DIR") => Some("UITVOERMAP"),
        Some("OUT.pdf") => Some("UITVOER.pdf"),
        Some("LIST") => Some("LIJST"),
        Some("QUESTIONNAIRE") => Some("VRAGENLIJST"),
        _ => None,
    };
    let a = match value {
        Some(v) => a.value_name(v),
        None => a,
    };
    a.help(help)
        .long_help(None::<&str>)
        .help_heading(heading)
        .hide_default_value(true)
        .hide_env(true)
}

/// The `-h, --help` flag in Dutch.
fn help_flag() -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help("Toont deze hulp")
        .help_heading("Opties")
}

/// One subcommand's page in Dutch, with its usage line.
fn page(cmd: clap::Command, about: &'static str, usage: &'static str) -> clap::Command {
    cmd.about(about)
        .override_usage(usage)
        .long_about(None::<&str>)
        .help_template(TEMPLATE_NL)
        .subcommand_help_heading("Opdrachten")
        .disable_help_flag(true)
        .arg(help_flag())
}

/// Puts every text of the help into Dutch.
fn dutch(cmd: clap::Command) -> clap::Command {
    let cmd = page(
        cmd,
        "Reflectietool voor identiteitsnetwerken: een offline zelfevaluatie voor besturen van netwerken",
        "reflectietool [OPTIES] [OPDRACHT]",
    )
    .disable_help_subcommand(true)
    .disable_version_flag(true)
    .arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Toont het versienummer")
            .help_heading("Opties"),
    )
    .mut_arg("data_dir", |a| {
        arg_nl(
            a,
            "Waar de reflecties staan (standaard: de gegevensmap van deze gebruiker, of REFLECTIETOOL_DATA_DIR)",
        )
    })
    .mut_arg("lang", |a| {
        arg_nl(
            a,
            "De taal van meldingen en documenten: nl of en (standaard Nederlands, tenzij LANG Engels is)",
        )
    });
    let out = "Waar de pdf komt";
    cmd.mut_subcommand("check", |s| {
        page(
            s,
            "Vragenlijsten of reflecties controleren",
            "reflectietool check [OPTIES] <BESTAND>...",
        )
            .mut_arg("files", |a| arg_nl(a, "De bestanden om te controleren"))
    })
    .mut_subcommand("list", |s| page(
            s,
            "De bewaarde reflecties tonen",
            "reflectietool list [OPTIES]",
        ))
    .mut_subcommand("import", |s| {
        page(
            s,
            "Reflectiebestanden (het werk van de groepen, bijvoorbeeld van een USB-stick) in de gegevensmap verzamelen: elk genoemd bestand en elk .ron-bestand direct in elke genoemde map. Waar ze staan wordt niets geschreven; in de gegevensmap wordt niets overschreven",
            "reflectietool import [OPTIES] <MAP_OF_BESTAND>...",
        )
        .mut_arg("paths", |a| arg_nl(a, "De bestanden en mappen om uit te verzamelen"))
    })
    .mut_subcommand("export", |s| {
        page(
            s,
            "De zelfevaluatie (pdf) van een reflectiebestand maken: de korte voor de algemene ledenvergadering of de volledige",
            "reflectietool export [OPTIES] --out <X.pdf> <BESTAND>",
        )
        .mut_arg("file", |a| arg_nl(a, "Het reflectiebestand (.ron)"))
        .mut_arg("out", |a| arg_nl(a, out))
        .mut_arg("questionnaire", |a| {
            arg_nl(
                a,
                "De vragenlijst waar de reflectie bij hoort, als dat niet de ingebouwde is en hij niet in de map questionnaires van de gegevensmap staat",
            )
        })
        .mut_arg("document", |a| {
            arg_nl(
                a,
                "Welk document: kort (2 tot 4 pagina's voor de algemene ledenvergadering: voorblad, samenvatting, posities, actiepunten, regel voor de vaststelling) of volledig (elk antwoord, voor de diversiteitscoördinator; de standaard)",
            )
        })
        .mut_arg("include", |a| {
            arg_nl(
                a,
                "Wat er naast de antwoorden in komt, met komma's gescheiden: notities, redenen (Waarom en Niet iedereen is het eens), later-bespreken; of geen. Standaard: geen bij kort, notities,redenen bij volledig. Privénotities komen nooit in de pdf",
            )
        })
    })
    .mut_subcommand("poll", |s| {
        page(
            s,
            "De ledenpeiling (pdf) van een vragenlijst maken: één pagina die leden invullen vóór de reflectie",
            "reflectietool poll [OPTIES] --out <X.pdf> [VRAGENLIJST]",
        )
        .mut_arg("questionnaire", |a| {
            arg_nl(
                a,
                "Het vragenlijstbestand (standaard: de ingebouwde vragenlijst)",
            )
        })
        .mut_arg("out", |a| arg_nl(a, out))
        .mut_arg("network", |a| {
            arg_nl(a, "De naam van het netwerk, bovenaan de pagina")
        })
    })
    .mut_subcommand("worksheet", |s| {
        page(
            s,
            "Het lege werkblad (pdf) van een vragenlijst maken, voor op papier",
            "reflectietool worksheet [OPTIES] --out <X.pdf> [VRAGENLIJST]",
        )
        .mut_arg("questionnaire", |a| {
            arg_nl(
                a,
                "Het vragenlijstbestand (standaard: de ingebouwde vragenlijst)",
            )
        })
        .mut_arg("out", |a| arg_nl(a, out))
        .mut_arg("route", |a| {
            arg_nl(
                a,
                "Alleen de vragen van deze sessieroute, in haar volgorde: de id van een ingebouwde route (bestuursavond, workshop-90) of van een route in de gegevensmap, of een routebestand",
            )
        })
        .mut_arg("kind", |a| {
            arg_nl(
                a,
                "Alleen de vragen voor dit soort netwerk, in zijn woorden: student, women, pride, disability, employee, first-generation of other",
            )
        })
    })
    .mut_subcommand("review", |s| {
        page(
            s,
            "De reflecties van veel netwerken lezen zonder ze te veranderen, en exporteren: CSV-bestanden (answers_long.csv, summary_wide.csv, codebook.csv) voor een spreadsheet, en het overzicht (pdf) voor een beleidsrapport",
            "reflectietool review [OPTIES] <--csv <UITVOERMAP>|--pdf <UITVOER.pdf>> <MAP_OF_BESTAND>...",
        )
        .mut_arg("sources", |a| {
            arg_nl(
                a,
                "De mappen (elk .ron-bestand direct daarin) en bestanden om te lezen; er wordt niets in geschreven",
            )
        })
        .mut_arg("csv", |a| {
            arg_nl(
                a,
                "De map voor de CSV-bestanden (wordt gemaakt als hij er niet is; nooit een map die bekeken wordt)",
            )
        })
        .mut_arg("separator", |a| {
            arg_nl(
                a,
                "Wat de velden scheidt: comma (komma), of semicolon (puntkomma) voor Nederlandse Excel; getallen hebben dan een decimale komma. Standaard: comma",
            )
        })
        .mut_arg("pdf", |a| {
            arg_nl(
                a,
                "Waar het overzicht (pdf) voor een beleidsrapport komt, in de taal van --lang (nooit in een map die bekeken wordt)",
            )
        })
    })
}
