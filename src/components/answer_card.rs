//! Step 3: the answer for one place and one feeling.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{step_title, TherapistNote};
use crate::config::Config;
use crate::content::{table, Lang, Pain, RegionId, Tier};
use crate::text::{fill, region_label, summary};

#[derive(Properties, PartialEq)]
pub struct AnswerCardProps {
    pub lang: Rc<Lang>,
    pub config: Config,
    pub region: RegionId,
    pub pain: Pain,
    /// Focus lands here when the answer opens.
    pub heading: NodeRef,
    pub on_change_region: Callback<()>,
    pub on_change_feeling: Callback<()>,
    pub on_start_over: Callback<()>,
    /// Called with the therapist summary when the visitor follows the booking link.
    pub on_book: Callback<String>,
}

#[function_component]
pub fn AnswerCard(props: &AnswerCardProps) -> Html {
    let lang = &props.lang;
    let ui = &lang.ui;
    let entry = table::entry(props.region.part, props.pain);
    let cause = &lang.causes[entry.cause];
    let region = &lang.regions[props.region.part];
    let note = summary(lang, props.region, props.pain);

    let (urgent, see_doctor): (Vec<_>, Vec<_>) = entry
        .flags
        .iter()
        .partition(|flag| flag.tier() != Tier::SeeDoctor);
    let number = props.config.emergency_number.as_deref();
    let call = fill(
        &ui.call_emergency,
        &[("number", number.unwrap_or(&ui.emergency_number_default))],
    );
    let flag_item = |flag: &&crate::content::Flag| {
        let text = &lang.flags[**flag];
        html! {
            <li class="lpm-flag" data-tier={flag.tier().id()} data-flag={flag.id()}>
                <strong>{ &text.title }</strong>{" "}{ &text.text }
                if flag.tier() == Tier::Emergency {
                    {" "}
                    if let Some(number) = number {
                        <a class="lpm-call" href={["tel:", number].concat()}>{ &call }</a>
                    } else {
                        <strong class="lpm-call">{ &call }</strong>
                    }
                }
            </li>
        }
    };
    let button = |action: &'static str, label: &str, on: &Callback<()>| {
        html! { <button type="button" class="lpm-btn" part="button" data-action={action} onclick={on.reform(|_| ())}>{ label }</button> }
    };

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby="lpm-answer-title"
            data-region={props.region.id()} data-pain={props.pain.id()} data-cause={entry.cause.id()}>
            { step_title("lpm-answer-title", "3", &ui.step_answer, props.heading.clone()) }
            <p class="lpm-answer-for">{ region_label(lang, props.region) }{": "}{ &lang.pains[props.pain].label }</p>
            <p class="lpm-cause"><span class="lpm-kicker">{ &ui.likely_cause }</span>{" "}<strong>{ &cause.title }</strong></p>
            <p class="lpm-note">{ &lang.notes[props.region.part][props.pain] }</p>

            if !urgent.is_empty() {
                <div class="lpm-urgent" role="note">
                    <h4>{ &ui.get_help_now }</h4>
                    <ul>{ for urgent.iter().map(flag_item) }</ul>
                </div>
            }

            <h4>{ &ui.why }</h4>
            <p>{ &cause.why }</p>

            <h4>{ &ui.do_now }</h4>
            <ul class="lpm-tips">{ for cause.self_care.iter().map(|tip| html! { <li>{ tip }</li> }) }</ul>

            <h4>{ &ui.caution }</h4>
            <p class="lpm-caution"><span class="lpm-muscles">{ &ui.muscles }{": "}{ &region.muscles }{". "}</span>{ &region.caution }</p>

            <TherapistNote lang={lang.clone()} summary={note.clone()} advice={cause.tell_therapist.clone()} />

            <h4>{ &ui.see_doctor }</h4>
            <p class="lpm-kicker">{ &ui.see_doctor_if }</p>
            <ul class="lpm-flags">{ for see_doctor.iter().map(flag_item) }</ul>

            <h4>{ &ui.also_consider }</h4>
            <ul class="lpm-also">{ for entry.also.iter().map(|c| html! { <li data-cause={c.id()}>{ &lang.causes[*c].title }</li> }) }</ul>

            if let Some(url) = props.config.booking_url.clone() {
                <a class="lpm-btn lpm-book" part="button book" href={url} target="_blank" rel="noopener"
                    onclick={props.on_book.reform(move |_| note.clone())}>
                    { props.config.booking_label.clone().unwrap_or_else(|| ui.book.clone()) }
                </a>
            }

            <div class="lpm-actions">
                { button("change-region", &ui.change_region, &props.on_change_region) }
                { button("change-feeling", &ui.change_feeling, &props.on_change_feeling) }
                { button("start-over", &ui.start_over, &props.on_start_over) }
            </div>
        </section>
    }
}
