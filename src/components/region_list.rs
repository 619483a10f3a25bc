//! The list of places, in sync with the map: the fallback for small regions and screen readers.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::{Lang, RegionId, View};
use crate::text::region_label;

#[derive(Properties, PartialEq)]
pub struct RegionListProps {
    pub lang: Rc<Lang>,
    pub selected: Option<RegionId>,
    pub on_select: Callback<RegionId>,
}

#[function_component]
pub fn RegionList(props: &RegionListProps) -> Html {
    let on_change = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(region) = RegionId::from_id(&select.value()) {
                on_select.emit(region);
            }
        })
    };
    let selected = props.selected.map(RegionId::id).unwrap_or_default();
    let group = |view: View| {
        let label = if view == View::Front {
            &props.lang.ui.front
        } else {
            &props.lang.ui.back
        };
        html! {
            <optgroup label={label.clone()}>
                { for RegionId::all().filter(|r| r.view() == view).map(|region| {
                    let id = region.id();
                    let is_selected = id == selected;
                    html! { <option selected={is_selected} value={id}>{ region_label(&props.lang, region) }</option> }
                }) }
            </optgroup>
        }
    };
    html! {
        <label class="lpm-list">
            <span class="lpm-list-label">{ &props.lang.ui.region_list }</span>
            <select class="lpm-select" part="button" onchange={on_change}>
                <option value="" selected={selected.is_empty()}>{ &props.lang.ui.choose_region }</option>
                { group(View::Front) }
                { group(View::Back) }
            </select>
        </label>
    }
}
