//! Several places at once (a pain drawing, issue 22): what they mean together. Each place is
//! decided by the single-place rules ([`crate::content::rules::outcome`]) with the timing, signs and facts asked once for
//! the whole drawing; the drawing's tier is the most urgent over its places, raised (never
//! lowered) by a severe rating where no massage explains it and by the patterns several places make
//! together. `docs/safety.md` tables these rules; `core/tests/drawing.rs` sweeps them.

use crate::answer::{net_text, number_line, tier_text, Book, Call, Spa};
use crate::content::ids::{Cause, Pain, Part, RegionId, Side, Tier, Timing};
use crate::content::rules::{raised, tier, FactSet, Net, Outcome, SignSet};
use crate::content::Lang;
use crate::text::{
    capitalize, drawing_summary, fill, join, lower_first, pieces, push_item, region_label,
};

/// A drawing holds at most this many places.
pub const MAX_PLACES: usize = 5;

/// Whether the answer card of a drawing of `count` places offers "Add another place": several
/// places and room for more. Where it does not, the rating step keeps its own (one place's card
/// has Change buttons instead; a full drawing's step says why there is none).
pub fn card_adds_place(count: usize) -> bool {
    count > 1 && count < MAX_PLACES
}
/// "How bad is it at its worst?", 1 to 10: a place that was chosen hurts, so no 0.
pub const RATINGS: std::ops::RangeInclusive<u8> = 1..=10;
/// From this rating up, a knot, tightness, ache or soreness counts as severe (8 out of 10 or
/// more at its worst: no public source gives a number; the clinician's reading, 2026-12-05).
pub const SEVERE: u8 = 8;
/// The feelings a severe rating raises. Not cramp (cramps are 9/10 at their worst and usually
/// harmless, NHS *Leg cramps*); sharp, tingling and swollen pain that no massage explains already
/// needs a doctor.
pub const SEVERE_FEELINGS: [Pain; 4] = [Pain::Knot, Pain::Tight, Pain::Ache, Pain::SoreAfter];

/// One place of the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub region: RegionId,
    pub pain: Pain,
    /// 1–10, at its worst.
    pub rating: u8,
    /// When it started. Usually one answer for the whole drawing; a place that did not start with
    /// the others has its own (one timing for all would let a pain that followed no massage pass
    /// as massage soreness).
    pub timing: Timing,
}

/// The sciatic nerve's path down the back of the leg, by segment: pain or tingling along two of
/// them on one leg may travel down it (a nerve-root pattern, NHS *Sciatica*: "bottom, backs of
/// legs, feet and toes"). The hip, the front and the inner thigh are another nerve or the hip.
pub const NERVE_ROOT_PATH: [&[Part]; 3] = [
    &[Part::Buttock],
    &[Part::ThighBack, Part::OuterThigh, Part::KneeBack],
    &[Part::Calf, Part::Shin, Part::FootTop, Part::Sole],
];

/// The feelings a travelling nerve pain is described with. At least one place must be tingling
/// or sharp (an ache in the buttock and the calf after a run is muscle soreness), and tingling
/// when the buttock is not marked (a hamstring twinge and an aching calf are not sciatica).
pub const NERVE_ROOT_FEELINGS: [Pain; 3] = [Pain::Tingling, Pain::Sharp, Pain::Ache];

/// What several places make together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// Places down one leg along the sciatic nerve: if pain or tingling runs down the leg, it may
    /// come from a pressed or irritated nerve in the lower back (sciatica).
    TravelsDown(Side),
    /// The same on both legs (NHS *Sciatica*: "sciatica on both sides" → A&E or 999).
    TravelsDownBoth,
}

/// What set the drawing's tier: one of its places (its index) or the pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetBy {
    Place(usize),
    Pattern(Pattern),
}

/// What a drawing is, decided by the rules alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrawingOutcome {
    /// The most urgent over the places and the pattern.
    pub tier: Tier,
    /// Named first on the answer: every place, in the drawing's order, and the pattern that reach
    /// the tier.
    pub set_by: Vec<SetBy>,
    /// Each place's outcome at the drawing's tier, in the drawing's order.
    pub places: Vec<Outcome>,
    pub pattern: Option<Pattern>,
}

/// The tier a place's rating sets on its own: 8–10 for a knot, tightness, ache or soreness that
/// no massage explains needs a doctor before a massage; during or after one, the therapist must
/// hear it (and the card no longer calls it usual).
pub fn rating_tier(pain: Pain, rating: u8, timing: Timing) -> Tier {
    match timing {
        _ if rating < SEVERE || !SEVERE_FEELINGS.contains(&pain) => Tier::SelfCare,
        Timing::Unrelated | Timing::Lasting => Tier::SeeDoctor,
        Timing::During | Timing::After => Tier::Therapist,
    }
}

/// A place on the sciatic nerve's path with a feeling a travelling nerve pain is described with.
fn on_nerve_path(p: &Place) -> bool {
    NERVE_ROOT_FEELINGS.contains(&p.pain)
        && NERVE_ROOT_PATH.iter().any(|s| s.contains(&p.region.part))
}

/// The places of one leg that may make a travelling nerve pain.
fn travelling(places: &[Place], side: Side) -> Vec<&Place> {
    let on_path: Vec<&Place> = places
        .iter()
        .filter(|p| p.region.side == side && on_nerve_path(p))
        .collect();
    let segments = NERVE_ROOT_PATH
        .iter()
        .filter(|segment| on_path.iter().any(|p| segment.contains(&p.region.part)))
        .count();
    let buttock = on_path.iter().any(|p| p.region.part == Part::Buttock);
    let nerve_like = on_path.iter().any(|p| match p.pain {
        Pain::Tingling => true,
        Pain::Sharp => buttock,
        _ => false,
    });
    if segments >= 2 && nerve_like {
        on_path
    } else {
        Vec::new()
    }
}

/// The pattern the places make, if any, and its tier.
pub fn pattern(places: &[Place]) -> Option<(Pattern, Tier)> {
    let (left, right) = (
        travelling(places, Side::Left),
        travelling(places, Side::Right),
    );
    // The most urgent reading over the timings of the places that make it.
    let tier = |pattern, on: &[&Place]| {
        on.iter()
            .map(|p| pattern_tier(pattern, p.timing))
            .min()
            .unwrap_or(Tier::SelfCare)
    };
    match (left.is_empty(), right.is_empty()) {
        (false, false) => {
            let both = |on| tier(Pattern::TravelsDownBoth, on);
            Some((Pattern::TravelsDownBoth, both(&left).min(both(&right))))
        }
        (false, true) => Some((
            Pattern::TravelsDown(Side::Left),
            tier(Pattern::TravelsDown(Side::Left), &left),
        )),
        (true, false) => Some((
            Pattern::TravelsDown(Side::Right),
            tier(Pattern::TravelsDown(Side::Right), &right),
        )),
        (true, true) => None,
    }
}

/// The tier a pattern sets on its own, for a place of it that started at `timing`.
pub fn pattern_tier(pattern: Pattern, timing: Timing) -> Tier {
    match (pattern, timing) {
        // Both legs with no massage to explain it: checked in hospital straight away. Started
        // with a massage, or there for days already: seen today (two-sided symptoms from a
        // narrowed spinal canal are common and long-standing; pressure is the likelier cause
        // after a massage). Ticking the saddle-numbness sign makes either an emergency.
        (Pattern::TravelsDownBoth, Timing::Unrelated) => Tier::Emergency,
        (Pattern::TravelsDownBoth, _) => Tier::Urgent,
        (Pattern::TravelsDown(_), Timing::During | Timing::After) => Tier::Therapist,
        (Pattern::TravelsDown(_), _) => Tier::SeeDoctor,
    }
}

/// The drawing's outcome. `places` must not be empty.
pub fn drawing(places: &[Place], signs: SignSet, facts: FactSet) -> DrawingOutcome {
    // Each place alone, with its rating.
    let alone: Vec<Tier> = places
        .iter()
        .map(|p| {
            tier(p.region.part, p.pain, p.timing, signs, facts)
                .min(rating_tier(p.pain, p.rating, p.timing))
        })
        .collect();
    let pattern = pattern(places);
    // Plain loops, not iterator chains: each chain is its own code in the wasm.
    let mut tier = pattern.map_or(Tier::SelfCare, |(_, tier)| tier);
    for &t in &alone {
        tier = tier.min(t);
    }
    let mut set_by = Vec::new();
    for (i, &t) in alone.iter().enumerate() {
        if t == tier {
            set_by.push(SetBy::Place(i));
        }
    }
    if let Some((p, _)) = pattern.filter(|&(_, t)| t == tier) {
        set_by.push(SetBy::Pattern(p));
    }
    // Every place is told at the drawing's tier: one card, one tier, no place calmer than the whole.
    let places = places
        .iter()
        .map(|p| raised(p.region.part, p.pain, p.timing, signs, facts, tier))
        .collect();
    DrawingOutcome {
        tier,
        set_by,
        places,
        pattern: pattern.map(|(p, _)| p),
    }
}

/// One place as the URL hash holds it: a region, then its feeling and rating once chosen.
pub type HashPlace = (RegionId, Option<Pain>, Option<u8>);

/// The drawing in the URL hash (deep links, Back): `#left-buttock/tingling/6,left-calf/tingling/5`.
/// Places, feelings and ratings only: never the timing, the signs or the facts (health data), so
/// a link reopens at the timing step.
pub fn to_hash(places: &[HashPlace]) -> String {
    let mut out = String::from("#");
    for (i, &(region, pain, rating)) in places.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(region.id());
        if let Some(pain) = pain {
            out.push('/');
            out.push_str(pain.id());
            // A rating outside 1–10 is not written (the hash then reopens at the rating).
            if let Some(id) = rating.map(rating_text).filter(|id| !id.is_empty()) {
                out.push('/');
                out.push_str(id);
            }
        }
    }
    if out.len() == 1 {
        out.clear();
    }
    out
}

/// The ratings as the hash and the words write them (no number formatting on the phone).
const RATING_IDS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// A rating as text, "1" to "10" (empty outside [`RATINGS`]).
pub fn rating_text(rating: u8) -> &'static str {
    RATING_IDS
        .get(usize::from(rating).wrapping_sub(1))
        .copied()
        .unwrap_or_default()
}

/// Reads a hash written by [`to_hash`] as far as it is valid: places up to the first one that is
/// unknown, repeated or past the fifth; a feeling or rating that does not read ends that place
/// there (the place is kept, its later parts are asked again).
pub fn from_hash(hash: &str) -> Vec<HashPlace> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut places: Vec<HashPlace> = Vec::new();
    for item in pieces(hash, b',').take(MAX_PLACES) {
        let mut parts = pieces(item, b'/');
        let Some(region) = parts.next().and_then(RegionId::from_id) else {
            break;
        };
        if places.iter().any(|(r, ..)| *r == region) {
            break;
        }
        let pain = parts.next().and_then(Pain::from_id);
        let rating = pain
            .and(parts.next())
            .and_then(|r| RATING_IDS.iter().position(|id| *id == r))
            .map(|i| i as u8 + 1);
        places.push((region, pain, rating));
    }
    places
}

/// What the card for a drawing shows, as data, in the visitor's words: the tier once, first,
/// with what set it; then, on a card that explains, each cause once with the places it may
/// explain (the travelling pattern first, for the places on its path); on a calm card the
/// self-care of each cause once, care at each part once, each safety net once; Book only when
/// every place allows it. [`DrawingView::texts`] lists every sentence in the card's order, and
/// the card (`components::drawing_card`) draws the same (`tests/native/drawing_card.rs`). A
/// drawing of one place also carries what only its card shows ([`One`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DrawingView {
    pub tier: Tier,
    /// The tier's text with the spa's number and urgent-care service filled in.
    pub tier_text: String,
    /// Emergency only: "Call 112 now.".
    pub call: Option<Call>,
    pub set_by: Vec<SetBy>,
    /// "Because of: Left calf, back of leg; pain that may travel down the leg (sciatica).": every
    /// place and the pattern in `set_by`.
    pub set_by_text: String,
    /// A rating of 8–10 is what brought a place in `set_by` to the tier: "You rated it 8 out of
    /// 10 or more." (what the visitor said, not a finding).
    pub severe: bool,
    /// "You told us", with the signs ticked; none, no list.
    pub told: SignSet,
    /// "Short of breath or chest pain? Call 112.": every card but an emergency or both legs.
    pub quiet: Option<String>,
    /// Both legs (`Pattern::TravelsDownBoth`): `ui.both_legs`, then this saddle-numbness line in
    /// the quiet line's place.
    pub saddle: Option<String>,
    /// Pain during the massage at any place: tell the therapist now.
    pub during: bool,
    /// Each place's label ("Left calf, back of leg"), in the drawing's order: named under the
    /// cause that may explain it.
    pub labels: Vec<String>,
    /// The travelling pattern and the places (indices) on its path, told as one paragraph.
    pub pattern: Option<(Pattern, Vec<usize>)>,
    /// Each other cause once, with the places it may explain, in the order they were drawn.
    pub causes: Vec<(Cause, Vec<usize>)>,
    /// The places whose own note shows (a part and feeling drawn on both legs: once).
    pub notes: Vec<usize>,
    /// "Soreness like this is usual": only when it is so at every place.
    pub usual: bool,
    /// A calm card (therapist or self-care): self-care, care at each part, the safety nets,
    /// "Tell your therapist" with advice, the cautions and Book. Otherwise "Show this to the doctor".
    pub calm: bool,
    /// Calm cards: the causes whose self-care and advice for the therapist show, each once (the
    /// travelling pattern's first).
    pub self_care: Vec<Cause>,
    /// Calm cards: the tips of `self_care` (cause, index), each text once.
    pub tips: Vec<(Cause, usize)>,
    /// Calm cards: care at each part drawn, once per part (both legs: once), with its name.
    pub care: Vec<(Part, String)>,
    /// Calm cards: each safety net once.
    pub nets: Vec<Net>,
    /// Every place, its rating, the timing, signs and health facts.
    pub summary: String,
    /// The health facts whose caution the therapist reads (calm cards; none otherwise).
    pub cautions: FactSet,
    /// Only when every place's card would offer it and the spa set a booking link.
    pub book: Option<Book>,
    /// The drawing the card is for.
    pub places: Vec<Place>,
    /// The causes explain (not on an emergency or urgent card, which says one thing only).
    pub explains: bool,
    /// A drawing of one place: what only its card shows; `None` for several.
    pub one: Option<One>,
}

/// What a card for one place shows besides a drawing's sections: its cause under "Likely
/// cause" with "Why", whether soreness lasts, "It could also be" and the spa's service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct One {
    /// The likely cause (`data-cause`, also reported in `answer-show`).
    pub cause: Cause,
    /// "Soreness after a massage usually fades…".
    pub lasting: bool,
    /// "It could also be" (when the card explains).
    pub also: Vec<Cause>,
    /// The spa's service for this cause (calm cards, when the spa named one).
    pub suggest: bool,
}

impl DrawingView {
    /// Every sentence on the card, in order, in `lang`'s words (`label`: the spa's Book label).
    /// One place: the same as the sweep's `answer::AnswerView::texts` (`core/tests/rules.rs`).
    pub fn texts<'a>(&'a self, lang: &'a Lang, label: Option<&'a str>) -> Vec<&'a str> {
        let ui = &lang.ui;
        // One place: its cause and "why" under headings of their own, not a drawing's list.
        let one = self.one.as_ref().map(|one| (one, &lang.causes[one.cause]));
        let explains = one.filter(|_| self.explains);
        let mut out = vec![lang.tiers[self.tier].title.as_str(), &self.tier_text];
        out.extend(self.call.as_ref().map(|c| c.text.as_str()));
        if one.is_none() {
            out.push(&self.set_by_text);
        }
        out.extend(self.severe.then_some(ui.rated_severe.as_str()));
        if !self.told.is_empty() {
            out.push(&ui.you_told_us);
            out.extend(self.told.iter().map(|s| lang.signs[s].title.as_str()));
        }
        out.push(&ui.disclaimer_short);
        out.extend(self.quiet.as_deref());
        if let Some(saddle) = &self.saddle {
            out.extend([ui.both_legs.as_str(), saddle]);
        }
        out.extend(self.during.then_some(ui.during_now.as_str()));
        if let Some((_, cause)) = explains {
            out.extend([ui.likely_cause.as_str(), &cause.title]);
        } else if one.is_none() {
            for (cause, at) in self.explained() {
                let text = &lang.causes[cause];
                out.push(&text.title);
                out.extend(at.iter().map(|&i| self.labels[i].as_str()));
                out.push(&text.why);
            }
        }
        out.extend(self.notes.iter().map(|&i| self.note(lang, i)));
        if let Some((_, cause)) = explains {
            out.extend([ui.why.as_str(), &cause.why]);
        }
        out.extend(self.usual.then_some(ui.usual_soreness.as_str()));
        if self.calm {
            out.push(&ui.do_now);
            out.extend(self.tips.iter().map(|&(c, i)| tip(lang, c, i)));
            out.push(&ui.caution);
            for (part, name) in &self.care {
                let region = &lang.regions[*part];
                let name = if one.is_some() { &ui.muscles } else { name };
                out.extend([name.as_str(), &region.muscles, &region.caution]);
            }
        }
        out.extend(
            one.filter(|(o, _)| o.lasting)
                .map(|_| ui.lasting_rule.as_str()),
        );
        out.extend(self.nets.iter().map(|&net| net_text(lang, net)));
        if let Some((one, _)) = explains {
            out.push(&ui.also_consider);
            out.extend(one.also.iter().map(|&c| lang.causes[c].title.as_str()));
        }
        out.push(if self.calm {
            &ui.tell_therapist
        } else {
            &ui.tell_doctor
        });
        out.push(&self.summary);
        out.extend(self.advice(lang));
        out.extend(self.cautions.iter().map(|f| lang.facts[f].text.as_str()));
        out.extend(self.calm.then_some(ui.before_massage.as_str()));
        if let Some((one, _)) = one.filter(|(o, _)| o.suggest) {
            out.extend([ui.we_suggest.as_str(), &lang.services[one.cause].label.0]);
        }
        if let Some(book) = &self.book {
            out.push(label.unwrap_or(&ui.book));
            out.extend(book.note.then_some(ui.book_note.as_str()));
        }
        out
    }

    /// The causes that explain, each with its places: the travelling pattern first.
    pub fn explained(&self) -> impl Iterator<Item = (Cause, &[usize])> {
        let pattern = (self.pattern.iter()).map(|(_, at)| (Cause::TravelsDown, at.as_slice()));
        pattern.chain(self.causes.iter().map(|(c, at)| (*c, at.as_slice())))
    }

    /// The note of the place at `i`.
    pub fn note<'a>(&self, lang: &'a Lang, i: usize) -> &'a str {
        let place = &self.places[i];
        &lang.notes[place.region.part][place.pain]
    }

    /// What each cause of a calm card asks of the therapist, once each.
    pub fn advice<'a>(&'a self, lang: &'a Lang) -> impl Iterator<Item = &'a str> + 'a {
        (self.self_care.iter()).map(|&c| lang.causes[c].tell_therapist.as_str())
    }

    /// The places' ids, comma-separated (`data-regions`, the booking link's `{regions}`).
    pub fn region_ids(&self) -> String {
        let ids: Vec<&str> = self.places.iter().map(|p| p.region.id()).collect();
        join(&ids, ",")
    }
}

/// A cause's self-care tip.
pub fn tip(lang: &Lang, cause: Cause, i: usize) -> &str {
    &lang.causes[cause].self_care[i]
}

/// What the card shows for this drawing, timing, signs and facts: [`drawing`] and [`view`].
pub fn answer(
    lang: &Lang,
    spa: Spa,
    places: &[Place],
    same_time: bool,
    signs: SignSet,
    facts: FactSet,
) -> DrawingView {
    let out = drawing(places, signs, facts);
    view(lang, spa, places, same_time, signs, facts, &out)
}

/// The card for `drawing(places, signs, facts)`, decided once (the sweep reads it in both languages).
pub fn view(
    lang: &Lang,
    spa: Spa,
    places: &[Place],
    same_time: bool,
    signs: SignSet,
    facts: FactSet,
    out: &DrawingOutcome,
) -> DrawingView {
    let ui = &lang.ui;
    let explains = out.tier > Tier::Urgent;
    let calm = out.tier >= Tier::Therapist;
    let emergency = out.tier == Tier::Emergency;
    let mut on_path: Vec<usize> = Vec::new();
    if let Some(Pattern::TravelsDown(side)) = out.pattern.filter(|_| explains) {
        for p in travelling(places, side) {
            if let Some(i) = places.iter().position(|q| q.region == p.region) {
                on_path.push(i);
            }
        }
    }
    let mut causes: Vec<(Cause, Vec<usize>)> = Vec::new();
    let mut notes: Vec<usize> = Vec::new();
    for (i, (place, o)) in places.iter().zip(&out.places).enumerate() {
        if explains && !on_path.contains(&i) {
            match causes.iter_mut().find(|(c, _)| *c == o.cause) {
                Some((_, at)) => at.push(i),
                None => causes.push((o.cause, vec![i])),
            }
        }
        let twin = notes
            .iter()
            .any(|&j| places[j].region.part == place.region.part && places[j].pain == place.pain);
        if o.note && !twin {
            notes.push(i);
        }
    }
    // The pattern's own self-care and advice first, where it is told.
    // Plain loops, not `chain` and `filter_map` into `collect`: each chain is code of its own.
    let mut self_care: Vec<Cause> = Vec::new();
    if calm {
        if !on_path.is_empty() {
            self_care.push(Cause::TravelsDown);
        }
        for o in &out.places {
            self_care.push(o.cause);
        }
    }
    dedup(&mut self_care);
    // Causes share some tips ("Drink water and rest."): each is said once.
    let mut tips: Vec<(Cause, usize)> = Vec::new();
    for &cause in &self_care {
        for (i, text) in lang.causes[cause].self_care.iter().enumerate() {
            if !tips.iter().any(|&(c, j)| tip(lang, c, j) == text) {
                tips.push((cause, i));
            }
        }
    }
    let mut parts: Vec<Part> = if calm {
        places.iter().map(|p| p.region.part).collect()
    } else {
        Vec::new()
    };
    dedup(&mut parts);
    let mut nets: Vec<Net> = Vec::new();
    for o in &out.places {
        nets.extend(o.net);
    }
    dedup(&mut nets);
    // One deadline on a card: "2–3 days" for one place and "2 weeks" for another would read as
    // two answers; the sooner one stands for both.
    if nets.contains(&Net::Days) {
        nets.retain(|n| *n != Net::Weeks);
    }
    let labels: Vec<String> = places
        .iter()
        .map(|p| region_label(lang, p.region))
        .collect();
    let pattern_name = || lower_first(&lang.causes[Cause::TravelsDown].title);
    let named: Vec<String> = (out.set_by.iter())
        .map(|by| match by {
            SetBy::Place(i) => labels[*i].clone(),
            // Both legs: the places on the nerve's path (the pattern's name speaks of one leg;
            // the both-legs line says what they mean together).
            SetBy::Pattern(Pattern::TravelsDownBoth) => join(
                &(places.iter().zip(&labels))
                    .filter(|(p, _)| on_nerve_path(p))
                    .map(|(_, label)| label.as_str())
                    .collect::<Vec<_>>(),
                "; ",
            ),
            SetBy::Pattern(_) => pattern_name(),
        })
        .collect();
    let mut set_by_places = String::new();
    for (i, name) in named.iter().enumerate() {
        push_item(&mut set_by_places, i, "; ", name);
    }
    // A rating brought a place to the tier that the place alone would not have reached.
    let severe = out.set_by.iter().any(|by| match by {
        SetBy::Place(i) => {
            let p = &places[*i];
            tier(p.region.part, p.pain, p.timing, signs, facts) > out.tier
        }
        SetBy::Pattern(_) => false,
    });
    let both = out.pattern == Some(Pattern::TravelsDownBoth);
    let summary = drawing_summary(lang, places, same_time, signs, facts);
    let regions: Vec<RegionId> = places.iter().map(|p| p.region).collect();
    let first_pain = places.first().map_or(Pain::Knot, |p| p.pain);
    let one = match &out.places[..] {
        [o] if places.len() == 1 => Some(One {
            cause: o.cause,
            lasting: o.fades && !o.usual,
            also: o.also.clone(),
            suggest: calm && {
                let service = &lang.services[o.cause];
                !service.label.0.is_empty() && !service.url.0.is_empty()
            },
        }),
        _ => None,
    };
    DrawingView {
        tier: out.tier,
        tier_text: tier_text(lang, out.tier, spa.emergency_number),
        call: emergency.then(|| Call::new(lang, spa.emergency_number)),
        set_by: out.set_by.clone(),
        set_by_text: fill(&ui.set_by, &[("places", &set_by_places)]),
        severe,
        told: signs,
        quiet: (!emergency && !both)
            .then(|| number_line(&ui.quiet_emergency, lang, spa.emergency_number)),
        saddle: both.then(|| number_line(&ui.saddle_check, lang, spa.emergency_number)),
        during: out.places.iter().any(|o| o.during),
        labels,
        pattern: out
            .pattern
            .filter(|_| !on_path.is_empty())
            .map(|p| (p, on_path)),
        causes,
        notes,
        usual: !out.places.is_empty() && out.places.iter().all(|o| o.usual),
        calm,
        self_care,
        tips,
        care: (parts.into_iter())
            .map(|part| (part, capitalize(&lang.regions[part].name)))
            .collect(),
        nets,
        book: Book::offered(spa, calm, &regions, first_pain, out.tier, &summary),
        summary,
        cautions: if calm { facts } else { FactSet::NONE },
        places: places.to_vec(),
        explains,
        one,
    }
}
/// Keeps the first of each item, in order.
fn dedup<T: PartialEq + Copy>(items: &mut Vec<T>) {
    let mut seen = Vec::new();
    items.retain(|x| {
        let new = !seen.contains(x);
        seen.push(*x);
        new
    });
}
