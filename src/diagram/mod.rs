//! The leg diagram: geometry (every region once) and the map component.
pub mod geometry;
pub mod leg_map;
pub mod view_switch;

pub use leg_map::LegMap;
pub use view_switch::ViewSwitch;
