//! Choosing the session route in the reflection's sidebar: the whole
//! questionnaire, or a route such as "one board evening", with how many
//! questions and how long it takes.

use crate::app::{Command, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::{Route, route_summary};

/// The accessible name of the route chooser, in Dutch and English.
pub const ROUTE_LABEL: (&str, &str) = ("Route voor deze sessie", "Route for this session");

/// What the route chooser offers.
pub struct RouteChoice<'a> {
    /// The routes for the reflection's questionnaire.
    pub routes: &'a [Route],
    /// The id of the route being followed, if any.
    pub current: Option<&'a str>,
    /// The whole questionnaire.
    pub full: &'a Questionnaire,
}

impl RouteChoice<'_> {
    /// Returns the minutes the followed route plans for a theme (its
    /// blocks together), or none without a route.
    pub fn minutes_for(&self, theme: &str) -> Option<u32> {
        let id = self.current?;
        let route = self.routes.iter().find(|r| r.id == id)?;
        let minutes: u32 = route
            .blocks
            .iter()
            .filter(|b| b.theme == theme)
            .map(|b| b.minutes)
            .sum();
        (minutes > 0).then_some(minutes)
    }
}

/// Draws the route chooser; choosing emits [`Command::SetRoute`]. Draws
/// nothing when the questionnaire has no routes.
pub fn route_choice_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    choice: &RouteChoice<'_>,
    commands: &mut Vec<Command>,
) {
    if choice.routes.is_empty() {
        return;
    }
    let label = ui.label(style::bold(t(lang, ROUTE_LABEL.0, ROUTE_LABEL.1)));
    let whole = format!(
        "{} · {} {}",
        t(lang, "De hele vragenlijst", "The whole questionnaire"),
        choice.full.question_count(),
        t(lang, "vragen", "questions")
    );
    let current = choice
        .current
        .and_then(|id| choice.routes.iter().find(|r| r.id == id));
    let shown = current.map_or_else(|| whole.clone(), |r| route_summary(r, choice.full, lang));
    let mut picked: Option<Option<String>> = None;
    egui::ComboBox::from_id_salt("route_choice")
        .selected_text(shown)
        .width(ui.available_width())
        .wrap_mode(egui::TextWrapMode::Wrap)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), &whole).clicked() {
                picked = Some(None);
            }
            for route in choice.routes {
                let selected = current.is_some_and(|c| c.id == route.id);
                let r = ui
                    .selectable_label(selected, route_summary(route, choice.full, lang))
                    .on_hover_text(route.description.get(lang));
                if r.clicked() {
                    picked = Some(Some(route.id.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    if let Some(route) = current {
        let left_out = route.left_out(choice.full).len();
        ui.add(
            egui::Label::new(
                egui::RichText::new(match lang {
                    Lang::Nl => format!(
                        "{left_out} vragen laten jullie deze keer liggen; jullie antwoorden daarop blijven bewaard."
                    ),
                    Lang::En => format!(
                        "You leave {left_out} questions for another time; your answers to them stay kept."
                    ),
                })
                .small()
                .color(style::muted(ui)),
            )
            .wrap(),
        );
    }
    if let Some(id) = picked
        && id.as_deref() != choice.current
    {
        commands.push(Command::SetRoute(id));
    }
}
