//! "Good to know": the seed article's fourteen questions, folded so they cost no screen space.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Faq, Lang};

#[derive(Properties, PartialEq)]
pub struct GoodToKnowProps {
    /// The words, in the widget's language: the questions and answers of the seed article.
    pub lang: Rc<Lang>,
}

#[function_component]
pub fn GoodToKnow(props: &GoodToKnowProps) -> Html {
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut items = Vec::new();
    for &faq in Faq::ALL {
        let item = &props.lang.faq[faq];
        items.push(html! {
            <details class="lpm-faq-item" data-faq={faq.id()}>
                <summary>{ &item.q }</summary>
                <p>{ &item.a }</p>
            </details>
        });
    }
    html! {
        <section class="lpm-faq" aria-labelledby="lpm-faq-title">
            <h3 class="lpm-faq-title" id="lpm-faq-title">{ &props.lang.ui.good_to_know }</h3>
            { items }
        </section>
    }
}
