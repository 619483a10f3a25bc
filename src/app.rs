//! `<App>`: a thin composition of the journey, the content and the steps. Hooks live in
//! `hooks`; what an answer shows and what a screen reader hears are the core's (`answer`).

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::announcement;
use crate::components::{
    fact_check, pain_picker, region_list, sign_check, step_id, step_title, timing_picker,
    AnswerCard, GoodToKnow, SignCheck,
};
use crate::config::Config;
use crate::content::{Lang, RegionId};
use crate::diagram::{LegMap, ViewSwitch};
use crate::hooks::{use_hash_sync, use_journey, use_journey_events, use_step_focus, JourneyState};
use crate::journey::{Action, Event, Step};
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
    use_step_focus(journey.step(), headings.clone());
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
    let on_select_region = send(&journey, Action::SelectRegion);
    let ui = &lang.ui;
    let [map_h, feel_h, when_h, signs_h, facts_h, answer_h] = headings;
    let number = props.config.emergency_number.as_deref();

    html! {
        <div class="lpm" data-theme={props.config.theme.id()} lang={props.config.lang.clone()}>
            <header class="lpm-head">
                <h2 class="lpm-title">{ &ui.title }</h2>
                <p class="lpm-intro">{ &ui.intro }</p>
                <p class="lpm-disclaimer">{ &ui.disclaimer }</p>
            </header>

            <section class="lpm-step lpm-step-where" part="steps" aria-labelledby={step_id(Step::Where)}>
                { step_title(Step::Where, &ui.step_where, map_h) }
                <ViewSwitch lang={lang.clone()} view={journey.view} on_show={send(&journey, Action::ShowView)} />
                <LegMap lang={lang.clone()} view={journey.view} places={journey.region.map(|r| vec![(r, None, None)]).unwrap_or_default()} current={journey.region} on_select={on_select_region.clone()} />
                { region_list(&lang, journey.region, &on_select_region) }
                if let Some(region) = journey.region {
                    <p class="lpm-selected">{ fill(&ui.selected, &[("region", &region_label(&lang, region))]) }</p>
                }
            </section>

            if journey.step() >= Step::Feel {
                <section class="lpm-step lpm-step-feel" part="steps" aria-labelledby={step_id(Step::Feel)}>
                    { step_title(Step::Feel, &ui.step_feel, feel_h) }
                    { pain_picker(&lang, journey.pain, &send(&journey, Action::SelectPain)) }
                </section>
            }
            if journey.step() >= Step::When {
                <section class="lpm-step lpm-step-when" part="steps" aria-labelledby={step_id(Step::When)}>
                    { step_title(Step::When, &ui.step_when, when_h) }
                    { timing_picker(&lang, journey.timing, &send(&journey, Action::SelectTiming)) }
                </section>
            }
            if let (Some(region), Some(pain), true) = (journey.region, journey.pain, journey.step() >= Step::Signs) {
                <section class="lpm-step lpm-step-signs" part="steps" aria-labelledby={step_id(Step::Signs)}>
                    { step_title(Step::Signs, &ui.step_signs, signs_h) }
                    { sign_check(SignCheck {
                        lang: &lang, part: region.part, pain, signs: journey.signs,
                        on_toggle: send(&journey, Action::ToggleSign), on_none: act(Action::NoSigns), on_next: act(Action::SignsDone),
                    }) }
                </section>
            }
            // Not when an emergency skipped it.
            if journey.step() == Step::Facts || (journey.step() == Step::Answer && journey.facts_done) {
                <section class="lpm-step lpm-step-facts" part="steps" aria-labelledby={step_id(Step::Facts)}>
                    { step_title(Step::Facts, &ui.step_facts, facts_h) }
                    { fact_check(&lang, journey.facts, &send(&journey, Action::ToggleFact), &act(Action::NoFacts), &act(Action::ShowAnswer)) }
                </section>
            }
            if let (Some(region), Some(pain), Some(timing), Step::Answer) = (journey.region, journey.pain, journey.timing, journey.step()) {
                <AnswerCard
                    lang={lang.clone()}
                    code={props.config.lang.clone()}
                    booking_url={props.config.booking_url.clone()}
                    booking_label={props.config.booking_label.clone()}
                    emergency_number={props.config.emergency_number.clone()}
                    {region}
                    {pain}
                    {timing}
                    signs={journey.signs}
                    facts={journey.facts}
                    heading={answer_h}
                    on_change_region={act(Action::ChangeRegion)}
                    on_change_feeling={act(Action::ChangeFeeling)}
                    on_start_over={act(Action::StartOver)}
                    on_book={props.on_event.reform(move |()| Event::BookingClick(region, pain))}
                />
            }

            <p class="lpm-sr" aria-live="polite" aria-atomic="true">{ announcement(&lang, &journey, number) }</p>
            <GoodToKnow lang={lang.clone()} />
        </div>
    }
}

/// A callback that turns what a component reports into a journey action.
fn send<T: 'static>(
    journey: &UseReducerHandle<JourneyState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let journey = journey.clone();
    Callback::from(move |value| journey.dispatch(make(value)))
}
