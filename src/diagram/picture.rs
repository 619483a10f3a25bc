//! A small picture of the drawing for the answer: the legs' outline and every marked place,
//! shaded and patterned by its rating as on the map, in the views that have a place (both side by
//! side when both do). Hidden from screen readers: the answer says the same in words.

use yew::prelude::*;

use super::leg_map::both;
use super::{geometry, marks};
use crate::content::View;
use crate::drawing::HashPlace;

/// The drawing's picture; empty when nothing is marked.
pub fn picture(places: &[HashPlace]) -> Html {
    let views: Vec<View> = View::ALL
        .iter()
        .copied()
        .filter(|&view| places.iter().any(|p| p.0.view() == view))
        .collect();
    // Hips to toes (no row for the side words); two views side by side with a gap between.
    let view_box = match views.len() {
        0 => return Html::default(),
        1 => "0 20 328 588",
        _ => "0 20 688 588",
    };
    // Plain loops into `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut drawn = Vec::new();
    for (i, &view) in views.iter().enumerate() {
        let mut marked = Vec::new();
        for place in places.iter().filter(|p| p.0.view() == view) {
            marked.push(marks::mark(place, "pic", true, false));
        }
        drawn.push(html! {
            <g transform={(i > 0).then_some("translate(360 0)")}>
                { both(&|| html! { <path class="lpm-silhouette" d={geometry::leg_outline(view)} /> }) }
                { marked }
                <g class="lpm-contour">
                    { both(&|| html! { <path d={geometry::leg_outline(view)} /> }) }
                </g>
            </g>
        });
    }
    html! {
        <svg class="lpm-picture" part="picture" aria-hidden="true" viewBox={view_box}>
            { marks::patterns("pic", true) }
            { drawn }
        </svg>
    }
}
