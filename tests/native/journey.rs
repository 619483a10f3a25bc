//! The journey state machine: every transition, the events derived from transitions, and every
//! kind of bad hash.
#![cfg(not(target_arch = "wasm32"))]
use leg_pain_map::content::rules::{asks, FactSet, SignSet};
use leg_pain_map::content::{Cause, Fact, Pain, Part, RegionId, Side, Sign, Timing, View};
use leg_pain_map::embed::events::WidgetEvent;
use leg_pain_map::journey::Event;
use leg_pain_map::journey::{events, Action, Journey, Step};

const CALF: RegionId = RegionId::new(Side::Left, Part::Calf);
const SHIN: RegionId = RegionId::new(Side::Right, Part::Shin);

const BUTTOCK: RegionId = RegionId::new(Side::Left, Part::Buttock);
const THIGH_BACK: RegionId = RegionId::new(Side::Left, Part::ThighBack);

fn at_signs() -> Journey {
    Journey::start(View::Front)
        .next(Action::SelectRegion(CALF))
        .next(Action::SelectPain(Pain::Knot))
        .next(Action::SelectRating(4))
        .next(Action::SelectTiming(Timing::After))
}

/// The first place's region and feeling.
fn first(j: &Journey) -> (Option<RegionId>, Option<Pain>) {
    (j.first().map(|m| m.region), j.first().and_then(|m| m.pain))
}

/// The places, feelings and ratings drawn.
fn drawn(j: &Journey) -> Vec<(RegionId, Option<Pain>, Option<u8>)> {
    j.marks().map(|m| m.hash_place()).collect()
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
    assert_eq!(
        felt.step(),
        Step::Rate,
        "how bad it is: one tap more than before"
    );
    let rated = felt.next(Action::SelectRating(5));
    assert_eq!(rated.step(), Step::When, "no answer before the timing");
    let timed = rated.next(Action::SelectTiming(Timing::During));
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
    assert_eq!(
        felt.next(Action::SelectTiming(Timing::After)).step(),
        Step::Rate,
        "a timing needs a rating first"
    );
    for bad in [0, 11, 255] {
        assert_eq!(
            felt.next(Action::SelectRating(bad)),
            felt,
            "{bad} is no rating"
        );
    }
    let felt = felt.next(Action::SelectRating(3));
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
        (j.view, first(&j).0, first(&j).1, j.step()),
        (View::Front, Some(CALF), Some(Pain::Knot), Step::Answer)
    );
}

#[test]
fn a_changed_place_or_feeling_asks_the_signs_again() {
    let ticked = at_signs()
        .next(Action::ToggleSign(Sign::Clot))
        .next(Action::SignsDone)
        .next(Action::ToggleFact(Fact::Surgery))
        .next(Action::ShowAnswer);
    // Change the place: its feeling and rating are asked again; a tap on the map moves it.
    let j = ticked.next(Action::ChangePlace(0));
    assert_eq!(
        j.facts,
        FactSet::of(&[Fact::Surgery]),
        "facts are about the visitor: kept"
    );
    assert!(j.adding, "the map waits for the new place");
    assert_eq!((j.step(), j.signs), (Step::Feel, SignSet::NONE));
    let j = j.next(Action::SelectRegion(SHIN));
    assert_eq!(drawn(&j), vec![(SHIN, None, None)], "moved, not added");
    assert_eq!((j.view, j.adding), (View::Front, false));
    let j = j
        .next(Action::SelectPain(Pain::Knot))
        .next(Action::SelectRating(4));
    assert_eq!(j.step(), Step::Signs, "the timing is kept");

    let j = ticked.next(Action::ChangeFeeling);
    assert_eq!(
        (j.step(), first(&j).0, j.signs),
        (Step::Feel, Some(CALF), SignSet::NONE)
    );
    assert_eq!(
        j.next(Action::SelectPain(Pain::Swollen))
            .next(Action::SelectRating(2))
            .step(),
        Step::Signs
    );
    assert_eq!(
        ticked.next(Action::SelectRegion(CALF)),
        ticked,
        "a place already marked changes nothing (the list offers Change and Remove)"
    );
    assert_eq!(
        ticked.next(Action::SelectTiming(Timing::Lasting)).step(),
        Step::Answer,
        "timing keeps the signs"
    );
    assert_eq!(
        ticked.next(Action::SelectRating(9)).step(),
        Step::Answer,
        "so does a rating"
    );
}

#[test]
fn places_are_added_up_to_five_and_removed_with_undo() {
    let one = at_answer();
    // A tap on the map with the place done adds a place; so does "Add another place" then a tap.
    let two = one.next(Action::SelectRegion(SHIN));
    assert_eq!(two.count(), 2);
    assert_eq!((two.step(), two.signs_done), (Step::Feel, false));
    let added = one.next(Action::AddPlace);
    assert!(added.adding);
    assert_eq!(
        added.step(),
        Step::Answer,
        "the answer stays until a place is tapped"
    );
    assert_eq!(added.next(Action::SelectRegion(SHIN)), two);
    // A tap while the new place has no feeling moves it.
    let moved = two.next(Action::SelectRegion(THIGH_BACK));
    assert_eq!(drawn(&moved)[1], (THIGH_BACK, None, None));
    let two = moved
        .next(Action::SelectPain(Pain::Tingling))
        .next(Action::SelectRating(6));
    assert_eq!(
        two.step(),
        Step::When,
        "a new place: did they all start then?"
    );
    let same = two.next(Action::SameTime(true));
    assert_eq!(same.step(), Step::Signs);
    let apart = two.next(Action::SameTime(false));
    assert_eq!(apart.step(), Step::When, "each place's timing");
    let apart = apart
        .next(Action::SelectPlaceTiming(0, Timing::After))
        .next(Action::SelectPlaceTiming(1, Timing::Unrelated));
    assert_eq!(apart.step(), Step::Signs);
    let places = apart.places().unwrap();
    assert_eq!(
        places.iter().map(|p| p.timing).collect::<Vec<_>>(),
        vec![Timing::After, Timing::Unrelated]
    );
    for &sign in Sign::ALL {
        let either =
            asks(Part::Calf, Pain::Knot, sign) || asks(Part::ThighBack, Pain::Tingling, sign);
        assert_eq!(apart.asks(sign), either, "{sign:?}: the signs of any place");
    }

    // Five at most.
    let mut full = same;
    for region in [
        BUTTOCK,
        RegionId::new(Side::Right, Part::Calf),
        RegionId::new(Side::Right, Part::Knee),
    ] {
        full = full
            .next(Action::SelectRegion(region))
            .next(Action::SelectPain(Pain::Ache))
            .next(Action::SelectRating(3));
    }
    assert_eq!(full.count(), 5);
    assert!(full.full());
    assert_eq!(full.next(Action::AddPlace), full);
    assert_eq!(
        full.next(Action::SelectRegion(RegionId::new(Side::Right, Part::Sole))),
        full,
        "no sixth place"
    );

    // Remove the second, then Undo puts it back where it was.
    let removed = full.next(Action::RemovePlace(1));
    assert_eq!(removed.count(), 4);
    assert_eq!(
        removed.removed.map(|(i, m)| (i, m.region)),
        Some((1, THIGH_BACK))
    );
    assert!(!removed.signs_done, "the signs are asked again");
    let undone = removed.next(Action::Undo);
    assert_eq!(drawn(&undone), drawn(&full));
    assert_eq!(undone.removed, None);
    // Any other change ends the Undo offer.
    let moved_on = removed.next(Action::SameTime(false));
    assert_eq!(moved_on.removed, None);
    assert_eq!(moved_on.next(Action::Undo), moved_on);
    // Removing every place is the start, with the facts kept.
    let mut empty = one;
    empty = empty.next(Action::RemovePlace(0));
    assert_eq!((empty.step(), empty.count()), (Step::Where, 0));
    assert_eq!(
        empty.next(Action::RemovePlace(0)),
        empty,
        "nothing to remove"
    );
}

#[test]
fn the_drawing_reaches_an_answer_with_the_most_urgent_tier() {
    let j = Journey::start(View::Back)
        .next(Action::SelectRegion(BUTTOCK))
        .next(Action::SelectPain(Pain::Tingling))
        .next(Action::SelectRating(6))
        .next(Action::SelectRegion(THIGH_BACK))
        .next(Action::SelectPain(Pain::Tingling))
        .next(Action::SelectRating(5))
        .next(Action::SelectRegion(CALF))
        .next(Action::SelectPain(Pain::Tingling))
        .next(Action::SelectRating(4))
        .next(Action::SelectTiming(Timing::Unrelated))
        .next(Action::SameTime(true))
        .next(Action::NoSigns)
        .next(Action::NoFacts);
    assert_eq!(j.step(), Step::Answer);
    assert_eq!(j.cause(), Some(Cause::TravelsDown));
    assert_eq!(
        j.to_hash(),
        "#left-buttock/tingling/6,left-thigh-back/tingling/5,left-calf/tingling/4"
    );
    let reopened = Journey::from_hash(&j.to_hash()).unwrap();
    assert_eq!(drawn(&reopened), drawn(&j));
    assert_eq!(reopened.step(), Step::When, "a link reopens at the timing");
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
    let rated = felt.next(Action::SelectRating(7));
    assert_eq!(events(&felt, &rated), vec![], "ratings are never reported");
    let timed = rated.next(Action::SelectTiming(Timing::After));
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
        vec![Event::AnswerShow(shown.drawn(), Cause::Knots)]
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
    let linked = start.next(Action::FollowHash("#left-calf/knot/7".into()));
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
    let forward = back.next(Action::FollowHash("#left-calf/knot/7".into()));
    assert_eq!(
        events(&back, &forward),
        vec![Event::PainSelect(CALF, Pain::Knot)]
    );
    assert_eq!(events(&shown, &shown.next(Action::StartOver)), vec![]);
    // A second place: its own region-select and pain-select; removing one sends nothing.
    let two = shown.next(Action::SelectRegion(SHIN));
    assert_eq!(events(&shown, &two), vec![Event::RegionSelect(SHIN)]);
    let felt2 = two.next(Action::SelectPain(Pain::Ache));
    assert_eq!(
        events(&two, &felt2),
        vec![Event::PainSelect(SHIN, Pain::Ache)]
    );
    let answered = felt2
        .next(Action::SelectRating(2))
        .next(Action::SameTime(true))
        .next(Action::NoSigns)
        .next(Action::ShowAnswer);
    let answer_shows: Vec<_> = events(
        &felt2
            .next(Action::SelectRating(2))
            .next(Action::SameTime(true))
            .next(Action::NoSigns),
        &answered,
    );
    assert_eq!(
        answer_shows.len(),
        1,
        "answer-show once for the whole drawing"
    );
    let Event::AnswerShow(both, _) = answer_shows[0] else {
        panic!("{answer_shows:?}")
    };
    assert_eq!(
        both[..2],
        [Some((CALF, Pain::Knot)), Some((SHIN, Pain::Ache))]
    );
    let detail = WidgetEvent::Journey(answer_shows[0]).detail();
    assert!(
        detail.contains(&("regions", "left-calf,right-shin".to_string())),
        "{detail:?}"
    );
    assert_eq!(
        events(&answered, &answered.next(Action::RemovePlace(1))),
        vec![]
    );
}

#[test]
fn hashes_round_trip_for_every_region_and_pain() {
    for region in RegionId::all() {
        for &pain in Pain::ALL {
            let j = Journey::start(View::Front)
                .next(Action::SelectRegion(region))
                .next(Action::SelectPain(pain))
                .next(Action::SelectRating(6));
            let hash = j.to_hash();
            assert_eq!(hash, format!("#{}/{}/6", region.id(), pain.id()));
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
fn bad_hashes_open_the_start_or_are_read_as_far_as_they_are_valid() {
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
        "#LEFT-CALF/KNOT",
        "#%00",
        "#<script>",
        "#🦵",
        "#left-calf-",
        ",left-calf",
    ] {
        let j = here.next(Action::FollowHash(bad.into()));
        assert_eq!(j.step(), Step::Where, "{bad:?} should open the start");
        assert_eq!(j.count(), 0, "{bad:?}");
    }
    for (hash, places) in [
        ("#left-calf/", vec![(CALF, None, None)]),
        ("#left-calf/itchy", vec![(CALF, None, None)]),
        ("#left-calf//knot", vec![(CALF, None, None)]),
        ("#left-calf/knot?x=1", vec![(CALF, None, None)]),
        ("#left-calf/knot#again", vec![(CALF, None, None)]),
        (
            "#left-calf/knot/extra",
            vec![(CALF, Some(Pain::Knot), None)],
        ),
        ("#left-calf/knot/0", vec![(CALF, Some(Pain::Knot), None)]),
        ("#left-calf/knot/11", vec![(CALF, Some(Pain::Knot), None)]),
        (
            "#left-calf/knot/5,left-calf/ache/2",
            vec![(CALF, Some(Pain::Knot), Some(5))],
        ),
        (
            "#left-calf/knot/5,left-elbow,right-shin",
            vec![(CALF, Some(Pain::Knot), Some(5))],
        ),
    ] {
        let j = here.next(Action::FollowHash(hash.into()));
        assert_eq!(drawn(&j), places, "{hash:?}");
        assert!(j.step() <= Step::When, "{hash:?} asks what is missing");
    }
    let six = "#left-hip/ache/1,left-knee/ache/2,left-shin/ache/3,left-calf/ache/4,left-sole/ache/5,right-hip/ache/6";
    assert_eq!(
        here.next(Action::FollowHash(six.into())).count(),
        5,
        "five at most"
    );
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
