//! The region × pain table: which cause is most likely and what else it could be. Ids only, the
//! same in every language; the words live in the JSON. Tiers and signs are in `rules`.

use super::ids::{Cause, Pain, Part, Timing};
use super::rules::{is_gentle, JOINTS_TENDONS};

/// The answer for one part of the leg and one feeling, before it is put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub cause: Cause,
    pub also: Vec<Cause>,
}

/// The usual cause of each feeling, then the other candidates in order of likelihood.
const BY_PAIN: [(Pain, [Cause; 4]); 8] = [
    (
        Pain::Knot,
        [
            Cause::Knots,
            Cause::Fascia,
            Cause::Sensitivity,
            Cause::DeepPressure,
        ],
    ),
    (
        Pain::Tight,
        [
            Cause::Fascia,
            Cause::Knots,
            Cause::Cramp,
            Cause::DeepPressure,
        ],
    ),
    (
        Pain::Ache,
        [
            Cause::DeepPressure,
            Cause::Sensitivity,
            Cause::Knots,
            Cause::Fascia,
        ],
    ),
    (
        Pain::SoreAfter,
        [
            Cause::DeepPressure,
            Cause::Fascia,
            Cause::Injury,
            Cause::Sensitivity,
        ],
    ),
    (
        Pain::Sharp,
        [
            Cause::Injury,
            Cause::Nerve,
            Cause::Knots,
            Cause::Sensitivity,
        ],
    ),
    (
        Pain::Cramp,
        [Cause::Cramp, Cause::Knots, Cause::Fascia, Cause::Injury],
    ),
    (
        Pain::Tingling,
        [
            Cause::Nerve,
            Cause::DeepPressure,
            Cause::Injury,
            Cause::Sensitivity,
        ],
    ),
    (
        Pain::Swollen,
        [
            Cause::Injury,
            Cause::Cramp,
            Cause::Sensitivity,
            Cause::Knots,
        ],
    ),
];

/// Where a part of the leg changes the usual cause: thin or sensitive places, tendons, joints.
const EXCEPTIONS: [(Part, Pain, Cause); 9] = [
    (Part::InnerThigh, Pain::Ache, Cause::Sensitivity),
    (Part::Shin, Pain::Ache, Cause::Sensitivity),
    (Part::FootTop, Pain::Ache, Cause::Sensitivity),
    (Part::KneeBack, Pain::Knot, Cause::Sensitivity),
    (Part::KneeBack, Pain::Ache, Cause::Sensitivity),
    (Part::OuterThigh, Pain::Ache, Cause::Fascia),
    (Part::Knee, Pain::Knot, Cause::Injury),
    (Part::Knee, Pain::Ache, Cause::Injury),
    (Part::Sole, Pain::Tight, Cause::Fascia),
];

/// Does a cause's text fit the place? "Deep tissue pressure" is never the story at a danger zone
/// or a joint, and muscle knots or "fascia around muscles" never at a tendon or joint.
pub fn fits(part: Part, cause: Cause) -> bool {
    match cause {
        Cause::DeepPressure => !is_gentle(part),
        Cause::Knots | Cause::Fascia => !JOINTS_TENDONS.contains(&part),
        Cause::Tendon => JOINTS_TENDONS.contains(&part),
        _ => true,
    }
}

/// What a cause becomes where it does not fit the place.
fn fitted(part: Part, cause: Cause) -> Cause {
    match cause {
        _ if fits(part, cause) => cause,
        Cause::Knots | Cause::Fascia => Cause::Tendon,
        Cause::Tendon => Cause::Fascia,
        _ => Cause::Sensitivity,
    }
}

/// Does a cause's story fit the timing and the card? With no massage to blame (not after one, or
/// long after it) the pressure of a massage is not the story; a card that offers a massage never
/// names an injury. `None`: the cause does not belong on this card at all.
fn told(part: Part, timing: Timing, calm: bool, cause: Cause) -> Option<Cause> {
    let joint = JOINTS_TENDONS.contains(&part);
    match cause {
        Cause::Injury if calm => None,
        // Not after a massage, or lasting: a sensitive spot is no story for a tendon or bone
        // that has hurt for days.
        Cause::DeepPressure | Cause::Sensitivity
            if matches!(timing, Timing::Unrelated | Timing::Lasting) =>
        {
            Some(if joint { Cause::Tendon } else { Cause::Overuse })
        }
        _ => Some(cause),
    }
}

/// The likely cause and up to two others for a place × feeling, told for the timing and for a
/// calm card (`calm`: therapist or self-care) or not.
pub fn entry(part: Part, pain: Pain, timing: Timing, calm: bool) -> Entry {
    let (_, ranked) = BY_PAIN
        .iter()
        .find(|(p, _)| *p == pain)
        .copied()
        .unwrap_or(BY_PAIN[0]);
    let first = EXCEPTIONS
        .iter()
        .find(|(pt, pn, _)| *pt == part && *pn == pain)
        .map_or(ranked[0], |(_, _, cause)| *cause);
    let story = |cause| told(part, timing, calm, fitted(part, cause));
    // An injury on a calm card: during a massage a twinge under pressure, at a joint a sore
    // tendon, elsewhere an overworked muscle.
    let cause = story(first).unwrap_or(match timing {
        Timing::During => Cause::Sensitivity,
        _ if JOINTS_TENDONS.contains(&part) => Cause::Tendon,
        _ => Cause::Overuse,
    });
    let mut also: Vec<Cause> = Vec::with_capacity(2);
    for candidate in ranked.iter().filter_map(|c| story(*c)) {
        if candidate != cause && !also.contains(&candidate) && also.len() < 2 {
            also.push(candidate);
        }
    }
    // Where every candidate told the same story (a knee, not after a massage): overuse.
    if also.is_empty() {
        also.push(if cause == Cause::Overuse {
            Cause::Tendon
        } else {
            Cause::Overuse
        });
    }
    Entry { cause, also }
}
