//! Who is calling: passwords, bearer tokens and the per-request `Viewer`.

pub mod password;
pub mod token;
pub mod viewer;

pub use viewer::{Principal, RegionScope, Viewer};
