//! Each region's working-day calendar.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use entities::{account::Role, calendar_day};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};
use serde_json::json;

use super::{RequestContext, audit::AuditEvent};
use crate::{
    domain::calendar::WorkingCalendar,
    error::{AppError, AppResult},
};

/// The region's calendar with every entered day from `from` to `to`.
pub async fn for_region(
    conn: &impl ConnectionTrait,
    region_id: i32,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<WorkingCalendar> {
    let days = calendar_day::Entity::find()
        .filter(calendar_day::Column::RegionId.eq(region_id))
        .filter(calendar_day::Column::Day.between(from, to))
        .all(conn)
        .await?;
    Ok(WorkingCalendar::new(
        days.into_iter().map(|d| (d.day, d.working)),
    ))
}

/// Today in the region's time zone.
pub async fn today_in(
    conn: &impl ConnectionTrait,
    rc: &RequestContext,
    region_id: i32,
) -> AppResult<NaiveDate> {
    let zone = super::report::region_zone(conn, region_id).await?;
    Ok(rc.now().with_timezone(&zone).date_naive())
}

/// The `n`th working day after `day` on the region's calendar.
pub async fn working_days_after(
    conn: &impl ConnectionTrait,
    region_id: i32,
    day: NaiveDate,
    n: u32,
) -> AppResult<NaiveDate> {
    let horizon = day + chrono::Duration::days(i64::from(n) * 3 + 60);
    Ok(for_region(conn, region_id, day, horizon)
        .await?
        .add_working_days(day, n))
}

pub struct CalendarEntry {
    pub day: NaiveDate,
    pub working: bool,
    pub note: Option<String>,
}

/// The days entered for the caller's region in `year`.
pub async fn days_of_year(rc: &RequestContext, year: i32) -> AppResult<Vec<calendar_day::Model>> {
    let principal = rc.viewer.principal()?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    let (first, last) = year_bounds(year)?;
    Ok(calendar_day::Entity::find()
        .filter(calendar_day::Column::RegionId.eq(region_id))
        .filter(calendar_day::Column::Day.between(first, last))
        .order_by_asc(calendar_day::Column::Day)
        .all(&rc.state.db)
        .await?)
}

/// The State Council's arrangement for `year`, as calendar entries the office may enter as
/// they are or change; `None` until it is published.
pub fn state_council_arrangement(
    rc: &RequestContext,
    year: i32,
) -> AppResult<Option<Vec<CalendarEntry>>> {
    rc.viewer.principal()?;
    Ok(crate::domain::holidays::arranged(year).map(|days| {
        days.into_iter()
            .map(|d| CalendarEntry {
                day: d.day,
                working: d.working,
                note: Some(d.name.to_owned()),
            })
            .collect()
    }))
}

/// Replaces the holidays and working weekends of `year` in the office's region.
pub async fn set_year(
    rc: &RequestContext,
    year: i32,
    entries: Vec<CalendarEntry>,
) -> AppResult<Vec<calendar_day::Model>> {
    let principal = rc.viewer.require(&[Role::Office])?;
    let region_id = principal
        .region_id
        .ok_or(AppError::Forbidden("your account has no region"))?;
    write_year(rc, region_id, year, entries, None).await?;
    days_of_year(rc, year).await
}

/// The same from a table file, for a region given by code (`watchpost calendar load`).
/// Returns (holidays, working weekend days) written.
pub async fn load_year(
    rc: &RequestContext,
    region_code: &str,
    year: i32,
    entries: Vec<CalendarEntry>,
) -> AppResult<(usize, usize)> {
    let region = super::region::find_by_code(&rc.state.db, region_code.trim())
        .await?
        .ok_or_else(|| AppError::validation("region", "no such region"))?;
    write_year(rc, region.id, year, entries, Some("cli:calendar-load")).await
}

async fn write_year(
    rc: &RequestContext,
    region_id: i32,
    year: i32,
    entries: Vec<CalendarEntry>,
    actor: Option<&str>,
) -> AppResult<(usize, usize)> {
    let (first, last) = year_bounds(year)?;
    let mut seen = HashSet::new();
    for entry in &entries {
        if entry.day.year() != year {
            return Err(AppError::validation(
                "days",
                format!("{} is not in {year}", entry.day),
            ));
        }
        if !seen.insert(entry.day) {
            return Err(AppError::validation(
                "days",
                format!("{} is given twice", entry.day),
            ));
        }
    }
    let txn = rc.state.db.begin().await?;
    calendar_day::Entity::delete_many()
        .filter(calendar_day::Column::RegionId.eq(region_id))
        .filter(calendar_day::Column::Day.between(first, last))
        .exec(&txn)
        .await?;
    let holidays = entries.iter().filter(|e| !e.working).count();
    let working_weekends = entries.len() - holidays;
    if !entries.is_empty() {
        calendar_day::Entity::insert_many(entries.into_iter().map(|e| calendar_day::ActiveModel {
            region_id: Set(region_id),
            day: Set(e.day),
            working: Set(e.working),
            note: Set(e.note.map(|n| n.chars().take(100).collect())),
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    let mut event = AuditEvent::new(rc, "setCalendarDays")
        .target("Region", region_id)
        .region(Some(region_id))
        .after(
            json!({ "year": year, "holidays": holidays, "workingWeekendDays": working_weekends }),
        );
    if let Some(actor) = actor {
        event = event.actor_username(actor);
    }
    event.insert(&txn).await?;
    txn.commit().await?;
    Ok((holidays, working_weekends))
}

fn year_bounds(year: i32) -> AppResult<(NaiveDate, NaiveDate)> {
    match (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) {
        (Some(first), Some(last)) if (2000..=2100).contains(&year) => Ok((first, last)),
        _ => Err(AppError::validation("year", "a year between 2000 and 2100")),
    }
}
