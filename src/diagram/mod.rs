//! The leg diagram: geometry (every region once), how a marked place looks, the map component
//! and the answer's small picture of the drawing.
pub mod geometry;
pub mod leg_map;
pub mod marks;
pub mod picture;
pub mod view_switch;

pub use leg_map::LegMap;
pub use picture::picture;
pub use view_switch::{view_switch, ViewSwitch};
