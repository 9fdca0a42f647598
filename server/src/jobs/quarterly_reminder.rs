//! `quarterly-reminder`: 15 and 5 days before a quarter ends, every active supervisor and
//! monitoring point short of the quarter's problem-report quota (≥ 1) gets one email per
//! wave; in Q4 the same email names the year's valuable-suggestion quota (≥ 2) when short.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use entities::{
    account,
    member::{self, MemberKind, MemberStatus},
    region,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::json;

use crate::{
    domain::{
        figures::quotas,
        schedule::{quarter_of, wave_on},
    },
    error::AppResult,
    service::{
        RequestContext,
        figures::filed_by_member,
        notification::{self, Email, Notice},
    },
};

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let zone = crate::service::region::zone_of(region)?;
    let today = rc.now().with_timezone(&zone).date_naive();
    let quarter = quarter_of(today);
    let wave = wave_on(today);
    let fourth = quarter.number == 4;
    let members = member::Entity::find()
        .filter(member::Column::RegionId.eq(region.id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .filter(member::Column::AccountId.is_not_null())
        .order_by_asc(member::Column::Id)
        .all(db)
        .await?;
    if members.is_empty() {
        return Ok(0);
    }
    let filed = filed_by_member(db, region.id, quarter, zone).await?;
    let accounts: HashMap<i32, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(members.iter().filter_map(|m| m.account_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let due = quarter.next().first_day().pred_opt().unwrap_or(today);
    let label = quarter.label();
    let txn = db.begin().await?;
    let mut effects = 0;
    for member in &members {
        let f = filed.get(&member.id).copied().unwrap_or_default();
        let (problems, suggestions) = (f.problems, f.valuable_suggestions);
        let check = quotas(quarter.number, problems, suggestions);
        if check.met {
            continue;
        }
        let problems_short = !check.problems_met;
        let suggestions_short = fourth && !check.suggestions_met;
        let Some(recipient) = member.account_id.and_then(|id| accounts.get(&id)) else {
            continue;
        };
        // Say exactly what is short: the quarter's problem report, the year's suggestions,
        // or both.
        let due_text = chinese_date(due);
        let mut short = Vec::new();
        if problems_short {
            short.push(format!(
                "本季度已报送问题信息 {problems} 条，每季度至少 1 条，请于{due_text}前完成报送。"
            ));
        }
        if suggestions_short {
            short.push(format!(
                "{}年已被采纳为有价值的建议 {suggestions} 条，每年至少 2 条，请于{due_text}前补足。",
                quarter.year
            ));
        }
        let title = if problems_short {
            format!("{label}问题信息报送提醒")
        } else {
            format!("{}年有价值工作建议提醒", quarter.year)
        };
        let notice = Notice {
            kind: "quarterly_reminder",
            title: title.clone(),
            body: short.join(""),
            target_type: "Member",
            target_id: member.id,
            immediate: false,
        };
        let email = Email {
            template: "quarterly_reminder",
            context: json!({
                "quarter": label,
                "today": chinese_date(today),
                "problems": problems,
                "due": chinese_date(due),
                "year": quarter.year,
                "valuable": suggestions,
                "problems_short": problems_short,
                "suggestions_short": suggestions_short,
                "title": title,
            }),
            attachment: None,
        };
        effects += notification::send_once_with_email(
            &txn,
            rc,
            Some(region.id),
            std::slice::from_ref(recipient),
            None,
            &notice,
            &format!(
                "quarterly-reminder:{}Q{}:{wave}:member{}",
                quarter.year, quarter.number, member.id
            ),
            &email,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(i32::try_from(effects).unwrap_or(i32::MAX))
}

pub fn chinese_date(day: NaiveDate) -> String {
    format!("{}年{}月{}日", day.year(), day.month(), day.day())
}

pub fn role_name(kind: MemberKind) -> &'static str {
    match kind {
        MemberKind::Supervisor => "营商环境监督员",
        MemberKind::MonitoringPoint => "营商环境监测点",
    }
}
