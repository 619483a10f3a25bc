//! The list of places, in sync with the map: the fallback for small regions and screen readers.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::{Lang, RegionId, View};
use crate::diagram::leg_map::view_regions;
use crate::text::region_label;

/// The list step: `selected` is the place chosen so far; `on_select` hears a new choice. A plain
/// function: it re-renders with the App anyway, and a component costs wasm bytes.
pub fn region_list(
    lang: &Lang,
    selected: Option<RegionId>,
    on_select: &Callback<RegionId>,
) -> Html {
    let on_change = {
        let on_select = on_select.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(region) = RegionId::from_id(&select.value()) {
                on_select.emit(region);
            }
        })
    };
    let selected = selected.map(RegionId::id).unwrap_or_default();
    let group = |view: View| {
        let label = if view == View::Front {
            &lang.ui.front
        } else {
            &lang.ui.back
        };
        // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
        let mut options = Vec::new();
        for region in view_regions(view) {
            let id = region.id();
            let is_selected = id == selected;
            options.push(html! { <option selected={is_selected} value={id}>{ region_label(lang, region) }</option> });
        }
        html! { <optgroup label={label.clone()}>{ options }</optgroup> }
    };
    html! {
        <label class="lpm-list">
            <span class="lpm-list-label">{ &lang.ui.region_list }</span>
            <select class="lpm-select" part="button" onchange={on_change}>
                <option value="" selected={selected.is_empty()}>{ &lang.ui.choose_region }</option>
                { group(View::Front) }
                { group(View::Back) }
            </select>
        </label>
    }
}
