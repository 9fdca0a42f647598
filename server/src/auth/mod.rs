//! Who is calling: passwords, bearer tokens, the web app's session cookie and the
//! per-request `Viewer`.

pub mod cookie;
pub mod password;
pub mod token;
pub mod viewer;

pub use viewer::{Principal, RegionScope, Viewer};
