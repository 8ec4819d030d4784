//! The network profile's fields, drawn the same way in the new-reflection
//! form and in *Netwerkgegevens*: labels above fields, hints under labels,
//! "(optioneel)" on optional fields, and after a submit with errors a
//! summary at the top that links to each field and the message beside it.

use crate::app::{style, t};
use crate::lang::{Lang, Text};
use crate::model::profile::{Field, FieldError, ProfileInput};
use crate::model::reflection::{NetworkKind, NetworkProfile};

/// The profile form's state: the fields as typed, the errors after the
/// first submit, and where the keyboard focus is to go.
#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    /// The fields as typed.
    pub input: ProfileInput,
    /// `None` until the first submit; then what was wrong at the last
    /// submit and still is, checked again at every change.
    pub errors: Option<Vec<FieldError>>,
    /// The field that takes the keyboard focus in the next frame.
    pub focus: Option<Field>,
    /// Where that field is scrolled to: its top at the top of the page (a
    /// link) or its bottom at the bottom, keeping the summary above in
    /// view when it fits (a submit).
    reveal: Option<egui::Align>,
}

impl ProfileForm {
    /// Starts a form on these fields, with the focus on the name.
    pub fn new(input: ProfileInput) -> ProfileForm {
        ProfileForm {
            input,
            errors: None,
            focus: Some(Field::Name),
            reveal: None,
        }
    }

    /// Checks the fields: returns the profile, or keeps the errors and
    /// sends the focus to the first field that is wrong.
    pub fn submit(&mut self) -> Option<NetworkProfile> {
        match self.input.validate() {
            Ok(p) => {
                self.errors = None;
                Some(p)
            }
            Err(errors) => {
                self.focus = errors.first().map(|e| e.field);
                self.reveal = Some(egui::Align::Max);
                self.errors = Some(errors);
                None
            }
        }
    }

    /// Returns what is wrong with a field, if the form was submitted and
    /// the field is still wrong.
    pub fn error(&self, field: Field) -> Option<&Text> {
        self.errors
            .as_ref()?
            .iter()
            .find(|e| e.field == field)
            .map(|e| &e.message)
    }

    /// Checks the fields again after a change, once the form was submitted:
    /// a message goes as soon as its field is right (or changes with it),
    /// but no new message appears while typing; that waits for the submit.
    fn recheck(&mut self) {
        let Some(before) = &self.errors else { return };
        let now = self.input.validate().err().unwrap_or_default();
        let kept = now
            .into_iter()
            .filter(|e| before.iter().any(|b| b.field == e.field))
            .collect();
        self.errors = Some(kept);
    }
}

/// Returns the label of a field, with "(optioneel)" on an optional one.
pub fn field_label(lang: Lang, field: Field) -> String {
    let label = match field {
        Field::Name => t(lang, "Naam van het netwerk", "Name of the network"),
        Field::Kind => t(lang, "Soort netwerk", "Kind of network"),
        Field::Institution => t(lang, "Instelling", "Institution"),
        Field::City => t(lang, "Plaats", "City"),
        Field::Dimensions => t(
            lang,
            "Identiteiten die jullie centraal stellen",
            "Identities you centre",
        ),
        Field::Size => t(lang, "Aantal leden", "Number of members"),
        Field::BoardYear => t(lang, "Bestuursjaar", "Board year"),
    };
    if field.optional() {
        format!("{label} {}", t(lang, "(optioneel)", "(optional)"))
    } else {
        label.to_owned()
    }
}

fn hint(lang: Lang, field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Name => t(
            lang,
            "Zoals hij op de pdf moet staan, bijvoorbeeld Studentenvereniging Ubuntu.",
            "As it should appear on the PDF, for example Ubuntu Student Association.",
        ),
        Field::Institution => t(
            lang,
            "Onderwijsinstelling, gemeente of werkgever, bijvoorbeeld Hogeschool Rotterdam.",
            "University, municipality or employer, for example Rotterdam University of Applied Sciences.",
        ),
        Field::Dimensions => t(
            lang,
            "Scheid ze met komma's, bijvoorbeeld Afrikaanse diaspora, eerste generatie.",
            "Separate them with commas, for example African diaspora, first generation.",
        ),
        Field::Size => t(
            lang,
            "Ongeveer is goed genoeg, bijvoorbeeld 40 of ca. 40.",
            "Roughly is good enough, for example 40 or about 40.",
        ),
        Field::BoardYear => t(lang, "Bijvoorbeeld 2026-2027.", "For example 2026-2027."),
        Field::Kind | Field::City => return None,
    })
}

/// The width of a field, by how much text it takes.
fn width(field: Field) -> f32 {
    match field {
        Field::Size | Field::BoardYear => 160.0,
        Field::City => 280.0,
        _ => 460.0,
    }
}

/// Draws the error summary at the top of a form, if the last submit found
/// errors: "Er is een probleem" and a link per error that moves the focus
/// to its field.
pub fn error_summary_ui(ui: &mut egui::Ui, lang: Lang, form: &mut ProfileForm) {
    let Some(errors) = form.errors.as_ref().filter(|e| !e.is_empty()) else {
        return;
    };
    let colour = style::error_colour(ui);
    let mut go = None;
    egui::Frame::new()
        .stroke(egui::Stroke::new(3.0, colour))
        .inner_margin(egui::Margin::same(14))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(style::title(t(
                lang,
                "Er is een probleem",
                "There is a problem",
            )));
            ui.add_space(4.0);
            for e in errors {
                let link = ui.link(
                    egui::RichText::new(e.message.get(lang))
                        .color(colour)
                        .underline()
                        .strong(),
                );
                if link.clicked() {
                    go = Some(e.field);
                }
            }
        });
    ui.add_space(12.0);
    if go.is_some() {
        form.focus = go;
        form.reveal = Some(egui::Align::Min);
    }
}

/// Draws the profile's fields; returns whether Enter was pressed in one of
/// them (to submit, as a web form does).
pub fn profile_form_ui(ui: &mut egui::Ui, lang: Lang, form: &mut ProfileForm) -> bool {
    let mut submit = false;
    let mut changed = false;
    for field in Field::ALL {
        let error = form.error(field).map(|e| e.get(lang).to_owned());
        let (r, group) = field_group_ui(ui, lang, field, error.as_deref(), |ui| {
            if field == Field::Kind {
                return kind_ui(ui, lang, &mut form.input.kind);
            }
            let value = match field {
                Field::Name => &mut form.input.name,
                Field::Institution => &mut form.input.institution,
                Field::City => &mut form.input.city,
                Field::Dimensions => &mut form.input.dimensions,
                Field::Size => &mut form.input.size,
                _ => &mut form.input.board_year,
            };
            let w = width(field).min(ui.available_width());
            // a fixed id: the message above the field comes and goes
            // while typing, and must not take the focus away
            ui.add(
                egui::TextEdit::singleline(value)
                    .id(egui::Id::unique(("profile_field", field)))
                    .char_limit(crate::app::widgets::LINE_CHARS)
                    .desired_width(w)
                    .min_size(egui::vec2(w, 0.0)),
            )
        });
        changed |= r.changed();
        if field != Field::Kind {
            submit |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        }
        if form.focus == Some(field) {
            r.request_focus();
            if let Some(align) = form.reveal.take() {
                ui.scroll_to_rect(group.expand(6.0), Some(align));
            }
            form.focus = None;
        }
    }
    if changed {
        form.recheck();
        ui.ctx().request_repaint();
    }
    submit
}

/// Draws one field: its label, hint and message above the control, a red
/// bar beside a field with an error and a red border round its control.
/// Returns the control's response, labelled by the label, and where the
/// whole field was drawn.
fn field_group_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    field: Field,
    error: Option<&str>,
    control: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> (egui::Response, egui::Rect) {
    let colour = style::error_colour(ui);
    let indent = if error.is_some() { 14 } else { 0 };
    let inner = egui::Frame::new()
        .inner_margin(egui::Margin {
            left: indent,
            ..Default::default()
        })
        .show(ui, |ui| {
            let label = ui.label(style::bold(field_label(lang, field)));
            let mut described = Vec::new();
            if let Some(h) = hint(lang, field) {
                ui.add(egui::Label::new(egui::RichText::new(h).color(style::muted(ui))).wrap());
                described.push(h.to_owned());
            }
            if let Some(e) = error {
                ui.add(egui::Label::new(egui::RichText::new(e).color(colour).strong()).wrap());
                described.push(format!("{} {e}", t(lang, "Fout:", "Error:")));
            }
            ui.add_space(2.0);
            let mut r = control(ui);
            if field != Field::Kind {
                // the radio buttons keep their own names
                r = r.labelled_by(label.id);
            }
            if error.is_some() {
                ui.painter().rect_stroke(
                    r.rect.expand(1.0),
                    3.0,
                    egui::Stroke::new(2.0, colour),
                    egui::StrokeKind::Outside,
                );
            }
            if !described.is_empty() {
                let text = described.join(" ");
                ui.ctx()
                    .accesskit_node_builder(r.id, |n| n.set_description(text));
            }
            r
        });
    if error.is_some() {
        let rect = inner.response.rect;
        ui.painter().rect_filled(
            egui::Rect::from_min_size(rect.min, egui::vec2(4.0, rect.height())),
            0.0,
            colour,
        );
    }
    ui.add_space(14.0);
    (inner.inner, inner.response.rect)
}

/// Draws the kinds of network as radio buttons, all visible; returns the
/// response of the chosen one (the one that takes the focus).
fn kind_ui(ui: &mut egui::Ui, lang: Lang, kind: &mut NetworkKind) -> egui::Response {
    let mut chosen = None;
    let mut changed = false;
    for k in NetworkKind::ALL {
        let r = ui.radio_value(kind, k, k.label().get(lang));
        changed |= r.changed();
        if *kind == k {
            chosen = Some(r);
        }
    }
    let mut r = chosen.unwrap_or_else(|| ui.label(""));
    if changed {
        r.mark_changed();
    }
    r
}
