//! The journey state machine: every transition, and every kind of bad hash.
#![cfg(not(target_arch = "wasm32"))]
use leg_pain_map::content::{Pain, Part, RegionId, Side, View};
use leg_pain_map::journey::{Action, Journey, Step};

const CALF: RegionId = RegionId::new(Side::Left, Part::Calf);
const SHIN: RegionId = RegionId::new(Side::Right, Part::Shin);

fn at_answer() -> Journey {
    Journey::start(View::Front)
        .next(Action::SelectRegion(CALF))
        .next(Action::SelectPain(Pain::Knot))
}

#[test]
fn three_taps_reach_an_answer() {
    let start = Journey::start(View::Front);
    assert_eq!(start.step(), Step::Where);
    let chose = start.next(Action::SelectRegion(CALF));
    assert_eq!(chose.step(), Step::Feel);
    assert_eq!(
        chose.view,
        View::Back,
        "choosing a back-of-leg region shows the back view"
    );
    let answered = chose.next(Action::SelectPain(Pain::Knot));
    assert_eq!(answered.step(), Step::Answer);
    assert_eq!(
        (answered.region, answered.pain),
        (Some(CALF), Some(Pain::Knot))
    );
}

#[test]
fn a_feeling_needs_a_place_first() {
    let start = Journey::start(View::Front);
    assert_eq!(start.next(Action::SelectPain(Pain::Sharp)), start);
}

#[test]
fn switching_views_keeps_the_choice() {
    let j = at_answer().next(Action::ShowView(View::Front));
    assert_eq!(
        (j.view, j.region, j.pain),
        (View::Front, Some(CALF), Some(Pain::Knot))
    );
}

#[test]
fn change_region_keeps_the_feeling_and_answers_again() {
    let j = at_answer().next(Action::ChangeRegion);
    assert_eq!(j.step(), Step::Where);
    assert_eq!(j.pain, Some(Pain::Knot));
    let j = j.next(Action::SelectRegion(SHIN));
    assert_eq!(j.step(), Step::Answer);
    assert_eq!(j.view, View::Front);
}

#[test]
fn change_feeling_keeps_the_place() {
    let j = at_answer().next(Action::ChangeFeeling);
    assert_eq!(j.step(), Step::Feel);
    assert_eq!(j.region, Some(CALF));
}

#[test]
fn start_over_forgets_everything_but_the_view() {
    let j = at_answer().next(Action::StartOver);
    assert_eq!(j, Journey::start(View::Back));
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
                Journey::start(View::Front).next(Action::FollowHash(hash)),
                j
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
        assert_eq!(RegionId::from_id(&region.id()), Some(region));
    }
}
