//! RON's own error kinds, told in Dutch and in English, each saying what to
//! change. ron writes its messages in English only; a Dutch message never
//! quotes them.

use ron::Error;

use crate::format::problem::shorten;
use crate::lang::Text;

/// Describes a RON error kind in Dutch and English: what is wrong at the
/// place of the error and what to do about it. Kinds without a sentence of
/// their own get a general one (the English one adds ron's own words).
pub fn describe(code: &Error) -> Text {
    let (nl, en) = sentences(code);
    Text::new(
        format!("het bestand is hier niet te lezen: {nl}"),
        format!("the file cannot be read here: {en}"),
    )
}

/// Writes identifiers as `` `a`, `b`, `c` ``, or "none" in the language.
fn names(list: &[&str], none: &str) -> String {
    if list.is_empty() {
        return none.to_owned();
    }
    list.iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes " (in `Outer`)" when ron names the enclosing type.
fn within(outer: &Option<String>) -> String {
    outer
        .as_deref()
        .filter(|o| !o.is_empty())
        .map(|o| format!(" (in `{}`)", shorten(o)))
        .unwrap_or_default()
}

fn sentences(code: &Error) -> (String, String) {
    let s = |nl: &str, en: &str| (nl.to_owned(), en.to_owned());
    match code {
        Error::Eof => s(
            "het bestand houdt op terwijl er nog iets open staat; meestal ontbreekt een sluithaakje `)`, `]` of `}` of een aanhalingsteken. controleer of alles wat geopend is ook gesloten wordt",
            "the file ends while something is still open; usually a closing `)`, `]` or `}` or a quote is missing. check that everything that was opened is closed",
        ),
        Error::ExpectedComma => s(
            "er ontbreekt een komma; zet een komma tussen twee waarden of velden (komma's scheiden alles in een lijst of tussen haakjes)",
            "a comma is missing; add a comma between two values or fields",
        ),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            format!(
                "het veld `{}` bestaat hier niet{}; controleer de spelling van de veldnamen en kies uit: {}",
                shorten(found),
                within(outer),
                names(expected, "geen velden")
            ),
            format!(
                "there is no field `{}` here{}; check the spelling of the field names and use one of: {}",
                shorten(found),
                within(outer),
                names(expected, "no fields")
            ),
        ),
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => (
            format!(
                "de soort `{}` bestaat hier niet{}; kies uit: {}",
                shorten(found),
                within(outer),
                names(expected, "geen soorten")
            ),
            format!(
                "there is no variant `{}` here{}; use one of: {}",
                shorten(found),
                within(outer),
                names(expected, "no variants")
            ),
        ),
        Error::MissingStructField { field, outer } => (
            format!(
                "het veld `{field}` ontbreekt{}; voeg `{field}: …` toe vóór het sluithaakje",
                within(outer)
            ),
            format!(
                "the field `{field}` is missing{}; add `{field}: …` before the closing bracket",
                within(outer)
            ),
        ),
        Error::DuplicateStructField { field, outer } => (
            format!(
                "het veld `{field}` staat hier twee keer{}; controleer welke klopt en haal de andere weg",
                within(outer)
            ),
            format!(
                "the field `{field}` is given twice{}; check which one is right and remove the other",
                within(outer)
            ),
        ),
        Error::IntegerOutOfBounds => s(
            "dit getal past niet op deze plek: het is te groot, of negatief waar alleen 0 of meer kan; gebruik een kleiner getal",
            "this number does not fit here: it is too large, or negative where only 0 or more is allowed; use a smaller number",
        ),
        Error::ExpectedString | Error::ExpectedByteString => s(
            "zet hier een tekst tussen dubbele aanhalingstekens, zoals \"tekst\"",
            "use a text in double quotes here, such as \"text\"",
        ),
        Error::ExpectedStringEnd => s(
            "deze tekst wordt nergens afgesloten; controleer de aanhalingstekens en zet een `\"` aan het eind van de tekst (schrijf een `\"` in de tekst als `\\\"`)",
            "this text is never closed; check the quotes and put a `\"` at the end of the text (write a `\"` inside the text as `\\\"`)",
        ),
        Error::ExpectedInteger => s(
            "gebruik hier een geheel getal, zoals 3",
            "use a whole number here, such as 3",
        ),
        Error::ExpectedFloat => s(
            "gebruik hier een getal, zoals 0.5 (met een punt, niet met een komma)",
            "use a number here, such as 0.5",
        ),
        Error::ExpectedBoolean => s(
            "gebruik hier `true` (ja) of `false` (nee)",
            "use `true` or `false` here",
        ),
        Error::ExpectedChar => s(
            "gebruik hier één teken tussen enkele aanhalingstekens, zoals 'a'",
            "use a single character in single quotes here, such as 'a'",
        ),
        Error::ExpectedOption => s(
            "gebruik hier `Some(…)` met een waarde erin, of `None` als er niets is",
            "use `Some(…)` with a value inside here, or `None` for nothing",
        ),
        Error::ExpectedArray => s(
            "gebruik hier een lijst tussen `[` en `]`",
            "use a list between `[` and `]` here",
        ),
        Error::ExpectedArrayEnd => s(
            "hier hoort de `]` die de lijst sluit; controleer de komma's en haakjes in de lijst",
            "the `]` that closes the list belongs here; check the commas and brackets in the list",
        ),
        Error::ExpectedMap => s(
            "gebruik hier een tabel tussen `{` en `}`, zoals { \"sleutel\": waarde }",
            "use a map between `{` and `}` here, such as { \"key\": value }",
        ),
        Error::ExpectedMapColon => s(
            "zet hier een dubbele punt `:` tussen de sleutel en de waarde",
            "add a colon `:` here, between the key and the value",
        ),
        Error::ExpectedMapEnd => s(
            "hier hoort de `}` die de tabel sluit; controleer de komma's en haakjes in de tabel",
            "the `}` that closes the map belongs here; check the commas and brackets in the map",
        ),
        Error::ExpectedStructLike => s(
            "zet hier een openingshaakje `(`",
            "add an opening bracket `(` here",
        ),
        Error::ExpectedNamedStructLike(name) if name.is_empty() => s(
            "zet hier een openingshaakje `(`",
            "add an opening bracket `(` here",
        ),
        Error::ExpectedNamedStructLike(name) => (
            format!(
                "hier hoort `{name}(…)` te beginnen; controleer de haakjes vóór deze plek (is een lijst of veld te vroeg gesloten?)"
            ),
            format!(
                "a `{name}(…)` should start here; check the brackets before this place (was a list or field closed too early?)"
            ),
        ),
        Error::ExpectedStructName(name) => (
            format!("zet de naam `{name}` vóór het openingshaakje: `{name}(`"),
            format!("add the name `{name}` before the opening bracket: `{name}(`"),
        ),
        Error::ExpectedDifferentStructName { expected, found } => (
            format!(
                "hier staat `{}`, maar hier hoort `{expected}`; gebruik die naam",
                shorten(found)
            ),
            format!(
                "this says `{}`, but `{expected}` belongs here; use that name",
                shorten(found)
            ),
        ),
        Error::ExpectedOptionEnd | Error::ExpectedStructLikeEnd => s(
            "hier hoort een sluithaakje `)`; controleer de komma's en haakjes op deze plek",
            "a closing bracket `)` belongs here; check the commas and brackets at this place",
        ),
        Error::ExpectedUnit => s(
            "gebruik hier `()`",
            "use `()` here",
        ),
        Error::ExpectedIdentifier => s(
            "hier hoort een naam, zoals de naam van een veld of een soort; controleer deze plek",
            "a name belongs here, such as the name of a field or a variant; check this place",
        ),
        Error::InvalidEscape(_) => s(
            "na deze backslash `\\` staat een teken dat er niet mag staan; gebruik `\\\\` voor een backslash, `\\\"` voor een aanhalingsteken en `\\n` voor een nieuwe regel",
            "the character after this backslash `\\` is not allowed there; use `\\\\` for a backslash, `\\\"` for a quote and `\\n` for a new line",
        ),
        Error::TrailingCharacters => s(
            "na het einde van het document staat nog iets; haal het weg, of controleer of er eerder een haakje te veel gesloten is",
            "there is more after the end of the document; remove it, or check whether a bracket was closed too early",
        ),
        Error::UnexpectedChar(c) => (
            format!("het teken {c:?} hoort hier niet; controleer deze plek: haal het weg, of zet tekst tussen aanhalingstekens"),
            format!("the character {c:?} does not belong here; check this place: remove it, or use quotes around text"),
        ),
        Error::InvalidIntegerDigit { digit, .. } => (
            format!("het teken {digit:?} kan geen deel van dit getal zijn; gebruik alleen cijfers"),
            format!("the character {digit:?} cannot be part of this number; use only digits"),
        ),
        Error::UnderscoreAtBeginning | Error::FloatUnderscore => s(
            "een getal mag hier geen `_` bevatten; gebruik alleen cijfers",
            "a number may not hold a `_` here; use only digits",
        ),
        Error::UnclosedBlockComment => s(
            "een commentaar dat met `/*` begint, wordt nergens met `*/` gesloten; voeg `*/` toe waar het commentaar ophoudt",
            "a comment started with `/*` is never closed with `*/`; add `*/` where the comment ends",
        ),
        Error::Utf8Error(_) => s(
            "hier staat een teken dat geen UTF-8 is; sla het bestand op als UTF-8",
            "there is a character here that is not UTF-8; save the file as UTF-8",
        ),
        Error::InvalidValueForType { .. } | Error::ExpectedDifferentLength { .. } => (
            "hier staat een waarde van een andere soort dan hier hoort (bijvoorbeeld tekst waar een getal hoort, of een verkeerd aantal waarden); controleer de waarde".to_owned(),
            format!(
                "the value here is of another kind than belongs here ({code}); check the value"
            ),
        ),
        Error::ExceededRecursionLimit => s(
            "hier zijn te veel haakjes in elkaar genest; zo'n bestand schrijft de Reflectietool niet, controleer of het het goede bestand is",
            "too many brackets are nested here; Reflectietool writes no such file, check that it is the right file",
        ),
        Error::NoSuchExtension(_) | Error::ExpectedAttribute | Error::ExpectedAttributeEnd => s(
            "de regel `#![…]` bovenaan is niet te lezen; controleer hem of haal hem weg (de Reflectietool heeft hem niet nodig)",
            "the `#![…]` line at the top cannot be read; check it or remove it (Reflectietool does not need it)",
        ),
        _ => (
            "controleer de haakjes, komma's, aanhalingstekens en veldnamen op deze plek".to_owned(),
            format!("{code}. Check the brackets, commas, quotes and field names at this place"),
        ),
    }
}
