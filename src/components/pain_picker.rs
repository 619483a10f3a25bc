//! Step 2: what it feels like. A plain function, not a component: it re-renders with the App
//! anyway, and each component costs the phone wasm bytes (measured in docs/size.md).

use yew::prelude::*;

use crate::components::choices::radio_group;
use crate::content::{Lang, Pain};

/// The feeling step: `selected` is the feeling chosen so far; `on_select` hears a new choice, by
/// its index in [`Pain::ALL`] (one callback type for every step).
pub fn pain_picker(lang: &Lang, selected: Option<Pain>, on_select: &Callback<usize>) -> Html {
    let items = Pain::ALL
        .iter()
        .map(|&pain| (pain.id(), &lang.pains[pain], selected == Some(pain)));
    radio_group("lpm-pain", &lang.ui.step_feel, items, on_select)
}
