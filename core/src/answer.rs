//! The answer as data. [`AnswerView`]: everything a card shows for one outcome, in order, in the
//! visitor's words, built from the rules' [`Outcome`] alone, so the safety sweep checks what a
//! visitor reads without rendering HTML (`core/tests/rules.rs`). Native only: the card on the
//! phone draws one model, [`crate::drawing::DrawingView`], which for a drawing of one place says
//! exactly what this view says (the same test compares them over the sweep). The rest is shared.

#[cfg(not(target_arch = "wasm32"))]
use crate::content::rules::{outcome, tier, FactSet, Outcome, SignSet};
#[cfg(not(target_arch = "wasm32"))]
use crate::content::{Cause, Timing};
#[cfg(not(target_arch = "wasm32"))]
use crate::drawing::Place;
#[cfg(not(target_arch = "wasm32"))]
use crate::text::{drawing_summary, summary};

use crate::content::rules::Net;
use crate::content::{Lang, Pain, RegionId, Tier};
use crate::drawing::drawing;
use crate::journey::{Journey, Step};
use crate::text::{booking_href, concat, fill, holds, lower_first, region_label};

/// What the spa set that an answer uses: its emergency number and its booking link (the Book
/// button's own words, if the spa set them, are the card's to show).
#[derive(Clone, Copy, Debug, Default)]
pub struct Spa<'a> {
    /// The page's language code, for the booking link's `{lang}`.
    pub lang: &'a str,
    /// Digits for the tap-to-call link; `None`, the language's own number is named, not linked.
    pub emergency_number: Option<&'a str>,
    /// The booking link with its `{summary}`-style marks; `None`, no Book.
    pub booking_url: Option<&'a str>,
}

#[cfg(not(target_arch = "wasm32"))]
/// One answer card, top to bottom: which sections show (flags and ids, decided by the rules)
/// and the few sentences filled in for this visitor. The words of each section are the
/// language's; [`AnswerView::texts`] lists them in the card's order, and the card draws the same
/// (`tests/native/card.rs` parses it and compares).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerView {
    pub region: RegionId,
    pub pain: Pain,
    /// Shown first, with its title and `tier_text`.
    pub tier: Tier,
    pub tier_text: String,
    /// The visitor's rating (8–10) raised the tier: "You rated it 8 out of 10 or more".
    pub rated: bool,
    /// The likely cause (also reported in `answer-show`).
    pub cause: Cause,
    /// Emergency only: "Call 112", a `tel:` link when the spa gave its number.
    pub call: Option<Call>,
    /// "You told us", with the signs ticked (not the ones the rules add); none, no list.
    pub told: SignSet,
    /// "Short of breath or chest pain? Call 112.": on every answer but an emergency.
    pub quiet: Option<String>,
    /// Pain during the massage: tell the therapist now.
    pub during: bool,
    /// The likely cause, why it happens, and what else it may be: not on emergency or urgent
    /// answers, which say one thing only.
    pub explains: bool,
    /// The place's note for this feeling, where the rules let it tell the card's story.
    pub note: bool,
    /// "Soreness like this is usual…".
    pub usual: bool,
    /// A calm card: what to do now, care at this spot, "Tell your therapist" with advice, the
    /// cautions and "Before a deep leg massage…". Otherwise "Show this to the doctor".
    pub calm: bool,
    /// "Soreness after a massage usually fades…".
    pub lasting: bool,
    /// When to see a doctor after all: every calm card.
    pub net: Option<Net>,
    /// "It could also be" (with `explains`).
    pub also: Vec<Cause>,
    /// What the visitor brings: place, feeling, timing, signs, health facts.
    pub summary: String,
    /// The health facts whose caution the therapist reads (calm cards; none otherwise).
    pub cautions: FactSet,
    /// The spa's service for this cause (calm cards, when the spa named one).
    pub suggest: bool,
    /// The booking link: only on a calm card, only when the spa set one.
    pub book: Option<Book>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub text: String,
    /// `tel:112`.
    pub href: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Book {
    pub href: String,
    /// "Your summary above … is added": said only when the link really carries it.
    pub note: bool,
}

#[cfg(not(target_arch = "wasm32"))]
impl AnswerView {
    /// Every sentence on the card, in order, in `lang`'s words (`label`: the spa's Book label):
    /// what the sweep reads and the card must show.
    pub fn texts<'a>(&'a self, lang: &'a Lang, label: Option<&'a str>) -> Vec<&'a str> {
        let ui = &lang.ui;
        let cause = &lang.causes[self.cause];
        let region = &lang.regions[self.region.part];
        let mut out = vec![lang.tiers[self.tier].title.as_str(), &self.tier_text];
        out.extend(self.call.as_ref().map(|c| c.text.as_str()));
        out.extend(self.rated.then_some(ui.rated_severe.as_str()));
        if !self.told.is_empty() {
            out.push(&ui.you_told_us);
            out.extend(self.told.iter().map(|s| lang.signs[s].title.as_str()));
        }
        out.push(&ui.disclaimer_short);
        out.extend(self.quiet.as_deref());
        out.extend(self.during.then_some(ui.during_now.as_str()));
        if self.explains {
            out.extend([ui.likely_cause.as_str(), &cause.title]);
        }
        out.extend(
            self.note
                .then_some(lang.notes[self.region.part][self.pain].as_str()),
        );
        if self.explains {
            out.extend([ui.why.as_str(), &cause.why]);
            out.extend(self.usual.then_some(ui.usual_soreness.as_str()));
            if self.calm {
                out.push(&ui.do_now);
                out.extend(cause.self_care.iter().map(String::as_str));
                out.extend([
                    ui.caution.as_str(),
                    &ui.muscles,
                    &region.muscles,
                    &region.caution,
                ]);
            }
            out.extend(self.lasting.then_some(ui.lasting_rule.as_str()));
            out.extend(self.net.map(|net| net_text(lang, net)));
            out.push(&ui.also_consider);
            out.extend(self.also.iter().map(|&c| lang.causes[c].title.as_str()));
        }
        out.push(if self.calm {
            &ui.tell_therapist
        } else {
            &ui.tell_doctor
        });
        out.push(&self.summary);
        if self.calm {
            out.push(&cause.tell_therapist);
        }
        out.extend(self.cautions.iter().map(|f| lang.facts[f].text.as_str()));
        out.extend(self.calm.then_some(ui.before_massage.as_str()));
        if self.suggest {
            out.extend([ui.we_suggest.as_str(), &lang.services[self.cause].label.0]);
        }
        if let Some(book) = &self.book {
            out.push(label.unwrap_or(&ui.book));
            out.extend(book.note.then_some(ui.book_note.as_str()));
        }
        out
    }
}

/// What the answer is for: "Left calf, back of leg: tender knot".
pub fn heading(lang: &Lang, region: RegionId, pain: Pain) -> String {
    concat(&[
        region_label(lang, region).as_str(),
        ": ",
        &lower_first(&lang.pains[pain].label),
    ])
}

/// The safety net's sentence.
pub fn net_text(lang: &Lang, net: Net) -> &str {
    let ui = &lang.ui;
    match net {
        Net::Weeks => &ui.net_weeks,
        Net::Days => &ui.net_days,
        Net::Tingling => &ui.net_tingling,
        Net::During => &ui.net_during,
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// What the card shows for this place, feeling, timing, signs and facts.
pub fn answer(
    lang: &Lang,
    spa: Spa,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: SignSet,
    facts: FactSet,
) -> AnswerView {
    let out = outcome(region.part, pain, timing, signs, facts);
    view(lang, spa, region, pain, timing, signs, facts, out)
}

#[cfg(not(target_arch = "wasm32"))]
/// The answer for one place of a drawing, with its rating: a rating of 8–10 may raise the tier
/// ([`crate::drawing::rating_tier`]), and the card then says so.
pub fn rated(lang: &Lang, spa: Spa, place: Place, signs: SignSet, facts: FactSet) -> AnswerView {
    let Place {
        region,
        pain,
        timing,
        ..
    } = place;
    let drawn = drawing(&[place], signs, facts);
    let unrated = tier(region.part, pain, timing, signs, facts);
    let out = drawn.places.into_iter().next();
    let out = out.unwrap_or_else(|| outcome(region.part, pain, timing, signs, facts));
    let mut v = view(lang, spa, region, pain, timing, signs, facts, out);
    v.rated = drawn.tier < unrated;
    // What the visitor brings names the rating, as a drawing's does ("…: tender knot, 6/10. …").
    v.summary = drawing_summary(lang, &[place], true, signs, facts);
    if let (Some(book), Some(url)) = (v.book.as_mut(), spa.booking_url) {
        book.href = booking_href(url, spa.lang, &[region], pain, v.tier, &v.summary);
    }
    v
}

#[cfg(not(target_arch = "wasm32"))]
/// [`answer`] for an outcome already decided (the sweep decides it once for both languages).
#[allow(clippy::too_many_arguments)]
pub fn view(
    lang: &Lang,
    spa: Spa,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: SignSet,
    facts: FactSet,
    out: Outcome,
) -> AnswerView {
    let calm = out.calm;
    let summary = summary(lang, region, pain, Some(timing), signs, facts);
    let service = &lang.services[out.cause];
    let emergency = out.tier == Tier::Emergency;
    AnswerView {
        region,
        pain,
        tier: out.tier,
        tier_text: tier_text(lang, out.tier, spa.emergency_number),
        rated: false,
        cause: out.cause,
        call: emergency.then(|| Call::new(lang, spa.emergency_number)),
        told: signs,
        quiet: (!emergency)
            .then(|| number_line(&lang.ui.quiet_emergency, lang, spa.emergency_number)),
        during: out.during,
        explains: out.explains,
        note: out.note,
        usual: out.usual,
        calm,
        lasting: out.fades && !out.usual,
        net: out.net,
        also: out.also,
        book: Book::offered(spa, calm, &[region], pain, out.tier, &summary),
        summary,
        cautions: if calm { facts } else { FactSet::NONE },
        suggest: calm && !service.label.0.is_empty() && !service.url.0.is_empty(),
    }
}

impl Call {
    /// "Call 112 now.", a `tel:` link when the spa gave its number.
    pub fn new(lang: &Lang, number: Option<&str>) -> Call {
        Call {
            text: number_line(&lang.ui.call_emergency, lang, number),
            href: number.map(|n| concat(&["tel:", n])),
        }
    }
}

impl Book {
    /// The booking link for a calm card when the spa set one: for one place or several (the
    /// first place's feeling is `{feeling}`).
    pub fn offered(
        spa: Spa,
        calm: bool,
        regions: &[RegionId],
        pain: Pain,
        tier: Tier,
        summary: &str,
    ) -> Option<Book> {
        spa.booking_url.filter(|_| calm).map(|url| Book {
            href: booking_href(url, spa.lang, regions, pain, tier, summary),
            note: holds(url, "{summary}"),
        })
    }
}

/// A line that names the emergency number (`{number}`): the spa's, else the language's.
pub fn number_line(template: &str, lang: &Lang, number: Option<&str>) -> String {
    fill(
        template,
        &[(
            "number",
            number.unwrap_or(&lang.ui.emergency_number_default),
        )],
    )
}

/// An outcome's text with the spa's emergency number and urgent-care service filled in.
pub fn tier_text(lang: &Lang, tier: Tier, number: Option<&str>) -> String {
    fill(
        &lang.tiers[tier].text,
        &[
            (
                "number",
                number.unwrap_or(&lang.ui.emergency_number_default),
            ),
            ("service", &lang.ui.urgent_service),
        ],
    )
}

/// What a screen reader hears when a step opens, a place is added or removed, or the outcome
/// changes: the answer's tier first, as on the card.
pub fn announcement(lang: &Lang, journey: &Journey, number: Option<&str>) -> String {
    let ui = &lang.ui;
    if let Some((_, mark)) = journey.removed {
        return fill(&ui.removed, &[("region", &region_label(lang, mark.region))]);
    }
    let Some(mark) = journey.mark() else {
        return String::new();
    };
    let several = journey.count() > 1;
    match journey.step() {
        _ if journey.adding => ui.add_hint.clone(),
        Step::Where => String::new(),
        Step::Feel => fill(
            if several { &ui.added } else { &ui.selected },
            &[("region", &region_label(lang, mark.region))],
        ),
        Step::Rate => ui.step_rate.clone(),
        Step::When if several => ui.step_when_many.clone(),
        Step::When => ui.step_when.clone(),
        Step::Signs => ui.step_signs.clone(),
        Step::Facts => ui.step_facts.clone(),
        Step::Answer => {
            let tier = journey
                .places()
                .map(|places| drawing(&places, journey.signs, journey.facts).tier)
                .unwrap_or(Tier::SelfCare);
            concat(&[
                &lang.tiers[tier].title,
                ". ",
                &tier_text(lang, tier, number),
            ])
        }
    }
}
