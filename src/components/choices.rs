//! One radio group for every "pick one" step (the feeling, the timing): a label and a one-line
//! description per choice.

use yew::prelude::*;

use crate::content::model::Choice;

/// One choice: a radio button or a checkbox with its label and one-line description. The whole
/// row is the label, so the tap target is the row, not the small box.
pub struct Row<'a> {
    /// `radio` or `checkbox`.
    pub kind: &'static str,
    /// The group's name (`lpm-pain`, `lpm-timing`, `lpm-sign`); ids are `{name}-{key}`.
    pub name: &'static str,
    pub key: &'static str,
    pub label: &'a str,
    pub description: &'a str,
    pub checked: bool,
    pub disabled: bool,
}

pub fn choice_row(row: Row, on_change: Callback<Event>) -> Html {
    let id = [row.name, "-", row.key].concat();
    let described = [&id, "-d"].concat();
    // Feelings and timings look alike; warning signs wear their own colour when ticked.
    let class = if row.kind == "checkbox" {
        "lpm-sign"
    } else {
        "lpm-pain"
    };
    html! {
        <label {class} part="button">
            <input type={row.kind} name={row.name} value={row.key} {id}
                checked={row.checked} disabled={row.disabled}
                aria-describedby={described.clone()}
                onchange={on_change} />
            <span class="lpm-pain-text">
                <span class="lpm-pain-label">{ row.label }</span>
                <span class="lpm-pain-desc" id={described}>{ row.description }</span>
            </span>
        </label>
    }
}

/// A radio group named `name` (`lpm-pain`, `lpm-timing`); `items` are (id, words, selected).
pub fn radio_group<'a, T: Copy + 'static>(
    name: &'static str,
    legend: &str,
    items: impl Iterator<Item = (T, &'static str, &'a Choice, bool)>,
    on_select: &Callback<T>,
) -> Html {
    // The form is not submitted; it is there because Chromium keeps named radio buttons removed
    // from a shadow root alive unless they belong to a form (measured: ~64 DOM nodes leaked per
    // "Start over" without it).
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="lpm-pains-form" onsubmit={on_submit}>
        <fieldset class="lpm-pains">
            <legend class="lpm-sr">{ legend }</legend>
            { for items.map(|(value, key, text, is_selected)| {
                let row = Row { kind: "radio", name, key, label: &text.label, description: &text.description, checked: is_selected, disabled: false };
                choice_row(row, on_select.reform(move |_| value))
            }) }
        </fieldset>
        </form>
    }
}
