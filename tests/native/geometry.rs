//! The leg diagram's geometry: tap sizes, no overlaps, mirroring, the drawn paths and the
//! keyboard order. The rendered map's accessibility contract is in `tests/native/ssr.rs`.
#![cfg(not(target_arch = "wasm32"))]

use leg_pain_map::content::{Part, RegionId, Side, View};
use leg_pain_map::diagram::geometry::{self, Rect, VIEW_H, VIEW_W};
use leg_pain_map::diagram::leg_map::{keyboard_target, tab_stop, view_regions};
use svgtypes::{PathParser, PathSegment, SimplePathSegment, SimplifyingPathParser};

/// The map's width on a 360 px phone, and the smallest tap target there (CSS px).
const PHONE_PX: f32 = 328.0;
const MIN_TAP_PX: f32 = 44.0;

fn px(units: f32) -> f32 {
    units * PHONE_PX / VIEW_W
}

// ---------------------------------------------------------------- path parsing

/// The points (end and control points) of an SVG path, absolute; `None` if it does not parse
/// or uses an arc (arcs are not allowed: regions are drawn with curves).
fn path_points(d: &str) -> Option<Vec<(f32, f32)>> {
    for segment in PathParser::from(d) {
        if let PathSegment::EllipticalArc { .. } = segment.ok()? {
            return None;
        }
    }
    let mut points = Vec::new();
    for segment in SimplifyingPathParser::from(d) {
        match segment.ok()? {
            SimplePathSegment::MoveTo { x, y } | SimplePathSegment::LineTo { x, y } => {
                points.push((x, y));
            }
            SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => points.extend([(x1, y1), (x2, y2), (x, y)]),
            SimplePathSegment::Quadratic { x1, y1, x, y } => points.extend([(x1, y1), (x, y)]),
            SimplePathSegment::ClosePath => {}
        }
    }
    Some(
        points
            .into_iter()
            .map(|(x, y)| (x as f32, y as f32))
            .collect(),
    )
}

fn bbox(points: &[(f32, f32)]) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// Whether the path draws a cubic or quadratic curve (C, S or Q, absolute or relative).
fn uses_curves(d: &str) -> bool {
    PathParser::from(d).any(|segment| {
        matches!(
            segment,
            Ok(PathSegment::CurveTo { .. }
                | PathSegment::SmoothCurveTo { .. }
                | PathSegment::Quadratic { .. })
        )
    })
}

// ---------------------------------------------------------------- geometry

#[test]
fn every_region_has_a_shape_in_its_view_in_keyboard_order() {
    for region in RegionId::all() {
        let shape = geometry::shape(region.part);
        assert_eq!(shape.part, region.part);
        assert!(
            geometry::shapes(region.view())
                .iter()
                .any(|s| s.part == region.part),
            "{}",
            region.id()
        );
    }
    for &view in View::ALL {
        let drawn: Vec<Part> = geometry::shapes(view).iter().map(|s| s.part).collect();
        let expected: Vec<Part> = Part::ALL
            .iter()
            .copied()
            .filter(|p| p.view() == view)
            .collect();
        assert_eq!(
            drawn, expected,
            "{view:?}: one shape per part, in Part::ALL order"
        );
    }
}

#[test]
fn the_view_fits_a_phone() {
    assert!(
        px(VIEW_H) <= 620.0,
        "{} px tall at {PHONE_PX} px wide",
        px(VIEW_H)
    );
    assert_eq!(geometry::VIEW_BOX, format!("0 0 {VIEW_W} {VIEW_H}"));
    assert_eq!(geometry::MIRROR, format!("matrix(-1 0 0 1 {VIEW_W} 0)"));
    assert!(geometry::min_hit_size() * PHONE_PX / VIEW_W >= MIN_TAP_PX - 1e-3);
}

#[test]
fn hit_rects_are_thumb_sized_and_inside_the_view() {
    for region in RegionId::all() {
        let hit = geometry::hit_rect(region);
        assert!(
            px(hit.w) >= MIN_TAP_PX && px(hit.h) >= MIN_TAP_PX,
            "{}: {hit:?} is {}×{} px",
            region.id(),
            px(hit.w),
            px(hit.h)
        );
        assert!(
            hit.x >= 0.0 && hit.y >= 0.0 && hit.right() <= VIEW_W && hit.bottom() <= VIEW_H,
            "{}: {hit:?}",
            region.id()
        );
    }
}

#[test]
fn hit_rects_of_one_view_do_not_overlap() {
    let regions: Vec<RegionId> = RegionId::all().collect();
    for (i, a) in regions.iter().enumerate() {
        for b in &regions[i + 1..] {
            if a.view() == b.view() {
                let (ra, rb) = (geometry::hit_rect(*a), geometry::hit_rect(*b));
                assert!(
                    !ra.overlaps(&rb),
                    "{} {ra:?} overlaps {} {rb:?}",
                    a.id(),
                    b.id()
                );
            }
        }
    }
}

#[test]
fn the_thigh_takes_three_targets_side_by_side() {
    let outer = geometry::shape(Part::OuterThigh).hit;
    let front = geometry::shape(Part::ThighFront).hit;
    let inner = geometry::shape(Part::InnerThigh).hit;
    // The drawn leg is the viewer's left: its outer side is on the left.
    assert!(outer.right() <= front.x && front.right() <= inner.x);
    for r in [front, inner] {
        assert!(
            r.y < outer.bottom() && outer.y < r.bottom(),
            "thigh targets share a band"
        );
    }
}

#[test]
fn shapes_are_real_curved_paths_inside_their_half() {
    for &view in View::ALL {
        let outline = geometry::leg_outline(view);
        assert!(
            uses_curves(outline) && outline.len() > 400,
            "{view:?} outline"
        );
        let leg = bbox(&path_points(outline).expect("outline parses"));
        assert!(
            leg.x >= 0.0 && leg.right() <= geometry::CENTRE_X + 0.01,
            "{view:?} outline stays in its half: {leg:?}"
        );
        assert!(
            px(leg.h) > 540.0,
            "{view:?}: the leg runs hips to toes ({leg:?})"
        );
        for line in geometry::muscle_lines(view) {
            assert!(uses_curves(line), "{line}");
            let b = bbox(&path_points(line).expect("muscle line parses"));
            assert!(
                b.x >= leg.x
                    && b.right() <= leg.right()
                    && b.y >= leg.y
                    && b.bottom() <= leg.bottom(),
                "{line}"
            );
        }
        for shade in geometry::shading(view) {
            assert!(uses_curves(shade) && shade.ends_with(['Z', 'z']), "{shade}");
            let b = bbox(&path_points(shade).expect("shading parses"));
            assert!(
                b.x >= leg.x - 0.01
                    && b.right() <= leg.right() + 0.01
                    && b.y >= leg.y
                    && b.bottom() <= leg.bottom(),
                "{shade}"
            );
        }
        for shape in geometry::shapes(view) {
            let d = shape.d;
            assert!(
                d.starts_with('M') && d.trim_end().ends_with(['Z', 'z']),
                "{:?}: a closed path",
                shape.part
            );
            assert!(uses_curves(d), "{:?}: a real, curved shape", shape.part);
            let points = path_points(d).unwrap_or_else(|| panic!("{:?}: path parses", shape.part));
            assert!(points.len() >= 12, "{:?}: more than a box", shape.part);
            let b = bbox(&points);
            assert!(
                b.x >= leg.x - 0.01
                    && b.right() <= leg.right() + 0.01
                    && b.y >= leg.y - 0.01
                    && b.bottom() <= leg.bottom() + 0.01,
                "{:?}: inside the leg ({b:?} vs {leg:?})",
                shape.part
            );
            let (lx, ly) = shape.label;
            assert!(
                b.contains(lx, ly),
                "{:?}: label anchor on the drawing",
                shape.part
            );
            assert!(
                shape.hit.contains(lx, ly),
                "{:?}: label anchor in the hit rect",
                shape.part
            );
            // The hit rect sits over its drawing.
            let (cx, cy) = (b.x + b.w / 2.0, b.y + b.h / 2.0);
            assert!(
                shape.hit.contains(cx, cy),
                "{:?}: hit rect covers the drawing's centre",
                shape.part
            );
        }
    }
}

#[test]
fn small_parts_get_hit_rects_bigger_than_their_drawing() {
    for part in [
        Part::Ankle,
        Part::Knee,
        Part::KneeBack,
        Part::Achilles,
        Part::Sole,
        Part::FootTop,
    ] {
        let shape = geometry::shape(part);
        let drawn = bbox(&path_points(shape.d).unwrap());
        assert!(
            shape.hit.w > drawn.w,
            "{part:?}: hit {:?} drawn {drawn:?}",
            shape.hit
        );
        assert!(
            shape.hit.x < drawn.x && shape.hit.right() > drawn.right(),
            "{part:?} reaches past both sides"
        );
        assert!(shape.hit.w * shape.hit.h > drawn.w * drawn.h, "{part:?}");
    }
}

#[test]
fn mirroring_puts_each_leg_on_the_right_side() {
    let c = geometry::CENTRE_X;
    for &part in Part::ALL {
        let left = geometry::hit_rect(RegionId::new(Side::Left, part));
        let right = geometry::hit_rect(RegionId::new(Side::Right, part));
        assert_eq!(
            (left.w, left.h, left.y),
            (right.w, right.h, right.y),
            "{part:?}: same size, same height"
        );
        assert!(
            (left.x + left.right() - (VIEW_W - right.x) - (VIEW_W - right.right())).abs() < 0.01,
            "{part:?}: mirror images"
        );
        match part.view() {
            // Facing you: their left leg is on your right.
            View::Front => assert!(
                left.x > right.x && left.x >= c && right.right() <= c,
                "{part:?}"
            ),
            // From behind: their left leg is on your left.
            View::Back => assert!(
                left.x < right.x && left.right() <= c && right.x >= c,
                "{part:?}"
            ),
        }
        let (lx, _) = geometry::label_point(RegionId::new(Side::Left, part));
        assert_eq!(lx > c, part.view() == View::Front, "{part:?} label");
    }
    let (front_left, _) = geometry::side_label(View::Front, Side::Left);
    let (front_right, _) = geometry::side_label(View::Front, Side::Right);
    let (back_left, _) = geometry::side_label(View::Back, Side::Left);
    let (back_right, _) = geometry::side_label(View::Back, Side::Right);
    assert!(front_left > c && front_right < c && back_left < c && back_right > c);
    assert!(
        geometry::is_mirrored(View::Front, Side::Left)
            && !geometry::is_mirrored(View::Back, Side::Left)
    );
}

// ---------------------------------------------------------------- keyboard

#[test]
fn arrows_walk_the_view_left_leg_first_and_wrap() {
    for &view in View::ALL {
        let order = view_regions(view);
        assert_eq!(order.len(), 2 * geometry::shapes(view).len());
        assert_eq!(order[0].side, Side::Left);
        assert_eq!(order.last().unwrap().side, Side::Right);
        for (i, &region) in order.iter().enumerate() {
            let next = order[(i + 1) % order.len()];
            let prev = order[(i + order.len() - 1) % order.len()];
            assert_eq!(keyboard_target(region, "ArrowDown"), Some(next));
            assert_eq!(keyboard_target(region, "ArrowRight"), Some(next));
            assert_eq!(keyboard_target(region, "ArrowUp"), Some(prev));
            assert_eq!(keyboard_target(region, "ArrowLeft"), Some(prev));
            assert_eq!(keyboard_target(region, "Home"), Some(order[0]));
            assert_eq!(keyboard_target(region, "End"), order.last().copied());
            assert_eq!(keyboard_target(region, "a"), None);
            assert_eq!(keyboard_target(region, "Enter"), None);
        }
    }
}

#[test]
fn one_tab_stop_per_view() {
    let calf = RegionId::new(Side::Left, Part::Calf);
    let knee = RegionId::new(Side::Right, Part::Knee);
    let first_front = RegionId::new(Side::Left, Part::Hip);
    let first_back = RegionId::new(Side::Left, Part::Buttock);
    assert_eq!(tab_stop(View::Front, None, None), first_front);
    assert_eq!(tab_stop(View::Back, None, None), first_back);
    assert_eq!(tab_stop(View::Back, None, Some(calf)), calf);
    assert_eq!(tab_stop(View::Front, None, Some(calf)), first_front);
    assert_eq!(tab_stop(View::Front, Some(knee), Some(calf)), knee);
    assert_eq!(tab_stop(View::Back, Some(knee), Some(calf)), calf);
}

/// The map is drawn again only when what it draws changes: the App's `on_select` is made afresh
/// on every render (it acts on the journey as it is when called), so it does not count.
#[test]
fn map_props_leave_the_select_callback_out() {
    use leg_pain_map::diagram::leg_map::LegMapProps;
    use std::rc::Rc;
    use yew::Callback;
    let lang = Rc::new(leg_pain_map::content::builtin("en"));
    let calf = RegionId::new(Side::Left, Part::Calf);
    let props = |view, places: Vec<_>, current| LegMapProps {
        lang: lang.clone(),
        view,
        places,
        current,
        on_select: Callback::from(|_| ()),
    };
    let one = || vec![(calf, None, None)];
    assert!(props(View::Back, one(), Some(calf)) == props(View::Back, one(), Some(calf)));
    assert!(
        props(View::Back, one(), Some(calf))
            != props(View::Back, vec![(calf, None, Some(6))], Some(calf))
    );
    assert!(props(View::Back, one(), Some(calf)) != props(View::Back, one(), None));
    assert!(props(View::Back, one(), Some(calf)) != props(View::Front, one(), Some(calf)));
}
