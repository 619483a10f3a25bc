//! `<ViewSwitch>`: Front | Back, for a phone, where the map shows one view at a time.
//! Hidden by CSS when the widget is wide enough to show both views side by side.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Lang, View};

#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// The view shown now (its button is pressed).
    pub view: View,
    /// Called with the view the visitor asks for.
    pub on_show: Callback<View>,
}

/// The switch as a component, for a host of its own (the SSR tests). The App draws
/// [`view_switch`] instead: a component type costs the phone wasm bytes.
#[function_component]
pub fn ViewSwitch(props: &ViewSwitchProps) -> Html {
    view_switch(&props.lang, props.view, &props.on_show)
}

/// The switch: `current` is the view shown now; `on_show` hears the view the visitor asks for.
pub fn view_switch(lang: &Lang, current: View, on_show: &Callback<View>) -> Html {
    let ui = &lang.ui;
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut buttons = Vec::new();
    for &view in View::ALL {
        let pressed = view == current;
        let label = match view {
            View::Front => &ui.front,
            View::Back => &ui.back,
        };
        buttons.push(html! {
            <button
                type="button"
                part="button"
                class="lpm-btn lpm-switch-btn"
                aria-pressed={if pressed { "true" } else { "false" }}
                data-view={view.id()}
                onclick={on_show.reform(move |_: MouseEvent| view)}
            >
                { label.clone() }
            </button>
        });
    }
    html! {
        <div class="lpm-switch" role="group" aria-label={ui.view_switch.clone()}>
            { buttons }
        </div>
    }
}
