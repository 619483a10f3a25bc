//! Step 3: when it started. During a massage, the day or two after, longer, or not after a massage.

use yew::prelude::*;

use crate::components::choices::radio_group;
use crate::content::{Lang, Timing};

/// The timing step: `selected` is the timing chosen so far; `on_select` hears a new choice.
pub fn timing_picker(lang: &Lang, selected: Option<Timing>, on_select: &Callback<Timing>) -> Html {
    let items = Timing::ALL
        .iter()
        .map(|&t| (t, t.id(), &lang.timings[t], selected == Some(t)));
    radio_group("lpm-timing", &lang.ui.step_when, items, on_select)
}
