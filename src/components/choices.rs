//! One radio group for every "pick one" step (the feeling, the timing, the rating): a label and a
//! one-line description per choice, and the form and radio every group shares.

use yew::html::IntoPropValue;
use yew::prelude::*;

use crate::content::model::Choice;
use crate::text::concat;

/// A radio group named `name` (`lpm-pain`, `lpm-timing`); `items` are (id, words, selected);
/// `on_select` hears the index of the choice. Not generic: one copy of the markup code on the
/// phone for every group (a copy per value type cost ~1.9 KB of wasm each).
pub fn radio_group<'a>(
    name: &'static str,
    legend: &str,
    items: impl Iterator<Item = (&'static str, &'a Choice, bool)>,
    on_select: &Callback<usize>,
) -> Html {
    radio_list(name, legend, items.collect(), on_select)
}

fn radio_list(
    name: &'static str,
    legend: &str,
    items: Vec<(&'static str, &Choice, bool)>,
    on_select: &Callback<usize>,
) -> Html {
    // A plain loop into a `Vec<Html>`: collecting into `Html` costs Yew's collect per iterator type.
    let mut choices = Vec::new();
    for (value, (key, text, is_selected)) in items.into_iter().enumerate() {
        let id = concat(&[name, "-", key]);
        let described = concat(&[&id, "-d"]);
        choices.push(html! {
            <label class="lpm-choice" part="button">
                { input("radio", name, key, id, is_selected, Some(described.clone()), on_select.reform(move |_| value)) }
                <span class="lpm-choice-text">
                    <span class="lpm-choice-label">{ &text.label }</span>
                    <span class="lpm-choice-desc" id={described}>{ &text.description }</span>
                </span>
            </label>
        });
    }
    radio_form(legend, choices.into_prop_value())
}

/// The form and fieldset around a radio group, its legend read by screen readers only.
pub fn radio_form(legend: &str, body: Html) -> Html {
    html! {
        <form class="lpm-choices-form" onsubmit={no_submit()}>
        <fieldset class="lpm-choices">
            <legend class="lpm-sr">{ legend }</legend>
            { body }
        </fieldset>
        </form>
    }
}

/// The `onsubmit` of a step's form, which is never submitted: the form is there because Chromium
/// keeps named inputs removed from a shadow root alive unless they belong to a form (measured: ~64
/// DOM nodes leaked per "Start over" without it). One handler for the radios' and checks' forms.
pub fn no_submit() -> Callback<SubmitEvent> {
    Callback::from(|event: SubmitEvent| event.prevent_default())
}

/// One native input of the group `name`, a radio or a checkbox (`kind`), `id` `{name}-{value}`,
/// described by `described`. One function for both: the phone gets one copy of the code.
pub fn input(
    kind: &'static str,
    name: &'static str,
    value: &'static str,
    id: String,
    checked: bool,
    described: Option<String>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <input type={kind} {name} {value} {id} {checked} aria-describedby={described} {onchange} />
    }
}
