//! DataLoaders for fields that cross aggregates. Each is made per request with the caller's
//! visibility rule, so a loader never returns a row its caller could not list.

use std::{
    collections::HashMap,
    sync::{Arc, OnceLock},
};

use async_graphql::{
    Context,
    dataloader::{CacheFactory, DataLoader, HashMapCache, Loader, NoCache},
};
use entities::{
    account, assignment_report, attachment, meeting_invitation, member, member_review, opinion,
    referral, region, report, survey_response, survey_unit, unit, unmasking_request,
};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    auth::{Principal, Viewer},
    db::Db,
    error::AppError,
    service,
};

/// Rows by id (regions, units, members…), as far as the caller may see them: a report's or
/// an inquiry's reporter comes back empty for a unit.
pub struct ByIdLoader<E: EntityTrait> {
    db: Db,
    id: E::Column,
    id_of: fn(&E::Model) -> i32,
    visible: Condition,
}

impl<E: EntityTrait> ByIdLoader<E> {
    fn new<C: CacheFactory>(
        db: &Db,
        id: E::Column,
        id_of: fn(&E::Model) -> i32,
        visible: Condition,
        cache: C,
    ) -> DataLoader<Self, C>
    where
        E::Model: Sync,
        E::Column: Send + Sync,
    {
        DataLoader::with_cache(
            Self {
                db: db.clone(),
                id,
                id_of,
                visible,
            },
            tokio::spawn,
            cache,
        )
    }
}

impl<E> Loader<i32> for ByIdLoader<E>
where
    E: EntityTrait + Sync,
    E::Model: Sync,
    E::Column: Send + Sync,
{
    type Value = E::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let rows = E::find()
            .filter(self.visible.clone())
            .filter(self.id.is_in(keys.iter().copied()))
            .all(&self.db)
            .await
            .map_err(|e| Arc::new(AppError::from(e)))?;
        Ok(rows.into_iter().map(|r| ((self.id_of)(&r), r)).collect())
    }
}

/// The reports each slip handles, as far as the caller may see them: three statements for
/// any number of slips.
pub struct ReportsBySlipLoader {
    db: Db,
    principal: Option<Principal>,
}

impl Loader<i32> for ReportsBySlipLoader {
    type Value = Vec<report::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let Some(principal) = &self.principal else {
            return Ok(HashMap::new());
        };
        let shared = |e: AppError| Arc::new(e);
        let links = assignment_report::Entity::find()
            .filter(assignment_report::Column::AssignmentId.is_in(keys.iter().copied()))
            .all(&self.db)
            .await
            .map_err(|e| shared(e.into()))?;
        let visible = service::report::visible_to(&self.db, principal)
            .await
            .map_err(shared)?;
        let reports: HashMap<i32, report::Model> = report::Entity::find()
            .filter(visible)
            .filter(report::Column::Id.is_in(links.iter().map(|l| l.report_id)))
            .all(&self.db)
            .await
            .map_err(|e| shared(e.into()))?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        // Every slip asked for gets an answer, empty or not, so the cache holds it.
        let mut found: HashMap<i32, Vec<report::Model>> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for link in links {
            if let Some(report) = reports.get(&link.report_id) {
                found
                    .entry(link.assignment_id)
                    .or_default()
                    .push(report.clone());
            }
        }
        for list in found.values_mut() {
            list.sort_by_key(|r| r.id);
        }
        Ok(found)
    }
}

/// The rows of a child table grouped by their parent's id (a meeting's invitations, a
/// consultation's opinions…), as far as the caller may see them: one statement for any
/// number of parents.
pub struct ChildrenLoader<E: EntityTrait> {
    db: Db,
    parent: E::Column,
    parent_of: fn(&E::Model) -> i32,
    order: E::Column,
    visible: Condition,
}

impl<E: EntityTrait> ChildrenLoader<E> {
    fn new<C: CacheFactory>(
        db: &Db,
        parent: E::Column,
        parent_of: fn(&E::Model) -> i32,
        order: E::Column,
        visible: Condition,
        cache: C,
    ) -> DataLoader<Self, C>
    where
        E::Model: Sync,
        E::Column: Send + Sync,
    {
        DataLoader::with_cache(
            Self {
                db: db.clone(),
                parent,
                parent_of,
                order,
                visible,
            },
            tokio::spawn,
            cache,
        )
    }
}

impl<E> Loader<i32> for ChildrenLoader<E>
where
    E: EntityTrait + Sync,
    E::Model: Sync,
    E::Column: Send + Sync,
{
    type Value = Vec<E::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let rows = E::find()
            .filter(self.visible.clone())
            .filter(self.parent.is_in(keys.iter().copied()))
            .order_by_asc(self.order)
            .all(&self.db)
            .await
            .map_err(|e| Arc::new(AppError::from(e)))?;
        // Every parent asked for gets an answer, empty or not, so a cache holds it.
        let mut found: HashMap<i32, Vec<E::Model>> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for row in rows {
            found.entry((self.parent_of)(&row)).or_default().push(row);
        }
        Ok(found)
    }
}

pub struct Loaders {
    pub regions: DataLoader<ByIdLoader<region::Entity>>,
    /// Cached, so a connection can load its page's units at once (`prime_slips`).
    pub units: DataLoader<ByIdLoader<unit::Entity>, HashMapCache>,
    pub members: DataLoader<ByIdLoader<member::Entity>>,
    /// The reports behind the referrals the caller sees, by report id; cached, for
    /// `prime_referrals`.
    pub referred_reports: DataLoader<ByIdLoader<report::Entity>, HashMapCache>,
    pub slip_reports: DataLoader<ReportsBySlipLoader, HashMapCache>,
    /// Cached, like `units` and `slip_reports`, for `prime_slips`.
    pub slip_referrals: DataLoader<ChildrenLoader<referral::Entity>, HashMapCache>,
    pub report_referrals: DataLoader<ChildrenLoader<referral::Entity>>,
    pub report_attachments: DataLoader<ChildrenLoader<attachment::Entity>>,
    pub slip_attachments: DataLoader<ChildrenLoader<attachment::Entity>>,
    pub consultation_attachments: DataLoader<ChildrenLoader<attachment::Entity>>,
    pub nomination_attachments: DataLoader<ChildrenLoader<attachment::Entity>>,
    pub opinions: DataLoader<ChildrenLoader<opinion::Entity>>,
    pub meeting_invitations: DataLoader<ChildrenLoader<meeting_invitation::Entity>>,
    pub survey_units: DataLoader<ChildrenLoader<survey_unit::Entity>>,
    pub own_survey_responses: DataLoader<ChildrenLoader<survey_response::Entity>>,
    pub member_reviews: DataLoader<ChildrenLoader<member_review::Entity>>,
    pub unmasking_requests: DataLoader<ChildrenLoader<unmasking_request::Entity>>,
    /// A unit's active handlers, for the office's `Unit.noticesReach`.
    pub unit_handlers: DataLoader<ChildrenLoader<account::Entity>>,
}

/// What each caller sees of the children the `ChildrenLoader`s bring, beyond the visibility
/// of the parent it asks from; the rules are the services'.
struct ChildRules {
    opinions: Condition,
    rated_units: Condition,
    invitations: Condition,
    own_responses: Condition,
    reviews: Condition,
    unit_handlers: Condition,
}

fn child_rules(viewer: &Viewer) -> ChildRules {
    match viewer.as_principal() {
        Some(p) => ChildRules {
            opinions: service::consultation::opinions_visible_to(p),
            rated_units: service::survey::rated_units_visible_to(p),
            invitations: service::meeting::invitations_visible_to(p),
            own_responses: service::survey::own_responses(p),
            reviews: service::membership::reviews_visible_to(p),
            unit_handlers: service::unit::handlers_visible_to(p),
        },
        None => ChildRules {
            opinions: Condition::all().add(opinion::Column::Id.is_null()),
            rated_units: Condition::all().add(survey_unit::Column::SurveyId.is_null()),
            invitations: Condition::all().add(meeting_invitation::Column::Id.is_null()),
            own_responses: Condition::all().add(survey_response::Column::Id.is_null()),
            reviews: Condition::all().add(member_review::Column::Id.is_null()),
            unit_handlers: Condition::all().add(account::Column::Id.is_null()),
        },
    }
}

/// The request's loaders, made on first use: most requests ask for none.
pub struct LazyLoaders {
    db: Db,
    viewer: Viewer,
    made: OnceLock<Loaders>,
}

impl LazyLoaders {
    pub fn new(db: &Db, viewer: &Viewer) -> Self {
        Self {
            db: db.clone(),
            viewer: viewer.clone(),
            made: OnceLock::new(),
        }
    }
}

/// The loaders of the request `ctx` belongs to.
pub fn loaders<'a>(ctx: &Context<'a>) -> async_graphql::Result<&'a Loaders> {
    let lazy = ctx.data::<LazyLoaders>()?;
    Ok(lazy
        .made
        .get_or_init(|| loaders_for(&lazy.db, &lazy.viewer)))
}

fn loaders_for(db: &Db, viewer: &Viewer) -> Loaders {
    let nothing = || Condition::all().add(region::Column::Id.is_null());
    let (regions, units, members, referrals, referred_reports) = match viewer.as_principal() {
        Some(p) => (
            service::region::visible_to(p),
            service::unit::visible_to(p),
            service::membership::visible_to(p),
            service::referral::visible_to(p),
            service::referral::referred_reports_visible_to(p),
        ),
        None => (
            nothing(),
            Condition::all().add(unit::Column::Id.is_null()),
            Condition::all().add(member::Column::Id.is_null()),
            Condition::all().add(referral::Column::Id.is_null()),
            Condition::all().add(report::Column::Id.is_null()),
        ),
    };
    let rules = child_rules(viewer);
    Loaders {
        regions: ByIdLoader::new(
            db,
            region::Column::Id,
            |r: &region::Model| r.id,
            regions,
            NoCache,
        ),
        units: ByIdLoader::new(
            db,
            unit::Column::Id,
            |u: &unit::Model| u.id,
            units,
            HashMapCache::default(),
        ),
        members: ByIdLoader::new(
            db,
            member::Column::Id,
            |m: &member::Model| m.id,
            members,
            NoCache,
        ),
        referred_reports: ByIdLoader::new(
            db,
            report::Column::Id,
            |r: &report::Model| r.id,
            referred_reports,
            HashMapCache::default(),
        ),
        slip_reports: DataLoader::with_cache(
            ReportsBySlipLoader {
                db: db.clone(),
                principal: viewer.as_principal().cloned(),
            },
            tokio::spawn,
            HashMapCache::default(),
        ),
        slip_referrals: ChildrenLoader::new(
            db,
            referral::Column::AssignmentId,
            |r: &referral::Model| r.assignment_id.unwrap_or_default(),
            referral::Column::Id,
            referrals.clone(),
            HashMapCache::default(),
        ),
        report_referrals: ChildrenLoader::new(
            db,
            referral::Column::ReportId,
            |r: &referral::Model| r.report_id.unwrap_or_default(),
            referral::Column::Id,
            referrals,
            NoCache,
        ),
        report_attachments: attachments_of(db, "Report"),
        slip_attachments: attachments_of(db, "Assignment"),
        consultation_attachments: attachments_of(db, "Consultation"),
        nomination_attachments: attachments_of(db, "Member"),
        opinions: ChildrenLoader::new(
            db,
            opinion::Column::ConsultationId,
            |o: &opinion::Model| o.consultation_id,
            opinion::Column::Id,
            rules.opinions,
            NoCache,
        ),
        meeting_invitations: ChildrenLoader::new(
            db,
            meeting_invitation::Column::MeetingId,
            |i: &meeting_invitation::Model| i.meeting_id,
            meeting_invitation::Column::Id,
            rules.invitations,
            NoCache,
        ),
        survey_units: ChildrenLoader::new(
            db,
            survey_unit::Column::SurveyId,
            |s: &survey_unit::Model| s.survey_id,
            survey_unit::Column::UnitId,
            rules.rated_units,
            NoCache,
        ),
        own_survey_responses: ChildrenLoader::new(
            db,
            survey_response::Column::SurveyId,
            |r: &survey_response::Model| r.survey_id,
            survey_response::Column::UnitId,
            rules.own_responses,
            NoCache,
        ),
        member_reviews: ChildrenLoader::new(
            db,
            member_review::Column::MemberId,
            |r: &member_review::Model| r.member_id,
            member_review::Column::Id,
            rules.reviews,
            NoCache,
        ),
        unmasking_requests: ChildrenLoader::new(
            db,
            unmasking_request::Column::ReferralId,
            |u: &unmasking_request::Model| u.referral_id,
            unmasking_request::Column::Id,
            Condition::all(),
            NoCache,
        ),
        unit_handlers: ChildrenLoader::new(
            db,
            account::Column::UnitId,
            // Only accounts of a unit are asked for (`UnitId IN …`).
            |a: &account::Model| a.unit_id.unwrap_or_default(),
            account::Column::Id,
            rules.unit_handlers,
            NoCache,
        ),
    }
}

/// The files of records of one type; the record's own visibility was checked to reach it.
fn attachments_of(
    db: &Db,
    owner_type: &'static str,
) -> DataLoader<ChildrenLoader<attachment::Entity>> {
    ChildrenLoader::new(
        db,
        attachment::Column::OwnerId,
        |a: &attachment::Model| a.owner_id,
        attachment::Column::Id,
        Condition::all().add(attachment::Column::OwnerType.eq(owner_type)),
        NoCache,
    )
}

/// Turns a loader's shared error back into a GraphQL error with its code.
pub fn loader_error(err: Arc<AppError>) -> async_graphql::Error {
    match Arc::try_unwrap(err) {
        Ok(err) => err.into(),
        Err(shared) => AppError::internal(anyhow::anyhow!("{:?}", shared)).into(),
    }
}

/// Loads `keys` into a cached loader if the query asks for them, so a connection's items find
/// them there (`prime_slips`, `prime_referrals`).
pub async fn prime<T, C>(
    asked: bool,
    loader: &DataLoader<T, C>,
    keys: impl Iterator<Item = i32>,
) -> Result<(), T::Error>
where
    T: Loader<i32>,
    C: CacheFactory,
{
    if asked {
        loader.load_many(keys).await?;
    }
    Ok(())
}

/// A parent's children through one of the `ChildrenLoader`s.
pub async fn children<E, C: CacheFactory>(
    loader: &DataLoader<ChildrenLoader<E>, C>,
    parent: i32,
) -> async_graphql::Result<Vec<E::Model>>
where
    E: EntityTrait + Sync,
    E::Model: Sync,
    E::Column: Send + Sync,
{
    Ok(loader
        .load_one(parent)
        .await
        .map_err(loader_error)?
        .unwrap_or_default())
}
