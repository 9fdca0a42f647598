//! DataLoaders for fields that cross aggregates. Each is made per request with the caller's
//! visibility rule, so a loader never returns a row its caller could not list.

use std::{collections::HashMap, sync::Arc};

use async_graphql::dataloader::{DataLoader, Loader};
use entities::{member, region, unit};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{auth::Viewer, error::AppError, service};

pub struct RegionByIdLoader {
    db: DatabaseConnection,
    visible: Condition,
}

pub struct UnitByIdLoader {
    db: DatabaseConnection,
    visible: Condition,
}

impl Loader<i32> for RegionByIdLoader {
    type Value = region::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let rows = region::Entity::find()
            .filter(self.visible.clone())
            .filter(region::Column::Id.is_in(keys.iter().copied()))
            .all(&self.db)
            .await
            .map_err(|e| Arc::new(AppError::from(e)))?;
        Ok(rows.into_iter().map(|r| (r.id, r)).collect())
    }
}

impl Loader<i32> for UnitByIdLoader {
    type Value = unit::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let rows = unit::Entity::find()
            .filter(self.visible.clone())
            .filter(unit::Column::Id.is_in(keys.iter().copied()))
            .all(&self.db)
            .await
            .map_err(|e| Arc::new(AppError::from(e)))?;
        Ok(rows.into_iter().map(|u| (u.id, u)).collect())
    }
}

/// Members (supervisors, points) by id, as far as the caller may see them: a report's or an
/// inquiry's reporter comes back empty for a unit.
pub struct MemberByIdLoader {
    db: DatabaseConnection,
    visible: Condition,
}

impl Loader<i32> for MemberByIdLoader {
    type Value = member::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i32]) -> Result<HashMap<i32, Self::Value>, Self::Error> {
        let rows = member::Entity::find()
            .filter(self.visible.clone())
            .filter(member::Column::Id.is_in(keys.iter().copied()))
            .all(&self.db)
            .await
            .map_err(|e| Arc::new(AppError::from(e)))?;
        Ok(rows.into_iter().map(|m| (m.id, m)).collect())
    }
}

pub struct Loaders {
    pub regions: DataLoader<RegionByIdLoader>,
    pub units: DataLoader<UnitByIdLoader>,
    pub members: DataLoader<MemberByIdLoader>,
}

pub fn loaders_for(db: &DatabaseConnection, viewer: &Viewer) -> Loaders {
    let nothing = || Condition::all().add(region::Column::Id.is_null());
    let (regions, units, members) = match viewer.as_principal() {
        Some(p) => (
            service::region::visible_to(p),
            service::unit::visible_to(p),
            service::membership::visible_to(p),
        ),
        None => (
            nothing(),
            Condition::all().add(unit::Column::Id.is_null()),
            Condition::all().add(member::Column::Id.is_null()),
        ),
    };
    Loaders {
        regions: DataLoader::new(
            RegionByIdLoader {
                db: db.clone(),
                visible: regions,
            },
            tokio::spawn,
        ),
        units: DataLoader::new(
            UnitByIdLoader {
                db: db.clone(),
                visible: units,
            },
            tokio::spawn,
        ),
        members: DataLoader::new(
            MemberByIdLoader {
                db: db.clone(),
                visible: members,
            },
            tokio::spawn,
        ),
    }
}

/// Turns a loader's shared error back into a GraphQL error with its code.
pub fn loader_error(err: Arc<AppError>) -> async_graphql::Error {
    match Arc::try_unwrap(err) {
        Ok(err) => err.into(),
        Err(shared) => AppError::internal(anyhow::anyhow!("{:?}", shared)).into(),
    }
}
