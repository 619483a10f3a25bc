//! How a marked place looks, on the map and on the answer's picture alike: a shade and a pattern
//! by its rating in three steps (1–3 sparse dots, 4–6 dense lines, 7–10 a cross hatch; a place
//! not rated yet keeps the plain hatch), so the rating never shows by colour alone. The shade is
//! CSS's (`[data-level] > .lpm-shape`); the patterns are here, once.

use yew::prelude::*;

use super::geometry;
use crate::content::{Lang, RegionId};
use crate::drawing::HashPlace;
use crate::text::{concat, fill, lower_first, region_label};

/// The ratings as attribute values and words (no number formatting on the phone).
pub const RATING_IDS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// A rating's number as text; `None` outside 1–10.
pub fn rating_id(rating: u8) -> Option<&'static str> {
    RATING_IDS.get(usize::from(rating).wrapping_sub(1)).copied()
}

/// A place's step: 0 not rated yet, 1 for 1–3, 2 for 4–6, 3 for 7–10.
pub fn level(rating: Option<u8>) -> usize {
    match rating {
        Some(1..=3) => 1,
        Some(4..=6) => 2,
        Some(7..=10) => 3,
        _ => 0,
    }
}

/// Each step's `data-level` and the start of its pattern's id (the end names the drawing:
/// `lpm-rate2-back`, `lpm-rate2-pic`).
const LEVELS: [(&str, &str); 4] = [
    ("0", "lpm-hatch-"),
    ("1", "lpm-rate1-"),
    ("2", "lpm-rate2-"),
    ("3", "lpm-rate3-"),
];

/// Each step's pattern tile: its size, turn (on the map, and four times bigger on the picture)
/// and strokes (a short round-capped dash is a dot).
const TILES: [(&str, [&str; 2], &str); 4] = [
    ("7", ["rotate(45)", "rotate(45)scale(4)"], "M1.5 0v7"),
    ("10", ["rotate(45)", "rotate(45)scale(4)"], "M4 5h2"),
    ("5", ["rotate(-45)", "rotate(-45)scale(4)"], "M1 0v5"),
    ("5", ["rotate(45)", "rotate(45)scale(4)"], "M1 0v5M0 1h5"),
];

/// A place's `data-level`.
pub fn level_attr(rating: Option<u8>) -> &'static str {
    LEVELS[level(rating)].0
}

/// The four patterns of one drawing, ids ending in `suffix`; `small` enlarges the tiles of a
/// drawing shown small (the picture).
pub fn patterns(suffix: &str, small: bool) -> Html {
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut tiles = Vec::new();
    for (&(_, id), (size, turn, d)) in LEVELS.iter().zip(TILES) {
        tiles.push(html! {
            <pattern id={concat(&[id, suffix])} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform={turn[usize::from(small)]}>
                <path class="lpm-hatch-line" {d} />
            </pattern>
        });
    }
    html! { <defs>{ tiles }</defs> }
}

/// The pattern over a marked place and its outline, in the drawn leg's coordinates (the caller
/// mirrors); `current` draws the outline of the place being edited thicker.
pub fn mark(place: &HashPlace, suffix: &str, shape: bool, current: bool) -> Html {
    let (region, _, rating) = *place;
    let d = geometry::shape(region.part).d;
    let fill = concat(&["url(#", LEVELS[level(rating)].1, suffix, ")"]);
    let mirror = geometry::is_mirrored(region.view(), region.side).then_some(geometry::MIRROR);
    html! {
        <g class="lpm-selection" aria-hidden="true" transform={mirror} data-level={level_attr(rating)} data-current={current.then_some("true")}>
            if shape {
                <path class="lpm-shape" {d} />
            }
            <path class="lpm-hatch" {d} {fill} />
            <path class="lpm-selection-outline" {d} />
        </g>
    }
}

/// A place as far as it is chosen, for the map's buttons: "Left calf, back of leg: tender knot,
/// 6 out of 10", else without the rating, else the region alone.
pub fn place_name(lang: &Lang, place: &HashPlace) -> String {
    place_words(lang, place, false)
}

/// The same for the list: `ui.place_item`, "Left calf, back of leg: tender knot, 6/10".
pub fn place_item(lang: &Lang, place: &HashPlace) -> String {
    place_words(lang, place, true)
}

fn place_words(lang: &Lang, &(region, pain, rating): &HashPlace, item: bool) -> String {
    let ui = &lang.ui;
    let label = region_label(lang, region);
    let Some(pain) = pain else {
        return label;
    };
    let pain = lower_first(&lang.pains[pain].label);
    match rating.and_then(rating_id) {
        Some(rating) if item => fill(
            &ui.place_item,
            &[("region", &label), ("pain", &pain), ("rating", rating)],
        ),
        Some(rating) => concat(&[
            label.as_str(),
            ": ",
            &pain,
            ", ",
            &fill(&ui.out_of_ten, &[("rating", rating)]),
        ]),
        None => concat(&[label.as_str(), ": ", &pain]),
    }
}

/// Is `region` one of the places?
pub fn find(places: &[HashPlace], region: RegionId) -> Option<&HashPlace> {
    places.iter().find(|p| p.0 == region)
}
