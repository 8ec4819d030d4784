//! The form for a new reflection: the network profile and the questionnaire.

use crate::app::{Available, Command, style, t};
use crate::lang::Lang;
use crate::model::questionnaire::Text;
use crate::model::reflection::{NetworkKind, NetworkProfile};

/// The fields of the new-reflection form, as typed.
#[derive(Debug, Clone)]
pub struct NewForm {
    /// The network's name.
    pub name: String,
    /// The kind of network.
    pub kind: NetworkKind,
    /// The institution.
    pub institution: String,
    /// The city.
    pub city: String,
    /// The identity dimensions, separated by commas.
    pub dimensions: String,
    /// The number of members, as typed.
    pub size: String,
    /// The board year.
    pub board_year: String,
    /// The index among the valid questionnaires.
    pub questionnaire: usize,
    /// Why the form could not be used, if it could not.
    pub error: Option<String>,
    /// Whether the name field should take the keyboard focus.
    pub focus_name: bool,
}

impl Default for NewForm {
    fn default() -> Self {
        NewForm {
            name: String::new(),
            kind: NetworkKind::default(),
            institution: String::new(),
            city: String::new(),
            dimensions: String::new(),
            size: String::new(),
            board_year: current_board_year(),
            questionnaire: 0,
            error: None,
            focus_name: true,
        }
    }
}

/// Returns the academic year that runs now, such as `2026-2027`.
pub fn current_board_year() -> String {
    let now = jiff::Zoned::now();
    let y = now.year();
    if now.month() >= 9 {
        format!("{y}-{}", y + 1)
    } else {
        format!("{}-{y}", y - 1)
    }
}

impl NewForm {
    /// Turns the form into a profile, or says what is missing.
    pub fn profile(&self) -> Result<NetworkProfile, Text> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Text::new(
                "Vul de naam van het netwerk in.",
                "Fill in the name of the network.",
            ));
        }
        let size = match self.size.trim() {
            "" => None,
            s => match s.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    return Err(Text::new(
                        "Vul bij het aantal leden een heel getal in, of laat het leeg.",
                        "Fill in a whole number for the number of members, or leave it empty.",
                    ));
                }
            },
        };
        Ok(NetworkProfile {
            name: name.to_owned(),
            kind: self.kind,
            institution: self.institution.trim().to_owned(),
            city: self.city.trim().to_owned(),
            dimensions: self
                .dimensions
                .split(',')
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty())
                .collect(),
            size,
            board_year: self.board_year.trim().to_owned(),
        })
    }
}

fn field(ui: &mut egui::Ui, label: &str, value: &mut String, hint: &str) -> egui::Response {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::singleline(value)
                .char_limit(crate::app::widgets::LINE_CHARS)
                .hint_text(hint)
                .desired_width(380.0)
                .min_size(egui::vec2(380.0, 0.0)),
        )
        .labelled_by(l.id);
    ui.end_row();
    r
}

/// Draws the form for a new reflection; returns where.
pub fn new_reflection_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut NewForm,
    questionnaires: &[Available],
    commands: &mut Vec<Command>,
) -> egui::Rect {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH));
            ui.add_space(8.0);
            ui.heading(t(lang, "Nieuwe reflectie", "New reflection"));
            ui.label(t(
                lang,
                "Vertel kort wie jullie zijn. Namen van leden zijn niet nodig. Alles kun je later aanpassen.",
                "Tell briefly who you are. No member names are needed. You can change everything later.",
            ));
            ui.add_space(8.0);
            let mut submit = false;
            egui::Grid::new("new_form").num_columns(2).spacing([14.0, 10.0]).show(ui, |ui| {
                let r = field(ui, t(lang, "Naam van het netwerk", "Name of the network"), &mut form.name, t(lang, "bijv. Studentenvereniging Ubuntu", "e.g. Ubuntu Student Association"));
                submit |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if form.focus_name {
                    r.request_focus();
                    form.focus_name = false;
                }
                let l = ui.label(t(lang, "Soort netwerk", "Kind of network"));
                egui::ComboBox::from_id_salt("kind")
                    .selected_text(form.kind.label().get(lang))
                    .width(380.0)
                    .show_ui(ui, |ui| {
                        for k in NetworkKind::ALL {
                            ui.selectable_value(&mut form.kind, k, k.label().get(lang));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                field(ui, t(lang, "Onderwijsinstelling, gemeente of werkgever", "University, municipality or employer"), &mut form.institution, t(lang, "bijv. Hogeschool Rotterdam", "e.g. Rotterdam University of Applied Sciences"));
                field(ui, t(lang, "Plaats", "City"), &mut form.city, "");
                field(ui, t(lang, "Identiteiten die jullie centraal stellen (met komma's)", "Identities you centre (separated by commas)"), &mut form.dimensions, t(lang, "bijv. Afrikaanse diaspora, eerste generatie", "e.g. African diaspora, first generation"));
                field(ui, t(lang, "Aantal leden (ongeveer)", "Number of members (roughly)"), &mut form.size, "");
                field(ui, t(lang, "Bestuursjaar", "Board year"), &mut form.board_year, "2026-2027");

                let l = ui.label(t(lang, "Vragenlijst", "Questionnaire"));
                let valid: Vec<(&crate::model::questionnaire::Questionnaire, bool)> = questionnaires
                    .iter()
                    .filter_map(|a| match a {
                        Available::Ok(q, path) => Some((q.as_ref(), path.is_none())),
                        Available::Broken(..) => None,
                    })
                    .collect();
                let name = |(q, builtin): (&crate::model::questionnaire::Questionnaire, bool)| {
                    format!(
                        "{} {}{}",
                        q.title.get(lang),
                        q.version,
                        if builtin { t(lang, " (ingebouwd)", " (built in)") } else { "" }
                    )
                };
                let selected = valid.get(form.questionnaire).copied().map(name).unwrap_or_default();
                egui::ComboBox::from_id_salt("questionnaire")
                    .selected_text(selected)
                    .width(380.0)
                    .show_ui(ui, |ui| {
                        for (i, v) in valid.iter().enumerate() {
                            ui.selectable_value(&mut form.questionnaire, i, name(*v));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
            });
            for a in questionnaires {
                if let Available::Broken(path, e) = a {
                    egui::Frame::group(ui.style())
                        .stroke(egui::Stroke::new(1.0, style::error_colour(ui)))
                        .show(ui, |ui| {
                            ui.label(style::bold(format!(
                                "{} {}",
                                t(lang, "Deze vragenlijst is niet te gebruiken:", "This questionnaire cannot be used:"),
                                path.display()
                            )));
                            ui.add(egui::Label::new(egui::RichText::new(e.describe(lang)).color(style::error_colour(ui))).wrap());
                        });
                }
            }
            if let Some(err) = &form.error {
                ui.label(egui::RichText::new(err).color(style::error_colour(ui)));
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(style::bold(t(lang, "Beginnen", "Start"))).clicked() || submit {
                    commands.push(Command::CreateReflection);
                }
                if ui.button(t(lang, "Annuleren", "Cancel")).clicked() {
                    commands.push(Command::GoHome);
                }
            });
        });
    }).response.rect
}
