//! The caller of one request, resolved once from the bearer token, and the checks every
//! service runs against it.

use entities::account::Role;

use crate::error::{AppError, AppResult};

#[derive(Clone, Debug)]
pub struct Principal {
    pub account_id: i32,
    pub username: String,
    pub role: Role,
    pub region_id: Option<i32>,
    pub unit_id: Option<i32>,
    pub session_id: i32,
    pub must_change_password: bool,
}

/// Which regions' rows a principal may see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionScope {
    All,
    One(i32),
    Nothing,
}

impl Principal {
    pub fn region_scope(&self) -> RegionScope {
        match (self.role, self.region_id) {
            (Role::PlatformAdmin, _) => RegionScope::All,
            (_, Some(region)) => RegionScope::One(region),
            (_, None) => RegionScope::Nothing,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Viewer(Option<Principal>);

impl Viewer {
    pub fn anonymous() -> Self {
        Self(None)
    }

    pub fn signed_in(principal: Principal) -> Self {
        Self(Some(principal))
    }

    /// The signed-in account, for every operation but the few allowed before a forced
    /// password change.
    pub fn principal(&self) -> AppResult<&Principal> {
        let principal = self.principal_allowing_password_change()?;
        if principal.must_change_password {
            return Err(AppError::Forbidden(
                "change your password first (changePassword)",
            ));
        }
        Ok(principal)
    }

    /// For `viewer`, `logout` and `changePassword` only.
    pub fn principal_allowing_password_change(&self) -> AppResult<&Principal> {
        self.0
            .as_ref()
            .ok_or(AppError::Unauthenticated("sign in first"))
    }

    pub fn require(&self, roles: &[Role]) -> AppResult<&Principal> {
        let principal = self.principal()?;
        if roles.contains(&principal.role) {
            Ok(principal)
        } else {
            Err(AppError::Forbidden("your role may not do this"))
        }
    }

    pub fn as_principal(&self) -> Option<&Principal> {
        self.0.as_ref()
    }
}
