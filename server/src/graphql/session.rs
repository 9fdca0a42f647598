use async_graphql::{Context, InputObject, Object, Result, SimpleObject};

use super::{account::Account, rc};
use crate::{auth::cookie, service};

/// Username and password.
#[derive(InputObject)]
pub struct LoginInput {
    /// Sign-in name (any case).
    pub username: String,
    /// Password.
    #[graphql(secret)]
    pub password: String,
}

/// A bearer token for `Authorization: Bearer <token>` and the account it is for. A request
/// from the web app (with the `X-Watchpost-CSRF` header) also gets the session as an
/// HttpOnly cookie.
#[derive(SimpleObject)]
pub struct LoginPayload {
    /// Opaque bearer token; it lapses after 30 idle minutes and at most 8 hours.
    pub token: String,
    /// The signed-in account; if `mustChangePassword`, only `changePassword` works.
    pub account: Account,
}

/// Whether the session was ended.
#[derive(SimpleObject)]
pub struct LogoutPayload {
    /// Always true on success.
    pub ok: bool,
}

/// The current password and its replacement.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// The password in use.
    #[graphql(secret)]
    pub current_password: String,
    /// At least 8 characters, from at least 3 of: lower case, upper case, digits, symbols.
    #[graphql(secret)]
    pub new_password: String,
}

/// All other sessions are ended; this fresh token replaces the one used.
#[derive(SimpleObject)]
pub struct ChangePasswordPayload {
    /// New bearer token.
    pub token: String,
    /// The account.
    pub account: Account,
}

/// Who is calling.
pub struct ViewerInfo(entities::account::Model);

#[Object]
impl ViewerInfo {
    /// The signed-in account.
    async fn account(&self) -> Account {
        Account(self.0.clone())
    }
    /// Its role.
    async fn role(&self) -> entities::account::Role {
        self.0.role
    }
    /// Notifications not yet read.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> Result<u64> {
        Ok(service::notification::unread_count(rc(ctx)?).await?)
    }
    /// Its region, if any.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<super::region::Region>> {
        Account(self.0.clone()).region(ctx).await
    }
    /// A supervisor's or a monitoring point's liaison's own membership (the latest term).
    async fn member(&self, ctx: &Context<'_>) -> Result<Option<super::membership::Member>> {
        Ok(service::membership::own(rc(ctx)?)
            .await?
            .map(super::membership::Member))
    }
}

#[derive(Default)]
pub struct SessionQuery;

#[Object]
impl SessionQuery {
    /// The signed-in caller, or null when anonymous.
    async fn viewer(&self, ctx: &Context<'_>) -> Result<Option<ViewerInfo>> {
        let rc = rc(ctx)?;
        if rc.viewer.as_principal().is_none() {
            return Ok(None);
        }
        Ok(Some(ViewerInfo(service::account::me(rc).await?)))
    }
}

#[derive(Default)]
pub struct SessionMutation;

#[Object]
impl SessionMutation {
    /// Signs in. Five failures within 15 minutes lock the username for 15 minutes.
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> Result<LoginPayload> {
        let rc = rc(ctx)?;
        let signed_in = service::session::login(rc, &input.username, input.password).await?;
        keep_in_cookie(ctx, Some(&signed_in.token));
        Ok(LoginPayload {
            token: signed_in.token,
            account: Account(signed_in.account),
        })
    }

    /// Ends the session of this request at once.
    async fn logout(&self, ctx: &Context<'_>) -> Result<LogoutPayload> {
        service::session::logout(rc(ctx)?).await?;
        keep_in_cookie(ctx, None);
        Ok(LogoutPayload { ok: true })
    }

    /// Replaces the caller's password and ends all their sessions.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        input: ChangePasswordInput,
    ) -> Result<ChangePasswordPayload> {
        let rc = rc(ctx)?;
        let signed_in =
            service::session::change_password(rc, input.current_password, input.new_password)
                .await?;
        keep_in_cookie(ctx, Some(&signed_in.token));
        Ok(ChangePasswordPayload {
            token: signed_in.token,
            account: Account(signed_in.account),
        })
    }
}

/// For the web app (`RequestMeta::web`), the session opened (or, with `None`, ended) goes in
/// its cookie; other clients keep the token themselves.
fn keep_in_cookie(ctx: &Context<'_>, token: Option<&str>) {
    let Some(web) = ctx
        .data_opt::<service::RequestContext>()
        .and_then(|rc| rc.meta.web)
    else {
        return;
    };
    let value = match token {
        Some(token) => cookie::set(token, web.secure),
        None => cookie::clear(web.secure),
    };
    ctx.append_http_header("set-cookie", value);
}
