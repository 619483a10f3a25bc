//! The answer card's parts (`drawing_card`, for one place and several): the outcome block, the
//! Book link, the action buttons and the safety-net line.

use yew::prelude::*;

use crate::answer::{Book, Call, Spa};
use crate::content::model::Ui;
use crate::content::rules::{Net, SignSet};
use crate::content::{Lang, Tier};

/// What the spa set, as the card's props hold it.
pub(crate) fn spa<'a>(
    code: &'a str,
    emergency_number: &'a Option<String>,
    booking_url: &'a Option<String>,
) -> Spa<'a> {
    Spa {
        lang: code,
        emergency_number: emergency_number.as_deref(),
        booking_url: booking_url.as_deref(),
    }
}

/// The outcome, first on every card: the tier's title and text, the call on an emergency, what set
/// the tier (`set_by`: the drawing's "Because of: …"; nothing for one place), the signs ticked and
/// the short disclaimer.
pub(crate) fn outcome(
    lang: &Lang,
    tier: Tier,
    tier_text: &str,
    call: Option<&Call>,
    set_by: Html,
    told: SignSet,
) -> Html {
    let ui = &lang.ui;
    let mut told_items = Vec::new();
    for sign in told.iter() {
        told_items.push(html! { <li data-sign={sign.id()}>{ &lang.signs[sign].title }</li> });
    }
    html! {
        <div class="lpm-outcome" data-tier={tier.id()} role="note">
            <h4 class="lpm-tier">{ &lang.tiers[tier].title }</h4>
            <p>{ tier_text }</p>
            if let Some(call) = call {
                if let Some(href) = call.href.clone() {
                    <a class="lpm-btn lpm-call" {href}>{ &call.text }</a>
                } else {
                    <p><strong class="lpm-call">{ &call.text }</strong></p>
                }
            }
            { set_by }
            // Only what the visitor ticked: "swollen" counts as the clot sign, but they did not say it.
            if !told.is_empty() {
                <p class="lpm-kicker">{ &ui.you_told_us }</p>
                <ul class="lpm-told">{ told_items }</ul>
            }
            <p class="lpm-disclaimer">{ &ui.disclaimer_short }</p>
        </div>
    }
}

/// The booking link (calm cards, when the spa set one), with the line that says what it carries.
pub(crate) fn book_link(
    ui: &Ui,
    book: Option<Book>,
    label: Option<&str>,
    on_book: &Callback<()>,
) -> Html {
    let Some(book) = book else {
        return Html::default();
    };
    html! {
        <div class="lpm-book-wrap">
            <a class="lpm-btn lpm-book" part="button book" href={book.href} target="_blank" rel="noopener"
                onclick={on_book.reform(|_| ())}>
                { label.unwrap_or(&ui.book) }
            </a>
            if book.note {
                <p class="lpm-book-note">{ &ui.book_note }</p>
            }
        </div>
    }
}

/// One of the card's actions ("Start over"): `data-action` names it for the host page and tests.
pub(crate) fn button(action: &'static str, label: &str, on: &Callback<()>) -> Html {
    html! { <button type="button" class="lpm-btn" part="button" data-action={action} onclick={on.reform(|_| ())}>{ label }</button> }
}

/// A safety net's line, `data-net` naming it for tests.
pub(crate) fn net_line(lang: &Lang, net: Net) -> Html {
    html! { <p class="lpm-net" data-net={net_id(net)}>{ crate::answer::net_text(lang, net) }</p> }
}

/// `data-net` on the safety-net line.
const fn net_id(net: Net) -> &'static str {
    match net {
        Net::Weeks => "weeks",
        Net::Days => "days",
        Net::Tingling => "tingling",
        Net::During => "during",
    }
}
