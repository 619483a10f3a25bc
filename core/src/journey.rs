//! Where the visitor is in the journey: a pure state machine with no web-sys, so every
//! transition is tested natively. The URL hash form (`#left-calf/knot`) lives here too. The UI
//! drives it as a Yew reducer (`hooks::JourneyState`); the embed turns its [`Event`]s into DOM events.

use crate::content::rules::{outcome, tier, FactSet, SignSet};
use crate::content::{Cause, Fact, Pain, RegionId, Sign, Tier, Timing, View};

/// What happened in the journey, ids only: never free text, never the timing, the signs or the
/// facts a visitor ticked. The embed names them as DOM events (`embed::events`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    RegionSelect(RegionId),
    PainSelect(RegionId, Pain),
    AnswerShow(RegionId, Pain, Cause),
    /// The visitor followed the booking link. The summary (with timing and signs) travels in
    /// the link itself, where the spa put `{summary}`, because the visitor chose to.
    BookingClick(RegionId, Pain),
}

/// The steps, derived from what has been chosen. No answer before the warning signs are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Where,
    Feel,
    When,
    Signs,
    /// Health facts (clot risks, cautions): skipped when a sign already makes it an emergency.
    Facts,
    Answer,
}

impl Step {
    /// How many steps there are: the App keeps one heading per step.
    pub const COUNT: usize = 6;

    /// The step's place in the journey, from 0 (the ui's table of headings is in this order).
    pub const fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey {
    /// The view shown on a phone (both show side by side on a wide screen).
    pub view: View,
    pub region: Option<RegionId>,
    pub pain: Option<Pain>,
    pub timing: Option<Timing>,
    /// Warning signs ticked (yes or not sure). Asked anew whenever the place or feeling changes.
    pub signs: SignSet,
    /// "None of these" or "Next" was tapped.
    pub signs_done: bool,
    /// Health facts ticked (yes). Kept when the place or feeling changes: they are about the
    /// visitor, not the pain.
    pub facts: FactSet,
    /// "None of these" or "Show my answer" was tapped on the facts step.
    pub facts_done: bool,
}

impl Default for Journey {
    fn default() -> Self {
        Self::start(View::Front)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ShowView(View),
    SelectRegion(RegionId),
    SelectPain(Pain),
    SelectTiming(Timing),
    ToggleSign(Sign),
    /// "None of these": one tap clears every sign and goes on.
    NoSigns,
    /// "Next", with the signs ticked.
    SignsDone,
    ToggleFact(Fact),
    /// "None of these" on the facts step: clears every fact and shows the answer.
    NoFacts,
    ShowAnswer,
    /// Back to the map; feeling and timing are kept, the signs are asked again for the new place.
    ChangeRegion,
    ChangeFeeling,
    StartOver,
    /// Jump to what a URL hash says (deep link, Back button). A bad hash is the start.
    FollowHash(String),
}

impl Journey {
    pub const fn start(view: View) -> Self {
        Journey {
            view,
            region: None,
            pain: None,
            timing: None,
            signs: SignSet::NONE,
            signs_done: false,
            facts: FactSet::NONE,
            facts_done: false,
        }
    }

    pub fn step(&self) -> Step {
        match (self.region, self.pain, self.timing) {
            (None, _, _) => Step::Where,
            (Some(_), None, _) => Step::Feel,
            (Some(_), Some(_), None) => Step::When,
            _ if !self.signs_done => Step::Signs,
            (Some(region), Some(pain), Some(timing)) if !self.facts_done => {
                // An emergency is said at once: no more questions first.
                if tier(region.part, pain, timing, self.signs, FactSet::NONE) == Tier::Emergency {
                    Step::Answer
                } else {
                    Step::Facts
                }
            }
            _ => Step::Answer,
        }
    }

    /// The same journey with the signs (and so the facts step) to be asked again.
    const fn unasked(self) -> Journey {
        Journey {
            signs: SignSet::NONE,
            signs_done: false,
            facts_done: false,
            ..self
        }
    }

    /// Place, feeling and timing chosen: the signs and facts steps can be answered.
    const fn timed(&self) -> bool {
        self.timing.is_some() && self.pain.is_some()
    }

    /// What the journey looks like after `action`.
    pub fn next(self, action: Action) -> Journey {
        match action {
            Action::ShowView(view) => Journey { view, ..self },
            Action::SelectRegion(region) if self.region == Some(region) => self,
            Action::SelectRegion(region) => Journey {
                view: region.view(),
                region: Some(region),
                ..self.unasked()
            },
            Action::SelectPain(pain) if self.region.is_none() || self.pain == Some(pain) => self,
            Action::SelectPain(pain) => Journey {
                pain: Some(pain),
                ..self.unasked()
            },
            Action::SelectTiming(timing) if self.pain.is_some() => Journey {
                timing: Some(timing),
                ..self
            },
            Action::ToggleSign(sign) if self.timed() => Journey {
                signs: self.signs.toggled(sign),
                ..self
            },
            Action::NoSigns if self.timed() => Journey {
                signs: SignSet::NONE,
                signs_done: true,
                ..self
            },
            Action::SignsDone if self.timed() => Journey {
                signs_done: true,
                ..self
            },
            Action::ToggleFact(fact) if self.signs_done => Journey {
                facts: self.facts.toggled(fact),
                ..self
            },
            Action::NoFacts if self.signs_done => Journey {
                facts: FactSet::NONE,
                facts_done: true,
                ..self
            },
            Action::ShowAnswer if self.signs_done => Journey {
                facts_done: true,
                ..self
            },
            Action::SelectTiming(_)
            | Action::ToggleSign(_)
            | Action::NoSigns
            | Action::SignsDone
            | Action::ToggleFact(_)
            | Action::NoFacts
            | Action::ShowAnswer => self,
            Action::ChangeRegion => Journey {
                region: None,
                ..self.unasked()
            },
            Action::ChangeFeeling => Journey {
                pain: None,
                ..self.unasked()
            },
            Action::StartOver => Journey::start(self.view),
            // The hash this journey already shows (e.g. written by itself): nothing to follow.
            Action::FollowHash(hash)
                if hash.strip_prefix('#').unwrap_or(&hash)
                    == self.to_hash().trim_start_matches('#') =>
            {
                self
            }
            Action::FollowHash(hash) => {
                Journey::from_hash(&hash).unwrap_or(Journey::start(self.view))
            }
        }
    }

    /// `#left-calf/knot`, `#left-calf`, or empty at the start. Never the timing, the signs or the facts: a
    /// link reopens at the timing step, never at an answer that skipped the warning signs.
    pub fn to_hash(&self) -> String {
        match (self.region, self.pain) {
            (Some(region), Some(pain)) => ["#", region.id(), "/", pain.id()].concat(),
            (Some(region), None) => ["#", region.id()].concat(),
            (None, _) => String::new(),
        }
    }

    /// Reads a hash written by [`Journey::to_hash`]; `None` for anything else.
    pub fn from_hash(hash: &str) -> Option<Journey> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (region, pain) = match hash.split_once('/') {
            Some((region, pain)) => (region, Some(Pain::from_id(pain)?)),
            None => (hash, None),
        };
        let region = RegionId::from_id(region)?;
        Some(Journey {
            region: Some(region),
            pain,
            ..Journey::start(region.view())
        })
    }
}

/// What a host page hears when the journey moves from `old` to `new`: derived from the states,
/// not from clicks, so a deep link or the Back button reports the same as a tap. The rule: a
/// place chosen → `region-select`; a feeling chosen → `pain-select`; an answer newly on screen
/// (or the place or feeling under it changed) → `answer-show`. Ids only: never the timing or
/// the warning signs ticked.
pub fn events(old: &Journey, new: &Journey) -> Vec<Event> {
    let mut out = Vec::new();
    let Some(region) = new.region else {
        return out;
    };
    if old.region != new.region {
        out.push(Event::RegionSelect(region));
    }
    let Some(pain) = new.pain else {
        return out;
    };
    if old.pain != new.pain || old.region != new.region {
        out.push(Event::PainSelect(region, pain));
    }
    let shown = new.step() == Step::Answer;
    let was = old.step() == Step::Answer && old.region == new.region && old.pain == new.pain;
    if shown && !was {
        let timing = new.timing.unwrap_or(Timing::After);
        let cause = outcome(region.part, pain, timing, new.signs, new.facts).cause;
        out.push(Event::AnswerShow(region, pain, cause));
    }
    out
}
