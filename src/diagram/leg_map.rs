//! `<LegMap>`: both views of the legs as inline SVG, each region a button.
//!
//! Both views are always rendered; CSS shows only the current one in a narrow widget and both
//! side by side in a wide one (a container query on `.lpm`). Regions are `<g role="button">`
//! with a roving tabindex: one tab stop per view, arrow keys walk the regions of that view in
//! [`RegionId::all`] order (the visitor's left leg top to bottom, then the right leg).
//!
//! Render touches no browser API (it also runs natively, in SSR tests); the DOM is only used
//! inside event handlers, to move focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::html::IntoPropValue;
use yew::prelude::*;

use super::geometry::{self, Shape};
use super::marks::{self, level_attr, place_name};
use crate::content::{Lang, Part, RegionId, Side, View};
use crate::drawing::HashPlace;
use crate::text::concat;

#[derive(Properties)]
pub struct LegMapProps {
    /// The words, in the widget's language (region names and side labels).
    pub lang: Rc<Lang>,
    /// The view shown on a phone (a wide widget shows both).
    pub view: View,
    /// Every place marked, in order: each drawn pressed, shaded and patterned by its rating, and
    /// named with its feeling and rating.
    pub places: Vec<HashPlace>,
    /// The place being edited: outlined thicker, and the map's tab stop.
    pub current: Option<RegionId>,
    /// Called with the region the visitor taps or picks with the keyboard.
    pub on_select: Callback<RegionId>,
}

/// Equal when what the map draws is: `on_select` is left out. The App makes it afresh on every
/// render, and the map would otherwise draw all 28 regions again at every later step's tap (a
/// third of the answer tap's render). Leaving it out is sound: the App's callback acts on the
/// journey as it is when called (a Yew reducer handle reads the live state), so an older one
/// does the same as a new one.
impl PartialEq for LegMapProps {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so a new prop cannot be left out of the comparison unnoticed.
        let Self {
            lang,
            view,
            places,
            current,
            on_select: _,
        } = self;
        *lang == other.lang
            && *view == other.view
            && *places == other.places
            && *current == other.current
    }
}

/// The regions of one view, in keyboard order (`RegionId::all`'s): left leg then right. Plain
/// loops: `all`'s nested `flat_map` cost the wasm an iterator type per use.
pub fn view_regions(view: View) -> Vec<RegionId> {
    let mut regions = Vec::new();
    for &side in Side::ALL {
        for &part in Part::ALL {
            if part.view() == view {
                regions.push(RegionId::new(side, part));
            }
        }
    }
    regions
}

/// Where a key press on `region` moves focus, if it is a moving key: arrows step through the
/// view's regions (wrapping around), Home/End jump to the first/last.
pub fn keyboard_target(region: RegionId, key: &str) -> Option<RegionId> {
    let order = view_regions(region.view());
    let at = order.iter().position(|&r| r == region)?;
    let n = order.len();
    match key {
        "ArrowDown" | "ArrowRight" => Some(order[(at + 1) % n]),
        "ArrowUp" | "ArrowLeft" => Some(order[(at + n - 1) % n]),
        "Home" => order.first().copied(),
        "End" => order.last().copied(),
        _ => None,
    }
}

/// The one region of `view` in the tab order: the last one focused in this view (until the
/// place being edited changes), else the place being edited, else the first.
pub fn tab_stop(view: View, focused: Option<RegionId>, current: Option<RegionId>) -> RegionId {
    let in_view = |r: &RegionId| r.view() == view;
    focused
        .filter(in_view)
        .or(current.filter(in_view))
        .unwrap_or_else(|| view_regions(view)[0])
}

/// The region focused last, with the place being edited at that moment.
type Focus = Option<(RegionId, Option<RegionId>)>;

#[function_component]
pub fn LegMap(props: &LegMapProps) -> Html {
    // Which region had focus last, so Tab comes back to it, and the place being edited at that
    // time: once that changes, the remembered focus no longer counts (derived here rather
    // than reset by an effect, which would render the map twice per tap).
    let focused = use_state_eq(|| Focus::None);
    let still_focused = focused
        .filter(|(_, current)| *current == props.current)
        .map(|(region, _)| region);

    // One set of listeners for all 28 regions, each finding its region from the event: fewer
    // callbacks to build on every render than three per region.
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(region) = event_region(&event) {
                on_select.emit(region);
            }
        })
    };
    let onfocusin = {
        let current = props.current;
        Callback::from(move |event: FocusEvent| {
            if let Some(region) = event_region(&event) {
                focused.set(Some((region, current)));
            }
        })
    };
    let onkeydown = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(region) = event_region(&event) else {
                return;
            };
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let key = event.key();
            match key.as_str() {
                "Enter" | " " | "Spacebar" => {
                    // Space would scroll the page; Enter could submit a host form.
                    event.prevent_default();
                    on_select.emit(region);
                }
                _ => {
                    if let Some(target) = keyboard_target(region, &key) {
                        event.prevent_default();
                        focus_region(&event, target);
                    }
                }
            }
        })
    };

    // Plain loops into `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut views = Vec::new();
    for &view in View::ALL {
        views.push(render_view(props, view, still_focused));
    }
    html! {
        <div class="lpm-map" part="map" {onclick} {onkeydown} {onfocusin}>
            { views }
        </div>
    }
}

/// The region an event happened in: the `[data-region]` element around its target.
fn event_region(event: &Event) -> Option<RegionId> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let region = target.closest("[data-region]").ok()??;
    RegionId::from_id(&region.get_attribute("data-region")?)
}

fn render_view(props: &LegMapProps, view: View, focused: Option<RegionId>) -> Html {
    let ui = &props.lang.ui;
    let name = match view {
        View::Front => &ui.front,
        View::Back => &ui.back,
    };
    let stop = tab_stop(view, focused, props.current);
    let mirror = |side: Side| geometry::is_mirrored(view, side).then_some(geometry::MIRROR);
    let mut legs = Vec::new();
    let mut labels = Vec::new();
    for &side in Side::ALL {
        let mut regions = Vec::new();
        for shape in geometry::shapes(view) {
            regions.push(render_region(
                props,
                RegionId::new(side, shape.part),
                shape,
                stop,
            ));
        }
        legs.push(html! {
            <g class="lpm-leg" data-side={side.id()} transform={mirror(side)}>{ regions }</g>
        });
        let (x, y) = geometry::side_label(view, side);
        let word = match side {
            Side::Left => &ui.left,
            Side::Right => &ui.right,
        };
        labels.push(html! { <text class="lpm-side-label" x={fmt(x)} y={fmt(y)} text-anchor="middle">{ word.clone() }</text> });
    }
    let mut marked = Vec::new();
    for place in props.places.iter().filter(|p| p.0.view() == view) {
        marked.push(marks::mark(
            place,
            view.id(),
            false,
            props.current == Some(place.0),
        ));
    }

    html! {
        <svg
            class="lpm-view"
            data-current={if view == props.view { "true" } else { "false" }}
            viewBox={geometry::VIEW_BOX}
            width={fmt(geometry::VIEW_W)}
            height={fmt(geometry::VIEW_H)}
            role="group"
            aria-label={name.clone()}
            data-view={view.id()}
        >
            { marks::patterns(view.id(), false) }
            <g class="lpm-figure" aria-hidden="true">
                { both(&|| html! { <path class="lpm-silhouette" d={geometry::leg_outline(view)} /> }) }
            </g>
            { legs }
            <g class="lpm-shading" aria-hidden="true">
                { both(&|| paths(geometry::shading(view))) }
            </g>
            <g class="lpm-muscles" aria-hidden="true">
                { both(&|| paths(geometry::muscle_lines(view))) }
            </g>
            <g class="lpm-contour" aria-hidden="true">
                { both(&|| html! { <path d={geometry::leg_outline(view)} /> }) }
            </g>
            { marked }
            <g class="lpm-side-labels" aria-hidden="true">{ labels }</g>
        </svg>
    }
}

fn render_region(props: &LegMapProps, region: RegionId, shape: &Shape, stop: RegionId) -> Html {
    let place = marks::find(&props.places, region);
    let hit = shape.hit;
    html! {
        <g
            class="lpm-region"
            role="button"
            tabindex={if region == stop { "0" } else { "-1" }}
            aria-label={place_name(&props.lang, place.unwrap_or(&(region, None, None)))}
            aria-pressed={if place.is_some() { "true" } else { "false" }}
            data-level={place.map(|p| level_attr(p.2))}
            data-region={region.id()}
        >
            <path class="lpm-shape" d={shape.d} />
            <rect class="lpm-hit" x={fmt(hit.x)} y={fmt(hit.y)} width={fmt(hit.w)} height={fmt(hit.h)} />
        </g>
    }
}

/// A `<path>` for each of `ds`.
fn paths(ds: &[&'static str]) -> Html {
    let mut paths = Vec::new();
    for &d in ds {
        paths.push(html! { <path {d} /> });
    }
    paths.into_prop_value()
}

/// Both copies of a decorative drawing: as drawn, and mirrored.
pub(super) fn both(content: &dyn Fn() -> Html) -> Html {
    html! {
        <>
            <g>{ content() }</g>
            <g transform={geometry::MIRROR}>{ content() }</g>
        </>
    }
}

/// Focuses the region `target` in the same `<svg>` as the element the key was pressed on.
fn focus_region(event: &KeyboardEvent, target: RegionId) {
    let Some(from) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(Some(svg)) = from.closest("svg") else {
        return;
    };
    let Ok(Some(element)) = svg.query_selector(&concat(&["[data-region='", target.id(), "']"]))
    else {
        return;
    };
    // A `<g>` is an SVGElement, not an HTMLElement: call its `focus()` by name.
    if let Ok(focus) = js_sys::Reflect::get(&element, &"focus".into()) {
        if let Some(focus) = focus.dyn_ref::<js_sys::Function>() {
            let _ = focus.call0(&element);
        }
    }
}

/// A coordinate as an attribute value. Geometry uses whole units (a test checks), and integer
/// formatting keeps Rust's float formatting (about 6 KB of wasm) off the phone.
fn fmt(value: f32) -> String {
    (value.round() as i32).to_string()
}
