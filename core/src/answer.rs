//! The answer as data: everything a card shows for one outcome, in order, in the visitor's
//! words. Built from the rules' [`Outcome`] alone, so the safety sweep checks what a visitor
//! reads without rendering HTML (`core/tests/rules.rs`); the card (`components::answer_card`)
//! only draws it.

use crate::content::model::Service;
use crate::content::rules::{outcome, tier, FactSet, Net, Outcome, SignSet};
use crate::content::{Cause, Lang, Pain, RegionId, Tier, Timing};
use crate::journey::{Journey, Step};
use crate::text::{booking_href, fill, lower_first, region_label, summary};

/// What the spa set that an answer uses: its emergency number and its booking link.
#[derive(Clone, Copy, Debug, Default)]
pub struct Spa<'a> {
    /// The page's language code, for the booking link's `{lang}`.
    pub lang: &'a str,
    /// Digits for the tap-to-call link; `None`, the language's own number is named, not linked.
    pub emergency_number: Option<&'a str>,
    /// The booking link with its `{summary}`-style marks; `None`, no Book.
    pub booking_url: Option<&'a str>,
    /// The Book button's words; `None`, the language's own.
    pub booking_label: Option<&'a str>,
}

/// One answer card, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerView<'a> {
    pub tier: Tier,
    pub cause: Cause,
    /// "Left calf, back of leg: tender knot".
    pub heading: String,
    /// The tier's title and text, first and unmistakable.
    pub tier_title: &'a str,
    pub tier_text: String,
    /// Emergency only: "Call 112", a `tel:` link when the spa gave its number.
    pub call: Option<Call>,
    /// "You told us", with the signs ticked (not the ones the rules add); none, no list.
    pub told: SignSet,
    pub disclaimer: &'a str,
    /// "Short of breath or chest pain? Call 112.": on every answer but an emergency.
    pub quiet: Option<String>,
    /// Pain during the massage: tell the therapist now.
    pub during: Option<&'a str>,
    /// "Likely cause" and its title: not on emergency or urgent answers.
    pub cause_line: Option<(&'a str, &'a str)>,
    /// The place's note for this feeling, where the rules let it tell the card's story.
    pub note: Option<&'a str>,
    /// Why, what to do, care at this spot, when to see a doctor after all, what else it may be.
    pub explain: Option<Explain<'a>>,
    /// "Tell your therapist" on a calm card, else "Show this to the doctor".
    pub recipient: Recipient<'a>,
    /// The spa's service for this cause, on a calm card: (text before, label, link).
    pub suggest: Option<(&'a str, &'a Service)>,
    /// The booking link: only on a calm card, only when the spa set one.
    pub book: Option<Book<'a>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub text: String,
    /// `tel:112`.
    pub href: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Explain<'a> {
    pub why: (&'a str, &'a str),
    /// "Soreness like this is usual…": after a massage, away from danger zones and joints.
    pub usual: Option<&'a str>,
    /// Calm cards: the heading and the self-care tips.
    pub do_now: Option<(&'a str, &'a [String])>,
    /// Calm cards: the heading, "Under the skin here", the muscles and the caution.
    pub care: Option<Care<'a>>,
    /// "Soreness after a massage usually fades…".
    pub lasting: Option<&'a str>,
    /// When to see a doctor after all: every calm card.
    pub net: Option<(Net, &'a str)>,
    /// "It could also be", with the other causes.
    pub also: (&'a str, Vec<Cause>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Care<'a> {
    pub heading: &'a str,
    pub muscles_label: &'a str,
    pub muscles: &'a str,
    pub caution: &'a str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Recipient<'a> {
    pub title: &'a str,
    /// What the visitor brings: place, feeling, timing, signs, health facts.
    pub summary: String,
    /// What this cause means for the therapist (calm cards).
    pub advice: Option<&'a str>,
    /// The health facts whose caution the therapist reads (calm cards; none otherwise).
    pub cautions: FactSet,
    /// "Before a deep leg massage, tell your therapist if…" (calm cards).
    pub before: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Book<'a> {
    pub href: String,
    pub label: &'a str,
    /// Said only when the link really carries the summary.
    pub note: Option<&'a str>,
}

impl<'a> AnswerView<'a> {
    /// Every sentence on the card, in order (the tests read the card as a visitor would).
    pub fn texts(&'a self, lang: &'a Lang) -> Vec<&'a str> {
        let mut out = vec![self.heading.as_str(), self.tier_title, &self.tier_text];
        out.extend(self.call.as_ref().map(|c| c.text.as_str()));
        if !self.told.is_empty() {
            out.push(&lang.ui.you_told_us);
            out.extend(self.told.iter().map(|s| lang.signs[s].title.as_str()));
        }
        out.push(self.disclaimer);
        out.extend(self.quiet.as_deref());
        out.extend(self.during);
        if let Some((kicker, title)) = self.cause_line {
            out.extend([kicker, title]);
        }
        out.extend(self.note);
        if let Some(e) = &self.explain {
            out.extend([e.why.0, e.why.1]);
            out.extend(e.usual);
            if let Some((heading, tips)) = e.do_now {
                out.push(heading);
                out.extend(tips.iter().map(String::as_str));
            }
            if let Some(c) = e.care {
                out.extend([c.heading, c.muscles_label, c.muscles, c.caution]);
            }
            out.extend(e.lasting);
            out.extend(e.net.map(|(_, text)| text));
            out.push(e.also.0);
            out.extend(e.also.1.iter().map(|&c| lang.causes[c].title.as_str()));
        }
        let r = &self.recipient;
        out.extend([r.title, &r.summary]);
        out.extend(r.advice);
        out.extend(r.cautions.iter().map(|f| lang.facts[f].text.as_str()));
        out.extend(r.before);
        if let Some((before, service)) = self.suggest {
            out.extend([before, service.label.0.as_str()]);
        }
        if let Some(book) = &self.book {
            out.push(book.label);
            out.extend(book.note);
        }
        out
    }
}

/// What the card shows for this place, feeling, timing, signs and facts.
pub fn answer<'a>(
    lang: &'a Lang,
    spa: Spa<'a>,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: SignSet,
    facts: FactSet,
) -> AnswerView<'a> {
    let out = outcome(region.part, pain, timing, signs, facts);
    view(lang, spa, region, pain, timing, signs, facts, out)
}

/// [`answer`] for an outcome already decided (the sweep decides it once for both languages).
#[allow(clippy::too_many_arguments)]
pub fn view<'a>(
    lang: &'a Lang,
    spa: Spa<'a>,
    region: RegionId,
    pain: Pain,
    timing: Timing,
    signs: SignSet,
    facts: FactSet,
    out: Outcome,
) -> AnswerView<'a> {
    let ui = &lang.ui;
    let part = region.part;
    let cause = &lang.causes[out.cause];
    let calm = out.calm;
    let number = spa.emergency_number.unwrap_or(&ui.emergency_number_default);
    let summary = summary(lang, region, pain, Some(timing), signs, facts);
    let book = spa.booking_url.filter(|_| calm).map(|url| Book {
        href: booking_href(url, spa.lang, region, pain, out.tier, &summary),
        label: spa.booking_label.unwrap_or(&ui.book),
        note: url.contains("{summary}").then_some(ui.book_note.as_str()),
    });
    let emergency = out.tier == Tier::Emergency;
    AnswerView {
        tier: out.tier,
        cause: out.cause,
        heading: [
            region_label(lang, region).as_str(),
            ": ",
            &lower_first(&lang.pains[pain].label),
        ]
        .concat(),
        tier_title: &lang.tiers[out.tier].title,
        tier_text: tier_text(lang, out.tier, spa.emergency_number),
        call: emergency.then(|| Call {
            text: fill(&ui.call_emergency, &[("number", number)]),
            href: spa.emergency_number.map(|n| ["tel:", n].concat()),
        }),
        told: signs,
        disclaimer: &ui.disclaimer_short,
        quiet: (!emergency).then(|| fill(&ui.quiet_emergency, &[("number", number)])),
        during: out.during.then_some(ui.during_now.as_str()),
        cause_line: out
            .explains
            .then_some((ui.likely_cause.as_str(), cause.title.as_str())),
        note: out.note.then_some(lang.notes[part][pain].as_str()),
        explain: out.explains.then(|| Explain {
            why: (&ui.why, &cause.why),
            usual: out.usual.then_some(ui.usual_soreness.as_str()),
            do_now: calm.then_some((ui.do_now.as_str(), cause.self_care.as_slice())),
            care: calm.then(|| {
                let region = &lang.regions[part];
                Care {
                    heading: &ui.caution,
                    muscles_label: &ui.muscles,
                    muscles: &region.muscles,
                    caution: &region.caution,
                }
            }),
            lasting: (out.fades && !out.usual).then_some(ui.lasting_rule.as_str()),
            net: out.net.map(|net| {
                let text = match net {
                    Net::Weeks => &ui.net_weeks,
                    Net::Days => &ui.net_days,
                    Net::Tingling => &ui.net_tingling,
                    Net::During => &ui.net_during,
                };
                (net, text.as_str())
            }),
            also: (&ui.also_consider, out.also),
        }),
        recipient: Recipient {
            title: if calm {
                &ui.tell_therapist
            } else {
                &ui.tell_doctor
            },
            summary,
            advice: calm.then_some(cause.tell_therapist.as_str()),
            cautions: if calm { facts } else { FactSet::NONE },
            before: calm.then_some(ui.before_massage.as_str()),
        },
        suggest: Some(&lang.services[out.cause])
            .filter(|s| calm && !s.label.0.is_empty() && !s.url.0.is_empty())
            .map(|s| (ui.we_suggest.as_str(), s)),
        book,
    }
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

/// What a screen reader hears when a step opens or the outcome changes: the answer's tier
/// first, as on the card.
pub fn announcement(lang: &Lang, journey: &Journey, number: Option<&str>) -> String {
    let ui = &lang.ui;
    let Some(region) = journey.region else {
        return String::new();
    };
    match (journey.pain, journey.timing, journey.step()) {
        (_, _, Step::Facts) => ui.step_facts.clone(),
        (Some(pain), Some(timing), Step::Answer) => {
            let tier = tier(region.part, pain, timing, journey.signs, journey.facts);
            [
                &lang.tiers[tier].title,
                ". ",
                &tier_text(lang, tier, number),
            ]
            .concat()
        }
        (Some(_), Some(_), _) => ui.step_signs.clone(),
        (Some(_), None, _) => ui.step_when.clone(),
        _ => fill(&ui.selected, &[("region", &region_label(lang, region))]),
    }
}
