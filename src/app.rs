//! `<App>`: wires the journey and the content into the three steps.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{step_title, AnswerCard, GoodToKnow, PainPicker, RegionList};
use crate::config::Config;
use crate::content::{table, Lang};
use crate::diagram::{LegMap, ViewSwitch};
use crate::events::WidgetEvent;
use crate::journey::{Action, Journey, Step};
use crate::text::{fill, region_label};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// `None` while the content loads: the widget then shows a placeholder of its final size.
    pub lang: Option<Rc<Lang>>,
    pub config: Config,
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let journey = use_reducer_eq(|| Journey::start(props.config.start_view));
    let feel_heading = use_node_ref();
    let answer_heading = use_node_ref();
    let map_heading = use_node_ref();

    // Move focus to the step that just opened, so keyboard and screen-reader users follow along;
    // not on the first render, where focus must stay wherever the host page has it.
    {
        let refs = (
            map_heading.clone(),
            feel_heading.clone(),
            answer_heading.clone(),
        );
        let first = use_mut_ref(|| true);
        use_effect_with(journey.step(), move |step| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                let target = match step {
                    Step::Where => &refs.0,
                    Step::Feel => &refs.1,
                    Step::Answer => &refs.2,
                };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
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

    deep_link::use_hash_sync(props.config.deep_link, journey.clone());

    let Some(lang) = props.lang.clone() else {
        return html! { <div class="lpm" data-theme={props.config.theme.id()}><div class="lpm-placeholder" aria-busy="true"></div></div> };
    };

    let on_select_region = {
        let journey = journey.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |region| {
            journey.dispatch(Action::SelectRegion(region));
            on_event.emit(WidgetEvent::RegionSelect(region));
            if let Some(pain) = journey.pain {
                answer_shown(&on_event, region, pain);
            }
        })
    };
    let on_select_pain = {
        let journey = journey.clone();
        let on_event = props.on_event.clone();
        Callback::from(move |pain| {
            if let Some(region) = journey.region {
                journey.dispatch(Action::SelectPain(pain));
                on_event.emit(WidgetEvent::PainSelect(region, pain));
                answer_shown(&on_event, region, pain);
            }
        })
    };
    let act = |action: Action| {
        let journey = journey.clone();
        Callback::from(move |_| journey.dispatch(action.clone()))
    };
    let on_show = {
        let journey = journey.clone();
        Callback::from(move |view| journey.dispatch(Action::ShowView(view)))
    };

    let ui = &lang.ui;
    let step = journey.step();
    let announcement = match (journey.region, journey.pain) {
        (Some(region), Some(pain)) => [
            &crate::text::summary(&lang, region, pain),
            ". ",
            &ui.likely_cause,
            ": ",
            &lang.causes[table::entry(region.part, pain).cause].title,
        ]
        .concat(),
        (Some(region), None) => fill(&ui.selected, &[("region", &region_label(&lang, region))]),
        _ => String::new(),
    };

    html! {
        <div class="lpm" data-theme={props.config.theme.id()} lang={props.config.lang.clone()}>
            <header class="lpm-head">
                <h2 class="lpm-title">{ &ui.title }</h2>
                <p class="lpm-intro">{ &ui.intro }</p>
                <p class="lpm-disclaimer">{ &ui.disclaimer }</p>
            </header>

            <section class="lpm-step lpm-step-where" part="steps" aria-labelledby="lpm-where">
                { step_title("lpm-where", "1", &ui.step_where, map_heading) }
                <ViewSwitch lang={lang.clone()} view={journey.view} on_show={on_show} />
                <LegMap lang={lang.clone()} view={journey.view} selected={journey.region} on_select={on_select_region.clone()} />
                <RegionList lang={lang.clone()} selected={journey.region} on_select={on_select_region} />
                if let Some(region) = journey.region {
                    <p class="lpm-selected">{ fill(&ui.selected, &[("region", &region_label(&lang, region))]) }</p>
                }
            </section>

            if step != Step::Where {
                <section class="lpm-step lpm-step-feel" part="steps" aria-labelledby="lpm-feel">
                    { step_title("lpm-feel", "2", &ui.step_feel, feel_heading) }
                    <PainPicker lang={lang.clone()} selected={journey.pain} on_select={on_select_pain} />
                </section>
            }

            if let (Some(region), Some(pain)) = (journey.region, journey.pain) {
                <AnswerCard
                    lang={lang.clone()}
                    config={props.config.clone()}
                    {region}
                    {pain}
                    heading={answer_heading}
                    on_change_region={act(Action::ChangeRegion)}
                    on_change_feeling={act(Action::ChangeFeeling)}
                    on_start_over={act(Action::StartOver)}
                    on_book={props.on_event.reform(move |summary| WidgetEvent::BookingClick {
                        region: Some(region), pain: Some(pain), summary: Some(summary)
                    })}
                />
            }

            <p class="lpm-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
            <GoodToKnow lang={lang.clone()} />
        </div>
    }
}

fn answer_shown(
    on_event: &Callback<WidgetEvent>,
    region: crate::content::RegionId,
    pain: crate::content::Pain,
) {
    on_event.emit(WidgetEvent::AnswerShow(
        region,
        pain,
        table::entry(region.part, pain).cause,
    ));
}

/// Deep links: when the spa turns them on, the journey lives in the URL hash, so a link reopens
/// the same answer and the phone's Back button steps back through the journey.
mod deep_link {
    use gloo::events::EventListener;
    use yew::prelude::*;

    use crate::journey::{Action, Journey};

    fn location_hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    #[hook]
    pub fn use_hash_sync(enabled: bool, journey: UseReducerHandle<Journey>) {
        {
            let journey = journey.clone();
            use_effect_with(enabled, move |&enabled| {
                let listeners = enabled.then(|| {
                    journey.dispatch(Action::FollowHash(location_hash()));
                    let window = web_sys::window().expect("a browser window");
                    ["popstate", "hashchange"].map(|name| {
                        let journey = journey.clone();
                        EventListener::new(&window, name, move |_| {
                            journey.dispatch(Action::FollowHash(location_hash()))
                        })
                    })
                });
                move || drop(listeners)
            });
        }
        // Skip the run where deep linking was just turned on: the hash is being followed then,
        // and writing the old journey back would overwrite the link being opened.
        let was_enabled = use_mut_ref(|| false);
        use_effect_with((enabled, *journey), move |(enabled, journey)| {
            let hash = journey.to_hash();
            let just_enabled =
                *enabled && !std::mem::replace(&mut *was_enabled.borrow_mut(), *enabled);
            if *enabled && !just_enabled && hash != location_hash() {
                if let Some(window) = web_sys::window() {
                    let location = window.location();
                    let url = [
                        location.pathname().unwrap_or_default(),
                        location.search().unwrap_or_default(),
                        hash,
                    ]
                    .concat();
                    if let Ok(history) = window.history() {
                        let _ = history.push_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&url),
                        );
                    }
                }
            }
        });
    }
}
