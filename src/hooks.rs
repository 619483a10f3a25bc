//! The App's hooks, one concern each: the journey as a reducer, focus and scroll follow the
//! step, the URL hash follows the journey (deep links), and the App hears journey transitions
//! as events.

use std::ops::Deref;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::journey::{events, Action, Event, Journey, Step};

/// The core's journey ([`Journey::next`]) as a Yew reducer. A newtype, because the core has no
/// Yew in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JourneyState(pub Journey);

impl Deref for JourneyState {
    type Target = Journey;
    fn deref(&self) -> &Journey {
        &self.0
    }
}

impl Reducible for JourneyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.next(action);
        if next == self.0 {
            self
        } else {
            Rc::new(JourneyState(next))
        }
    }
}

/// The journey, starting on `view`.
#[hook]
pub fn use_journey(view: crate::content::View) -> UseReducerHandle<JourneyState> {
    use_reducer_eq(move || JourneyState(Journey::start(view)))
}

/// Moves focus to the heading of the step that just opened (the map's while a place is being
/// added), and brings it to the top of the screen (instantly: no motion, so nothing to turn off
/// for reduced motion). Not on the first render, where focus must stay wherever the host page
/// has it, and not when an arrow key chose in a radio group: arrows walk a group's choices (the
/// rating's ten), and taking focus away at the first one would leave the rest out of reach.
/// Returns the widget's key and pointer handlers, which note whether the last input was an arrow key.
#[hook]
pub fn use_step_focus(
    step: Step,
    adding: bool,
    headings: [NodeRef; Step::COUNT],
) -> (Callback<KeyboardEvent>, Callback<PointerEvent>) {
    let first = use_mut_ref(|| true);
    let arrowed = use_mut_ref(|| false);
    {
        let arrowed = arrowed.clone();
        use_effect_with((step, adding), move |&(step, adding)| {
            let step = if adding { Step::Where } else { step };
            let arrowed = std::mem::take(&mut *arrowed.borrow_mut());
            if !std::mem::replace(&mut *first.borrow_mut(), false) && !arrowed {
                if let Some(el) = headings[step.index()].cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                    if step != Step::Where || adding {
                        el.scroll_into_view_with_bool(true);
                    }
                }
            }
        });
    }
    let pointed = arrowed.clone();
    (
        Callback::from(move |event: KeyboardEvent| {
            *arrowed.borrow_mut() = event.key().starts_with("Arrow");
        }),
        Callback::from(move |_| *pointed.borrow_mut() = false),
    )
}

/// Tells the host page what changed, derived from the old and the new journey
/// ([`crate::journey::events`]), so deep links and Back report the same as taps.
#[hook]
pub fn use_journey_events(journey: Journey, on_event: Callback<Event>) {
    let last = use_mut_ref(|| Journey::start(journey.view));
    use_effect_with(journey, move |journey| {
        let old = std::mem::replace(&mut *last.borrow_mut(), *journey);
        for event in events(&old, journey) {
            on_event.emit(event);
        }
    });
}

/// Focuses the `n`th element matching `selector` inside `root` and brings it on screen.
pub fn focus_nth(root: &NodeRef, selector: &str, n: usize) {
    let found = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector_all(selector).ok())
        .and_then(|all| all.get(n as u32));
    if let Some(el) =
        found.and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
    {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Deep links: when the spa turns them on, the journey lives in the URL hash, so a link reopens
/// the same place and feeling (at the timing step) and the phone's Back button steps back.
#[hook]
pub fn use_hash_sync(enabled: bool, journey: UseReducerHandle<JourneyState>) {
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
    let hash = journey.to_hash();
    use_effect_with((enabled, hash), move |(enabled, hash)| {
        let just_enabled = *enabled && !std::mem::replace(&mut *was_enabled.borrow_mut(), *enabled);
        if *enabled && !just_enabled && *hash != location_hash() {
            if let Some(window) = web_sys::window() {
                let location = window.location();
                // Pushed, not `[String]::concat`: no joining code for `String` slices in the wasm.
                let mut url = location.pathname().unwrap_or_default();
                url.push_str(&location.search().unwrap_or_default());
                url.push_str(hash);
                if let Ok(history) = window.history() {
                    let _ =
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            }
        }
    });
}
