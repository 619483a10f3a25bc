//! One radio group for every "pick one" step (the feeling, the timing): a label and a one-line
//! description per choice.

use yew::prelude::*;

use crate::content::model::Choice;

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
    // The form is not submitted; it is there because Chromium keeps named radio buttons removed
    // from a shadow root alive unless they belong to a form (measured: ~64 DOM nodes leaked per
    // "Start over" without it).
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="lpm-choices-form" onsubmit={on_submit}>
        <fieldset class="lpm-choices">
            <legend class="lpm-sr">{ legend }</legend>
            { for items.into_iter().enumerate().map(|(value, (key, text, is_selected))| {
                let id = [name, "-", key].concat();
                let described = [&id, "-d"].concat();
                html! {
                    <label class="lpm-choice" part="button">
                        <input type="radio" {name} value={key} id={id}
                            checked={is_selected}
                            aria-describedby={described.clone()}
                            onchange={on_select.reform(move |_| value)} />
                        <span class="lpm-choice-text">
                            <span class="lpm-choice-label">{ &text.label }</span>
                            <span class="lpm-choice-desc" id={described}>{ &text.description }</span>
                        </span>
                    </label>
                }
            }) }
        </fieldset>
        </form>
    }
}
