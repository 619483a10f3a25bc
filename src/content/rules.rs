//! The safety rules: which warning signs are asked where, the tier each one sets, and what an
//! answer may show for a place × feeling × timing × signs. One pure function, [`outcome`], decides;
//! components only render what it says. `docs/safety.md` is this file as a table for a clinician,
//! and `tests/rules.rs` sweeps every input through it.

use super::ids::{Cause, Pain, Part, Sign, Tier, Timing};
use super::table;

/// Massage danger zones: large vessels and nerves close under the skin. Deep pressure there is
/// never called usual.
pub const DANGER_ZONES: [Part; 3] = [Part::KneeBack, Part::Hip, Part::InnerThigh];
/// Joints and tendons: no muscle to press deeply, so no "usual soreness" and no muscle causes.
pub const JOINTS_TENDONS: [Part; 4] = [Part::Knee, Part::Ankle, Part::Achilles, Part::FootTop];
/// Bone just under the skin (the shin): pressure stays light, soreness is never "usual".
pub const BONY: [Part; 1] = [Part::Shin];
/// Where a deep-vein clot shows itself (calf, thigh, groin, behind the knee).
pub const CLOT_PARTS: [Part; 6] = [
    Part::Calf,
    Part::KneeBack,
    Part::ThighBack,
    Part::ThighFront,
    Part::InnerThigh,
    Part::Hip,
];
/// Muscle compartments where pressure can build after an injury (compartment syndrome).
pub const COMPARTMENT_PARTS: [Part; 4] =
    [Part::ThighFront, Part::ThighBack, Part::Calf, Part::Shin];
/// Where a sudden sharp pain may be a tear or a fracture (Achilles, calf muscle, shin bone).
pub const TEAR_PARTS: [Part; 3] = [Part::Achilles, Part::Calf, Part::Shin];

/// A danger zone, a joint/tendon or bone under the skin: pressure stays light, soreness is never
/// "usual".
pub fn is_gentle(part: Part) -> bool {
    DANGER_ZONES.contains(&part) || JOINTS_TENDONS.contains(&part) || BONY.contains(&part)
}

/// Is `sign` asked for this place and feeling? The emergency signs that can concern any place
/// are asked everywhere (numbness around the bottom or a dropping foot do not depend on where the
/// leg hurts).
pub fn asks(part: Part, pain: Pain, sign: Sign) -> bool {
    match sign {
        Sign::Breathless
        | Sign::Nerve
        | Sign::ColdFoot
        | Sign::Injury
        | Sign::Infection
        | Sign::ClotRisk => true,
        Sign::Clot => {
            pain == Pain::Swollen || !matches!(part, Part::Buttock | Part::FootTop | Part::Sole)
        }
        Sign::Compartment => COMPARTMENT_PARTS.contains(&part),
    }
}

/// The tier one ticked sign sets on its own.
pub fn sign_tier(sign: Sign, part: Part, timing: Timing) -> Tier {
    match sign {
        Sign::Breathless | Sign::Nerve | Sign::ColdFoot | Sign::Compartment => Tier::Emergency,
        Sign::Clot | Sign::Injury | Sign::Infection => Tier::Urgent,
        // Risk alone is not a symptom. With new pain where clots form, not from the pressure of a
        // massage, it is checked the same day; felt during a massage, a doctor's word first.
        Sign::ClotRisk if CLOT_PARTS.contains(&part) && timing != Timing::During => Tier::Urgent,
        Sign::ClotRisk if CLOT_PARTS.contains(&part) => Tier::SeeDoctor,
        Sign::ClotRisk => Tier::Therapist,
    }
}

/// The tier of a place × feeling × timing before any sign is counted.
pub fn base_tier(part: Part, pain: Pain, timing: Timing) -> Tier {
    if pain == Pain::Swollen || (pain == Pain::Sharp && TEAR_PARTS.contains(&part)) {
        return Tier::Urgent;
    }
    match (timing, pain) {
        (Timing::Lasting, _) => Tier::SeeDoctor,
        // A sharp pain over a joint, bone or danger zone is not just pressure.
        (Timing::During, Pain::Sharp) if is_gentle(part) => Tier::SeeDoctor,
        (Timing::During, _) => Tier::Therapist,
        // Sharp pain, or numbness that stays after the massage, is a doctor's question.
        (_, Pain::Sharp | Pain::Tingling) => Tier::SeeDoctor,
        (Timing::After, _) if is_gentle(part) => Tier::Therapist,
        _ => Tier::SelfCare,
    }
}

/// Warning signs ticked: a small set, so the journey stays `Copy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signs(u16);

impl Signs {
    pub const NONE: Signs = Signs(0);
    pub fn of(signs: &[Sign]) -> Signs {
        signs.iter().fold(Signs::NONE, |set, &sign| set.with(sign))
    }
    pub fn has(self, sign: Sign) -> bool {
        self.0 & (1 << sign.index()) != 0
    }
    pub fn with(self, sign: Sign) -> Signs {
        Signs(self.0 | 1 << sign.index())
    }
    pub fn toggled(self, sign: Sign) -> Signs {
        Signs(self.0 ^ 1 << sign.index())
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The ticked signs in the order they are asked (most urgent first).
    pub fn iter(self) -> impl Iterator<Item = Sign> {
        Sign::ALL
            .iter()
            .copied()
            .filter(move |sign| self.has(*sign))
    }
}

/// What one answer is and may show, decided by the rules alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub tier: Tier,
    /// The likely cause for the place × feeling (also reported in `answer-show`, signs never).
    pub cause: Cause,
    pub also: Vec<Cause>,
    /// The signs that count: those ticked, plus the clot sign when the feeling is "swollen".
    pub signs: Signs,
    /// Cause and "why": not on emergency or urgent answers, which say one thing only.
    pub explains: bool,
    /// The place's note for this feeling: with the cause, or on an urgent answer when the place
    /// and feeling alone make it urgent (a swollen leg, a possible tear), to say why.
    pub note: bool,
    /// Self-care tips.
    pub self_care: bool,
    /// "Soreness like this is usual": only after a massage, away from danger zones and joints.
    pub usual: bool,
    /// The booking link: hidden whenever the answer says no massage (see a doctor or worse).
    pub book: bool,
    /// Pain during the massage: tell the therapist now.
    pub during: bool,
}

pub fn outcome(part: Part, pain: Pain, timing: Timing, ticked: Signs) -> Outcome {
    let signs = if pain == Pain::Swollen {
        ticked.with(Sign::Clot)
    } else {
        ticked
    };
    // Tiers are ordered most urgent first: the answer takes the most urgent of all that apply,
    // so ticking one more sign can never lower it.
    let base = base_tier(part, pain, timing);
    let tier = signs
        .iter()
        .map(|sign| sign_tier(sign, part, timing))
        .fold(base, Tier::min);
    let entry = table::entry(part, pain);
    let calm = tier >= Tier::Therapist;
    Outcome {
        tier,
        cause: entry.cause,
        also: entry.also,
        signs,
        explains: tier > Tier::Urgent,
        note: tier > Tier::Urgent
            || (base <= Tier::Urgent && (tier == Tier::Urgent || pain == Pain::Swollen)),
        self_care: calm,
        usual: tier == Tier::SelfCare
            && timing == Timing::After
            && !is_gentle(part)
            && matches!(
                pain,
                Pain::Ache | Pain::SoreAfter | Pain::Knot | Pain::Tight
            ),
        book: calm,
        during: timing == Timing::During && calm,
    }
}
