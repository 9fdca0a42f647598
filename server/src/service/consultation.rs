//! Consultations (共商共建): a unit or the office puts a draft to the supervisors, they give
//! opinions, and the opener decides each one; an opinion not adopted in full is explained.

use entities::{
    account::{self, Role},
    consultation, consultation_invitee,
    member::{self, MemberKind, MemberStatus},
    opinion::{self, OpinionDecision},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, Order, QueryFilter,
    TransactionTrait, sea_query::Query,
};
use serde_json::json;

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    calendar::today_in,
    notification::{self, Notice},
    paginate, required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain::{self, dates::When},
    error::{AppError, AppResult},
};

/// The office and leading group see the region's consultations; a unit those it opened; a
/// supervisor those it is invited to.
pub fn visible_to(principal: &Principal) -> Condition {
    let nothing = Condition::all().add(consultation::Column::Id.is_null());
    let region = match principal.region_scope() {
        RegionScope::All => return Condition::all(),
        RegionScope::One(id) => consultation::Column::RegionId.eq(id),
        RegionScope::Nothing => return nothing,
    };
    match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::UnitHandler => match principal.unit_id {
            Some(unit) => Condition::all()
                .add(region)
                .add(consultation::Column::UnitId.eq(unit)),
            None => nothing,
        },
        Role::Supervisor => {
            let invited = Query::select()
                .column(consultation_invitee::Column::ConsultationId)
                .from(consultation_invitee::Entity)
                .and_where(
                    consultation_invitee::Column::MemberId
                        .in_subquery(super::membership::own_members(principal)),
                )
                .to_owned();
            Condition::all().add(region).add(
                Condition::any()
                    .add(consultation::Column::InviteAll.eq(true))
                    .add(consultation::Column::Id.in_subquery(invited)),
            )
        }
        _ => nothing,
    }
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<consultation::Model> {
    let principal = rc.viewer.principal()?;
    consultation::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn list(rc: &RequestContext, page: PageRequest) -> AppResult<Page<consultation::Model>> {
    let principal = rc.viewer.principal()?;
    let select = consultation::Entity::find().filter(visible_to(principal));
    paginate(
        &rc.state.db,
        select,
        consultation::Column::Id,
        page,
        Order::Desc,
    )
    .await
}

/// The opinions the caller sees on a consultation it sees: all of them for the opener's
/// side and the office, a supervisor's own otherwise.
pub fn opinions_visible_to(principal: &Principal) -> Condition {
    if principal.role == Role::Supervisor {
        Condition::all().add(opinion::Column::AccountId.eq(principal.account_id))
    } else {
        Condition::all()
    }
}

pub struct NewConsultation {
    pub title: String,
    pub body: String,
    pub closes_on: chrono::NaiveDate,
    /// `None`: every active supervisor of the region.
    pub member_ids: Option<Vec<i32>>,
    /// The draft's documents.
    pub files: Vec<super::attachment::NewFile>,
}

/// A unit (its handler) or the office opens a consultation in its region.
pub async fn open(rc: &RequestContext, input: NewConsultation) -> AppResult<consultation::Model> {
    let principal = rc.viewer.require(&[Role::Office, Role::UnitHandler])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let unit_id = match principal.role {
        Role::UnitHandler => Some(
            principal
                .unit_id
                .ok_or(AppError::Forbidden("your account has no unit"))?,
        ),
        _ => None,
    };
    let title = required(input.title, "title")?;
    let body = required(input.body, "body")?;
    let db = &rc.state.db;
    let today = today_in(db, rc, region_id).await?;
    super::plausible("closesOn", input.closes_on, today, When::Due)?;
    let serving = member::Entity::find()
        .filter(member::Column::RegionId.eq(region_id))
        .filter(member::Column::Kind.eq(MemberKind::Supervisor))
        .filter(member::Column::Status.eq(MemberStatus::Active));
    let invited = match &input.member_ids {
        None => serving.all(db).await?,
        Some(ids) if ids.is_empty() => {
            return Err(AppError::validation(
                "memberIds",
                "name the supervisors, or leave it out to invite all",
            ));
        }
        Some(ids) => {
            let found = serving
                .filter(member::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?;
            if found.len() != ids.len() {
                return Err(AppError::validation(
                    "memberIds",
                    "only serving supervisors of this region can be invited",
                ));
            }
            found
        }
    };
    let recipients = account::Entity::find()
        .filter(account::Column::Id.is_in(invited.iter().filter_map(|m| m.account_id)))
        .all(db)
        .await?;
    let stored = super::attachment::store(&rc.state, input.files).await?;
    let txn = db.begin().await?;
    let created = consultation::ActiveModel {
        region_id: Set(region_id),
        unit_id: Set(unit_id),
        opened_by: Set(principal.account_id),
        title: Set(title.chars().take(200).collect()),
        body: Set(body),
        invite_all: Set(input.member_ids.is_none()),
        closes_on: Set(input.closes_on),
        opened_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if input.member_ids.is_some() {
        consultation_invitee::Entity::insert_many(invited.iter().map(|m| {
            consultation_invitee::ActiveModel {
                consultation_id: Set(created.id),
                member_id: Set(m.id),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    super::attachment::attach(&txn, rc, region_id, "Consultation", created.id, stored).await?;
    AuditEvent::new(rc, "openConsultation")
        .target("Consultation", created.id)
        .region(Some(region_id))
        .after(json!({ "title": created.title, "unitId": unit_id, "closesOn": created.closes_on, "invited": invited.len() }))
        .insert(&txn)
        .await?;
    let notice = Notice {
        kind: "consultation_opened",
        title: format!("征求意见：{}", created.title),
        body: format!("请于{}前提出意见建议。", created.closes_on),
        target_type: "Consultation",
        target_id: created.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(region_id), &recipients, &notice).await?;
    txn.commit().await?;
    Ok(created)
}

/// An invited serving supervisor gives an opinion until the closing date.
pub async fn submit_opinion(
    rc: &RequestContext,
    consultation_id: i32,
    body: String,
) -> AppResult<opinion::Model> {
    let principal = rc.viewer.require(&[Role::Supervisor])?;
    let body = required(body, "body")?;
    let db = &rc.state.db;
    let consultation = get(rc, consultation_id).await?;
    let author = member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden(
            "only a serving supervisor gives opinions",
        ))?;
    if !domain::dates::still_open(
        consultation.closes_on,
        today_in(db, rc, consultation.region_id).await?,
    ) {
        return Err(AppError::InvalidTransition {
            from: "closed".into(),
            to: "opinion".into(),
        });
    }
    let opener = notification::account(db, consultation.opened_by).await?;
    let txn = db.begin().await?;
    let created = opinion::ActiveModel {
        consultation_id: Set(consultation.id),
        region_id: Set(consultation.region_id),
        member_id: Set(author.id),
        account_id: Set(principal.account_id),
        body: Set(body),
        decision: Set(None),
        explanation: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        submitted_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "submitOpinion")
        .target("Opinion", created.id)
        .region(Some(created.region_id))
        .after(json!({ "consultationId": consultation.id }))
        .insert(&txn)
        .await?;
    let notice = Notice {
        kind: "opinion_submitted",
        title: format!("收到意见：{}", consultation.title),
        body: "请登录平台查看并作出采纳决定。".into(),
        target_type: "Consultation",
        target_id: consultation.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(created.region_id), &opener, &notice).await?;
    txn.commit().await?;
    Ok(created)
}

/// The opener's side decides an opinion once: the unit for its own consultation, the office
/// for the office's. The supervisor is told the decision.
pub async fn decide_opinion(
    rc: &RequestContext,
    opinion_id: i32,
    decision: OpinionDecision,
    explanation: Option<String>,
) -> AppResult<opinion::Model> {
    let principal = rc.viewer.require(&[Role::Office, Role::UnitHandler])?;
    let explanation = domain::consultation::explanation_for(decision, explanation)
        .map_err(|message| AppError::validation("explanation", message))?;
    let db = &rc.state.db;
    let before = opinion::Entity::find_by_id(opinion_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultation = get(rc, before.consultation_id).await?;
    if !domain::consultation::decides_opinions(
        principal.role,
        principal.unit_id,
        consultation.unit_id,
    ) {
        return Err(AppError::Forbidden(
            "only the side that opened the consultation decides its opinions",
        ));
    }
    if before.decision.is_some() {
        return Err(AppError::InvalidTransition {
            from: "decided".into(),
            to: "decided".into(),
        });
    }
    let supervisor = notification::account(db, before.account_id).await?;
    let txn = db.begin().await?;
    let mut changed: opinion::ActiveModel = before.into();
    changed.decision = Set(Some(decision));
    changed.explanation = Set(explanation);
    changed.decided_by = Set(Some(principal.account_id));
    changed.decided_at = Set(Some(rc.now()));
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "decideOpinion")
        .target("Opinion", after.id)
        .region(Some(after.region_id))
        .after(json!({ "decision": after.decision, "explanation": after.explanation }))
        .insert(&txn)
        .await?;
    let verdict = match decision {
        OpinionDecision::Adopted => "已采纳",
        OpinionDecision::PartlyAdopted => "部分采纳",
        OpinionDecision::NotAdopted => "未采纳",
    };
    let notice = Notice {
        kind: "opinion_decided",
        title: format!("您对《{}》的意见{verdict}", consultation.title),
        body: after
            .explanation
            .clone()
            .map_or_else(|| "感谢您的意见建议。".into(), |why| format!("说明：{why}")),
        target_type: "Consultation",
        target_id: consultation.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(after.region_id), &supervisor, &notice).await?;
    txn.commit().await?;
    Ok(after)
}

/// An opinion the caller may see, for `node(id:)`: one on a consultation it sees, and for a
/// supervisor only its own (as in `opinions`).
pub async fn get_opinion(rc: &RequestContext, id: i32) -> AppResult<opinion::Model> {
    let principal = rc.viewer.principal()?;
    let found = opinion::Entity::find_by_id(id)
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    get(rc, found.consultation_id).await?;
    if principal.role == Role::Supervisor && found.account_id != principal.account_id {
        return Err(AppError::NotFound);
    }
    Ok(found)
}
