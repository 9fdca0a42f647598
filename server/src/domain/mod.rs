//! Pure rules of the programme: no database, no clock, no I/O. Unit-tested here.

pub mod account;
pub mod assignment;
pub mod audit;
pub mod calendar;
pub mod consultation;
pub mod credit_code;
pub mod dates;
pub mod delivery;
pub mod figures;
pub mod holidays;
pub mod identity;
pub mod meeting;
pub mod membership;
pub mod password;
pub mod quarter;
pub mod referral;
pub mod region;
pub mod report;
pub mod schedule;
pub mod session;
pub mod sign_in;
pub mod survey;
pub mod text;
