//! The content model: what the widget says, per language. The built-in files
//! (`content/en.json`, `content/es.json`) and a spa's override JSON share this one schema
//! (documented in `docs/content.md` and `docs/content.schema.json`).
//!
//! At run time the JSON arrives already parsed by the browser (`JSON.parse` costs no wasm bytes),
//! and [`crate::content::merge`] walks it into these structs. That walk is the only parser: the
//! built-in files and overrides go through the same code, so every problem is reported the same
//! way, with the field's path.

use super::ids::{Cause, Fact, Faq, Pain, Part, Sign, Tier, Timing};
use super::merge::{Link, SpaText};

/// Declares a content struct whose fields are all merged by name from JSON.
macro_rules! content_struct {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        // Eq lets `Rc<Lang>` compare by pointer first: props stay cheap to compare on every render.
        #[derive(Clone, Debug, Default)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(PartialEq, Eq, serde::Serialize, serde::Deserialize))]
        #[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields, default))]
        pub struct $name { $($(#[$fdoc])* pub $field: $ty),* }

        // On the phone words are only ever compared as props, where new words are a new `Rc`:
        // the same words are the same allocation. Field by field cost 2.5 KB of wasm.
        #[cfg(target_arch = "wasm32")]
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self, other)
            }
        }
        #[cfg(target_arch = "wasm32")]
        impl Eq for $name {}

        impl $crate::content::merge::Merge for $name {
            // A name → field table rather than a `match` on strings: one loop instead of a
            // comparison per field, which keeps the wasm small.
            fn merge(&mut self, json: &$crate::content::merge::Json, at: &mut $crate::content::merge::Walk) {
                let fields: &mut [(&str, &mut dyn $crate::content::merge::Merge)] =
                    &mut [$((stringify!($field), &mut self.$field)),*];
                at.fields(json, |key, value, at| match fields.iter_mut().find(|(name, _)| *name == key) {
                    Some((_, field)) => { field.merge(value, at); true }
                    None => false,
                });
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::content::merge::Fields for $name {
            fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
                $( $crate::content::merge::Fields::each_text(&self.$field, &format!("{}.{}", path, stringify!($field)), f); )*
            }
        }
    };
}

/// Declares a table keyed by an id enum: a JSON object whose keys must be that enum's ids.
macro_rules! id_table {
    ($(#[$doc:meta])* $name:ident [$id:ty] => $item:ty) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(pub Vec<$item>);

        impl Default for $name {
            fn default() -> Self { Self(vec![<$item>::default(); <$id>::COUNT]) }
        }
        impl std::ops::Index<$id> for $name {
            type Output = $item;
            fn index(&self, id: $id) -> &$item { &self.0[id.index()] }
        }
        impl std::ops::IndexMut<$id> for $name {
            fn index_mut(&mut self, id: $id) -> &mut $item { &mut self.0[id.index()] }
        }
        impl $crate::content::merge::Merge for $name {
            fn merge(&mut self, json: &$crate::content::merge::Json, at: &mut $crate::content::merge::Walk) {
                $crate::content::merge::merge_table(json, at, <$id>::IDS, &mut |i, value, at| self.0[i].merge(value, at));
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::content::merge::Fields for $name {
            fn each_text(&self, path: &str, f: &mut dyn FnMut(&str, &str)) {
                for id in <$id>::ALL {
                    self[*id].each_text(&format!("{}.{}", path, id.id()), f);
                }
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = s.serialize_map(Some(<$id>::COUNT))?;
                for id in <$id>::ALL { map.serialize_entry(id.id(), &self[*id])?; }
                map.end()
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error;
                let map = std::collections::BTreeMap::<String, $item>::deserialize(d)?;
                let mut table = Self::default();
                for (key, item) in map {
                    let id = <$id>::from_id(&key).ok_or_else(|| D::Error::custom(format!("unknown id `{key}`")))?;
                    table.0[id.index()] = item;
                }
                Ok(table)
            }
        }
    };
}

content_struct!(
    /// Every word of the interface itself. `{…}` marks are filled in by the widget.
    Ui {
        title: String,
        intro: String,
        disclaimer: String,
        step_where: String,
        step_feel: String,
        step_answer: String,
        front: String,
        back: String,
        view_switch: String,
        left: String,
        right: String,
        front_of_leg: String,
        back_of_leg: String,
        /// "{side} {region}, {view}", e.g. "Left calf, back of leg".
        region_label: String,
        region_list: String,
        choose_region: String,
        /// "Selected: {region}".
        selected: String,
        /// "{region}: {pain}. Started: {timing}. Warning signs: {signs}.", the therapist summary.
        summary: String,
        likely_cause: String,
        why: String,
        do_now: String,
        tell_therapist: String,
        also_consider: String,
        /// Labels what lies under the skin at the spot (muscles, tendons, ligaments).
        muscles: String,
        /// Labels the region's care note.
        caution: String,
        change_region: String,
        change_feeling: String,
        start_over: String,
        copy: String,
        copied: String,
        share: String,
        book: String,
        /// "Call {number} now."
        call_emergency: String,
        /// Used for {number} when the spa set no emergency number.
        emergency_number_default: String,
        good_to_know: String,
        /// "We suggest:", before a spa's recommended service.
        we_suggest: String,
        /// Shown by the entry script when the wasm cannot load; keeps the one safety line.
        load_failed: String,
        step_when: String,
        step_signs: String,
        /// "Tick any that are true, or that you are not sure about": not sure counts as yes.
        signs_intro: String,
        none_of_these: String,
        show_answer: String,
        you_told_us: String,
        /// The one quiet safety line on every card that is not an emergency; `{number}`.
        quiet_emergency: String,
        /// Said only where the rules allow "usual soreness" (never at danger zones or joints).
        usual_soreness: String,
        /// The seed's rule: soreness fades in a day or two; longer or worse needs a doctor.
        lasting_rule: String,
        /// For pain during a massage: tell the therapist now.
        during_now: String,
        /// Filled into `tiers.urgent.text` as `{service}`; a spa may name its own service.
        urgent_service: String,
        tell_doctor: String,
        /// "Before a deep leg massage, tell your therapist if…".
        before_massage: String,
        /// `{signs}` in the summary when none was ticked.
        no_signs: String,
        /// Beside the booking link: what the link carries.
        book_note: String,
        /// The disclaimer again, beside the outcome.
        disclaimer_short: String,
        /// The warning-signs step's second button, on to the health facts.
        next: String,
        /// The health-facts step's heading.
        step_facts: String,
        /// Facts, not symptoms: tick only what is true (not sure does not count here).
        facts_intro: String,
        /// Appended to the summary when facts were ticked: "Health facts: {facts}."
        summary_facts: String,
        /// Every calm card says when to see a doctor after all: not better in 2 weeks, worse,
        /// waking you at night.
        net_weeks: String,
        /// The same where more than two days is a doctor's question (joints, danger zones, shin,
        /// calf): not better in 2–3 days.
        net_days: String,
        /// Calm tingling: not gone by tomorrow, spreading, or a weak foot → a doctor.
        net_tingling: String,
        /// A sharp pain during a massage that still hurts after it → a doctor.
        net_during: String,
        /// The rating step: "How bad is it at its worst?" (1–10, no 0: a place chosen hurts).
        step_rate: String,
        /// The words under 1, 5 and 10.
        rating_low: String,
        rating_mid: String,
        rating_high: String,
        /// "{rating} out of 10": a place's accessible name and the list.
        out_of_ten: String,
        /// The rating step's button, and the answer's: another place on the drawing.
        add_place: String,
        /// Shown on the map while a place is being added.
        add_hint: String,
        /// Shown when the fifth place is marked.
        places_full: String,
        /// The list of places marked, under the map.
        your_places: String,
        change: String,
        remove: String,
        undo: String,
        /// Announced when a place is added: "Added: {region}".
        added: String,
        /// Shown (and announced) when a place is removed, beside Undo: "Removed: {region}".
        removed: String,
        /// The timing step's heading when several places are marked.
        step_when_many: String,
        /// Asked when several places are marked: one timing for all may not be true.
        same_time: String,
        same_yes: String,
        same_no: String,
        /// "{region}: when did it start?", per place when they started at different times.
        place_when: String,
        /// "{region}: {pain}, {rating}/10": one place in the list and the summary.
        place_item: String,
        /// "{places}. Started: {timing}. Warning signs: {signs}.", the summary of several places.
        summary_many: String,
        /// "Because of: {places}.": the places (and pattern) that set the answer's tier.
        set_by: String,
        /// Where a rating of 8–10 raised the tier: what the visitor said, not a finding.
        rated_severe: String,
        /// The pattern down both legs (NHS: sciatica on both sides), on its card.
        both_legs: String,
        /// Replaces the quiet line on a both-legs card: the saddle-numbness reminder; `{number}`.
        saddle_check: String,
        /// The picture of the drawing on the answer (hidden from screen readers: the text says it).
        picture: String,
    }
);

content_struct!(
    /// A part of the leg, named as a visitor would (side and view are added by `ui.region_label`).
    RegionText {
        /// Lower-case noun as it reads inside a sentence: "calf".
        name: String,
        muscles: String,
        /// What a therapist should be careful of here.
        caution: String,
    }
);

content_struct!(
    CauseText {
        title: String,
        why: String,
        /// At most five short tips.
        self_care: Vec<String>,
        tell_therapist: String,
    }
);

content_struct!(
    /// A label and a one-line description: feelings and timings.
    Choice {
        label: String,
        description: String,
    }
);

content_struct!(
    /// A warning sign (`title`: what makes it a red flag, in the summary too; `text`: 2–3 short
    /// lines), an outcome tier (shown first) or a health fact (`title`; `text`: the caution for
    /// the therapist).
    Titled {
        title: String,
        text: String,
    }
);

content_struct!(FaqText {
    q: String,
    a: String,
});

id_table!(Regions[Part] => RegionText);
id_table!(Pains[Pain] => Choice);
id_table!(Timings[Timing] => Choice);
id_table!(SignTexts[Sign] => Titled);
id_table!(FactTexts[Fact] => Titled);
id_table!(Tiers[Tier] => Titled);
id_table!(Causes[Cause] => CauseText);
id_table!(Faqs[Faq] => FaqText);

content_struct!(
    /// A spa's recommended service for a cause ("We suggest: Sports massage"), shown under calm
    /// answers only. Empty in the built-in words.
    Service {
        label: SpaText,
        /// An http(s) address or a path on the spa's site.
        url: Link,
    }
);
id_table!(
    /// One recommended service per cause, named in a spa's override JSON.
    Services[Cause] => Service
);
id_table!(
    /// What a feeling in one part of the leg usually means there.
    PainNotes[Pain] => String
);
id_table!(
    /// One note for every part × pain: the most specific sentence of the answer.
    Notes[Part] => PainNotes
);

content_struct!(
    /// Everything the widget says in one language.
    Lang {
        ui: Ui,
        regions: Regions,
        pains: Pains,
        timings: Timings,
        signs: SignTexts,
        facts: FactTexts,
        tiers: Tiers,
        causes: Causes,
        notes: Notes,
        faq: Faqs,
        services: Services,
    }
);
