//! Step 3: how bad it is at its worst, 1–10 (stub until the rating group lands).

use yew::prelude::*;

use crate::content::Lang;

const VALUES: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// The rating step; `add`: "Add another place" and whether five places are marked already.
pub fn rating_picker(
    lang: &Lang,
    selected: Option<u8>,
    on_select: &Callback<u8>,
    add: Option<(&Callback<()>, bool)>,
) -> Html {
    html! {
        <>
            <fieldset class="lpm-rating">
                <legend class="lpm-sr">{ &lang.ui.step_rate }</legend>
                { for (1..=10u8).map(|n| {
                    let key = VALUES[usize::from(n) - 1];
                    html! {
                        <label class="lpm-rate">
                            <input type="radio" name="lpm-rating" value={key} id={["lpm-rating-", key].concat()}
                                checked={selected == Some(n)} onchange={on_select.reform(move |_| n)} />
                            <span>{ key }</span>
                        </label>
                    }
                }) }
            </fieldset>
            if let Some((on_add, full)) = add {
                if full {
                    <p class="lpm-full">{ &lang.ui.places_full }</p>
                } else {
                    <button type="button" class="lpm-btn" part="button" data-action="add-place" onclick={on_add.reform(|_| ())}>{ &lang.ui.add_place }</button>
                }
            }
        </>
    }
}
