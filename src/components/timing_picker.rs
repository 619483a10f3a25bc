//! Step 3: when it started. During a massage, the day or two after, longer, or not after a massage.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::choices::radio_group;
use crate::content::{Lang, Timing};

#[derive(Properties, PartialEq)]
pub struct TimingPickerProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// The timing chosen so far, if any.
    pub selected: Option<Timing>,
    /// Called with the timing the visitor picks.
    pub on_select: Callback<Timing>,
}

#[function_component]
pub fn TimingPicker(props: &TimingPickerProps) -> Html {
    let lang = &props.lang;
    let items = Timing::ALL
        .iter()
        .map(|&t| (t, t.id(), &lang.timings[t], props.selected == Some(t)));
    radio_group("lpm-timing", &lang.ui.step_when, items, &props.on_select)
}
