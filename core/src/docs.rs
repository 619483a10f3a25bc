//! What the sweep covers and the rules as a clinician reads them: the inputs the safety sweep
//! walks (`core/tests/rules.rs`) and the tables of `docs/safety.md`, generated here and checked
//! fresh by `core/tests/docs.rs` (`UPDATE_DOCS=1 cargo test -p lpm-core --test docs` rewrites
//! them). Native only: nothing here reaches the phone.

use std::collections::BTreeMap;

use crate::content::rules::{
    asks, base_tier, is_clot_risk, outcome, risk_tier, sign_tier, FactSet, SignSet, CLOT_PARTS,
};
use crate::content::{Fact, Lang, Pain, Part, Sign, Tier, Timing};

/// The signs asked at a place × feeling.
pub fn asked(part: Part, pain: Pain) -> Vec<Sign> {
    Sign::ALL
        .iter()
        .copied()
        .filter(|s| asks(part, pain, *s))
        .collect()
}

/// Every set of the signs asked at a place × feeling.
pub fn every_set(part: Part, pain: Pain) -> impl Iterator<Item = SignSet> {
    let asked = asked(part, pain);
    (0u32..1 << asked.len()).map(move |bits| {
        SignSet::of(
            &asked
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & 1 << i != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>(),
        )
    })
}

/// Facts matter only as "a strong clot risk or not" and as cautions: none, each caution alone,
/// one strong risk, and all of them.
pub fn fact_sets() -> [FactSet; 5] {
    [
        FactSet::NONE,
        FactSet::of(&[Fact::Hormones]),
        FactSet::of(&[Fact::BloodThinners]),
        FactSet::of(&[Fact::Journey]),
        FactSet::of(Fact::ALL),
    ]
}

pub fn every_input() -> impl Iterator<Item = (Part, Pain, Timing)> {
    Part::ALL.iter().flat_map(|&part| {
        Pain::ALL
            .iter()
            .flat_map(move |&pain| Timing::ALL.iter().map(move |&timing| (part, pain, timing)))
    })
}

/// How the inputs land with no sign and no fact.
pub fn no_sign_counts() -> BTreeMap<Tier, usize> {
    let mut counts: BTreeMap<Tier, usize> = BTreeMap::new();
    for (part, pain, timing) in every_input() {
        *counts
            .entry(outcome(part, pain, timing, SignSet::NONE, FactSet::NONE).tier)
            .or_default() += 1;
    }
    counts
}

/// One table cell: the tier that applies most widely "elsewhere", the others with where they apply.
fn where_tiers(by_tier: &BTreeMap<Tier, Vec<String>>) -> String {
    if by_tier.len() == 1 {
        return by_tier.keys().next().unwrap().id().to_owned();
    }
    let common = by_tier
        .iter()
        .max_by_key(|(_, places)| places.len())
        .map(|(t, _)| *t)
        .unwrap();
    by_tier
        .iter()
        .map(|(t, places)| {
            if *t == common {
                format!("{} elsewhere", t.id())
            } else {
                format!("{} at {}", t.id(), places.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where a sign is asked, in words: places grouped by the feelings it is asked for there.
fn asked_at(sign: Sign) -> String {
    let mut groups: Vec<(Vec<Pain>, Vec<&str>)> = Vec::new();
    for &part in Part::ALL {
        let pains: Vec<Pain> = Pain::ALL
            .iter()
            .copied()
            .filter(|&p| asks(part, p, sign))
            .collect();
        if pains.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(p, _)| *p == pains) {
            Some((_, parts)) => parts.push(part.id()),
            None => groups.push((pains, vec![part.id()])),
        }
    }
    groups
        .iter()
        .map(|(pains, parts)| {
            let places = if parts.len() == Part::COUNT {
                "every place".to_owned()
            } else {
                parts.join(", ")
            };
            let missing: Vec<&str> = Pain::ALL
                .iter()
                .filter(|p| !pains.contains(p))
                .map(|p| p.id())
                .collect();
            match missing.len() {
                0 => places,
                n if n <= 3 => format!("{places} (not for {})", missing.join(", ")),
                _ => format!(
                    "{places} (for {})",
                    pains.iter().map(|p| p.id()).collect::<Vec<_>>().join(", ")
                ),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The generated part of `docs/safety.md`: the signs, the facts, the clot-risk and base tables,
/// the counts and what each tier may show.
pub fn safety_md(en: &Lang) -> String {
    let mut md = String::from(
        "**Warning signs** (yes, or not sure), most urgent first; *asked at* lists the places and, \
         where it is not every feeling, which feelings.\n\n\
         | sign (title — the lines under it) | asked at | tier it sets |\n|---|---|---|\n",
    );
    for &sign in Sign::ALL {
        let mut at = asked_at(sign);
        if sign == Sign::Clot {
            at += "; counts as ticked for *swollen* everywhere";
        }
        md += &format!(
            "| `{}`: **{}** — {} | {} | **{}** |\n",
            sign.id(),
            en.signs[sign].title,
            en.signs[sign].text,
            at,
            sign_tier(sign).id()
        );
    }
    md += "\n**Health facts** (yes only, asked after the signs unless a sign already makes it an \
           emergency; every place):\n\n| fact | what it changes | caution on calm cards |\n|---|---|---|\n";
    for &fact in Fact::ALL {
        let changes = if is_clot_risk(fact) {
            "strong clot risk: the tier in the next table"
        } else {
            "a caution only: the tier never moves"
        };
        md += &format!(
            "| `{}`: {} | {} | {} |\n",
            fact.id(),
            en.facts[fact].title,
            changes,
            en.facts[fact].text
        );
    }
    md += "\n**A strong clot risk** (one or several), with no sign ticked: the tier is the more \
           urgent of this and the base table below.\n\n| place |";
    for t in Timing::ALL {
        md += &format!(" {} |", en.timings[*t].label);
    }
    md += "\n|---|---|---|---|---|\n";
    let clot_parts: Vec<&str> = CLOT_PARTS.iter().map(|p| p.id()).collect();
    for (label, part) in [
        (clot_parts.join(", "), CLOT_PARTS[0]),
        ("elsewhere".to_owned(), Part::Knee),
    ] {
        md += &format!("| {label} |");
        for &timing in Timing::ALL {
            md += &format!(" {} |", risk_tier(part, timing).id());
        }
        md += "\n";
    }
    md += "\n**Base tier** (place × feeling × timing, no sign, no fact):\n\n| feeling \\ timing |";
    for t in Timing::ALL {
        md += &format!(" {} |", en.timings[*t].label);
    }
    md += "\n|---|---|---|---|---|\n";
    for &pain in Pain::ALL {
        md += &format!("| {} |", en.pains[pain].label);
        for &timing in Timing::ALL {
            let mut by_tier: BTreeMap<Tier, Vec<String>> = BTreeMap::new();
            for &part in Part::ALL {
                by_tier
                    .entry(base_tier(part, pain, timing))
                    .or_default()
                    .push(part.id().to_owned());
            }
            md += &format!(" {} |", where_tiers(&by_tier));
        }
        md += "\n";
    }
    let counts = no_sign_counts();
    md += &format!(
        "\nWith no sign and no fact, the {} place × feeling × timing inputs land: {} \
         (doctor or above: {}). The rules test pins these figures.\n",
        every_input().count(),
        Tier::ALL
            .iter()
            .map(|t| format!("{} {}", t.id(), counts.get(t).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", "),
        counts
            .iter()
            .filter(|(t, _)| **t <= Tier::SeeDoctor)
            .map(|(_, n)| n)
            .sum::<usize>()
    );
    md += "\n| tier | shown first | cause, note, why | self-care tips, booking link, \"Tell your therapist\" | safety net | \"usual soreness\" line | emergency call link |\n|---|---|---|---|---|---|---|\n";
    // One pass over every input: for each tier, whether each part of a card is shown on all,
    // some or none of the outcomes that land there.
    type Shows = [(bool, bool); 4];
    let mut shows: BTreeMap<Tier, Shows> = BTreeMap::new();
    for (part, pain, timing) in every_input() {
        for signs in every_set(part, pain) {
            for facts in fact_sets() {
                let o = outcome(part, pain, timing, signs, facts);
                let flags = [o.explains, o.calm, o.net.is_some(), o.usual];
                let seen = shows.entry(o.tier).or_insert([(true, false); 4]);
                for (seen, flag) in seen.iter_mut().zip(flags) {
                    *seen = (seen.0 && flag, seen.1 || flag);
                }
            }
        }
    }
    for &tier in Tier::ALL {
        let seen = shows.get(&tier).copied().unwrap_or([(false, false); 4]);
        let yes = |i: usize| match seen[i] {
            (true, _) => "always",
            (false, true) => "some",
            _ => "never",
        };
        md += &format!(
            "| `{}` | {} — {} | {} | {} | {} | {} | {} |\n",
            tier.id(),
            en.tiers[tier].title,
            en.tiers[tier].text,
            yes(0),
            yes(1),
            yes(2),
            yes(3),
            if tier == Tier::Emergency {
                "always (when the spa set `emergency-number`; else the words)"
            } else {
                "never"
            },
        );
    }
    md += &format!(
        "\nThe safety nets, one on every calm card: *{}* at {}; *{}* elsewhere (where more than two days is already a doctor's question); *{}* for tingling; *{}* for a sharp pain during a massage.\n",
        en.ui.net_weeks,
        crate::content::rules::LASTING_MUSCLES.map(|p| p.id()).join(", "),
        en.ui.net_days,
        en.ui.net_tingling,
        en.ui.net_during
    );
    md += &drawing_md(en);
    md
}

/// The rules for several places (`crate::drawing`), as the clinician's review of 2026-12-05
/// settled them.
fn drawing_md(en: &Lang) -> String {
    use crate::drawing::{
        pattern_tier, rating_tier, Pattern, MAX_PLACES, NERVE_ROOT_FEELINGS, NERVE_ROOT_PATH,
        SEVERE, SEVERE_FEELINGS,
    };
    let ids = |items: &[&str]| items.join(", ");
    let parts = |parts: &[Part]| ids(&parts.iter().map(|p| p.id()).collect::<Vec<_>>());
    let pains = |pains: &[Pain]| ids(&pains.iter().map(|p| p.id()).collect::<Vec<_>>());
    let mut md = format!(
        "\n**Several places** (a pain drawing: up to {MAX_PLACES} places, each with a feeling and a \
         rating 1–10 at its worst; the signs and facts are asked once, the signs being those any \
         place asks). Each place is decided by the tables above with its own timing (one answer for \
         all, unless a place did not start with the others); the drawing's tier is the most urgent \
         of its places and of the rows below, every place's part of the card is told at that tier, \
         and the answer names every place (and the pattern) that reached it. Adding a place or \
         raising a rating never lowers it (`core/tests/drawing.rs`: every pair of places × timing × \
         no sign and each sign asked at either, every place × rating × timing, and random \
         drawings).\n\n| rule | when |"
    );
    for t in Timing::ALL {
        md += &format!(" {} |", en.timings[*t].label);
    }
    md += "\n|---|---|---|---|---|---|\n";
    md += &format!(
        "| rated {SEVERE}–10 | a place that is {} (not cramp: cramps are that bad and usually harmless) |",
        pains(&SEVERE_FEELINGS)
    );
    for &t in Timing::ALL {
        md += &format!(" {} |", rating_tier(Pain::Knot, SEVERE, t).id());
    }
    md += &format!(
        "\n| travels down one leg (if pain or tingling runs down it, it may come from a pressed or \
         irritated nerve in the lower back: sciatica) | one side, places on two or more of [{}], \
         each {}; one of them tingling, or sharp with the buttock marked |",
        NERVE_ROOT_PATH.map(parts).join("] → ["),
        pains(&NERVE_ROOT_FEELINGS),
    );
    for &t in Timing::ALL {
        md += &format!(
            " {} |",
            pattern_tier(Pattern::TravelsDown(crate::content::Side::Left), t).id()
        );
    }
    md += "\n| travels down both legs (a serious back problem must be ruled out; the saddle-numbness \
           sign makes any of them an emergency) | the row above on each leg |";
    for &t in Timing::ALL {
        md += &format!(" {} |", pattern_tier(Pattern::TravelsDownBoth, t).id());
    }
    md +=
        "\n| the same place on both legs, otherwise (symmetric soreness after exercise is common; \
           both legs swollen stays urgent) | | — | — | — | — |\n\n\
           A pattern's tier is read with the most urgent timing of the places that make it. Not a \
           rule, on purpose: the hip with the knee (hip problems are often felt in the knee: one \
           line, no tier; `fall` covers the emergency) and the calf with the back of the knee (a \
           lump there is already see-doctor, swelling urgent, and `clot` is asked).\n";
    md
}
