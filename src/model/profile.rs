//! The network profile as a person types it, and the checks that turn it
//! into a [`NetworkProfile`]: one message per field, in Dutch and English,
//! shared by the new-reflection form and the form that edits the profile.

use crate::lang::Text;
use crate::model::reflection::{NetworkKind, NetworkProfile};

/// A field of the profile form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The network's name (required).
    Name,
    /// The kind of network (always chosen).
    Kind,
    /// The institution (optional).
    Institution,
    /// The city (optional).
    City,
    /// The identity dimensions (optional).
    Dimensions,
    /// The number of members (optional).
    Size,
    /// The board year (required).
    BoardYear,
}

impl Field {
    /// Lists the fields in the order the form shows them.
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::Kind,
        Field::Institution,
        Field::City,
        Field::Dimensions,
        Field::Size,
        Field::BoardYear,
    ];

    /// Returns whether the field may stay empty.
    pub fn optional(self) -> bool {
        matches!(
            self,
            Field::Institution | Field::City | Field::Dimensions | Field::Size
        )
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What is wrong and what to fill in instead.
    pub message: Text,
}

/// The profile fields as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileInput {
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
    /// The number of members, as typed ("40", "ca. 40").
    pub size: String,
    /// The board year.
    pub board_year: String,
}

impl ProfileInput {
    /// Fills the fields from a saved profile, to edit it.
    pub fn from_profile(p: &NetworkProfile) -> ProfileInput {
        ProfileInput {
            name: p.name.clone(),
            kind: p.kind,
            institution: p.institution.clone(),
            city: p.city.clone(),
            dimensions: p.dimensions.join(", "),
            size: p.size.map(|n| n.to_string()).unwrap_or_default(),
            board_year: p.board_year.clone(),
        }
    }

    /// Turns the fields into a profile, or returns what is wrong with each
    /// field that is wrong, in the order of the form.
    pub fn validate(&self) -> Result<NetworkProfile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(FieldError {
                field: Field::Name,
                message: Text::new(
                    "Vul de naam van het netwerk in.",
                    "Fill in the name of the network.",
                ),
            });
        }
        let size = match member_count(&self.size) {
            Ok(n) => n,
            Err(message) => {
                errors.push(FieldError {
                    field: Field::Size,
                    message,
                });
                None
            }
        };
        let board_year = self.board_year.trim();
        if board_year.is_empty() {
            errors.push(FieldError {
                field: Field::BoardYear,
                message: Text::new(
                    "Vul het bestuursjaar in, bijvoorbeeld 2026-2027.",
                    "Fill in the board year, for example 2026-2027.",
                ),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
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
            board_year: board_year.to_owned(),
        })
    }
}

/// Reads a number of members as people write it: "40", "ca. 40",
/// "ongeveer 40", "± 40", "40 leden", "1.200". Returns `None` for an empty
/// field, and a plain message when there is no number or more than one.
pub fn member_count(typed: &str) -> Result<Option<u32>, Text> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let numbers = numbers_in(typed);
    match numbers.as_slice() {
        [] => Err(Text::new(
            "Vul een getal in, bijvoorbeeld 40.",
            "Fill in a number, for example 40.",
        )),
        [one] => one.parse::<u32>().map(Some).map_err(|_| {
            Text::new(
                "Dat getal is te groot; vul het aantal leden in, bijvoorbeeld 40.",
                "That number is too large; fill in the number of members, for example 40.",
            )
        }),
        _ => Err(Text::new(
            "Vul één getal in, bijvoorbeeld 40.",
            "Fill in one number, for example 40.",
        )),
    }
}

/// Returns the whole numbers in a text, as digits. A point or comma
/// followed by exactly three digits separates thousands ("1.200"); any
/// other point or comma ends a number ("40,5" holds two).
fn numbers_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                digits.push(chars[i]);
                i += 1;
            }
            let group = i + 1 < chars.len()
                && matches!(chars[i], '.' | ',')
                && chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count()
                    == 3;
            if !group {
                break;
            }
            i += 1;
        }
        numbers.push(digits);
    }
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, size: &str, year: &str) -> ProfileInput {
        ProfileInput {
            name: name.into(),
            size: size.into(),
            board_year: year.into(),
            ..ProfileInput::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    #[test]
    fn counts_written_as_people_write_them_are_read() {
        for (typed, n) in [
            ("40", 40),
            ("ca. 40", 40),
            ("ongeveer 40", 40),
            ("± 40", 40),
            ("40 leden", 40),
            ("  about 40 members ", 40),
            ("~40", 40),
            ("1.200", 1200),
            ("1,200 leden", 1200),
            ("0", 0),
        ] {
            assert_eq!(member_count(typed), Ok(Some(n)), "{typed:?}");
        }
    }

    #[test]
    fn an_empty_count_is_no_count() {
        assert_eq!(member_count(""), Ok(None));
        assert_eq!(member_count("   "), Ok(None));
    }

    #[test]
    fn a_count_without_a_number_says_plainly_what_it_wants() {
        let e = member_count("veel").unwrap_err();
        assert_eq!(e.nl, "Vul een getal in, bijvoorbeeld 40.");
        assert_eq!(e.en, "Fill in a number, for example 40.");
    }

    #[test]
    fn a_count_with_two_numbers_asks_for_one() {
        for typed in ["40-50", "40,5", "tussen 30 en 40"] {
            let e = member_count(typed).unwrap_err();
            assert!(e.nl.starts_with("Vul één getal in"), "{typed:?}: {e:?}");
        }
    }

    #[test]
    fn a_count_too_large_is_refused_without_a_panic() {
        let e = member_count("99999999999999999999").unwrap_err();
        assert!(e.nl.contains("te groot"), "{e:?}");
    }

    #[test]
    fn an_empty_form_names_each_required_field_in_order() {
        let errors = input("", "", "").validate().unwrap_err();
        assert_eq!(fields(&errors), [Field::Name, Field::BoardYear]);
        assert_eq!(errors[0].message.nl, "Vul de naam van het netwerk in.");
        assert!(
            errors
                .iter()
                .all(|e| !e.message.nl.is_empty() && !e.message.en.is_empty())
        );
    }

    #[test]
    fn every_wrong_field_is_reported_at_once() {
        let errors = input("  ", "veel", "").validate().unwrap_err();
        assert_eq!(
            fields(&errors),
            [Field::Name, Field::Size, Field::BoardYear]
        );
    }

    #[test]
    fn a_valid_form_gives_the_trimmed_profile() {
        let mut i = input(" Ubuntu ", "ca. 40", " 2026-2027 ");
        i.kind = NetworkKind::Pride;
        i.institution = " Hogeschool Rotterdam ".into();
        i.dimensions = "eerste generatie, , Afrikaanse diaspora ".into();
        let p = i.validate().unwrap();
        assert_eq!(p.name, "Ubuntu");
        assert_eq!(p.kind, NetworkKind::Pride);
        assert_eq!(p.institution, "Hogeschool Rotterdam");
        assert_eq!(p.size, Some(40));
        assert_eq!(p.board_year, "2026-2027");
        assert_eq!(p.dimensions, ["eerste generatie", "Afrikaanse diaspora"]);
    }

    #[test]
    fn a_saved_profile_comes_back_unchanged_through_the_form() {
        let p = NetworkProfile {
            name: "Netwerk Ünal".into(),
            kind: NetworkKind::Employee,
            institution: "Gemeente Utrecht".into(),
            city: "Utrecht".into(),
            dimensions: vec!["kleur".into(), "religie".into()],
            size: Some(85),
            board_year: "2025-2026".into(),
        };
        assert_eq!(ProfileInput::from_profile(&p).validate(), Ok(p));
    }

    #[test]
    fn only_the_optional_fields_say_so() {
        let optional: Vec<Field> = Field::ALL.into_iter().filter(|f| f.optional()).collect();
        assert_eq!(
            optional,
            [
                Field::Institution,
                Field::City,
                Field::Dimensions,
                Field::Size
            ]
        );
    }
}
