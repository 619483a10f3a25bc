//! Turning content into the sentences the widget shows: filling `{…}` marks.

use crate::content::{Lang, Pain, RegionId, Side, View};

/// Replaces each `{name}` in `template` with its value, in one pass: a value is never scanned
/// for marks itself, and a mark with no value stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let filled = after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(mark, _)| *mark == name)
                .map(|(_, value)| (*value, tail))
        });
        match filled {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Characters (not bytes) in `text`: counts the bytes that start a UTF-8 character, which is
/// all a length cap needs, without the standard library's larger counting routine.
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|byte| byte & 0xC0 != 0x80).count()
}

/// Sets the case of the first letter: labels are built from lower-case names. ASCII only, which
/// every label of ours starts with; full Unicode case tables would cost the phone 4 KB of wasm.
fn first_letter(text: &str, upper: bool) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        if upper {
            first.make_ascii_uppercase()
        } else {
            first.make_ascii_lowercase()
        }
    }
    out
}

pub fn capitalize(text: &str) -> String {
    first_letter(text, true)
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
    capitalize(&fill(
        &ui.region_label,
        &[
            ("side", side),
            ("region", &lang.regions[region.part].name),
            ("view", view),
        ],
    ))
}

/// "Left calf, back of leg: tender knot — hurts under deep pressure": what to tell the therapist.
pub fn summary(lang: &Lang, region: RegionId, pain: Pain) -> String {
    let pain_text = &lang.pains[pain];
    let feeling = [
        &first_letter(&pain_text.label, false),
        " — ",
        &pain_text.description,
    ]
    .concat();
    fill(
        &lang.ui.summary,
        &[("region", &region_label(lang, region)), ("pain", &feeling)],
    )
}
