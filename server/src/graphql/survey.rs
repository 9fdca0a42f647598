use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{survey, survey_response, survey_response::SatisfactionLevel};

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{children, loader_error, loaders},
    node, rc,
    unit::Unit,
};
use crate::{
    domain::survey::LEVELS,
    service::{
        self,
        survey::{NewSurvey, Rating, UnitResult},
    },
};

/// A satisfaction survey (滿意度測評) of units.
pub struct Survey(pub survey::Model);

#[Object]
impl Survey {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Survey", self.0.id)
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The period rated, as the office words it.
    async fn period(&self) -> &str {
        &self.0.period
    }
    /// The last day for responses.
    async fn closes_on(&self) -> NaiveDate {
        self.0.closes_on
    }
    /// Still taking responses, which may be changed until then (in the region's time).
    async fn open(&self, ctx: &Context<'_>) -> Result<bool> {
        let today = super::region::today_in(ctx, self.0.region_id).await?;
        Ok(crate::domain::dates::still_open(self.0.closes_on, today))
    }
    async fn opened_at(&self) -> DateTime<Utc> {
        self.0.opened_at
    }
    /// The units rated (a unit sees only itself among them).
    async fn units(&self, ctx: &Context<'_>) -> Result<Vec<Unit>> {
        let loaders = loaders(ctx)?;
        let rated = children(&loaders.survey_units, self.0.id)
            .await?
            .into_iter()
            .map(|s| s.unit_id);
        let units = loaders.units.load_many(rated).await.map_err(loader_error)?;
        let mut found: Vec<Unit> = units.into_values().map(Unit).collect();
        found.sort_by_key(|u| u.0.id);
        Ok(found)
    }
    /// The caller's own ratings.
    async fn my_responses(&self, ctx: &Context<'_>) -> Result<Vec<SurveyResponse>> {
        let found = children(&loaders(ctx)?.own_survey_responses, self.0.id).await?;
        Ok(found.into_iter().map(SurveyResponse).collect())
    }
}

/// The caller's rating of one unit.
pub struct SurveyResponse(pub survey_response::Model);

#[Object]
impl SurveyResponse {
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let loaders = loaders(ctx)?;
        Ok(loaders
            .units
            .load_one(self.0.unit_id)
            .await
            .map_err(loader_error)?
            .map(Unit))
    }
    async fn level(&self) -> SatisfactionLevel {
        self.0.level
    }
    async fn comment(&self) -> Option<&str> {
        self.0.comment.as_deref()
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// How many respondents chose a level.
#[derive(SimpleObject)]
pub struct LevelCount {
    pub level: SatisfactionLevel,
    pub count: i32,
}

/// One unit's results. Respondents are never named; below 3 responses only their number is
/// shown.
#[derive(SimpleObject)]
pub struct UnitSurveyResult {
    pub unit: Unit,
    pub responses: i32,
    /// Per level, best first; null below 3 responses.
    pub distribution: Option<Vec<LevelCount>>,
    /// Mean on a 0–100 scale (100, 75, 50, 25, 0 points per level); null below 3 responses.
    pub score: Option<f64>,
    /// Share of 非常滿意, 滿意 and 基本滿意 in percent (滿意率); null below 3 responses.
    pub satisfied_percent: Option<f64>,
    /// The comments, sorted; null below 3 responses.
    pub comments: Option<Vec<String>>,
}

impl From<UnitResult> for UnitSurveyResult {
    fn from(result: UnitResult) -> Self {
        let tally = result.tally;
        Self {
            unit: Unit(result.unit),
            responses: i32::try_from(tally.responses).unwrap_or(i32::MAX),
            distribution: tally.distribution.map(|counts| {
                LEVELS
                    .iter()
                    .zip(counts)
                    .map(|(level, count)| LevelCount {
                        level: *level,
                        count: i32::try_from(count).unwrap_or(i32::MAX),
                    })
                    .collect()
            }),
            score: tally.score,
            satisfied_percent: tally.satisfied_percent,
            comments: result.comments,
        }
    }
}

#[derive(Default)]
pub struct SurveyQuery;

#[Object]
impl SurveyQuery {
    /// Surveys the caller sees: the region's (office, leading group, supervisors and points),
    /// those a unit is rated in; newest first.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn surveys(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Survey>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::survey::list(rc, page).await?;
        Ok(connection(page.map(Survey), had_cursor, |s| {
            i64::from(s.0.id)
        }))
    }

    /// Results per unit (office and leading group: every unit; a unit: its own).
    async fn survey_results(
        &self,
        ctx: &Context<'_>,
        survey_id: ID,
    ) -> Result<Vec<UnitSurveyResult>> {
        let id = node::decode_i32(&survey_id, "Survey", "surveyId")?;
        let found = service::survey::results(rc(ctx)?, id).await?;
        Ok(found.into_iter().map(UnitSurveyResult::from).collect())
    }
}

/// A new survey.
#[derive(InputObject)]
pub struct OpenSurveyInput {
    pub title: String,
    /// The period rated ("2025年第一季度").
    pub period: String,
    /// The units to be rated.
    pub unit_ids: Vec<ID>,
    /// The last day for responses.
    pub closes_on: NaiveDate,
}

/// A rating of one unit.
#[derive(InputObject)]
pub struct RatingInput {
    pub unit_id: ID,
    pub level: SatisfactionLevel,
    pub comment: Option<String>,
}

/// Ratings of some or all units of a survey; a unit rated again replaces the earlier rating.
#[derive(InputObject)]
pub struct SubmitSurveyResponseInput {
    pub survey_id: ID,
    pub ratings: Vec<RatingInput>,
}

/// The survey after the change.
#[derive(SimpleObject)]
pub struct SurveyPayload {
    pub survey: Survey,
}

/// The caller's ratings as saved.
#[derive(SimpleObject)]
pub struct SurveyResponsePayload {
    pub responses: Vec<SurveyResponse>,
}

#[derive(Default)]
pub struct SurveyMutation;

#[Object]
impl SurveyMutation {
    /// Opens a survey of units (office); serving supervisors and points are asked to rate.
    async fn open_survey(
        &self,
        ctx: &Context<'_>,
        input: OpenSurveyInput,
    ) -> Result<SurveyPayload> {
        let unit_ids = input
            .unit_ids
            .iter()
            .map(|id| node::decode_i32(id, "Unit", "unitIds"))
            .collect::<Result<Vec<_>, _>>()?;
        let created = service::survey::open(
            rc(ctx)?,
            NewSurvey {
                title: input.title,
                period: input.period,
                unit_ids,
                closes_on: input.closes_on,
            },
        )
        .await?;
        Ok(SurveyPayload {
            survey: Survey(created),
        })
    }

    /// Rates units (a serving supervisor or point, until the closing date).
    async fn submit_survey_response(
        &self,
        ctx: &Context<'_>,
        input: SubmitSurveyResponseInput,
    ) -> Result<SurveyResponsePayload> {
        let ratings = input
            .ratings
            .into_iter()
            .map(|r| {
                Ok(Rating {
                    unit_id: node::decode_i32(&r.unit_id, "Unit", "ratings")?,
                    level: r.level,
                    comment: r.comment,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let id = node::decode_i32(&input.survey_id, "Survey", "surveyId")?;
        let saved = service::survey::respond(rc(ctx)?, id, ratings).await?;
        Ok(SurveyResponsePayload {
            responses: saved.into_iter().map(SurveyResponse).collect(),
        })
    }
}
