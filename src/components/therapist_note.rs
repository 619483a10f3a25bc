//! "Tell your therapist": the visitor's choices in one line, with Copy and Share.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::content::Lang;

#[derive(Properties, PartialEq)]
pub struct TherapistNoteProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// "Tell your therapist", or "Show this to the doctor" on an urgent answer.
    pub title: String,
    /// "Left calf, back of leg: tender knot — …. Started: …. Warning signs: …."
    pub summary: String,
    /// What this cause means for the therapist (calm answers only).
    pub advice: Option<String>,
    /// The therapist's caution for each health fact ticked (calm answers only).
    #[prop_or_default]
    pub cautions: Vec<String>,
    /// "Before a deep leg massage, tell your therapist if…" (not on urgent answers).
    pub before: Option<String>,
}

#[function_component]
pub fn TherapistNote(props: &TherapistNoteProps) -> Html {
    // The summary that was copied: "Copied" shows only while it is still the one on screen
    // (derived, not reset by an effect, which would cost a second render).
    let copied = use_state_eq(|| None::<String>);
    let text_ref = use_node_ref();
    let on_copy = {
        let (copied, text_ref, summary) = (copied.clone(), text_ref.clone(), props.summary.clone());
        Callback::from(move |_| {
            copy(&summary, &text_ref);
            copied.set(Some(summary.clone()));
        })
    };
    let on_share = {
        let summary = props.summary.clone();
        Callback::from(move |_| share(&summary))
    };
    let ui = &props.lang.ui;
    html! {
        <div class="lpm-therapist">
            <h4>{ &props.title }</h4>
            <p class="lpm-summary" ref={text_ref}>{ &props.summary }</p>
            if let Some(advice) = &props.advice {
                <p>{ advice }</p>
            }
            if !props.cautions.is_empty() {
                <ul class="lpm-cautions">{ for props.cautions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
            }
            if let Some(before) = &props.before {
                <p class="lpm-before">{ before }</p>
            }
            <div class="lpm-actions">
                <button type="button" class="lpm-btn" part="button" onclick={on_copy}>
                    { if copied.as_deref() == Some(props.summary.as_str()) { &ui.copied } else { &ui.copy } }
                </button>
                if can_share() {
                    <button type="button" class="lpm-btn" part="button" onclick={on_share}>{ &ui.share }</button>
                }
            </div>
        </div>
    }
}

/// Clipboard API where the page allows it; otherwise select the text so "Copy" from the
/// browser's own menu is one tap away.
fn copy(text: &str, node: &NodeRef) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_truthy() {
        let _ = clipboard.write_text(text);
        return;
    }
    if let (Some(el), Ok(Some(selection))) = (node.cast::<web_sys::Node>(), window.get_selection())
    {
        let _ = selection.select_all_children(&el);
    }
}

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// Web Share exists on most phones and few desktops; only show the button where it does.
/// (Checked at render time in the browser; the SSR render never has a window.)
fn can_share() -> bool {
    cfg!(target_arch = "wasm32")
        && navigator()
            .is_some_and(|nav| js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false))
}

fn share(text: &str) {
    let Some(nav) = navigator() else { return };
    let Ok(share) = js_sys::Reflect::get(&nav, &"share".into()) else {
        return;
    };
    if let Ok(share) = share.dyn_into::<js_sys::Function>() {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
        let _ = share.call1(&nav, &data);
    }
}
