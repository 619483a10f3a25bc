//! The region × pain table: which cause is most likely, what else it could be, and which
//! warning signs to show. Ids only, the same in every language; the words live in the JSON.

use super::ids::{Cause, Flag, Pain, Part};

/// The answer for one part of the leg and one feeling, before it is put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub cause: Cause,
    pub also: Vec<Cause>,
    /// Warning signs that apply, most urgent first.
    pub flags: Vec<Flag>,
}

/// The usual cause of each feeling, then the other candidates in order of likelihood.
const BY_PAIN: [(Pain, [Cause; 4]); 7] = [
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
];

/// Where a part of the leg changes the usual cause: thin or sensitive places, tendons, joints.
const EXCEPTIONS: [(Part, Pain, Cause); 12] = [
    (Part::InnerThigh, Pain::Ache, Cause::Sensitivity),
    (Part::Shin, Pain::Ache, Cause::Sensitivity),
    (Part::FootTop, Pain::Ache, Cause::Sensitivity),
    (Part::Sole, Pain::Ache, Cause::Sensitivity),
    (Part::KneeBack, Pain::Knot, Cause::Sensitivity),
    (Part::KneeBack, Pain::Ache, Cause::Sensitivity),
    (Part::OuterThigh, Pain::Ache, Cause::Fascia),
    (Part::Knee, Pain::Knot, Cause::Injury),
    (Part::Knee, Pain::Ache, Cause::Injury),
    (Part::Achilles, Pain::Knot, Cause::Injury),
    (Part::Ankle, Pain::Knot, Cause::Fascia),
    (Part::Sole, Pain::Tight, Cause::Fascia),
];

/// Parts where a clot in a deep vein shows itself (calf, thigh, behind the knee): the urgent
/// signs are shown on every answer there.
const CLOT_PARTS: [Part; 5] = [
    Part::Calf,
    Part::ThighBack,
    Part::ThighFront,
    Part::InnerThigh,
    Part::KneeBack,
];
/// Where varicose veins are common: no deep pressure on or around them.
const VEIN_PARTS: [Part; 3] = [Part::Calf, Part::KneeBack, Part::InnerThigh];
/// Joints and tendons, where swelling after an injury matters most.
const JOINT_PARTS: [Part; 3] = [Part::Knee, Part::Ankle, Part::Achilles];
/// Where a big nerve runs close under the skin.
const NERVE_PARTS: [Part; 2] = [Part::KneeBack, Part::Buttock];

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
    let also: Vec<Cause> = ranked
        .iter()
        .copied()
        .filter(|c| *c != cause)
        .take(2)
        .collect();

    let mut flags = Vec::new();
    if CLOT_PARTS.contains(&part) || pain == Pain::Cramp {
        flags.extend([Flag::Breathless, Flag::Clot]);
    }
    if cause == Cause::Injury || pain == Pain::Sharp || JOINT_PARTS.contains(&part) {
        flags.push(Flag::InjurySwelling);
    }
    if VEIN_PARTS.contains(&part) {
        flags.push(Flag::Varicose);
    }
    if cause == Cause::Nerve || pain == Pain::Tingling || NERVE_PARTS.contains(&part) {
        flags.push(Flag::NumbWeak);
    }
    flags.push(Flag::Lasting);
    Entry { cause, also, flags }
}
