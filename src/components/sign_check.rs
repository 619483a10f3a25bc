//! Step 4: the safety check. Plain yes/no warning signs, only those the rules ask for this place
//! and feeling; "None of these" is one tap. Not sure counts as yes (the intro says so).

use yew::prelude::*;

use crate::content::rules::{asks, Signs};
use crate::content::{Lang, Pain, Part, Sign};

/// What the safety check needs: the place and feeling decide which signs are asked.
pub struct SignCheck<'a> {
    /// The words, in the widget's language.
    pub lang: &'a Lang,
    pub part: Part,
    pub pain: Pain,
    /// The signs ticked so far.
    pub signs: Signs,
    /// A sign ticked or unticked.
    pub on_toggle: Callback<Sign>,
    /// "None of these".
    pub on_none: Callback<()>,
    /// "Show my answer", with the signs ticked.
    pub on_show: Callback<()>,
}

/// The safety check as markup (a plain function: it re-renders with the App anyway).
pub fn sign_check(props: SignCheck) -> Html {
    let lang = props.lang;
    let ui = &lang.ui;
    // A swollen, warm or throbbing leg was already said with the feeling: that is the clot sign.
    let said = |sign: Sign| sign == Sign::Clot && props.pain == Pain::Swollen;
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="lpm-signs-form" onsubmit={on_submit}>
            <fieldset class="lpm-signs">
                <legend class="lpm-signs-intro">{ &ui.signs_intro }</legend>
                { for Sign::ALL.iter().copied().filter(|&sign| asks(props.part, props.pain, sign)).map(|sign| {
                    let text = &lang.signs[sign];
                    // Written out, not shared with the radio rows in choices.rs: one function for
                    // both cost the phone 1.7 KB of brotli wasm (measured) to save eight lines.
                    let id = ["lpm-sign-", sign.id()].concat();
                    let described = [&id, "-d"].concat();
                    html! {
                        <label class="lpm-sign" part="button">
                            <input type="checkbox" name="lpm-sign" value={sign.id()} id={id}
                                checked={props.signs.has(sign) || said(sign)}
                                disabled={said(sign)}
                                aria-describedby={described.clone()}
                                onchange={props.on_toggle.reform(move |_| sign)} />
                            <span class="lpm-pain-text">
                                <span class="lpm-pain-label">{ &text.title }</span>
                                <span class="lpm-pain-desc" id={described}>{ &text.text }</span>
                            </span>
                        </label>
                    }
                }) }
            </fieldset>
            <div class="lpm-actions">
                <button type="button" class="lpm-btn lpm-primary" part="button" data-action="no-signs"
                    onclick={props.on_none.reform(|_| ())}>{ &ui.none_of_these }</button>
                <button type="button" class="lpm-btn" part="button" data-action="show-answer"
                    onclick={props.on_show.reform(|_| ())}>{ &ui.show_answer }</button>
            </div>
        </form>
    }
}
