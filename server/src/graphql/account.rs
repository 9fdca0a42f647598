use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entities::account::{self, Role};

use super::{
    connection::{Conn, connection, connection_complexity, page_request},
    loaders::{loader_error, loaders},
    node, rc,
    region::Region,
    unit::Unit,
};
use crate::{
    domain,
    service::{
        self,
        account::{AccountChanges, AccountFilter, NewAccount},
    },
};

/// A person's account.
pub struct Account(pub account::Model);

#[Object]
impl Account {
    /// Opaque global id.
    pub(crate) async fn id(&self) -> ID {
        node::encode("Account", self.0.id)
    }
    /// Sign-in name (lower case).
    async fn username(&self) -> &str {
        &self.0.username
    }
    /// Name shown to others.
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }
    /// Email address for notices.
    async fn email(&self) -> Option<&str> {
        self.0.email.as_deref()
    }
    /// Phone number; masked (138****5678) for everyone but the account holder.
    async fn phone(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let rc = rc(ctx)?;
        let own = rc
            .viewer
            .as_principal()
            .is_some_and(|p| p.account_id == self.0.id);
        let phone = self
            .0
            .phone_sealed
            .as_deref()
            .map(|sealed| rc.state.vault.open(sealed))
            .transpose()?;
        Ok(phone.map(|phone| {
            if own {
                phone
            } else {
                domain::account::mask_phone(&phone)
            }
        }))
    }
    /// The role the account acts in.
    async fn role(&self) -> Role {
        self.0.role
    }
    /// The account's region; none for a platform admin.
    pub(crate) async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        let Some(region_id) = self.0.region_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        let region = loaders
            .regions
            .load_one(region_id)
            .await
            .map_err(loader_error)?;
        Ok(region.map(Region))
    }
    /// The unit the account works for, for unit-bound roles.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(unit_id) = self.0.unit_id else {
            return Ok(None);
        };
        let loaders = loaders(ctx)?;
        let unit = loaders
            .units
            .load_one(unit_id)
            .await
            .map_err(loader_error)?;
        Ok(unit.map(Unit))
    }
    /// False once deactivated: the account can no longer sign in.
    async fn active(&self) -> bool {
        self.0.active
    }
    /// True until the holder replaces a password someone else set.
    async fn must_change_password(&self) -> bool {
        self.0.must_change_password
    }
    /// When the account was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When the account was last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// Narrows the list of accounts.
#[derive(InputObject, Default)]
pub struct AccountFilterInput {
    /// Only accounts with this role.
    pub role: Option<Role>,
    /// Only accounts with one of these roles.
    pub roles: Option<Vec<Role>>,
    /// Only accounts of this unit.
    pub unit_id: Option<ID>,
    /// Only active (true) or deactivated (false) accounts.
    pub active: Option<bool>,
}

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// Accounts the caller may see: the platform admin all, the office and leading group their
    /// region's, others only their own.
    #[graphql(complexity = "connection_complexity(first, child_complexity)")]
    async fn accounts(
        &self,
        ctx: &Context<'_>,
        filter: Option<AccountFilterInput>,
        #[graphql(desc = "Page size, at most 100.")] first: Option<i32>,
        #[graphql(desc = "Cursor of the last item of the previous page.")] after: Option<String>,
    ) -> Result<Conn<Account>> {
        let rc = rc(ctx)?;
        let had_cursor = after.is_some();
        let page = page_request(first, after, rc.state.settings.graphql.max_page_size)?;
        let filter = filter.unwrap_or_default();
        let filter = AccountFilter {
            roles: filter
                .roles
                .into_iter()
                .flatten()
                .chain(filter.role)
                .collect(),
            unit_id: filter
                .unit_id
                .map(|id| node::decode_i32(&id, "Unit", "filter.unitId"))
                .transpose()?,
            active: filter.active,
        };
        let page = service::account::list(rc, filter, page).await?;
        Ok(connection(page.map(Account), had_cursor, |a| {
            i64::from(a.0.id)
        }))
    }
}

/// A new account. The office creates accounts in its own region; the platform admin creates
/// office accounts (naming the region) and other platform admins.
#[derive(InputObject)]
pub struct CreateAccountInput {
    /// Sign-in name: 3 to 64 letters, digits, dots, dashes or underscores.
    pub username: String,
    /// Name shown to others.
    pub display_name: String,
    /// Email address for notices.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// The role.
    pub role: Role,
    /// The unit, required for reviewer, unit handler and discipline accounts.
    pub unit_id: Option<ID>,
    /// The region; only the platform admin gives it.
    pub region_id: Option<ID>,
}

/// The account created and its one-time password.
#[derive(SimpleObject)]
pub struct CreateAccountPayload {
    /// The new account.
    pub account: Account,
    /// Shown once: hand it to the holder, who must replace it at first sign-in.
    pub temporary_password: String,
}

/// Changes to an account. Left-out fields stay; an empty email or phone clears it.
#[derive(InputObject)]
pub struct UpdateAccountInput {
    /// The account to change.
    pub account_id: ID,
    /// New display name.
    pub display_name: Option<String>,
    /// New email, or empty to clear.
    pub email: Option<String>,
    /// New phone, or empty to clear.
    pub phone: Option<String>,
    /// New role.
    pub role: Option<Role>,
    /// New unit.
    pub unit_id: Option<ID>,
}

/// The account after the change.
#[derive(SimpleObject)]
pub struct UpdateAccountPayload {
    /// The changed account.
    pub account: Account,
}

/// The caller's own contact details. Left-out fields stay; an empty one clears it.
#[derive(InputObject)]
pub struct UpdateOwnContactInput {
    /// Email for notices, or empty to clear.
    pub email: Option<String>,
    /// Phone, or empty to clear.
    pub phone: Option<String>,
}

/// The account to deactivate.
#[derive(InputObject)]
pub struct DeactivateAccountInput {
    /// The account.
    pub account_id: ID,
}

/// The deactivated account.
#[derive(SimpleObject)]
pub struct DeactivateAccountPayload {
    /// The account, now inactive.
    pub account: Account,
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Creates an account with a one-time password.
    async fn create_account(
        &self,
        ctx: &Context<'_>,
        input: CreateAccountInput,
    ) -> Result<CreateAccountPayload> {
        let rc = rc(ctx)?;
        let created = service::account::create(
            rc,
            NewAccount {
                username: input.username,
                display_name: input.display_name,
                email: input.email,
                phone: input.phone,
                role: input.role,
                unit_id: input
                    .unit_id
                    .map(|id| node::decode_i32(&id, "Unit", "unitId"))
                    .transpose()?,
                region_id: input
                    .region_id
                    .map(|id| node::decode_i32(&id, "Region", "regionId"))
                    .transpose()?,
            },
        )
        .await?;
        Ok(CreateAccountPayload {
            account: Account(created.account),
            temporary_password: created.temporary_password,
        })
    }

    /// Changes an account of the office's region (office) or an office account (platform admin).
    async fn update_account(
        &self,
        ctx: &Context<'_>,
        input: UpdateAccountInput,
    ) -> Result<UpdateAccountPayload> {
        let rc = rc(ctx)?;
        let changed = service::account::update(
            rc,
            AccountChanges {
                account_id: node::decode_i32(&input.account_id, "Account", "accountId")?,
                display_name: input.display_name,
                email: input.email,
                phone: input.phone,
                role: input.role,
                unit_id: input
                    .unit_id
                    .map(|id| node::decode_i32(&id, "Unit", "unitId"))
                    .transpose()?,
            },
        )
        .await?;
        Ok(UpdateAccountPayload {
            account: Account(changed),
        })
    }

    /// Changes the caller's own email and phone (anyone signed in); a member's record follows.
    async fn update_own_contact(
        &self,
        ctx: &Context<'_>,
        input: UpdateOwnContactInput,
    ) -> Result<UpdateAccountPayload> {
        let changed =
            service::account::update_own_contact(rc(ctx)?, input.email, input.phone).await?;
        Ok(UpdateAccountPayload {
            account: Account(changed),
        })
    }

    /// Deactivates an account and ends its sessions at once.
    async fn deactivate_account(
        &self,
        ctx: &Context<'_>,
        input: DeactivateAccountInput,
    ) -> Result<DeactivateAccountPayload> {
        let rc = rc(ctx)?;
        let id = node::decode_i32(&input.account_id, "Account", "accountId")?;
        let account = service::account::deactivate(rc, id).await?;
        Ok(DeactivateAccountPayload {
            account: Account(account),
        })
    }
}
