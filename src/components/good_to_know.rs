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
    html! {
        <section class="lpm-faq" aria-labelledby="lpm-faq-title">
            <h3 class="lpm-faq-title" id="lpm-faq-title">{ &props.lang.ui.good_to_know }</h3>
            { for Faq::ALL.iter().map(|&faq| {
                let item = &props.lang.faq[faq];
                html! {
                    <details class="lpm-faq-item" data-faq={faq.id()}>
                        <summary>{ &item.q }</summary>
                        <p>{ &item.a }</p>
                    </details>
                }
            }) }
        </section>
    }
}
