//! The answer for several places (a pain drawing, issue 22): the same card as one place's, with
//! every place and pattern that set the tier named, each cause once with the places it may
//! explain, and Book only when every place allows it (`drawing::view`).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::card_parts::{book_link, button, net_line, outcome, spa};
use crate::components::{step_id, step_title, TherapistNote};
use crate::content::rules::{FactSet, SignSet};
use crate::content::Lang;
use crate::diagram::picture;
use crate::drawing::{answer, tip, Place, MAX_PLACES};
use crate::journey::Step;

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
    pub signs: SignSet,
    /// Health facts ticked: clot risks and cautions for the therapist.
    #[prop_or_default]
    pub facts: FactSet,
    /// Focus lands here when the answer opens.
    pub heading: NodeRef,
    pub on_add_place: Callback<()>,
    pub on_start_over: Callback<()>,
    /// Called when the visitor follows the booking link.
    pub on_book: Callback<()>,
}

/// Draws the core's [`crate::drawing::DrawingView`]: what shows was decided there, in the order
/// [`crate::drawing::DrawingView::texts`] lists it.
#[function_component]
pub fn DrawingCard(props: &DrawingCardProps) -> Html {
    let lang = &props.lang;
    let ui = &lang.ui;
    let spa = spa(&props.code, &props.emergency_number, &props.booking_url);
    let v = answer(
        lang,
        spa,
        &props.places,
        props.same_time,
        props.signs,
        props.facts,
    );
    let hashed: Vec<_> = (props.places.iter())
        .map(|p| (p.region, Some(p.pain), Some(p.rating)))
        .collect();
    let set_by = html! {
        <>
            <p class="lpm-set-by">{ &v.set_by_text }</p>
            if v.severe {
                <p class="lpm-severe">{ &ui.rated_severe }</p>
            }
        </>
    };
    let explained = v.explained().map(|(cause, at)| {
        let text = &lang.causes[cause];
        html! {
            <div class="lpm-explained" data-cause={cause.id()}>
                <p class="lpm-cause"><strong>{ &text.title }</strong></p>
                <ul class="lpm-at">{ for at.iter().map(|&i| html! { <li data-region={v.places[i].region.id()}>{ &v.labels[i] }</li> }) }</ul>
                <p>{ &text.why }</p>
            </div>
        }
    });
    let notes = (v.notes.iter()).map(|&i| html! { <p class="lpm-note">{ v.note(lang, i) }</p> });
    let tips = (v.tips.iter()).map(|&(c, i)| html! { <li>{ tip(lang, c, i) }</li> });
    let care = v.care.iter().map(|(part, name)| {
        let region = &lang.regions[*part];
        html! {
            <li class="lpm-caution" data-part={part.id()}>
                <strong>{ name }</strong>{": "}<span class="lpm-muscles">{ &region.muscles }</span>{". "}{ &region.caution }
            </li>
        }
    });
    // One paragraph of what each cause asks of the therapist (the note takes one, which keeps
    // the one-place card's wasm as it was).
    let advice: Vec<&str> = v.advice(lang).collect();
    let advice = (!advice.is_empty()).then(|| advice.join(" "));

    html! {
        <section class="lpm-answer" part="answer" aria-labelledby={step_id(Step::Answer)} data-tier={v.tier.id()}
            data-regions={v.region_ids()}>
            { step_title(Step::Answer, &ui.step_answer, props.heading.clone()) }
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
            { for explained }
            { for notes }
            if v.usual {
                <p class="lpm-usual">{ &ui.usual_soreness }</p>
            }
            // Self-care and how to massage each part: only where a massage is on the cards.
            if v.calm {
                <h4>{ &ui.do_now }</h4>
                <ul class="lpm-tips">{ for tips }</ul>
                <h4>{ &ui.caution }</h4>
                <ul class="lpm-care">{ for care }</ul>
            }
            { for v.nets.iter().map(|&net| net_line(lang, net)) }

            // The drawing at a glance, for the visitor and the therapist: hidden from screen readers
            // (the text names every place), never sent (Copy, Share and Book carry text).
            { picture(&hashed) }

            <TherapistNote lang={lang.clone()}
                title={if v.calm { ui.tell_therapist.clone() } else { ui.tell_doctor.clone() }}
                summary={v.summary.clone()}
                {advice}
                cautions={v.cautions.iter().map(|fact| lang.facts[fact].text.clone()).collect::<Vec<_>>()}
                before={v.calm.then(|| ui.before_massage.clone())} />

            { book_link(ui, v.book.clone(), props.booking_label.as_deref(), &props.on_book) }

            <div class="lpm-actions">
                // Five places is the most a drawing holds.
                if props.places.len() < MAX_PLACES {
                    { button("add-place", &ui.add_place, &props.on_add_place) }
                }
                { button("start-over", &ui.start_over, &props.on_start_over) }
            </div>
        </section>
    }
}
