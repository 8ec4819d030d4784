//! *Overzetten naar vragenlijst 2.0*: what moving the open reflection to
//! the newer version of its questionnaire would do — what carries over,
//! what is new and what is kept aside — before the board asks for it.

use crate::app::{Command, Session, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::upgrade::{MovePlan, plan_move};

/// Returns the label of the button that moves to version `version`.
pub fn move_label(lang: Lang, version: &str) -> String {
    match lang {
        Lang::Nl => format!("Overzetten naar vragenlijst {version}"),
        Lang::En => format!("Move to questionnaire {version}"),
    }
}

/// Draws the page that shows what moving to the newer version would do,
/// with the button that does it; returns where.
pub fn move_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &mut Session,
    commands: &mut Vec<Command>,
) -> egui::Rect {
    let from = session.full_questionnaire.clone();
    let to = session.newer.clone();
    let kind = session.reflection.profile.kind;
    egui::CentralPanel::default()
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("move")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(style::TEXT_WIDTH + 40.0);
                    ui.add_space(10.0);
                    let Some(to) = to else {
                        ui.label(t(
                            lang,
                            "Deze reflectie gebruikt al de nieuwste versie van haar vragenlijst.",
                            "This reflection already uses the newest version of its questionnaire.",
                        ));
                        return;
                    };
                    ui.label(style::title(move_label(lang, &to.version)));
                    let plan = plan_move(&session.reflection, &from, &to);
                    let answered = plan.carried.len() + plan.kept_aside.len();
                    ui.add(
                        egui::Label::new(match lang {
                            Lang::Nl => format!(
                                "Jullie reflectie gebruikt nu versie {}. Versie {} heeft scherpere vragen, een veld “Hoe weten jullie dit?” en vragen die passen bij jullie soort netwerk. Geen antwoord gaat verloren: alle {answered} antwoorden blijven in het bestand.",
                                from.version, to.version
                            ),
                            Lang::En => format!(
                                "Your reflection now uses version {}. Version {} has sharper questions, a “How do you know?” field and questions that fit your kind of network. No answer is lost: all {answered} answers stay in the file.",
                                from.version, to.version
                            ),
                        })
                        .wrap(),
                    );
                    ui.add_space(8.0);
                    lists_ui(ui, lang, &plan, &from, &to, kind);
                    ui.add_space(12.0);
                    if !plan.can_move() {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(match lang {
                                    Lang::Nl => format!(
                                        "Overzetten kan nog niet: het antwoord op {} past niet bij de nieuwe vraag en zou verloren gaan. Wis of verander dat antwoord eerst.",
                                        plan.unfit.join(", ")
                                    ),
                                    Lang::En => format!(
                                        "Moving is not possible yet: the answer to {} does not fit the new question and would be lost. Clear or change that answer first.",
                                        plan.unfit.join(", ")
                                    ),
                                })
                                .color(style::error_colour(ui)),
                            )
                            .wrap(),
                        );
                    }
                    ui.horizontal(|ui| {
                        let go = ui.add_enabled(
                            plan.can_move(),
                            egui::Button::new(style::bold(move_label(lang, &to.version))),
                        );
                        if go.clicked() {
                            commands.push(Command::MoveQuestionnaire);
                        }
                        if ui.button(t(lang, "Niet nu", "Not now")).clicked() {
                            commands.push(Command::SelectTheme(session.theme));
                        }
                    });
                });
        })
        .response
        .rect
}

/// Draws the three lists of the move: carried, new and kept aside, each
/// folded with its number, the questions by their prompts.
fn lists_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &MovePlan,
    from: &Questionnaire,
    to: &Questionnaire,
    kind: crate::model::reflection::NetworkKind,
) {
    let prompt = |q: &Questionnaire, id: &str| -> String {
        q.question(id).map_or_else(
            || id.to_owned(),
            |x| x.prompt_for(kind).get(lang).to_owned(),
        )
    };
    let new: Vec<&String> = plan
        .new
        .iter()
        .filter(|id| to.question(id).is_some_and(|q| q.applies_to(kind)))
        .collect();
    let lists: [(String, String, Vec<String>); 3] = [
        (
            t(lang, "Gaan mee", "Carry over").to_owned(),
            t(
                lang,
                "Deze vragen staan ook in de nieuwe versie; jullie antwoord blijft staan.",
                "These questions are in the new version too; your answer stays.",
            )
            .to_owned(),
            plan.carried.iter().map(|id| prompt(to, id)).collect(),
        ),
        (
            t(lang, "Nieuw", "New").to_owned(),
            t(
                lang,
                "Deze vragen zijn nieuw en nog niet beantwoord.",
                "These questions are new and not answered yet.",
            )
            .to_owned(),
            new.iter().map(|id| prompt(to, id)).collect(),
        ),
        (
            t(lang, "Apart bewaard", "Kept aside").to_owned(),
            t(
                lang,
                "De nieuwe versie stelt deze vragen niet meer. Jullie antwoorden blijven in het bestand; het overzicht en de pdf tonen ze apart.",
                "The new version no longer asks these questions. Your answers stay in the file; the overview and the PDF show them apart.",
            )
            .to_owned(),
            plan.kept_aside.iter().map(|id| prompt(from, id)).collect(),
        ),
    ];
    for (title, explain, items) in lists {
        egui::CollapsingHeader::new(style::bold(format!("{title} ({})", items.len())))
            .id_salt(&title)
            .default_open(false)
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(egui::RichText::new(explain).color(style::muted(ui))).wrap(),
                );
                for item in items {
                    ui.add(egui::Label::new(format!("• {item}")).wrap());
                }
            });
    }
}
