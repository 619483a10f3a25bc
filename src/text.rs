//! Turning content into the sentences the widget shows: filling `{…}` marks.

use crate::content::{Lang, Pain, RegionId, Side, View};

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Upper-cases the first letter: labels are built from lower-case names.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// "Left calf, back of leg": side and view always named, for the map and screen readers.
pub fn region_label(lang: &Lang, region: RegionId) -> String {
    let ui = &lang.ui;
    let side = match region.side {
        Side::Left => &ui.left,
        Side::Right => &ui.right,
    };
    let view = match region.view() {
        View::Front => &ui.front_of_leg,
        View::Back => &ui.back_of_leg,
    };
    capitalize(&fill(&ui.region_label, &[("side", side), ("region", &lang.regions[region.part].name), ("view", view)]))
}

/// "Left calf, back of leg: tender knot — hurts under deep pressure": what to tell the therapist.
pub fn summary(lang: &Lang, region: RegionId, pain: Pain) -> String {
    let pain_text = &lang.pains[pain];
    let feeling = format!("{} — {}", pain_text.label.to_lowercase(), pain_text.description);
    fill(&lang.ui.summary, &[("region", &region_label(lang, region)), ("pain", &feeling)])
}
