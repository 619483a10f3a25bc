//! Where the visitor is in the journey: a pure state machine with no web-sys, so every
//! transition is tested natively. The URL hash form (`#left-calf/knot`) lives here too.

use std::rc::Rc;

use yew::Reducible;

use crate::content::{Pain, RegionId, View};

/// The three steps, derived from what has been chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Where,
    Feel,
    Answer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey {
    /// The view shown on a phone (both show side by side on a wide screen).
    pub view: View,
    pub region: Option<RegionId>,
    pub pain: Option<Pain>,
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
    /// Back to the map; the feeling is kept, so choosing a place shows the answer again.
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
        }
    }

    pub fn step(&self) -> Step {
        match (self.region, self.pain) {
            (None, _) => Step::Where,
            (Some(_), None) => Step::Feel,
            (Some(_), Some(_)) => Step::Answer,
        }
    }

    /// What the journey looks like after `action`.
    pub fn next(self, action: Action) -> Journey {
        match action {
            Action::ShowView(view) => Journey { view, ..self },
            Action::SelectRegion(region) => Journey {
                view: region.view(),
                region: Some(region),
                ..self
            },
            Action::SelectPain(pain) if self.region.is_some() => Journey {
                pain: Some(pain),
                ..self
            },
            Action::SelectPain(_) => self,
            Action::ChangeRegion => Journey {
                region: None,
                ..self
            },
            Action::ChangeFeeling => Journey { pain: None, ..self },
            Action::StartOver => Journey::start(self.view),
            Action::FollowHash(hash) => {
                Journey::from_hash(&hash).unwrap_or(Journey::start(self.view))
            }
        }
    }

    /// `#left-calf/knot`, `#left-calf`, or empty at the start.
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
            view: region.view(),
            region: Some(region),
            pain,
        })
    }
}

impl Reducible for Journey {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).next(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
