use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

use super::{node, rc};
use crate::service::{
    self,
    commendation::{NewCommendation, Published},
};

/// A unit commended in a public notice (通報表揚).
pub struct Commendation(pub Published);

#[Object]
impl Commendation {
    /// Opaque global id.
    async fn id(&self) -> ID {
        node::encode("Commendation", self.0.model.id)
    }
    /// The unit's name (public, like the commendation).
    async fn unit_name(&self) -> &str {
        &self.0.unit_name
    }
    /// Why the unit is commended.
    async fn reason(&self) -> &str {
        &self.0.model.reason
    }
    /// The quarter it is for, e.g. `2025Q1`.
    async fn quarter(&self) -> Option<&str> {
        self.0.model.quarter.as_deref()
    }
    /// When it was published.
    async fn commended_at(&self) -> DateTime<Utc> {
        self.0.model.commended_at
    }
}

#[derive(Default)]
pub struct CommendationQuery;

#[Object]
impl CommendationQuery {
    /// The commendations of a county, newest first (anyone may ask).
    async fn published_commendations(
        &self,
        ctx: &Context<'_>,
        region_code: String,
    ) -> Result<Vec<Commendation>> {
        let found = service::commendation::published(rc(ctx)?, &region_code).await?;
        Ok(found.into_iter().map(Commendation).collect())
    }
}

/// A commendation of a unit.
#[derive(InputObject)]
pub struct CommendUnitInput {
    /// The unit.
    pub unit_id: ID,
    /// Why it is commended.
    pub reason: String,
    /// The quarter it is for, e.g. `2025Q1`.
    pub quarter: Option<String>,
}

/// The commendation published.
#[derive(SimpleObject)]
pub struct CommendUnitPayload {
    /// The commendation.
    pub commendation: Commendation,
}

#[derive(Default)]
pub struct CommendationMutation;

#[Object]
impl CommendationMutation {
    /// Commends a unit of the region publicly (the office).
    async fn commend_unit(
        &self,
        ctx: &Context<'_>,
        input: CommendUnitInput,
    ) -> Result<CommendUnitPayload> {
        let created = service::commendation::commend(
            rc(ctx)?,
            NewCommendation {
                unit_id: node::decode_i32(&input.unit_id, "Unit", "unitId")?,
                reason: input.reason,
                quarter: input.quarter,
            },
        )
        .await?;
        Ok(CommendUnitPayload {
            commendation: Commendation(created),
        })
    }
}
