use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use entities::region;

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{loader_error, loaders},
    node, rc,
};
use crate::service::{self, region::NewRegion};

/// An administrative division (a county, or a city or province above it), by GB/T 2260 code.
pub struct Region(pub region::Model);

/// Today in the region's time zone; regions are loaded once per request, however many
/// records ask.
pub(crate) async fn today_in(ctx: &Context<'_>, region_id: i32) -> Result<NaiveDate> {
    let region = loaders(ctx)?
        .regions
        .load_one(region_id)
        .await
        .map_err(loader_error)?
        .ok_or(crate::error::AppError::NotFound)?;
    let zone = service::region::zone_of(&region)?;
    Ok(rc(ctx)?.now().with_timezone(&zone).date_naive())
}

#[Object]
impl Region {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Region", self.0.id)
    }
    /// GB/T 2260 code, e.g. 430621.
    async fn code(&self) -> &str {
        &self.0.code
    }
    /// Name, e.g. 岳陽縣.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// IANA time zone in which quarters, working days and deadlines are computed.
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }
    /// The division above, if recorded and visible to the caller.
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        let Some(parent_id) = self.0.parent_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        let parent = loaders
            .regions
            .load_one(parent_id)
            .await
            .map_err(loader_error)?;
        Ok(parent.map(Region))
    }
    /// Prefix of its assignment slip numbers, e.g. 岳县优交.
    async fn slip_prefix(&self) -> &str {
        &self.0.slip_prefix
    }
    /// When the region was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

#[derive(Default)]
pub struct RegionQuery;

#[Object]
impl RegionQuery {
    /// Regions the caller may see: the platform admin all, everyone else their own.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn regions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Region>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let page = service::region::list(rc, page).await?;
        Ok(connection(page.map(Region), had_cursor, |r| {
            i64::from(r.0.id)
        }))
    }

    /// The counties that run the programme, for the public pages (anyone may ask).
    async fn published_regions(&self, ctx: &Context<'_>) -> Result<Vec<PublishedRegion>> {
        Ok(service::region::running(rc(ctx)?)
            .await?
            .into_iter()
            .map(|r| PublishedRegion {
                code: r.code,
                name: r.name,
            })
            .collect())
    }
}

/// A county that runs the programme, as the public sees it.
#[derive(SimpleObject)]
pub struct PublishedRegion {
    /// GB/T 2260 code.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A new region.
#[derive(InputObject)]
pub struct CreateRegionInput {
    /// GB/T 2260 code (six digits).
    pub code: String,
    /// Name.
    pub name: String,
    /// Code of the region above it, which must contain this code.
    pub parent_code: Option<String>,
    /// IANA time zone; Asia/Shanghai when left out.
    pub time_zone: Option<String>,
    /// Prefix of assignment slip numbers, e.g. 岳县优交; the name + 优交 when left out.
    pub slip_prefix: Option<String>,
}

/// The region created.
#[derive(SimpleObject)]
pub struct CreateRegionPayload {
    /// The new region.
    pub region: Region,
}

#[derive(Default)]
pub struct RegionMutation;

#[Object]
impl RegionMutation {
    /// Creates a region (platform admin only).
    async fn create_region(
        &self,
        ctx: &Context<'_>,
        input: CreateRegionInput,
    ) -> Result<CreateRegionPayload> {
        let rc = rc(ctx)?;
        let created = service::region::create(
            rc,
            NewRegion {
                code: input.code,
                name: input.name,
                parent_code: input.parent_code,
                time_zone: input.time_zone,
                slip_prefix: input.slip_prefix,
            },
        )
        .await?;
        Ok(CreateRegionPayload {
            region: Region(created),
        })
    }
}
