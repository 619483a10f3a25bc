//! The journey state machine: every transition, the events derived from transitions, and every
//! kind of bad hash.
#![cfg(not(target_arch = "wasm32"))]
use leg_pain_map::content::rules::{FactSet, SignSet};
use leg_pain_map::content::{Cause, Fact, Pain, Part, RegionId, Side, Sign, Timing, View};
use leg_pain_map::embed::events::WidgetEvent;
use leg_pain_map::journey::Event;
use leg_pain_map::journey::{events, Action, Journey, Step};

const CALF: RegionId = RegionId::new(Side::Left, Part::Calf);
const SHIN: RegionId = RegionId::new(Side::Right, Part::Shin);

fn at_signs() -> Journey {
    Journey::start(View::Front)
        .next(Action::SelectRegion(CALF))
        .next(Action::SelectPain(Pain::Knot))
        .next(Action::SelectTiming(Timing::After))
}

fn at_answer() -> Journey {
    at_signs().next(Action::NoSigns).next(Action::NoFacts)
}

#[test]
fn place_feeling_timing_and_none_of_these_reach_an_answer() {
    let start = Journey::start(View::Front);
    assert_eq!(start.step(), Step::Where);
    let chose = start.next(Action::SelectRegion(CALF));
    assert_eq!(chose.step(), Step::Feel);
    assert_eq!(
        chose.view,
        View::Back,
        "choosing a back-of-leg region shows the back view"
    );
    let felt = chose.next(Action::SelectPain(Pain::Knot));
    assert_eq!(felt.step(), Step::When, "no answer before the timing");
    let timed = felt.next(Action::SelectTiming(Timing::During));
    assert_eq!(
        timed.step(),
        Step::Signs,
        "no answer before the warning signs"
    );
    let no_signs = timed.next(Action::NoSigns);
    assert_eq!(no_signs.step(), Step::Facts, "None of these is one tap");
    let answered = no_signs.next(Action::NoFacts);
    assert_eq!(answered.step(), Step::Answer, "and one more for the facts");
    assert_eq!(
        (answered.signs, answered.facts),
        (SignSet::NONE, FactSet::NONE)
    );
}

#[test]
fn signs_are_ticked_then_shown_and_can_change_on_the_answer() {
    let j = at_signs()
        .next(Action::ToggleSign(Sign::Clot))
        .next(Action::ToggleSign(Sign::Fracture));
    assert_eq!(j.step(), Step::Signs);
    assert_eq!(j.signs, SignSet::of(&[Sign::Clot, Sign::Fracture]));
    let j = j.next(Action::SignsDone);
    assert_eq!(j.step(), Step::Facts);
    let j = j
        .next(Action::ToggleFact(Fact::Pregnancy))
        .next(Action::ShowAnswer);
    assert_eq!(
        (j.step(), j.facts),
        (Step::Answer, FactSet::of(&[Fact::Pregnancy]))
    );
    let j = j.next(Action::ToggleSign(Sign::Fracture));
    assert_eq!(
        (j.step(), j.signs),
        (Step::Answer, SignSet::of(&[Sign::Clot]))
    );
    assert_eq!(
        j.next(Action::NoSigns).signs,
        SignSet::NONE,
        "None of these clears every tick"
    );
}

#[test]
fn nothing_skips_a_step() {
    let start = Journey::start(View::Front);
    assert_eq!(
        start.next(Action::SelectPain(Pain::Sharp)),
        start,
        "a feeling needs a place"
    );
    let placed = start.next(Action::SelectRegion(CALF));
    for action in [
        Action::SelectTiming(Timing::After),
        Action::ToggleSign(Sign::Clot),
        Action::NoSigns,
        Action::SignsDone,
        Action::ToggleFact(Fact::Surgery),
        Action::NoFacts,
        Action::ShowAnswer,
    ] {
        assert_eq!(
            placed.next(action.clone()),
            placed,
            "{action:?} needs a feeling first"
        );
    }
    let felt = placed.next(Action::SelectPain(Pain::Ache));
    for action in [
        Action::ToggleSign(Sign::Clot),
        Action::NoSigns,
        Action::SignsDone,
        Action::NoFacts,
        Action::ShowAnswer,
    ] {
        assert_eq!(
            felt.next(action.clone()).step(),
            Step::When,
            "{action:?} needs a timing first"
        );
    }
}

#[test]
fn switching_views_keeps_the_choice() {
    let j = at_answer().next(Action::ShowView(View::Front));
    assert_eq!(
        (j.view, j.region, j.pain, j.step()),
        (View::Front, Some(CALF), Some(Pain::Knot), Step::Answer)
    );
}

#[test]
fn a_new_place_or_feeling_asks_the_signs_again() {
    let ticked = at_signs()
        .next(Action::ToggleSign(Sign::Clot))
        .next(Action::SignsDone)
        .next(Action::ToggleFact(Fact::Surgery))
        .next(Action::ShowAnswer);
    let j = ticked.next(Action::ChangeRegion);
    assert_eq!(
        j.facts,
        FactSet::of(&[Fact::Surgery]),
        "facts are about the visitor: kept"
    );
    assert_eq!(j.step(), Step::Where);
    assert_eq!(
        (j.pain, j.timing, j.signs),
        (Some(Pain::Knot), Some(Timing::After), SignSet::NONE)
    );
    let j = j.next(Action::SelectRegion(SHIN));
    assert_eq!(
        j.step(),
        Step::Signs,
        "feeling and timing kept; signs asked for the new place"
    );
    assert_eq!(j.view, View::Front);

    let j = ticked.next(Action::ChangeFeeling);
    assert_eq!(
        (j.step(), j.region, j.signs),
        (Step::Feel, Some(CALF), SignSet::NONE)
    );
    assert_eq!(
        j.next(Action::SelectPain(Pain::Swollen)).step(),
        Step::Signs
    );

    let j = ticked.next(Action::SelectRegion(SHIN));
    assert_eq!(
        (j.step(), j.signs),
        (Step::Signs, SignSet::NONE),
        "a place chosen on the map"
    );
    assert_eq!(
        ticked.next(Action::SelectRegion(CALF)),
        ticked,
        "the same place changes nothing"
    );
    assert_eq!(
        ticked.next(Action::SelectPain(Pain::Sharp)).step(),
        Step::Signs
    );
    assert_eq!(
        ticked.next(Action::SelectTiming(Timing::Lasting)).step(),
        Step::Answer,
        "timing keeps the signs"
    );
}

#[test]
fn start_over_forgets_everything_but_the_view() {
    let j = at_answer().next(Action::StartOver);
    assert_eq!(j, Journey::start(View::Back));
}

#[test]
fn events_follow_transitions_with_ids_only() {
    let start = Journey::start(View::Front);
    let placed = start.next(Action::SelectRegion(CALF));
    assert_eq!(events(&start, &placed), vec![Event::RegionSelect(CALF)]);
    let felt = placed.next(Action::SelectPain(Pain::Knot));
    assert_eq!(
        events(&placed, &felt),
        vec![Event::PainSelect(CALF, Pain::Knot)]
    );
    let timed = felt.next(Action::SelectTiming(Timing::After));
    assert_eq!(events(&felt, &timed), vec![], "timing is never reported");
    let ticked = timed.next(Action::ToggleSign(Sign::Clot));
    assert_eq!(events(&timed, &ticked), vec![], "signs are never reported");
    let facts = ticked
        .next(Action::SignsDone)
        .next(Action::ToggleFact(Fact::Cancer));
    assert_eq!(events(&ticked, &facts), vec![], "facts are never reported");
    let shown = facts.next(Action::ShowAnswer);
    assert_eq!(
        events(&facts, &shown),
        vec![Event::AnswerShow(CALF, Pain::Knot, Cause::Knots)]
    );
    let unticked = shown.next(Action::ToggleSign(Sign::Clot));
    assert_eq!(
        events(&shown, &unticked),
        vec![],
        "changing signs on the answer says nothing"
    );
    for event in events(&start, &shown) {
        for (key, value) in WidgetEvent::Journey(event).detail() {
            assert!(
                !value.contains("clot")
                    && !value.contains("cancer")
                    && !["signs", "facts", "timing"].contains(&key),
                "{key}={value}"
            );
        }
    }
    // A deep link (or Back) reports the place and feeling it opens; the answer waits for the signs.
    let linked = start.next(Action::FollowHash("#left-calf/knot".into()));
    assert_eq!(linked.step(), Step::When);
    assert_eq!(
        events(&start, &linked),
        vec![
            Event::RegionSelect(CALF),
            Event::PainSelect(CALF, Pain::Knot)
        ]
    );
    let back = shown.next(Action::FollowHash("#left-calf".into()));
    assert_eq!(back.step(), Step::Feel);
    assert_eq!(events(&shown, &back), vec![]);
    let forward = back.next(Action::FollowHash("#left-calf/knot".into()));
    assert_eq!(
        events(&back, &forward),
        vec![Event::PainSelect(CALF, Pain::Knot)]
    );
    assert_eq!(events(&shown, &shown.next(Action::StartOver)), vec![]);
}

#[test]
fn hashes_round_trip_for_every_region_and_pain() {
    for region in RegionId::all() {
        for &pain in Pain::ALL {
            let j = Journey::start(View::Front)
                .next(Action::SelectRegion(region))
                .next(Action::SelectPain(pain));
            let hash = j.to_hash();
            assert_eq!(hash, format!("#{}/{}", region.id(), pain.id()));
            assert_eq!(Journey::from_hash(&hash), Some(j));
            assert_eq!(
                Journey::start(View::Front).next(Action::FollowHash(hash.clone())),
                j
            );
            // Timing and signs never enter the hash: a link reopens at the timing step.
            let answered = j
                .next(Action::SelectTiming(Timing::After))
                .next(Action::ToggleSign(Sign::Clot))
                .next(Action::SignsDone)
                .next(Action::ToggleFact(Fact::Pregnancy))
                .next(Action::ShowAnswer);
            assert_eq!(answered.step(), Step::Answer);
            assert_eq!(
                answered.to_hash(),
                hash,
                "no timing, signs or facts in the hash"
            );
            assert_eq!(
                Journey::from_hash(&answered.to_hash()).map(|j| j.step()),
                Some(Step::When)
            );
            assert_eq!(
                answered.next(Action::FollowHash(hash)),
                answered,
                "its own hash changes nothing"
            );
        }
        let j = Journey::start(View::Front).next(Action::SelectRegion(region));
        assert_eq!(Journey::from_hash(&j.to_hash()), Some(j));
    }
    assert_eq!(Journey::start(View::Back).to_hash(), "");
}

#[test]
fn bad_hashes_open_the_start() {
    let here = at_answer();
    for bad in [
        "",
        "#",
        "#/",
        "#left",
        "#left-",
        "#-calf",
        "#middle-calf",
        "#left-elbow",
        "#left-calf/",
        "#left-calf/itchy",
        "#left-calf/knot/extra",
        "#LEFT-CALF/KNOT",
        "#left-calf//knot",
        "#%00",
        "#left-calf/knot?x=1",
        "#<script>",
        "#left-calf/knot#again",
        "#🦵",
        "#left-calf-",
        "#right-thigh-front/tingling/",
    ] {
        let j = here.next(Action::FollowHash(bad.into()));
        assert_eq!(j.step(), Step::Where, "{bad:?} should open the start");
        assert_eq!((j.region, j.pain), (None, None), "{bad:?}");
    }
}

#[test]
fn region_ids_are_side_then_part_and_unique() {
    let ids: Vec<&str> = RegionId::all().map(RegionId::id).collect();
    assert_eq!(ids.len(), 28, "14 parts on each leg");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 28);
    assert!(ids.contains(&"left-calf") && ids.contains(&"right-thigh-front"));
    for region in RegionId::all() {
        assert_eq!(RegionId::from_id(region.id()), Some(region));
    }
}

#[test]
fn an_emergency_skips_the_facts_and_facts_can_raise_the_tier() {
    let emergency = at_signs()
        .next(Action::ToggleSign(Sign::Breathless))
        .next(Action::SignsDone);
    assert_eq!(
        emergency.step(),
        Step::Answer,
        "no more questions before an emergency"
    );
    // Unticked on the answer: the facts are asked after all.
    assert_eq!(
        emergency.next(Action::ToggleSign(Sign::Breathless)).step(),
        Step::Facts
    );
    let urgent = at_signs()
        .next(Action::ToggleSign(Sign::Clot))
        .next(Action::SignsDone);
    assert_eq!(
        urgent.step(),
        Step::Facts,
        "urgent answers still carry the facts to the doctor"
    );
    // Facts change nothing already answered on the signs step, and None of these clears them.
    let j = at_signs()
        .next(Action::NoSigns)
        .next(Action::ToggleFact(Fact::Journey))
        .next(Action::ToggleFact(Fact::Hormones));
    assert_eq!(j.facts, FactSet::of(&[Fact::Journey, Fact::Hormones]));
    assert_eq!(j.next(Action::NoFacts).facts, FactSet::NONE);
}
