//! Inquiries (質詢) and document requests (查閱文件資料): a supervisor asks a unit, the unit
//! answers within N working days; late answers show as overdue to the office.

use chrono::NaiveDate;
use entities::{
    account::Role,
    inquiry::{self, InquiryKind},
    member::{self, MemberKind, MemberStatus},
    unit,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, Order, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    calendar::{today_in, working_days_after},
    notification::{self, Notice},
    paginate, required,
};
use crate::{
    auth::{Principal, RegionScope},
    error::{AppError, AppResult},
};

/// An inquiry with whether it is (or was answered) late.
pub struct Inquiry {
    pub model: inquiry::Model,
    pub overdue: bool,
}

/// The office and leading group see the region's inquiries; a unit its own; a supervisor
/// those it asked.
pub fn visible_to(principal: &Principal) -> Condition {
    let region = match principal.region_scope() {
        RegionScope::All => return Condition::all(),
        RegionScope::One(id) => inquiry::Column::RegionId.eq(id),
        RegionScope::Nothing => return Condition::all().add(inquiry::Column::Id.is_null()),
    };
    match principal.role {
        Role::Office | Role::LeadingGroup => Condition::all().add(region),
        Role::UnitHandler => match principal.unit_id {
            Some(unit) => Condition::all()
                .add(region)
                .add(inquiry::Column::UnitId.eq(unit)),
            None => Condition::all().add(inquiry::Column::Id.is_null()),
        },
        Role::Supervisor => Condition::all()
            .add(region)
            .add(inquiry::Column::AskerAccountId.eq(principal.account_id)),
        _ => Condition::all().add(inquiry::Column::Id.is_null()),
    }
}

/// Late: unanswered past the deadline, or answered after it.
fn with_overdue(model: inquiry::Model, today: NaiveDate) -> Inquiry {
    let overdue = match model.answered_on {
        Some(day) => day > model.deadline,
        None => today > model.deadline,
    };
    Inquiry { model, overdue }
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<Inquiry> {
    let principal = rc.viewer.principal()?;
    let db = &rc.state.db;
    let found = inquiry::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_in(db, rc, found.region_id).await?;
    Ok(with_overdue(found, today))
}

pub async fn list(
    rc: &RequestContext,
    answered: Option<bool>,
    page: PageRequest,
) -> AppResult<Page<Inquiry>> {
    let principal = rc.viewer.principal()?;
    let db = &rc.state.db;
    let mut select = inquiry::Entity::find().filter(visible_to(principal));
    if let Some(answered) = answered {
        select = select.filter(if answered {
            inquiry::Column::AnsweredAt.is_not_null()
        } else {
            inquiry::Column::AnsweredAt.is_null()
        });
    }
    let page = paginate(db, select, inquiry::Column::Id, page, Order::Desc).await?;
    let today = match principal.region_id {
        Some(region) => today_in(db, rc, region).await?,
        None => rc.now().date_naive(),
    };
    Ok(page.map(|m| with_overdue(m, today)))
}

pub struct NewInquiry {
    pub kind: InquiryKind,
    pub unit_id: i32,
    pub subject: String,
    pub question: String,
}

/// A serving supervisor addresses a responsible unit of its region.
pub async fn ask(rc: &RequestContext, input: NewInquiry) -> AppResult<Inquiry> {
    let principal = rc.viewer.require(&[Role::Supervisor])?;
    let db = &rc.state.db;
    let asker = member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .filter(member::Column::Kind.eq(MemberKind::Supervisor))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden(
            "only a serving supervisor makes inquiries",
        ))?;
    let subject = required(input.subject, "subject")?;
    let question = required(input.question, "question")?;
    let unit = unit::Entity::find_by_id(input.unit_id)
        .filter(unit::Column::RegionId.eq(asker.region_id))
        .filter(unit::Column::Kind.is_in(super::unit::RESPONSIBLE))
        .one(db)
        .await?
        .ok_or_else(|| AppError::validation("unitId", "no such responsible unit in this region"))?;
    let txn = db.begin().await?;
    let today = today_in(&txn, rc, asker.region_id).await?;
    let deadline = working_days_after(
        &txn,
        asker.region_id,
        today,
        rc.state.settings.assignment.inquiry_working_days,
    )
    .await?;
    let created = inquiry::ActiveModel {
        region_id: Set(asker.region_id),
        member_id: Set(asker.id),
        asker_account_id: Set(principal.account_id),
        unit_id: Set(unit.id),
        kind: Set(input.kind),
        subject: Set(subject.chars().take(200).collect()),
        question: Set(question),
        deadline: Set(deadline),
        answer: Set(None),
        answered_on: Set(None),
        answered_at: Set(None),
        asked_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    AuditEvent::new(rc, "askInquiry")
        .target("Inquiry", created.id)
        .after(json!({ "kind": created.kind, "unitId": created.unit_id, "deadline": created.deadline }))
        .insert(&txn)
        .await?;
    let audience = notification::unit_audience(&txn, unit.id).await?;
    let notice = Notice {
        kind: "inquiry_asked",
        title: format!("监督员{}：{}", kind_name(created.kind), created.subject),
        body: format!("请于{}前答复。", created.deadline),
        target_type: "Inquiry",
        target_id: created.id,
        immediate: false,
    };
    notification::send_to_unit(&txn, rc, Some(created.region_id), &audience, &notice).await?;
    txn.commit().await?;
    Ok(with_overdue(created, today))
}

/// The unit answers; an answer after the deadline stays marked late.
pub async fn answer(rc: &RequestContext, inquiry_id: i32, text: String) -> AppResult<Inquiry> {
    let principal = rc.viewer.require(&[Role::UnitHandler])?;
    let text = required(text, "answer")?;
    let txn = rc.state.db.begin().await?;
    let before = inquiry::Entity::find_by_id(inquiry_id)
        .filter(visible_to(principal))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if before.answered_at.is_some() {
        return Err(AppError::InvalidTransition {
            from: "answered".into(),
            to: "answered".into(),
        });
    }
    let today = today_in(&txn, rc, before.region_id).await?;
    let mut changed: inquiry::ActiveModel = before.into();
    changed.answer = Set(Some(text));
    changed.answered_on = Set(Some(today));
    changed.answered_at = Set(Some(rc.now()));
    let after = changed.update(&txn).await?;
    AuditEvent::new(rc, "answerInquiry")
        .target("Inquiry", after.id)
        .region(Some(after.region_id))
        .after(json!({ "answeredOn": after.answered_on, "deadline": after.deadline }))
        .insert(&txn)
        .await?;
    let asker = notification::account(&txn, after.asker_account_id).await?;
    let notice = Notice {
        kind: "inquiry_answered",
        title: format!("您的{}已有答复：{}", kind_name(after.kind), after.subject),
        body: "请登录平台查看。".into(),
        target_type: "Inquiry",
        target_id: after.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(after.region_id), &asker, &notice).await?;
    txn.commit().await?;
    Ok(with_overdue(after, today))
}

/// What an inquiry is called in the texts people read.
pub fn kind_name(kind: InquiryKind) -> &'static str {
    match kind {
        InquiryKind::Inquiry => "质询",
        InquiryKind::DocumentRequest => "查阅文件资料申请",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(deadline: NaiveDate, answered_on: Option<NaiveDate>) -> inquiry::Model {
        inquiry::Model {
            id: 1,
            region_id: 1,
            member_id: 1,
            asker_account_id: 1,
            unit_id: 1,
            kind: InquiryKind::Inquiry,
            subject: "s".into(),
            question: "q".into(),
            deadline,
            answer: None,
            answered_on,
            answered_at: None,
            asked_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn late_means_unanswered_past_the_deadline_or_answered_after_it() {
        let d = |day| NaiveDate::from_ymd_opt(2025, 3, day).unwrap_or_default();
        assert!(!with_overdue(model(d(14), None), d(14)).overdue);
        assert!(with_overdue(model(d(14), None), d(15)).overdue);
        assert!(!with_overdue(model(d(14), Some(d(14))), d(20)).overdue);
        assert!(with_overdue(model(d(14), Some(d(17))), d(20)).overdue);
    }
}
