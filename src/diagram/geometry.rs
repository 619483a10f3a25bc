//! Every number of the leg diagram, and the only place they live.
//!
//! One leg is drawn per view, the one on the viewer's LEFT, in viewBox units (x grows right,
//! y grows down); the other leg is the same drawing mirrored about the centre line with
//! [`MIRROR`]. So each region's shape exists once, and both legs always match.
//!
//! - Front view: the person faces you, so the leg on your left is their RIGHT leg.
//! - Back view: you see their back, so the leg on your left is their LEFT leg.
//!
//! The viewBox is [`VIEW_W`] wide, the width the map gets on a 360 px phone, so one unit is one
//! CSS pixel there. Every hit area is at least [`MIN_TARGET_PX`] on that phone (WCAG 2.5.5), and
//! no two hit areas of one view overlap; `tests/native/geometry.rs` checks both.
//!
//! Region shapes tile the leg: neighbouring regions share their edges exactly (the same curve
//! segments, in whole units), and every path is made of cubic curves: each edge is a smooth
//! (Catmull-Rom) spline through a few points along the silhouette, written out as cubic segments
//! relative to the previous point (`c`: shorter numbers, fewer bytes on the phone; only the
//! starting `M` is absolute). To move an edge, move it in every shape that shares it, and in
//! the outline. The hit rectangles
//! follow the drawn edges to within a few units (see `mod edge` below). Small parts (ankle, knee,
//! Achilles, sole, top of the foot) keep their true drawn size; only their hit rectangles are
//! bigger.

use crate::content::{Part, RegionId, Side, View};

/// Width of the viewBox, in its own units.
pub const VIEW_W: f32 = 328.0;
/// Height of the viewBox: hips to toes plus a line for the "Left"/"Right" labels.
pub const VIEW_H: f32 = 608.0;
/// The centre line between the two legs.
pub const CENTRE_X: f32 = VIEW_W / 2.0;
/// `viewBox` attribute value.
pub const VIEW_BOX: &str = "0 0 328 608";
/// Reflects the drawn leg onto the other half: `x ↦ VIEW_W − x`.
pub const MIRROR: &str = "matrix(-1 0 0 1 328 0)";

/// The narrowest the map is drawn: a 360 px phone minus the widget's padding.
pub const PHONE_MAP_PX: f32 = 328.0;
/// The smallest tap target, in CSS px, at [`PHONE_MAP_PX`].
pub const MIN_TARGET_PX: f32 = 44.0;

/// The smallest hit rectangle side allowed, in viewBox units.
pub fn min_hit_size() -> f32 {
    MIN_TARGET_PX * VIEW_W / PHONE_MAP_PX
}

/// An axis-aligned rectangle in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Do the two share any area? (Touching edges do not count.)
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }
    /// The same rectangle on the other leg.
    pub fn mirrored(&self) -> Rect {
        Rect::new(VIEW_W - self.right(), self.y, self.w, self.h)
    }
}

/// One region of the drawn leg (the leg on the viewer's left), in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub part: Part,
    /// The region as drawn: a closed path of curves.
    pub d: &'static str,
    /// Where a tap counts: at least [`min_hit_size`] each way, often bigger than the drawing.
    pub hit: Rect,
    /// A point well inside the drawn shape, e.g. for a marker or tooltip.
    pub label: (f32, f32),
}

/// Which of the person's legs is drawn as-is, on the viewer's left; the other one is mirrored.
pub const fn drawn_side(view: View) -> Side {
    match view {
        View::Front => Side::Right,
        View::Back => Side::Left,
    }
}

/// Is this side's leg the mirrored copy (on the viewer's right) in this view?
pub const fn is_mirrored(view: View, side: Side) -> bool {
    !matches!(
        (drawn_side(view), side),
        (Side::Left, Side::Left) | (Side::Right, Side::Right)
    )
}

/// The shapes of one view, in [`Part::ALL`] order (top to bottom: the keyboard order).
pub fn shapes(view: View) -> &'static [Shape] {
    match view {
        View::Front => FRONT,
        View::Back => BACK,
    }
}

/// The drawn shape of a part, in the drawn leg's coordinates.
pub fn shape(part: Part) -> &'static Shape {
    shapes(part.view())
        .iter()
        .find(|s| s.part == part)
        .expect("every part has a shape")
}

/// The hit rectangle of a region, in viewBox coordinates (mirrored when on the viewer's right).
pub fn hit_rect(region: RegionId) -> Rect {
    let hit = shape(region.part).hit;
    if is_mirrored(region.view(), region.side) {
        hit.mirrored()
    } else {
        hit
    }
}

/// The label anchor of a region, in viewBox coordinates.
pub fn label_point(region: RegionId) -> (f32, f32) {
    let (x, y) = shape(region.part).label;
    if is_mirrored(region.view(), region.side) {
        (VIEW_W - x, y)
    } else {
        (x, y)
    }
}

/// The silhouette of the drawn leg, from the waist to the toes (closed path).
pub fn leg_outline(view: View) -> &'static str {
    match view {
        View::Front => FRONT_OUTLINE,
        View::Back => BACK_OUTLINE,
    }
}

/// Soft shadows along the edges of thighs and lower legs, for volume (decorative, closed paths).
pub fn shading(view: View) -> &'static [&'static str] {
    match view {
        View::Front => FRONT_SHADING,
        View::Back => BACK_SHADING,
    }
}

/// Decorative lines (kneecap, shin bone, calf muscles, toes…) on the drawn leg: open paths.
pub fn muscle_lines(view: View) -> &'static [&'static str] {
    match view {
        View::Front => FRONT_MUSCLES,
        View::Back => BACK_MUSCLES,
    }
}

/// Baseline of the "Left"/"Right" words above the legs.
pub const SIDE_LABEL_Y: f32 = 17.0;
/// Centre of the side word above the drawn leg.
const SIDE_LABEL_X: f32 = 96.0;

/// Where the "Left"/"Right" word goes in a view: centred over that leg (text-anchor middle).
pub fn side_label(view: View, side: Side) -> (f32, f32) {
    let x = if is_mirrored(view, side) {
        VIEW_W - SIDE_LABEL_X
    } else {
        SIDE_LABEL_X
    };
    (x, SIDE_LABEL_Y)
}

/// The hit rectangles share these edges, so that none overlap and the regions stack cleanly.
mod edge {
    /// Outer edge of the widest hit rectangles, and the inner edge, leaving 4 units at the centre.
    pub const OUT: f32 = 20.0;
    pub const IN: f32 = 162.0;
    /// Between outer thigh | front of thigh | inner thigh.
    pub const THIGH_1: f32 = 68.0;
    pub const THIGH_2: f32 = 113.0;
    /// Front view, top to bottom.
    pub const HIP_TOP: f32 = 24.0;
    pub const GROIN: f32 = 136.0;
    pub const KNEE_TOP: f32 = 295.0;
    pub const KNEE_BOTTOM: f32 = 365.0;
    pub const ANKLE_TOP: f32 = 505.0;
    pub const INSTEP: f32 = 551.0;
    pub const TOES: f32 = 604.0;
    /// Back view only.
    pub const GLUTEAL_FOLD: f32 = 164.0;
    pub const CALF_BOTTOM: f32 = 487.0;
    pub const HEEL: f32 = 550.0;
}

use edge::*;

const fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

const FRONT: &[Shape] = &[
    Shape {
        part: Part::Hip,
        d: HIP,
        hit: rect(OUT, HIP_TOP, IN, GROIN),
        label: (98.0, 88.0),
    },
    Shape {
        part: Part::ThighFront,
        d: THIGH_FRONT,
        hit: rect(THIGH_1, GROIN, THIGH_2, KNEE_TOP),
        label: (96.0, 212.0),
    },
    Shape {
        part: Part::InnerThigh,
        d: INNER_THIGH,
        hit: rect(THIGH_2, GROIN, IN, KNEE_TOP),
        label: (136.0, 200.0),
    },
    Shape {
        part: Part::OuterThigh,
        d: OUTER_THIGH,
        hit: rect(OUT, GROIN, THIGH_1, KNEE_TOP),
        label: (52.0, 200.0),
    },
    // The drawn knee is 85 wide; its hit area reaches past both sides.
    Shape {
        part: Part::Knee,
        d: KNEE,
        hit: rect(58.0, KNEE_TOP, 158.0, KNEE_BOTTOM),
        label: (106.0, 330.0),
    },
    Shape {
        part: Part::Shin,
        d: SHIN,
        hit: rect(54.0, KNEE_BOTTOM, IN, ANKLE_TOP),
        label: (108.0, 432.0),
    },
    // The drawn ankle is about 45 × 45.
    Shape {
        part: Part::Ankle,
        d: ANKLE,
        hit: rect(66.0, ANKLE_TOP, 160.0, INSTEP),
        label: (112.0, 526.0),
    },
    Shape {
        part: Part::FootTop,
        d: FOOT_TOP,
        hit: rect(62.0, INSTEP, 160.0, TOES),
        label: (112.0, 572.0),
    },
];

const BACK: &[Shape] = &[
    Shape {
        part: Part::Buttock,
        d: BUTTOCK,
        hit: rect(OUT, HIP_TOP, IN, GLUTEAL_FOLD),
        label: (100.0, 108.0),
    },
    Shape {
        part: Part::ThighBack,
        d: THIGH_BACK,
        hit: rect(OUT, GLUTEAL_FOLD, IN, KNEE_TOP),
        label: (100.0, 232.0),
    },
    Shape {
        part: Part::KneeBack,
        d: KNEE_BACK,
        hit: rect(58.0, KNEE_TOP, 158.0, KNEE_BOTTOM),
        label: (105.0, 330.0),
    },
    Shape {
        part: Part::Calf,
        d: CALF,
        hit: rect(54.0, KNEE_BOTTOM, IN, CALF_BOTTOM),
        label: (106.0, 420.0),
    },
    // The tendon and heel are about 40 wide as drawn.
    Shape {
        part: Part::Achilles,
        d: ACHILLES,
        hit: rect(66.0, CALF_BOTTOM, 160.0, HEEL),
        label: (112.0, 514.0),
    },
    // The heel is lifted a little, so the sole shows below it, foreshortened.
    Shape {
        part: Part::Sole,
        d: SOLE,
        hit: rect(62.0, HEEL, 160.0, TOES),
        label: (114.0, 574.0),
    },
];

// Path data, viewBox units, the leg on the viewer's left.
// <path-data>
const FRONT_OUTLINE: &str = "M164 37c-9-1-37-5-56-6-19-1-48-1-58-1-2 5-8 19-11 30-3 11-7 24-8 36-1 12-1 22-1 33 0 11 0 21 1 33 1 12 2 27 5 42 3 15 6 32 11 48 5 16 12 33 16 46 4 13 5 21 6 32 1 11-1 20-2 32-1 12-5 26-5 40 0 14 2 32 6 46 4 14 12 29 16 38 4 9 7 11 8 18 1 7-2 16-2 24 0 8 0 14-1 22-1 8-5 17-7 24-2 7-2 15-3 18 1 5 9 5 10 2 1 6 10 6 11 1 1 6 11 6 12 1 1 6 12 6 13 0 1 6 20 6 21-6-1-4-2-15-4-22-2-7-6-10-7-18-1-8 1-23 1-31 0-8-4-9-4-15 0-6 2-11 4-22 2-11 8-28 10-42 2-14 6-31 5-44-1-13-7-23-8-34-1-11 5-23 5-34 0-11-3-19-3-30 0-11 1-23 3-36 2-13 4-29 6-44 2-15 4-36 6-48 2-12 3-22 4-27 0 0 0-106 0-106z";
const HIP: &str = "M50 30c10 0 39 0 58 1 19 1 47 5 56 6 0 0 0 106 0 106-9-1-36-3-52-5-16-1-28-2-42-4-14-1-33-4-40-5 0-11 0-21 1-33 1-12 5-25 8-36 3-11 9-25 11-30z";
const THIGH_FRONT: &str = "M70 134c14 2 26 3 42 4 0 11 1 43 1 62 0 19 0 36 1 52 1 16 3 34 4 41-12-1-33-1-42 0-1-7-4-28-6-45-2-17-3-39-3-58 0-19 3-46 3-56z";
const INNER_THIGH: &str = "M112 138c16 2 43 4 52 5-1 5-2 15-4 27-2 12-4 33-6 48-2 15-4 31-6 44-2 13-3 25-3 36-5-1-15-4-27-5-1-7-3-25-4-41-1-16-1-33-1-52 0-19-1-51-1-62z";
const OUTER_THIGH: &str = "M30 129c7 1 26 4 40 5 0 10-3 37-3 56 0 19 1 41 3 58 2 17 5 38 6 45-9 1-11 4-13 5-4-13-11-30-16-46-5-16-8-33-11-48-3-15-4-30-5-42-1-12-1-22-1-33z";
const KNEE: &str = "M63 298c2-1 4-4 13-5 9-1 30-1 42 0 12 1 22 4 27 5 0 11 3 19 3 30 0 11-6 23-5 34-6 1-25 6-38 6-13 0-32-5-38-6 1-12 3-21 2-32-1-11-2-19-6-32z";
const SHIN: &str = "M67 362c6 1 25 6 38 6 13 0 32-5 38-6 1 11 7 21 8 34 1 13-3 30-5 44-2 14-8 31-10 42-2 11-4 16-4 22-3 1-13 4-20 4-7 0-17-3-20-4-1-7-4-9-8-18-4-9-12-24-16-38-4-14-6-32-6-46 0-14 4-28 5-40z";
const ANKLE: &str = "M92 504c3 1 13 4 20 4 7 0 17-3 20-4 0 6 4 7 4 15 0 8-2 23-1 31-4-1-15-7-23-7-8 0-19 6-23 7 1-8 1-14 1-22 0-8 3-17 2-24z";
const FOOT_TOP: &str = "M89 550c4-1 15-7 23-7 8 0 19 6 23 7 1 8 5 11 7 18 2 7 3 18 4 22-1 12-20 12-21 6-1 6-12 6-13 0-1 5-11 5-12-1-1 5-10 5-11-1-1 3-9 3-10-2 1-3 1-11 3-18 2-7 6-16 7-24z";
const FRONT_SHADING: &[&str] = &[
    "M30 129c0 11 0 21 1 33 1 12 2 27 5 42 3 15 6 32 11 48 5 16 12 33 16 46-1-2-3-2-5-10-2-8-5-24-8-38-3-14-6-31-8-46-2-15-2-32-4-44-2-12-7-26-8-31z",
    "M164 143c-1 5-2 15-4 27-2 12-4 33-6 48-2 15-4 31-6 44-2 13-3 25-3 36-1-1-4-2-5-8-1-6 0-16 1-28 1-12 4-29 6-44 2-15 5-34 8-46 3-12 7-24 9-29z",
    "M67 362c-1 12-5 26-5 40 0 14 2 32 6 46 4 14 12 29 16 38 4 9 7 11 8 18 0-1 4 0 2-6-2-6-8-19-12-28-4-9-8-17-10-28-2-11-2-27-3-40-1-13-2-33-2-40z",
    "M143 362c1 11 7 21 8 34 1 13-3 30-5 44-2 14-8 31-10 42-2 11-4 16-4 22-1-1-5 0-4-6 1-6 8-18 10-28 2-10 3-22 4-34 1-12 2-28 2-40 0-12-1-28-1-34z",
];
const FRONT_MUSCLES: &[&str] = &[
    "M46 50c1 4 5 17 8 26 3 9 10 22 12 26",
    "M120 250c2 2 8 8 10 14 2 6 2 17 3 20",
    "M106 310c8 0 14 8 14 17 0 9-6 17-14 17-8 0-14-8-14-17 0-9 6-17 14-17z",
    "M109 376c0 8-2 32-2 48 0 16 3 34 4 46 1 12 3 23 3 28",
    "M138 374c1 4 6 15 6 24 0 9-3 25-4 30",
    "M78 388c-1 4-4 15-4 22 0 7 2 18 3 22",
    "M97 520c0 1-2 5-2 8 0 3 2 7 2 8",
    "M126 514c0 1 2 5 2 7 0 2-2 6-2 7",
    "M89 594c0-1 1-5 1-6",
    "M100 595c0-1 0-5 0-6",
    "M112 596c0-1 0-5 0-6",
    "M125 596c0-1 0-5-1-6",
    "M128 556c0 3 1 11 2 16 1 5 2 12 2 14",
];
const BACK_OUTLINE: &str = "M164 33c-9-1-37-3-56-4-19-1-48 1-58 1-2 6-10 22-13 34-3 12-6 26-7 40-1 14 0 30 1 42 1 12 1 20 2 32 1 12 2 28 5 42 3 14 7 29 11 42 4 13 11 25 14 36 3 11 5 21 5 32 0 11 0 20-2 32-2 12-9 28-9 42 0 14 2 29 7 42 5 13 19 29 24 38 5 9 3 9 4 14 1 5 0 10 0 14 0 4 2 9 2 13 1 4 2 9 2 11 1 2 1 10 4 12-1 3-4 10-6 15-2 5-3 10-4 14-1 4-1 7-1 10 0 3 2 5 2 6 0 5 9 5 9 2 0 5 9 5 9 1 0 6 9 6 9 0 0 6 9 6 9 0 1 6 15 6 16-5 0-2 1-7-1-11-2-4-6-7-8-10-2-3-3-5-5-9-2-4-4-10-5-13 3-2 3-10 4-12 0-2 1-9 2-14 1-5 2-12 2-16 1-4-1-6-1-10 0-4 0-4 3-12 3-8 12-24 16-36 4-12 6-24 5-38-1-14-10-35-11-48-1-13 4-21 4-32 0-11-3-21-3-32 0-11 2-22 4-34 2-12 4-26 6-40 2-14 3-33 5-44 2-11 3-20 4-24 0 0 0-123 0-123z";
const BUTTOCK: &str = "M50 30c10 0 39-2 58-1 19 1 47 3 56 4 0 0 0 123 0 123-4 2-13 7-24 9-11 2-25 3-40 2-15-1-36-3-48-7-12-4-18-12-21-14-1-12-2-28-1-42 1-14 4-28 7-40 3-12 11-28 13-34z";
const THIGH_BACK: &str = "M31 146c3 2 9 10 21 14 12 4 33 6 48 7 15 1 29 0 40-2 11-2 20-7 24-9-1 4-2 13-4 24-2 11-3 30-5 44-2 14-4 28-6 40-2 12-4 23-4 34-7 0-27-3-41-3-14 0-34 3-41 3-3-11-10-23-14-36-4-13-8-28-11-42-3-14-4-30-5-42-1-12-1-20-2-32z";
const KNEE_BACK: &str = "M63 298c7 0 27-3 41-3 14 0 34 3 41 3 0 11 3 21 3 32 0 11-5 19-4 32-6 1-26 5-39 5-13 0-33-4-39-5 2-12 2-21 2-32 0-11-2-21-5-32z";
const CALF: &str = "M66 362c6 1 26 5 39 5 13 0 33-4 39-5 1 13 10 34 11 48 1 14-1 26-5 38-4 12-13 28-16 36-4 1-15 5-23 5-8 0-19-4-23-5-5-9-19-25-24-38-5-13-7-28-7-42 0-14 7-30 9-42z";
const ACHILLES: &str = "M88 484c4 1 15 5 23 5 8 0 19-4 23-5-3 8-3 8-3 12 0 4 2 6 1 10 0 4-1 11-2 16-1 5-2 12-2 14-1 2-1 10-4 12-3 4-8 6-12 6-4 0-9-2-12-6-3-2-3-10-4-12 0-2-1-7-2-11 0-4-2-9-2-13 0-4 1-9 0-14-1-5 1-5-4-14z";
const SOLE: &str = "M100 548c3 4 8 6 12 6 4 0 9-2 12-6 1 3 3 9 5 13 2 4 3 6 5 9 2 3 6 6 8 10 2 4 1 9 1 11-1 11-15 11-16 5 0 6-9 6-9 0 0 6-9 6-9 0 0 4-9 4-9-1 0 3-9 3-9-2 0-1-2-3-2-6 0-3 0-6 1-10 1-4 2-9 4-14 2-5 5-12 6-15z";
const BACK_SHADING: &[&str] = &[
    "M31 146c1 12 1 20 2 32 1 12 2 28 5 42 3 14 7 29 11 42 4 13 11 25 14 36-1-2-3-3-5-10-2-7-6-21-8-32-2-11-4-23-6-36-2-13-2-28-4-40-2-12-8-28-9-34z",
    "M164 156c-1 4-2 13-4 24-2 11-3 30-5 44-2 14-4 28-6 40-2 12-4 23-4 34-1-1-5-2-5-8 0-6 1-15 2-26 1-11 4-24 6-38 2-14 3-32 6-44 3-12 8-22 10-26z",
    "M66 362c-2 12-9 28-9 42 0 14 2 29 7 42 5 13 19 29 24 38 0-1 5 1 2-6-3-7-14-22-18-34-4-12-6-26-7-40-1-14 1-35 1-42z",
    "M144 362c1 13 10 34 11 48 1 14-1 26-5 38-4 12-13 28-16 36-1-1-5 2-4-4 1-6 9-22 12-34 3-12 5-24 5-38 0-14-3-38-3-46z",
];
const BACK_MUSCLES: &[&str] = &[
    "M42 84c1 4 6 15 8 22 2 7 3 17 4 20",
    "M150 112c2 4 7 18 9 24 2 6 3 12 4 14",
    "M104 186c0 8-2 32-1 46 1 14 3 30 4 36",
    "M92 262c-2 3-9 13-12 20-3 7-7 17-8 20",
    "M120 262c2 3 9 13 12 20 3 7 5 17 6 20",
    "M82 332c4 1 15 5 23 5 8 0 23-4 27-5",
    "M72 414c2 5 5 21 10 28 5 7 16 13 19 16",
    "M148 424c-2 5-5 21-10 28-5 7-18 12-22 14",
    "M106 380c0 6 0 23 1 34 1 11 2 27 2 32",
    "M104 494c0 3 2 12 2 18 0 6 0 13 0 16",
    "M120 494c0 3-1 12-2 18 0 6 0 13 0 16",
    "M103 566c1 1 6 4 9 4 3 0 8-3 9-4",
    "M94 582c4 1 16 4 23 4 7-1 18-5 22-6",
];
// </path-data>
