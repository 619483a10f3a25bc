//! `<App>`: a thin composition of the journey, the content and the steps. Hooks live in
//! `hooks`; what an answer shows and what a screen reader hears are the core's (`answer`).

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::announcement;
use crate::components::{
    fact_check, good_to_know, pain_picker, place_list, place_timing, rating_picker, region_list,
    same_time_picker, sign_check, step_id, step_title, timing_picker, DrawingCard, SignCheck,
};
use crate::config::Config;
use crate::content::{Fact, Lang, Pain, RegionId, Sign, Timing};
use crate::diagram::{view_switch, LegMap};
use crate::drawing::{card_adds_place, HashPlace};
use crate::hooks::{
    focus_nth, use_hash_sync, use_journey, use_journey_events, use_step_focus, JourneyState,
};
use crate::journey::{Action, Event, Mark, Step};
use crate::text::{fill, region_label};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// `None` while the content loads: the widget then shows a placeholder of its final size.
    pub lang: Option<Rc<Lang>>,
    /// What the host page set through attributes, already validated.
    pub config: Config,
    /// The journey's events (ids only), for the host page.
    #[prop_or_default]
    pub on_event: Callback<Event>,
    /// A place tapped on the prerendered start screen before the wasm was ready: the widget
    /// opens at the feeling step for it.
    #[prop_or_default]
    pub early: Option<RegionId>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let journey = use_journey(props.config.start_view);
    let headings = (*use_memo((), |_| <[NodeRef; Step::COUNT]>::default())).clone();
    let list = use_node_ref();
    let (on_key, on_pointer) = use_step_focus(journey.step(), journey.adding, headings.clone());
    use_journey_events(**journey, props.on_event.clone());
    use_hash_sync(props.config.deep_link, journey.clone());
    // A tap made on the prerendered start screen, honoured once the live widget is there.
    {
        let journey = journey.clone();
        use_effect_with(props.early, move |early| {
            if let Some(region) = *early {
                journey.dispatch(Action::SelectRegion(region));
            }
        });
    }
    // A host page that changes `view` later moves the map to that view.
    {
        let journey = journey.clone();
        use_effect_with(props.config.start_view, move |&view| {
            journey.dispatch(Action::ShowView(view))
        });
    }

    let Some(lang) = props.lang.clone() else {
        return html! { <div class="lpm" data-theme={props.config.theme.id()}><div class="lpm-placeholder" aria-busy="true"></div></div> };
    };
    let act = |action: Action| {
        let journey = journey.clone();
        Callback::from(move |_| journey.dispatch(action.clone()))
    };
    let add_place = act(Action::AddPlace);
    let show_view = {
        let journey = journey.clone();
        Callback::from(move |view| journey.dispatch(Action::ShowView(view)))
    };
    let drawn = journey.drawn();
    // A tap on a place already marked brings its Change button (Remove beside it) to hand.
    let on_select_region = {
        let (journey, list) = (journey.clone(), list.clone());
        Callback::from(move |region| {
            if let Some(i) = journey.marks().position(|m| m.region == region) {
                focus_nth(&list, "[data-action=change-place]", i);
            }
            journey.dispatch(Action::SelectRegion(region));
        })
    };
    let ui = &lang.ui;
    let [map_h, feel_h, rate_h, when_h, signs_h, facts_h, answer_h] = headings;
    let number = props.config.emergency_number.as_deref();
    let step = journey.step();
    let mark = journey.mark();
    let current = mark.map(|m| m.region);
    let several = journey.count() > 1;
    let places: Vec<HashPlace> = journey.marks().map(Mark::hash_place).collect();
    let asks = |sign| journey.asks(sign);
    // Each place's own timing, when they started at different times: a plain loop into a
    // `Vec<Html>` (`{ for … }` costs Yew's collect per iterator type).
    let mut place_timings = Vec::new();
    if step >= Step::When && several && journey.same_time == Some(false) {
        for (i, m) in journey.marks().enumerate() {
            let legend = fill(
                &ui.place_when,
                &[("region", &region_label(&lang, m.region))],
            );
            let journey = journey.clone();
            place_timings.push(place_timing(
                &lang,
                i,
                &legend,
                m.timing,
                &Callback::from(move |t| {
                    journey.dispatch(Action::SelectPlaceTiming(i, Timing::ALL[t]))
                }),
            ));
        }
    }
    // The place the feeling and rating steps are about, named when there are several.
    let about = |region: Option<RegionId>| match region {
        Some(region) if several => {
            html! { <p class="lpm-about">{ region_label(&lang, region) }</p> }
        }
        _ => Html::default(),
    };

    html! {
        <div class="lpm" data-theme={props.config.theme.id()} lang={props.config.lang.clone()} onkeydown={on_key} onpointerdown={on_pointer}>
            <header class="lpm-head">
                <h2 class="lpm-title">{ &ui.title }</h2>
                <p class="lpm-intro">{ &ui.intro }</p>
                <p class="lpm-disclaimer">{ &ui.disclaimer }</p>
            </header>

            <section class="lpm-step lpm-step-where" part="steps" aria-labelledby={step_id(Step::Where)}>
                { step_title(Step::Where, &ui.step_where, map_h) }
                { view_switch(&lang, journey.view, &show_view) }
                <LegMap lang={lang.clone()} view={journey.view} places={places.clone()} {current} on_select={on_select_region.clone()} />
                { region_list(&lang, current, &on_select_region) }
                if journey.adding {
                    <p class="lpm-selected">{ &ui.add_hint }</p>
                }
                <div ref={list}>
                { place_list(&lang, &places, journey.removed.map(|(_, m)| m.region),
                    &send(&journey, Action::ChangePlace), &send(&journey, Action::RemovePlace), &act(Action::Undo)) }
                </div>
            </section>

            if step >= Step::Feel {
                <section class="lpm-step lpm-step-feel" part="steps" aria-labelledby={step_id(Step::Feel)}>
                    { step_title(Step::Feel, &ui.step_feel, feel_h) }
                    { about(current) }
                    { pain_picker(&lang, mark.and_then(|m| m.pain), &send(&journey, |i| Action::SelectPain(Pain::ALL[i]))) }
                </section>
            }
            if step >= Step::Rate {
                <section class="lpm-step lpm-step-rate" part="steps" aria-labelledby={step_id(Step::Rate)}>
                    { step_title(Step::Rate, &ui.step_rate, rate_h) }
                    { about(current) }
                    // One button of that name on screen: at an answer whose card offers it, the card's.
                    { rating_picker(&lang, mark.and_then(|m| m.rating), &send(&journey, |r| Action::SelectRating(r as u8)),
                        mark.and_then(|m| m.rating).filter(|_| step < Step::Answer || !card_adds_place(journey.count()))
                            .map(|_| (&add_place, journey.full()))) }
                </section>
            }
            if step >= Step::When {
                <section class="lpm-step lpm-step-when" part="steps" aria-labelledby={step_id(Step::When)}>
                    { step_title(Step::When, if several { &ui.step_when_many } else { &ui.step_when }, when_h) }
                    { timing_picker(&lang, journey.timing, &send(&journey, |i| Action::SelectTiming(Timing::ALL[i]))) }
                    if several && journey.timing.is_some() {
                        { same_time_picker(&lang, journey.same_time, &send(&journey, |i| Action::SameTime(i == 0))) }
                    }
                    if several && journey.same_time == Some(false) {
                        { place_timings }
                    }
                </section>
            }
            if step >= Step::Signs {
                <section class="lpm-step lpm-step-signs" part="steps" aria-labelledby={step_id(Step::Signs)}>
                    { step_title(Step::Signs, &ui.step_signs, signs_h) }
                    { sign_check(SignCheck {
                        lang: &lang, asks: &asks, signs: journey.signs,
                        on_toggle: send(&journey, |i| Action::ToggleSign(Sign::ALL[i])), on_none: act(Action::NoSigns), on_next: act(Action::SignsDone),
                    }) }
                </section>
            }
            // Not when an emergency skipped it.
            if step == Step::Facts || (step == Step::Answer && journey.facts_done) {
                <section class="lpm-step lpm-step-facts" part="steps" aria-labelledby={step_id(Step::Facts)}>
                    { step_title(Step::Facts, &ui.step_facts, facts_h) }
                    { fact_check(&lang, journey.facts, &send(&journey, |i| Action::ToggleFact(Fact::ALL[i])), &act(Action::NoFacts), &act(Action::ShowAnswer)) }
                </section>
            }
            // One card for one place and for several: one place adds what it is for, the likely
            // cause and its Change buttons.
            if let (Some(places), Step::Answer) = (journey.places(), step) {
                <DrawingCard
                    lang={lang.clone()}
                    code={props.config.lang.clone()}
                    booking_url={props.config.booking_url.clone()}
                    booking_label={props.config.booking_label.clone()}
                    emergency_number={props.config.emergency_number.clone()}
                    {places}
                    same_time={journey.same_time != Some(false)}
                    signs={journey.signs}
                    facts={journey.facts}
                    heading={answer_h}
                    on_change_region={act(Action::ChangePlace(0))}
                    on_change_feeling={act(Action::ChangeFeeling)}
                    on_add_place={add_place.clone()}
                    on_start_over={act(Action::StartOver)}
                    on_book={props.on_event.reform(move |()| Event::BookingClick(drawn))}
                />
            }

            <p class="lpm-sr" aria-live="polite" aria-atomic="true">{ announcement(&lang, &journey, number) }</p>
            { good_to_know(&lang) }
        </div>
    }
}

/// A callback that turns the index a step reports (a choice, a place) into a journey action. One
/// callback type for every step: a `Callback<T>` per value type cost the wasm a copy each.
fn send(journey: &UseReducerHandle<JourneyState>, make: fn(usize) -> Action) -> Callback<usize> {
    let journey = journey.clone();
    Callback::from(move |value| journey.dispatch(make(value)))
}
