//! Key rotation: every sealed value (members' ID numbers and phones, accounts' phones) is
//! opened with the current key and sealed again with the new one, in one transaction, so a
//! failure leaves everything under the old key.

use entities::{account, member};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter,
    TransactionTrait,
};
use serde_json::json;

use super::{RequestContext, audit::AuditEvent};
use crate::{crypto::DataVault, error::AppResult};

pub struct Rotated {
    pub members: u64,
    pub accounts: u64,
}

/// Re-seals everything under `new`; blind indexes stay as they are (the new vault keys them
/// with the old key).
pub async fn rotate(rc: &RequestContext, new: &DataVault) -> AppResult<Rotated> {
    let old = &rc.state.vault;
    let reseal = |sealed: Option<String>| -> AppResult<Option<String>> {
        sealed.map(|s| new.seal(&old.open(&s)?)).transpose()
    };
    let txn = rc.state.db.begin().await?;
    let mut rotated = Rotated {
        members: 0,
        accounts: 0,
    };
    for found in member::Entity::find()
        .filter(
            Condition::any()
                .add(member::Column::IdNumberSealed.is_not_null())
                .add(member::Column::PhoneSealed.is_not_null()),
        )
        .all(&txn)
        .await?
    {
        let id_number = reseal(found.id_number_sealed.clone())?;
        let phone = reseal(found.phone_sealed.clone())?;
        let mut changed: member::ActiveModel = found.into();
        changed.id_number_sealed = Set(id_number);
        changed.phone_sealed = Set(phone);
        changed.update(&txn).await?;
        rotated.members += 1;
    }
    for found in account::Entity::find()
        .filter(account::Column::PhoneSealed.is_not_null())
        .all(&txn)
        .await?
    {
        let phone = reseal(found.phone_sealed.clone())?;
        let mut changed: account::ActiveModel = found.into();
        changed.phone_sealed = Set(phone);
        changed.update(&txn).await?;
        rotated.accounts += 1;
    }
    AuditEvent::new(rc, "rotateKey")
        .after(json!({ "members": rotated.members, "accounts": rotated.accounts }))
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok(rotated)
}
