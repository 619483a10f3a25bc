//! "Good to know": the seed article's fourteen questions, folded so they cost no screen space. A
//! plain function, not a component: a component type costs the phone wasm bytes.

use yew::prelude::*;

use crate::content::{Faq, Lang};

/// The questions and answers of the seed article, in the widget's language.
pub fn good_to_know(lang: &Lang) -> Html {
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut items = Vec::new();
    for &faq in Faq::ALL {
        let item = &lang.faq[faq];
        items.push(html! {
            <details class="lpm-faq-item" data-faq={faq.id()}>
                <summary>{ &item.q }</summary>
                <p>{ &item.a }</p>
            </details>
        });
    }
    html! {
        <section class="lpm-faq" aria-labelledby="lpm-faq-title">
            <h3 class="lpm-faq-title" id="lpm-faq-title">{ &lang.ui.good_to_know }</h3>
            { items }
        </section>
    }
}
