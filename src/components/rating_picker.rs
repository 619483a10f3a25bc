//! The rating step: "How bad is it at its worst?", 1 to 10 as ten native radios in two rows of
//! five (not a slider: a thumb hits a number, and arrows walk it as any radio group), the words
//! under 1, 5 and 10 describing those three; then "Add another place", or why not.

use yew::prelude::*;

use crate::components::choices::{input, radio_form};
use crate::content::Lang;
use crate::diagram::marks::RATING_IDS;
use crate::text::concat;

/// The rating step: `selected` is the rating chosen so far; `on_select` hears a new one (1 to
/// 10, as an index: one callback type for every step). `add`:
/// the "Add another place" button's callback and whether the drawing is full (then the
/// `places_full` line stands in its place).
pub fn rating_picker(
    lang: &Lang,
    selected: Option<u8>,
    on_select: &Callback<usize>,
    add: Option<(&Callback<()>, bool)>,
) -> Html {
    let ui = &lang.ui;
    let words = |rating: u8| match rating {
        1 => Some(&ui.rating_low),
        5 => Some(&ui.rating_mid),
        10 => Some(&ui.rating_high),
        _ => None,
    };
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut rates = Vec::new();
    for (rating, value) in (1u8..).zip(RATING_IDS) {
        let id = concat(&["lpm-rating-", value]);
        let word = words(rating);
        let described = word.map(|_| concat(&[&id, "-d"]));
        rates.push(html! {
            <>
                <label class="lpm-rate" part="button">
                    { input("radio", "lpm-rating", value, id, selected == Some(rating), described.clone(), on_select.reform(move |_| usize::from(rating))) }
                    <span class="lpm-rate-num">{ value }</span>
                </label>
                if let Some(word) = word {
                    <span class="lpm-rate-word" id={described} data-at={value}>{ word }</span>
                }
            </>
        });
    }
    let body = html! { <div class="lpm-rating">{ rates }</div> };
    html! {
        <>
            { radio_form(&ui.step_rate, body) }
            if let Some((on_add, full)) = add {
                if full {
                    <p class="lpm-full">{ &ui.places_full }</p>
                } else {
                    <button type="button" class="lpm-btn lpm-add" part="button" data-action="add-place" onclick={on_add.reform(|_| ())}>{ &ui.add_place }</button>
                }
            }
        </>
    }
}
