//! Step 7: the answer, one card for one place and for several (a pain drawing, issue 22). The
//! outcome tier comes first and decides what else may show (`content::rules::outcome`):
//! emergency and urgent answers say one thing only. Several places: every place and pattern that
//! set the tier named, each cause once with the places it may explain, and Book only when every
//! place allows it (`drawing::view`). One place: what it is for, the likely cause, "It could also
//! be" and the place's Change buttons (`drawing::One`), exactly as the one-place card drew it.

use std::rc::Rc;

use yew::prelude::*;

use crate::answer::heading;
use crate::components::card_parts::{book_link, button, net_line, outcome, spa};
use crate::components::therapist_note::{therapist_note, Note};
use crate::components::{step_id, step_title};
use crate::content::rules::{FactSet, SignSet};
use crate::content::Lang;
use crate::diagram::picture;
use crate::drawing::{answer, card_adds_place, tip, Place};
use crate::journey::Step;
use crate::text::join;

#[derive(Properties, PartialEq)]
pub struct DrawingCardProps {
    /// The words, in the widget's language.
    pub lang: Rc<Lang>,
    /// The page's language code (the booking link's `{lang}`).
    #[prop_or_default]
    pub code: String,
    /// The spa's booking link with its `{summary}`-style marks; `None`, no Book.
    #[prop_or_default]
    pub booking_url: Option<String>,
    /// The Book button's words; `None`, the language's own.
    #[prop_or_default]
    pub booking_label: Option<String>,
    /// The spa's emergency number: the tap-to-call link on an emergency answer.
    #[prop_or_default]
    pub emergency_number: Option<String>,
    /// The drawing, in the order the places were marked (at least one).
    pub places: Vec<Place>,
    /// The visitor said the places started at the same time.
    #[prop_or_default]
    pub same_time: bool,
    /// The warning signs ticked.
    pub signs: SignSet,
    /// Health facts ticked: clot risks and cautions for the therapist.
    #[prop_or_default]
    pub facts: FactSet,
    /// Focus lands here when the answer opens.
    pub heading: NodeRef,
    /// One place: its "Change the place" button.
    #[prop_or_default]
    pub on_change_region: Callback<()>,
    /// One place: its "Change the feeling" button.
    #[prop_or_default]
    pub on_change_feeling: Callback<()>,
    /// Several places, fewer than five: "Add another place".
    #[prop_or_default]
    pub on_add_place: Callback<()>,
    /// "Start over".
    pub on_start_over: Callback<()>,
    /// Called when the visitor follows the booking link.
    pub on_book: Callback<()>,
}

/// Draws the core's [`crate::drawing::DrawingView`]: what shows was decided there, in the order
/// [`crate::drawing::DrawingView::texts`] lists it, for one place (its [`crate::drawing::One`])
/// and several.
#[function_component]
pub fn DrawingCard(props: &DrawingCardProps) -> Html {
    let lang = &props.lang;
    let ui = &lang.ui;
    // The therapist note's hooks (`therapist_note`).
    let copied = use_state_eq(|| None::<String>);
    let text_ref = use_node_ref();
    let spa = spa(&props.code, &props.emergency_number, &props.booking_url);
    let v = answer(
        lang,
        spa,
        &props.places,
        props.same_time,
        props.signs,
        props.facts,
    );
    // One place: what only its card shows, and the place.
    let one = v.one.as_ref().zip(v.places.first());
    // One place's card says the cause, why and "It could also be" only where it explains.
    let explains = one.filter(|_| v.explains);
    let hashed: Vec<_> = (props.places.iter())
        .map(|p| (p.region, Some(p.pain), Some(p.rating)))
        .collect();
    let set_by = html! {
        <>
            if one.is_none() {
                <p class="lpm-set-by">{ &v.set_by_text }</p>
            }
            if v.severe {
                <p class="lpm-severe">{ &ui.rated_severe }</p>
            }
        </>
    };
    // The lists are plain loops into one `Vec<Html>` type: `{ for … }` costs the wasm Yew's
    // collect once per iterator type.
    let mut explained = Vec::new();
    for (cause, at) in v.explained() {
        let text = &lang.causes[cause];
        let mut places = Vec::new();
        for &i in at {
            places.push(html! { <li data-region={v.places[i].region.id()}>{ &v.labels[i] }</li> });
        }
        explained.push(html! {
            <div class="lpm-explained" data-cause={cause.id()}>
                <p class="lpm-cause"><strong>{ &text.title }</strong></p>
                <ul class="lpm-at">{ places }</ul>
                <p>{ &text.why }</p>
            </div>
        });
    }
    let mut notes = Vec::new();
    for &i in &v.notes {
        notes.push(html! { <p class="lpm-note">{ v.note(lang, i) }</p> });
    }
    let mut tips = Vec::new();
    for &(c, i) in &v.tips {
        tips.push(html! { <li>{ tip(lang, c, i) }</li> });
    }
    let mut care = Vec::new();
    for (part, name) in &v.care {
        let region = &lang.regions[*part];
        care.push(html! {
            <li class="lpm-caution" data-part={part.id()}>
                <strong>{ name }</strong>{": "}<span class="lpm-muscles">{ &region.muscles }</span>{". "}{ &region.caution }
            </li>
        });
    }
    let mut nets = Vec::new();
    for &net in &v.nets {
        nets.push(net_line(lang, net));
    }
    let mut also = Vec::new();
    for &c in explains.map_or(&[][..], |(a, _)| &a.also) {
        also.push(html! { <li data-cause={c.id()}>{ &lang.causes[c].title }</li> });
    }
    // One paragraph of what each cause asks of the therapist (the note takes one).
    let advice: Vec<&str> = v.advice(lang).collect();
    let advice = (!advice.is_empty()).then(|| join(&advice, " "));

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby={step_id(Step::Answer)} data-tier={v.tier.id()}
            data-region={one.map(|(_, p)| p.region.id())} data-pain={one.map(|(_, p)| p.pain.id())}
            data-cause={one.map(|(a, _)| a.cause.id())} data-regions={one.is_none().then(|| v.region_ids())}>
            { step_title(Step::Answer, &ui.step_answer, props.heading.clone()) }
            if let Some((_, p)) = one {
                <p class="lpm-answer-for">{ heading(lang, p.region, p.pain) }</p>
            }
            { outcome(lang, v.tier, &v.tier_text, v.call.as_ref(), set_by, v.told) }
            if let Some(quiet) = &v.quiet {
                <p class="lpm-quiet">{ quiet }</p>
            }
            // Both legs: the saddle-numbness reminder in the quiet line's place.
            if let Some(saddle) = &v.saddle {
                <p class="lpm-both-legs"><strong>{ &ui.both_legs }</strong></p>
                <p class="lpm-saddle">{ saddle }</p>
            }
            if v.during {
                <p class="lpm-during"><strong>{ &ui.during_now }</strong></p>
            }
            if one.is_none() {
                { explained }
            } else if let Some((a, _)) = explains {
                <p class="lpm-cause"><span class="lpm-kicker">{ &ui.likely_cause }</span>{" "}<strong>{ &lang.causes[a.cause].title }</strong></p>
            }
            { notes }
            if let Some((a, _)) = explains {
                <h4>{ &ui.why }</h4>
                <p>{ &lang.causes[a.cause].why }</p>
            }
            if v.usual {
                <p class="lpm-usual">{ &ui.usual_soreness }</p>
            }
            // Self-care and how to massage each part: only where a massage is on the cards.
            if v.calm {
                <h4>{ &ui.do_now }</h4>
                <ul class="lpm-tips">{ tips }</ul>
                <h4>{ &ui.caution }</h4>
                if let Some((_, p)) = one {
                    <p class="lpm-caution"><span class="lpm-muscles">{ &ui.muscles }{": "}{ &lang.regions[p.region.part].muscles }{". "}</span>{ &lang.regions[p.region.part].caution }</p>
                } else {
                    <ul class="lpm-care">{ care }</ul>
                }
            }
            if one.is_some_and(|(a, _)| a.lasting) {
                <p class="lpm-lasting">{ &ui.lasting_rule }</p>
            }
            { nets }
            if explains.is_some() {
                <h4>{ &ui.also_consider }</h4>
                <ul class="lpm-also">{ also }</ul>
            } else if one.is_none() {
                // The drawing at a glance, for the visitor and the therapist: hidden from screen
                // readers (the text names every place), never sent (Copy, Share and Book carry text).
                { picture(&hashed) }
            }

            // "Tell your therapist" only where a massage is on the cards; else "Show this to the doctor".
            { therapist_note(lang, Note {
                title: if v.calm { &ui.tell_therapist } else { &ui.tell_doctor },
                summary: &v.summary,
                advice,
                cautions: v.cautions,
                before: v.calm.then_some(ui.before_massage.as_str()),
            }, &copied, &text_ref) }

            if let Some((a, _)) = one.filter(|(a, _)| a.suggest) {
                <p class="lpm-suggest">{ &ui.we_suggest }{" "}<a href={lang.services[a.cause].url.0.clone()} target="_blank" rel="noopener">{ &lang.services[a.cause].label.0 }</a></p>
            }
            { book_link(ui, v.book.clone(), props.booking_label.as_deref(), &props.on_book) }

            <div class="lpm-actions">
                if one.is_some() {
                    { button("change-region", &ui.change_region, &props.on_change_region) }
                    { button("change-feeling", &ui.change_feeling, &props.on_change_feeling) }
                } else if card_adds_place(props.places.len()) {
                    { button("add-place", &ui.add_place, &props.on_add_place) }
                }
                { button("start-over", &ui.start_over, &props.on_start_over) }
            </div>
        </section>
    }
}
