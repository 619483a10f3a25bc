//! One radio group for every "pick one" step (the feeling, the timing, the rating): the form and
//! fieldset around it, and its native radios.

use yew::prelude::*;

use crate::content::model::Choice;

/// A radio group named `name` (`lpm-pain`, `lpm-timing`); `items` are (id, words, selected).
pub fn radio_group<'a, T: Copy + 'static>(
    name: &'static str,
    legend: &str,
    items: impl Iterator<Item = (T, &'static str, &'a Choice, bool)>,
    on_select: &Callback<T>,
) -> Html {
    radio_form(
        legend,
        items
            .map(|(value, key, text, is_selected)| {
                let id = [name, "-", key].concat();
                let described = [&id, "-d"].concat();
                html! {
                    <label class="lpm-choice" part="button">
                        { radio(name, key, id, is_selected, Some(described.clone()), on_select.reform(move |_| value)) }
                        <span class="lpm-choice-text">
                            <span class="lpm-choice-label">{ &text.label }</span>
                            <span class="lpm-choice-desc" id={described}>{ &text.description }</span>
                        </span>
                    </label>
                }
            })
            .collect(),
    )
}

/// The form and fieldset around a radio group, its legend read by screen readers only.
pub fn radio_form(legend: &str, body: Html) -> Html {
    // The form is not submitted; it is there because Chromium keeps named radio buttons removed
    // from a shadow root alive unless they belong to a form (measured: ~64 DOM nodes leaked per
    // "Start over" without it).
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="lpm-choices-form" onsubmit={on_submit}>
        <fieldset class="lpm-choices">
            <legend class="lpm-sr">{ legend }</legend>
            { body }
        </fieldset>
        </form>
    }
}

/// One native radio of the group `name`, `id` `{name}-{value}`, described by `described`.
pub fn radio(
    name: &'static str,
    value: &'static str,
    id: String,
    checked: bool,
    described: Option<String>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <input type="radio" {name} {value} {id} {checked} aria-describedby={described} {onchange} />
    }
}
