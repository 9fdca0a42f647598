use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::{
    account::Role,
    unit::{self, UnitKind},
};

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{loader_error, loaders},
    node, rc,
    region::Region,
};
use crate::{
    domain::delivery::{self, UnitReach},
    service::{
        self,
        unit::{NewUnit, UnitChange, UnitFilter},
    },
};

/// How a unit hears of what is sent to it.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "UnitReach")]
pub enum NoticesReach {
    /// Its handlers, in the app and by email.
    Handlers,
    /// Its contact email only: no one signs in for it.
    ContactEmail,
    /// No one: it has neither handlers nor a contact email.
    Nobody,
}

/// A government unit taking part in the programme.
pub struct Unit(pub unit::Model);

#[Object]
impl Unit {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Unit", self.0.id)
    }
    /// Name, unique in its region.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What part the unit plays.
    async fn kind(&self) -> UnitKind {
        self.0.kind
    }
    /// Where notices for the unit go.
    async fn contact_email(&self) -> Option<&str> {
        self.0.contact_email.as_deref()
    }
    /// Who would hear of a slip or notice sent to it: a responsible unit's, for the office
    /// and leading group (null otherwise: the office's, reviewers' and the commission's
    /// notices go to their accounts by role).
    async fn notices_reach(&self, ctx: &Context<'_>) -> Result<Option<NoticesReach>> {
        let principal = rc(ctx)?.viewer.principal()?;
        if !matches!(principal.role, Role::Office | Role::LeadingGroup)
            || !service::unit::RESPONSIBLE.contains(&self.0.kind)
        {
            return Ok(None);
        }
        let handlers = loaders(ctx)?
            .unit_handlers
            .load_one(self.0.id)
            .await
            .map_err(loader_error)?
            .unwrap_or_default();
        let reach = delivery::unit_reach(handlers.len(), self.0.contact_email.as_deref());
        Ok(Some(reach.into()))
    }
    /// The unit's region.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        let loaders = loaders(ctx)?;
        let region = loaders
            .regions
            .load_one(self.0.region_id)
            .await
            .map_err(loader_error)?;
        Ok(region.map(Region))
    }
    /// When the unit was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Narrows the list of units.
#[derive(InputObject, Default)]
pub struct UnitFilterInput {
    /// Only units of this kind.
    pub kind: Option<UnitKind>,
    /// Only the responsible units: departments, townships, judicial organs and public
    /// institutions (those slips go to and reports concern).
    #[graphql(default)]
    pub responsible: bool,
}

#[derive(Default)]
pub struct UnitQuery;

#[Object]
impl UnitQuery {
    /// Units of the caller's region.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn units(
        &self,
        ctx: &Context<'_>,
        filter: Option<UnitFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Unit>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let filter = filter.unwrap_or_default();
        let page = service::unit::list(
            rc,
            UnitFilter {
                kind: filter.kind,
                responsible: filter.responsible,
            },
            page,
        )
        .await?;
        Ok(connection(page.map(Unit), had_cursor, |u| {
            i64::from(u.0.id)
        }))
    }
}

/// A new unit in the office's region.
#[derive(InputObject)]
pub struct CreateUnitInput {
    /// Name, unique in the region.
    pub name: String,
    /// What part the unit plays.
    pub kind: UnitKind,
    /// Where notices for the unit go.
    pub contact_email: Option<String>,
}

/// The unit created.
#[derive(SimpleObject)]
pub struct CreateUnitPayload {
    /// The new unit.
    pub unit: Unit,
}

/// What changes of a unit.
#[derive(InputObject)]
pub struct UpdateUnitInput {
    /// The unit.
    pub unit_id: ID,
    /// New name, unique in the region.
    pub name: Option<String>,
    /// New address for the unit's notices, or empty to clear it.
    pub contact_email: Option<String>,
}

#[derive(Default)]
pub struct UnitMutation;

#[Object]
impl UnitMutation {
    /// Creates a unit in the office's own region (office only).
    async fn create_unit(
        &self,
        ctx: &Context<'_>,
        input: CreateUnitInput,
    ) -> Result<CreateUnitPayload> {
        let rc = rc(ctx)?;
        let created = service::unit::create(
            rc,
            NewUnit {
                name: input.name,
                kind: input.kind,
                contact_email: input.contact_email,
            },
        )
        .await?;
        Ok(CreateUnitPayload {
            unit: Unit(created),
        })
    }

    /// Renames a unit of the office's region or changes where its notices go (office only).
    async fn update_unit(
        &self,
        ctx: &Context<'_>,
        input: UpdateUnitInput,
    ) -> Result<CreateUnitPayload> {
        let rc = rc(ctx)?;
        let unit_id = node::decode_i32(&input.unit_id, "Unit", "unitId")?;
        let updated = service::unit::update(
            rc,
            unit_id,
            UnitChange {
                name: input.name,
                contact_email: input.contact_email,
            },
        )
        .await?;
        Ok(CreateUnitPayload {
            unit: Unit(updated),
        })
    }
}
