//! Opaque global IDs and the `Node` interface. `node(id:)` goes through the same services, and
//! so the same visibility rules, as every list.

use async_graphql::{Context, ID, Interface, Object, Result};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

use super::{
    account::Account,
    assignment::Assignment,
    audit::AuditEvent,
    consultation::{Consultation, Opinion},
    inquiry::Inquiry,
    meeting::{Meeting, MeetingInvitation},
    membership::Member,
    rc,
    referral::Referral,
    region::Region,
    report::Report,
    survey::Survey,
    unit::Unit,
};
use crate::{error::AppError, service};

/// Encodes `Kind:id` so clients treat ids as opaque.
pub fn encode(kind: &str, id: impl std::fmt::Display) -> ID {
    ID(service::global_id(kind, id))
}

/// Decodes an id of one expected kind; anything else is a `VALIDATION` error on `field`.
pub fn decode(id: &ID, kind: &str, field: &str) -> Result<i64, AppError> {
    match parse(id) {
        Some((k, n)) if k == kind => Ok(n),
        _ => Err(AppError::validation(field, format!("not a {kind} id"))),
    }
}

pub fn decode_i32(id: &ID, kind: &str, field: &str) -> Result<i32, AppError> {
    let n = decode(id, kind, field)?;
    i32::try_from(n).map_err(|_| AppError::validation(field, format!("not a {kind} id")))
}

/// The kind and number inside any global id.
pub fn kind_and_id(id: &ID) -> Result<(String, i64), AppError> {
    parse(id).ok_or_else(|| AppError::validation("id", "not an id from this API"))
}

/// Only an id exactly as `encode` writes it: `Report:+1` and `Report:01` name no record,
/// whatever the number parses to.
fn parse(id: &ID) -> Option<(String, i64)> {
    let bytes = URL_SAFE_NO_PAD.decode(id.as_str()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (kind, n) = text.split_once(':')?;
    let n: i64 = n.parse().ok()?;
    (encode(kind, n).0 == id.0).then(|| (kind.to_owned(), n))
}

/// An object that can be fetched by its global id.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Opaque global id."))]
pub enum Node {
    Region(Region),
    Unit(Unit),
    Account(Account),
    AuditEvent(AuditEvent),
    Member(Member),
    Report(Report),
    Assignment(Assignment),
    Referral(Referral),
    Inquiry(Inquiry),
    Consultation(Consultation),
    Opinion(Opinion),
    Meeting(Meeting),
    MeetingInvitation(MeetingInvitation),
    Survey(Survey),
}

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Any object by its global id, if the caller may see it; otherwise `NOT_FOUND`. A
    /// string that is not an id this API gave out is a `VALIDATION` error.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> Result<Node> {
        let rc = rc(ctx)?;
        let (kind, n) = kind_and_id(&id)?;
        let small = || i32::try_from(n).map_err(|_| AppError::NotFound);
        let node = match kind.as_str() {
            "Region" => Node::Region(Region(service::region::get(rc, small()?).await?)),
            "Unit" => Node::Unit(Unit(service::unit::get(rc, small()?).await?)),
            "Account" => Node::Account(Account(service::account::get(rc, small()?).await?)),
            "AuditEvent" => Node::AuditEvent(AuditEvent(service::audit::get(rc, n).await?)),
            "Member" => Node::Member(Member(service::membership::get(rc, small()?).await?)),
            "Report" => Node::Report(Report(service::report::get(rc, small()?).await?)),
            "Assignment" => {
                Node::Assignment(Assignment(service::assignment::get(rc, small()?).await?))
            }
            "Referral" => Node::Referral(Referral(service::referral::get(rc, small()?).await?)),
            "Inquiry" => Node::Inquiry(Inquiry(service::inquiry::get(rc, small()?).await?)),
            "Consultation" => Node::Consultation(Consultation(
                service::consultation::get(rc, small()?).await?,
            )),
            "Opinion" => Node::Opinion(Opinion(
                service::consultation::get_opinion(rc, small()?).await?,
            )),
            "Meeting" => Node::Meeting(Meeting(service::meeting::get(rc, small()?).await?)),
            "MeetingInvitation" => Node::MeetingInvitation(MeetingInvitation(
                service::meeting::get_invitation(rc, small()?).await?,
            )),
            "Survey" => Node::Survey(Survey(service::survey::get(rc, small()?).await?)),
            _ => return Err(AppError::NotFound.into()),
        };
        Ok(node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_keep_their_kind() {
        let id = encode("Account", 42);
        assert_eq!(decode(&id, "Account", "id").ok(), Some(42));
        assert!(decode(&id, "Unit", "id").is_err());
        assert!(decode(&ID("garbage!".into()), "Account", "id").is_err());
        for forged in ["Account:+42", "Account:042", "Account: 42", "Account:42 "] {
            let forged = ID(URL_SAFE_NO_PAD.encode(forged));
            assert!(decode(&forged, "Account", "id").is_err(), "{}", forged.0);
        }
    }
}
