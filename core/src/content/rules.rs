//! The safety rules: which warning signs are asked where, the tier each one sets, and what an
//! answer may show for a place × feeling × timing × signs. One pure function, [`outcome`], decides;
//! components only render what it says. `docs/safety.md` is this file as a table for a clinician,
//! and `tests/rules.rs` sweeps every input through it.

use super::ids::{Cause, Fact, Pain, Part, Sign, Tier, Timing};
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
/// Big muscles where a crush injury of muscle (rhabdomyolysis) hurts, after very hard exercise or
/// a very deep massage.
pub const BIG_MUSCLES: [Part; 6] = [
    Part::ThighFront,
    Part::InnerThigh,
    Part::OuterThigh,
    Part::Buttock,
    Part::ThighBack,
    Part::Calf,
];
/// Where a broken hip hurts: the groin, the outer hip, the buttock, and often the thigh or knee.
pub const HIP_PARTS: [Part; 6] = [
    Part::Hip,
    Part::ThighFront,
    Part::InnerThigh,
    Part::OuterThigh,
    Part::Knee,
    Part::Buttock,
];
/// Joints where a hot, swollen joint with a fever may be an infection in the joint (an infected
/// hip seldom looks swollen: it is asked there too).
pub const SEPTIC_JOINTS: [Part; 4] = [Part::Hip, Part::Knee, Part::Ankle, Part::FootTop];
/// Where a tendon or muscle snaps "as if kicked": the Achilles and the calf.
/// (The ankle too: a torn Achilles is often tapped there.)
pub const KICK_PARTS: [Part; 3] = [Part::Achilles, Part::Calf, Part::Ankle];
/// The sciatic nerve's path down the leg, where a foot that starts to drag is felt as leg pain.
pub const NERVE_PATH: [Part; 4] = [Part::Buttock, Part::ThighBack, Part::OuterThigh, Part::Calf];
/// The foot, where a diabetic foot wound shows.
pub const FEET: [Part; 2] = [Part::FootTop, Part::Sole];
/// Muscles where knots, tightness and aches that last are what massage is for: the NHS sends
/// muscle pain to a GP when it is not better in 1–2 weeks, so more than two days is not yet a
/// doctor's question here (the calf stays one: cramping pain in one calf can be a clot).
pub const LASTING_MUSCLES: [Part; 5] = [
    Part::ThighFront,
    Part::OuterThigh,
    Part::Buttock,
    Part::ThighBack,
    Part::Sole,
];

/// A danger zone, a joint/tendon or bone under the skin: pressure stays light, soreness is never
/// "usual".
pub fn is_gentle(part: Part) -> bool {
    DANGER_ZONES.contains(&part) || JOINTS_TENDONS.contains(&part) || BONY.contains(&part)
}

/// Is `sign` asked for this place and feeling? The emergency signs that can concern any place
/// are asked everywhere (a saddle numbness or a cold foot do not depend on where the leg hurts).
/// A swollen leg is already urgent, so there only emergency signs are asked. At most ten signs
/// anywhere: a phone shows them without a long scroll (the rules test checks it).
pub fn asks(part: Part, pain: Pain, sign: Sign) -> bool {
    match sign {
        Sign::Breathless | Sign::NerveSudden | Sign::ColdFoot => true,
        Sign::Compartment => COMPARTMENT_PARTS.contains(&part),
        Sign::Sepsis => {
            pain == Pain::Swollen
                || (SEPTIC_JOINTS.contains(&part) && matches!(pain, Pain::Ache | Pain::Sharp))
        }
        Sign::DarkPee => {
            BIG_MUSCLES.contains(&part)
                && matches!(
                    pain,
                    Pain::Ache | Pain::SoreAfter | Pain::Cramp | Pain::Swollen
                )
        }
        Sign::Fall => {
            HIP_PARTS.contains(&part) && matches!(pain, Pain::Sharp | Pain::Ache | Pain::Swollen)
        }
        _ if pain == Pain::Swollen => false,
        Sign::Clot => !matches!(part, Part::Buttock | Part::FootTop | Part::Sole),
        Sign::Redness | Sign::Worse => true,
        // A foot that drags comes with sciatica (buttock, back and outer thigh, calf) or a
        // pressed nerve at the knee (shin, top of the foot), whatever the pain is called.
        Sign::FootDrop => {
            matches!(pain, Pain::Tingling | Pain::Sharp)
                || matches!(part, Part::Shin | Part::FootTop)
                || (NERVE_PATH.contains(&part)
                    && matches!(pain, Pain::Ache | Pain::Tight | Pain::Knot | Pain::Cramp))
        }
        // At the calf a break is a shin bone's (asked there); a calf that snaps is `Kicked`.
        Sign::Fracture => pain != Pain::Tingling && (part != Part::Calf || pain == Pain::Sharp),
        // A rupture many still walk on, whatever the visitor calls the feeling.
        Sign::Kicked => KICK_PARTS.contains(&part) && pain != Pain::Tingling,
        // A bruise is sore and tender.
        Sign::Bruise => pain == Pain::SoreAfter,
        Sign::DiabeticFoot => FEET.contains(&part),
    }
}

/// The tier one ticked sign sets on its own, wherever it is asked.
pub const fn sign_tier(sign: Sign) -> Tier {
    match sign {
        Sign::Breathless
        | Sign::NerveSudden
        | Sign::ColdFoot
        | Sign::Compartment
        | Sign::Sepsis
        | Sign::DarkPee
        | Sign::Fall => Tier::Emergency,
        Sign::Clot
        | Sign::Redness
        | Sign::FootDrop
        | Sign::Fracture
        | Sign::Kicked
        | Sign::Bruise
        | Sign::DiabeticFoot => Tier::Urgent,
        Sign::Worse => Tier::SeeDoctor,
    }
}

/// A strong, time-limited clot risk (surgery, bed rest, a baby, a long journey, a past clot,
/// cancer treatment). The pill or HRT and blood thinners are cautions for the therapist only.
pub const fn is_clot_risk(fact: Fact) -> bool {
    !matches!(fact, Fact::Hormones | Fact::BloodThinners)
}

/// The tier a strong clot risk sets (one or several: the same). A risk is a fact, not a symptom:
/// where clots form it makes new pain a doctor's question — the same day when the pain did not
/// follow a massage or is lasting, within days when it started after one, the therapist's
/// caution when it is the pressure of a massage. Elsewhere, a caution for the therapist.
pub fn risk_tier(part: Part, timing: Timing) -> Tier {
    match timing {
        _ if !CLOT_PARTS.contains(&part) => Tier::Therapist,
        Timing::During => Tier::Therapist,
        Timing::After => Tier::SeeDoctor,
        Timing::Lasting | Timing::Unrelated => Tier::Urgent,
    }
}

/// The tier of a place × feeling × timing before any sign is counted.
pub fn base_tier(part: Part, pain: Pain, timing: Timing) -> Tier {
    match (pain, timing) {
        (Pain::Swollen, _) => Tier::Urgent,
        // Bone under the skin that hurts when pressed may be a stress fracture.
        (Pain::Sharp, Timing::During) if part == Part::Shin => Tier::SeeDoctor,
        // A twinge under the therapist's thumb: easing the pressure is the fix (the card says to
        // see a doctor if it still hurts after the massage).
        (Pain::Sharp, Timing::During) => Tier::Therapist,
        // As if kicked: an Achilles rupture (many still walk on it), or a torn calf muscle out of
        // the blue.
        (Pain::Sharp, _) if part == Part::Achilles => Tier::Urgent,
        (Pain::Sharp, Timing::Unrelated) if part == Part::Calf => Tier::Urgent,
        (Pain::Sharp, _) => Tier::SeeDoctor,
        // Tingling from pressure that should pass within a day (the card says so).
        (Pain::Tingling, Timing::During | Timing::After) => Tier::Therapist,
        (Pain::Tingling, _) => Tier::SeeDoctor,
        (_, Timing::Lasting) if LASTING_MUSCLES.contains(&part) => Tier::Therapist,
        // A new lump behind the knee (a cyst, a swollen artery, a clot) is a doctor's question.
        (Pain::Knot, Timing::Unrelated) if part == Part::KneeBack => Tier::SeeDoctor,
        (_, Timing::Lasting) => Tier::SeeDoctor,
        (_, Timing::During) => Tier::Therapist,
        (_, Timing::After) if is_gentle(part) => Tier::Therapist,
        _ => Tier::SelfCare,
    }
}

/// Declares a small set of ids as a bit set, so the journey stays `Copy`.
macro_rules! id_set {
    ($(#[$doc:meta])* $name:ident [$id:ty]) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name(u16);

        impl $name {
            pub const NONE: $name = $name(0);
            #[inline]
            pub fn of(items: &[$id]) -> $name {
                items.iter().fold($name::NONE, |set, &item| set.with(item))
            }
            #[inline]
            pub fn has(self, item: $id) -> bool {
                self.0 & (1 << item.index()) != 0
            }
            #[inline]
            pub fn with(self, item: $id) -> $name {
                $name(self.0 | 1 << item.index())
            }
            #[inline]
            pub fn toggled(self, item: $id) -> $name {
                $name(self.0 ^ 1 << item.index())
            }
            #[inline]
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
            /// The items in the order they are asked.
            #[inline]
            pub fn iter(self) -> impl Iterator<Item = $id> {
                <$id>::ALL.iter().copied().filter(move |item| self.has(*item))
            }
        }
    };
}
id_set!(
    /// Warning signs ticked (yes or not sure).
    SignSet[Sign]
);
id_set!(
    /// Health facts ticked (yes).
    FactSet[Fact]
);

/// The line that says when to see a doctor after all: every calm card has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Net {
    /// Muscles where lasting aches are what massage is for: not better in 2 weeks, worse, at night.
    Weeks,
    /// Elsewhere (joints, danger zones, the shin, the calf): not better in 2–3 days, worse, at night.
    Days,
    /// Tingling that has not gone by tomorrow, spreads, or comes with a weak foot.
    Tingling,
    /// A sharp pain during the massage that still hurts after it.
    During,
}

/// What one answer is and may show, decided by the rules alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub tier: Tier,
    /// The likely cause for the place × feeling, fitted to the timing and the tier (also reported
    /// in `answer-show`; signs and facts never).
    pub cause: Cause,
    pub also: Vec<Cause>,
    /// The signs that count: those ticked, plus the clot sign when the feeling is "swollen".
    pub signs: SignSet,
    /// Cause and "why": not on emergency or urgent answers, which say one thing only.
    pub explains: bool,
    /// The place's note for this feeling: with the cause, or on an urgent answer when the place
    /// and feeling alone make it urgent (a swollen leg, a possible tear), to say why.
    pub note: bool,
    /// A calm card (therapist or self-care): self-care tips, the booking link, "Tell your
    /// therapist" with advice. Otherwise "Show this to the doctor", and no massage.
    pub calm: bool,
    /// "Soreness like this is usual": only after a massage, away from danger zones and joints.
    pub usual: bool,
    /// "Soreness after a massage usually fades in a day or two": calm muscle soreness during or
    /// after a massage, away from danger zones, joints and bone (their net says 2–3 days).
    pub fades: bool,
    /// When to see a doctor after all: on every calm card.
    pub net: Option<Net>,
    /// Pain during the massage: tell the therapist now.
    pub during: bool,
}

/// The signs that count: those ticked, plus the clot sign when the feeling is "swollen".
fn counted(pain: Pain, ticked: SignSet) -> SignSet {
    if pain == Pain::Swollen {
        ticked.with(Sign::Clot)
    } else {
        ticked
    }
}

/// The tier alone (the journey asks it to skip the facts after an emergency).
pub fn tier(part: Part, pain: Pain, timing: Timing, ticked: SignSet, facts: FactSet) -> Tier {
    // Tiers are ordered most urgent first: the answer takes the most urgent of all that apply,
    // so ticking one more sign or fact can never lower it.
    let risk = if facts.iter().any(is_clot_risk) {
        risk_tier(part, timing)
    } else {
        Tier::SelfCare
    };
    let base = base_tier(part, pain, timing).min(risk);
    counted(pain, ticked)
        .iter()
        .map(sign_tier)
        .fold(base, Tier::min)
}

pub fn outcome(part: Part, pain: Pain, timing: Timing, ticked: SignSet, facts: FactSet) -> Outcome {
    raised(part, pain, timing, ticked, facts, Tier::SelfCare)
}

/// [`outcome`] at `floor` or more urgent: a place of a drawing that the drawing as a whole (a
/// severe rating, a pattern, another place) makes more urgent says so in every part of its card.
pub fn raised(
    part: Part,
    pain: Pain,
    timing: Timing,
    ticked: SignSet,
    facts: FactSet,
    floor: Tier,
) -> Outcome {
    let signs = counted(pain, ticked);
    let base = base_tier(part, pain, timing);
    let tier = tier(part, pain, timing, ticked, facts).min(floor);
    let calm = tier >= Tier::Therapist;
    let entry = table::entry(part, pain, timing, calm);
    let muscle_soreness = matches!(
        pain,
        Pain::Ache | Pain::SoreAfter | Pain::Knot | Pain::Tight | Pain::Cramp
    );
    Outcome {
        tier,
        cause: entry.cause,
        also: entry.also,
        signs,
        explains: tier > Tier::Urgent,
        // Not where the note would tell another story than the card: a strain or sprain note on a
        // twinge during a massage that the card calls the therapist's, or a note about massage
        // pressure on an ache that did not follow one.
        note: (tier > Tier::Urgent
            || (base <= Tier::Urgent && (tier == Tier::Urgent || pain == Pain::Swollen)))
            && !(calm && pain == Pain::Sharp && timing == Timing::During)
            && !(matches!(pain, Pain::Ache | Pain::SoreAfter)
                && matches!(timing, Timing::Unrelated | Timing::Lasting)),
        calm,
        usual: tier == Tier::SelfCare
            && timing == Timing::After
            && !is_gentle(part)
            && muscle_soreness
            && pain != Pain::Cramp,
        fades: calm
            && muscle_soreness
            && !is_gentle(part)
            && matches!(timing, Timing::During | Timing::After),
        net: calm.then_some(match (pain, timing) {
            (Pain::Tingling, _) => Net::Tingling,
            (Pain::Sharp, Timing::During) => Net::During,
            _ if LASTING_MUSCLES.contains(&part) => Net::Weeks,
            _ => Net::Days,
        }),
        during: timing == Timing::During && calm,
    }
}
