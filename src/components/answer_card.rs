//! Step 5: the answer. The outcome tier comes first and decides what else may show
//! (`content::rules::outcome`): emergency and urgent answers say one thing only.

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::{heading, rated};
use crate::components::card_parts::{book_link, button, net_line, outcome, spa};
use crate::components::{step_id, step_title, TherapistNote};
use crate::content::rules::{FactSet, SignSet};
use crate::content::{Lang, Pain, RegionId, Timing};
use crate::drawing::Place;
use crate::journey::Step;

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
    /// 1–10 at its worst: 8–10 may raise the tier ([`crate::drawing::rating_tier`]).
    #[prop_or(1)]
    pub rating: u8,
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

/// Draws the core's [`crate::answer::AnswerView`]: which sections show was decided there; the
/// card fills in the language's words for them.
#[function_component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let lang = &props.lang;
    let ui = &lang.ui;
    let spa = spa(&props.code, &props.emergency_number, &props.booking_url);
    let place = Place {
        region: props.region,
        pain: props.pain,
        rating: props.rating,
        timing: props.timing,
    };
    let v = rated(lang, spa, place, props.signs, props.facts);
    let part = props.region.part;
    let cause = &lang.causes[v.cause];
    let region = &lang.regions[part];
    let book = book_link(ui, v.book, props.booking_label.as_deref(), &props.on_book);

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby={step_id(Step::Answer)} data-tier={v.tier.id()}
            data-region={props.region.id()} data-pain={props.pain.id()} data-cause={v.cause.id()}>
            { step_title(Step::Answer, &ui.step_answer, props.heading.clone()) }
            <p class="lpm-answer-for">{ heading(lang, props.region, props.pain) }</p>

            // A rating of 8–10 that raised the tier: said as the visitor's own rating, not a finding.
            { outcome(lang, v.tier, &v.tier_text, v.call.as_ref(),
                if v.rated { html! { <p class="lpm-severe">{ &ui.rated_severe }</p> } } else { Html::default() }, v.told) }
            if let Some(quiet) = v.quiet {
                <p class="lpm-quiet">{ quiet }</p>
            }
            if v.during {
                <p class="lpm-during"><strong>{ &ui.during_now }</strong></p>
            }

            if v.explains {
                <p class="lpm-cause"><span class="lpm-kicker">{ &ui.likely_cause }</span>{" "}<strong>{ &cause.title }</strong></p>
            }
            if v.note {
                <p class="lpm-note">{ &lang.notes[part][props.pain] }</p>
            }
            if v.explains {
                <h4>{ &ui.why }</h4>
                <p>{ &cause.why }</p>
                if v.usual {
                    <p class="lpm-usual">{ &ui.usual_soreness }</p>
                }
                if v.calm {
                    <h4>{ &ui.do_now }</h4>
                    <ul class="lpm-tips">{ for cause.self_care.iter().map(|tip| html! { <li>{ tip }</li> }) }</ul>
                }
                // How to massage here: only where a massage is on the cards.
                if v.calm {
                    <h4>{ &ui.caution }</h4>
                    <p class="lpm-caution"><span class="lpm-muscles">{ &ui.muscles }{": "}{ &region.muscles }{". "}</span>{ &region.caution }</p>
                }
                if v.lasting {
                    <p class="lpm-lasting">{ &ui.lasting_rule }</p>
                }
                { for v.net.map(|net| net_line(lang, net)) }
                <h4>{ &ui.also_consider }</h4>
                <ul class="lpm-also">{ for v.also.iter().map(|c| html! { <li data-cause={c.id()}>{ &lang.causes[*c].title }</li> }) }</ul>
            }

            // "Tell your therapist" only where a massage is on the cards; else "Show this to the doctor".
            <TherapistNote lang={lang.clone()}
                title={if v.calm { ui.tell_therapist.clone() } else { ui.tell_doctor.clone() }}
                summary={v.summary}
                advice={v.calm.then(|| cause.tell_therapist.clone())}
                cautions={v.cautions.iter().map(|fact| lang.facts[fact].text.clone()).collect::<Vec<_>>()}
                before={v.calm.then(|| ui.before_massage.clone())} />

            if v.suggest {
                <p class="lpm-suggest">{ &ui.we_suggest }{" "}<a href={lang.services[v.cause].url.0.clone()} target="_blank" rel="noopener">{ &lang.services[v.cause].label.0 }</a></p>
            }
            { book }

            <div class="lpm-actions">
                { button("change-region", &ui.change_region, &props.on_change_region) }
                { button("change-feeling", &ui.change_feeling, &props.on_change_feeling) }
                { button("start-over", &ui.start_over, &props.on_start_over) }
            </div>
        </section>
    }
}
