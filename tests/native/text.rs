//! Filling `{…}` marks and counting characters: the small text routines written for size.

use leg_pain_map::content::merge::char_count;
use leg_pain_map::text::fill;

#[test]
fn fill_replaces_each_mark_once_and_leaves_the_rest_as_written() {
    let values = [
        ("side", "Left"),
        ("region", "calf {view}"),
        ("view", "back of leg"),
    ];
    assert_eq!(
        fill("{side} {region}, {view}", &values),
        "Left calf {view}, back of leg",
        "values are not re-scanned"
    );
    assert_eq!(
        fill("Call {number} now.", &[]),
        "Call {number} now.",
        "a mark with no value stays"
    );
    assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
    assert_eq!(fill("open { brace", &[("a", "x")]), "open { brace");
    assert_eq!(fill("", &values), "");
    assert_eq!(fill("no marks", &values), "no marks");
}

#[test]
fn char_count_counts_characters_not_bytes() {
    assert_eq!(char_count(""), 0);
    assert_eq!(char_count("calf"), 4);
    assert_eq!(
        char_count("pantorrilla — tensión"),
        "pantorrilla — tensión".chars().count()
    );
    assert_eq!(char_count("🦵ñ"), 2);
}

#[test]
fn first_letters_change_case_in_spanish_too() {
    use leg_pain_map::text::{capitalize, lower_first};
    assert_eq!(capitalize("ánimo"), "Ánimo");
    assert_eq!(lower_first("Úlcera en el pie"), "úlcera en el pie");
    assert_eq!(lower_first("Ñandú"), "ñandú");
    assert_eq!(capitalize("calf"), "Calf");
    assert_eq!(lower_first("Tender knot"), "tender knot");
    assert_eq!(capitalize(""), "");
}
