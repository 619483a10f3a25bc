//! Turning content into the sentences the widget shows: filling `{…}` marks, labels, the
//! summary and the booking link. String work only: what an answer may say is `content::rules`.

use crate::content::rules::{FactSet, SignSet};
use crate::content::{Lang, Pain, RegionId, Side, Tier, Timing, View};
use crate::drawing::{rating_text, Place};

/// `text` before and after its first `sep` (an ASCII byte), as `split_once` gives them: a byte
/// search, which spares the wasm the standard library's char searcher.
pub fn cut(text: &str, sep: u8) -> Option<(&str, &str)> {
    let i = text.bytes().position(|b| b == sep)?;
    Some((&text[..i], &text[i + 1..]))
}

/// A language code's primary language: `en` of `en-us`.
pub fn primary_lang(code: &str) -> &str {
    cut(code, b'-').map_or(code, |(primary, _)| primary)
}

/// The pieces of `text` between its `sep`s, as `split` gives them (by [`cut`]).
pub fn pieces(text: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let text = rest?;
        let (piece, tail) = match cut(text, sep) {
            Some((piece, tail)) => (piece, Some(tail)),
            None => (text, None),
        };
        rest = tail;
        Some(piece)
    })
}

/// Pushes `part` onto `out` as the `i`th item of a list joined with `sep`. Every list the widget
/// writes is pushed item by item through this: the standard library's generic joins cost the wasm
/// about 1 KB, and collecting `String`s only to join them is an allocation more.
pub fn push_item(out: &mut String, i: usize, sep: &str, part: &str) {
    if i > 0 {
        out.push_str(sep);
    }
    out.push_str(part);
}

/// `parts` one after another with `sep` between, as `[&str]::join` gives them (by [`push_item`]).
pub fn join(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        push_item(&mut out, i, sep, part);
    }
    out
}

/// `parts` one after another, as `[&str]::concat` gives them (by [`join`]).
pub fn concat(parts: &[&str]) -> String {
    join(parts, "")
}

/// Whether `text` holds `part`, byte by byte: `str::contains` costs the wasm its two-way
/// searcher, more code than the few short marks it looks for need.
pub fn holds(text: &str, part: &str) -> bool {
    part.is_empty() || (text.as_bytes().windows(part.len())).any(|w| w == part.as_bytes())
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value is never scanned
/// for marks itself, and a mark with no value stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = cut(rest, b'{') {
        out.push_str(before);
        let filled = cut(after, b'}').and_then(|(name, tail)| {
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

/// Sets the case of the first letter: labels are built from lower-case names. ASCII and the
/// accented letters of Spanish (Á, É, Í, Ó, Ú, Ñ, Ü); full Unicode case tables would cost the
/// phone 4 KB of wasm.
fn first_letter(text: &str, upper: bool) -> String {
    const PAIRS: [(char, char); 7] = [
        ('á', 'Á'),
        ('é', 'É'),
        ('í', 'Í'),
        ('ó', 'Ó'),
        ('ú', 'Ú'),
        ('ñ', 'Ñ'),
        ('ü', 'Ü'),
    ];
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let changed = match PAIRS
        .iter()
        .find(|(lower, up)| first == *lower || first == *up)
    {
        Some((lower, up)) => {
            if upper {
                *up
            } else {
                *lower
            }
        }
        None if upper => first.to_ascii_uppercase(),
        None => first.to_ascii_lowercase(),
    };
    let mut out = String::with_capacity(text.len());
    out.push(changed);
    out.push_str(chars.as_str());
    out
}

pub fn capitalize(text: &str) -> String {
    first_letter(text, true)
}

/// A label as it reads after a colon or inside a sentence: "…: tender knot".
pub fn lower_first(text: &str) -> String {
    first_letter(text, false)
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

/// What the visitor brings to the therapist or the doctor: "Left calf, back of leg: tender knot
/// — hurts when pressed. Started: during the massage. Warning signs: none. Health facts: pregnant
/// now, or a baby in the last 6 weeks." Timing, signs and facts are in it because they change
/// what the therapist may do; it leaves the phone only if the visitor copies, shares or books
/// with it (the line under Book says the health facts go too).
pub fn summary(
    lang: &Lang,
    region: RegionId,
    pain: Pain,
    timing: Option<Timing>,
    signs: SignSet,
    facts: FactSet,
) -> String {
    let pain_text = &lang.pains[pain];
    let feeling = concat(&[
        &first_letter(&pain_text.label, false),
        " — ",
        &pain_text.description,
    ]);
    let timing = timing
        .map(|t| first_letter(&lang.timings[t].label, false))
        .unwrap_or_default();
    let out = fill(
        &lang.ui.summary,
        &[
            ("region", &region_label(lang, region)),
            ("pain", &feeling),
            ("timing", &timing),
            ("signs", &signs_text(lang, signs)),
        ],
    );
    with_facts(lang, out, facts)
}

/// The summary of a drawing: "Left buttock, back of leg: tingling, 6/10; Left calf, back of leg:
/// tingling, 4/10, not after a massage. Started: during the massage. Warning signs: none."
/// Shorter than one place's (no feeling descriptions), so five places still fit a booking link.
/// "Started" is the first place's timing; a place that started otherwise names its own (said
/// once for all, it would pass a pain that followed no massage off as massage soreness).
/// `same_time`: the visitor said the places started together (every place carries that timing).
pub fn drawing_summary(
    lang: &Lang,
    places: &[Place],
    same_time: bool,
    signs: SignSet,
    facts: FactSet,
) -> String {
    let first = places.first().map(|p| p.timing);
    debug_assert!(!same_time || places.iter().all(|p| Some(p.timing) == first));
    let timing = |t: Timing| first_letter(&lang.timings[t].label, false);
    let mut items = String::new();
    for (i, p) in places.iter().enumerate() {
        push_item(&mut items, i, "; ", &place_item(lang, p));
        if Some(p.timing) != first {
            items.push_str(", ");
            items.push_str(&timing(p.timing));
        }
    }
    let out = fill(
        &lang.ui.summary_many,
        &[
            ("places", &items),
            ("timing", &first.map(timing).unwrap_or_default()),
            ("signs", &signs_text(lang, signs)),
        ],
    );
    with_facts(lang, out, facts)
}

/// One place of a drawing: "Left buttock, back of leg: tingling, 6/10".
pub fn place_item(lang: &Lang, place: &Place) -> String {
    fill(
        &lang.ui.place_item,
        &[
            ("region", &region_label(lang, place.region)),
            ("pain", &first_letter(&lang.pains[place.pain].label, false)),
            ("rating", rating_text(place.rating)),
        ],
    )
}

/// The summary's warning signs, inside a sentence: "one leg newly swollen, warm or red; …", or
/// the language's "none".
fn signs_text(lang: &Lang, signs: SignSet) -> String {
    if signs.is_empty() {
        return lang.ui.no_signs.clone();
    }
    let mut out = String::new();
    for (i, sign) in signs.iter().enumerate() {
        in_sentence(&mut out, i, &lang.signs[sign].title);
    }
    out
}

/// A title as it reads inside a sentence ("one leg newly swollen, …"), the `i`th of a list
/// joined with "; ".
fn in_sentence(out: &mut String, i: usize, title: &str) {
    push_item(out, i, "; ", &first_letter(title, false));
}

/// The summary with "Health facts: …." added when any was ticked.
fn with_facts(lang: &Lang, mut out: String, facts: FactSet) -> String {
    if !facts.is_empty() {
        let mut titles = String::new();
        for (i, fact) in facts.iter().enumerate() {
            in_sentence(&mut titles, i, &lang.facts[fact].title);
        }
        out.push(' ');
        out.push_str(&fill(&lang.ui.summary_facts, &[("facts", &titles)]));
    }
    out
}

/// Percent-encodes `text` as `encodeURIComponent` does, so a summary with quotes, `&` or
/// markup arrives in the booking form as the text it was.
pub fn url_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')'
            )
        {
            out.push(byte as char);
        } else {
            out.extend([
                '%',
                HEX[usize::from(byte >> 4)] as char,
                HEX[usize::from(byte & 15)] as char,
            ]);
        }
    }
    out
}

/// The booking link with its placeholders filled, URL-encoded: `{summary}`, `{region}` (the
/// first place), `{regions}` (every place's id, comma-separated), `{feeling}` (the first place's),
/// `{tier}`, `{lang}` (e.g. Cal.com `?notes={summary}`). One place is a slice of one. A link
/// without marks is used as it is.
pub fn booking_href(
    url: &str,
    code: &str,
    regions: &[RegionId],
    pain: Pain,
    tier: Tier,
    summary: &str,
) -> String {
    // Pushed, not joined: one place's link costs the phone no joining code.
    let mut ids = String::new();
    for region in regions {
        if !ids.is_empty() {
            ids.push(',');
        }
        ids.push_str(region.id());
    }
    fill(
        url,
        &[
            ("summary", &url_encode(summary)),
            ("region", regions.first().map_or("", |r| r.id())),
            ("regions", &ids),
            ("feeling", pain.id()),
            ("tier", tier.id()),
            ("lang", &url_encode(code)),
        ],
    )
}
