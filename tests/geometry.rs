//! The leg diagram: geometry rules (tap sizes, no overlaps, mirroring) and the rendered map's
//! accessibility contract (server-side rendered, natively).

use std::rc::Rc;

use leg_pain_map::content::{Lang, Part, RegionId, Side, View};
use leg_pain_map::diagram::geometry::{self, Rect, VIEW_H, VIEW_W};
use leg_pain_map::diagram::leg_map::{keyboard_target, tab_stop, view_regions, LegMapProps};
use leg_pain_map::diagram::view_switch::ViewSwitchProps;
use leg_pain_map::diagram::{LegMap, ViewSwitch};
use yew::{Callback, ServerRenderer};

/// The map's width on a 360 px phone, and the smallest tap target there (CSS px).
const PHONE_PX: f32 = 328.0;
const MIN_TAP_PX: f32 = 44.0;

fn px(units: f32) -> f32 {
    units * PHONE_PX / VIEW_W
}

// ---------------------------------------------------------------- path parsing

/// The points (end and control points) of an SVG path, absolute; `None` if it uses something
/// other than M/L/H/V/C/S/Q/T/Z (arcs are not allowed: regions are drawn with curves).
fn path_points(d: &str) -> Option<Vec<(f32, f32)>> {
    let mut tokens = Vec::new();
    let mut number = String::new();
    let flush = |number: &mut String, tokens: &mut Vec<Result<char, f32>>| -> Option<()> {
        if !number.is_empty() {
            tokens.push(Err(number.parse().ok()?));
            number.clear();
        }
        Some(())
    };
    for c in d.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            '-' => {
                if !number.ends_with('e') {
                    flush(&mut number, &mut tokens)?;
                }
                number.push(c);
            }
            ' ' | ',' | '\n' | '\t' => flush(&mut number, &mut tokens)?,
            c if c.is_ascii_alphabetic() => {
                flush(&mut number, &mut tokens)?;
                tokens.push(Ok(c));
            }
            _ => return None,
        }
    }
    flush(&mut number, &mut tokens)?;

    let mut points = Vec::new();
    let (mut cur, mut start) = ((0.0f32, 0.0f32), (0.0f32, 0.0f32));
    let mut i = 0;
    let mut cmd = ' ';
    while i < tokens.len() {
        if let Ok(c) = tokens[i] {
            cmd = c;
            i += 1;
            if c == 'Z' || c == 'z' {
                cur = start;
                continue;
            }
        }
        let arity = match cmd.to_ascii_uppercase() {
            'M' | 'L' | 'T' => 2,
            'H' | 'V' => 1,
            'S' | 'Q' => 4,
            'C' => 6,
            _ => return None,
        };
        let mut args = Vec::new();
        for _ in 0..arity {
            match tokens.get(i) {
                Some(Err(n)) => args.push(*n),
                _ => return None,
            }
            i += 1;
        }
        let rel = cmd.is_ascii_lowercase();
        let base = if rel { cur } else { (0.0, 0.0) };
        match cmd.to_ascii_uppercase() {
            'H' => cur = (args[0] + if rel { cur.0 } else { 0.0 }, cur.1),
            'V' => cur = (cur.0, args[0] + if rel { cur.1 } else { 0.0 }),
            _ => {
                for pair in args.chunks(2) {
                    points.push((pair[0] + base.0, pair[1] + base.1));
                }
                cur = *points.last().unwrap();
            }
        }
        points.push(cur);
        if cmd == 'M' || cmd == 'm' {
            start = cur;
            cmd = if rel { 'l' } else { 'L' };
        }
    }
    Some(points)
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

fn uses_curves(d: &str) -> bool {
    d.chars()
        .any(|c| matches!(c, 'C' | 'c' | 'Q' | 'q' | 'S' | 's'))
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

// ---------------------------------------------------------------- rendered markup

/// Words by hand: the content JSON is not needed to test the map.
fn test_lang() -> Lang {
    let mut lang = Lang::default();
    let ui = &mut lang.ui;
    ui.front = "Front".into();
    ui.back = "Back".into();
    ui.left = "Left".into();
    ui.right = "Right".into();
    ui.front_of_leg = "front of leg".into();
    ui.back_of_leg = "back of leg".into();
    ui.view_switch = "Which side of the legs".into();
    ui.region_label = "{side} {region}, {view}".into();
    for &part in Part::ALL {
        lang.regions.0[part.index()].name = part.id().replace('-', " ");
    }
    lang
}

async fn render_map(view: View, selected: Option<RegionId>) -> String {
    ServerRenderer::<LegMap>::with_props(move || LegMapProps {
        lang: Rc::new(test_lang()),
        view,
        selected,
        on_select: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await
}

/// The opening tag of the element carrying `data-region="{id}"`.
fn region_tag<'a>(html: &'a str, id: &str) -> &'a str {
    let needle = format!("data-region=\"{id}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("{id} rendered"));
    assert_eq!(html.matches(&needle).count(), 1, "{id} rendered once");
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name}=\"");
    let at = tag.find(&needle)? + needle.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

#[tokio::test]
async fn every_region_is_a_labelled_button() {
    let html = render_map(View::Front, None).await;
    assert!(!html.contains("style="), "no inline styles (strict CSP)");
    assert!(html.contains("part=\"map\""));
    assert_eq!(html.matches("<svg").count(), 2, "both views rendered");
    for region in RegionId::all() {
        let tag = region_tag(&html, &region.id());
        assert!(tag.starts_with("<g"), "{tag}");
        assert_eq!(attr(tag, "role"), Some("button"), "{tag}");
        assert!(matches!(attr(tag, "tabindex"), Some("0" | "-1")), "{tag}");
        assert_eq!(attr(tag, "aria-pressed"), Some("false"), "{tag}");
        let label = attr(tag, "aria-label").expect("aria-label");
        let side = if region.side == Side::Left {
            "Left"
        } else {
            "Right"
        };
        let view = if region.view() == View::Front {
            "front of leg"
        } else {
            "back of leg"
        };
        assert!(
            label.starts_with(side) && label.contains(view),
            "{}: {label}",
            region.id()
        );
        assert!(attr(tag, "class")
            .unwrap()
            .split(' ')
            .any(|c| c == "lpm-region"));
    }
    // One tab stop per view: the first region of each.
    assert_eq!(html.matches("tabindex=\"0\"").count(), 2);
    assert_eq!(attr(region_tag(&html, "left-hip"), "tabindex"), Some("0"));
    assert_eq!(
        attr(region_tag(&html, "left-buttock"), "tabindex"),
        Some("0")
    );
    assert_eq!(
        html.matches("class=\"lpm-shape\"").count(),
        RegionId::all().count()
    );
    assert_eq!(
        html.matches("class=\"lpm-hit\"").count(),
        RegionId::all().count()
    );
    // Views: groups named Front and Back, the phone's one marked current.
    assert!(html.contains("aria-label=\"Front\"") && html.contains("aria-label=\"Back\""));
    assert_eq!(html.matches("data-current=\"true\"").count(), 1);
    let front_svg = &html[html.find("<svg").unwrap()..];
    assert!(front_svg[..front_svg.find('>').unwrap()].contains("data-current=\"true\""));
    // Decoration is hidden from screen readers; the side words too.
    assert!(
        html.contains("class=\"lpm-figure\" aria-hidden=\"true\"")
            || html.contains("aria-hidden=\"true\" class=\"lpm-figure\"")
    );
    assert!(html.contains(">Left</text>") && html.contains(">Right</text>"));
}

#[tokio::test]
async fn the_selected_region_is_pressed_hatched_and_the_tab_stop() {
    let calf = RegionId::new(Side::Left, Part::Calf);
    let html = render_map(View::Back, Some(calf)).await;
    let tag = region_tag(&html, "left-calf");
    assert_eq!(attr(tag, "aria-pressed"), Some("true"));
    assert_eq!(attr(tag, "tabindex"), Some("0"));
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
    assert_eq!(html.matches("tabindex=\"0\"").count(), 2);
    assert_eq!(
        attr(region_tag(&html, "left-hip"), "tabindex"),
        Some("0"),
        "the front view keeps its own tab stop"
    );
    assert!(
        html.contains("fill=\"url(#lpm-hatch-back)\""),
        "selected region is hatched, not only coloured"
    );
    assert!(html.contains("id=\"lpm-hatch-back\""));
    assert!(html.contains("lpm-selection-outline"));
    // The back view is the current one.
    let back_svg = &html[html.rfind("<svg").unwrap()..];
    assert!(back_svg[..back_svg.find('>').unwrap()].contains("data-current=\"true\""));
}

#[tokio::test]
async fn the_view_switch_is_two_pressed_buttons() {
    let html = ServerRenderer::<ViewSwitch>::with_props(|| ViewSwitchProps {
        lang: Rc::new(test_lang()),
        view: View::Back,
        on_show: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!html.contains("style="));
    assert!(
        html.contains("role=\"group\"") && html.contains("aria-label=\"Which side of the legs\"")
    );
    assert_eq!(html.matches("<button").count(), 2);
    assert_eq!(html.matches("part=\"button\"").count(), 2);
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
    let back = &html[html
        .find(">Back<")
        .map(|i| html[..i].rfind("<button").unwrap())
        .unwrap()..];
    assert!(back[..back.find('>').unwrap()].contains("aria-pressed=\"true\""));
    assert!(html.contains(">Front<"));
}
