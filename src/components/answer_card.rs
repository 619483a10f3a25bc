//! Step 5: the answer. The outcome tier comes first and decides what else may show
//! (`content::rules::outcome`): emergency and urgent answers say one thing only.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{step_title, TherapistNote};
use crate::content::rules::{outcome, Facts, Net, Signs};
use crate::content::{Lang, Pain, RegionId, Tier, Timing};
use crate::embed::config::Config;
use crate::text::{booking_href, fill, lower_first, region_label, summary, tier_text};

#[derive(Properties, PartialEq)]
pub struct AnswerCardProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// What the host page set: emergency number, booking link and label.
    pub config: Config,
    /// The place, feeling, timing and signs the answer is for.
    pub region: RegionId,
    pub pain: Pain,
    pub timing: Timing,
    pub signs: Signs,
    /// Health facts ticked: clot risks and cautions for the therapist.
    #[prop_or_default]
    pub facts: Facts,
    /// Focus lands here when the answer opens.
    pub heading: NodeRef,
    pub on_change_region: Callback<()>,
    pub on_change_feeling: Callback<()>,
    pub on_start_over: Callback<()>,
    /// Called when the visitor follows the booking link.
    pub on_book: Callback<()>,
}

#[function_component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let lang = &props.lang;
    let ui = &lang.ui;
    let part = props.region.part;
    let out = outcome(part, props.pain, props.timing, props.signs, props.facts);
    let cause = &lang.causes[out.cause];
    let region = &lang.regions[part];
    let note = summary(
        lang,
        props.region,
        props.pain,
        Some(props.timing),
        props.signs,
        props.facts,
    );
    let number = props.config.emergency_number.as_deref();
    let number_or_default = number.unwrap_or(&ui.emergency_number_default);
    let call = fill(&ui.call_emergency, &[("number", number_or_default)]);
    let button = |action: &'static str, label: &str, on: &Callback<()>| {
        html! { <button type="button" class="lpm-btn" part="button" data-action={action} onclick={on.reform(|_| ())}>{ label }</button> }
    };
    let book = props.config.booking_url.as_deref().filter(|_| out.calm).map(|url| {
        let href = booking_href(url, &props.config.lang, props.region, props.pain, out.tier, &note);
        html! {
            <div class="lpm-book-wrap">
                <a class="lpm-btn lpm-book" part="button book" {href} target="_blank" rel="noopener"
                    onclick={props.on_book.reform(|_| ())}>
                    { props.config.booking_label.clone().unwrap_or_else(|| ui.book.clone()) }
                </a>
                // Said only when the link really carries the answers.
                if url.contains("{summary}") {
                    <p class="lpm-book-note">{ &ui.book_note }</p>
                }
            </div>
        }
    });

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby="lpm-answer-title" data-tier={out.tier.id()}
            data-region={props.region.id()} data-pain={props.pain.id()} data-cause={out.cause.id()}>
            { step_title("lpm-answer-title", "6", &ui.step_answer, props.heading.clone()) }
            <p class="lpm-answer-for">{ region_label(lang, props.region) }{": "}{ lower_first(&lang.pains[props.pain].label) }</p>

            <div class="lpm-outcome" data-tier={out.tier.id()} role="note">
                <h4 class="lpm-tier">{ &lang.tiers[out.tier].title }</h4>
                <p>{ tier_text(lang, out.tier, number) }</p>
                if out.tier == Tier::Emergency {
                    if let Some(number) = number {
                        <a class="lpm-btn lpm-call" href={["tel:", number].concat()}>{ &call }</a>
                    } else {
                        <p><strong class="lpm-call">{ &call }</strong></p>
                    }
                }
                // Only what the visitor ticked: "swollen" counts as the clot sign, but they did not say it.
                if !props.signs.is_empty() {
                    <p class="lpm-kicker">{ &ui.you_told_us }</p>
                    <ul class="lpm-told">{ for props.signs.iter().map(|sign| html! { <li data-sign={sign.id()}>{ &lang.signs[sign].title }</li> }) }</ul>
                }
                <p class="lpm-disclaimer">{ &ui.disclaimer_short }</p>
            </div>
            if out.tier != Tier::Emergency {
                <p class="lpm-quiet">{ fill(&ui.quiet_emergency, &[("number", number_or_default)]) }</p>
            }
            if out.during {
                <p class="lpm-during"><strong>{ &ui.during_now }</strong></p>
            }

            if out.explains {
                <p class="lpm-cause"><span class="lpm-kicker">{ &ui.likely_cause }</span>{" "}<strong>{ &cause.title }</strong></p>
            }
            if out.note {
                <p class="lpm-note">{ &lang.notes[part][props.pain] }</p>
            }
            if out.explains {
                <h4>{ &ui.why }</h4>
                <p>{ &cause.why }</p>
                if out.usual {
                    <p class="lpm-usual">{ &ui.usual_soreness }</p>
                }
                if out.calm {
                    <h4>{ &ui.do_now }</h4>
                    <ul class="lpm-tips">{ for cause.self_care.iter().map(|tip| html! { <li>{ tip }</li> }) }</ul>
                }
                // How to massage here: only where a massage is on the cards.
                if out.calm {
                    <h4>{ &ui.caution }</h4>
                    <p class="lpm-caution"><span class="lpm-muscles">{ &ui.muscles }{": "}{ &region.muscles }{". "}</span>{ &region.caution }</p>
                }
                if out.fades && !out.usual {
                    <p class="lpm-lasting">{ &ui.lasting_rule }</p>
                }
                if let Some(net) = out.net {
                    <p class="lpm-net" data-net={net_id(net)}>{ match net {
                        Net::Weeks => &ui.net_weeks,
                        Net::Days => &ui.net_days,
                        Net::Tingling => &ui.net_tingling,
                        Net::During => &ui.net_during,
                    } }</p>
                }
                <h4>{ &ui.also_consider }</h4>
                <ul class="lpm-also">{ for out.also.iter().map(|c| html! { <li data-cause={c.id()}>{ &lang.causes[*c].title }</li> }) }</ul>
            }

            // "Tell your therapist" only where a massage is on the cards; else "Show this to the doctor".
            <TherapistNote lang={lang.clone()}
                title={if out.calm { ui.tell_therapist.clone() } else { ui.tell_doctor.clone() }}
                summary={note}
                advice={out.calm.then(|| cause.tell_therapist.clone())}
                cautions={if out.calm { props.facts.iter().map(|fact| lang.facts[fact].text.clone()).collect() } else { Vec::new() }}
                before={out.calm.then(|| ui.before_massage.clone())} />

            if let (true, Some(service)) = (out.calm, Some(&lang.services[out.cause]).filter(|s| !s.label.0.is_empty() && !s.url.0.is_empty())) {
                <p class="lpm-suggest">{ &ui.we_suggest }{" "}<a href={service.url.0.clone()} target="_blank" rel="noopener">{ &service.label.0 }</a></p>
            }
            { for book }

            <div class="lpm-actions">
                { button("change-region", &ui.change_region, &props.on_change_region) }
                { button("change-feeling", &ui.change_feeling, &props.on_change_feeling) }
                { button("start-over", &ui.start_over, &props.on_start_over) }
            </div>
        </section>
    }
}

/// `data-net` on the safety-net line, for tests.
const fn net_id(net: Net) -> &'static str {
    match net {
        Net::Weeks => "weeks",
        Net::Days => "days",
        Net::Tingling => "tingling",
        Net::During => "during",
    }
}
