//! Step 2: what it feels like.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::choices::radio_group;
use crate::content::{Lang, Pain};

#[derive(Properties, PartialEq)]
pub struct PainPickerProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// The feeling chosen so far, if any.
    pub selected: Option<Pain>,
    /// Called with the feeling the visitor picks.
    pub on_select: Callback<Pain>,
}

#[function_component]
pub fn PainPicker(props: &PainPickerProps) -> Html {
    let lang = &props.lang;
    let items = Pain::ALL.iter().map(|&pain| {
        (
            pain,
            pain.id(),
            &lang.pains[pain],
            props.selected == Some(pain),
        )
    });
    radio_group("lpm-pain", &lang.ui.step_feel, items, &props.on_select)
}
