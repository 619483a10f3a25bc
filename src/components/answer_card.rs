//! Step 5: the answer. The outcome tier comes first and decides what else may show
//! (`content::rules::outcome`): emergency and urgent answers say one thing only.

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::{answer, Spa};
use crate::components::{step_title, TherapistNote};
use crate::content::rules::{FactSet, Net, SignSet};
use crate::content::{Lang, Pain, RegionId, Timing};

#[derive(Properties, PartialEq)]
pub struct AnswerCardProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// The page's language code (the booking link's `{lang}`).
    #[prop_or_default]
    pub code: String,
    /// The spa's booking link with its `{summary}`-style marks; `None`, no Book.
    #[prop_or_default]
    pub booking_url: Option<String>,
    /// The Book button's words; `None`, the language's own.
    #[prop_or_default]
    pub booking_label: Option<String>,
    /// The spa's emergency number: the tap-to-call link on an emergency answer.
    #[prop_or_default]
    pub emergency_number: Option<String>,
    /// The place, feeling, timing and signs the answer is for.
    pub region: RegionId,
    pub pain: Pain,
    pub timing: Timing,
    pub signs: SignSet,
    /// Health facts ticked: clot risks and cautions for the therapist.
    #[prop_or_default]
    pub facts: FactSet,
    /// Focus lands here when the answer opens.
    pub heading: NodeRef,
    pub on_change_region: Callback<()>,
    pub on_change_feeling: Callback<()>,
    pub on_start_over: Callback<()>,
    /// Called when the visitor follows the booking link.
    pub on_book: Callback<()>,
}

/// Draws the core's [`crate::answer::AnswerView`]: every decision was made there.
#[function_component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let spa = Spa {
        lang: &props.code,
        emergency_number: props.emergency_number.as_deref(),
        booking_url: props.booking_url.as_deref(),
        booking_label: props.booking_label.as_deref(),
    };
    let lang = &props.lang;
    let ui = &lang.ui;
    let v = answer(
        lang,
        spa,
        props.region,
        props.pain,
        props.timing,
        props.signs,
        props.facts,
    );
    let button = |action: &'static str, label: &str, on: &Callback<()>| {
        html! { <button type="button" class="lpm-btn" part="button" data-action={action} onclick={on.reform(|_| ())}>{ label }</button> }
    };
    let book = v.book.map(|book| html! {
        <div class="lpm-book-wrap">
            <a class="lpm-btn lpm-book" part="button book" href={book.href} target="_blank" rel="noopener"
                onclick={props.on_book.reform(|_| ())}>{ book.label }</a>
            if let Some(note) = book.note {
                <p class="lpm-book-note">{ note }</p>
            }
        </div>
    });
    let r = v.recipient;

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby="lpm-answer-title" data-tier={v.tier.id()}
            data-region={props.region.id()} data-pain={props.pain.id()} data-cause={v.cause.id()}>
            { step_title("lpm-answer-title", "6", &ui.step_answer, props.heading.clone()) }
            <p class="lpm-answer-for">{ v.heading }</p>

            <div class="lpm-outcome" data-tier={v.tier.id()} role="note">
                <h4 class="lpm-tier">{ v.tier_title }</h4>
                <p>{ v.tier_text }</p>
                if let Some(call) = &v.call {
                    if let Some(href) = &call.href {
                        <a class="lpm-btn lpm-call" href={href.clone()}>{ &call.text }</a>
                    } else {
                        <p><strong class="lpm-call">{ &call.text }</strong></p>
                    }
                }
                if !v.told.is_empty() {
                    <p class="lpm-kicker">{ &ui.you_told_us }</p>
                    <ul class="lpm-told">{ for v.told.iter().map(|sign| html! { <li data-sign={sign.id()}>{ &lang.signs[sign].title }</li> }) }</ul>
                }
                <p class="lpm-disclaimer">{ v.disclaimer }</p>
            </div>
            if let Some(quiet) = &v.quiet {
                <p class="lpm-quiet">{ quiet }</p>
            }
            if let Some(during) = v.during {
                <p class="lpm-during"><strong>{ during }</strong></p>
            }
            if let Some((kicker, title)) = v.cause_line {
                <p class="lpm-cause"><span class="lpm-kicker">{ kicker }</span>{" "}<strong>{ title }</strong></p>
            }
            if let Some(note) = v.note {
                <p class="lpm-note">{ note }</p>
            }
            if let Some(e) = &v.explain {
                <h4>{ e.why.0 }</h4>
                <p>{ e.why.1 }</p>
                if let Some(usual) = e.usual {
                    <p class="lpm-usual">{ usual }</p>
                }
                if let Some((heading, tips)) = e.do_now {
                    <h4>{ heading }</h4>
                    <ul class="lpm-tips">{ for tips.iter().map(|tip| html! { <li>{ tip }</li> }) }</ul>
                }
                // How to massage here: only where a massage is on the cards.
                if let Some(c) = &e.care {
                    <h4>{ c.heading }</h4>
                    <p class="lpm-caution"><span class="lpm-muscles">{ c.muscles_label }{": "}{ c.muscles }{". "}</span>{ c.caution }</p>
                }
                if let Some(lasting) = e.lasting {
                    <p class="lpm-lasting">{ lasting }</p>
                }
                if let Some((net, text)) = e.net {
                    <p class="lpm-net" data-net={net_id(net)}>{ text }</p>
                }
                <h4>{ e.also.0 }</h4>
                <ul class="lpm-also">{ for e.also.1.iter().map(|&c| html! { <li data-cause={c.id()}>{ &lang.causes[c].title }</li> }) }</ul>
            }

            <TherapistNote lang={lang.clone()} title={r.title.to_owned()} summary={r.summary}
                advice={r.advice.map(str::to_owned)}
                cautions={r.cautions.iter().map(|f| lang.facts[f].text.clone()).collect::<Vec<_>>()}
                before={r.before.map(str::to_owned)} />

            if let Some((before, service)) = v.suggest {
                <p class="lpm-suggest">{ before }{" "}<a href={service.url.0.clone()} target="_blank" rel="noopener">{ &service.label.0 }</a></p>
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
