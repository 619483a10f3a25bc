//! The places marked, under the map (stub until the list lands).

use yew::prelude::*;

use crate::content::{Lang, RegionId};
use crate::drawing::HashPlace;
use crate::text::{fill, region_label};

/// The list of places with Change and Remove, and Undo after a removal.
pub fn place_list(
    lang: &Lang,
    places: &[HashPlace],
    removed: Option<RegionId>,
    on_change: &Callback<usize>,
    on_remove: &Callback<usize>,
    on_undo: &Callback<()>,
) -> Html {
    let ui = &lang.ui;
    html! {
        <div class="lpm-places-wrap">
            if !places.is_empty() {
                <ul class="lpm-places" aria-label={ui.your_places.clone()}>
                    { for places.iter().enumerate().map(|(i, &(region, _, _))| html! {
                        <li>
                            { region_label(lang, region) }
                            <button type="button" class="lpm-btn" data-action="change-place" onclick={on_change.reform(move |_| i)}>{ &ui.change }</button>
                            <button type="button" class="lpm-btn" data-action="remove-place" onclick={on_remove.reform(move |_| i)}>{ &ui.remove }</button>
                        </li>
                    }) }
                </ul>
            }
            if let Some(region) = removed {
                <p class="lpm-removed">{ fill(&ui.removed, &[("region", &region_label(lang, region))]) }
                    <button type="button" class="lpm-btn" data-action="undo" onclick={on_undo.reform(|_| ())}>{ &ui.undo }</button></p>
            }
        </div>
    }
}
