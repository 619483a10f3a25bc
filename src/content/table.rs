//! The region × pain table: which cause is most likely and what else it could be. Ids only, the
//! same in every language; the words live in the JSON. Tiers and signs are in `rules`.

use super::ids::{Cause, Pain, Part};
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

/// What a cause becomes where it does not fit.
fn fitted(part: Part, cause: Cause) -> Cause {
    match cause {
        _ if fits(part, cause) => cause,
        Cause::Knots | Cause::Fascia => Cause::Tendon,
        Cause::Tendon => Cause::Fascia,
        _ => Cause::Sensitivity,
    }
}

pub fn entry(part: Part, pain: Pain) -> Entry {
    let (_, ranked) = BY_PAIN
        .iter()
        .find(|(p, _)| *p == pain)
        .copied()
        .unwrap_or(BY_PAIN[0]);
    let cause = EXCEPTIONS
        .iter()
        .find(|(pt, pn, _)| *pt == part && *pn == pain)
        .map_or(ranked[0], |(_, _, cause)| *cause);
    let cause = fitted(part, cause);
    let mut also: Vec<Cause> = Vec::with_capacity(2);
    for candidate in ranked.iter().map(|c| fitted(part, *c)) {
        if candidate != cause && !also.contains(&candidate) && also.len() < 2 {
            also.push(candidate);
        }
    }
    Entry { cause, also }
}
