//! Nominations and the review pipelines of supervisors and monitoring points.

use chrono::NaiveDate;
use entities::{
    account::Role,
    member::{self, MemberCategory, MemberKind, MemberStatus, Recommender},
    member_review, region, unit,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    Order, PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use super::{Page, PageRequest, RequestContext, audit::AuditEvent, check, paginate_ordered};
use crate::{
    auth::{Principal, RegionScope, token},
    domain::{
        self,
        membership::{Decision, Declaration, StepRefusal},
    },
    error::{AppError, AppResult},
};

/// The office and leading group see their region's members; a reviewer unit only the
/// nominations routed to it; a supervisor or liaison only their own membership.
pub fn visible_to(principal: &Principal) -> Condition {
    let region = match principal.region_scope() {
        RegionScope::All => return Condition::all(),
        RegionScope::One(id) => member::Column::RegionId.eq(id),
        RegionScope::Nothing => return nothing(),
    };
    match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::Reviewer => match principal.unit_id {
            Some(unit) => Condition::all()
                .add(region)
                .add(member::Column::ReviewerUnitId.eq(unit)),
            None => nothing(),
        },
        Role::Supervisor | Role::Liaison => Condition::all()
            .add(region)
            .add(member::Column::AccountId.eq(principal.account_id)),
        _ => nothing(),
    }
}

/// The ids of the caller's own memberships, as a subquery.
pub fn own_members(principal: &Principal) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(member::Column::Id)
        .from(member::Entity)
        .and_where(member::Column::AccountId.eq(principal.account_id))
        .to_owned()
}

fn nothing() -> Condition {
    Condition::all().add(member::Column::Id.is_null())
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<member::Model> {
    find_visible(&rc.state.db, rc.viewer.principal()?, id).await
}

/// A supervisor's or liaison's own membership: the latest, if a term was served before.
pub async fn own(rc: &RequestContext) -> AppResult<Option<member::Model>> {
    let principal = rc.viewer.principal()?;
    if !matches!(principal.role, Role::Supervisor | Role::Liaison) {
        return Ok(None);
    }
    Ok(member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .order_by_desc(member::Column::Id)
        .one(&rc.state.db)
        .await?)
}

/// A member of the office's region, for a change the office makes.
pub async fn get_for_office(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    id: i32,
) -> AppResult<member::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    find_visible(conn, principal, id).await
}

async fn find_visible(
    conn: &impl ConnectionTrait,
    principal: &Principal,
    id: i32,
) -> AppResult<member::Model> {
    member::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Default)]
pub struct MemberFilter {
    pub kind: Option<MemberKind>,
    pub statuses: Vec<MemberStatus>,
}

/// Members in the caller's view, NPC deputies and CPPCC members first.
pub async fn list(
    rc: &RequestContext,
    filter: MemberFilter,
    page: PageRequest,
) -> AppResult<Page<member::Model>> {
    let mut condition = visible_to(rc.viewer.principal()?);
    if let Some(kind) = filter.kind {
        condition = condition.add(member::Column::Kind.eq(kind));
    }
    if !filter.statuses.is_empty() {
        condition = condition.add(member::Column::Status.is_in(filter.statuses));
    }
    let select = member::Entity::find()
        .filter(condition)
        .order_by(member::Column::NpcOrCppcc, Order::Desc)
        .order_by(member::Column::Id, Order::Asc);
    paginate_ordered(&rc.state.db, select, page).await
}

/// The review steps of a member the caller sees: the office and leading group see them all,
/// others none.
pub fn reviews_visible_to(principal: &Principal) -> Condition {
    if matches!(
        principal.role,
        Role::Office | Role::LeadingGroup | Role::PlatformAdmin
    ) {
        Condition::all()
    } else {
        Condition::all().add(member_review::Column::Id.is_null())
    }
}

pub struct NewNomination {
    pub region_code: Option<String>,
    pub kind: MemberKind,
    pub category: MemberCategory,
    pub recommender: Recommender,
    pub name: String,
    pub affiliation: Option<String>,
    pub position: Option<String>,
    pub npc_or_cppcc: bool,
    pub id_number: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub credit_code: Option<String>,
    pub declarations: Vec<Declaration>,
    /// Documents sent with it.
    pub files: Vec<super::attachment::NewFile>,
}

pub struct Submitted {
    pub member: member::Model,
    /// Only for anonymous submissions: the code for `nominationStatus`.
    pub receipt_code: Option<String>,
}

pub async fn submit(rc: &RequestContext, input: NewNomination) -> AppResult<Submitted> {
    let state = &rc.state;
    let vault = &state.vault;
    let now = rc.now();
    let anonymous = rc.viewer.as_principal().is_none();
    let region_id = if anonymous {
        if input.recommender != Recommender::SelfNominated {
            return Err(AppError::validation(
                "recommender",
                "anonymous nominations are self-nominations; recommending bodies go through the office",
            ));
        }
        let code = input
            .region_code
            .as_deref()
            .ok_or_else(|| AppError::validation("regionCode", "name the county (regionCode)"))?;
        super::region::find_by_code(&state.db, code.trim())
            .await?
            .ok_or_else(|| AppError::validation("regionCode", "no such region"))?
            .id
    } else {
        let principal = rc.viewer.require(&[Role::Office])?;
        principal
            .region_id
            .ok_or(AppError::Forbidden("your account has no region"))?
    };

    let name = check("name", domain::region::validate_name(&input.name))?.to_owned();
    if !domain::membership::category_fits(input.kind, input.category) {
        return Err(AppError::validation(
            "category",
            "this category is for the other kind of member",
        ));
    }
    if !domain::membership::recommender_fits(input.kind, input.recommender) {
        return Err(AppError::validation(
            "recommender",
            "this body does not recommend this kind of member",
        ));
    }
    let affiliation = optional_text(input.affiliation, "affiliation")?;
    let position = optional_text(input.position, "position")?;
    let email = input
        .email
        .map(|e| check("email", domain::account::validate_email(&e)))
        .transpose()?;
    let phone = input
        .phone
        .map(|p| check("phone", domain::account::validate_phone(&p)))
        .transpose()?;
    let (id_number, credit_code) = match input.kind {
        MemberKind::Supervisor => {
            let id = domain::identity::normalize(input.id_number.as_deref().ok_or_else(|| {
                AppError::validation("idNumber", "a supervisor's resident ID number is required")
            })?);
            check("idNumber", domain::identity::parse(&id))?;
            if phone.is_none() {
                return Err(AppError::validation(
                    "phone",
                    "a supervisor's phone number is required",
                ));
            }
            (Some(id), None)
        }
        MemberKind::MonitoringPoint => {
            let code = input
                .credit_code
                .as_deref()
                .map(domain::credit_code::normalize);
            match &code {
                Some(code) => check("creditCode", domain::credit_code::validate(code))?,
                None if domain::membership::needs_credit_code(input.category) => {
                    return Err(AppError::validation(
                        "creditCode",
                        "an enterprise, business, association or institution gives its unified social credit code",
                    ));
                }
                None => {}
            }
            (None, code)
        }
    };

    let submitter_index = match (anonymous, &rc.meta.client_addr) {
        (true, Some(addr)) => Some(vault.blind_index("submitter", addr)),
        _ => None,
    };
    if let Some(index) = &submitter_index {
        let recent = member::Entity::find()
            .filter(member::Column::SubmitterIndex.eq(index.as_str()))
            .filter(member::Column::CreatedAt.gt(now - chrono::Duration::hours(1)))
            .count(&state.db)
            .await?;
        if recent >= u64::from(state.settings.membership.anonymous_nominations_per_hour) {
            return Err(AppError::RateLimited(
                "too many nominations from this address: try again later",
            ));
        }
    }
    let receipt_code = anonymous.then(token::generate);
    let stored = super::attachment::store(state, input.files).await?;

    let txn = state.db.begin().await?;
    let id_number_index = id_number
        .as_deref()
        .map(|id| vault.blind_index("id_number", id));
    let duplicate = match (&id_number_index, &credit_code) {
        (Some(index), _) => Some(member::Column::IdNumberIndex.eq(index.as_str())),
        (None, Some(code)) => Some(member::Column::CreditCode.eq(code.as_str())),
        (None, None) => None,
    };
    if let Some(same) = duplicate {
        let open = member::Entity::find()
            .filter(member::Column::RegionId.eq(region_id))
            .filter(same)
            .all(&txn)
            .await?
            .into_iter()
            .any(|m| domain::membership::is_open(m.status));
        if open {
            return Err(AppError::Conflict(
                "this person or organisation already has a nomination or membership in progress"
                    .into(),
            ));
        }
    }
    let created = member::ActiveModel {
        region_id: Set(region_id),
        kind: Set(input.kind),
        status: Set(MemberStatus::Nominated),
        category: Set(input.category),
        name: Set(name),
        affiliation: Set(affiliation),
        position: Set(position),
        npc_or_cppcc: Set(input.npc_or_cppcc && input.kind == MemberKind::Supervisor),
        recommender: Set(input.recommender),
        id_number_sealed: Set(id_number.as_deref().map(|id| vault.seal(id)).transpose()?),
        id_number_index: Set(id_number_index),
        phone_sealed: Set(phone.as_deref().map(|p| vault.seal(p)).transpose()?),
        phone_index: Set(phone.as_deref().map(|p| vault.blind_index("phone", p))),
        email: Set(email),
        credit_code: Set(credit_code),
        declarations: Set(domain::membership::encode_declarations(&input.declarations)),
        reviewer_unit_id: Set(None),
        receipt_index: Set(receipt_code
            .as_deref()
            .map(|c| vault.blind_index("receipt", c))),
        submitter_index: Set(submitter_index),
        status_reason: Set(None),
        certificate_number: Set(None),
        plaque_number: Set(None),
        term_starts_on: Set(None),
        term_ends_on: Set(None),
        account_id: Set(None),
        quota_override_reason: Set(None),
        approved_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    super::attachment::attach(&txn, rc, region_id, "Member", created.id, stored).await?;
    AuditEvent::new(rc, "submitNomination")
        .target("Member", created.id)
        .region(Some(region_id))
        .after(snapshot(&created))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(Submitted {
        member: created,
        receipt_code,
    })
}

/// What an anonymous nominee may learn: the stage and any reason given.
pub async fn status_by_receipt(
    rc: &RequestContext,
    receipt_code: &str,
) -> AppResult<(MemberStatus, Option<String>)> {
    let index = rc.state.vault.blind_index("receipt", receipt_code.trim());
    let found = member::Entity::find()
        .filter(member::Column::ReceiptIndex.eq(index))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((found.status, found.status_reason))
}

/// Sends a monitoring-point nomination to a reviewer unit for initial review.
pub async fn route(
    rc: &RequestContext,
    member_id: i32,
    reviewer_unit_id: i32,
) -> AppResult<member::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, member_id).await?;
    if !domain::membership::awaits_routing(before.kind, before.status) {
        return Err(transition(before.status, "initial_review"));
    }
    unit::Entity::find_by_id(reviewer_unit_id)
        .filter(unit::Column::RegionId.eq(before.region_id))
        .filter(unit::Column::Kind.eq(unit::UnitKind::Reviewer))
        .one(&txn)
        .await?
        .ok_or_else(|| {
            AppError::validation("reviewerUnitId", "no such reviewer unit in this region")
        })?;
    let mut changed: member::ActiveModel = before.clone().into();
    changed.status = Set(MemberStatus::InitialReview);
    changed.reviewer_unit_id = Set(Some(reviewer_unit_id));
    changed.status_reason = Set(None);
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    record_step(&txn, rc, principal, &before, "route", None).await?;
    audit_change(&txn, rc, "routeNomination", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

pub struct ReviewInput {
    pub member_id: i32,
    pub decision: Decision,
    pub comment: Option<String>,
    pub override_quota: bool,
    pub override_reason: Option<String>,
}

/// One review step; which step it is follows from the state and the caller's role.
pub async fn review(rc: &RequestContext, input: ReviewInput) -> AppResult<member::Model> {
    let principal = rc.viewer.principal()?;
    let comment = input
        .comment
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty());
    if input.decision != Decision::Approve && comment.is_none() {
        return Err(AppError::validation(
            "comment",
            "a rejection or return gives its reason",
        ));
    }
    let state = &rc.state;
    let txn = state.db.begin().await?;
    let before = find_visible(&txn, principal, input.member_id).await?;
    let next =
        domain::membership::review(before.kind, before.status, principal.role, input.decision)
            .map_err(|refusal| match refusal {
                StepRefusal::WrongRole => AppError::Forbidden("this step belongs to another role"),
                StepRefusal::WrongState => transition(before.status, input.decision.as_str()),
            })?;

    let mut changed: member::ActiveModel = before.clone().into();
    if input.decision == Decision::Approve {
        let declared = domain::membership::decode_declarations(&before.declarations);
        if before.status == MemberStatus::InitialReview
            && let Some(missing) = domain::membership::missing_declaration(before.kind, &declared)
        {
            return Err(AppError::validation(
                "declarations",
                format!("the point has not declared {}", missing.as_str()),
            ));
        }
        if next == MemberStatus::Approved {
            let today = local_date(&txn, before.region_id, rc).await?;
            if before.kind == MemberKind::Supervisor {
                let id_number = before
                    .id_number_sealed
                    .as_deref()
                    .map(|sealed| state.vault.open(sealed))
                    .transpose()?
                    .unwrap_or_default();
                domain::membership::supervisor_eligibility(
                    &id_number,
                    &declared,
                    today,
                    state.settings.membership.max_age,
                )
                .map_err(|(field, message)| AppError::validation(field, message))?;
            }
            let override_reason = check_quota(
                &txn,
                rc,
                &before,
                input.override_quota,
                input.override_reason,
            )
            .await?;
            changed.quota_override_reason = Set(override_reason);
            changed.approved_at = Set(Some(rc.now()));
        }
    }
    changed.status = Set(next);
    changed.status_reason = Set(if input.decision == Decision::Approve {
        None
    } else {
        comment.clone()
    });
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    record_step(
        &txn,
        rc,
        principal,
        &before,
        input.decision.as_str(),
        comment,
    )
    .await?;
    audit_change(&txn, rc, "reviewNomination", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

/// Refuses an approval beyond the region's quota unless it is overridden with a reason, which
/// is returned to be kept on the member.
async fn check_quota(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    member: &member::Model,
    override_quota: bool,
    override_reason: Option<String>,
) -> AppResult<Option<String>> {
    let Places {
        filled: holding,
        quota,
        ..
    } = places_in(conn, rc, member.region_id, member.kind).await?;
    if holding < u64::from(quota) {
        return Ok(None);
    }
    let reason = override_reason
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty());
    match (override_quota, reason) {
        (true, Some(reason)) => Ok(Some(reason)),
        (true, None) => Err(AppError::validation(
            "overrideReason",
            "an override of the quota gives its reason",
        )),
        (false, _) => Err(AppError::Conflict(format!(
            "the region already has {holding} of its {quota} places filled: approve with overrideQuota and a reason to go beyond"
        ))),
    }
}

/// A kind's places in a region: the configured quota and those approved, trained or serving.
pub struct Places {
    pub kind: MemberKind,
    pub quota: u32,
    pub filled: u64,
}

async fn places_in(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: i32,
    kind: MemberKind,
) -> AppResult<Places> {
    let settings = &rc.state.settings.membership;
    let quota = match kind {
        MemberKind::Supervisor => settings.supervisor_quota,
        MemberKind::MonitoringPoint => settings.monitoring_point_quota,
    };
    let filled = member::Entity::find()
        .filter(member::Column::RegionId.eq(region_id))
        .filter(member::Column::Kind.eq(kind))
        .filter(member::Column::Status.is_in([
            MemberStatus::Approved,
            MemberStatus::Trained,
            MemberStatus::Active,
        ]))
        .count(conn)
        .await?;
    Ok(Places {
        kind,
        quota,
        filled,
    })
}

/// The caller's region's places for supervisors and for points (office, leading group).
pub async fn places(rc: &RequestContext) -> AppResult<Vec<Places>> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let mut all = Vec::new();
    for kind in [MemberKind::Supervisor, MemberKind::MonitoringPoint] {
        all.push(places_in(&rc.state.db, rc, region_id, kind).await?);
    }
    Ok(all)
}

/// Sends a returned nomination back into the pipeline once the material is complete.
pub async fn resubmit(
    rc: &RequestContext,
    member_id: i32,
    comment: Option<String>,
) -> AppResult<member::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let before = find_visible(&txn, principal, member_id).await?;
    if before.status != MemberStatus::Returned {
        return Err(transition(before.status, "nominated"));
    }
    let mut changed: member::ActiveModel = before.clone().into();
    changed.status = Set(MemberStatus::Nominated);
    changed.status_reason = Set(None);
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    record_step(&txn, rc, principal, &before, "resubmit", comment).await?;
    audit_change(&txn, rc, "resubmitNomination", &before, &after).await?;
    txn.commit().await?;
    Ok(after)
}

/// Shows a member's ID number and phone in full (office only); every look is audited.
pub async fn reveal(
    rc: &RequestContext,
    member_id: i32,
) -> AppResult<(Option<String>, Option<String>)> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let txn = rc.state.db.begin().await?;
    let member = find_visible(&txn, principal, member_id).await?;
    let vault = &rc.state.vault;
    let id_number = member
        .id_number_sealed
        .as_deref()
        .map(|s| vault.open(s))
        .transpose()?;
    let phone = member
        .phone_sealed
        .as_deref()
        .map(|s| vault.open(s))
        .transpose()?;
    AuditEvent::new(rc, "revealSensitive")
        .target("Member", member.id)
        .region(Some(member.region_id))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok((id_number, phone))
}

/// Members the public may see: approved and active, in a region given by code.
pub async fn published(rc: &RequestContext, region_code: &str) -> AppResult<Vec<member::Model>> {
    let Some(region) = region::Entity::find()
        .filter(region::Column::Code.eq(region_code.trim()))
        .one(&rc.state.db)
        .await?
    else {
        return Ok(Vec::new());
    };
    Ok(member::Entity::find()
        .filter(member::Column::RegionId.eq(region.id))
        .filter(member::Column::Status.is_in([
            MemberStatus::Approved,
            MemberStatus::Trained,
            MemberStatus::Active,
        ]))
        .order_by(member::Column::Kind, Order::Asc)
        .order_by(member::Column::NpcOrCppcc, Order::Desc)
        .order_by(member::Column::Id, Order::Asc)
        .all(&rc.state.db)
        .await?)
}

/// Today in the region's time zone.
pub async fn local_date(
    conn: &impl ConnectionTrait,
    region_id: i32,
    rc: &RequestContext,
) -> AppResult<NaiveDate> {
    let region = region::Entity::find_by_id(region_id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let zone = super::region::zone_of(&region)?;
    Ok(rc.now().with_timezone(&zone).date_naive())
}

pub async fn record_step(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    principal: &Principal,
    member: &member::Model,
    decision: &str,
    comment: Option<String>,
) -> AppResult<()> {
    member_review::ActiveModel {
        member_id: Set(member.id),
        region_id: Set(member.region_id),
        step: Set(status_name(member.status)),
        decision: Set(decision.to_owned()),
        comment: Set(comment),
        reviewer_account_id: Set(principal.account_id),
        at: Set(rc.now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// A member's new email or phone (`Some(None)` clears it) on the memberships still open of
/// the account.
pub async fn follow_contact(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    account_id: i32,
    email: Option<Option<String>>,
    phone: Option<Option<String>>,
) -> AppResult<()> {
    if email.is_none() && phone.is_none() {
        return Ok(());
    }
    let vault = &rc.state.vault;
    let members = member::Entity::find()
        .filter(member::Column::AccountId.eq(account_id))
        .all(conn)
        .await?;
    for before in members
        .into_iter()
        .filter(|m| domain::membership::is_open(m.status))
    {
        let mut changed: member::ActiveModel = before.clone().into();
        if let Some(email) = &email {
            changed.email = Set(email.clone());
        }
        if let Some(phone) = &phone {
            changed.phone_sealed = Set(phone.as_deref().map(|p| vault.seal(p)).transpose()?);
            changed.phone_index = Set(phone.as_deref().map(|p| vault.blind_index("phone", p)));
        }
        changed.updated_at = Set(rc.now());
        let after = changed.update(conn).await?;
        audit_change(conn, rc, "updateOwnContact", &before, &after).await?;
    }
    Ok(())
}

pub async fn audit_change(
    conn: &(impl ConnectionTrait + TransactionTrait),
    rc: &RequestContext,
    action: &str,
    before: &member::Model,
    after: &member::Model,
) -> AppResult<()> {
    AuditEvent::new(rc, action)
        .target("Member", after.id)
        .region(Some(after.region_id))
        .before(snapshot(before))
        .after(snapshot(after))
        .insert(conn)
        .await
}

pub fn transition(from: MemberStatus, to: &str) -> AppError {
    AppError::InvalidTransition {
        from: status_name(from),
        to: to.to_owned(),
    }
}

pub fn status_name(status: MemberStatus) -> String {
    super::snake_name(status)
}

fn optional_text(value: Option<String>, field: &str) -> AppResult<Option<String>> {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .map(|v| {
            if v.chars().count() > 200 {
                Err(AppError::validation(field, "at most 200 characters"))
            } else {
                Ok(v)
            }
        })
        .transpose()
}

/// What the audit trail keeps of a member: nothing personal beyond the name.
fn snapshot(member: &member::Model) -> Value {
    json!({
        "kind": member.kind,
        "status": member.status,
        "category": member.category,
        "name": member.name,
        "reviewerUnitId": member.reviewer_unit_id,
        "certificateNumber": member.certificate_number,
        "plaqueNumber": member.plaque_number,
        "termStartsOn": member.term_starts_on,
        "termEndsOn": member.term_ends_on,
        "accountId": member.account_id,
        "quotaOverrideReason": member.quota_override_reason,
    })
}
