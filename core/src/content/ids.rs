//! Every id the widget knows. Ids are the public contract: they appear in URL hashes, in the
//! events a host page receives and as keys in content JSON, so they never change once shipped.

/// Where `id` is in `ids`: one search for every id type, not a copy per type on the phone.
pub fn index_of(ids: &[&str], id: &str) -> Option<usize> {
    ids.iter().position(|&known| known == id)
}

macro_rules! ids {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The ids, in [`Self::ALL`]'s order.
            pub const IDS: &'static [&'static str] = &[$($id),*];
            pub const COUNT: usize = Self::ALL.len();
            #[inline]
            pub const fn id(self) -> &'static str {
                Self::IDS[self as usize]
            }
            #[inline]
            pub fn from_id(id: &str) -> Option<Self> {
                index_of(Self::IDS, id).map(|i| Self::ALL[i])
            }
            #[inline]
            pub const fn index(self) -> usize { self as usize }
        }
    };
}

ids!(
    /// Which leg, from the visitor's own point of view.
    Side { Left = "left", Right = "right" }
);
ids!(
    /// Which way the drawing faces: the front view shows the person facing you.
    View { Front = "front", Back = "back" }
);
// The enum is declared by the `ids!` macro, which has no `#[default]` to give.
#[allow(clippy::derivable_impls)]
impl Default for View {
    fn default() -> Self {
        View::Front
    }
}
/// Declares [`Part`] and, at compile time, every region's id (`left-calf`), so ids cost the
/// phone no formatting.
macro_rules! parts {
    ($($variant:ident = $id:literal),* $(,)?) => {
        ids!(
            /// A part of one leg. Each exists on both legs; each belongs to exactly one view.
            Part { $($variant = $id),* }
        );
        /// Region ids by side, then part.
        const REGION_IDS: [&[&str]; 2] = [&[$(concat!("left-", $id)),*], &[$(concat!("right-", $id)),*]];
    };
}

parts!(
    Hip = "hip",
    ThighFront = "thigh-front",
    InnerThigh = "inner-thigh",
    OuterThigh = "outer-thigh",
    Knee = "knee",
    Shin = "shin",
    Ankle = "ankle",
    FootTop = "foot-top",
    Buttock = "buttock",
    ThighBack = "thigh-back",
    KneeBack = "knee-back",
    Calf = "calf",
    Achilles = "achilles",
    Sole = "sole",
);
ids!(
    /// What the pain feels like.
    Pain {
        Knot = "knot",
        Tight = "tight",
        Ache = "ache",
        SoreAfter = "sore-after",
        Sharp = "sharp",
        Cramp = "cramp",
        Tingling = "tingling",
        // Counts as the clot sign ticked: such an answer is at least urgent.
        Swollen = "swollen",
    }
);
ids!(
    /// When the pain started. The seed's rule lives here: soreness after a deep massage fades
    /// in a day or two; longer or worse needs a doctor; pain during a massage is for the therapist now.
    Timing {
        During = "during",
        After = "after",
        Lasting = "lasting",
        Unrelated = "unrelated",
    }
);
ids!(
    /// Warning signs asked before any answer (yes, or not sure), most urgent first. Which apply
    /// where, and the tier each one sets, live in `content::rules`, never in the words. Retired
    /// ids (`nerve`, `infection`, `injury`, `clot-risk`: each mixed urgencies) are never reused,
    /// so a spa's words for one can never land on a sign that means something else.
    Sign {
        Breathless = "breathless",
        NerveSudden = "nerve-sudden",
        ColdFoot = "cold-foot",
        Compartment = "compartment",
        Sepsis = "sepsis",
        DarkPee = "dark-pee",
        Fall = "fall",
        Clot = "clot",
        Redness = "redness",
        FootDrop = "foot-drop",
        Fracture = "fracture",
        Kicked = "kicked",
        Bruise = "bruise",
        DiabeticFoot = "diabetic-foot",
        Worse = "worse",
    }
);
ids!(
    /// Health facts, asked after the warning signs as plain yes/no (never "not sure"): risk
    /// factors are facts about the visitor, not symptoms. The first six are the strong, time-limited
    /// clot risks; the last two are cautions for the therapist only.
    Fact {
        Surgery = "surgery",
        BedRest = "bed-rest",
        Pregnancy = "pregnancy",
        Journey = "long-journey",
        PastClot = "past-clot",
        Cancer = "cancer",
        Hormones = "hormones",
        BloodThinners = "blood-thinners",
    }
);
ids!(
    /// One outcome per answer, most urgent first (so `min` of two tiers is the more urgent).
    Tier {
        Emergency = "emergency",
        Urgent = "urgent",
        SeeDoctor = "see-doctor",
        Therapist = "therapist",
        SelfCare = "self-care",
    }
);
ids!(
    /// Likely causes: the seed article's five, plus nerve irritation and cramp.
    Cause {
        Knots = "knots",
        Fascia = "fascia",
        DeepPressure = "deep-pressure",
        Injury = "injury",
        Sensitivity = "sensitivity",
        Nerve = "nerve",
        Cramp = "cramp",
        // Tendons and joints (Achilles, ankle, knee, top of the foot): never "fascia around muscles".
        Tendon = "tendon",
        // Pain that did not follow a massage: sport, a long walk, long days standing.
        Overuse = "overuse",
        // Several places down one leg along the sciatic nerve (a pain drawing): may be sciatica.
        TravelsDown = "travels-down",
    }
);
ids!(
    /// The fourteen questions of the seed article, answered under "Good to know".
    Faq {
        Worse = "worse",
        HowLong = "how-long",
        LongTerm = "long-term",
        DeepSore = "deep-sore",
        Cramps = "cramps",
        Risks = "risks",
        Injury = "injury",
        RestlessLegs = "restless-legs",
        Prevent = "prevent",
        SelfCare = "self-care",
        AlwaysHurts = "always-hurts",
        Exercise = "exercise",
        Underlying = "underlying",
        HowOften = "how-often",
        BeforeMassage = "before-massage",
    }
);

impl Part {
    #[inline]
    pub const fn view(self) -> View {
        match self {
            Part::Hip
            | Part::ThighFront
            | Part::InnerThigh
            | Part::OuterThigh
            | Part::Knee
            | Part::Shin
            | Part::Ankle
            | Part::FootTop => View::Front,
            _ => View::Back,
        }
    }
}

/// One tappable place: a part of the left or the right leg. Its id is `{side}-{part}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegionId {
    pub side: Side,
    pub part: Part,
}

impl RegionId {
    #[inline]
    pub const fn new(side: Side, part: Part) -> Self {
        Self { side, part }
    }
    #[inline]
    pub fn id(self) -> &'static str {
        REGION_IDS[self.side.index()][self.part.index()]
    }
    #[inline]
    pub fn from_id(id: &str) -> Option<Self> {
        let (side, part) = crate::text::cut(id, b'-')?;
        Some(Self::new(Side::from_id(side)?, Part::from_id(part)?))
    }
    #[inline]
    pub const fn view(self) -> View {
        self.part.view()
    }
    /// Every region, in the order a keyboard walks them: view by view, left leg then right.
    pub fn all() -> impl Iterator<Item = RegionId> {
        View::ALL.iter().flat_map(|&view| {
            Side::ALL.iter().flat_map(move |&side| {
                Part::ALL
                    .iter()
                    .filter(move |part| part.view() == view)
                    .map(move |&part| RegionId::new(side, part))
            })
        })
    }
}
