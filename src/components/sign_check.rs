//! Steps 4 and 5: the safety check. Warning signs (yes, or not sure: the intro says so), only those
//! the rules ask for these places and feelings; then health facts (yes only: facts, not symptoms).
//! "None of these" is one tap on each. One checklist serves both.

use yew::prelude::*;

use super::card_parts::button;
use crate::components::choices::{input, no_submit};
use crate::content::model::Titled;
use crate::content::rules::{FactSet, SignSet};
use crate::content::{Fact, Lang, Sign};
use crate::text::concat;

/// What the warning-signs step needs: the places and feelings decide which signs are asked.
pub struct SignCheck<'a> {
    /// The words, in the widget's language.
    pub lang: &'a Lang,
    /// Whether a sign is asked: it applies to any place and feeling drawn
    /// ([`crate::journey::Journey::asks`]).
    pub asks: &'a dyn Fn(Sign) -> bool,
    /// The signs ticked so far.
    pub signs: SignSet,
    /// A sign ticked or unticked, by its index in [`Sign::ALL`] (one callback type for every step).
    pub on_toggle: Callback<usize>,
    /// "None of these".
    pub on_none: Callback<()>,
    /// "Next", with the signs ticked.
    pub on_next: Callback<()>,
}

/// Up to this many signs show their 2–3 lines (one place asks ten at most).
pub const MAX_DETAILED: usize = 10;

/// The warning signs as markup (a plain function: it re-renders with the App anyway).
pub fn sign_check(props: SignCheck) -> Html {
    let lang = props.lang;
    let asked: Vec<_> = Sign::ALL
        .iter()
        .copied()
        .filter(|&sign| (props.asks)(sign))
        .map(|sign| {
            (
                sign.index(),
                sign.id(),
                &lang.signs[sign],
                props.signs.has(sign),
            )
        })
        .collect();
    // Several places can ask all fifteen signs: then titles only (each title carries what makes
    // it a red flag), so "None of these" stays on the first phone screen (measured end to end).
    let details = asked.len() <= MAX_DETAILED;
    checklist(Checklist {
        name: "lpm-sign",
        intro: &lang.ui.signs_intro,
        details,
        items: asked,
        on_toggle: &props.on_toggle,
        none: ("no-signs", &lang.ui.none_of_these, &props.on_none),
        done: ("signs-done", &lang.ui.next, &props.on_next),
    })
}

/// The health facts as markup: every fact, titles only (the text is the therapist's caution).
/// `on_toggle` hears a fact's index in [`Fact::ALL`].
pub fn fact_check(
    lang: &Lang,
    facts: FactSet,
    on_toggle: &Callback<usize>,
    on_none: &Callback<()>,
    on_show: &Callback<()>,
) -> Html {
    let items = Fact::ALL
        .iter()
        .map(|&fact| (fact.index(), fact.id(), &lang.facts[fact], facts.has(fact)))
        .collect();
    checklist(Checklist {
        name: "lpm-fact",
        intro: &lang.ui.facts_intro,
        details: false,
        items,
        on_toggle,
        none: ("no-facts", &lang.ui.none_of_these, on_none),
        done: ("show-answer", &lang.ui.show_answer, on_show),
    })
}

/// A button's `data-action`, its words and what it does.
type Button<'a> = (&'static str, &'a str, &'a Callback<()>);

/// One checklist, not generic: signs and facts are passed by index, so the phone gets one copy of
/// the markup code, not two.
struct Checklist<'a> {
    name: &'static str,
    intro: &'a str,
    /// Show each item's text under its title (the signs' 2–3 short lines).
    details: bool,
    /// (index in its id list, id, words, ticked)
    items: Vec<(usize, &'static str, &'a Titled, bool)>,
    on_toggle: &'a Callback<usize>,
    none: Button<'a>,
    done: Button<'a>,
}

fn checklist(list: Checklist) -> Html {
    // A plain loop into a `Vec<Html>`: `{ for … }` costs Yew's collect per iterator type.
    let mut checks = Vec::new();
    for (item, key, text, ticked) in list.items {
        let id = concat(&[list.name, "-", key]);
        let described = concat(&[&id, "-d"]);
        checks.push(html! {
            <label class="lpm-check" data-list={list.name} part="button">
                { input("checkbox", list.name, key, id, ticked, list.details.then(|| described.clone()),
                    list.on_toggle.reform(move |_| item)) }
                <span class="lpm-check-text">
                    <span class="lpm-check-label">{ &text.title }</span>
                    if list.details {
                        // Runs on after the title on a phone: a space, not a line.
                        {" "}<span class="lpm-check-desc" id={described}>{ &text.text }</span>
                    }
                </span>
            </label>
        });
    }
    html! {
        <form class="lpm-checks-form" onsubmit={no_submit()}>
            <fieldset class="lpm-checks">
                <legend class="lpm-checks-intro">{ list.intro }</legend>
                { checks }
            </fieldset>
            <div class="lpm-actions">
                // Literal classes: a class from a variable goes through Yew's class-list parser
                // (2.8 KB of wasm that nothing else needs).
                <button type="button" class="lpm-btn lpm-primary" part="button" data-action={list.none.0}
                    onclick={list.none.2.reform(|_| ())}>{ list.none.1 }</button>
                { button(list.done.0, list.done.1, list.done.2) }
            </div>
        </form>
    }
}
