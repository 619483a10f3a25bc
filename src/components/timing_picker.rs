//! Step 4: when it started. During a massage, the day or two after, longer, or not after a massage.
//! With several places: did they all start then, and if not, when each one did.

use yew::prelude::*;

use crate::components::choices::radio_group;
use crate::content::model::Choice;
use crate::content::{Lang, Timing};

/// The timing step: `selected` is the timing chosen so far; `on_select` hears a new choice, by
/// its index in [`Timing::ALL`] (one callback type for every step).
pub fn timing_picker(lang: &Lang, selected: Option<Timing>, on_select: &Callback<usize>) -> Html {
    timing_group(lang, "lpm-timing", &lang.ui.step_when, selected, on_select)
}

/// One place's timing (named `lpm-timing-1`…), when the places started at different times.
pub fn place_timing(
    lang: &Lang,
    index: usize,
    legend: &str,
    selected: Option<Timing>,
    on_select: &Callback<usize>,
) -> Html {
    const NAMES: [&str; 5] = [
        "lpm-timing-1",
        "lpm-timing-2",
        "lpm-timing-3",
        "lpm-timing-4",
        "lpm-timing-5",
    ];
    let name = NAMES[index.min(NAMES.len() - 1)];
    html! {
        <div class="lpm-place-when">
            <p class="lpm-place-when-title" aria-hidden="true">{ legend }</p>
            { timing_group(lang, name, legend, selected, on_select) }
        </div>
    }
}

fn timing_group(
    lang: &Lang,
    name: &'static str,
    legend: &str,
    selected: Option<Timing>,
    on_select: &Callback<usize>,
) -> Html {
    let items = Timing::ALL
        .iter()
        .map(|&t| (t.id(), &lang.timings[t], selected == Some(t)));
    radio_group(name, legend, items, on_select)
}

/// Several places: "Did they all start then?" Yes or no; `on_select` hears 0 for yes, 1 for no.
pub fn same_time_picker(lang: &Lang, selected: Option<bool>, on_select: &Callback<usize>) -> Html {
    let ui = &lang.ui;
    let choice = |label: &str| Choice {
        label: label.to_owned(),
        description: String::new(),
    };
    let (yes, no) = (choice(&ui.same_yes), choice(&ui.same_no));
    let items = [
        ("yes", &yes, selected == Some(true)),
        ("no", &no, selected == Some(false)),
    ];
    html! {
        <>
            <p class="lpm-same-time">{ &ui.same_time }</p>
            { radio_group("lpm-same", &ui.same_time, items.into_iter(), on_select) }
        </>
    }
}
