//! Step 2: what it feels like, as a radio group with a one-line description for each.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Lang, Pain};

#[derive(Properties, PartialEq)]
pub struct PainPickerProps {
    pub lang: Rc<Lang>,
    pub selected: Option<Pain>,
    pub on_select: Callback<Pain>,
}

#[function_component]
pub fn PainPicker(props: &PainPickerProps) -> Html {
    // The form is not submitted; it is there because Chromium keeps named radio buttons removed
    // from a shadow root alive unless they belong to a form (measured: ~64 DOM nodes leaked per
    // "Start over" without it).
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="lpm-pains-form" onsubmit={on_submit}>
        <fieldset class="lpm-pains">
            <legend class="lpm-sr">{ &props.lang.ui.step_feel }</legend>
            { for Pain::ALL.iter().map(|&pain| {
                let text = &props.lang.pains[pain];
                let id = ["lpm-pain-", pain.id()].concat();
                let described = [&id, "-d"].concat();
                let is_selected = props.selected == Some(pain);
                html! {
                    <label class="lpm-pain" part="button">
                        <input type="radio" name="lpm-pain" value={pain.id()} {id}
                            checked={is_selected}
                            aria-describedby={described.clone()}
                            onchange={props.on_select.reform(move |_| pain)} />
                        <span class="lpm-pain-text">
                            <span class="lpm-pain-label">{ &text.label }</span>
                            <span class="lpm-pain-desc" id={described}>{ &text.description }</span>
                        </span>
                    </label>
                }
            }) }
        </fieldset>
        </form>
    }
}
