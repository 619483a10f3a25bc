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
//! Region shapes tile the leg: neighbouring regions share their edges exactly (the same curve
//! segments, in whole units), and every path is made of cubic curves: each edge is a smooth
//! (Catmull-Rom) spline through a few points along the silhouette, written out as `C` segments.
//! To move an edge, move it in every shape that shares it, and in the outline. The hit rectangles
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
const FRONT_OUTLINE: &str = "M164 37C155 36 127 32 108 31C89 30 60 30 50 30C48 35 42 49 39 60C36 71 32 84 31 96C30 108 30 118 30 129C30 140 30 150 31 162C32 174 33 189 36 204C39 219 42 236 47 252C52 268 59 285 63 298C67 311 68 319 69 330C70 341 68 350 67 362C66 374 62 388 62 402C62 416 64 434 68 448C72 462 80 477 84 486C88 495 91 497 92 504C93 511 90 520 90 528C90 536 90 542 89 550C88 558 84 567 82 574C80 581 80 589 79 592C80 597 88 597 89 594C90 600 99 600 100 595C101 601 111 601 112 596C113 602 124 602 125 596C126 602 145 602 146 590C145 586 144 575 142 568C140 561 136 558 135 550C134 542 136 527 136 519C136 511 132 510 132 504C132 498 134 493 136 482C138 471 144 454 146 440C148 426 152 409 151 396C150 383 144 373 143 362C142 351 148 339 148 328C148 317 145 309 145 298C145 287 146 275 148 262C150 249 152 233 154 218C156 203 158 182 160 170C162 158 163 148 164 143C164 143 164 37 164 37Z";
const HIP: &str = "M50 30C60 30 89 30 108 31C127 32 155 36 164 37C164 37 164 143 164 143C155 142 128 140 112 138C96 137 84 136 70 134C56 133 37 130 30 129C30 118 30 108 31 96C32 84 36 71 39 60C42 49 48 35 50 30Z";
const THIGH_FRONT: &str = "M70 134C84 136 96 137 112 138C112 149 113 181 113 200C113 219 113 236 114 252C115 268 117 286 118 293C106 292 85 292 76 293C75 286 72 265 70 248C68 231 67 209 67 190C67 171 70 144 70 134Z";
const INNER_THIGH: &str = "M112 138C128 140 155 142 164 143C163 148 162 158 160 170C158 182 156 203 154 218C152 233 150 249 148 262C146 275 145 287 145 298C140 297 130 294 118 293C117 286 115 268 114 252C113 236 113 219 113 200C113 181 112 149 112 138Z";
const OUTER_THIGH: &str = "M30 129C37 130 56 133 70 134C70 144 67 171 67 190C67 209 68 231 70 248C72 265 75 286 76 293C67 294 65 297 63 298C59 285 52 268 47 252C42 236 39 219 36 204C33 189 32 174 31 162C30 150 30 140 30 129Z";
const KNEE: &str = "M63 298C65 297 67 294 76 293C85 292 106 292 118 293C130 294 140 297 145 298C145 309 148 317 148 328C148 339 142 351 143 362C137 363 118 368 105 368C92 368 73 363 67 362C68 350 70 341 69 330C68 319 67 311 63 298Z";
const SHIN: &str = "M67 362C73 363 92 368 105 368C118 368 137 363 143 362C144 373 150 383 151 396C152 409 148 426 146 440C144 454 138 471 136 482C134 493 132 498 132 504C129 505 119 508 112 508C105 508 95 505 92 504C91 497 88 495 84 486C80 477 72 462 68 448C64 434 62 416 62 402C62 388 66 374 67 362Z";
const ANKLE: &str = "M92 504C95 505 105 508 112 508C119 508 129 505 132 504C132 510 136 511 136 519C136 527 134 542 135 550C131 549 120 543 112 543C104 543 93 549 89 550C90 542 90 536 90 528C90 520 93 511 92 504Z";
const FOOT_TOP: &str = "M89 550C93 549 104 543 112 543C120 543 131 549 135 550C136 558 140 561 142 568C144 575 145 586 146 590C145 602 126 602 125 596C124 602 113 602 112 596C111 601 101 601 100 595C99 600 90 600 89 594C88 597 80 597 79 592C80 589 80 581 82 574C84 567 88 558 89 550Z";
const FRONT_SHADING: &[&str] = &[
    "M30 129C30 140 30 150 31 162C32 174 33 189 36 204C39 219 42 236 47 252C52 268 59 285 63 298C62 296 60 296 58 288C56 280 53 264 50 250C47 236 44 219 42 204C40 189 40 172 38 160C36 148 31 134 30 129Z",
    "M164 143C163 148 162 158 160 170C158 182 156 203 154 218C152 233 150 249 148 262C146 275 145 287 145 298C144 297 141 296 140 290C139 284 140 274 141 262C142 250 145 233 147 218C149 203 152 184 155 172C158 160 162 148 164 143Z",
    "M67 362C66 374 62 388 62 402C62 416 64 434 68 448C72 462 80 477 84 486C88 495 91 497 92 504C92 503 96 504 94 498C92 492 86 479 82 470C78 461 74 453 72 442C70 431 70 415 69 402C68 389 67 369 67 362Z",
    "M143 362C144 373 150 383 151 396C152 409 148 426 146 440C144 454 138 471 136 482C134 493 132 498 132 504C131 503 127 504 128 498C129 492 136 480 138 470C140 460 141 448 142 436C143 424 144 408 144 396C144 384 143 368 143 362Z",
];
const FRONT_MUSCLES: &[&str] = &[
    "M46 50C47 54 51 67 54 76C57 85 64 98 66 102",
    "M120 250C122 252 128 258 130 264C132 270 132 281 133 284",
    "M106 310C114 310 120 318 120 327C120 336 114 344 106 344C98 344 92 336 92 327C92 318 98 310 106 310Z",
    "M109 376C109 384 107 408 107 424C107 440 110 458 111 470C112 482 114 493 114 498",
    "M138 374C139 378 144 389 144 398C144 407 141 423 140 428",
    "M78 388C77 392 74 403 74 410C74 417 76 428 77 432",
    "M97 520C97 521 95 525 95 528C95 531 97 535 97 536",
    "M126 514C126 515 128 519 128 521C128 523 126 527 126 528",
    "M89 594C89 593 90 589 90 588",
    "M100 595C100 594 100 590 100 589",
    "M112 596C112 595 112 591 112 590",
    "M125 596C125 595 125 591 124 590",
    "M128 556C128 559 129 567 130 572C131 577 132 584 132 586",
];
const BACK_OUTLINE: &str = "M164 33C155 32 127 30 108 29C89 28 60 30 50 30C48 36 40 52 37 64C34 76 31 90 30 104C29 118 30 134 31 146C32 158 32 166 33 178C34 190 35 206 38 220C41 234 45 249 49 262C53 275 60 287 63 298C66 309 68 319 68 330C68 341 68 350 66 362C64 374 57 390 57 404C57 418 59 433 64 446C69 459 83 475 88 484C93 493 91 493 92 498C93 503 92 508 92 512C92 516 94 521 94 525C95 529 96 534 96 536C97 538 97 546 100 548C99 551 96 558 94 563C92 568 91 573 90 577C89 581 89 584 89 587C89 590 91 592 91 593C91 598 100 598 100 595C100 600 109 600 109 596C109 602 118 602 118 596C118 602 127 602 127 596C128 602 142 602 143 591C143 589 144 584 142 580C140 576 136 573 134 570C132 567 131 565 129 561C127 557 125 551 124 548C127 546 127 538 128 536C128 534 129 527 130 522C131 517 132 510 132 506C133 502 131 500 131 496C131 492 131 492 134 484C137 476 146 460 150 448C154 436 156 424 155 410C154 396 145 375 144 362C143 349 148 341 148 330C148 319 145 309 145 298C145 287 147 276 149 264C151 252 153 238 155 224C157 210 158 191 160 180C162 169 163 160 164 156C164 156 164 33 164 33Z";
const BUTTOCK: &str = "M50 30C60 30 89 28 108 29C127 30 155 32 164 33C164 33 164 156 164 156C160 158 151 163 140 165C129 167 115 168 100 167C85 166 64 164 52 160C40 156 34 148 31 146C30 134 29 118 30 104C31 90 34 76 37 64C40 52 48 36 50 30Z";
const THIGH_BACK: &str = "M31 146C34 148 40 156 52 160C64 164 85 166 100 167C115 168 129 167 140 165C151 163 160 158 164 156C163 160 162 169 160 180C158 191 157 210 155 224C153 238 151 252 149 264C147 276 145 287 145 298C138 298 118 295 104 295C90 295 70 298 63 298C60 287 53 275 49 262C45 249 41 234 38 220C35 206 34 190 33 178C32 166 32 158 31 146Z";
const KNEE_BACK: &str = "M63 298C70 298 90 295 104 295C118 295 138 298 145 298C145 309 148 319 148 330C148 341 143 349 144 362C138 363 118 367 105 367C92 367 72 363 66 362C68 350 68 341 68 330C68 319 66 309 63 298Z";
const CALF: &str = "M66 362C72 363 92 367 105 367C118 367 138 363 144 362C145 375 154 396 155 410C156 424 154 436 150 448C146 460 137 476 134 484C130 485 119 489 111 489C103 489 92 485 88 484C83 475 69 459 64 446C59 433 57 418 57 404C57 390 64 374 66 362Z";
const ACHILLES: &str = "M88 484C92 485 103 489 111 489C119 489 130 485 134 484C131 492 131 492 131 496C131 500 133 502 132 506C132 510 131 517 130 522C129 527 128 534 128 536C127 538 127 546 124 548C121 552 116 554 112 554C108 554 103 552 100 548C97 546 97 538 96 536C96 534 95 529 94 525C94 521 92 516 92 512C92 508 93 503 92 498C91 493 93 493 88 484Z";
const SOLE: &str = "M100 548C103 552 108 554 112 554C116 554 121 552 124 548C125 551 127 557 129 561C131 565 132 567 134 570C136 573 140 576 142 580C144 584 143 589 143 591C142 602 128 602 127 596C127 602 118 602 118 596C118 602 109 602 109 596C109 600 100 600 100 595C100 598 91 598 91 593C91 592 89 590 89 587C89 584 89 581 90 577C91 573 92 568 94 563C96 558 99 551 100 548Z";
const BACK_SHADING: &[&str] = &[
    "M31 146C32 158 32 166 33 178C34 190 35 206 38 220C41 234 45 249 49 262C53 275 60 287 63 298C62 296 60 295 58 288C56 281 52 267 50 256C48 245 46 233 44 220C42 207 42 192 40 180C38 168 32 152 31 146Z",
    "M164 156C163 160 162 169 160 180C158 191 157 210 155 224C153 238 151 252 149 264C147 276 145 287 145 298C144 297 140 296 140 290C140 284 141 275 142 264C143 253 146 240 148 226C150 212 151 194 154 182C157 170 162 160 164 156Z",
    "M66 362C64 374 57 390 57 404C57 418 59 433 64 446C69 459 83 475 88 484C88 483 93 485 90 478C87 471 76 456 72 444C68 432 66 418 65 404C64 390 66 369 66 362Z",
    "M144 362C145 375 154 396 155 410C156 424 154 436 150 448C146 460 137 476 134 484C133 483 129 486 130 480C131 474 139 458 142 446C145 434 147 422 147 408C147 394 144 370 144 362Z",
];
const BACK_MUSCLES: &[&str] = &[
    "M42 84C43 88 48 99 50 106C52 113 53 123 54 126",
    "M150 112C152 116 157 130 159 136C161 142 162 148 163 150",
    "M104 186C104 194 102 218 103 232C104 246 106 262 107 268",
    "M92 262C90 265 83 275 80 282C77 289 73 299 72 302",
    "M120 262C122 265 129 275 132 282C135 289 137 299 138 302",
    "M82 332C86 333 97 337 105 337C113 337 128 333 132 332",
    "M72 414C74 419 77 435 82 442C87 449 98 455 101 458",
    "M148 424C146 429 143 445 138 452C133 459 120 464 116 466",
    "M106 380C106 386 106 403 107 414C108 425 109 441 109 446",
    "M104 494C104 497 106 506 106 512C106 518 106 525 106 528",
    "M120 494C120 497 119 506 118 512C118 518 118 525 118 528",
    "M103 566C104 567 109 570 112 570C115 570 120 567 121 566",
    "M94 582C98 583 110 586 117 586C124 585 135 581 139 580",
];
// </path-data>
