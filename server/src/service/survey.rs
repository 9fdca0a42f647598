//! Satisfaction surveys (滿意度測評): the office opens a survey of units, serving supervisors
//! and points rate each unit, and results are shown per unit without naming anyone.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use entities::{
    account::{self, Role},
    member::{self, MemberStatus},
    survey, survey_response,
    survey_response::SatisfactionLevel,
    survey_unit,
    unit::{self, UnitKind},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    Order, QueryFilter, QueryOrder, TransactionTrait, sea_query::Query,
};
use serde_json::json;

use super::{
    Page, PageRequest, RequestContext,
    audit::AuditEvent,
    calendar::today_in,
    membership::own_members,
    notification::{self, Notice},
    optional, paginate, required,
};
use crate::{
    auth::{Principal, RegionScope},
    domain::{
        dates::When,
        survey::{MIN_RESPONSES_SHOWN, Tally, tally},
    },
    error::{AppError, AppResult},
};

/// The office and leading group see the region's surveys, as do its supervisors and points
/// (the respondents); a unit those it is rated in.
pub fn visible_to(principal: &Principal) -> Condition {
    let nothing = Condition::all().add(survey::Column::Id.is_null());
    let region = match principal.region_scope() {
        RegionScope::All => return Condition::all(),
        RegionScope::One(id) => survey::Column::RegionId.eq(id),
        RegionScope::Nothing => return nothing,
    };
    match principal.role {
        Role::Office | Role::LeadingGroup | Role::Supervisor | Role::Liaison => {
            Condition::all().add(region)
        }
        Role::UnitHandler => match principal.unit_id {
            Some(unit) => Condition::all().add(region).add(
                survey::Column::Id.in_subquery(
                    Query::select()
                        .column(survey_unit::Column::SurveyId)
                        .from(survey_unit::Entity)
                        .and_where(survey_unit::Column::UnitId.eq(unit))
                        .to_owned(),
                ),
            ),
            None => nothing,
        },
        _ => nothing,
    }
}

pub async fn get(rc: &RequestContext, id: i32) -> AppResult<survey::Model> {
    let principal = rc.viewer.principal()?;
    survey::Entity::find_by_id(id)
        .filter(visible_to(principal))
        .one(&rc.state.db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn list(rc: &RequestContext, page: PageRequest) -> AppResult<Page<survey::Model>> {
    let principal = rc.viewer.principal()?;
    let select = survey::Entity::find().filter(visible_to(principal));
    paginate(&rc.state.db, select, survey::Column::Id, page, Order::Desc).await
}

/// The rated units the caller sees in a survey it sees: a unit handler only its own.
pub fn rated_units_visible_to(principal: &Principal) -> Condition {
    match principal.role {
        Role::UnitHandler => {
            Condition::all().add(survey_unit::Column::UnitId.eq(principal.unit_id.unwrap_or(-1)))
        }
        _ => Condition::all(),
    }
}

/// The units rated in the survey that the caller sees.
async fn units(rc: &RequestContext, survey: &survey::Model) -> AppResult<Vec<unit::Model>> {
    let principal = rc.viewer.principal()?;
    let rated = survey_unit::Entity::find()
        .filter(survey_unit::Column::SurveyId.eq(survey.id))
        .filter(rated_units_visible_to(principal))
        .all(&rc.state.db)
        .await?
        .into_iter()
        .map(|s| s.unit_id);
    Ok(unit::Entity::find()
        .filter(unit::Column::Id.is_in(rated))
        .order_by_asc(unit::Column::Id)
        .all(&rc.state.db)
        .await?)
}

pub struct NewSurvey {
    pub title: String,
    pub period: String,
    pub unit_ids: Vec<i32>,
    pub closes_on: NaiveDate,
}

/// The office opens a survey of units of its region; every serving supervisor and point is
/// asked to take part.
pub async fn open(rc: &RequestContext, input: NewSurvey) -> AppResult<survey::Model> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let title = required(input.title, "title")?;
    let period = required(input.period, "period")?;
    let db = &rc.state.db;
    let today = today_in(db, rc, region_id).await?;
    super::plausible("closesOn", input.closes_on, today, When::Due)?;
    let wanted: HashSet<i32> = input.unit_ids.iter().copied().collect();
    if wanted.is_empty() {
        return Err(AppError::validation(
            "unitIds",
            "name the units to be rated",
        ));
    }
    let units = unit::Entity::find()
        .filter(unit::Column::RegionId.eq(region_id))
        .filter(unit::Column::Kind.ne(UnitKind::Office))
        .filter(unit::Column::Id.is_in(wanted.iter().copied()))
        .all(db)
        .await?;
    if units.len() != wanted.len() {
        return Err(AppError::validation(
            "unitIds",
            "only units of this region can be rated",
        ));
    }
    let respondents = respondent_accounts(db, region_id).await?;
    let txn = db.begin().await?;
    let created = survey::ActiveModel {
        region_id: Set(region_id),
        title: Set(title.chars().take(200).collect()),
        period: Set(period.chars().take(100).collect()),
        closes_on: Set(input.closes_on),
        opened_by: Set(principal.account_id),
        opened_at: Set(rc.now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    survey_unit::Entity::insert_many(units.iter().map(|u| survey_unit::ActiveModel {
        survey_id: Set(created.id),
        unit_id: Set(u.id),
    }))
    .exec_without_returning(&txn)
    .await?;
    AuditEvent::new(rc, "openSurvey")
        .target("Survey", created.id)
        .region(Some(region_id))
        .after(json!({ "title": created.title, "period": created.period, "closesOn": created.closes_on, "units": units.len() }))
        .insert(&txn)
        .await?;
    let notice = Notice {
        kind: "survey_opened",
        title: format!("满意度测评：{}", created.title),
        body: format!(
            "请于{}前对{}个单位作出评价。评价不记名，结果不显示评价人。",
            created.closes_on,
            units.len()
        ),
        target_type: "Survey",
        target_id: created.id,
        immediate: false,
    };
    notification::send(&txn, rc, Some(region_id), &respondents, &notice).await?;
    txn.commit().await?;
    Ok(created)
}

/// The accounts of the region's serving supervisors and points.
pub async fn respondent_accounts(
    conn: &impl ConnectionTrait,
    region_id: i32,
) -> AppResult<Vec<account::Model>> {
    let serving = Query::select()
        .column(member::Column::AccountId)
        .from(member::Entity)
        .and_where(member::Column::RegionId.eq(region_id))
        .and_where(member::Column::Status.eq(MemberStatus::Active))
        .to_owned();
    Ok(account::Entity::find()
        .filter(account::Column::Id.in_subquery(serving))
        .filter(account::Column::Active.eq(true))
        .all(conn)
        .await?)
}

pub struct Rating {
    pub unit_id: i32,
    pub level: SatisfactionLevel,
    pub comment: Option<String>,
}

/// A serving supervisor or point rates units of an open survey; rating a unit again changes
/// the earlier rating, until the closing date.
pub async fn respond(
    rc: &RequestContext,
    survey_id: i32,
    ratings: Vec<Rating>,
) -> AppResult<Vec<survey_response::Model>> {
    let principal = rc.viewer.require(&[Role::Supervisor, Role::Liaison])?;
    if ratings.is_empty() {
        return Err(AppError::validation("ratings", "rate at least one unit"));
    }
    let distinct: HashSet<i32> = ratings.iter().map(|r| r.unit_id).collect();
    if distinct.len() != ratings.len() {
        return Err(AppError::validation("ratings", "rate each unit once"));
    }
    let db = &rc.state.db;
    let survey = get(rc, survey_id).await?;
    let respondent = member::Entity::find()
        .filter(member::Column::AccountId.eq(principal.account_id))
        .filter(member::Column::RegionId.eq(survey.region_id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .one(db)
        .await?
        .ok_or(AppError::Forbidden(
            "only serving supervisors and monitoring points take part",
        ))?;
    if !crate::domain::dates::still_open(
        survey.closes_on,
        today_in(db, rc, survey.region_id).await?,
    ) {
        return Err(AppError::InvalidTransition {
            from: "closed".into(),
            to: "response".into(),
        });
    }
    let rated: HashSet<i32> = survey_unit::Entity::find()
        .filter(survey_unit::Column::SurveyId.eq(survey.id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.unit_id)
        .collect();
    if !distinct.is_subset(&rated) {
        return Err(AppError::validation(
            "ratings",
            "only the units of this survey can be rated",
        ));
    }
    let txn = db.begin().await?;
    let earlier: HashMap<i32, survey_response::Model> = survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(survey.id))
        .filter(survey_response::Column::MemberId.eq(respondent.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| (r.unit_id, r))
        .collect();
    let mut saved = Vec::new();
    for rating in ratings {
        let comment = optional(rating.comment);
        let row = match earlier.get(&rating.unit_id) {
            Some(before) => {
                let mut changed: survey_response::ActiveModel = before.clone().into();
                changed.level = Set(rating.level);
                changed.comment = Set(comment);
                changed.updated_at = Set(rc.now());
                changed.update(&txn).await?
            }
            // The unique index turns a race between two first submissions into CONFLICT.
            None => {
                survey_response::ActiveModel {
                    survey_id: Set(survey.id),
                    region_id: Set(survey.region_id),
                    unit_id: Set(rating.unit_id),
                    member_id: Set(respondent.id),
                    level: Set(rating.level),
                    comment: Set(comment),
                    submitted_at: Set(rc.now()),
                    updated_at: Set(rc.now()),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
            }
        };
        saved.push(row);
    }
    // The audit names the survey, not the ratings: who rated whom how stays unrecorded.
    AuditEvent::new(rc, "submitSurveyResponse")
        .target("Survey", survey.id)
        .region(Some(survey.region_id))
        .after(json!({ "units": saved.len() }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(saved)
}

/// The caller's own ratings.
pub fn own_responses(principal: &Principal) -> Condition {
    Condition::all().add(survey_response::Column::MemberId.in_subquery(own_members(principal)))
}

/// One unit's results; never who rated it.
pub struct UnitResult {
    pub unit: unit::Model,
    pub tally: Tally,
    /// Sorted, so their order says nothing of who wrote them or when; `None` below the
    /// minimum number of responses.
    pub comments: Option<Vec<String>>,
}

/// Results per unit: every unit for the office and leading group, its own for a unit.
pub async fn results(rc: &RequestContext, survey_id: i32) -> AppResult<Vec<UnitResult>> {
    rc.viewer
        .require(&[Role::Office, Role::LeadingGroup, Role::UnitHandler])?;
    let survey = get(rc, survey_id).await?;
    let units = units(rc, &survey).await?;
    let mut responses: BTreeMap<i32, Vec<survey_response::Model>> = BTreeMap::new();
    for response in survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.eq(survey.id))
        .filter(survey_response::Column::UnitId.is_in(units.iter().map(|u| u.id)))
        .all(&rc.state.db)
        .await?
    {
        responses
            .entry(response.unit_id)
            .or_default()
            .push(response);
    }
    Ok(units
        .into_iter()
        .map(|unit| {
            let given = responses.remove(&unit.id).unwrap_or_default();
            let levels: Vec<SatisfactionLevel> = given.iter().map(|r| r.level).collect();
            let comments = (given.len() >= MIN_RESPONSES_SHOWN).then(|| {
                let mut text: Vec<String> = given.into_iter().filter_map(|r| r.comment).collect();
                text.sort();
                text
            });
            UnitResult {
                unit,
                tally: tally(&levels),
                comments,
            }
        })
        .collect())
}

/// Each unit's ratings in the surveys of `region_id` closing between `from` and `to`, for
/// the figures.
pub async fn unit_ratings(
    conn: &impl ConnectionTrait,
    region_id: i32,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<HashMap<i32, Vec<SatisfactionLevel>>> {
    let surveys = Query::select()
        .column(survey::Column::Id)
        .from(survey::Entity)
        .and_where(survey::Column::RegionId.eq(region_id))
        .and_where(survey::Column::ClosesOn.between(from, to))
        .to_owned();
    let mut found: HashMap<i32, Vec<SatisfactionLevel>> = HashMap::new();
    for response in survey_response::Entity::find()
        .filter(survey_response::Column::SurveyId.in_subquery(surveys))
        .all(conn)
        .await?
    {
        found
            .entry(response.unit_id)
            .or_default()
            .push(response.level);
    }
    Ok(found)
}
