//! `joint-meeting-check`: on the first day of a quarter's last month, the office is reminded
//! when no joint meeting is announced for the quarter (聯(lián)席會議原則上每季度召開一次).

use entities::{
    meeting::{self, MeetingKind, MeetingStatus},
    region,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};

use crate::{
    domain::schedule::quarter_of,
    error::AppResult,
    service::{
        RequestContext, calendar,
        notification::{self, Notice},
    },
};

pub async fn run(rc: &RequestContext, region: &region::Model) -> AppResult<i32> {
    let db = &rc.state.db;
    let zone = crate::service::region::zone_of(region)?;
    let today = calendar::today_in(db, rc, region.id).await?;
    let quarter = quarter_of(today);
    let (from, to) = quarter.bounds(zone);
    let planned = meeting::Entity::find()
        .filter(meeting::Column::RegionId.eq(region.id))
        .filter(meeting::Column::Kind.eq(MeetingKind::JointMeeting))
        .filter(meeting::Column::Status.is_in([
            MeetingStatus::Announced,
            MeetingStatus::Held,
            MeetingStatus::Closed,
        ]))
        .filter(meeting::Column::StartsAt.gte(from))
        .filter(meeting::Column::StartsAt.lt(to))
        .count(db)
        .await?;
    if planned > 0 {
        return Ok(0);
    }
    let label = quarter.label();
    let office = notification::office_of(db, region.id).await?;
    let notice = Notice {
        kind: "joint_meeting_missing",
        title: format!("{label}尚未安排联席会议"),
        body: format!(
            "联席会议原则上每季度召开一次。{label}至今没有已发布的联席会议，请及时安排。"
        ),
        target_type: "Region",
        target_id: region.id,
        immediate: false,
    };
    let dedupe = format!(
        "joint-meeting-check:{}:{}Q{}",
        region.code, quarter.year, quarter.number
    );
    let txn = db.begin().await?;
    let sent = notification::send_once(&txn, rc, Some(region.id), &office, notice, &dedupe).await?;
    txn.commit().await?;
    Ok(i32::try_from(sent).unwrap_or(i32::MAX))
}
