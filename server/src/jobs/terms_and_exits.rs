//! `terms-and-exits`, daily: terms that have ended expire and the account loses access;
//! members are warned 30 days before their term ends; the office gets a digest of exit
//! candidates whenever the list changes.

use chrono::Duration;
use entities::{
    account,
    member::{self, MemberStatus},
    region,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::quarterly_reminder::{chinese_date, role_name};
use crate::{
    error::AppResult,
    service::{
        RequestContext,
        audit::AuditEvent,
        calendar,
        exit::{self, find_candidates},
        notification::{self, Email, Notice},
    },
};

/// Days before the end of a term that the member is warned.
pub const WARN_DAYS_BEFORE: i64 = 30;

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let today = calendar::today_in(db, rc, region.id).await?;
    let serving = member::Entity::find()
        .filter(member::Column::RegionId.eq(region.id))
        .filter(member::Column::Status.eq(MemberStatus::Active))
        .filter(member::Column::TermEndsOn.lte(today + Duration::days(WARN_DAYS_BEFORE)))
        .order_by_asc(member::Column::Id)
        .all(db)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(serving.iter().filter_map(|m| m.account_id)))
        .all(db)
        .await?;
    let mut effects = 0;
    let txn = db.begin().await?;
    for member in &serving {
        let Some(ends_on) = member.term_ends_on else {
            continue;
        };
        if ends_on < today {
            let after =
                exit::end_membership(&txn, rc, member, MemberStatus::Expired, "聘期届满").await?;
            AuditEvent::new(rc, "expireTerm")
                .actor_username("job:terms-and-exits")
                .target("Member", after.id)
                .region(Some(after.region_id))
                .after(json!({ "status": "expired", "termEndsOn": ends_on.to_string() }))
                .insert(&txn)
                .await?;
            effects += 1;
            continue;
        }
        let recipients: Vec<account::Model> = accounts
            .iter()
            .filter(|a| Some(a.id) == member.account_id)
            .cloned()
            .collect();
        let notice = Notice {
            kind: "term_ending",
            title: format!("聘期将于{}届满", chinese_date(ends_on)),
            body: "届满后自然退出，平台账号随之停用。".into(),
            target_type: "Member",
            target_id: member.id,
            immediate: false,
        };
        let email = Email {
            template: "term_ending",
            context: json!({ "role": role_name(member.kind), "ends_on": chinese_date(ends_on) }),
            attachment: None,
        };
        effects += notification::send_once_with_email(
            &txn,
            rc,
            Some(region.id),
            &recipients,
            None,
            &notice,
            &format!("term-ending:member{}:{ends_on}", member.id),
            &email,
        )
        .await?;
    }
    txn.commit().await?;
    effects += exit_digest(rc, region, today).await?;
    Ok(i32::try_from(effects).unwrap_or(i32::MAX))
}

/// One digest to the office per distinct list of candidates: a list unchanged since the last
/// digest is not sent again.
async fn exit_digest(
    rc: &RequestContext,
    region: &region::Model,
    today: chrono::NaiveDate,
) -> AppResult<u64> {
    let candidates = find_candidates(
        rc,
        sea_orm::Condition::all().add(member::Column::RegionId.eq(region.id)),
    )
    .await?;
    if candidates.is_empty() {
        return Ok(0);
    }
    let mut list_hash = Sha256::new();
    let mut listed = Vec::new();
    for candidate in &candidates {
        list_hash.update(candidate.member.id.to_be_bytes());
        let mut reasons = Vec::new();
        if candidate.silent {
            reasons.push("半年内未反映营商环境问题或提出意见建议".to_owned());
        }
        if candidate.unexcused_absences >= 2 {
            reasons.push(format!("{} 次未参加集体活动", candidate.unexcused_absences));
        }
        listed.push(json!({ "name": candidate.member.name, "reasons": reasons.join(";") }));
    }
    let office = notification::office_of(&rc.state.db, region.id).await?;
    let notice = Notice {
        kind: "exit_candidates",
        title: format!("动态退出评估：{} 名成员待评估", candidates.len()),
        body: "请在平台查看动态退出候选名单并作出决定。".into(),
        target_type: "Region",
        target_id: region.id,
        immediate: false,
    };
    let email = Email {
        template: "exit_candidates",
        context: json!({ "today": chinese_date(today), "candidates": listed }),
        attachment: None,
    };
    let digest: String = list_hash
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let txn = rc.state.db.begin().await?;
    let sent = notification::send_once_with_email(
        &txn,
        rc,
        Some(region.id),
        &office,
        None,
        &notice,
        &format!("exit-candidates:region{}:{digest}", region.id),
        &email,
    )
    .await?;
    txn.commit().await?;
    Ok(sent)
}
