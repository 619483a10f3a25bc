//! "Tell your therapist": the visitor's choices in one line, with Copy and Share.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::content::rules::FactSet;
use crate::content::Lang;

/// What the note says: the card decides it (`drawing::DrawingView`).
pub(crate) struct Note<'a> {
    /// "Tell your therapist", or "Show this to the doctor" on an urgent answer.
    pub title: &'a str,
    /// "Left calf, back of leg: tender knot, 6/10. Started: …. Warning signs: …."
    pub summary: &'a str,
    /// What each cause means for the therapist, one paragraph (calm answers only).
    pub advice: Option<String>,
    /// The health facts whose caution the therapist reads (calm answers only).
    pub cautions: FactSet,
    /// "Before a deep leg massage, tell your therapist if…" (not on urgent answers).
    pub before: Option<&'a str>,
}

/// The note, drawn by the card: a function, not a component, as a component type of its own
/// costs the wasm its own copy of Yew's component code. `copied` (the summary that was copied:
/// "Copied" shows only while it is still the one on screen, derived, not reset by an effect) and
/// `text_ref` are the card's hooks.
pub(crate) fn therapist_note(
    lang: &Lang,
    note: Note,
    copied: &UseStateHandle<Option<String>>,
    text_ref: &NodeRef,
) -> Html {
    let on_copy = {
        let (copied, text_ref, summary) =
            (copied.clone(), text_ref.clone(), note.summary.to_owned());
        Callback::from(move |_| {
            copy(&summary, &text_ref);
            copied.set(Some(summary.clone()));
        })
    };
    let on_share = {
        let summary = note.summary.to_owned();
        Callback::from(move |_| share(&summary))
    };
    let ui = &lang.ui;
    let mut cautions = Vec::new();
    for fact in note.cautions.iter() {
        cautions.push(html! { <li>{ &lang.facts[fact].text }</li> });
    }
    html! {
        <div class="lpm-therapist">
            <h4>{ note.title }</h4>
            <p class="lpm-summary" ref={text_ref.clone()}>{ note.summary }</p>
            if let Some(advice) = &note.advice {
                <p>{ advice }</p>
            }
            if !note.cautions.is_empty() {
                <ul class="lpm-cautions">{ cautions }</ul>
            }
            if let Some(before) = note.before {
                <p class="lpm-before">{ before }</p>
            }
            <div class="lpm-actions">
                <button type="button" class="lpm-btn" part="button" onclick={on_copy}>
                    { if copied.as_deref() == Some(note.summary) { &ui.copied } else { &ui.copy } }
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
