//! Under the map: the places marked so far, each with Change and Remove, and after a removal a
//! line saying so with Undo. The line is a polite live region, in the page from the first place
//! on, so a removal (and its undoing) is announced.

use yew::prelude::*;

use super::card_parts::button as action_button;
use crate::content::{Lang, RegionId};
use crate::diagram::marks::place_item;
use crate::drawing::HashPlace;
use crate::text::{concat, fill, region_label};

/// The list of `places`; `removed` is the place just removed (Undo brings it back). Nothing when
/// no place is marked and none was just removed. `on_change` and `on_remove` hear a place's index.
pub fn place_list(
    lang: &Lang,
    places: &[HashPlace],
    removed: Option<RegionId>,
    on_change: &Callback<usize>,
    on_remove: &Callback<usize>,
    on_undo: &Callback<()>,
) -> Html {
    if places.is_empty() && removed.is_none() {
        return Html::default();
    }
    let ui = &lang.ui;
    // "Remove: Left calf, back of leg": each button names its place.
    let button = |action: &'static str, word: &str, label: &str, on: Callback<MouseEvent>| {
        html! {
            <button type="button" class="lpm-btn" part="button" data-action={action}
                aria-label={concat(&[word, ": ", label])} onclick={on}>{ word }</button>
        }
    };
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut items = Vec::new();
    for (i, place) in places.iter().enumerate() {
        let label = region_label(lang, place.0);
        items.push(html! {
            <li class="lpm-place">
                <span class="lpm-place-text">{ place_item(lang, place) }</span>
                { button("change-place", &ui.change, &label, on_change.reform(move |_| i)) }
                { button("remove-place", &ui.remove, &label, on_remove.reform(move |_| i)) }
            </li>
        });
    }
    html! {
        <div class="lpm-places-box">
            if !places.is_empty() {
                <p class="lpm-places-title" id="lpm-places-title">{ &ui.your_places }</p>
                <ul class="lpm-places" aria-labelledby="lpm-places-title">
                    { items }
                </ul>
            }
            <div class="lpm-removed">
                <p role="status">
                    if let Some(region) = removed {
                        { fill(&ui.removed, &[("region", &region_label(lang, region))]) }
                    }
                </p>
                if removed.is_some() {
                    // The card's action button: the same markup, one copy of its code.
                    { action_button("undo", &ui.undo, on_undo) }
                }
            </div>
        </div>
    }
}
