use async_graphql::{Context, InputObject, Object, Result, SimpleObject};
use chrono::NaiveDate;

use super::rc;
use crate::service::{self, calendar::CalendarEntry};

/// A day that departs from Monday–Friday: a holiday or an adjusted working weekend day (調休).
#[derive(SimpleObject)]
pub struct CalendarDay {
    /// The day.
    pub date: NaiveDate,
    /// True for a working weekend day, false for a holiday.
    pub working: bool,
    /// What it is, e.g. 春節.
    pub note: Option<String>,
}

/// One day of the year's arrangement.
#[derive(InputObject)]
pub struct CalendarDayInput {
    /// The day.
    pub date: NaiveDate,
    /// True for a working weekend day, false for a holiday.
    pub working: bool,
    /// What it is, e.g. 春節.
    pub note: Option<String>,
}

/// The holidays and working weekend days of one year; they replace what was entered before.
#[derive(InputObject)]
pub struct SetCalendarDaysInput {
    /// The year.
    pub year: i32,
    /// Its days that depart from Monday–Friday.
    pub days: Vec<CalendarDayInput>,
}

/// The year as now entered.
#[derive(SimpleObject)]
pub struct SetCalendarDaysPayload {
    /// The year's days that depart from Monday–Friday.
    pub days: Vec<CalendarDay>,
}

fn to_day(model: entities::calendar_day::Model) -> CalendarDay {
    CalendarDay {
        date: model.day,
        working: model.working,
        note: model.note,
    }
}

#[derive(Default)]
pub struct CalendarQuery;

#[Object]
impl CalendarQuery {
    /// The holidays and working weekend days entered for the caller's region in a year.
    async fn calendar_days(&self, ctx: &Context<'_>, year: i32) -> Result<Vec<CalendarDay>> {
        let days = service::calendar::days_of_year(rc(ctx)?, year).await?;
        Ok(days.into_iter().map(to_day).collect())
    }

    /// The State Council's holidays and 调休 working weekend days of a year, as published
    /// (null for a year not yet published): what the office enters with `setCalendarDays`,
    /// as they are or changed.
    async fn state_council_holidays(
        &self,
        ctx: &Context<'_>,
        year: i32,
    ) -> Result<Option<Vec<CalendarDay>>> {
        let days = service::calendar::state_council_arrangement(rc(ctx)?, year)?;
        Ok(days.map(|days| {
            days.into_iter()
                .map(|d| CalendarDay {
                    date: d.day,
                    working: d.working,
                    note: d.note,
                })
                .collect()
        }))
    }
}

#[derive(Default)]
pub struct CalendarMutation;

#[Object]
impl CalendarMutation {
    /// Enters a year's holidays and working weekend days for the office's region.
    async fn set_calendar_days(
        &self,
        ctx: &Context<'_>,
        input: SetCalendarDaysInput,
    ) -> Result<SetCalendarDaysPayload> {
        let entries = input
            .days
            .into_iter()
            .map(|d| CalendarEntry {
                day: d.date,
                working: d.working,
                note: d.note,
            })
            .collect();
        let days = service::calendar::set_year(rc(ctx)?, input.year, entries).await?;
        Ok(SetCalendarDaysPayload {
            days: days.into_iter().map(to_day).collect(),
        })
    }
}
