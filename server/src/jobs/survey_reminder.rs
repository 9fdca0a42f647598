//! `survey-reminder`: from 3 days before a survey closes, each serving supervisor and point
//! that has not rated every unit is reminded, once per survey.

use std::collections::HashMap;

use chrono::Duration;
use entities::{member, region, survey, survey_response, survey_unit};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};

use crate::{
    error::AppResult,
    service::{
        RequestContext, calendar,
        notification::{self, Notice},
        survey::respondent_accounts,
    },
};

/// Days before the closing date when the reminder goes out.
pub const DAYS_BEFORE_CLOSING: i64 = 3;

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let today = calendar::today_in(db, rc, region.id).await?;
    let closing = survey::Entity::find()
        .filter(survey::Column::RegionId.eq(region.id))
        .filter(
            survey::Column::ClosesOn.between(today, today + Duration::days(DAYS_BEFORE_CLOSING)),
        )
        .all(db)
        .await?;
    let mut effects = 0;
    for survey in closing {
        let units = survey_unit::Entity::find()
            .filter(survey_unit::Column::SurveyId.eq(survey.id))
            .count(db)
            .await?;
        let mut rated: HashMap<i32, u64> = HashMap::new();
        for response in survey_response::Entity::find()
            .filter(survey_response::Column::SurveyId.eq(survey.id))
            .all(db)
            .await?
        {
            *rated.entry(response.member_id).or_default() += 1;
        }
        let done: Vec<i32> = member::Entity::find()
            .filter(
                member::Column::Id.is_in(
                    rated
                        .iter()
                        .filter(|(_, n)| **n >= units)
                        .map(|(id, _)| *id),
                ),
            )
            .all(db)
            .await?
            .into_iter()
            .filter_map(|m| m.account_id)
            .collect();
        let pending: Vec<_> = respondent_accounts(db, region.id)
            .await?
            .into_iter()
            .filter(|a| !done.contains(&a.id))
            .collect();
        let notice = Notice {
            kind: "survey_reminder",
            title: format!("满意度测评即将截止：{}", survey.title),
            body: format!(
                "测评将于{}截止，您还有单位未作评价，请及时登录平台完成。",
                survey.closes_on
            ),
            target_type: "Survey",
            target_id: survey.id,
            immediate: false,
        };
        let dedupe = format!("survey-reminder:{}", survey.id);
        let txn = db.begin().await?;
        let sent =
            notification::send_once(&txn, rc, Some(region.id), &pending, notice, &dedupe).await?;
        txn.commit().await?;
        effects += i32::try_from(sent).unwrap_or(i32::MAX);
    }
    Ok(effects)
}
