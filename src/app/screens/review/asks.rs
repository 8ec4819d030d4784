//! What networks ask of the institution, gathered across networks: per
//! question of the questionnaire's `asks` list, per option a bar with how
//! many networks chose it (the count as a number beside it), which opens
//! to the networks' names; under it their own words, each with the
//! network's name. By default the newest reflection of each network
//! counts; the officer may choose one board year instead
//! ([`ReviewCommand::AsksYear`]).

use egui::{Pos2, Sense, Stroke, Vec2};

use crate::app::{Command, ReviewCommand, ReviewState, style, t};
use crate::lang::Lang;
use crate::review::Review;
use crate::review::asks::{AskedQuestion, OptionTally, asks};

/// Returns the entries that count: the newest of each network (`year`
/// none), or one per network of that board year.
pub fn asks_entries(review: &Review, year: Option<&str>) -> Vec<usize> {
    let Some(year) = year else {
        return review.latest_per_network();
    };
    let mut seen = std::collections::BTreeSet::new();
    (0..review.entries.len())
        .filter(|&i| {
            let e = &review.entries[i];
            e.board_year() == year
                && (e.reflection.network_id.is_empty()
                    || seen.insert(e.reflection.network_id.clone()))
        })
        .collect()
}

/// Says how many networks: "1 netwerk", "3 netwerken".
pub fn networks_words(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 netwerk".to_owned(),
        (Lang::Nl, n) => format!("{n} netwerken"),
        (Lang::En, 1) => "1 network".to_owned(),
        (Lang::En, n) => format!("{n} networks"),
    }
}

/// Draws the page of what networks ask of an open review, in a scroll
/// area of its own.
pub fn asks_page_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &ReviewState,
    commands: &mut Vec<Command>,
) {
    let year = state.asks_year.as_deref();
    let counted = asks_entries(&state.review, year);
    let asked = asks(&state.review, &counted);
    // the review's page scrolls as a whole, with its head
    ui.scope(|ui| {
        ui.set_max_width(ui.available_width().min(style::TEXT_WIDTH + 300.0));
        asks_ui(ui, lang, &state.review, year, &counted, &asked, commands);
    });
}

/// Draws what networks ask: the choice of which reflections count, then
/// every question of `asked` (gathered from `counted`, places in the
/// review's entries).
pub fn asks_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    review: &Review,
    year: Option<&str>,
    counted: &[usize],
    asked: &[AskedQuestion],
    commands: &mut Vec<Command>,
) {
    ui.add_space(10.0);
    ui.heading(t(lang, "Wat netwerken vragen", "What networks ask"));
    ui.add(
        egui::Label::new(t(
            lang,
            "Wat netwerken van de instelling vragen en hoe ze samenwerken: per antwoord hoeveel netwerken het kozen, en hun eigen woorden. Open een antwoord om te zien welke netwerken het kozen.",
            "What networks ask of the institution and how they work with others: per answer how many networks chose it, and their own words. Open an answer to see which networks chose it.",
        ))
        .wrap(),
    );
    ui.add_space(8.0);
    year_ui(ui, lang, review, year, commands);
    ui.label(
        egui::RichText::new(match lang {
            Lang::Nl => format!("Geteld: {}.", networks_words(counted.len(), lang)),
            Lang::En => format!("Counted: {}.", networks_words(counted.len(), lang)),
        })
        .color(style::muted(ui)),
    );
    if asked.is_empty() {
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(t(
                lang,
                "De vragenlijsten van deze reflecties noemen geen vragen over wat netwerken vragen.",
                "The questionnaires of these reflections name no questions about what networks ask.",
            ))
            .wrap(),
        );
        return;
    }
    for (qi, a) in asked.iter().enumerate() {
        ui.add_space(14.0);
        question_ui(ui, lang, review, counted.len(), qi, a);
    }
    ui.add_space(24.0);
}

/// Draws the chooser: the newest reflection of each network, or one board
/// year.
fn year_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    review: &Review,
    year: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let newest = t(
        lang,
        "De nieuwste van elk netwerk",
        "The newest of each network",
    );
    let year_text = |y: &str| match lang {
        Lang::Nl => format!("Bestuursjaar {y}"),
        Lang::En => format!("Board year {y}"),
    };
    let label = t(lang, "Welke reflecties tellen:", "Which reflections count:");
    ui.horizontal_wrapped(|ui| {
        ui.label(label);
        let r = egui::ComboBox::from_id_salt("asks_year")
            .selected_text(year.map_or_else(|| newest.to_owned(), year_text))
            .show_ui(ui, |ui| {
                if ui.selectable_label(year.is_none(), newest).clicked() && year.is_some() {
                    commands.push(Command::Review(ReviewCommand::AsksYear(None)));
                }
                for y in review.board_years().into_iter().filter(|y| !y.is_empty()) {
                    let on = year == Some(y.as_str());
                    if ui.selectable_label(on, year_text(&y)).clicked() && !on {
                        commands.push(Command::Review(ReviewCommand::AsksYear(Some(y))));
                    }
                }
            });
        r.response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
    });
}

fn question_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    review: &Review,
    total: usize,
    qi: usize,
    a: &AskedQuestion,
) {
    ui.add(egui::Label::new(style::title(a.prompt.get(lang))).wrap());
    ui.label(
        egui::RichText::new(match lang {
            Lang::Nl => format!(
                "Beantwoord door {} van de {}",
                a.answered,
                networks_words(total, lang)
            ),
            Lang::En => format!(
                "Answered by {} of {}",
                a.answered,
                networks_words(total, lang)
            ),
        })
        .color(style::muted(ui)),
    );
    let names = |entries: &[usize]| -> Vec<String> {
        entries
            .iter()
            .filter_map(|&i| review.entries.get(i))
            .map(|e| e.title())
            .collect()
    };
    let label_width = (ui.available_width() * 0.5).min(380.0);
    for o in &a.options {
        let id = ui.make_persistent_id(("asks_option", qi, o.id.as_str()));
        option_row(ui, lang, id, o, total, label_width, &names(&o.entries));
    }
    if a.words.is_empty() {
        return;
    }
    ui.add_space(6.0);
    let heading = if a.options.is_empty() {
        t(lang, "In hun eigen woorden", "In their own words")
    } else {
        t(
            lang,
            "Anders, namelijk — in hun eigen woorden",
            "Other, namely — in their own words",
        )
    };
    ui.label(style::bold(heading));
    for (entry, words) in &a.words {
        let name = review
            .entries
            .get(*entry)
            .map(|e| e.title())
            .unwrap_or_default();
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(egui::Margin::same(8))
            .corner_radius(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width().min(style::TEXT_WIDTH + 120.0));
                ui.add(egui::Label::new(format!("“{words}” — {name}")).wrap());
            });
        ui.add_space(2.0);
    }
}

/// Draws one option: a control that opens to the networks' names (only
/// when some chose it), a bar of the share of networks and the count as a
/// number.
fn option_row(
    ui: &mut egui::Ui,
    lang: Lang,
    id: egui::Id,
    o: &OptionTally,
    total: usize,
    label_width: f32,
    names: &[String],
) {
    let count = o.entries.len();
    let mut open = count > 0 && ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    ui.horizontal(|ui| {
        let icon = 22.0;
        let text = o.label.get(lang);
        let galley = egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Wrap),
            label_width - icon,
            egui::TextStyle::Body,
        );
        let size = Vec2::new(
            label_width,
            galley.size().y.max(ui.spacing().interact_size.y),
        );
        let sense = if count > 0 {
            Sense::click()
        } else {
            Sense::hover()
        };
        let (rect, response) = ui.allocate_exact_size(size, sense);
        if response.clicked() {
            open = !open;
            ui.data_mut(|d| d.insert_temp(id, open));
        }
        let spoken = format!("{text}: {}", networks_words(count, lang));
        if count > 0 {
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::DisclosureTriangle, true, &spoken)
            });
            ui.ctx()
                .accesskit_node_builder(response.id, |b| b.set_expanded(open));
            if response.hovered() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            }
        } else {
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
        }
        if ui.is_rect_visible(rect) {
            let visuals = ui.visuals();
            let painter = ui.painter();
            if count > 0 && response.hovered() {
                painter.rect_filled(rect.expand(2.0), 4.0, visuals.widgets.hovered.weak_bg_fill);
            }
            let colour = visuals.text_color();
            if count > 0 {
                let c = Pos2::new(rect.left() + 8.0, rect.top() + size.y.min(28.0) / 2.0);
                let points = if open {
                    vec![
                        c + Vec2::new(-5.0, -3.0),
                        c + Vec2::new(5.0, -3.0),
                        c + Vec2::new(0.0, 4.0),
                    ]
                } else {
                    vec![
                        c + Vec2::new(-3.0, -5.0),
                        c + Vec2::new(4.0, 0.0),
                        c + Vec2::new(-3.0, 5.0),
                    ]
                };
                painter.add(egui::Shape::convex_polygon(points, colour, Stroke::NONE));
            }
            let y = rect.top() + (size.y - galley.size().y) / 2.0;
            painter.galley(Pos2::new(rect.left() + icon, y), galley, colour);
        }
        let bar_width = (ui.available_width() - 60.0).clamp(60.0, 260.0);
        bar(ui, bar_width, count, total);
        ui.label(style::bold(count.to_string()));
    });
    if open {
        ui.indent(id.with("names"), |ui| {
            for name in names {
                ui.add(egui::Label::new(format!("• {name}")).wrap());
            }
        });
    }
}

/// Paints a bar of `count` out of `total`: the whole as an outline, the
/// share filled.
fn bar(ui: &mut egui::Ui, width: f32, count: usize, total: usize) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, 16.0), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter();
    let share = if total == 0 {
        0.0
    } else {
        (count as f32 / total as f32).clamp(0.0, 1.0)
    };
    let mut filled = rect;
    filled.set_width(rect.width() * share);
    painter.rect_filled(filled, 3.0, style::accent(ui));
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, style::track_colour(visuals)),
        egui::StrokeKind::Inside,
    );
}
