//! Starts the Reflectietool: the window, or a command-line command.
// On Windows a window program: a double-click opens no console beside it.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::FromArgMatches;
use reflectietool::cli::{self, Cli, Command};

fn main() -> ExitCode {
    reflectietool::console::attach_to_parent();
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // the help is in the language the messages are in
    let help_lang = cli::message_lang(cli::lang_in_args(&raw));
    let parsed = cli::command(help_lang)
        .try_get_matches_from(&raw)
        .and_then(|m| Cli::from_arg_matches(&m));
    let args = match parsed {
        Ok(args) => args,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                e.exit();
            }
            eprintln!("{}", cli::usage_message(&e, help_lang));
            return ExitCode::from(2);
        }
    };
    let lang = cli::message_lang(args.lang);
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    let ok = match args.command {
        Some(Command::Check { files }) => cli::check(&files, lang, &mut out, &mut err),
        Some(Command::Export {
            file,
            out: out_path,
            questionnaire,
            document,
            include,
        }) => {
            let print = reflectietool::report::Print {
                document,
                options: include
                    .unwrap_or_else(|| reflectietool::report::PrintOptions::defaults(document)),
            };
            let data_dir = reflectietool::storage::location::data_dir(args.data_dir)
                .ok()
                .map(|d| d.path);
            cli::export(
                &file,
                &out_path,
                questionnaire.as_deref(),
                data_dir.as_deref(),
                print,
                lang,
                &mut out,
                &mut err,
            )
        }
        Some(Command::Worksheet {
            questionnaire,
            out: out_path,
            route,
            kind,
        }) => {
            let data_dir = reflectietool::storage::location::data_dir(args.data_dir)
                .ok()
                .map(|d| d.path);
            cli::worksheet(
                questionnaire.as_deref(),
                route.as_deref(),
                kind,
                data_dir.as_deref(),
                &out_path,
                lang,
                &mut out,
                &mut err,
            )
        }
        Some(Command::Poll {
            questionnaire,
            out: out_path,
            network,
        }) => cli::poll::poll(
            questionnaire.as_deref(),
            network.as_deref().unwrap_or(""),
            &out_path,
            lang,
            &mut out,
            &mut err,
        ),
        Some(Command::Review {
            sources,
            csv,
            separator,
            pdf,
        }) => {
            let data_dir = reflectietool::storage::location::data_dir(args.data_dir)
                .ok()
                .map(|d| d.path);
            let review = cli::review::ReviewArgs {
                sources,
                csv,
                separator,
                pdf,
            };
            let code = cli::review::review(&review, data_dir.as_deref(), lang, &mut out, &mut err);
            return ExitCode::from(code);
        }
        Some(Command::Import { paths }) => match cli::data_dir(args.data_dir) {
            Ok(dir) => cli::import::import(&dir.path, &paths, lang, &mut out, &mut err),
            Err(e) => {
                eprintln!("{e}");
                false
            }
        },
        Some(Command::List) => match cli::data_dir(args.data_dir) {
            Ok(dir) => cli::list(&dir.path, lang, &mut out, &mut err),
            Err(e) => {
                eprintln!("{e}");
                false
            }
        },
        None => match cli::data_dir(args.data_dir) {
            Ok(dir) => match reflectietool::window::run(&dir) {
                Ok(()) => true,
                Err(e) => {
                    reflectietool::window::report_failure(&format!("{e:#}"));
                    false
                }
            },
            Err(e) => {
                // started by a double-click, there is no console to say it in
                reflectietool::window::report_failure(&e.to_string());
                false
            }
        },
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
