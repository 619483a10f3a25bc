//! The steps and the answer, one file per component.
mod answer_card;
mod good_to_know;
mod pain_picker;
mod region_list;
mod therapist_note;

pub use answer_card::{AnswerCard, AnswerCardProps};
pub use good_to_know::GoodToKnow;
pub use pain_picker::PainPicker;
pub use region_list::RegionList;
pub use therapist_note::TherapistNote;
