//! The steps and the answer, one file per component.
mod answer_card;
mod choices;
mod good_to_know;
mod pain_picker;
mod region_list;
mod sign_check;
mod therapist_note;
mod timing_picker;

pub use answer_card::{AnswerCard, AnswerCardProps};
pub use good_to_know::GoodToKnow;
pub use pain_picker::pain_picker;
pub use region_list::region_list;
pub use sign_check::{fact_check, sign_check, SignCheck};
pub use therapist_note::TherapistNote;
pub use timing_picker::timing_picker;

use yew::{html, Html, NodeRef};

/// A step's heading: its number, its title, and the place focus moves to when the step opens.
/// One function for every step.
pub fn step_title(id: &'static str, number: &'static str, title: &str, focus: NodeRef) -> Html {
    html! {
        <h3 {id} class="lpm-step-title" tabindex="-1" ref={focus}>
            <span class="lpm-step-num" aria-hidden="true">{ number }</span>{ title }
        </h3>
    }
}
