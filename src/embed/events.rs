//! What the widget tells its host page. Ids only: nothing a visitor typed or chose as free
//! text leaves through these, except the therapist summary a visitor asks to book with.

use crate::content::{Cause, Pain, RegionId};

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    RegionSelect(RegionId),
    PainSelect(RegionId, Pain),
    AnswerShow(RegionId, Pain, Cause),
    /// The visitor pressed "Book a massage"; `summary` is the therapist note they saw.
    BookingClick {
        region: Option<RegionId>,
        pain: Option<Pain>,
        summary: Option<String>,
    },
    /// Content (built-in or a spa's override) had a problem; the widget carries on.
    ContentError {
        code: &'static str,
        path: String,
        expected: String,
    },
}

impl WidgetEvent {
    /// The DOM event name, as documented in the README.
    pub const fn name(&self) -> &'static str {
        match self {
            WidgetEvent::RegionSelect(_) => "region-select",
            WidgetEvent::PainSelect(..) => "pain-select",
            WidgetEvent::AnswerShow(..) => "answer-show",
            WidgetEvent::BookingClick { .. } => "booking-click",
            WidgetEvent::ContentError { .. } => "content-error",
        }
    }

    /// The event's `detail`, as (key, value) pairs.
    pub fn detail(&self) -> Vec<(&'static str, &str)> {
        match self {
            WidgetEvent::RegionSelect(region) => {
                vec![("region", region.id()), ("view", region.view().id())]
            }
            WidgetEvent::PainSelect(region, pain) => {
                vec![("region", region.id()), ("pain", pain.id())]
            }
            WidgetEvent::AnswerShow(region, pain, cause) => {
                vec![
                    ("region", region.id()),
                    ("pain", pain.id()),
                    ("cause", cause.id()),
                ]
            }
            WidgetEvent::BookingClick {
                region,
                pain,
                summary,
            } => {
                let mut detail = Vec::new();
                if let Some(region) = region {
                    detail.push(("region", region.id()));
                }
                if let Some(pain) = pain {
                    detail.push(("pain", pain.id()));
                }
                if let Some(summary) = summary {
                    detail.push(("summary", summary));
                }
                detail
            }
            WidgetEvent::ContentError {
                code,
                path,
                expected,
            } => {
                vec![("code", code), ("path", path), ("expected", expected)]
            }
        }
    }
}
