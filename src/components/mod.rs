//! The steps and the answer, one file per component.
mod card_parts;
mod choices;
mod drawing_card;
mod good_to_know;
mod pain_picker;
mod place_list;
mod rating_picker;
mod region_list;
mod sign_check;
mod therapist_note;
mod timing_picker;

pub use drawing_card::{DrawingCard, DrawingCardProps};
pub use good_to_know::good_to_know;
pub use pain_picker::pain_picker;
pub use place_list::place_list;
pub use rating_picker::rating_picker;
pub use region_list::region_list;
pub use sign_check::{fact_check, sign_check, SignCheck};
pub use timing_picker::{place_timing, same_time_picker, timing_picker};

use yew::{html, Html, NodeRef};

use crate::journey::Step;

/// Each step's heading, in the journey's order ([`Step::index`]): the id its section is labelled
/// by and the number shown beside its title. The one table the App, the card and the focus hook read.
static STEP_HEADINGS: [(&str, &str); Step::COUNT] = [
    ("lpm-where", "1"),
    ("lpm-feel", "2"),
    ("lpm-rate", "3"),
    ("lpm-when", "4"),
    ("lpm-signs", "5"),
    ("lpm-facts", "6"),
    ("lpm-answer-title", "7"),
];

/// The id of a step's heading, which labels its section.
pub fn step_id(step: Step) -> &'static str {
    STEP_HEADINGS[step.index()].0
}

/// A step's heading: its number, its title, and the place focus moves to when the step opens.
/// One function for every step.
pub fn step_title(step: Step, title: &str, focus: NodeRef) -> Html {
    let (id, number) = STEP_HEADINGS[step.index()];
    html! {
        <h3 {id} class="lpm-step-title" tabindex="-1" ref={focus}>
            <span class="lpm-step-num" aria-hidden="true">{ number }</span>{ title }
        </h3>
    }
}
