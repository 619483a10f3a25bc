//! Where the visitor is in the journey: a pure state machine with no web-sys, so every
//! transition is tested natively. The journey is a pain drawing (issue 22): up to five places,
//! each with a feeling and a rating; then the timing and the warning signs, asked once for the
//! whole drawing. The URL hash form (`#left-calf/knot/6,…`) is the drawing's
//! ([`crate::drawing::to_hash`]). The UI drives it as a Yew reducer (`hooks::JourneyState`); the
//! embed turns its [`Event`]s into DOM events.

use crate::content::rules::{asks, FactSet, SignSet};
use crate::content::{Cause, Fact, Pain, RegionId, Sign, Tier, Timing, View};
use crate::drawing::{self, drawing, HashPlace, Pattern, Place, MAX_PLACES, RATINGS};

/// Every place and feeling of a drawing, in its order, ids only (for events).
pub type Drawn = [Option<(RegionId, Pain)>; MAX_PLACES];

/// What happened in the journey, ids only: never free text, never the rating, the timing, the
/// signs or the facts a visitor ticked. The embed names them as DOM events (`embed::events`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    RegionSelect(RegionId),
    PainSelect(RegionId, Pain),
    /// Every place with its feeling, and the likely cause the card shows first.
    AnswerShow(Drawn, Cause),
    /// The visitor followed the booking link. The summary (with ratings, timing and signs)
    /// travels in the link itself, where the spa put `{summary}`, because the visitor chose to.
    BookingClick(Drawn),
}

/// The steps, derived from what has been chosen. No answer before the warning signs are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Where,
    Feel,
    /// How bad it is at its worst, 1–10.
    Rate,
    When,
    Signs,
    /// Health facts (clot risks, cautions): skipped when a sign already makes it an emergency.
    Facts,
    Answer,
}

impl Step {
    /// How many steps there are: the App keeps one heading per step.
    pub const COUNT: usize = 7;

    /// The step's place in the journey, from 0 (the ui's table of headings is in this order).
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// One place on the drawing as it is being marked: its feeling and rating once chosen, and its
/// own timing when the places did not all start at the same time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub region: RegionId,
    pub pain: Option<Pain>,
    pub rating: Option<u8>,
    pub timing: Option<Timing>,
}

impl Mark {
    const fn new(region: RegionId) -> Mark {
        Mark {
            region,
            pain: None,
            rating: None,
            timing: None,
        }
    }

    /// Feeling and rating chosen.
    pub const fn done(&self) -> bool {
        self.pain.is_some() && self.rating.is_some()
    }

    /// As the URL hash and the map hold it.
    pub const fn hash_place(&self) -> HashPlace {
        (self.region, self.pain, self.rating)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey {
    /// The view shown on a phone (both show side by side on a wide screen).
    pub view: View,
    /// The places marked, first to last (packed: no gap before a `Some`).
    marks: [Option<Mark>; MAX_PLACES],
    /// The place being marked or changed (an index into the places).
    current: usize,
    /// "Add another place" (or Change) was tapped: the map is waiting for a tap.
    pub adding: bool,
    /// "When did the first of these start?" (one place: "When did it start?").
    pub timing: Option<Timing>,
    /// Several places: did they all start then? `Some(false)`: each place's timing is asked.
    pub same_time: Option<bool>,
    /// Warning signs ticked (yes or not sure). Asked anew whenever a place or feeling changes.
    pub signs: SignSet,
    /// "None of these" or "Next" was tapped.
    pub signs_done: bool,
    /// Health facts ticked (yes). Kept when the places change: they are about the visitor, not
    /// the pain.
    pub facts: FactSet,
    /// "None of these" or "Show my answer" was tapped on the facts step.
    pub facts_done: bool,
    /// The place removed last and where it was, for Undo (until the next change).
    pub removed: Option<(usize, Mark)>,
}

impl Default for Journey {
    fn default() -> Self {
        Self::start(View::Front)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ShowView(View),
    /// A tap on the map (or the list): replaces the place being marked while it has no feeling,
    /// otherwise adds a place. A place already marked is left as it is (the UI offers Change
    /// and Remove for it).
    SelectRegion(RegionId),
    SelectPain(Pain),
    SelectRating(u8),
    /// "Add another place": the map waits for a tap.
    AddPlace,
    /// Change a place: its feeling and rating are asked again, and a tap on the map moves it.
    ChangePlace(usize),
    RemovePlace(usize),
    /// Puts back the place removed last.
    Undo,
    /// The answer's "Change the feeling": the current place's feeling and rating again.
    ChangeFeeling,
    SelectTiming(Timing),
    /// Several places: did they all start at that time?
    SameTime(bool),
    /// One place's own timing, when they did not all start at the same time.
    SelectPlaceTiming(usize, Timing),
    ToggleSign(Sign),
    /// "None of these": one tap clears every sign and goes on.
    NoSigns,
    /// "Next", with the signs ticked.
    SignsDone,
    ToggleFact(Fact),
    /// "None of these" on the facts step: clears every fact and shows the answer.
    NoFacts,
    ShowAnswer,
    StartOver,
    /// Jump to what a URL hash says (deep link, Back button). A bad hash is the start.
    FollowHash(String),
}

impl Journey {
    pub const fn start(view: View) -> Self {
        Journey {
            view,
            marks: [None; MAX_PLACES],
            current: 0,
            adding: false,
            timing: None,
            same_time: None,
            signs: SignSet::NONE,
            signs_done: false,
            facts: FactSet::NONE,
            facts_done: false,
            removed: None,
        }
    }

    /// The places marked, first to last. `filter_map`, not `flatten`: flatten's iterator is the
    /// larger code in the wasm, once per use.
    pub fn marks(&self) -> impl Iterator<Item = &Mark> + '_ {
        self.marks.iter().filter_map(Option::as_ref)
    }

    /// How many places are marked.
    pub fn count(&self) -> usize {
        self.marks().count()
    }

    /// The place being marked: the current one while its feeling or rating is missing, else the
    /// first one still missing them, else the current one.
    pub fn asked(&self) -> Option<usize> {
        let open = |i: &usize| self.marks[*i].is_some_and(|m| !m.done());
        Some(self.current)
            .filter(open)
            .or_else(|| (0..MAX_PLACES).find(open))
            .or(Some(self.current).filter(|&i| self.marks[i].is_some()))
    }

    /// The place the feeling and rating steps are about.
    pub fn mark(&self) -> Option<Mark> {
        self.asked().and_then(|i| self.marks[i])
    }

    /// The first place (what `{region}` and the single-place events name).
    pub fn first(&self) -> Option<Mark> {
        self.marks[0]
    }

    /// Every place marked is full: five.
    pub fn full(&self) -> bool {
        self.count() == MAX_PLACES
    }

    /// The timing answered for the whole drawing and, where asked, for each place.
    fn timed(&self) -> bool {
        let marks_done = self.count() > 0 && self.marks().all(Mark::done);
        marks_done
            && self.timing.is_some()
            && match (self.count(), self.same_time) {
                (1, _) | (_, Some(true)) => true,
                (_, Some(false)) => self.marks().all(|m| m.timing.is_some()),
                (_, None) => false,
            }
    }

    /// The drawing as the rules read it, once every place has its feeling, rating and timing.
    pub fn places(&self) -> Option<Vec<Place>> {
        let timing = self.timing?;
        if !self.timed() {
            return None;
        }
        let own = self.count() > 1 && self.same_time == Some(false);
        Some(
            self.marks()
                .map(|m| Place {
                    region: m.region,
                    pain: m.pain.unwrap_or(Pain::Ache),
                    rating: m.rating.unwrap_or(1),
                    timing: if own {
                        m.timing.unwrap_or(timing)
                    } else {
                        timing
                    },
                })
                .collect(),
        )
    }

    /// The warning signs asked: those that apply to any place and feeling drawn.
    pub fn asks(&self, sign: Sign) -> bool {
        self.marks()
            .any(|m| m.pain.is_some_and(|pain| asks(m.region.part, pain, sign)))
    }

    pub fn step(&self) -> Step {
        match self.mark() {
            None => return Step::Where,
            Some(Mark { pain: None, .. }) => return Step::Feel,
            Some(Mark { rating: None, .. }) => return Step::Rate,
            _ => {}
        }
        let Some(places) = self.places() else {
            return Step::When;
        };
        if !self.signs_done {
            Step::Signs
        } else if !self.facts_done
            // An emergency is said at once: no more questions first.
            && drawing(&places, self.signs, FactSet::NONE).tier != Tier::Emergency
        {
            Step::Facts
        } else {
            Step::Answer
        }
    }

    /// The signs (and so the facts step) to be asked again.
    fn unask(&mut self) {
        self.signs = SignSet::NONE;
        self.signs_done = false;
        self.facts_done = false;
        self.adding = false;
    }

    fn index_of(&self, region: RegionId) -> Option<usize> {
        self.marks().position(|m| m.region == region)
    }

    /// What the journey looks like after `action`. A change clears the Undo offer.
    pub fn next(self, action: Action) -> Journey {
        let keeps_undo = matches!(action, Action::ShowView(_) | Action::RemovePlace(_));
        let mut next = self;
        next.apply(action);
        if next != self && !keeps_undo {
            next.removed = None;
        }
        next
    }

    // In place, one field at a time: a struct rebuilt per arm cost the phone 6 KB of wasm.
    fn apply(&mut self, action: Action) {
        let asked = self.asked();
        let timed = self.timed();
        let count = self.count();
        let all_done = count > 0 && self.marks().all(Mark::done);
        match action {
            Action::ShowView(view) => self.view = view,
            Action::SelectRegion(region) => {
                if self.index_of(region).is_some() {
                    // Marked already: shown, and the list offers Change and Remove for it.
                    self.view = region.view();
                    return;
                }
                let at = if self.marks[self.current].is_some_and(|m| m.pain.is_none()) {
                    // The place being marked has no feeling yet: the tap moves it.
                    self.current
                } else if count < MAX_PLACES {
                    // A new place: whether they all started together is asked again.
                    self.same_time = None;
                    count
                } else {
                    return;
                };
                self.unask();
                self.view = region.view();
                self.marks[at] = Some(Mark::new(region));
                self.current = at;
            }
            Action::SelectPain(pain) => {
                if let Some(i) = asked {
                    if let Some(m) = self.marks[i].as_mut().filter(|m| m.pain != Some(pain)) {
                        m.pain = Some(pain);
                        m.rating = None;
                        self.current = i;
                        self.unask();
                    }
                }
            }
            Action::SelectRating(rating) => {
                if let Some(i) = asked.filter(|_| RATINGS.contains(&rating)) {
                    if let Some(m) = self.marks[i].as_mut().filter(|m| m.pain.is_some()) {
                        m.rating = Some(rating);
                        self.current = i;
                        self.adding = false;
                    }
                }
            }
            Action::AddPlace => self.adding |= all_done && count < MAX_PLACES,
            Action::ChangePlace(i) | Action::RemovePlace(i) if i >= count => {}
            Action::ChangePlace(i) => {
                if let Some(m) = self.marks[i].as_mut() {
                    *m = Mark::new(m.region);
                }
                self.unask();
                self.current = i;
                self.adding = true;
            }
            Action::RemovePlace(i) => {
                self.unask();
                self.removed = self.marks[i].map(|m| (i, m));
                for j in i..MAX_PLACES - 1 {
                    self.marks[j] = self.marks[j + 1];
                }
                self.marks[MAX_PLACES - 1] = None;
                if self.current > i || self.current + 1 >= count {
                    self.current = self.current.saturating_sub(1);
                }
            }
            Action::Undo => {
                if let Some((i, mark)) = self.removed {
                    if count < MAX_PLACES && self.index_of(mark.region).is_none() {
                        let at = i.min(count);
                        for j in (at + 1..MAX_PLACES).rev() {
                            self.marks[j] = self.marks[j - 1];
                        }
                        self.marks[at] = Some(mark);
                        self.current = at;
                        self.removed = None;
                        self.unask();
                    }
                }
            }
            Action::ChangeFeeling => {
                if let Some(i) = asked {
                    if let Some(m) = self.marks[i].as_mut() {
                        m.pain = None;
                        m.rating = None;
                    }
                    self.current = i;
                    self.unask();
                }
            }
            Action::SelectTiming(timing) if all_done => self.timing = Some(timing),
            Action::SameTime(same) if self.timing.is_some() && count > 1 => {
                self.same_time = Some(same)
            }
            Action::SelectPlaceTiming(i, timing) if self.same_time == Some(false) => {
                if let Some(m) = self.marks.get_mut(i).and_then(Option::as_mut) {
                    m.timing = Some(timing);
                }
            }
            Action::ToggleSign(sign) if timed => self.signs = self.signs.toggled(sign),
            Action::NoSigns | Action::SignsDone if timed => {
                if action == Action::NoSigns {
                    self.signs = SignSet::NONE;
                }
                self.signs_done = true;
            }
            Action::ToggleFact(fact) if self.signs_done => self.facts = self.facts.toggled(fact),
            Action::NoFacts | Action::ShowAnswer if self.signs_done => {
                if action == Action::NoFacts {
                    self.facts = FactSet::NONE;
                }
                self.facts_done = true;
            }
            Action::StartOver => *self = Journey::start(self.view),
            // The hash this journey already shows (e.g. written by itself): nothing to follow.
            Action::FollowHash(hash)
                if hash.strip_prefix('#').unwrap_or(&hash)
                    == self.to_hash().trim_start_matches('#') => {}
            Action::FollowHash(hash) => {
                *self = Journey::from_hash(&hash).unwrap_or(Journey::start(self.view))
            }
            _ => {}
        }
    }

    /// `#left-calf/knot/6,left-buttock/tingling`, or empty at the start: places, feelings and
    /// ratings only. Never the timing, the signs or the facts: a link reopens at the timing step,
    /// never at an answer that skipped the warning signs.
    pub fn to_hash(&self) -> String {
        let places: Vec<HashPlace> = self.marks().map(Mark::hash_place).collect();
        drawing::to_hash(&places)
    }

    /// Reads a hash written by [`Journey::to_hash`] as far as it is valid; `None` when not even
    /// its first place reads.
    pub fn from_hash(hash: &str) -> Option<Journey> {
        let places = drawing::from_hash(hash);
        let first = places.first()?;
        let mut journey = Journey::start(first.0.view());
        for (i, &(region, pain, rating)) in places.iter().enumerate() {
            journey.marks[i] = Some(Mark {
                region,
                pain,
                rating: rating.filter(|_| pain.is_some()),
                timing: None,
            });
        }
        journey.current = journey.asked().unwrap_or(places.len() - 1);
        Some(journey)
    }

    /// Every place with its feeling, for events.
    pub fn drawn(&self) -> Drawn {
        let mut out = [None; MAX_PLACES];
        for (slot, m) in out.iter_mut().zip(self.marks()) {
            *slot = m.pain.map(|pain| (m.region, pain));
        }
        out
    }

    /// The likely cause the answer shows first: the travelling pattern where it is told, else the
    /// first place's.
    pub fn cause(&self) -> Option<Cause> {
        let places = self.places()?;
        let out = drawing(&places, self.signs, self.facts);
        Some(match out.pattern {
            Some(Pattern::TravelsDown(_)) if out.tier > Tier::Urgent => Cause::TravelsDown,
            _ => out.places.first()?.cause,
        })
    }
}

/// What a host page hears when the journey moves from `old` to `new`: derived from the states,
/// not from clicks, so a deep link or the Back button reports the same as a tap. The rule: a
/// place newly marked → `region-select`; a feeling newly chosen for a place → `pain-select`; an
/// answer newly on screen (or the places or feelings under it changed) → `answer-show`, once
/// for the whole drawing. Removing a place sends nothing (the answer waits for the warning
/// signs again). Ids only: never the ratings, the timing or the warning signs ticked.
pub fn events(old: &Journey, new: &Journey) -> Vec<Event> {
    let mut out = Vec::new();
    for m in new.marks() {
        let before = old.marks().find(|o| o.region == m.region);
        if before.is_none() {
            out.push(Event::RegionSelect(m.region));
        }
        if let Some(pain) = m.pain.filter(|p| before.and_then(|o| o.pain) != Some(*p)) {
            out.push(Event::PainSelect(m.region, pain));
        }
    }
    let shown = new.step() == Step::Answer;
    let was = old.step() == Step::Answer && old.drawn() == new.drawn();
    if shown && !was {
        if let Some(cause) = new.cause() {
            out.push(Event::AnswerShow(new.drawn(), cause));
        }
    }
    out
}
