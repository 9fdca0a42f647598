//! From approval to office: training, certificates for supervisors, plaques for points, and
//! the account each member works with.

use chrono::NaiveDate;
use entities::{
    account::{self, Role},
    member::{self, MemberKind, MemberStatus},
    training_attendance, training_session,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, Order,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, TransactionTrait,
};
use serde_json::json;

use super::{
    Page, PageRequest, RequestContext,
    account::{CreatedAccount, PreparedAccount, insert_prepared, prepare},
    audit::AuditEvent,
    check,
    membership::{audit_change, get_for_office, local_date, transition, visible_to},
    paginate,
};
use crate::{
    domain::{self, dates::When},
    error::{AppError, AppResult},
};

pub struct NewTraining {
    pub title: String,
    pub held_on: NaiveDate,
    pub place: Option<String>,
    pub member_ids: Vec<i32>,
}

/// Records a training session; approved supervisors who attended become trained.
pub async fn record_training(
    rc: &RequestContext,
    input: NewTraining,
) -> AppResult<(training_session::Model, Vec<member::Model>)> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let title = check("title", domain::region::validate_name(&input.title))?.to_owned();
    if input.member_ids.is_empty() {
        return Err(AppError::validation("memberIds", "name who attended"));
    }
    let today = local_date(&rc.state.db, region_id, rc).await?;
    super::plausible("heldOn", input.held_on, today, When::Happened)?;
    let txn = rc.state.db.begin().await?;
    let session = training_session::ActiveModel {
        region_id: Set(region_id),
        title: Set(title),
        held_on: Set(input.held_on),
        place: Set(input.place.filter(|p| !p.trim().is_empty())),
        created_by: Set(principal.account_id),
        created_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut attendees = Vec::new();
    let mut ids = input.member_ids;
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let before = get_for_office(&txn, rc, id).await?;
        let after = match (before.kind, before.status) {
            (MemberKind::Supervisor, MemberStatus::Approved) => {
                let mut changed: member::ActiveModel = before.clone().into();
                changed.status = Set(MemberStatus::Trained);
                changed.updated_at = Set(rc.now());
                let after = changed.update(&txn).await?;
                audit_change(&txn, rc, "recordTraining", &before, &after).await?;
                after
            }
            // Further training of trained or serving supervisors is kept too.
            (MemberKind::Supervisor, MemberStatus::Trained | MemberStatus::Active) => before,
            _ => return Err(transition(before.status, "trained")),
        };
        training_attendance::ActiveModel {
            session_id: Set(session.id),
            member_id: Set(after.id),
        }
        .insert(&txn)
        .await?;
        attendees.push(after);
    }
    AuditEvent::new(rc, "recordTraining")
        .target("TrainingSession", session.id)
        .after(json!({ "title": session.title, "heldOn": session.held_on, "attendees": attendees.len() }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok((session, attendees))
}

/// The region's training sessions, latest recorded first (office, leading group).
pub async fn training_sessions(
    rc: &RequestContext,
    page: PageRequest,
) -> AppResult<Page<training_session::Model>> {
    let principal = rc.viewer.require(&[Role::Office, Role::LeadingGroup])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let select =
        training_session::Entity::find().filter(training_session::Column::RegionId.eq(region_id));
    paginate(
        &rc.state.db,
        select,
        training_session::Column::Id,
        page,
        Order::Desc,
    )
    .await
}

/// Who attended a session, as far as the caller sees them.
pub async fn attendees(rc: &RequestContext, session_id: i32) -> AppResult<Vec<member::Model>> {
    let attended = training_attendance::Entity::find()
        .select_only()
        .column(training_attendance::Column::MemberId)
        .filter(training_attendance::Column::SessionId.eq(session_id))
        .into_query();
    Ok(member::Entity::find()
        .filter(visible_to(rc.viewer.principal()?))
        .filter(member::Column::Id.in_subquery(attended))
        .order_by_asc(member::Column::Id)
        .all(&rc.state.db)
        .await?)
}

/// Who will use the member's account: a new one, or an existing account of the region.
pub enum AccountChoice {
    New {
        username: String,
        display_name: Option<String>,
        email: Option<String>,
    },
    Existing(i32),
}

pub struct Appointment {
    pub member_id: i32,
    /// The certificate or plaque number, unique in the region.
    pub number: String,
    pub term_starts_on: Option<NaiveDate>,
    pub account: AccountChoice,
}

pub struct Appointed {
    pub member: member::Model,
    pub account: account::Model,
    /// Set when a new account was created.
    pub temporary_password: Option<String>,
}

/// Issues a trained supervisor's certificate: the term starts and the account is linked.
pub async fn issue_certificate(rc: &RequestContext, input: Appointment) -> AppResult<Appointed> {
    appoint(rc, input, MemberKind::Supervisor).await
}

/// Awards an approved point its plaque: the term starts and the liaison's account is linked.
pub async fn award_plaque(rc: &RequestContext, input: Appointment) -> AppResult<Appointed> {
    appoint(rc, input, MemberKind::MonitoringPoint).await
}

async fn appoint(
    rc: &RequestContext,
    input: Appointment,
    kind: MemberKind,
) -> AppResult<Appointed> {
    rc.viewer.require(&[Role::Office])?;
    let (field, ready) = match kind {
        MemberKind::Supervisor => ("certificateNumber", MemberStatus::Trained),
        MemberKind::MonitoringPoint => ("plaqueNumber", MemberStatus::Approved),
    };
    let number = input.number.trim().to_owned();
    if number.is_empty() || number.chars().count() > 64 {
        return Err(AppError::validation(
            field,
            "a number of 1 to 64 characters",
        ));
    }
    // Hash a new account's password before the transaction holds a connection. The new
    // account is reached where the nomination said, unless the office gives another email.
    let prepared: Option<PreparedAccount> = match &input.account {
        AccountChoice::New {
            username,
            display_name,
            email,
        } => {
            let nominee = get_for_office(&rc.state.db, rc, input.member_id).await?;
            let name = display_name.clone().unwrap_or_else(|| username.clone());
            let email = email.clone().or(nominee.email);
            let mut prepared = prepare(username, &name, email).await?;
            prepared.phone = nominee
                .phone_sealed
                .as_deref()
                .map(|sealed| rc.state.vault.open(sealed))
                .transpose()?;
            Some(prepared)
        }
        AccountChoice::Existing(_) => None,
    };

    let txn = rc.state.db.begin().await?;
    let before = get_for_office(&txn, rc, input.member_id).await?;
    if before.kind != kind {
        return Err(AppError::validation(
            "memberId",
            "this is the other kind of member",
        ));
    }
    if before.status != ready {
        return Err(transition(before.status, "active"));
    }
    let taken = member::Entity::find()
        .filter(member::Column::RegionId.eq(before.region_id))
        .filter(match kind {
            MemberKind::Supervisor => member::Column::CertificateNumber.eq(&number),
            MemberKind::MonitoringPoint => member::Column::PlaqueNumber.eq(&number),
        })
        .one(&txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::Conflict(format!(
            "number {number} is already given in this region"
        )));
    }
    let role = match kind {
        MemberKind::Supervisor => Role::Supervisor,
        MemberKind::MonitoringPoint => Role::Liaison,
    };
    let (account, temporary_password) = match (input.account, prepared) {
        (AccountChoice::Existing(id), _) => (link_existing(&txn, &before, id, role).await?, None),
        (AccountChoice::New { .. }, Some(prepared)) => {
            let CreatedAccount {
                account,
                temporary_password,
            } = insert_prepared(&txn, rc, prepared, role, Some(before.region_id), None).await?;
            (account, Some(temporary_password))
        }
        (AccountChoice::New { .. }, None) => {
            return Err(AppError::internal(anyhow::anyhow!(
                "new account not prepared"
            )));
        }
    };
    let today = local_date(&txn, before.region_id, rc).await?;
    let starts = input.term_starts_on.unwrap_or(today);
    super::plausible("termStartsOn", starts, today, When::Calendar)?;
    let mut changed: member::ActiveModel = before.clone().into();
    match kind {
        MemberKind::Supervisor => changed.certificate_number = Set(Some(number)),
        MemberKind::MonitoringPoint => changed.plaque_number = Set(Some(number)),
    }
    changed.status = Set(MemberStatus::Active);
    changed.term_starts_on = Set(Some(starts));
    changed.term_ends_on = Set(Some(domain::membership::term_end(
        starts,
        rc.state.settings.membership.term_years,
    )));
    changed.account_id = Set(Some(account.id));
    changed.updated_at = Set(rc.now());
    let after = changed.update(&txn).await?;
    let action = match kind {
        MemberKind::Supervisor => "issueCertificate",
        MemberKind::MonitoringPoint => "awardPlaque",
    };
    audit_change(&txn, rc, action, &before, &after).await?;
    txn.commit().await?;
    Ok(Appointed {
        member: after,
        account,
        temporary_password,
    })
}

/// An existing, active account of the region, of the member's role and serving no other
/// open membership.
async fn link_existing(
    conn: &impl ConnectionTrait,
    member: &member::Model,
    account_id: i32,
    role: Role,
) -> AppResult<account::Model> {
    let account = account::Entity::find_by_id(account_id)
        .filter(account::Column::RegionId.eq(member.region_id))
        .filter(account::Column::Active.eq(true))
        .one(conn)
        .await?
        .ok_or_else(|| {
            AppError::validation("accountId", "no such active account in this region")
        })?;
    if account.role != role {
        return Err(AppError::validation(
            "accountId",
            "the account's role does not fit this member",
        ));
    }
    let serving = member::Entity::find()
        .filter(member::Column::AccountId.eq(account.id))
        .all(conn)
        .await?
        .into_iter()
        .any(|m| domain::membership::is_open(m.status));
    if serving {
        return Err(AppError::Conflict(
            "the account already serves another membership".into(),
        ));
    }
    Ok(account)
}
