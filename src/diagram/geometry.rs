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
//! no two hit areas of one view overlap; `tests/geometry.rs` checks both.
//!
//! Region shapes tile the leg: neighbouring regions share their edges exactly, and every path is
//! made of cubic curves (the edges were laid out as smooth splines through a few points along the
//! silhouette, then written out as `C` segments). Small parts (ankle, knee, Achilles, sole, top of
//! the foot) keep their true drawn size; only their hit rectangles are bigger.

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

/// CSS px per viewBox unit when the map is `width_px` wide.
pub fn px_per_unit(width_px: f32) -> f32 {
    width_px / VIEW_W
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
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
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
    shapes(part.view()).iter().find(|s| s.part == part).expect("every part has a shape")
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
    let x = if is_mirrored(view, side) { VIEW_W - SIDE_LABEL_X } else { SIDE_LABEL_X };
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
    pub const GROIN: f32 = 134.0;
    pub const KNEE_TOP: f32 = 292.0;
    pub const KNEE_BOTTOM: f32 = 360.0;
    pub const ANKLE_TOP: f32 = 504.0;
    pub const INSTEP: f32 = 550.0;
    pub const TOES: f32 = 604.0;
    /// Back view only.
    pub const GLUTEAL_FOLD: f32 = 162.0;
    pub const CALF_BOTTOM: f32 = 486.0;
    pub const HEEL: f32 = 542.0;
}

use edge::*;

const fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

const FRONT: &[Shape] = &[
    Shape { part: Part::Hip, d: HIP, hit: rect(OUT, HIP_TOP, IN, GROIN), label: (98.0, 88.0) },
    Shape { part: Part::ThighFront, d: THIGH_FRONT, hit: rect(THIGH_1, GROIN, THIGH_2, KNEE_TOP), label: (96.0, 212.0) },
    Shape { part: Part::InnerThigh, d: INNER_THIGH, hit: rect(THIGH_2, GROIN, IN, KNEE_TOP), label: (136.0, 200.0) },
    Shape { part: Part::OuterThigh, d: OUTER_THIGH, hit: rect(OUT, GROIN, THIGH_1, KNEE_TOP), label: (52.0, 200.0) },
    // The drawn knee is 85 wide; its hit area reaches past both sides.
    Shape { part: Part::Knee, d: KNEE, hit: rect(58.0, KNEE_TOP, 158.0, KNEE_BOTTOM), label: (106.0, 330.0) },
    Shape { part: Part::Shin, d: SHIN, hit: rect(54.0, KNEE_BOTTOM, IN, ANKLE_TOP), label: (108.0, 432.0) },
    // The drawn ankle is about 45 × 45.
    Shape { part: Part::Ankle, d: ANKLE, hit: rect(66.0, ANKLE_TOP, 160.0, INSTEP), label: (112.0, 526.0) },
    Shape { part: Part::FootTop, d: FOOT_TOP, hit: rect(62.0, INSTEP, 160.0, TOES), label: (112.0, 572.0) },
];

const BACK: &[Shape] = &[
    Shape { part: Part::Buttock, d: BUTTOCK, hit: rect(OUT, HIP_TOP, IN, GLUTEAL_FOLD), label: (100.0, 108.0) },
    Shape { part: Part::ThighBack, d: THIGH_BACK, hit: rect(OUT, GLUTEAL_FOLD, IN, KNEE_TOP), label: (100.0, 232.0) },
    Shape { part: Part::KneeBack, d: KNEE_BACK, hit: rect(58.0, KNEE_TOP, 158.0, KNEE_BOTTOM), label: (105.0, 330.0) },
    Shape { part: Part::Calf, d: CALF, hit: rect(54.0, KNEE_BOTTOM, IN, CALF_BOTTOM), label: (106.0, 420.0) },
    // The tendon and heel are about 40 wide as drawn.
    Shape { part: Part::Achilles, d: ACHILLES, hit: rect(66.0, CALF_BOTTOM, 160.0, HEEL), label: (112.0, 514.0) },
    // The heel is lifted a little, so the sole shows below it, foreshortened.
    Shape { part: Part::Sole, d: SOLE, hit: rect(62.0, HEEL, 160.0, TOES), label: (114.0, 574.0) },
];

// Path data, viewBox units, the leg on the viewer's left.
// <path-data>
const FRONT_OUTLINE: &str = "M164 37C154.7 36 127 32.2 108 31C89 29.8 59.7 30.2 50 30C48.2 35 42.2 49.3 39 60C35.8 70.7 32.5 83.3 31 94C29.5 104.7 30 113 30 124C30 135 30 146.7 31 160C32 173.3 33.3 188.7 36 204C38.7 219.3 42.5 236.3 47 252C51.5 267.7 59.3 285 63 298C66.7 311 68.3 319.3 69 330C69.7 340.7 68.2 350 67 362C65.8 374 61.8 387.7 62 402C62.2 416.3 64.3 434 68 448C71.7 462 80 476.7 84 486C88 495.3 91 497 92 504C93 511 90.5 520.3 90 528C89.5 535.7 90.3 542.3 89 550C87.7 557.7 83.7 567 82 574C80.3 581 79.5 589 79 592C79.5 597 88.5 597 89 594C89.5 599.5 99.5 599.5 100 595C100.6 601 111.4 601 112 596C112.7 602 124.3 602 125 596C126 602.5 144.9 602.5 146 590C145.3 586.3 143.8 574.7 142 568C140.2 561.3 136 558.2 135 550C134 541.8 136.5 526.7 136 519C135.5 511.3 132 510.2 132 504C132 497.8 133.7 492.7 136 482C138.3 471.3 143.5 454.3 146 440C148.5 425.7 151.5 409 151 396C150.5 383 143.5 373.3 143 362C142.5 350.7 147.7 338.7 148 328C148.3 317.3 145 309 145 298C145 287 146.5 275.3 148 262C149.5 248.7 152 233 154 218C156 203 158.3 183.3 160 172C161.7 160.7 163.3 153.7 164 150C164 150 164 37 164 37Z";
const HIP: &str = "M50 30C59.7 30.2 89 29.8 108 31C127 32.2 154.7 36 164 37C164 37 164 150 164 150C155.3 148.3 127.7 142.8 112 140C96.3 137.2 83.7 135.7 70 133C56.3 130.3 36.7 125.5 30 124C30 113 29.5 104.7 31 94C32.5 83.3 35.8 70.7 39 60C42.2 49.3 48.2 35 50 30Z";
const THIGH_FRONT: &str = "M70 133C83.7 135.7 96.3 137.2 112 140C112.2 150 112.3 181.3 113 200C113.7 218.7 114.5 236.5 116 252C117.5 267.5 121 286.2 122 293C110.5 292.2 85.8 292.2 76 293C75 285.5 71.5 265.2 70 248C68.5 230.8 67 209.2 67 190C67 170.8 69.5 142.5 70 133Z";
const INNER_THIGH: &str = "M112 140C127.7 142.8 155.3 148.3 164 150C163.3 153.7 161.7 160.7 160 172C158.3 183.3 156 203 154 218C152 233 149.5 248.7 148 262C146.5 275.3 145 287 145 298C141.2 297.2 133.5 293.8 122 293C121 286.2 117.5 267.5 116 252C114.5 236.5 113.7 218.7 113 200C112.3 181.3 112.2 150 112 140Z";
const OUTER_THIGH: &str = "M30 124C36.7 125.5 56.3 130.3 70 133C69.5 142.5 67 170.8 67 190C67 209.2 68.5 230.8 70 248C71.5 265.2 75 285.5 76 293C66.2 293.8 65.2 297.2 63 298C59.3 285 51.5 267.7 47 252C42.5 236.3 38.7 219.3 36 204C33.3 188.7 32 173.3 31 160C30 146.7 30 135 30 124Z";
const KNEE: &str = "M63 298C65.2 297.2 66.2 293.8 76 293C85.8 292.2 110.5 292.2 122 293C133.5 293.8 141.2 297.2 145 298C145 309 148.3 317.3 148 328C147.7 338.7 142.5 350.7 143 362C136.7 363 117.7 368 105 368C92.3 368 73.3 363 67 362C68.2 350 69.7 340.7 69 330C68.3 319.3 66.7 311 63 298Z";
const SHIN: &str = "M67 362C73.3 363 92.3 368 105 368C117.7 368 136.7 363 143 362C143.5 373.3 150.5 383 151 396C151.5 409 148.5 425.7 146 440C143.5 454.3 138.3 471.3 136 482C133.7 492.7 132 497.8 132 504C128.7 504.7 118.7 508 112 508C105.3 508 95.3 504.7 92 504C91 497 88 495.3 84 486C80 476.7 71.7 462 68 448C64.3 434 62.2 416.3 62 402C61.8 387.7 65.8 374 67 362Z";
const ANKLE: &str = "M92 504C95.3 504.7 105.3 508 112 508C118.7 508 128.7 504.7 132 504C132 510.2 135.5 511.3 136 519C136.5 526.7 134 541.8 135 550C131.2 548.8 119.7 543 112 543C104.3 543 92.8 548.8 89 550C90.3 542.3 89.5 535.7 90 528C90.5 520.3 93 511 92 504Z";
const FOOT_TOP: &str = "M89 550C92.8 548.8 104.3 543 112 543C119.7 543 131.2 548.8 135 550C136 558.2 140.2 561.3 142 568C143.8 574.7 145.3 586.3 146 590C144.9 602.5 126 602.5 125 596C124.3 602 112.7 602 112 596C111.4 601 100.6 601 100 595C99.5 599.5 89.5 599.5 89 594C88.5 597 79.5 597 79 592C79.5 589 80.3 581 82 574C83.7 567 87.7 557.7 89 550Z";
const FRONT_SHADING: &[&str] = &[
    "M30 124C30 135 30 146.7 31 160C32 173.3 33.3 188.7 36 204C38.7 219.3 42.5 236.3 47 252C51.5 267.7 59.3 285 63 298C62.2 296.3 60.2 296 58 288C55.8 280 52.7 264 50 250C47.3 236 44 219 42 204C40 189 40 173.3 38 160C36 146.7 31.3 130 30 124Z",
    "M164 150C163.3 153.7 161.7 160.7 160 172C158.3 183.3 156 203 154 218C152 233 149.5 248.7 148 262C146.5 275.3 145 287 145 298C144.2 296.7 140.7 296 140 290C139.3 284 139.8 274 141 262C142.2 250 144.7 232.7 147 218C149.3 203.3 152.2 185.3 155 174C157.8 162.7 162.5 154 164 150Z",
    "M67 362C65.8 374 61.8 387.7 62 402C62.2 416.3 64.3 434 68 448C71.7 462 80 476.7 84 486C88 495.3 91 497 92 504C92.3 503 95.7 503.7 94 498C92.3 492.3 85.7 479.3 82 470C78.3 460.7 74.2 453.3 72 442C69.8 430.7 69.8 415.3 69 402C68.2 388.7 67.3 368.7 67 362Z",
    "M143 362C143.5 373.3 150.5 383 151 396C151.5 409 148.5 425.7 146 440C143.5 454.3 138.3 471.3 136 482C133.7 492.7 132 497.8 132 504C131.3 503 127 503.7 128 498C129 492.3 135.7 480.3 138 470C140.3 459.7 141 448.3 142 436C143 423.7 143.8 408.3 144 396C144.2 383.7 143.2 367.7 143 362Z",
];
const FRONT_MUSCLES: &[&str] = &[
    "M46 50C47.3 54.3 50.7 67.3 54 76C57.3 84.7 64 97.7 66 102",
    "M120 250C121.7 252.3 127.8 258.3 130 264C132.2 269.7 132.5 280.7 133 284",
    "M106 310C113.7 310 120 317.6 120 327C120 336.4 113.7 344 106 344C98.3 344 92 336.4 92 327C92 317.6 98.3 310 106 310Z",
    "M109 376C108.7 384 106.7 408.3 107 424C107.3 439.7 109.8 457.7 111 470C112.2 482.3 113.5 493.3 114 498",
    "M138 374C139 378 143.7 389 144 398C144.3 407 140.7 423 140 428",
    "M78 388C77.3 391.7 74.2 402.7 74 410C73.8 417.3 76.5 428.3 77 432",
    "M97 520C96.7 521.3 95 525.3 95 528C95 530.7 96.7 534.7 97 536",
    "M126 514C126.3 515.2 128 518.7 128 521C128 523.3 126.3 526.8 126 528",
    "M89 594C89.2 593 89.8 589 90 588",
    "M100 595C100.1 594 100.4 590 100.5 589",
    "M112 596C112 595 112 591 112 590",
    "M125 596C124.9 595 124.6 591 124.5 590",
    "M128 556C128.3 558.7 129.3 567 130 572C130.7 577 131.7 583.7 132 586",
];
const BACK_OUTLINE: &str = "M164 33C154.7 32.3 127 29.5 108 29C89 28.5 59.7 29.8 50 30C47.8 35.7 40.3 51.7 37 64C33.7 76.3 31 91.3 30 104C29 116.7 30.5 127.7 31 140C31.5 152.3 31.8 164.7 33 178C34.2 191.3 35.3 206 38 220C40.7 234 44.8 249 49 262C53.2 275 59.8 286.7 63 298C66.2 309.3 67.5 319.3 68 330C68.5 340.7 67.8 349.7 66 362C64.2 374.3 57.3 390 57 404C56.7 418 58.8 432.7 64 446C69.2 459.3 83.2 475.2 88 484C92.8 492.8 92.2 494 93 499C93.8 504 92.7 508.8 93 514C93.3 519.2 94.2 525.5 95 530C95.8 534.5 97.5 539.2 98 541C97.5 543.8 96.3 552.3 95 558C93.7 563.7 91.2 570.3 90 575C88.8 579.7 87.8 583.2 88 586C88.2 588.8 90.5 591 91 592C91.5 597.5 99.5 597.5 100 595C100.5 599.5 108.5 599.5 109 596C109.5 601 117.5 601 118 596.5C118.5 602 126.5 602 127 596C127.8 602.5 142.2 602.5 143 591C142.8 589 143.7 583 142 579C140.3 575 135.3 571 133 567C130.7 563 129.2 559.3 128 555C126.8 550.7 126.3 543.3 126 541C126.5 538.8 128 533.3 129 528C130 522.7 131.7 514.2 132 509C132.3 503.8 130.7 501.2 131 497C131.3 492.8 130.8 492.2 134 484C137.2 475.8 146.5 460.3 150 448C153.5 435.7 156 424.3 155 410C154 395.7 145.2 375.3 144 362C142.8 348.7 147.8 340.7 148 330C148.2 319.3 144.8 309 145 298C145.2 287 147.3 276.3 149 264C150.7 251.7 153.2 238 155 224C156.8 210 158.5 191.7 160 180C161.5 168.3 163.3 158.3 164 154C164 154 164 33 164 33Z";
const BUTTOCK: &str = "M50 30C59.7 29.8 89 28.5 108 29C127 29.5 154.7 32.3 164 33C164 33 164 154 164 154C160 155.8 150.7 162.7 140 165C129.3 167.3 114.7 169.3 100 168C85.3 166.7 63.5 161.7 52 157C40.5 152.3 34.5 142.8 31 140C30.5 127.7 29 116.7 30 104C31 91.3 33.7 76.3 37 64C40.3 51.7 47.8 35.7 50 30Z";
const THIGH_BACK: &str = "M31 140C34.5 142.8 40.5 152.3 52 157C63.5 161.7 85.3 166.7 100 168C114.7 169.3 129.3 167.3 140 165C150.7 162.7 160 155.8 164 154C163.3 158.3 161.5 168.3 160 180C158.5 191.7 156.8 210 155 224C153.2 238 150.7 251.7 149 264C147.3 276.3 145.2 287 145 298C138.2 297.5 117.7 295 104 295C90.3 295 69.8 297.5 63 298C59.8 286.7 53.2 275 49 262C44.8 249 40.7 234 38 220C35.3 206 34.2 191.3 33 178C31.8 164.7 31.5 152.3 31 140Z";
const KNEE_BACK: &str = "M63 298C69.8 297.5 90.3 295 104 295C117.7 295 138.2 297.5 145 298C144.8 309 148.2 319.3 148 330C147.8 340.7 142.8 348.7 144 362C137.5 362.8 118 367 105 367C92 367 72.5 362.8 66 362C67.8 349.7 68.5 340.7 68 330C67.5 319.3 66.2 309.3 63 298Z";
const CALF: &str = "M66 362C72.5 362.8 92 367 105 367C118 367 137.5 362.8 144 362C145.2 375.3 154 395.7 155 410C156 424.3 153.5 435.7 150 448C146.5 460.3 137.2 475.8 134 484C130.2 484.8 118.7 489 111 489C103.3 489 91.8 484.8 88 484C83.2 475.2 69.2 459.3 64 446C58.8 432.7 56.7 418 57 404C57.3 390 64.2 374.3 66 362Z";
const ACHILLES: &str = "M88 484C91.8 484.8 103.3 489 111 489C118.7 489 130.2 484.8 134 484C130.8 492.2 131.3 492.8 131 497C130.7 501.2 132.3 503.8 132 509C131.7 514.2 130 522.7 129 528C128 533.3 126.5 538.8 126 541C123.7 542.5 116.7 550 112 550C107.3 550 100.3 542.5 98 541C97.5 539.2 95.8 534.5 95 530C94.2 525.5 93.3 519.2 93 514C92.7 508.8 93.8 504 93 499C92.2 494 92.8 492.8 88 484Z";
const SOLE: &str = "M98 541C100.3 542.5 107.3 550 112 550C116.7 550 123.7 542.5 126 541C126.3 543.3 126.8 550.7 128 555C129.2 559.3 130.7 563 133 567C135.3 571 140.3 575 142 579C143.7 583 142.8 589 143 591C142.2 602.5 127.8 602.5 127 596C126.5 602 118.5 602 118 596.5C117.5 601 109.5 601 109 596C108.5 599.5 100.5 599.5 100 595C99.5 597.5 91.5 597.5 91 592C90.5 591 88.2 588.8 88 586C87.8 583.2 88.8 579.7 90 575C91.2 570.3 93.7 563.7 95 558C96.3 552.3 97.5 543.8 98 541Z";
const BACK_SHADING: &[&str] = &[
    "M31 140C31.5 152.3 31.8 164.7 33 178C34.2 191.3 35.3 206 38 220C40.7 234 44.8 249 49 262C53.2 275 59.8 286.7 63 298C62.2 296.3 60.2 295 58 288C55.8 281 52.3 267.3 50 256C47.7 244.7 45.7 232.7 44 220C42.3 207.3 42.2 193.3 40 180C37.8 166.7 32.5 146.7 31 140Z",
    "M164 154C163.3 158.3 161.5 168.3 160 180C158.5 191.7 156.8 210 155 224C153.2 238 150.7 251.7 149 264C147.3 276.3 145.2 287 145 298C144.2 296.7 140.5 295.7 140 290C139.5 284.3 140.7 274.7 142 264C143.3 253.3 146 239.7 148 226C150 212.3 151.3 194 154 182C156.7 170 162.3 158.7 164 154Z",
    "M66 362C64.2 374.3 57.3 390 57 404C56.7 418 58.8 432.7 64 446C69.2 459.3 83.2 475.2 88 484C88.3 483 92.7 484.7 90 478C87.3 471.3 76.2 456.3 72 444C67.8 431.7 66 417.7 65 404C64 390.3 65.8 369 66 362Z",
    "M144 362C145.2 375.3 154 395.7 155 410C156 424.3 153.5 435.7 150 448C146.5 460.3 137.2 475.8 134 484C133.3 483.3 128.7 486.3 130 480C131.3 473.7 139.2 458 142 446C144.8 434 146.7 422 147 408C147.3 394 144.5 369.7 144 362Z",
];
const BACK_MUSCLES: &[&str] = &[
    "M42 84C43.3 87.7 48 99 50 106C52 113 53.3 122.7 54 126",
    "M150 112C151.5 116 156.8 129.7 159 136C161.2 142.3 162.3 147.7 163 150",
    "M104 186C103.8 193.7 102.5 218.3 103 232C103.5 245.7 106.3 262 107 268",
    "M92 262C90 265.3 83.3 275.3 80 282C76.7 288.7 73.3 298.7 72 302",
    "M120 262C122 265.3 129 275.3 132 282C135 288.7 137 298.7 138 302",
    "M82 332C85.8 332.8 96.7 337 105 337C113.3 337 127.5 332.8 132 332",
    "M72 414C73.7 418.7 77.2 434.7 82 442C86.8 449.3 97.8 455.3 101 458",
    "M148 424C146.3 428.7 143.3 445 138 452C132.7 459 119.7 463.7 116 466",
    "M106 380C106.2 385.7 106.5 403 107 414C107.5 425 108.7 440.7 109 446",
    "M104 494C104.3 497 105.7 506 106 512C106.3 518 106 527 106 530",
    "M120 494C119.8 497 119.3 506 119 512C118.7 518 118.2 527 118 530",
    "M102 563C103.7 563.7 108.7 567 112 567C115.3 567 120.3 563.7 122 563",
    "M94 580C98 580.7 110.5 584.2 118 584C125.5 583.8 135.5 579.8 139 579",
];
// </path-data>
